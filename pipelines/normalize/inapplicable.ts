// A value in a column that the row's kind does not have (Dataset.notFor): 口径 `40` on a 防火水そう's row is the tank's
// capacity, since a tank has no pipe. Which values those are; record.ts takes them out of the record and keeps them as
// text. And a required column the row's kind has none of (Dataset.notRequiredFor): the 所在地 of a 無形文化財, which
// may be empty.
import { columnJa, type Dataset } from "../../schemas/dataset.ts";
import { vocabularyOf } from "../../schemas/types.ts";
import { type Issue, issue } from "../issues.ts";
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

/** The text of a row's kind as a column gives it: a list's items joined by `;` (区指定;無形文化財). */
const kindText = (value: unknown): string | null =>
  (typeof value === "string" ? value : Array.isArray(value) ? value.filter((v) => typeof v === "string").join(";") : null);

/**
 * A row's validation issues without missing_required for a column its kind has none of (Dataset.notRequiredFor: an
 * empty 所在地 of a 無形文化財), each said instead at info level with the kind that tells (not_required_for_kind), or, for
 * a value withheld by practice (所在地 of a 所有者 個人), as a warning (value_withheld_for_owner).
 */
export function excuseRequired(checked: Issue[], record: Record<string, unknown>, dataset: Dataset, row: number): Issue[] {
  let out = checked;
  for (const { keys, when, words, withheld } of dataset.notRequiredFor ?? []) {
    const missing = out.filter((i) => i.code === "missing_required" && i.field !== null && keys.includes(i.field));
    if (missing.length === 0) continue;
    const tells = when.find((k) => { const t = kindText(record[k]); return t !== null && words.some((w) => t.includes(w)); });
    if (tells === undefined) continue;
    const kind = `${columnJa(dataset, tells)}：${kindText(record[tells])}`;
    const code = withheld ? "value_withheld_for_owner" : "not_required_for_kind";
    out = [...out.filter((i) => !missing.includes(i)), ...missing.map((i) => issue(code, { row, field: i.field, value: kind }))];
  }
  return out;
}
