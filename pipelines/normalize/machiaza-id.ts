// 町字ID, the Address Base Registry's number of a 町字: the 大字・町 (4 digits, from 0001) and the 丁目・小字 (3 digits,
// 000 when none), 7 digits as the hub publishes it. The standard's own example writes it hyphenated (`0008-001`), which
// is read as it is meant, said as info; a cell Excel saved as a number lost its leading zeros (`15000` for 0015000,
// `8001` for 0008001): a number of 4 to 6 digits can only be a 町字ID so (the smallest, 0001000, is 1000), and gets
// them back, warned. Any other cell (3 digits or fewer, 8 or more, letters, other groups) is no 町字ID: an error that
// says where to look it up, the cell kept in 備考 (kept-cells.ts).
import { WRITTEN_AS_NUMBER } from "../../schemas/local-government-code.ts";
import { MACHIAZA_ID } from "../../schemas/types.ts";
import { type At, added, type Fixed, problem, problemAt } from "./fixed.ts";
import { cleanCell, saysNone, toHalfWidthAscii } from "./text.ts";

/** The value of a cell already in the published form (nothing to repair), else undefined. */
export const plainMachiazaId = (raw: string): string | undefined => (MACHIAZA_ID.test(raw) ? raw : undefined);

/** `0008-001` with any dash and spaces around it: the 大字・町 and the 丁目・小字, as the standard's example writes them. */
const HYPHENATED = /^(\d{4})\s*[‐‑‒–—―−ーｰ－-]\s*(\d{3})$/;
/** A 町字ID saved as a number: its leading zeros gone, 4 to 6 digits left. */
const ZEROS_LOST = /^[1-9]\d{3,5}$/;

export function normalizeMachiazaId(raw: string, at: At): Fixed<string | null> {
  if (MACHIAZA_ID.test(raw)) return { value: raw, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  let issues = clean.issues;
  const half = toHalfWidthAscii(clean.value);
  if (half !== clean.value) issues = added(issues, problem("full_width_converted", at, raw));
  if (MACHIAZA_ID.test(half)) return { value: half, issues };
  const hyphenated = HYPHENATED.exec(half);
  if (hyphenated !== null) return { value: hyphenated[1] + hyphenated[2], issues: added(issues, problem("machiaza_id_hyphenated", at, raw)) };
  // a number Excel saved as such (15000.0)
  const asNumber = /^\d+\.0+$/.test(half);
  const digits = asNumber ? half.replace(WRITTEN_AS_NUMBER, "") : half;
  if (asNumber) issues = added(issues, problem("fixed_code_as_number", at, raw));
  if (MACHIAZA_ID.test(digits)) return { value: digits, issues };
  if (ZEROS_LOST.test(digits)) {
    const id = digits.padStart(7, "0");
    return { value: id, issues: added(issues, problemAt("lost_leading_zero", at.row, at.field, at.onlyCounts, raw, id)) };
  }
  // `なし`, `該当なし`: no 町字ID, an empty cell
  if (saysNone(clean.value)) return { value: null, issues: added(issues, problem("placeholder_value", at, raw)) };
  return { value: null, issues: added(issues, problem("unparseable_machiaza_id", at, raw)) };
}
