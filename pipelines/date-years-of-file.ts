// What a file says of the years of its dates, told once from its title rows, its name and the head of its date columns:
// how its dates write a year (for one written with two digits, `24/4/1`: 西暦 when the others write 2024/…, 令和 when
// they write R6.4.1), and the year of its dates written without one (`4月1日`): a 年度 or year of its title (令和6年度イベント一覧)
// or the one year the other dates of its column's period (開始日 and 終了日) are in; failing those, the years such a date
// may be in, which a weekday written beside it tells apart (an as-of date of the title, 令和6年4月1日現在, and the year
// after it, as is a title's date alone, イベント一覧（令和6年4月1日）, unless it is the file's update day; or the years of the
// period's other dates). The record stage reads such dates with it (normalize/date-years.ts).
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { expandCells } from "./coordinate-pair.ts";
import { asOfDate, bareTitleDate } from "./as-of.ts";
import { boundOf } from "./normalize/column-bounds.ts";
import type { ColumnPlan } from "./headers.ts";
import { partialDate, WESTERN, yearFormOf } from "./normalize/partial-dates.ts";
import { eraOf, normalizeDate } from "./normalize/wareki.ts";

export interface DateYears {
  /** how each date column's other cells write their year ("西暦" or an era's name), and a cell that does; a column
   *  whose cells say nothing takes the file's, and none is here when its cells write both ways */
  forms: Readonly<Record<string, YearForm>>;
  /** by date column, the year of a date written without one: a fiscal year's (April to March) or a calendar year's,
   *  and where the file says it (its title, or a date of the column's own period in its rows) */
  years: Readonly<Record<string, DateYear>>;
  /** by date column the file gives no year above, the years a date without one may be in: only a weekday written
   *  beside it (1月10日(金)) tells which, when it is of one of them only */
  candidates: Readonly<Record<string, CandidateYears>>;
  /** by date column, where the title's year and the column's own dates disagree (a 令和6年度 title above dates all
   *  of 令和7年度, a title copied from last year's list): what each says, and no year is taken from either */
  disagreements?: Readonly<Record<string, string>>;
  /** a title's date alone (イベント一覧（令和6年4月1日）) whose year and the next a date column's dates without one
   *  (in its head) may be in, as an as-of date's: said once for the file (years_from_title_date), by the first such column */
  titleDate?: TitleDate;
}

export interface TitleDate {
  iso: string;
  seen: string;
  key: string;
}

export interface CandidateYears {
  years: readonly number[];
  /** what says so: the title with the as-of date, or the earliest and the latest date of the period's cells */
  seen: readonly string[];
}

export interface DateYear {
  year: number;
  fiscal: boolean;
  seen: string;
}

/** The year a title names: a fiscal year (令和6年度, R6年度, 2024年度) or a calendar year (2024年 イベント一覧, 令和6年の
 *  催し), not the year of a date (令和6年4月1日現在, 2024年12月) (NFKC). */
const TITLE_YEAR = /(?:(令和|平成|R|H)\s*(元|\d{1,2})|(?<!\d)(\d{4}))\s*年(度)?(?!\s*\d{1,2}\s*月)/i;

/** The year the first title that names one names, whether it is a fiscal year, and the title; or undefined. */
function yearOfTitles(texts: readonly string[]): DateYear | undefined {
  for (const text of texts) {
    const m = TITLE_YEAR.exec(text.normalize("NFKC"));
    if (m === null) continue;
    const era = m[1] === undefined ? undefined : eraOf(m[1])?.first;
    const year = era === undefined ? Number(m[3]) : era + (m[2] === "元" ? 1 : Number(m[2])) - 1;
    return { year, fiscal: m[4] !== undefined, seen: text.trim() };
  }
  return undefined;
}

/** How cells write their years: "西暦" or an era's name, a cell that does, and the first and last year they are in. */
export interface YearForm {
  form: string;
  seen: string;
  earliest: number;
  latest: number;
}

/** The one form of a set of cells' years; undefined when none writes a year or they differ. */
function oneForm(cells: readonly string[]): YearForm | undefined {
  let found: YearForm | undefined;
  for (const cell of cells) {
    const form = cell.trim() === "" ? null : yearFormOf(cell);
    if (form === null) continue;
    if (found !== undefined && found.form !== form) return undefined;
    // a range or a noted date (2024年4月1日～4月3日) does not read alone: its 西暦 is its first four digits
    const iso = normalizeDate(cell, { row: 0, field: "date" }).value;
    const leading = /^\d{4}/.exec(cell.normalize("NFKC").trim())?.[0];
    const year = iso !== null ? Number(iso.slice(0, 4)) : form === WESTERN && leading !== undefined ? Number(leading) : null;
    found ??= { form, seen: cell.trim(), earliest: year ?? Infinity, latest: year ?? -Infinity };
    if (year !== null) [found.earliest, found.latest] = [Math.min(found.earliest, year), Math.max(found.latest, year)];
  }
  return found;
}

interface FullDate {
  iso: string;
  cell: string;
}

/** The cells that read as a date with its year, a period's both ends (令和6年12月28日～令和7年1月5日: a list of
 *  年末年始 events says its years so as often as by a day alone). */
const fullDatesOf = (cells: readonly string[]): FullDate[] => cells.flatMap((cell) => {
  if (cell.trim() === "" || partialDate(cell) !== null) return [];
  const iso = normalizeDate(cell, { row: 0, field: "date" }).value;
  if (iso !== null) return [{ iso, cell: cell.trim() }];
  const ends = (["start", "end"] as const).map((bound) => normalizeDate(cell, { row: 0, field: "date" }, bound).value);
  return ends.flatMap((end) => (end === null ? [] : [{ iso: end, cell: cell.trim() }]));
});

/** The one calendar year of the full dates, else their one fiscal year, with a cell; undefined otherwise. */
function yearOfRows(dates: readonly FullDate[]): DateYear | undefined {
  if (dates.length === 0) return undefined;
  const years = new Set(dates.map((d) => Number(d.iso.slice(0, 4))));
  if (years.size === 1) return { year: [...years][0], fiscal: false, seen: dates[0].cell };
  const fiscal = new Set(dates.map((d) => Number(d.iso.slice(0, 4)) - (Number(d.iso.slice(5, 7)) < 4 ? 1 : 0)));
  return fiscal.size === 1 ? { year: [...fiscal][0], fiscal: true, seen: dates[0].cell } : undefined;
}

/** The most years apart a period's dates may be for a date without a year among them to be in one of their years: a
 *  list of this year's and last year's events, not an archive of many years. */
const YEARS_SPREAD = 2;

/** The years from the earliest of the full dates to the latest, when they are in more than one and few; with the two
 *  cells. */
function yearsOfRows(dates: readonly FullDate[]): CandidateYears | undefined {
  if (dates.length === 0) return undefined;
  const byIso = [...dates].sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const [first, last] = [byIso[0], byIso[byIso.length - 1]];
  const [from, to] = [Number(first.iso.slice(0, 4)), Number(last.iso.slice(0, 4))];
  if (from === to || to - from > YEARS_SPREAD) return undefined;
  return { years: Array.from({ length: to - from + 1 }, (_, n) => from + n), seen: [first.cell, last.cell] };
}

/** The year of the date the title says its list is as of (令和6年4月1日現在, 2024年4月1日時点) and the next: a list as
 *  of a day holds dates either side of it. */
function yearsOfAsOf(titles: readonly string[]): CandidateYears | undefined {
  for (const title of titles) {
    const asOf = asOfDate([title]);
    if (asOf === undefined) continue;
    const year = Number(asOf.slice(0, 4));
    return { years: [year, year + 1], seen: [title.trim()] };
  }
  return undefined;
}

/** The date a title gives alone (イベント一覧（令和6年4月1日）, 令和6年4月1日 イベント情報), the list's day as an as-of date
 *  is, and its year and the next; not the file's own day (令和6年2月5日更新, 作成日：…) or a period's end, nor one of
 *  two dates: the title dates a population table's figures are of (as-of.ts bareTitleDate) are these. */
function yearsOfTitleDate(titles: readonly string[]): { may: CandidateYears; iso: string } | undefined {
  const iso = bareTitleDate(titles);
  const seen = iso === undefined ? undefined : titles.find((title) => bareTitleDate([title]) === iso);
  if (iso === undefined || seen === undefined) return undefined;
  const year = Number(iso.slice(0, 4));
  return { may: { years: [year, year + 1], seen: [seen.trim()] }, iso };
}

/** What the file says of its dates' years, from the cells above its header, its name and the head of the file (a
 *  partial date further on reads by it too); undefined when it has no date column. A date alone is taken from the
 *  cells above the header only: a file name's is as often the day it was made. */
export function dateYearsOfFile(plan: Pick<ColumnPlan, "keys" | "pairAt">, titles: readonly string[], fileName: string,
  rows: ReadonlyArray<readonly string[]>, dataset: Dataset): DateYears | undefined {
  const dates = plan.keys.flatMap((key, i) => (key !== null && dataset.columnByKey.has(key) && kindOf(dataset.columnByKey.get(key)!.type) === "date" ? [[key, i] as const] : []));
  if (dates.length === 0) return undefined;
  const cut = rows.map((cells) => (plan.pairAt === undefined ? cells : expandCells(cells, plan.pairAt)));
  const cellsAt = (i: number) => cut.map((cells) => cells[i] ?? "");
  const all = dates.flatMap(([, i]) => cellsAt(i));
  const file = oneForm(all);
  const forms: Record<string, YearForm> = {};
  for (const [key, i] of dates) {
    const form = oneForm(cellsAt(i)) ?? file;
    if (form !== undefined) forms[key] = form;
  }
  const named = [...titles, fileName];
  const title = yearOfTitles(named);
  const asOf = yearsOfAsOf(named);
  const titleDate = asOf === undefined ? yearsOfTitleDate(titles) : undefined;
  let saidTitleDate: TitleDate | undefined;
  const years: Record<string, DateYear> = {};
  const candidates: Record<string, CandidateYears> = {};
  const disagreements: Record<string, string> = {};
  for (const [key, at] of dates) {
    // a date's year is its own period's (開始日 with 終了日): an event's 8月1日 does not take the year of when it was
    // posted (掲載開始日 2024-12-01) or of a permit's date
    const own = fullDatesOf(dates.filter(([other]) => periodOf(other) === periodOf(key)).flatMap(([, i]) => cellsAt(i)));
    const outside = title === undefined ? undefined : titleDisagrees(title, own);
    if (title !== undefined && outside !== undefined) {
      disagreements[key] = `${whereTitleSays(title)}、この列の日付「${outside.cell}」（${outside.iso}）`;
      continue;
    }
    const year = title ?? yearOfRows(own);
    if (year !== undefined) years[key] = year;
    const may = year === undefined ? asOf ?? yearsOfRows(own) ?? titleDate?.may : undefined;
    if (may !== undefined) candidates[key] = may;
    if (may !== undefined && may === titleDate?.may && saidTitleDate === undefined && cellsAt(at).some((cell) => partialDate(cell)?.kind === "no_year")) {
      saidTitleDate = { iso: titleDate.iso, seen: titleDate.may.seen[0], key };
    }
  }
  return { forms, years, candidates, ...(Object.keys(disagreements).length > 0 ? { disagreements } : {}),
    ...(saidTitleDate === undefined ? {} : { titleDate: saidTitleDate }) };
}

/** Whether a day is in the year a title names: a fiscal year runs from April to the next March. */
function inTitleYear(title: DateYear, iso: string): boolean {
  if (!title.fiscal) return Number(iso.slice(0, 4)) === title.year;
  return iso >= `${title.year}-04-01` && iso <= `${title.year + 1}-03-31`;
}

/** A date of the column's own period when none of them is in the title's year (a title left from last year's list);
 *  undefined when some are, or there are none. */
function titleDisagrees(title: DateYear, own: readonly FullDate[]): FullDate | undefined {
  return own.length > 0 && !own.some((d) => inTitleYear(title, d.iso)) ? own[0] : undefined;
}

const whereTitleSays = (title: DateYear) => `表題「${title.seen}」は${title.year}年${title.fiscal ? `度（${title.year}年4月～${title.year + 1}年3月）` : ""}`;

/** The period a date column is one end of, named by its start (`end_date` → `start_date`); a date of no period, itself. */
const periodOf = (key: string): string => (boundOf(key) === "end" ? key.replace(/(^|_)end(_|$)/, "$1start$2") : key);
