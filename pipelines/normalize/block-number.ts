// 所在地_番地以下 that Excel turned into a date: `1-4-1` typed into a cell not formatted as 文字列 is stored as 2001/4/1,
// `4-5` as 4月5日 of the year it was typed. The cell holds a date, not what was typed (either reading may be it), so no
// block number is published from it: the value is left empty, as an error naming what may have been typed.
import { added, type At, type Fixed, problemAt } from "./fixed.ts";
import { normalizeText, plainText } from "./text.ts";

/** A date as the workbook reader writes a date cell (`2001-04-01`), or as a CSV saved by Excel does (`2001/4/1`). */
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** What an officer may have typed for a date Excel made: `y-m-d` (years 2000–2029 are typed as two digits) and `m-d`. */
function typedAs(year: number, month: number, day: number): string {
  const typed = [`${month}-${day}`];
  if (year >= 2000 && year <= 2029) typed.unshift(`${year - 2000}-${month}-${day}`);
  return typed.map((t) => `「${t}」`).join("、");
}

export function normalizeBlockNumber(raw: string, at: At): Fixed<string | null> {
  const text = normalizeText(raw, at);
  const date = text.value === null ? null : DATE.exec(text.value);
  if (date === null) return text;
  const detail = typedAs(Number(date[1]), Number(date[2]), Number(date[3]));
  return { value: null, issues: added(text.issues, problemAt("block_number_as_date", at.row, at.field, at.onlyCounts, raw, detail)) };
}

/** A block number no repair would change (no date), or undefined. */
export const plainBlockNumber = (raw: string): string | undefined => (DATE.test(raw.trim()) ? undefined : plainText(raw));
