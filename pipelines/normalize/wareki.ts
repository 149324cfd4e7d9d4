// Dates → ISO 8601 `YYYY-MM-DD`: Japanese eras (令和6年1月1日, 令和元年, R6.1.1, 令6.4.1, H31/4/30, ㍻), Gregorian variants
// (2024/1/1, 2024.1.1, 2024年1月1日, 2019:11:25, 20240101), a weekday or time after the date, and Excel serials.
// Free text (`毎年11月に開催`, `4月頃`) → null + warning; an impossible date or one outside its era → null + error.
import type { IssueCode } from "../issues.ts";
import { HOURS_TO, TIME_OF_DAY } from "./clock.ts";
import { ERA_LETTER, ERA_NAME, ERA_WRITTEN, ERAS, type Era } from "./eras.ts";
import { type At, type Fixed, problem, problemAt } from "./fixed.ts";
import { jstDateTime } from "./iso-date-time.ts";
import { withoutNote } from "./notes.ts";
import { hoursOfRecurrence, periodOfRecurrence, recursWithoutDay, startOfRecurrence, withHoursAfterPeriod } from "./recurrence.ts";
import { cleanCell, MAX_TYPED_LENGTH, toHalfWidthAscii } from "./text.ts";
import { yearLastDate } from "./year-last-date.ts";
import type { Bound } from "./times.ts";

export { ERAS, type Era };

/** A weekday after a date, with or without a holiday mark: (土), (日曜日), (日・祝), (月祝), (祝), (振休). */
export const WEEKDAY = /\s*\((?:(?:月|火|水|木|金|土|日)(?:曜日?)?)?(?:[・･、,]?(?:祝日?|振休|振替休日|休日?))?\)\s*/g;
const WEEKDAY_MARK = /\(([月火水木金土日])/g;
const WEEKDAYS = "日月火水木金土";

/** The weekday of an ISO date, as a weekday mark writes it (月, 火 …). */
export function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** The weekdays a text writes after its dates ((月), (土・祝), (日曜日); not a note such as (月曜休館)), each with where
 *  its bracket starts (NFKC). */
export const weekdayMarksOf = (nfkc: string): Array<{ weekday: string; at: number }> => [...nfkc.matchAll(WEEKDAY)].flatMap((m) => {
  const weekday = /[月火水木金土日]/.exec(m[0])?.[0];
  return weekday === undefined ? [] : [{ weekday, at: m.index }];
});

/** The weekday a cell writes beside its one date, when it is not that date's (a list copied from last year). */
function weekdayMismatch(nfkc: string, iso: string): boolean {
  const marks = [...nfkc.matchAll(WEEKDAY_MARK)];
  return marks.length === 1 && weekdayOf(iso) !== marks[0][1];
}
/** "as of", which population tables write after their date: 令和6年4月1日現在, R6.4.1時点 */
/** What follows a date and leaves it the same: as of (現在, 時点). */
export const AS_OF = /\s*(?:現在|時点)$/;
/** Until (まで, 迄, まで有効: 有効期限 令和8年3月31日まで), which leaves an end column's date the same: any other column's date it
 *  is not (a start, a 許可年月日), so there the word stays and the cell reads as a date with a period word. */
export const UNTIL = /\s*(?:まで|迄)(?:有効)?$/;
/** Until written before the date (有効期間 `～令和9年5月31日`, a range with no start): in an end column, its date. */
const UNTIL_BEFORE = /^[~〜]\s*(?=\S)/;
/** A time after the date in one cell: 2024-07-20T10:00, 2024/7/20 10:00, 2024年5月3日、10:00, 2024年10月12日(土)18時30分 (the weekday gone),
 *  also after a note in brackets without digits (`2024年4月1日～3日（予定） 10:00～12:00`) or the bracket that closes
 *  the dates (`毎週土曜日（2024年4月6日～9月28日） 10:00～12:00`). Hours run to their end after `～` or `から`, or a dash
 *  (`2024年5月3日 10:00-12:00`, `…10:00ー12:00`), also from `正午`, and with seconds (`10:00:00-12:00:00`); a zone after the time is one only with `+` or Z
 *  (`15:00:00+09:00`): `10:00-12:00` and `10:00:00-12:00` would else read as 10:00 at UTC−12 and lose their end (an ISO
 *  date-time with T and its offset, `2024-05-03T10:00:00-05:00`, is read by iso-date-time.ts before this). */
const ZONE = String.raw`(?:(?<=:\d{2})\s*(?:Z|\+\d{2}:?\d{2}))?`;
const TIME_AFTER = new RegExp(String.raw`^(.*?\d日?(?:\s*\([^()\d]*\))?(?:\s*[)\]】〕])?)(?:T|\s*[、,]\s*|\s+|(?<=[日)\]】〕]))(${TIME_OF_DAY}${ZONE})(?:\s*${HOURS_TO}\s*(.*))?$`, "i");

/** A time after the date said by its word (`2024年12月22日（日）14:00開演（13:30開場）`, `…10時開始`, `…9:30集合`), as a
 *  time column reads it (times.ts: the show's time, not the doors'); the date part is group 1, the words from the time
 *  on group 2. Only words that open an event: what else follows a time is no time of it. */
const TIME_WORDS = "(?:開演|開始|開場|スタート|集合|受付開始|受付)";
const WORDED_TIME_AFTER = new RegExp(String.raw`^(.*?\d日?(?:\s*\([^()\d]*\))?)(?:\s*[、,]\s*|\s+|(?<=[日)]))`
  + String.raw`(${TIME_OF_DAY}\s*${TIME_WORDS}(?:\s*[(/、,・]?\s*${TIME_OF_DAY}\s*${TIME_WORDS}\s*\)?)?)$`);

/** A date cell without the time written after its date (`4月1日 10:00～12:00` → `4月1日`, `12月22日 14:00開演` →
 *  `12月22日`) (NFKC, weekdays already out). */
export const withoutTimeAfter = (nfkc: string): string => TIME_AFTER.exec(nfkc)?.[1] ?? WORDED_TIME_AFTER.exec(nfkc)?.[1] ?? nfkc;


/** A date cell as its time is read: NFKC, the hours of a day that recurs after its period, weekdays out. */
const dateCellText = (raw: string) => withHoursAfterPeriod(raw.normalize("NFKC")).replace(WEEKDAY, " ").trim();

/** The time written after the date in a date cell (`2024/11/3 10:00`, `…日18時30分`), as the cell has it; null when none. */
export function timeInDateCell(raw: string): string | null {
  // `2024-10-04T15:00:00Z`: the time in Japan, which the date cell is read in too
  const inJapan = jstDateTime(raw.normalize("NFKC"));
  if (inJapan !== null) return inJapan.time;
  const serial = serialTime(raw);
  if (serial !== null) return serial;
  const text = dateCellText(raw);
  return TIME_AFTER.exec(text)?.[2] ?? WORDED_TIME_AFTER.exec(text)?.[2] ?? null;
}

/** The hours after a day that recurs in a date cell (`毎週月曜日 10:00～12:00`, `令和6年6月3日（月）から毎週月曜日 10時～11時`),
 *  as the cell has them; null when it is no such day with its hours. */
export const hoursAfterRecurrence = (raw: string): string | null =>
  hoursOfRecurrence(raw.normalize("NFKC").replace(WEEKDAY, " ").trim())?.hours ?? null;

/** What the time after the date in a date cell runs to (`2024/4/1 10:00～12:00` → `12:00`, `…10:00～2024/4/3 12:00` →
 *  `2024/4/3 12:00`), as the cell has it; null when it is no range. */
export function rangeEndInDateCell(raw: string): string | null {
  // `2024-05-03T10:00-12:00` is 10:00 at UTC−12, as timeInDateCell reads it: no range
  if (jstDateTime(raw.normalize("NFKC")) !== null) return null;
  // `10時から12時まで`: the まで of an end is no part of it
  const end = TIME_AFTER.exec(dateCellText(raw))?.[3]?.replace(UNTIL, "");
  return end === undefined || end === "" ? null : end;
}
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const GREGORIAN = /^(\d{4})\s*(?:[-/.:]|年)\s*(\d{1,2})\s*(?:[-/.:]|月)\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** The era by its name, its letter, or its first kanji alone, as Excel's `gge.m.d` displays it (令6.4.1, 平31.4.30). */
const WAREKI = new RegExp(String.raw`^(${ERA_WRITTEN})\.?\s*(元|\d{1,2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$`, "i");
const SERIAL = /^(\d{3,5})(?:\.\d+)?$/;
/** Excel serials read as dates: 1901-01-01 … 2099-12-31, except 4-digit numbers that are years (1868–2100). */
const SERIAL_MIN = 367;
const SERIAL_MAX = 73050;
const SERIAL_WITH_TIME = /^(\d{3,5})\.(\d+)$/;

/** The time of day an Excel serial date-time carries in its fraction (`45383.375`, a date-time cell saved as a
 *  number: 2024-04-01 09:00), as `H:MM`; null for a cell that is no such serial (a year, `2024.5`, is none). */
function serialTime(raw: string): string | null {
  const m = SERIAL_WITH_TIME.exec(raw.normalize("NFKC").trim());
  if (m === null) return null;
  if (!isDateSerial(m[1])) return null;
  const minutes = Math.round(Number(`0.${m[2]}`) * 1440);
  return minutes >= 1440 ? null : `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Whether the whole part of a number (`45383` of `45383.375`) is an Excel serial read as a date: in SERIAL_MIN …
 *  SERIAL_MAX, and no 4-digit year (1868–2100). */
function isDateSerial(digits: string): boolean {
  const n = Number(digits);
  return !(digits.length === 4 && n >= 1868 && n <= 2100) && n >= SERIAL_MIN && n <= SERIAL_MAX;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The days of month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD`, or null when the month or day does not exist. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Excel's day count (1900 date system, with its fictitious 1900-02-29 = 60) → ISO date. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial === 60) return null;
  const base = serial > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return new Date(base + serial * 86_400_000).toISOString().slice(0, 10);
}

type Parsed = { iso: string; code: IssueCode | null } | { iso: null; code: IssueCode };

/** The era a date names by its name, its letter or its first kanji. */
export const eraOf = (written: string) => ERAS.find((e) => e.name === written || e.letter === written.toUpperCase() || e.name[0] === written);

function parseWareki(m: RegExpExecArray): Parsed {
  const era = eraOf(m[1]);
  const year = m[2] === "元" ? 1 : Number(m[2]);
  if (!era || year < 1) return { iso: null, code: "era_out_of_range" };
  const iso = isoDate(era.first + year - 1, Number(m[3]), Number(m[4]));
  if (iso === null) return { iso: null, code: "invalid_date" };
  if (iso < era.start || (era.end !== null && iso > era.end)) {
    // 平成31年5月1日, 令和元年4月30日, or a date to come on a form printed before the change (a permit's expiry 平成35年,
    // a plan's last year 平成40年): the year is plain, the era a slip
    const year = Number(iso.slice(0, 4));
    const near = iso < era.start ? year === Number(era.start.slice(0, 4)) : year <= Number((era.end as string).slice(0, 4)) + era.yearsPast;
    return near ? { iso, code: "era_boundary_date" } : { iso: null, code: "era_out_of_range" };
  }
  return { iso, code: "wareki_converted" };
}

const KANJI_DIGITS = "〇一二三四五六七八九";
/** A number in kanji before 年, 月 or 日 (令和六年十月一日, 昭和三十年, 二〇二四年): 十 counts tens, else digit by digit. */
const KANJI_NUMBER = /([〇零一二三四五六七八九十]+)(?=\s*[年月日])/g;

function kanjiNumber(kanji: string): string {
  const digit = (c: string | undefined) => (c === undefined || c === "" ? 0 : Math.max(0, KANJI_DIGITS.indexOf(c === "零" ? "〇" : c)));
  const ten = kanji.indexOf("十");
  if (ten < 0) return [...kanji].map((c) => digit(c)).join("");
  return String((ten === 0 ? 1 : digit(kanji[ten - 1])) * 10 + digit(kanji[ten + 1]));
}

/** A date written in kanji numerals, as formal notices write it, in digits. */
export const withKanjiDigits = (text: string) => (/[〇零一二三四五六七八九十]/.test(text) ? text.replace(KANJI_NUMBER, (_, k: string) => kanjiNumber(k)) : text);

/** A year written twice, in its era and in the Western calendar, one of them in brackets, as 文化財 lists and 教育委員会
 *  publications write it: 昭和37（1962）年2月1日, 1962（昭和37）年2月1日, 昭和37年(1962)2月1日, 1962年（昭和37年）2月1日 (NFKC). */
const ERA_THEN_YEAR = new RegExp(String.raw`^(${ERA_WRITTEN})\.?\s*(元|\d{1,2})\s*年?\s*\(\s*(\d{4})\s*年?\s*\)\s*年?\s*(\d.*)$`, "i");
const YEAR_THEN_ERA = new RegExp(String.raw`^(\d{4})\s*年?\s*\(\s*(${ERA_WRITTEN})\.?\s*(元|\d{1,2})\s*年?\s*\)\s*年?\s*(\d.*)$`, "i");

/** The two ways a date with its year written twice reads: in its era, and in the Western year; null when it is none. */
function yearWrittenTwice(s: string): { inEra: string; western: string } | null {
  const a = ERA_THEN_YEAR.exec(s);
  if (a !== null) return { inEra: `${a[1]}${a[2]}年${a[4]}`, western: `${a[3]}年${a[4]}` };
  const b = YEAR_THEN_ERA.exec(s);
  return b === null ? null : { inEra: `${b[2]}${b[3]}年${b[4]}`, western: `${b[1]}年${b[4]}` };
}

/** A date with its year written twice: read when the era's year and the Western year are the same year
 *  (date_years_disagree when not); null when the text is no such date. */
function parseYearTwice(s: string): Parsed | null {
  const twice = yearWrittenTwice(s);
  if (twice === null) return null;
  const [inEra, western] = [parseDate(twice.inEra), parseDate(twice.western)];
  if (western.iso === null) return western;
  if (inEra.iso === null) return inEra.code === "unparseable_date" ? inEra : { iso: null, code: "date_years_disagree" };
  return inEra.iso === western.iso ? inEra : { iso: null, code: "date_years_disagree" };
}

/** The two years of a date whose era's year and Western year disagree (`昭和37年＝1962年／1963年`), for its message. */
export function yearsWrittenTwice(text: string): string | undefined {
  const twice = yearWrittenTwice(text.normalize("NFKC").trim());
  const w = twice === null ? null : WAREKI.exec(twice.inEra);
  if (twice === null || w === null) return undefined;
  const era = ERAS.find((e) => e.name === w[1] || e.letter === w[1].toUpperCase() || e.name[0] === w[1]);
  if (era === undefined) return undefined;
  const year = w[2] === "元" ? 1 : Number(w[2]);
  return `${era.name}${w[2]}年＝${era.first + year - 1}年／${twice.western.slice(0, 4)}年`;
}

function parseDate(s: string): Parsed {
  if (ISO.test(s)) {
    const iso = isoDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
    return iso === null ? { iso: null, code: "invalid_date" } : { iso, code: null };
  }
  const g = GREGORIAN.exec(s) ?? COMPACT.exec(s);
  if (g) {
    const iso = isoDate(Number(g[1]), Number(g[2]), Number(g[3]));
    return iso === null ? { iso: null, code: "invalid_date" } : { iso, code: null };
  }
  const w = WAREKI.exec(s);
  if (w) return parseWareki(w);
  const yearLast = yearLastDate(s);
  if (yearLast?.kind === "read") {
    const iso = isoDate(yearLast.year, yearLast.month, yearLast.day);
    return iso === null ? { iso: null, code: "invalid_date" } : { iso, code: yearLast.order === "day_month" ? "date_day_month_year" : yearLast.order === "month_day" ? "date_month_day_year" : "date_reformatted" };
  }
  const serial = SERIAL.exec(s);
  if (serial) {
    const iso = isDateSerial(serial[1]) ? excelSerialToIso(Number(serial[1])) : null;
    if (iso !== null) return { iso, code: "excel_serial_date" };
  }
  if (s.includes("(")) return parseYearTwice(s) ?? { iso: null, code: "unparseable_date" };
  return { iso: null, code: "unparseable_date" };
}

/** Two dates in one cell: `2024/12/1～2024/12/3`, `令和6年12月1日から12月3日`, `…より…まで`, and a permit's period as the
 *  form writes it, `自 令和6年4月1日 至 令和12年3月31日` (on one line or two). */
const DATE_RANGE = /^(?:自\s*)?(.+?)\s*(?:～|~|〜|から|より|至)\s*(.+?)(?:まで|迄)?$/;

/** A hyphen or dash between two dates (`2024/04/18-2024/04/20`, `2024.4.18-20`, `令和6年4月1日－令和12年3月31日`,
 *  `R6.4.1-R12.3.31`). */
const DASH = /\s*[-−‐‑–—―]\s*/g;

/** The two sides of the first dash with a whole date before it: a hyphen may also part one date's year, month and day
 *  (`2024-04-01`, `R6-4-1`), where what comes before it is no date. An Excel serial is no date here. */
function datesAroundDash(text: string): [string, string] | null {
  for (const dash of text.matchAll(DASH)) {
    const before = text.slice(0, dash.index);
    const parsed = parseDate(before);
    if (parsed.iso !== null && parsed.code !== "excel_serial_date") return [before, text.slice(dash.index + dash[0].length)];
  }
  return null;
}

/** The second date of a range written without its era, in the first's (`令和6年4月1日～12年3月31日`, `R6.4.1-12.3.31`); an
 *  era-less 元年 that would fall before the first date in its era is the first year of the next era (`平成31年4月1日から
 *  元年5月1日まで`: 令和元年, the era changed in between). */
function inEraOf(first: string, second: string): string {
  const m = WAREKI.exec(first);
  if (m === null || parseDate(second).iso !== null) return second;
  const lent = `${m[1]}${second}`;
  if (!WAREKI.test(lent)) return second;
  const next = /^元/.test(second) ? ERAS[ERAS.indexOf(eraOf(m[1]) as Era) + 1] : undefined;
  const start = parseDate(first).iso;
  const read = parseDate(lent).iso;
  if (next === undefined || start === null || read === null || read >= start) return lent;
  const inNext = `${next.name}${second}`;
  const nextRead = parseDate(inNext).iso;
  return nextRead !== null && nextRead >= start ? inNext : lent;
}

/** The first or the second date of a range in one cell (the second may leave out its era, its year, or year and month),
 *  and whether that date was written in an era it is past (平成31年4月1日～平成37年3月31日); null unless both dates read,
 *  so the start and the end column take a range or neither does. */
function dateOfRange(text: string, bound: Bound): { iso: string; eraBoundary: boolean } | null {
  const m = DATE_RANGE.exec(text);
  const sides = m ? [m[1].trim(), m[2].trim()] : datesAroundDash(text);
  const first = sides ? parseDate(sides[0]).iso : null;
  if (sides === null || first === null) return null;
  const second = inEraOf(sides[0], sides[1]);
  const read = readAfter(second, first);
  // an end written without its year past New Year (`2024年12月28日～1月5日`) is in the next year; one with its year
  // before the start stays as written, for the date order check to name
  const last = read !== null && read < first && parseDate(second).iso === null ? laterDay(second, first) ?? read : read;
  if (last === null) return null;
  const eraBoundary = parseDate(bound === "start" ? sides[0] : second).code === "era_boundary_date";
  return { iso: bound === "start" ? first : last, eraBoundary };
}

/** A later date of a cell as written, else with the year (and month) of the date before it, `previous` (ISO): the end
 *  of `12月1日から3日`, a later day of `11月2日・3日`. */
function readAfter(text: string, previous: string): string | null {
  const [year, month] = previous.split("-");
  return parseDate(text).iso ?? parseDate(`${year}年${text}`).iso ?? parseDate(`${year}年${month}月${text}`).iso;
}

/** Days listed in one cell: `令和6年11月2日・3日`, `11月2日、9日、16日`, or one per line (Alt+Enter) (NFKC, weekdays already out). */
const LIST_SEPARATOR = /\s*[・、,\n]\s*/;

/** The day after an ISO date. */
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A later day of a list read after `previous`: as written, else with its year (and month), the next year past New
 *  Year (12月7日・1月11日). */
function laterDay(day: string, previous: string): string | null {
  const read = readAfter(day, previous);
  if (read === null || read > previous) return read;
  const nextYear = parseDate(`${Number(previous.slice(0, 4)) + 1}年${day}`).iso;
  return nextYear !== null && nextYear > previous ? nextYear : null;
}

/** Each day listed in one cell (`2024年11月2日・9日・16日` → 2024-11-02, 2024-11-09, 2024-11-16), each later one read with
 *  the year and month before it; null unless every day reads and they come in order (NFKC, weekdays already out). */
export function listedDates(text: string): string[] | null {
  const days = text.split(LIST_SEPARATOR).filter((d) => d !== "");
  if (days.length < 2) return null;
  const first = parseDate(days[0]).iso;
  if (first === null) return null;
  const dates = [first];
  for (const day of days.slice(1)) {
    const next = laterDay(day, dates[dates.length - 1]);
    if (next === null) return null;
    dates.push(next);
  }
  return dates;
}

/** The first and last of the days listed in one cell (listedDates); `consecutive`: each the day after the one before
 *  (11月2日・3日), so they make a range. */
function listedDays(text: string): { dates: string[]; first: string; last: string; consecutive: boolean } | null {
  const dates = listedDates(text);
  if (dates === null) return null;
  const consecutive = dates.every((iso, n) => n === 0 || iso === nextDay(dates[n - 1]));
  return { dates, first: dates[0], last: dates[dates.length - 1], consecutive };
}

/** What parts the days of a list, not inside a weekday's bracket (`(土・祝)`) (NFKC). */
const LIST_SEPARATOR_OUTSIDE_BRACKETS = /[・、,\n](?![^()]*\))/;

/** The weekday written beside each day of a list (`11月2日(土)・9日(土)・16日(土)`), undefined where none (NFKC). */
export const weekdaysOfList = (text: string) => text.split(LIST_SEPARATOR_OUTSIDE_BRACKETS).map((day) => weekdayMarksOf(day)[0]?.weekday);

/** Whether a weekday written beside a day of a list is not that day's (`2024年11月2日(土)・9日(金)`). */
function listWeekdayMismatch(written: string, dates: readonly string[]): boolean {
  const weekdays = weekdaysOfList(written);
  return weekdays.length === dates.length && dates.some((iso, n) => weekdays[n] !== undefined && weekdays[n] !== weekdayOf(iso));
}

/** A word after the date that says what happened on it (`平成2年4月1日指定`, `昭和45年3月1日 都指定`). Words of a period
 *  (から, 以降, 迄, 頃, 上旬 …) are no note: only a start column reads `…から` (the day it starts), only an end column `…迄`. */
const WORD_AFTER = /^(.*\d(?:\s*日)?)\s*([^\d～~〜]+|[~〜])$/;
const PERIOD_WORD = /から|より|以降|以後|以前|まで|迄|頃|ごろ|上旬|中旬|下旬|[~〜]/;
/** A unit right after a range's last number, which makes it a length (5年間, 3か月, 2週間), not a day; after its 日,
 *  間 (5日間). Not 月 after a 日 (5月31日月曜休館: the weekday of a note). */
const COUNTED_AFTER = /^(?:年|か年|ヶ年|カ年|か月|ヶ月|ヵ月|カ月|ケ月|箇月|月|週|時間|分)/;
const DAYS_COUNTED = /^間/;
/** Words that undo the date's meaning for its column (指定解除, 廃止, 延期, 中止): the date is not the thing's own. */
const UNDOING_WORD = /解除|廃止|取消|取り消|延期|中止|撤去|閉鎖|休止/;
/** The weather an event is called off or put off by (`雨天中止`, `荒天の場合は延期`, `雨天時は中止`): the date holds unless
 *  it comes, so the words are a note of the date, as `（雨天中止）` after a range is, not its undoing. Not once it came
 *  (`雨天中止となりました`, `雨天のため中止`). */
const WEATHER_CONDITION = /(?:雨天|荒天|悪天候|天候不良|雨)(?:時|の場合|の際|のとき|の時)?[はの、]?(?:中止|延期|順延)(?![とにし決済])/g;
const undoesDate = (text: string): boolean => UNDOING_WORD.test(text) && UNDOING_WORD.test(text.replace(WEATHER_CONDITION, ""));
/** Words right after a date or range, outside brackets, that exclude or close it (`12月28日～1月3日を除く毎日`, `5月1日～5日は
 *  休館`): the date is when the thing is not held or open, so it is no start or end of it. Said of something else first
 *  (`～5月31日 月曜休館`, `土日祝を除く`, `年末年始以外`), they close only part of the period, which is then read. */
const CLOSING_WORD = /^\s*(?:まで|迄)?\s*(?:を|は|が|、)?\s*お?(?:除く|除き|除いて|以外|休館|休業|休園|休室|休場|休み|閉館|閉園|閉場|運休|休講|休止|中止|延期)/;
/** A bracketed note that is only such a word (`（休館）`, `（中止）`, `（休館日）`); `（雨天中止）`, `（月曜休館）` are notes. */
const CLOSING_NOTE = /^\s*(?:[(\[【〔〈<]\s*(?:休館|休業|休園|閉館|閉園|休み|運休|休止|中止|延期)(?:日|中|期間)?\s*[)\]】〕〉>]|※\s*(?:休館|休業|休園|閉館|閉園|休み|運休|休止|中止|延期)(?:日|中|期間)?)\s*$/;
const OWN_BOUND_WORD: Readonly<Record<Bound, RegExp>> = { start: /^(?:から|より|以降|以後|~|〜)$/, end: /^(?:まで|迄)$/ };

/** The date of a cell that carries a note (`昭和45年3月1日（平成2年追加指定）`, `平成2年4月1日指定`), or a start
 *  column's `令和6年4月1日から`; null when the cell without its note is no date either, or only a number (an Excel
 *  serial is no date with a note). */
function dateWithNote(nfkc: string, bound: Bound | undefined): string | null {
  if (undoesDate(nfkc)) return null;
  const word = WORD_AFTER.exec(nfkc);
  const wordIsNote = word !== null && !CLOSING_WORD.test(word[2])
    && (!PERIOD_WORD.test(word[2]) || (bound !== undefined && OWN_BOUND_WORD[bound].test(word[2])));
  const core = withoutNote(nfkc) ?? (wordIsNote ? word[1] : null);
  if (core === null) return null;
  const parsed = parseDate(core.trim());
  return parsed.code === "excel_serial_date" ? null : parsed.iso;
}

/** What parts a date from the later dates written after it: a line, or on one line 、 , ; / (not a slashed date's own)
 *  or a space before the next date (`平成12年3月31日指定、平成20年3月1日追加指定`, `昭和37年2月1日 平成10年追加`). */
const LATER_DATES = new RegExp(String.raw`\s*[\n、,;]\s*|\s*\/\s*(?=\D)|\s+(?=(?:${ERA_NAME}|${ERA_LETTER}\s*)?\d)`);
/** A later year with its note only (`平成20年追加`, `2008年一部追加指定`): a note of the date before it, as a dated one is. */
const YEAR_WITH_NOTE = new RegExp(String.raw`^(?:${ERA_NAME}\s*(?:\d{1,2}|元)|\d{4})\s*年度?[^\d]+$`);
/** What a later date on the same line must say it did to be a note (a designation's 追加指定, 名称変更): on one line
 *  `2020年4月1日 2024年3月1日更新` is no first date and its note, but a list's later date, which 最終更新日 would be. */
const AMENDMENT = /追加|変更|指定替|編入/;

/** A date with later dates after it, each with its note (`昭和37年2月1日↵平成10年3月1日（追加指定）`, on one line
 *  `平成12年3月31日指定、平成20年追加`): the first, as `昭和37年2月1日（平成10年3月1日追加指定）` reads; null when a later
 *  part is a date without a note (which of two plain dates is the column's is not said), undoes it (`平成20年解除`) or is
 *  no date. */
function dateWithNotedLines(nfkc: string): string | null {
  const lines = nfkc.split(LATER_DATES);
  if (lines.length < 2) return null;
  const plain = parseDate(lines[0]);
  const first = plain.code === "excel_serial_date" ? null : plain.iso ?? dateWithNote(lines[0], undefined);
  if (first === null) return null;
  const oneLine = !nfkc.includes("\n");
  const isNote = (line: string) => parseDate(line).iso === null && (!oneLine || AMENDMENT.test(line))
    && (dateWithNote(line, undefined) !== null || (YEAR_WITH_NOTE.test(line) && !UNDOING_WORD.test(line)));
  return lines.slice(1).every(isNote) ? first : null;
}

/** The start's or the end's date of a range written with a note after it: in brackets or after ※
 *  (`2024年4月27日～4月28日（予定）`), or words without digits after the range's last date
 *  (`令和6年7月22日～8月30日の毎週月曜日`, `…8月30日まで毎週月曜日`); or of the period of a day that recurs
 *  (`毎週土曜日（4月6日～9月28日）`, `毎週土曜日 2024年4月6日～9月28日`). null unless both dates read; words of a period
 *  (頃, 上旬 …), that undo the dates (中止, 延期) or that exclude or close them (を除く, は休館, a bracket that is only
 *  （休館）) are no note, nor is more text with a digit (a second range). */
function rangeWithNote(nfkc: string, bound: Bound): ReturnType<typeof dateOfRange> {
  // the period may carry a note of its own (`毎週土曜日（4月6日～9月28日、祝日を除く）`)
  const period = periodOfRecurrence(nfkc);
  if (period !== null) return dateOfRange(period.period, bound) ?? rangeWithNote(period.period, bound);
  const bracketless = withoutNote(nfkc);
  if (bracketless !== null && CLOSING_NOTE.test(nfkc.slice(nfkc.indexOf(bracketless) + bracketless.length))) return null;
  const bracketed = bracketless === null ? null : dateOfRange(bracketless, bound);
  if (bracketed !== null) return bracketed;
  const text = bracketless ?? nfkc;
  const word = WORD_AFTER.exec(text);
  if (word === null || undoesDate(word[2]) || CLOSING_WORD.test(word[2])) return null;
  // the last number counts what follows it (`令和3年6月1日から5年間`, `6月3日から5日間`): a length, no day of the range
  if ((/日$/.test(word[1]) ? DAYS_COUNTED : COUNTED_AFTER).test(text.slice(word[1].length))) return null;
  const note = word[2].replace(/^\s*(?:まで|迄)/, "").trim();
  if (note === "" || PERIOD_WORD.test(note)) return null;
  return dateOfRange(word[1], bound);
}

/** The warning a range's date written past its era's end carries, as the date alone would. */
const eraBoundaryOf = (range: { eraBoundary: boolean }, at: At, raw: string) => (range.eraBoundary ? [problem("era_boundary_date", at, raw)] : []);

/** A date; `bound` (a start_/end_ column) also reads its own date of a range written in one cell. */
/** The month of an end-of-month date (`令和6年1月末日`, `2024年2月末現在`: monthly register figures as of its end). */
const MONTH_END = /((?:令和|平成|昭和|[RHS])\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月|\d{4}\s*年\s*\d{1,2}\s*月)\s*末日?/;

/** NFKC text with a month's end written as its last day (令和6年1月末日 → 令和6年1月31日, 令和6年2月末 → 令和6年2月29日). */
export function withMonthEnd(text: string): string {
  const m = MONTH_END.exec(text);
  const first = m === null ? null : normalizeDate(`${m[1]}1日`, { row: 0, field: "" }).value;
  if (m === null || first === null) return text;
  const [year, month] = first.split("-").map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${text.slice(0, m.index)}${m[1]}${last}日${text.slice(m.index + m[0].length)}`;
}

/** One weekday written before one date (`土曜日 2024年6月15日`, `(土)令和6年6月15日`, `土曜日(2024年6月15日)`, the bare
 *  character of a form's weekday column: `土 2024/6/15`), as a form prints it (NFKC): after it, where a date's weekday
 *  is read and checked. A weekday list (`火曜日・金曜日（…）`), 毎週, or a weekday before a period is a recurrence: not this. */
const WEEKDAY_BEFORE = /^(?:([月火水木金土日])(?:曜日?)?|\(([月火水木金土日])(?:曜日?)?\))[\s:]*(\()?(?=(?:\d|令和|平成|昭和|[RHS]\s*\d))/;

/** A weekday after a date's day without brackets (`2024/6/15 土`, `2024年6月15日土曜日`), at the end of the cell; not
 *  a day's count before one (`第1日曜日`). */
const BARE_WEEKDAY_AFTER = /((?:\d{1,2}日|[/.\-]\d{1,2}))\s*([月火水木金土日])(?:曜日?)?$/;

/** NFKC text with one weekday before its date moved after it (`土曜日 2024年6月15日` → `2024年6月15日(土)`, `土 6/15` →
 *  `6/15(土)`), or one after it put in brackets (`2024/6/15 土` → `2024/6/15(土)`); a date in brackets after the
 *  weekday comes out of them. */
export function withWeekdayAfter(text: string): string {
  const m = WEEKDAY_BEFORE.exec(text);
  if (m === null) return text.replace(BARE_WEEKDAY_AFTER, "$1($2)");
  const bracketed = m[3] !== undefined;
  // a period or days after it (`土曜日 2024年4月6日～9月28日`, `土曜日（…～…）`) are when the weekday recurs: not one date
  if ((bracketed && !text.endsWith(")")) || /[～~〜・、,]|から|まで/.test(withoutTimeAfter(text))) return text;
  return `${text.slice(m[0].length, bracketed ? -1 : undefined)}(${m[1] ?? m[2]})`;
}

export function normalizeDate(raw: string, at: At, bound?: Bound): Fixed<string | null> {
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  if (clean.value.length > MAX_TYPED_LENGTH) return { value: null, issues: [...issues, problem("unparseable_date", at, raw)] };
  const written = withWeekdayAfter(withMonthEnd(withKanjiDigits(clean.value.normalize("NFKC"))));
  const asOf = written.replace(WEEKDAY, " ").trim().replace(AS_OF, "");
  const nfkc = bound === "end" ? asOf.replace(UNTIL, "").replace(UNTIL_BEFORE, "") : asOf;
  const inJapan = jstDateTime(nfkc);
  if (inJapan !== null) {
    const said = inJapan.converted
      ? problemAt("date_time_to_jst", at.row, at.field, at.onlyCounts, raw, `${inJapan.date} ${inJapan.time}`)
      : problem("date_reformatted", at, raw);
    return { value: inJapan.date, issues: [...issues, said] };
  }
  const withoutTime = withoutTimeAfter(nfkc);
  const parsed = parseDate(withoutTime.trim());
  // a range, list or note with the day's hours after it (`4月1日～3日 10:00～12:00`): the dates read here from the
  // cell, else from the cell without its hours; the times by the record stage
  const withOrWithoutTime = <T>(read: (text: string) => T | null): T | null => read(nfkc) ?? (withoutTime === nfkc ? null : read(withoutTime));
  const plainRange = parsed.iso === null && bound !== undefined ? withOrWithoutTime((text) => dateOfRange(text, bound)) : null;
  // a range with a note after it (`2024年4月27日～4月28日（予定）`, `令和6年7月22日～8月30日の毎週月曜日`) is read
  // without the note, the cell kept in the remarks
  const notedRange = parsed.iso === null && bound !== undefined && plainRange === null
    ? withOrWithoutTime((text) => rangeWithNote(text, bound)) : null;
  if (notedRange !== null) {
    const split = [problem("date_range_split", at, raw), ...eraBoundaryOf(notedRange, at, raw), problem("date_with_note", at, raw)];
    return { value: notedRange.iso, issues: [...issues, ...split] };
  }
  if (plainRange !== null) return { value: plainRange.iso, issues: [...issues, problem("date_range_split", at, raw), ...eraBoundaryOf(plainRange, at, raw)] };
  const listed = parsed.iso === null && bound !== undefined ? withOrWithoutTime(listedDays) : null;
  if (listed !== null) {
    // separate days (11月2日・9日・16日) end on the last of them too, so that a list filtered on 開始日 ≤ today ≤ 終了日
    // keeps the event until its last day; date_list_days says the days between are no event days, and the cell is kept
    const code = bound === "end" && !listed.consecutive ? "date_list_days" : "date_list_split";
    // a weekday beside a day that is not its own is said of the cell's column, start or end (an end that reads its
    // start's cell leaves it to the start: normalize/index.ts SAID_BY_OTHER_CELL)
    const mismatch = listWeekdayMismatch(written, listed.dates) ? [problem("date_weekday_mismatch", at, raw)] : [];
    return { value: bound === "start" ? listed.first : listed.last, issues: [...issues, problem(code, at, raw), ...mismatch] };
  }
  // a day that recurs from a date (`令和6年6月3日から毎週月曜日`) starts on that date; its end is not written
  const recurringFrom = parsed.iso === null && bound === "start" ? startOfRecurrence(hoursOfRecurrence(nfkc)?.day ?? nfkc) : null;
  const from = recurringFrom === null ? null : parseDate(recurringFrom.trim());
  if (from?.iso != null && from.code !== "excel_serial_date") return { value: from.iso, issues: [...issues, problem("date_recurring_from", at, raw)] };
  const noted = parsed.iso === null ? withOrWithoutTime((text) => dateWithNote(text, bound)) : null;
  if (noted !== null) return { value: noted, issues: [...issues, problem("date_with_note", at, raw)] };
  const firstOfLines = parsed.iso === null && bound === undefined ? dateWithNotedLines(nfkc) : null;
  if (firstOfLines !== null) return { value: firstOfLines, issues: [...issues, problem("date_with_note", at, raw)] };
  if (parsed.code === "date_years_disagree") {
    return { value: null, issues: [...issues, problemAt(parsed.code, at.row, at.field, at.onlyCounts, raw, yearsWrittenTwice(withoutTime))] };
  }
  const yearLast = parsed.iso === null ? yearLastDate(withoutTime.trim()) : null;
  if (yearLast?.kind === "ambiguous") {
    const readings = [isoDate(yearLast.year, yearLast.first, yearLast.second), isoDate(yearLast.year, yearLast.second, yearLast.first)];
    return { value: null, issues: [...issues, problemAt("date_order_unknown", at.row, at.field, at.onlyCounts, raw, readings.join("／"))] };
  }
  if (parsed.iso === null) {
    const code = parsed.code === "unparseable_date" && bound !== undefined && recursWithoutDay(hoursOfRecurrence(nfkc)?.day ?? nfkc) ? "date_recurring" : parsed.code;
    return { value: null, issues: [...issues, problem(code, at, raw)] };
  }
  const code = parsed.code ?? (parsed.iso === clean.value ? null
    : parsed.iso === toHalfWidthAscii(clean.value) ? "full_width_converted" : "date_reformatted");
  if (code !== null) issues.push(problem(code, at, raw));
  if (written.length !== nfkc.length && weekdayMismatch(written, parsed.iso)) issues.push(problem("date_weekday_mismatch", at, raw));
  return { value: parsed.iso, issues };
}
