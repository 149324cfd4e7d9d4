import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { ACTION_NAMES } from "../../catalog-api/ckan/actions.ts";
import { licenseInfo } from "../../catalog-api/licenses.ts";
import { DB_KINDS, listen, openTestDb, type TestDb } from "../helpers.ts";
import { ingestGenerated, seedStandard } from "./seed.ts";

describe.each(DB_KINDS)("CKAN Action API over HTTP (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  const call = async (prefix: string, action: string, args?: Record<string, unknown>, method: "GET" | "POST" = "GET") => {
    const res = method === "GET"
      ? await fetch(`${base}${prefix}/${action}${args ? `?${new URLSearchParams(Object.entries(args).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]))}` : ""}`)
      : await fetch(`${base}${prefix}/${action}`, { method: "POST", headers: { "content-type": "application/json", authorization: "ignored-key" }, body: JSON.stringify(args ?? {}) });
    return { status: res.status, type: res.headers.get("content-type"), body: await res.json() };
  };
  const ok = async (action: string, args?: Record<string, unknown>, method: "GET" | "POST" = "GET") => {
    const r = await call("/api/3/action", action, args, method);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ help: `${base}/api/3/action/help_show?name=${action}`, success: true });
    return r.body.result;
  };

  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedStandard(t.db);
    await ingestGenerated(t.db, "131130", 5, { lat: 35.66, lon: 139.69 });
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it("answers the same under /api/3/action and /api/action, by GET and by POST (ckanapi)", async () => {
    const answers = await Promise.all([
      call("/api/3/action", "package_show", { id: "t131041-aed" }), call("/api/action", "package_show", { id: "t131041-aed" }),
      call("/api/3/action", "package_show", { id: "t131041-aed" }, "POST"), call("/api/action", "package_show", { id: "t131041-aed" }, "POST"),
    ]);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.type).toBe("application/json;charset=utf-8");
      expect(a.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body.help).toBe(`${base}/api/3/action/help_show?name=package_show`);
  });

  it("status_show and package_list", async () => {
    expect(await ok("status_show")).toMatchObject({ ckan_version: "2.11.5", locale_default: "ja", extensions: ["datastore", "dcat"] });
    expect(await ok("package_list")).toEqual(["t131016-aed", "t131041-aed", "t131130-aed"]);
    expect(await ok("package_list", { limit: "1", offset: "1" })).toEqual(["t131041-aed"]);
    expect(await ok("package_list", { limit: "0" })).toEqual(["t131016-aed", "t131041-aed", "t131130-aed"]);
    expect(await ok("package_list", { limit: 0, offset: 2 }, "POST")).toEqual(["t131130-aed"]);
    expect(await ok("package_list", { include_private: false, include_drafts: false, include_deleted: false }, "POST"))
      .toEqual(["t131016-aed", "t131041-aed", "t131130-aed"]);
  });

  it("package_show is a CKAN package dict with our resources and extras", async () => {
    const pkg = await ok("package_show", { id: "t131016-aed" });
    expect(pkg).toMatchObject({
      name: "t131016-aed", title: "千代田区 AED設置箇所一覧", type: "dataset", state: "active", private: false,
      license_id: "CC-BY-4.0", license_title: "クリエイティブ・コモンズ 表示（CC BY）", isopen: true, num_resources: 2, num_tags: pkg.tags.length,
      organization: { name: "t131016", title: "千代田区", is_organization: true, type: "organization" },
      groups: [], relationships_as_subject: [], relationships_as_object: [],
    });
    expect(pkg.owner_org).toBe(pkg.organization.id);
    expect(pkg.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pkg.metadata_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(pkg.extras).toEqual(expect.arrayContaining([{ key: "全国地方公共団体コード", value: "131016" }, { key: "standard_dataset", value: "08" },
      { key: "sample", value: "true" }]));
    expect(pkg.tags.map((x: { name: string }) => x.name)).toContain("自治体標準オープンデータセット");
    expect(pkg.resources.map((r: { format: string; url: string; datastore_active: boolean; position: number }) => [r.format, r.url, r.datastore_active, r.position])).toEqual([
      ["CSV", `${base}/api/v1/datasets/aed/records?municipality=131016&format=csv`, true, 0],
      ["GeoJSON", `${base}/api/v1/datasets/aed/records?municipality=131016&format=geojson`, true, 1],
    ]);
    expect(await ok("package_show", { id: pkg.id })).toEqual(pkg);
    expect(await ok("resource_show", { id: pkg.resources[1].id })).toEqual(pkg.resources[1]);
  });

  it.each([
    ["package_show", {}, 409, { name_or_id: ["Missing value"], __type: "Validation Error" }],
    ["package_show", { id: "t131059-aed" }, 404, { message: "Not found", __type: "Not Found Error" }],
    ["package_search", { rows: "-1" }, 409, { rows: ["Must be a natural number"], __type: "Validation Error" }],
    ["package_search", { sort: "colour asc" }, 400, { __type: "Search Query Error" }],
    ["package_search", { colour: "blue" }, 400, { __type: "Search Query Error" }],
    // what Solr cannot parse CKAN answers as a Search Error (409), not a Search Query Error
    ["package_search", { fq: "organization:(t131041" }, 409, { __type: "Search Error", message: expect.stringContaining("Search error: ") }],
    ["package_search", { q: "colour:blue" }, 409, { __type: "Search Error", message: expect.stringContaining("undefined field colour") }],
    ["resource_show", { id: "nope" }, 404, { __type: "Not Found Error" }],
    ["organization_show", { id: "t999999" }, 404, { __type: "Not Found Error" }],
    ["datastore_search", {}, 409, { resource_id: ["Missing value"], __type: "Validation Error" }],
    ["datastore_search", { resource_id: "nope" }, 404, { message: 'Not found: Resource "nope" was not found.', __type: "Not Found Error" }],
  ] as const)("%s %j → %d error envelope", async (action, args, status, error) => {
    for (const method of ["GET", "POST"] as const) {
      const r = await call("/api/action", action, args, method);
      expect(r.status).toBe(status);
      expect(r.body).toMatchObject({ help: `${base}/api/3/action/help_show?name=${action}`, success: false, error });
    }
  });

  it("group_list is [] (no groups), group_show is Not Found, and every envelope's help link resolves", async () => {
    expect(await ok("group_list")).toEqual([]);
    expect(await ok("group_list", { all_fields: true }, "POST")).toEqual([]);
    expect((await call("/api/3/action", "group_show", { id: "c013" })).body).toMatchObject({ success: false, error: { __type: "Not Found Error" } });
    for (const action of ACTION_NAMES) {
      const help = (await call("/api/3/action", action, {})).body.help as string;
      const res = await fetch(help);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ success: true, result: expect.any(String) });
      expect(body.result.length).toBeGreaterThan(20);
    }
    expect((await call("/api/3/action", "help_show", { name: "package_create" })).status).toBe(404);
    expect((await call("/api/3/action", "help_show", {})).body).toMatchObject({ error: { name: ["Missing value"] } });
  });

  it("an unknown action is 400 with CKAN's JSON string", async () => {
    const r = await call("/api/3/action", "package_create", { name: "x" }, "POST");
    expect(r.status).toBe(400);
    expect(r.body).toBe("Bad request: Action name not known: package_create");
  });

  it("package_search pages like ckanext-harvest: sort=id asc, start += rows until empty, no repeats", async () => {
    const all = await ok("package_list");
    const seen: string[] = [];
    const bodies: string[] = [];
    for (let start = 0; ; start += 2) {
      const result = await ok("package_search", { rows: "2", start: String(start), sort: "id asc" });
      expect(result.count).toBe(3);
      bodies.push(JSON.stringify(result));
      if (result.results.length === 0) break;
      seen.push(...result.results.map((p: { name: string }) => p.name));
    }
    expect(new Set(bodies).size).toBe(bodies.length);
    expect([...seen].sort()).toEqual(all);
    const ids = (await ok("package_search", { rows: 10, sort: "id asc" }, "POST")).results.map((p: { id: string }) => p.id);
    expect(ids).toEqual([...ids].sort());
  });

  it("package_search: fq by organization, tags, res_format and metadata_modified ranges; facets", async () => {
    const org = await ok("package_search", { fq: "organization:t131041" });
    expect(org.results.map((p: { name: string }) => p.name)).toEqual(["t131041-aed"]);
    const newer = await ok("package_search", { fq: `metadata_modified:[${org.results[0].metadata_modified}Z TO *]`, sort: "metadata_modified asc" });
    expect(newer.results.map((p: { name: string }) => p.name)).toEqual(["t131041-aed", "t131016-aed", "t131130-aed"]);
    const none = await ok("package_search", { fq: "metadata_modified:[2999-01-01T00:00:00Z TO *]" });
    expect(none).toMatchObject({ count: 0, results: [] });
    const faceted = await ok("package_search", { q: "tags:AED", "facet.field": ["organization", "res_format"], rows: "0" });
    expect(faceted.count).toBe(3);
    expect(faceted.results).toEqual([]);
    expect(faceted.facets.res_format).toEqual({ CSV: 3, GeoJSON: 3 });
    expect(faceted.search_facets.organization.items.map((i: { display_name: string }) => i.display_name)).toEqual(["渋谷区", "新宿区", "千代田区"].sort().reverse());
    const text = await ok("package_search", { q: "千代田区" });
    expect(text.results.map((p: { name: string }) => p.name)).toEqual(["t131016-aed"]);
    // free text matches whole words, as CKAN's Solr does (t13104 is no word of t131041-aed), and any stretch of Japanese
    const found = async (q: string) => (await ok("package_search", { q, sort: "name asc" })).results.map((p: { name: string }) => p.name);
    expect(await found("t13104")).toEqual([]);
    expect(await found("t131041")).toEqual(["t131041-aed"]);
    expect(await found("新宿区 設置箇所")).toEqual(["t131041-aed"]);
    expect(await found("AED設置")).toEqual(["t131016-aed", "t131041-aed", "t131130-aed"]);
    // free text goes to DisMax in CKAN: a stray bracket or quote is read past, never a Search Error
    for (const q of ["千代田区 (", '"千代田区', "（千代田区）"]) {
      expect((await ok("package_search", { q })).results.map((p: { name: string }) => p.name)).toEqual(["t131016-aed"]);
    }
  });

  it("organization_list, organization_show and tag_list", async () => {
    const names = await ok("organization_list", { sort: "name asc" });
    expect(names).toHaveLength(62);
    expect(names[0]).toBe("t131016");
    const full = await ok("organization_list", { all_fields: "true", organizations: ["t131041"] }, "POST");
    expect(full).toEqual([expect.objectContaining({ name: "t131041", title: "新宿区", package_count: 1, is_organization: true })]);
    // an organization with no dataset has a creation time too: when its municipality was loaded, before any dataset
    const [empty] = await ok("organization_list", { all_fields: "true", organizations: ["t131059"] });
    const pkg = await ok("package_show", { id: "t131041-aed" });
    expect(empty).toMatchObject({ name: "t131059", package_count: 0, created: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/) });
    expect((await ok("organization_show", { id: "t131059" })).created).toBe(empty.created);
    expect(empty.created <= pkg.metadata_created && pkg.organization.created <= pkg.metadata_created).toBe(true);
    expect(await ok("organization_show", { id: "t131041", include_datasets: "true" })).toMatchObject({
      name: "t131041", package_count: 1, extras: [], groups: [], packages: [expect.objectContaining({ name: "t131041-aed" })] });
    expect(await ok("tag_list")).toEqual(expect.arrayContaining(["AED", "自治体標準オープンデータセット"]));
    expect(await ok("tag_list", { query: "オープン" })).toEqual(["自治体標準オープンデータセット"]);
  });

  it("current_package_list_with_resources pages the packages newest first; site_read is true", async () => {
    const names = (r: Array<{ name: string; resources: unknown[] }>) => r.map((p) => p.name);
    const newest = names((await ok("package_search", { sort: "metadata_modified desc" })).results);
    expect(newest).toHaveLength(3);
    const all = await ok("current_package_list_with_resources");
    expect(names(all)).toEqual(newest);
    expect(all[0]).toEqual(await ok("package_show", { id: newest[0]! }));
    expect(names(await ok("current_package_list_with_resources", { limit: "1", offset: "1" }))).toEqual([newest[1]]);
    expect(names(await ok("current_package_list_with_resources", { limit: 2, page: 2 }, "POST"))).toEqual([newest[2]]);
    expect((await call("/api/action", "current_package_list_with_resources", { limit: "-1" })).body.error)
      .toEqual({ limit: ["Must be a natural number"], __type: "Validation Error" });
    expect(await ok("site_read")).toBe(true);
  });

  it("organization_list sorts only by name, title or package_count; tag_list has no vocabularies; facet.limit is an integer", async () => {
    expect((await ok("organization_list", { sort: "name desc", limit: "2" }))).toEqual(["t134210", "t134023"]);
    const counts = (await ok("organization_list", { sort: "package_count", all_fields: "true", limit: "62" })).map((o: { package_count: number }) => o.package_count);
    expect(counts.slice(0, 4)).toEqual([1, 1, 1, 0]);
    const [uncounted] = await ok("organization_list", { all_fields: "true", include_dataset_count: "false", limit: "1" });
    expect(uncounted).toMatchObject({ is_organization: true });
    expect(uncounted).not.toHaveProperty("package_count");
    expect(await ok("organization_show", { id: "t131041", include_dataset_count: "False" })).not.toHaveProperty("package_count");
    for (const [sort, message] of [["foo desc", "Cannot sort by field `foo`"], ["name sideways", "Invalid sort direction `sideways`"],
      ["name asc, title asc", "Too many sort criteria provided only 1 allowed"]]) {
      const r = await call("/api/3/action", "organization_list", { sort });
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({ success: false, error: { __type: "Validation Error", message } });
    }
    const vocab = await call("/api/3/action", "tag_list", { vocabulary_id: "genre" });
    expect(vocab.status).toBe(404);
    expect(vocab.body.error).toEqual({ __type: "Not Found Error", message: "Not found: could not find vocabulary 'genre'" });
    const badLimit = await call("/api/3/action", "package_search", { "facet.field": ["res_format"], "facet.limit": "x" });
    expect(badLimit.status).toBe(409);
    expect(badLimit.body.error).toEqual({ "facet.limit": ["Invalid integer"], __type: "Validation Error" });
    expect((await ok("package_search", { "facet.field": ["res_format"], "facet.limit": "1", rows: 0 })).facets).toEqual({ res_format: { CSV: 3 } });
  });

  it("organization_list with all_fields pages 25 at most, as CKAN caps it; clients page with offset", async () => {
    const names = (orgs: Array<{ name: string }>) => orgs.map((o) => o.name);
    const all = await ok("organization_list", { sort: "name asc" });
    expect(all).toHaveLength(62);
    const first = await ok("organization_list", { all_fields: "true", sort: "name asc" });
    expect(names(first)).toEqual(all.slice(0, 25));
    // a larger limit is clamped, never refused (ckan.group_and_organization_list_all_fields_max = 25)
    expect(names(await ok("organization_list", { all_fields: "true", sort: "name asc", limit: "100" }))).toEqual(all.slice(0, 25));
    const pages = [];
    for (let offset = 0; ; offset += 25) {
      const page = await ok("organization_list", { all_fields: true, sort: "name asc", limit: 100, offset }, "POST");
      if (!page.length) break;
      pages.push(...names(page));
    }
    expect(pages).toEqual(all);
    expect(await ok("organization_list", { sort: "name asc", limit: "5000" })).toEqual(all);
    // CKAN applies only a truthy limit, read before validation: JSON 0 is no limit at all, the query string's "0" a limit of 0
    expect(names(await ok("organization_list", { all_fields: true, sort: "name asc", limit: 0 }, "POST"))).toEqual(all);
    expect(await ok("organization_list", { all_fields: "true", limit: "0" })).toEqual([]);
  });

  it("package_search reads facet.field as CKAN does: JSON text or a repeated key, a list of strings, else a 409", async () => {
    const refused = async (args: Record<string, unknown>, method: "GET" | "POST" = "GET") => {
      const r = await call("/api/3/action", "package_search", args, method);
      expect(r.status).toBe(409);
      return r.body.error;
    };
    // CKAN json-loads facet.field: a plain word (how a hand-written URL often says it) is no list
    expect(await refused({ "facet.field": "organization" })).toEqual({ "facet.field": ["Could not parse as valid JSON"], __type: "Validation Error" });
    expect(await refused({ "facet.field": "organization" }, "POST")).toEqual({ "facet.field": ["Could not parse as valid JSON"], __type: "Validation Error" });
    expect(await refused({ "facet.field": '"organization"' })).toEqual({ "facet.field": ["Not a list"], __type: "Validation Error" });
    expect(await refused({ "facet.field": ["tags", 1] }, "POST")).toEqual({ "facet.field": ["Not a string: 1"], __type: "Validation Error" });
    // refused before facet=false is looked at, and together with the other fields' errors
    expect(await refused({ "facet.field": "organization", facet: "false" })).toEqual({ "facet.field": ["Could not parse as valid JSON"], __type: "Validation Error" });
    expect(await refused({ "facet.field": "organization", rows: "-1" }))
      .toEqual({ rows: ["Must be a natural number"], "facet.field": ["Could not parse as valid JSON"], __type: "Validation Error" });
    // a repeated query key is a list already (CKAN's request parsing), each value a field name
    const res = await fetch(`${base}/api/3/action/package_search?facet.field=organization&facet.field=res_format&rows=0`);
    expect(res.status).toBe(200);
    const { result } = await res.json();
    expect(result.facets).toEqual({ organization: { t131016: 1, t131041: 1, t131130: 1 }, res_format: { CSV: 3, GeoJSON: 3 } });
    expect((await ok("package_search", { "facet.field": '["organization"]', rows: "0" })).facets)
      .toEqual({ organization: { t131016: 1, t131041: 1, t131130: 1 } });
  });

  it("package_search with fl answers each result's stored fields only, as CKAN does (ckanapi, harvesters listing ids)", async () => {
    const byQuery = await fetch(`${base}/api/3/action/package_search?fl=id,name,organization,tags,metadata_modified,extras_sample&fq=organization:t131041`);
    expect(byQuery.status).toBe(200);
    const { result } = await byQuery.json();
    const pkg = await ok("package_show", { id: "t131041-aed" });
    expect(result.count).toBe(1);
    expect(result.results).toEqual([{
      id: pkg.id, name: "t131041-aed", organization: "t131041", tags: pkg.tags.map((t: { name: string }) => t.name),
      metadata_modified: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/), sample: "false",
    }]);
    // Solr's date: UTC with Z, to the millisecond
    expect(pkg.metadata_modified.startsWith(result.results[0].metadata_modified.replace(/Z$/, ""))).toBe(true);
    // a repeated key and a JSON list by POST are lists of names; a field the index does not store is left out
    const repeated = await fetch(`${base}/api/3/action/package_search?fl=name&fl=num_resources&sort=name+asc`);
    expect((await repeated.json()).result.results).toEqual([{ name: "t131016-aed" }, { name: "t131041-aed" }, { name: "t131130-aed" }]);
    expect((await ok("package_search", { fl: ["name", "res_format"], rows: 1, sort: "name asc" }, "POST")).results)
      .toEqual([{ name: "t131016-aed", res_format: ["CSV", "GeoJSON"] }]);
  });

  it("datastore_search: fields, filters (by key or Japanese name), q, sort, limit/offset, _links", async () => {
    const pkg = await ok("package_show", { id: "t131041-aed" });
    const rid = pkg.resources[0].id;
    const meta = await ok("datastore_search", { resource_id: rid, limit: 0 }, "POST");
    expect(meta.records).toEqual([]);
    expect(meta.total).toBe(8);
    expect(meta.fields[0]).toEqual({ id: "_id", type: "int" });
    expect(meta.fields.find((f: { id: string }) => f.id === "latitude")).toEqual({ id: "latitude", type: "numeric", info: { label: "緯度", notes: "latitude", type_override: "" } });
    const page = await ok("datastore_search", { resource_id: rid, limit: "2", offset: "1", fields: "_id,name", sort: "_id asc" });
    expect(page.records).toEqual([{ _id: 2, name: "新宿区役所第二分庁舎" }, { _id: 3, name: "四谷区民センター" }]);
    expect(page._links).toEqual({
      start: `/api/3/action/datastore_search?resource_id=${rid}&limit=2&fields=_id%2Cname&sort=_id+asc`,
      next: `/api/3/action/datastore_search?resource_id=${rid}&limit=2&fields=_id%2Cname&sort=_id+asc&offset=3`,
    });
    const filtered = await ok("datastore_search", { resource_id: rid, filters: { 小児対応設備の有無: false }, fields: ["name"] }, "POST");
    expect(filtered.records).toEqual([{ name: "新宿区役所第二分庁舎" }, { name: "落合第一地域センター" }, { name: "座標なし集会所" }]);
    expect(filtered.total).toBe(3);
    const anyOf = await ok("datastore_search", { resource_id: rid, filters: JSON.stringify({ id: ["131041AED0001", "131041AED0008"] }), fields: "id" });
    expect(anyOf.records).toEqual([{ id: "131041AED0001" }, { id: "131041AED0008" }]);
    const q = await ok("datastore_search", { resource_id: rid, q: "スポーツ", fields: "name" });
    expect(q.records).toEqual([{ name: "新宿スポーツセンター" }]);
    // PostgreSQL column order, as CKAN's DataStore sorts: nulls last ascending, first descending
    const sorted = await ok("datastore_search", { resource_id: rid, sort: "latitude desc", limit: 3, fields: "name" });
    expect(sorted.records).toEqual([{ name: "座標なし集会所" }, { name: "落合第一地域センター" }, { name: "戸塚地域センター" }]);
    const ascending = await ok("datastore_search", { resource_id: rid, sort: "latitude asc", fields: "name,latitude" });
    expect(ascending.records.at(-1)).toEqual({ name: "座標なし集会所", latitude: null });
    expect(ascending.records.slice(0, -1).every((r: { latitude: unknown }) => typeof r.latitude === "number")).toBe(true);
    const bad = await call("/api/3/action", "datastore_search", { resource_id: rid, sort: "colour" });
    expect(bad.body).toMatchObject({ success: false, error: { __type: "Validation Error", sort: ["Cannot sort by field `colour`"] } });
  });

  it("datastore_search: an empty IN-list matches nothing, a NUL byte or a non-number is a 409, never a 500", async () => {
    const rid = (await ok("package_show", { id: "t131041-aed" })).resources[0].id;
    for (const filters of [{ latitude: [] }, { name: [] }, { name: [], latitude: [35.69384] }]) {
      expect(await ok("datastore_search", { resource_id: rid, filters })).toMatchObject({ records: [], total: 0 });
    }
    for (const args of [{ q: "\u0000" }, { filters: { name: "a\u0000" } }, { q: { name: "\u0000" } }, { filters: { latitude: "0x10" } }, { filters: { latitude: "" } }]) {
      for (const method of ["GET", "POST"] as const) {
        const r = await call("/api/3/action", "datastore_search", { resource_id: rid, ...args }, method);
        expect(r.status).toBe(409);
        expect(r.body).toMatchObject({ success: false, error: { __type: "Validation Error" } });
      }
    }
    const nul = await call("/api/3/action", "package_search", { q: "AED\u0000" });
    expect(nul.body).toMatchObject({ success: false, error: { q: [expect.stringContaining("NUL文字")], __type: "Validation Error" } });
  });

  it("reads a multipart/form-data POST's fields like a form's (curl -F, httr), and refuses a file", async () => {
    const form = new FormData();
    form.append("fq", "organization:t131041");
    form.append("rows", "1");
    form.append("facet.field", JSON.stringify(["res_format"]));
    const res = await fetch(`${base}/api/action/package_search`, { method: "POST", body: form });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.result.count).toBe(1);
    expect(body.result.results.map((p: { name: string }) => p.name)).toEqual(["t131041-aed"]);
    expect(body.result.facets).toEqual({ res_format: { CSV: 1, GeoJSON: 1 } });
    const withFile = new FormData();
    withFile.append("id", "t131041-aed");
    withFile.append("upload", new Blob(["a,b\n"]), "x.csv");
    const refused = await fetch(`${base}/api/action/package_show`, { method: "POST", body: withFile });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual(expect.stringContaining("Bad request"));
  });

  it("accepts jQuery's form POST and answers JSONP on GET", async () => {
    const form = await fetch(`${base}/api/3/action/package_show`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `${encodeURIComponent(JSON.stringify({ id: "t131041-aed" }))}=`,
    });
    expect((await form.json()).result.name).toBe("t131041-aed");
    const jsonp = await fetch(`${base}/api/3/action/package_list?callback=cb`);
    expect(jsonp.headers.get("content-type")).toBe("application/javascript;charset=utf-8");
    expect(await jsonp.text()).toBe(`cb(${JSON.stringify({ help: `${base}/api/3/action/help_show?name=package_list`, success: true, result: ["t131016-aed", "t131041-aed", "t131130-aed"] })});`);
  });

  it("reads a GET's JSON body when the query string is empty (ckan.js under Node), as CKAN does", async () => {
    // fetch refuses a GET with a body; node:http sends one, as ckan.js does
    const get = (path: string, body: string) => new Promise<{ status: number; body: any }>((resolve, reject) => {
      const req = request(`${base}/api/3/action/${path}`, { method: "GET", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (c: string) => { text += c; }).on("end", () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
      });
      req.on("error", reject);
      req.end(body);
    });
    const search = await get("package_search", JSON.stringify({ fq: "organization:t131041", rows: 1 }));
    expect(search.body).toMatchObject({ success: true, result: { count: 1, results: [expect.objectContaining({ name: "t131041-aed" })] } });
    expect((await get("package_show", JSON.stringify({ id: "t131016-aed" }))).body.result.name).toBe("t131016-aed");
    // a query string wins over the body, as in CKAN
    expect((await get("package_show?id=t131041-aed", JSON.stringify({ id: "t131016-aed" }))).body.result.name).toBe("t131041-aed");
    expect(await get("package_show", "[1]")).toEqual({ status: 400, body: "Bad request: JSON Error: Request data JSON decoded to [1] but it needs to be a dictionary." });
    const broken = await get("package_show", "{id:");
    expect(broken.status).toBe(400);
    expect(broken.body).toMatch(/^Bad request: JSON Error: Error decoding JSON data/);
  });

  it("a POST body that is not a JSON object is CKAN's 400 string", async () => {
    const res = await fetch(`${base}/api/action/package_list`, { method: "POST", headers: { "content-type": "application/json" }, body: "[1,2]" });
    expect(res.status).toBe(400);
    expect(await res.json()).toBe("Bad request: JSON Error: Request data JSON decoded to [1,2] but it needs to be a dictionary.");
  });

  it("generated sample data says so: a サンプルデータ tag, the sample extra and a note; clients can filter it out", async () => {
    const sample = await ok("package_show", { id: "t131016-aed" });
    expect(sample.tags.map((x: { name: string }) => x.name)).toContain("サンプルデータ");
    expect(sample.notes).toContain("generated sample data");
    const real = await ok("package_show", { id: "t131041-aed" });
    expect(real.tags.map((x: { name: string }) => x.name)).not.toContain("サンプルデータ");
    expect(real.extras).toContainEqual({ key: "sample", value: "false" });
    const noSamples = await ok("package_search", { fq: "-tags:サンプルデータ", rows: 100 });
    expect(noSamples.results.map((p: { name: string }) => p.name)).toEqual(["t131041-aed"]);
    expect((await ok("package_search", { fq: "extras_sample:true", rows: 100, sort: "name asc" })).results.map((p: { name: string }) => p.name))
      .toEqual(["t131016-aed", "t131130-aed"]);
  });

  it("licence ids from sources are read loosely (CC BY 4.0, CC0 1.0) into CKAN's register", () => {
    expect(licenseInfo("CC BY 4.0")).toMatchObject({ id: "CC-BY-4.0", open: true, dcat: "https://creativecommons.org/licenses/by/4.0/" });
    expect(licenseInfo("CC0 1.0")).toMatchObject({ id: "CC0-1.0", open: true });
    expect(licenseInfo("独自規約")).toMatchObject({ id: "独自規約", open: false, dcat: null });
    // a note beside a known licence keeps the licence (a token id, the IRI) and the note (in the title, for dct:rights)
    expect(licenseInfo("CC BY 4.0（未確認 / unverified）")).toMatchObject({
      id: "CC-BY-4.0", title: "クリエイティブ・コモンズ 表示（CC BY）（未確認 / unverified）", note: "未確認 / unverified",
      dcat: "https://creativecommons.org/licenses/by/4.0/" });
    expect(licenseInfo("独自規約（要確認）")).toMatchObject({ id: "独自規約（要確認）", dcat: null });
  });

  it("ckanapi dump: package_list then package_show for each; every resource URL downloads our data", async () => {
    for (const name of await ok("package_list", { include_private: false, include_drafts: false, include_deleted: false }, "POST")) {
      const pkg = await ok("package_show", { id: name, include_datasets: false, include_password_hash: true, include_users: false }, "POST");
      expect(pkg.name).toBe(name);
      for (const r of pkg.resources) {
        expect(r.datastore_active).toBe(true);
        const res = await fetch(r.url);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toContain(r.format === "CSV" ? "text/csv" : "application/geo+json");
        const text = await res.text();
        const municipality = name.slice(1, 7);
        if (r.format === "CSV") expect(text.split("\r\n").filter(Boolean).slice(1).every((l: string) => l.startsWith(`${municipality},`))).toBe(true);
        else expect(JSON.parse(text).features.length).toBeGreaterThan(0);
      }
    }
  });

  it("ckanext-harvest's CKAN harvester: full gather by id, then an incremental gather by metadata_modified", async () => {
    const gather = async (fq?: string) => {
      const names: string[] = [];
      let previous = "";
      for (let start = 0; ; start += 100) {
        // the harvester's own URL shape: rows=100, start, sort=id+asc, optional fq
        const res = await fetch(`${base}/api/3/action/package_search?rows=100&start=${start}&sort=id+asc${fq ? `&fq=${encodeURIComponent(fq)}` : ""}`);
        const text = await res.text();
        expect(text).not.toBe(previous);           // "The paging doesn't seem to work"
        previous = text;
        const body = JSON.parse(text);
        expect(body.success).toBe(true);
        if (body.result.results.length === 0) break;
        for (const p of body.result.results) {
          expect(p).toMatchObject({ type: "dataset", groups: [], id: expect.any(String), owner_org: p.organization.id });
          expect(p.metadata_modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
          expect(p.resources.every((r: { url_type: unknown }) => r.url_type === null)).toBe(true);
          names.push(p.name);
        }
      }
      return names;
    };
    const full = await gather();
    expect([...full].sort()).toEqual(await ok("package_list"));
    const since = new Date().toISOString();
    expect(await gather(`metadata_modified:[${since} TO *]`)).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    await ingestGenerated(t.db, "131130", 6, { lat: 35.66, lon: 139.69 });
    expect(await gather(`metadata_modified:[${since} TO *]`)).toEqual(["t131130-aed"]);
    // remote_orgs=create: the harvester looks each owner_org up by id
    const pkg = await ok("package_show", { id: "t131130-aed" });
    expect(await ok("organization_show", { id: pkg.owner_org })).toMatchObject({ name: "t131130", title: "渋谷区" });
  });

  it("GET /api and /api/3 give the API version; HEAD works on action GETs", async () => {
    expect(await (await fetch(`${base}/api`)).json()).toEqual({ version: 1 });
    expect(await (await fetch(`${base}/api/3`)).json()).toEqual({ version: 3 });
    const head = await fetch(`${base}/api/3/action/package_list`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/json;charset=utf-8");
  });
});
