// Rows of another list among the dataset's own (Dataset.otherListRows): a ward's 避難所・避難場所一覧 read as 指定緊急避難場所
// holds 指定避難所 rows too, which its 種別 column tells apart. Such a row is no place of the dataset: publishing it would
// show a shelter as a site to flee to.
import type { Dataset } from "../schemas/dataset.ts";
import { plainWords } from "./normalize/text.ts";

/** Where a row said it belongs to another list: the file's kind column and the row's cell there. */
export interface OtherListRow {
  header: string;
  kind: string;
}

/** What tells a row of another list in this file, or null when the dataset has no such rule or the file no kind column
 *  (one of Dataset.otherListRows.headers that maps to no standard field). */
export function otherListReader(dataset: Dataset, sourceHeaders: readonly string[], keys: readonly (string | null)[]):
  ((cells: readonly string[]) => OtherListRow | null) | null {
  const rule = dataset.otherListRows;
  if (rule === undefined) return null;
  const headers = new Set(rule.headers.map(plainWords));
  const at = sourceHeaders.findIndex((h, i) => keys[i] === null && headers.has(plainWords(h)));
  if (at < 0) return null;
  const own = rule.own.map(plainWords);
  const other = rule.other.map(plainWords);
  return (cells) => {
    const kind = plainWords(cells[at] ?? "");
    if (kind === "" || own.some((w) => kind.includes(w)) || !other.some((w) => kind.includes(w))) return null;
    return { header: sourceHeaders[at].trim(), kind: (cells[at] ?? "").trim() };
  };
}
