// A workbook cell shown with its number format's text (`0"人"` shows 50 as 50人, `"第"0"号"` 77 as 第77号): xlsx.ts
// gives the text Excel shows, which a text or code column takes as the officer sees it (許可番号 5中保生第0123号), and
// the value stored. A number column (定員, 料金, 緯度) takes the value stored: the format's text dresses the number.
import type { Dataset } from "../schemas/dataset.ts";
import { type Kind, kindOf } from "../schemas/types.ts";
import { roundedText } from "./number-format.ts";

const NUMBER_KINDS: ReadonlySet<Kind> = new Set<Kind>(["integer", "number", "latitude", "longitude"]);

/** The columns of a file (0-based, by their canonical keys) that read the value stored rather than the text shown. */
export function numberColumns(keys: readonly (string | null)[], dataset: Dataset): Array<{ at: number; key: string }> {
  const found: Array<{ at: number; key: string }> = [];
  keys.forEach((key, at) => {
    const column = key === null ? undefined : dataset.columnByKey.get(key);
    if (key !== null && column !== undefined && NUMBER_KINDS.has(kindOf(column.type))) found.push({ at, key });
  });
  return found;
}

/** The row's cells with each number column's shown text replaced by the value stored, and the columns replaced (key,
 *  the text shown); null when none is. */
export function withStoredNumbers(cells: readonly string[], stored: ReadonlyMap<number, string>,
  columns: ReadonlyArray<{ at: number; key: string }>): { cells: string[]; shown: Array<[string, string]> } | null {
  let out: string[] | null = null;
  const shown: Array<[string, string]> = [];
  for (const { at, key } of columns) {
    const value = stored.get(at);
    if (value === undefined) continue;
    out ??= [...cells];
    shown.push([key, out[at]]);
    out[at] = value;
  }
  return out === null ? null : { cells: out, shown };
}

/** The columns of a file (0-based, by their canonical keys) that read a number as a plain format shows it rounded
 *  (想定収容人数 1234.6 under `0` is 1235, what the officer saw): the text columns. A number column reads the number
 *  stored, and a code, date or phone column its digits, as a CSV of the same cells would give them. */
export function roundedTextColumns(keys: readonly (string | null)[], dataset: Dataset): Array<{ at: number; key: string }> {
  const found: Array<{ at: number; key: string }> = [];
  keys.forEach((key, at) => {
    const column = key === null ? undefined : dataset.columnByKey.get(key);
    if (key !== null && column !== undefined && kindOf(column.type) === "text") found.push({ at, key });
  });
  return found;
}

/** The row's cells with each text column's number replaced by the text its format shows it rounded to (`rounded`: the
 *  decimal places shown, by column), and the columns replaced (key, the text shown, the number stored); null when none is. */
export function withRoundedText(cells: readonly string[], rounded: ReadonlyMap<number, number>,
  columns: ReadonlyArray<{ at: number; key: string }>): { cells: string[]; replaced: Array<[string, string, string]> } | null {
  let out: string[] | null = null;
  const replaced: Array<[string, string, string]> = [];
  for (const { at, key } of columns) {
    const places = rounded.get(at);
    const shown = places === undefined ? null : roundedText(Number(cells[at]), places);
    if (shown === null) continue;
    out ??= [...cells];
    replaced.push([key, shown, out[at]]);
    out[at] = shown;
  }
  return out === null ? null : { cells: out, replaced };
}
