// Population tables with one row per age (age-rows.ts): rows that are ages of an area, not areas, are not published.
import { describe, expect, it } from "vitest";
import { isAgeText } from "../../../pipelines/derived-columns.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("isAgeText", () => {
  it.each<[string, boolean]>([
    ["0歳", true], ["100歳以上", true], ["0～4歳", true], ["85歳～", true], ["５～９歳", true], ["0歳～4歳", true],
    ["阿佐谷北一丁目", false], ["合計", false], ["65", false], ["0～4", false], ["0～4歳男", false], ["1・3歳", false],
  ])("%s → %s", (cell, expected) => expect(isAgeText(cell)).toBe(expected));
});

describe("a population table with one row per age", () => {
  const areaRows = (area: string) => ["0歳,6,7,13", "1歳,7,16,23", "2歳,10,28,38", "3歳,30,26,56"].map((r) => `${area},${r}`);

  it("per 町丁 × 年齢: every row invalid, said once with the column and its ages, not as duplicate names", async () => {
    const text = ["町丁名,年齢,男,女,計", ...areaRows("阿佐谷北一丁目"), ...areaRows("阿佐谷北二丁目")].join("\n");
    const { report, rows } = await runBytes(text, "131156_population_20240101.csv");
    expect(rows.map((r) => r.valid)).toEqual(Array(8).fill(false));
    expect(tuples(report, "rows_by_age", "duplicate_name")).toEqual([[null, "年齢", "rows_by_age"]]);
    const said = report.issues.find((i) => i.code === "rows_by_age");
    expect(said).toMatchObject({ severity: "error", value: "0歳、1歳、2歳…" });
    expect(said?.message_ja).toContain("1行が1つの年齢");
    // the cells stay as read: nothing lost
    expect(rows[0]).toMatchObject({ record: { area_name: "阿佐谷北一丁目", total: 13 }, extra: { 年齢: "0歳" } });
  });

  it("in 5-year bands for the whole ward, with its 合計 row: invalid, not 100 areas of one age each", async () => {
    const text = ["年齢別人口,,,", "年齢,男,女,計", "0～4歳,\"3,937\",\"3,382\",\"7,319\"", "5～9歳,864,861,1725", "10～14歳,700,650,1350", "85歳以上,900,1800,2700",
      "合計,\"6,401\",\"6,693\",\"13,094\""].join("\n");
    const { report, rows } = await runBytes(text, "131148_population_20240101.csv");
    expect(rows.map((r) => r.valid)).toEqual([false, false, false, false]);
    expect(report.issues.find((i) => i.code === "rows_by_age")).toMatchObject({ field: "年齢", value: "0～4歳、5～9歳、10～14歳…" });
  });

  it("is not told by a column where an age is a note on a row or two, nor by ages in the header", async () => {
    const text = ["町丁名,男,女,計,区分", "本町一丁目,720,801,1521,65歳以上", "本町二丁目,800,850,1650,", "本町三丁目,10,20,30,"].join("\n");
    const { report, rows } = await runBytes(text, "131148_population_20240101.csv");
    expect(rows.map((r) => r.valid)).toEqual([true, true, true]);
    expect(tuples(report, "rows_by_age")).toEqual([]);
    const byColumns = await runBytes(["町丁名,男,女,計,0～4歳男,0～4歳女", "本町一丁目,720,801,1521,30,31"].join("\n"), "131148_population_20240101.csv");
    expect(byColumns.rows[0]).toMatchObject({ valid: true, record: { age_0_4_male: 30, age_0_4_female: 31 } });
    expect(tuples(byColumns.report, "rows_by_age")).toEqual([]);
  });
});
