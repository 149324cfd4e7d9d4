// 利用可能曜日 from an hours cell that names its days first. A list with no 利用可能曜日 column whose 利用時間 writes
// `平日 8:00～17:00` kept 平日 only in the remarks with the cell, so apps filtering by the days never found the place. A
// plain days word before the hours (平日, 土日祝, 毎日, 月～金, 月・水・金, 年中無休 24時間) now gives the days, as the
// standard writes them, and so do the sets of a cell that gives each its own hours (`平日 9:00～17:00 土日 10:00～16:00`:
// all their days), said once for the file (column_filled); a file with a days column of its own is left as it is.
import type { Issue } from "../issues.ts";
import { daySetsOf, daysOfSets } from "./day-sets.ts";
import type { RowRepair } from "./row-repair.ts";

/** What the time reader says of a cell that writes days beside its hours. */
const saysDays = (i: Issue) => i.field === "start_time" && (i.code === "time_with_note" || i.code === "hours_by_days");

/** 利用可能曜日 empty, in a file without its column, beside an hours cell made of days and their hours. */
export function daysFromTimeCell(r: RowRepair): void {
  if (r.cells.available_days !== undefined || r.record.available_days !== null || !r.issues.some(saysDays)) return;
  const cell = r.cells.start_time;
  const sets = cell === undefined ? null : daySetsOf(cell.normalize("NFKC").trim().replace(/\s+/g, " "));
  if (sets === null) return;
  const days = daysOfSets(sets);
  r.record.available_days = days;
  r.filled("days_from_time_cell", "available_days", days);
}
