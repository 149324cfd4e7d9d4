// A nursery's closing time that is the end of its extended care (延長保育): papamama's nursery lists give the hours the
// place is open (Close `19:00`) and say in a note which of them are extended care (`延長保育18-19時`). The standard's
// 終了時間 is the end of the usual care: the start of the extended care that ends at the closing time, the extended care
// kept in 利用可能日時特記事項. A note that gives only its end (`延長保育19:00まで`) at the closing time leaves the usual
// end untold: 終了時間 empty, the closing time kept there, as no app must take the end of extended care for it.
import { keepInRemarks } from "./kept-cells.ts";
import { labelledText } from "./text.ts";
import type { RowRepair } from "./row-repair.ts";

const CLOCK = String.raw`(\d{1,2})(?:\s*[:：時]\s*(\d{2})?\s*分?)?`;
const DASH = String.raw`\s*[-~～〜ー－―]\s*`;
/** 延長保育 `18-19時`, `18:30～19:30`, `（昼部）18-19時`: the extended care's start and end (its own words first). */
const EXTENDED_RANGE = new RegExp(String.raw`延長(?:保育)?[^\d]{0,12}?${CLOCK}${DASH}${CLOCK}`);
/** 延長保育 `19：00まで`, `は19時まで`: its end alone. */
const EXTENDED_UNTIL = new RegExp(String.raw`延長(?:保育)?[^\d]{0,12}?${CLOCK}\s*まで`);

const hhmm = (hour: string, minute: string | undefined): string | null => {
  const h = Number(hour);
  return h > 24 ? null : `${String(h).padStart(2, "0")}:${minute ?? "00"}`;
};

/** Of a note (NFKC), the extended care it gives: its start (null when the note gives its end alone) and end. */
function extendedCareIn(note: string): { start: string | null; end: string } | null {
  const range = EXTENDED_RANGE.exec(note);
  if (range !== null) {
    const [start, end] = [hhmm(range[1], range[2]), hhmm(range[3], range[4])];
    return start === null || end === null ? null : { start, end };
  }
  const until = EXTENDED_UNTIL.exec(note);
  const end = until === null ? null : hhmm(until[1], until[2]);
  return end === null ? null : { start: null, end };
}

/** The end time of a row whose note (`notes`: its remarks columns) says it is the end of extended care: the usual end,
 *  or none when the note does not tell it; the extended care kept in 利用可能日時特記事項. */
export function endBeforeExtendedCare(r: RowRepair, notes: readonly string[]): void {
  const end = r.record.end_time;
  // the closing time goes nowhere else: without the column it is left as it is
  if (typeof end !== "string" || !r.dataset.columnByKey.has("availability_remarks")) return;
  for (const key of notes) {
    const note = r.record[key];
    if (typeof note !== "string") continue;
    const care = extendedCareIn(note.normalize("NFKC"));
    if (care === null || care.end !== end) continue;
    r.record.end_time = care.start;
    const kept = labelledText("延長保育", `${care.start ?? ""}～${care.end}`);
    keepInRemarks(r, "availability_remarks", kept);
    r.problem(care.start === null ? "end_is_extended_care" : "end_before_extended_care", "end_time", r.cells.end_time ?? end, kept);
    return;
  }
}
