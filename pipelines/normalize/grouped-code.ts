// A code printed in its groups of digits with commas between them, as the 厚生局's registers print 医療機関コード
// (`01,1234,5`): the commas are the code's own layout (schemas/types.ts CodeShape.groups), not a list of values.
import type { CodeShape } from "../../schemas/types.ts";

const COMMAS = /\s*[,、]\s*/;
const DIGITS = /^\d+$/;

/** The digits of a cell (half-width) written in the shape's groups with commas between (`01,1234,5`, and with the
 *  prefectureDigits before them: `13,1,01,1234,5` or `131,01,1234,5`), else null: only the shape's own groups, so
 *  `0112345,0112346` (two codes) or `01,12345` is none. */
export function commaGroupedCode(half: string, shape: CodeShape): string | null {
  const groups = shape.groups;
  if (groups === undefined || !COMMAS.test(half)) return null;
  const parts = half.trim().split(COMMAS);
  if (parts.length < groups.length || !parts.every((p) => DIGITS.test(p))) return null;
  const tail = parts.slice(parts.length - groups.length);
  if (tail.some((p, k) => p.length !== groups[k])) return null;
  const head = parts.slice(0, parts.length - groups.length).join("");
  if (head !== "" && head.length !== (shape.prefectureDigits ?? 0)) return null;
  return head + tail.join("");
}
