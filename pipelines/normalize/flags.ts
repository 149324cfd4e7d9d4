// Yes/no cells → booleans. The standard writes 有/無 (and 1/empty for 03's flags); everything else that clearly
// means yes or no is read with an info issue; anything else → null + `unparseable_flag` (warning) with the value.
import { type At, type Fixed, problem } from "./fixed.ts";
import { cleanCell } from "./text.ts";

const STANDARD: ReadonlyMap<string, boolean> = new Map([["有", true], ["無", false], ["1", true], ["0", false]]);

const READABLE: ReadonlyMap<string, boolean> = new Map([
  ...["有り", "あり", "ある", "○", "〇", "◯", "●", "◎", "true", "t", "yes", "y", "可", "対応", "対応可", "設置", "設置あり", "はい", "済"]
    .map((k) => [k, true] as const),
  ...["無し", "なし", "ない", "×", "✕", "✖", "x", "false", "f", "no", "n", "不可", "非対応", "未対応", "未設置", "設置なし", "いいえ", "未"]
    .map((k) => [k, false] as const),
]);

/** The value of a cell written as the standard writes it (有/無/1/0), else undefined (then it takes normalizeFlag). */
export const plainFlag = (raw: string): boolean | undefined => STANDARD.get(raw);

export function normalizeFlag(raw: string, at: At): Fixed<boolean | null> {
  const exact = plainFlag(raw);
  if (exact !== undefined) return { value: exact, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  const standard = STANDARD.get(clean.value);
  if (standard !== undefined) return { value: standard, issues };
  const key = clean.value.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  const value = STANDARD.get(key) ?? READABLE.get(key);
  if (value === undefined) return { value: null, issues: [...issues, problem("unparseable_flag", at, raw)] };
  return { value, issues: [...issues, problem("nonstandard_flag", at, raw)] };
}
