// One time of day as people write it (8:30, ８時半, 午後5時, 夕方5時, 夕方17時, 5:30PM, 0830, 正午, 25時, 翌1時), hours 0–47. A leaf
// module: the issue catalog reads it to name the time a message is about.

/** One time of day as a cell writes it among other words, as parseClock reads it: 10:00, 10:00:00, 10時, 10時30分,
 *  10時半, 10時30分15秒, 午前10時, 午後1:30, 正午. A date cell's hours (wareki.ts) and a recurring day's (recurrence.ts) are found by
 *  it, so that what one reads the other reads too. */
export const TIME_OF_DAY = String.raw`(?:(?:午前|午後)?\d{1,2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?|時(?:\d{1,2}分(?:\d{1,2}秒)?|半)?)|正午)`;
/** The first time of day in a text (also: whether it has one). */
export const A_TIME_OF_DAY = new RegExp(TIME_OF_DAY);
/** What runs a time to the end of its hours: ～, から, or a dash (`10:00-12:00`, `10:00ー12:00`). */
export const HOURS_TO = String.raw`(?:～|~|〜|から|[-−‐‑–—―ー])`;

/** `翌1時`, `翌日 2:00`: past midnight, as 25時 is. */
const NEXT_DAY = /^翌日?\s*/;

/** Parts of the day of one half, whose 12時 is no time of theirs (夜12時 is midnight or noon: said unread); the longer
 *  word first, so that an alternation built from them takes 夕方 whole. */
const MORNING_WORDS = ["早朝", "朝"];
const EVENING_WORDS = ["夕方", "夕", "夜", "晩"];
const MORNING = new Set(MORNING_WORDS);
const EVENING = new Set(EVENING_WORDS);
/** A part of the day that says which half its hour is in (朝9時, 夕方5時, 夜8時), as a regex source (no group). */
export const DAY_PART = `(?:${[...MORNING_WORDS, ...EVENING_WORDS].join("|")})`;
const EVENING_PART = `(?:${EVENING_WORDS.join("|")})`;
/** 午前/午後, AM/PM, or a part of the day. */
const MERIDIEM_BEFORE = new RegExp(String.raw`^(午前|午後|${DAY_PART}|am|a\.m\.|pm|p\.m\.)\s*`, "i");
const MERIDIEM_AFTER = /\s*(am|a\.m\.|pm|p\.m\.)$/i;
const COLON = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;
const KANJI = /^(\d{1,2})時(?:(\d{1,2})分|(半))?(?:(\d{1,2})秒)?$/;
const DIGITS = /^(\d{1,2})(\d{2})$/;
const DOTTED = /^(\d{1,2})\.(\d{2})$/;

/** `seconds`: the seconds written after the minute (`10:00:30`, `16:59:59`, `10時30分15秒`) when not 0, which HH:MM
 *  cannot hold: the clock is then the nearest minute (16:59:59, a time Excel's arithmetic left a second short, is 17:00,
 *  as an Excel day fraction is read to its nearest minute), never past 23:59 of its day. */
export interface Clock { h: number; m: number; seconds?: number }

/** A clock's minutes from the start of its day (past 24:00 for the next day's). */
export const minutesOf = (c: Clock): number => c.h * 60 + c.m;

/** Hours and minutes as the standard writes a time: `HH:MM`. */
export const hhmm = (h: number, m: number): string => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;

/** A clock at the minute nearest to its written seconds. */
function toNearestMinute(clock: Clock, seconds: number): Clock {
  if (seconds === 0) return clock;
  const minutes = clock.h * 60 + clock.m + (seconds >= 30 ? 1 : 0);
  // 23:59:45 stays 23:59: 24:00 would be the next day's start, or all day's end
  const kept = minutes % (24 * 60) === 0 ? minutes - 1 : minutes;
  return { h: Math.floor(kept / 60), m: kept % 60, seconds };
}

/** One time of day, hours 0–47 (24+ is past midnight); null when it is no time. */
export function parseClock(text: string): Clock | null {
  let s = text.trim();
  const next = NEXT_DAY.exec(s);
  if (next !== null) {
    const clock = parseClock(s.slice(next[0].length));
    return clock !== null && clock.h < 24 ? { ...clock, h: clock.h + 24 } : null;
  }
  if (s === "正午") return { h: 12, m: 0 };
  const meridiem = (MERIDIEM_BEFORE.exec(s) ?? MERIDIEM_AFTER.exec(s))?.[1].toLowerCase() ?? null;
  if (meridiem !== null) s = s.replace(MERIDIEM_BEFORE, "").replace(MERIDIEM_AFTER, "");
  let clock: Clock | null = null;
  const c = COLON.exec(s) ?? DIGITS.exec(s) ?? DOTTED.exec(s);
  const k = c ? null : KANJI.exec(s);
  if (c) clock = { h: Number(c[1]), m: Number(c[2]) };
  else if (k) clock = { h: Number(k[1]), m: k[3] ? 30 : Number(k[2] ?? 0) };
  else if (meridiem !== null && /^\d{1,2}$/.test(s)) clock = { h: Number(s), m: 0 };
  const seconds = Number(c?.[3] ?? k?.[4] ?? 0);
  if (!clock || clock.m > 59 || clock.h > 47 || seconds >= 60) return null;
  if (meridiem === null) return toNearestMinute(clock, seconds);
  const pm = meridiem === "午後" || meridiem.startsWith("p") || EVENING.has(meridiem);
  // 夕方17時, 午後13時: an hour of 24 that is in the half its word says, written with the word as well
  if (pm && clock.h > 12 && clock.h < 24) return toNearestMinute(clock, seconds);
  if (clock.h > 12 || (clock.h === 12 && (MORNING.has(meridiem) || EVENING.has(meridiem)))) return null;
  return toNearestMinute({ h: pm ? (clock.h % 12) + 12 : clock.h % 12, m: clock.m }, seconds);
}


/** The end of a range read with the start's 午前/午後 when it has none of its own (`午後6時～8時` ends at 20:00, not 8:00),
 *  as long as that keeps it after the start, else in the afternoon when that does (`午前11時～1時` ends at 13:00); else
 *  the end as written. */
export function rangeEnd(startText: string, endText: string): Clock | null {
  const [from, to] = [startText.trim(), endText.trim()];
  const end = parseClock(to);
  if (end === null || MERIDIEM_BEFORE.test(to) || MERIDIEM_AFTER.test(to)) return end;
  const before = MERIDIEM_BEFORE.exec(from)?.[1];
  const after = before === undefined ? MERIDIEM_AFTER.exec(from)?.[1] : undefined;
  if (before === undefined && after === undefined) return end;
  const start = parseClock(from);
  const carried = parseClock(before !== undefined ? `${before}${to}` : `${to}${after}`);
  if (start === null || carried === null) return end;
  if (minutesOf(end) >= minutesOf(start)) return end;
  if (minutesOf(carried) > minutesOf(start)) return carried;
  // 午前11時～1時: an end before a morning start is the afternoon's (13:00), not the next night's
  const afternoon = { ...end, h: end.h + 12 };
  return end.h < 12 && minutesOf(afternoon) > minutesOf(start) ? afternoon : end;
}

/** Whether a cell says 午後 (PM) anywhere in it. */
const AFTERNOON = new RegExp(String.raw`午後|pm|p\.m\.|${EVENING_PART}\s*\d`, "i");
export const saysAfternoon = (text: string): boolean => AFTERNOON.test(text);

const MERIDIEM_IN = new RegExp(String.raw`午前|午後|${DAY_PART}\s*\d`);
/** Whether a cell says 午前/午後 (AM/PM) itself. */
export const hasMeridiem = (text: string): boolean => MERIDIEM_BEFORE.test(text.trim()) || MERIDIEM_AFTER.test(text.trim())
  || MERIDIEM_IN.test(text);

const RANGE_END = /(?:~|〜|から|-|–|—|―)\s*([^~〜\-–—―]+)$/;

/** The time a cell past midnight became (25:30 or 翌1時半 → 01:30, also as the end of a range: ～翌1時), as HH:MM; null
 *  when the cell is no such time. */
export function nextDayTime(text: string): string | null {
  const s = text.normalize("NFKC").trim().replace(/\s*(?:から|まで|~|〜)$/, "");
  // the end of a range (22時～翌2時) or the whole cell
  const clock = parseClock(RANGE_END.exec(s)?.[1] ?? s);
  if (clock === null || clock.h < 24) return null;
  return hhmm(clock.h - 24, clock.m);
}
