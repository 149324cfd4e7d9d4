// The shape of a Japanese phone number: how many digits it has from its leading 0, what a cell of numbers gets
// wrong (a digit lost, no area code, the letter O for 0), and how a cell is read for its one number (phoneParts). A
// leaf module: the issue catalog reads it for its messages.
import type { IssueCode } from "../issues.ts";
import { regroupedNumber } from "./phone-area-codes.ts";

/** How many digits a Japanese number has from its leading 0: eleven for mobile, IP and 0800 numbers (020, 050, 060,
 *  070, 080, 090, 0800), ten for every other (fixed lines, 0120, 0570). */
export const expectedPhoneDigits = (digits: string): number => (/^0[25-9]0/.test(digits) ? 11 : 10);

/** The number a text starts with, parentheses and hyphens included (`(03)3641-5892`, `0476(46)5111`); text before it
 *  (代表, #7119, +81) means it is not checked. */
const LEADING_NUMBER = /^\(?\d[\d\-()]*/;

/** Where a cell holds several numbers: 、 / ; and line breaks between them. */
const BETWEEN_NUMBERS = /[、，,;；/／\n]|\s{2,}/;

/** The digits of the number a text starts with; "" when it does not start with one. */
export const leadingDigits = (text: string): string => (LEADING_NUMBER.exec(text)?.[0] ?? "").replace(/\D/g, "");

/** A special-service number of three digits (110, 119, 171, 188: Japan's 1XY numbers); `#7119` starts with text. */
const SERVICE_NUMBER = /^1\d{2}$/;

/** What is wrong with one number: a Latin letter among its digits (O for 0, l for 1), too few digits to be any number
 *  but a 1XY service number (`000`, `234`: a figure, or a number's digit group a comma cut off), no area code (a
 *  local number of 6–8 digits), or a number from 0 of the wrong length (a digit lost or added). */
function numberShape(text: string): IssueCode | null {
  if (/\d-?[A-Za-z]-?\d|^[OoIl]-?\d/.test(text)) return "phone_letter_in_number";
  const digits = leadingDigits(text);
  if (digits.length < 5) return digits === "" || SERVICE_NUMBER.test(digits) ? null : "phone_too_short";
  if (!digits.startsWith("0")) return digits.length <= 8 ? "phone_without_area_code" : null;
  return digits.length === expectedPhoneDigits(digits) ? null : "phone_digit_count";
}

/** The numbers of a phone cell, each trimmed. */
export const numbersOf = (value: string): string[] => value.split(BETWEEN_NUMBERS).map((part) => part.trim());

/** The first thing wrong with the numbers of a normalized phone cell, if anything. */
export function phoneShape(value: string): IssueCode | null {
  for (const part of numbersOf(value)) {
    const shape = numberShape(part);
    if (shape !== null) return shape;
  }
  return null;
}

// ---- the parts of a phone cell: labels and notes around its number, an extension, the cell's other numbers ----

/** A dash of any script between the groups of a number, with the spaces around it. */
const DASH = "[ \\t\\u3000]*[‐‑‒–—―−ーｰ－-][ \\t\\u3000]*";
/** A dot between the groups of a number from 0 (`03.1234.5678`, `042.528.3111`): after its area code (up to five
 *  digits from 0 standing alone, so no decimal, `35.6812` or `0332091111.0`, is cut) or after the exchange that
 *  follows it. */
const DOT = "(?<=(?<!\\d|\\d\\.)0\\d{0,4}(?:\\.\\d{1,4})?)\\.(?=\\d)";
/** A number as cells write it: digit groups joined by dashes, spaces, dots or a bracketed area or local code
 *  (`(042)493-3111`, `042(492)5111`, `03.1234.5678`), `+81` or `#7119` in front, and the letters O, o, I, l typed
 *  among the digits (phoneShape names them). */
const NUMBER_SOURCE = `[+#]?(?:\\(\\d{1,5}\\)|\\d|[Oo](?=\\d))(?:[\\d()]|[OoIl](?=\\d)|${DASH}(?=[\\d(])|${DOT}|[ \\t\\u3000]+(?=\\(?\\d))*`;
const NUMBER = new RegExp(NUMBER_SOURCE, "g");
const NUMBER_AT = new RegExp(NUMBER_SOURCE, "y");
/** Spaces between two digit groups (not beside a dash): where a number may end and the next begin. */
const GROUP_SPACE = /((?<=[\dOoIl)])[ \t\u3000]+(?=[(\dOo]))/;
/** The words that say an extension follows: 内線, 内線番号, 内, ext. */
export const EXTENSION_WORD = "(?:内線(?:番号)?|内|ext\\.?)";
/** An extension: 内線12, (内線 12), 内線番号：12, ext.12, (内)12. */
const EXTENSION = new RegExp(`[([]?[ \\t\\u3000]*${EXTENSION_WORD}[)\\]]?[ \\t\\u3000]*[:.]?[ \\t\\u3000]*(\\d{1,6})[ \\t\\u3000]*[)\\]]?`, "i");
/** What separates the numbers of a cell. */
const SEPARATOR = /[、，,;；/／\n・～~]/;
const OPENING = "([【「〔<";
const CLOSING = ")]】」〕>";
/** The text around a number, cut into bracketed and bare pieces (a bracket left open is dropped). */
const PIECE = /\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】|「([^「」]*)」|〔([^〔〕]*)〕|<([^<>]*)>|([^()[\]【】「」〔〕<>]+)/g;
const PIECE_ENDS = /^[\s:.。、,，;；/／・～~-]+|[\s:.。、,，;；/／・～~-]+$/g;
/** Words that only say what the number is: 代表, TEL, 電話番号, 直通, TEL/FAX, FAX兼, フリーダイヤル, 問合せ先 … */
const LABEL_WORD = "TEL|℡|☎|電話(?:番号)?|代表(?:番号|電話)?|代|直通(?:番号|電話)?|FAX|ファックス|ファクス|フリーダイヤル|フリーコール|ナビダイヤル|"
  + "携帯(?:電話)?|番号|連絡先|お?問い?合わ?せ先?";
const LABEL = new RegExp(`^(?:${LABEL_WORD})\\.?(?:[\\s/・&+]*(?:${LABEL_WORD})\\.?)*(?:兼用?|共用|共通)?$`, "i");
/** Longer than this, text beside a number is no label. */
const MAX_LABEL = 24;
/** A number labelled FAX alone is a fax number: that is more than a label. */
const FAX_ONLY = /^(?:FAX|ファックス|ファクス)\.?$/i;
/** A label that names the fax beside the phone (TEL/FAX, FAX兼用) says the number is the fax number too: a note the
 *  record keeps (in 連絡先備考), where a dataset has no FAX column of its own to say it. */
const NAMES_FAX = /FAX|ファックス|ファクス/i;

/** Whether the words around a cell's number say it is a fax number (`FAX 042-485-0000`): a note of FAX alone. */
export const labelledFaxOnly = (parts: Pick<PhoneParts, "notes">): boolean => parts.notes.some((n) => FAX_ONLY.test(n.replace(/[:：\s]/g, "")));
/** Japan's country code before a number, as lists written for visitors give it (`+81-3-1234-5678`, `+81 3 1234 5678`,
 *  `+81(0)3-1234-5678`, `+81312345678`; without the +, `81-3-1234-5678`, only when 81 stands apart: `813-…` may be any
 *  number), hyphenated: what comes off for the number as dialled in Japan, its 0 before the area code. */
const COUNTRY_CODE = /^(?:\+81-?|81-)(?:0-)?(?=[1-9])/;

/** The number as dialled in Japan (`+81-3-1234-5678` → 03-1234-5678) when a hyphenated number starts with Japan's
 *  country code and then has a Japanese number's digits; else null. */
function domesticNumber(number: string): string | null {
  const code = COUNTRY_CODE.exec(number);
  if (code === null) return null;
  const domestic = `0${number.slice(code[0].length)}`;
  const digits = digitsOf(domestic);
  return digits.length === expectedPhoneDigits(digits) ? domestic : null;
}

/** A number with a leading digit lost (9 or 10 digits from 1–9). */
const ZERO_LOST = /^[1-9](?:-?\d){8,9}$/;

/** A phone cell read: its one number, and what else the cell says. */
export interface PhoneParts {
  /** the number as the hub writes it: half-width, `-` between its groups (those of its area code where hyphens
   *  contradict them: phone-area-codes.ts), no brackets, a lost leading 0 restored */
  number: string;
  /** the number as the cell writes it */
  written: string;
  /** where the number starts in the text */
  start: number;
  /** a leading 0 was restored */
  zeroAdded: boolean;
  /** written from Japan's country code (`+81-3-1234-5678`): the number is the one dialled in Japan (03-1234-5678) */
  countryCode: boolean;
  /** the hyphens contradicted the number's area code (`033-209-1111`): it is written in the code's groups */
  regrouped: boolean;
  /** the digits of an extension written beside the number (内線12), else null */
  extension: string | null;
  /** words around the number that only label it (代表, TEL:) */
  labels: string[];
  /** other words around it, as written (管理所, 平日のみ, a time) */
  notes: string[];
  /** the cell's other numbers (and what it says of them), from the first: `042-492-2612`, `FAX 03-1234-5679` */
  rest: string | null;
  /** any text besides the number and its extension */
  around: boolean;
}

const digitsOf = (s: string): string => s.replace(/\D/g, "");

/** Spaces, dashes and an open bracket at the end of a number's text (`03-1234-5678 (`), cut by a scan from the end:
 *  the regex /[\s(-]+$/ tried every start in a long run of spaces (a 200,000-space cell took seconds). */
const TRAILING_JOINER = /[\s(‐‑‒–—―−ーｰ－-]/;
function withoutTrailingJoiners(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_JOINER.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** The number a loose match holds: cut where a bracket does not hold an area or local code (`0120-000-000(9:00` →
 *  `0120-000-000`, `03-1234-5678)`), and after the groups one number takes (`03-1234-5678 03-1234-5679` → the first). */
function numberIn(match: string): string {
  let end = 0;
  while (end < match.length) {
    const c = match[end];
    if (c === "(") {
      const code = /^\(\d{1,5}\)(?=[ \t\u3000]?[‐‑‒–—―−ーｰ－-]?[ \t\u3000]?\d)/.exec(match.slice(end));
      if (code === null) break;
      end += code[0].length;
    } else if (c === ")") {
      // a stray bracket between digits (`(0980)72-80)6`) is a slip inside the number, not its end
      if (!/\d/.test(match[end - 1] ?? "") || !/\d/.test(match[end + 1] ?? "")) break;
      end++;
    } else end++;
  }
  const parts = withoutTrailingJoiners(match.slice(0, end)).split(GROUP_SPACE);
  let taken = parts[0];
  let digits = digitsOf(taken);
  const wanted = digits.startsWith("0") ? expectedPhoneDigits(digits) : 9;
  for (let i = 1; i + 1 < parts.length && digits.length < wanted; i += 2) {
    taken += parts[i] + parts[i + 1];
    digits += digitsOf(parts[i + 1]);
  }
  return taken;
}

/** The numbers of a text with where each starts, in order. */
function numbersIn(text: string): Array<{ at: number; written: string; digits: number }> {
  return [...text.matchAll(NUMBER)].map((m) => {
    const written = numberIn(m[0]);
    return { at: m.index, written, digits: digitsOf(written).length };
  });
}

/** Where the cell's other numbers start in the text after its number (after a separator before them, if any): a
 *  number of five digits or more, or of three or four after a separator outside brackets (`/5679`); -1 if none. */
function restAt(after: string): number {
  let depth = 0;
  let separator = -1;
  for (let i = 0; i < after.length; i++) {
    const c = after[i];
    if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c)) depth = Math.max(0, depth - 1);
    else if (c >= "0" && c <= "9") {
      NUMBER_AT.lastIndex = i;
      const written = numberIn(NUMBER_AT.exec(after)?.[0] ?? c);
      const digits = digitsOf(written).length;
      if (digits >= 5 || (digits >= 3 && depth === 0 && separator !== -1)) return separator === -1 ? 0 : separator + 1;
      i += Math.max(written.length, 1) - 1;
    } else if (depth === 0 && separator === -1 && SEPARATOR.test(c)) separator = i;
  }
  return -1;
}

/** The labels and notes of the text around a number. */
function wordsOf(text: string, labels: string[], notes: string[]): void {
  for (const m of text.matchAll(PIECE)) {
    const piece = (m.slice(1).find((g) => g !== undefined) ?? "").replace(PIECE_ENDS, "");
    if (piece === "") continue;
    // a label is a few words (and LABEL, whose words overlap, is tried on short text only)
    (piece.length <= MAX_LABEL && LABEL.test(piece) && !NAMES_FAX.test(piece) ? labels : notes).push(piece);
  }
}

/** `042(492)5111`, `(042) 493-3111`, `03 1234 5678`, `03ー1234ー5678`, `03.1234.5678` → `042-492-5111` …: `-` between
 *  the groups. */
const DASHES = new RegExp(DASH, "g");
const hyphenated = (written: string): string =>
  written.replace(DASHES, "-").replace(/[().\s]+/g, "-").replace(/-{2,}/g, "-").replace(/^-+|-+$/g, "");

/**
 * A phone cell read for its number (text made half-width: toHalfWidthAscii or NFKC): the first number of five digits
 * or more, or a short one (110, #7119) with nothing but a label beside it. Null when the cell holds no number
 * (なし, 2階受付, お問い合わせは本庁まで). The rest of the cell is sorted: labels (代表, TEL:), notes ((管理所),
 * (平日のみ), TEL/FAX and (FAX兼): the number is the fax too), an extension (内線12) and the cell's other numbers (`/042-492-2612`).
 */
export function phoneParts(text: string): PhoneParts | null {
  const numbers = numbersIn(text);
  const found = numbers.find((n) => n.digits >= 5) ?? numbers.find((n) => n.digits >= 3);
  if (found === undefined) return null;
  const before = text.slice(0, found.at);
  let after = text.slice(found.at + found.written.length);
  let extension: string | null = null;
  const ext = EXTENSION.exec(after);
  const nextNumber = numbersIn(after).find((n) => n.digits >= 5);
  if (ext !== null && (nextNumber === undefined || nextNumber.at > ext.index)) {
    extension = ext[1];
    after = `${after.slice(0, ext.index)} ${after.slice(ext.index + ext[0].length)}`;
  }
  const restFrom = restAt(after);
  const rest = restFrom === -1 ? null : after.slice(restFrom).replace(PIECE_ENDS, "");
  const head = restFrom === -1 ? after : after.slice(0, restFrom);
  const labels: string[] = [];
  const notes: string[] = [];
  wordsOf(before, labels, notes);
  wordsOf(head, labels, notes);
  // a short number is one only alone or labelled: 110, TEL #7119; not the 12 of 内線12 or the 2 of 2階受付
  if (found.digits < 5 && (notes.length > 0 || rest !== null || extension !== null)) return null;
  const written = found.written;
  let number = hyphenated(written);
  const domestic = number.charCodeAt(0) === 0x30 ? null : domesticNumber(number);
  if (domestic !== null) number = domestic;
  const zeroAdded = domestic === null && ZERO_LOST.test(number);
  if (zeroAdded) number = `0${number}`;
  const regrouped = regroupedNumber(number);
  if (regrouped !== null) number = regrouped;
  const around = `${before}${head}`.trim() !== "" || (rest !== null && rest !== "");
  return { number, written, start: found.at, zeroAdded, countryCode: domestic !== null, regrouped: regrouped !== null, extension, labels, notes, rest: rest === "" ? null : rest, around };
}

/** The extension as a normalized phone value carries it to the record stage, which moves it (moveExtension). */
const EXTENSION_MARK = " 内線";

/** A normalized number with its extension, for the record stage to move. */
export const withExtension = (number: string, extension: string): string => `${number}${EXTENSION_MARK}${extension}`;

/** [number, extension] of a normalized value that carries one (withExtension), else null. */
export function splitExtension(value: string): [string, string] | null {
  const at = value.lastIndexOf(EXTENSION_MARK);
  if (at === -1 || !/^\d+$/.test(value.slice(at + EXTENSION_MARK.length))) return null;
  return [value.slice(0, at), value.slice(at + EXTENSION_MARK.length)];
}
