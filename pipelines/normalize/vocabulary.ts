// Text the standard says is one of a few values (医療機関の種類: 病院/有床診療所/無床診療所): compared in NFKC without
// spaces, a value written another way (全角 brackets, spaces) becomes the listed one; any other value is kept with a
// warning that names the choices.
import type { At, Fixed } from "./fixed.ts";
import { problem } from "./fixed.ts";
import { normalizeText } from "./text.ts";

const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** The cell when it is one of `values` exactly (the common case: no work), else undefined. */
export function vocabularyPlain(values: readonly string[]): (raw: string) => string | undefined {
  const exact = new Set(values);
  return (raw) => (exact.has(raw) ? raw : undefined);
}

export function vocabularyChecker(values: readonly string[]): (raw: string, at: At) => Fixed<string | null> {
  const byKey = new Map(values.map((v) => [key(v), v]));
  const choices = values.join("／");
  return (raw, at) => {
    const text = normalizeText(raw, at);
    if (text.value === null) return text;
    const listed = byKey.get(key(text.value));
    if (listed === undefined) return { value: text.value, issues: [...text.issues, problem("not_in_vocabulary", at, `${raw}（選択肢：${choices}）`)] };
    return listed === text.value ? text : { value: listed, issues: [...text.issues, problem("vocabulary_reworded", at, raw)] };
  };
}
