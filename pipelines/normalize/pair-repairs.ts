// Repairs of a row's start and end columns read together: an end time's 午後 from its start, 00:00 ends, an end past
// midnight on the next day, a time written in the date cell, an end date's year from its start, and the order checks.
import { columnJa, type Dataset } from "../../schemas/dataset.ts";
import type { Issue, IssueCode } from "../issues.ts";
import { hasMeridiem, saysAfternoon, TIME_OF_DAY } from "./clock.ts";
import { withoutNote } from "./notes.ts";
import { withoutWordsAfterTime } from "./words-after-time.ts";
import { cleanCell } from "./text.ts";
import { normalizeTime } from "./times.ts";
import { hoursAfterRecurrence, normalizeDate, rangeEndInDateCell, timeInDateCell, weekdayMarksOf, weekdayOf, withWeekdayAfter } from "./wareki.ts";

type Row = Record<string, unknown>;

/** What a record-level repair reads and writes of a row (row-repair.ts RowRepair). */
export interface RepairRow {
  readonly record: Row;
  readonly cells: Record<string, string>;
  readonly row: number;
  readonly issues: Issue[];
  readonly dataset: Dataset;
  problem(code: IssueCode, field: string, raw: string | null, detail?: string): void;
}

/** Takes back the row's issue `code` on `field`, once a repair has made it untrue (a time read after all). */
/** Whether any of a row's issues has `code` (a loop: record repairs ask it of every row, and most rows have none). */
export function hasIssueCode(issues: readonly Issue[], code: IssueCode): boolean {
  for (let k = 0; k < issues.length; k++) if (issues[k].code === code) return true;
  return false;
}

export function withdrawIssue(r: Pick<RepairRow, "issues">, field: string, code: IssueCode): void {
  const at = r.issues.findIndex((i) => i.field === field && i.code === code);
  if (at >= 0) r.issues.splice(at, 1);
}

/** Nothing written in the cell, or only what cleaning empties (a lone －). */
export const isEmptyCell = (r: RepairRow, raw: string | undefined, key: string): boolean =>
  raw === undefined || raw === "" || cleanCell(raw, { row: r.row, field: key }).value === null;

/** A date column and a time column of the start, and of the end (開始日 開始時間, 終了日 終了時間). */
export interface DateTimePair {
  startDate: string;
  endDate: string;
  startTime: string;
  endTime: string;
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** An end `to` (HH:MM) before its start `from`, read in the afternoon (`午後1時` | `5時` → 17:00) when the start's text
 *  says 午後, the end's says neither, and the afternoon's is after the start; else null. */
function afternoonEnd(from: string, to: string, startText: string, endText: string): string | null {
  if (!saysAfternoon(startText) || hasMeridiem(endText)) return null;
  const m = HHMM.exec(to);
  if (m === null || Number(m[1]) >= 12) return null;
  const afternoon = `${Number(m[1]) + 12}:${m[2]}`;
  return afternoon > from ? afternoon : null;
}

/** An end time written without 午前/午後 beside a start that says 午後 (`午後1時` | `5時`): the afternoon's (17:00) when
 *  the end as read is before the start and the afternoon's is after it. */
export function carryAfternoon(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [start, end] of pairs) {
    const [from, to] = [r.record[start], r.record[end]];
    if (typeof from !== "string" || typeof to !== "string" || !(to < from)) continue;
    const [startCell, endCell] = [r.cells[start] ?? "", r.cells[end] ?? ""];
    const afternoon = afternoonEnd(from, to, startCell, endCell);
    if (afternoon === null) continue;
    r.record[end] = afternoon;
    r.problem("time_meridiem_carried", end, `${startCell.trim()} ～ ${endCell.trim()} → ${from}～${afternoon}`);
  }
}

/** start 00:00 and end 00:00 in the same row mean open all day (狛江市 tourism): the end becomes 23:59. An end of 00:00
 *  after a later start (9:00 to 0:00) is midnight, the end of that day: 23:59 as well, as 24:00 is. */
export function repairAllDay(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [start, end] of pairs) {
    const from = r.record[start];
    if (r.record[end] !== "00:00" || typeof from !== "string") continue;
    // an event of several days that ends at 0:00 ends on its end date's first minute, not at its last
    const [startDate, endDate] = [r.record.start_date, r.record.end_date];
    if (from !== "00:00" && typeof endDate === "string" && endDate !== startDate) continue;
    r.record[end] = "23:59";
    if (from === "00:00") r.problem("all_day_time", end, "00:00-00:00");
    else r.problem("midnight_end", end, `${from}～${(r.cells[end] ?? "").trim() || "00:00"}`);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The ISO date after `iso` (a valid ISO date). */
function dayAfter(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * An end time past midnight (25:00, 翌1時, 22時～翌2時) is on the day after: a row of one day, whose end date is its
 * start date or empty, ends the next day. Left alone, the record ends before it starts (2024-07-20 22:00 to
 * 2024-07-20 02:00). A row over several days keeps its dates: its times are those of each day.
 */
export function endNextDay(r: RepairRow, pairs: readonly DateTimePair[]): void {
  for (const { startDate, endDate, startTime, endTime } of pairs) {
    const from = r.record[startDate];
    const to = r.record[endDate];
    if (typeof from !== "string" || !ISO_DATE.test(from)) continue;
    // an end date that did not read is the officer's to fix, not to be filled
    if (to === null ? (r.cells[endDate] ?? "") !== "" : to !== from) continue;
    if (r.issues.some((i) => i.code === "time_past_midnight" && i.field === endTime)) {
      const next = dayAfter(from);
      r.record[endDate] = next;
      r.problem("end_date_next_day", endDate, `${from} → ${next}`);
      continue;
    }
    // 18:00 to 17:00 on one day: swapped, or past midnight without saying so; HH:MM compare as text
    const [start, end] = [r.record[startTime], r.record[endTime]];
    if (typeof start === "string" && typeof end === "string" && end < start) r.problem("end_time_before_start", endTime, `${start} > ${end}`);
  }
}

/** What a time reader says of a time read without part of its cell: a note, the doors' time beside the show's. */
const TIME_READ_IN_PART: ReadonlySet<IssueCode> = new Set(["time_with_note", "time_doors_open"]);
const hasFieldIssue = (r: RepairRow, field: string, code: IssueCode) => r.issues.some((i) => i.field === field && i.code === code);

/** A midnight written as a clock after a date (`2024/07/20 0:00`, `2024-10-05T00:00:00`, `…T15:00:00Z`): the time a
 *  date saved in a date-time format carries (Excel's `yyyy/m/d h:mm`, a CMS's all-day event), no time of the event. */
const CLOCK_MIDNIGHT = /^0?0:00(?::00(?:\.0+)?)?$/;
export const isClockMidnight = (written: string | null): boolean => written !== null && CLOCK_MIDNIGHT.test(written.normalize("NFKC").trim());

/** Whether a date cell's time is such a midnight, and the other date cell of its pair gives no time but one too: an
 *  event from 22:00 to `2025/1/1 0:00` ends at midnight. */
function midnightOfDateOnly(r: RepairRow, raw: string, other: string | undefined): boolean {
  if (!isClockMidnight(timeInDateCell(raw))) return false;
  const otherTime = other === undefined || other === "" ? null : timeInDateCell(other);
  return otherTime === null || isClockMidnight(otherTime);
}

/** A time written in the date cell (`2024/11/3 10:00`, `…日18時30分`, `…14:00開演`) fills its empty time column; a
 *  date's own midnight (`2024/07/20 0:00`) is no time (date_time_midnight). */
export function timeFromDateCell(r: RepairRow, pairs: readonly DateTimePair[]): void {
  for (const { startDate, endDate, startTime, endTime } of pairs) {
    timesFromRecurrence(r, startDate, startTime, endTime);
    timesBesideYearlessDate(r, startDate, startTime, endTime);
    for (const [dateKey, timeKey, bound] of [[startDate, startTime, "start"], [endDate, endTime, "end"]] as const) {
      const raw = r.cells[dateKey];
      if (raw === undefined || raw === "" || r.record[dateKey] === null || r.record[timeKey] !== null || !isEmptyCell(r, r.cells[timeKey], timeKey)) continue;
      if (midnightOfDateOnly(r, raw, r.cells[dateKey === startDate ? endDate : startDate])) {
        r.problem("date_time_midnight", dateKey, raw.trim());
        continue;
      }
      const written = timeInDateCell(raw);
      const read = written === null ? null : normalizeTime(written, { row: r.row, field: timeKey }, bound);
      const time = read?.value ?? null;
      if (read === null || time === null) continue;
      r.record[timeKey] = time;
      r.problem("time_from_date_cell", timeKey, `${raw.trim()} → ${time}`);
      secondsRounded(r, read.issues, timeKey, raw);
      // a time read without a note or the doors' time (`14:00開演（13:30開場）`): the date cell is kept with them
      if (read.issues.some((i) => TIME_READ_IN_PART.has(i.code)) && !hasFieldIssue(r, dateKey, "date_with_note")) r.problem("date_with_note", dateKey, raw);
    }
    if (r.record[endTime] === null && r.record[startTime] !== null) endFromStartCell(r, { startDate, endDate, startTime, endTime });
  }
}

/** The hours after a day that recurs in the start's date cell (`毎週月曜日 10:00～12:00`, `2024年6月8日より毎月第2土曜日
 *  13時から15時`) are those of every day it names: they fill the empty time columns (time_from_date_cell), whether or not
 *  a start date read; the cell stays in the remarks. Before, a weekly class published no times at all. */
function timesFromRecurrence(r: RepairRow, startDate: string, startTime: string, endTime: string): void {
  if (r.record[startTime] !== null || r.record[endTime] !== null || !isEmptyCell(r, r.cells[startTime], startTime) || !isEmptyCell(r, r.cells[endTime], endTime)) return;
  const inDate = r.cells[startDate];
  let raw = inDate;
  let hours = inDate === undefined || inDate === "" ? null : hoursAfterRecurrence(inDate);
  let code: "time_from_date_cell" | "time_from_schedule_remarks" = "time_from_date_cell";
  // the file's own 開始日時特記事項 with the day and its hours (`毎週土曜日 13:00～15:00`) beside empty time columns
  const remarks = hours === null ? r.dataset.columnByKey.get(startDate)?.overflow : undefined;
  const inRemarks = remarks === undefined ? undefined : r.cells[remarks];
  if (inRemarks !== undefined && inRemarks !== "") {
    hours = hoursAfterRecurrence(inRemarks);
    raw = inRemarks;
    code = "time_from_schedule_remarks";
  }
  if (hours === null || raw === undefined) return;
  fillTimes(r, [startTime, hours], [endTime, hours], raw, code);
}

/** The hours after a date written without its year (`毎週土曜日（4月6日～9月28日） 10:00～12:00`, `4月6日 10時～12時`) in a
 *  file that says no year (year_missing): the date is not published, but the hours are the day's whatever its year, so
 *  they fill the empty time columns (time_from_date_cell), both or neither; an end with a date of its own is left. */
function timesBesideYearlessDate(r: RepairRow, startDate: string, startTime: string, endTime: string): void {
  const raw = r.cells[startDate];
  if (raw === undefined || raw === "" || r.record[startDate] !== null || r.record[startTime] !== null || r.record[endTime] !== null
    || !r.issues.some((i) => i.code === "year_missing" && i.field === startDate)
    || !isEmptyCell(r, r.cells[startTime], startTime) || !isEmptyCell(r, r.cells[endTime], endTime)) return;
  const [start, end] = [timeInDateCell(raw), rangeEndInDateCell(raw)];
  if (start === null || end === null || !isEndTime(end)) return;
  fillTimes(r, [startTime, start], [endTime, end], raw, "time_from_date_cell");
}

/** Both empty time columns from the text of their hours (a range for both, or each its own), or neither when either does
 *  not read: each said as taken from `cell` (the date's or the remarks' cell), and past midnight with the end's text. */
function fillTimes(r: RepairRow, [startTime, startText]: readonly [string, string], [endTime, endText]: readonly [string, string], cell: string,
  code: "time_from_date_cell" | "time_from_schedule_remarks"): void {
  const from = normalizeTime(startText, { row: r.row, field: startTime }, "start");
  const to = normalizeTime(endText, { row: r.row, field: endTime }, "end");
  if (from.value === null || to.value === null) return;
  for (const [key, read] of [[startTime, from], [endTime, to]] as const) {
    r.record[key] = read.value;
    r.problem(code, key, `${cell.trim()} → ${read.value}`);
    if (read.issues.some((i) => i.code === "time_past_midnight")) r.problem("time_past_midnight", key, endText);
  }
}

/** Said when the date cell's time had seconds (`2024/5/3 10:00:30`): the minute it was rounded to. */
function secondsRounded(r: RepairRow, issues: readonly Issue[], timeKey: string, raw: string): void {
  const rounded = issues.find((i) => i.code === "time_seconds_rounded");
  if (rounded !== undefined) r.problem("time_seconds_rounded", timeKey, raw.trim(), rounded.detail);
}

/** A time that runs to `12:00`, `12:00:00`, `17時`, `翌2:00` or `正午` (the end of a range in a date cell, with no date of its own). */
const END_TIME = new RegExp(String.raw`^(?:翌日?)?${TIME_OF_DAY}$`);
const isEndTime = (text: string) => END_TIME.test(text.replace(/\s+/g, ""));

/** `12:00頃`: an end said to be about, read as the time (time_approximate) as an end column reads it. */
const ABOUT_AFTER = /\s*(?:頃|ごろ)$/;
const exactly = (text: string) => text.replace(ABOUT_AFTER, "");

/** A range in the start's date cell (`2024/4/1 10:00～12:00`, `…10:00～2024/4/3 12:00`) ends the row when its end
 *  columns are empty: the end time (time_from_date_cell), and the end date when the range gives one (date_range_split);
 *  left alone, the cell's end was lost. An end date of the row's own that is another day keeps the row's. */
function endFromStartCell(r: RepairRow, { startDate, endDate, startTime, endTime }: DateTimePair): void {
  const raw = r.cells[startDate];
  if (raw === undefined || r.record[startDate] === null || !isEmptyCell(r, r.cells[endTime], endTime)) return;
  const cellEnd = rangeEndInDateCell(raw);
  if (cellEnd === null) return;
  // `12:00（予定）`, `12:00 ※受付9:30から`, `12:00 雨天中止`, `16:00 受付は15:30まで`, `4月3日 12:00（予定）`: the end without its note, the cell
  // kept in the remarks (kept-cells.ts keepUnreadRangeEnd), as a time column's noted cell is; `12:00頃` is 12:00, said
  const reads = (text: string) => isEndTime(exactly(text)) || timeInDateCell(exactly(text)) !== null;
  const core = reads(cellEnd) ? null : withoutNote(cellEnd) ?? withoutWordsAfterTime(cellEnd, "end");
  const noted = core !== null && reads(core) ? core : cellEnd;
  const end = exactly(noted);
  const field = { row: r.row, field: endTime };
  const written = isEndTime(end) ? end : timeInDateCell(end);
  const read = written === null ? null : normalizeTime(written, field, "end");
  let time = read?.value ?? null;
  if (time === null) return;
  // `18:00～翌2:00`: the next day's 02:00, said, and the end date made the next day (endNextDay)
  const pastMidnight = read?.issues.some((i) => i.code === "time_past_midnight") ?? false;
  const from = r.record[startTime];
  if (written === end && !pastMidnight && typeof from === "string" && time < from) {
    // an end of the start's day before the start: the start's 午後 carried (`午後2時～4時` ends at 16:00), else it is
    // left empty rather than end the row before it starts
    const afternoon = afternoonEnd(from, time, timeInDateCell(raw) ?? "", end);
    if (afternoon === null) return;
    r.problem("time_meridiem_carried", endTime, `${raw.trim()} → ${from}～${afternoon}`);
    time = afternoon;
  }
  if (written !== end) {
    const date = endDateInStartCell(end, r.record[startDate] as string, { row: r.row, field: endDate });
    if (date === null) return;
    if (r.record[endDate] === null && isEmptyCell(r, r.cells[endDate], endDate)) {
      r.record[endDate] = date;
      r.problem("date_range_split", endDate, raw.trim());
    } else if (r.record[endDate] !== date) return;
  }
  r.record[endTime] = time;
  r.problem("time_from_date_cell", endTime, `${raw.trim()} → ${time}`);
  secondsRounded(r, read?.issues ?? [], endTime, raw);
  if (pastMidnight) r.problem("time_past_midnight", endTime, end.trim());
  if (end !== noted) r.problem("time_approximate", endTime, raw.trim());
  if (noted !== cellEnd) r.problem("time_with_note", endTime, raw.trim());
}

/** The end date a range in the start's date cell runs to: as written, else (`2024年4月1日 10:00～4月3日 12:00`) in the
 *  start's year, or the next where that would put it before the start. */
function endDateInStartCell(end: string, start: string, at: { row: number; field: string }): string | null {
  const written = normalizeDate(end, at, "end").value;
  if (written !== null) return written;
  const year = Number(start.slice(0, 4));
  const same = normalizeDate(`${year}年${end.trim()}`, at, "end").value;
  return same !== null && same < start ? normalizeDate(`${year + 1}年${end.trim()}`, at, "end").value : same;
}

/** The two dates of a row when the later column's is before the earlier's (ISO dates compare as text), else null. */
function reversedDates(record: Row, earlier: string, later: string): [string, string] | null {
  const [from, to] = [record[earlier], record[later]];
  return typeof from === "string" && typeof to === "string" && ISO_DATE.test(from) && ISO_DATE.test(to) && to < from ? [from, to] : null;
}

/** An end date written without its year (`10月6日(日)` after 開始日 2024-10-05) is read in the start date's year, or
 *  the next when that would put it before the start; not where a weekday written beside it is not that day's (`4月3日(木)`
 *  after 2024-04-01, a Monday: the end or the weekday is wrong), which is said and no year guessed. */
export function endYearFromStart(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [start, end] of pairs) {
    const from = r.record[start];
    const raw = r.cells[end];
    if (r.record[end] !== null || typeof from !== "string" || !ISO_DATE.test(from) || raw === undefined || raw.trim() === "") continue;
    const at = r.issues.findIndex((i) => i.field === end && i.code === "unparseable_date");
    if (at < 0) continue;
    const year = Number(from.slice(0, 4));
    // a weekday before the day (`日 6/16`) goes after it, where it stays beside the day once the year is put before it
    const written = withWeekdayAfter(raw.normalize("NFKC").trim());
    const read = (y: number) => normalizeDate(`${y}年${written}`, { row: r.row, field: end }, "end").value;
    const same = read(year);
    const date = same !== null && same < from ? read(year + 1) : same;
    if (date === null) continue;
    r.issues.splice(at, 1);
    const marks = weekdayMarksOf(written);
    if (marks.length === 1 && marks[0].weekday !== weekdayOf(date)) {
      const ja = columnJa(r.dataset, start);
      r.problem("date_year_weekday_mismatch", end, raw, `${date}（${weekdayOf(date)}曜日、書かれた曜日は${marks[0].weekday}曜日、${ja}：${from}）`);
      continue;
    }
    r.record[end] = date;
    r.problem("date_year_from_start", end, raw);
  }
}

/** An end date before its start date is an error on the end date; times may pass midnight and are not checked. */
export function checkDateOrder(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [start, end] of pairs) {
    const reversed = reversedDates(r.record, start, end);
    if (reversed !== null) r.problem("end_before_start", end, `${reversed[0]} > ${reversed[1]}`);
  }
}


/** Dates a dataset says come in order (許可年月日 before 許可満了日): a later one before the earlier is a warning on the
 *  later, values kept. */
export function checkDatasetDateOrder(r: RepairRow, order: NonNullable<Dataset["dateOrder"]>): void {
  for (const [earlier, later] of order) {
    const reversed = reversedDates(r.record, earlier, later);
    if (reversed !== null) r.problem("dates_out_of_order", later, `${columnJa(r.dataset, earlier)} ${reversed[0]} > ${reversed[1]}`);
  }
}
