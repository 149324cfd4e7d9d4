// A legend above the table or under its data that says what the codes of a column stand for (`凡例：種別 1=消火栓、2=防火水槽、3=プール`,
// `種別　1：消火栓　2：防火水槽`): the column's cells written as codes are read as the words. Only for a column whose
// standard values are known (oneOf), and only when every word of the legend is one of them, so that no other line
// (a date, an address with numbers) is taken as one.
import type { Dataset } from "../schemas/dataset.ts";
import { vocabularyOf } from "../schemas/types.ts";
import { listedValueOf } from "./normalize/vocabulary.ts";
import { plainWords } from "./normalize/text.ts";

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

/** A header name as a legend line writes it: NFKC, no spaces; also without its bracketed note (口径(mm) → 口径). */
function namesOf(header: string): string[] {
  const name = plainWords(header);
  const bare = name.replace(/\([^)]*\)/g, "");
  return bare !== name && bare !== "" ? [name, bare] : [name];
}

/** The names a legend line may give the file's columns by. */
export const columnNamesOf = (headers: readonly string[]): ReadonlySet<string> =>
  new Set(headers.flatMap(namesOf).filter((n) => n !== ""));

/** How a cell says it is (or opens) a note or a legend: 凡例 (【凡例】, （凡例）, ■凡例), ※, ＊, 注. */
const SAYS_LEGEND = /^(?:[【(（■◆●□◇＜〈<]?凡例|※|\*|注)/;
/** A cell that gives a code and its word (`1=消火栓`, `2：防火水槽`; NFKC). */
const GIVES_CODE = /(?<!\d)\d{1,2}[:=][^:=\d、,;/]/;

/**
 * Whether every filled cell of a row is part of a legend: a mark that says it is one (凡例, ※, 注), the name of one of
 * the file's columns (`種別,1：消火栓　2：防火水槽`), or codes with their words. A cell of anything else is a value: a
 * row `3,…,1=消火栓、2=防火水槽 併設` (an ID and a 備考) or `2,1:消火栓 2:防火水槽` (an ID and a 種別) is a record that
 * reads like a legend, and stays a row, wherever it stands (the last row of a file is as much a record as any); only
 * rows that hold nothing but the legend are taken for one, so no record is lost to its look.
 */
export function onlyLegendIn(cells: readonly string[], columnNames: ReadonlySet<string>): boolean {
  for (const cell of cells) {
    const text = plainWords(cell);
    if (text === "" || SAYS_LEGEND.test(text) || GIVES_CODE.test(text) || columnNames.has(text.replace(/:$/, ""))) continue;
    return false;
  }
  return true;
}

/**
 * The legends of the lines under the data (`【凡例】種別：1=消火栓、2=防火水槽、3=プール`, `※種別 1:消火栓 2:防火水槽`):
 * from the last row up, past blank rows and other one-cell notes, every line that is a legend and nothing else
 * (onlyLegendIn: `headers` are the file's), in file order; the search ends at the first other row of two or more cells
 * (the data).
 */
export function legendsBelowData(rows: ReadonlyArray<readonly string[]>, dataset: Dataset, headers: readonly string[]): Legend[] {
  const found: Legend[] = [];
  const names = columnNamesOf(headers);
  for (let at = rows.length - 1; at >= 0; at--) {
    const filled = rows[at].filter((c) => c.trim() !== "").length;
    if (filled === 0) continue;
    const legend = onlyLegendIn(rows[at], names) ? legendOfRow(rows[at], dataset) : null;
    if (legend !== null) found.unshift(legend);
    else if (filled > 1) break;
  }
  return found;
}
