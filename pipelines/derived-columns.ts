// Standard columns a file does not have but gives through its own columns. A sum: a range split finer than the
// standard's (85～89歳, 90～94歳, 95～99歳, 100歳以上 of men → 85歳以上の男性; single years 0歳 … 4歳 → 0-4歳), and a
// total whose parts are all there (総人口 = 男性 + 女性, 男性 = its age bands). Marks: one ○ column per value of a
// text column (訪問介護 ○, 通所介護 ○ → 実施サービス 訪問介護、通所介護). The parts stay in the record's extra (or their
// own columns); what was derived is said once for the file.
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { normalizeCount } from "./normalize/numbers.ts";
import { yesNoOf } from "./normalize/yes-no.ts";

export interface DerivedColumn {
  key: string;
  /** positions of the parts in the row as derived: the file's columns, then the derived ones before this (width + k) */
  parts: number[];
  /** "sum": of the parts' counts; "marks": the names of the parts marked on the row */
  how: "sum" | "marks";
  /** for "marks", each part's name (its header) */
  names?: string[];
}

/** A range read from a header: `85～89歳の男性` → 85, 89, male; `100歳以上_女` → 100, null, female; `3歳男` → 3, 3. */
interface HeaderBand {
  from: number;
  to: number | null;
  group: string;
}

/** `85～89歳`, `85歳～89歳`, `85-89`, `100歳以上`, `100歳~`, `3歳` (NFKC text: ～ is ~ then). */
const RANGE = /(\d{1,3})\s*歳?\s*[~〜\-‐―－ー]\s*(\d{1,3})\s*歳?|(\d{1,3})\s*歳?\s*(?:以上|[~〜]\s*$)|(\d{1,3})\s*歳/;
/** What may stand between the range and the group's word: `の`, `_`, brackets, spaces. */
const JOINER = /[\s_・の()（）[\]【】「」]/g;

function bandOfHeader(header: string, groups: Dataset["bands"] & object): HeaderBand | null {
  const text = header.normalize("NFKC").trim();
  const m = RANGE.exec(text);
  if (m === null) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(JOINER, "");
  const group = Object.entries(groups.groups).find(([, words]) => words.includes(rest))?.[0];
  if (group === undefined) return null;
  if (m[1] !== undefined) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    return from <= to ? { from, to, group } : null;
  }
  if (m[3] !== undefined) return { from: Number(m[3]), to: null, group };
  const year = Number(m[4]);
  return { from: year, to: year, group };
}

/** The file's columns that tile the range from…to of `group` exactly, in order; null when they do not. */
function tiling(bands: ReadonlyArray<HeaderBand & { at: number }>, group: string, from: number, to: number | null): number[] | null {
  const inside = bands.filter((b) => b.group === group && b.from >= from && (to === null || (b.to !== null && b.to <= to)))
    .sort((a, b) => a.from - b.from);
  let next = from;
  const parts: number[] = [];
  for (const b of inside) {
    if (b.from !== next) return null;
    parts.push(b.at);
    if (b.to === null) return to === null ? parts : null;
    next = b.to + 1;
  }
  return to !== null && next === to + 1 && parts.length > 0 ? parts : null;
}

/** What the file's columns give of the standard columns it lacks, and the file-level issue for each. */
export function derivedColumns(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "sourceHeaders">): { columns: DerivedColumn[]; issues: Issue[] } {
  const columns: DerivedColumn[] = [];
  const issues: Issue[] = [];
  const width = plan.keys.length;
  /** where each key's value is in the row as derived */
  const at = new Map<string, number>();
  plan.keys.forEach((key, i) => { if (key !== null && !at.has(key)) at.set(key, i); });
  const names = (parts: readonly number[]) => parts.map((p) => (p < width ? plan.sourceHeaders[p].trim() : dataset.columnByKey.get(columns[p - width].key)?.ja ?? "")).join(" + ");
  const add = (key: string, parts: number[]) => {
    at.set(key, width + columns.length);
    issues.push(issue("columns_summed", { field: key, value: names(parts) }));
    columns.push({ key, parts, how: "sum" });
  };
  if (dataset.bands !== undefined) {
    const bands = dataset.bands;
    const found = plan.keys.flatMap((key, i) => {
      const band = key === null ? bandOfHeader(plan.sourceHeaders[i] ?? "", bands) : null;
      return band === null ? [] : [{ ...band, at: i }];
    });
    if (found.length > 0) {
      for (const c of bands.columns) {
        if (at.has(c.key)) continue;
        const parts = tiling(found, c.group, c.from, c.to);
        if (parts !== null) add(c.key, parts);
      }
    }
  }
  for (const { total, parts } of dataset.sums ?? []) {
    if (at.has(total) || !parts.every((p) => at.has(p))) continue;
    add(total, parts.map((p) => at.get(p) as number));
  }
  for (const { key, values } of dataset.markLists ?? []) {
    if (at.has(key)) continue;
    const known = new Set(values.map(markName));
    const parts = plan.keys.flatMap((k, i) => (k === null && known.has(markName(plan.sourceHeaders[i] ?? "")) ? [i] : []));
    // two such columns at least: one alone is a yes/no column of its own
    if (parts.length < 2) continue;
    const partNames = parts.map((p) => plan.sourceHeaders[p].trim());
    at.set(key, width + columns.length);
    issues.push(issue("columns_listed", { field: key, value: partNames.join("、") }));
    columns.push({ key, parts, how: "marks", names: partNames });
  }
  return { columns, issues };
}

/** A value's name as a header may write it: NFKC, no spaces, no trailing 有無/の有無. */
const markName = (text: string) => text.normalize("NFKC").replace(/\s/g, "").replace(/\([^)]*\)$/, "").replace(/(?:の有無|有無)$/, "");

/** A cell that marks its column: a yes word (○, 有, 1, 実施) or a positive figure (a capacity, 25); a dash, a no, or
 *  other words (休止中) do not. */
function marks(cell: string): boolean {
  const yes = yesNoOf(cell);
  if (yes !== undefined) return yes;
  return /^[1-9]\d*$/.test(cell.normalize("NFKC").replace(/[,\s]/g, ""));
}

/** The names of the parts marked on the row. */
function marked(values: readonly string[], parts: readonly number[], names: readonly string[]): string {
  const out: string[] = [];
  parts.forEach((p, k) => {
    if (marks(values[p] ?? "")) out.push(names[k]);
  });
  return out.join("、");
}

/** The row with each derived value after its cells (as text the column's normalizer reads), and the issues of sum
 *  parts that are no count (a sum of them would be wrong: it is left empty). Empty parts count 0 when another part
 *  has a figure. */
export function withDerived(cells: readonly string[], width: number, columns: readonly DerivedColumn[], row: number): { values: string[]; issues: Issue[] } {
  const values = cells.slice(0, width);
  values.length = width;
  const issues: Issue[] = [];
  for (const { key, parts, how, names } of columns) {
    if (how === "marks") {
      values.push(marked(values, parts, names ?? []));
      continue;
    }
    let sum = 0;
    let seen = false;
    let unread: string | null = null;
    for (const p of parts) {
      const raw = values[p] ?? "";
      if (raw.trim() === "") continue;
      const n = normalizeCount(raw, { row, field: key }).value;
      if (n === null) {
        unread = raw.trim();
        break;
      }
      sum += n;
      seen = true;
    }
    if (unread !== null) issues.push(issue("sum_part_unreadable", { row, field: key, value: unread }));
    values.push(unread === null && seen ? String(sum) : "");
  }
  return { values, issues };
}
