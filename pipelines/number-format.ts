// The text Excel shows for a cell whose number format adds text of its own around the digits: `"5中保生第"0000"号"`
// shows 123 as 5中保生第0123号, `"第"0"号"` shows 77 as 第77号, `#,##0"円"` shows 1500 as 1,500円, `0;"▲"0` shows -5
// as ▲5, `@"様"` shows 山田 as 山田様. A format is compiled once (per style of a workbook), then applied per cell.
// Dates and times are not this module's (xlsx.ts tells them first); a format that adds no text (`#,##0`, `0.00`,
// `0.00E+00`, `0_);(0)`) gives null, and the number stays a number. A percentage (`0%`) shows its text (0.5 as 50%):
// a text column that published 0.5 would say another thing than the sheet. Asked to, a section that pads a number with a
// 0 it lacks (`(00) ####-####` shows 332091111 as (03) 3209-1111, `0##-###-####` as 033-209-1111) shows its text too:
// Excel shows the 0; and so does such a section that a number fills, its groups shown (`0##-###-####` shows 9012345678
// as 901-234-5678). A format of fixed digits (`000-0000`, 郵便番号's `[<=999]000;[<=99999]000-00;000-0000`) is
// compiled apart (compileFixedDigits): the section for the number shows its digits, leading zeros and hyphens.

type Token =
  | { kind: "literal"; text: string }
  | { kind: "digit"; char: "0" | "#" | "?" }
  | { kind: "point" | "comma" | "percent" | "general" | "text" }
  | { kind: "exponent"; sign: "+" | "-" };

interface Section {
  tokens: Token[];
  /** `[>=100]`: the values the section is for */
  condition: ((value: number) => boolean) | null;
  /** whether the section shows text besides the value: quoted, escaped or bare characters other than spaces, signs
   *  and brackets (`0_);(0)` is a plain number's format) */
  addsText: boolean;
  /** whether the section shows the number as a percentage (`0%`, `0.0%`): 0.5 shows as 50%, which a text column (備考,
   *  想定収容人数) takes as the officer sees it rather than as 0.5 */
  percent: boolean;
  /** whether a whole number's section (no point, percent or exponent) holds a zero before another placeholder
   *  (`(00) ####-####`, `0##-###-####`): a fixed width that can show a 0 the number lacks (`#,##0`'s last 0 cannot) */
  padsZeros: boolean;
  /** a section of fixed digits, zeros and hyphens only (`000-0000`, `[<=99999]000-00`): the lengths of its groups of
   *  zeros ([3, 4]), a code's or a postal code's digits with their leading zeros; else null */
  digitGroups: number[] | null;
  /** a section that shows a fraction (`# ?/?`, `# ??/??`, `?/4`): how; else null */
  fraction: Fraction | null;
}

/** A fraction's section: the literals before and after it, whether a whole number comes first (`# ?/?` shows 1.5 as
 *  1 1/2; `?/?` as 3/2), and the denominator, fixed (`?/4`) or the largest its places hold (`??` 99). */
interface Fraction { head: string; tail: string; whole: boolean; denominator: number; fixed: boolean }

/** The slash of a fraction, maybe with its fixed denominator and what follows it (`/4`, `/4m`), as a literal token holds
 *  it: a placeholder's denominator (`/??`) follows a bare slash. */
const SLASH = /^\s*\/\s*(?:(\d+)(.*)|\s*)$/s;

/** The fraction a section shows, from its tokens: digits, a slash, digits or a fixed denominator. */
function fractionOf(tokens: readonly Token[]): Fraction | null {
  const slashAt = tokens.findIndex((t, k) => t.kind === "literal" && SLASH.test(t.text) && tokens[k - 1]?.kind === "digit");
  if (slashAt === -1 || tokens.some((t) => t.kind === "point" || t.kind === "percent" || t.kind === "exponent")) return null;
  const [, fixed = "", rest = ""] = SLASH.exec((tokens[slashAt] as { text: string }).text) ?? [];
  let end = slashAt + 1;
  while (fixed === "" && tokens[end]?.kind === "digit") end++;
  if (fixed === "" && end === slashAt + 1) return null;
  let start = slashAt;
  while (tokens[start - 1]?.kind === "digit") start--;
  const before = tokens.slice(0, start);
  const whole = before.some((t) => t.kind === "digit");
  const literals = (from: readonly Token[]) => from.map((t) => (t.kind === "literal" ? t.text : "")).join("");
  const head = literals(before.slice(0, whole ? before.findIndex((t) => t.kind === "digit") : before.length));
  return { head, tail: rest + literals(tokens.slice(end)), whole, denominator: fixed === "" ? 10 ** (end - slashAt - 1) - 1 : Number(fixed), fixed: fixed !== "" };
}

/** A number (not negative) as Excel shows it under a fraction's section: the nearest fraction whose denominator the
 *  section allows (`# ?/?` shows 0.5 as 1/2, 1.25 as 1 1/4, 2 as 2; `?/?` 1.5 as 3/2; `# ?/4` 0.3 as 1/4), without the
 *  spaces Excel pads its places with. */
function renderFraction(f: Fraction, value: number): string {
  let whole = f.whole ? Math.floor(value) : 0;
  const part = value - whole;
  let [num, den] = [Math.round(part * f.denominator), f.denominator];
  if (!f.fixed) {
    let best = Infinity;
    for (let d = 1; d <= f.denominator && best > 0; d++) {
      const n = Math.round(part * d);
      const error = Math.abs(part - n / d);
      if (error < best) [best, num, den] = [error, n, d];
    }
  }
  if (f.whole && num === den) [whole, num] = [whole + 1, 0];
  const text = !f.whole ? `${num}/${den}` : num === 0 ? String(whole) : whole === 0 ? `${num}/${den}` : `${whole} ${num}/${den}`;
  return f.head + text + f.tail;
}

export interface NumberFormat {
  /** the text a number shows; null when the section it falls in adds no text (or no section is for it) */
  number(value: number): string | null;
  /** the text a text cell shows; null when the format's text section adds none */
  text(value: string): string | null;
  /** whether text cells are shown with text of the format's (`@"様"`) */
  readonly showsText: boolean;
}

/** Characters a plain number's format shows around its digits: they add no text. */
const DECORATION = /[\s\-+()]/g;

const CONDITION = /^([<>]=?|<>|=)\s*(-?\d+(?:\.\d+)?)$/;

function conditionOf(text: string): (value: number) => boolean {
  const m = CONDITION.exec(text.trim());
  if (m === null) return () => false;
  const bound = Number(m[2]);
  switch (m[1]) {
    case "<": return (v) => v < bound;
    case "<=": return (v) => v <= bound;
    case ">": return (v) => v > bound;
    case ">=": return (v) => v >= bound;
    case "<>": return (v) => v !== bound;
    default: return (v) => v === bound;
  }
}

/** A format code's sections, split at `;` outside quotes, escapes and brackets. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === "\"") i = code.indexOf("\"", i + 1) === -1 ? code.length : code.indexOf("\"", i + 1);
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === "[") i = code.indexOf("]", i + 1) === -1 ? code.length : code.indexOf("]", i + 1);
    else if (ch === ";") {
      sections.push(code.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(code.slice(start));
  return sections;
}

function parseSection(source: string): Section {
  const tokens: Token[] = [];
  let condition: Section["condition"] = null;
  const literal = (text: string) => {
    const last = tokens.at(-1);
    if (last?.kind === "literal") last.text += text;
    else tokens.push({ kind: "literal", text });
  };
  let point = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\"") {
      const end = source.indexOf("\"", i + 1);
      literal(source.slice(i + 1, end === -1 ? source.length : end));
      i = end === -1 ? source.length : end;
    } else if (ch === "\\") literal(source[++i] ?? "");
    else if (ch === "_" || ch === "*") i++; // a space as wide as the next character; the next character repeated to fill
    else if (ch === "[") {
      const end = source.indexOf("]", i + 1);
      const inner = source.slice(i + 1, end === -1 ? source.length : end);
      i = end === -1 ? source.length : end;
      // [>=100] a condition; [$¥-411] a currency sign and a locale, [$-411] a locale; [Red], [DBNum1]: shown as is
      if (/^[<>=]/.test(inner)) condition = conditionOf(inner);
      else if (inner.startsWith("$")) literal(/^\$([^-]*)/.exec(inner)?.[1] ?? "");
    } else if (ch === "0" || ch === "#" || ch === "?") tokens.push({ kind: "digit", char: ch });
    else if (ch === "." && !point) {
      point = true;
      tokens.push({ kind: "point" });
    } else if (ch === ",") tokens.push({ kind: "comma" });
    else if (ch === "%") tokens.push({ kind: "percent" });
    else if ((ch === "E" || ch === "e") && (source[i + 1] === "+" || source[i + 1] === "-")) tokens.push({ kind: "exponent", sign: source[++i] as "+" | "-" });
    else if (ch === "@") tokens.push({ kind: "text" });
    else if (/^General/i.test(source.slice(i))) {
      tokens.push({ kind: "general" });
      i += 6;
    } else if (source.startsWith("G/標準", i)) {
      tokens.push({ kind: "general" });
      i += 3;
    } else literal(ch);
  }
  const shown = tokens.map((t) => (t.kind === "literal" ? t.text : "")).join("").replace(DECORATION, "");
  const whole = !tokens.some((t) => t.kind === "point" || t.kind === "percent" || t.kind === "exponent");
  const placeholders = tokens.filter((t) => t.kind === "digit").map((t) => (t as { char: string }).char).join("");
  const percent = tokens.some((t) => t.kind === "percent");
  return { tokens, condition, addsText: shown !== "", percent, padsZeros: whole && /0./.test(placeholders), digitGroups: digitGroupsOf(tokens), fraction: fractionOf(tokens) };
}

/** The groups of a section of zeros and hyphens (`000-0000`: [3, 4]), two zeros or more; null for any other section. */
function digitGroupsOf(tokens: readonly Token[]): number[] | null {
  let written = "";
  for (const t of tokens) {
    if (t.kind === "digit" && t.char === "0") written += "0";
    else if (t.kind === "literal" && /^-*$/.test(t.text)) written += t.text;
    else return null;
  }
  const groups = written.split("-").map((g) => g.length);
  return written.length - groups.length + 1 >= 2 && !groups.includes(0) ? groups : null;
}

/** Digits padded with zeros to the groups' width and hyphenated between them, the first group taking any digits beyond
 *  (`000-0000` shows 600001 as 060-0001, 12345678 as 1234-5678). */
function inGroups(digits: string, groups: readonly number[]): string {
  const text = digits.padStart(groups.reduce((a, b) => a + b, 0), "0");
  const parts: string[] = [];
  let end = text.length;
  for (let k = groups.length - 1; k > 0; k--) {
    parts.unshift(text.slice(end - groups[k], end));
    end -= groups[k];
  }
  parts.unshift(text.slice(0, end));
  return parts.join("-");
}

/** Digits into placeholders from the right, the leftmost placeholder taking what is left (`000-0000`: 160-0023);
 *  a placeholder with no digit left shows 0 (`0`), a space (`?`) or nothing (`#`); `grouped`: a comma every three. */
function fillRight(tokens: readonly Token[], digits: string, grouped: boolean): string {
  const placeholders = tokens.filter((t) => t.kind === "digit").length;
  let out = "";
  let at = digits.length;
  let seen = 0;
  let left = placeholders;
  const put = (ch: string) => {
    if (grouped && seen > 0 && seen % 3 === 0) out = `,${out}`;
    out = ch + out;
    seen++;
  };
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === "literal") out = t.text + out;
    if (t.kind !== "digit") continue;
    left--;
    if (left === 0 && at > 1) while (at > 0) put(digits[--at]);
    else if (at > 0) put(digits[--at]);
    else if (t.char === "0") put("0");
    else if (t.char === "?") out = ` ${out}`;
  }
  return out;
}

/** Decimal digits into placeholders from the left; trailing zeros under `#` dropped, under `?` shown as spaces. */
function fillLeft(tokens: readonly Token[], digits: string): string {
  const chars = [...digits];
  const places = tokens.filter((t) => t.kind === "digit") as Array<{ kind: "digit"; char: "0" | "#" | "?" }>;
  for (let k = places.length - 1; k >= 0 && chars[k] === "0" && places[k].char !== "0"; k--) chars[k] = places[k].char === "?" ? " " : "";
  let at = 0;
  return tokens.map((t) => (t.kind === "literal" ? t.text : t.kind === "digit" ? chars[at++] ?? "" : t.kind === "percent" ? "%" : "")).join("");
}

/** A number (not negative) as a section shows it, the section's literals around it. */
function render(section: Section, value: number): string {
  if (section.fraction !== null) return renderFraction(section.fraction, value);
  const { tokens } = section;
  let x = value * 100 ** tokens.filter((t) => t.kind === "percent").length;
  const exponentAt = tokens.findIndex((t) => t.kind === "exponent");
  const end = exponentAt === -1 ? tokens.length : exponentAt;
  const pointAt = tokens.findIndex((t, k) => t.kind === "point" && k < end);
  const intEnd = pointAt === -1 ? end : pointAt;
  const firstDigit = tokens.findIndex((t) => t.kind === "digit");
  if (firstDigit === -1 || firstDigit >= end) {
    // no digits: General, or only words (`"なし"` for zero)
    return tokens.map((t) => (t.kind === "literal" ? t.text : t.kind === "general" ? String(x) : t.kind === "percent" ? "%" : "")).join("");
  }
  const intTokens = tokens.slice(firstDigit, intEnd);
  const lastIntDigit = intTokens.findLastIndex((t) => t.kind === "digit");
  // commas after the last integer digit scale by a thousand each; a comma between digits groups them
  const scale = intTokens.slice(lastIntDigit + 1).filter((t) => t.kind === "comma").length;
  const grouped = intTokens.slice(0, lastIntDigit).some((t) => t.kind === "comma");
  x /= 1000 ** scale;
  const decimalTokens = pointAt === -1 ? [] : tokens.slice(pointAt + 1, end);
  const decimals = decimalTokens.filter((t) => t.kind === "digit").length;
  let exponent = "";
  if (exponentAt !== -1) {
    const intPlaces = intTokens.filter((t) => t.kind === "digit").length;
    let e = x === 0 ? 0 : Math.floor(Math.log10(x));
    // ##0.0E+0: engineering notation, the exponent a multiple of the integer places
    e = intPlaces > 1 && (intTokens.find((t) => t.kind === "digit") as { char: string }).char === "#" ? Math.floor(e / intPlaces) * intPlaces : e - (intPlaces - 1);
    x /= 10 ** e;
    if (Number(x.toFixed(decimals)) >= 10 ** intPlaces) {
      x /= 10;
      e += 1;
    }
    const sign = (tokens[exponentAt] as { sign: "+" | "-" }).sign;
    exponent = `E${e < 0 ? "-" : sign === "+" ? "+" : ""}${fillRight(tokens.slice(exponentAt + 1), String(Math.abs(e)), false)}`;
  }
  const [whole, fraction = ""] = x.toFixed(decimals).split(".");
  const intText = fillRight(intTokens.slice(0, lastIntDigit + 1), whole === "0" ? "" : whole, grouped);
  const literalsAfter = (from: readonly Token[]) => from.map((t) => (t.kind === "literal" ? t.text : t.kind === "percent" ? "%" : "")).join("");
  const head = literalsAfter(tokens.slice(0, firstDigit));
  const intTail = literalsAfter(intTokens.slice(lastIntDigit + 1));
  const point = pointAt === -1 ? "" : `.${fillLeft(decimalTokens, fraction)}`;
  return head + intText + intTail + point + exponent;
}

/** Whether a whole number of 1 or more was shown with a 0 before its first digit, one the number itself lacks: Japanese
 *  Excel's 電話番号(東京) `[<=99999999]####-####;(00) ####-####` shows 332091111 as (03) 3209-1111. */
const paddedWithZero = (value: number, shown: string) => Number.isInteger(value) && Math.abs(value) >= 1 && /^\D*0\d/.test(shown);

/** Whether a whole number of 1 or more that fills every digit place of a padding section was shown in the section's
 *  groups, its own digits and no other: 0##-###-#### shows 9012345678 (a mobile number's 11 digits typed, its 0 lost)
 *  as 901-234-5678, which is what the officer sees and what the cell is read as. */
const groupedWhole = (value: number, shown: string) =>
  Number.isInteger(value) && Math.abs(value) >= 1 && shown !== String(Math.abs(value)) && shown.replace(/\D/g, "") === String(Math.abs(value));

export interface CompileOptions {
  /** also show a number that a section pads with zeros though it adds no text (`(00) ####-####`); a plain fixed-width
   *  format (`0000`, `000-0000`) is cell-values.ts's digits, so this is off unless asked for */
  zeroPadding?: boolean;
}

interface Sections {
  /** the sections for numbers: positive, negative, zero, or those of `[>=100]` conditions */
  numeric: Section[];
  /** the section for text: the fourth, or a last one with @ (`0;@"様"`, `@"様"`, `000-0000;@`) */
  text: Section | null;
}

function sectionsOf(code: string): Sections {
  const sections = splitSections(code).slice(0, 4).map(parseSection);
  const last = sections[sections.length - 1];
  const text = sections.length === 4 || last.tokens.some((t) => t.kind === "text") ? last : null;
  return { numeric: text === null ? sections : sections.slice(0, sections.length === 4 ? 3 : -1), text };
}

/** The section Excel shows a value with, and whether it shows the value's sign itself (the negative section). With
 *  conditions (`[<=999]000;[<=99999]000-00;000-0000`) the first section whose condition holds, else the third (or the
 *  second when only the first has one); without, positive;negative;zero, zero the first's when there are two. */
function sectionFor(numeric: readonly Section[], v: number): [Section | undefined, boolean] {
  if (numeric.length === 0) return [undefined, false];
  const [first, second, third] = numeric;
  if (first.condition !== null || second?.condition != null) {
    if (first.condition?.(v)) return [first, false];
    if (second?.condition?.(v)) return [second, false];
    return [first.condition !== null && second?.condition != null ? third : second, false];
  }
  if (v < 0 && numeric.length >= 2) return [second, true];
  if (v === 0 && numeric.length >= 3) return [third, false];
  return [first, false];
}

/** The text a whole number of 0 or more shows under a section of fixed digits; null for another number or section. */
export type FixedDigits = (value: number) => string | null;

/** How a format of fixed digits shows a number, section by section: Japanese Excel's 郵便番号
 *  `[<=999]000;[<=99999]000-00;000-0000` shows 1000005 as 100-0005 and 60012 as 600-12, `000-0000;@` 600001 as
 *  060-0001, `0000000` 112345 as 0112345 (a code's leading zero). Null when no section for numbers is of fixed digits. */
export function compileFixedDigits(code: string): FixedDigits | null {
  const { numeric } = sectionsOf(code);
  if (!numeric.some((s) => s.digitGroups !== null)) return null;
  return (value) => {
    if (!Number.isInteger(value) || value < 0) return null;
    const groups = sectionFor(numeric, value)[0]?.digitGroups;
    return groups == null ? null : inGroups(String(value), groups);
  };
}

/** Whether a number shows as an empty cell under the format: the section for it has nothing in it (`;;;` hides every
 *  value, `0;-0;;@` a zero, `0;;` negatives and zero); null when no section for numbers is empty. */
export function compileHiddenValues(code: string): ((value: number) => boolean) | null {
  const { numeric } = sectionsOf(code);
  if (numeric.length < 2 || !numeric.some((s) => s.tokens.length === 0)) return null;
  return (value) => sectionFor(numeric, value)[0]?.tokens.length === 0;
}

/** Whether text typed into a cell shows as an empty cell under the format: its fourth section, the one for text, is
 *  empty (`;;;`, `0;-0;0;`). With fewer sections (`0;-0;`) Excel shows text as typed. */
export function hidesText(code: string): boolean {
  const sections = splitSections(code);
  return sections.length >= 4 && sections[3] === "";
}

/** The format compiled, or null when none of its sections adds text (a plain number's or a date's format) nor, with
 *  zeroPadding, pads a number with zeros. */
export function compileNumberFormat(code: string, { zeroPadding = false }: CompileOptions = {}): NumberFormat | null {
  const { numeric, text: textSection } = sectionsOf(code);
  const pads = (s: Section) => zeroPadding && s.padsZeros;
  const shows = (s: Section) => s.addsText || s.percent;
  if (![...numeric, textSection].some((s) => s !== null && (shows(s) || pads(s)))) return null;
  return {
    showsText: textSection?.addsText === true,
    number(value) {
      const [section, signed] = sectionFor(numeric, value);
      if (section === undefined || !(shows(section) || pads(section))) return null;
      const shown = render(section, Math.abs(value));
      if (!shows(section) && !paddedWithZero(value, shown) && !groupedWhole(value, shown)) return null;
      return value < 0 && !signed ? `-${shown}` : shown;
    },
    text(value) {
      if (textSection === null || !textSection.addsText) return null;
      return textSection.tokens.map((t) => (t.kind === "literal" ? t.text : t.kind === "text" ? value : "")).join("");
    },
  };
}

/** The digits a number shows rounded to `decimals` places, as Excel rounds (half away from zero, on the fifteen digits
 *  it keeps): null when the number has no more places than that, or is too large or small for plain digits. */
export function roundedText(value: number, decimals: number): string | null {
  const text = String(Number(Math.abs(value).toPrecision(15)));
  const point = text.indexOf(".");
  if (text.includes("e") || point === -1 || text.length - point - 1 <= decimals) return null;
  const kept = BigInt(text.slice(0, point) + text.slice(point + 1, point + 1 + decimals)) + (text[point + 1 + decimals] >= "5" ? 1n : 0n);
  const digits = kept.toString().padStart(decimals + 1, "0");
  const shown = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return value < 0 ? `-${shown}` : shown;
}

/** How a plain number's format rounds a number it shows (`0` shows 1234.6 as 1235, `#,##0.0` 12.345 as 12.3): the
 *  decimal places it is shown to (roundedText gives the text, only where it is wanted: a number column reads the number
 *  stored); null for a number shown whole. Null when no section for numbers shows digits to a fixed place and nothing
 *  else: a section that scales (`#,##0,`), a percentage, an exponent, General or words (number() shows those) is left to
 *  the number stored. */
export function compileRounding(code: string): ((value: number) => number | null) | null {
  const { numeric } = sectionsOf(code);
  const places = numeric.map(decimalPlaces);
  if (places.every((p) => p === null)) return null;
  const scales = places.map((p) => 10 ** (p ?? 0));
  const conditional = numeric.some((s) => s.condition !== null);
  return (value) => {
    // positive;negative;zero as sectionFor picks them, without its pair made per cell
    const k = conditional ? numeric.indexOf(sectionFor(numeric, value)[0] as Section)
      : value < 0 && numeric.length >= 2 ? 1 : value === 0 && numeric.length >= 3 ? 2 : 0;
    const decimals = places[k];
    // a whole number of the places shown, as most are, is shown as it is: no text made
    return decimals == null || Number.isInteger(value * scales[k]) ? null : decimals;
  };
}

/** The decimal places a section shows a number to, when it shows it as digits only (`0`, `#,##0.00`, `0_);(0)`). */
function decimalPlaces(section: Section): number | null {
  const { tokens } = section;
  if (section.addsText || section.percent || tokens.some((t) => t.kind === "exponent" || t.kind === "general" || t.kind === "text")) return null;
  const digitsAt = tokens.map((t, k) => (t.kind === "digit" ? k : -1)).filter((k) => k >= 0);
  if (digitsAt.length === 0) return null;
  const pointAt = tokens.findIndex((t) => t.kind === "point");
  const lastInt = pointAt === -1 ? digitsAt[digitsAt.length - 1] : digitsAt.filter((k) => k < pointAt).pop() ?? -1;
  // a comma after the integer's last digit scales by a thousand: the number shown is another number
  if (tokens.slice(lastInt + 1, pointAt === -1 ? tokens.length : pointAt).some((t) => t.kind === "comma")) return null;
  return pointAt === -1 ? 0 : digitsAt.filter((k) => k > pointAt).length;
}
