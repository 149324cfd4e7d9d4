// What a file says of the years of its dates, told once from the head of its date columns: how its dates write a year,
// for one written with two digits (`24/4/1`: 西暦 when the others write 2024/…, 令和 when they write R6.4.1). The record
// stage reads such dates with it (normalize/date-years.ts).
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { expandCells } from "./coordinate-pair.ts";
import type { ColumnPlan } from "./headers.ts";
import { partialDate, yearFormOf } from "./normalize/partial-dates.ts";

export interface DateYears {
  /** how each date column's other cells write their year ("西暦" or an era's name), and a cell that does; a column
   *  whose cells say nothing takes the file's, and none is here when its cells write both ways */
  forms: Readonly<Record<string, { form: string; seen: string }>>;
}

/** The one form of a set of cells' years, with a cell that writes it; undefined when none writes a year or they differ. */
function oneForm(cells: readonly string[]): { form: string; seen: string } | undefined {
  let found: { form: string; seen: string } | undefined;
  for (const cell of cells) {
    const form = cell.trim() === "" ? null : yearFormOf(cell);
    if (form === null) continue;
    if (found !== undefined && found.form !== form) return undefined;
    found ??= { form, seen: cell.trim() };
  }
  return found;
}

/** What the file says of its dates' years; undefined when it has no date column or its dates write no partial year. */
export function dateYearsOfFile(plan: Pick<ColumnPlan, "keys" | "pairAt">, rows: ReadonlyArray<readonly string[]>, dataset: Dataset): DateYears | undefined {
  const dates = plan.keys.flatMap((key, i) => (key !== null && dataset.columnByKey.has(key) && kindOf(dataset.columnByKey.get(key)!.type) === "date" ? [[key, i] as const] : []));
  if (dates.length === 0) return undefined;
  const cut = rows.map((cells) => (plan.pairAt === undefined ? cells : expandCells(cells, plan.pairAt)));
  const cellsAt = (i: number) => cut.map((cells) => cells[i] ?? "");
  const all = dates.flatMap(([, i]) => cellsAt(i));
  // nothing to read: most files write whole dates
  if (!all.some((cell) => partialDate(cell) !== null)) return undefined;
  const file = oneForm(all);
  const forms: Record<string, { form: string; seen: string }> = {};
  for (const [key, i] of dates) {
    const form = oneForm(cellsAt(i)) ?? file;
    if (form !== undefined) forms[key] = form;
  }
  return { forms };
}
