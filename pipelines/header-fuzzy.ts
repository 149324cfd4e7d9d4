// Fuzzy header matching: a misspelt header (`緯土`, `電話番合`) taken for the one standard header it is clearly closest
// to, by character bigrams; and the prefix a whole header row may share (`ごみの分別方法_品目` …).
import type { Dataset } from "../schemas/dataset.ts";
import { type HeaderMatch, lookupOf, normalizeHeader } from "./header-match.ts";

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

const FUZZY_MIN = 0.8;
const FUZZY_MARGIN = 0.1;
const digitsOf = (s: string) => s.replace(/\D/g, "");
/**
 * Whether one header is the other with a word more (`バリアフリー` / `バリアフリー情報`, `男性トイレ` / `男性トイレ総数`):
 * bigram similarity is high for such pairs, but the missing word (情報, 有無, 数) makes them name different things, and
 * the values show it (a ○/× column read as a list of features: ["○"]). A misspelling differs by a character
 * (`利用可能日時特記事`). Fuzzy matching looks at the header only, before any row is read, so this rule stands in for
 * a check of the column's values against the target's type.
 */
const lacksAWord = (a: string, b: string) => Math.abs(a.length - b.length) > 1 && (a.includes(b) || b.includes(a));

/** Headers this long or longer may be misspelt by one character (`所在地_連結標記` for 所在地_連結表記: 標記 and 表記 are
 *  both ひょうき, the IME's other choice) and still be told: bigrams score such a header under FUZZY_MIN when it is short
 *  (one character changed is two bigrams of seven). Shorter ones (`開館時間` / `開始時間`) name other things so. */
const ONE_OFF_MIN = 6;
/** Whether two headers of the same length differ in exactly one character. */
function oneCharOff(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < ONE_OFF_MIN) return false;
  let diff = 0;
  for (let i = 0; i < a.length && diff < 2; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

/** The one standard header a misspelt header is close to, if it is clearly closer to it than to any other. */
export function fuzzyMatch(cell: string, dataset: Dataset, taken: ReadonlySet<string>): HeaderMatch | null {
  const n = normalizeHeader(cell);
  if (n.length < 3) return null;
  let best: { key: string; score: number } | null = null;
  let second = 0;
  for (const [text, key] of lookupOf(dataset).normalized) {
    if (key === null || digitsOf(text) !== digitsOf(n) || lacksAWord(n, text)) continue;
    // one character off a header of the column is as close as a header gets short of being it
    const score = oneCharOff(n, text) ? Math.max(FUZZY_MIN, similarity(n, text)) : similarity(n, text);
    if (best && key === best.key) best.score = Math.max(best.score, score);
    else if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { key, score };
    } else second = Math.max(second, score);
  }
  if (!best || best.score < FUZZY_MIN || best.score - second < FUZZY_MARGIN || taken.has(best.key)) return null;
  // a header the column's values decide (Column.valueAliases: 避難場所, the sites' names or a column of ○ / ×) is not
  // that column by its likeness to one of its headers (避難場所名): the values say (column-by-values.ts)
  const byValues = dataset.columnByKey.get(best.key)?.valueAliases?.headers;
  if (byValues?.some((h) => normalizeHeader(h) === n)) return null;
  return { key: best.key, method: "fuzzy" };
}

/** A prefix most header cells share (`ごみの分別方法_品目` …), stripped before matching when it is in the way. */
export function commonPrefix(cells: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cells) {
    const m = /^(.{2,}?)[_＿]/.exec(c.trim());
    if (m) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const filled = cells.filter((c) => c.trim() !== "").length;
  for (const [prefix, n] of counts) if (n >= 3 && n >= filled / 2) return prefix;
  return null;
}
