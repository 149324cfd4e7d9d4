// A name given over two columns, a place and its numbered part (町名 | 丁目: 阿佐谷北 | 1), the place written on the
// first row of its parts only (Dataset.subdivision). The record's name is the two joined (阿佐谷北1丁目); a blank place
// under its first row is the place above (fill-down.ts), each said.
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { plainWords } from "./normalize/text.ts";
import type { HeaderMapping } from "./report.ts";
import { isBlankCell, isBlankRow, isNoteRow } from "./rows.ts";

export interface SubdividedName {
  key: string;
  /** the place's column (the file's column of `key`) and the part's */
  column: number;
  part: number;
  unit: string;
}

/** The file's place and part columns, when it has both: the part's column is no column of the standard. */
export function subdividedNameOf(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "sourceHeaders">): SubdividedName | null {
  const spec = dataset.subdivision;
  if (spec === undefined) return null;
  const column = plan.keys.indexOf(spec.key);
  if (column < 0) return null;
  const headers = new Set(spec.headers.map(plainWords));
  const part = plan.keys.findIndex((k, i) => k === null && headers.has(plainWords(plan.sourceHeaders[i] ?? "")));
  return part < 0 ? null : { key: spec.key, column, part, unit: spec.unit };
}

/** A part that says the place has none: a dash, 0 or 00 (a code export's), なし, 全域 (NFKC text). */
const NO_PART = /^(?:[-‐―−ー]|0+|なし|無し|丁目なし|全域|全部)$/;
/** A numbered part as written: 1丁目, 一丁目, 3丁目の一部 is not (a note, kept out of the name). */
const NUMBERED_PART = /^(?:[0-9]+|[一二三四五六七八九十]+)\s*丁目?$/;

/** A part written as a number alone, in digits or kanji (1, １, 01, 一, 十二). */
const NUMBER_ONLY = /^(?:[0-9]+|[一二三四五六七八九十]+)$/;

/** The place and its part as one name: 阿佐谷北 + 1 → 阿佐谷北1丁目, + 一 → 阿佐谷北一丁目, + 1丁目 → 阿佐谷北1丁目 (the
 *  number kept as written, leading zeros aside). No part: the place alone. */
export function joinSubdivided(place: string, part: string, unit: string): string {
  const p = part.trim().normalize("NFKC");
  if (p === "" || NO_PART.test(p)) return place;
  // a part that is neither a number, a numbered part (1丁目) nor a 字, nor a word standing for none: not joined
  if (!NUMBER_ONLY.test(p) && !NUMBERED_PART.test(p) && !/^大?字/.test(p)) return place;
  const numbered = NUMBER_ONLY.test(p) ? `${/^[0-9]+$/.test(p) ? String(Number(p)) : p}${unit}` : p;
  const name = place.trim();
  // a place cell that already ends with its part (阿佐谷北1丁目 | 1丁目) is not doubled
  return name.endsWith(numbered) ? name : `${name}${numbered}`;
}

/** A part written with its unit (1丁目, 一丁目, ３丁目: NFKC text). */
const withUnit = (unit: string) => new RegExp(`^(?:[0-9]+|[一二三四五六七八九十]+)\\s*${unit}$`);

/** Whether the filled cells of column `at` in the rows are parts of a place (1丁目, 2丁目, a dash or なし for none),
 *  one of them at least written with its unit: numbers alone under no header could be any count. */
function holdsParts(rows: ReadonlyArray<readonly string[]>, at: number, unit: string): boolean {
  const numbered = withUnit(unit);
  let withItsUnit = 0;
  for (const cells of rows) {
    if (isBlankRow(cells) || isNoteRow(cells) || isBlankCell(cells[at] ?? "")) continue;
    const part = (cells[at] ?? "").normalize("NFKC").trim();
    if (numbered.test(part)) withItsUnit++;
    else if (!NO_PART.test(part)) return false;
  }
  return withItsUnit > 0;
}

/**
 * The plan with a place's part read from the column right of the place's when its header is blank and its cells are
 * parts (町丁名 written over 上石神井 | 1丁目, merged across two columns, or its second cell left blank): the name is
 * the two joined, as under 町名 | 丁目. The same plan when the file has no such column.
 */
export function withNamePartByValues(dataset: Dataset, plan: ColumnPlan, header: HeaderMapping[], rows: ReadonlyArray<readonly string[]>):
  { plan: ColumnPlan; header: HeaderMapping[]; issues: Issue[] } {
  const spec = dataset.subdivision;
  const unchanged = { plan, header, issues: [] as Issue[] };
  if (spec === undefined || plan.derived.some((c) => c.key === spec.key)) return unchanged;
  const column = plan.keys.indexOf(spec.key);
  const part = column + 1;
  if (column < 0 || part >= plan.keys.length || plan.keys[part] !== null || (plan.sourceHeaders[part] ?? "").trim() !== "") return unchanged;
  if (!holdsParts(rows, part, spec.unit)) return unchanged;
  const place = plan.sourceHeaders[column].trim();
  return {
    plan: { ...plan, blankColumns: plan.blankColumns.filter((n) => n !== part + 1),
      derived: [...plan.derived, { key: spec.key, parts: [column, part], how: "subdivided", names: [spec.unit] }] },
    header,
    issues: [issue("name_over_two_columns", { field: spec.key, value: `${place} + ${plan.extraNames[part]}` })],
  };
}
