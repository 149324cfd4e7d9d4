// A quote that swallows whole rows: a value opened with a quote by mistake (`"ふれあい"公園`) that only a quoted cell
// rows later closes. Read by its quotes, the rows between would become one value and disappear; parse.ts reads such a
// record's first line literally instead, and each line after it as its own row. What a whole row is: at least as many
// cells as the widest record at the top of the file (the header's, as a rule).
import { HEAD_RECORDS } from "./detect.ts";
import type { Delimiter, ParsedRecord } from "./parse.ts";

/**
 * A row's width for telling a quoted value from whole rows: the most cells a record had among the first HEAD_RECORDS
 * (where the header is searched for), counting only records read without a quote problem.
 */
export function rowWidthOf(records: readonly ParsedRecord[]): number {
  let width = 0;
  for (const r of records) if (r.index <= HEAD_RECORDS && r.quoteProblem === undefined) width = Math.max(width, r.cells.length);
  return width;
}

/** The cell of a row read literally (quote_over_rows) whose quote opened the value: the first that starts with a quote
 *  and is not one quoted value (`"ふれあい"公園`, not `"9:00 ""祝日除く"""`). */
export const cellOpeningQuote = (cells: readonly string[]): string | undefined =>
  cells.find((c) => c.startsWith("\"") && !/^"(?:[^"]|"")*"$/.test(c));

/** How many line feeds a record's cells hold (only a quoted cell can): the lines it took in the file, less one. */
function lineBreaksIn(cells: readonly string[]): number {
  let breaks = 0;
  for (const c of cells) for (let at = c.indexOf("\n"); at !== -1; at = c.indexOf("\n", at + 1)) breaks++;
  return breaks;
}

/** Whether each of `lines` lines of `text` from `start` holds at least `width` cells read without quoting rules. */
function wholeRows(text: string, start: number, lines: number, delimiter: Delimiter, width: number): boolean {
  let at = start;
  for (let n = 0; n < lines; n++) {
    const end = text.indexOf("\n", at);
    let cells = 1;
    for (let d = text.indexOf(delimiter, at); d !== -1 && (end === -1 || d < end) && cells < width; d = text.indexOf(delimiter, d + 1)) cells++;
    if (cells < width) return false;
    at = end + 1;
  }
  return true;
}

/** What a row's width is while records are read: the width so far, and whether records still add to it. */
export interface RowWidth {
  width: number;
  /** the next record's index while it is at most HEAD_RECORDS and the width is not given; else null */
  learning: number | null;
}

/** The row width after one more record (rowWidthOf, record by record). */
export function widthAfter(w: RowWidth, cells: readonly string[], quoteProblem: ParsedRecord["quoteProblem"]): RowWidth {
  if (w.learning === null) return w;
  const width = quoteProblem === undefined ? Math.max(w.width, cells.length) : w.width;
  return { width, learning: w.learning < HEAD_RECORDS ? w.learning + 1 : null };
}

/**
 * The first of `records` (parsed from `text`) whose quoted cell runs over lines that each hold a whole row: a value
 * that opened with a quote by mistake (`"ふれあい"公園`) and was closed only by a quoted cell rows later, swallowing
 * the rows between. Its number in `records` and where its text starts; null when there is none. A cell typed with
 * Alt+Enter is no such record: its lines together make one row.
 */
export function quoteOverRows(records: readonly string[][], problems: ReadonlyMap<number, ParsedRecord["quoteProblem"]>, text: string,
  delimiter: Delimiter, width: RowWidth): { at: number; start: number } | null {
  let start = 0;
  let w = width;
  for (let i = 0; i < records.length; i++) {
    const breaks = lineBreaksIn(records[i]);
    if (breaks > 0 && w.width > 1 && wholeRows(text, start, breaks + 1, delimiter, w.width)) return { at: i, start };
    for (let n = 0; n <= breaks; n++) start = text.indexOf("\n", start) + 1;
    w = widthAfter(w, records[i], problems.get(i));
  }
  return null;
}

/** Whether the first `length` characters of `text` hold `ends` line feeds only: records that are one line each, the
 *  common case, told fast. */
export function lineFeedsAre(ends: number, text: string, length: number): boolean {
  let feeds = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < length; at = text.indexOf("\n", at + 1)) feeds++;
  return feeds === ends;
}
