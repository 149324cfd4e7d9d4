// Columns whose values have a form of their own (a URL, a phone number, a coordinate, a time …), unlike a text column,
// which takes any value, or a count, which takes any small figure: a value that reads in such a column is its own.
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";

/** Kinds that take any words (text, a list: 診療科目), or any small figure (a count, a measure: `2` reads in many
 *  columns, and tells none of them). */
const ANY_WORDS: ReadonlySet<string> = new Set(["text", "list", "integer", "number"]);

/** The positions of `keys` whose dataset column is of a kind that takes no words but its own form. */
export function typedPositions(dataset: Dataset, keys: ReadonlyArray<string | null>): ReadonlySet<number> {
  return new Set(keys.flatMap((key, at) => {
    const column = key === null ? undefined : dataset.columnByKey.get(key);
    return column !== undefined && !ANY_WORDS.has(kindOf(column.type)) ? [at] : [];
  }));
}

/** Whether every filled cell a short row's placement moved right (from `from` on in `placed`) landed in a typed
 *  column: the values say where they belong, so the placement is no guess. */
export function movedIntoTyped(placed: readonly string[], from: number, typed: ReadonlySet<number>): boolean {
  let moved = 0;
  for (let at = from + 1; at < placed.length; at++) {
    if ((placed[at] ?? "").trim() === "") continue;
    if (!typed.has(at)) return false;
    moved++;
  }
  return moved > 0;
}
