// A file's own 利用可能曜日 (診療曜日) written in words, lists or runs (`平日`, `月～金`, `月；火；水`, `月・水・金`, `毎日`):
// the standard writes the days one character each, `月火水木金`, and apps read them so. `平日` and `毎日` have 日 in them,
// so a check for Sunday found it open; `月～金` names no 火水木. Such a cell is written as the standard's days, the cell
// as written named in the info issue. Days with a note after them that only takes holidays or the year's end off, or
// names no day (`月～金（祝日を除く）`, `毎日（年末年始を除く）`), are those days too, the cell kept as written in the
// remarks (an app filtering by the days found none of them); so are every day but some (`日曜日を除く毎日`,
// `毎日（月曜日除く）`), the days it is closed on (`火曜日休館`) and days with のみ (`平日のみ`), and every day but days off
// named with the year's end (`土日祝日・年末年始を除く`: the cell kept in the remarks, as a note's); any other text
// (`第2土曜日`, a note that names a day) is left as written, said at info level. A days cell that gives the hours too
// (`平日8:30～17:15（祝日・年末年始除く）`, as AED lists write when to use the device) gives its days, and its times to
// empty time columns, the cell kept in 利用可能日時特記事項 (it was published as the days, which no app reads).
import { detached } from "../issue-log.ts";
import { daysAllBut, daysBeforeNote, daysOfSets, daysOpenByNote, standardDaysOf } from "./day-sets.ts";
import { setsOfHoursCell } from "./days-from-time-cell.ts";
import { keepInRemarks, keepText } from "./kept-cells.ts";
import type { RowRepair } from "./row-repair.ts";
import { normalizeTime } from "./times.ts";

/** Days as the standard writes them, or empty: nothing to do (the cheap test on most cells). */
const STANDARD = /^[月火水木金土日]*祝?$/;

/** A days column repeats a few cells on every row (`月～金` on each of 100,000): each is read once. Bounded, as a file of
 *  notes in its days column would fill it; past the bound a cell is read each time. */
const READ = new Map<string, Days | null>();
const MAX_READ = 1024;

/** The days a cell gives, and whether a note after them was left out. */
interface Days { days: string; noted: boolean }

function standardDaysOnce(own: string): Days | null {
  let days = READ.get(own);
  if (days !== undefined) return days;
  const plain = standardDaysOf(own) ?? daysAllBut(own);
  const noted = plain === null ? daysBeforeNote(own)?.days ?? daysOpenByNote(own) : null;
  days = plain !== null ? { days: plain, noted: false } : noted !== null ? { days: noted, noted: true } : null;
  // a copy: the cell may be a slice that holds its whole decoded chunk alive
  if (READ.size < MAX_READ) READ.set(detached(own), days);
  return days;
}

/** The file's own days cell written in words, lists or runs, as the standard writes it. */
export function daysAsStandard(r: RowRepair): void {
  const own = r.record.available_days;
  if (r.cells.available_days === undefined || typeof own !== "string" || STANDARD.test(own)) return;
  const read = standardDaysOnce(own);
  if (read === null || read.days === "") {
    // published as written, which no app reads as days: said, so the officer can write the days and move the rest
    if (read !== null || !daysWithHours(r, own)) r.problem("days_kept_as_written", "available_days", own);
    return;
  }
  r.record.available_days = read.days;
  if (!read.noted) {
    r.problem("days_standardized", "available_days", own, read.days);
    return;
  }
  // every dataset with the days has 利用可能日時特記事項 beside them
  if (r.dataset.columnByKey.has("availability_remarks")) keepText(r, "available_days", "availability_remarks", own.trim());
  r.problem("days_with_note", "available_days", own, read.days);
}

/** The time columns a days cell's hours go to, each with the end of the hours it takes. */
const TIME_COLUMNS = [["start_time", "start"], ["end_time", "end"]] as const;

/** A days cell made of days and their hours: the days as the standard writes them, the hours into empty time columns
 *  (as a time column reads the cell: a time the sets do not share is none), the cell kept in 利用可能日時特記事項; false
 *  for a cell that is not. */
function daysWithHours(r: RowRepair, own: string): boolean {
  if (!/\d/.test(own) || !r.dataset.columnByKey.has("availability_remarks")) return false;
  const sets = setsOfHoursCell(own);
  if (sets === null) return false;
  const days = daysOfSets(sets);
  r.record.available_days = days;
  const times = TIME_COLUMNS.map(([key, bound]) => {
    if (r.record[key] !== null || (r.cells[key] ?? "").trim() !== "" || !r.dataset.columnByKey.has(key)) return null;
    const time = normalizeTime(own, { row: r.row, field: key }, bound).value;
    if (time !== null) r.record[key] = time;
    return time;
  });
  keepInRemarks(r, "availability_remarks", own);
  r.problem("days_with_hours", "available_days", own, [days, ...times.map((t) => t ?? "")].join("\t"));
  return true;
}
