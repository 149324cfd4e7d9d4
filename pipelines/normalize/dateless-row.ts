// An event whose 開始日 and 終了日 are both empty (a venue's list of its programmes, some not yet dated) is published
// with no word, yet apps show an event from its start date to its end date: searched by date, the row is never found.
// Said on the row (event_dates_empty), with what the row says of when in words (開催パターン `毎年11月に開催`), for the
// dataset's own dates (a column not optional), where the file has the
// start column and the cell is empty, not one that did not read (that one is said already).
import { type DateTimePair, isEmptyCell } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";

export function warnDatelessRow(r: RowRepair, pairs: readonly DateTimePair[]): void {
  for (const { startDate, endDate } of pairs) {
    if (r.dataset.columnByKey.get(startDate)?.requirement === "optional") continue;
    const [start, end] = [r.cells[startDate], r.cells[endDate]];
    if (start === undefined || r.record[startDate] !== null || r.record[endDate] !== null) continue;
    if (!isEmptyCell(r, start, startDate) || (end !== undefined && !isEmptyCell(r, end, endDate))) continue;
    // a row that says when it is held in words (開催パターン `毎年11月に開催`) is named with them
    const said = [r.record.schedule_pattern, r.record.schedule_remarks].find((t) => typeof t === "string" && t !== "");
    r.problem("event_dates_empty", startDate, null, typeof said === "string" ? said : undefined);
  }
}
