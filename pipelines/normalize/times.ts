// Times → `HH:MM`: 8:30, 08:30:00, ８：３０, 8時30分, 8時半, 午前8時, 午後5時30分, 5:30PM, 0830, 正午, Excel day fractions;
// past midnight as 25時 or 翌1時; an end time written as the end of a range (`～16時`).
// A column's bound (start or end, from its key) decides what 24時間/終日, 24:00 and a range `9:00～17:00` become:
// all day is 00:00–23:59; 24:00 is 00:00 for a start and 23:59 for an end; a start takes a range's first time.
import type { Issue, IssueCode } from "../issues.ts";
import { A_TIME_OF_DAY, type Clock, DAY_PART, hhmm, minutesOf, parseClock, rangeEnd, TIME_OF_DAY } from "./clock.ts";
import { type At, type Fixed, problem, problemAt } from "./fixed.ts";
import { withoutNote } from "./notes.ts";
import { withoutWordsAfterTime } from "./words-after-time.ts";
import { cleanCell, isAscii, MAX_TYPED_LENGTH, toHalfWidthAscii } from "./text.ts";
import { endMovedBy, isSeasonalHours, partTimes, SEASON_TIMES } from "./seasonal-hours.ts";
import { DAYS_WORDS, daySetsOf, sharedTime } from "./day-sets.ts";
import { hoursOfRecurrence } from "./recurrence.ts";
import { underscoreRange } from "./underscore-range.ts";

export { parseClock } from "./clock.ts";

export type Bound = "start" | "end";

const ALL_DAY = /^(?:24時間(?:営業|利用可能?|対応|開放|使用可能?)?|(?:終日|常時)(?:開放|営業|利用可能?|使用可能?|利用可|使用可)?|24(?:h|hr|hrs|hours?)?|0?0:00[~〜-]24:00)$/i;
const RANGE = /^(.+?)\s*(?:~|〜|-|−|‐|–|—|―|ー|から)\s*(.+?)(?:まで)?$/;
/** `から`/`まで` after a time, and `頃` (about: 21:00頃 is read as 21:00, said, the cell kept) before them. */
const OPEN_END = /\s*(?:頃|ごろ)?\s*(?:から|まで|~|〜)?$/;
/** `~16時`, `から17:00`, `-16:00`: the end of a range whose start is elsewhere (in the start column), read as an end time. */
const OPEN_START = /^(?:~|〜|から|[-−‐‑–—―ー])\s*/;
const FRACTION = /^0?\.\d+$/;
/** `17時まで`, `17:00迄`, `17時までに`, `17時終了` (also `～17時まで`): a time that closes the hours. */
const UNTIL_WORD = /\s*(?:頃|ごろ)?\s*(?:までに|まで|迄|終了)$/;
/** `9時から`, `9:00～`, `13:30-`, `13:00開始`, `13時開演`: a time that opens them. */
const FROM_WORD = /\s*(?:頃|ごろ)?\s*(?:から|~|〜|[-−‐‑–—―ー]|開始|開演|スタート)$/;
/** `開演13:00`, `開始：13時`: the word before the time that opens them. */
const FROM_WORD_BEFORE = /^(?:開演|開始)\s*:?\s*(?=[\d午正])/;
/** `開場12:30 開演13:00`, `開演13:00/開場12:30`: when the doors open and when the show starts, which is its start. */
const DOORS_THEN_SHOW = /^開場\s*:?\s*(.+?)\s*[、,/・]?\s*開演\s*:?\s*(.+)$/;
const SHOW_THEN_DOORS = /^開演\s*:?\s*(.+?)\s*[、,/・]?\s*開場\s*:?\s*(.+)$/;
/** The same with each word after its time (`12:30開場 13:00開演`, `13時開演、12時30分開場`). */
const DOORS_THEN_SHOW_AFTER = /^(.+?)\s*開場\s*[、,/・]?\s*(.+?)\s*開演$/;
const SHOW_THEN_DOORS_AFTER = /^(.+?)\s*開演\s*[、,/・]?\s*(.+?)\s*開場$/;
/** `10:00開始 12:00終了`, `13時開演、15時終演予定`: a range written in words, its start said by 開始 and its end by 終了. */
const WORDED_RANGE = /^(.+?)\s*(?:開始|スタート|開演)\s*[、,/・]?\s*(.+?)\s*(?:終了|終演)(予定)?$/;
/** `9:30集合`, `集合9時`: when the participants meet, which an outing starts with. */
const MEETING = /^(?:集合\s*:?\s*(.+)|(.+?)\s*集合)$/;
/** `12:00解散`, `解散15時`, `15:00解散予定`: when the participants part, which an outing ends with. */
const DISPERSAL = /^(?:解散\s*:?\s*(.+?)|(.+?)\s*解散)(?:予定)?$/;
/** `平日 8:30～17:15`, `月～金 9:00～17:00`, `365日24時間`, `開館日の9:30～22:00`: the days the hours are for, written before them in one
 *  cell (AED and facility lists' 利用可能時間), as `（平日）8:30` writes them in brackets. The text is NFKC. */
/** One day (月, 月曜, and through the next day 日, 月曜日, 土日, 祝日): a day's 日 is the day 日, which days may follow
 *  without a separator, so that the days read one way only; the space around a separator or colon is read by one
 *  \s* alone. While 日 could be a suffix or a day and a space either side of a missing separator, a run of 祝日, 土日
 *  or `日 ` tried every split, twice the time for each day more (26 days: 5 s). */
const DAY = "(?:[月火水木金土日祝]曜?)";
const DAYS_BEFORE = new RegExp(`^(?:平日|毎日|全日|365日|年中無休|(?:開館|開庁|開所|開園|営業)日の?|${DAY}(?:\\s*(?:[~〜\\-・、,]\\s*)?${DAY})*)\\s*(?:[:：]\\s*)?(?=[\\d午正])`);
/** `24時間365日`, `9:00～21:00 年中無休`: every day, written after the hours. */
const EVERY_DAY_AFTER = /\s*[・、,/]?\s*(?:365日|年中無休|無休|毎日)$/;
/** The time of a cell without the days written before it (or every day after it); null when it has none. */
const withoutDays = (s: string): string | null => (DAYS_BEFORE.test(s) ? s.replace(DAYS_BEFORE, "")
  : EVERY_DAY_AFTER.test(s) ? s.replace(EVERY_DAY_AFTER, "") : null);

/** `放課後`, `授業終了後`, `下校時`, `開館時`, `始業時以降`: a moment of the day named in words, which opens a range
 *  (`放課後～18:00`, 学童 and 児童館 hours) whose start is then no time; a half of the day (午後) is a time's label. */
const START_WORD = /^(?!午[前後]$)[^\d\s:~〜]{1,10}(?:後|時|以降)$/;

/** `9:00頃`: a time said to be about; the record keeps the cell in its remarks column, so the 頃 is not lost. */
const ABOUT = /頃|ごろ/;

/** A single time with the word that says which end of the hours it is: `17時まで` and `～17時` close them, `9時から`
 *  opens them; null when the cell has no such word or its rest is no time. */
function boundWordOf(raw: string): { clock: Clock; word: Bound } | null {
  const s = FROM_WORD_BEFORE.test(raw) ? `${raw.replace(FROM_WORD_BEFORE, "")}開始` : raw;
  const led = OPEN_START.test(s);
  const core = led ? s.replace(OPEN_START, "").replace(UNTIL_WORD, "") : s.replace(UNTIL_WORD, "");
  const word: Bound | null = led || core !== s ? "end" : FROM_WORD.test(s) ? "start" : null;
  if (word === null) return null;
  const clock = parseClock(word === "start" ? s.replace(FROM_WORD, "") : core);
  return clock === null ? null : { clock, word };
}

/** Whether a cell is one time said to close the hours (`17時まで`, `～17時`), also with a note beside it
 *  (`17時まで（受付16時）`): written in a start column, it is the end's. */
export function closesHours(raw: string): boolean {
  const s = raw.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (boundWordOf(s)?.word === "end") return true;
  const core = withoutNote(s);
  return core !== null && boundWordOf(core)?.word === "end";
}

/** A clock → `HH:MM` and what was repaired: 24:00 by bound, 25:00+ to the next day. */
function toHhmm(clock: Clock, bound: Bound | undefined): { value: string; code: IssueCode | null } {
  if (clock.h < 24) return { value: hhmm(clock.h, clock.m), code: null };
  if (clock.h === 24 && clock.m === 0) return { value: bound === "start" ? "00:00" : "23:59", code: "hour_24" };
  return { value: hhmm(clock.h - 24, clock.m), code: "time_past_midnight" };
}

/** Said of a time read from `raw`: its repair, with the time it became where the message names it (seconds rounded). */
const repairSaid = (code: IssueCode, at: At, raw: string, value: string): Issue =>
  (code === "time_seconds_rounded" ? problemAt(code, at.row, at.field, at.onlyCounts, raw, value) : problem(code, at, raw));

/** `HH:MM` as the standard writes it, 00:00–23:59: nothing to repair. */
function isCanonicalTime(s: string): boolean {
  if (s.length !== 5 || s.charCodeAt(2) !== 0x3a) return false;
  const h1 = s.charCodeAt(0) - 0x30;
  const h2 = s.charCodeAt(1) - 0x30;
  const m1 = s.charCodeAt(3) - 0x30;
  const m2 = s.charCodeAt(4) - 0x30;
  return h1 >= 0 && h1 <= 2 && h2 >= 0 && h2 <= 9 && (h1 < 2 || h2 <= 3) && m1 >= 0 && m1 <= 5 && m2 >= 0 && m2 <= 9;
}

/** The cell when it is `HH:MM` as the standard writes it, else undefined (then it takes normalizeTime). */
export const plainTime = (raw: string): string | undefined => (isCanonicalTime(raw) ? raw : undefined);

/** `2024-07-20T10:00`, `2024/7/20 10:00`: the date in front of a time. */
const DATE_BEFORE_TIME = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T| )(?=\d)/;

export function normalizeTime(raw: string, at: At, bound?: Bound): Fixed<string | null> {
  if (plainTime(raw) !== undefined) return { value: raw, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  if (clean.value.length > MAX_TYPED_LENGTH) return { value: null, issues: [...issues, problem("unparseable_time", at, raw)] };
  // a date-time (an Excel cell formatted yyyy/m/d h:mm in a time column) is read for its time
  const s = underscoreRange((isAscii(clean.value) ? clean.value : clean.value.normalize("NFKC")).replace(/\s+/g, " ").replace(DATE_BEFORE_TIME, ""));

  // also after the hours' own name (`使用可能時間帯：常時`)
  if (ALL_DAY.test((withoutHoursLabel(s) ?? s).replace(/\s/g, ""))) {
    if (bound === undefined) return unparseable(issues, at, raw);
    return { value: bound === "start" ? "00:00" : "23:59", issues: [...issues, problem("all_day_time", at, raw)] };
  }
  // a time said to close the hours is no start (`17時まで`: the end column, when empty, takes it), one said to open
  // them no end (`9時から`)
  const worded = bound === undefined ? null : boundWordOf(s);
  if (worded !== null && worded.word !== bound) {
    return { value: null, issues: [...issues, problem(bound === "start" ? "time_until_in_start" : "time_from_in_end", at, raw)] };
  }
  const single = worded?.clock ?? parseClock(s.replace(OPEN_END, ""))
    ?? (bound === "end" && OPEN_START.test(s) ? parseClock(s.replace(OPEN_START, "").replace(OPEN_END, "")) : null);
  if (single !== null) {
    const out = toHhmm(single, bound);
    const code = out.code ?? (single.seconds !== undefined ? "time_seconds_rounded" : ABOUT.test(s) ? "time_approximate" : out.value === clean.value ? null
      : out.value === toHalfWidthAscii(clean.value) ? "full_width_converted" : "time_reformatted");
    return { value: out.value, issues: code === null ? issues : [...issues, repairSaid(code, at, raw, out.value)] };
  }
  const range = RANGE.exec(s);
  const from = range ? parseClock(range[1]) : null;
  const to = range ? rangeEnd(range[1], range[2]) : null;
  // the start a word (`放課後～18:00`): no start, the end read; the record keeps the cell in its remarks column
  if (range !== null && from === null && bound !== undefined && START_WORD.test(range[1].trim())) {
    const end = parseClock(range[2].trim());
    if (end !== null) return { value: bound === "start" ? null : toHhmm(end, bound).value, issues: [...issues, problem("time_start_in_words", at, raw)] };
  }
  if (from !== null && to !== null && bound !== undefined) {
    const clock = bound === "start" ? from : to;
    const out = toHhmm(clock, bound);
    // the end of `22時～翌2時` is the next day's (the record's end date may move, record.ts endNextDay); `9:00～24:00`
    // ends at 23:59; `9:00:00～16:59:59` at 17:00: each said as a single time's is
    const code = out.code ?? (clock.seconds !== undefined ? "time_seconds_rounded" : null);
    const repaired = code === null ? [] : [repairSaid(code, at, raw, out.value)];
    return { value: out.value, issues: [...issues, problem("time_range_split", at, raw), ...repaired] };
  }
  if (FRACTION.test(s)) {
    const minutes = Math.round(Number(s) * 1440);
    if (minutes < 1440) return { value: hhmm(Math.floor(minutes / 60), minutes % 60), issues: [...issues, problem("excel_serial_time", at, raw)] };
  }
  // before the readings of a time beside words: `9:00（10月～3月は9:30）` reads 9:00 with a note, a time of half the year
  if (isSeasonalHours(s)) return endThatHolds(s, raw, issues, at, bound, "season") ?? { value: null, issues: [...issues, problem("hours_by_season", at, raw)] };
  return endThatHolds(s, raw, issues, at, bound, "days") ?? withNote(s, raw, issues, at, bound) ?? sessions(s, raw, issues, at, bound) ?? withNote(s, raw, issues, at, bound, withoutSessionLabel)
    ?? labelledStart(s, raw, issues, at, bound)
    ?? labelledEnd(s, raw, issues, at, bound) ?? wordedRange(s, raw, issues, at, bound) ?? withNote(s, raw, issues, at, bound, withoutWordsAfterTime)
    ?? daySets(s, raw, issues, at, bound) ?? recurringDay(s, raw, issues, at, bound) ?? withNote(s, raw, issues, at, bound, hoursInBrackets)
    ?? withNote(s, raw, issues, at, bound, withoutHoursLabel) ?? withNote(s, raw, issues, at, bound, withoutClosedDays)
    ?? unparseable(issues, at, raw);
}

/** The hours' own name written before them in the cell (`利用時間：9:00～15:00`, `開館時間 9:00～17:00`,
 *  `利用時間午前10時から午後3時まで`, `使用可能時間帯：午前9時～午後5時` as 墨田区's AED list writes it, as a list whose hours
 *  column is free text writes it), NFKC: not 受付時間, the time of another moment than the hours'. */
const HOURS_LABEL = /^(?:(?:利用|使用)(?:可能)?|開館|開園|開所|開庁|開放|営業|診療)時間帯?\s*(?:[:：は]\s*)?(?=\d|午前|午後|正午|常時|終日)/;
const withoutHoursLabel = (s: string): string | null => {
  const label = HOURS_LABEL.exec(s);
  return label === null ? null : s.slice(label[0].length);
};

/** The hours, then the days the place is closed set apart after them, NFKC: a note on days, its digits no time. Named
 *  by their word first (`9:00～15:00 休館日毎月第4水曜日`, `10時～17時、定休日：第2・第4火曜日`, `9:00～15:00 休館日12月29日～1月3日`),
 *  whatever follows; or the days, then the word that closes them (`9時～17時 年末年始（12/29～1/3）休み`,
 *  `9:00～17:00 12月29日～1月3日休館`, `10:00～18:00 第3月曜休館`), after the last time, with no time of their own. */
const THEN_CLOSED_DAYS = /^(.+?)(?:\s+|\s*[、,，。/／]\s*)(?:※\s*)?(?:休館日|休園日|休所日|休業日|休診日|定休日)(?=[\s:：は第毎年月火水木金土日祝\d(]|$)/;
const THEN_DAYS_CLOSED = new RegExp(String.raw`^(.*${TIME_OF_DAY})(?:\s+|\s*[、,，。/／]\s*)(?:※\s*)?(.+?)\s*(?:は|を)?(?:休館|休園|休所|休業|休診|休み|定休|閉館|閉園|除く)日?[。.]?$`);
/** What makes the words before a closing word days (`年末年始`, `12/29～1/3`, `12月`, `第3月曜`, `祝日`), not another thing
 *  closed (`2号館休館`). */
const DAYS_WORD = /\d\s*[月日/]|曜|祝|年末|年始/;
const withoutClosedDays = (s: string): string | null => {
  const named = THEN_CLOSED_DAYS.exec(s);
  if (named !== null) return named[1];
  const closing = THEN_DAYS_CLOSED.exec(s);
  return closing !== null && DAYS_WORD.test(closing[2]) && !A_TIME_OF_DAY.test(closing[2]) ? closing[1] : null;
};

/** Words that name the hours of the place a toilet or a room is in, then those hours in brackets (`開園時間内（9:00～17:00）`,
 *  `施設の開館時間（9時～21時）`, NFKC): the hours in the brackets. */
const HOURS_WORDS_THEN_HOURS = /^[^\d()]{0,12}時間[^\d()]{0,4}\((.+)\)$/;
const hoursInBrackets = (s: string): string | null => HOURS_WORDS_THEN_HOURS.exec(s)?.[1] ?? null;

/** The hours after a day that recurs (`毎週月曜日 10:00～12:00` in 開催時間): read as the day's hours, the day kept in the
 *  remarks with the cell (time_with_note). null in a column of no bound, or when the cell is no such day and hours. */
function recurringDay(s: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined): Fixed<string | null> | null {
  const found = bound === undefined ? null : hoursOfRecurrence(s);
  const time = found === null ? null : normalizeTime(found.hours, { ...at, onlyCounts: undefined }, bound);
  if (time === null || time.value === null) return null;
  const repairs = time.issues.filter((i) => i.code !== "time_reformatted" && i.code !== "full_width_converted").map((i) => problem(i.code, at, raw));
  return { value: time.value, issues: [...issues, ...repairs, problem("time_with_note", at, raw)] };
}

/** Hours by sets of days (`月～金 8:30-17:15／土 8:30-12:00`, `月～金（祝日除く）9:00～17:00`): the time every set has at
 *  the column's end is read, the cell kept in the remarks (time_with_note); a time that differs between the sets is no
 *  time of every day, left empty and said (hours_by_days). null in a column of no bound, or when the cell is no such sets. */
function daySets(s: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined): Fixed<string | null> | null {
  const sets = bound === undefined ? null : daySetsOf(s);
  if (bound === undefined || sets === null) return null;
  const shared = sharedTime(sets, bound === "start" ? "from" : "to");
  if (shared === null) return { value: null, issues: [...issues, problem("hours_by_days", at, raw)] };
  const out = toHhmm(shared, bound);
  const repaired = out.code === null ? [] : [repairSaid(out.code, at, raw, out.value)];
  return { value: out.value, issues: [...issues, problem("time_range_split", at, raw), ...repaired, problem("time_with_note", at, raw)] };
}

/** A range written in words (`10:00開始 12:00終了`): a start column takes its start, an end column its end, as from
 *  `10:00～12:00` (time_range_split); a planned end (`終了予定`) is said as a note too, the cell kept. null in a column of
 *  no bound, or when the cell is no such range. */
function wordedRange(s: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined): Fixed<string> | null {
  const m = bound === undefined ? null : WORDED_RANGE.exec(s);
  const [from, to] = m === null ? [null, null] : [parseClock(m[1]), rangeEnd(m[1], m[2])];
  if (bound === undefined || m === null || from === null || to === null) return null;
  const out = toHhmm(bound === "start" ? from : to, bound);
  const repaired = out.code === null ? [] : [repairSaid(out.code, at, raw, out.value)];
  const planned = m[3] === undefined ? [] : [problem("time_with_note", at, raw)];
  return { value: out.value, issues: [...issues, problem("time_range_split", at, raw), ...repaired, ...planned] };
}

/** The hours with a note that moves one of their ends for part of the year (`9:00～17:00（10月～3月は16:30まで）`) or
 *  some days (`午前10時～午後11時（土曜日は午後9時30分、日曜日は午後8時まで）`, `9:00～21:00（土日は17:00まで）`): the end
 *  that holds throughout is read, the cell kept in the remarks as a note (time_with_note); the other is no time of the
 *  whole year or week, left empty and said (time_by_season, with the year's time and the season's; hours_by_days).
 *  null when the cell is no such hours, or the note moves both ends. */
function endThatHolds(cell: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined, by: "season" | "days"): Fixed<string | null> | null {
  // the hours' own name before them (`使用可能時間帯：`) is no part of them
  const s = withoutHoursLabel(cell) ?? cell;
  const core = bound === undefined ? null : withoutNote(s);
  const range = core === null || !s.startsWith(core) ? null : RANGE.exec(core);
  const [from, to] = range === null ? [null, null] : [parseClock(range[1]), rangeEnd(range[1], range[2])];
  if (bound === undefined || core === null || from === null || to === null) return null;
  const note = s.slice(core.length);
  const moved = endMovedBy(from, to, note, by === "season" ? SEASON_TIMES : DAYS_TIMES);
  if (moved === null) return null;
  if (moved === bound && by === "days") return { value: null, issues: [...issues, problem("hours_by_days", at, raw)] };
  if (moved === bound) {
    const year = toHhmm(bound === "start" ? from : to, bound).value;
    return { value: null, issues: [...issues, problemAt("time_by_season", at.row, at.field, at.onlyCounts, raw, `${year}、${note.trim().replace(/^[(\[【〔※]\s*|\s*[)\]】〕]$/g, "")}`)] };
  }
  const out = toHhmm(bound === "start" ? from : to, bound);
  return { value: out.value, issues: [...issues, problem("time_range_split", at, raw), problem("time_with_note", at, raw)] };
}
/** Days with a time of their own, as a note after the hours writes them (`土曜日は午後9時30分`, `日・月曜日・祝日は午後5時まで`). */
const DAYS_TIMES = partTimes(DAYS_WORDS);

/** A start column's time said by its label: the show's beside the doors' (`開場12:30 開演13:00`: 13:00, the doors'
 *  time kept in the remarks, time_doors_open), or the meeting time of an outing (`9:30集合`, time_meeting_as_start,
 *  as the event may begin later). null in other columns, or when the labelled time does not read. */
function labelledStart(s: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined): Fixed<string> | null {
  if (bound !== "start") return null;
  const show = DOORS_THEN_SHOW.exec(s)?.[2] ?? SHOW_THEN_DOORS.exec(s)?.[1] ?? DOORS_THEN_SHOW_AFTER.exec(s)?.[2] ?? SHOW_THEN_DOORS_AFTER.exec(s)?.[1];
  const meeting = show === undefined ? MEETING.exec(s) : null;
  const text = show ?? meeting?.[1] ?? meeting?.[2];
  const clock = text === undefined ? null : parseClock(text.trim());
  if (clock === null) return null;
  return { value: toHhmm(clock, bound).value, issues: [...issues, problem(show === undefined ? "time_meeting_as_start" : "time_doors_open", at, raw)] };
}

/** An end column's time said by its label: the time an outing parts (`12:00解散`, time_dispersal_as_end, as the
 *  event may end earlier). null in other columns, or when the labelled time does not read. */
function labelledEnd(s: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined): Fixed<string> | null {
  if (bound !== "end") return null;
  const dispersal = DISPERSAL.exec(s);
  const text = dispersal?.[1] ?? dispersal?.[2];
  const clock = text === undefined ? null : parseClock(text.trim());
  if (clock === null) return null;
  return { value: toHhmm(clock, bound).value, issues: [...issues, problem("time_dispersal_as_end", at, raw)] };
}

/** What separates a day's sessions in one cell: `9:00～12:00／14:30～18:00`, `9:00～12:00、13:00～17:00`,
 *  `8:30～12:00・14:00～17:30`, a space before the next session (not the one after its label, `午前 9:00～12:00`). */
const SESSION_SEPARATOR = /\s*[／/、,，;；・]\s*|(?<!午前|午後|の部|部)\s+(?=午後|午前|第?\d+部|\d)/;
/** A session's label apart from its time (`午前 9:00～12:00`, `午後：3時～6時`, `午後 15:00～18:00`), also named as a
 *  part of the event (`午前の部10時～`, `夜の部 18:00～`, `第1部 10:00～`, `2部 13:00～`): group 1 the half of the day
 *  or the part of it its hours are in (夜の部: 夜), as a time may say before its hour. */
const SESSION_LABEL = new RegExp(String.raw`^(?:(午前|午後|${DAY_PART})(?:の部)?|昼の部|第?\d{1,2}部)\s*:?\s*(?=\d)`);

/** A session's first and last time (the last null for a session open to its end: `10時～`), or null when it is no
 *  range. A label reads as the half of the day its times are in (`午後 3:00～6:00` is 15:00–18:00), else, beside
 *  times of 24 hours (`午後 15:00～18:00`), as no more than a label. */
function sessionRange(part: string): readonly [Clock, Clock | null] | null {
  const label = SESSION_LABEL.exec(part);
  const time = label === null ? part : part.slice(label[0].length);
  const readings = label?.[1] === undefined ? [time] : [`${label[1]}${time}`, time];
  for (const text of readings) {
    const m = RANGE.exec(text);
    const [from, to] = m === null ? [null, null] : [parseClock(m[1]), rangeEnd(m[1], m[2])];
    if (from !== null && to !== null) return [from, to];
    const open = SESSION_OPEN.exec(text);
    const start = open === null ? null : parseClock(open[1]);
    if (start !== null) return [start, null];
  }
  return null;
}
/** A session open to its end: `10時～`, `14:00から`. */
const SESSION_OPEN = /^(.+?)\s*(?:~|〜|から)$/;

/** One session under its label (`夜の部 6時～`, `午前の部 10:00～12:00`, `第2部 14:00～`): its times with the half of
 *  the day the label names before them (夜6時～, as sessionRange reads them), the label kept as a note; null without one. */
function withoutSessionLabel(s: string): string | null {
  const label = SESSION_LABEL.exec(s);
  // 午前 9:00 alone is no label but the time's own half, read as such
  return label === null || !label[0].includes("部") ? null : `${label[1] ?? ""}${s.slice(label[0].length)}`;
}

/** Whether each session begins once the one before it has ended: hours and their break within them
 *  (`9:00～17:00 12:00～13:00昼休み`) are no sessions, whose last would end the day at 13:00. */
const inTurn = (ranges: ReadonlyArray<readonly [Clock, Clock | null] | null>): boolean =>
  ranges.every((r, k) => {
    const before = k === 0 ? null : ranges[k - 1];
    return r === null || before === null || minutesOf(r[0]) >= minutesOf(before[1] ?? before[0]);
  });

/** A day of several sessions in one cell: it opens with the first and closes with the last (the record keeps the
 *  cell in its remarks column, so the break is not lost). null unless every part is a range that reads; sessions
 *  open to their end (`午前の部10時～、午後の部14時～`) give a start only. */
function sessions(s: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined): Fixed<string> | null {
  if (bound === undefined) return null;
  const parts = s.split(SESSION_SEPARATOR).filter((p) => p !== "");
  if (parts.length < 2 || parts.length > 4) return null;
  const ranges = parts.map(sessionRange);
  const [first, last] = [ranges[0], ranges[ranges.length - 1]];
  if (ranges.some((r) => r === null) || first === null || last === null || !inTurn(ranges)) return null;
  const end = bound === "start" ? first[0] : last[1];
  if (end === null) return null;
  const out = toHhmm(end, bound);
  return { value: out.value, issues: [...issues, problem("time_sessions", at, raw)] };
}

/** Said of a time whose word puts it at the other end of the hours (`17時まで` in a start column). */
const OTHER_END: ReadonlySet<IssueCode> = new Set(["time_until_in_start", "time_from_in_end"]);

/** The time of a cell that carries a note (`18時30分（延長19時30分）`, the days before it: `平日 8:30～17:15`, or, tried
 *  last, words after it: `12:00 雨天中止`): read without it, and said so; the record keeps
 *  the whole cell in its remarks column (record.ts keepUnread). A time the note's cell puts at the other end of the
 *  hours (`17時まで（受付16時）` in a start column) is no value, said as such without its note. null when the cell
 *  without its note is no time either. */
function withNote(s: string, raw: string, issues: readonly Issue[], at: At, bound: Bound | undefined,
  noteless: (s: string, bound?: Bound) => string | null = (t) => withoutNote(t) ?? withoutDays(t)): Fixed<string | null> | null {
  const core = noteless(s, bound);
  if (core === null || !/\d/.test(core)) return null;
  const time = normalizeTime(core, { ...at, onlyCounts: undefined }, bound);
  const otherEnd = time.value === null ? time.issues.find((i) => OTHER_END.has(i.code)) : undefined;
  if (otherEnd !== undefined) return { value: null, issues: [...issues, problem(otherEnd.code, at, raw), problem("time_with_note", at, raw)] };
  if (time.value === null) return null;
  // the repairs of the time itself are about the cell as written; a note within the note's core (the days before
  // `平日 9:00～17:00（土日祝休み）`) is the one note said below
  const repairs = time.issues.filter((i) => i.code !== "time_reformatted" && i.code !== "full_width_converted" && i.code !== "time_with_note")
    .map((i) => problem(i.code, at, raw));
  return { value: time.value, issues: [...issues, ...repairs, problem("time_with_note", at, raw)] };
}

function unparseable(issues: readonly Issue[], at: At, raw: string): Fixed<null> {
  return { value: null, issues: [...issues, problem("unparseable_time", at, raw)] };
}
