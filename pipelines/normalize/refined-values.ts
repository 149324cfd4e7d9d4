// A value that another column of the row makes one of the standard's: a 診療所 by its 病床数 (Dataset.valueByCount),
// a 消火栓 by a 公設・私設 column beside it (Dataset.qualifiedBy). Each is said on its row.
import { columnJa, type Dataset } from "../../schemas/dataset.ts";
import { vocabularyOf } from "../../schemas/types.ts";
import { isEmptyCell, withdrawIssue } from "./pair-repairs.ts";
import type { RowRepair } from "./row-repair.ts";
import { plainWords } from "./text.ts";

/** The key under which a row's cells carry the cell of a column that qualifies `key` (Dataset.qualifiedBy): no column
 *  of any dataset, read only here. */
export const qualifierCellKey = (key: string): string => `${key}_qualifier`;

/** 医療機関の種類 `一般診療所` with 病床数 0: 無床診療所 (value_by_count; `歯科診療所` so too, the cell kept in 備考:
 *  value_by_count_noted); a count past the last band leaves it. With
 *  no count the value stays, and the row is told which count would make it which (value_needs_count). */
export function refineByCount(r: RowRepair, specs: NonNullable<Dataset["valueByCount"]>): void {
  for (const { key, values, count, bands, noted } of specs) {
    const written = r.record[key];
    const n = r.record[count];
    // `診療所（歯科）` and `診療所(歯科)` are one value
    if (typeof written !== "string" || !values.includes(plainWords(written))) continue;
    // a code a code table read (機関区分 `2`): the word it gave is what the officer is told of
    const cell = r.cells[key] === undefined || /^\s*\d+\s*$/.test(r.cells[key] ?? "") ? written : r.cells[key] ?? written;
    if (n === null || n === undefined) {
      // a legend's word (機関区分 `2` → 診療所) was taken without its not_in_vocabulary (applyLegends)
      const byLegend = r.context.legends?.[key]?.[(r.cells[key] ?? "").normalize("NFKC").trim()] === written;
      if (!byLegend && !r.issues.some((i) => i.field === key && i.code === "not_in_vocabulary")) continue;
      withdrawIssue(r, key, "not_in_vocabulary");
      const counted = columnJa(r.dataset, count);
      r.problem("value_needs_count", key, cell, `${counted}：${bandsText(bands)}`);
      continue;
    }
    const lawful = lawfulValue(n, bands);
    if (lawful === undefined) continue;
    r.record[key] = lawful;
    withdrawIssue(r, key, "not_in_vocabulary");
    // a 歯科診療所's 歯科 is kept in 備考 (keepUnread), as the value no longer says it
    r.problem(noted?.includes(plainWords(written)) ? "value_by_count_noted" : "value_by_count", key, cell, `${columnJa(r.dataset, count)} ${n} → ${lawful}`);
  }
}

/** The value the law gives a count (the first band it is within); undefined for a count that is no whole number ≥ 0. */
function lawfulValue(n: unknown, bands: ReadonlyArray<{ max: number; value: string }>): string | undefined {
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? bands.find((b) => n <= b.max)?.value : undefined;
}

/** 医療機関の種類 empty (or no such column) beside 病床数 450 or a name 〇〇病院: 病院 (kind_by_law), the name before the
 *  count; a count that is no whole number, or neither, leaves it empty. Said on the row, or once for a file without the
 *  column (column_filled). */
export function fillByLaw(r: RowRepair, specs: NonNullable<Dataset["valueWhenEmpty"]>): void {
  for (const spec of specs) {
    const { key, name, count, bands } = spec;
    if (r.record[key] !== null && r.record[key] !== undefined) continue;
    if (!isEmptyCell(r, r.cells[key], key)) continue;
    const named = name === undefined ? null : r.record[name.key];
    const n = r.record[count];
    const byCount = lawfulValue(n, bands);
    const [value, because] = typeof named === "string" && name !== undefined && name.pattern.test(named.trim())
      ? [name.value, `${columnJa(r.dataset, name.key)}「${named.trim()}」`]
      : byCount !== undefined ? [byCount, `${columnJa(r.dataset, count)} ${n}`]
      : [undefined, ""];
    if (value === undefined) {
      fillByListKind(r, spec);
      continue;
    }
    r.record[key] = value;
    if (r.cells[key] === undefined) r.filled("kind_by_law", key, value);
    else r.problem("kind_by_law", key, value, because);
  }
}

/** 医療機関の種類 empty in `歯科診療所一覧` (or of a row named `さくら歯科医院`) that neither the name nor 病床数 tells:
 *  the law's kind the list's title or the row's name says (歯科診療所), which the count would make the standard's, said
 *  with where it was read (kind_from_list_or_name); a name with the spec's `unless` (〇〇病院歯科) takes none. */
function fillByListKind(r: RowRepair, { key, name, count, bands, listKinds }: NonNullable<Dataset["valueWhenEmpty"]>[number]): void {
  if (listKinds === undefined) return;
  const nameKey = name?.key ?? "name";
  const named = typeof r.record[nameKey] === "string" ? (r.record[nameKey] as string).trim() : "";
  if (listKinds.unless.test(named)) return;
  const listed = r.context.listKind?.key === key ? r.context.listKind : undefined;
  const byName = listKinds.names.find((n) => n.pattern.test(named));
  const [value, because] = listed !== undefined ? [listed.value, listed.seen]
    : byName !== undefined ? [byName.value, `${columnJa(r.dataset, nameKey)}「${named}」`] : [undefined, ""];
  if (value === undefined) return;
  r.record[key] = value;
  r.problem("kind_from_list_or_name", key, value, `${because}｜${columnJa(r.dataset, count)}：${bandsText(bands)}`);
}

/** 医療機関の種類 `病院` as the file wrote it beside 病床数 10, or `有床診療所` beside 0: the kind and the count the law
 *  ties it to disagree, one of them wrong (kind_disagrees_with_count, both kept: which is wrong only the office knows).
 *  A kind the engine gave the row (by the count or the name) is not checked. */
export function checkKindByLaw(r: RowRepair, specs: NonNullable<Dataset["valueWhenEmpty"]>): void {
  for (const { key, count, bands } of specs) {
    const value = r.record[key];
    const n = r.record[count];
    const cell = r.cells[key];
    if (typeof value !== "string" || cell === undefined || plainWords(cell) !== value) continue;
    if (!bands.some((b) => b.value === value)) continue;
    const lawful = lawfulValue(n, bands);
    if (lawful === undefined || lawful === value) continue;
    r.problem("kind_disagrees_with_count", key, cell, `${columnJa(r.dataset, count)} ${n}：${bandsText(bands)}`);
  }
}

/** The bands as a reader reads them: `0なら無床診療所、1～19なら有床診療所`, and a last band with no end `20以上なら病院`. */
function bandsText(bands: ReadonlyArray<{ max: number; value: string }>): string {
  return bands.map((b, i) => {
    const min = i === 0 ? 0 : bands[i - 1].max + 1;
    return `${b.max === Number.POSITIVE_INFINITY ? `${min}以上` : min === b.max ? `${b.max}` : `${min}～${b.max}`}なら${b.value}`;
  }).join("、");
}

/** 種別 `消火栓` beside 公設・私設 `私設`: 私設消火栓 (value_qualified); a word that makes no standard value (公設) leaves
 *  it, and so does a value written with more than the standard's word (消火栓（地下式単口）), whose words would be lost. */
export function qualifyByColumn(r: RowRepair, specs: NonNullable<Dataset["qualifiedBy"]>): void {
  for (const { key } of specs) {
    const cell = r.cells[qualifierCellKey(key)];
    const value = r.record[key];
    if (cell === undefined || typeof value !== "string") continue;
    const type = r.dataset.columnByKey.get(key)?.type;
    const values = (type === undefined ? undefined : vocabularyOf(type)?.values) ?? [];
    const word = plainWords(cell);
    const qualified = `${word}${value}`;
    if (word === "" || !values.includes(value) || qualified === value || !values.includes(qualified)) continue;
    r.record[key] = qualified;
    r.problem("value_qualified", key, r.cells[key] ?? value, `${cell.trim()} → ${qualified}`);
  }
}

/** The file's column that qualifies each key (Dataset.qualifiedBy), by its position among the plan's columns: a column
 *  no header maps, headed as the dataset says. */
export function qualifierColumnsOf(dataset: Dataset, plan: { keys: readonly (string | null)[]; extraNames: readonly string[] }):
  Array<{ key: string; name: string }> {
  return (dataset.qualifiedBy ?? []).flatMap(({ key, headers }) => {
    const names = new Set(headers.map(plainWords));
    const at = plan.keys.findIndex((k, i) => k === null && names.has(plainWords(plan.extraNames[i] ?? "")));
    return at < 0 || !plan.keys.includes(key) ? [] : [{ key, name: plan.extraNames[at] }];
  });
}
