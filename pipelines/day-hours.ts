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

/** A column of the days' hours: a day's (`day` as the standard writes it: 月, 祝, 日祝) or a note beside a group of days
 *  (その他, or the season's period: `period`); `group` is the number after a day's header (月曜日2's 2, "" for none),
 *  a note's the group it follows. */
export interface DayHoursColumn { at: number; header: string; group: string; day?: string; period?: true }

/** The standard's start and end columns the days' hours give, the text column they overflow into, the file's columns
 *  of the days' hours, in file order, and each distinct day cell as read, once for the file (the register repeats
 *  `0830_2200` on most rows). */
export interface DayHoursColumns { start: string; end: string; remarks: string; remarksJa: string; columns: readonly DayHoursColumn[];
  cells: Map<string, DayCell> }

/** A day's header (NFKC, no spaces), a number after it or not: 月曜日, 祝日, 月曜日2. */
const DAY_HEADER = /^(.+?)(\d?)$/;
/** A note beside a group of days: its other days (その他) or the season the group is for (…期間). */
const NOTE_HEADER = /^(?:その他|.*期間)\d?$/;
const PERIOD_HEADER = /期間\d?$/;
/** Fewer day columns than this are no week (月 | 日 of a date split over 年 | 月 | 日), as for 利用可能曜日's marks. */
const LEAST_DAYS = 3;
/** Distinct day cells kept read for a file; past this, the kept ones are let go (a file of free text in its days). */
const MAX_CELLS = 512;
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
    const group = groups.get(d.group) ?? [];
    if (!group.some((g) => g.day === d.day)) group.push(d);
    groups.set(d.group, group);
  }
  const kept = [...groups.values()].filter((g) => g.length >= LEAST_DAYS);
  if (kept.length === 0) return null;
  const columns: DayHoursColumn[] = [];
  for (const group of kept) {
    columns.push(...group);
    for (let i = group[group.length - 1].at + 1; i < keys.length && keys[i] === null && NOTE_HEADER.test(plainWords(headers[i] ?? "")); i++) {
      const header = (headers[i] ?? "").trim();
      columns.push({ at: i, header, group: group[0].group, ...(PERIOD_HEADER.test(plainWords(header)) ? { period: true as const } : {}) });
    }
  }
  columns.sort((a, b) => a.at - b.at);
  return { ...pair, columns, cells: new Map() };
}

/** A day's cell: closed (blank, a dash, ×, 休館), open with its hours read (and as the remarks write them: the register's
 *  `0830_2200` as `08:30～22:00`), or open with hours that do not read (words; ○ with none). */
export type DayCell = { open: false } | { open: true; from: string | null; to: string | null; text: string };
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

/** A day's cell as read, once for the file. */
function cellOf(hours: DayHoursColumns, cell: string): DayCell {
  let found = hours.cells.get(cell);
  if (found === undefined) {
    if (hours.cells.size >= MAX_CELLS) hours.cells.clear();
    hours.cells.set(cell, (found = dayCellOf(cell)));
  }
  return found;
}

/** How the remarks say a day of an open week whose cell is blank or says closed: closed, or, for a blank 祝日 beside
 *  every other day open, not known (holidays fall on those days; a blank there may be a cell left unfilled). */
const CLOSED_SAID = "休み";
const UNKNOWN_SAID = "記載なし";

/** What one group of the days (月曜日 … 祝日, or 月曜日2 … 祝日2) says: its sets of days of one hours (月火水木金：08:30～17:00),
 *  its days closed (土日祝：休み) or not known (祝：記載なし), and its notes (その他), apart from its period. */
interface GroupSaid { sets: Map<string, string>; closed: string; unknown: string; notes: string[]; period: string | null; open: boolean }

/** Each group of the row's days, in file order. */
function groupsOf(values: readonly string[], hours: DayHoursColumns, read: readonly (DayCell | null)[]): GroupSaid[] {
  const groups = new Map<string, GroupSaid>();
  hours.columns.forEach((c, k) => {
    let g = groups.get(c.group);
    if (g === undefined) groups.set(c.group, (g = { sets: new Map(), closed: "", unknown: "", notes: [], period: null, open: false }));
    const cell = (values[c.at] ?? "").trim();
    const r = read[k];
    if (r === null) {
      if (cell === "" || isPlaceholder(cell)) return;
      if (c.period === true) g.period = cell;
      else g.notes.push(labelledText(c.header, cell));
      return;
    }
    if (!r.open) return;
    g.open = true;
    if (r.text !== "") g.sets.set(r.text, (g.sets.get(r.text) ?? "") + c.day);
  });
  // the days of a group with hours not open: closed, a blank 祝日 beside every other day open not known (days of marks
  // alone, ○ | ×, are the days of use, which a days column of the dataset says)
  for (const [group, g] of groups) {
    if (g.sets.size === 0) continue;
    const days = hours.columns.flatMap((c, k) => (c.group === group && c.day !== undefined ? [{ c, r: read[k] }] : []));
    const othersOpen = days.every(({ c, r }) => c.day === "祝" || r?.open === true);
    for (const { c, r } of days) {
      if (r?.open === true) continue;
      if (c.day === "祝" && othersOpen && (values[c.at] ?? "").trim() === "") g.unknown += c.day;
      else g.closed += c.day;
    }
  }
  return [...groups.values()];
}

/** What a row's day columns give: the start and end every open day shares ("" where they differ or none is open), the
 *  remarks, and the issues of a time left empty. A group's period (季節によって利用可能が異なる場合の期間) follows the
 *  group in the register and labels its days (`【4月1日～9月30日】月火水木金：09:00～18:00、土日祝：休み`); a period beside
 *  a group with no day open, before one with days and no period, is that group's. */
export function readDayHours(values: readonly string[], hours: DayHoursColumns, row: number):
  { start: string; end: string; remarks: string; issues: Issue[] } {
  const read = hours.columns.map((c) => (c.day === undefined ? null : cellOf(hours, (values[c.at] ?? "").trim())));
  const open = read.filter((r): r is Extract<DayCell, { open: true }> => r !== null && r.open);
  const shared = (end: "from" | "to") => (open.length > 0 && open.every((o) => o[end] !== null && o[end] === open[0][end]) ? open[0][end] ?? "" : "");
  const start = shared("from");
  const end = shared("to");
  const groups = groupsOf(values, hours, read);
  groups.forEach((g, k) => {
    const next = groups[k + 1];
    if (g.period !== null && !g.open && next !== undefined && next.open && next.period === null) [next.period, g.period] = [g.period, null];
  });
  // the group of days whose columns are all open with one time says no more than the start and end do
  const opened = groups.filter((g) => g.open);
  const plain = start !== "" && end !== "" && opened.length === 1 && opened[0].closed === "" && opened[0].unknown === "";
  const periodHeader = hours.columns.find((c) => c.period === true)?.header ?? "";
  const parts: string[] = [];
  const daysSaid: string[] = [];
  for (const g of groups) {
    const sets = [...g.sets].map(([text, days]) => labelledText(days, text));
    daysSaid.push(...sets);
    const said = [...(g.open && !plain ? [...sets, ...(g.closed === "" ? [] : [labelledText(g.closed, CLOSED_SAID)]),
      ...(g.unknown === "" ? [] : [labelledText(g.unknown, UNKNOWN_SAID)])] : []), ...g.notes];
    if (g.period !== null && g.open && said.length > 0) parts.push(`【${g.period}】${said.join("、")}`);
    else parts.push(...(g.period === null ? [] : [labelledText(periodHeader, g.period)]), ...said);
  }
  // days open by a mark alone (○) give no hours to differ by
  const timed = open.some((o) => o.from !== null || o.to !== null);
  const issues = ([[hours.start, start], [hours.end, end]] as const).flatMap(([key, value]) => (timed && value === ""
    ? [issue("hours_differ_by_day", { row, field: key, value: daysSaid.join(" / "), detail: hours.remarksJa })] : []));
  return { start, end, remarks: parts.join(" / "), issues };
}
