// A table of the whole municipality's figures by date (地域コード, 地域名 blank on every row) names each row after the
// municipality; a table of areas with a blank name, or of several rows of one date, is left as it is.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const HEAD = "都道府県コード又は市区町村コード,地域コード,都道府県名,市区町村名,調査年月日,地域名,総人口,男性,女性,世帯数,備考";

describe("a population table of the whole municipality", () => {
  it("names each row after the municipality when no row names an area and each has its own date", async () => {
    const csv = `${HEAD}\n132071,,東京都,昭島市,2025/1/1,,300,140,160,150,\n132071,,東京都,昭島市,2025/2/1,,302,141,161,151,\n`;
    const { report, rows } = await runBytes(csv, "132071_population.csv");
    expect(rows.map((r) => [r.valid, r.record.area_name, r.record.survey_date, r.record.total]))
      .toEqual([[true, "昭島市", "2025-01-01", 300], [true, "昭島市", "2025-02-01", 302]]);
    expect(tuples(report, "area_of_whole_municipality", "missing_required")).toEqual([[1, "area_name", "area_of_whole_municipality"], [2, "area_name", "area_of_whole_municipality"]]);
    expect(report.issues.find((i) => i.code === "area_of_whole_municipality")).toMatchObject({ value: "昭島市",
      message_ja: expect.stringContaining("区市町村全体の数字とみなし「昭島市」を入れました") });
  });

  it("does so for a file without the column, said once", async () => {
    const csv = "市区町村名,調査年月日,総人口,男性,女性\n昭島市,2025/1/1,300,140,160\n昭島市,2025/2/1,302,141,161\n";
    const { report, rows } = await runBytes(csv, "132071_population.csv");
    expect(rows.map((r) => [r.valid, r.record.area_name])).toEqual([[true, "昭島市"], [true, "昭島市"]]);
    expect(tuples(report, "column_filled", "missing_column").filter(([, f]) => f === "area_name")).toEqual([[null, "area_name", "column_filled"]]);
  });

  it("leaves a blank area among named ones, a blank area with its code, and rows of one date unnamed (invalid)", async () => {
    const among = `${HEAD}\n132071,1,東京都,昭島市,2025/1/1,本町一丁目,300,140,160,150,\n132071,2,東京都,昭島市,2025/1/1,,302,141,161,151,\n`;
    const coded = `${HEAD}\n132071,1,東京都,昭島市,2025/1/1,,300,140,160,150,\n132071,2,東京都,昭島市,2025/2/1,,302,141,161,151,\n`;
    const oneDate = `${HEAD}\n132071,,東京都,昭島市,2025/1/1,,300,140,160,150,\n132071,,東京都,昭島市,2025/1/1,,302,141,161,151,\n`;
    for (const csv of [among, coded, oneDate]) {
      const { report, rows } = await runBytes(csv, "132071_population.csv");
      expect(rows.map((r) => r.record.area_name)).not.toContain("昭島市");
      expect(tuples(report, "area_of_whole_municipality")).toEqual([]);
    }
  });
});
