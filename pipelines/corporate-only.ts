// A 法人名 column (Column.corporateOnly) whose cell names no body: a food list's 営業者氏名 gives a person's own name
// (田中　太郎) or the trade name a person runs under, which published as 法人名 reads as a company and puts a person's
// name where apps show an operator. The cell is not published there; it stays in extra under the file's header, as
// written, and the row says so with what to do. A row with a 法人番号 names a 法人 whatever its name says. A 法人's name
// with its representative's after it (代表取締役 李 小龍) publishes the 法人's alone: the person's stays in extra.
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

/** A 法人's name followed by its representative's title and name (`株式会社龍 代表取締役 李 小龍`, `（代表者：山田太郎）`), as
 *  a permit register writes 営業者 (法人にあってはその名称及び代表者の氏名): the name before the title, then the rest. A
 *  space or a bracket comes before the title: 株式会社社長室 is one name. */
const WITH_REPRESENTATIVE = /^(.+?)(?:[\s\u3000]+|[\s\u3000]*[(（【［][\s\u3000]*)((?:代表(?:取締役(?:社長)?|執行役|社員|理事|者)?|理事長|取締役社長|社長)[\s\u3000]*[:：]?[\s\u3000]*\S.*)$/u;
/** What every title WITH_REPRESENTATIVE reads has: a name without it (nearly every one) is not tried. */
const mayNameRepresentative = (name: string) => name.includes("代表") || name.includes("社長") || name.includes("理事長");

/** The 法人's name alone of a cell that names its representative after it, or null. */
function withoutRepresentative(name: string): string | null {
  if (!mayNameRepresentative(name)) return null;
  const head = WITH_REPRESENTATIVE.exec(name)?.[1].trim();
  return head !== undefined && head !== "" && namesBody(head) ? head : null;
}

/** Moves each such cell of `record` that names no body into `extra`, and returns the issues saying so; a 法人's name
 *  with its representative's after it publishes the 法人's alone, the cell kept in `extra` too. `source`: the row's
 *  cells by key, which a CSV writes for a value that did not read: a name moved out is no longer the key's cell. */
export function keepPersonNamesOut(record: Record<string, unknown>, extra: Record<string, string>, source: Record<string, string>,
  cells: readonly string[], columns: readonly CorporateOnlyColumn[], row: number): Issue[] | null {
  let issues: Issue[] | null = null;
  for (const [key, at, name] of columns) {
    const value = record[key];
    if (typeof value !== "string") continue;
    const head = withoutRepresentative(value);
    if (head !== null) {
      record[key] = head;
      extra[name] = (cells[at] ?? value).trim();
      (issues ??= []).push(issue("representative_kept_out", { row, field: key, value, detail: `${head}\t${name}` }));
      continue;
    }
    if (typeof record.corporate_number === "string" || namesBody(value)) continue;
    record[key] = null;
    extra[name] = (cells[at] ?? value).trim();
    delete source[key];
    (issues ??= []).push(issue("not_a_corporation", { row, field: key, value, detail: name }));
  }
  return issues;
}
