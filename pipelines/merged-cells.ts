// Merged ranges that span rows (a 団体名 merged over the rows of one organization): each row of one takes the value
// of its top-left cell in the range's first column, as Excel shows it once over the columns it spans. Merged ranges that
// span columns in the head of the sheet are handed to the header stage (a header cell over two columns).
import { cellRange, columnLetters } from "./cell-references.ts";
import type { SheetLinks } from "./sheet-links.ts";
import { attr } from "./workbook-xml.ts";

const MAX_MERGE_COLUMNS = 64;

/** The merged ranges of a sheet that span more than one row (`B2:B5`), as 0-based [row, column] corners. */
export function verticalMerges(xml: string): Array<{ ref: string; from: [number, number]; to: [number, number] }> {
  const merges = [];
  // read with or without a namespace prefix (x:mergeCell), so the sheet is not rewritten a second time
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
    const ref = attr(m[1], "ref") ?? "";
    const range = cellRange(ref);
    // a range over more columns than a table has (A2:XFD1048576) would widen every row: not a value merged down
    if (range !== null && range.to[0] > range.from[0] && range.to[1] - range.from[1] < MAX_MERGE_COLUMNS) merges.push({ ref, ...range });
  }
  return merges;
}

type Merge = ReturnType<typeof verticalMerges>[number];

/** A merged range that spans columns: its first and last 0-based rows and columns. */
export interface AcrossMerge { top: number; bottom: number; from: number; to: number }

/** The merged ranges that span columns (`C1:D1`, a header cell over two columns) and start in the sheet's first
 *  `rows` rows: the header stage names the columns they cover (merged-header.ts). */
export function acrossMerges(xml: string, rows: number): AcrossMerge[] {
  const out: AcrossMerge[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
    const range = cellRange(attr(m[1], "ref") ?? "");
    if (range === null || range.from[0] >= rows || range.to[1] <= range.from[1] || range.to[1] - range.from[1] >= MAX_MERGE_COLUMNS) continue;
    out.push({ top: range.from[0], bottom: range.to[0], from: range.from[1], to: range.to[1] });
  }
  return out;
}

/**
 * Gives each row of a merged range that spans rows the value of its top-left cell in the range's first column (a
 * 団体名 merged over the rows of one organization): the file holds it only in the first row, and the others would read
 * as empty. The range's other columns stay empty, as in its first row: Excel shows the value once across them (an
 * address merged over the 建物名 column too is no building name). So does the top-left cell's link (`links`): a merged
 * 詳細はこちら over three files is one link for all three. So do the cell's entries in `byCell` (row → column → text: the
 * value stored under a format's text, the text a rounding format shows), so each row reads the merged cell as the first.
 * A cell under the range that holds a value of its own (a program's or LibreOffice's "keep the contents of the hidden
 * cells" writes them; Excel shows the range's value over them) reads as the range's value too, as shown: its own value
 * goes to `hidden` (`I7=民間施設（I6:I10）`), for the report to name, where before the row published the value no one sees.
 * Batch by batch (`first`: the 0-based row of the batch's first row); `filled` collects the ranges it filled.
 */
export function mergeFiller(merges: readonly Merge[], links?: SheetLinks, byCell: ReadonlyArray<Map<number, Map<number, string | number>>> = []):
  { fill(rows: string[][], first: number): void; filled: string[]; hidden: string[] } {
  const pending = [...merges].sort((a, b) => a.from[0] - b.from[0]);
  let active: Array<Merge & { value: string; entries: Array<[Map<number, Map<number, string | number>>, string | number]> }> = [];
  const filled: string[] = [];
  const hidden: string[] = [];
  return {
    filled,
    hidden,
    fill(rows, first) {
      for (let k = 0; k < rows.length; k++) {
        const r = first + k;
        while (pending.length > 0 && pending[0].from[0] <= r) {
          const merge = pending.shift() as Merge;
          const value = merge.from[0] === r ? rows[k][merge.from[1]] ?? "" : "";
          if (value !== "") {
            const entries: Array<[Map<number, Map<number, string | number>>, string | number]> = [];
            for (const map of byCell) {
              const entry = map.get(r)?.get(merge.from[1]);
              if (entry !== undefined) entries.push([map, entry]);
            }
            active.push({ ...merge, value, entries });
            filled.push(merge.ref);
            const target = links?.row(r)?.get(merge.from[1]);
            if (target !== undefined) links?.setRange([r + 1, merge.from[1]], [merge.to[0], merge.from[1]], target);
          }
        }
        if (active.length === 0) continue;
        active = active.filter((m) => m.to[0] >= r);
        for (const m of active) {
          const cells = rows[k];
          const c = m.from[1];
          while (cells.length < c) cells.push("");
          const own = cells[c] ?? "";
          if (own === m.value) continue;
          if (own.trim() !== "") hidden.push(`${columnLetters(c)}${r + 1}=${own}（${m.ref}）`);
          cells[c] = m.value;
          // the cell's own stored value or rounding is no longer what it reads
          if (own !== "") for (const map of byCell) map.get(r)?.delete(c);
          for (const [map, entry] of m.entries) {
            const row = map.get(r);
            if (row === undefined) map.set(r, new Map([[c, entry]]));
            else row.set(c, entry);
          }
        }
      }
    },
  };
}
