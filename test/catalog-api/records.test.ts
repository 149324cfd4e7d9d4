import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { DB_KINDS, listen, openTestDb, type TestDb } from "../helpers.ts";
import { ingestGenerated, seedStandard } from "./seed.ts";

interface Item { record_id: string; municipality_code: string; distance_m?: number; record: Record<string, unknown> }
interface Page { items: Item[]; count: number; total: number; next_cursor: string | null; next_url: string | null }

describe.each(DB_KINDS)("records API over HTTP (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
  const page = async (path: string): Promise<Page> => {
    const res = await get(path);
    expect(res.status).toBe(200);
    return (await res.json()) as Page;
  };

  beforeAll(async () => {
    t = await openTestDb(kind);
    await seedStandard(t.db);
    await ingestGenerated(t.db, "131130", 130, { lat: 35.66, lon: 139.69 });   // 渋谷区
    await ingestGenerated(t.db, "131121", 120, { lat: 35.64, lon: 139.64 });   // 世田谷区
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it("pages through every record exactly once, in (municipality, source row) order", async () => {
    const seen: string[] = [];
    let url: string | null = "/api/v1/datasets/aed/records?limit=37";
    let pages = 0;
    let total = -1;
    while (url) {
      const p = await page(url.replace(base, ""));
      total = p.total;
      expect(p.count).toBe(p.items.length);
      seen.push(...p.items.map((i) => i.record_id));
      url = p.next_url;
      if (p.next_cursor) expect(p.next_url).toContain(`cursor=${p.next_cursor}`);
      pages++;
    }
    // 新宿区 8 + 千代田区 3 valid + 渋谷区 130 + 世田谷区 120; 文京区 has no valid row and is not published
    expect(total).toBe(261);
    expect(seen).toHaveLength(261);
    expect(new Set(seen).size).toBe(261);
    expect(pages).toBe(Math.ceil(261 / 37));
    expect(seen.slice(0, 3)).toEqual(["131016-aed-131016AED0001", "131016-aed-131016AED0003", "131016-aed-131016AED0004"]);
    expect(seen.at(-1)).toBe("131130-aed-131130G0130");
  });

  it("filters by municipality list and returns whole RecordItems", async () => {
    const p = await page("/api/v1/datasets/aed/records?municipality=131041&limit=2");
    expect(p.total).toBe(8);
    expect(p.items[0]).toMatchObject({
      record_id: "131041-aed-131041AED0001", municipality_code: "131041", municipality_name_ja: "新宿区", municipality_name_en: "Shinjuku",
      dataset_id: "aed", source_url: "https://example.jp/opendata/131041_aed.csv", license: "CC-BY-4.0", sample: false,
      record: { local_government_code: "131041", id: "131041AED0001", name: "新宿区役所", latitude: 35.69384, longitude: 139.703549,
        installation_position: "1階 正面玄関", pediatric_pads: true },
      extra: {},
    });
    expect(Object.keys(p.items[0]!.record)[0]).toBe("local_government_code");
    const two = await page("/api/v1/datasets/aed/records?municipality=131041,131016&limit=1000");
    expect(two.items.map((i) => i.municipality_code).filter((c, i, a) => a.indexOf(c) === i)).toEqual(["131016", "131041"]);
  });

  it("searches name, kana and address with q (NFKC, every word)", async () => {
    const p = await page(`/api/v1/datasets/aed/records?q=${encodeURIComponent("ﾁｲｷ　センター 新宿区")}`);
    expect(p.items.map((i) => i.record.name)).toEqual(["落合第一地域センター", "戸塚地域センター", "柏木地域センター"]);
  });

  it("filters by bbox and by any column key", async () => {
    const box = await page("/api/v1/datasets/aed/records?bbox=139.70,35.69,139.72,35.71&municipality=131041");
    expect(box.items.map((i) => i.record.name)).toEqual(["新宿区役所", "新宿区役所第二分庁舎", "新宿スポーツセンター", "戸塚地域センター"]);
    const pads = await page("/api/v1/datasets/aed/records?municipality=131041&pediatric_pads=false");
    expect(pads.items.map((i) => i.record.name)).toEqual(["新宿区役所第二分庁舎", "落合第一地域センター", "座標なし集会所"]);
    const byName = await page(`/api/v1/datasets/aed/records?name=${encodeURIComponent("千代田区役所")}`);
    expect(byName.items.map((i) => i.record_id)).toEqual(["131016-aed-131016AED0001"]);
  });

  it("orders by distance with near, within radius, and pages by distance too", async () => {
    const near = "near=35.6938,139.7035&radius=1500";
    const all = await page(`/api/v1/datasets/aed/records?${near}&limit=1000`);
    const distances = all.items.map((i) => i.distance_m!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(all.items[0]).toMatchObject({ record_id: "131041-aed-131041AED0001" });
    expect(distances[0]).toBeLessThan(10);
    expect(Math.max(...distances)).toBeLessThanOrEqual(1500);
    expect(all.items.map((i) => i.record.name)).not.toContain("座標なし集会所");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const p: Page = await page(`/api/v1/datasets/aed/records?${near}&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...p.items.map((i) => i.record_id));
      cursor = p.next_cursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.record_id));
  });

  it("serves GeoJSON (RFC 7946: [lon, lat], null geometry without coordinates)", async () => {
    const res = await get("/api/v1/datasets/aed/records?municipality=131041&format=geojson");
    expect(res.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    const fc = await res.json();
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(8);
    expect(fc.features[0]).toMatchObject({ type: "Feature", id: "131041-aed-131041AED0001",
      geometry: { type: "Point", coordinates: [139.703549, 35.69384] }, properties: { record_id: "131041-aed-131041AED0001", municipality_code: "131041", name: "新宿区役所" } });
    expect(fc.features.find((f: { properties: { name: string } }) => f.properties.name === "座標なし集会所").geometry).toBeNull();
    expect(fc.features[0].properties).toMatchObject({ odh_source_url: "https://example.jp/opendata/131041_aed.csv", odh_license: "CC-BY-4.0",
      odh_version_id: expect.any(Number), odh_sample: false });
    const viaAccept = await get("/api/v1/datasets/aed/records?municipality=131041&limit=1", { headers: { accept: "application/geo+json" } });
    expect((await viaAccept.json()).features).toHaveLength(1);
  });

  it("format=points: one compact row per record for a map, paged with the cursor like JSON until every record is read", async () => {
    const res = await get("/api/v1/datasets/aed/records?municipality=131041&format=points&limit=5");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const first = await res.json() as { fields: string[]; points: unknown[][]; count: number; total: number; next_url: string };
    expect(first.fields).toEqual(["record_id", "municipality_code", "longitude", "latitude", "name", "full_address"]);
    expect(first.points[0]).toEqual(["131041-aed-131041AED0001", "131041", 139.703549, 35.69384, "新宿区役所", "東京都新宿区歌舞伎町一丁目4番1号"]);
    expect([first.count, first.total]).toEqual([5, 8]);
    expect(first.next_url).toBe(`${base}/api/v1/datasets/aed/records?municipality=131041&format=points&limit=5&cursor=${new URL(first.next_url).searchParams.get("cursor")}`);
    const second = await (await fetch(first.next_url)).json() as { points: unknown[][]; next_url: string | null };
    expect(second.next_url).toBeNull();
    // a record without coordinates is a row with null ones: the map counts it as not on the map
    expect(second.points.find((p) => p[4] === "座標なし集会所")!.slice(2, 4)).toEqual([null, null]);
    // every record of the dataset, page by page, in the order of the JSON pages
    const ids: unknown[] = [];
    let url: string | null = "/api/v1/datasets/aed/records?format=points&limit=100";
    while (url) {
      const p = await (await get(url.replace(base, ""))).json() as { points: unknown[][]; next_url: string | null; total: number };
      expect(p.total).toBe(261);
      ids.push(...p.points.map((row) => row[0]));
      url = p.next_url;
    }
    const json = await page("/api/v1/datasets/aed/records?limit=1000");
    expect(ids).toEqual(json.items.map((i) => i.record_id));
  });

  it("format=points answers other requests between its pages: a table page read while a map is half loaded", async () => {
    const first = await (await get("/api/v1/datasets/aed/records?format=points&limit=200")).json() as { points: unknown[][]; next_url: string };
    const [table, rest] = await Promise.all([
      page("/api/v1/datasets/aed/records?municipality=131130&limit=20"),
      fetch(first.next_url).then((r) => r.json() as Promise<{ points: unknown[][]; next_url: string | null }>),
    ]);
    expect([table.total, table.items[0]!.record_id]).toEqual([130, "131130-aed-131130G0001"]);
    expect([first.points.length + rest.points.length, rest.next_url]).toEqual([261, null]);
  });

  it("exports CSV with BOM, Japanese headers (or keys), neutralized formulas", async () => {
    const res = await get("/api/v1/datasets/aed/records?municipality=131041&format=csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]!.split(",").slice(0, 4)).toEqual(["全国地方公共団体コード", "ID", "地方公共団体名", "名称"]);
    expect(lines).toHaveLength(8 + 2);
    expect(lines.find((l) => l.includes("戸塚地域センター"))).toContain(",'=受付横,");
    expect(lines[0]!.split(",").slice(-4)).toEqual(["出典URL", "ライセンス", "公開版", "サンプルデータ"]);
    expect(lines[1]!.split(",").slice(-4)).toEqual(["https://example.jp/opendata/131041_aed.csv", "CC-BY-4.0", expect.stringMatching(/^\d+$/), "false"]);
    const sample = await (await get("/api/v1/datasets/aed/records?municipality=131016&format=csv&limit=1")).text();
    expect(sample.split("\r\n")[1]!.split(",").at(-1)).toBe("true");
    const en = await (await get("/api/v1/datasets/aed/records?municipality=131041&format=csv&headers=en&limit=1")).text();
    expect(en.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(",").slice(0, 4)).toEqual(["local_government_code", "id", "local_government_name", "name"]);
  });

  it("names a whole export after the dataset, the English-keyed CSV apart from the Japanese one", async () => {
    const disposition = async (query: string) => (await get(`/api/v1/datasets/aed/records?municipality=131041&${query}`)).headers.get("content-disposition");
    expect(await disposition("format=csv")).toBe('inline; filename="aed.csv"');
    expect(await disposition("format=csv&headers=en")).toBe('inline; filename="aed-en.csv"');
    expect(await disposition("format=geojson")).toBe('inline; filename="aed.geojson"');
    expect(await disposition("format=geojson&headers=en")).toBe('inline; filename="aed.geojson"');
  });

  it("answers one record by id, and 404 for an unknown one", async () => {
    const res = await get("/api/v1/datasets/aed/records/131041-aed-131041AED0003");
    expect(await res.json()).toMatchObject({ record_id: "131041-aed-131041AED0003", record: { name: "四谷区民センター" } });
    const missing = await get("/api/v1/datasets/aed/records/131041-aed-nope");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ ok: false, status: 404, error: { __type: "Not Found Error" } });
  });

  it.each([
    ["limit=0", "limit"], ["limit=1001", "limit"], ["limit=ten", "limit"], ["municipality=13104", "municipality"],
    ["bbox=139,35", "bbox"], ["near=35.6", "near"], ["radius=10", "radius"], ["format=xml", "format"], ["cursor=zzz", "cursor"],
    ["colour=red", "colour"], ["pediatric_pads=maybe", "pediatric_pads"], ["headers=fr", "headers"],
    ["municipality=131040", "municipality"], ["municipality=131041,011002", "municipality"],
    // input that used to reach SQL and fail there as a 500
    ["q=%00", "q"], ["name=a%00b", "name"], ["latitude=", "latitude"], ["latitude=0x10", "latitude"],
    [`cursor=${Buffer.from('["131041",9999999999999999999]').toString("base64url")}`, "cursor"],
    [`cursor=${Buffer.from('["131041",-1]').toString("base64url")}`, "cursor"],
    [`cursor=${Buffer.from('["13104\\u0000",1]').toString("base64url")}`, "cursor"],
  ])("400 for %s naming %s", async (query, param) => {
    const res = await get(`/api/v1/datasets/aed/records?${query}`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, success: false, status: 400, error: { __type: "Validation Error", param } });
    expect(body.error.message_ja).toMatch(/[ぁ-んァ-ン一-龥]/);
  });

  it.each([
    ["limit=0", "パラメータ limit は1 以上1000 以下の整数で指定してください（「0」）。", "Parameter limit must be an integer at least 1 and at most 1000, not \"0\"."],
    ["format=ndjson", "パラメータ format「ndjson」 は使えません。使えるのは json, geojson, csv, points です。", "Parameter format \"ndjson\" is not allowed; use one of json, geojson, csv, points."],
    ["radius=-1", "パラメータ radius は0 より大きく100000 以下の数値で指定してください（「-1」）。", "Parameter radius must be a number greater than 0 and at most 100000, not \"-1\"."],
    ["municipality=131041&municipality=131032", "municipality は1回だけ指定し、複数の団体コードはカンマで区切ってください（例: municipality=131041,131032）。",
      "Give municipality once, with several codes separated by commas (e.g. municipality=131041,131032)."],
  ])("a schema error for %s is Japanese and says what is allowed", async (query, ja, en) => {
    const body = await (await get(`/api/v1/datasets/aed/records?${query}`)).json();
    expect(body.error).toMatchObject({ message_ja: ja, message_en: en });
  });

  it("a format chosen by Accept (q-values honoured) stays in next_url and the Link header", async () => {
    const res = await get("/api/v1/datasets/aed/records?municipality=131041&limit=2", { headers: { accept: "application/json;q=0.1, application/geo+json" } });
    expect(res.headers.get("content-type")).toContain("application/geo+json");
    const body = await res.json();
    expect(body.type).toBe("FeatureCollection");
    expect(res.headers.get("link")).toContain("format=geojson");
    const next = await get(res.headers.get("link")!.slice(1).split(">")[0]!.replace(base, ""));
    expect(next.headers.get("content-type")).toContain("application/geo+json");
    const csvRefused = await get("/api/v1/datasets/aed/records?limit=1", { headers: { accept: "text/csv;q=0, application/json" } });
    expect(csvRefused.headers.get("content-type")).toContain("application/json");
  });

  it("a municipality code with a wrong check digit gets the reports route's message, not an empty page", async () => {
    const records = await (await get("/api/v1/datasets/aed/records?municipality=131040")).json();
    const report = await (await get("/api/v1/reports/131040/aed")).json();
    expect(records.error.message_ja).toContain(report.error.message_ja);
    expect(records.error.message_en).toContain(report.error.message_en);
  });

  it("400, not 500, for a record id with a NUL byte", async () => {
    const res = await get("/api/v1/datasets/aed/records/131041-aed-%00");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, error: { __type: "Validation Error", param: "record_id", message_ja: expect.stringContaining("NUL文字") } });
  });

  it("404 for an unknown dataset", async () => {
    const res = await get("/api/v1/datasets/no_such/records");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: 404, error: { __type: "Not Found Error" } });
  });

  it("sends ETag and Cache-Control, and 304 on If-None-Match (paged and streamed)", async () => {
    for (const path of ["/api/v1/datasets/aed/records?limit=5", "/api/v1/datasets/aed/records?format=csv", "/api/v1/datasets"]) {
      const first = await get(path);
      const etag = first.headers.get("etag");
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers.get("cache-control")).toBe("public, max-age=60");
      await first.arrayBuffer();
      const again = await get(path, { headers: { "if-none-match": etag! } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
    }
  });

  it("a page served again comes from what is published now: a new version changes the answer and its ETag", async () => {
    const path = "/api/v1/datasets/aed/records?municipality=131121&limit=100";
    const first = await get(path);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("vary")).toMatch(/accept/i);
    expect(((await first.json()) as Page).total).toBe(120);
    expect((await get(path, { headers: { "if-none-match": etag } })).status).toBe(304);
    const again = await get(path);
    expect(again.headers.get("etag")).toBe(etag);
    expect(((await again.json()) as Page).total).toBe(120);
    await ingestGenerated(t.db, "131121", 125, { lat: 35.64, lon: 139.64 });
    const changed = await get(path, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const body = (await changed.json()) as Page;
    expect(body.total).toBe(125);
    expect(body.items.at(-1)!.record_id).toBe("131121-aed-131121G0100");
    // the same URL asking for another format by Accept is another answer with another tag
    const geo = await get(path, { headers: { accept: "application/geo+json" } });
    expect(geo.headers.get("content-type")).toMatch(/^application\/geo\+json/);
    expect(geo.headers.get("etag")).not.toBe(changed.headers.get("etag"));
    await ingestGenerated(t.db, "131121", 120, { lat: 35.64, lon: 139.64 });
  });

  it("allows any origin to read (CORS)", async () => {
    const res = await get("/api/v1/datasets/aed/records?limit=1", { headers: { origin: "https://example.org" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const pre = await get("/api/v1/datasets/aed/records", { method: "OPTIONS", headers: { origin: "https://example.org", "access-control-request-method": "GET" } });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-methods")).toContain("GET");
  });
});

describe("rate limits", () => {
  it("answers 429 in the ApiError shape once a client passes the configured limit", async () => {
    const t = await openTestDb();
    const app = await buildApp({ db: t.db, rateLimit: { max: 3, timeWindow: 60_000 } });
    const base = await listen(app);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${base}/api/v1/datasets/aed/records?limit=1`)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const res = await fetch(`${base}/api/v1/datasets/aed/records?limit=1`);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await res.json()).toMatchObject({ ok: false, status: 429, error: { __type: "Too Many Requests" } });
      expect((await fetch(`${base}/api/v1/datasets`)).status).toBe(200);
      // the other expensive routes count per route too
      const coverage: number[] = [];
      for (let i = 0; i < 4; i++) coverage.push((await fetch(`${base}/api/v1/coverage`)).status);
      expect(coverage).toEqual([200, 200, 200, 429]);
      const dcat: number[] = [];
      for (let i = 0; i < 4; i++) dcat.push((await fetch(`${base}/api/v1/datasets/aed/dcat`)).status);
      expect(dcat).toEqual([200, 200, 200, 429]);
    } finally {
      await app.close();
      await t.cleanup();
    }
  });
});
