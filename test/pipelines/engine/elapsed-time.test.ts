// A closing time typed 24:00 or 26:00 in Excel is kept under an elapsed-hours format ([h]:mm:ss, built-in 46): the
// cell is read as Excel shows it, not as the clock time the whole days wrap to.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellFormats, elapsedText, formatKind } from "../../../pipelines/cell-values.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("elapsed-hours formats", () => {
  it.each([["[h]:mm", "elapsed"], ["[hh]:mm:ss", "elapsed_seconds"], ["[h]\"時間\"mm\"分\"", "elapsed"], ["h:mm", "time"], ["[mm]:ss", "time_seconds"]])(
    "%s → %s", (code, kind) => expect(formatKind(code)).toBe(kind));

  it("built-in 46 ([h]:mm:ss, which Excel gives a typed 24:00) is elapsed; 20 and 21 (h:mm, h:mm:ss) are clock times, 21 to the second", () => {
    const styles = `<styleSheet><cellXfs>${[46, 20, 21].map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`;
    expect(cellFormats(styles)).toEqual(["elapsed_seconds", "time", "time_seconds"]);
  });

  it.each([[0.375, "09:00"], [1, "24:00"], [1.0833333333333333, "26:00"], [1.5104166666666667, "36:15"], [0.3750115740740741, "09:00:01"]])(
    "%d days → %s", (serial, text) => expect(elapsedText(serial)).toBe(text));

  it.each([[0.3750115740740741, "09:00"], [1.0625046296296297, "25:30"], [0.3750000001, "09:00"], [1.0833217592592593, "25:59"]])(
    "%d days under [h]:mm (no seconds shown) → %s", (serial, text) => expect(elapsedText(serial, false)).toBe(text));

  it("a sum's stray second under [h]:mm (9:00:01, 25:30:04 shown 9:00, 25:30) reads to the minute with no issue of its own; [h]:mm:ss keeps it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["名称", "所在地_連結表記", "緯度", "経度", "設置位置", "開始時間", "終了時間"]);
    const times: Array<[number, number, string]> = [[0.3750115740740741, 0.75, "[h]:mm"], [0.375, 1.0625046296296297, "[h]:mm"],
      [0.3750115740740741, 0.75, "[h]:mm:ss"]];
    times.forEach(([start, end, format], i) => {
      const row = ws.addRow([`コンビニ${i + 1}`, `東京都新宿区西新宿${i + 1}-1`, 35.69, 139.7, "レジ横", start, end]);
      row.getCell(6).numFmt = format;
      row.getCell(7).numFmt = format;
    });
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time])).toEqual([["09:00", "18:00"], ["09:00", "01:30"], ["09:00", "18:00"]]);
    expect(report.issues.filter((i) => i.field === "start_time" || i.field === "end_time").map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[2, "end_time", "time_past_midnight", "25:30"], [3, "start_time", "time_seconds_rounded", "09:00:01"]]);
  });

  it("an AED's 24:00 and 26:00 closing times are read as typed and said, as the same text in a CSV is", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["名称", "所在地_連結表記", "緯度", "経度", "設置位置", "開始時間", "終了時間"]);
    const ends: Array<[number, string]> = [[1, "[h]:mm:ss"], [1.0833333333333333, "[h]:mm"], [17.25 / 24, "[h]:mm"]];
    ends.forEach(([end, format], i) => {
      const row = ws.addRow([`コンビニ${i + 1}`, `東京都新宿区西新宿${i + 1}-1`, 35.69, 139.7, "レジ横", 0.375, end]);
      row.getCell(6).numFmt = "h:mm";
      row.getCell(7).numFmt = format;
    });
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time])).toEqual([["09:00", "23:59"], ["09:00", "02:00"], ["09:00", "17:15"]]);
    expect(report.issues.filter((i) => i.field === "end_time").map((i) => [i.row, i.code, i.value]))
      .toEqual([[1, "hour_24", "24:00"], [2, "time_past_midnight", "26:00"]]);
    expect(tuples(report, "excel_serial_time")).toEqual([]);
  });
});
