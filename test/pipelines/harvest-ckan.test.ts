// `ckan` sources against a fake CKAN portal on 127.0.0.1 (real HTTP): package_search answers in CKAN's envelope
// with package dicts shaped like the Tokyo catalogue's (organization t<code>, tags, resources with format and
// last_modified), filtering on fq (organization, tags) and q (title:) as Solr would. The harvest picks the newest
// CSV resource naming the dataset, fetches it through the http connector (conditional GET) and publishes it.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harvest } from "../../pipelines/harvest.ts";
import { type SourcesConfig, parseSources } from "../../pipelines/sources/config.ts";
import { listPublished } from "../../storage/catalog.ts";
import type { Db } from "../../storage/db.ts";
import { findRecords } from "../../storage/records.ts";
import { listRunSources } from "../../storage/runs.ts";
import { DB_KINDS, ROOT, type TestDb, openTestDb, serveDuringSuite } from "../helpers.ts";

const AED_2024 = readFileSync(path.join(ROOT, "data", "sources", "131041", "131041_aed.csv"));
const lines = AED_2024.toString("latin1").split("\n");
/** the older file of the same package: fewer rows */
const AED_2023 = Buffer.from(lines.slice(0, 11).join("\n") + "\n", "latin1");

const searches: URLSearchParams[] = [];
const fileHits = new Map<string, Array<string | undefined>>();
let catalogBroken = false;

interface Pkg { name: string; title: string; organization: string; tags: string[]; modified: string; resources: Array<{ name: string; format: string; file: string; modified: string }> }

const PACKAGES: Pkg[] = [
  {
    name: "t131041d0000000101", title: "AED設置箇所一覧", organization: "t131041", tags: ["自治体標準オープンデータセット", "AED設置箇所", "防災"],
    modified: "2025-04-02T01:02:03.456789",
    resources: [
      { name: "AED設置箇所一覧（令和5年度）", format: "CSV", file: "131041_aed_2023.csv", modified: "2023-04-01T00:00:00.000000" },
      { name: "AED設置箇所一覧（令和6年度）", format: "CSV", file: "131041_aed_2024.csv", modified: "2025-04-01T09:00:00.000000" },
      { name: "AED設置箇所一覧（PDF版）", format: "PDF", file: "131041_aed.pdf", modified: "2025-05-01T00:00:00.000000" },
      { name: "AED設置箇所一覧（地図）", format: "GeoJSON", file: "131041_aed.geojson", modified: "2025-05-01T00:00:00.000000" },
    ],
  },
  {
    // same organization and standard tag, another dataset: must not be picked for aed
    name: "t131041d0000000102", title: "指定緊急避難場所一覧", organization: "t131041", tags: ["自治体標準オープンデータセット", "指定緊急避難場所"],
    modified: "2025-06-01T00:00:00.000000",
    resources: [{ name: "指定緊急避難場所一覧", format: "CSV", file: "131041_evacuation_space.csv", modified: "2025-06-01T00:00:00.000000" }],
  },
  {
    // another municipality's AED list: excluded by the organization filter
    name: "t131016d0000000050", title: "AED設置箇所一覧", organization: "t131016", tags: ["自治体標準オープンデータセット", "AED設置箇所"],
    modified: "2025-07-01T00:00:00.000000",
    resources: [{ name: "AED", format: "CSV", file: "131016_aed.csv", modified: "2025-07-01T00:00:00.000000" }],
  },
];

const FILES: Record<string, { body: Buffer; type: string }> = {
  "131041_aed_2023.csv": { body: AED_2023, type: "text/csv" },
  "131041_aed_2024.csv": { body: AED_2024, type: "text/csv" },
  "131041_aed.pdf": { body: Buffer.from("%PDF-1.4"), type: "application/pdf" },
  "131041_aed.geojson": { body: Buffer.from("{}"), type: "application/geo+json" },
};

function packageDict(p: Pkg) {
  const id = `00000000-0000-4000-8000-${p.name.slice(-12)}`;
  return {
    author: null, author_email: null, id, isopen: true, license_id: "CC-BY-4.0", license_title: "クリエイティブ・コモンズ 表示 4.0 国際",
    maintainer: null, metadata_created: "2020-01-01T00:00:00.000000", metadata_modified: p.modified, name: p.name, notes: "",
    num_resources: p.resources.length, num_tags: p.tags.length, owner_org: `org-${p.organization}`, private: false, state: "active",
    title: p.title, type: "dataset", url: "", version: null,
    organization: { id: `org-${p.organization}`, name: p.organization, title: p.organization, type: "organization", state: "active", is_organization: true },
    extras: [{ key: "更新頻度", value: "年1回" }],
    tags: p.tags.map((t) => ({ display_name: t, id: `tag-${t}`, name: t, state: "active", vocabulary_id: null })),
    groups: [],
    resources: p.resources.map((r, position) => ({
      id: `res-${p.name}-${position}`, package_id: id, position, name: r.name, description: "", format: r.format,
      url: `${site.base}/files/${r.file}`, created: "2020-01-01T00:00:00.000000", last_modified: r.modified, metadata_modified: r.modified,
      mimetype: null, size: null, state: "active", url_type: null,
    })),
  };
}

/** The part of Solr's query syntax package_search sources send: fq `organization:x tags:"y"`, q `title:w` / `title:(a AND b)`. */
function search(params: URLSearchParams): Pkg[] {
  const fq = params.get("fq") ?? "";
  const orgs = [...fq.matchAll(/organization:(\S+)/g)].map((m) => m[1]!);
  const tags = [...fq.matchAll(/tags:"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replaceAll('\\"', '"'));
  const q = params.get("q") ?? "*:*";
  const title = /^title:\((.*)\)$/.exec(q)?.[1]?.split(" AND ") ?? (/^title:(\S+)$/.exec(q) ? [q.slice(6)] : []);
  return PACKAGES.filter((p) => orgs.every((o) => p.organization === o) && tags.every((t) => p.tags.includes(t))
    && title.every((w) => p.title.includes(w)))
    .sort((a, b) => (params.get("sort") === "metadata_modified desc" ? b.modified.localeCompare(a.modified) : a.name.localeCompare(b.name)));
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url!, site.base);
  if (url.pathname === "/api/3/action/package_search") {
    searches.push(url.searchParams);
    if (catalogBroken) return void res.writeHead(200, { "content-type": "text/html" }).end("<html>maintenance</html>");
    const found = search(url.searchParams);
    const rows = Number(url.searchParams.get("rows") ?? 10);
    const body = {
      help: `${site.base}/api/3/action/help_show?name=package_search`, success: true,
      result: { count: found.length, facets: {}, results: found.slice(0, Math.min(rows, 1000)).map(packageDict), sort: url.searchParams.get("sort") ?? "score desc, metadata_modified desc", search_facets: {} },
    };
    return void res.writeHead(200, { "content-type": "application/json;charset=utf-8" }).end(JSON.stringify(body));
  }
  const file = url.pathname.startsWith("/files/") ? FILES[url.pathname.slice(7)] : undefined;
  if (file) {
    fileHits.set(url.pathname, [...(fileHits.get(url.pathname) ?? []), req.headers["if-none-match"]]);
    const etag = `"${file.body.length}"`;
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    return void res.writeHead(200, { "content-type": file.type, etag }).end(file.body);
  }
  res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ success: false, error: { message: "Not found", __type: "Not Found Error" } }));
});

const site = serveDuringSuite(server);

function ckanSource(id: string, ckan: Record<string, unknown>, municipality = "131041") {
  return {
    id, municipality, dataset: "aed", type: "ckan", ckan: { base_url: `${site.base}/`, ...ckan }, license: "CC BY 4.0", attribution: "新宿区",
    allow_private: [site.hostPort], retries: 0, timeout_ms: 5_000,
  };
}
const configOf = (entries: unknown[]): SourcesConfig => ({ file: "test.json", dir: ROOT, sources: parseSources(entries) });

describe.each(DB_KINDS)("ckan sources against a fake CKAN portal (%s)", (kind) => {
  let t: TestDb;
  let db: Db;
  beforeAll(async () => { t = await openTestDb(kind); db = t.db; }, 60_000);
  afterAll(async () => { await t?.cleanup(); });

  it("chooses by organization and tags the newest CSV naming the dataset, fetches and publishes it", async () => {
    searches.length = 0;
    fileHits.clear();
    const config = configOf([ckanSource("131041-aed-ckan", { organization: "t131041", tags: ["自治体標準オープンデータセット"] })]);
    const result = await harvest(db, config, { trigger: "cli" });
    expect(result.outcomes[0]).toMatchObject({ status: "ok", bytes: AED_2024.length, error: null });
    // the query a real CKAN understands
    expect(searches).toHaveLength(1);
    expect(searches[0]!.get("fq")).toBe('organization:t131041 tags:"自治体標準オープンデータセット"');
    expect(searches[0]!.get("rows")).toBe("1000");
    // only the 2024 CSV was downloaded: not the older CSV, the PDF, the GeoJSON or the evacuation list
    expect([...fileHits.keys()]).toEqual(["/files/131041_aed_2024.csv"]);
    const [pair] = await listPublished(db, { dataset: "aed", municipality: "131041" });
    expect(pair).toMatchObject({ source_url: `${site.base}/files/131041_aed_2024.csv`, license: "CC BY 4.0", attribution: "新宿区", sample: false });
    const page = await findRecords(db, { dataset: "aed", municipalities: ["131041"] }, { limit: 1000 });
    expect(page.rows).toHaveLength(result.outcomes[0]!.valid);
    expect(page.rows.length).toBeGreaterThan(20);
  });

  it("asks again with the resource's ETag and records a 304 as unchanged", async () => {
    fileHits.clear();
    const config = configOf([ckanSource("131041-aed-ckan", { organization: "t131041", tags: ["自治体標準オープンデータセット"] })]);
    const result = await harvest(db, config, { trigger: "cli" });
    expect(fileHits.get("/files/131041_aed_2024.csv")).toEqual([`"${AED_2024.length}"`]);
    expect(result.outcomes[0]).toMatchObject({ status: "unchanged", bytes: 0 });
  });

  it("chooses by title as BODIK does (q=title:…)", async () => {
    searches.length = 0;
    const config = configOf([ckanSource("131041-aed-title", { organization: "t131041", title: "AED設置箇所一覧" })]);
    const result = await harvest(db, config, { trigger: "cli", force: true });
    expect(searches[0]!.get("q")).toBe("title:AED設置箇所一覧");
    expect(result.outcomes[0]).toMatchObject({ status: "ok", bytes: AED_2024.length });
    const [pair] = await listPublished(db, { dataset: "aed", municipality: "131041" });
    expect(pair!.source_url).toBe(`${site.base}/files/131041_aed_2024.csv`);
  });

  it("records a failure and keeps the published version when no resource matches or the catalogue is broken", async () => {
    const before = await listPublished(db, { dataset: "aed", municipality: "131041" });
    const none = await harvest(db, configOf([ckanSource("131041-aed-none", { organization: "t131041", tags: ["推奨データセット"] })]), { trigger: "cli" });
    expect(none.outcomes[0]!.status).toBe("failed");
    expect(none.outcomes[0]!.error).toMatch(/aed/);
    const [noneRow] = await listRunSources(db, none.run_id);
    expect(noneRow).toMatchObject({ status: "failed", bytes: null, version_id: null });
    expect(noneRow!.error).toBe(none.outcomes[0]!.error);

    catalogBroken = true;
    try {
      const broken = await harvest(db, configOf([ckanSource("131041-aed-ckan", { organization: "t131041", tags: ["自治体標準オープンデータセット"] })]), { trigger: "cli" });
      expect(broken.outcomes[0]!.status).toBe("failed");
      expect(broken.outcomes[0]!.error).toMatch(/Content-Type text\/html/);
    } finally {
      catalogBroken = false;
    }
    expect(await listPublished(db, { dataset: "aed", municipality: "131041" })).toEqual(before);
  });
});
