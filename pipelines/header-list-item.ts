// A header that names one item of a list column after the list's own header: 対象とする災害（洪水）, 対象災害_地震,
// 想定災害：大規模な火事 in an evacuation list that gives each hazard a column of its own (○ under it), as its
// 対象とする災害 cell `洪水、地震` names them in one column. The header of a list and the words of its items are schema
// data (Dataset.listedFlags); the column is the flag its item names.
import type { Dataset } from "../schemas/dataset.ts";
import { type HeaderMatch, normalizeHeader } from "./header-match.ts";

/** The yes/no column a header names as an item of one of the dataset's list columns, or null. */
export function listItemMatch(cell: string, dataset: Dataset): HeaderMatch | null {
  const lists = dataset.listedFlags;
  if (lists === undefined) return null;
  // normalized: brackets, _ and ： between the list's header and the item are gone
  const text = normalizeHeader(cell);
  for (const list of lists) {
    for (const header of list.headers) {
      const head = normalizeHeader(header);
      if (text.length <= head.length || !text.startsWith(head)) continue;
      const item = text.slice(head.length);
      const flag = list.flags.find((f) => f.words.some((w) => normalizeHeader(w) === item));
      if (flag !== undefined) return { key: flag.key, method: "alias" };
    }
  }
  return null;
}
