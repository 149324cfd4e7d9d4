// A date cell shown as a year only (yyyy"年", ggge"年") gives the year Excel shows, not a date whose month and day the
// format hides: as a 年月 (yyyy"年"m"月") gives no day made up.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { formatKind, serialToIso } from "../../../pipelines/cell-values.ts";
import { runBytes } from "./helpers.ts";

describe("year-only date formats", () => {
  it.each([["yyyy\"年\"", "year"], ["[$-411]ggge\"年\"", "year"], ["yyyy", "year"], ["yyyy\"年\"m\"月\"", "month"], ["yyyy/m/d", "date"],
    ["m\"月\"d\"日\"", "date"], ["yyyy h:mm", "datetime"]])("%s → %s", (code, kind) => expect(formatKind(code)).toBe(kind));

  it.each([[43466, "2019"], [43617, "2019-06-01"]])("serial %d → %s (a month and day the format hides are the file's)",
    (serial, text) => expect(serialToIso(serial, "year")).toBe(text));

  it("in a date column, a year is no date: warned and kept, not published as 1 January; another column keeps the year", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("イベント");
    ws.addRow(["イベント名", "開始日", "終了日", "場所名称", "開始年"]);
    const row = ws.addRow(["品川宿まつり", new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 8, 2)), "品川区役所", new Date(Date.UTC(1990, 0, 1))]);
    row.getCell(2).numFmt = "yyyy\"年\"";
    row.getCell(3).numFmt = "yyyy/m/d";
    row.getCell(5).numFmt = "[$-411]ggge\"年\"";
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131091_event.xlsx");
    expect([rows[0].record.start_date, rows[0].record.end_date, rows[0].extra["開始年"]]).toEqual([null, "2024-09-02", "1990"]);
    expect(report.issues.filter((i) => i.code === "unparseable_date").map((i) => [i.row, i.field, i.value])).toEqual([[1, "start_date", "2024"]]);
  });
});
