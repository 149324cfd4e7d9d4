// Rows of another list among the dataset's own (Dataset.otherListRows): a ward's 避難所・避難場所一覧 read as 指定緊急避難場所
// holds 指定避難所 rows too, which its 種別 column tells apart. Such a row is no place of the dataset: publishing it would
// show a shelter as a site to flee to.
import type { Dataset } from "../schemas/dataset.ts";
import { isPlaceholder, plainWords } from "./normalize/text.ts";
import { yesNoOf } from "./normalize/yes-no.ts";

/** Where a row said it belongs to another list: the file's kind column and the row's cell there. */
export interface OtherListRow {
  header: string;
  kind: string;
}

/** What tells a row of another list in this file, or null when the dataset has no such rule or the file no kind column
 *  nor column of marks (of Dataset.otherListRows' headers, mapping to no standard field). */
export function otherListReader(dataset: Dataset, sourceHeaders: readonly string[], keys: readonly (string | null)[]):
  ((cells: readonly string[]) => OtherListRow | null) | null {
  const rule = dataset.otherListRows;
  if (rule === undefined) return null;
  const columnOf = (words: readonly string[]) => {
    const headers = new Set(words.map(plainWords));
    return sourceHeaders.findIndex((h, i) => keys[i] === null && headers.has(plainWords(h)));
  };
  const at = columnOf(rule.headers);
  const markAt = columnOf(rule.marks ?? []);
  if (at < 0 && markAt < 0) return null;
  const own = rule.own.map(plainWords);
  const other = rule.other.map(plainWords);
  const byKind = (cells: readonly string[]): OtherListRow | null => {
    const kind = plainWords(cells[at] ?? "");
    if (kind === "" || own.some((w) => kind.includes(w)) || !other.some((w) => kind.includes(w))) return null;
    return { header: sourceHeaders[at].trim(), kind: (cells[at] ?? "").trim() };
  };
  // a mark's column: blank (its standard no), a no or a dash says the row is none of the dataset's places
  const byMark = (cells: readonly string[]): OtherListRow | null => {
    const cell = (cells[markAt] ?? "").trim();
    if (cell !== "" && yesNoOf(cell) !== false && !isPlaceholder(cell)) return null;
    return { header: sourceHeaders[markAt].trim(), kind: cell === "" ? "空欄" : cell };
  };
  return (cells) => (at >= 0 ? byKind(cells) : null) ?? (markAt >= 0 ? byMark(cells) : null);
}
