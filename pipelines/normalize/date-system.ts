// A number in a date column of a workbook saved in the 1904 date system (old Mac Excel, `<workbookPr date1904="1">`):
// the cell normalizer reads a serial as Excel's usual 1900 system counts it (wareki.ts excelSerialToIso), which for
// such a workbook is 4 years and 1 day early (43921 is 2020-03-31 there, 2024-04-01 here). Each such date of the row is
// counted from 1904-01-01 instead; its excel_serial_date warning names the date read. The file says the system once
// (run.ts date_system_1904).
import type { RowRepair } from "./row-repair.ts";

/** The days from the 1900 system's day 0 (1899-12-30) to the 1904 system's (1904-01-01). */
const DAYS_1900_TO_1904 = 1462;

/** A 1900-system date as the same serial reads in the 1904 system. */
export function dateIn1904(iso1900: string): string {
  return new Date(Date.parse(`${iso1900}T00:00:00Z`) + DAYS_1900_TO_1904 * 86_400_000).toISOString().slice(0, 10);
}

/** Each date of the row read from an Excel serial, counted in the 1904 system. */
export function readSerialsOf1904(r: RowRepair, keys: readonly string[]): void {
  if (r.issues.length === 0) return;
  for (const key of keys) {
    const value = r.record[key];
    if (typeof value !== "string") continue;
    const said = r.issues.findIndex((i) => i.field === key && i.code === "excel_serial_date");
    if (said < 0) continue;
    const iso = dateIn1904(value);
    r.record[key] = iso;
    r.issues.splice(said, 1);
    r.problem("excel_serial_date", key, r.cells[key] ?? null, iso);
  }
}
