// A header one column short of its rows (a row-number column left without a name, the header typed from B1 over rows
// from A1): every row holds one cell more than the header, and its values fit the header only moved one column right.
// Read as it is, each value lands one column left of its own (the name under ID, the address under 名称).
import type { Dataset } from "../schemas/dataset.ts";
import { fitsHeader, usedWidth } from "./headless-sheet.ts";
import { isBlankCell, isBlankRow, isOneCellRow } from "./rows.ts";

/** Whether the rows under a header are one cell wider than it (none wider, most so), their values fitting the header
 *  with a nameless first column before it and not with one after it (a note column left unnamed at the end). */
export function headerLacksFirstColumn(header: readonly string[], rows: ReadonlyArray<readonly string[]>, dataset: Dataset): boolean {
  const width = usedWidth(header);
  // blank cells after the names (a cell merged over two columns, 緯度経度 over 緯度 | 経度; columns left unnamed at the
  // end): the header row reaches as far as its rows, and nothing is missing in front of it
  if (width === 0 || header.length > width || isBlankCell(header[0] ?? "")) return false;
  const data = rows.filter((r) => !isBlankRow(r) && !isOneCellRow(r));
  if (data.length === 0 || data.some((r) => usedWidth(r) > width + 1)) return false;
  if (data.filter((r) => usedWidth(r) === width + 1).length * 2 <= data.length) return false;
  const named = header.slice(0, width);
  return fitsHeader(data, ["", ...named], dataset) && !fitsHeader(data, [...named, ""], dataset);
}
