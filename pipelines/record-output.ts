// `odh normalize` output: harmonized rows as NDJSON, a JSON array, or CSV with the standard Japanese headers
// (UTF-8 with BOM for Excel; cells that start with = + - @ neutralized). Written batch by batch, never all at once.
// The CSV reads back as the same records, valid and invalid alike: a value that did not read is written as its cell
// was (2024-02-30, x), an unknown 1/empty flag as UNKNOWN_MARK, and the extra columns follow the standard ones.
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf, UNKNOWN_MARK } from "../schemas/types.ts";
import { isDitto } from "./fill-down.ts";
import type { HarmonizedRow } from "./run.ts";

export type RecordFormat = "ndjson" | "csv" | "json";
export const RECORD_FORMATS: readonly RecordFormat[] = ["ndjson", "csv", "json"];

export interface RecordWriter {
  /** the dataset is known: CSV writes its header here, JSON the opening bracket. `extra`: the names the file's
   *  unmapped columns have in `extra`, in file order (extraColumnsOf), after the standard columns in CSV */
  start(dataset: Dataset, extra?: readonly string[]): string;
  batch(rows: readonly HarmonizedRow[]): string;
  /** the same text as batch(rows), handed to `out` part by part (a row's text, its line end) for a caller that
   *  encodes each as it comes (utf8-blocks.ts): no string of several rows is made. Use batch or batchInto for a
   *  batch, not both. */
  batchInto(rows: readonly HarmonizedRow[], out: (text: string) => void): void;
  end(): string;
}

export interface RecordWriterOptions {
  /** rows of the same output were written before, by another writer (a worker thread's part of the file): json
   *  rows start with ",\n" from the first one; start() only tells the writer the dataset (its text is not written:
   *  it returns "") and end() is the first writer's */
  continued?: boolean;
}

/** A formula-looking cell is prefixed with ' so spreadsheets show it as text. */
export function neutralize(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** An extra column's cell as read back: the ' that neutralize put before a formula start is taken off (a standard
 *  column's cell loses it in cleanCell, with formula_escape_removed), so the CSV's extra columns read as written. */
export function withoutNeutralize(cell: string): string {
  return cell.charCodeAt(0) === 0x27 && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A cell quoted as a CSV line writes it when it holds a comma, a quote or a line break (`"2,290"`). */
export const quotedCell = (cell: string): string => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, "\"\"")}"` : cell);

const csvText = (text: string): string => quotedCell(neutralize(text));

/** Text that neither neutralize nor quoting would change: most cells, found with one test instead of two. */
const CSV_SPECIAL = /^[=+\-@\t\r]|[",\n\r]/;

export function csvCell(value: unknown): string {
  if (typeof value === "string") return CSV_SPECIAL.test(value) ? csvText(value) : value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value); // digits, "-", ".", "e", "+", "Infinity", "NaN": never quoted
  if (typeof value === "boolean") return value ? "有" : "無";
  return csvText(Array.isArray(value) ? value.join(";") : String(value));
}

/** A 1/empty column's cell as the standard writes it: 1 for yes, nothing for no, and UNKNOWN_MARK for a value not
 *  known (an empty cell would read as no). */
const markCell = (value: unknown) => (value === true ? "1" : value === false ? "" : value === null || value === undefined ? UNKNOWN_MARK : csvCell(value));

/**
 * The CSV header names of the extra columns: each its name in `extra`, unless a standard header (or an earlier extra
 * column) has it already: then `extra_` before it (and a number after it, if that is taken too), so that reading the
 * CSV again never takes an extra column for the standard one (the leftmost of two equal headers is the field's).
 */
export function extraHeaders(dataset: Dataset, extra: readonly string[]): string[] {
  const used = new Set(dataset.columns.map((c) => c.ja));
  return extra.map((name) => {
    let header = name;
    if (used.has(header)) header = `extra_${name}`;
    for (let n = 2; used.has(header); n++) header = `extra_${name}_${n}`;
    used.add(header);
    return header;
  });
}

/** A row's text, given to `out` in one or more parts. */
type RowText = (r: HarmonizedRow, out: (text: string) => void) => void;

/** A writer from its row function: batch joins the parts, batchInto passes them on. */
function rowsWriter(row: RowText, parts: Pick<RecordWriter, "start" | "end">): RecordWriter {
  return {
    ...parts,
    batch(rows) {
      const texts: string[] = [];
      const out = (text: string) => { texts.push(text); };
      for (const r of rows) row(r, out);
      return texts.join("");
    },
    batchInto(rows, out) {
      for (const r of rows) row(r, out);
    },
  };
}

const jsonRow = (r: HarmonizedRow) => JSON.stringify({ row: r.row, valid: r.valid, record: r.record, extra: r.extra });

export function recordWriter(format: RecordFormat, { continued = false }: RecordWriterOptions = {}): RecordWriter {
  if (format === "ndjson") {
    // the JSON and its line end as two parts: `${json}\n` would be a new string of the whole row
    return rowsWriter((r, out) => { out(jsonRow(r)); out("\n"); }, { start: () => "", end: () => "" });
  }
  if (format === "json") {
    let first = !continued;
    return rowsWriter((r, out) => {
      out(first ? "\n" : ",\n");
      first = false;
      out(jsonRow(r));
    }, { start: () => (continued ? "" : "["), end: () => (first ? "]\n" : "\n]\n") });
  }
  let keys: readonly string[] | null = null;
  let cells: ReadonlyArray<(value: unknown) => string> = [];
  let extraNames: readonly string[] = [];
  let extraSet: ReadonlySet<string> = new Set();
  return rowsWriter((r, out) => {
    if (keys === null) throw new Error("recordWriter(\"csv\"): batch の前に start(dataset) / start(dataset) before batch");
    const { record, extra } = r;
    const source = r.cells;
    let text = "";
    for (let i = 0; i < keys.length; i++) {
      const value = record[keys[i]];
      // a value that did not read (2024-02-30, a code with a bad check digit, x for a secret figure, 不明 in a flag):
      // its cell as written, so that reading the CSV again finds what this reading found
      const raw = value === null && source !== undefined ? source[keys[i]] : undefined;
      // a 同上 kept as written (under a template's example row, an error): empty, as read again it would take the
      // row above in the CSV and make the row valid
      const cell = raw !== undefined && raw.trim() !== "" && !isDitto(raw) ? csvCell(raw)
        : typeof value === "string" && isDitto(value) ? "" : cells[i](value);
      text += i === 0 ? cell : `,${cell}`;
    }
    let written = 0;
    for (const name of extraNames) {
      const value = extra[name];
      if (value !== undefined) written++;
      text += `,${value === undefined ? "" : csvCell(value)}`;
    }
    // cells past the header (column_N, found on this row only) stay past the header, as in the file
    if (written < countKeys(extra)) for (const name in extra) if (!extraSet.has(name)) text += `,${csvCell(extra[name])}`;
    out(text);
    out("\r\n");
  }, {
    start(dataset, extra = []) {
      keys = dataset.columns.map((c) => c.key);
      cells = dataset.columns.map((c) => (kindOf(c.type) === "mark" ? markCell : csvCell));
      extraNames = extra;
      extraSet = new Set(extra);
      const headers = [...dataset.columns.map((c) => c.ja), ...extraHeaders(dataset, extra)];
      return continued ? "" : `\uFEFF${headers.map(csvCell).join(",")}\r\n`;
    },
    end: () => "",
  });
}

function countKeys(object: Record<string, unknown>): number {
  let n = 0;
  for (const _ in object) n++;
  return n;
}
