// How the digits of a phone number group (03-1234-5678, 0422-51-5131, 04992-2-1441): the area code, the local
// exchange and the subscriber's four. Which it is depends on the area, so a number written without hyphens is only
// hyphenated where that is certain: a prefix whose grouping the numbering plan fixes (phone-area-codes.ts), or the
// file's own number of the same first six digits (0 + area code + exchange: the unit the plan assigns), written
// hyphenated. Also how a file writes its numbers (hyphenated or not), so a number whose lost 0 was restored is written
// as the file's others are.
import { certainGroups, inGroupsOf } from "./phone-area-codes.ts";
import { expectedPhoneDigits, phoneParts } from "./phone-shape.ts";
import { toHalfWidthAscii } from "./text.ts";

/** How the phone numbers of a column are written, told by the head of the file: hyphenated or not, and the groups of
 *  the hyphenated ones by their first six digits (plain data: it goes to the worker threads). */
export interface PhoneForm {
  hyphenated: boolean;
  groups: Readonly<Record<string, readonly number[]>>;
}

/** The first six digits of a number: 0, the area code and the exchange. */
const PLAN_UNIT = 6;

/** The form the phone cells of a column give, or undefined when none is a whole number with its 0 (nothing to
 *  follow). Hyphenated when most such numbers are written with separators (hyphens, brackets, spaces). */
export function phoneFormOf(cells: readonly string[]): PhoneForm | undefined {
  let separated = 0;
  let bare = 0;
  const groups: Record<string, readonly number[]> = {};
  const unsure = new Set<string>();
  for (const cell of cells) {
    const parts = cell.trim() === "" ? null : phoneParts(toHalfWidthAscii(cell));
    if (parts === null || parts.zeroAdded) continue;
    const digits = parts.number.replace(/\D/g, "");
    if (!digits.startsWith("0") || digits.length !== expectedPhoneDigits(digits)) continue;
    if (!/\D/.test(parts.written)) {
      bare++;
      continue;
    }
    separated++;
    const lengths = parts.number.split("-").map((g) => g.length);
    const unit = digits.slice(0, PLAN_UNIT);
    if (lengths.length !== 3 || unsure.has(unit)) continue;
    const held = groups[unit];
    if (held === undefined) groups[unit] = lengths;
    else if (held.join() !== lengths.join()) {
      unsure.add(unit);
      delete groups[unit];
    }
  }
  return separated + bare === 0 ? undefined : { hyphenated: separated > bare, groups };
}

/** A number of bare digits hyphenated as `form` says (the file's own grouping of its first six digits, else a certain
 *  prefix's); null when the file's numbers are not hyphenated or the grouping is not certain. */
export function hyphenatedAs(digits: string, form: PhoneForm): string | null {
  if (!form.hyphenated || !/^0\d+$/.test(digits) || digits.length !== expectedPhoneDigits(digits)) return null;
  const lengths = form.groups[digits.slice(0, PLAN_UNIT)] ?? certainGroups(digits);
  if (lengths === undefined || lengths.reduce((a, b) => a + b, 0) !== digits.length) return null;
  return inGroupsOf(digits, lengths);
}
