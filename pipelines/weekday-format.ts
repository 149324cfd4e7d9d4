// A number format that shows only a date's day of the week: Japanese Excel's `aaa` (月) and `aaaa` (月曜日), and
// `ddd` (Mon) and `dddd` (Monday), maybe with text around them (`(aaa)`, `aaa"曜"`). A 曜日 column is often the date
// beside it (=A2) shown this way; read as a number format, `aaa` was taken for literal text and published as "aaa".
import type { NumberFormat } from "./number-format.ts";

const JA = ["日", "月", "火", "水", "木", "金", "土"];
const EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
/** a weekday token, quoted text, an escaped character, a [..] part (a colour, a locale), or any other character */
const PART = /a{3,4}|d{3,4}|"[^"]*"|\\.|\[[^\]]*\]|[\s\S]/gi;
const WEEKDAY = /^(?:a{3,4}|d{3,4})$/i;
/** letters that show a date's or a time's other parts, a number's digits, or text: then the format is no weekday alone */
const OTHER_PART = /[ymdgehs0#?@]/i;

/** The weekday a format shows, or null when it shows something else as well (a date, a time, digits). */
export function weekdayFormat(code: string, date1904: boolean): NumberFormat | null {
  const section = code.split(";")[0];
  const parts = section.match(PART) ?? [];
  if (!parts.some((p) => WEEKDAY.test(p))) return null;
  if (parts.some((p) => !WEEKDAY.test(p) && p.length === 1 && OTHER_PART.test(p))) return null;
  // the weekday of serial 0: 1899-12-30 a Saturday, 1904-01-01 (the 1904 system's) a Friday
  const zeroDay = date1904 ? 5 : 6;
  return {
    showsText: false,
    text: () => null,
    number(serial) {
      if (!(serial >= 0)) return null;
      const day = (Math.floor(serial) + zeroDay) % 7;
      return parts.map((p) => {
        if (/^a{3}$/i.test(p)) return JA[day];
        if (/^a{4}$/i.test(p)) return `${JA[day]}曜日`;
        if (/^d{3}$/i.test(p)) return EN[day].slice(0, 3);
        if (/^d{4}$/i.test(p)) return EN[day];
        if (p.startsWith("\"")) return p.slice(1, -1);
        if (p.startsWith("\\")) return p.slice(1);
        return p.startsWith("[") ? "" : p;
      }).join("");
    },
  };
}
