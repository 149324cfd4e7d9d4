// A number an office gives (食品営業許可の許可番号: `第6421号`, `31中保衛生第123号`), kept as text as written. A cell of
// words with no number in them (`届出`, `届出済`, `届出のため番号なし`: a notification, which is given none) is no such
// number: not published as one, the cell kept in 備考 (kept-cells.ts), named (number_is_words).
import { added, type At, type Fixed, problem } from "./fixed.ts";
import { normalizeText, plainText, saysNone } from "./text.ts";

/** A digit of any width, or a kanji numeral (`第六四二一号`). */
const NUMERAL = /[0-9０-９〇一二三四五六七八九十百千]/;

/** The value of a cell no repair would change (a plain text with a numeral in it), or undefined. */
export function plainIssuedNumber(raw: string): string | undefined {
  const plain = plainText(raw);
  return plain !== undefined && NUMERAL.test(plain) ? plain : undefined;
}

export function normalizeIssuedNumber(raw: string, at: At): Fixed<string | null> {
  const text = normalizeText(raw, at);
  if (text.value === null || NUMERAL.test(text.value)) return text;
  // なし, 不明: no number, and nothing more to keep
  const code = saysNone(text.value) ? "placeholder_value" : "number_is_words";
  return { value: null, issues: added(text.issues, problem(code, at, raw)) };
}
