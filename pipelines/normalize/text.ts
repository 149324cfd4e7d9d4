// Text cells. `cleanCell` is the first step for every kind: invalid characters, line breaks, trimming and the
// placeholders that mean "empty". `normalizeText` then unifies width and whitespace; `normalizeUrl` checks URLs.
import type { Issue } from "../issues.ts";
import { type At, added, type Fixed, hasInvalidCharacter, problem } from "./fixed.ts";
import { PRIVATE_USE } from "./gaiji.ts";
import { isPrivateLink } from "./private-link.ts";
import { repairUrlScheme } from "./url-scheme.ts";

/** Only these, alone in a cell, mean "no value". なし/無 are real values (flags read them). */
/** What Excel shows (and writes to CSV) for a formula it could not calculate. */
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);
/** `="0312345678"`: how systems write a CSV cell so that Excel keeps its leading zeros (a formula giving text). */
const EXCEL_TEXT_FORMULA = /^="((?:[^"]|"")*)"$/s;
/** What spreadsheets read as the start of a formula: an export made safe against formula injection (ours among them,
 *  record-output.ts) writes ' before it, and that ' is no part of the value. */
const FORMULA_START = /^'[=+\-@]/;
/** Excel's "keep as text" mark, typed before what a spreadsheet would otherwise turn into a number or a date (and so
 *  lose leading zeros or digits): `'001`, `'0333121111`, `'1371500011`, `'2024/4/1`. Only a cell of digits and the
 *  separators of numbers, phones and dates after it is taken so; before words (`'80s`, `'s Cafe`) the ' is the
 *  text's own, and spreadsheets turn such text into no number anyway. */
const TEXT_MARK = /^'[0-9０-９][0-9０-９\s\-‐－−/／.．,，:：()（）年月日]*$/;
const isExcelError = (s: string) => s.charCodeAt(0) === 0x23 && EXCEL_ERRORS.has(s.toUpperCase());
const PLACEHOLDERS = new Set(["-", "－", "―", "ー", "ｰ", "‐", "−", "–", "—", "null", "NULL", "Null", "N/A", "n/a"]);
/** Dashes typed twice or more (`--`, `ーー`, `――`): a dash as many tables write it, no value. */
const DASH_RUN = /^[-－―ーｰ‐−–—]{2,4}$/;

// Controls except tab/newline, zero-width characters, a BOM inside the cell, and unpaired UTF-16 halves.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPACE_RUN = /[ \t\u00A0\u3000]{2,}|[\t\u00A0]/g;
const HAS_SPACE_RUN = /[ \t\u00A0\u3000]{2}|[\t\u00A0]/;
/** Text as a list, a header or a label writes it, compared: NFKC, no spaces. A text NFKC leaves as it is and without
 *  spaces (新宿区役所, most names) is returned as it is: NFKC is a call into ICU that makes a new string, and a record
 *  repair asks it of a name on every row (operator.ts). */
export const plainWords = (text: string) => (isNfkcStable(text) ? text : text.normalize("NFKC").replace(/\s/g, ""));

/** Longer than this, a value of a typed kind (number, date, time, coordinate, code) is no such value. */
export const MAX_TYPED_LENGTH = 100;
const EXPONENT = /^\+?(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})$/;

export interface Cleaned extends Fixed<string | null> {
  /** whitespace was cut from either end */
  trimmed: boolean;
}

/** Removes what no value may hold, trims, and reads placeholders (`-`, `－`, `null`, `N/A` …) as empty. */
export function cleanCell(raw: string, at: At): Cleaned {
  if (raw === "") return { value: null, issues: [], trimmed: false };
  const issues: Issue[] = [];
  let s = raw;
  if (hasInvalidCharacter(raw)) {
    s = raw.replace(INVALID, "");
    if (s.length !== raw.length) issues.push(problem("invalid_characters", at, raw));
  }
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  // what a decoder put for bytes it could not read: kept, so the person sees where, and reported
  if (s.includes("\uFFFD")) issues.push(problem("garbled_text", at, raw));
  if (PRIVATE_USE.test(s)) issues.push(problem("private_use_character", at, raw));
  let value = s.trim();
  const trimmed = value.length !== s.length;
  const quoted = value.charCodeAt(0) === 0x3d ? EXCEL_TEXT_FORMULA.exec(value) : null;
  if (quoted !== null) {
    issues.push(problem("excel_text_formula", at, raw));
    value = quoted[1].replaceAll("\"\"", "\"").trim();
  }
  if (value.charCodeAt(0) === 0x27 && FORMULA_START.test(value)) {
    issues.push(problem("formula_escape_removed", at, raw));
    value = value.slice(1);
  } else if (value.charCodeAt(0) === 0x27 && TEXT_MARK.test(value)) {
    issues.push(problem("text_mark_removed", at, raw));
    value = value.slice(1);
  }
  if (value === "") return { value: null, issues, trimmed: false };
  if (isExcelError(value)) return { value: null, issues: [...issues, problem("excel_error_value", at, raw)], trimmed: false };
  // every placeholder is at most 4 characters, full width or not
  if (isPlaceholder(value)) return { value: null, issues: [...issues, problem("placeholder_value", at, raw)], trimmed: false };
  return { value, issues, trimmed };
}

/** Full-width ASCII letters, digits and symbols (Ａ１（－）) → half-width; kana and Japanese punctuation stay. */
export const toHalfWidthAscii = (s: string): string => halfWidth(s, null);

const isFullWidthAscii = (c: number) => c >= 0xff01 && c <= 0xff5e;
const isFullWidthAlnum = (c: number) => (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
const isAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isFullWidthAlnum(c);
/** Longer cells are converted by slices (a call's arguments are limited). */
const MAX_APPLY = 4096;

/** Brackets (made half-width one at a time, a pair would be split) and ～: kept even between letters or digits. */
const KEPT_SYMBOLS = [..."（）［］｛｝＜＞～"].map((c) => c.charCodeAt(0));

/** Whether the full-width character `c` at `i` of `s` is made half-width in text (toHalfWidthText). */
const halfInText = (s: string, i: number, c: number) => isFullWidthAlnum(c)
  || (!KEPT_SYMBOLS.includes(c) && i > 0 && i < s.length - 1 && isAlnum(s.charCodeAt(i - 1)) && isAlnum(s.charCodeAt(i + 1)));

/**
 * Text as the standard writes it: full-width letters and digits half-width (英数字は半角), and a full-width symbol
 * between two of them with them (`１－４－１`, `Ａ＆Ｂ`, `ａ＠ｂ．ｊｐ`). Other symbols stay as written: the standard's
 * own values write `認定こども園（幼保連携型）`, `810人（2平方メートルあたり1人）` and `月～金` with full-width ones.
 */
export const toHalfWidthText = (s: string): string => halfWidth(s, halfInText);

/** `s` with its full-width ASCII characters half-width: every one (`which` null), or those `which` picks. The test is
 *  written out in both loops: a closure made per call to share it cost as much as the conversion of a short cell. */
function halfWidth(s: string, which: ((s: string, i: number, c: number) => boolean) | null): string {
  const n = s.length;
  let first = 0;
  while (first < n && !isFullWidthAscii(s.charCodeAt(first))) first++;
  if (first === n) return s;
  if (n > MAX_APPLY) {
    let out = "";
    let from = 0;
    for (let i = first; i < n; i++) {
      const c = s.charCodeAt(i);
      if (isFullWidthAscii(c) && (which === null || which(s, i, c))) {
        out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
        from = i + 1;
      }
    }
    return from === 0 ? s : out + s.slice(from);
  }
  // one string from the character codes: appending a character at a time made a string per character
  const codes = new Array<number>(n);
  for (let i = 0; i < first; i++) codes[i] = s.charCodeAt(i);
  let changed = false;
  for (let i = first; i < n; i++) {
    const c = s.charCodeAt(i);
    const h = isFullWidthAscii(c) && (which === null || which(s, i, c));
    codes[i] = h ? c - 0xfee0 : c;
    changed ||= h;
  }
  return changed ? String.fromCharCode.apply(null, codes) : s;
}

/**
 * `value` after its label, as a text column keeps it (休館日：第3月曜日, SSID:Free_Wi-Fi): the colon full-width, except
 * between two letters or digits, where reading the text again (toHalfWidthText) would make it half-width; so a text
 * written by the hub reads back as written.
 */
export function labelledText(label: string, value: string): string {
  const between = label.length > 0 && value.length > 0 && isAlnum(label.charCodeAt(label.length - 1)) && isAlnum(value.charCodeAt(0));
  return `${label}${between ? ":" : "："}${value}`;
}

/** Whether `held` says `text` already: as a part of its own, not inside a longer word (`許可年月日：未定` is not said by
 *  `初回許可年月日：未定`). */
export function saysAlready(held: string, text: string): boolean {
  for (let at = held.indexOf(text); at >= 0; at = held.indexOf(text, at + 1)) {
    if (at === 0 || /[\s/、。，,・：:（(「]/.test(held[at - 1])) return true;
  }
  return false;
}

/** Whether every character of `s` is one NFKC leaves as it is whatever stands beside it, and none is a space: visible
 *  ASCII, hiragana, katakana (no voiced marks, no ・), ー and the CJK unified ideographs. None of them has a
 *  compatibility mapping or is the second half of a composition (those are combining marks, Hangul jamo and a few
 *  Indic vowel signs), so NFKC of the whole is `s` (a test checks each character). */
export function isNfkcStable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c > 0x20 && c < 0x7f) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc
      || (c >= 0x4e00 && c <= 0x9fff))) return false;
  }
  return true;
}

/** Whether `s` is all ASCII (then NFKC and width conversions leave it as it is). */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// NFKC of each half-width character (U+FF61–FF9F), and of each one followed by ﾞ or ﾟ where the two compose into one
// (ｶﾞ → ガ), made by String.prototype.normalize itself: converting a run pair by pair with these tables gives what
// NFKC of the run gives (a voiced mark composes only with the character right before it; a second mark is blocked by
// the first), without a call into ICU per cell.
const KANA_FIRST = 0xff61;
const KANA_LAST = 0xff9f;
const KANA: readonly string[] = Array.from({ length: KANA_LAST - KANA_FIRST + 1 }, (_, i) => String.fromCharCode(KANA_FIRST + i).normalize("NFKC"));
const KANA_VOICED = new Map<number, string>();
for (let c = KANA_FIRST; c <= KANA_LAST; c++) {
  for (const mark of [0xff9e, 0xff9f]) {
    const joined = String.fromCharCode(c, mark).normalize("NFKC");
    if (joined.length === 1) KANA_VOICED.set(c * 2 + (mark - 0xff9e), joined);
  }
}

/** Half-width katakana and punctuation (ｶﾞｯｺｳ｡) → full-width (ガッコウ。), voiced marks joined (NFKC of each run). */
export function toFullWidthKana(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < KANA_FIRST || c > KANA_LAST) continue;
    const next = s.charCodeAt(i + 1);
    const voiced = next === 0xff9e || next === 0xff9f ? KANA_VOICED.get(c * 2 + (next - 0xff9e)) : undefined;
    out += s.slice(from, i) + (voiced ?? KANA[c - KANA_FIRST]);
    if (voiced !== undefined) i++;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** No spaces around line breaks (per line, so a huge run of spaces costs linear time). */
function trimLines(s: string): string {
  return s.includes("\n") ? s.split("\n").map((line) => line.trim()).join("\n") : s;
}

/** Tabs and no-break spaces → space, runs of spaces → one, no spaces around line breaks. */
export function collapseSpaces(s: string): string {
  const lines = trimLines(s);
  if (!HAS_SPACE_RUN.test(lines)) return lines;
  return lines.replace(SPACE_RUN, (run) => (/^\u3000+$/.test(run) ? "\u3000" : " "));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Whether the text starts as restoreExponent's EXPONENT does (/^\+?\d(?:\.\d+)?[eE]/, by a scan): else it is no
 *  exponent notation (most cells fail on the first character). */
function mayBeExponent(s: string): boolean {
  let i = s.charCodeAt(0) === 0x2b ? 1 : 0;
  if (!isDigit(s.charCodeAt(i++))) return false;
  if (s.charCodeAt(i) === 0x2e) {
    const point = i++;
    while (isDigit(s.charCodeAt(i))) i++;
    if (i === point + 1) return false;
  }
  const c = s.charCodeAt(i);
  return c === 0x65 || c === 0x45;
}

/** The digits before the exponent (`1.23457E+12` → 6): as many as Excel kept of the number it shows so. */
export const significantDigits = (s: string): number => s.replace(/[eE].*$/, "").replace(/\D/g, "").length;

/** `1.23457E+12` (Excel's display of a long number) → `1234570000000`; null when it is no whole number. */
export function restoreExponent(s: string): string | null {
  if (!mayBeExponent(s)) return null;
  const m = EXPONENT.exec(s);
  if (!m) return null;
  const digits = m[1] + (m[2] ?? "");
  const length = Number(m[3]) + 1;
  if (digits.length > length || length < 6) return null;
  return digits.padEnd(length, "0");
}

/** textKind: no text repair would change the cell. */
const PLAIN = 0;
/** textKind: only its full-width ASCII or half-width kana would change (a width repair, see normalizeText). */
export const WIDTH = 1;
/** textKind: anything else; it takes every step. */
const OTHER = 2;

/**
 * PLAIN for a cell no text repair would change: no controls or line breaks, no full-width ASCII, half-width kana,
 * no-break or other Unicode spaces trim() would cut, no space or ideographic space at either end or two in a row, no
 * surrogates, no 外字 (private use). WIDTH when full-width ASCII (U+FF01–FF5E) or half-width kana (U+FF61–FF9F) are all
 * that keep it from being PLAIN. One scan instead of five passes.
 */
export function textKind(s: string): number {
  let kind = PLAIN;
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    // visible ASCII, then kana, kanji and Japanese punctuation: the characters of most cells, none of them special
    if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xd800 && c !== 0x3007)) continue;
    if (c === 0x20 || c === 0x3000) {
      // one space (or one ideographic space) between two other characters stays as it is
      if (i === 0 || i === last) return OTHER;
      const next = s.charCodeAt(i + 1);
      if (next === 0x20 || next === 0x3000) return OTHER;
    } else if ((c >= 0xff01 && c <= 0xff5e) || (c >= 0xff61 && c <= 0xff9f)) kind = WIDTH;
    else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x2060) || c === 0x25cb || c === 0x3007
      || (c >= 0xd800 && c <= 0xf8ff) || c >= 0xfeff) return OTHER;
  }
  return kind;
}

/** Whether the first character can start a placeholder: `-`, `n`, `N`, dashes U+2010–2212, `ー`, full-width forms. */
const mayStartPlaceholder = (c: number) => c === 0x2d || c === 0x6e || c === 0x4e || (c >= 0x2010 && c <= 0x2212) || c === 0x30fc || c >= 0xff01;
for (const p of PLACEHOLDERS) if (!mayStartPlaceholder(p.charCodeAt(0))) throw new Error(`mayStartPlaceholder misses ${p}`);
/** Whether the cell is a placeholder, an Excel error value, or may be an `="…"` text formula or a `'`-escaped one as
 *  written (placeholders are at most 4 characters; most cells fail on the first). */
function isPlainPlaceholder(s: string): boolean {
  const first = s.charCodeAt(0);
  if (first === 0x23) return isExcelError(s);
  return first === 0x3d || first === 0x27 || (s.length <= 4 && mayStartPlaceholder(first) && (PLACEHOLDERS.has(s) || DASH_RUN.test(s)));
}

/** The value of a text cell no repair would change (the cell itself), or undefined: then it takes normalizeText. */
export function plainText(raw: string): string | undefined {
  return raw !== "" && textKind(raw) === PLAIN && !isPlainPlaceholder(raw) && !mayBeExponent(raw) ? raw : undefined;
}

/** The width and exponent steps of normalizeText, on `s` (the cell `raw` cleaned), adding to `issues`. */
function repairWidth(s: string, issues: Issue[], at: At, raw: string): Fixed<string> {
  const half = toHalfWidthText(s);
  if (half !== s) issues = added(issues, problem("full_width_converted", at, raw));
  let out = toFullWidthKana(half);
  if (out !== half) issues = added(issues, problem("half_width_kana", at, raw));
  const restored = restoreExponent(out);
  // only a restoration that invents no digit is made: an ID or a code shown as 1.31E+09 has lost its own
  if (restored !== null) {
    const exact = restored.length === significantDigits(out);
    issues = added(issues, problem(exact ? "exponent_notation" : "exponent_digits_lost", at, raw));
    if (exact) out = restored;
  }
  return { value: out, issues };
}

export function normalizeText(raw: string, at: At): Fixed<string | null> {
  const kind = raw === "" ? OTHER : textKind(raw);
  if (kind === PLAIN && !isPlainPlaceholder(raw) && !mayBeExponent(raw)) return { value: raw, issues: [] };
  // a WIDTH cell longer than any placeholder: cleanCell and collapseSpaces would change nothing (no control, line
  // break, space run or space at an end), so only the width steps run
  if (kind === WIDTH && raw.length > 4 && raw.charCodeAt(0) !== 0x27) return repairWidth(raw, [], at, raw);
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  let issues = clean.issues;
  const s = collapseSpaces(clean.value);
  if (clean.trimmed || s !== clean.value) issues = added(issues, problem("extra_whitespace", at, raw));
  if (TEMPLATE_BLANK.test(s)) issues = added(issues, problem("template_example", at, raw));
  return repairWidth(s, issues, at, raw);
}

/** The blanks of the official templates' example row (○○会館, 〇〇会館, 札幌市厚別区青葉町一丁目○-○): no real name or
 *  address has them (textKind sends every cell with ○ or 〇 here). 〇 is also a kanji numeral (二〇〇番地): next to
 *  another numeral it is one. */
export const TEMPLATE_BLANK = /○○|○-○|○番|(?<![一二三四五六七八九十百千〇])〇(?:〇|-〇|番)(?![一二三四五六七八九十百千〇])/;

const URL_LINE = /^https?:\/\/[^\s]+$/i;

/** A web address alone, with its scheme or from `www.` (`https://…`, `www.city.example.jp/…`): a link where a column
 *  expects a word, a format or an address (marked-cells.ts, lists.ts, address-shape.ts). */
const WEB_ADDRESS_ALONE = /^(?:https?:\/\/|www\.)\S+$/i;
export const isWebAddressAlone = (text: string): boolean => WEB_ADDRESS_ALONE.test(text);

/** A URL as the standard wants it: printable ASCII, no space, http(s):// (and no third slash). Such a cell needs no
 *  repair. */
const PLAIN_URL = /^https?:\/\/[\x21-\x2E\x30-\x7E][\x21-\x7E]*$/;

/** The cell when it is such a URL, else undefined (then it takes normalizeUrl). A regex: faster than a loop of
 *  charCodeAt over a long cell cut from the decoded text. */
export const plainUrl = (raw: string): string | undefined =>
  (PLAIN_URL.test(raw) && !isPrivateLink(raw) && (raw.indexOf("://", 8) < 0 || urlsRunTogether(raw) === null) ? raw : undefined);

/** Words that only say there is none (法人番号 `なし`, `該当なし`): in a code's column no value, read as a placeholder is
 *  (normalizeCorporateNumber, normalizeFixedCode, normalizePostalCode); in a text column they are information
 *  (休館日 `なし`) and stay, and a count's `なし` may say there is no limit (定員). */
const NONE_WORDS = ["なし", "無し", "無", "ナシ", "該当なし"];
const NONE = new Set([...NONE_WORDS, "該当無し", "特になし", "特に無し"]);
/** A character every word of NONE holds, also before NFKC (ﾅ is ナ half-width). */
const NONE_CHAR = /[な無ナﾅ]/;
/** Whether a cell (cleaned) says only that there is none; the length and character tests first, as most cells fail them
 *  (a required column's every cell is asked, none-required.ts). */
export const saysNone = (value: string): boolean => value.length <= 8 && NONE_CHAR.test(value) && NONE.has(plainWords(value));

/** A cell that is only a placeholder (`-`, `－`, `ーー`, `null`, `N/A`), trimmed: the length test first, as most cells are longer. */
export function isPlaceholder(value: string): boolean {
  return value.length <= 4 && (PLACEHOLDERS.has(value) || PLACEHOLDERS.has(toHalfWidthAscii(value)) || DASH_RUN.test(value));
}

/** Words that say there is no page (なし), none yet (準備中, 未定) or none known (不明): no link, whatever a URL column
 *  keeps as written. In a text column such a word is information (利用可能曜日 `未定`) and stays. */
const NO_URL = new Set([...NONE_WORDS, "未定", "準備中", "作成中", "調査中", "調整中", "不明"]);
/** Whether a cell (cleaned) only says there is no value, none yet or none known (NO_URL: `なし`, `未定`, `準備中`): in a
 *  column that names one thing (a URL, an SSID) no value; the length test first, as most cells are longer. */
export const saysNoValueYet = (value: string): boolean => value.length <= 8 && NO_URL.has(plainWords(value));
/** Words that say a value is withheld on purpose (電話番号 `非公開`, `非掲載`, `公開していません`), a dash or brackets around
 *  them (`－（非公開）`) taken off: no value, and no fault to fix. */
const WITHHELD = new Set(["非公開", "非掲載", "非公表", "公開していません", "掲載していません", "公表していません", "公開しておりません", "掲載しておりません", "公開なし", "掲載なし", "公開不可", "掲載不可"]);
const WITHHELD_AROUND = /^[-‐ー―()[\]【】「」※]+|[-‐ー―()[\]【】「」]+$/g;
/** Whether a cell (cleaned) only says its value is withheld (非公開); the length test first, as most cells are longer. */
export function saysWithheld(value: string): boolean {
  if (value.length > 30 || !(value.includes("公") || value.includes("掲"))) return false;
  const words = plainWords(value).replace(WITHHELD_AROUND, "");
  // with its reason after it in brackets (非公開（個人宅のため）)
  return WITHHELD.has(words) || WITHHELD.has(words.replace(WITHHELD_REASON, ""));
}
const WITHHELD_REASON = /\([^()]*\)?$/;
const BARE_SCHEME = /^\s*(?:https?|ｈｔｔｐｓ?)[:：][/／]{0,2}\s*$/i;

/** A note after a URL, as web pages write beside a link and lists copy (`（外部リンク）`, `【PDF：120KB】`, `※要ログイン`,
 *  ` (PDF)`, ` 外部サイト`): a bracket that closes the cell, after an address of plain ASCII, so a Japanese path
 *  (`…/wiki/新宿区（東京都）`) or a bracket inside the path (`…/path/（新宿）/index.html`) is not cut. */
const URL_NOTE = /^(https?:\/\/[\x21-\x7E]+?)(?:[ \u3000]*(?:[（【［「〔《][^（【［「〔《]*[）】］」〕》]$|※)|[ \u3000]+\S)/is;
/** Where a second address starts right after the path of the first, no space between (`http://www.a.jp/http://www.a.jp/b.html`,
 *  as 高松市's hospital table joins a site and its page). */
const RUN_TOGETHER = /(?<=\/)(?=https?:\/\/)/gi;
/** A web archive's address holds the page's in its own path (`https://web.archive.org/web/2020…/https://…`): one address. */
const ARCHIVE_HOST = /^https?:\/\/[^/]*archive/i;

/** The addresses of a cell of addresses run together, or null when it is one address (or words). */
function urlsRunTogether(value: string): string[] | null {
  if (!/^https?:\/\//i.test(value) || /\s/.test(value) || ARCHIVE_HOST.test(value)) return null;
  const parts = value.split(RUN_TOGETHER);
  return parts.length > 1 ? parts : null;
}

/** The name of a page before its address, on the line above or beside it (`カマタマーレ讃岐オフィシャルサイト` over
 *  `https://www.kamatamare.jp/`, `ホームページ：https://…`), as an event list copies a link: the name, then the address. */
const LABELLED_URL = /^([^]*?\S)[\s:：]+((?:https?|ｈｔｔｐｓ?)[:：]\S+)$/iu;
/** Several addresses in one cell, one per line or beside each other (`https://…/a.html https://…/a.pdf`). */
const URL_SEPARATOR = /[\s\u3000、，]+/;
const URL_START = /^(?:https?|ｈｔｔｐｓ?)[:：]/i;

/** What an address has and a link's words (`詳細はこちら`, `ホームページ`, a page's title) have not: a scheme, a
 *  dotted name (`aed.csv`, `www.city…`), a path or a mail address. */
const ADDRESS_MARK = /:\/\/|[a-z0-9-]\.[a-z0-9-]*[a-z]|^\/|@/i;
/** Words (a letter in them; a figure such as `500` is a cell out of its place, which not_a_url names) with no address
 *  in any line. */
const isLinkText = (cell: string): boolean => /\p{L}/u.test(cell) && !cell.split("\n").some((line) => ADDRESS_MARK.test(line));

/** A URL: half-width, a broken http(s) scheme (`https:www.…`) repaired, else kept as written; a warning when it does
 *  not start with http(s)://. A word saying there is no page (NO_URL) is no URL: empty, with a warning (the record
 *  stage keeps the word in 備考); so is a note after the address, and the addresses after the first of several (the
 *  value is the first, the cell is kept). Words with no address in them (`詳細はこちら`) are the text of a link
 *  that was lost: empty, warned (url_link_text; the record stage keeps them in 備考). */
export function normalizeUrl(raw: string, at: At): Fixed<string | null> {
  if (plainUrl(raw) !== undefined) return { value: raw, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  // a word saying there is no page, or a scheme with no address after it (the template's `http://` left as it was)
  if (saysNoValueYet(clean.value) || BARE_SCHEME.test(clean.value)) return { value: null, issues: [...issues, problem("url_placeholder", at, raw)] };
  const parts = urlsRunTogether(clean.value.trim()) ?? clean.value.trim().split(URL_SEPARATOR);
  if (parts.length > 1 && parts.every((part) => URL_START.test(part))) {
    const first = normalizeUrl(parts[0], at);
    return { value: first.value, issues: [...issues, ...first.issues.filter((i) => i.code !== "full_width_converted"), problem("url_several", at, raw)] };
  }
  const noted = URL_NOTE.exec(clean.value.trim());
  if (noted !== null) {
    const address = normalizeUrl(noted[1], at);
    return { value: address.value, issues: [...issues, ...address.issues, problem("url_with_note", at, raw)] };
  }
  const labelled = LABELLED_URL.exec(clean.value.trim());
  if (labelled !== null && isLinkText(labelled[1])) {
    const address = normalizeUrl(labelled[2], at);
    return { value: address.value, issues: [...issues, ...address.issues, problem("url_with_label", at, raw)] };
  }
  const lines = trimLines(clean.value);
  const half = toHalfWidthAscii(lines);
  if (half !== lines) issues.push(problem("full_width_converted", at, raw));
  const s = half.split("\n").map(repairUrlScheme).join("\n");
  if (s !== half) issues.push(problem("url_scheme_repaired", at, raw));
  // an office's own link (a share, an intranet host) is not published, nor kept in 備考: it opens nothing for a reader
  if (s.split("\n").some(isPrivateLink)) return { value: null, issues: [...issues.filter((i) => i.code !== "url_scheme_repaired"), problem("url_private", at, raw)] };
  if (!s.split("\n").every((line) => URL_LINE.test(line))) {
    // words with no address in them (詳細はこちら, a page's title) are a link's text whose link was lost: no URL
    if (isLinkText(s)) return { value: null, issues: [...issues.filter((i) => i.code !== "full_width_converted"), problem("url_link_text", at, raw)] };
    issues.push(problem("not_a_url", at, raw));
  }
  return { value: s, issues };
}
