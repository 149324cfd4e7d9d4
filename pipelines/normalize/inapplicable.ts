// A value in a column that the row's kind does not have (Dataset.notFor): 口径 `40` on a 防火水そう's row is the tank's
// capacity, since a tank has no pipe. Which values those are; record.ts takes them out of the record and keeps them as
// text.
import type { Dataset } from "../../schemas/dataset.ts";
import { vocabularyOf } from "../../schemas/types.ts";
import { listedValueOf } from "./vocabulary.ts";

export interface Inapplicable {
  key: string;
  /** the column that tells (種別), and its value as the row writes it (防火水槽（40㎡）) */
  when: string;
  kind: string;
}

/** The columns of `record` that hold a value its row's kind has no place for. */
export function inapplicableOf(record: Record<string, unknown>, dataset: Dataset): Inapplicable[] {
  const found: Inapplicable[] = [];
  for (const { key, when, values } of dataset.notFor ?? []) {
    const kind = record[when];
    if (record[key] === null || record[key] === undefined || typeof kind !== "string") continue;
    const type = dataset.columnByKey.get(when)?.type;
    const vocabulary = type === undefined ? undefined : vocabularyOf(type);
    const listed = vocabulary === undefined ? kind : listedValueOf(vocabulary)(kind);
    if (listed !== undefined && values.includes(listed)) found.push({ key, when, kind });
  }
  return found;
}
