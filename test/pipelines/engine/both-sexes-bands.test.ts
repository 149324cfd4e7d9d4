// Population files whose age columns count both sexes together (0-4歳 | 5-9歳 …): one issue names them and the
// standard's columns by sex, instead of one "column not in the standard" per band; the values stay in extra.
import { describe, expect, it } from "vitest";
import { bothSexesBandOf } from "../../../pipelines/age-bands.ts";
import { runBytes, tuples } from "./helpers.ts";

const BANDS = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64",
  "65-69", "70-74", "75-79", "80-84"].map((b) => `${b}歳`).concat("85歳以上");

describe("bothSexesBandOf", () => {
  it.each<[string, { from: number; to: number | null } | null]>([
    ["0-4歳", { from: 0, to: 4 }], ["０～４歳", { from: 0, to: 4 }], ["85歳以上", { from: 85, to: null }], ["0～4歳計", { from: 0, to: 4 }],
    ["0-4歳の総数", { from: 0, to: 4 }], ["5～9才", { from: 5, to: 9 }],
    ["0-4歳の男性", null], ["0～4歳女", null], ["総人口", null], ["0-4", null], ["世帯数", null],
  ])("%s", (header, expected) => expect(bothSexesBandOf(header)).toEqual(expected));
});

describe("a population file with age bands of both sexes together", () => {
  const header = ["全国地方公共団体コード", "地域名", "調査年月日", "総人口", ...BANDS, "世帯数"];
  const row = (area: string, base: number) => ["131041", area, "2024-04-01", String(18 * base), ...BANDS.map(() => String(base)), "900"];
  const text = [header, row("西新宿一丁目", 10), row("西新宿二丁目", 20)].map((r) => r.join(",")).join("\r\n") + "\r\n";

  it("one warning names every such column and the standard's columns by sex; the counts stay in extra", async () => {
    const { report, rows } = await runBytes(text, "131041_population_20240401.csv");
    expect(tuples(report, "unknown_header")).toEqual([]);
    const folded = report.issues.filter((i) => i.code === "age_bands_both_sexes");
    expect(folded.map((i) => [i.severity, i.row, i.field, i.value, i.detail])).toEqual([
      ["warning", null, null, BANDS.join("、"), "0-4歳の男性、0-4歳の女性"]]);
    expect(folded[0].message_ja).toContain("「0-4歳の男性」「0-4歳の女性」");
    expect(folded[0].message_en).toContain("0-4歳, 5-9歳");
    expect(rows.map((r) => [r.record.area_name, r.record.total, r.extra["0-4歳"], r.extra["85歳以上"]])).toEqual([
      ["西新宿一丁目", 180, "10", "10"], ["西新宿二丁目", 360, "20", "20"]]);
    // the missing sexes are still errors of their own
    expect(tuples(report, "missing_column").map(([, field]) => field)).toEqual(expect.arrayContaining(["male", "female"]));
  });

  it("beside bands by sex, a 0-4歳 column is a total, and stays a column not in the standard", async () => {
    const mixed = "全国地方公共団体コード,地域名,総人口,男性,女性,0-4歳の男性,0-4歳の女性,0-4歳,5-9歳\r\n131041,西新宿一丁目,30,15,15,5,5,10,20\r\n";
    const { report } = await runBytes(mixed, "131041_population_20240401.csv");
    expect(report.issues.filter((i) => i.code === "age_bands_both_sexes")).toEqual([]);
    expect(tuples(report, "unknown_header").map(([, field]) => field)).toEqual(["0-4歳", "5-9歳"]);
  });

  it("a single such column is left as a column not in the standard", async () => {
    const one = "全国地方公共団体コード,地域名,総人口,男性,女性,0-4歳\r\n131041,西新宿一丁目,30,15,15,10\r\n";
    const { report } = await runBytes(one, "131041_population_20240401.csv");
    expect(tuples(report, "unknown_header").map(([, field]) => field)).toEqual(["0-4歳"]);
  });
});
