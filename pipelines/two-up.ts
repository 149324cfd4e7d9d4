// A list printed two-up or three-up (名称 | 所在地 | … | (blank) | 名称 | 所在地 | …: side-table.ts blockStartsOf): a
// block's cells on a row are another place, not more columns of the one on its left. The left block is read as the
// list, row by row; each row's other blocks are kept and read after the left block's last row, in the order a printed
// page is read (down the left block, then down the next one), under the same header and with their own row number,
// each said with its block's columns (side_by_side_row). A row whose left block is blank is read by its others only.
// The blocks held wait in a spool, which goes to a temporary file past a printed list's size (record-spool.ts).
import { columnLetters } from "./cell-references.ts";
import { issue } from "./issues.ts";
import type { ParsedRecord } from "./parse.ts";
import { recordSpool } from "./record-spool.ts";
import type { RowSink } from "./row-sink.ts";
import { rowText } from "./rows.ts";
import type { RunState } from "./run.ts";

const filled = (cells: readonly string[], from: number, to: number): boolean => {
  for (let k = from; k < to && k < cells.length; k++) if (cells[k].trim() !== "") return true;
  return false;
};

/** A workbook's map by 0-based column, for the right block's cells: from `at` on, shifted to the left block's columns. */
function shifted<T>(map: ReadonlyMap<number, T> | undefined, at: number): ReadonlyMap<number, T> | undefined {
  if (map === undefined) return undefined;
  const out = new Map<number, T>();
  for (const [k, value] of map) if (k >= at) out.set(k - at, value);
  return out.size === 0 ? undefined : out;
}

/** The right block of a record (cells from `at` on, as wide as the left block's `width` columns) as a record of its own. */
function rightBlockOf(r: ParsedRecord, at: number, width: number): ParsedRecord {
  const cells = r.cells.slice(at, at + width);
  while (cells.length < width) cells.push("");
  const right: ParsedRecord = { ...r, cells };
  const links = shifted(r.links, at);
  const stored = shifted(r.stored, at);
  const rounded = shifted(r.rounded, at);
  if (links === undefined) delete right.links;
  else right.links = links;
  if (stored === undefined) delete right.stored;
  else right.stored = stored;
  if (rounded === undefined) delete right.rounded;
  else right.rounded = rounded;
  return right;
}

/**
 * The sink of a list printed two-up or more: each record's left block (its first `width` columns, the header's width
 * there: up to the blank column, or the next block when there is none) goes to `inner` as it comes, its other blocks
 * (from each of `starts`, as wide; `end` the header's last named column + 1) are held and go to it when the file ends,
 * block by block. Rows are read in order by one sink (a range read on its own would not see the blocks before it).
 */
export function twoUpSink(inner: RowSink, run: RunState, { starts, width, end, headerIndex, nameKey, isRepeatedHeader }:
  { starts: readonly number[]; width: number; end: number; headerIndex: number; nameKey: string | undefined; isRepeatedHeader: (cells: readonly string[]) => boolean }): RowSink {
  const held = starts.map(() => recordSpool());
  const columns = starts.map((at) => `${columnLetters(at)}～${columnLetters(Math.min(at + width, end) - 1)}列`);
  const at = starts[0];
  return {
    ...inner,
    push(r: ParsedRecord): boolean {
      const left = filled(r.cells, 0, width);
      if (r.cells.length <= at || !filled(r.cells, at, r.cells.length)) {
        // a line in the blank column between the blocks alone (a page number, - 1 -, centred on the page): read as a
        // line of one cell, so it is told as what it is, not as a blank row
        if (!left && filled(r.cells, width, at)) return inner.push({ ...r, cells: [r.cells.slice(width, at).join("").trim()] });
        return inner.push(r);
      }
      starts.forEach((from, k) => {
        if (filled(r.cells, from, from + width)) held[k].add(rightBlockOf(r, from, width));
      });
      // the row is the other blocks' alone: no blank row of the left one is said for it; the left block is read as
      // its own cells, so a line or another table's header there (種別 | 設置数 beside a right-block place) is told as
      // it would be on a page of its own
      return left ? inner.push({ ...r, cells: r.cells.slice(0, width) }) : false;
    },
    readsInOrder: () => true,
    nextRange: () => false,
    async end(): Promise<void> {
      for (const [k, spool] of held.entries()) {
        // a block is another column of the page: a 【参考】 line (or another table) in the one before heads its own
        // rows only, not this block's
        inner.endBlock?.();
        await inner.flush();
        for await (const r of spool.records()) {
          // the header repeated on the next page is said as that (repeated_header_row), not as a place beside
          if (!isRepeatedHeader(r.cells)) run.log.add(issue("side_by_side_row", { row: r.index - headerIndex, field: nameKey, value: rowText(r.cells), detail: columns[k] }));
          if (inner.push(r)) await inner.flush();
        }
      }
      await inner.end();
    },
  };
}
