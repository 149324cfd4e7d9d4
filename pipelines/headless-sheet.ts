// A sheet with no header that continues the chosen sheet's list (一覧, 一覧(2), 一覧 (3): a long list split for printing,
// the header not repeated): its rows are read under the chosen sheet's header when they fit it, each column's values
// read by that column's own normalizer, the names being no numbers and the coordinates in Tokyo in the header's order.
// Rows that do not fit are not read: whose columns they are is not known.
import type { Dataset } from "../schemas/dataset.ts";
import { asOfInText } from "./as-of.ts";
import { mapHeaders } from "./headers.ts";
import { readsCleanly } from "./normalize/index.ts";
import { inTokyo } from "./normalize/location.ts";
import { normalizeNumber } from "./normalize/numbers.ts";
import { filledCellsOf, isBlankCell, isBlankRow, isOneCellRow } from "./rows.ts";

/** A title that says its sheet continues a list (`AED一覧（続き）`, `（続き）`, `つづき`, `その2`, `一覧(2)`), read in NFKC:
 *  only such a title is passed over; a sheet titled otherwise (撤去したAED) may hold another list. */
const CONTINUED_TITLE = /続き|つづき|\(続\)|その\s*[2-9]|\([2-9]\)\s*$/;

/** Whether two sheets' names give two different as-of dates (令和5年度 beside 令和6年度): the list of another year,
 *  no continuation of it, however well its rows fit. */
export function datedApart(name: string, chosenName: string): boolean {
  const [own, chosen] = [asOfInText(name), asOfInText(chosenName)];
  return own !== undefined && chosen !== undefined && own !== chosen;
}

/** the share of a column's filled cells that must read as its values: a typo or two does not turn a sheet away */
const MIN_READ = 0.9;

/** The 0-based column after a row's last filled cell. */
export const usedWidth = (cells: readonly string[]): number => cells.reduce((w, c, i) => (isBlankCell(c) ? w : i + 1), 0);

/** The 0-based line of a sheet's title line that says the sheet continues a list (its first filled line, one cell),
 *  with its text; null when it has none. The rows under it may be the list's (fitsHeader reads past the title). */
export function continuedTitleOf(head: ReadonlyArray<readonly string[]>): { line: number; text: string } | null {
  const line = head.findIndex((r) => !isBlankRow(r));
  if (line < 0 || !isOneCellRow(head[line])) return null;
  const text = head[line].find((c) => !isBlankCell(c))!.trim();
  return CONTINUED_TITLE.test(text.normalize("NFKC")) ? { line, text } : null;
}

/** Whether a cell reads as a value of its column: a value, and nothing the normalizer warns of. */
type Fits = (text: string) => boolean;

/** The checks of the header's columns, by column: the column's normalizer, and for the name a text that is no number. */
function checksOf(keys: ReadonlyArray<string | null>, dataset: Dataset): Array<Fits | null> {
  const nameKey = dataset.distinctName?.key ?? "name";
  return keys.map((key) => {
    const column = key === null ? undefined : dataset.columnByKey.get(key);
    if (column === undefined) return null;
    const reads: Fits = readsCleanly(column);
    if (key !== nameKey) return reads;
    return (text) => reads(text) && normalizeNumber(text, { row: 0, field: column.key }).value === null;
  });
}

/**
 * Whether the rows of a sheet without a header (its head) are rows of the list under `header`: none wider than the
 * header, each column's filled cells (most of them) read as its values, a name on every row, and the coordinates of
 * each row in Tokyo as the header orders them.
 */
export function fitsHeader(head: ReadonlyArray<readonly string[]>, header: readonly string[], dataset: Dataset): boolean {
  // a line of one cell (a note under the list, a page number) is no row of it: the row stage tells what it is
  const rows = head.filter((r) => !isBlankRow(r) && !isOneCellRow(r));
  if (rows.length === 0 || rows.some((r) => usedWidth(r) > usedWidth(header))) return false;
  const keys = mapHeaders(header, dataset).plan.keys;
  const checks = checksOf(keys, dataset);
  const nameAt = keys.indexOf(dataset.distinctName?.key ?? "name");
  if (nameAt < 0 || rows.some((r) => isBlankCell(r[nameAt] ?? ""))) return false;
  const columnsRead = checks.every((fits, at) => {
    if (fits === null) return true;
    const filled = filledCellsOf(rows, at);
    return filled.filter(fits).length >= filled.length * MIN_READ;
  });
  if (!columnsRead) return false;
  const [lat, lon] = [keys.indexOf("latitude"), keys.indexOf("longitude")];
  if (lat < 0 || lon < 0) return true;
  return rows.every((r) => {
    const [y, x] = [Number(r[lat]), Number(r[lon])];
    return isBlankCell(r[lat] ?? "") || isBlankCell(r[lon] ?? "") || inTokyo(y, x);
  });
}
