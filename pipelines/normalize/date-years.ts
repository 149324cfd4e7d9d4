// Dates written without all of their year (partial-dates.ts), read with what the file says of its years
// (date-years-of-file.ts): a two-digit year as the column's or the file's other dates write theirs (2024/… → 20YY,
// R6.4.1 → 令和YY), a date without a year in its file's 年度 or the one year of its other dates. Each is said on its
// row with where the year came from. A date the file does not settle is not published but kept in its text column
// (keepUnread) and reported with the readings it has, so that no 0024-04-01 or 1924-04-01 is ever guessed.
import type { Dataset } from "../../schemas/dataset.ts";
import { kindOf } from "../../schemas/types.ts";
import type { DateYear, DateYears, YearForm } from "../date-years-of-file.ts";
import { type PartialDate, partialDate, readTwoDigitYear, twoReadings, WESTERN } from "./partial-dates.ts";
import { boundOf } from "./column-bounds.ts";
import type { RowRepair } from "./row-repair.ts";
import { isoDate } from "./wareki.ts";

/** How far past the other dates' last year a two-digit year may be read: `99/4/1` beside 2024/… is no 2099. */
const YEARS_AHEAD = 10;

/** Whether a two-digit year's reading is one the other dates make sure of: a 西暦 reading only where they are all of
 *  the 2000s (beside 1999/… `05/4/1` may be 1905 or 2005), and never more than YEARS_AHEAD past the last of them. */
function withinYears(iso: string, form: YearForm): boolean {
  const year = Number(iso.slice(0, 4));
  if (form.form === WESTERN && form.earliest < 2000) return false;
  return form.latest === -Infinity || year <= form.latest + YEARS_AHEAD;
}

const DATE_KEYS = new WeakMap<Dataset, readonly string[]>();

/** The dataset's date columns. */
export function dateKeysOf(dataset: Dataset): readonly string[] {
  let found = DATE_KEYS.get(dataset);
  if (found === undefined) {
    found = dataset.columns.filter((c) => kindOf(c.type) === "date").map((c) => c.key);
    DATE_KEYS.set(dataset, found);
  }
  return found;
}

const STARTS = new WeakMap<ReadonlyArray<readonly [string, string]>, ReadonlyMap<string, string>>();

/** The start of each end date of the plan's date pairs (開始日 of 終了日). */
export function startsOf(pairs: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, string> {
  let found = STARTS.get(pairs);
  if (found === undefined) {
    found = new Map(pairs.map(([start, end]) => [end, start]));
    STARTS.set(pairs, found);
  }
  return found;
}

/** Each date cell of the row that did not read for want of its year, read with the file's years or reported.
 *  `startOf`: the start of an end date (開始日 of 終了日), whose year an end without one takes (endYearFromStart). */
export function readPartialDates(r: RowRepair, keys: readonly string[], years: DateYears | undefined, startOf: ReadonlyMap<string, string>): void {
  if (r.issues.length === 0) return;
  for (const key of keys) {
    const raw = r.cells[key];
    if (r.record[key] !== null || raw === undefined) continue;
    const unread = r.issues.findIndex((i) => i.field === key && i.code === "unparseable_date");
    if (unread < 0) continue;
    const date = partialDate(raw, boundOf(key));
    if (date === null) continue;
    const start = startOf.get(key);
    // an end without a year after a start that has one is its start's year, or the next (endYearFromStart)
    if (date.kind === "no_year" && start !== undefined && typeof r.record[start] === "string") continue;
    r.issues.splice(unread, 1);
    if (date.kind === "two_digit") readTwoDigit(r, key, raw, date, years?.forms[key]);
    else readWithoutYear(r, key, raw, date, years?.years[key]);
  }
}

/** A two-digit year read in the form the column's or the file's other dates write, when they make sure of it. */
function readTwoDigit(r: RowRepair, key: string, raw: string, date: PartialDate & { kind: "two_digit" }, form: YearForm | undefined): void {
  const at = { row: r.row, field: key, onlyCounts: r.context.onlyCounts };
  const read = form === undefined ? null : readTwoDigitYear(date, form.form, at);
  if (form === undefined || read === null || !withinYears(read, form)) {
    r.problem("two_digit_year", key, raw, twoReadings(date, at));
    return;
  }
  r.record[key] = read;
  r.problem("two_digit_year_read", key, raw, `${read}（${form.form}：「${form.seen}」）`);
}

/** A date without a year in the year the file gives: in a fiscal year, January to March are the next calendar year. */
function readWithoutYear(r: RowRepair, key: string, raw: string, date: PartialDate & { kind: "no_year" }, year: DateYear | undefined): void {
  const iso = year === undefined ? null : isoDate(year.fiscal && date.month < 4 ? year.year + 1 : year.year, date.month, date.day);
  // no year given, or 2/29 in a year without one
  if (year === undefined || iso === null) {
    r.problem("year_missing", key, raw);
    return;
  }
  r.record[key] = iso;
  r.problem("date_year_taken", key, raw, `${iso}（${year.fiscal ? `${year.year}年度：` : ""}「${year.seen}」）`);
}
