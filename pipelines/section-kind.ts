// A list printed in sections whose headings name the kind of the rows under them (【認可保育所】 over the nurseries of
// that kind, ■訪問介護 over those offices), with no kind column or one left blank there: the heading's kind goes into the
// dataset's kind column (Dataset.sectionKind) of each row under it whose cell is blank or whose file lacks the column,
// and each section's rows so given are said once (kind_from_section). A heading that names no kind (【北部地区】) ends
// the section before it and gives nothing.
import type { Dataset } from "../schemas/dataset.ts";
import { listItemsOf, vocabularyOf } from "../schemas/types.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue, sectionDetail } from "./issues.ts";
import { plainWords } from "./normalize/text.ts";
import { listedValueOf } from "./normalize/vocabulary.ts";
import { HEADING_BRACKETS, HEADING_BULLETS, isBlankCell } from "./rows.ts";

/** A heading's marks around its words, the words captured: 【…】, ［…］, ＜…＞, 〈…〉, or ■ ◆ □ ◇ ▼ ▽ before them (the
 *  marks rows.ts tells a heading by). */
const MARKED = new RegExp(`^(?:${HEADING_BRACKETS.map(([open, close]) => `${open}([^${close}]+)${close}`).join("|")}`
  + `|[${HEADING_BULLETS}]\\s*(.+))$`, "u");

/** The words of a heading cell without its marks: 【認可保育所】 → 認可保育所, ■ 認証保育所 → 認証保育所. */
export function headingWords(cell: string): string {
  const text = cell.trim();
  const marked = MARKED.exec(text);
  return (marked === null ? text : marked.slice(1).find((g) => g !== undefined) ?? text).trim();
}

/** Where a file puts the kind its headings give. */
export interface SectionKindLayout {
  key: string;
  /** the column's Japanese name, as the report names it */
  name: string;
  /** the file's column of the kind, -1 when the file lacks it */
  at: number;
  /** whether a heading's words name a kind */
  reads(words: string): boolean;
}

/** Whether a heading's words (headingWords) name a kind of the dataset's kind column: one of the column's list, or
 *  of its words (Dataset.sectionKind.words). False for a dataset with none. */
export function kindReader(dataset: Dataset): (words: string) => boolean {
  const spec = dataset.sectionKind;
  const column = spec === undefined ? undefined : dataset.columnByKey.get(spec.key);
  if (spec === undefined || column === undefined) return () => false;
  const vocabulary = vocabularyOf(column.type);
  const listed = vocabulary === undefined ? null : listedValueOf(vocabulary);
  const items = new Set((listItemsOf(column.type) ?? []).map(plainWords));
  return (words) => {
    const plain = plainWords(words);
    return plain !== "" && ((listed !== null && listed(words) !== undefined) || items.has(plain) || spec.words?.test(plain) === true);
  };
}

/** The file's layout of the kind its headings give, null when the dataset has none or the file gives the column
 *  through its other columns (○ columns of each service: derived-columns.ts), which fill it on every row. */
export function sectionKindLayoutOf(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "derived">): SectionKindLayout | null {
  const spec = dataset.sectionKind;
  const column = spec === undefined ? undefined : dataset.columnByKey.get(spec.key);
  if (spec === undefined || column === undefined || (plan.derived ?? []).some((c) => c.key === spec.key)) return null;
  return { key: spec.key, name: column.ja, at: plan.keys.indexOf(spec.key), reads: kindReader(dataset) };
}

/** Spans of rows a report names at most: a section of rows each filling the column in turn has thousands. */
const MAX_SPANS = 8;

/** Rows as the report lists them: runs joined (2-4, 6), the first MAX_SPANS runs of more followed by "…". */
export function rowSpans(rows: readonly number[]): string {
  const spans: string[] = [];
  for (let k = 0; k < rows.length; k++) {
    if (spans.length === MAX_SPANS) return `${spans.join(", ")} …`;
    const from = rows[k];
    while (k + 1 < rows.length && rows[k + 1] === rows[k] + 1) k++;
    spans.push(from === rows[k] ? String(from) : `${from}-${rows[k]}`);
  }
  return spans.join(", ");
}

interface Section { row: number; heading: string; kind: string; rows: number[] }

/** The section the rows are in, one row after another. */
export class SectionKinds {
  /** a heading that gives a kind has come: the rows after it, in later ranges of the file too, take it */
  given = false;
  private section: Section | null = null;

  constructor(private readonly layout: SectionKindLayout | null) {}

  /** A heading row (its cell, as written) on `row`: the section before it ends, said when rows took its kind, and
   *  this heading's starts when it names a kind. */
  heading(cell: string, row: number): Issue | null {
    const ended = this.end();
    const kind = headingWords(cell);
    if (this.layout === null || !this.layout.reads(kind)) return ended;
    this.section = { row, heading: cell.trim(), kind, rows: [] };
    this.given = true;
    return ended;
  }

  /** The kind a data row on `row` takes from its heading, null when it is in no section of a kind or fills the
   *  column itself. */
  kindOf(cells: readonly string[], row: number): string | null {
    const section = this.section;
    if (section === null || this.layout === null) return null;
    if (this.layout.at >= 0 && !isBlankCell(cells[this.layout.at] ?? "")) return null;
    section.rows.push(row);
    return section.kind;
  }

  /** Whether the file has the kind column: a kind goes into its cell, else it is read after the row's cells. */
  inFile(): boolean {
    return this.layout !== null && this.layout.at >= 0;
  }

  /** The row's cells with the kind in the file's column, when it takes one there (the same array otherwise). */
  filled(cells: readonly string[], kind: string | null): readonly string[] {
    if (kind === null || this.layout === null || this.layout.at < 0) return cells;
    const out = [...cells];
    while (out.length <= this.layout.at) out.push("");
    out[this.layout.at] = kind;
    return out;
  }

  /** Ends the current section (the file ends, or a table not read starts): said when rows took its kind. */
  end(): Issue | null {
    const section = this.section;
    this.section = null;
    if (section === null || section.rows.length === 0 || this.layout === null) return null;
    return issue("kind_from_section", { row: section.row, field: this.layout.key, value: section.heading,
      detail: sectionDetail(this.layout.name, section.kind, rowSpans(section.rows), section.rows.length) });
  }
}
