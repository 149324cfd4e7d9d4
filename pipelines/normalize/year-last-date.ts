// Dates with the year last (`4/13/2024`, `13.4.2024`, `4/1/2019`), as a spreadsheet set to an English locale saves
// them: month first (the United States) or day first (Britain, Europe), which the cell alone tells only when one of the
// two numbers is past 12. A date no Japanese form writes; read where its order is sure, never guessed where it is not.

/** One or two digits, one or two digits, then a four-digit year (NFKC), parted by `/`, `.` or `-`. */
const YEAR_LAST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;

export type YearLast =
  | { kind: "read"; year: number; month: number; day: number; order: "month_day" | "day_month" | "same" }
  | { kind: "ambiguous"; year: number; first: number; second: number };

/** The date a year-last cell writes: read when its order is sure (a number past 12 is the day; both the same), else
 *  ambiguous with its two numbers; null for any other cell, and for one whose numbers are no month and day either way. */
export function yearLastDate(text: string): YearLast | null {
  const m = YEAR_LAST.exec(text);
  if (m === null) return null;
  const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (first < 1 || second < 1) return null;
  if (first === second) return first <= 12 ? { kind: "read", year, month: first, day: second, order: "same" } : null;
  if (first > 12 && second > 12) return null;
  if (first > 12) return { kind: "read", year, month: second, day: first, order: "day_month" };
  if (second > 12) return { kind: "read", year, month: first, day: second, order: "month_day" };
  return { kind: "ambiguous", year, first, second };
}
