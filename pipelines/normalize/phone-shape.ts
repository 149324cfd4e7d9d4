// The shape of a Japanese phone number: how many digits it has from its leading 0, and what a cell of numbers gets
// wrong (a digit lost, no area code, the letter O for 0). A leaf module: the issue catalog reads it for its messages.
import type { IssueCode } from "../issues.ts";

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

/** What is wrong with one number: a Latin letter among its digits (O for 0, l for 1), no area code (a local number of
 *  6–8 digits), or a number from 0 of the wrong length (a digit lost or added). */
function numberShape(text: string): IssueCode | null {
  if (/\d-?[A-Za-z]-?\d|^[OoIl]-?\d/.test(text)) return "phone_letter_in_number";
  const digits = leadingDigits(text);
  if (digits.length < 5) return null; // 110, 119, short codes, 内線 text
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
