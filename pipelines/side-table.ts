// A table kept beside the list, after an empty column (a count by kind to the right of a 保育園 list, as ward staff
// keep one): its columns are no columns of the list. Told by an empty column under a blank header with named columns
// on both sides, whose right block holds values on the first rows only, where the list goes on below them: a column
// left empty for spacing inside one table has values beside it on every row.
import type { Dataset } from "../schemas/dataset.ts";
import { columnLetters } from "./cell-references.ts";
import { matchHeader } from "./header-match.ts";

const blank = (cell: string | undefined) => (cell ?? "").trim() === "";

/** The 0-based column where the table beside the list starts (past its empty column), or null when there is none. */
export function sideTableAt(header: readonly string[], rows: ReadonlyArray<readonly string[]>): number | null {
  const data = rows.filter((r) => r.some((c) => !blank(c)));
  for (let gap = 1; gap < header.length - 1; gap++) {
    if (!blank(header[gap]) || data.some((r) => !blank(r[gap]))) continue;
    const named = (from: number, to: number) => header.slice(from, to).filter((c) => !blank(c)).length;
    if (named(0, gap) < 2 || named(gap + 1, header.length) < 2) continue;
    const beside = data.map((r) => r.slice(gap + 1).some((c) => !blank(c)));
    const last = beside.lastIndexOf(true);
    // the block beside ends (its rows all at the top) while the list goes on under it
    if (last >= 0 && last < data.length - 1 && beside.slice(0, last + 1).every(Boolean)) return gap + 1;
  }
  return null;
}

/** The side table's columns as the report names them: `G列「種別」、H列「施設数」`. */
export const sideTableColumns = (header: readonly string[], at: number): string =>
  header.slice(at).flatMap((c, k) => (blank(c) ? [] : [`${columnLetters(at + k)}列「${c.trim()}」`])).join("、");

const sameText = (a: string | undefined, b: string | undefined) => (a ?? "").trim() === (b ?? "").trim();

/** Whether two header cells name one column: the same text, or (given) the same column of the dataset (所在地 / 住所). */
export type SameColumn = (a: string | undefined, b: string | undefined) => boolean;

/** Whether the block starting at `from` repeats the header's first cells (to `end`, at most `width` of them), two or
 *  more named. */
function repeatsHeader(header: readonly string[], from: number, width: number, end: number, same: SameColumn): boolean {
  let named = 0;
  for (let k = 0; k < width && from + k < end; k++) {
    if (blank(header[k]) !== blank(header[from + k])) return false;
    if (blank(header[k])) continue;
    if (!same(header[from + k], header[k])) return false;
    named++;
  }
  return named >= 2;
}

/**
 * The 0-based columns where the list's header starts again on the same row (a list printed two-up or three-up, side
 * by side: 名称 | 所在地 | … | (blank) | 名称 | 所在地 | …), or an empty list when it does not. Each block repeats the
 * header's first cells in order (the last one may be narrower), after at least one blank column, every block as far
 * from the one before as the second is from the first, and the blocks reach the header's last named cell: their rows
 * are other places, not more columns of the places left of them. Blocks with no blank column between them (名称 | 所在地
 * | 名称 | 所在地) are read only when each repeats the whole first block word for word: one table's header does not name
 * its columns twice over in one order.
 */
export function blockStartsOf(header: readonly string[], same: SameColumn = sameText): number[] {
  const end = header.findLastIndex((c) => !blank(c)) + 1;
  for (let at = 2; at < end - 1; at++) {
    if (blank(header[at]) || !same(header[at], header[0])) continue;
    const gap = blank(header[at - 1]) ? 1 : 0;
    const width = at - gap;
    const repeats = gap === 1 ? (from: number) => repeatsHeader(header, from, width, end, same)
      : (from: number) => repeatsWhole(header, from, width, end);
    const starts: number[] = [];
    let from = at;
    while (from < end && !blank(header[from]) && (gap === 0 || blank(header[from - 1])) && repeats(from)) {
      starts.push(from);
      from += at;
    }
    if (starts.length > 0 && end - starts[starts.length - 1] <= width) return starts;
  }
  return [];
}

/** How many columns the left block of a list printed in blocks (blockStartsOf) spans: up to its blank column, or to the
 *  next block's start when there is none. */
export const blockWidthOf = (header: readonly string[], starts: readonly number[]): number =>
  (blank(header[starts[0] - 1]) ? starts[0] - 1 : starts[0]);

/** Whether the block starting at `from` repeats the header's first `width` cells word for word (the last block up to
 *  `end` may be narrower), every one of them named, two or more. */
function repeatsWhole(header: readonly string[], from: number, width: number, end: number): boolean {
  if (width < 2) return false;
  for (let k = 0; k < width && from + k < end; k++) {
    if (blank(header[k]) || !sameText(header[from + k], header[k])) return false;
  }
  return end - from >= 2;
}

/** Whether two header cells name one column of the dataset: the same text, or both mapped to it (所在地 / 住所). */
export const sameColumnOf = (dataset: Dataset): SameColumn => (a, b) => {
  const x = (a ?? "").trim();
  const y = (b ?? "").trim();
  if (x === y) return true;
  const key = matchHeader(x, dataset)?.key;
  return key !== undefined && key === matchHeader(y, dataset)?.key;
};

/** Whether `lower` is a header printed in blocks side by side (blockStartsOf) under a row that names none of its blocks
 *  but the first (a title, AED設置場所一覧): its repeated names are the blocks', not columns the row above tells apart. */
export function blocksUnderTitle(upper: readonly string[], lower: readonly string[], dataset: Dataset): boolean {
  const starts = blockStartsOf(lower, sameColumnOf(dataset));
  return starts.length > 0 && starts.every((at) => blank(upper[at]));
}

/** The first block's start past the left one (blockStartsOf), or null. */
export function secondBlockAt(header: readonly string[], same: SameColumn = sameText): number | null {
  return blockStartsOf(header, same)[0] ?? null;
}

/** The data rows (1-based under the header) of `rows` with a value from column `at` on: `1-2`, `3, 5-9`. */
export function rowsFilledFrom(rows: ReadonlyArray<{ readonly index: number; readonly cells: readonly string[] }>, headerIndex: number, at: number): string {
  const filled = rows.filter((r) => r.cells.slice(at).some((c) => !blank(c))).map((r) => r.index - headerIndex);
  const runs: string[] = [];
  for (let i = 0; i < filled.length; i++) {
    let j = i;
    while (j + 1 < filled.length && filled[j + 1] === filled[j] + 1) j++;
    runs.push(i === j ? `${filled[i]}` : `${filled[i]}-${filled[j]}`);
    i = j;
  }
  return runs.join(", ");
}
