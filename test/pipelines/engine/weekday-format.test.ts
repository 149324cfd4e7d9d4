// A 曜日 column made of the date beside it (=A2) shown with Japanese Excel's `aaa` / `aaaa` (or `ddd` / `dddd`) format
// reads as the weekday Excel shows, not as the format's letters ("aaa").
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatKind } from "../../../pipelines/cell-values.ts";
import { weekdayFormat } from "../../../pipelines/weekday-format.ts";
import { runBytes } from "./helpers.ts";

/** 2024-04-01, a Monday, as a 1900-system serial */
const MONDAY = 45383;

describe("weekdayFormat", () => {
  it.each([["aaa", "月"], ["aaaa", "月曜日"], ["(aaa)", "(月)"], ["aaa\"曜\"", "月曜"], ["[$-411]aaaa", "月曜日"], ["ddd", "Mon"], ["dddd", "Monday"],
    ["aaa;@", "月"]])("%s shows 2024-04-01 as %s", (code, text) => expect(weekdayFormat(code, false)?.number(MONDAY)).toBe(text));

  it("counts the days of the week from each date system's start: Sunday 2024-03-31, Saturday 2024-04-06, and 2024-04-01 in 1904", () => {
    const aaa = weekdayFormat("aaa", false);
    expect([aaa?.number(MONDAY - 1), aaa?.number(MONDAY + 5), aaa?.number(MONDAY + 0.75)]).toEqual(["日", "土", "月"]);
    expect(weekdayFormat("aaa", true)?.number(MONDAY - 1462)).toBe("月");
  });

  it("a format that shows a date or a time besides the weekday is not one (m/d(aaa), dddd, mmmm dd, yyyy)", () => {
    expect(["m/d(aaa)", "yyyy/m/d aaa", "dddd, mmmm dd, yyyy", "aaa h:mm", "d", "dd", "General"].map((c) => weekdayFormat(c, false))).toEqual(
      [null, null, null, null, null, null, null]);
    expect([formatKind("m/d(aaa)"), formatKind("dd")]).toEqual(["date", "date"]);
  });
});

describe("a 曜日 column of dates shown as weekdays", () => {
  it("reads as the weekdays Excel shows, in the 1900 and the 1904 date systems", async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      if (date1904) wb.properties.date1904 = true;
      const ws = wb.addWorksheet("イベント");
      ws.addRow(["イベント名", "開始日", "曜日", "開始時間", "説明"]);
      ["aaa", "aaaa", "(aaa)", "ddd"].forEach((format, i) => {
        const day = new Date(Date.UTC(2024, 3, 1 + i));
        const row = ws.addRow([`講座${i + 1}`, day, { formula: `B${i + 2}`, result: day }, "10:00", "区民講座"]);
        row.getCell(2).numFmt = "yyyy/m/d";
        row.getCell(3).numFmt = format;
      });
      const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_event.xlsx");
      expect(rows.map((r) => [r.record.start_date, r.extra["曜日"]]), `date1904 ${date1904}`).toEqual([
        ["2024-04-01", "月"], ["2024-04-02", "火曜日"], ["2024-04-03", "(水)"], ["2024-04-04", "Thu"]]);
    }
  });
});
