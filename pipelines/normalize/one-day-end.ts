// An event's end date when the row gives none. Apps filter on 開始日 <= today <= 終了日, so a row without 終了日 drops
// out of them; the old 推奨 definition requires 終了日 (reference §3.12). A list headed 開催日 (開催期間, 開催日時) with no
// end column gives each event's one day: its end is that day, said once for the file. An empty 終了日 beside a filled
// 開始日 is the officer's to fill (the event may run longer): warned, not filled. A row whose times, 開始日時特記事項 or
// 備考 name a day that recurs (開催時間 `毎週月曜日 10:00～12:00`) or more days (`（最終日は15:00まで）`, `月2回`) is held
// on more days than its first: no end is made.
import { type DateTimePair, isEmptyCell, withdrawIssue } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";
import { namesRecurringDay } from "./recurrence.ts";
import { plainWords } from "./text.ts";

/** An end date written as the start's own day (終了日 `同日`, `当日`, `同じ`), NFKC without spaces: the start date. */
const SAME_DAY = /^(?:同日|当日|同じ|同日中)$/;

/** Headers of an event's day or days as a whole (not of its start), NFKC without spaces. */
const WHOLE_EVENT_DATE = new Set(["開催日", "開催期間", "開催日時", "開催年月日", "実施日", "期日", "日時", "日程", "開催日程"]);
/** What a start cell that is no one day says of itself: a range, days listed, a date read from a list, a day that
 *  recurs from its date. */
const NOT_ONE_DAY = new Set(["date_range_split", "date_list_split", "date_list_days", "date_recurring_from"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The engine passes the same header array with every row of a file: read it once.
const WHOLE_EVENT_HEADER = new WeakMap<readonly string[], boolean>();

/** Whether the file's header names the event's date as a whole (開催日), not its start (開始日). */
function namesWholeEventDate(headers: readonly string[] | undefined): boolean {
  if (headers === undefined) return false;
  let whole = WHOLE_EVENT_HEADER.get(headers);
  if (whole === undefined) {
    whole = headers.some((h) => WHOLE_EVENT_DATE.has(plainWords(h)));
    WHOLE_EVENT_HEADER.set(headers, whole);
  }
  return whole;
}

/** Words of an event held on more days than one: its last or first day, each day, the period, times a month or week
 *  (`9:00～17:00（最終日は15:00まで）`, `月2回 13:00～15:00`) (NFKC). */
const SEVERAL_DAYS = /最終日|初日|各日|期間中|会期中|[月週]\s*\d\s*回/;

/** Whether the row's time cells, its start's remarks or its 備考 name a day that recurs or more days than one (the
 *  cells are few and short, and read only where a one-day end may be made). */
function severalDaysInRow(r: RowRepair, { startTime, endTime }: DateTimePair, remarks: string | undefined): boolean {
  for (const text of [r.cells[startTime], r.cells[endTime], remarks === undefined ? undefined : r.record[remarks], r.record.remarks]) {
    if (typeof text !== "string" || text === "") continue;
    const nfkc = text.normalize("NFKC");
    if (namesRecurringDay(nfkc) || SEVERAL_DAYS.test(nfkc)) return true;
  }
  return false;
}

export function endOfOneDay(r: RowRepair, pairs: readonly DateTimePair[]): void {
  for (const pair of pairs) {
    const { startDate, endDate } = pair;
    const from = r.record[startDate];
    if (typeof from !== "string" || !ISO_DATE.test(from) || r.record[endDate] !== null) continue;
    const endCell = r.cells[endDate];
    if (endCell !== undefined && SAME_DAY.test(plainWords(endCell).trim())) {
      withdrawIssue(r, endDate, "unparseable_date");
      r.record[endDate] = from;
      r.problem("end_date_same_day", endDate, endCell.trim(), from);
      continue;
    }
    // a start cell that said more than its day (a range, days listed, a second session kept in the remarks) is no one day
    const remarks = r.dataset.columnByKey.get(startDate)?.overflow;
    if (r.issues.some((i) => i.field === endDate || i.field === remarks || (i.field === startDate && NOT_ONE_DAY.has(i.code)))) continue;
    if (r.cells[endDate] === undefined) {
      if (!namesWholeEventDate(r.context.sourceHeaders) || severalDaysInRow(r, pair, remarks)) continue;
      r.record[endDate] = from;
      r.filled("end_date_one_day", endDate, from);
    } else if (isEmptyCell(r, r.cells[endDate], endDate)) {
      r.problem("end_date_empty", endDate, null, from);
    }
  }
}
