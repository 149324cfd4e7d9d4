// The CKAN actions this hub answers, as a table: name → function of the merged request parameters.
import type { Db } from "../../storage/db.ts";
import type { Urls } from "../urls.ts";
import { datastoreFields, datastoreSearch } from "./datastore.ts";
import { CKAN_VERSION, missing, notFound, searchQueryError } from "./envelope.ts";
import { type CkanCatalog, type CkanOrganization, loadCatalog } from "./packages.ts";
import { bool, type CkanParams, list, natural, str } from "./params.ts";
import { compileQuery, compileSort, DEFAULT_SORT, facetsOf } from "./search.ts";

export interface ActionContext { db: Db; urls: Urls; url: URL; catalog(): Promise<CkanCatalog> }
export type Action = (params: CkanParams, ctx: ActionContext) => Promise<unknown>;

const SEARCH_PARAMS = new Set(["q", "fq", "fq_list", "rows", "start", "sort", "facet", "facet.field", "facet.limit", "facet.mincount",
  "include_private", "include_drafts", "include_deleted", "qf", "wt", "bf", "boost", "tie", "defType", "mm", "fl", "df", "q.op",
  "use_default_schema", "include_plugin_data", "callback", "_"]);

function idOf(params: CkanParams): string {
  const id = str(params, "id") ?? str(params, "name_or_id");
  if (!id) throw missing("name_or_id");
  return id;
}

const orgKey = (o: CkanOrganization, field: string): string | number =>
  field === "name" ? o.name : field === "package_count" || field === "packages" ? o.package_count : o.title;

export const ACTIONS: Record<string, Action> = {
  async status_show(_p, { urls }) {
    return {
      site_title: "Tokyo Open Data Hub", site_description: "東京都62区市町村の自治体標準オープンデータセット統合API",
      site_url: urls.base, error_emails_to: null, locale_default: "ja", extensions: ["datastore", "dcat"], ckan_version: CKAN_VERSION,
    };
  },

  async package_list(p, { catalog }) {
    const names = (await catalog()).packages.map((e) => e.pkg.name).sort();
    const offset = natural(p, "offset", 0);
    const limit = p.limit === undefined ? names.length : natural(p, "limit", names.length);
    return names.slice(offset, offset + limit);
  },

  async package_show(p, { catalog }) {
    const entry = (await catalog()).packageByKey(idOf(p));
    if (!entry) throw notFound();
    return entry.pkg;
  },

  async package_search(p, { catalog }) {
    const unknown = Object.keys(p).filter((k) => !SEARCH_PARAMS.has(k) && !k.startsWith("ext_"));
    if (unknown.length) throw searchQueryError(`Invalid search parameters: [${unknown.map((k) => `'${k}'`).join(", ")}]`);
    const rows = natural(p, "rows", 10, 1000);
    const start = natural(p, "start", 0);
    const fq = [str(p, "fq") ?? "", ...(list(p, "fq_list") ?? [])].filter(Boolean);
    const tests = [compileQuery(str(p, "q")), ...fq.map(compileQuery)];
    const sortText = str(p, "sort")?.trim() || DEFAULT_SORT;
    const sort = compileSort(sortText);
    const matched = (await catalog()).packages.filter((e) => tests.every((t) => t(e.pkg))).sort((a, b) => sort(a.pkg, b.pkg));
    const facetFields = bool(p, "facet", true) ? list(p, "facet.field") ?? [] : [];
    const facets = facetsOf(matched, facetFields, Number(str(p, "facet.limit") ?? 50), natural(p, "facet.mincount", 1));
    return { count: matched.length, ...facets, results: matched.slice(start, start + rows).map((e) => e.pkg), sort: sortText };
  },

  async organization_list(p, { catalog }) {
    const allFields = bool(p, "all_fields", false);
    const q = str(p, "q")?.toLowerCase();
    const only = list(p, "organizations");
    const [field = "title", dir] = (str(p, "sort") ?? "title asc").trim().split(/\s+/);
    const desc = dir ? dir === "desc" : field === "package_count" || field === "packages";
    let orgs = (await catalog()).organizations
      .filter((o) => !q || o.name.includes(q) || o.title.toLowerCase().includes(q) || o.description.toLowerCase().includes(q))
      .filter((o) => !only?.length || only.includes(o.name));
    orgs = [...orgs].sort((a, b) => {
      const x = orgKey(a, field), y = orgKey(b, field);
      return (x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : 1) * (desc ? -1 : 1);
    });
    const offset = natural(p, "offset", 0);
    const limit = natural(p, "limit", allFields ? 25 : 1000, 1000);
    const page = orgs.slice(offset, offset + limit);
    return allFields ? page : page.map((o) => o.name);
  },

  async organization_show(p, { catalog }) {
    const id = idOf(p);
    const cat = await catalog();
    const org = cat.organizations.find((o) => o.name === id || o.id === id);
    if (!org) throw notFound();
    const packages = bool(p, "include_datasets", false)
      ? cat.packages.filter((e) => e.pkg.owner_org === org.id).slice(0, 10).map((e) => e.pkg) : undefined;
    return { ...org, extras: [], groups: [], ...(packages ? { packages } : {}) };
  },

  async tag_list(p, { catalog }) {
    const query = (str(p, "query") ?? str(p, "q") ?? "").toLowerCase();
    const tags = new Map<string, { id: string; name: string; vocabulary_id: null; display_name: string }>();
    for (const { pkg } of (await catalog()).packages) {
      for (const t of pkg.tags) if (!query || t.name.toLowerCase().includes(query)) tags.set(t.name, { id: t.id, name: t.name, vocabulary_id: null, display_name: t.display_name });
    }
    const sorted = [...tags.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    return bool(p, "all_fields", false) ? sorted : sorted.map((t) => t.name);
  },

  async resource_show(p, { catalog }) {
    const id = str(p, "id");
    if (!id) throw missing("id");
    const found = (await catalog()).resourceById(id);
    if (!found) throw notFound();
    return found.resource;
  },

  async datastore_search(p, { db, url, catalog }) {
    return datastoreSearch(db, await catalog(), p, url);
  },

  async datastore_info(p, { catalog }) {
    const id = str(p, "id") ?? str(p, "resource_id");
    if (!id) throw missing("id");
    const found = (await catalog()).resourceById(id);
    if (!found) throw notFound(`Resource "${id}" was not found.`);
    const { pair, dataset } = found.entry;
    return {
      meta: { count: pair.valid, id, aliases: [], table_type: "BASE TABLE" },
      fields: datastoreFields(dataset).filter((f) => f.id !== "_id"),
    };
  },
};

export const ACTION_NAMES = Object.keys(ACTIONS);

export function actionContext(db: Db, urls: Urls, url: URL): ActionContext {
  let cached: Promise<CkanCatalog> | undefined;
  return { db, urls, url, catalog: () => (cached ??= loadCatalog(db, urls)) };
}
