// A 内線番号 cell: the extension's digits (`00000` in the standard). Files often repeat the column's name before them
// (`内線1234`, `内線 205`, `（内線）1234`, `内線番号：12`, `ext.12`): that label is taken off, said as info. What follows
// the digits stays as written (`3456・3457`: two extensions), as does a cell of other words. A cell that says there is
// none (`なし`, `内線なし`, as 伊東市's tourism list writes its 連絡先内線番号) is no extension: empty, said as a
// placeholder is.
import { type At, added, type Fixed, problem, problemAt } from "./fixed.ts";
import { EXTENSION_WORD } from "./phone-shape.ts";
import { normalizeText, plainText, saysNone } from "./text.ts";

/** The label of an extension, in brackets of either width or not, with a colon or a space after it. */
const LABEL_TEXT = `^[(（[［【]?\\s*${EXTENSION_WORD}\\s*[)）\\]］】]?\\s*[:：.．]?\\s*`;
/** The label before an extension's digits. */
const LABEL = new RegExp(`${LABEL_TEXT}(?=\\d)`, "i");
/** The label before anything. */
const ANY_LABEL = new RegExp(LABEL_TEXT, "i");

/** Whether a cell only says that there is no extension, with the label or without it (`なし`, `内線なし`, `内線：無`). */
const saysNoExtension = (text: string): boolean => saysNone(text) || saysNone(text.replace(ANY_LABEL, ""));

/** The value of an extension cell no repair would change (a plain text without a label), or undefined. */
export function plainExtension(raw: string): string | undefined {
  const plain = plainText(raw);
  return plain === undefined || LABEL.test(plain) || saysNoExtension(plain) ? undefined : plain;
}

export function normalizeExtension(raw: string, at: At): Fixed<string | null> {
  const text = normalizeText(raw, at);
  if (text.value === null) return text;
  if (saysNoExtension(text.value)) return { value: null, issues: added(text.issues, problem("placeholder_value", at, raw)) };
  const label = LABEL.exec(text.value);
  if (label === null) return text;
  const value = text.value.slice(label[0].length);
  return { value, issues: added(text.issues, problemAt("extension_label_removed", at.row, at.field, at.onlyCounts, raw, value)) };
}
