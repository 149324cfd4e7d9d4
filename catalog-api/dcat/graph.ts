// DCAT (DCAT 3 / DCAT-AP 3 shapes, ckanext-dcat URIs) for the catalog: a dcat:Dataset per (municipality, dataset)
// and per standard dataset, CSV and GeoJSON distributions, publishers, locations and the two data services.
// Nodes are written against document.ts's inline @context.
import type { Dataset } from "../../schemas/dataset.ts";
import { DATASETS, getDataset } from "../../schemas/index.ts";
import type { PublishedPair } from "../../storage/catalog.ts";
import type { Municipality } from "../../storage/municipalities.ts";
import type { CkanCatalog, CkanPackage, CkanResource, PackageEntry } from "../ckan/packages.ts";
import { licenseInfo } from "../licenses.ts";
import { orgName, type RdfFormat, type Urls } from "../urls.ts";
import type { Node } from "./document.ts";

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

/** The hub as publisher of the catalog and of the standard datasets. */
const hubAgent = (urls: Urls): Node =>
  ({ "@id": urls.organization("odh"), "@type": ["foaf:Agent", "foaf:Organization"], "foaf:name": "tokyo-opendata-hub" });

/** IRIs of nodes that are not datasets, so that every reference has a typed node (DCAT-AP sh:class checks). */
export function sharedNodes(urls: Urls): Node[] {
  return [
    hubAgent(urls),
    { "@id": JPN, "@type": "dct:LinguisticSystem" },
    ...Object.values(FILE_TYPE).flatMap((f) => [{ "@id": f.format, "@type": "dct:MediaTypeOrExtent" }, { "@id": f.media, "@type": "dct:MediaType" }]),
    { "@id": urls.recordsService(), "@type": "dcat:DataService", "dct:title": en("tokyo-opendata-hub records API"),
      "dcat:endpointURL": iri(urls.recordsService()), "dcat:endpointDescription": iri(urls.openapi()) },
    { "@id": urls.ckanService(), "@type": "dcat:DataService", "dct:title": en("CKAN Action API (subset)"),
      "dcat:endpointURL": iri(urls.ckanService()), "dcat:endpointDescription": iri(urls.openapi()),
      "dct:conformsTo": iri("https://docs.ckan.org/en/latest/api/") },
    { "@id": "https://docs.ckan.org/en/latest/api/", "@type": "dct:Standard" },
  ];
}

function publisherNodes(m: Municipality, urls: Urls, orgName: string): Node[] {
  return [
    { "@id": urls.organization(orgName), "@type": ["foaf:Agent", "foaf:Organization"], "foaf:name": ja(m.name_ja), "dct:identifier": m.code },
    { "@id": `${urls.organization(orgName)}#contact`, "@type": ["vcard:Organization", "vcard:Kind"], "vcard:fn": ja(m.name_ja) },
    { "@id": urls.location(m.code), "@type": "dct:Location", "skos:prefLabel": ja(`東京都${m.name_ja}`), "dct:identifier": m.code },
  ];
}

/** A title or description in Japanese with its English beside it. */
interface Text { ja: string; en: string }
const bilingual = (t: Text) => [ja(t.ja), en(t.en)];

function distribution(id: string, title: Text, format: string, url: string, license: string | null, issued: string, modified: string, urls: Urls, schema: string): Node[] {
  const f = FILE_TYPE[format]!;
  const info = licenseInfo(license);
  const lic = info.dcat;
  // a licence the source marked (e.g. unverified) keeps its licence IRI and says so beside it
  const rights = info.note ? { "dct:rights": { "@value": license! } } : {};
  return [{
    "@id": id, "@type": "dcat:Distribution", "dct:title": bilingual(title), "dcat:accessURL": iri(url), "dcat:downloadURL": iri(url),
    "dcat:mediaType": iri(f.media), "dct:format": iri(f.format), ...(lic ? { "dct:license": iri(lic) } : {}), ...rights,
    "dct:issued": dateTime(issued), "dct:modified": dateTime(modified), "dcat:accessService": iri(urls.recordsService()),
    "dct:conformsTo": iri(schema),
  }, ...(lic ? [{ "@id": lic, "@type": "dct:LicenseDocument" }] : [])];
}

/** The English beside a package's notes: what the data is, who published it, in which schema. */
function englishNotes({ pair, dataset, municipality: m }: PackageEntry): string {
  return `${dataset.description_en ?? dataset.en} Published by ${m.name_en} (municipality code ${m.code}), normalized to the unified schema `
    + `of municipal standard dataset ${dataset.number}.${pair.sample ? " Generated sample data, not published by the municipality." : ""}`;
}

/** One published (municipality, dataset), with its distributions, publisher, contact and location. */
export function pairNodes(entry: PackageEntry, urls: Urls): Node[] {
  const { pkg, pair, dataset, municipality: m } = entry;
  const self = urls.ckanDataset(pkg.name);
  const schema = urls.schema(dataset.id);
  const dists = pkg.resources.map((r: CkanResource) =>
    distribution(urls.ckanResource(pkg.name, r.id), { ja: `${m.name_ja} ${r.name}`, en: `${m.name_en}: ${dataset.en} (${r.format})` }, r.format, r.url, pair.license, pair.created, pair.modified, urls, schema));
  const landing = pair.source_url ?? urls.dataset(dataset.id);
  return [
    {
      "@id": self, "@type": "dcat:Dataset", "dct:identifier": pkg.name,
      "dct:title": bilingual({ ja: pkg.title, en: `${m.name_en}: ${dataset.en}` }),
      "dct:description": bilingual({ ja: pkg.notes, en: englishNotes(entry) }),
      "dct:publisher": iri(urls.organization(pkg.organization.name)), "dct:issued": dateTime(pair.created), "dct:modified": dateTime(pair.modified),
      "dcat:keyword": pkg.tags.map((t) => ja(t.name)), "dct:spatial": iri(urls.location(m.code)),
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
    `${self}#${format.toLowerCase()}`, { ja: `${dataset.ja}（全区市町村）(${format})`, en: `${dataset.en} (all municipalities) (${format})` }, format, urls.records(dataset.id, { format: format.toLowerCase() }),
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

const PER_PAGE = 100;

export interface CatalogPage {
  /** 1-based */
  page: number;
  /** modified_since as given (kept in the page links), and as CKAN time (compared with metadata_modified) */
  since?: string;
  sinceTime?: string;
  /** ckanext-dcat's q and fq (package_search's Solr syntax), as given (kept in the page links) and compiled */
  q?: string;
  fq?: string;
  matches?: (pkg: CkanPackage) => boolean;
}

/** One page of the catalog, like ckanext-dcat's: the dcat:Catalog, the standard datasets first, then every
 *  (municipality, dataset), newest first, 100 a page, with a hydra:PagedCollection whose links stay in `format`. */
export function catalogNodes(catalog: CkanCatalog, { page, since, sinceTime, q, fq, matches }: CatalogPage, urls: Urls, format: RdfFormat): Node[] {
  const pairs = catalog.packages.map((e) => e.pair);
  const entries = catalog.packages
    .filter((e) => (sinceTime === undefined || e.pkg.metadata_modified >= sinceTime) && (!matches || matches(e.pkg)))
    .sort((a, b) => (a.pair.modified < b.pair.modified ? 1 : a.pair.modified > b.pair.modified ? -1 : a.pkg.name < b.pkg.name ? -1 : 1));
  type Item = { kind: "standard"; id: string } | { kind: "pair"; entry: PackageEntry };
  const items: Item[] = [
    // a search (modified_since, q, fq) is over the CKAN packages, as in ckanext-dcat; the standard datasets are not among them
    ...(since === undefined && !matches ? DATASETS.map((d) => ({ kind: "standard" as const, id: d.id })) : []),
    ...entries.map((entry) => ({ kind: "pair" as const, entry })),
  ];
  const onPage = items.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const ids = onPage.map((i) => (i.kind === "standard" ? urls.dataset(i.id) : urls.ckanDataset(i.entry.pkg.name)));
  const modified = pairs.reduce<string | null>((a, p) => (a === null || p.modified > a ? p.modified : a), null);
  const nodes: Node[] = [
    {
      "@id": urls.catalogIri(), "@type": "dcat:Catalog",
      "dct:title": [ja("東京都 自治体標準オープンデータ統合カタログ"), en("Tokyo municipal standard open data hub")],
      "dct:description": [ja("都内62区市町村の自治体標準オープンデータセットを統一スキーマで提供する。"),
        en("The municipal standard open data sets of all 62 municipalities of Tokyo, in one schema per dataset.")],
      "dct:publisher": iri(urls.organization("odh")), "foaf:homepage": iri(`${urls.base}/`), "dct:language": iri(JPN),
      ...(modified ? { "dct:modified": dateTime(modified) } : {}),
      "dcat:dataset": ids.map(iri),
      "dcat:service": [iri(urls.recordsService()), iri(urls.ckanService())],
    },
    { "@id": `${urls.base}/`, "@type": "foaf:Document" },
    ...sharedNodes(urls),
    ...onPage.flatMap((i) => {
      if (i.kind === "pair") return pairNodes(i.entry, urls);
      const parts = catalog.packages.filter((e) => e.dataset.id === i.id).map((e) => urls.ckanDataset(e.pkg.name));
      return standardNodes(getDataset(i.id)!, pairs, parts, urls);
    }),
    { "@id": urls.ckanService(), "dcat:servesDataset": catalog.packages.map((e) => iri(urls.ckanDataset(e.pkg.name))) },
    { "@id": urls.recordsService(), "dcat:servesDataset": DATASETS.map((d) => iri(urls.dataset(d.id))) },
  ];
  if (items.length > 0) {
    const last = Math.max(1, Math.ceil(items.length / PER_PAGE));
    const link = (n: number) => urls.catalog({ modified_since: since, q, fq, page: n }, format);
    nodes.push({
      "@id": link(page), "@type": "hydra:PagedCollection",
      "hydra:totalItems": { "@value": String(items.length), "@type": "xsd:integer" },
      "hydra:itemsPerPage": { "@value": String(PER_PAGE), "@type": "xsd:integer" },
      "hydra:first": link(1), "hydra:firstPage": link(1), "hydra:last": link(last), "hydra:lastPage": link(last),
      ...(page < last ? { "hydra:next": link(page + 1), "hydra:nextPage": link(page + 1) } : {}),
      // past the end, ckanext-dcat's previous page is the last one (logic.py _pagination_info)
      ...(page > 1 ? { "hydra:previous": link(Math.min(page - 1, last)), "hydra:previousPage": link(Math.min(page - 1, last)) } : {}),
    });
  }
  return nodes;
}

/** What the document of a publisher says: the agent (with its contact and, for a municipality, its place) and which
 *  datasets it publishes, so that a harvester following dct:publisher finds them. The hub itself (`odh`) publishes
 *  the standard datasets. */
export function publisherDocumentNodes(catalog: CkanCatalog, municipality: Municipality | "odh", urls: Urls): Node[] {
  if (municipality === "odh") {
    const odh = urls.organization("odh");
    return [hubAgent(urls), ...DATASETS.map((d) => ({ "@id": urls.dataset(d.id), "dct:publisher": iri(odh) }))];
  }
  const org = orgName(municipality.code);
  const published = catalog.packages.filter((e) => e.municipality.code === municipality.code);
  return [
    ...publisherNodes(municipality, urls, org),
    ...published.map((e) => ({ "@id": urls.ckanDataset(e.pkg.name), "dct:publisher": iri(urls.organization(org)), "dct:spatial": iri(urls.location(municipality.code)) })),
  ];
}
