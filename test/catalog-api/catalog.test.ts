import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { flat } from "../../pipelines/report.ts";
import { DATASETS } from "../../schemas/index.ts";
import { DB_KINDS, listen, openTestDb, type TestDb } from "../helpers.ts";
import { seedStandard } from "./seed.ts";

describe.each(DB_KINDS)("datasets, schemas, coverage, reports and runs over HTTP (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let seeded: Awaited<ReturnType<typeof seedStandard>>;
  const json = async (path: string, status = 200) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(status);
    return res.json();
  };

  beforeAll(async () => {
    t = await openTestDb(kind);
    seeded = await seedStandard(t.db);
    app = await buildApp({ db: t.db });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it("the fixtures were ingested as expected", () => {
    expect([seeded.shinjuku.status, seeded.chiyoda.status, seeded.bunkyo.status]).toEqual(["published", "published", "invalid"]);
  });

  it("GET /datasets lists every standard dataset with what is published", async () => {
    const body = await json("/api/v1/datasets");
    expect(body.count).toBe(DATASETS.length);
    expect(body.items.map((d: { id: string }) => d.id)).toEqual(DATASETS.map((d) => d.id));
    const aed = body.items.find((d: { id: string }) => d.id === "aed");
    expect(aed).toMatchObject({
      id: "aed", number: "08", title_ja: "AED設置箇所一覧", title_en: "AED locations", municipality_count: 2,
      municipalities: ["131016", "131041"], record_count: 11, licenses: ["CC-BY-4.0"], sample: true,
      links: { self: `${base}/api/v1/datasets/aed`, records: `${base}/api/v1/datasets/aed/records`, schema: `${base}/api/v1/schemas/aed`,
        csv: `${base}/api/v1/datasets/aed/records?format=csv`, geojson: `${base}/api/v1/datasets/aed/records?format=geojson` },
    });
    expect(aed.last_updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const empty = body.items.find((d: { id: string }) => d.id !== "aed");
    expect(empty).toMatchObject({ municipality_count: 0, municipalities: [], record_count: 0, last_updated: null, licenses: [], sample: false });
  });

  it("GET /datasets/aed adds the columns from the schema", async () => {
    const body = await json("/api/v1/datasets/aed");
    expect(body.columns.find((c: { key: string }) => c.key === "latitude")).toEqual({
      key: "latitude", ja: "緯度", en: "latitude", kind: "latitude", requirement: "recommended", aliases: expect.arrayContaining(["lat"]) });
    expect(body.columns.map((c: { key: string }) => c.key)).toEqual(DATASETS.find((d) => d.id === "aed")!.columns.map((c) => c.key));
    expect((await json("/api/v1/datasets/unknown", 404)).error.__type).toBe("Not Found Error");
  });

  it("GET /schemas/{id} is the dataset's JSON Schema 2020-12, for every dataset", async () => {
    for (const d of DATASETS) {
      const schema = await json(`/api/v1/schemas/${d.id}`);
      expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema", $id: `${base}/api/v1/schemas/${d.id}`, type: "object" });
      expect(Object.keys(schema.properties)).toEqual(d.columns.map((c) => c.key));
    }
    await json("/api/v1/schemas/unknown", 404);
  });

  it("GET /coverage has 62 × datasets cells with the right status for each case", async () => {
    const body = await json("/api/v1/coverage");
    expect(body.municipalities).toHaveLength(62);
    expect(body.datasets.map((d: { id: string }) => d.id)).toEqual(DATASETS.map((d) => d.id));
    expect(body.cells).toHaveLength(62 * DATASETS.length);
    const cell = (m: string) => body.cells.find((c: { municipality_code: string; dataset_id: string }) => c.municipality_code === m && c.dataset_id === "aed");
    expect(cell("131041")).toMatchObject({ status: "published", rows: 8, valid: 8, invalid: 0, valid_share: 1, sample: false, last_error: null });
    expect(cell("131016")).toMatchObject({ status: "with_errors", rows: 4, valid: 3, invalid: 1, valid_share: 0.75, sample: true });
    // read fine, but no row valid: not a fetch failure (取得失敗), its own status (有効な行なし)
    expect(cell("131059")).toMatchObject({ status: "no_valid_rows", rows: 2, valid: 0, invalid: 2, last_updated: null, origin: null });
    expect(cell("131059").last_error).toMatch(/no valid rows|有効な行/);
    expect(cell("131059").last_harvest).toMatch(/^\d{4}-/);
    expect(cell("131067")).toMatchObject({ status: "missing", rows: 0, valid_share: null, last_harvest: null, last_error: null });
    expect(body.totals).toEqual({ published: 1, with_errors: 1, no_valid_rows: 1, failed: 0, missing: 62 * DATASETS.length - 3 });
  });

  it("GET /coverage?municipality=CODE is one row; bad and unknown codes are 400 and 404", async () => {
    const body = await json("/api/v1/coverage?municipality=131016");
    expect(body.municipalities).toEqual([{ code: "131016", name_ja: "千代田区", name_en: "Chiyoda", area: "区部", kind: "区" }]);
    expect(body.cells).toHaveLength(DATASETS.length);
    expect((await json("/api/v1/coverage?municipality=1310", 400)).error.param).toBe("municipality");
    await json("/api/v1/coverage?municipality=131042", 404);
  });

  it("GET /reports/{m}/{d} is the latest stored report, published or not", async () => {
    const chiyoda = await json("/api/v1/reports/131016/aed");
    expect(chiyoda).toMatchObject({ dataset: "aed", rows: 4, valid: 3, invalid: 1, status: "published",
      version_id: seeded.chiyoda.version_id, source_url: "https://example.jp/opendata/131016_aed.csv" });
    expect(flat(chiyoda)).toContainEqual([2, "name", "missing_required"]);
    expect(chiyoda.header[0]).toEqual({ source: "全国地方公共団体コード", field: "local_government_code", method: "exact" });
    const bunkyo = await json("/api/v1/reports/131059/aed");
    expect(bunkyo).toMatchObject({ rows: 2, valid: 0, status: "not_published", version_id: seeded.bunkyo.version_id });
    expect(flat(bunkyo)).toContainEqual([null, null, "no_valid_rows"]);
  });

  it("GET /reports/{m}/{d}?format=csv lists the issues with Japanese headers", async () => {
    const res = await fetch(`${base}/api/v1/reports/131016/aed?format=csv`);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    // 行: the row Excel shows (the header is on row 1), as the message says 「3行目（データの2行目）」; データの行 after
    expect(lines[0]).toBe("行,項目,コード,重大度,値,メッセージ,message,データの行,シート");
    const line = lines.find((l) => l.startsWith("3,name,missing_required,error,"));
    expect(line).toMatch(/3行目（データの2行目）/);
    expect(line).toMatch(/,2,$/);
    // a publish replaces the report: revalidate, never a minute of the old one
    expect(res.headers.get("cache-control")).toBe("public, no-cache");
    expect(res.headers.get("etag")).toMatch(/^W\//);
  });

  it("reports: 400 for a bad code, 404 for no report or no dataset", async () => {
    expect((await json("/api/v1/reports/131042/aed", 400)).error.param).toBe("municipality");
    await json("/api/v1/reports/131067/aed", 404);
    await json("/api/v1/reports/131041/unknown", 404);
  });

  it("GET /runs and /runs/{id} show each ingest and its sources", async () => {
    const runs = await json("/api/v1/runs");
    expect(runs.count).toBe(3);
    const last = runs.items[0];
    expect(last).toMatchObject({ status: "ok", trigger: expect.any(String) });
    const detail = await json(`/api/v1/runs/${last.id}`);
    expect(detail.sources).toEqual([expect.objectContaining({ municipality_code: "131059", dataset_id: "aed", status: "invalid", rows: 2, valid: 0 })]);
    await json("/api/v1/runs/999999", 404);
    expect((await json("/api/v1/runs/abc", 400)).error.param).toBe("id");
  });
});
