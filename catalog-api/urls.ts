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

export interface Urls {
  base: string;
  dataset(id: string): string;
  records(id: string, q?: QueryValues): string;
  record(id: string, recordId: string): string;
  schema(id: string): string;
  datasetDcat(id: string): string;
  report(municipality: string, dataset: string, q?: QueryValues): string;
  catalog(q?: QueryValues): string;
  ckanAction(name: string, q?: QueryValues): string;
  ckanDataset(name: string): string;
  ckanResource(name: string, resourceId: string): string;
  organization(name: string): string;
  municipality(code: string): string;
  openapi(): string;
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
    datasetDcat: (id) => `${v1}/datasets/${encodeURIComponent(id)}/dcat`,
    report: (m, d, q = {}) => `${v1}/reports/${m}/${encodeURIComponent(d)}${query(q)}`,
    catalog: (q = {}) => `${b}/catalog.jsonld${query(q)}`,
    ckanAction: (name, q = {}) => `${b}/api/3/action/${name}${query(q)}`,
    ckanDataset: (name) => `${b}/dataset/${name}`,
    ckanResource: (name, rid) => `${b}/dataset/${name}/resource/${rid}`,
    organization: (name) => `${b}/organization/${name}`,
    municipality: (code) => `${v1}/municipalities/${code}`,
    openapi: () => `${b}/openapi.json`,
  };
}

/** The base URL: the configured public URL, else what the client asked for (Host header). */
export function baseUrl(req: FastifyRequest, publicUrl?: string): string {
  return publicUrl ?? `${req.protocol}://${req.host}`;
}
