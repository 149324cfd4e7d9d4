// A stored record as the API's RecordItem: the storage row minus its internal row number, with the record's keys
// in the dataset's column order (jsonb keeps its own key order) and every column present.
import type { Dataset } from "../../schemas/dataset.ts";
import type { StoredRecord } from "../../storage/records.ts";
import type { RecordItem } from "../contracts.ts";

export function orderedRecord(dataset: Dataset, data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of dataset.columns) out[c.key] = data[c.key] ?? null;
  return out;
}

export function toItem(dataset: Dataset, { row_number: _row, record, ...item }: StoredRecord): RecordItem {
  return { ...item, record: orderedRecord(dataset, record) };
}
