// A header with a template's instruction left after the standard's name: 国立市's 町丁別・年齢別人口
// (132152_202303_population_by_street_by_age.csv, 東京都オープンデータカタログ, as copied in
// https://github.com/TakuKobayashi/GovernmentOpenDataWebAPI) heads its dates `調査年月日入力`. The header is the city's as
// published; the rows are our own, in its value forms.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("a header with the template's instruction after the name", () => {
  it("調査年月日入力 is 調査年月日 (before: missing_column survey_date, every row invalid)", async () => {
    const text = ["市区町村コード,地域コード,都道府県名,市区町村名,調査年月日入力,町丁,世帯数,男,女,合計",
      "132152,0,東京都,国立市,2023-03-01T00:00:00,東１丁目,1800,1450,1790,3240",
      "132152,0,東京都,国立市,2023-03-01T00:00:00,青柳,9,10,13,23"].join("\n");
    const { rows, report } = await runBytes(`${text}\n`, "132152_population.csv");
    expect(rows.map((r) => [r.valid, r.record.survey_date, r.record.area_name, r.record.total])).toEqual([
      [true, "2023-03-01", "東1丁目", 3240], [true, "2023-03-01", "青柳", 23]]);
    expect(tuples(report, "missing_column")).toEqual([]);
    expect(rows[0].extra).toEqual({});
  });

  it("名称を入力 and 住所記入欄 are 名称 and 所在地_連結表記", async () => {
    const { rows } = await runBytes("名称を入力,住所記入欄,緯度,経度,設置位置\n市役所,東京都国立市富士見台2-47-1,35.68,139.44,1階\n", "132152_aed.csv");
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.extra])).toEqual([["市役所", "東京都国立市富士見台2-47-1", {}]]);
  });
});
