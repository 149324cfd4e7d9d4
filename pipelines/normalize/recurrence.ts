// A day that comes again and again (毎週土曜日, 第2・第4日曜日, 毎月15日) names no one date of a start or an end; written
// with its period, in brackets (`毎週土曜日（4月6日～9月28日）`) or after a space or comma (`毎週土曜日 2024年4月6日～9月28日`,
// `毎月第2日曜日、令和6年4月14日～令和7年3月9日`), the period gives the start and the end (wareki.ts reads it).
import { HOURS_TO, TIME_OF_DAY } from "./clock.ts";
import { standardDaysOf } from "./day-sets.ts";
import { ERA_NAME_OR_LETTER } from "./eras.ts";

/** A day that recurs (毎週土曜日, 第2・第4日曜日, 毎月15日). */
const RECURRING = /毎週|隔週|毎月|毎日|毎年|第\s*[1-5一二三四五]\s*(?:[・、,]\s*第?\s*[1-5一二三四五]\s*)*[月火水木金土日]曜|[月火水木金土日]曜日?(?:ごと|毎)/;
/** Days of the week alone, with no 毎週 (`火曜日・金曜日`, `月～金`, `土日`, `平日`, `土曜日`): in a cell that writes no date, the
 *  days it is held on each week, as 毎週 would say; the days as the standard writes them, else null. */
const weekdaysAlone = (text: string): string | null => (text.length > 20 ? null : standardDaysOf(text));

/** A month and a day (4月1日, 4/1), which a period of such days would write. */
const MONTH_DAY = /\d{1,2}\s*[月/]\s*\d{1,2}/;
/** A day of a period: a month and a day, or a date with dots (R6.4.14). */
const DAY_OF_PERIOD = /\d{1,2}\s*[月/]\s*\d{1,2}|\d\.\d{1,2}\.\d{1,2}/;

/** A day that recurs with its period in brackets after it (`毎週土曜日（4月6日～9月28日）`, `第2土曜日(2024年4月13日～9月14日)`,
 *  its days' weekdays in brackets of their own): what comes before the period, the period, and the closing bracket. */
const RECURRENCE_THEN_PERIOD = /^(.*?\s*[(\[【〔])\s*((?:[^()\[\]【】〔〕]|\([^()]*\))*?\d(?:[^()\[\]【】〔〕]|\([^()]*\))*?)\s*([)\]】〕])\s*$/;
/** A date with its year (`2024年4月6日`, `令和6年…`, `R6.4.6`) where a period begins. */
const YEAR_FIRST = String.raw`${ERA_NAME_OR_LETTER}\.?\s*(?:元|\d)|\d{4}\s*[年/.-]`;
/** What parts a day that recurs from its period written after it without brackets: a space or a comma, nothing
 *  between the day and a date with its year (`毎週土曜日2024年4月6日～`, `…曜日令和6年…`), or nothing after a closing
 *  bracket (the day's hours, `毎週土曜日（10時～12時）2024年4月6日～`, or a note) before a date (NFKC). */
const BEFORE_PERIOD = new RegExp(String.raw`[\s、,]+|(?<=[日曜])(?=${YEAR_FIRST})|(?<=[)\]】〕])(?=${YEAR_FIRST}|\d{1,2}\s*[月/]\s*\d)`, "g");

/** The hours of a day (`10時～12時`, `13時から`, `正午～13時`, `18時～翌2時`, `10:00-12:00`, `午前10時から正午まで`), their
 *  times as a date cell writes them after its date (clock.ts TIME_OF_DAY, which wareki.ts TIME_AFTER reads too). */
const HOURS = String.raw`${TIME_OF_DAY}(?:\s*${HOURS_TO}\s*(?:(?:翌日?)?${TIME_OF_DAY}(?:\s*まで)?)?)?`;
/** The day's hours, bare or bracketed, where a period would begin (`毎週土曜日 10:00～12:00 2024年4月6日～`): they are
 *  the day's, and the period comes after them. */
const HOURS_FIRST = new RegExp(String.raw`^(?:\(\s*)?${TIME_OF_DAY}`);

export interface RecurrencePeriod { before: string; period: string; after: string }

/** The period of a day that recurs, written in brackets after it or after a space or comma, with what the cell writes
 *  before and after it; null when the cell is no such day (NFKC). The period may still be months only
 *  (`令和6年4月～9月`): only a period of whole days reads, whose first day may be an event's. */
export function periodOfRecurrence(nfkc: string): RecurrencePeriod | null {
  const m = RECURRENCE_THEN_PERIOD.exec(nfkc);
  if (m !== null && recursBefore(m[1], m[2])) return { before: m[1], period: m[2], after: m[3] };
  for (const separator of nfkc.matchAll(BEFORE_PERIOD)) {
    const end = separator.index + separator[0].length;
    const [before, period] = [nfkc.slice(0, end), nfkc.slice(end)];
    if (recursBefore(before, period) && !RECURRING.test(period) && !HOURS_FIRST.test(period)) return { before, period, after: "" };
  }
  return null;
}

/** Whether `before` writes only a day that recurs, and `period` the days of its period. */
const recursBefore = (before: string, period: string) => (RECURRING.test(before) || weekdaysBeforeRange(before, period))
  && !MONTH_DAY.test(before) && DAY_OF_PERIOD.test(period);

/** What a period runs from one day to another with (NFKC): `～`, `から`. */
const RANGE_MARK = /[~〜]|から/;
/** What parts the days from their period: a bracket opening it, or a space or comma. */
const OPENING = /[\s、,]*[(\[【〔]?\s*$/;

/** Whether `before` is days of the week alone, with no 毎週 (`火曜日・金曜日（`, `月～金 `, also with their hours:
 *  `平日 10:00～12:00（`), and `period` runs from one day to another: held on those days each week over it. A weekday
 *  before one date (`土曜日 2024年6月15日`) is that day's own, and no period. */
function weekdaysBeforeRange(before: string, period: string): boolean {
  if (!RANGE_MARK.test(period)) return false;
  const days = before.replace(OPENING, "");
  return weekdaysAlone(days) !== null || weekdaysAlone(HOURS_THEN_PERIOD.exec(before)?.[1] ?? "") !== null;
}

/** What a day that recurs writes before its period when the day's hours come first (`毎週土曜日10時～12時(`,
 *  `毎週土曜日 10:00~12:00(`, `毎週土曜日(10時~12時)(`, `毎週土曜日【10時~12時】`, `毎週土曜日 10:00~12:00 `, `毎週土曜日、10時~12時、`): the day,
 *  the hours (bare or bracketed), and the period's bracket or what parts the hours from a period without one. */
const HOURS_THEN_PERIOD = new RegExp(String.raw`^(.*?[日曜])[\s、,]*(?:[(\[【〔]\s*(${HOURS})\s*[)\]】〕]|(${HOURS}))\s*([(\[【〔]|[\s、,]*)$`);

/** A day that recurs with the day's hours before its period (`毎週土曜日10時～12時（4月6日～9月28日）`, `毎週土曜日
 *  10:00～12:00 2024年4月6日～9月28日`), written with the hours after the period (`毎週土曜日(4月6日～9月28日) 10時～12時`),
 *  the form whose time the date cell's time readers (wareki.ts timeInDateCell, rangeEndInDateCell) know; any other text
 *  as it is (NFKC). */
export function withHoursAfterPeriod(nfkc: string): string {
  const found = periodOfRecurrence(nfkc);
  const split = found === null ? null : HOURS_THEN_PERIOD.exec(found.before);
  if (found === null || split === null) return nfkc;
  return `${split[1]}${split[4] || " "}${found.period}${found.after} ${split[2] ?? split[3]}`;
}

/** A yearly event (毎年恒例) is held once in each year: no day of the row that comes again. */
const YEARLY = /毎年/g;

/** Whether a cell names a day that comes again within the row's period (毎週月曜日, 第2土曜日, 毎月15日), not a yearly
 *  event's habit (NFKC). */
export const namesRecurringDay = (nfkc: string) => (RECURRING.test(nfkc) && RECURRING.test(nfkc.replace(YEARLY, ""))) || severalWeekdaysWithHours(nfkc);

/** Whether a cell is two days of the week or more with their hours, no 毎週 (`火曜日・金曜日 10:00～11:00`, `平日 9時～17時`):
 *  held on each. One day (`土曜日 10:00～11:00`) may be a one-day event's own weekday, and says no more days. */
function severalWeekdaysWithHours(nfkc: string): boolean {
  const m = RECURRENCE_THEN_HOURS.exec(nfkc);
  return m !== null && (weekdaysAlone(m[1].trim())?.length ?? 0) > 1;
}

/** Whether a start's or end's cell writes only a day that recurs (毎週土曜日, or days of the week alone: 火曜日・金曜日), no
 *  date of a period. */
export const recursWithoutDay = (nfkc: string) => (RECURRING.test(nfkc) || weekdaysAlone(nfkc.trim()) !== null) && !MONTH_DAY.test(nfkc);

/** A note in brackets after the hours that names no number or time (`（祝日除く）`, `（雨天中止）`): it takes days out,
 *  never changes the hours (`（7月は13時まで）`, `（午後のみ）` would, and are not read past) (NFKC). */
const NOTE_OF_NO_TIME = String.raw`(?:\s*[(\[【〔][^()\[\]【】〔〕\d時午分朝夕夜]*[)\]】〕])?`;

/** A day that recurs with its hours after it, bare or bracketed (`毎週月曜日 10:00～12:00`, `毎月第2土曜日 13時から15時`,
 *  `毎週水曜日（10時～11時）`, `…から毎週月曜日、10:00～11:00`, `月～金（10:00～11:00）`): the day, and the hours as written (NFKC, weekdays out). */
const RECURRENCE_THEN_HOURS = new RegExp(String.raw`^(.*?[日曜月火水木金土祝])[\s、,]*(?:\(\s*)?(${TIME_OF_DAY}\s*${HOURS_TO}\s*(?:翌日?)?${TIME_OF_DAY})(?:\s*まで)?\s*\)?${NOTE_OF_NO_TIME}$`);

/** The hours of every day a cell's recurring day names, and the day without them (`毎週月曜日 10:00～12:00` → `毎週月曜日`
 *  and `10:00～12:00`; days of the week alone too: `火曜日・金曜日 10:00～11:00`), also after the date it recurs from
 *  (`2024年6月8日より毎月第2土曜日 13時から15時`); null when the cell is no such day with its hours, or its days are ones it is closed on (NFKC, weekdays out). */
export function hoursOfRecurrence(nfkc: string): { day: string; hours: string } | null {
  const m = RECURRENCE_THEN_HOURS.exec(nfkc);
  if (m === null) return null;
  const day = m[1].trim();
  if (!RECURRING.test(day) && weekdaysAlone(day) === null && startOfRecurrence(day) === null) return null;
  const recurs = (recursWithoutDay(day) && !NOT_HELD.test(day.replace(BRACKETED, ""))) || startOfRecurrence(day) !== null;
  return recurs ? { day, hours: m[2] } : null;
}

/** A start date, then the day that recurs from it (`令和6年6月3日から毎週月曜日`, `2024年6月3日～ 第2・第4土曜日`), its
 *  weekday already out (NFKC). */
const START_THEN_RECURRENCE = /^(.*\d\s*日?)\s*(?:から|より|以降|以後|~|〜)\s*[、,]?\s*(.+)$/;
/** Words that make the days ones it is closed or not held on (`毎週月曜日休館`, `毎週月曜日を除く`), outside brackets. */
const NOT_HELD = /休|中止|延期|廃止|閉|除|以外/;
const BRACKETED = /[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]/g;

/** The start date written before a day that recurs from it, as written; null when the cell is no such day alone, or
 *  its days are ones it is closed on. The period's end is not written, so there is no end date. */
export function startOfRecurrence(nfkc: string): string | null {
  const m = START_THEN_RECURRENCE.exec(nfkc);
  if (m === null || !recursWithoutDay(m[2]) || NOT_HELD.test(m[2].replace(BRACKETED, ""))) return null;
  return m[1];
}
