// An SSID, the name a Wi-Fi network broadcasts: one name, in the letters it is broadcast in. Several in one cell
// (`Chiyoda_Free_Wi-Fi／00000JAPAN（災害時）`, one per line, `A, B`) publish a name no network has: the first is the
// value, warned, and the cell kept in 備考 (kept-cells.ts); so is a note in brackets (`（災害時）`, a band `(5GHz)`,
// `[2.4GHz]`, `（2.4GHz/5GHz）`, taken off before the names are split, so its slash splits nothing) or after ※
// (`X ※パスワード不要`). A label before the name (`SSID：X`) is taken off, said as info. A name written full-width
// (`Ｃｈｉｙｏｄａ　Ｆｒｅｅ　Ｗｉ－Ｆｉ`) is made half-width throughout, its spaces too, as no network broadcasts those.
// A word saying there is no network, none yet or none known (`なし`, `未定`, `準備中`, `調査中`) names none: no SSID, warned
// as a URL cell's is (ssid_placeholder), and the cell kept in 備考 so that what the officer wrote stays; so does such a word
// with a note beside it or on the next line (`未定（2025年度開設予定）`, `なし\n(docomo)`): the note says when or why, not a name.
// A name withheld (`非公開`, `（非公開）`) is no name either, but no fault: said as info (ssid_withheld), kept in 備考.
import { type At, added, type Fixed, problem, problemAt } from "./fixed.ts";
import { isAscii, normalizeText, plainText, saysNoValueYet, saysWithheld, toHalfWidthAscii } from "./text.ts";

/** Between two SSIDs: a line break, a slash, 、 ， , ; ・ (full- or half-width). */
const SEPARATOR = /\s*[\n/／、，,;；・･]\s*/;
/** Text in brackets, with the spaces around it: `（災害時）`, `(5GHz)`, `[2.4GHz]`, `【ステルス】`. */
const BRACKETED = /\s*([（(［[【])([^（）()［］[\]【】]*)([）)］\]】])\s*/g;
/** A band or bands (`2.4GHz`, `5G`, `2.4GHz/5GHz`, `5GHz帯`): what a bracket after a name says of its radio. */
const BAND = /^\s*(?:(?:2\.4|5|6)\s*G(?:Hz)?\s*帯?\s*(?:[/／・,、&]\s*|$))+$/i;
/** Whether bracketed text is a note, not part of the name: a full-width bracket (no network broadcasts one: a person
 *  wrote it), Japanese words, or a band. Other ASCII in half-width brackets (`(Guest)`) may be the name's own. */
const isNote = (open: string, inside: string, close: string) =>
  open.charCodeAt(0) > 0x7f || close.charCodeAt(0) > 0x7f || !isAscii(inside) || BAND.test(inside);
/** A note after ※ to the end of its line, once something stands before it (`X ※パスワード不要`). */
const MARKED_NOTE = /(?<=\S)\s*※[^\n]*/g;
/** A label before the name: `SSID：`, `SSID:`, `ＳＳＩＤ：`, `SSID名：`. */
const LABEL = /^SSID名?\s*[:：]\s*/i;

/** The cell without its notes (brackets that are notes, ※ notes), and whether it had any. */
function withoutNotes(text: string): string {
  const unbracketed = text.includes("(") || text.includes("[") || /[（［【]/.test(text)
    ? text.replace(BRACKETED, (whole, open: string, inside: string, close: string) => (isNote(open, inside, close) ? " " : whole))
    : text;
  return (unbracketed.includes("※") ? unbracketed.replace(MARKED_NOTE, " ") : unbracketed).trim();
}

/** One SSID as broadcast: full-width ASCII half-width, and an ideographic space a space when the rest is ASCII. */
function halfWidthSsid(s: string): string {
  const half = toHalfWidthAscii(s);
  const spaced = half.replace(/\u3000/g, " ");
  return isAscii(spaced) ? spaced : half;
}

export function normalizeSsid(raw: string, at: At): Fixed<string | null> {
  const text = normalizeText(raw, at);
  if (text.value === null) return text;
  let issues = text.issues;
  if (saysNoValueYet(text.value)) return { value: null, issues: added(issues, problem("ssid_placeholder", at, raw)) };
  // 非公開: a network kept for staff, or a name not given out, is no fault; published as no SSID, never as one named 非公開
  if (saysWithheld(text.value)) return { value: null, issues: added(issues, problem("ssid_withheld", at, raw)) };
  const label = LABEL.exec(text.value);
  const unlabelled = label === null ? text.value : text.value.slice(label[0].length);
  const noteless = withoutNotes(unlabelled);
  const names = noteless.split(SEPARATOR).filter((name) => name !== "");
  // a cell of nothing but a note names no network
  if (names.length === 0) return { value: null, issues: added(issues, problem("ssid_with_note", at, raw)) };
  // a word saying there is no network yet, before its note, a space or ※ (`未定 ※2025年度`), or on the first line
  if (saysNoValueYet(names[0]) || saysNoValueYet(names[0].split(/[\s※(（]/)[0])) return { value: null, issues: added(issues, problem("ssid_placeholder", at, raw)) };
  const value = halfWidthSsid(names[0]);
  if (value !== names[0] && !issues.some((i) => i.code === "full_width_converted")) issues = added(issues, problem("full_width_converted", at, raw));
  if (label !== null) issues = added(issues, problemAt("ssid_label_removed", at.row, at.field, at.onlyCounts, raw, value));
  if (names.length > 1) return { value, issues: added(issues, problemAt("ssid_several", at.row, at.field, at.onlyCounts, raw, value)) };
  if (noteless !== unlabelled.trim()) return { value, issues: added(issues, problemAt("ssid_with_note", at.row, at.field, at.onlyCounts, raw, value)) };
  return { value, issues };
}

/** What may make an SSID cell change: a separator, a bracket, ※, an ideographic space, a label (`SSID:`) or a first
 *  letter that is not ASCII (a word saying there is no network, `未定`; a name broadcast in Japanese is rare and goes
 *  the longer way). */
const MAY_CHANGE = /^[^\x00-\x7F]|^ssid|[\n/／、，,;；・･（(［[【※\u3000]/i;

/** An SSID no repair would change, or undefined. */
export const plainSsid = (raw: string): string | undefined => (MAY_CHANGE.test(raw) ? undefined : plainText(raw));
