import { describe, expect, it } from "vitest";
import { csv, csvCell } from "../../../catalog-api/render/csv.ts";
import { geojson, toFeature } from "../../../catalog-api/render/geojson.ts";
import { pickFormat } from "../../../catalog-api/render/index.ts";
import type { RecordItem } from "../../../catalog-api/contracts.ts";
import type { Dataset } from "../../../schemas/dataset.ts";
import { aed } from "../../../schemas/datasets/aed.ts";
import { evacuation_space as evacuationSpace } from "../../../schemas/datasets/evacuation_space.ts";

const blank = Object.fromEntries(aed.columns.map((c) => [c.key, null]));
const item = (record: Record<string, unknown>): RecordItem => ({
  record_id: "131041-aed-r1", municipality_code: "131041", municipality_name_ja: "新宿区", municipality_name_en: "Shinjuku",
  dataset_id: "aed", version_id: 1, source_url: null, license: "CC-BY-4.0", sample: false, published_at: "2026-01-01T00:00:00.000Z",
  record: { ...blank, ...record }, extra: {},
});

describe("CSV cells", () => {
  it.each([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+81-3-1234", "'+81-3-1234"],
    ["-", "'-"],
    ["@cmd", "'@cmd"],
    ["1階, 受付", '"1階, 受付"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [-12.5, "-12.5"],
    [true, "true"],
    [null, ""],
    [["月", "火"], "月;火"],
  ])("%j → %s", (value, expected) => expect(csvCell(value)).toBe(expected));
});

describe("CSV page", () => {
  it("starts with a BOM, has the Japanese headers, CRLF, and neutralizes formulas", () => {
    const text = csv.page([item({ name: "区役所", installation_position: "=1+1", latitude: 35.69, longitude: 139.7 })],
      { dataset: aed, headers: "ja", total: 1, next_cursor: null, next_url: null }) as string;
    const [header, row, end] = text.split("\r\n");
    expect(text.startsWith("\uFEFF全国地方公共団体コード,ID,地方公共団体名,名称,")).toBe(true);
    expect(header!.split(",")).toHaveLength(aed.columns.length + 4);
    expect(header!.split(",").slice(-4)).toEqual(["出典URL", "ライセンス", "公開版", "サンプルデータ"]);
    expect(row!.split(",").slice(-4)).toEqual(["", "CC-BY-4.0", "1", "false"]);
    expect(row!.split(",")[aed.columns.findIndex((c) => c.key === "installation_position")]).toBe("'=1+1");
    expect(end).toBe("");
  });

  it("uses the canonical keys with headers=en", () => {
    const text = csv.page([], { dataset: aed, headers: "en", total: 0, next_cursor: null, next_url: null }) as string;
    expect(text).toBe(`\uFEFF${[...aed.columns.map((c) => c.key), "odh_source_url", "odh_license", "odh_version_id", "odh_sample"].join(",")}\r\n`);
  });
});

describe("CSV yes/no", () => {
  it("a 1/empty column's (03's 災害種別) unknown is 不詳, not an empty cell that the standard reads as a no; a 有/無 unknown stays empty", () => {
    const cells = (dataset: Dataset, record: Record<string, unknown>) => {
      const text = csv.page([{ ...item({}), dataset_id: dataset.id, record }], { dataset, headers: "en", total: 1, next_cursor: null, next_url: null }) as string;
      const [header, row] = text.slice(1).split("\r\n");
      return Object.fromEntries(header!.split(",").map((k, i) => [k, row!.split(",")[i]]));
    };
    const evac = cells(evacuationSpace, { hazard_flood: true, hazard_tsunami: false, hazard_volcano: null });
    expect([evac.hazard_flood, evac.hazard_tsunami, evac.hazard_volcano, evac.hazard_earthquake]).toEqual(["true", "false", "不詳", "不詳"]);
    expect(cells(aed, { ...blank, pediatric_pads: null }).pediatric_pads).toBe("");
  });
});

describe("GeoJSON", () => {
  it("puts [lon, lat] in a Point and the record in properties", () => {
    expect(toFeature(item({ name: "区役所", latitude: 35.69, longitude: 139.7 }))).toMatchObject({
      type: "Feature", id: "131041-aed-r1", geometry: { type: "Point", coordinates: [139.7, 35.69] },
      properties: { record_id: "131041-aed-r1", municipality_code: "131041", name: "区役所", latitude: 35.69,
        odh_source_url: null, odh_license: "CC-BY-4.0", odh_version_id: 1, odh_sample: false, odh_published_at: "2026-01-01T00:00:00.000Z" },
    });
  });

  it("gives geometry null to a record without coordinates", () => {
    expect(toFeature(item({ name: "座標なし" })).geometry).toBeNull();
  });

  it("streams a valid FeatureCollection across batches", async () => {
    async function* batches() { yield [item({ name: "a" })]; yield [item({ name: "b" }), item({ name: "c" })]; }
    let text = "";
    for await (const chunk of geojson.stream!(batches(), { dataset: aed, headers: "ja" })) text += chunk;
    const parsed = JSON.parse(text);
    expect(parsed.type).toBe("FeatureCollection");
    expect(parsed.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(["a", "b", "c"]);
  });
});

describe("format choice", () => {
  it.each([
    [undefined, undefined, "json"],
    ["csv", "application/geo+json", "csv"],
    [undefined, "application/geo+json", "geojson"],
    [undefined, "text/csv;q=0.9, */*", "csv"],
    [undefined, "text/html", "json"],
    // q-values: q=0 is "not acceptable", the highest q wins
    [undefined, "text/csv;q=0, application/json", "json"],
    [undefined, "application/json;q=0.1, text/csv", "csv"],
    [undefined, "application/geo+json;q=0.5, text/csv;q=0.8, application/json;q=0.2", "csv"],
    [undefined, "text/csv;q=0, */*", "json"],
    [undefined, "application/geo+json, application/json", "geojson"],
    [undefined, "*/*", "json"],
  ] as const)("format=%s Accept=%s → %s", (format, accept, expected) => expect(pickFormat(format, accept)).toBe(expected));
});
