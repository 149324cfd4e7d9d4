// Which of a row's free-text cells hold a value of another column's shape: a bare figure, coordinate or code
// (35.696556, 131041-3), a time (9:00), a phone number, URL or mail address, an address from its prefecture
// (東京都新宿区新宿6-14-1). A text column takes any value, so where a short row's missing cell goes, a placement that
// lands such a value in one reads as well as the right one; the fewer such values, the likelier the placement.
import type { Dataset } from "../schemas/dataset.ts";
import { kinds } from "../schemas/types.ts";
import { contactKindOf } from "./normalize/address-shape.ts";
import { prefectureOf } from "./normalize/location.ts";

/** a figure, coordinate or code: digits with dots or dashes only (35.696556, 131041-3, 160-0022) */
const FIGURE = /^[-+]?\d[\d.\-]*$/u;
const TIME = /^\d{1,2}:\d{2}$/u;

/** Columns that name a place: a value from its prefecture (東京都, 東京都新宿区) is their own, no address out of place. */
const PLACE_NAME_KEYS: ReadonlySet<string> = new Set(["local_government_name", "prefecture", "city"]);

/** Whether a text cell has the shape of another column's value (see the top of the file); in a column that names a
 *  place (`placeName`), a prefecture-led value is its own. */
export function strayInText(cell: string, placeName = false): boolean {
  const text = cell.normalize("NFKC").trim();
  if (text === "") return false;
  return FIGURE.test(text) || TIME.test(text) || contactKindOf(text) !== null || (!placeName && prefectureOf(text) !== null);
}

/** A free-text column of a file: its position, and whether it names a place (strayInText's `placeName`). */
export interface FreeTextColumn {
  at: number;
  placeName: boolean;
}

/** The columns of `keys` (a file's columns by standard key) that are free text: any words, no address column (which
 *  an address is for), no ID (a code of any shape: 131041-3), no list of values, no height. */
export function freeTextPositions(dataset: Dataset, keys: ReadonlyArray<string | null>): FreeTextColumn[] {
  return keys.flatMap((key, at) => {
    const column = key === null || key === "id" ? undefined : dataset.columnByKey.get(key);
    const kind = column === undefined ? undefined : kinds.get(column.type);
    const free = kind?.kind === "text" && kind.oneLine !== "address" && kind.vocabulary === undefined && kind.height !== true && kind.machiazaId !== true;
    return free ? [{ at, placeName: PLACE_NAME_KEYS.has(key ?? "") }] : [];
  });
}

/** How many cells of `cells` in `columns` are stray (strayInText). */
export function strayCount(cells: readonly string[], columns: readonly FreeTextColumn[]): number {
  let n = 0;
  for (const { at, placeName } of columns) if (strayInText(cells[at] ?? "", placeName)) n++;
  return n;
}

/** The first position of `columns` whose cell in `cells` is stray (strayInText), -1 when none is. */
export function firstStray(cells: readonly string[], columns: readonly FreeTextColumn[]): number {
  return columns.find(({ at, placeName }) => strayInText(cells[at] ?? "", placeName))?.at ?? -1;
}

/** The first position of `columns` stray in `before` but not in `after` (a placement of the row's cells): the value
 *  the placement moved out of a text column, -1 when none was. */
export function strayMovedOut(before: readonly string[], after: readonly string[], columns: readonly FreeTextColumn[]): number {
  return columns.find(({ at, placeName }) => strayInText(before[at] ?? "", placeName) && !strayInText(after[at] ?? "", placeName))?.at ?? -1;
}
