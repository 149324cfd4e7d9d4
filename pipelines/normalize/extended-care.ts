// A nursery's closing time that is the end of its extended care (延長保育): papamama's nursery lists give the hours the
// place is open (Close `19:00`) and say in a note which of them are extended care (`延長保育18-19時`). The standard's
// 終了時間 is the end of the usual care: the start of the extended care that ends at the closing time, the extended care
// kept in 利用可能日時特記事項. A note that gives only its end (`延長保育19:00まで`) at the closing time leaves the usual
// end untold: 終了時間 empty, the closing time kept there, as no app must take the end of extended care for it.
// papamama's Extra (`Y`; さっぽろ's 延長, the hours of it: `1`) says the place has extended care, and its Close is then
// the end of it: 郡山市's list closes at 19:30 where Extra is Y and at 18:30 where it is N, its Memo giving the extended
// care as a bare range (`18：30～19：30`), さっぽろ's at 19:00 beside 延長 `1` and `延長保育18-19時`. With Extra yes, a
// bare range ending at Close is the extended care; with no note of extended care at all, the usual end is untold
// (end_includes_extended_care). 八王子市's list leaves Extra blank and gives extended care after Close
// (`延長保育19：00まで` beside `18:30`): Close is the usual end there, as before.
import type { Dataset } from "../../schemas/dataset.ts";
import { hhmm } from "./clock.ts";
import { keepInRemarks } from "./kept-cells.ts";
import { labelledText } from "./text.ts";
import type { RowRepair } from "./row-repair.ts";
import { restColumnOf } from "./value-repairs.ts";
import { yesNoOf } from "./yes-no.ts";

const CLOCK = String.raw`(\d{1,2})(?:\s*[:：時]\s*(\d{2})?\s*分?)?`;
const DASH = String.raw`\s*[-~～〜ー－―]\s*`;
/** 延長保育 `18-19時`, `18:30～19:30`, `（昼部）18-19時`: the extended care's start and end (its own words first). */
const EXTENDED_RANGE = new RegExp(String.raw`延長(?:保育)?[^\d]{0,12}?${CLOCK}${DASH}${CLOCK}`);
/** 延長保育 `19：00まで`, `は19時まで`: its end alone. */
const EXTENDED_UNTIL = new RegExp(String.raw`延長(?:保育)?[^\d]{0,12}?${CLOCK}\s*まで`);

/** A CLOCK's hour and minutes as `HH:MM`; null when they are no time of day (24:00 is a closing time). */
const timeOf = (hour: string, minute: string | undefined): string | null => {
  const [h, m] = [Number(hour), Number(minute ?? 0)];
  return h > 24 || m > 59 ? null : hhmm(h, m);
};

/** `18：30～19：30` alone: a range with no word, the extended care where the row says it has some. */
const BARE_RANGE = new RegExp(String.raw`^\s*${CLOCK}${DASH}${CLOCK}\s*$`);

/** The key under which the cell of the row's column of extended care (Dataset.extendedCareFlags) goes with its cells. */
export const EXTENDED_CARE_CELL = "extended_care_flag";

/** The file's unmapped column that says whether a row has extended care (papamama's Extra), its cell to go with the
 *  row's cells to the record-level repairs. */
export function extendedCareColumnOf(dataset: Dataset, plan: { keys: readonly (string | null)[]; extraNames: readonly string[] }):
  Array<{ cell: string; name: string }> {
  const at = dataset.extendedCareFlags === undefined ? -1 : restColumnOf(dataset.extendedCareFlags, plan);
  return at < 0 ? [] : [{ cell: EXTENDED_CARE_CELL, name: plan.extraNames[at] }];
}

/** Whether the cell says the place has extended care: a yes (`Y`, `1`, `○`), or the hours of it (さっぽろ's `2`). */
function saysExtendedCare(cell: string | undefined): boolean {
  const text = cell?.normalize("NFKC").trim() ?? "";
  return yesNoOf(text) === true || /^[1-9]$/.test(text);
}

/** Of a note (NFKC), the extended care it gives: its start (null when the note gives its end alone) and end; a bare range
 *  (`18:30～19:30`) when the row says it has extended care (`flagged`). */
function extendedCareIn(note: string, flagged: boolean): { start: string | null; end: string } | null {
  const range = EXTENDED_RANGE.exec(note) ?? (flagged ? BARE_RANGE.exec(note) : null);
  if (range !== null) {
    const [start, end] = [timeOf(range[1], range[2]), timeOf(range[3], range[4])];
    return start === null || end === null ? null : { start, end };
  }
  const until = EXTENDED_UNTIL.exec(note);
  const end = until === null ? null : timeOf(until[1], until[2]);
  return end === null ? null : { start: null, end };
}

/** The end time of a row whose note (`notes`: its remarks columns) says it is the end of extended care: the usual end,
 *  or none when the note does not tell it; the extended care kept in 利用可能日時特記事項. A row whose column of
 *  extended care says it has some, and no note speaks of it, closes at the end of it: no usual end, the closing time
 *  kept there as the file gives it (`延長保育あり（～19:30）`). */
export function endBeforeExtendedCare(r: RowRepair, notes: readonly string[]): void {
  const end = r.record.end_time;
  // the closing time goes nowhere else: without the column it is left as it is
  if (typeof end !== "string" || !r.dataset.columnByKey.has("availability_remarks")) return;
  const flagged = saysExtendedCare(r.cells[EXTENDED_CARE_CELL]);
  let told = false;
  for (const key of notes) {
    const note = r.record[key];
    if (typeof note !== "string") continue;
    const text = note.normalize("NFKC");
    const care = extendedCareIn(text, flagged);
    told ||= care !== null || text.includes("延長");
    if (care === null || care.end !== end) continue;
    r.record.end_time = care.start;
    const kept = labelledText("延長保育", `${care.start ?? ""}～${care.end}`);
    keepInRemarks(r, "availability_remarks", kept);
    r.problem(care.start === null ? "end_is_extended_care" : "end_before_extended_care", "end_time", r.cells.end_time ?? end, kept);
    return;
  }
  if (!flagged || told) return;
  r.record.end_time = null;
  const kept = `延長保育あり（～${end}）`;
  keepInRemarks(r, "availability_remarks", kept);
  r.problem("end_includes_extended_care", "end_time", r.cells.end_time ?? end, kept);
}
