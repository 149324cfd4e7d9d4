// A workbook saved in the 1904 date system (old Mac Excel, workbookPr date1904="1") counts its serials from 1904-01-01:
// a number in a date column (43921 under General) is 2024-04-01 there, not the 1900 system's 2020-03-31.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dateIn1904 } from "../../../pipelines/normalize/date-system.ts";
import { runBytes } from "./helpers.ts";

/** An event list whose 開始日/終了日 hold serials: General numbers on the first row, yyyy/m/d cells on the second. */
async function eventBook(date1904: boolean, first: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("イベント");
  ws.addRow(["イベント名", "開始日", "終了日", "開始時間", "説明"]);
  ws.addRow(["親子料理教室", first, first + 1, "10:00", "区民センター"]);
  const formatted = ws.addRow(["防災講座", first, first, "13:30", "区役所"]);
  formatted.getCell(2).numFmt = "yyyy/m/d";
  formatted.getCell(3).numFmt = "yyyy/m/d";
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe("a workbook in the 1904 date system", () => {
  it("counts a serial from 1904-01-01: 1462 days after the 1900 system's date", () => {
    expect([dateIn1904("2020-03-31"), dateIn1904("2024-02-28")]).toEqual(["2024-04-01", "2028-02-29"]);
  });

  it("reads a General number in a date column as its 1904 date, as its date-formatted cells, and says the system once", async () => {
    // 2024-04-01 is 43921 in the 1904 system (45383 in the 1900 one)
    const { report, rows } = await runBytes(await eventBook(true, 43921), "131041_event.xlsx");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date, r.valid])).toEqual([
      ["2024-04-01", "2024-04-02", true], ["2024-04-01", "2024-04-01", true]]);
    const serials = report.issues.filter((i) => i.code === "excel_serial_date");
    expect(serials.map((i) => [i.row, i.field, i.value, i.severity])).toEqual([
      [1, "start_date", "43921", "warning"], [1, "end_date", "43922", "warning"]]);
    expect(serials[0].message_ja).toContain("1904年日付システムで数えて2024-04-01");
    expect(serials[0].message_en).toContain("1904 date system: 2024-04-01");
    const said = report.issues.filter((i) => i.code === "date_system_1904");
    expect(said.map((i) => [i.row, i.severity])).toEqual([[null, "info"]]);
    expect(said[0].message_ja).toContain("1904年1月1日から数えて");
  });

  it("leaves a 1900 workbook's serials as they were read", async () => {
    const { report, rows } = await runBytes(await eventBook(false, 45383), "131041_event.xlsx");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date])).toEqual([["2024-04-01", "2024-04-02"], ["2024-04-01", "2024-04-01"]]);
    expect(report.issues.some((i) => i.code === "date_system_1904")).toBe(false);
    expect(report.issues.find((i) => i.code === "excel_serial_date")?.message_ja).not.toContain("1904");
  });
});
