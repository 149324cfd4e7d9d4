// Rows that sum the rows under them (Dataset.subtotals): a 町 row over its 丁目 rows (池尻, then 　池尻一丁目 …), told
// by the names (the parts' names start with the place's and go on with a number), by indentation, or by a level
// column (階層 1 over 2). Such a row whose every count is the sum of its parts' is a subtotal, left out and said; one
// whose counts are not that sum stays a record, warned. A row under a place is only known from the rows after it,
// so rows are held until the place's group ends, then handed on in file order.
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { normalizeCount } from "./normalize/numbers.ts";
import { plainWords } from "./normalize/text.ts";

/** Where a file gives what tells a subtotal: the name's column, a level column and the count columns. */
export interface SubtotalLayout {
  name: number;
  /** -1 when the file has no level column */
  level: number;
  counts: ReadonlyArray<{ at: number; key: string }>;
  /** the words that end a group's name (Dataset.subtotals.groups: 地区, 管内) */
  groups: readonly string[];
  /** the names of a row over every row (Dataset.subtotals.wholes: 全域; the publisher's name: 新宿区) */
  wholes: ReadonlySet<string>;
}

export function subtotalLayoutOf(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "sourceHeaders">, publisher: readonly string[] = []): SubtotalLayout | null {
  const spec = dataset.subtotals;
  if (spec === undefined) return null;
  const name = plan.keys.indexOf(spec.key);
  const counts = plan.keys.flatMap((key, at) => {
    const column = key === null ? undefined : dataset.columnByKey.get(key);
    return column !== undefined && kindOf(column.type) === "integer" ? [{ at, key: column.key }] : [];
  });
  if (name < 0 || counts.length === 0) return null;
  const headers = new Set(spec.levelHeaders.map(plainWords));
  const level = plan.keys.findIndex((k, i) => k === null && headers.has(plainWords(plan.sourceHeaders[i] ?? "")));
  return { name, level, counts, groups: (spec.groups ?? []).map(plainWords), wholes: new Set([...(spec.wholes ?? []), ...publisher].map(plainWords)) };
}

/** A row as this stage sees it: what it carries for the caller, and what tells its place among the rows. */
export interface HeldRow<T> {
  item: T;
  row: number;
  name: string;
  indent: number;
  level: number | null;
  /** its name ends with a group's word (四谷地区): it is over the rows after it up to the next group */
  group: boolean;
  /** its name is the whole's (全域, 新宿区): it is over every row after it */
  whole: boolean;
  cells: readonly string[];
}

/** A row handed on: `issue` says what it is (subtotal_row: leave it out; subtotal_differs: a record, warned). */
export interface ToldRow<T> { item: T; subtotal: boolean; issue: Issue | null }

/** The part of a name after its place's that makes it a part: a number, in digits or kanji (一丁目, 1丁目, 2番町). */
const PART = /^(?:[0-9]|[一二三四五六七八九十])/;
const LEADING_SPACE = /^[\s\u3000]*/;

export function heldRow<T>(item: T, row: number, cells: readonly string[], name: string, layout: SubtotalLayout): HeldRow<T> {
  const levelText = layout.level < 0 ? "" : (cells[layout.level] ?? "").normalize("NFKC").trim();
  const plain = plainWords(name);
  return {
    item, row, name: plain, indent: LEADING_SPACE.exec(name)?.[0].length ?? 0,
    level: /^[0-9]{1,2}$/.test(levelText) ? Number(levelText) : null,
    group: layout.groups.some((word) => plain.length > word.length && plain.endsWith(word)), whole: layout.wholes.has(plain), cells,
  };
}

/** A count column's value on a row, null when the cell does not read as a count (read only for a place and its parts). */
function countOf(row: HeldRow<unknown>, { at, key }: SubtotalLayout["counts"][number]): number | null {
  const cell = row.cells[at] ?? "";
  return /^[0-9]+$/.test(cell) ? Number(cell) : normalizeCount(cell, { row: row.row, field: key }).value;
}

/** Whether `row` is under `place`: one level lower or more (a file with a level column), else a row after a group's
 *  (四谷地区), indented further or named after it and a number. */
function isUnder(place: HeldRow<unknown>, row: HeldRow<unknown>, byLevel: boolean): boolean {
  if (byLevel) return place.level !== null && row.level !== null && row.level > place.level;
  // the whole (全域, 新宿区) is over every row, and under none; a group (四谷地区) over every row up to the next group
  if (place.whole || row.whole) return place.whole && !row.whole;
  if (place.group || row.group) return place.group && !row.group;
  if (row.indent > place.indent) return true;
  return place.name !== "" && row.name.length > place.name.length && row.name.startsWith(place.name) && PART.test(row.name.slice(place.name.length));
}

/** The names of the parts as an issue shows them: four at most, else the first two, … and the last. */
function partNames(parts: ReadonlyArray<HeldRow<unknown>>): string {
  const names = parts.map((p) => p.name);
  return (names.length <= 4 ? names : [names[0], names[1], "…", names[names.length - 1]]).join(" + ");
}

/** What a place's row is, from its parts right under it (those one step deeper than the least deep of them). */
function judge<T>(place: HeldRow<T>, under: ReadonlyArray<HeldRow<T>>, layout: SubtotalLayout, byLevel: boolean): ToldRow<T> {
  const depth = (r: HeldRow<T>) => (byLevel ? (r.level ?? 0) : r.indent);
  const top = Math.min(...under.map(depth));
  // the whole's parts are the rows under it that are under none of them (its 地区, or its 町丁 when it has none)
  const parts = place.whole && !byLevel ? topsOf(under) : under.filter((r) => depth(r) === top);
  let compared = 0;
  let positive = false;
  for (const column of layout.counts) {
    const own = countOf(place, column);
    const each = parts.map((p) => countOf(p, column));
    if (own === null || each.includes(null)) continue;
    const sum = (each as number[]).reduce((total, n) => total + n, 0);
    if (sum !== own) {
      const value = `${place.name} ${own} ≠ ${sum} = ${partNames(parts)}`;
      return { item: place.item, subtotal: false, issue: issue("subtotal_differs", { row: place.row, field: column.key, value }) };
    }
    compared++;
    if (own > 0) positive = true;
  }
  // 0 = 0 + 0 tells nothing: an empty place over empty parts may be an area of its own
  if (compared === 0 || !positive) return { item: place.item, subtotal: false, issue: null };
  return { item: place.item, subtotal: true, issue: issue("subtotal_row", { row: place.row, value: `${place.name} = ${partNames(parts)}` }) };
}

/** The rows that are under no other of `rows` (each place as tell() finds them). */
function topsOf<T>(rows: ReadonlyArray<HeldRow<T>>): Array<HeldRow<T>> {
  const tops: Array<HeldRow<T>> = [];
  for (let i = 0; i < rows.length;) {
    tops.push(rows[i]);
    let end = i + 1;
    while (end < rows.length && isUnder(rows[i], rows[end], false)) end++;
    i = end;
  }
  return tops;
}

/** Rows in file order, each place judged by the rows under it, and those rows in turn by theirs. */
function tell<T>(rows: ReadonlyArray<HeldRow<T>>, layout: SubtotalLayout, byLevel: boolean, out: ToldRow<T>[]): void {
  for (let i = 0; i < rows.length;) {
    const place = rows[i];
    let end = i + 1;
    while (end < rows.length && isUnder(place, rows[end], byLevel)) end++;
    const under = rows.slice(i + 1, end);
    out.push(under.length === 0 ? { item: place.item, subtotal: false, issue: null } : judge(place, under, layout, byLevel));
    tell(under, layout, byLevel, out);
    i = end;
  }
}

/** Holds a place's row and the rows under it until a row that is not under it comes (or the rows end). */
export class SubtotalRows<T> {
  private held: HeldRow<T>[] = [];
  private readonly byLevel: boolean;

  constructor(private readonly layout: SubtotalLayout) {
    this.byLevel = layout.level >= 0;
  }

  /** Takes a data row; returns the rows now told, in file order (none while the row may still be under a place). */
  take(row: HeldRow<T>): ToldRow<T>[] {
    if (this.held.length > 0 && isUnder(this.held[0], row, this.byLevel)) {
      this.held.push(row);
      return [];
    }
    const told = this.end();
    this.held.push(row);
    return told;
  }

  /** Tells the rows held: at a row that is no data (a blank row, a 計 row, a heading), which ends a group, and at the
   *  end of the rows. */
  end(): ToldRow<T>[] {
    if (this.held.length === 0) return [];
    const out: ToldRow<T>[] = [];
    tell(this.held, this.layout, this.byLevel, out);
    this.held = [];
    return out;
  }
}
