// A file with no header row (a ledger system's export of the rows alone): its first row is data, not a header to
// take and lose. Its rows are read under the standard's own header when they fit the standard's column order (as
// headless-sheet.ts reads a continuation sheet under the first sheet's header); else under numbered columns (列1, 列2 …),
// kept in extra, so that no row is lost.
import type { Dataset } from "../schemas/dataset.ts";
import { fitsHeader, usedWidth } from "./headless-sheet.ts";
import { isBlankRow } from "./rows.ts";

/** A cell that is a code, decimal, phone, time or date written in digits (131041, 35.6938, 03-3209-1111, 08:30,
 *  2024/4/1): no header names a column so. A header's 0歳 or 2024年度 has words; a plain short integer (a year 2024
 *  heading a population column, a column number 1) may head a column, so it is no sign. */
const VALUE_SHAPE = /^[-+]?[0-9０-９][0-9０-９.,:：/\-－ー‐]*$/;
const SHORT_INTEGER = /^[0-9０-９]{1,4}$/;

function isValueShaped(cell: string | undefined): boolean {
  const text = (cell ?? "").trim();
  return VALUE_SHAPE.test(text) && !SHORT_INTEGER.test(text);
}

/** How many of a row's cells must be so shaped, where the rows under it have such values too, for it to be data. */
const MIN_VALUE_CELLS = 2;

/** How many rows under the first are looked at for values in the same columns. */
const ROWS_COMPARED = 5;

/** Whether the first of these rows (the file's first filled row) is a data row: it has at least two cells of digits
 *  whose columns hold digits in the rows under it too (or, with no rows under it, two such cells). */
export function firstRowIsData(rows: ReadonlyArray<readonly string[]>): boolean {
  const filled = rows.filter((r) => !isBlankRow(r));
  if (filled.length === 0) return false;
  const [first, ...below] = filled;
  const compared = below.slice(0, ROWS_COMPARED);
  const valueColumns = first.filter((cell, at) => isValueShaped(cell) && (compared.length === 0 || compared.some((r) => isValueShaped(r[at]))));
  return valueColumns.length >= MIN_VALUE_CELLS;
}

/** The header a headerless file's rows are read under: the standard's columns in its order when the rows fit them
 *  (`standard`), else numbered columns as wide as the widest row. */
export function headerOfHeadless(rows: ReadonlyArray<readonly string[]>, dataset: Dataset): { header: string[]; standard: boolean } {
  const standardHeader = dataset.columns.map((c) => c.ja);
  if (fitsHeader(rows, standardHeader, dataset)) return { header: standardHeader, standard: true };
  const width = Math.max(0, ...rows.map(usedWidth));
  return { header: Array.from({ length: width }, (_, i) => `列${i + 1}`), standard: false };
}

/** The dataset of a headerless file whose name and title tell none: the one dataset whose standard columns its rows
 *  fit, in order and exactly as many as its rows have (a ledger system's export of every column); null when none or
 *  several do (a few leading columns fit many lists). */
export function datasetOfHeadless(rows: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): Dataset | null {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const fitting = datasets.filter((d) => d.columns.length === width && fitsHeader(rows, d.columns.map((c) => c.ja), d));
  return fitting.length === 1 ? fitting[0] : null;
}
