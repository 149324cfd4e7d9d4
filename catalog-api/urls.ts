// One builder for every link the API hands out (datasette's url_builder): absolute, from one base URL.
import type { FastifyRequest } from "fastify";

export type QueryValues = Record<string, string | number | boolean | null | undefined>;

export function query(values: QueryValues): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== "") s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : "";
}

/** CKAN names: organization `t` + 6-digit code (Tokyo's catalogue), package `<org>-<dataset slug>`. */
export const orgName = (municipality: string) => `t${municipality}`;
export const packageName = (municipality: string, dataset: string) => `${orgName(municipality)}-${dataset}`;

/** The RDF documents the DCAT routes serve: JSON-LD, Turtle (as N-Triples, the subset every Turtle reader takes), the
 *  same as N3, and RDF/XML under both of ckanext-dcat's extensions, .rdf and .xml. */
export type RdfFormat = "jsonld" | "ttl" | "rdf" | "xml" | "n3";

/** Portal pages, each reading its own query parameters (portal/assets/*.js). */
export type PortalPage = "" | "dataset.html" | "municipality.html";

export interface Urls {
  base: string;
  dataset(id: string): string;
  records(id: string, q?: QueryValues): string;
  record(id: string, recordId: string): string;
  schema(id: string): string;
  datasetDcat(id: string, format?: RdfFormat): string;
  report(municipality: string, dataset: string, q?: QueryValues): string;
  catalog(q?: QueryValues, format?: RdfFormat): string;
  ckanAction(name: string, q?: QueryValues): string;
  municipality(code: string): string;
  openapi(): string;
  portal(page: PortalPage, q?: QueryValues): string;
  // IRIs that DCAT mints for things rather than documents; each answers 303 to a document about it (dcat/routes.ts)
  catalogIri(): string;
  ckanDataset(name: string): string;
  ckanResource(name: string, resourceId: string): string;
  organization(name: string): string;
  location(code: string): string;
  recordsService(): string;
  ckanService(): string;
  // the RDF documents about them
  ckanDatasetDocument(name: string, format: RdfFormat): string;
  organizationDocument(name: string, format: RdfFormat): string;
}

export function makeUrls(base: string): Urls {
  const b = base.replace(/\/+$/, "");
  const v1 = `${b}/api/v1`;
  return {
    base: b,
    dataset: (id) => `${v1}/datasets/${encodeURIComponent(id)}`,
    records: (id, q = {}) => `${v1}/datasets/${encodeURIComponent(id)}/records${query(q)}`,
    record: (id, rid) => `${v1}/datasets/${encodeURIComponent(id)}/records/${encodeURIComponent(rid)}`,
    schema: (id) => `${v1}/schemas/${encodeURIComponent(id)}`,
    datasetDcat: (id, format = "jsonld") => `${v1}/datasets/${encodeURIComponent(id)}/dcat${format === "jsonld" ? "" : query({ format })}`,
    report: (m, d, q = {}) => `${v1}/reports/${m}/${encodeURIComponent(d)}${query(q)}`,
    catalog: (q = {}, format = "jsonld") => `${b}/catalog.${format}${query(q)}`,
    ckanAction: (name, q = {}) => `${b}/api/3/action/${name}${query(q)}`,
    municipality: (code) => `${v1}/municipalities/${code}`,
    openapi: () => `${b}/openapi.json`,
    portal: (page, q = {}) => `${b}/${page}${query(q)}`,
    catalogIri: () => `${b}/catalog`,
    ckanDataset: (name) => `${b}/dataset/${name}`,
    ckanResource: (name, rid) => `${b}/dataset/${name}/resource/${rid}`,
    organization: (name) => `${b}/organization/${name}`,
    location: (code) => `${b}/municipality/${code}`,
    recordsService: () => `${v1}/`,
    ckanService: () => `${b}/api/3/action/`,
    ckanDatasetDocument: (name, format) => `${b}/dataset/${name}.${format}`,
    organizationDocument: (name, format) => `${b}/organization/${name}.${format}`,
  };
}

/** The base URL: the configured public URL, else what the client asked for (Host header). */
export function baseUrl(req: FastifyRequest, publicUrl?: string): string {
  return publicUrl ?? `${req.protocol}://${req.host}`;
}
