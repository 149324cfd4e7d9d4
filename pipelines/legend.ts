// A legend above the table or under its data that says what the codes of a column stand for (`凡例：種別 1=消火栓、2=防火水槽、3=プール`,
// `種別　1：消火栓　2：防火水槽`): the column's cells written as codes are read as the words. Only for a column whose
// standard values are known (oneOf), and only when every word of the legend is one of them, so that no other line
// (a date, an address with numbers) is taken as one.
import type { Dataset } from "../schemas/dataset.ts";
import { vocabularyOf } from "../schemas/types.ts";
import { listedValueOf } from "./normalize/vocabulary.ts";

/** column key → code → the word it stands for, as the legend writes it */
export type Legends = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** `1=消火栓`, `2：防火水槽` (NFKC: the colon and the equals sign are ASCII here). */
const PAIR = /(?<!\d)(\d{1,2})\s*[:=]\s*([^\s、,;:=\d/]+)/g;

/** The legend a line gives (its column's key, codes and words), else null. */
export function legendOf(line: string, dataset: Dataset): { key: string; codes: Record<string, string> } | null {
  const pairs = [...line.normalize("NFKC").matchAll(PAIR)].map((m) => [m[1], m[2]] as const);
  if (pairs.length < 2 || new Set(pairs.map(([code]) => code)).size < pairs.length) return null;
  for (const column of dataset.columns) {
    const vocabulary = vocabularyOf(column.type);
    if (vocabulary === undefined) continue;
    const listed = listedValueOf(vocabulary);
    if (pairs.every(([, word]) => listed(word) !== undefined)) return { key: column.key, codes: Object.fromEntries(pairs) };
  }
  return null;
}

/** The legend as the report says it: `1=消火栓、2=防火水槽、3=プール`. */
export const legendText = (codes: Readonly<Record<string, string>>): string =>
  Object.entries(codes).map(([code, word]) => `${code}=${word}`).join("、");

/** Where a legend was found: the report sends the officer there. */
export type LegendPlace = "above_header" | "below_data";

/** A column's legend: its key, and code → word. */
export type Legend = NonNullable<ReturnType<typeof legendOf>>;

/** The legend a row gives, its cells read as one line (a wide table's `種別,1：消火栓　2：防火水槽`); never cut short,
 *  so that the last word of a long legend is read whole. */
export const legendOfRow = (cells: readonly string[], dataset: Dataset): Legend | null =>
  legendOf(cells.map((c) => c.trim()).filter((c) => c !== "").join(","), dataset);

/**
 * The legends of the lines under the data (`【凡例】種別：1=消火栓、2=防火水槽、3=プール`, `※種別 1:消火栓 2:防火水槽`):
 * from the last row up, past blank rows and other one-cell notes, every line that is a legend, in file order; the search
 * ends at the first other row of two or more cells (the data).
 */
export function legendsBelowData(rows: ReadonlyArray<readonly string[]>, dataset: Dataset): Legend[] {
  const found: Legend[] = [];
  for (let at = rows.length - 1; at >= 0; at--) {
    const filled = rows[at].filter((c) => c.trim() !== "").length;
    if (filled === 0) continue;
    const legend = legendOfRow(rows[at], dataset);
    if (legend !== null) found.unshift(legend);
    else if (filled > 1) break;
  }
  return found;
}
