// A workbook of one sheet per survey date read as one table (the ward's 5歳階級別人口 on a sheet per month, each titled
// or named by its date): each sheet's rows take that sheet's date, not the chosen sheet's, and each sheet is said.
import { describe, expect, it } from "vitest";
import { book, runBytes, tuples } from "./helpers.ts";

const BANDS = Array.from({ length: 20 }, (_, k) => `${k * 5}～${k * 5 + 4}`);

/** The ward's table by 5-year band: 男 100 + month, 女 200 per band, 100～ 男 1 女 9; the 総数 row on top. */
function wardSheet(title: string | null, month: number): unknown[][] {
  const rows = BANDS.map((b) => [b, 300 + month, 100 + month, 200]);
  rows.push(["100～", 10, 1, 9]);
  const [m, f] = [20 * (100 + month) + 1, 20 * 200 + 9];
  return [...(title === null ? [] : [[title], []]), ["年齢", "総数", "男", "女"], ["総数", m + f, m, f], ...rows];
}

type Rows = Awaited<ReturnType<typeof runBytes>>["rows"];
const dated = (rows: Rows) => rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.male, r.record.female,
  r.record.age_0_4_male, r.record.age_85_plus_male, r.valid]);
const said = (report: Awaited<ReturnType<typeof runBytes>>["report"]) =>
  report.issues.filter((i) => i.code === "as_of_by_sheet").map((i) => [i.severity, i.field, i.value, i.detail]);

describe("sheets dated apart, read as one table", () => {
  it("titled by month (R6.1 | R6.2, 令和6年○月1日現在): each sheet's record has its own date, not the first sheet's", async () => {
    const bytes = await book([
      ["R6.1", wardSheet("５歳階級別人口（令和6年1月1日現在）", 0)],
      ["R6.2", wardSheet("５歳階級別人口（令和6年2月1日現在）", 3)],
    ]);
    const { rows, report, exit } = await runBytes(bytes, "131113_population_monthly.xlsx");
    // 85歳以上 of 男: 85～89 … 95～99 and 100～
    expect(dated(rows)).toEqual([
      ["大田区", "2024-01-01", 2001, 4009, 100, 301, true],
      ["大田区", "2024-02-01", 2061, 4009, 103, 310, true],
    ]);
    expect(said(report)).toEqual([["info", "survey_date", "R6.1", "2024-01-01"], ["info", "survey_date", "R6.2", "2024-02-01"]]);
    const message = report.issues.find((i) => i.code === "as_of_by_sheet" && i.value === "R6.2");
    expect(message?.message_ja).toContain("シート「R6.2」の各行の「調査年月日」をそのシートの日付「2024-02-01」としました");
    expect(message?.message_en).toContain('each row of sheet "R6.2" was given its sheet\'s');
    // one area on two dates is no duplicate (the standard tells areas apart by name and date)
    expect(tuples(report, "duplicate_name", "missing_column", "missing_required", "survey_date_filled")).toEqual([]);
    expect(exit).toBe(0);
  });

  it("named by date (令和6年1月1日 | 令和6年2月1日) with no date in the titles: the names date the rows, no column is missing", async () => {
    const bytes = await book([
      ["令和6年1月1日", wardSheet("５歳階級別人口", 0)],
      ["令和6年2月1日", wardSheet("５歳階級別人口", 3)],
    ]);
    const { rows, report } = await runBytes(bytes, "131113_population_monthly.xlsx");
    expect(dated(rows).map((r) => r.slice(0, 3))).toEqual([["大田区", "2024-01-01", 2001], ["大田区", "2024-02-01", 2061]]);
    expect(rows.every((r) => r.valid)).toBe(true);
    expect(said(report).map((s) => s[2])).toEqual(["令和6年1月1日", "令和6年2月1日"]);
  });

  it("sheets of one date (a list continued on a second sheet): the title's date for every row, nothing said per sheet", async () => {
    const header = ["町丁名", "世帯数", "男", "女", "計"];
    const bytes = await book([
      ["北部", [["町丁別世帯数・人口（令和6年1月1日現在）"], header, ["蒲田一丁目", 500, 450, 470, 920], ["蒲田二丁目", 600, 590, 580, 1170]]],
      ["南部", [["町丁別世帯数・人口（令和6年1月1日現在）"], header, ["羽田一丁目", 300, 280, 290, 570]]],
    ]);
    const { rows, report } = await runBytes(bytes, "131113_population.xlsx");
    expect(rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.total])).toEqual([
      ["蒲田一丁目", "2024-01-01", 920], ["蒲田二丁目", "2024-01-01", 1170], ["羽田一丁目", "2024-01-01", 570]]);
    expect(said(report)).toEqual([]);
    expect(report.header?.some((h) => h.source === "調査年月日")).toBe(false);
  });
});
