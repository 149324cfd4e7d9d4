// A column given at two levels whose outer level a file writes as its first word alone (Dataset.levels `bare`): a
// 文化財 list's 区分 (or 指定区分) of 国 / 都 / 区 beside 種別 names who designated each property, and only 種別 says how
// (登録有形文化財; 重要文化財 is a designation). Told by the head's values: every filled cell is such a word or a whole
// designation (国指定), one at least a bare word. The column is then the two joined (two-levels.ts joinLevels), as a file
// giving it over 指定区分 | 種別 | 種類 is: the outer column stays in extra, the other keeps its own column. Left as it
// is without a column of the other level, which alone could say the act.
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { headValuesOf } from "./column-by-values.ts";
import { normalizeHeader } from "./header-match.ts";
import type { ColumnPlan, MappedHeader } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { isBareOuter } from "./two-levels.ts";

/** At most this many of the values are named in the issue. */
const SHOWN = 3;

/** The outer level's column of the plan: the key's own (指定区分), else an unmapped one of a header too generic to name
 *  it alone (区分, Column.valueAliases); -1 when none. */
function outerColumnOf(dataset: Dataset, plan: ColumnPlan, key: string): number {
  const own = plan.keys.indexOf(key);
  if (own >= 0) return own;
  const generic = new Set((dataset.columnByKey.get(key)?.valueAliases?.headers ?? []).map(normalizeHeader));
  return plan.keys.findIndex((k, at) => k === null && generic.has(normalizeHeader(plan.sourceHeaders[at] ?? "")));
}

/**
 * The plan and header with a column of bare outer words (国, 都 …) joined with the column of the other level into the
 * key (a "levels" derived column), and the issue that says so; a file already joined over two levels (指定区分 | 種別
 * beside 種類) is only said to have bare words. The same plan when the file has none.
 */
export function withBareLevels(dataset: Dataset, plan: ColumnPlan, header: MappedHeader["header"], rows: ReadonlyArray<readonly string[]>):
  MappedHeader & { issues: Issue[] } {
  const spec = dataset.levels;
  const bare = spec?.bare;
  const unchanged = { plan, header, issues: [] };
  if (spec === undefined || bare === undefined) return unchanged;
  const fits = (text: string) => isBareOuter(text, bare) || spec.outer.some((word) => text.startsWith(word));
  /** the bare words of column `at`'s head values, when all its values fit */
  const bareWordsAt = (at: number) => (headValuesOf(plan, rows, at, fits) ?? []).filter((v) => isBareOuter(v, bare));
  const said = (outer: number, inner: number, words: readonly string[]) => issue("levels_outer_bare", {
    field: plan.sourceHeaders[outer].trim(), detail: plan.sourceHeaders[inner].trim(),
    value: `${columnJa(dataset, spec.key)}（${words.slice(0, SHOWN).join("、")}${words.length > SHOWN ? "…" : ""}）` });
  const joined = plan.derived.find((c) => c.key === spec.key);
  if (joined !== undefined) {
    if (joined.how !== "levels") return unchanged;
    const [first, second] = joined.parts;
    const atFirst = bareWordsAt(first);
    const words = atFirst.length > 0 ? atFirst : bareWordsAt(second);
    if (words.length === 0) return unchanged;
    return { plan, header, issues: [atFirst.length > 0 ? said(first, second, words) : said(second, first, words)] };
  }
  const outer = outerColumnOf(dataset, plan, spec.key);
  const inner = plan.keys.findIndex((k) => k !== null && k !== spec.key && spec.from.includes(k));
  if (outer < 0 || inner < 0) return unchanged;
  const words = bareWordsAt(outer);
  if (words.length === 0) return unchanged;
  return {
    plan: { ...plan, keys: plan.keys.map((k, at) => (at === outer ? null : k)), absentRequired: plan.absentRequired.filter((c) => c.key !== spec.key),
      derived: [...plan.derived, { key: spec.key, parts: outer < inner ? [outer, inner] : [inner, outer], how: "levels", names: [...spec.outer], bare }] },
    header: header.map((h, at) => (at === outer ? { ...h, field: null, method: "none" } : h)),
    issues: [said(outer, inner, words)],
  };
}
