// Cells that mean "as the row above": 同上 and 〃 in any column, and the blank cells of a grouped list's leading
// columns (a printed table whose merged cells were saved as CSV: 国指定 once, then its properties under it with
// 指定区分 blank), and the place of a name over two columns left blank under its first part (町名 | 丁目:
// 阿佐谷北 | 1, then  | 2), and the holder's cells of a list of several records per holder (a building's AEDs, a
// dataset's files) left blank under its first record. Each is filled with the column's last value, and the report
// names the column and the rows.
import type { Dataset } from "../schemas/dataset.ts";
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

/** Whether a column left of the name is headed as a group (区分, 分類, 種別 …) and is not a row's identity. */
function isGroupHeaded(plan: Pick<ColumnPlan, "keys" | "sourceHeaders">, c: number): boolean {
  const key = plan.keys[c];
  if (key !== null && OWN_KEYS.has(key)) return false;
  const header = plan.sourceHeaders[c] ?? "";
  return GROUP_HEADER.test(header) && !NOT_GROUP_HEADER.test(header);
}

/** The columns left of the name headed as a group, filled on every row or not (指定区分 | 種別 | 種類, 文化財分類 | 種類):
 *  a group column's blank under a row whose outer group differs (区指定史跡 under 区指定有形文化財) is no "as above". */
export function groupHeadedColumnsOf(plan: Pick<ColumnPlan, "keys" | "sourceHeaders">): number[] {
  const label = labelColumnOf(plan.keys);
  const columns: number[] = [];
  for (let c = 0; c < label; c++) if (isGroupHeaded(plan, c)) columns.push(c);
  return columns;
}

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
    if (!isGroupHeaded(plan, c)) continue;
    const values = named.map((cells) => cells[c] ?? "");
    const filled = values.filter((v) => !isBlankCell(v));
    if (isBlankCell(values[0]) || filled.length === values.length) continue;
    if (filled.some((v) => NUMBER.test(v.trim()) || MARK.test(v.trim()))) continue;
    columns.push(c);
  }
  return columns;
}

/** how: a ditto filled, a group's blank filled, a holder's blank filled on its next record's row (`own`: the column of
 *  the value that makes the row a record of its own), a ditto with nothing above it to take (left as written), a
 *  ditto right under the template's example row (left as written: the example's blank is no value to copy), a 同左 /
 *  同右 filled from the column beside (`from`), or one left as written beside a column of another kind
 *  (same-as-beside.ts) */
export interface FilledCell {
  column: number; row: number; how: "ditto" | "group" | "held" | "nothing_above" | "after_example" | "beside" | "beside_unlike"; own?: number; from?: number;
}

/** Where a list of several records per holder (Dataset.heldRecords) has its columns in the file. */
export interface HeldLayout {
  /** the holder's columns, filled from the row above on the row of its next record */
  holder: readonly number[];
  /** the holder's required columns (its name, its address): blank on the row of its next record */
  blank: readonly number[];
  /** the holder's ID (-1: none in the file or the ID is the record's own, such as an AED's number): blank on the row
   *  of its next record, or the same as above; a row with an ID of its own is another holder whose name is missing */
  id: number;
  /** the columns by which each record is one of its own (設置位置, 営業の種類, ファイル_タイトル) */
  own: readonly number[];
}

/** The held-records layout of a file, null when its dataset has none or the file lacks the holder's required or the
 *  record's own columns. */
export function heldLayoutOf(dataset: Pick<Dataset, "heldRecords" | "columnByKey">, keys: readonly (string | null)[]): HeldLayout | null {
  const held = dataset.heldRecords;
  if (held === undefined) return null;
  const at = (wanted: readonly string[]) => keys.flatMap((k, c) => (k !== null && wanted.includes(k) ? [c] : []));
  const holder = at(held.holder);
  const own = at(held.own);
  const blank = holder.filter((c) => keys[c] !== "id" && dataset.columnByKey.get(keys[c] ?? "")?.requirement === "required");
  if (own.length === 0 || blank.length === 0) return null;
  return { holder, blank, id: held.holder.includes("id") ? keys.indexOf("id") : -1, own };
}

/** The column of a row's own value when the row is the next record of the holder on the row above: the holder's
 *  required cells blank, its ID blank or the same, and an own value that differs from the row above's (its own 設置位置,
 *  its own file); -1 when it is not. */
function ownValueAt(cells: readonly string[], above: readonly string[], layout: HeldLayout): number {
  // asked of every row of such a file: loops, not callbacks (a closure and its context per row)
  for (let k = 0; k < layout.blank.length; k++) {
    const c = layout.blank[k];
    if (!isBlankCell(cells[c] ?? "") || isBlankCell(above[c] ?? "")) return -1;
  }
  if (layout.id >= 0 && !isBlankCell(cells[layout.id] ?? "") && (cells[layout.id] ?? "").trim() !== (above[layout.id] ?? "").trim()) return -1;
  for (let k = 0; k < layout.own.length; k++) {
    const c = layout.own[k];
    if (!isBlankCell(cells[c] ?? "") && (cells[c] ?? "").trim() !== (above[c] ?? "").trim()) return c;
  }
  return -1;
}

/** Whether the row's cells in `columns` are all blank. */
function allBlank(cells: readonly string[], columns: readonly number[]): boolean {
  for (let k = 0; k < columns.length; k++) if (!isBlankCell(cells[columns[k]] ?? "")) return false;
  return true;
}

/** The holder's columns in the order a next record's row takes them: its required ones first (the row's issue is
 *  about the first), then the others. */
const holderFillOrder = (layout: HeldLayout): number[] => [...layout.blank, ...layout.holder.filter((h) => !layout.blank.includes(h))];

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
  private readonly held: HeldLayout | null;
  /** holderFillOrder of `held`, made once: it is asked of every row that takes the holder */
  private readonly fillOrder: readonly number[];
  /** the columns headed as a group (groupHeadedColumnsOf): those left of a group column are its outer groups */
  private readonly headed: readonly number[];
  /** the row above was the template's example row */
  private exampleAbove = false;

  /** fills a row's 同左 / 同右 cells from the column beside (same-as-beside.ts), after its 同上 cells, so that the row
   *  kept for the next one's 同上 has them filled too */
  private readonly beside: ((cells: readonly string[], row: number, filled: FilledCell[]) => readonly string[]) | null;

  constructor(groupColumns: readonly number[], place: PlaceColumn | null = null, held: HeldLayout | null = null,
    groupHeaded: readonly number[] = [], beside: FillDown["beside"] = null) {
    this.groups = groupColumns;
    this.place = place;
    this.held = held;
    this.fillOrder = held === null ? [] : holderFillOrder(held);
    this.headed = groupHeaded;
    this.beside = beside;
  }

  /** A heading row (【区外施設】) between the rows: what follows is no longer "as above" the rows before it. */
  restart(): void {
    this.previous = null;
  }

  /** As new: the next range of a file read on its own starts (row-sink.ts nextRange). */
  reset(): void {
    this.previous = null;
    this.exampleAbove = false;
    this.unfilled = 0;
  }

  /** The template's example row (〇〇会館), not data, came: a ditto right under it has nothing to take. */
  afterExample(): void {
    this.previous = null;
    this.exampleAbove = true;
  }

  /** The row's cells with its "as above" cells filled (the same array when there are none); `filled` gets each. */
  apply(cells: readonly string[], row: number, filled: FilledCell[]): readonly string[] {
    let out: string[] | null = null;
    for (const c of this.groups) if (isBlankCell(cells[c] ?? "") && !this.newOuterGroup(cells, c)) out = this.take(cells, out, c, row, "group", filled);
    const place = this.place;
    if (place !== null && isBlankCell(cells[place.column] ?? "") && !isBlankCell(cells[place.part] ?? "")) out = this.take(cells, out, place.column, row, "group", filled);
    for (let c = 0; c < cells.length; c++) if (isDitto(cells[c])) out = this.take(cells, out, c, row, "ditto", filled);
    if (this.held !== null) out = this.takeHolder(out ?? cells, out, row, filled);
    if (this.beside !== null) this.previous = this.beside(out ?? cells, row, filled);
    else this.previous = out ?? cells;
    this.exampleAbove = false;
    return this.previous;
  }

  /** Whether the row starts a group of its own left of group column c (a 文化財分類 of its own, not the row above's):
   *  its blank there is "none" (a 史跡 has no 種類), not the value of another group. */
  private newOuterGroup(cells: readonly string[], c: number): boolean {
    const above = this.previous;
    if (above === null) return false;
    for (const o of this.headed) {
      if (o >= c) break;
      const own = cells[o] ?? "";
      if (!isBlankCell(own) && own.trim() !== (above[o] ?? "").trim()) return true;
    }
    return false;
  }

  /** The holder's blank cells of a row that is its next record (merged cells saved as CSV), from the row above. A row
   *  that would be one with no row above here (the first of a range read on its own) is counted as unfilled. */
  private takeHolder(cells: readonly string[], out: string[] | null, row: number, filled: FilledCell[]): string[] | null {
    const layout = this.held as HeldLayout;
    const above = this.previous;
    // no callback here: one would make a context for `cells` on every row, also those that are no next record
    if (above === null) {
      if (!this.exampleAbove && allBlank(cells, layout.blank) && !allBlank(cells, layout.own)) this.unfilled++;
      return out;
    }
    const own = ownValueAt(cells, above, layout);
    if (own < 0) return out;
    let copy = out;
    for (const c of this.fillOrder) {
      if (!isBlankCell(cells[c] ?? "") || isBlankCell(above[c] ?? "")) continue;
      copy ??= [...cells];
      copy[c] = above[c];
      filled.push({ column: c, row, how: "held", own });
    }
    return copy;
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
