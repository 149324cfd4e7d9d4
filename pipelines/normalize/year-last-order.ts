// A year-last date whose month and day may be either number (`4/1/2019`: 2019-04-01 or 2019-01-04, year-last-date.ts;
// `4/1/24`, whose two-digit year partial-dates.ts reads first) is read as the file's as-of date (its name's `population_20190401`, a title's `平成31年4月1日現在`) when that is one of
// its two readings: a population table's 調査年月日 is that date, written as the spreadsheet wrote it.
import { withdrawIssue } from "./pair-repairs.ts";
import { isoDate } from "./wareki.ts";
import type { RowRepair } from "./row-repair.ts";

/** Each date cell of the row left unread for its order (date_order_unknown) read as the file's as-of date, when that
 *  is one of its readings; said (date_order_from_as_of). */
export function readDateOrderByAsOf(r: RowRepair, keys: readonly string[]): void {
  const { asOf } = r.context;
  if (asOf === undefined || r.issues.length === 0) return;
  for (const key of keys) {
    const unread = r.issues.find((i) => i.field === key && (i.code === "date_order_unknown" || i.code === "two_digit_year"));
    if (unread === undefined || r.record[key] !== null) continue;
    const readings = unread.code === "date_order_unknown" ? (unread.detail ?? "").split("／") : shortYearLastReadings(r.cells[key] ?? "");
    if (!readings.includes(asOf)) continue;
    r.record[key] = asOf;
    withdrawIssue(r, key, unread.code);
    r.problem("date_order_from_as_of", key, unread.value, asOf);
  }
}

/** A two-digit year last (`4/1/24`, which two_digit_year reads year first, 2004-01-24 or 令和4年1月24日): its readings
 *  as month/day/20YY and day/month/20YY. */
const SHORT_YEAR_LAST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{2})$/;
function shortYearLastReadings(cell: string): string[] {
  const m = SHORT_YEAR_LAST.exec(cell.normalize("NFKC").trim());
  if (m === null) return [];
  const [a, b, year] = [Number(m[1]), Number(m[3]), 2000 + Number(m[4])];
  return [isoDate(year, a, b), isoDate(year, b, a)].filter((iso): iso is string => iso !== null);
}
