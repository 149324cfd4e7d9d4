// DCAT (DCAT 3 / DCAT-AP 3 shapes, ckanext-dcat URIs) for the catalog: a dcat:Dataset per (municipality, dataset)
// and per standard dataset, CSV and GeoJSON distributions, publishers, locations and the two data services.
// Nodes are written against an inline @context and compacted with the `jsonld` package (no remote contexts, ever).
import jsonld from "jsonld";
import type { Dataset } from "../../schemas/dataset.ts";
import type { PublishedPair } from "../../storage/catalog.ts";
import type { Municipality } from "../../storage/municipalities.ts";
import type { CkanResource, PackageEntry } from "../ckan/packages.ts";
import { licenseInfo } from "../licenses.ts";
import type { Urls } from "../urls.ts";

export const CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/", foaf: "http://xmlns.com/foaf/0.1/",
  vcard: "http://www.w3.org/2006/vcard/ns#", skos: "http://www.w3.org/2004/02/skos/core#",
  hydra: "http://www.w3.org/ns/hydra/core#", xsd: "http://www.w3.org/2001/XMLSchema#",
} as const;

type Node = Record<string, unknown>;

const ja = (value: string) => ({ "@value": value, "@language": "ja" });
const en = (value: string) => ({ "@value": value, "@language": "en" });
const iri = (id: string) => ({ "@id": id });
const dateTime = (value: string) => ({ "@value": value.replace(/Z$/, "").replace(/(\.\d{3})\d*$/, "$1"), "@type": "xsd:dateTime" });

const EU = "http://publications.europa.eu/resource/authority/";
const JPN = `${EU}language/JPN`;
const FILE_TYPE: Record<string, { format: string; media: string }> = {
  CSV: { format: `${EU}file-type/CSV`, media: "https://www.iana.org/assignments/media-types/text/csv" },
  GeoJSON: { format: `${EU}file-type/GEOJSON`, media: "https://www.iana.org/assignments/media-types/application/geo+json" },
};

/** IRIs of nodes that are not datasets, so that every reference has a typed node (DCAT-AP sh:class checks). */
export function sharedNodes(urls: Urls): Node[] {
  return [
    { "@id": urls.organization("odh"), "@type": ["foaf:Agent", "foaf:Organization"], "foaf:name": "tokyo-opendata-hub" },
    { "@id": JPN, "@type": "dct:LinguisticSystem" },
    ...Object.values(FILE_TYPE).flatMap((f) => [{ "@id": f.format, "@type": "dct:MediaTypeOrExtent" }, { "@id": f.media, "@type": "dct:MediaType" }]),
    { "@id": `${urls.base}/api/v1/`, "@type": "dcat:DataService", "dct:title": en("tokyo-opendata-hub records API"),
      "dcat:endpointURL": iri(`${urls.base}/api/v1/`), "dcat:endpointDescription": iri(urls.openapi()) },
    { "@id": urls.ckanAction(""), "@type": "dcat:DataService", "dct:title": en("CKAN Action API (subset)"),
      "dcat:endpointURL": iri(urls.ckanAction("")), "dcat:endpointDescription": iri(urls.openapi()),
      "dct:conformsTo": iri("https://docs.ckan.org/en/latest/api/") },
    { "@id": "https://docs.ckan.org/en/latest/api/", "@type": "dct:Standard" },
  ];
}

function publisherNodes(m: Municipality, urls: Urls, orgName: string): Node[] {
  return [
    { "@id": urls.organization(orgName), "@type": ["foaf:Agent", "foaf:Organization"], "foaf:name": ja(m.name_ja), "dct:identifier": m.code },
    { "@id": `${urls.organization(orgName)}#contact`, "@type": ["vcard:Organization", "vcard:Kind"], "vcard:fn": ja(m.name_ja) },
    { "@id": `${urls.base}/municipality/${m.code}`, "@type": "dct:Location", "skos:prefLabel": ja(`東京都${m.name_ja}`), "dct:identifier": m.code },
  ];
}

function distribution(id: string, title: string, format: string, url: string, license: string | null, issued: string, modified: string, urls: Urls, schema: string): Node[] {
  const f = FILE_TYPE[format]!;
  const info = licenseInfo(license);
  const lic = info.dcat;
  // a licence the source marked (e.g. unverified) keeps its licence IRI and says so beside it
  const rights = info.note ? { "dct:rights": { "@value": license! } } : {};
  return [{
    "@id": id, "@type": "dcat:Distribution", "dct:title": ja(title), "dcat:accessURL": iri(url), "dcat:downloadURL": iri(url),
    "dcat:mediaType": iri(f.media), "dct:format": iri(f.format), ...(lic ? { "dct:license": iri(lic) } : {}), ...rights,
    "dct:issued": dateTime(issued), "dct:modified": dateTime(modified), "dcat:accessService": iri(`${urls.base}/api/v1/`),
    "dct:conformsTo": iri(schema),
  }, ...(lic ? [{ "@id": lic, "@type": "dct:LicenseDocument" }] : [])];
}

/** One published (municipality, dataset), with its distributions, publisher, contact and location. */
export function pairNodes(entry: PackageEntry, urls: Urls): Node[] {
  const { pkg, pair, dataset, municipality: m } = entry;
  const self = urls.ckanDataset(pkg.name);
  const schema = urls.schema(dataset.id);
  const dists = pkg.resources.map((r: CkanResource) =>
    distribution(urls.ckanResource(pkg.name, r.id), `${m.name_ja} ${r.name}`, r.format, r.url, pair.license, pair.created, pair.modified, urls, schema));
  const landing = pair.source_url ?? urls.dataset(dataset.id);
  return [
    {
      "@id": self, "@type": "dcat:Dataset", "dct:identifier": pkg.name, "dct:title": ja(pkg.title), "dct:description": ja(pkg.notes),
      "dct:publisher": iri(urls.organization(pkg.organization.name)), "dct:issued": dateTime(pair.created), "dct:modified": dateTime(pair.modified),
      "dcat:keyword": pkg.tags.map((t) => ja(t.name)), "dct:spatial": iri(`${urls.base}/municipality/${m.code}`),
      "dct:language": iri(JPN), "dcat:landingPage": iri(landing), "dcat:contactPoint": iri(`${urls.organization(pkg.organization.name)}#contact`),
      "dct:conformsTo": iri(schema), "dct:isPartOf": iri(urls.dataset(dataset.id)), "dcat:version": String(pair.version_id),
      "dcat:distribution": dists.map((d) => iri(d[0]!["@id"] as string)),
    },
    { "@id": landing, "@type": "foaf:Document" },
    { "@id": schema, "@type": "dct:Standard" },
    ...publisherNodes(m, urls, pkg.organization.name),
    ...dists.flat(),
  ];
}

/** A standard dataset across municipalities: its parts are the per-municipality datasets. */
export function standardNodes(dataset: Dataset, pairs: readonly PublishedPair[], partIds: readonly string[], urls: Urls): Node[] {
  const mine = pairs.filter((p) => p.dataset_id === dataset.id);
  const modified = mine.reduce<string | null>((a, p) => (a === null || p.modified > a ? p.modified : a), null);
  const issued = mine.reduce<string | null>((a, p) => (a === null || p.created < a ? p.created : a), null);
  const self = urls.dataset(dataset.id);
  const schema = urls.schema(dataset.id);
  const licenses = [...new Set(mine.map((p) => p.license))];
  const dists = mine.length && issued && modified ? (["CSV", "GeoJSON"] as const).map((format) => distribution(
    `${self}#${format.toLowerCase()}`, `${dataset.ja}（全区市町村）(${format})`, format, urls.records(dataset.id, { format: format.toLowerCase() }),
    licenses.length === 1 ? licenses[0]! : null, issued, modified, urls, schema)) : [];
  return [
    {
      "@id": self, "@type": "dcat:Dataset", "dct:identifier": dataset.id,
      "dct:title": [ja(`${dataset.ja}（東京都内区市町村 統合）`), en(`${dataset.en} (Tokyo municipalities, unified)`)],
      "dct:description": mine.some((p) => p.sample)
        ? [ja(`${dataset.description_ja ?? dataset.ja}（一部の区市町村は生成されたサンプルデータ）`), en(`${dataset.description_en ?? dataset.en} (some municipalities: generated sample data)`)]
        : [ja(dataset.description_ja ?? dataset.ja), en(dataset.description_en ?? dataset.en)],
      "dct:publisher": iri(urls.organization("odh")), ...(issued ? { "dct:issued": dateTime(issued) } : {}),
      ...(modified ? { "dct:modified": dateTime(modified) } : {}),
      "dcat:keyword": [...new Set(["自治体標準オープンデータセット", dataset.ja, ...(dataset.keywords ?? [])])].map(ja),
      "dct:language": iri(JPN), "dct:conformsTo": iri(schema), "dcat:landingPage": iri(self),
      "dct:hasPart": partIds.map(iri), "dcat:distribution": dists.map((d) => iri(d[0]!["@id"] as string)),
    },
    { "@id": schema, "@type": "dct:Standard" },
    ...dists.flat(),
  ];
}

/** Merges nodes that share an @id (the same publisher appears under many datasets) and compacts against CONTEXT. */
export async function toDocument(nodes: readonly Node[]): Promise<Record<string, unknown>> {
  const byId = new Map<string, Node>();
  for (const n of nodes) {
    const id = n["@id"] as string;
    const prev = byId.get(id);
    if (!prev) { byId.set(id, n); continue; }
    for (const [k, v] of Object.entries(n)) {
      if (!(k in prev)) prev[k] = v;
      else if (k !== "@id" && JSON.stringify(prev[k]) !== JSON.stringify(v)) {
        const a = Array.isArray(prev[k]) ? prev[k] as unknown[] : [prev[k]];
        const b = Array.isArray(v) ? v : [v];
        prev[k] = [...a, ...b.filter((x) => !a.some((y) => JSON.stringify(y) === JSON.stringify(x)))];
      }
    }
  }
  const doc = { "@context": CONTEXT, "@graph": [...byId.values()] };
  const compacted = await jsonld.compact(doc as never, CONTEXT as never, { documentLoader: offlineLoader } as never);
  return compacted as unknown as Record<string, unknown>;
}

/** No network: our context is inline, so any attempt to load a remote document is a bug. */
async function offlineLoader(url: string): Promise<never> {
  throw new Error(`refusing to load remote JSON-LD document ${url}`);
}
