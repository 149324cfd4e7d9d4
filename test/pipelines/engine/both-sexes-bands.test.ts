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

describe("a nursery list with bare age columns (0歳 | 1歳 … beside 合計, a ward's own list)", () => {
  const text = "施設名,施設種別,所在地,0歳,1歳,2歳,3歳,4歳,5歳,合計\r\n町田こばと保育園,認可保育所,東京都町田市原町田三丁目1-1,6,10,12,15,15,15,73\r\n";

  it("is told they do not say what they count and how to head a capacity, never to split them by sex; the counts stay in extra", async () => {
    const { report, rows } = await runBytes(text, "132098_preschool.csv");
    expect(report.issues.filter((i) => i.code === "age_bands_both_sexes")).toEqual([]);
    const told = report.issues.filter((i) => i.code === "age_columns_unnamed");
    expect(told.map((i) => [i.severity, i.field, i.value, i.detail])).toEqual([["warning", null, "0歳、1歳、2歳、3歳、4歳、5歳", "0歳児定員|収容定員"]]);
    expect(told[0].message_ja).toContain("「0歳児定員」のように");
    expect(told[0].message_ja).not.toContain("男女");
    expect(told[0].message_en).toContain("0歳, 1歳");
    expect([rows[0].record.capacity, rows[0].extra["0歳"], rows[0].extra["合計"]]).toEqual([null, "6", "73"]);
  });

  it("headed as the issue says, they are read as the capacity", async () => {
    const named = text.replace("0歳,1歳,2歳,3歳,4歳,5歳", "0歳児定員,1歳児定員,2歳児定員,3歳児定員,4歳児定員,5歳児定員");
    const { report, rows } = await runBytes(named, "132098_preschool.csv");
    expect(report.issues.filter((i) => i.code === "age_columns_unnamed")).toEqual([]);
    expect(rows[0].record.capacity).toBe(73);
  });
});
