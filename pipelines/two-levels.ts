// A column a file gives at two levels over two columns (Dataset.levels): 指定区分 | 種別 (国指定 | 有形文化財) beside
// 種類, or 指定区分 | 文化財分類. Both headers name the column (or one names it and the other a column of the row the
// file gives again: 種別 beside 種類), so one would lose as a duplicate and its words go to extra: 国指定, the most
// important fact, or the 無形 that lifts the address requirement. The value is the two joined (国指定有形文化財), the
// form a 文化財分類 cell takes when written in one column (府中市: 国指定天然記念物).
import type { BareOuter, Dataset } from "../schemas/dataset.ts";
import type { HeaderMatch } from "./header-match.ts";
import { plainWords } from "./normalize/text.ts";

/** The two columns of one column's levels, in file order, or null when the file does not give it at two levels: the
 *  column's own header (its owner) and a second header of it or of one of `from` that lost its column (a duplicate,
 *  no qualified or fuzzy match). */
export function twoLevelsOf(dataset: Pick<Dataset, "levels">, matches: readonly (HeaderMatch | null)[], owner: ReadonlyMap<string, number>,
  hidden: ReadonlySet<number>): { key: string; parts: [number, number] } | null {
  const spec = dataset.levels;
  if (spec === undefined) return null;
  const own = owner.get(spec.key);
  if (own === undefined || hidden.has(own)) return null;
  const second = matches.findIndex((m, i) => m !== null && i !== own && !hidden.has(i) && spec.from.includes(m.key) && owner.get(m.key) !== i
    && !m.qualified && m.method !== "fuzzy" && m.yielding === undefined);
  if (second < 0) return null;
  return { key: spec.key, parts: own < second ? [own, second] : [second, own] };
}

/** The words of a value as the levels compare them: no spaces (国指定　特別史跡, 国 ). */
const unspaced = (v: string) => v.replace(/[\s\u3000]/g, "");

/** Whether a value is the outer level's first word alone (国: who designated, not how). */
export const isBareOuter = (value: string, bare: BareOuter): boolean => bare.words.includes(plainWords(value));

/**
 * The two levels of one row as one value: the outer (a bare designation: 国指定) before the inner (有形文化財) →
 * 国指定有形文化財; an inner that already says its designation (国指定有形文化財 under 国指定) or holds the other whole
 * stands alone; two values neither of which is a bare designation are both kept, `;` between (nothing is lost). An
 * outer written as its first word alone (国, `bare`) takes the act the inner starts with (国 + 登録有形文化財 →
 * 国登録有形文化財), else the first act (国 + 重要文化財 → 国指定重要文化財; 国 alone → 国指定).
 */
export function joinLevels(first: string, second: string, outer: readonly string[], bare?: BareOuter): string {
  const a = first.trim();
  const b = second.trim();
  if (bare !== undefined && (isBareOuter(a, bare) || isBareOuter(b, bare))) {
    const [word, inner] = isBareOuter(a, bare) ? [plainWords(a), b] : [plainWords(b), a];
    if (bare.acts.some((act) => inner.startsWith(act))) return `${word}${inner}`;
    return joinLevels(`${word}${bare.acts[0]}`, inner, outer);
  }
  if (a === "" || b === "") return a === "" ? b : a;
  if (a.includes(b)) return a;
  if (b.includes(a)) return b;
  const designation = (v: string) => outer.includes(unspaced(v));
  const [o, i] = designation(a) || !designation(b) ? [a, b] : [b, a];
  if (!designation(o)) return `${a};${b}`;
  const said = outer.find((word) => i.startsWith(word));
  return said === undefined ? `${unspaced(o)}${i}` : `${o};${i}`;
}
