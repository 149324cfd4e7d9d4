// A day that comes again and again (毎週土曜日, 第2・第4日曜日, 毎月15日) names no one date of a start or an end; written
// with its period, in brackets (`毎週土曜日（4月6日～9月28日）`) or after a space or comma (`毎週土曜日 2024年4月6日～9月28日`,
// `毎月第2日曜日、令和6年4月14日～令和7年3月9日`), the period gives the start and the end (wareki.ts reads it).

/** A day that recurs (毎週土曜日, 第2・第4日曜日, 毎月15日). */
const RECURRING = /毎週|隔週|毎月|毎日|毎年|第\s*[1-5一二三四五]\s*(?:[・、,]\s*第?\s*[1-5一二三四五]\s*)*[月火水木金土日]曜|[月火水木金土日]曜日?(?:ごと|毎)/;
/** A month and a day (4月1日, 4/1), which a period of such days would write. */
const MONTH_DAY = /\d{1,2}\s*[月/]\s*\d{1,2}/;
/** A day of a period: a month and a day, or a date with dots (R6.4.14). */
const DAY_OF_PERIOD = /\d{1,2}\s*[月/]\s*\d{1,2}|\d\.\d{1,2}\.\d{1,2}/;

/** A day that recurs with its period in brackets after it (`毎週土曜日（4月6日～9月28日）`, `第2土曜日(2024年4月13日～9月14日)`,
 *  its days' weekdays in brackets of their own): what comes before the period, the period, and the closing bracket. */
const RECURRENCE_THEN_PERIOD = /^(.*?\s*[(\[【〔])\s*((?:[^()\[\]【】〔〕]|\([^()]*\))*?\d(?:[^()\[\]【】〔〕]|\([^()]*\))*?)\s*([)\]】〕])\s*$/;
/** What parts a day that recurs from its period written after it without brackets: a space or a comma, or nothing
 *  between the day and a date with its year (`毎週土曜日2024年4月6日～`, `…曜日令和6年…`) (NFKC). */
const BEFORE_PERIOD = /[\s、,]+|(?<=[日曜])(?=(?:明治|大正|昭和|平成|令和|[MTSHR])\.?\s*(?:元|\d)|\d{4}\s*[年/.-])/g;

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
    if (recursBefore(before, period) && !RECURRING.test(period)) return { before, period, after: "" };
  }
  return null;
}

/** Whether `before` writes only a day that recurs, and `period` the days of its period. */
const recursBefore = (before: string, period: string) => RECURRING.test(before) && !MONTH_DAY.test(before) && DAY_OF_PERIOD.test(period);

/** Whether a start's or end's cell writes only a day that recurs (毎週土曜日), no date of a period. */
export const recursWithoutDay = (nfkc: string) => RECURRING.test(nfkc) && !MONTH_DAY.test(nfkc);
