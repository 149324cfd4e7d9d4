// A file's own 利用可能曜日 (診療曜日) written in words, lists or runs (`平日`, `月～金`, `月；火；水`, `月・水・金`, `毎日`):
// the standard writes the days one character each, `月火水木金`, and apps read them so. `平日` and `毎日` have 日 in them,
// so a check for Sunday found it open; `月～金` names no 火水木. Such a cell is written as the standard's days, the cell
// as written named in the info issue; any other text (a note beside the days, `第2土曜日`, `金～月`) is left as written.
import { detached } from "../issue-log.ts";
import { standardDaysOf } from "./day-sets.ts";
import type { RowRepair } from "./row-repair.ts";

/** Days as the standard writes them, or empty: nothing to do (the cheap test on most cells). */
const STANDARD = /^[月火水木金土日]*祝?$/;

/** A days column repeats a few cells on every row (`月～金` on each of 100,000): each is read once. Bounded, as a file of
 *  notes in its days column would fill it; past the bound a cell is read each time. */
const READ = new Map<string, string | null>();
const MAX_READ = 1024;

function standardDaysOnce(own: string): string | null {
  let days = READ.get(own);
  if (days !== undefined) return days;
  days = standardDaysOf(own);
  // a copy: the cell may be a slice that holds its whole decoded chunk alive
  if (READ.size < MAX_READ) READ.set(detached(own), days);
  return days;
}

/** The file's own days cell written in words, lists or runs, as the standard writes it. */
export function daysAsStandard(r: RowRepair): void {
  const own = r.record.available_days;
  if (r.cells.available_days === undefined || typeof own !== "string" || STANDARD.test(own)) return;
  const days = standardDaysOnce(own);
  if (days === null || days === "") return;
  r.record.available_days = days;
  r.problem("days_standardized", "available_days", own, days);
}
