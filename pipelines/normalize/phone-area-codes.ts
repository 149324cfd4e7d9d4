// How the digits of a number group where the numbering plan fixes it: Tokyo's area codes (市外局番) and the national
// prefixes of no area (mobile, IP, free dial). A number whose hyphens contradict its prefix (`033-209-1111`: Excel's
// `0##-###-####` shows every number so; `0425-28-3111`: 042's grouping before its four-digit codes were joined) is
// written in the prefix's groups. Other areas are not listed: their numbers are kept as written. A leaf module.

interface Grouping {
  /** the digits' group lengths: area code (or prefix), exchange, subscriber */
  lengths: readonly number[];
  /** a prefix of no area whose later groups are the holder's choice (0120-39-1234, 0120-444-444): only a hyphen inside
   *  the prefix contradicts it */
  prefixOnly?: boolean;
  /** an area code: the local exchange after it starts with 2–9 (0 and 1 are the trunk prefix and special services),
   *  so hyphens that would give it a 0 or 1 if moved (`(042)800-0470` as 0428-00-0470) are not regrouped */
  area?: boolean;
}

/** Prefixes whose grouping is certain (03: the 23 wards and their edge; 0422 武蔵野・三鷹 and 0428 青梅 of four digits;
 *  042 with an exchange of 3 to 7, the rest of Tama since its 0423–0427 were joined into 042; 04992 大島, 04994 三宅,
 *  04996 八丈, 04998 小笠原 of five digits), and the numbers of no area (mobile and IP 3-4-4, 0120 and 0570 4-3-3, 0800
 *  4-3-4). 0429 and 0420 are Saitama's 04-2xxx: not here. Each prefix is at most five digits and its first group at
 *  most five (regroupedNumber reads a number's first six digits for them). */
const CERTAIN: ReadonlyArray<readonly [RegExp, Grouping]> = [
  [/^03/, { lengths: [2, 4, 4], area: true }],
  [/^042[28]/, { lengths: [4, 2, 4], area: true }],
  [/^042[3-7]/, { lengths: [3, 3, 4], area: true }],
  [/^0499[2468]/, { lengths: [5, 1, 4], area: true }],
  // before the mobile 080: no mobile number starts 0800
  [/^0800/, { lengths: [4, 3, 4], prefixOnly: true }],
  [/^0[25-9]0/, { lengths: [3, 4, 4] }],
  [/^0(?:120|570)/, { lengths: [4, 3, 3], prefixOnly: true }],
];

const sum = (lengths: readonly number[]) => lengths.reduce((a, b) => a + b, 0);
const DIGITS_OF = new Map(CERTAIN.map(([, grouping]) => [grouping, sum(grouping.lengths)]));

/** The grouping of the prefix these digits (from their 0) start with, when they are as many as its groups hold;
 *  `count`, how many there are when `digits` is only their start (regroupedNumber's first six). */
function groupingOf(digits: string, count = digits.length): Grouping | undefined {
  for (const [prefix, grouping] of CERTAIN) {
    if (prefix.test(digits)) return DIGITS_OF.get(grouping) === count ? grouping : undefined;
  }
  return undefined;
}

/** The group lengths the plan gives a number of these digits (from its 0), or undefined when the prefix is not listed
 *  or the digits are not as many as its groups hold. */
export const certainGroups = (digits: string): readonly number[] | undefined => groupingOf(digits)?.lengths;

/** Digits written in groups of these lengths, `-` between them. */
export function inGroupsOf(digits: string, lengths: readonly number[]): string {
  const out: string[] = [];
  let at = 0;
  for (const length of lengths) {
    out.push(digits.slice(at, at + length));
    at += length;
  }
  return out.join("-");
}

/** Whether a hyphen after `at` digits falls where the grouping puts one (a prefix of no area: anywhere after it). */
function agrees(grouping: Grouping, at: number): boolean {
  const { lengths } = grouping;
  if (grouping.prefixOnly === true) return at >= lengths[0];
  let end = 0;
  for (let g = 0; g < lengths.length - 1; g++) if ((end += lengths[g]) === at) return true;
  return false;
}

/** A hyphenated number (digits and `-` only) in its prefix's groups when a hyphen of it contradicts them
 *  (`033-209-1111` → 03-3209-1111, `0425-28-3111` → 042-528-3111, `012-0123-456` → 0120-123-456); null when its
 *  hyphens agree (`03-3209-1111`, `03-32091111`, `0120-39-1234`), it has none, or its grouping is not certain.
 *  Called on every phone cell of a file: it walks the cell once, building nothing when the hyphens agree. */
export function regroupedNumber(number: string): string | null {
  const count = hyphenatedDigits(number);
  if (count === 0) return null;
  // the prefix and the exchange's first digit are among the first six digits: those are all the number's digits
  // built here (the number without its hyphens is made only to regroup it)
  const head = headDigits(number);
  const grouping = groupingOf(head, count);
  // hyphens the plan's grouping would give an exchange from 0 or 1 may be right: the digits are not the code's
  if (grouping === undefined || (grouping.area === true && !isTwoToNine(head.charCodeAt(grouping.lengths[0])))) return null;
  let at = 0;
  for (let i = 0; i < number.length; i++) {
    if (number.charCodeAt(i) !== 0x2d) at++;
    else if (!agrees(grouping, at)) return inGroupsOf(number.replace(/-/g, ""), grouping.lengths);
  }
  return null;
}

/** How many digits a number of a 0 first, then digits and hyphens, at least one hyphen, has (/^0[\d-]+$/ with a `-`);
 *  0 for any other text. One scan, no regex. */
function hyphenatedDigits(number: string): number {
  if (number.charCodeAt(0) !== 0x30) return 0;
  let digits = 1;
  let hyphen = false;
  for (let i = 1; i < number.length; i++) {
    const c = number.charCodeAt(i);
    if (c === 0x2d) hyphen = true;
    else if (c >= 0x30 && c <= 0x39) digits++;
    else return 0;
  }
  return hyphen ? digits : 0;
}

/** The first six digits of a hyphenated number (fewer when it has fewer): the runs of digits up to the sixth joined,
 *  not one string made per digit. */
function headDigits(number: string): string {
  let head = "";
  let from = 0;
  let digits = 0;
  let i = 0;
  for (; i < number.length && digits < HEAD_DIGITS; i++) {
    if (number.charCodeAt(i) !== 0x2d) digits++;
    else {
      head += number.slice(from, i);
      from = i + 1;
    }
  }
  return head + number.slice(from, i);
}
const HEAD_DIGITS = 6;

const isTwoToNine = (c: number) => c >= 0x32 && c <= 0x39;
