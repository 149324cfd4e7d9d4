// Cells that mean "as the row above": 同上 and 〃 in any column, and the blank cells of a grouped list's leading
// columns (a printed table whose merged cells were saved as CSV: 国指定 once, then its properties under it with
// 指定区分 blank). Each is filled with the column's last value, and the report names the column and the rows.
import type { ColumnPlan } from "./headers.ts";
import { isBlankCell } from "./rows.ts";

/** A cell that says "the same as above" in words or marks. */
const DITTO = /^\s*(?:同上|上に同じ|〃|″|”)\s*$/;
/** Whether a cell may be one: most cells are turned away on their length or first character (同 上 〃 ″ ” 〃, a space). */
function isDitto(cell: string): boolean {
  if (cell.length === 0 || cell.length > 8) return false;
  const c = cell.charCodeAt(0);
  return (c === 0x540c || c === 0x4e0a || c === 0x3003 || c === 0x2033 || c === 0x201d || c === 0x20 || c === 0x3000) && DITTO.test(cell);
}

/** Columns that are never filled from above: a row's own identity. */
const OWN_KEYS = new Set(["id", "name", "name_kana", "name_en", "area_name", "area_code"]);
/** A sequence number (No., 番号) left of the name: blank there is no group. */
const NUMBER = /^[0-9０-９]+$/;

/**
 * The leading columns of a grouped list, from the first data rows: columns left of the row's name whose first cell is
 * filled and that have blank cells further down while the name is filled. Not a row's identity, not a sequence number.
 */
export function groupColumnsOf(plan: Pick<ColumnPlan, "keys">, rows: ReadonlyArray<readonly string[]>): number[] {
  const label = plan.keys.includes("name") ? plan.keys.indexOf("name") : plan.keys.indexOf("area_name");
  if (label <= 0) return [];
  const named = rows.filter((cells) => !isBlankCell(cells[label] ?? ""));
  if (named.length < 2) return [];
  const columns: number[] = [];
  for (let c = 0; c < label; c++) {
    const key = plan.keys[c];
    if (key !== null && OWN_KEYS.has(key)) continue;
    const values = named.map((cells) => cells[c] ?? "");
    const filled = values.filter((v) => !isBlankCell(v));
    if (isBlankCell(values[0]) || filled.length === values.length || filled.some((v) => NUMBER.test(v.trim()))) continue;
    columns.push(c);
  }
  return columns;
}

export interface FilledCell { column: number; row: number; how: "ditto" | "group" }

/** Fills one row after another: a ditto cell anywhere, a blank cell in a group column, from the row above (itself
 *  filled, so a group's value goes down every row of the group). */
export class FillDown {
  private previous: readonly string[] | null = null;
  /** "as above" cells with no row above (the first row of a file or of a range read on its own) */
  unfilled = 0;
  private readonly groups: readonly number[];

  constructor(groupColumns: readonly number[]) {
    this.groups = groupColumns;
  }

  /** The row's cells with its "as above" cells filled (the same array when there are none); `filled` gets each. */
  apply(cells: readonly string[], row: number, filled: FilledCell[]): readonly string[] {
    let out: string[] | null = null;
    for (const c of this.groups) if (isBlankCell(cells[c] ?? "")) out = this.take(cells, out, c, row, "group", filled);
    for (let c = 0; c < cells.length; c++) if (isDitto(cells[c])) out = this.take(cells, out, c, row, "ditto", filled);
    this.previous = out ?? cells;
    return this.previous;
  }

  /** `out` (a copy of `cells` made on the first fill) with cell c taken from the row above, when that has a value. */
  private take(cells: readonly string[], out: string[] | null, c: number, row: number, how: FilledCell["how"],
    filled: FilledCell[]): string[] | null {
    if (this.previous === null) this.unfilled++;
    const value = this.previous?.[c];
    if (value === undefined || isBlankCell(value)) return out;
    const copy = out ?? [...cells];
    copy[c] = value;
    filled.push({ column: c, row, how });
    return copy;
  }
}
