// table.ts: a `…現在` in the top row of a header over two or three rows (its first cell, or merged over the columns it
// dates) dates the file as a title row's does, and names no column.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type Run, runBytes, tuples } from "./helpers.ts";

const DATA = [["本町一丁目", "500", "450", "480", "930"], ["本町二丁目", "600", "520", "560", "1080"]];
const csvOf = (rows: string[][]) => `${rows.map((r) => r.join(",")).join("\n")}\n`;
const read = ({ rows }: Run) => rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.male, r.record.total, r.valid]);
const EXPECTED = [["本町一丁目", "2024-04-01", 450, 930, true], ["本町二丁目", "2024-04-01", 520, 1080, true]];
/** The header's sources and the names in extra: the date is neither. */
const names = ({ report, rows }: Run) => [...report.header.map((h) => h.source), ...rows.flatMap((r) => Object.keys(r.extra))];

async function workbookOf(rows: string[][], merges: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("町丁別");
  for (const row of rows) ws.addRow(row.map((cell) => (/^\d+$/.test(cell) ? Number(cell) : cell)));
  for (const range of merges) ws.mergeCells(range);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe("an as-of date in a header's top row", () => {
  it("merged over the columns it dates (令和6年4月1日現在 over 男 | 女 | 計): each row's 調査年月日, in a CSV and a workbook", async () => {
    const rows = [["町丁名", "世帯数", "令和6年4月1日現在", "", ""], ["", "", "男", "女", "計"], ...DATA];
    const csv = await runBytes(csvOf(rows), "131130_population.csv");
    const book = await runBytes(await workbookOf(rows, ["C1:E1", "A1:A2", "B1:B2"]), "131130_population.xlsx");
    for (const run of [csv, book]) {
      expect(read(run)).toEqual(EXPECTED);
      expect(names(run).filter((n) => n.includes("現在"))).toEqual([]);
      expect(tuples(run.report, "missing_column", "missing_required")).toEqual([]);
    }
  });

  it("as the first cell of a header over two rows whose join names the columns (総数 | 日本人 | 外国人 over 男 | 女 | 計)", async () => {
    const rows = [["令和6年4月1日現在", "", "総数", "", "", "日本人", "", ""], ["町丁名", "世帯数", "男", "女", "計", "男", "女", "計"],
      ...DATA.map((r) => [...r, String(Number(r[2]) - 10), String(Number(r[3]) - 10), String(Number(r[4]) - 20)])];
    const run = await runBytes(csvOf(rows), "131130_population.csv");
    expect(read(run)).toEqual(EXPECTED);
    expect(run.rows[0].extra).toEqual({ 日本人_男: "440", 日本人_女: "470", 日本人_計: "910" });
    expect(names(run).filter((n) => n.includes("現在"))).toEqual([]);
    // as a title's, it outranks a date the file's name gives, and says so
    const named = await runBytes(csvOf(rows), "131130_population_20240101.csv");
    expect(read(named)).toEqual(EXPECTED);
    expect(tuples(named.report, "as_of_dates_differ")).toEqual([[null, "survey_date", "as_of_dates_differ"]]);
  });

  it("as the top of a header over three rows (a workbook's merged cell over the area and the counts), read as a title as before", async () => {
    const rows = [["令和6年4月1日現在", "", "", "", ""], ["町丁名", "世帯数", "人口", "", ""], ["", "", "男", "女", "計"], ...DATA];
    const run = await runBytes(await workbookOf(rows, ["A1:E1", "C2:E2", "A2:A3", "B2:B3"]), "131130_population.xlsx");
    expect(read(run)).toEqual(EXPECTED);
    expect(names(run).filter((n) => n.includes("現在"))).toEqual([]);
  });

  it("merged over hours split over three rows: no top of theirs in the report's joined names", async () => {
    const run = await runBytes(csvOf([["名称", "所在地_連結表記", "令和6年4月1日現在", "", "", ""], ["", "", "平日", "", "土曜", ""],
      ["", "", "開始", "終了", "開始", "終了"], ["中央図書館", "東京都港区芝公園3-2-25", "9:00", "20:00", "9:00", "17:00"]]), "131032_public_facility.csv");
    expect(run.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks]))
      .toEqual([["09:00", "20:00", "開始時間（土曜）：9:00 / 終了時間（土曜）：17:00"]]);
    expect(run.report.issues.find((i) => i.code === "split_header_joined")?.value)
      .toBe("平日 + 開始 → 平日_開始、平日 + 終了 → 平日_終了、土曜 + 開始 → 土曜_開始、土曜 + 終了 → 土曜_終了");
  });
});
