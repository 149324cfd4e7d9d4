// CSV: UTF-8 with BOM (Excel opens it right), the standard's Japanese headers (or keys with headers=en) then the
// provenance columns (出典URL, ライセンス, 公開版, サンプルデータ),
// CRLF, lists joined with ";", and text cells that start with = + - @ neutralized against formula injection.
// A yes/no is true or false; one not known is empty, but in a 1/empty column of the standard (03's 災害種別_*), where
// an empty cell means "no", it is 不詳 (UNKNOWN_MARK, as `odh normalize --format csv` writes it), so that neither a
// reader of the standard nor the hub reading the file again takes "not known" for "not designated".
import type { Dataset } from "../../schemas/dataset.ts";
import { kindOf, UNKNOWN_MARK } from "../../schemas/types.ts";
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

/** After the standard's columns: where each row came from (every record carries its source, licence and version).
 *  Keys start with odh_, which no canonical column key does (a test checks it), so headers=en never repeats a name. */
export const PROVENANCE_COLUMNS = [
  { key: "odh_source_url", ja: "出典URL", get: (i: RecordItem) => i.source_url },
  { key: "odh_license", ja: "ライセンス", get: (i: RecordItem) => i.license },
  { key: "odh_version_id", ja: "公開版", get: (i: RecordItem) => i.version_id },
  { key: "odh_sample", ja: "サンプルデータ", get: (i: RecordItem) => i.sample },
] as const;

export function headerLine(dataset: Dataset, headers: "ja" | "en"): string {
  return csvLine([...dataset.columns, ...PROVENANCE_COLUMNS].map((c) => (headers === "en" ? c.key : c.ja)));
}

/** The dataset's 1/empty columns, by key (found once per dataset). */
const MARKS = new WeakMap<Dataset, ReadonlySet<string>>();
function marksOf(dataset: Dataset): ReadonlySet<string> {
  let marks = MARKS.get(dataset);
  if (marks === undefined) MARKS.set(dataset, (marks = new Set(dataset.columns.filter((c) => kindOf(c.type) === "mark").map((c) => c.key))));
  return marks;
}

function rowLine(dataset: Dataset, item: RecordItem): string {
  const marks = marksOf(dataset);
  const value = (key: string) => {
    const v = item.record[key];
    return (v === null || v === undefined) && marks.has(key) ? UNKNOWN_MARK : v;
  };
  return csvLine([...dataset.columns.map((c) => value(c.key)), ...PROVENANCE_COLUMNS.map((c) => c.get(item))]);
}

export const csv: Renderer = {
  mediaType: "text/csv; charset=utf-8",
  extension: "csv",
  page: (items, { dataset, headers }) => BOM + headerLine(dataset, headers) + items.map((i) => rowLine(dataset, i)).join(""),
  async *stream(batches, { dataset, headers }) {
    yield BOM + headerLine(dataset, headers);
    for await (const batch of batches) yield batch.map((i) => rowLine(dataset, i)).join("");
  },
};
