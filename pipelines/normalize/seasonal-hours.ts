// Hours that differ by the time of year, written in one cell (`4月～9月 9:00～17:00、10月～3月 9:00～16:30`,
// `夏季 9:00～18:00／冬季 9:00～17:00`), or in each of 開始時間 and 終了時間 (`4月～9月 9:00、10月～3月 9:30` |
// `4月～9月 17:00、10月～3月 16:30`, `9:00（10月～3月は9:30）`): the standard's 開始時間 and 終了時間 hold one pair, and
// choosing a season's would publish it as the year's, so neither is read; the cell is kept as written in the remarks
// (kept-cells.ts keepUnread). Where the year's hours come first and a note moves only one of their ends for part of the
// year (`9:00～17:00（10月～3月は16:30まで）`), the other end holds all year and is read (seasonEndMoved).
import { A_TIME_OF_DAY, type Clock, minutesOf, parseClock, TIME_OF_DAY } from "./clock.ts";

/** A span's `to` between its months: a dash or から. */
const TO = "\\s*(?:[～〜~\\-－ー]|から)\\s*";
/** A part of the year in months or a season's word: 4月～9月, 4～9月, 10月～翌3月, 4月から9月, 夏季, 冬期, 夏. Digits
 *  before 月 (4月), not a weekday (月～金). */
const SEASON = `(?:\\d{1,2}月?${TO}翌?\\d{1,2}月(?:末|(?!\\d))|[夏冬][季期]|[夏冬])`;
/** The same, or a span of days (4月1日～9月30日, 4/1～9/30), which may also be a few days of the year's end. */
const SEASON_OR_DAYS = `(?:${SEASON}|\\d{1,2}月\\d{1,2}日${TO}翌?\\d{1,2}月(?:\\d{1,2}日|末)|\\d{1,2}/\\d{1,2}${TO}翌?\\d{1,2}/\\d{1,2})`;
const TIME = "(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}時)";
/** Between such a part and its time: a bracket closed around the part (`(4月～9月)9:00`, `【夏季】9:00`), a label's
 *  colon, or words (`10月～3月は9:30`, `冬期間は`, `夏季期間中は`). */
const BEFORE_TIME = `\\s*[)\\]）］】〕]?\\s*(?:[:：]|(?:期間)?中?の?間?は?)?\\s*${TIME}`;
/** A cell that opens with the part of the year its first time is for. */
const OPENS_WITH_SEASON = new RegExp(`^[(\\[（［【〔]?\\s*${SEASON_OR_DAYS}${BEFORE_TIME}`, "u");
/** A season's time anywhere (`9:00（10月～3月は9:30）`): a few days (`（12月29日～1月3日は10:00～15:00）`) after the year's
 *  hours are a note of them. */
const SEASON_BEFORE_TIME = new RegExp(`${SEASON}${BEFORE_TIME}`, "u");
/** Such a part in brackets after a time (`9:00(夏季)`, `9:00（4月～9月）`). */
const SEASON_AFTER_TIME = new RegExp(`${TIME}\\s*[(\\[（［【〔]\\s*${SEASON_OR_DAYS}\\s*[)\\]）］】〕]`, "gu");

/** Whether a time cell (NFKC) gives its hours for parts of the year: such a part before a time, or a time of each of
 *  two parts (`9:00(夏季)、9:30(冬季)`); one part after the hours (`9:00～17:00（7月～8月）`) says when they hold, a note. */
export const isSeasonalHours = (s: string): boolean => OPENS_WITH_SEASON.test(s) || SEASON_BEFORE_TIME.test(s)
  || (s.match(SEASON_AFTER_TIME)?.length ?? 0) >= 2;

/** A part of the year (`part`: a pattern of its words) with its own time or hours, as a note after the year's hours
 *  writes it: `10月～3月は16:30まで`, `冬季は16時30分閉館`, `6月～8月：19:00まで`, `10月～3月は9:30から`,
 *  `10月～3月は9:30～16:30`; or days with theirs (`土曜日は午後9時30分`, `日・祝日は17:00まで`). */
export const partTimes = (part: string): RegExp => new RegExp(`^${part}\\s*(?:[:：]|(?:期間)?中?の?間?は?)?\\s*(${TIME_OF_DAY})(?:\\s*(?:[～〜~\\-－ー]|から)\\s*(${TIME_OF_DAY}))?\\s*(?:(まで|迄|終了|閉館|閉園|閉場)|(から|開始|開館|開園|開場))?$`, "u");
/** A part of the year with its own time or hours (`10月～3月は16:30まで`). */
export const SEASON_TIMES = partTimes(SEASON);
/** The note's brackets, or the ※ before it. */
const NOTE_MARKS = /^\s*(?:[(\[【〔]\s*([^()\[\]【】〔〕]*?)\s*[)\]】〕]|※\s*(.*?))\s*$/;
/** What parts the note's parts of the year (`6月～8月は19:00まで、12月～2月は16:00まで`). */
const PARTS = /\s*[、,/／;；]\s*/;

/** Which end of the hours `from`–`to` a note after them (NFKC, with its brackets or ※) moves for some of the time they
 *  hold: for a part of the year (SEASON_TIMES) or some days (`times` of partTimes), an end written with its word
 *  (`16:30まで` the end, `9:30から` the start), both of the part's own hours compared with the whole's, or a time alone
 *  the end it is nearer to (`（冬季は16:30）`: the end). A part with no time (`年末年始休館`) moves none. null unless every
 *  part with a time is such a part, and they move one end only: then the other holds throughout. */
export function endMovedBy(from: Clock, to: Clock, note: string, times: RegExp): "start" | "end" | null {
  const marks = NOTE_MARKS.exec(note);
  const text = marks?.[1] ?? marks?.[2];
  if (text === undefined || text === "") return null;
  const moved = new Set<"start" | "end">();
  for (const part of text.split(PARTS)) {
    if (!A_TIME_OF_DAY.test(part)) continue;
    const m = times.exec(part);
    const [first, second] = m === null ? [null, null] : [parseClock(m[1]), m[2] === undefined ? undefined : parseClock(m[2])];
    if (m === null || first === null || second === null) return null;
    if (second !== undefined) {
      if (minutesOf(first) !== minutesOf(from)) moved.add("start");
      if (minutesOf(second) !== minutesOf(to)) moved.add("end");
      continue;
    }
    const [toStart, toEnd] = [Math.abs(minutesOf(first) - minutesOf(from)), Math.abs(minutesOf(first) - minutesOf(to))];
    const end = m[3] !== undefined ? true : m[4] !== undefined ? false : toStart === toEnd ? null : toEnd < toStart;
    if (end === null) return null;
    moved.add(end ? "end" : "start");
  }
  return moved.size === 1 ? [...moved][0] : null;
}
