// A text column's standard value written with words in brackets (文化財 種類 `有形文化財（建造物）`, the class the kind is
// of before it, as Tokyo's lists write 種別; `建造物（附 棟札）`, a note after it): the value read, so that apps filter on
// the standard's kinds, the cell kept in 備考 (vocabulary_in_brackets). Any other text is the column's as written.
import type { At, Fixed } from "./fixed.ts";
import { problemAt } from "./fixed.ts";
import { normalizeText, plainText } from "./text.ts";

/** Words with words in brackets after them (NFKC): 有形文化財 and 建造物 of `有形文化財(建造物)`. */
const WORDS_AND_BRACKETED = /^([^()]+?)\s*\(([^()]+)\)$/u;

/** The one standard value a text names in brackets or before a bracketed note; undefined when none or both do. */
function valueNamed(text: string, values: readonly string[]): string | undefined {
  const m = WORDS_AND_BRACKETED.exec(text.normalize("NFKC").trim());
  if (m === null) return undefined;
  const named = [m[1], m[2]].map((part) => part.replace(/\s/g, "")).filter((part) => values.includes(part));
  return named.length === 1 ? named[0] : undefined;
}

export function normalizeBracketedValue(values: readonly string[]): (raw: string, at: At) => Fixed<string | null> {
  return (raw, at) => {
    const text = normalizeText(raw, at);
    const value = text.value === null ? undefined : valueNamed(text.value, values);
    if (value === undefined) return text;
    return { value, issues: [...text.issues, problemAt("vocabulary_in_brackets", at.row, at.field, at.onlyCounts, raw, value)] };
  };
}

/** A cell with no bracket is plain text as any text column's (the common case: no work). */
export const plainBracketedValue = (raw: string): string | undefined => (/[(（]/u.test(raw) ? undefined : plainText(raw));
