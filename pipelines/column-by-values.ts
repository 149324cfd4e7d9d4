// A column whose header is too generic to say what it is (区分), told by its values (Column.valueAliases): a grouped
// 文化財 list's 区分 holding 国指定, 都指定, 町指定 … once per group is the 文化財分類. Taken only when no header of the file
// names the column, and only when every filled cell under it in the head of the file is such a value. A header the
// values decide (問い合わせ, 問い合わせ先: a phone number or a department) is theirs before a loose match of the header
// alone: a column of phone numbers is the phone column even when fuzzy matching or another column's alias took it
// (問い合わせ → 連絡先名称); with other values it stays what the header made it. A cell fits when it reads whole, or
// starts with its value (`03-3312-2111（FAX兼用）`: the rest kept in the text column); `文化課 03-3312-2111` names a
// department first, so a column of such cells stays 連絡先名称, the department kept with its number.
import { cellIndexOf } from "./coordinate-pair.ts";
import type { Column } from "../schemas/column.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { isDitto } from "./fill-down.ts";
import { matchHeader, normalizeHeader } from "./header-match.ts";
import { normalizeFlag } from "./normalize/flags.ts";
import { columnNormalizer } from "./normalize/index.ts";
import { readsInPart } from "./normalize/kept-cells.ts";
import { type ColumnPlan, type MappedHeader, takeColumn } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import type { HeaderMapping } from "./report.ts";
import { isBlankCell, isBlankRow, isNoteRow, labelColumnOf } from "./rows.ts";
import { isTotalsRow } from "./totals-rows.ts";

/** At most this many of the values are named in the issue. */
const SHOWN = 3;
/** The values as an issue names them: the first SHOWN, and … when there are more. */
const shownValues = (values: readonly string[]): string => values.slice(0, SHOWN).join("、") + (values.length > SHOWN ? "…" : "");

/** The distinct values of column `at` in the data rows of the head (not a totals row or a note under the table), when
 *  each is one of the column's (`fits`); null when one is not, or none is filled. A group's blank cells and 〃 say
 *  nothing. */
function valuesOf(rows: ReadonlyArray<readonly string[]>, at: number, label: number, fits: (text: string) => boolean): string[] | null {
  const found = new Set<string>();
  for (const cells of rows) {
    if (isBlankRow(cells) || isNoteRow(cells) || isTotalsRow(cells, label)) continue;
    const cell = cells[at] ?? "";
    if (isBlankCell(cell) || isDitto(cell)) continue;
    const text = cell.normalize("NFKC").trim();
    if (!fits(text)) return null;
    found.add(text);
  }
  return found.size === 0 ? null : [...found];
}

/** The distinct values of the plan's column `at` in the head rows (valuesOf), each one `fits`; null when one is not,
 *  or none is filled. */
export function headValuesOf(plan: ColumnPlan, rows: ReadonlyArray<readonly string[]>, at: number, fits: (text: string) => boolean): string[] | null {
  return valuesOf(rows, cellIndexOf(plan, at), labelColumnOf(plan.keys), fits);
}

/** A cell that starts with its value: a digit (a bracket before it), or a phone's TEL / 電話 label. */
const VALUE_FIRST = /^\s*(?:[(（]?\d|(?:TEL|Tel|tel|電話(?:番号)?)\s*[:：.]?\s*[(（]?\d)/;

/** Whether a cell is one of the column's values: it starts with one of `values`, or, for "read", the column's own
 *  normalizer reads a value from the cell, whole or value first (開始 `2024/4/1 10:00` is a date, `10:00` none; `文化課 03-3312-2111`
 *  is no phone number, as the number reads only with 文化課 dropped as a note); for "words", so or it is a yes or no. */
function fitsOf(column: Column, values: readonly string[] | "read" | "words"): (text: string) => boolean {
  if (values !== "read" && values !== "words") return (text) => values.some((v) => text.startsWith(v));
  const normalize = columnNormalizer(column);
  // read whole, or the value first and a note or a second value after it (`03-3312-2111（FAX兼用）`, `TEL … FAX …`,
  // kept in the text column): a cell that starts with words (`文化課 03-3312-2111`) names something else first
  const reads = (text: string) => {
    const { value, issues } = normalize(text, { row: 0, field: column.key });
    return value !== null && (VALUE_FIRST.test(text) || !issues.some((i) => readsInPart(i.code)));
  };
  if (values === "read") return reads;
  // a no (`なし`, `×`) may stand in a list of features for a place that has none, a yes (`○`) for one that has some
  // without naming them: the column is the list when another of its cells names features (columnOf)
  return (text) => flagOf(text) !== null || reads(text);
}

/** What a cell says as a yes/no (`○` true, `なし` false), null when it is none. */
const flagOf = (text: string): boolean | null => normalizeFlag(text, { row: 0, field: "" }).value;

/** Whether the file's column `at` is free for a column its values name: not mapped, or mapped by its header alone to
 *  another column (an alias or a fuzzy match, not that column's own name). */
const mayTake = (header: readonly HeaderMapping[], plan: ColumnPlan, at: number): boolean =>
  plan.keys[at] === null || header[at]?.method === "fuzzy" || header[at]?.method === "alias";

/** The column of the file that `column` is by its values, with those values; undefined when none is. */
function columnOf(column: Column, plan: ColumnPlan, header: readonly HeaderMapping[], rows: ReadonlyArray<readonly string[]>):
  { at: number; values: string[] } | undefined {
  const aliases = column.valueAliases;
  if (aliases === undefined || plan.keys.includes(column.key) || plan.derived.some((c) => c.key === column.key)) return undefined;
  const headers = new Set(aliases.headers.map(normalizeHeader));
  for (let at = 0; at < plan.keys.length; at++) {
    if (!headers.has(normalizeHeader(plan.sourceHeaders[at] ?? "")) || !mayTake(header, plan, at)) continue;
    const values = headValuesOf(plan, rows, at, fitsOf(column, aliases.values));
    // "words": a column of nothing but yeses and noes (`○`, `×`, `なし`) names no feature either
    if (values !== null && (aliases.values !== "words" || values.some((v) => flagOf(v) === null))) return { at, values };
  }
  return undefined;
}

/** The mapping with the column given at two levels (two-levels.ts) over column `at` and another read from the other
 *  alone, once `at` is taken as another column by its values: 高松市's classification (国指定重要文化財) | category (建造物,
 *  絵画: the 種類) are no 文化財分類 of two levels. The key of the column so undone, else null and the same mapping. Only
 *  the last derived column is undone: a later one would name its parts by their place after it. */
function withoutLevelsAt(mapped: MappedHeader, at: number): { mapped: MappedHeader; unjoined: string | null } {
  const derived = mapped.plan.derived;
  const levels = derived.at(-1);
  if (levels === undefined || levels.how !== "levels" || !levels.parts.includes(at)) return { mapped, unjoined: null };
  const other = levels.parts.find((p) => p !== at) as number;
  const plan = { ...mapped.plan, derived: derived.slice(0, -1) };
  return { mapped: takeColumn({ plan, header: mapped.header }, other, levels.key, "alias"), unjoined: levels.key };
}

/**
 * The plan and header with each column that a column's value aliases name (unmapped, or mapped by its header alone)
 * taken as that column, and the issues that say so; `retaken`: the headers a loose match had mapped elsewhere, whose
 * verdict (fuzzy_header) no longer holds; `unjoined`: the columns no longer read from two levels (levels_joined). The
 * same plan when there is none.
 */
export function withColumnsByValues(dataset: Dataset, plan: ColumnPlan, header: HeaderMapping[], rows: ReadonlyArray<readonly string[]>):
  { plan: ColumnPlan; header: HeaderMapping[]; issues: Issue[]; retaken: Set<string>; unjoined: Set<string> } {
  let out = { plan, header, issues: [] as Issue[] };
  const retaken = new Set<string>();
  const unjoined = new Set<string>();
  for (const column of dataset.columns) {
    const found = columnOf(column, out.plan, out.header, rows);
    if (found === undefined) continue;
    const { at, values } = found;
    const was = out.plan.keys[at];
    const shown = shownValues(values);
    const undone = withoutLevelsAt(out, at);
    if (undone.unjoined !== null) unjoined.add(undone.unjoined);
    const taken = takeColumn(undone.mapped, at, column.key, "alias");
    // the column the header had named is then absent, as the file has no other column for it
    const absent = dataset.columns.filter((c) => c.key === was && c.requirement === "required");
    if (was !== null) retaken.add(out.plan.sourceHeaders[at]);
    out = { plan: { ...taken.plan, absentRequired: [...taken.plan.absentRequired, ...absent] }, header: taken.header,
      issues: [...out.issues, issue("column_by_values", { field: out.plan.sourceHeaders[at], value: `${column.ja}（${shown}）` })] };
  }
  return { ...out, retaken, unjoined };
}

/**
 * The plan and header with each column the header gave a key whose head cells are all of that column's `notItsValues`
 * (a nursery's 種別 of 区立, 私立) given instead to another column of the file whose header names the same key (施設種別)
 * and whose head cells are not all such, the first kept in extra, said (column_values_of_other); the same when none is.
 * `retaken`: the headers so taken, whose verdict as a duplicate no longer holds.
 */
export function withColumnsOverOthersValues(dataset: Dataset, plan: ColumnPlan, header: HeaderMapping[], rows: ReadonlyArray<readonly string[]>):
  { plan: ColumnPlan; header: HeaderMapping[]; issues: Issue[]; retaken: Set<string> } {
  let out = { plan, header, issues: [] as Issue[] };
  const retaken = new Set<string>();
  for (const column of dataset.columns) {
    const others = column.notItsValues;
    if (others === undefined) continue;
    const at = out.plan.keys.indexOf(column.key);
    if (at < 0) continue;
    const isOther = (text: string) => others.includes(text);
    const values = headValuesOf(out.plan, rows, at, isOther);
    if (values === null) continue;
    const instead = out.plan.keys.findIndex((k, i) => k === null && i !== at && matchHeader(out.plan.sourceHeaders[i] ?? "", dataset)?.key === column.key
      && headValuesOf(out.plan, rows, i, (text) => !isOther(text)) !== null);
    if (instead < 0) continue;
    const taken = takeColumn(out, instead, column.key, "alias");
    retaken.add(out.plan.sourceHeaders[instead]);
    const shown = shownValues(values);
    out = { plan: { ...taken.plan, keys: taken.plan.keys.map((k, i) => (i === at ? null : k)) },
      header: taken.header.map((h, i) => (i === at ? { ...h, field: null, method: "none" as const } : h)),
      issues: [...out.issues, issue("column_values_of_other", { field: out.plan.sourceHeaders[at], value: `${out.plan.sourceHeaders[instead]}（${shown}）`,
        detail: column.ja })] };
  }
  return { ...out, retaken };
}
