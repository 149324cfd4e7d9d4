// three-row-header.ts: hours over three header rows (開館時間 over 平日 | 土曜 | 日祝 over 開始 | 終了) read as the same
// list with the two-row form (平日 | 土曜 | 日祝 over 開始 | 終了) does: the weekday's hours are the start and end, the
// other days' said in the remarks and kept in extra.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type Run, runBytes, tuples } from "./helpers.ts";

const MIDDLE = ["", "", "平日", "", "土曜", "", "日祝", ""];
const BOTTOM = ["", "", "開始", "終了", "開始", "終了", "開始", "終了"];
const DATA = [
  ["中央図書館", "東京都港区芝公園3-2-25", "9:00", "20:00", "9:00", "17:00", "10:00", "17:00"],
  ["三田図書館", "東京都港区芝5-28-4", "9:00", "19:00", "9:00", "17:00", "", ""],
];
const topRow = (top: string) => ["名称", "所在地_連結表記", top, "", "", "", "", ""];
const csvOf = (rows: string[][]) => `${rows.map((r) => r.join(",")).join("\n")}\n`;

/** The sheet saved from Excel: 名称 and 所在地 merged down over the three rows, the top over the six columns, each day
 *  over its two. */
async function workbookOf(top: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("施設一覧");
  for (const row of [topRow(top), MIDDLE, BOTTOM, ...DATA]) ws.addRow(row);
  for (const range of ["C1:H1", "C2:D2", "E2:F2", "G2:H2", "A1:A3", "B1:B3"]) ws.mergeCells(range);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

const read = ({ rows }: Run) => rows.map((r) => [r.record.name, r.record.start_time, r.record.end_time, r.record.availability_remarks, r.extra]);
const EXPECTED = [
  ["中央図書館", "09:00", "20:00", "開始時間（土曜）：9:00 / 終了時間（土曜）：17:00 / 開始時間（日祝）：10:00 / 終了時間（日祝）：17:00",
    { 土曜_開始: "9:00", 土曜_終了: "17:00", 日祝_開始: "10:00", 日祝_終了: "17:00" }],
  ["三田図書館", "09:00", "19:00", "開始時間（土曜）：9:00 / 終了時間（土曜）：17:00", { 土曜_開始: "9:00", 土曜_終了: "17:00" }],
];
const joinedOf = ({ report }: Run) => report.issues.find((i) => i.code === "split_header_joined");

describe("hours over three header rows", () => {
  it("a CSV (the top's cell, then empty cells) reads as its two-row form does, the top said in the report", async () => {
    const three = await runBytes(csvOf([topRow("開館時間"), MIDDLE, BOTTOM, ...DATA]), "131032_public_facility.csv");
    const two = await runBytes(csvOf([topRow("").map((c, i) => (i < 2 ? c : MIDDLE[i])), BOTTOM, ...DATA]), "131032_public_facility.csv");
    expect(read(three)).toEqual(EXPECTED);
    expect(read(two)).toEqual(EXPECTED);
    expect([joinedOf(three)?.detail, joinedOf(three)?.value?.split("、").slice(0, 3)])
      .toEqual(["3", ["開館時間 + 平日 + 開始 → 平日_開始", "開館時間 + 平日 + 終了 → 平日_終了", "開館時間 + 土曜 + 開始 → 土曜_開始"]]);
    expect(tuples(three.report, "unparseable_time", "missing_required", "blank_header", "kept_as_remarks")).toEqual([]);
  });

  it.each([
    ["public_facility", "開館時間"], ["public_facility", "受付時間"], ["public_facility", "診療時間"],
    ["hospital", "診療時間"], ["hospital", "受付時間"], ["hospital", "開館時間"], ["public_toilet", "利用時間"], ["public_toilet", "開館時間"],
  ])("a workbook of %s with %s merged over the days reads the same, whether or not the top names a column of the list", async (dataset, top) => {
    const run = await runBytes(await workbookOf(top), `131032_${dataset}.xlsx`, { dataset });
    expect(read(run)).toEqual(EXPECTED);
    expect(joinedOf(run)?.detail).toBe("3");
    expect(tuples(run.report, "repeated_header_row", "unknown_header", "unparseable_time")).toEqual([]);
  });

  it("a second top over the same days and ends (受付時間 beside 診療時間) is kept under its top, not read as the first's hours", async () => {
    const run = await runBytes(csvOf([
      ["名称", "所在地_連結表記", "診療時間", "", "", "", "受付時間", "", "", ""],
      ["", "", "平日", "", "土曜", "", "平日", "", "土曜", ""],
      ["", "", "開始", "終了", "開始", "終了", "開始", "終了", "開始", "終了"],
      ["王子医院", "東京都北区王子1-1-1", "9:00", "18:00", "9:00", "12:00", "8:45", "17:30", "8:45", "11:30"],
    ]), "131172_hospital.csv");
    expect(read(run)).toEqual([["王子医院", "09:00", "18:00", "開始時間（土曜）：9:00 / 終了時間（土曜）：12:00", {
      土曜_開始: "9:00", 土曜_終了: "12:00", 受付時間_平日_開始: "8:45", 受付時間_平日_終了: "17:30", 受付時間_土曜_開始: "8:45", 受付時間_土曜_終了: "11:30" }]]);
    expect(joinedOf(run)?.value?.split("、").slice(3, 5))
      .toEqual(["診療時間 + 土曜 + 終了 → 土曜_終了", "受付時間 + 平日 + 開始 → 受付時間_平日_開始"]);
    expect(tuples(run.report, "unknown_header")).toEqual([[null, "受付時間_平日_開始", "unknown_header"], [null, "受付時間_平日_終了", "unknown_header"],
      [null, "受付時間_土曜_開始", "unknown_header"], [null, "受付時間_土曜_終了", "unknown_header"]]);
  });
});
