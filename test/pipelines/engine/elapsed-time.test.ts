// A closing time typed 24:00 or 26:00 in Excel is kept under an elapsed-hours format ([h]:mm:ss, built-in 46): the
// cell is read as Excel shows it, not as the clock time the whole days wrap to.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellFormats, elapsedText, formatKind, minutesText } from "../../../pipelines/cell-values.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("elapsed-hours formats", () => {
  it.each([["[h]:mm", "elapsed"], ["[hh]:mm:ss", "elapsed_seconds"], ["[h]\"時間\"mm\"分\"", "elapsed"], ["h:mm", "time"], ["[mm]:ss", "minutes_seconds"], ["mm:ss", "minutes_seconds"], ["m:ss.0", "minutes_seconds"]])(
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

// before: a cell under mm:ss (built-in 45, or written so) was read as a time of day: a talk's length 12:30 (12 minutes
// 30 seconds) gave 00:12:30, and an end of 45:00 (45 minutes) was published as 終了時間 00:45, only warned as before its start
describe("minutes-and-seconds formats: a length of time, no time of day", () => {
  it("built-in 45 (mm:ss) and 47 (mmss.0) are minutes and seconds; 21 (h:mm:ss) a clock time", () => {
    const styles = `<styleSheet><cellXfs>${[45, 47, 21].map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`;
    expect(cellFormats(styles)).toEqual(["minutes_seconds", "minutes_seconds", "time_seconds"]);
  });

  it.each([[750 / 86400, "12分30秒"], [45 / 1440, "45分"], [30 / 86400, "30秒"], [0, "0分"], [65 / 1440, "1時間5分"], [3600 / 86400, "1時間"]])(
    "%d days → %s", (serial, text) => expect(minutesText(serial)).toBe(text));

  it("in a text column (所要時間) is the length in words; in a time column it is no time: left empty and kept, as such words in a CSV are", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("イベント");
    ws.addRow(["イベント名", "開始日", "終了日", "開始時間", "終了時間", "所要時間", "場所"]);
    const day = new Date(Date.UTC(2024, 4, 1));
    ws.addRow(["講座A", day, day, 10 / 24, 11.5 / 24, 90 / 1440, "新宿区役所"]);
    ws.addRow(["講座B", day, day, 10 / 24, 45 / 1440, 750 / 86400, "新宿区役所"]);
    for (const at of ["D2", "E2", "D3"]) ws.getCell(at).numFmt = "h:mm";
    ws.getCell("F2").numFmt = "[h]:mm";
    for (const at of ["E3", "F3"]) ws.getCell(at).numFmt = "mm:ss";
    for (const at of ["B2", "C2", "B3", "C3"]) ws.getCell(at).numFmt = "yyyy/m/d";
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_event.xlsx");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.duration, r.record.schedule_remarks, r.valid]))
      .toEqual([["10:00", "11:30", "01:30", null, true], ["10:00", null, "12分30秒", "45分", true]]);
    expect(report.issues.filter((i) => i.field === "end_time").map((i) => [i.row, i.code, i.value])).toEqual([[2, "unparseable_time", "45分"]]);
  });
});
