// A worksheet cell's value as text, the way Excel shows it: shared and inline strings, booleans, and numbers by their
// style's number format (ISO dates and HH:MM times from Excel serials, fixed digits with their leading zeros, a
// format's own text as `第77号`, else the number's shortest text).
import { compileFixedDigits, compileHiddenValues, compileNumberFormat, compileRounding, type FixedDigits, hidesText, type NumberFormat } from "./number-format.ts";
import { type SharedStrings, stringItemText, unescapeXml } from "./shared-strings.ts";
import { weekdayFormat } from "./weekday-format.ts";
import { attr, stripPrefixes } from "./workbook-xml.ts";

/** A number format shows a date, a year and month only (`yyyy"年"m"月"`), a year only (`yyyy"年"`, `ggge"年"`), a time
 *  to the minute (`h:mm`) or to the second (`h:mm:ss`), hours past a day (`[h]:mm`, elapsed, or `[h]:mm:ss`), minutes
 *  and seconds with no hour (`mm:ss`, `[mm]:ss`: a length of time, no time of day), both a date and a time (to the minute or the second), or a number; a number as digits of a fixed width (`0000000`, `000-0000`): the text Excel shows, leading zeros and hyphens included; a value with text
 *  of the format's (`"第"0"号"`, `0"人"`, `@"様"`): the text Excel shows (number-format.ts), else as digits or a number. */
export type CellFormat = "number" | "date" | "month" | "year" | "time" | "time_seconds" | "elapsed" | "elapsed_seconds" | "minutes_seconds"
  | "datetime" | "datetime_seconds"
  | { digits: FixedDigits | null; shows: NumberFormat | null; hides?: HiddenValues };

/** A format whose section for some numbers is empty (`;;;`, `0;-0;;@`): Excel shows those cells empty; `text`, one whose
 *  section for text is (`;;;`): a text cell shows empty too. */
export interface HiddenValues { code: string; hides: (value: number) => boolean; text?: true }

// Built-in ids 27–36 and 50–58 are written without their format code and mean what the locale of the Excel that saved
// the file says (ECMA-376 §18.8.30). These are ja-JP's, as Japanese Excel writes them: 34, 52, 55 yyyy"年"m"月", 35, 53,
// 56 m"月"d"日", 57, 58 the era dates. zh-CN/zh-TW Excel writes 上午/下午 times under 34, 35 and 52–56: a value under
// one day is read as a time of day whatever date format it has (cellText), which is what those files hold.
const BUILTIN_DATE = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 35, 36, 50, 51, 53, 54, 56, 57, 58]);
const BUILTIN_MONTH = new Set([34, 52, 55]);
const BUILTIN_TIME = new Set([18, 20, 32]);
/** h:mm:ss AM/PM, h:mm:ss, h"時"mm"分"ss"秒" */
const BUILTIN_TIME_SECONDS = new Set([19, 21, 33]);
/** mm:ss, mmss.0: minutes and seconds, a length of time */
const BUILTIN_MINUTES_SECONDS = new Set([45, 47]);
/** [h]:mm:ss: what Excel gives a typed 24:00 or 26:00 (its seconds shown) */
const BUILTIN_ELAPSED = 46;
/** 0% and 0.00%: what Excel gives a typed 50% (stored 0.5), shown with its sign (number-format.ts) */
const BUILTIN_PERCENT = new Map([[9, "0%"], [10, "0.00%"]]);
/** # ?/? and # ??/??: a fraction, shown as one (0.5 as 1/2) */
const BUILTIN_FRACTION = new Map([[12, "# ?/?"], [13, "# ??/??"]]);

/** What a number format code shows: a date, a time, both, a number of fixed digits (zeros, maybe hyphens: codes and
 *  numbers as `0001234`, postal codes as `123-4567`), a value with text of the format's, or a plain number. */
export function formatKind(code: string, date1904 = false): CellFormat {
  // without quoted text, escaped characters and [..] (colours, locales, [DBNum1]) but elapsed time ([h], [mm], [ss]);
  // then without General (G/標準 in Japanese Excel) and the E+ of scientific notation, whose letters are no date parts
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, "")
    .replace(/General|G\/標準/gi, "").replace(/E[+-]/gi, "").split(";")[0];
  const weekday = weekdayFormat(code, date1904);
  if (weekday !== null) return { digits: null, shows: weekday };
  const date = /[ydge]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
  const time = /[hs]/i.test(bare);
  // a format without seconds (h:mm, [h]:mm) shows a time with seconds (9:00:01) to the minute: it is read as shown
  const seconds = /s/i.test(bare);
  if (time && !date && /\[h+\]/i.test(bare)) return seconds ? "elapsed_seconds" : "elapsed";
  // minutes and seconds with no hour shown (a lap, a talk's length): read as a time of day, 12:30 (12 minutes 30
  // seconds) was 00:12 and a 45:00 end 00:45
  if (time && !date && !/h/i.test(bare)) return "minutes_seconds";
  if (date && !time && !/d/i.test(bare) && /[yge]/i.test(bare)) return /m/i.test(bare) ? "month" : "year";
  if (date && time) return seconds ? "datetime_seconds" : "datetime";
  if (date || time) return date ? "date" : seconds ? "time_seconds" : "time";
  const digits = compileFixedDigits(code);
  const shows = compileNumberFormat(code, { zeroPadding: digits === null });
  const hides = compileHiddenValues(code);
  const text = hidesText(code);
  if (hides !== null || text) return { digits, shows, hides: { code, hides: hides ?? (() => false), ...(text ? { text } : {}) } };
  return shows === null && digits === null ? "number" : { digits, shows };
}

export function cellFormats(xml: string | null, date1904 = false): CellFormat[] {
  if (!xml) return [];
  const styles = stripPrefixes(xml);
  // each format read once, however many styles use it
  const custom = new Map<number, CellFormat>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "numFmtId");
    const code = attr(m[1], "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), formatKind(unescapeXml(code), date1904));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    if (custom.has(id)) return custom.get(id) as CellFormat;
    if (id === BUILTIN_ELAPSED) return "elapsed_seconds";
    if (BUILTIN_MINUTES_SECONDS.has(id)) return "minutes_seconds";
    const percent = BUILTIN_PERCENT.get(id) ?? BUILTIN_FRACTION.get(id);
    if (percent !== undefined) return formatKind(percent, date1904);
    if (BUILTIN_TIME_SECONDS.has(id)) return "time_seconds";
    return BUILTIN_DATE.has(id) ? "date" : BUILTIN_MONTH.has(id) ? "month" : BUILTIN_TIME.has(id) ? "time" : "number";
  });
}

/** Built-in plain number formats that round (ECMA-376 §18.8.30), written without their code. */
const BUILTIN_ROUNDING = new Map([[1, "0"], [2, "0.00"], [3, "#,##0"], [4, "#,##0.00"], [37, "#,##0 ;(#,##0)"], [38, "#,##0 ;(#,##0)"],
  [39, "#,##0.00;(#,##0.00)"], [40, "#,##0.00;(#,##0.00)"]]);

/** The decimal places a style's plain number format shows a number rounded to (1234.6 under `0` shows 1235: 0), by
 *  style (number-format.ts compileRounding); null where the style's format shows every place, or is no plain number's. */
export type Rounding = ((value: number) => number | null) | null;

export function roundingFormats(xml: string | null): Rounding[] {
  if (!xml) return [];
  const styles = stripPrefixes(xml);
  const codes = new Map<number, string>(BUILTIN_ROUNDING);
  for (const m of styles.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "numFmtId");
    const code = attr(m[1], "formatCode");
    if (id !== undefined && code !== undefined) codes.set(Number(id), unescapeXml(code));
  }
  const compiled = new Map<number, Rounding>();
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    if (!compiled.has(id)) {
      const code = codes.get(id);
      compiled.set(id, code === undefined ? null : compileRounding(code));
    }
    return compiled.get(id) as Rounding;
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An Excel serial (days since 1899-12-30, or 1904-01-01) as ISO text of the given kind. A year and month (`month`)
 *  is `YYYY-MM` when the day stored is the 1st (what Excel stores for a typed 2019/4): no day is made up; another day
 *  the format hides is the file's, and the date is given whole. A year (`year`) is `YYYY` when 1 January is stored.
 *  A time's seconds are given only under a kind that shows them (`time_seconds`, `datetime_seconds`); Excel's h:mm
 *  shows 9:00:59 as 9:00, and so does this. */
export function serialToIso(serial: number, kind: Exclude<CellFormat, "number" | "elapsed" | "elapsed_seconds">, date1904 = false): string {
  // 1900 system: Excel counts a 29 Feb 1900 that never was, so serials before 60 start a day later.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86_400_000);
  const d = new Date(epoch + ms);
  const date = `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const secs = d.getUTCSeconds();
  const showsSeconds = kind === "time_seconds" || kind === "datetime_seconds";
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${secs && showsSeconds ? `:${pad(secs)}` : ""}`;
  if (kind === "date") return date;
  if (kind === "month") return date.endsWith("-01") ? date.slice(0, 7) : date;
  if (kind === "year") return date.endsWith("-01-01") ? date.slice(0, 4) : date;
  if (kind === "time" || kind === "time_seconds") return time;
  return time === "00:00" ? date : `${date}T${time}`;
}

/** A duration under an elapsed-hours format as Excel shows it, hours past a day kept (1 → 24:00, 1.0833 → 26:00): a
 *  closing time typed 24:00 or 26:00 is read as typed, and the time normalizer says what it makes of it, as it does for
 *  the same text in a CSV, instead of the clock wrapping it to 00:00 or 02:00 unsaid. Seconds are given only when
 *  the format shows them (`[h]:mm:ss`): `[h]:mm` shows 25:30:01 (a sum's stray second) as 25:30, as h:mm does. */
export function elapsedText(serial: number, showsSeconds = true): string {
  const secs = Math.floor(Math.round(serial * 86_400_000) / 1000);
  const s = showsSeconds ? secs % 60 : 0;
  return `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}${s ? `:${pad(s)}` : ""}`;
}

/** A length of time under a minutes-and-seconds format, in words (12分30秒, 45分, 1時間5分): digits with a colon
 *  (12:30) would read as a time of day wherever a time column takes the cell; the words are read as none, and a
 *  text column (所要時間) keeps them as the length they are. Hours are given though `mm:ss` hides them: the value is. */
export function minutesText(serial: number): string {
  const secs = Math.round(serial * 86_400);
  const [h, m, s] = [Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60];
  return `${h > 0 ? `${h}時間` : ""}${m > 0 || (h === 0 && s === 0) ? `${m}分` : ""}${s > 0 ? `${s}秒` : ""}`;
}

/** A number as Excel shows it in General: to fifteen significant digits, all Excel keeps. A value Excel saved as the
 *  nearest double's seventeen (35.69384000000001, =0.1+0.2 as 0.30000000000000004) is what the officer typed or saw. */
export const numberText = (num: number): string => String(Number(num.toPrecision(15)));

/** The last day Excel shows as a date (9999-12-31); past it a date format shows ####. */
const LAST_SERIAL = 2_958_465;

/** Whether a number under a date or time format is digits typed into the cell, not a day Excel could show: past the
 *  last date (20240503 under yyyy/m/d), or a time written as HHMM (1000, 930, 1630 under h:mm: Excel shows 1000 days
 *  at 0:00, so an opening 1000 and a closing 1630 read as a day open from 0:00 to 0:00). Read as the number, the date
 *  or time normalizer reads the digits as it does in a CSV, and says so. A whole 1 or 2 under [h]:mm is 24:00 or 48:00. */
function typedDigits(num: number, format: Exclude<CellFormat, "number" | object>): boolean {
  if (num > LAST_SERIAL) return true;
  const hhmm = Number.isInteger(num) && num <= 2400 && num % 100 < 60;
  if (format === "time" || format === "time_seconds") return hhmm && num >= 1;
  if (format === "elapsed" || format === "elapsed_seconds") return hhmm && num >= 100;
  return false;
}

export interface SheetContext {
  strings: SharedStrings;
  formats: CellFormat[];
  date1904: boolean;
  /** whether a format shows text cells with text of its own (`@"様"`) or hides them (`;;;`): only then is a text cell's
   *  style looked up */
  textFormats: boolean;
  /** the cell styles whose font is struck through (struck-rows.ts): empty when no font is */
  struckStyles?: ReadonlySet<number>;
  /** how each style's plain number format rounds a number (roundingFormats); absent or empty when none does */
  rounding?: readonly Rounding[];
}

/** A cell shown with its format's text: that text, and the value stored; `hiddenBy`, the format that shows the value
 *  as an empty cell (`;;;`). */
interface Shown { shown: string; stored: string; hiddenBy?: string }

/** A number a plain format shows rounded (1234.6 under `0` as 1235): the number stored, which the cell reads as, and the
 *  decimal places shown, to which a text column rounds it (format-text-cells.ts). */
interface Rounded { stored: string; places: number }

/** A number as its style rounds it, or its text when the style shows it whole. */
function roundedOr(num: number, style: number, ctx: SheetContext): string | Rounded {
  const places = ctx.rounding?.[style]?.(num) ?? null;
  return places === null ? numberText(num) : { stored: numberText(num), places };
}

/** A text cell as its format shows it (`@"様"`; empty under `;;;`, the text named by the reader as a number is). */
function withTextFormat(text: string, attrs: string, ctx: SheetContext): string | Shown {
  if (!ctx.textFormats || text === "") return text;
  const format = ctx.formats[Number(attr(attrs, "s") ?? 0)];
  if (typeof format === "object" && format.hides?.text === true) return { shown: "", stored: text, hiddenBy: format.hides.code };
  const shown = typeof format === "object" ? format.shows?.text(text) ?? null : null;
  return shown === null ? text : { shown, stored: text };
}

export function cellText(attrs: string, inner: string, ctx: SheetContext): string | Shown | Rounded {
  const type = attr(attrs, "t") ?? "n";
  if (type === "inlineStr") {
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1];
    return is === undefined ? "" : withTextFormat(stringItemText(is), attrs, ctx);
  }
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  // an empty <v></v> (a blank styled cell as some programs save it) is an empty cell: Number("") would make it 0,
  // the date 1899-12-30 or the time 00:00
  if (raw === undefined || (raw.trim() === "" && type !== "str")) return "";
  if (type === "s") return withTextFormat(ctx.strings.get(Number(raw)), attrs, ctx); // "" when the table lacks it: rowCells names the cell
  if (type === "b") return raw === "1" ? "TRUE" : "FALSE";
  if (type === "str") return withTextFormat(unescapeXml(raw), attrs, ctx);
  if (type === "e") return unescapeXml(raw);
  if (type === "d") return isoCellText(unescapeXml(raw), ctx.date1904);
  const num = Number(raw);
  if (!Number.isFinite(num)) return unescapeXml(raw);
  const style = Number(attr(attrs, "s") ?? 0);
  const format = ctx.formats[style] ?? "number";
  if (typeof format === "object") {
    // what the sheet shows is an empty cell: read as one, the value named by the reader (sheet-rows.ts)
    if (format.hides?.hides(num) === true) return { shown: "", stored: numberText(num), hiddenBy: format.hides.code };
    const shown = format.shows?.number(num) ?? null;
    if (shown !== null) return { shown, stored: numberText(num) };
    // a code's fixed digits (0000000) show a whole number; another is read as stored, no code made of it by rounding
    return format.digits === null ? roundedOr(num, style, ctx) : format.digits(num) ?? numberText(num);
  }
  if (format === "number") return roundedOr(num, style, ctx);
  // 24:00 typed into a time cell is stored as the whole day 1 (shown 0:00): a closing time, not the digits 1 (00:01)
  if (num === 1 && (format === "time" || format === "time_seconds")) return elapsedText(num, false);
  if (typedDigits(num, format)) return numberText(num);
  if (format === "minutes_seconds") return num >= 0 ? minutesText(num) : numberText(num);
  if (format === "elapsed" || format === "elapsed_seconds") {
    const seconds = format === "elapsed_seconds";
    return num >= 0 ? elapsedText(num, seconds) : serialToIso(num, seconds ? "time_seconds" : "time", ctx.date1904);
  }
  // a fraction of a day under a date format (Excel shows 1900/1/0) is a time of day a program wrote with the wrong
  // format, or a zh-CN/zh-TW time under a built-in id that is a date in Japanese Excel
  if ((format === "date" || format === "month" || format === "year") && num >= 0 && num < 1) return serialToIso(num, "time_seconds", ctx.date1904);
  // so is one under a date-and-time format (Excel shows 1900/1/0 10:00: a day 0 that is no date), to the second when
  // the format shows seconds; read whole, it was the date 1899-12-31 that a date column published
  if ((format === "datetime" || format === "datetime_seconds") && num >= 0 && num < 1) return serialToIso(num, format === "datetime" ? "time" : "time_seconds", ctx.date1904);
  return serialToIso(num, format, ctx.date1904);
}

const ISO_CELL = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** A cell a program saved as an ISO date-time (`t="d"`, `2024-04-01T00:00:00Z`, `1899-12-30T08:30:00`) as the date or
 *  time it holds, as a serial under a date or time format reads: a date without its midnight, a time without Excel's
 *  day 0 (1899-12-30, or 1904-01-01), both when it has both; as written when it is no such text. Excel keeps no time
 *  zone: a `Z` or an offset is dropped, the clock time read as written. */
export function isoCellText(raw: string, date1904 = false): string {
  const m = ISO_CELL.exec(raw.trim());
  if (m === null) return raw;
  const [, date, time = "00:00", secs = "00"] = m;
  const clock = secs === "00" ? time : `${time}:${secs}`;
  if (date === (date1904 ? "1904-01-01" : "1899-12-30") || date === "1899-12-31") return clock;
  return clock === "00:00" ? date : `${date}T${clock}`;
}

/** Whether a shared-string cell's value is an index the table does not have (a damaged or cut workbook). */
export function namesMissingString(body: string, strings: SharedStrings): boolean {
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return false;
  const index = Number(raw);
  return !(Number.isInteger(index) && index >= 0 && index < strings.count);
}
