// 高度の値 as the standard writes it: a floor (ground = 1, B1 = -1, a mezzanine 1.5) or metres, in half-width digits.
// Lists write floors as people say them: 1階, 2F, B1, 地下1階, 中2階, M2F; metres as 5m, or about so (約45m). Each becomes
// the digits.
import { type At, type Fixed, problem } from "./fixed.ts";
import { cleanCell, plainWords } from "./text.ts";

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const FLOOR = /^(地下|B|b)?(中|M|m)?(\d{1,3})(?:階|F|f)?$/;
const METRES = /^(\d+(?:\.\d+)?)\s*(?:m|ｍ|メートル)$/;
/** A height said as approximate: 約45m, 約45, およそ45メートル, 45m程度, 45m前後 (metres or a bare number, not a floor). */
const APPROXIMATE = /^(?:(?:約|およそ|おおよそ|概ね|おおむね)(\d+(?:\.\d+)?)(?:m|メートル)?(?:程度|位|くらい|ぐらい|前後)?|(\d+(?:\.\d+)?)(?:m|メートル)?(?:程度|位|くらい|ぐらい|前後))$/;

/** The cell when it is already digits (2, -1, 1.5), else undefined. */
export const plainHeight = (raw: string): string | undefined => (NUMBER.test(raw) ? raw : undefined);

export function normalizeHeight(raw: string, at: At): Fixed<string | null> {
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const s = plainWords(clean.value);
  if (NUMBER.test(s)) return { value: s, issues: s === clean.value ? clean.issues : [...clean.issues, problem("full_width_converted", at, raw)] };
  const metres = METRES.exec(s);
  if (metres !== null) return { value: metres[1], issues: [...clean.issues, problem("height_reformatted", at, raw)] };
  const approximate = s.length > 1 ? APPROXIMATE.exec(s) : null;
  if (approximate !== null) return { value: approximate[1] ?? approximate[2], issues: [...clean.issues, problem("height_approximate", at, raw)] };
  const floor = FLOOR.exec(s);
  // a bare number is taken above; 地下, B, 中, M, 階 or F say it is a floor
  if (floor !== null && Number(floor[3]) > 0) {
    const n = Number(floor[3]);
    const below = floor[1] !== undefined;
    const value = floor[2] !== undefined ? (below ? -n - 0.5 : n - 0.5) : below ? -n : n;
    return { value: String(value), issues: [...clean.issues, problem("height_reformatted", at, raw)] };
  }
  return { value: null, issues: [...clean.issues, problem("unparseable_height", at, raw)] };
}
