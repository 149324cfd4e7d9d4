// A list printed two-up (名称 | 所在地 | … | (blank) | 名称 | 所在地 | …: side-table.ts secondBlockAt): the right block's
// cells on a row are another place, not more columns of the left one. The left block is read as the list, row by row;
// each row's right block is kept and read after the left block's last row, in the order a printed page is read (down
// the left block, then down the right one), under the same header and with its own row number, each said with the
// right block's columns (side_by_side_row). A row whose left block is blank is read by its right block only.
import { columnLetters } from "./cell-references.ts";
import { issue } from "./issues.ts";
import type { ParsedRecord } from "./parse.ts";
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
 * The sink of a two-up list: each record's left block (columns before `at - 1`, the header's width there) goes to
 * `inner` as it comes, its right block (from `at`, `end` the header's last named column + 1) is held and goes to it when
 * the file ends. Rows are read in order by one sink (a range read on its own would not see the right blocks before it).
 */
export function twoUpSink(inner: RowSink, run: RunState, { at, end, headerIndex, nameKey }: { at: number; end: number; headerIndex: number; nameKey: string | undefined }): RowSink {
  const width = at - 1;
  const held: ParsedRecord[] = [];
  const columns = `${columnLetters(at)}～${columnLetters(end - 1)}列`;
  return {
    ...inner,
    push(r: ParsedRecord): boolean {
      if (r.cells.length <= at || !filled(r.cells, at, r.cells.length)) return inner.push(r);
      held.push(rightBlockOf(r, at, width));
      // the row is the right block's alone: no blank row of the left one is said for it
      return filled(r.cells, 0, width) ? inner.push(r) : false;
    },
    readsInOrder: () => true,
    nextRange: () => false,
    async end(): Promise<void> {
      for (const r of held) {
        run.log.add(issue("side_by_side_row", { row: r.index - headerIndex, field: nameKey, value: rowText(r.cells), detail: columns }));
        if (inner.push(r)) await inner.flush();
      }
      await inner.end();
    },
  };
}
