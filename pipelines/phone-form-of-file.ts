// How a file writes its phone numbers (hyphenated or not, and how their digits group), told once from the head of the
// file, so that a number whose lost 0 is restored on any row is written as the file's others are (normalize/phone-groups.ts).
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { expandCells } from "./coordinate-pair.ts";
import type { ColumnPlan } from "./headers.ts";
import { type PhoneForm, phoneFormOf } from "./normalize/phone-groups.ts";

/** The form of each phone column of the file, by key: the column's own, else (a column with no whole number in the
 *  head) the form of the file's phone columns together; undefined when the file has no phone column. */
export function phoneFormsOfFile(plan: Pick<ColumnPlan, "keys" | "pairAt">, rows: ReadonlyArray<readonly string[]>, dataset: Dataset):
  Record<string, PhoneForm> | undefined {
  const phones = plan.keys.flatMap((key, i) => (key !== null && kindOf(dataset.columnByKey.get(key)?.type ?? dataset.columns[0].type) === "phone" ? [[key, i] as const] : []));
  if (phones.length === 0) return undefined;
  const cut = rows.map((cells) => (plan.pairAt === undefined ? cells : expandCells(cells, plan.pairAt)));
  const cellsAt = (i: number) => cut.map((cells) => cells[i] ?? "");
  const file = phoneFormOf(phones.flatMap(([, i]) => cellsAt(i)));
  const forms: Record<string, PhoneForm> = {};
  for (const [key, i] of phones) {
    const form = phoneFormOf(cellsAt(i)) ?? file;
    if (form !== undefined) forms[key] = form;
  }
  return Object.keys(forms).length === 0 ? undefined : forms;
}
