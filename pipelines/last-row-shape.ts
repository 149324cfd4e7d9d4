// A file that ends without a line end inside a row short of cells was either cut part way (a download or an export
// that stopped) or written so on purpose: a row typed in by hand at the end of the list, an exporter that leaves out a
// row's trailing empty cells and the last line end. What the rows before the last one hold tells the two apart
// (cut-off.ts asks): a cut leaves a broken last cell (a half character, an open quote) or a value shorter than its
// column's (35.68 of 35.681236, …/0081 of …/0080.html); a row typed short leaves out only columns the other rows
// leave empty too (備考, URL), after a cell that looks whole.
import type { HeaderMapping } from "./report.ts";
import { isBlankCell } from "./rows.ts";
import type { HarmonizedRow } from "./run.ts";

/** Below this many rows before the last one, how a column is filled says nothing of it. */
export const MIN_ROWS_BEFORE_LAST = 10;
/** A column is left empty by the rows when at most 1 in this many fill it. */
const EMPTY_IN_NEARLY_ALL = 20;
/** A column's value shapes kept (digits as 0): an ID, coordinate, phone, date or URL column has few; past this many
 *  the column is free text, and only its shortest value is compared. */
const MAX_SHAPES = 200;
/** Parser's notes on a row whose quoted cell never closed: what a quoted cell cut part way leaves. */
const OPEN_QUOTE_CODES: ReadonlySet<string> = new Set(["missing_quotes", "invalid_quotes", "quote_over_rows"]);

interface ColumnSeen {
  filled: number;
  shortest: number;
  /** null: more shapes than MAX_SHAPES */
  shapes: Set<string> | null;
}

/** Where a column's cell is in a harmonized row: its canonical key's raw cell, or its name in `extra`. */
type CellAt = { in: "cells" | "extra"; key: string };

/** A value's shape: its text as the engine reads it, each digit a 0 (03-3521-5548 → 00-0000-0000). */
const shapeOf = (value: string): string => value.normalize("NFKC").trim().replace(/\d/g, "0");

/**
 * What each column holds in the rows before the file's last one, and the last row itself. Fed the header (onHeader)
 * and every batch of rows (in any order: the row with the highest number is held apart as the last).
 */
export class LastRowShape {
  private columns: CellAt[] = [];
  private names: string[] = [];
  private seen: ColumnSeen[] = [];
  private before = 0;
  private last: HarmonizedRow | null = null;
  /** false once a row came without its raw cells (a layout read otherwise): then nothing here is evidence */
  private readable = true;

  header(header: readonly HeaderMapping[], extraNames: readonly string[]): void {
    let unmapped = 0;
    this.columns = header.map((h) => (h.field !== null ? { in: "cells", key: h.field } : { in: "extra", key: extraNames[unmapped++] ?? "" }));
    this.names = header.map((h) => h.source.trim());
    this.seen = this.columns.map(() => ({ filled: 0, shortest: Infinity, shapes: new Set<string>() }));
  }

  add(rows: readonly HarmonizedRow[]): void {
    for (const row of rows) {
      if (row.cells === undefined) this.readable = false;
      if (this.last === null) this.last = row;
      else if (row.row > this.last.row) {
        this.#count(this.last);
        this.last = row;
      } else this.#count(row);
    }
  }

  #count(row: HarmonizedRow): void {
    this.before++;
    for (let i = 0; i < this.columns.length; i++) {
      const value = this.#cell(row, i);
      if (isBlankCell(value)) continue;
      const seen = this.seen[i];
      seen.filled++;
      const shape = shapeOf(value);
      seen.shortest = Math.min(seen.shortest, shape.length);
      if (seen.shapes !== null && !seen.shapes.has(shape)) {
        if (seen.shapes.size >= MAX_SHAPES) seen.shapes = null;
        else seen.shapes.add(shape);
      }
    }
  }

  /** The last row when it is data row `row` and its cells were read as written. */
  #lastRow(row: number): HarmonizedRow | null {
    return this.readable && this.last?.row === row ? this.last : null;
  }

  #cell(row: HarmonizedRow, column: number): string {
    const at = this.columns[column];
    return (at.in === "cells" ? row.cells?.[at.key] : row.extra[at.key]) ?? "";
  }

  /** The last cell of the last row, data row `row` of `present` cells, and its column's header, as the file wrote them. */
  lastCell(row: number, present: number): { column: string; value: string } | null {
    const last = this.#lastRow(row);
    if (last === null || present < 1 || present > this.columns.length) return null;
    return { column: this.names[present - 1], value: this.#cell(last, present - 1).trim() };
  }

  /**
   * Whether the last row, data row `row` of `present` cells, shows it was cut inside its last cell: that cell empty (cut right after
   * a separator), holding a half character (U+FFFD, what the decoder made of it), or a quoted cell never closed.
   * `lastRowIssues`: the report's issues on that row.
   */
  lastCellBroken(row: number, present: number, lastRowIssues: ReadonlyArray<{ code: string }>): boolean {
    if (lastRowIssues.some((i) => OPEN_QUOTE_CODES.has(i.code))) return true;
    const last = this.#lastRow(row);
    if (last === null || present < 1 || present > this.columns.length) return false;
    const value = this.#cell(last, present - 1);
    return isBlankCell(value) || value.includes("\uFFFD");
  }

  /**
   * Whether the last row, data row `row` of `present` cells, reads as written short on purpose: enough rows before it, every column
   * it leaves out left empty by nearly all of them, and its last cell whole (the row valid, its column filled in most
   * rows before, and its value no shorter than any of theirs nor the start of one of their shapes).
   */
  lastRowTrimmed(row: number, present: number): boolean {
    const last = this.#lastRow(row);
    if (last === null || !last.valid || this.before < MIN_ROWS_BEFORE_LAST) return false;
    if (present < 1 || present >= this.columns.length) return false;
    const fewFill = Math.floor(this.before / EMPTY_IN_NEARLY_ALL);
    for (let i = present; i < this.columns.length; i++) if (this.seen[i].filled > fewFill) return false;
    const column = this.seen[present - 1];
    if (column.filled * 2 < this.before) return false;
    const shape = shapeOf(this.#cell(last, present - 1));
    if (shape.length < column.shortest) return false;
    if (column.shapes === null) return true;
    for (const other of column.shapes) if (other.length > shape.length && other.startsWith(shape)) return false;
    return true;
  }
}
