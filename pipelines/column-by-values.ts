// A column whose header is too generic to say what it is (区分), told by its values (Column.valueAliases): a grouped
// 文化財 list's 区分 holding 国指定, 都指定, 町指定 … once per group is the 文化財分類. Taken only when no header of the file
// names the column, and only when every filled cell under it in the head of the file is such a value.
import type { Column } from "../schemas/column.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { isDitto } from "./fill-down.ts";
import { normalizeHeader } from "./header-match.ts";
import { columnNormalizer } from "./normalize/index.ts";
import { type ColumnPlan, takeColumn } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import type { HeaderMapping } from "./report.ts";
import { isBlankCell, isBlankRow, isNoteRow, isTotalsRow, labelColumnOf } from "./rows.ts";

/** At most this many of the values are named in the issue. */
const SHOWN = 3;

/** The distinct values of column `at` in the data rows of the head (not a totals row or a note under the table), when
 *  each is one of the column's (`fits`); null when one is not, or none is filled. A group's blank cells and 〃 say
 *  nothing. */
function valuesOf(rows: ReadonlyArray<readonly string[]>, at: number, label: number, fits: (text: string) => boolean): string[] | null {
  const found = new Set<string>();
  for (const cells of rows) {
    if (isBlankRow(cells) || isNoteRow(cells) || isTotalsRow(cells, label)) continue;
    const cell = cells[at] ?? "";
    if (isBlankCell(cell) || isDitto(cell)) continue;
    const text = cell.normalize("NFKC").trim();
    if (!fits(text)) return null;
    found.add(text);
  }
  return found.size === 0 ? null : [...found];
}

/** Whether a cell is one of the column's values: it starts with one of `values`, or, for "read", the column's own
 *  normalizer reads a value from it (開始 `2024/4/1 10:00` is a date, `10:00` none). */
function fitsOf(column: Column, values: readonly string[] | "read"): (text: string) => boolean {
  if (values !== "read") return (text) => values.some((v) => text.startsWith(v));
  const normalize = columnNormalizer(column);
  return (text) => normalize(text, { row: 0, field: column.key }).value !== null;
}

/** The column of the file that `column` is by its values, with those values; undefined when none is. */
function columnOf(column: Column, plan: ColumnPlan, rows: ReadonlyArray<readonly string[]>): { at: number; values: string[] } | undefined {
  const aliases = column.valueAliases;
  if (aliases === undefined || plan.keys.includes(column.key)) return undefined;
  const headers = new Set(aliases.headers.map(normalizeHeader));
  const label = labelColumnOf(plan.keys);
  for (let at = 0; at < plan.keys.length; at++) {
    if (plan.keys[at] !== null || !headers.has(normalizeHeader(plan.sourceHeaders[at] ?? ""))) continue;
    // a row's cells before a column of both coordinates cut in two (coordinate-pair.ts) stand one place earlier
    const cell = plan.pairAt !== undefined && at > plan.pairAt ? at - 1 : at;
    const values = valuesOf(rows, cell, label, fitsOf(column, aliases.values));
    if (values !== null) return { at, values };
  }
  return undefined;
}

/**
 * The plan and header with each unmapped column that a column's value aliases name taken as that column, and the
 * issues that say so; the same plan when there is none.
 */
export function withColumnsByValues(dataset: Dataset, plan: ColumnPlan, header: HeaderMapping[], rows: ReadonlyArray<readonly string[]>):
  { plan: ColumnPlan; header: HeaderMapping[]; issues: Issue[] } {
  let out = { plan, header, issues: [] as Issue[] };
  for (const column of dataset.columns) {
    const found = columnOf(column, out.plan, rows);
    if (found === undefined) continue;
    const { at, values } = found;
    const shown = values.slice(0, SHOWN).join("、") + (values.length > SHOWN ? "…" : "");
    out = { ...takeColumn(out, at, column.key, "alias"),
      issues: [...out.issues, issue("column_by_values", { field: out.plan.sourceHeaders[at], value: `${column.ja}（${shown}）` })] };
  }
  return out;
}
