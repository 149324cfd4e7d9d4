// 東京都福祉局's registers (accessible toilets) write a day's hours as two times joined by an underscore: `0830_2200`,
// `0900＿1700` (NFKC: `_`), all day as `終日_終日` or `0000_2400`. Read as the range they are (`08:30-22:00`), so that
// a time column and a day's column (月曜日) read them as they read `8:30～22:00`.

/** Two times of 3 or 4 digits (`830`, `0830`) or HH:MM, an underscore between them. */
const TIMES = /^(\d{1,2}):?(\d{2})_(\d{1,2}):?(\d{2})$/;
const ALL_DAY = /^終日_終日$/;

/** The cell (NFKC, trimmed) as a range the time reader reads (`08:30-22:00`, `00:00-24:00`, `終日`); as it is when it
 *  is no such pair. */
export function underscoreRange(s: string): string {
  if (!s.includes("_")) return s;
  if (ALL_DAY.test(s)) return "終日";
  const m = TIMES.exec(s);
  return m === null ? s : `${m[1].padStart(2, "0")}:${m[2]}-${m[3].padStart(2, "0")}:${m[4]}`;
}
