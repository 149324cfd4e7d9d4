// A header that names one item of a list column after the list's own header: 対象とする災害（洪水）, 対象災害_地震,
// 想定災害：大規模な火事 in an evacuation list that gives each hazard a column of its own (○ under it), as its
// 対象とする災害 cell `洪水、地震` names them in one column. The header of a list and the words of its items are schema
// data (Dataset.listedFlags); the column is the flag its item names.
import type { Dataset } from "../schemas/dataset.ts";
import { type HeaderMatch, normalizeHeader } from "./header-match.ts";

/** The yes/no column a header names as an item of one of the dataset's list columns, or null. */
export function listItemMatch(cell: string, dataset: Dataset): HeaderMatch | null {
  const item = listItemOf(cell, dataset);
  return item === null ? null : { key: item.key, method: "alias" };
}

/** The word a header names as an item after its list's header (対象災害（土石流） → 土石流), or null: what the header says
 *  without the list's, for the parts of one column side by side (崖崩れ | 土石流 | 地滑り, header-parts.ts). */
export function listItemWord(cell: string, dataset: Dataset): string | null {
  return listItemOf(cell, dataset)?.word ?? null;
}

function listItemOf(cell: string, dataset: Dataset): { key: string; word: string } | null {
  const lists = dataset.listedFlags;
  if (lists === undefined) return null;
  // normalized: brackets, _ and ： between the list's header and the item are gone
  const text = normalizeHeader(cell);
  for (const list of lists) {
    for (const header of list.headers) {
      const head = normalizeHeader(header);
      if (text.length <= head.length || !text.startsWith(head)) continue;
      const item = text.slice(head.length);
      for (const flag of list.flags) {
        const word = flag.words.find((w) => normalizeHeader(w) === item);
        if (word !== undefined) return { key: flag.key, word };
      }
    }
  }
  return null;
}
