// The CKAN actions this hub answers, as a table: name → function of the merged request parameters.
import type { Db } from "../../storage/db.ts";
import type { Urls } from "../urls.ts";
import { datastoreFields, datastoreSearch } from "./datastore.ts";
import { CKAN_VERSION, invalidRequest, missing, notFound, searchQueryError } from "./envelope.ts";
import { type CkanCatalog, type CkanOrganization, loadCatalog } from "./packages.ts";
import { bool, type CkanParams, integer, jsonList, list, natural, scalar, str, validateAll } from "./params.ts";
import { compileQuery, compileSearchQ, compileSort, DEFAULT_SORT, facetsOf } from "./search.ts";
import { fieldList, storedFields } from "./stored-fields.ts";

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

/** The fields organization_list sorts by (CKAN's _unpick_search allowed_fields); any other is a Validation Error. */
const ORG_SORT: Record<string, (o: CkanOrganization) => string | number> = {
  name: (o) => o.name, title: (o) => o.title, package_count: (o) => o.package_count, packages: (o) => o.package_count,
};

/** CKAN's _unpick_search with total=1: one "field [asc|desc]" (direction in any case); a package count alone sorts descending. */
function orgSort(text: string): { key: (o: CkanOrganization) => string | number; desc: boolean } {
  const parts = text.split(",").map((s) => s.trim().split(/\s+/));
  const sorts = parts.map(([field = "", dir = "asc"]) => {
    if (!Object.hasOwn(ORG_SORT, field)) throw invalidRequest(`Cannot sort by field \`${field}\``);
    if (dir.toLowerCase() !== "asc" && dir.toLowerCase() !== "desc") throw invalidRequest(`Invalid sort direction \`${dir.toLowerCase()}\``);
    return { field, dir: dir.toLowerCase() };
  });
  if (sorts.length > 1) throw invalidRequest("Too many sort criteria provided only 1 allowed");
  const { field, dir } = sorts[0]!;
  const bare = parts[0]!.length === 1;
  return { key: ORG_SORT[field]!, desc: bare ? field === "package_count" || field === "packages" : dir === "desc" };
}

/** ckan.group_and_organization_list_max and ckan.group_and_organization_list_all_fields_max, at CKAN's defaults. */
const ORG_LIST_MAX = 1000;
const ORG_LIST_ALL_FIELDS_MAX = 25;

/** CKAN's _group_or_org_list caps a page at 25 with all_fields (group dicts are costly), else at 1000: a larger limit
 *  is clamped, not refused. It reads the limit before validating it and applies only a truthy one, so a JSON 0 lists
 *  everything, uncapped, while the text "0" of a query string is a limit of 0. */
function orgListLimit(p: CkanParams, allFields: boolean): number {
  const max = allFields ? ORG_LIST_ALL_FIELDS_MAX : ORG_LIST_MAX;
  if (scalar(p, "limit") === 0) return Number.POSITIVE_INFINITY;
  return natural(p, "limit", max, max);
}

/** CKAN's group_dictize counts datasets only when asked (include_dataset_count, default true); without, no package_count key. */
function withCount(org: CkanOrganization, count: boolean): CkanOrganization | Omit<CkanOrganization, "package_count"> {
  if (count) return org;
  const { package_count: _, ...rest } = org;
  return rest;
}

/** help_show's answers: each action's doc string, as CKAN returns the function's __doc__. */
const HELP: Record<string, string> = {
  status_show: "Return a dictionary with information about the site's configuration.",
  package_list: "Return a list of the names of the site's datasets (packages).\n\n:param limit: if given, the list of datasets will be broken into pages of at most ``limit`` datasets per page\n:type limit: int\n:param offset: when ``limit`` is given, the offset to start returning packages from\n:type offset: int\n\n:rtype: list of strings",
  site_read: "Return ``True``.\n\n:rtype: bool",
  current_package_list_with_resources: "Return a list of the site's datasets (packages) and their resources.\n\nThe list is sorted most-recently-modified first.\n\n"
    + ":param limit: if given, the list of datasets will be broken into pages of at most ``limit`` datasets per page and only one page will be returned at a time (default 10, max 1000)\n:type limit: int\n"
    + ":param offset: when ``limit`` is given, the offset to start returning packages from\n:type offset: int\n"
    + ":param page: when ``limit`` is given, which page to return, Deprecated: use ``offset``\n:type page: int\n\n:rtype: list of dictionaries",
  package_show: "Return the metadata of a dataset (package) and its resources.\n\n:param id: the id or name of the dataset\n:type id: string\n\n:rtype: dictionary",
  package_search: "Searches for packages satisfying a given search criteria.\n\nThis hub reads the Lucene/Solr syntax of ``q`` and ``fq``: field:value, quoted phrases, wildcards, (groups), "
    + "AND/OR/NOT, +/-, [a TO b] and {a TO b} ranges, ISO 8601 dates and Solr date math (NOW/DAY). A ``q`` without ``:`` is free text, read as Solr's DisMax reads it "
    + "(other characters than + - and quotes are literal; of 3 to 5 words one may miss). Words match whole words "
    + "(``t13103`` does not find ``t131032``); Japanese is found by any stretch of its kanji and kana.\n\n:param q: the solr query\n:param fq: any filter queries to apply\n"
    + ":param sort: sorting of the search results, e.g. ``metadata_modified desc``\n:param rows: the maximum number of matching rows (datasets) to return (max 1000)\n"
    + ":param start: the offset in the complete result for where the set of returned datasets should begin\n:param facet.field: the fields to facet upon\n"
    + ":param fl: the fields to return of each result, as the search index stores them (e.g. ``name``, ``id,name``, ``id name``); "
    + "without it, full dataset dictionaries\n\n"
    + ":returns: a dictionary with ``count``, ``results``, ``facets``, ``search_facets`` and ``sort``",
  organization_list: "Return a list of the names of the site's organizations (here: Tokyo's 62 municipalities).\n\n:param sort: name, title or package_count, with asc or desc\n"
    + ":param limit: the maximum number of organizations returned (at most 25 with all_fields, 1000 without)\n:param offset: when limit is provided, the offset to start returning organizations from\n"
    + ":param all_fields: return group dictionaries instead of just names\n\n:rtype: list of strings or dictionaries",
  organization_show: "Return the details of an organization.\n\n:param id: the id or name of the organization\n:param include_datasets: include a truncated list of the org's datasets\n\n:rtype: dictionary",
  group_list: "Return a list of the names of the site's groups. This hub has no groups: the list is always empty.\n\n:rtype: list of strings",
  group_show: "Return the details of a group. This hub has no groups: every id is Not Found.\n\n:param id: the id or name of the group\n\n:rtype: dictionary",
  tag_list: "Return a list of the site's tags.\n\n:param query: a tag name query to search for\n:param all_fields: return full tag dictionaries instead of just names\n\n:rtype: list of strings or dictionaries",
  resource_show: "Return the metadata of a resource.\n\n:param id: the id of the resource\n\n:rtype: dictionary",
  datastore_search: "Search a DataStore resource.\n\n:param resource_id: id of the resource to be searched against\n:param filters: field → value (or list of values) to match\n"
    + ":param q: full text query (a string), or field → text (an object)\n:param fields: fields to return\n:param sort: comma separated field names with ordering, e.g. ``name asc``\n"
    + ":param limit: maximum number of rows to return (default 100, max 32000)\n:param offset: offset this number of rows\n:param records_format: objects or lists\n\n"
    + ":returns: a dictionary with ``fields``, ``records``, ``total`` and ``_links``",
  datastore_info: "Return the fields and the record count of a DataStore resource.\n\n:param id: id of the resource\n\n:rtype: dictionary",
  help_show: "Return the help string for a particular API action.\n\n:param name: Action function name (e.g. ``package_search``)\n:type name: string\n:returns: The help string for the action function, or None if the function does not have a docstring.\n:rtype: string",
};

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
    // CKAN applies a limit only when it is truthy: limit=0 lists every name, as no limit does
    const limit = natural(p, "limit", 0) || names.length;
    return names.slice(offset, offset + limit);
  },

  // anonymous reads are allowed, so the site is readable: CKAN answers True
  async site_read() {
    return true;
  },

  // package_search with q=+capacity:public, rows=limit (CKAN's default 10 when absent), start=offset, newest first
  async current_package_list_with_resources(p, { catalog }) {
    const limit = natural(p, "limit", 10, 1000);
    const offset = p.offset === undefined && p.page !== undefined && p.limit !== undefined
      ? (natural(p, "page", 1) - 1) * limit : natural(p, "offset", 0);
    const sort = compileSort("metadata_modified desc");
    const packages = (await catalog()).packages.map((e) => e.pkg).sort(sort);
    return packages.slice(Math.max(0, offset), Math.max(0, offset) + limit);
  },

  async package_show(p, { catalog }) {
    const entry = (await catalog()).packageByKey(idOf(p));
    if (!entry) throw notFound();
    return entry.pkg;
  },

  async package_search(p, { catalog }) {
    // default_package_search_schema first (409 Validation Error), then query.py's unknown-parameter check (400)
    const { rows, start, facetField, facetLimit, facetMincount } = validateAll({
      rows: () => natural(p, "rows", 10, 1000), start: () => natural(p, "start", 0),
      facetField: () => jsonList(p, "facet.field"), facetLimit: () => integer(p, "facet.limit", 50),
      facetMincount: () => natural(p, "facet.mincount", 1),
    });
    const unknown = Object.keys(p).filter((k) => !SEARCH_PARAMS.has(k) && !k.startsWith("ext_"));
    if (unknown.length) throw searchQueryError(`Invalid search parameters: [${unknown.map((k) => `'${k}'`).join(", ")}]`);
    const fq = [str(p, "fq") ?? "", ...(list(p, "fq_list") ?? [])].filter(Boolean);
    const tests = [compileSearchQ(str(p, "q"), str(p, "defType")), ...fq.map((f) => compileQuery(f))];
    const sortText = str(p, "sort")?.trim() || DEFAULT_SORT;
    const sort = compileSort(sortText);
    const matched = (await catalog()).packages.filter((e) => tests.every((t) => t(e.pkg))).sort((a, b) => sort(a.pkg, b.pkg));
    const facets = facetsOf(matched, bool(p, "facet", true) ? facetField ?? [] : [], facetLimit, facetMincount);
    const fl = fieldList(p);
    const page = matched.slice(start, start + rows).map((e) => e.pkg);
    return { count: matched.length, ...facets, results: fl ? page.map((pkg) => storedFields(pkg, fl)) : page, sort: sortText };
  },

  async organization_list(p, { catalog }) {
    const allFields = bool(p, "all_fields", false);
    const q = str(p, "q")?.toLowerCase();
    const only = list(p, "organizations");
    const { key, desc } = orgSort(str(p, "sort") ?? "title asc");
    let orgs = (await catalog()).organizations
      .filter((o) => !q || o.name.includes(q) || o.title.toLowerCase().includes(q) || o.description.toLowerCase().includes(q))
      .filter((o) => !only?.length || only.includes(o.name));
    orgs = [...orgs].sort((a, b) => {
      const x = key(a), y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : 1) * (desc ? -1 : 1);
    });
    const offset = natural(p, "offset", 0);
    const page = orgs.slice(offset, offset + orgListLimit(p, allFields));
    return allFields ? page.map((o) => withCount(o, bool(p, "include_dataset_count", true))) : page.map((o) => o.name);
  },

  async organization_show(p, { catalog }) {
    const id = idOf(p);
    const cat = await catalog();
    const org = cat.organizations.find((o) => o.name === id || o.id === id);
    if (!org) throw notFound();
    // CKAN's group_dictize asks package_search with its defaults: 10 rows, newest first (score desc, metadata_modified desc)
    const packages = bool(p, "include_datasets", false)
      ? cat.packages.map((e) => e.pkg).filter((pkg) => pkg.owner_org === org.id).sort(compileSort(DEFAULT_SORT)).slice(0, 10) : undefined;
    return { ...withCount(org, bool(p, "include_dataset_count", true)), extras: [], groups: [], ...(packages ? { packages } : {}) };
  },

  async tag_list(p, { catalog }) {
    // every tag here is a free tag: CKAN's Tag.all answers an unknown vocabulary with Not Found, never the free tags
    const vocabulary = str(p, "vocabulary_id");
    if (vocabulary) throw notFound(`could not find vocabulary '${vocabulary}'`);
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

  // the hub has organizations (municipalities) and no groups; harvesters with remote_groups still ask
  async group_list() {
    return [];
  },

  async group_show(p) {
    idOf(p);
    throw notFound();
  },

  async help_show(p) {
    const name = str(p, "name");
    if (!name) throw missing("name");
    if (!Object.hasOwn(HELP, name)) throw notFound("Action function not found");
    return HELP[name];
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
