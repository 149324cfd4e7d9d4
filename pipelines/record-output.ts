// `odh normalize` output: harmonized rows as NDJSON, a JSON array, or CSV with the standard Japanese headers
// (UTF-8 with BOM for Excel; cells that start with = + - @ neutralized). Written batch by batch, never all at once.
import type { Dataset } from "../schemas/dataset.ts";
import type { HarmonizedRow } from "./run.ts";

export type RecordFormat = "ndjson" | "csv" | "json";
export const RECORD_FORMATS: readonly RecordFormat[] = ["ndjson", "csv", "json"];

export interface RecordWriter {
  /** the dataset is known: CSV writes its header here */
  start(dataset: Dataset): string;
  batch(rows: readonly HarmonizedRow[]): string;
  end(): string;
}

/** A formula-looking cell is prefixed with ' so spreadsheets show it as text. */
export function neutralize(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = "";
  else if (typeof value === "boolean") text = value ? "有" : "無";
  else if (Array.isArray(value)) text = neutralize(value.join(";"));
  else if (typeof value === "number") text = String(value);
  else text = neutralize(String(value));
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, "\"\"")}"` : text;
}

const jsonRow = (r: HarmonizedRow) => JSON.stringify({ row: r.row, valid: r.valid, record: r.record, extra: r.extra });

export interface RecordWriterOptions {
  /** rows of the same output were written before, by another writer (a worker thread's part of the file): json
   *  rows start with ",\n" from the first one; start() only tells the writer the dataset (its text is not written) */
  continued?: boolean;
}

export function recordWriter(format: RecordFormat, { continued = false }: RecordWriterOptions = {}): RecordWriter {
  if (format === "ndjson") {
    return { start: () => "", batch: (rows) => rows.map((r) => `${jsonRow(r)}\n`).join(""), end: () => "" };
  }
  if (format === "json") {
    let first = !continued;
    return {
      start: () => "[",
      batch: (rows) => rows.map((r) => {
        const text = `${first ? "\n" : ",\n"}${jsonRow(r)}`;
        first = false;
        return text;
      }).join(""),
      end: () => (first ? "]\n" : "\n]\n"),
    };
  }
  let keys: string[] = [];
  return {
    start(dataset) {
      keys = dataset.columns.map((c) => c.key);
      const header = dataset.columns.map((c) => csvCell(c.ja)).join(",");
      return `\uFEFF${header}\r\n`;
    },
    batch: (rows) => rows.map((r) => `${keys.map((k) => csvCell(r.record[k])).join(",")}\r\n`).join(""),
    end: () => "",
  };
}
