// Rows of another list among the dataset's own (Dataset.otherListRows): a ward's 避難所・避難場所一覧 read as 指定緊急避難場所
// holds 指定避難所 rows too, which its 種別 column tells apart. Such a row is no place of the dataset: publishing it would
// show a shelter as a site to flee to. But a row's kind alone is ambiguous: in a list of sites only, 種別 `指定避難所` says
// the site is a shelter too. So the file decides (otherListOfFile, from its head and end rows): a kind column tells two
// lists apart only where a row there names the dataset's own list too, and a column of marks only where a row there says
// yes (a column left blank on every row says nothing).
import type { Dataset } from "../schemas/dataset.ts";
import { expandCells } from "./coordinate-pair.ts";
import { withoutAnnotation } from "./header-match.ts";
import type { ColumnPlan } from "./headers.ts";
import { isPlaceholder, plainWords } from "./normalize/text.ts";
import { yesNoOf } from "./normalize/yes-no.ts";

/** Where a row said it belongs to another list: the file's kind column and the row's cell there. `read`: the file shows
 *  no row of the dataset's own kind there, so the row is read as a place of both lists (a site that is a shelter too). */
export interface OtherListRow {
  header: string;
  kind: string;
  read?: true;
}

/** The columns of a file that tell a row of another list (ColumnPlan.otherList), and what the file shows in them. */
export interface OtherListColumns {
  /** the kind column (種別); `both`: a row names an own kind there (指定緊急避難場所), so the file holds both lists */
  kind?: { at: number; both: boolean };
  /** the column of marks (指定緊急避難場所 ○); `yes`: a row says yes there, so a blank cell is a no */
  mark?: { at: number; yes: boolean };
}

/** A mark's cell that says no: blank (its standard no), a no word or a dash. */
const saysNo = (cell: string): boolean => cell === "" || yesNoOf(cell) === false || isPlaceholder(cell);

/** The first column of no standard field headed one of `words`, as written or without what its brackets or reference
 *  marks add (`種別※1`, `指定緊急避難場所（○印）`); -1 when there is none. */
export function columnNamed(words: readonly string[], plan: Pick<ColumnPlan, "keys" | "sourceHeaders">): number {
  const headers = new Set(words.map(plainWords));
  const named = (h: string) => {
    if (headers.has(plainWords(h))) return true;
    const bare = withoutAnnotation(h);
    return bare !== null && headers.has(plainWords(bare.base));
  };
  return plan.sourceHeaders.findIndex((h, i) => plan.keys[i] === null && named(h));
}

/** The file's columns that tell rows of another list and what its rows (the head under the header, and the end) show
 *  there; undefined when the dataset has no such rule or the file no kind column nor column of marks (of
 *  Dataset.otherListRows' headers, mapping to no standard field). */
export function otherListOfFile(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "sourceHeaders" | "pairAt">,
  rows: ReadonlyArray<readonly string[]>): OtherListColumns | undefined {
  const rule = dataset.otherListRows;
  if (rule === undefined) return undefined;
  const kindAt = columnNamed(rule.headers, plan);
  const markAt = columnNamed(rule.marks ?? [], plan);
  if (kindAt < 0 && markAt < 0) return undefined;
  const cut = plan.pairAt === undefined ? rows : rows.map((cells) => expandCells(cells, plan.pairAt as number));
  // the end's lines of a short file hold its header too, whose cell is no row's
  const cellsAt = (at: number) => {
    const header = plainWords(plan.sourceHeaders[at]);
    return cut.map((cells) => cells[at] ?? "").filter((cell) => plainWords(cell) !== header);
  };
  const own = rule.own.map(plainWords);
  const namesOwn = (cell: string) => {
    const kind = plainWords(cell);
    return kind !== "" && own.some((w) => kind.includes(w));
  };
  return {
    ...(kindAt < 0 ? {} : { kind: { at: kindAt, both: cellsAt(kindAt).some(namesOwn) } }),
    ...(markAt < 0 ? {} : { mark: { at: markAt, yes: cellsAt(markAt).some((cell) => !saysNo(cell.trim())) } }),
  };
}

/** Whether a kind cell names both the dataset's own list and the other (`指定緊急避難場所・指定避難所`, one per line too):
 *  the place is of both. `own` and `other` as plainWords gives them. */
export function namesBothLists(cell: string, own: readonly string[], other: readonly string[]): boolean {
  if (cell === "") return false;
  const kind = plainWords(cell);
  return own.some((w) => kind.includes(w)) && other.some((w) => kind.includes(w));
}

/** What tells a row of another list in this file, or null when the file has no column that does (ColumnPlan.otherList). */
export function otherListReader(dataset: Dataset, plan: Pick<ColumnPlan, "sourceHeaders" | "otherList">):
  ((cells: readonly string[]) => OtherListRow | null) | null {
  const rule = dataset.otherListRows;
  const columns = plan.otherList;
  if (rule === undefined || columns === undefined) return null;
  const own = rule.own.map(plainWords);
  const other = rule.other.map(plainWords);
  const byKind = ({ at, both }: { at: number; both: boolean }) => (cells: readonly string[]): OtherListRow | null => {
    const kind = plainWords(cells[at] ?? "");
    if (kind === "" || own.some((w) => kind.includes(w)) || !other.some((w) => kind.includes(w))) return null;
    const row = { header: plan.sourceHeaders[at].trim(), kind: (cells[at] ?? "").trim() };
    return both ? row : { ...row, read: true };
  };
  // a blank cell is a no only where another row says yes; a no word or a dash always is
  const byMark = ({ at, yes }: { at: number; yes: boolean }) => (cells: readonly string[]): OtherListRow | null => {
    const cell = (cells[at] ?? "").trim();
    if (!saysNo(cell) || (cell === "" && !yes)) return null;
    return { header: plan.sourceHeaders[at].trim(), kind: cell === "" ? "空欄" : cell };
  };
  const kind = columns.kind === undefined ? null : byKind(columns.kind);
  const mark = columns.mark === undefined ? null : byMark(columns.mark);
  if (kind === null) return mark;
  if (mark === null) return kind;
  const markAt = columns.mark?.at ?? -1;
  // a row whose mark says yes is a site, whatever its kind says; one whose blank mark says nothing, by its kind
  return (cells) => (saysNo((cells[markAt] ?? "").trim()) ? mark(cells) ?? kind(cells) : null);
}
