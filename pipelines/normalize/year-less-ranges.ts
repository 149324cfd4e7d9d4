// A range of days written in one cell without its year (`4月1日～4月3日`, `4/1-4/3`, `4月1日(月)～3日(水)`,
// `12月28日～1月4日`, or consecutive days listed, `11月2日・3日`): its start and end go to the period's start and end columns in the year a single date without
// one would take (date-years.ts yearOfDay), the end in the next year where the range passes New Year. A weekday
// written beside either day must be that day's in that year, else nothing is read (and, where the file allows more
// than one year, it is the weekdays that choose). Where no year is settled the cell stays kept and said year_missing.
import type { DateYears } from "../date-years-of-file.ts";
import { yearOfDay } from "./date-years.ts";
import { hasIssueCode } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";
import { periodOfRecurrence, type RecurrencePeriod } from "./recurrence.ts";
import { listedDates, normalizeDate, WEEKDAY, weekdayMarksOf, weekdaysOfList, withKanjiDigits, withoutTimeAfter } from "./wareki.ts";

/** The first day of the range, a month and a day (`4月1日`, `4/1`), not a date with its year (`24/4/1`). */
const FIRST_DAY = /^(\d{1,2})\s*(?:月|\/)\s*(\d{1,2})(?![\d/.])\s*日?/;
/** What parts the two days (DATE_RANGE and DASH of wareki.ts), or the days of a list (LIST_SEPARATOR: 11月2日・3日). */
const BETWEEN = /～|~|〜|から|より|[-−‐‑–—―]|[・、,]/;
/** What parts the days of a list (11月2日・9日・16日). */
const LIST_SEPARATOR = /[・、,]/;
/** What normalizeDate says of a cell it read as days from one to another: a range, or a list of consecutive days. */
const SPLIT_CODES = ["date_range_split", "date_list_split"] as const;
/** Any leap year: a range that reads in it is a range of real days in some year (2月29日～3月1日). */
const LEAP_YEAR = 2024;

interface YearLessRange {
  /** the month of its first day, which decides a fiscal year's calendar year */
  month: number;
  /** the cell without its weekdays (NFKC, kanji digits); of a day that recurs, its period (`毎週土曜日（4月6日～9月28日）`) */
  text: string;
  /** what the cell writes around the period of a day that recurs (`毎週土曜日(`, `)`); else empty */
  around: readonly [string, string];
  /** the weekday written beside each day: a range's first and last, or each day of a list */
  weekdays: ReadonlyArray<string | undefined>;
  /** whether it lists days (11月2日・9日・16日) */
  listed: boolean;
}


/** The period of a day that recurs, also with the day's hours after it (`毎週土曜日（4月6日～9月28日） 10:00～12:00`): the
 *  hours are written after the period again. */
function recurrenceOf(whole: string): RecurrencePeriod | null {
  const found = periodOfRecurrence(whole);
  if (found !== null) return found;
  const dated = withoutTimeAfter(whole);
  const inDated = dated === whole ? null : periodOfRecurrence(dated);
  return inDated === null ? null : { ...inDated, after: `${inDated.after}${whole.slice(dated.length)}` };
}

/** The range a cell writes without its year; null when it is none or writes a day two weekdays. */
function yearLessRange(raw: string): YearLessRange | null {
  const whole = withKanjiDigits(raw.normalize("NFKC")).trim();
  const recurring = recurrenceOf(whole);
  const text = recurring?.period ?? whole;
  const first = FIRST_DAY.exec(text);
  const between = first === null ? -1 : text.slice(first[0].length).search(BETWEEN);
  if (first === null || between < 0) return null;
  const parted = first[0].length + between;
  const marks = weekdayMarksOf(text);
  const [before, after] = [marks.filter((m) => m.at < parted), marks.filter((m) => m.at >= parted)];
  // a list writes a weekday beside each of its days (11月2日(土)・9日(土)・16日(土)): the last is its last day's
  const listed = LIST_SEPARATOR.test(text.slice(parted, parted + 1));
  if (before.length > 1 || (after.length > 1 && !listed)) return null;
  return { month: Number(first[1]), text: text.replace(WEEKDAY, " ").trim(), listed, around: [recurring?.before ?? "", recurring?.after ?? ""],
    weekdays: listed ? weekdaysOfList(text) : [before[0]?.weekday, after.at(-1)?.weekday] };
}

/** Each day of a list in `year` with the weekday written beside it, so that a weekday of a day between the first and the
 *  last is checked too (11月2日(土)・9日(金)・16日(土)); null when the days do not read one by one. */
function daysOfList(range: YearLessRange, year: number) {
  const text = `${year}年${range.text}`;
  const dates = listedDates(text) ?? listedDates(withoutTimeAfter(text));
  return dates === null || dates.length !== range.weekdays.length ? null : dates.map((iso, n) => ({ iso, weekday: range.weekdays[n] }));
}

/** The range's first and last day in `year`, each with its weekday; null unless it reads as a range there. */
function daysOfRange(range: YearLessRange, year: number, row: number, field: string) {
  const at = { row, field };
  const inYear = `${range.around[0]}${year}年${range.text}${range.around[1]}`;
  const [start, end] = [normalizeDate(inYear, at, "start"), normalizeDate(inYear, at, "end")];
  if (start.value === null || end.value === null || !SPLIT_CODES.some((code) => hasIssueCode(start.issues, code))) return null;
  const ends = [{ iso: start.value, weekday: range.weekdays[0] }, { iso: end.value, weekday: range.weekdays.at(-1) }];
  return { days: (range.listed ? daysOfList(range, year) : null) ?? ends,
    said: [start.issues.map((i) => i.code), end.issues.map((i) => i.code)] };
}

/** Each cell of a period (開始日 with 終了日) that is a range without its year: read in the year the file gives or the
 *  weekdays choose, both ends where the other cell is empty, else its own end (開始日 `5/3～5/5` beside 終了日 `5/5`);
 *  or said year_missing (or that its weekday is not that year's) in place of unparseable_date. */
export function readYearLessRanges(r: RowRepair, pairs: ReadonlyArray<readonly [string, string]>, years: DateYears | undefined): void {
  // runs on every row: only a cell that did not read as a date may be such a range
  if (!hasIssueCode(r.issues, "unparseable_date")) return;
  for (const [start, end] of pairs) {
    for (const [key, other] of [[start, end], [end, start]] as const) {
      const raw = r.cells[key] ?? "";
      if (r.record[key] !== null || raw.trim() === "") continue;
      const unread = r.issues.findIndex((i) => i.field === key && i.code === "unparseable_date");
      const range = unread < 0 ? null : yearLessRange(raw);
      if (range === null || daysOfRange(range, LEAP_YEAR, r.row, key) === null) continue;
      r.issues.splice(unread, 1);
      const found = yearOfDay(start, range.month, (year) => daysOfRange(range, year, r.row, key)?.days ?? null, years);
      if (found.year === null) {
        r.problem(found.code, key, raw, found.detail);
        continue;
      }
      // the range's own issues (date_range_split, date_with_note for `4月27日～28日（予定）`), said of the cell as written
      const said = daysOfRange(range, found.year, r.row, key)?.said ?? [[], []];
      const fields = (r.cells[other] ?? "").trim() === "" ? [start, end] : [key];
      for (const field of fields) {
        const n = field === start ? 0 : 1;
        const { iso } = (n === 0 ? found.days[0] : found.days.at(-1)) as { iso: string };
        r.record[field] = iso;
        for (const code of said[n]) r.problem(code, field, raw);
        r.problem(found.code, field, raw, found.detail(iso));
      }
    }
  }
}
