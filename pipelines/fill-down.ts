// Cells that mean "as the row above": 同上 and 〃 in any column, and the blank cells of a grouped list's leading
// columns (a printed table whose merged cells were saved as CSV: 国指定 once, then its properties under it with
// 指定区分 blank), and the place of a name over two columns left blank under its first part (町名 | 丁目:
// 阿佐谷北 | 1, then  | 2). Each is filled with the column's last value, and the report names the column and the rows.
import type { ColumnPlan } from "./headers.ts";
import { isBlankCell, labelColumnOf } from "./rows.ts";

/** A cell that says "the same as above" in words or marks. */
const DITTO = /^\s*(?:同上|上に同じ|〃|″|”)\s*$/;
/** Whether a cell may be one: most cells are turned away on their length or first character (同 上 〃 ″ ” 〃, a space). */
export function isDitto(cell: string): boolean {
  if (cell.length === 0 || cell.length > 8) return false;
  const c = cell.charCodeAt(0);
  return (c === 0x540c || c === 0x4e0a || c === 0x3003 || c === 0x2033 || c === 0x201d || c === 0x20 || c === 0x3000) && DITTO.test(cell);
}

/** Columns that are never filled from above: a row's own identity. */
const OWN_KEYS = new Set(["id", "name", "name_kana", "name_en", "area_name", "area_code"]);
/** A sequence number (No., 番号) left of the name: blank there is no group. */
const NUMBER = /^[0-9０-９]+$/;
/** Headers of columns that group rows (a blank there means "the same group"): 区分, 分類, 種別, 地区 … A column of
 *  other content left of the name (通称, 所在地, 管理番号, a ○ column) may be blank for a row of its own. */
const GROUP_HEADER = /区分|分類|種別|種類|地区|地域|エリア|カテゴリ|ジャンル|類型|グループ|大項目|中項目|category|type|area/i;
/** What a group column is not: a column that says what changed (変更区分: blank = unchanged). */
const NOT_GROUP_HEADER = /変更|更新|異動|状態|ステータス|status/i;
/** Marks and short yes/no words: a blank beside them is a "no", not "the same". */
const MARK = /^(?:[○〇◯●◎△×✓✔]|有|無|あり|なし|可|不可|済)$/;

/**
 * The leading columns of a grouped list, from the first data rows: columns left of the row's name, headed as a group
 * (区分, 分類, 種別, 地区 …), whose first cell is filled and that have blank cells further down while the name is
 * filled. Not a row's identity, not a sequence number, not marks.
 */
export function groupColumnsOf(plan: Pick<ColumnPlan, "keys" | "sourceHeaders">, rows: ReadonlyArray<readonly string[]>): number[] {
  const label = labelColumnOf(plan.keys);
  if (label <= 0) return [];
  const named = rows.filter((cells) => !isBlankCell(cells[label] ?? ""));
  if (named.length < 2) return [];
  const columns: number[] = [];
  for (let c = 0; c < label; c++) {
    const key = plan.keys[c];
    if (key !== null && OWN_KEYS.has(key)) continue;
    const header = plan.sourceHeaders[c] ?? "";
    if (!GROUP_HEADER.test(header) || NOT_GROUP_HEADER.test(header)) continue;
    const values = named.map((cells) => cells[c] ?? "");
    const filled = values.filter((v) => !isBlankCell(v));
    if (isBlankCell(values[0]) || filled.length === values.length) continue;
    if (filled.some((v) => NUMBER.test(v.trim()) || MARK.test(v.trim()))) continue;
    columns.push(c);
  }
  return columns;
}

/** how: a ditto filled, a group's blank filled, a ditto with nothing above it to take (left as written), or a ditto
 *  right under the template's example row (left as written: the example's blank is no value to copy) */
export interface FilledCell { column: number; row: number; how: "ditto" | "group" | "nothing_above" | "after_example" }

/** A place column whose blank cell takes the place above when the row has a part (`part` filled): 町名 over 丁目. */
export interface PlaceColumn { column: number; part: number }

/** Fills one row after another: a ditto cell anywhere, a blank cell in a group column, from the row above (itself
 *  filled, so a group's value goes down every row of the group). */
export class FillDown {
  private previous: readonly string[] | null = null;
  /** "as above" cells with no row above (the first row of a file or of a range read on its own) */
  unfilled = 0;
  private readonly groups: readonly number[];
  private readonly place: PlaceColumn | null;
  /** the row above was the template's example row */
  private exampleAbove = false;

  constructor(groupColumns: readonly number[], place: PlaceColumn | null = null) {
    this.groups = groupColumns;
    this.place = place;
  }

  /** A heading row (【区外施設】) between the rows: what follows is no longer "as above" the rows before it. */
  restart(): void {
    this.previous = null;
  }

  /** The template's example row (〇〇会館), not data, came: a ditto right under it has nothing to take. */
  afterExample(): void {
    this.previous = null;
    this.exampleAbove = true;
  }

  /** The row's cells with its "as above" cells filled (the same array when there are none); `filled` gets each. */
  apply(cells: readonly string[], row: number, filled: FilledCell[]): readonly string[] {
    let out: string[] | null = null;
    for (const c of this.groups) if (isBlankCell(cells[c] ?? "")) out = this.take(cells, out, c, row, "group", filled);
    const place = this.place;
    if (place !== null && isBlankCell(cells[place.column] ?? "") && !isBlankCell(cells[place.part] ?? "")) out = this.take(cells, out, place.column, row, "group", filled);
    for (let c = 0; c < cells.length; c++) if (isDitto(cells[c])) out = this.take(cells, out, c, row, "ditto", filled);
    this.previous = out ?? cells;
    this.exampleAbove = false;
    return this.previous;
  }

  /** `out` (a copy of `cells` made on the first fill) with cell c taken from the row above, when that has a value. */
  private take(cells: readonly string[], out: string[] | null, c: number, row: number, how: FilledCell["how"],
    filled: FilledCell[]): string[] | null {
    if (this.previous === null && !this.exampleAbove) this.unfilled++;
    const value = this.previous?.[c];
    if (value === undefined || isBlankCell(value)) {
      if (how === "ditto") filled.push({ column: c, row, how: this.exampleAbove ? "after_example" : "nothing_above" });
      return out;
    }
    const copy = out ?? [...cells];
    copy[c] = value;
    filled.push({ column: c, row, how });
    return copy;
  }
}
