// A period written in one date column that begins a dataset's date order, not in a period column of its own: 許可年月日
// `令和3年6月1日～令和9年5月31日` in a file with no 許可満了日 (or an empty one). The first date is the column's (the
// day of the permit), the last the ordered end's (許可満了日), each said date_range_split as a period column's range
// is. An end of the row's own that is another day keeps the cell unread (which of the two is right is not said), and
// said date_range_end_disagrees with both days; an end cell in words that give no day (`未定`) takes its last day
// (range-end-beside-words.ts).
import type { Dataset } from "../../schemas/dataset.ts";
import { boundOf } from "./column-bounds.ts";
import { problemAt } from "./fixed.ts";
import { hasIssueCode, isEmptyCell } from "./pair-repairs.ts";
import { periodEndDetail, takeEndBesideWords, wordsWithoutDay } from "./range-end-beside-words.ts";
import type { RowRepair } from "./row-repair.ts";
import { normalizeDate } from "./wareki.ts";

const ORDERED_RANGES = new WeakMap<Dataset, ReadonlyArray<readonly [string, string]>>();

/** The dataset's date orders from a column that is no period's start or end to a period's end (許可年月日 → 許可満了日). */
export function orderedRangesOf(dataset: Dataset): ReadonlyArray<readonly [string, string]> {
  let found = ORDERED_RANGES.get(dataset);
  if (found === undefined) {
    found = (dataset.dateOrder ?? []).filter(([earlier, later]) => boundOf(earlier) === undefined && boundOf(later) === "end");
    ORDERED_RANGES.set(dataset, found);
  }
  return found;
}

/** Each range written in the earlier column of `pairs` that did not read as its one date: its first date read there,
 *  its last in the later column where that is empty, says the same day, or says no day in words (`未定`). */
export function splitOrderedRanges(r: RowRepair, pairs: ReadonlyArray<readonly [string, string]>): void {
  // runs on every row: only a cell that did not read as a date may be such a range
  if (!hasIssueCode(r.issues, "unparseable_date")) return;
  for (const [earlier, later] of pairs) {
    const raw = r.cells[earlier];
    if (raw === undefined || r.record[earlier] !== null) continue;
    const unread = r.issues.findIndex((i) => i.field === earlier && i.code === "unparseable_date");
    if (unread < 0) continue;
    const at = { row: r.row, field: earlier, onlyCounts: r.context.onlyCounts };
    const [start, end] = [normalizeDate(raw, at, "start"), normalizeDate(raw, { ...at, field: later }, "end")];
    if (start.value === null || end.value === null || !hasIssueCode(start.issues, "date_range_split")) continue;
    const laterEmpty = r.record[later] === null && isEmptyCell(r, r.cells[later], later);
    const own = r.record[later];
    const words = laterEmpty ? -1 : wordsWithoutDay(r, later);
    if (!laterEmpty && words < 0 && own !== end.value) {
      if (typeof own === "string") r.issues[unread] = problemAt("date_range_end_disagrees", r.row, earlier, r.context.onlyCounts, raw,
        periodEndDetail(r, end.value, later, own));
      continue;
    }
    // in place, before the earlier column's issue goes, so that `words` still points at the later one's
    if (words >= 0) takeEndBesideWords(r, words, [earlier, later], raw, end);
    r.issues.splice(unread, 1);
    r.record[earlier] = start.value;
    for (const i of start.issues) r.problem(i.code, earlier, raw, i.detail);
    if (!laterEmpty) continue;
    r.record[later] = end.value;
    for (const i of end.issues) r.problem(i.code, later, raw, i.detail);
  }
}
