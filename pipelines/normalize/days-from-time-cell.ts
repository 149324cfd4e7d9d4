// 利用可能曜日 from an hours cell that names its days first. A list with no 利用可能曜日 column whose 利用時間 writes
// `平日 8:00～17:00` kept 平日 only in the remarks with the cell, so apps filtering by the days never found the place. A
// plain days word before the hours (平日, 土日祝, 毎日, 月～金, 月・水・金, 年中無休 24時間) now gives the days, as the
// standard writes them, and so do the sets of a cell that gives each its own hours (`平日 9:00～17:00 土日 10:00～16:00`:
// all their days), and so do hours whose note names only the days it is closed on (`8:30～17:15（土日祝日・年末年始を除く）`:
// every other day), said once for the file (column_filled); a file with a days column of its own is left as it is.
import type { Issue } from "../issues.ts";
import { daySetsOf, daysOfSets, hoursWithDaysOff, setsBesideDaysOff } from "./day-sets.ts";
import { withoutNote } from "./notes.ts";
import type { RowRepair } from "./row-repair.ts";

/** A day, a month (8月) or a word for days in a note: it may name a day the sets do not (`（土曜は7:00～17:00）`). */
const NAMES_DAYS = /[月火水木金土日祝]|平日|休日/;
/** A note that only takes holidays or the year's end off the days (`（祝日・年末年始除く）`, `※祝日は休み`): no other day. */
const HOLIDAYS_OFF = /^[\s(（※]*(?:祝祭?日?|休日|年末年始|[・、,]|及び|と|\s)+(?:を|は)?\s*(?:除く|除き|休み?|休館|休業|閉庁|閉館)[\s)）。]*$/;

/** The sets of a cell with a note after them that names no day (`月～土 7:00～18:00（延長保育～19:00）`, `…※年末年始を除く`),
 *  or only takes holidays off them (`平日8:30～17:15（祝日・年末年始除く）`): they are all its days. A note of the days it is
 *  closed on after hours alone gives every other day (`8:30～17:15（土日祝日・年末年始を除く）` → 月火水木金, as AED lists
 *  write when the device can be used), and one of days off none of the listed days after them leaves those days
 *  (`月～金 9:00～17:00（土日祝日を除く）`); any other note that names a day (`（第3水曜日を除く）`) gives none. */
function setsBeforeNote(text: string): ReturnType<typeof daySetsOf> {
  const core = withoutNote(text);
  if (core === null || !text.startsWith(core)) return null;
  const note = text.slice(core.length);
  const sets = NAMES_DAYS.test(note) && !HOLIDAYS_OFF.test(note) ? setsBesideDaysOff(core.trim(), note) : daySetsOf(core.trim());
  const off = sets === null ? hoursWithDaysOff(core.trim(), note) : null;
  return off === null ? sets : [off];
}

/** The sets of days and their hours a cell is made of, with a note after them or not (read NFKC, in single spaces). */
export function setsOfHoursCell(cell: string): ReturnType<typeof daySetsOf> {
  const text = cell.normalize("NFKC").trim().replace(/\s+/g, " ");
  return daySetsOf(text) ?? setsBeforeNote(text);
}

/** What the time reader says of a cell that writes days beside its hours. */
const saysDays = (i: Issue) => i.field === "start_time" && (i.code === "time_with_note" || i.code === "hours_by_days");

/** 利用可能曜日 empty, in a file without its column, beside an hours cell made of days and their hours. */
export function daysFromTimeCell(r: RowRepair): void {
  if (r.cells.available_days !== undefined || r.record.available_days !== null || !r.issues.some(saysDays)) return;
  const cell = r.cells.start_time;
  const sets = cell === undefined ? null : setsOfHoursCell(cell);
  if (sets === null) return;
  const days = daysOfSets(sets);
  r.record.available_days = days;
  r.filled("days_from_time_cell", "available_days", days);
}
