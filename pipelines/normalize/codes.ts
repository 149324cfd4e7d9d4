// Codes and numbers that identify: 全国地方公共団体コード (via schemas/local-government-code.ts `repairCode`),
// postal codes, phone numbers, 13-digit corporate numbers (法人番号) and codes of one fixed form (介護保険事業所番号).
import { isValidCode, repairCode, WRITTEN_AS_NUMBER } from "../../schemas/local-government-code.ts";
import { type At, added, type Fixed, problem, problemAt } from "./fixed.ts";
import type { IssueCode } from "../issues.ts";
import { certainGroups, regroupedNumber } from "./phone-area-codes.ts";
import { labelledFaxOnly, phoneParts, phoneShape, withExtension } from "./phone-shape.ts";
import type { CodeShape } from "../../schemas/types.ts";
import { commaGroupedCode } from "./grouped-code.ts";
import { cleanCell, restoreExponent, saysNone, saysWithheld, significantDigits, textKind, toHalfWidthAscii, WIDTH } from "./text.ts";

/** 6-digit code with a valid check digit; 5-digit and zero-lost codes repaired with a warning, others null + error. */
const SIX_DIGITS = /^\d{6}$/;

// Codes found in the standard form with a valid check digit: a file repeats a few on every row (a memo of a pure
// function, bounded; Japan has under 2,000 codes).
const VALID_CODES = new Set<string>();

/** The cell when it is in the standard form with a valid check digit (nothing to repair), else undefined. */
export function plainCode(raw: string): string | undefined {
  if (VALID_CODES.has(raw)) return raw;
  if (!SIX_DIGITS.test(raw) || !isValidCode(raw)) return undefined;
  if (VALID_CODES.size < 4096) VALID_CODES.add(raw);
  return raw;
}

export function normalizeCode(raw: string, at: At): Fixed<string | null> {
  if (plainCode(raw) !== undefined) return { value: raw, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  let issues = clean.issues;
  const formatted = codeInNumberFormat(clean.value);
  if (formatted !== null) return { value: formatted, issues: added(issues, problemAt("code_number_format", at.row, at.field, at.onlyCounts, raw, formatted)) };
  const repair = repairCode(clean.value);
  if (repair.status === "invalid") {
    // `なし` (`該当なし`) says no more than `-`: a placeholder, which the file's code or the address fills as it fills `-`
    const code = repair.reason === "bad_check_digit" ? "bad_check_digit" : repair.reason === "city_part_only" ? "code_city_part_only"
      : saysNone(clean.value) ? "placeholder_value" : "unparseable_code";
    return { value: null, issues: [...issues, problem(code, at, raw)] };
  }
  if (repair.status === "repaired") issues = added(issues, problem(repair.reason === "five_digit" ? "five_digit_code" : "lost_leading_zero", at, raw));
  else if (toHalfWidthAscii(clean.value) !== clean.value) issues = added(issues, problem("full_width_converted", at, raw));
  if (WRITTEN_AS_NUMBER.test(clean.value.normalize("NFKC").trim())) issues = added(issues, problem("code_as_number", at, raw));
  return { value: repair.code, issues };
}

/** Six digits with a thousands comma (`131,016`), as a code saved as a number shows in Excel's number format. */
const THOUSANDS_GROUPED = /^\d{3},\d{3}$/;

/** The code of a cell that Excel's number format wrote with all six of its digits (`131,016`, `1.31016E+05`) when its
 *  check digit holds, else null: one that lost digits (`1.31E+05`) or fails the check is no code read from it. */
function codeInNumberFormat(value: string): string | null {
  const half = toHalfWidthAscii(value).trim();
  const digits = THOUSANDS_GROUPED.test(half) ? half.replace(",", "") : significantDigits(half) === 6 ? restoreExponent(half) : null;
  return digits !== null && SIX_DIGITS.test(digits) && isValidCode(digits) ? digits : null;
}

const DASH_BETWEEN_DIGITS = /(?<=\d)\s*[‐‑‒–—―−ーｰ－-]\s*(?=\d)/g;

/** `〒163-8001`, `１６３－８００１`, `163 8001` → `1638001`; a 6-digit number lost its leading zero. */
export function normalizePostalCode(raw: string, at: At): Fixed<string | null> {
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  const half = toHalfWidthAscii(clean.value);
  // a code saved as a number and written out as a decimal (1000005.0, as a data frame writes it)
  const asNumber = /^\d{6,7}\.0+$/.test(half);
  if (asNumber) issues.push(problem("fixed_code_as_number", at, raw));
  const s = (asNumber ? half.replace(WRITTEN_AS_NUMBER, "") : half).replace(/^(?:〒|郵便番号)\s*[:：]?\s*/, "").replace(DASH_BETWEEN_DIGITS, "-").replace(/(?<=^\d{3})\s+(?=\d{4}$)/, "-");
  const m = /^(\d{3})-?(\d{4})$/.exec(s);
  if (m) {
    const code = m[1] + m[2];
    if (code !== clean.value && !asNumber) issues.push(problem(code === half ? "full_width_converted" : "postal_code_reformatted", at, raw));
    return { value: code, issues };
  }
  if (/^\d{6}$/.test(s)) return { value: `0${s}`, issues: [...issues, problem("lost_leading_zero", at, raw)] };
  return { value: null, issues: [...issues, problem(saysNone(clean.value) ? "placeholder_value" : "unparseable_postal_code", at, raw)] };
}

/** `03-3209-1111`, `0332091111`, `090-1234-5678`: a leading 0, half-width digits and single hyphens between them, as
 *  many digits as expectedPhoneDigits wants (eleven after 0[25-9]0, else ten): nothing to repair or check, unless its
 *  hyphens contradict its area code (`033-209-1111`, phone-area-codes.ts). */
const PLAIN_PHONE = /^0(?:[25-9]0(?:-?\d){8}|(?:[134]-?\d|[25-9]-?[1-9])(?:-?\d){7})$/;

/** The cell when it is such a number, else undefined (then it takes normalizePhone). */
export const plainPhone = (raw: string): string | undefined => (PLAIN_PHONE.test(raw) && regroupedNumber(raw) === null ? raw : undefined);

/**
 * One number, as the hub writes it: half-width, `-` between its groups (`042(492)5111`, `(03)1234-5678`,
 * `03 1234 5678` → `042-492-5111` …), a lost leading 0 restored, and nothing else (phoneParts reads the cell). Each
 * change is said: a label taken off (代表, TEL:, フリーダイヤル), phone_reformatted; the groups written apart another way
 * (`042(492)5111`, `03 1234 5678`), phone_separators, or as the standard's example does (`(03)1234-5678`), phone_hyphenated
 * (full_width_converted when only the width changed); hyphens that contradict the number's area code (`033-209-1111`,
 * as Excel's 0##-###-#### shows every number) put where the code's groups end (03-3209-1111), phone_regrouped; an
 * eleven-digit number that format shows without its 0 (901-234-5678) restored in its groups, phone_zero_beyond_format; a note taken off ((管理所), (平日のみ), (FAX兼用)), phone_note_removed;
 * the cell's other numbers left out, phone_several_numbers; Japan's country code taken off (`+81-3-1234-5678`,
 * `81-3-1234-5678`) for the number as dialled in Japan (03-1234-5678), phone_country_code. An extension (内線12) is carried as `number 内線12` for
 * the record stage, which moves it to 内線番号 or takes it off, and says so (phone-extension.ts). A cell with no
 * number (2階受付) is unparseable_phone and null, one withheld on purpose (非公開) phone_withheld, one that says there is none (なし) placeholder_value; a number of the wrong shape is kept, with a warning.
 */
export function normalizePhone(raw: string, at: At): Fixed<string | null> {
  if (plainPhone(raw) !== undefined) return { value: raw, issues: [] };
  // written in full-width digits and dashes (０３－３２０９－１１１１), else as the standard wants it: what the full path
  // below gives such a cell, without its steps that change nothing there
  if (raw.length > 4 && textKind(raw) === WIDTH) {
    const half = toHalfWidthAscii(raw);
    if (plainPhone(half) !== undefined) return { value: half, issues: [problem("full_width_converted", at, raw)] };
  }
  return readPhone(raw, at);
}

/** A cell of digits only with a decimal point and zeros after them: a number stored as such (`1371500011.0`). */
export const NUMBER_SAVED_AS_DECIMAL = /^\d+\.0+$/;

/** `(0980)52-8331`: the area code in brackets, as the standard's own example writes a number ((00)0000-0000). */
const AREA_CODE_BRACKETED = /^\(\d{2,5}\)\d{1,4}-\d{4}$/;

/** Ten digits from 1–9 in 3-3-4 groups: Excel's 0##-###-#### (ten places) showing an eleven-digit number typed from
 *  its 0 (09012345678, stored 9012345678) as 901-234-5678: the 0 and the hyphens are the format's, not the officer's,
 *  when the number with its 0 is one of eleven digits (090-1234-5678, 0800-123-4567), else the lost 0 is said alone. */
const TEN_PLACES_SHOWN = /^[1-9]\d{2}-\d{3}-\d{4}$/;

/** What a cell of no number says: withheld (非公開), none (なし, 電話無し), else nothing a phone column reads. */
const noNumberCode = (value: string): IssueCode =>
  (saysWithheld(value) ? "phone_withheld" : saysNone(value.replace(PHONE_NAMED, "")) ? "placeholder_value" : "unparseable_phone");
/** The phone named before the word that says there is none (`電話無し`, `TELなし`). */
const PHONE_NAMED = /^(?:電話(?:番号)?|TEL|ＴＥＬ|Tel|tel)[:：]?\s*/;

/** normalizePhone without its shortcuts for cells already plain or plain once half-width (the reference for them). */
export function readPhone(raw: string, at: At): Fixed<string | null> {
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  let issues = clean.issues;
  // a number Excel saved as such (0332091111.0, or 332091111.0 without its 0): its `.0` is no note of the number
  const halfWidth = toHalfWidthAscii(clean.value);
  const asNumber = NUMBER_SAVED_AS_DECIMAL.test(halfWidth);
  const half = asNumber ? halfWidth.replace(WRITTEN_AS_NUMBER, "") : halfWidth;
  const parts = phoneParts(half);
  // 非公開: withheld on purpose, no fault to fix (the cell is kept in the remarks as an unread one is); なし: there is
  // none, an empty cell as in a code's column
  if (parts === null) return { value: null, issues: [...issues, problem(noNumberCode(clean.value), at, raw)] };
  if (asNumber) issues = added(issues, problem("fixed_code_as_number", at, raw));
  // a fax number is no phone number, in a phone column (a FAX column takes it as its own: labels there are FAX's)
  if (at.field !== "fax_number" && labelledFaxOnly(parts)) return { value: null, issues: [...issues, problem("fax_not_phone", at, raw)] };
  if (parts.zeroAdded && TEN_PLACES_SHOWN.test(parts.written) && certainGroups(parts.number.replace(/-/g, "")) !== undefined) {
    issues = added(issues, problemAt("phone_zero_beyond_format", at.row, at.field, at.onlyCounts, raw, parts.number));
  } else {
    if (parts.zeroAdded) issues = added(issues, problem("lost_leading_zero", at, raw));
    if (parts.regrouped) issues = added(issues, problemAt("phone_regrouped", at.row, at.field, at.onlyCounts, raw, parts.number));
  }
  if (parts.countryCode) issues = added(issues, problemAt("phone_country_code", at.row, at.field, at.onlyCounts, raw, parts.number));
  if (parts.notes.length > 0) issues = added(issues, problem("phone_note_removed", at, raw));
  if (parts.rest !== null) issues = added(issues, problem("phone_several_numbers", at, raw));
  if (!parts.zeroAdded && parts.notes.length === 0 && parts.rest === null) {
    // toHalfWidthAscii changes no length: the number as the cell wrote it is at the same place
    const written = clean.value.slice(parts.start, parts.start + parts.written.length);
    if (parts.around) issues = added(issues, problem("phone_reformatted", at, raw));
    else if (parts.number !== parts.written && !parts.regrouped && !parts.countryCode) {
      issues = added(issues, AREA_CODE_BRACKETED.test(parts.written) ? problem("phone_hyphenated", at, raw)
        : problemAt("phone_separators", at.row, at.field, at.onlyCounts, raw, parts.number));
    }
    else if (written !== parts.written && !parts.regrouped && !parts.countryCode) issues = added(issues, problem("full_width_converted", at, raw));
  }
  const shape = phoneShape(parts.number);
  if (shape !== null) issues = added(issues, problem(shape, at, raw));
  return { value: parts.extension === null ? parts.number : withExtension(parts.number, parts.extension), issues };
}

/** 法人番号 check digit (the first of 13): 9 − (Σ Pn·Qn mod 9), Pn the nth base digit from the right, Qn = 1 odd / 2 even. */
export function isValidCorporateNumber(digits: string): boolean {
  if (!/^\d{13}$/.test(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(digits[13 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9) === Number(digits[0]);
}

/** Hyphens, dashes and spaces between the groups of a code's digits. */
export const SEPARATORS = /[\s‐‑‒–—―−ー-]/g;

/** A code cell's text half-width (`half`), Excel's exponent notation in it written out (`restored`, else null), and
 *  its digits: the restored ones, else `half` without separators (`joined`). Null when the notation lost digits
 *  (1.01E+12: Excel kept three of thirteen, the rest are zeros): no code, the cell is kept in 備考. */
function codeText(value: string): { half: string; restored: string | null; joined: string } | null {
  const half = toHalfWidthAscii(value);
  const restored = restoreExponent(half);
  if (restored !== null && restored.length !== significantDigits(half)) return null;
  return { half, restored, joined: restored ?? half.replace(SEPARATORS, "") };
}

/** 13 digits; hyphens and spaces removed; Excel exponent notation restored (dropped if the check digit then fails). */
export function normalizeCorporateNumber(raw: string, at: At): Fixed<string | null> {
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  const text = codeText(clean.value);
  if (text === null) return { value: null, issues: [...issues, problemAt("exponent_code_lost", at.row, at.field, at.onlyCounts, raw, "13")] };
  const { half, restored, joined: digits } = text;
  if (!/^\d{13}$/.test(digits)) {
    // `なし`, `該当なし`: the publisher has no number, which is an empty cell, not one to keep in 備考
    return { value: null, issues: [...issues, problem(saysNone(clean.value) ? "placeholder_value" : "unparseable_corporate_number", at, raw)] };
  }
  if (restored !== null) issues.push(problem("exponent_notation", at, raw));
  else if (digits !== clean.value) issues.push(problem(digits === half ? "full_width_converted" : "separators_removed", at, raw));
  if (isValidCorporateNumber(digits)) return { value: digits, issues };
  issues.push(problem("bad_corporate_check_digit", at, raw));
  return { value: restored === null ? digits : null, issues };
}

/** The value of a cell already in the code's form (nothing to repair), or undefined: then it takes normalizeFixedCode. */
export const plainFixedCode = (shape: CodeShape) => (raw: string): string | undefined => (shape.pattern.test(raw) ? raw : undefined);

/** The code as the form wants it when only its case is off (`13a1500011` → `13A1500011`), else itself. */
const upperCased = (code: string, shape: CodeShape) => {
  const upper = code.toUpperCase();
  return upper !== code && shape.pattern.test(upper) ? upper : code;
};

/** A run of digits and letters, with the points and commas of a decimal or a list (`1371500011.5` is no code): a code
 *  of the form when it is one; five digits at least, with separators inside (`13-7150-0029`): another number. */
const RUN = /[0-9A-Za-z.,]+/g;
const LONG_NUMBER = new RegExp(`\\d(?:${SEPARATORS.source}?\\d){4,}`);

/** The runs of a cell (half-width) that are codes of the form, as written. */
const codesIn = (half: string, shape: CodeShape): string[] => (half.match(RUN) ?? []).filter((run) => shape.pattern.test(upperCased(run, shape)));

/** The one code of the form a cell holds beside words (`1371500011（予防）`, `第1371500011号`), or null: none, two
 *  (`1371500011、1371500029`), or another number beside it (a digit lost: `1371500011、137150002`). */
function codeAmongWords(half: string, shape: CodeShape): string | null {
  const codes = codesIn(half, shape);
  if (codes.length !== 1 || codes[0] === half) return null;
  return LONG_NUMBER.test(half.replace(codes[0], " ")) ? null : codes[0];
}

/**
 * A code of one fixed form (schemas/types.ts fixedCode: 介護保険事業所番号): half-width, hyphens and spaces taken out,
 * Excel's exponent notation restored when it kept every digit, a number saved with `.0` read without it, a letter
 * upper-cased, and the one code of a cell with a note (`1371500011（予防）`: the cell kept in 備考 by the record stage).
 * Any other cell (a digit too few, `1.37E+09` that lost digits, two codes) is no such code: null, warned, and kept in
 * 備考; filling in a digit would make up another provider's number, and choosing one of two would drop a service. A
 * digit too few of a code that may begin with 0 (`112345`, `112345.0`) is warned as a lost 0, with the code it would be.
 */
export function normalizeFixedCode(raw: string, at: At, shape: CodeShape): Fixed<string | null> {
  if (shape.pattern.test(raw)) return { value: raw, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  const text = codeText(clean.value);
  if (text === null) return { value: null, issues: [...issues, problemAt("exponent_code_lost", at.row, at.field, at.onlyCounts, raw, String(shape.length))] };
  const { half, restored, joined } = text;
  // a number Excel saved as such (1371500011.0): its digits are all there
  const asNumber = restored === null && NUMBER_SAVED_AS_DECIMAL.test(joined);
  const digits = asNumber ? joined.replace(WRITTEN_AS_NUMBER, "") : joined;
  const grouped = shape.pattern.test(upperCased(digits, shape)) ? null : commaGroupedCode(half, shape);
  const noted = grouped !== null || shape.pattern.test(upperCased(digits, shape)) ? null : codeAmongWords(half, shape);
  // the code as the cell writes it, then in the form's case
  const written = noted ?? grouped ?? digits;
  const code = upperCased(written, shape);
  if (!shape.pattern.test(code)) {
    if (saysNone(clean.value)) return { value: null, issues: [...issues, problem("placeholder_value", at, raw)] };
    // a digit too few where a code may begin with 0: the 0 a number lost, most likely, but not made up
    const zeroLost = shape.leadingZero === true && written.length === shape.length - 1 && /^\d+$/.test(written) && shape.pattern.test(`0${written}`);
    // two codes or more (an office's 介護 and 予防 numbers): which is the row's the cell does not say
    const several = zeroLost ? [] : codesIn(half, shape);
    if (several.length > 1) return { value: null, issues: [...issues, problemAt("fixed_code_several", at.row, at.field, at.onlyCounts, raw, several.join("、"))] };
    return { value: null, issues: [...issues, problemAt(zeroLost ? "fixed_code_zero_lost" : "unparseable_fixed_code", at.row, at.field, at.onlyCounts, raw,
      zeroLost ? `0${written}` : String(shape.length))] };
  }
  if (noted !== null) issues.push(problemAt("fixed_code_with_note", at.row, at.field, at.onlyCounts, raw, code));
  else if (restored !== null) issues.push(problem("exponent_notation", at, raw));
  else if (asNumber) issues.push(problem("fixed_code_as_number", at, raw));
  else if (written !== clean.value) issues.push(problem(written === half ? "full_width_converted" : "separators_removed", at, raw));
  if (code !== written) issues.push(problemAt("fixed_code_upper_cased", at.row, at.field, at.onlyCounts, raw, code));
  return { value: code, issues };
}
