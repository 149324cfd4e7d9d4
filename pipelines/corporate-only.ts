// A 法人名 column (Column.corporateOnly) whose cell names no body: a food list's 営業者氏名 gives a person's own name
// (田中　太郎) or the trade name a person runs under, which published as 法人名 reads as a company and puts a person's
// name where apps show an operator. The cell is not published there; it stays in extra under the file's header, as
// written, and the row says so with what to do. A row with a 法人番号 names a 法人 whatever its name says.
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { namesBody } from "./normalize/corporate-name.ts";

/** [key, 0-based column, name in extra] of the file's corporateOnly columns. */
export type CorporateOnlyColumn = readonly [string, number, string];

/** The file's columns that hold a 法人's name only (ColumnPlan.extraKeys), found once per file. */
export function corporateOnlyColumns(plan: Pick<ColumnPlan, "keys" | "extraNames" | "extraKeys">): CorporateOnlyColumn[] {
  const { keys, extraKeys } = plan;
  if (extraKeys === undefined) return [];
  return keys.flatMap((key, at): CorporateOnlyColumn[] => (key !== null && extraKeys.includes(key) ? [[key, at, plan.extraNames[at]]] : []));
}

/** Moves each such cell of `record` that names no body into `extra`, and returns the issues saying so. */
/** `source`: the row's cells by key, which a CSV writes for a value that did not read: the name is no cell of the key. */
export function keepPersonNamesOut(record: Record<string, unknown>, extra: Record<string, string>, source: Record<string, string>,
  cells: readonly string[], columns: readonly CorporateOnlyColumn[], row: number): Issue[] | null {
  let issues: Issue[] | null = null;
  for (const [key, at, name] of columns) {
    const value = record[key];
    if (typeof value !== "string" || typeof record.corporate_number === "string" || namesBody(value)) continue;
    record[key] = null;
    extra[name] = (cells[at] ?? value).trim();
    delete source[key];
    (issues ??= []).push(issue("not_a_corporation", { row, field: key, value, detail: name }));
  }
  return issues;
}
