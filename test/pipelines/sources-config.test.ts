// The sources config (contract E): defaults, and bad entries named by index, id and field.
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, DEFAULT_SCHEDULE, SourcesConfigError, parseSources, selectSources } from "../../pipelines/sources/config.ts";
import { searchParams } from "../../pipelines/sources/ckan.ts";

const file = { id: "131041-aed", municipality: "131041", dataset: "aed", type: "file", path: "sources/131041/131041_aed.csv", license: "CC BY 4.0", attribution: "新宿区" };

function problems(raw: unknown): string[] {
  try {
    parseSources(raw, "sources.json");
  } catch (err) {
    if (err instanceof SourcesConfigError) return err.message.split("\n").slice(1).map((l) => l.trim());
    throw err;
  }
  return [];
}

describe("parseSources", () => {
  it("fills defaults: enabled, nightly schedule, not sample; http limits", () => {
    const { path: _p, ...noPath } = file;
    const [f, h] = parseSources([file, { ...noPath, id: "131041-aed-web", type: "http", url: "https://example.jp/aed.csv", enabled: false }]);
    expect(f).toEqual({ ...file, enabled: true, schedule: DEFAULT_SCHEDULE, sample: false });
    expect(h).toEqual({
      id: "131041-aed-web", municipality: "131041", dataset: "aed", type: "http", url: "https://example.jp/aed.csv", license: "CC BY 4.0",
      attribution: "新宿区", enabled: false, schedule: DEFAULT_SCHEDULE, sample: false, allow_private: false, timeout_ms: 60_000,
      connect_timeout_ms: 10_000, max_bytes: DEFAULT_MAX_BYTES, retries: 3,
    });
  });

  it("names the entry, its id and the field of each problem", () => {
    expect(problems([
      file,
      { ...file, id: "bad-code", municipality: "131042" },
      { ...file, id: "bad-cron", schedule: "every night" },
      { ...file, id: "bad-dataset", dataset: "aeds" },
      { ...file, id: "typo", licence: "CC BY 4.0" },
    ])).toEqual([
      'sources.json: entry 1 (id "bad-code"): field "municipality": a 6-digit 全国地方公共団体コード with a valid check digit',
      'sources.json: entry 2 (id "bad-cron"): field "schedule": a cron expression such as "0 3 * * *"',
      expect.stringMatching(/^sources\.json: entry 3 \(id "bad-dataset"\): field "dataset": one of public_facility, .*aed/),
      'sources.json: entry 4 (id "typo"): entry: Unrecognized key: "licence"',
    ]);
  });

  it("refuses a missing field and an unknown type", () => {
    const { license: _l, ...noLicense } = file;
    expect(problems([noLicense, { ...file, id: "ftp", type: "ftp" }])).toEqual([
      'sources.json: entry 0 (id "131041-aed"): field "license": Invalid input: expected string, received undefined',
      "sources.json: entry 1 (id \"ftp\"): field \"type\": Invalid discriminator value. Expected 'file' | 'http' | 'ckan'",
    ]);
  });

  it("refuses duplicate ids and two enabled sources for one (municipality, dataset)", () => {
    expect(problems([file, file, { ...file, id: "other" }, { ...file, id: "off", enabled: false }])).toEqual([
      'sources.json: entry 1 (id "131041-aed"): field "id": also used by entry 0',
      'sources.json: entry 1 (id "131041-aed"): field "enabled": source "131041-aed" already publishes 131041/aed; disable one of them',
      'sources.json: entry 2 (id "other"): field "enabled": source "131041-aed" already publishes 131041/aed; disable one of them',
    ]);
  });

  it("selects enabled sources by municipality, dataset and id", () => {
    const list = parseSources([
      file, { ...file, id: "131059-aed", municipality: "131059" }, { ...file, id: "131041-toilet", dataset: "public_toilet" },
      { ...file, id: "off", municipality: "131067", enabled: false },
    ]);
    expect(selectSources(list).map((s) => s.id)).toEqual(["131041-aed", "131059-aed", "131041-toilet"]);
    expect(selectSources(list, { municipality: "131041" }).map((s) => s.id)).toEqual(["131041-aed", "131041-toilet"]);
    expect(selectSources(list, { dataset: "aed" }).map((s) => s.id)).toEqual(["131041-aed", "131059-aed"]);
    expect(selectSources(list, { ids: ["131059-aed", "off"] }).map((s) => s.id)).toEqual(["131059-aed"]);
  });
});

describe("CKAN package_search parameters", () => {
  it("filters by organization and every tag, or searches title words", () => {
    expect(Object.fromEntries(searchParams({ base_url: "https://x/", organization: "t131032", tags: ["自治体標準オープンデータセット", "AED"] })))
      .toEqual({ fq: 'organization:t131032 tags:"自治体標準オープンデータセット" tags:"AED"', rows: "1000", sort: "metadata_modified desc" });
    expect(Object.fromEntries(searchParams({ base_url: "https://x/", organization: "131032", title: "AED" })))
      .toEqual({ fq: "organization:131032", q: "title:AED", rows: "1000", sort: "metadata_modified desc" });
    expect(searchParams({ base_url: "https://x/", title: "公衆 トイレ" }).get("q")).toBe("title:(公衆 AND トイレ)");
  });
});
