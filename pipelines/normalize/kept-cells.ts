// What a cell's value lost is kept: a cell that did not read, or read in part (its note, its second number), goes as
// written into its column's text column (営業時間 → 利用可能日時特記事項, 電話番号 → 連絡先備考, else the general 備考);
// so does a value the row's kind has no place for, and a day split in two; a unit written with a number goes to the
// number's unit column.
import type { Column } from "../../schemas/column.ts";
import { columnJa, type Dataset } from "../../schemas/dataset.ts";
import type { Issue, IssueCode } from "../issues.ts";
import { severalUnitsText } from "./counts-of-units.ts";
import { inapplicableOf } from "./inapplicable.ts";
import { hasIssueCode, isEmptyCell, type RepairRow, withdrawIssue } from "./pair-repairs.ts";
import { withoutNote } from "./notes.ts";
import { labelledText, normalizeText, saysAlready } from "./text.ts";
import { type Bound, normalizeTime } from "./times.ts";
import { rangeEndInDateCell, timeInDateCell } from "./wareki.ts";
import { isClockMidnight } from "./pair-repairs.ts";
import { saysClosed } from "./yes-no.ts";
import type { DateTimePair } from "./pair-repairs.ts";

/** [column, text column, which cells]: a cell read in part, and, with "unread", a cell that does not read at all. */
export type Overflow = readonly [string, string, "unread" | "noted"];

/** The text column that keeps a column's cells as written: its own (Column.overflow) when the dataset has it, else the
 *  general 備考 (tourism has no 連絡先備考); undefined when the dataset has neither. */
export function textColumnOf(dataset: Dataset, column: Column): string | undefined {
  if (column.overflow !== undefined && dataset.columnByKey.has(column.overflow)) return column.overflow;
  return dataset.columnByKey.has("remarks") ? "remarks" : undefined;
}

const UNREAD: ReadonlySet<IssueCode> = new Set(["unparseable_time", "fee_per_time", "unparseable_number", "count_in_other_unit", "unparseable_date", "date_recurring", "date_range_end_disagrees", "two_digit_year", "date_order_unknown", "era_first_year_unknown", "date_fiscal_year_only", "date_month_only", "date_history", "year_missing", "date_year_weekday_mismatch", "date_year_title_disagrees", "unparseable_phone", "phone_withheld",
  "unparseable_flag", "coded_flag", "unparseable_mark", "partial_flag", "partial_mark", "time_from_in_end", "unparseable_height",
  "url_placeholder", "url_link_text", "list_item_link", "ssid_placeholder", "ssid_withheld", "unparseable_fixed_code", "fixed_code_several", "unparseable_machiaza_id", "fixed_code_zero_lost", "code_other_prefecture", "unparseable_prefectured_code", "exponent_code_lost", "unparseable_coordinate", "unparseable_corporate_number",
  "bad_corporate_check_digit", "unparseable_postal_code", "other_quantity", "height_other_datum", "whole_differs_from_parts", "number_range", "several_numbers", "no_limit", "time_start_in_words", "hours_by_season", "hours_by_days", "time_by_season", "number_is_words", "yes_as_count", "fees_by_person_no_general"]);
/** not read, and its issue says that the cell is kept in the remarks */
const SAYS_WHERE_KEPT_UNREAD: ReadonlySet<IssueCode> = new Set(["fees_by_person_no_general", "fixed_code_several", "whole_differs_from_parts", "number_range", "several_numbers", "fee_per_time", "date_fiscal_year_only", "date_month_only", "date_history", "date_order_unknown", "date_range_end_disagrees", "other_quantity", "height_other_datum", "no_limit", "unparseable_machiaza_id", "coded_flag", "time_start_in_words", "number_is_words", "hours_by_days", "url_link_text", "list_item_link", "yes_as_count"]);
/** read in part, and its issue says that the cell is kept in the remarks */
const SAYS_WHERE_KEPT: ReadonlySet<IssueCode> = new Set(["fees_by_person", "date_range_end_beside_words", "date_range_end_not_taken", "time_with_note", "time_start_in_words", "time_doors_open", "time_meeting_as_start", "time_dispersal_as_end", "date_with_note", "date_latest_in_note", "date_recurring_from", "number_with_note", "count_named_whole", "count_times_groups", "number_parts_summed", "number_of_one_kind", "flag_with_note", "count_as_flag",
  "height_approximate", "time_approximate", "approximate_number", "fixed_code_with_note", "url_with_note", "url_with_label", "url_several", "reading_with_note", "coordinate_with_note",
  "ssid_several", "ssid_with_note", "list_item_with_note", "vocabulary_with_note", "vocabulary_in_brackets", "vocabulary_kind_of", "value_by_count_noted", "list_ends_with_etc", "list_item_link"]);
/** A value read without part of its cell: a note beside a time, a number or a yes/no, a phone number's note or
 *  further numbers. */
const READ_IN_PART: ReadonlySet<IssueCode> = new Set(["fees_by_person", "date_range_end_beside_words", "date_range_end_not_taken", "time_with_note", "time_start_in_words", "time_doors_open", "time_meeting_as_start", "time_dispersal_as_end", "time_sessions", "phone_note_removed", "phone_several_numbers", "date_list_split",
  "date_list_days", "date_with_note", "date_latest_in_note", "date_recurring_from", "number_with_note", "count_named_whole", "count_times_groups", "number_parts_summed", "number_of_one_kind", "flag_with_note", "count_as_flag", "height_approximate", "time_approximate", "approximate_number",
  "fixed_code_with_note", "url_with_note", "url_with_label", "url_several", "reading_with_note", "coordinate_with_note",
  "ssid_several", "ssid_with_note", "list_item_with_note", "vocabulary_with_note", "vocabulary_in_brackets", "vocabulary_kind_of", "value_by_count_noted", "list_ends_with_etc", "list_item_link"]);
/** Whether an issue says its cell was read in part: a note, a further number or session left out of the value. */
export const readsInPart = (code: IssueCode): boolean => READ_IN_PART.has(code);

/** A cell that did not read is kept, as written, in its text column (営業時間 → 利用可能日時特記事項, 電話番号 → 連絡先備考),
 *  after what that column already says; so is a cell read in part (`18時30分（延長19時30分）`, `03-3607-8321（管理所）`,
 *  `042-492-2611/042-492-2612`), whose note or second number the value lost. */
export function keepUnread(r: RepairRow, overflows: readonly Overflow[]): void {
  // a cell is kept only when an issue says it did not read or read in part: a row without issues keeps none
  if (r.issues.length === 0) return;
  const { noted: notedFields, unread: unreadFields } = fieldsReadInPart(r.issues);
  if (notedFields === null && unreadFields === null) return;
  for (const [key, target, which] of overflows) {
    const raw = r.cells[key];
    if (raw === undefined) continue;
    const read = r.record[key] !== null;
    if (!read && which === "noted") continue;
    // a noted cell whose value is the other column's (`17時まで（受付16時）` in a start column) is kept as a noted one
    const noted = notedFields?.has(key) === true;
    if (!noted && (read || unreadFields?.has(key) !== true)) continue;
    if (isEmptyCell(r, raw, key)) continue;
    const written = normalizeText(raw, { row: r.row, field: target }).value;
    // a quantity of another kind (口径 40t) is labelled by its own name in 備考 (容量：40t), not by the column's
    const other = noted ? undefined : r.issues.find((i) => i.field === key && i.code === "other_quantity")?.detail;
    const text = written === null ? null : other !== undefined && target === "remarks" ? labelledText(other, written)
      : bothEndsUnread(r, key, target, unreadFields, overflows) ? labelledText(key.startsWith("start_") ? "開始" : "終了", written) : keptText(r, key, target, written);
    if (text === null || !keepInRemarks(r, target, text)) continue;
    // a noted time's or date's own issue says where its note goes
    const says = noted ? SAYS_WHERE_KEPT : SAYS_WHERE_KEPT_UNREAD;
    if (r.issues.some((i) => says.has(i.code) && i.field === key)) continue;
    if (!noted && toldWhereKept(r, key, raw, target)) continue;
    // a number withheld (非公開) did read: it says there is none to publish
    r.problem(!noted && hasFieldIssue(r.issues, key, "phone_withheld") ? "withheld_kept_as_remarks" : "kept_as_remarks", target, text);
  }
}

/** Unread, and its issue says where its cell was kept once told the column (its detail): one issue, not two. */
const TOLD_WHERE_KEPT: ReadonlySet<IssueCode> = new Set(["unparseable_date"]);

/** Says, in the issue of `key`'s unread cell `raw`, the column `target` that keeps the cell, in its place among the
 *  row's issues; false when that issue is none that can say it. */
function toldWhereKept(r: RepairRow, key: string, raw: string, target: string): boolean {
  const at = r.issues.findIndex((i) => i.field === key && TOLD_WHERE_KEPT.has(i.code) && i.detail === undefined);
  if (at < 0) return false;
  const { code } = r.issues[at];
  r.issues.splice(at, 1);
  r.problem(code, key, raw, columnJa(r.dataset, target));
  const told = r.issues.pop();
  if (told !== undefined) r.issues.splice(at, 0, told);
  return true;
}

/** Whether the row has an issue `code` on `field` (a loop, not a callback: asked of every row, a closure would make a
 *  context per call). */
function hasFieldIssue(issues: readonly Issue[], field: string, code: IssueCode): boolean {
  for (let k = 0; k < issues.length; k++) if (issues[k].field === field && issues[k].code === code) return true;
  return false;
}

/** Whether `key` is one end of a pair of times (start_time | end_time) whose other end did not read either and goes to the same
 *  text column of its own: kept side by side (`日の出 / 日没`), each would lose which end it was, so each is labelled
 *  (`開始：日の出 / 終了：日没`); the general 備考 labels each by its column already. */
function bothEndsUnread(r: RepairRow, key: string, target: string, unread: Set<string | null> | null, overflows: readonly Overflow[]): boolean {
  const end = /^(start|end)_(.*time)$/.exec(key);
  if (end === null || target === "remarks" || unread === null) return false;
  const other = `${end[1] === "start" ? "end" : "start"}_${end[2]}`;
  const raw = r.cells[other];
  // one range written in both cells is kept once, as the range it is: no end's name
  return unread.has(other) && r.record[other] === null && raw !== undefined && !isEmptyCell(r, raw, other)
    && raw.trim() !== (r.cells[key] ?? "").trim() && overflows.some(([column, text]) => column === other && text === target);
}

/** The fields of a row's issues that say a cell was read in part, and that it did not read (null: none), found in one
 *  pass over the issues: keepUnread runs on every row and asked each overflow column of every issue. */
function fieldsReadInPart(issues: readonly Issue[]): { noted: Set<string | null> | null; unread: Set<string | null> | null } {
  let noted: Set<string | null> | null = null;
  let unread: Set<string | null> | null = null;
  for (const { code, field } of issues) {
    if (READ_IN_PART.has(code)) (noted ??= new Set()).add(field);
    if (UNREAD.has(code)) (unread ??= new Set()).add(field);
  }
  return { noted, unread };
}

/** A value the row's kind has no place for (口径 `40` of a 防火水そう, its capacity): not published, kept as written in the
 *  column's text column (`口径：40`), and named with the kind. */
export function dropInapplicable(r: RepairRow, overflows: readonly Overflow[]): void {
  for (const { key, when, kind } of inapplicableOf(r.record, r.dataset)) {
    const raw = emptyAndKeep(r, key, overflows.find(([column]) => column === key)?.[1]);
    r.problem("value_not_for_kind", key, `${raw}（${columnJa(r.dataset, when)}：${kind}）`);
  }
}

/** Empties the values of `keys` and keeps each cell, as written, in its text column (`緯度：35.0 / 経度：135.0`): values
 *  wrong together (a point outside Tokyo for an address in it), which the caller says with one issue. */
export function emptyAndKeepAll(r: RepairRow, keys: readonly string[]): void {
  for (const key of keys) emptyAndKeep(r, key, textColumnOfKey(r.dataset, key));
}

/** Empties `key`'s value and keeps its cell, as written, in the text column `target` (none: not kept); the cell. */
function emptyAndKeep(r: RepairRow, key: string, target: string | undefined): string {
  const raw = r.cells[key] ?? String(r.record[key]);
  r.record[key] = null;
  const written = normalizeText(raw, { row: r.row, field: key }).value ?? raw;
  if (target !== undefined) keepText(r, key, target, written);
  return raw;
}

/** Keeps `written`, of column `key`, in its text column `target` (after its column's name in the general 備考); false
 *  when that column says it already. */
export const keepText = (r: Pick<RepairRow, "record" | "dataset">, key: string, target: string, written: string): boolean =>
  keepInRemarks(r, target, keptText(r, key, target, written));

/** A cell that holds no value of its column, only words about it (所在地 `非公開`, `区内各所`): the value is emptied,
 *  the cell kept as written in the column's text column, else the general 備考 (`所在地_連結表記：非公開`), and named
 *  by `code`. */
export function keepInsteadOfValue(r: RepairRow, key: string, code: IssueCode, detail?: string): void {
  r.problem(code, key, emptyAndKeep(r, key, textColumnOfKey(r.dataset, key)), detail);
}

/** textColumnOf the column `key`; undefined for a key the dataset has not. */
function textColumnOfKey(dataset: Dataset, key: string): string | undefined {
  const column = dataset.columnByKey.get(key);
  return column === undefined ? undefined : textColumnOf(dataset, column);
}

/** Keeps cell `raw` of column `key`, as written, in that column's text column: the column and the text kept there, null
 *  when the dataset has no such column or it says the text already. */
function keepCellAsWritten(r: RepairRow, key: string, raw: string): { target: string; text: string } | null {
  const target = textColumnOfKey(r.dataset, key);
  const written = normalizeText(raw, { row: r.row, field: key }).value;
  if (target === undefined || written === null || !keepText(r, key, target, written)) return null;
  return { target, text: keptText(r, key, target, written) };
}

/** A cell of `key` as its text column `target` keeps it: the general 備考 holds many columns' notes, so one kept there
 *  says which column it is (口径：40t). */
const keptText = (r: Pick<RepairRow, "dataset">, key: string, target: string, written: string): string => {
  if (target !== "remarks") return written;
  const label = columnJa(r.dataset, key);
  // a cell that names its column itself (SSID `SSID:Edogawa_Free_Wi-Fi / 0000Edogawa`) is not named twice
  return namesItself(label, written) ? written : labelledText(label, written);
};

/** Whether a cell starts with its column's name and a colon (`SSID:…`, `ＳＳＩＤ：…`). */
const namesItself = (label: string, written: string): boolean => {
  const nfkc = written.normalize("NFKC");
  const name = label.normalize("NFKC");
  return nfkc.toLowerCase().startsWith(name.toLowerCase()) && /^\s*:/.test(nfkc.slice(name.length));
};

/** Adds `text` after what the text column `target` already says; false when it says it already. */
export function keepInRemarks(r: Pick<RepairRow, "record">, target: string, text: string): boolean {
  const held = r.record[target];
  const written = typeof held === "string" && held !== "";
  if (written && saysAlready(held, text)) return false;
  r.record[target] = written ? `${held} / ${text}` : text;
  return true;
}

/** A day split in two (診療時間 午前 `9:00～12:00`, 午後 `15:00～18:00`): the record's start and end take the day's first
 *  and last time, and both cells are kept in the start's text column, so the break between them is not lost. A range
 *  in one cell of the pair beside another time in the other (利用時間 `9:00～21:00` | 閉館時間 `17:00`) keeps the other
 *  time, and the range, whose other end no column took, is kept as written there too (keepRangeBesideTime). */
export function keepSplitDay(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>, overflows: readonly Overflow[]): void {
  // runs on every row: each case below needs a range split in the start or end cell
  if (!hasIssueCode(r.issues, "time_range_split")) return;
  for (const [start, end] of pairs) {
    const [from, to] = [r.cells[start], r.cells[end]];
    if (from === undefined || to === undefined || from.trim() === "" || to.trim() === "") continue;
    const target = overflows.find(([key]) => key === start)?.[1];
    if (target === undefined) continue;
    if (!hasFieldIssue(r.issues, start, "time_range_split")) {
      if (hasFieldIssue(r.issues, end, "time_range_split")) keepRangeBesideTime(r, end, [start, "start"], target);
      continue;
    }
    const [fromText, toText] = [normalizeText(from, { row: r.row, field: target }).value, normalizeText(to, { row: r.row, field: target }).value];
    const text = `${fromText} / ${toText}`;
    if (hasFieldIssue(r.issues, end, "time_range_split")) {
      // one range written in both cells is the day's hours, no day split in two: nothing lost (its note, if any, kept once)
      if (fromText === toText) continue;
      if (keepInRemarks(r, target, text)) r.problem("kept_as_remarks", target, text);
    } else if (r.record[end] !== null) {
      keepRangeBesideTime(r, start, [end, "end"], target);
    } else if (saysClosed(toText ?? "")) {
      // 午前 9:30～12:30 | 午後 休診: the day closes with the morning; both cells kept in the remarks
      const closes = normalizeTime(from, { row: r.row, field: end }, "end").value;
      if (closes === null) continue;
      r.record[end] = closes;
      withdrawIssue(r, end, "unparseable_time");
      r.problem("closed_half_day", end, `${toText} → ${closes}`);
      // the afternoon's cell, kept already as one that did not read, becomes the day's two cells
      const held = typeof r.record[target] === "string" ? (r.record[target] as string).split(" / ") : [];
      const keptAt = held.indexOf(toText ?? "");
      if (keptAt >= 0) r.record[target] = held.map((part, i) => (i === keptAt ? text : part)).join(" / ");
      else if (keepInRemarks(r, target, text)) r.problem("kept_as_remarks", target, text);
    }
  }
}

/** A range in the cell of `key` (開始時間 `9:00～21:00`) beside a time of its own in the cell of `other` (終了時間 `17:00`):
 *  `key` took its end of the range and `other` keeps its own time; where that differs from the range's (21:00 ≠ 17:00),
 *  the range cell is kept as written in `target`, so neither time is lost, and the range's issue says so. */
function keepRangeBesideTime(r: RepairRow, key: string, [other, bound]: readonly [string, Bound], target: string): void {
  const raw = r.cells[key] ?? "";
  const own = r.record[other];
  const fromRange = normalizeTime(raw, { row: r.row, field: other }, bound).value;
  if (own === null || fromRange === null || fromRange === own) return;
  const written = normalizeText(raw, { row: r.row, field: target }).value;
  if (written === null) return;
  keepInRemarks(r, target, keptText(r, key, target, written));
  withdrawIssue(r, key, "time_range_split");
  const ja = (k: string) => columnJa(r.dataset, k);
  r.problem("time_range_beside_time", key, raw, [ja(other), (r.cells[other] ?? "").trim(), fromRange, ja(target)].join("\t"));
}

/** A date cell whose time range did not give the row its end (`2024/4/1 午前11時～1時`, a second session after it:
 *  `…10:00～12:00、4/8 10:00～12:00`): the end time stays empty rather than wrong (pair-repairs.ts endFromStartCell),
 *  and the cell is kept as written in the date's text column, so its end and sessions are not lost; so is one whose end
 *  was read without its note (`…10:00～12:00（予定）`), which its time_with_note says. */
export function keepUnreadRangeEnd(r: RepairRow, pairs: readonly DateTimePair[]): void {
  for (const { startDate, endTime } of pairs) {
    const raw = r.cells[startDate];
    if (raw === undefined || r.record[startDate] === null || !isEmptyCell(r, r.cells[endTime], endTime)) continue;
    const noted = r.record[endTime] !== null && r.issues.some((i) => i.field === endTime && (i.code === "time_with_note" || i.code === "time_approximate"));
    if ((r.record[endTime] !== null && !noted) || rangeEndInDateCell(raw) === null) continue;
    const kept = keepCellAsWritten(r, startDate, raw);
    if (kept !== null && !noted) r.problem("kept_as_remarks", kept.target, kept.text);
  }
}

/** Whether a cell may write a time (a digit before `:` or 時): most date cells do not, and are not read again. */
const MAY_HOLD_TIME = /\d\s*(?::|時)/;

/** A date cell with a time after its date (`2024/4/1 10:00～12:00`) beside a time column of its own that says another
 *  (開始時間 `9:00`): the time column stays the row's, and the date cell, whose time no column took, is kept as written
 *  in the date's text column, the two times said (time_in_date_cell_differs). */
export function keepTimeBesideOwn(r: RepairRow, pairs: readonly DateTimePair[]): void {
  for (const { startDate, startTime } of pairs) {
    const [raw, own] = [r.cells[startDate], r.record[startTime]];
    if (raw === undefined || typeof own !== "string" || r.record[startDate] === null || !MAY_HOLD_TIME.test(raw)) continue;
    const written = timeInDateCell(raw);
    const time = written === null ? null : normalizeTime(written, { row: r.row, field: startTime }, "start").value;
    if (time === null || time === own) continue;
    // a date saved with its midnight (`2024/07/20 0:00`) beside the time column says no other time
    if (isClockMidnight(written)) {
      r.problem("date_time_midnight", startDate, raw.trim());
      continue;
    }
    keepCellAsWritten(r, startDate, raw);
    r.problem("time_in_date_cell_differs", startTime, raw.trim(), `${time}／${own}`);
  }
}

/** A start cell that says when the hours close (`17時まで`) beside an end cell of its own (`18:00`): the end cell
 *  stays the end, so the start cell, which no column took, is kept as written in the start's text column and its
 *  issue says so (in place of time_until_in_start, which says an empty end took it). */
export function keepClosingInStart(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  // runs on every row: only a row with a closing time read from its start cell has anything to keep
  if (!hasIssueCode(r.issues, "time_until_in_start")) return;
  for (const [start, end] of pairs) {
    const to = r.cells[end];
    if (to === undefined || to.trim() === "" || !r.issues.some((i) => i.field === start && i.code === "time_until_in_start")) continue;
    const from = r.cells[start] ?? "";
    keepCellAsWritten(r, start, from);
    withdrawIssue(r, start, "time_until_in_start");
    // the note of `17時まで（受付16時）` is kept with the cell: one issue says both
    withdrawIssue(r, start, "time_with_note");
    r.problem("time_until_in_start_beside_end", start, from, to.trim());
  }
}


/** What follows the number in a cell (`1棟`, `１２３点`, `3 躯`, `一幅`). */
const UNIT_AFTER = /^(?:[+-]?[\d,]*\.?\d+|[〇一二三四五六七八九十拾百千万壱弐参]+)\s*(\S.*)$/;

/** How a 文化財 list counts a whole of no one number (員数 `一括`: the documents of a house, taken as one; `一式`, `一連`):
 *  no count, but how the thing is counted, which is its unit column's. */
const LOT_WORDS: ReadonlySet<string> = new Set(["一括", "一式", "一連", "一揃", "一揃い", "一具一式"]);

/** What an unread count's cell is as its unit column's text, with what is said of it: a lot word (員数 `一括`), or counts in
 *  several units (`2巻1冊`, counts-of-units.ts); null for any other cell. */
function unitTextOf(cell: string): { text: string; code: "count_as_lot" | "count_of_several_units"; said: string } | null {
  const lot = cell.normalize("NFKC").replace(/\s/g, "");
  if (LOT_WORDS.has(lot)) return { text: lot, code: "count_as_lot", said: lot };
  const counts = cell.trim();
  const units = severalUnitsText(counts);
  return units === null ? null : { text: units, code: "count_of_several_units", said: counts };
}

/** A number cell that counts no one number (a lot word, 員数 `一括`; counts in several units, `2巻1冊`) goes to the
 *  number's unit column, the number left empty: said there (count_as_lot, count_of_several_units), not as a number
 *  that did not read, and not kept again in 備考. Before keepUnread. */
export function moveUncountedToUnits(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [key, unitKey] of pairs) {
    if (r.record[key] !== null || !r.issues.some((i) => i.field === key && i.code === "unparseable_number")) continue;
    const moved = unitTextOf(r.cells[key] ?? "");
    // a unit column of other words is the file's own; of the moved text (the hub's normalized CSV read again), this move's
    if (moved === null || (r.record[unitKey] !== null && r.record[unitKey] !== moved.text)) continue;
    r.record[unitKey] = moved.text;
    withdrawIssue(r, key, "unparseable_number");
    r.problem(moved.code, unitKey, moved.said);
  }
}

/** A unit written with the number (員数 `1棟`) goes to the number's own unit column when that is empty: said as moved,
 *  not as stripped, since nothing is lost. So does the unit of a number with a note (`2棟（主屋、土蔵）`), whose cell
 *  number_with_note keeps whole in 備考. */
export function moveUnits(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [key, unitKey] of pairs) {
    if (typeof r.record[key] !== "number" || r.record[unitKey] !== null) continue;
    const at = r.issues.findIndex((i) => i.field === key && i.code === "unit_stripped");
    const noted = at < 0 && r.issues.some((i) => i.field === key && i.code === "number_with_note");
    if (at < 0 && !noted) continue;
    const cell = (r.cells[key] ?? "").normalize("NFKC").trim();
    const unit = UNIT_AFTER.exec(noted ? withoutNote(cell) ?? "" : cell)?.[1];
    if (unit === undefined) continue;
    r.record[unitKey] = unit;
    if (at >= 0) r.issues.splice(at, 1);
    r.problem("unit_moved", unitKey, unit);
  }
}

