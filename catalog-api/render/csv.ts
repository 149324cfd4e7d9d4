// CSV: UTF-8 with BOM (Excel opens it right), the standard's Japanese headers (or keys with headers=en),
// CRLF, lists joined with ";", and text cells that start with = + - @ neutralized against formula injection.
import type { Dataset } from "../../schemas/dataset.ts";
import type { RecordItem } from "../contracts.ts";
import type { Renderer } from "./types.ts";

export const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (Array.isArray(value)) text = value.map(String).join(";");
  else if (typeof value === "object") text = JSON.stringify(value);
  else text = String(value);
  // numbers and booleans are data, not formulas: only text is neutralized
  if (typeof value !== "number" && typeof value !== "boolean" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: readonly unknown[]) => `${cells.map(csvCell).join(",")}\r\n`;

export function headerLine(dataset: Dataset, headers: "ja" | "en"): string {
  return csvLine(dataset.columns.map((c) => (headers === "en" ? c.key : c.ja)));
}

const rowLine = (dataset: Dataset, item: RecordItem) => csvLine(dataset.columns.map((c) => item.record[c.key]));

export const csv: Renderer = {
  mediaType: "text/csv; charset=utf-8",
  extension: "csv",
  page: (items, { dataset, headers }) => BOM + headerLine(dataset, headers) + items.map((i) => rowLine(dataset, i)).join(""),
  async *stream(batches, { dataset, headers }) {
    yield BOM + headerLine(dataset, headers);
    for await (const batch of batches) yield batch.map((i) => rowLine(dataset, i)).join("");
  },
};
