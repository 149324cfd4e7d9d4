// A year-last date whose month and day may be either number (`4/1/2019`: 2019-04-01 or 2019-01-04, year-last-date.ts)
// is read as the file's as-of date (its name's `population_20190401`, a title's `平成31年4月1日現在`) when that is one of
// its two readings: a population table's 調査年月日 is that date, written as the spreadsheet wrote it.
import { withdrawIssue } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";

/** Each date cell of the row left unread for its order (date_order_unknown) read as the file's as-of date, when that
 *  is one of its readings; said (date_order_from_as_of). */
export function readDateOrderByAsOf(r: RowRepair, keys: readonly string[]): void {
  const { asOf } = r.context;
  if (asOf === undefined || r.issues.length === 0) return;
  for (const key of keys) {
    const unread = r.issues.find((i) => i.field === key && i.code === "date_order_unknown");
    if (unread === undefined || r.record[key] !== null || !(unread.detail ?? "").split("／").includes(asOf)) continue;
    r.record[key] = asOf;
    withdrawIssue(r, key, "date_order_unknown");
    r.problem("date_order_from_as_of", key, unread.value, asOf);
  }
}
