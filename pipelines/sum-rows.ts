// Totals under the rows they sum (Dataset.subtotals: population tables). A labelled one (合計, 中野区計) the row kinds
// know; an Excel `=SUM(B4:B20)` row, or its CSV export, often has no label at all: its name cell is blank and its
// figures are those of the rows above added up. Such a row read as data would publish the whole ward as one more
// area with no name. Here a row is a total when a formula says so (the workbook's cells adding up the cells above),
// or, with nothing to name it, when its figures are the sums of the records above: since the last total (a 丁目's
// subtotal) or since the table's first row (the grand total). Every total is checked against those sums, so that a
// formula's range that misses a row, or a figure typed over, is named to the officer.
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

export class SumRows {
  #group = new Scope();
  #all = new Scope();
  /** the dataset's count fields: what a total sums */
  readonly #keys: readonly string[];
  /** the file's columns that are no count (the name, a code, a date): a total leaves them blank or as above */
  readonly #labels: readonly number[];
  /** the last data row's cells, for the columns every row repeats (調査年月日, 全国地方公共団体コード) */
  #above: readonly string[] = [];
  /** a labelled total before any record (合計 over its 町丁), checked against every record after it at the table's end */
  #top: { row: number; record: Readonly<Record<string, unknown>> } | null = null;
  #underTop = new Scope();
  #records = 0;

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
    this.#all.add(row, record, this.#keys);
    if (this.#top !== null) this.#underTop.add(row, record, this.#keys);
    this.#records++;
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
    const scopes = [this.#group, this.#all].filter((s) => s.rows >= least);
    // a label says so with no rows to check it by (on the table's first row, the rows under it are, at its end); a
    // formula or figures over no record sum nothing
    if (scopes.length === 0) {
      if (kind === "label" && this.#records === 0 && this.#top === null) this.#top = { row, record };
      return { total: kind === "label", issues: [] };
    }
    const compared = scopes.map((s) => this.#compare(s, record));
    // the scope more of its figures sum to; on a tie the rows since the last total
    const best = compared[1] !== undefined && compared[1].matches > compared[0].matches ? 1 : 0;
    const { matches, positive, differing } = compared[best];
    if (byFigures && !(positive && matches >= differing.length)) return { total: false, issues: [] };
    const scope = scopes[best];
    const issues = differsOf(row, scope, compared[best], kind === "label");
    if (kind !== "label") issues.unshift(issue("sum_row", { row, value: text, detail: `${scope.span}|${kind}` }));
    if (scope === this.#all && this.#group.rows !== this.#all.rows) this.#all = new Scope();
    this.#group = new Scope();
    return { total: true, issues };
  }

  /** At the table's end: a total on its first row against the sums of every record under it, as a labelled total under
   *  its rows is checked. */
  end(): Issue[] {
    const top = this.#top;
    this.#top = null;
    if (top === null || this.#underTop.rows === 0) return [];
    return differsOf(top.row, this.#underTop, this.#compare(this.#underTop, top.record), true);
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
function differsOf(row: number, scope: Scope, { matches, differing }: Compared, labelled: boolean): Issue[] {
  if (differing.length === 0 || (labelled && matches === 0)) return [];
  return [issue("sum_row_differs", { row, field: differing[0].key, value: `${differing[0].own} ≠ ${differing[0].sum}`, detail: `${scope.span}|${differing.length - 1}` })];
}
