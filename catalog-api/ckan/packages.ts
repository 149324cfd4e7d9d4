// The CKAN view of the catalog: one package per published (municipality, dataset), named like Tokyo's catalogue
// (`t131041-aed`: organization `t` + 6-digit code, then the standard slug); one organization per municipality;
// two resources per package (CSV and GeoJSON downloads of our records API), both datastore_active.
import type { Dataset } from "../../schemas/dataset.ts";
import { DATASETS, getDataset } from "../../schemas/index.ts";
import type { Db } from "../../storage/db.ts";
import { listOrganizationCreated, listPublished, type PublishedPair } from "../../storage/catalog.ts";
import { listMunicipalities, type Municipality } from "../../storage/municipalities.ts";
import { licenseInfo } from "../licenses.ts";
import { stableUuid } from "../stable-id.ts";
import { orgName, packageName, type Urls } from "../urls.ts";

export const STANDARD_TAG = "自治体標準オープンデータセット";
/** On packages of generated sample data, so that clients can see and exclude them (fq=-tags:サンプルデータ). */
export const SAMPLE_TAG = "サンプルデータ";

export interface CkanResource {
  cache_last_updated: null; cache_url: null; created: string; datastore_active: boolean; description: string; format: string;
  hash: string; id: string; last_modified: string; metadata_modified: string; mimetype: string; mimetype_inner: null; name: string;
  package_id: string; position: number; resource_type: null; size: number | null; state: "active"; url: string; url_type: null;
}
export interface CkanTag { display_name: string; id: string; name: string; state: "active"; vocabulary_id: null }
export interface CkanOrganization {
  approval_status: "approved"; created: string | null; description: string; display_name: string; id: string; image_display_url: string;
  image_url: string; is_organization: true; name: string; num_followers: number; package_count: number; state: "active"; title: string;
  type: "organization";
}
export interface CkanPackage {
  author: null; author_email: null; creator_user_id: null; id: string; isopen: boolean; license_id: string; license_title: string;
  license_url?: string; maintainer: string; maintainer_email: null; metadata_created: string; metadata_modified: string; name: string;
  notes: string; num_resources: number; num_tags: number; organization: CkanOrganization; owner_org: string; private: false;
  state: "active"; title: string; type: "dataset"; url: string; version: string; extras: Array<{ key: string; value: string }>;
  groups: never[]; resources: CkanResource[]; tags: CkanTag[]; relationships_as_subject: never[]; relationships_as_object: never[];
}

/** What a package stands for, kept beside the CKAN dict for search and the datastore. */
export interface PackageEntry { pkg: CkanPackage; pair: PublishedPair; dataset: Dataset; municipality: Municipality }

export interface CkanCatalog {
  packages: PackageEntry[];
  organizations: CkanOrganization[];
  packageByKey(idOrName: string): PackageEntry | undefined;
  resourceById(id: string): { entry: PackageEntry; resource: CkanResource } | undefined;
}

const tag = (name: string): CkanTag => ({ display_name: name, id: stableUuid(`tag:${name}`), name, state: "active", vocabulary_id: null });

function organization(m: Municipality, packageCount: number, created: string | null): CkanOrganization {
  const name = orgName(m.code);
  return {
    approval_status: "approved", created, description: `${m.name_ja}（${m.name_en}、全国地方公共団体コード ${m.code}）`,
    display_name: m.name_ja, id: stableUuid(`organization:${name}`), image_display_url: "", image_url: "", is_organization: true, name,
    num_followers: 0, package_count: packageCount, state: "active", title: m.name_ja, type: "organization",
  };
}

function resources(pair: PublishedPair, dataset: Dataset, m: Municipality, packageId: string, urls: Urls): CkanResource[] {
  const formats = [
    { format: "CSV", mimetype: "text/csv", query: "csv", note: "統一スキーマ、UTF-8 BOM付きCSV、日本語見出し / unified schema, UTF-8 CSV with BOM" },
    { format: "GeoJSON", mimetype: "application/geo+json", query: "geojson", note: "統一スキーマ、GeoJSON (RFC 7946) / unified schema, GeoJSON" },
  ];
  return formats.map((f, position) => ({
    cache_last_updated: null, cache_url: null, created: pair.created, datastore_active: true,
    description: `${m.name_ja} ${dataset.ja}（${f.note}）`, format: f.format, hash: "",
    id: stableUuid(`resource:${packageName(m.code, dataset.id)}:${f.query}`), last_modified: pair.modified, metadata_modified: pair.modified,
    mimetype: f.mimetype, mimetype_inner: null, name: `${dataset.ja} (${f.format})`, package_id: packageId, position, resource_type: null,
    size: null, state: "active", url: urls.records(dataset.id, { municipality: m.code, format: f.query }), url_type: null,
  }));
}

function packageDict(pair: PublishedPair, dataset: Dataset, m: Municipality, org: CkanOrganization, urls: Urls): CkanPackage {
  const name = packageName(m.code, dataset.id);
  const id = stableUuid(`package:${name}`);
  const license = licenseInfo(pair.license);
  const tags = [...new Set([STANDARD_TAG, dataset.ja, ...(dataset.keywords ?? []), ...(pair.sample ? [SAMPLE_TAG] : [])])].sort().map(tag);
  const res = resources(pair, dataset, m, id, urls);
  return {
    author: null, author_email: null, creator_user_id: null, id, isopen: license.open,
    license_id: license.id, license_title: license.title, ...(license.url ? { license_url: license.url } : {}),
    maintainer: m.name_ja, maintainer_email: null, metadata_created: pair.created, metadata_modified: pair.modified, name,
    notes: `${m.name_ja}の${dataset.ja}（自治体標準オープンデータセット ${dataset.number}）を統一スキーマに正規化したもの。`
      + `${dataset.description_ja ?? ""}${pair.sample ? "（生成されたサンプルデータ / generated sample data）" : ""}`,
    num_resources: res.length, num_tags: tags.length, organization: org, owner_org: org.id, private: false, state: "active",
    title: `${m.name_ja} ${dataset.ja}`, type: "dataset", url: pair.source_url ?? urls.dataset(dataset.id), version: String(pair.version_id),
    extras: [
      { key: "全国地方公共団体コード", value: m.code },
      { key: "standard_dataset", value: dataset.number },
      { key: "dataset_id", value: dataset.id },
      { key: "sample", value: String(pair.sample) },
      { key: "source_url", value: pair.source_url ?? "" },
      { key: "attribution", value: pair.attribution ?? "" },
      { key: "records", value: String(pair.valid) },
      { key: "rows_rejected", value: String(pair.invalid) },
      { key: "schema", value: urls.schema(dataset.id) },
    ],
    groups: [], resources: res, tags, relationships_as_subject: [], relationships_as_object: [],
  };
}

/** Everything published, as CKAN dicts: two queries, then built in memory (62 × datasets at most). */
export async function loadCatalog(db: Db, urls: Urls): Promise<CkanCatalog> {
  const [pairs, municipalities, created] = await Promise.all([listPublished(db), listMunicipalities(db), listOrganizationCreated(db)]);
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(p.municipality_code, (counts.get(p.municipality_code) ?? 0) + 1);
  const orgs = new Map(municipalities.map((m) => [m.code, organization(m, counts.get(m.code) ?? 0, created.get(m.code) ?? null)]));
  const order = new Map(DATASETS.map((d, i) => [d.id, i]));
  const packages: PackageEntry[] = [];
  for (const pair of pairs) {
    const dataset = getDataset(pair.dataset_id);
    const municipality = byCode.get(pair.municipality_code);
    if (!dataset || !municipality) continue;
    packages.push({ pkg: packageDict(pair, dataset, municipality, orgs.get(municipality.code)!, urls), pair, dataset, municipality });
  }
  packages.sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : (order.get(a.dataset.id)! - order.get(b.dataset.id)!)));
  const byKey = new Map<string, PackageEntry>();
  const byResource = new Map<string, { entry: PackageEntry; resource: CkanResource }>();
  for (const e of packages) {
    byKey.set(e.pkg.name, e);
    byKey.set(e.pkg.id, e);
    for (const resource of e.pkg.resources) byResource.set(resource.id, { entry: e, resource });
  }
  return {
    packages,
    organizations: [...orgs.values()],
    packageByKey: (k) => byKey.get(k),
    resourceById: (id) => byResource.get(id),
  };
}
