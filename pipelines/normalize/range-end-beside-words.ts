// A period written in one date cell (許可年月日 `2023年4月1日～2029年3月31日`, 開始日 `2024年4月6日～9月28日`) beside an end
// cell in words that give no day (`未定`, `更新中`, `申請中`): the period wrote the end, so the end takes its last day,
// said date_range_end_beside_words with the words and the period; the words are kept in the remarks (kept-cells.ts).
// Words that say there is no end (`無期限`) disagree with the period, and a cell with a digit tries a day of its own:
// which is right is not said, so those stay unread.
import { columnJa } from "../../schemas/dataset.ts";
import type { Issue } from "../issues.ts";
import { type Fixed, problemAt } from "./fixed.ts";
import { hasIssueCode } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";
import { normalizeDate } from "./wareki.ts";

/** Words that say there is no end (`無期限`, `期限なし`). */
const NO_END = /無期限|期限な[しい]|^(?:な[しい]|無し|不要|該当なし)$/;

/** Where the issues say the end column's cell did not read and writes words without a day (`未定`, `更新中`), not that
 *  there is no end; else -1. */
export function wordsWithoutDay(r: RowRepair, end: string): number {
  const said = (r.cells[end] ?? "").normalize("NFKC").trim();
  if (r.record[end] !== null || said === "" || /\d/.test(said) || NO_END.test(said)) return -1;
  return r.issues.findIndex((i) => i.field === end && i.code === "unparseable_date");
}

/** The detail of an issue about a period's last day beside another column (date_range_end_beside_words, …_not_taken,
 *  …_disagrees): the day, the other column's Japanese name, and what the row says there, as the messages read it. */
export const periodEndDetail = (r: RowRepair, day: string, column: string, said: string): string =>
  [day, columnJa(r.dataset, column), said].join("\t");

/** The period's last day (`last`, read for the end column) in the end column in place of its words (the issue at
 *  `words`), said with both. */
export function takeEndBesideWords(r: RowRepair, words: number, [period, end]: readonly [string, string], raw: string,
  last: Fixed<string | null>): void {
  r.issues[words] = problemAt("date_range_end_beside_words", r.row, end, r.context.onlyCounts, r.cells[end] ?? "",
    periodEndDetail(r, last.value as string, period, raw.trim()));
  r.record[end] = last.value;
  for (const i of last.issues) if (i.code !== "date_range_split") r.problem(i.code, end, raw, i.detail);
}

/** Each start cell read as a period (date_range_split) beside an end cell in words: the end takes the period's last
 *  day. (A start column's range gives an empty end its last day as it is read; words in the end stopped that.) An end
 *  that says otherwise (`無期限`, another day) keeps its own, and the period's last day, which the start's value lost,
 *  stays with the start cell in the remarks (date_range_end_not_taken). */
export function endsBesideWords(r: RowRepair, pairs: ReadonlyArray<readonly [string, string]>): void {
  // runs on every row: only a row with a range read has anything to do
  if (!hasIssueCode(r.issues, "date_range_split")) return;
  for (const [start, end] of pairs) {
    const raw = r.cells[start];
    if (raw === undefined || r.record[start] === null || !r.issues.some((i) => i.field === start && i.code === "date_range_split")) continue;
    const words = wordsWithoutDay(r, end);
    const last = normalizeDate(raw, { row: r.row, field: end, onlyCounts: r.context.onlyCounts }, "end");
    if (last.value === null || r.record[end] === last.value) continue;
    if (words >= 0) takeEndBesideWords(r, words, [start, end], raw, last);
    else {
      r.problem("date_range_end_not_taken", start, raw, periodEndDetail(r, last.value, end, (r.cells[end] ?? "").trim()));
    }
  }
}
