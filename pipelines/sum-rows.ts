// Totals under the rows they sum (Dataset.subtotals: population tables). A labelled one (合計, 中野区計) the row kinds
// know; an Excel `=SUM(B4:B20)` row, or its CSV export, often has no label at all: its name cell is blank and its
// figures are those of the rows above added up. Such a row read as data would publish the whole ward as one more
// area with no name. Here a row is a total when a formula says so (the workbook's cells adding up the cells above),
// or, with nothing to name it, when its figures are the sums of the records above: since the last total (a 丁目's
// subtotal) or since the table's first row (the grand total). Every total is checked against those sums, so that a
// formula's range that misses a row, or a figure typed over, is named to the officer. A file of several tables (a
// 地区's title and header over each) has each total checked against its own table's rows.
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { type Issue, issue } from "./issues.ts";
import { plainWords } from "./normalize/text.ts";
import { isBlankCell } from "./rows.ts";

/** How a row was told a total: a formula summing the cells above, a label (合計), its figures alone (no name), or
 *  its figures beside the whole municipality's name (新宿区, 全域 under its 町丁). */
export type SumRowKind = "formula" | "label" | "values" | "whole";

/** The records since a point of the table: each count field's sum (null once a record gave no number there). */
class Scope {
  readonly sums = new Map<string, number | null>();
  first = 0;
  last = 0;
  rows = 0;

  add(row: number, record: Readonly<Record<string, unknown>>, keys: readonly string[]): void {
    if (this.rows++ === 0) this.first = row;
    this.last = row;
    for (const key of keys) {
      const value = record[key];
      const sum = this.sums.get(key);
      if (sum !== null) this.sums.set(key, typeof value === "number" ? (sum ?? 0) + value : null);
    }
  }

  get span(): string {
    return this.first === this.last ? String(this.first) : `${this.first}-${this.last}`;
  }
}

interface Compared { matches: number; positive: boolean; differing: Array<{ key: string; own: number; sum: number }> }

/** A labelled total over the rows under it (合計 on a table's first row), checked where its table ends. */
interface Top {
  row: number;
  record: Readonly<Record<string, unknown>>;
  /** where it stands among the totals over one another: 0 for a table's, 1 for a section's under it */
  depth: number;
  under: Scope;
  /** its figures against the rows under it where a table may have ended, where most of them fit */
  best: { compared: Compared; span: string } | null;
}

export class SumRows {
  #group = new Scope();
  /** the records since the last heading (the header again over the next table): a total under its own table's rows */
  #table = new Scope();
  #all = new Scope();
  /** the dataset's count fields: what a total sums */
  readonly #keys: readonly string[];
  /** the file's columns that are no count (the name, a code, a date): a total leaves them blank or as above */
  readonly #labels: readonly number[];
  /** the last data row's cells, for the columns every row repeats (調査年月日, 全国地方公共団体コード) */
  #above: readonly string[] = [];
  /** the labelled totals over the records under them (合計 on a table's first row), the outermost first */
  #tops: Top[] = [];
  /** where the last total over its records stood among them: the next one after a heading is beside it */
  #depth = 0;
  /** records since the table's start or the last heading (a 地区's title, the header again) */
  #sinceHeading = 0;
  /** blank rows came since the last record: a label whose figures sum nothing above may head the next table */
  #afterGap = false;

  /** `names`: the columns of a row's name (町名 and 丁目 when a name is written over two); `wholes`: the names of the
   *  whole municipality (SubtotalLayout.wholes: 全域, 新宿区), as plainWords writes them */
  constructor(dataset: Dataset, keys: ReadonlyArray<string | null>, private readonly names: readonly number[],
    private readonly wholes: ReadonlySet<string>) {
    this.#keys = dataset.columns.filter((c) => kindOf(c.type) === "integer").map((c) => c.key);
    const counts = new Set(this.#keys);
    this.#labels = keys.flatMap((key, at) => (key !== null && counts.has(key) ? [] : [at]));
  }

  /** A data row as the file wrote it, as it comes (its record may be held a while before it is published). */
  see(cells: readonly string[]): void {
    this.#above = cells;
  }

  /** A record published. */
  add(row: number, record: Readonly<Record<string, unknown>>): void {
    this.#group.add(row, record, this.#keys);
    this.#table.add(row, record, this.#keys);
    this.#all.add(row, record, this.#keys);
    for (const top of this.#tops) top.under.add(row, record, this.#keys);
    this.#sinceHeading++;
    this.#afterGap = false;
  }

  /** Whether a row names nothing: its name's cells are blank, and its other cells that are no count are blank, figures
   *  (a 構成比, a 前月比) or as on the data row above (a date every row repeats). */
  namesNothing(cells: readonly string[]): boolean {
    if (this.names.length === 0 || this.names.some((at) => at < 0 || !isBlankCell(cells[at] ?? ""))) return false;
    return this.#labels.every((at) => {
      const cell = (cells[at] ?? "").trim();
      return cell === "" || !/[\p{L}]/u.test(cell) || cell === (this.#above[at] ?? "").trim();
    });
  }

  /** Whether a row is named as the whole municipality (新宿区, 全域): under the rows, their total when its figures are
   *  their sums (over them, subtotal-rows.ts tells it). */
  namesWhole(cells: readonly string[]): boolean {
    return this.names.length > 0 && this.names[0] >= 0 && this.wholes.has(plainWords(cells[this.names[0]] ?? ""));
  }

  /**
   * Whether a row is a total, with what is said of it. A formula or a label makes it one; its figures (with no name or
   * the whole's) do when at least half of them, one above 0, are the sums of two records or more. Either way a figure that is not its sum
   * is named, once for the row (sum_row_differs); a total told by its formula or figures is said (sum_row), a labelled
   * one its row kind says (totals_row). The records after a total are summed afresh; after a grand total, the table's
   * are too.
   */
  judge(row: number, text: string, record: Readonly<Record<string, unknown>>, kind: SumRowKind): { total: boolean; issues: Issue[] } {
    const byFigures = kind === "values" || kind === "whole";
    const least = byFigures ? 2 : 1;
    const scopes = [this.#group, this.#table, this.#all].filter((s) => s.rows >= least);
    const compared = scopes.map((s) => this.#compare(s, record));
    // a label on a table's first row (or its section's, or after blank rows when it sums nothing above) is the total of
    // the rows under it, checked where its table ends
    if (kind === "label" && (this.#sinceHeading === 0 || (this.#afterGap && compared.every((c) => c.matches === 0)))) {
      return { total: true, issues: this.#openTop(row, record) };
    }
    // a formula or figures over no record sum nothing
    if (scopes.length === 0) return { total: kind === "label", issues: [] };
    // the scope most of its figures sum to; on a tie the rows since the last total, then those of its table
    const best = compared.reduce((at, c, k) => (c.matches > compared[at].matches ? k : at), 0);
    const { matches, positive, differing } = compared[best];
    if (byFigures && !(positive && matches >= differing.length)) return { total: false, issues: [] };
    const scope = scopes[best];
    const issues = differsOf(row, scope.span, compared[best], kind === "label");
    if (kind !== "label") issues.unshift(issue("sum_row", { row, value: text, detail: `${scope.span}|${kind}` }));
    if (scope === this.#all && this.#group.rows !== this.#all.rows) this.#all = new Scope();
    if (scope !== this.#group) this.#table = new Scope();
    this.#group = new Scope();
    return { total: true, issues };
  }

  /** Where a table or a section of it may end: a heading (a 地区's title, the header again over the next table) or
   *  blank rows. A total over the rows under it closes here when they are its sums; else the place most of its figures
   *  fit is kept, for when it closes. After a heading, a label before any record is the next rows' total. */
  tableBreak(at: "heading" | "gap"): void {
    this.#tops = this.#tops.filter((top) => {
      if (top.under.rows === 0) return true;
      const compared = this.#compare(top.under, top.record);
      if (compared.differing.length === 0 && compared.matches > 0) return false;
      if (top.best === null || compared.matches > top.best.compared.matches) top.best = { compared, span: top.under.span };
      return true;
    });
    if (at === "heading") {
      this.#sinceHeading = 0;
      this.#table = new Scope();
    } else this.#afterGap = true;
  }

  /** At the end of the rows read: the totals over the rows under them, checked. */
  end(): Issue[] {
    return this.#close(0);
  }

  /** A total over the rows under it: under the one above when that has no record yet (a ward's 合計, then a 地区's),
   *  else beside the last one, which closes (with those under it). */
  #openTop(row: number, record: Readonly<Record<string, unknown>>): Issue[] {
    const innermost = this.#tops.at(-1);
    const depth = innermost !== undefined && innermost.under.rows === 0 ? this.#tops.length : Math.min(this.#depth, this.#tops.length);
    const issues = this.#close(depth);
    this.#tops.push({ row, record, depth, under: new Scope(), best: null });
    this.#depth = depth;
    this.#afterGap = false;
    return issues;
  }

  /** The totals from `depth` in, checked against the rows under them: where they are their sums none is said, else
   *  where most of their figures fit (the rows of its own table, when it ended before the next without a total). */
  #close(depth: number): Issue[] {
    const closing = this.#tops.filter((top) => top.depth >= depth).reverse();
    this.#tops = this.#tops.filter((top) => top.depth < depth);
    return closing.flatMap((top) => {
      if (top.under.rows === 0) return [];
      const here = { compared: this.#compare(top.under, top.record), span: top.under.span };
      const fit = here.compared.differing.length === 0 || top.best === null || here.compared.matches > top.best.compared.matches ? here : top.best;
      return differsOf(top.row, fit.span, fit.compared, true);
    }).sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  }

  #compare(scope: Scope, record: Readonly<Record<string, unknown>>): Compared {
    const out: Compared = { matches: 0, positive: false, differing: [] };
    for (const key of this.#keys) {
      const own = record[key];
      const sum = scope.sums.get(key);
      if (typeof own !== "number" || typeof sum !== "number") continue;
      if (own === sum) {
        out.matches++;
        if (own > 0) out.positive = true;
      } else out.differing.push({ key, own, sum });
    }
    return out;
  }
}

/** One warning for a total, about its first figure that differs, counting the others; a label none of whose figures is
 *  a sum totals something else (前月計 under the month's 計), which is not the rows' to check. */
function differsOf(row: number, span: string, { matches, differing }: Compared, labelled: boolean): Issue[] {
  if (differing.length === 0 || (labelled && matches === 0)) return [];
  return [issue("sum_row_differs", { row, field: differing[0].key, value: `${differing[0].own} ≠ ${differing[0].sum}`, detail: `${span}|${differing.length - 1}` })];
}
