// An ISO 8601 date-time with its offset (`2024-10-05T10:00:00+09:00`, `2024-10-04T15:00:00Z`), as CMS and form
// exports write 開始日時: read in Japan's time, since the standard's dates and times are local. `…T15:00:00Z` is
// 2024-10-05 00:00 in Tokyo; taking the date before the T would publish the day before. A space may stand for the T, as
// Python's str(datetime) and database exports write it (`2024-10-05 10:00:00+09:00`), with a + offset or Z only: a
// dash after a time there is its hours' end (`2024-05-03 10:00:00-12:00`, wareki.ts TIME_AFTER), not UTC−12.

const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T|\s+(?=[^-]*$))(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const JST_MINUTES = 9 * 60;

export interface JstDateTime {
  /** YYYY-MM-DD in Japan */
  date: string;
  /** HH:MM in Japan */
  time: string;
  /** whether the cell's offset was not +09:00, so its date or time moved */
  converted: boolean;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** YYYY as cell-values.ts writes a year: four digits, also below 1000 (`0999`). */
const year = (n: number) => String(n).padStart(4, "0");

/** The cell's date and time in Japan (+09:00) when it is an ISO date-time with an offset or Z; null otherwise, or
 *  when its date or time does not exist (left to the date reader to name). */
export function jstDateTime(text: string): JstDateTime | null {
  if (text.length < 17 || !(text.includes("T") || text.includes("t") || text.includes(" "))) return null;
  const m = OFFSET_DATE_TIME.exec(text.trim());
  if (m === null) return null;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads a year below 100 as 19YY (0001 → 1901)
  const day = new Date(0);
  day.setUTCFullYear(y, mo - 1, d);
  day.setUTCHours(h, mi);
  const local = day.getTime();
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59) return null;
  const offset = offsetMinutes(m[7]);
  if (offset === null) return null;
  const jst = new Date(local + (JST_MINUTES - offset) * 60_000);
  return {
    date: `${year(jst.getUTCFullYear())}-${pad(jst.getUTCMonth() + 1)}-${pad(jst.getUTCDate())}`,
    time: `${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`,
    converted: offset !== JST_MINUTES,
  };
}

/** `Z` → 0, `+09:00` / `+0900` → 540, `-05:00` → -300; null past ±14 hours (no such zone). */
function offsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === "Z") return 0;
  const digits = zone.slice(1).replace(":", "");
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  if (minutes > 14 * 60 || Number(digits.slice(2)) > 59) return null;
  return zone[0] === "-" ? -minutes : minutes;
}
