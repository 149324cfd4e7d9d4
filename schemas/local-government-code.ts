// 全国地方公共団体コード: 2 digits prefecture + 3 digits municipality + 1 check digit.
// The one place where code logic lives: check digits, and repairs of codes that lost digits.

const WEIGHTS = [6, 5, 4, 3, 2] as const;

/** Check digit of a 5-digit code body: (11 − Σ wᵢ·cᵢ mod 11) mod 10. */
export function checkDigit(body: string): number {
  if (!/^\d{5}$/.test(body)) throw new RangeError(`code body must be 5 digits, got "${body}"`);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return (11 - (sum % 11)) % 10;
}

// patterns of functions asked of every row are module constants: a regex literal makes a new RegExp object each time
// it is evaluated
const SIX_DIGITS = /^\d{6}$/;
const PREFECTURE_CODE = /^\d{2}000\d$/;

export function isValidCode(code: string): boolean {
  return SIX_DIGITS.test(code) && checkDigit(code.slice(0, 5)) === Number(code[5]);
}

/** A prefecture's own code (`130001`): its city part is 000. A prefecture publishes lists of its municipalities' rows. */
export const isPrefectureCode = (code: string): boolean => PREFECTURE_CODE.test(code);

export type CodeRepair =
  | { status: "valid"; code: string }
  | { status: "repaired"; code: string; reason: "five_digit" | "lost_leading_zero" }
  | { status: "invalid"; code: null; reason: "bad_check_digit" | "not_a_code" | "city_part_only" };

/** A code a spreadsheet kept as a number: `131041.0`. */
export const WRITTEN_AS_NUMBER = /\.0+$/;

/**
 * Reads a code as municipalities write it: 6 digits, 5 digits without the check digit (`13104`),
 * or a number that lost its leading zero (`92011` → `092011`, `1100` → `011002`).
 */
export function repairCode(raw: string): CodeRepair {
  const digits = raw.normalize("NFKC").trim().replace(WRITTEN_AS_NUMBER, "");
  if (!/^\d{3,6}$/.test(digits)) return { status: "invalid", code: null, reason: "not_a_code" };
  if (digits.length === 6) {
    return isValidCode(digits)
      ? { status: "valid", code: digits }
      : { status: "invalid", code: null, reason: "bad_check_digit" };
  }
  if (digits.length === 5) {
    // A 5-digit body without its check digit (`13104`), unless its first two digits are no prefecture (01–47):
    // then it is a 6-digit code that lost its leading zero (`92011` → `092011`).
    const prefecture = Number(digits.slice(0, 2));
    if (prefecture >= 1 && prefecture <= 47) return { status: "repaired", code: digits + checkDigit(digits), reason: "five_digit" };
    const padded = `0${digits}`;
    return isValidCode(padded)
      ? { status: "repaired", code: padded, reason: "lost_leading_zero" }
      : { status: "invalid", code: null, reason: "bad_check_digit" };
  }
  // 3 digits: the municipality's part alone (市区町村コード `101` beside a 都道府県コード `13`, as MHLW's lists split the
  // code): no prefecture's body loses two zeros (00 is none), so padding it names no place
  if (digits.length === 3) return { status: "invalid", code: null, reason: "city_part_only" };
  // 4 digits: a prefecture 01–09 body that lost its leading zero and its check digit.
  const body = digits.padStart(5, "0");
  return { status: "repaired", code: body + checkDigit(body), reason: "lost_leading_zero" };
}
