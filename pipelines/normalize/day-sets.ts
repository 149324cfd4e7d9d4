// An hours cell that gives the hours of each set of days (`平日 9:00～17:00 土日 10:00～16:00`, `月～金 8:30-17:15／土
// 8:30-12:00`, `月・水・金 9:00～17:00`, `年中無休 24時間`): the standard has one 利用可能曜日 and one pair of times. The
// days of all the sets are the days it is open; a time is the place's only where every set has it, else choosing one
// set's would publish it as every day's. Read by days-from-time-cell.ts (the days) and times.ts (the times).
import { type Clock, HOURS_TO, minutesOf, parseClock, rangeEnd, TIME_OF_DAY } from "./clock.ts";

const WEEK = "月火水木金土日祝";
/** One day (土, 土曜, 土曜日, 祝, 祝日, 祝祭日): 日 after a weekday is 日曜, never a suffix (土日 is two days). A 日 after
 *  曜 or 祝 is theirs unless 曜 follows it (月曜日曜日 is 月曜 and 日曜日), so that a cell reads one way only: while 祝日
 *  could also be 祝 + 日, a run of 祝日 or 月曜日 tried every split, twice the time for each day more (a minute for 30). */
const SUFFIX_DAY = "(?:日(?!曜)|(?!日(?!曜)))";
const DAY = `(?:[月火水木金土日](?:曜${SUFFIX_DAY})?|祝祭?${SUFFIX_DAY})`;
/** The days of a set: a word for all or the weekdays, or days listed or run (`月～金`, `月・水・金`, `土日祝日`, `日曜・祝日`);
 *  one way only to read the space around a separator (the cell's spaces are single), so that no cell backtracks long. */
/** Words for every day: 年中利用可能 and 年中開放 say as much as 年中無休 (a tourism list's days column). */
const EVERY_DAY = ["毎日", "全日", "年中無休", "無休", "365日", "年中利用可能", "年中利用可", "年中開放"];
/** A day, or 平日 among listed days (`平日・土曜`, `平日及び土曜日`; a run to or from it, `平日～土`, is no days). */
const DAY_OR_WEEKDAYS = `(?:${DAY}|平日(?=\\s?(?:[・、,]|及び)|$))`;
const DAYS = `(?:平日|${EVERY_DAY.join("|")}|${DAY_OR_WEEKDAYS}(?:(?:\\s?(?:[~〜\\-－ー・、,]|から|及び)\\s?|\\s)?${DAY_OR_WEEKDAYS})*)`;
/** The words of a set of days (a pattern), for a note that gives some days their own time (times.ts). */
export const DAYS_WORDS = DAYS;
/** The words of a note that only takes holidays or the year's end off the days (`祝日除く`, `祝日・年末年始を除く`). */
const OFF_WORDS = "(?:祝祭?日?|年末年始|[・、,]|及び|と)+\\s*(?:を|は)?\\s*(?:除く|除き|休み?|休館|休業|閉庁|閉館)";
/** Such a note after the days, in brackets (`（祝日除く）`, `(祝日・年末年始を除く)`). */
const OFF_NOTE = `(?:[(（]\\s*${OFF_WORDS}\\s*[)）])`;
/** The hours of a set: a range (a day's sessions too, `9:00～12:00、13:00～17:00`, `9:00～12:00 15:00～18:00`), or all day. */
const RANGE = `${TIME_OF_DAY}\\s*${HOURS_TO}\\s*(?:翌日?)?${TIME_OF_DAY}(?:\\s*まで)?`;
const HOURS = `(?:24時間|${RANGE}(?:(?:\\s*[、,・/／]\\s*|\\s)${RANGE})*)`;
/** A set of days it is closed on (`土日祝 休み`, `月曜 休館`, `日曜は閉鎖`). */
const CLOSED = "(?:は\\s?)?(?:休み|休館日?|休業日?|休園日?|休所日?|休診日?|閉館|閉鎖|閉所|閉庁|定休日?|休)";
const CLOSED_ONLY = new RegExp(`^${CLOSED}$`);
/** One set, where the last ended (sticky): its days (毎週 before them says the same days: `毎週火曜日・金曜日`), a note, and
 *  its hours. */
const SET = new RegExp(`[\\s/／、,;；。]*(?:毎週\\s?)?(${DAYS})\\s*${OFF_NOTE}?\\s*[:：]?\\s*(${HOURS}|${CLOSED})(?![^\\s/／、,;；。])`, "y");
const RANGE_PARTS = new RegExp(`(${TIME_OF_DAY})\\s*${HOURS_TO}\\s*((?:翌日?)?${TIME_OF_DAY})`, "g");
/** Hours, then every day (`24時間365日`, `9:00～21:00 年中無休`): one set of all the days. */
const HOURS_THEN_EVERY_DAY = new RegExp(`^(${HOURS})\\s?[・、,/]?\\s?(?:365日|年中無休|無休|毎日)$`);
/** A cheap test that a cell may open with days. */
const OPENS_WITH_DAYS = /^(?:[月火水木金土日祝]|平日|毎日|全日|年中|無休|365|毎週)/;

export interface DaySet { days: string; from: Clock; to: Clock }

/** 平日 at either end of a run (`平日～土`, `日～平日`): which days it runs over is not said. */
const WEEKDAYS_IN_RUN = /平日\s?(?:[~〜\-－ー]|から)|(?:[~〜\-－ー]|から)\s?平日/;
/** One day of a set's word, and the dash of a run after it. */
const DAY_OF_WORD = /(?:([月火水木金土日])(?:曜日?)?|(祝)祭?日?)(\s*(?:[~〜\-－ー]|から)\s*)?/g;

/** The days of one set as the standard writes them (平日 → 月火水木金, 月～金 and 月曜日から金曜日 → 月火水木金, 金～月 → 月金土日, 土・日・祝日 →
 *  土日祝); null for a run to a holiday or to its own day (月～月). */
function daysOf(word: string): string | null {
  if (word === "平日") return "月火水木金";
  if (EVERY_DAY.includes(word)) return "月火水木金土日";
  if (WEEKDAYS_IN_RUN.test(word)) return null;
  // 平日's 日 is no Sunday
  const days = new Set<string>(word.includes("平日") ? [..."月火水木金"] : []);
  const found = [...word.replaceAll("平日", "").matchAll(DAY_OF_WORD)];
  for (let i = 0; i < found.length; i++) {
    const day = found[i][1] ?? found[i][2];
    days.add(day);
    if (found[i][3] === undefined) continue;
    const next = found[i + 1]?.[1];
    const [a, b] = [WEEK.indexOf(day), next === undefined ? -1 : WEEK.indexOf(next)];
    if (a > 6 || b < 0 || b > 6 || b === a) return null;
    // a run past Sunday (金～月) is the days through the weekend: 金土日月
    for (const d of b > a ? WEEK.slice(a, b + 1) : WEEK.slice(a, 7) + WEEK.slice(0, b + 1)) days.add(d);
  }
  return [...WEEK].filter((d) => days.has(d)).join("");
}

/** A set's first and last time; null when one does not read. */
function hoursOf(text: string): { from: Clock; to: Clock } | null {
  if (text === "24時間") return { from: { h: 0, m: 0 }, to: { h: 23, m: 59 } };
  const ranges = [...text.matchAll(RANGE_PARTS)];
  const from = ranges.length === 0 ? null : parseClock(ranges[0][1]);
  const last = ranges.at(-1);
  const to = last === undefined ? null : rangeEnd(last[1], last[2]);
  return from === null || to === null ? null : { from, to };
}

/** The sets of days and their hours an hours cell (NFKC, trimmed) is made of, in order, without the days a set says
 *  it is closed on (`平日 9:00～17:00／土日祝 休み`); null unless the whole cell is such sets, one open at least. */
export function daySetsOf(s: string): readonly DaySet[] | null {
  if (!OPENS_WITH_DAYS.test(s)) {
    const every = s.endsWith("日") || s.endsWith("休") ? HOURS_THEN_EVERY_DAY.exec(s) : null;
    const hours = every === null ? null : hoursOf(every[1]);
    return hours === null ? null : [{ days: "月火水木金土日", ...hours }];
  }
  const sets: DaySet[] = [];
  let closed = "";
  SET.lastIndex = 0;
  while (SET.lastIndex < s.length) {
    const at = SET.lastIndex;
    const m = SET.exec(s);
    if (m === null) {
      if (!/^[\s。]*$/.test(s.slice(at))) return null;
      break;
    }
    const days = daysOf(m[1]);
    if (days === null) return null;
    if (CLOSED_ONLY.test(m[2])) {
      closed += days;
      continue;
    }
    const hours = hoursOf(m[2]);
    if (hours === null) return null;
    sets.push({ days, ...hours });
  }
  // the days it is closed on are none of the open sets' (`毎日 9:00～17:00 月曜 休館`: 火水木金土日)
  const open = closed === "" ? sets : sets.map((set) => ({ ...set, days: [...set.days].filter((d) => !closed.includes(d)).join("") })).filter((set) => set.days !== "");
  return open.length > 0 ? open : null;
}

/** A cell of days only (`月～金`, `平日`, `月・水・金`, `土日祝日`; `;` between them too, NFKC, single spaces). */
const DAYS_ONLY = new RegExp(`^${DAYS}$`);
const LISTED = /\s*;\s*/g;

/** 毎週 before days of the week, which says no more than the days do. */
const EVERY_WEEK = /^毎週\s?/;

/** The days a days column's cell writes in words, lists or runs (`平日`, `月～金`, `月;火;水`, `月曜日・水曜日`, `年中無休`,
 *  `毎週火曜日・金曜日`), as the standard writes them (月火水木金, 月火水); null for any other text (a note beside the days,
 *  第2土曜日). */
export function standardDaysOf(cell: string): string | null {
  const s = cell.normalize("NFKC").trim().replace(LISTED, "・").replace(/\s+/g, " ").replace(EVERY_WEEK, "");
  return DAYS_ONLY.test(s) ? daysOf(s) : null;
}

/** The same note after a ※ instead of in brackets (`平日 ※祝日・年末年始を除く`). */
const MARKED_OFF_NOTE = `(?:※\\s*${OFF_WORDS}。?)`;
/** Days, then a note in brackets that only takes holidays or the year's end off them (`月～金（祝日を除く）`) or names no
 *  day (`毎日（要予約）`); a note that names a day or a month (`（第3木曜日を除く）`, `（8月は休み）`) may change the days. */
const DAYS_THEN_NOTE = new RegExp(`^(${DAYS})\\s*(${OFF_NOTE}|${MARKED_OFF_NOTE}|[(（][^()（）]*[)）])$`);
const OFF_NOTE_ALONE = new RegExp(`^(?:${OFF_NOTE}|${MARKED_OFF_NOTE})$`);
const NAMES_DAYS = /[月火水木金土日祝]|平日|休日/;

/** The days of a days column's cell written with a note after them (`月～金（祝日を除く）`, `毎日（年末年始を除く）`), as
 *  the standard writes them (月火水木金), and the note (NFKC: `(祝日を除く)`); null for any other text. */
export function daysBeforeNote(cell: string): { days: string; note: string } | null {
  const s = cell.normalize("NFKC").trim().replace(LISTED, "・").replace(/\s+/g, " ").replace(EVERY_WEEK, "");
  const m = DAYS_THEN_NOTE.exec(s);
  if (m === null || (!OFF_NOTE_ALONE.test(m[2]) && NAMES_DAYS.test(m[2]))) return null;
  const days = daysOf(m[1]);
  return days === null ? null : { days, note: m[2] };
}

/** Every day but some (`日曜日を除く毎日`, `毎日（月曜日除く）`, `月曜日を除く`), the days it is closed on (`火曜日休館`,
 *  `月曜定休`), or days said to be the only ones (`平日のみ`), as a days column writes them (NFKC, no spaces). */
const ALL_BUT = new RegExp(`^(?:毎日|全日)?\\(?(${DAYS})を?除く\\)?(?:毎日|全日)?$`);
const CLOSED_ON = new RegExp(`^(${DAYS})(?:は)?(?:休館日?|休業日?|休園日?|休所日?|定休日?|休み|閉館|休)$`);
const ONLY = new RegExp(`^(${DAYS})のみ$`);

/** The days of the week but those off, as the standard writes them (holidays are not said). */
export const daysBut = (off: string): string => [...WEEK.slice(0, 7)].filter((d) => !off.includes(d)).join("");

/** The days a days column's cell gives as every day but some, or as the days it is closed on, or days with のみ, as
 *  the standard writes them (`日曜日を除く毎日`, `火曜日休館` → 月火水木金土 / 月水木金土日; holidays are not said); null
 *  for any other text. */
export function daysAllBut(cell: string): string | null {
  const s = cell.normalize("NFKC").replace(/\s+/g, "");
  const only = ONLY.exec(s);
  if (only !== null) return daysOf(only[1]);
  const off = ALL_BUT.exec(s) ?? CLOSED_ON.exec(s);
  const closed = off === null ? null : daysOf(off[1]);
  if (closed === null || closed === "") return null;
  const open = daysBut(closed);
  return open === "" ? null : open;
}

/** Days given only by those a note says it is closed on, with holidays or the year's end or not (`（土日祝日・年末年始を除く）`,
 *  `※土日祝休み`, `土曜・日曜・祝日を除く毎日`, `年末年始を除く`; NFKC, no spaces): each day named, no count or week of the
 *  month (`（第3水曜日を除く）` may take one day of a month off, not every week's). */
const DAYS_OFF = new RegExp(`^(?:毎日|全日)?\\(?(?:※)?((?:${DAY}|年末年始|[・、,]|及び|と)+)(?:を|は)?(?:除く|除き|休み?|休館日?|休業日?|閉庁|閉館)\\)?(?:毎日|全日)?。?$`);

/** The days of the week a note of days off names (祝 too, as the standard writes it; empty when it names only the year's
 *  end), or null for any other note. */
export function daysOffOf(note: string): string | null {
  const m = DAYS_OFF.exec(note.normalize("NFKC").replace(/\s+/g, ""));
  return m === null ? null : daysOf(m[1].replaceAll("年末年始", "・"));
}

/** The days it is open by a note of days off (`（土日祝日・年末年始を除く）` → 月火水木金), or null for any other note. */
export function daysOpenByNote(note: string): string | null {
  const off = daysOffOf(note);
  return off === null ? null : daysBut(off);
}

const HOURS_ONLY = new RegExp(`^${HOURS}$`);

/** Hours alone (NFKC, trimmed) with a note that names only the days it is closed on: every day but those
 *  (`8:30～17:15` and `（土日祝日・年末年始を除く）`: 月火水木金). Null for any other note, for hours after days (see
 *  setsBesideDaysOff), or no day left open. */
export function hoursWithDaysOff(core: string, note: string): DaySet | null {
  const days = HOURS_ONLY.test(core) ? daysOpenByNote(note) : null;
  if (days === null || days === "") return null;
  const hours = hoursOf(core);
  return hours === null ? null : { days, ...hours };
}

/** Days and their hours with a note of days off that are none of the days listed (`月～金 9:00～17:00（土日祝日を除く）`,
 *  `平日 9:00～17:00（土曜は休み）`): the note repeats what the days say, and they stand. Null when the note takes off a
 *  day they list (`月～土 9:00～17:00（土曜は休み）` contradicts them: which is meant, a person reads) or is no such note. */
export function setsBesideDaysOff(core: string, note: string): readonly DaySet[] | null {
  const off = daysOffOf(note);
  const sets = off === null ? null : daySetsOf(core);
  return sets === null || [...daysOfSets(sets)].some((d) => off?.includes(d)) ? null : sets;
}

/** All the days of the sets, as the standard writes them (`月火水木金土日`). */
export const daysOfSets = (sets: readonly DaySet[]): string => [...WEEK].filter((d) => sets.some((set) => set.days.includes(d))).join("");

/** The time every set has at one end of its hours, or null when they differ. */
export function sharedTime(sets: readonly DaySet[], end: "from" | "to"): Clock | null {
  const first = sets[0][end];
  return sets.every((set) => minutesOf(set[end]) === minutesOf(first)) ? first : null;
}
