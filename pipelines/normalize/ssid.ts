// An SSID, the name a Wi-Fi network broadcasts: one name, in the letters it is broadcast in. Several in one cell
// (`Chiyoda_Free_Wi-Fi／00000JAPAN（災害時）`, one per line, `A, B`) publish a name no network has: the first is the
// value, warned, and the cell kept in 備考 (kept-cells.ts); so is a note in brackets. A name written full-width
// (`Ｃｈｉｙｏｄａ　Ｆｒｅｅ　Ｗｉ－Ｆｉ`) is made half-width throughout, its spaces too, as no network broadcasts those.
// A word saying there is no network, none yet or none known (`なし`, `未定`, `準備中`, `調査中`) names none: no SSID, warned
// as a URL cell's is (ssid_placeholder), and the cell kept in 備考 so that what the officer wrote stays; so does such a word
// with a note beside it or on the next line (`未定（2025年度開設予定）`, `なし\n(docomo)`): the note says when or why, not a name.
import { type At, added, type Fixed, problem, problemAt } from "./fixed.ts";
import { isAscii, normalizeText, plainText, saysNoValueYet, toHalfWidthAscii } from "./text.ts";

/** Between two SSIDs: a line break, a slash, 、 ， , ; ・ (full- or half-width). */
const SEPARATOR = /\s*[\n/／、，,;；・･]\s*/;
/** A note in brackets: words in Japanese (`（災害時）`, `(災害時のみ)`), not an SSID's own ASCII (`(2.4GHz)`). */
const NOTE = /\s*[（(](?=[^（）()]*[^\x00-\x7F（）])[^（）()]*[）)]\s*/g;

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
  const noteless = text.value.replace(NOTE, " ").trim();
  const names = noteless.split(SEPARATOR).filter((name) => name !== "");
  // a cell of nothing but a note names no network
  if (names.length === 0) return { value: null, issues: added(issues, problem("ssid_with_note", at, raw)) };
  // a word saying there is no network yet, before its note, a space or ※ (`未定 ※2025年度`), or on the first line
  if (saysNoValueYet(names[0]) || saysNoValueYet(names[0].split(/[\s※(（]/)[0])) return { value: null, issues: added(issues, problem("ssid_placeholder", at, raw)) };
  const value = halfWidthSsid(names[0]);
  if (value !== names[0] && !issues.some((i) => i.code === "full_width_converted")) issues = added(issues, problem("full_width_converted", at, raw));
  if (names.length > 1) return { value, issues: added(issues, problemAt("ssid_several", at.row, at.field, at.onlyCounts, raw, value)) };
  if (noteless !== text.value) return { value, issues: added(issues, problemAt("ssid_with_note", at.row, at.field, at.onlyCounts, raw, value)) };
  return { value, issues };
}

/** What may make an SSID cell change: a separator, a bracket, an ideographic space, or a first letter that is not ASCII
 *  (a word saying there is no network, `未定`; a name broadcast in Japanese is rare and goes the longer way). */
const MAY_CHANGE = /^[^\x00-\x7F]|[\n/／、，,;；・･（(\u3000]/;

/** An SSID no repair would change, or undefined. */
export const plainSsid = (raw: string): string | undefined => (MAY_CHANGE.test(raw) ? undefined : plainText(raw));
