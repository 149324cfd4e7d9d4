// A 内線番号 cell: the extension's digits (`00000` in the standard). Files often repeat the column's name before them
// (`内線1234`, `内線 205`, `（内線）1234`, `内線番号：12`, `ext.12`): that label is taken off, said as info. What follows
// the digits stays as written (`3456・3457`: two extensions), as does a cell that has no digits after its label.
import { type At, added, type Fixed, problemAt } from "./fixed.ts";
import { EXTENSION_WORD } from "./phone-shape.ts";
import { normalizeText, plainText } from "./text.ts";

/** The label before an extension's digits, in brackets of either width or not, with a colon or a space after it. */
const LABEL = new RegExp(`^[(（[［【]?\\s*${EXTENSION_WORD}\\s*[)）\\]］】]?\\s*[:：.．]?\\s*(?=\\d)`, "i");

/** The value of an extension cell no repair would change (a plain text without a label), or undefined. */
export function plainExtension(raw: string): string | undefined {
  const plain = plainText(raw);
  return plain === undefined || LABEL.test(plain) ? undefined : plain;
}

export function normalizeExtension(raw: string, at: At): Fixed<string | null> {
  const text = normalizeText(raw, at);
  if (text.value === null) return text;
  const label = LABEL.exec(text.value);
  if (label === null) return text;
  const value = text.value.slice(label[0].length);
  return { value, issues: added(text.issues, problemAt("extension_label_removed", at.row, at.field, at.onlyCounts, raw, value)) };
}
