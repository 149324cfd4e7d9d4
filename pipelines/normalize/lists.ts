// Multi-valued cells: items separated by `;` (the standard), full-width `；` or line breaks → string[].
import { type At, type Fixed } from "./fixed.ts";
import { normalizeText } from "./text.ts";

/** Items trimmed and empty ones dropped; null when no item is left. `；` shows up as `full_width_converted`. */
export function normalizeList(raw: string, at: At): Fixed<string[] | null> {
  const text = normalizeText(raw, at);
  if (text.value === null) return { value: null, issues: text.issues };
  const items = text.value.split(/[;\n]/).map((item) => item.trim()).filter((item) => item !== "");
  return { value: items.length === 0 ? null : items, issues: text.issues };
}
