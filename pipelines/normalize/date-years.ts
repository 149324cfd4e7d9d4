// Dates written without all of their year (partial-dates.ts), read with what the file says of its years
// (date-years-of-file.ts): a two-digit year as the column's or the file's other dates write theirs (2024/… → 20YY,
// R6.4.1 → 令和YY), a date without a year in its file's 年度 or the one year of its other dates, else in the one year
// of those the file allows (an as-of date's and the next) that its weekday fits (1月10日(金)). Each is said on its
// row with where the year came from. A date the file does not settle is not published but kept in its text column
// (keepUnread) and reported with the readings it has, so that no 0024-04-01 or 1924-04-01 is ever guessed.
import type { Dataset } from "../../schemas/dataset.ts";
import type { IssueCode } from "../issues.ts";
import { kindOf } from "../../schemas/types.ts";
import type { CandidateYears, DateYear, DateYears, YearForm } from "../date-years-of-file.ts";
import { type PartialDate, partialDate, readTwoDigitYear, twoReadings, WESTERN } from "./partial-dates.ts";
import { boundOf } from "./column-bounds.ts";
import type { RowRepair } from "./row-repair.ts";
import { daysInMonth, isoDate, normalizeDate, weekdayMarksOf, weekdayOf, withWeekdayAfter } from "./wareki.ts";
import { ERA_NAME_OR_LETTER } from "./eras.ts";

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
    if (date === null) {
      if (!saySpan(r, key, raw, unread)) sayDateHistory(r, key, raw, unread);
      continue;
    }
    const start = startOf.get(key);
    // an end without a year after a start that has one is its start's year, or the next (endYearFromStart)
    if (date.kind === "no_year" && start !== undefined && typeof r.record[start] === "string") continue;
    r.issues.splice(unread, 1);
    if (date.kind === "two_digit") readTwoDigit(r, key, raw, date, years?.forms[key]);
    else readWithoutYear(r, key, raw, date, years);
  }
}

/** A fiscal year and no day (令和6年度, 2024年度中, R6年度内), as a list of plans writes when the day is not fixed. */
const FISCAL_YEAR_ONLY = new RegExp(String.raw`^(${ERA_NAME_OR_LETTER}\.?\s*(?:元|\d{1,2})|\d{4})\s*年度\s*(?:中|内|末まで|以内|予定|頃|ごろ)?$`, "i");

/** A year and month and no day (最終更新日 `2023年12月`, 指定年月日 `昭和63年10月`, `2023/12`). */
const MONTH_ONLY = new RegExp(String.raw`^(${ERA_NAME_OR_LETTER}\.?\s*(?:元|\d{1,2})|\d{4})\s*(?:年|[/.-])\s*(\d{1,2})\s*月?\s*(?:頃|ごろ|中)?$`, "i");

/** A date cell that names a span and no day: how its first day is written (for normalizeDate, which reads the era), and
 *  its last day from the first's year and month. */
interface Span {
  code: IssueCode;
  pattern: RegExp;
  firstDay: (m: RegExpExecArray) => string;
  lastDay: (year: number, month: number) => string | null;
}

const SPANS: readonly Span[] = [
  { code: "date_fiscal_year_only", pattern: FISCAL_YEAR_ONLY, firstDay: (m) => `${m[1]}年4月1日`, lastDay: (year) => `${year + 1}-03-31` },
  { code: "date_month_only", pattern: MONTH_ONLY, firstDay: (m) => `${m[1]}年${m[2]}月1日`,
    lastDay: (year, month) => isoDate(year, month, daysInMonth(year, month)) },
];

/** A date cell that gives a fiscal year or a month only: still no date (which day is not known), said with the span's
 *  first and last day in place of unparseable_date, which called it no date at all. */
function saySpan(r: RowRepair, key: string, raw: string, unread: number): boolean {
  const text = raw.normalize("NFKC").trim();
  for (const span of SPANS) {
    const m = span.pattern.exec(text);
    const first = m === null ? null : normalizeDate(span.firstDay(m), { row: r.row, field: key }).value;
    if (typeof first !== "string") continue;
    r.issues.splice(unread, 1);
    r.problem(span.code, key, raw, `${first}\t${span.lastDay(Number(first.slice(0, 4)), Number(first.slice(5, 7)))}`);
    return true;
  }
  return false;
}

/** A whole date written in a cell among others (`大正15年4月標識昭和27年4月1日史跡指定…平成8年3月18日史跡指定（種別変更）`). */
const WHOLE_DATE = new RegExp(String.raw`(?:${ERA_NAME_OR_LETTER}\s*(?:元|\d{1,2})|\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`, "gi");

const PERIOD_WORDS = /[～~〜]|から|より|至|まで|迄/;
const HISTORY_WORDS = /指定|標識|変更|登録|解除|認定|選定|追加/;

/** A cell of a history, several dates with what each was (a 史跡's 標識, 指定, 種別変更): which is the column's date the
 *  cell does not say, so it stays empty and kept, said with the dates it holds in place of unparseable_date. */
function sayDateHistory(r: RowRepair, key: string, raw: string, unread: number): void {
  const nfkc = raw.normalize("NFKC");
  // a period (令和3年6月1日～令和9年5月31日) is read by the repairs after this one; a history says what each date was
  if (PERIOD_WORDS.test(nfkc) || !HISTORY_WORDS.test(nfkc)) return;
  const dates = [...nfkc.matchAll(WHOLE_DATE)].map((m) => normalizeDate(m[0].replace(/\s/g, ""), { row: r.row, field: key }).value)
    .filter((d): d is string => typeof d === "string");
  if (dates.length < 2) return;
  r.issues.splice(unread, 1);
  r.problem("date_history", key, raw, dates.join("、"));
}

/** A two-digit year (or 元年, an era's first) read in the form the column's or the file's other dates write, when they
 *  make sure of it. */
function readTwoDigit(r: RowRepair, key: string, raw: string, date: PartialDate & { kind: "two_digit" }, form: YearForm | undefined): void {
  const at = { row: r.row, field: key, onlyCounts: r.context.onlyCounts };
  const read = form === undefined ? null : readTwoDigitYear(date, form.form, at);
  if (form === undefined || read === null || !withinYears(read, form)) {
    if (date.eraFirst) r.problem("era_first_year_unknown", key, raw);
    else r.problem("two_digit_year", key, raw, twoReadings(date, at));
    return;
  }
  r.record[key] = read;
  if (date.eraFirst) r.problem("era_first_year_read", key, raw, `${form.form}元年\t${read}\t${form.seen}`);
  else r.problem("two_digit_year_read", key, raw, `${read}（${form.form}：「${form.seen}」）`);
}

/** A day written without its year, read in a calendar year: each of its dates (a range has two) with the weekday the
 *  cell writes beside it; null when that year has no such day (2/29). */
export type DaysInYear = (year: number) => Days | null;

type Days = ReadonlyArray<{ iso: string; weekday?: string }>;

/** The year of a day written without one, its dates read in it, and the issue that says where the year came from (the
 *  detail of each date); or, when the file does not settle it, null with the issue that says why. */
export type YearOfDay =
  | { year: number; days: Days; code: "date_year_taken" | "date_year_from_weekday"; detail: (iso: string) => string }
  | { year: null; code: "year_missing" | "date_year_weekday_mismatch" | "date_year_title_disagrees"; detail?: string };

/** Where a year the file gives is said: `2024年度：「令和6年度イベント一覧」`. */
const whereSaid = (year: DateYear) => `${year.fiscal ? `${year.year}年度：` : ""}「${year.seen}」`;
const whereAllowed = (may: CandidateYears) => may.seen.map((seen) => `「${seen}」`).join("～");

/** Whether each date's written weekday, where it has one, is its own. */
const weekdaysFit = (days: Days) => days.every((d) => d.weekday === undefined || weekdayOf(d.iso) === d.weekday);

/** The year of a day of `month` written without one in column `key`: the year the file gives (in a fiscal year, January
 *  to March are the next), unless a weekday written beside it is not that year's; else the one year of those the file
 *  allows that its weekdays fit. A weekday that fits none or several of them settles nothing: no year is guessed. */
export function yearOfDay(key: string, month: number, daysIn: DaysInYear, years: DateYears | undefined): YearOfDay {
  const given = years?.years[key];
  if (given !== undefined) {
    const year = given.fiscal && month < 4 ? given.year + 1 : given.year;
    const days = daysIn(year);
    if (days === null) return { year: null, code: "year_missing" };
    const wrong = days.find((d) => !weekdaysFit([d]));
    if (wrong !== undefined) return { year: null, code: "date_year_weekday_mismatch", detail: `${wrong.iso}（${weekdayOf(wrong.iso)}曜日、書かれた曜日は${wrong.weekday}曜日、${whereSaid(given)}）` };
    return { year, days, code: "date_year_taken", detail: (iso) => `${iso}（${whereSaid(given)}）` };
  }
  const disagreement = years?.disagreements?.[key];
  if (disagreement !== undefined) return { year: null, code: "date_year_title_disagrees", detail: disagreement };
  const may = years?.candidates[key];
  const fitting = (may?.years ?? []).flatMap((year) => {
    const days = daysIn(year);
    return days !== null && days.some((d) => d.weekday !== undefined) && weekdaysFit(days) ? [{ year, days }] : [];
  });
  if (may === undefined || fitting.length !== 1) return { year: null, code: "year_missing" };
  const [{ year, days }] = fitting;
  const written = days.flatMap((d) => (d.weekday === undefined ? [] : [`${d.weekday}曜日`])).join("・");
  return { year, days, code: "date_year_from_weekday",
    detail: (iso) => `${iso}（${written}が合うのは${may.years.join("年・")}年のうち${year}年だけ、${whereAllowed(may)}）` };
}

/** The one weekday a cell writes beside its date (after it or before it: `土 6/15`); undefined when none or several. */
function oneWeekdayOf(raw: string): string | undefined {
  const marks = weekdayMarksOf(withWeekdayAfter(raw.normalize("NFKC")));
  return marks.length === 1 ? marks[0].weekday : undefined;
}

/** A date without a year in the year the file gives, or the one its weekday fits (yearOfDay). */
function readWithoutYear(r: RowRepair, key: string, raw: string, date: PartialDate & { kind: "no_year" }, years: DateYears | undefined): void {
  const weekday = oneWeekdayOf(raw);
  const found = yearOfDay(key, date.month, (year) => {
    const iso = isoDate(year, date.month, date.day);
    return iso === null ? null : [{ iso, weekday }];
  }, years);
  if (found.year === null) {
    r.problem(found.code, key, raw, found.detail);
    return;
  }
  const { iso } = found.days[0];
  r.record[key] = iso;
  r.problem(found.code, key, raw, found.detail(iso));
}
