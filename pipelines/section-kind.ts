// A list printed in sections whose headings name the kind of the rows under them (【認可保育所】 over the nurseries of
// that kind, ■訪問介護 over those offices), with no kind column or one left blank there: the heading's kind goes into the
// dataset's kind column (Dataset.sectionKinds) of each row under it whose cell is blank or whose file lacks the column,
// and each section's rows so given are said once (kind_from_section). A dataset may have two such columns, each read
// from its own headings (【区指定】 for a 文化財's 文化財分類 over ■ 有形文化財（建造物） for its 種類). Headings nest by their marks: a heading of a mark
// not yet seen is under the headings above it (＜北部地区＞ under 【認可保育所】, whose kind its rows still take), one of a
// mark seen before is beside that one and ends it (【北部地区】 after 【認可保育所】 gives nothing), and a heading naming a
// kind replaces the kind above it. A kind with an area in one heading (■ 認可保育所（北部）) gives the kind alone.
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

/** The mark a heading is written with (【, ＜, ■ …), "" for one without: headings of one mark are of one level. */
export function headingMark(cell: string): string {
  const first = cell.trim().charAt(0);
  return HEADING_BRACKETS.some(([open]) => open === first) || HEADING_BULLETS.includes(first) ? first : "";
}

/** Words (in NFKC) that name a part of the town a list is printed by: 北部, 中央, 北部地区, 中野地域, 第1ブロック,
 *  本町二丁目. */
const AREA = /^(?:[東西南北中央]{1,3}(?:部|側)?|[^\s()]{1,12}(?:地区|地域|エリア|ブロック|圏域|方面|管内|丁目|町))$/u;
const isArea = (words: string): boolean => AREA.test(plainWords(words));

/** A heading's words as two parts, one of which may be an area: 認可保育所（北部）, （北部）認可保育所, 認可保育所 北部地区,
 *  認可保育所・北部地区, 北部地区の認可保育所. */
function partsOf(words: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const split of [/^(.+?)[（(]([^（）()]+)[）)]$/u, /^[（(]([^（）()]+)[）)](.+)$/u, /^(.+?)(?:\s+|[・／/])(.+)$/u, /^(.+?)の(.+)$/u]) {
    const parts = split.exec(words);
    if (parts !== null) pairs.push([parts[1].trim(), parts[2].trim()]);
  }
  return pairs;
}

/** The kind a heading's words (headingWords) name, null when none: the words themselves, or beside an area the kind
 *  alone (認可保育所（北部） → 認可保育所, 北部地区の消火栓 → 消火栓), which is no kind of the rows. */
export function kindInHeading(words: string, reads: (words: string) => boolean): string | null {
  for (const [first, second] of partsOf(words)) {
    if (isArea(second) && reads(first)) return first;
    if (isArea(first) && reads(second)) return second;
  }
  return reads(words) ? words : null;
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

/** Whether a heading's words (headingWords) name a kind of one of the dataset's kind columns (its first unless
 *  `spec` is given): one of the column's list, or of its words (Dataset.sectionKinds' words). False for a dataset with
 *  none. */
export function kindReader(dataset: Dataset, spec = dataset.sectionKinds?.[0]): (words: string) => boolean {
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

/** The file's layouts of the kinds its headings give: none when the dataset has none, and none for a column the file
 *  gives through its other columns (○ columns of each service: derived-columns.ts), which fill it on every row. */
export function sectionKindLayoutsOf(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "derived">): SectionKindLayout[] {
  return (dataset.sectionKinds ?? []).flatMap((spec) => {
    const column = dataset.columnByKey.get(spec.key);
    if (column === undefined || (plan.derived ?? []).some((c) => c.key === spec.key)) return [];
    return [{ key: spec.key, name: column.ja, at: plan.keys.indexOf(spec.key), reads: kindReader(dataset, spec) }];
  });
}

/** A kind a data row takes from a heading, for a column of `layout`. */
export interface SectionKindOfRow { layout: SectionKindLayout; kind: string }

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

/** `depth`: where its heading is among the headings the rows are under (SectionKinds.marks) */
interface Section { row: number; heading: string; kind: string; depth: number; rows: number[] }

const NO_KINDS: readonly SectionKindOfRow[] = Object.freeze([]);

/** The sections the rows are in, one row after another: of each kind column, its own. */
export class SectionKinds {
  readonly #columns: SectionKind[];

  constructor(layouts: readonly SectionKindLayout[]) {
    this.#columns = layouts.map((layout) => new SectionKind(layout));
  }

  /** a heading that gives a kind has come: the rows after it, in later ranges of the file too, take it */
  get given(): boolean {
    return this.#columns.some((c) => c.given);
  }

  /** A heading row (its cell, as written) on `row`: each column's section it ends, said when rows took its kind. */
  heading(cell: string, row: number): Issue[] {
    return this.#columns.flatMap((c) => c.heading(cell, row) ?? []);
  }

  /** The kinds a data row on `row` takes from its headings: none when it is in no section or fills the columns itself. */
  kindsOf(cells: readonly string[], row: number): readonly SectionKindOfRow[] {
    // asked of every data row: a dataset without kind columns (most) gets one shared empty list, no array per row
    if (this.#columns.length === 0) return NO_KINDS;
    return this.#columns.flatMap((c) => {
      const kind = c.kindOf(cells, row);
      return kind === null ? [] : [{ layout: c.layout, kind }];
    });
  }

  /** The row's cells with each kind in the file's column, when it has one (the same array when none goes there). */
  filled(cells: readonly string[], kinds: readonly SectionKindOfRow[]): readonly string[] {
    if (kinds.length === 0) return cells;
    const inFile = kinds.filter((k) => k.layout.at >= 0);
    if (inFile.length === 0) return cells;
    const out = [...cells];
    for (const { layout, kind } of inFile) {
      while (out.length <= layout.at) out.push("");
      out[layout.at] = kind;
    }
    return out;
  }

  /** The kinds for columns the file lacks (key and kind), read after the row's cells; null when there are none. */
  outsideFile(kinds: readonly SectionKindOfRow[]): Array<readonly [string, string]> | null {
    if (kinds.length === 0) return null;
    const outside = kinds.filter((k) => k.layout.at < 0).map((k) => [k.layout.key, k.kind] as const);
    return outside.length === 0 ? null : outside;
  }

  /** Ends every section (the file ends, or a table not read starts): each said when rows took its kind. */
  end(): Issue[] {
    return this.#columns.flatMap((c) => c.end() ?? []);
  }
}

/** The section of one kind column the rows are in, one row after another. */
class SectionKind {
  /** a heading that gives a kind has come: the rows after it, in later ranges of the file too, take it */
  given = false;
  private section: Section | null = null;
  /** the marks of the headings the rows are under, the outermost first */
  private readonly marks: string[] = [];

  constructor(readonly layout: SectionKindLayout) {}

  /** A heading row (its cell, as written) on `row`: the section of a kind ends when this heading is beside or above
   *  the kind's (said when rows took its kind) or names a kind itself, whose section then starts. */
  heading(cell: string, row: number): Issue | null {
    const mark = headingMark(cell);
    const seen = this.marks.indexOf(mark);
    const depth = seen >= 0 ? seen : this.marks.length;
    this.marks.length = depth;
    this.marks.push(mark);
    const kind = kindInHeading(headingWords(cell), this.layout.reads);
    const ended = kind !== null || (this.section !== null && this.section.depth >= depth) ? this.close() : null;
    if (kind === null) return ended;
    this.section = { row, heading: cell.trim(), kind, depth, rows: [] };
    this.given = true;
    return ended;
  }

  /** The kind a data row on `row` takes from its heading, null when it is in no section of a kind or fills the
   *  column itself. */
  kindOf(cells: readonly string[], row: number): string | null {
    const section = this.section;
    if (section === null) return null;
    if (this.layout.at >= 0 && !isBlankCell(cells[this.layout.at] ?? "")) return null;
    section.rows.push(row);
    return section.kind;
  }

  /** Ends the current section and the headings above it (the file ends, or a table not read starts): said when rows
   *  took its kind. */
  end(): Issue | null {
    this.marks.length = 0;
    return this.close();
  }

  /** Ends the current section: said when rows took its kind. */
  private close(): Issue | null {
    const section = this.section;
    this.section = null;
    if (section === null || section.rows.length === 0) return null;
    return issue("kind_from_section", { row: section.row, field: this.layout.key, value: section.heading,
      detail: sectionDetail(this.layout.name, section.kind, rowSpans(section.rows), section.rows.length) });
  }
}
