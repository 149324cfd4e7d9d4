// Columns of each day's hours in a file with no start or end column (東京都福祉局's register of accessible toilets:
// 月曜日 | 火曜日 | … | 祝日 of `0830_2200`, then その他, and for a season of other hours 月曜日2 … beside
// 季節によって利用可能が異なる場合の期間): they stayed in extra, and the hours were not published. The standard has one start
// and one end: a time is read where every day open on the row has it, else left empty and said (hours_differ_by_day), as
// a cell of hours by sets of days is (day-sets.ts); the days' hours go into the remarks (利用可能日時特記事項) where the
// times alone do not say them (days closed, hours that differ, a season), and so do the notes beside them.
import { DAY_HEADERS } from "../schemas/blocks.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { type Issue, issue } from "./issues.ts";
import { boundOf, endKeyOf } from "./normalize/column-bounds.ts";
import { isPlaceholder, labelledText, plainWords } from "./normalize/text.ts";
import { normalizeTime } from "./normalize/times.ts";
import { underscoreRange } from "./normalize/underscore-range.ts";
import { saysClosed, yesNoOf } from "./normalize/yes-no.ts";

/** A column of the days' hours: a day's (`day` as the standard writes it: 月, 祝, 日祝; `group` the number after it,
 *  月曜日2's 2, "" for none) or a note beside a group of days (その他, the season's period). */
export interface DayHoursColumn { at: number; header: string; day?: string; group?: string }

/** The standard's start and end columns the days' hours give, the text column they overflow into, and the file's
 *  columns of the days' hours, in file order. */
export interface DayHoursColumns { start: string; end: string; remarks: string; remarksJa: string; columns: readonly DayHoursColumn[] }

/** A day's header (NFKC, no spaces), a number after it or not: 月曜日, 祝日, 月曜日2. */
const DAY_HEADER = /^(.+?)(\d?)$/;
/** A note beside a group of days: its other days (その他) or the season the group is for (…期間). */
const NOTE_HEADER = /^(?:その他|.*期間)\d?$/;
/** Fewer day columns than this are no week (月 | 日 of a date split over 年 | 月 | 日), as for 利用可能曜日's marks. */
const LEAST_DAYS = 3;

/** The dataset's start and end time columns that overflow into one text column (利用開始時間 | 利用終了時間 →
 *  利用可能時間特記事項). */
function timePairOf(dataset: Dataset): { start: string; end: string; remarks: string; remarksJa: string } | null {
  for (const c of dataset.columns) {
    if (kindOf(c.type) !== "time" || boundOf(c.key) !== "start" || c.overflow === undefined) continue;
    const end = dataset.columnByKey.get(endKeyOf(c.key));
    const remarks = dataset.columnByKey.get(c.overflow);
    if (end !== undefined && end.overflow === c.overflow && remarks !== undefined) return { start: c.key, end: end.key, remarks: remarks.key, remarksJa: remarks.ja };
  }
  return null;
}

/** The file's columns of each day's hours, unmapped, three days at least in a group, with the notes right after each
 *  group; null when the file has none, or has a start or end column of its own (`has`). */
export function dayHoursColumnsOf(dataset: Dataset, keys: readonly (string | null)[], headers: readonly string[], has: (key: string) => boolean):
  DayHoursColumns | null {
  const pair = timePairOf(dataset);
  if (pair === null || has(pair.start) || has(pair.end)) return null;
  const days: DayHoursColumn[] = [];
  keys.forEach((key, i) => {
    const m = key === null ? DAY_HEADER.exec(plainWords(headers[i] ?? "")) : null;
    const day = m === null ? undefined : DAY_HEADERS[m[1]];
    if (m !== null && day !== undefined) days.push({ at: i, header: (headers[i] ?? "").trim(), day, group: m[2] });
  });
  const groups = new Map<string, DayHoursColumn[]>();
  for (const d of days) {
    const group = groups.get(d.group ?? "") ?? [];
    if (!group.some((g) => g.day === d.day)) group.push(d);
    groups.set(d.group ?? "", group);
  }
  const kept = [...groups.values()].filter((g) => g.length >= LEAST_DAYS);
  if (kept.length === 0) return null;
  const columns: DayHoursColumn[] = [];
  for (const group of kept) {
    columns.push(...group);
    for (let i = group[group.length - 1].at + 1; i < keys.length && keys[i] === null && NOTE_HEADER.test(plainWords(headers[i] ?? "")); i++) {
      columns.push({ at: i, header: (headers[i] ?? "").trim() });
    }
  }
  columns.sort((a, b) => a.at - b.at);
  return { ...pair, columns };
}

/** A day's cell: closed (blank, a dash, ×, 休館), open with its hours read (and as the remarks write them: the register's
 *  `0830_2200` as `08:30～22:00`), or open with hours that do not read (words; ○ with none). */
type DayCell = { open: false } | { open: true; from: string | null; to: string | null; text: string };
const CLOSED: DayCell = { open: false };

/** A day open by a mark alone (○): no hours, nothing for the remarks to say. */
const MARKED: DayCell = { open: true, from: null, to: null, text: "" };

function dayCellOf(cell: string): DayCell {
  if (cell === "" || isPlaceholder(cell) || saysClosed(cell)) return CLOSED;
  const mark = yesNoOf(cell);
  if (mark !== undefined) return mark ? MARKED : CLOSED;
  const from = normalizeTime(cell, { row: 0, field: "start_time" }, "start").value;
  const to = normalizeTime(cell, { row: 0, field: "end_time" }, "end").value;
  const nfkc = cell.normalize("NFKC");
  const range = underscoreRange(nfkc);
  return { open: true, from, to, text: range === nfkc ? cell : range.replace("-", "～") };
}

/** What a row's day columns give: the start and end every open day shares ("" where they differ or none is open), the
 *  remarks, and the issues of a time left empty. */
export function readDayHours(values: readonly string[], hours: DayHoursColumns, row: number):
  { start: string; end: string; remarks: string; issues: Issue[] } {
  const cells = new Map<string, DayCell>();
  const read = hours.columns.map((c) => {
    if (c.day === undefined) return null;
    const cell = (values[c.at] ?? "").trim();
    let found = cells.get(cell);
    if (found === undefined) cells.set(cell, (found = dayCellOf(cell)));
    return found;
  });
  const open = read.filter((r): r is Extract<DayCell, { open: true }> => r !== null && r.open);
  const shared = (end: "from" | "to") => (open.length > 0 && open.every((o) => o[end] !== null && o[end] === open[0][end]) ? open[0][end] ?? "" : "");
  const start = shared("from");
  const end = shared("to");
  // the group of days whose columns are all open with one time say no more than the start and end do
  const groupsOpen = new Set(hours.columns.flatMap((c, k) => (read[k]?.open ? [c.group] : [])));
  const onlyGroup = groupsOpen.size === 1 ? [...groupsOpen][0] : undefined;
  const plain = start !== "" && end !== "" && onlyGroup !== undefined
    && hours.columns.every((c, k) => c.group !== onlyGroup || read[k]?.open === true);
  const parts: string[] = [];
  const daysSaid: string[] = [];
  let k = 0;
  while (k < hours.columns.length) {
    const c = hours.columns[k];
    if (c.day === undefined) {
      const note = (values[c.at] ?? "").trim();
      if (note !== "" && !isPlaceholder(note)) parts.push(labelledText(c.header, note));
      k++;
      continue;
    }
    // a run of one group's days: each set of days of one hours, in the order the days come (月火水木金：08:30～17:00)
    const sets = new Map<string, string>();
    for (; k < hours.columns.length && hours.columns[k].day !== undefined && hours.columns[k].group === c.group; k++) {
      const r = read[k];
      if (r?.open && r.text !== "") sets.set(r.text, (sets.get(r.text) ?? "") + hours.columns[k].day);
    }
    if (plain) continue;
    for (const [text, days] of sets) daysSaid.push(labelledText(days, text));
    parts.push(...daysSaid.slice(daysSaid.length - sets.size));
  }
  // days open by a mark alone (○) give no hours to differ by
  const timed = open.some((o) => o.from !== null || o.to !== null);
  const issues = ([[hours.start, start], [hours.end, end]] as const).flatMap(([key, value]) => (timed && value === ""
    ? [issue("hours_differ_by_day", { row, field: key, value: daysSaid.join(" / "), detail: hours.remarksJa })] : []));
  return { start, end, remarks: parts.join(" / "), issues };
}
