// Dates written without all of their year: a two-digit year with no era (`24/4/1`, `06.4.1`, `24年4月1日`) and no year
// at all (`4月1日`, `12/25`, `〆切 5月31日`). The cell alone cannot tell the year, so normalizeDate leaves them
// unparseable_date; the record stage reads them with what the file says of its years (date-years.ts).
import { type At } from "./fixed.ts";
import type { Bound } from "./times.ts";
import { AS_OF, ERAS, UNTIL, WEEKDAY, eraOf, isoDate, normalizeDate, withKanjiDigits, withoutTimeAfter, withWeekdayAfter } from "./wareki.ts";
import { ERA_WRITTEN } from "./eras.ts";

export type PartialDate =
  | { kind: "two_digit"; year: number; month: number; day: number; eraFirst?: true }
  | { kind: "no_year"; month: number; day: number };

/** a deadline's label before its date (申込 〆切 5月31日): the column says what the date is */
const DEADLINE = /^(?:〆切り?|〆|締切り?|締め切り|申込期限|期限)\s*[:：]?\s*/;
/** one or two digits, then a month and a day: `24/4/1`, `06.4.1`, `24-4-1`, `24年4月1日`, `6年4月1日` */
const TWO_DIGIT_YEAR = /^(\d{1,2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;
/** an era's first year without the era: `元年5月1日` (only an era's year is 元) */
const ERA_FIRST_YEAR = /^元年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
/** a month and a day: `4月1日`, `12/25` (not `12.25` or `12-25`, which may be a number or a range) */
const NO_YEAR = /^(\d{1,2})\s*(?:\/|月)\s*(\d{1,2})\s*日?$/;

/** The cell as normalizeDate reads it: NFKC, kanji digits, no weekday (after the date or before it: `土 6/15`), no 現在 after it, nor まで in an end column (in
 *  a start column, `5月31日まで` is no start), no deadline label, no time after the date (`4月1日 10:00～12:00`, whose
 *  times the record stage takes from the cell once the date reads). */
const plainDateText = (raw: string, bound?: Bound) => {
  const text = withWeekdayAfter(withKanjiDigits(raw.normalize("NFKC"))).replace(WEEKDAY, " ").trim().replace(AS_OF, "");
  return withoutTimeAfter((bound === "end" ? text.replace(UNTIL, "") : text).replace(DEADLINE, "")).trim();
};

/** The date a cell writes without all of its year, when it is a real day of some year; else null. `bound`: the cell's
 *  column is a start's or an end's (column-bounds.ts boundOf). */
export function partialDate(raw: string, bound?: Bound): PartialDate | null {
  const text = plainDateText(raw, bound);
  const first = ERA_FIRST_YEAR.exec(text);
  if (first !== null) {
    const [month, day] = [Number(first[1]), Number(first[2])];
    return isoDate(2019, month, day) !== null || isoDate(1989, month, day) !== null ? { kind: "two_digit", year: 1, month, day, eraFirst: true } : null;
  }
  const two = TWO_DIGIT_YEAR.exec(text);
  if (two !== null) {
    const [year, month, day] = [Number(two[1]), Number(two[2]), Number(two[3])];
    // a day of 2000+YY or of an era's year YY: 2/29 needs a leap year of one of them, which the reading checks again
    return isoDate(2000 + year, month, day) !== null || isoDate(2020, month, day) !== null ? { kind: "two_digit", year, month, day } : null;
  }
  const none = NO_YEAR.exec(text);
  if (none === null) return null;
  const [month, day] = [Number(none[1]), Number(none[2])];
  // 2/29 is a day of a leap year (2024)
  return isoDate(2024, month, day) === null ? null : { kind: "no_year", month, day };
}

/** How a cell writes a full year: "西暦" for four digits (`2024/4/1`, `2024年4月1日～4月3日`), the era's name for a
 *  date in one (`R6.4.1`, `令和6年4月1日`), else null. */
const WESTERN_YEAR = /^\d{4}\s*(?:[-/.]|年)/;
const ERA_YEAR = new RegExp(String.raw`^(${ERA_WRITTEN})\.?\s*(?:元|\d{1,2})\s*(?:[-/.]|年)`, "i");
export const WESTERN = "西暦";

export function yearFormOf(raw: string): string | null {
  const text = plainDateText(raw);
  if (WESTERN_YEAR.test(text)) return WESTERN;
  const era = ERA_YEAR.exec(text);
  return era === null ? null : eraOf(era[1])?.name ?? null;
}

/** A two-digit year read as `form` (西暦: 20YY; an era: its year YY; 元年 an era's only), ISO; null when that is no day (令和40年 is
 *  past what an era's year may be written as). */
export function readTwoDigitYear(date: { year: number; month: number; day: number; eraFirst?: true }, form: string, at: At): string | null {
  if (form === WESTERN) return date.eraFirst ? null : isoDate(2000 + date.year, date.month, date.day);
  if (!ERAS.some((e) => e.name === form)) return null;
  return normalizeDate(`${form}${date.year}年${date.month}月${date.day}日`, at).value;
}

/** The two readings a two-digit year has with nothing to tell them apart, for the officer: `2024-04-01（西暦2024年）／
 *  2042-04-01（令和24年）`; the era is the current one, as a year written without its era is most often. */
export function twoReadings(date: { year: number; month: number; day: number; eraFirst?: true }, at: At): string {
  const current = ERAS[ERAS.length - 1].name;
  const western = readTwoDigitYear(date, WESTERN, at);
  const inEra = readTwoDigitYear(date, current, at);
  return [western === null ? null : `${western}（西暦${2000 + date.year}年）`, inEra === null ? null : `${inEra}（${current}${date.year}年）`]
    .filter((s) => s !== null).join("／");
}
