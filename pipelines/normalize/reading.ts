// A name's reading (名称_カナ), which the standard writes in 全角カタカナ: text as normalizeText makes it, hiragana
// turned into katakana, and a note in brackets (`キョウドウナイカ（旧：経堂医院）`, `（調査中）`) taken out, the cell kept
// in 備考 (kept-cells.ts). Whether what is left reads as a reading at all is the record's question (reading-check.ts):
// Latin letters may be the name's own.
import { type At, added, type Fixed, problem } from "./fixed.ts";
import { normalizeText, plainText } from "./text.ts";

/** Hiragana (U+3041–3096, ゝゞ) written for a reading the standard keeps in 全角カナ. */
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/;
const EVERY_HIRAGANA = new RegExp(HIRAGANA.source, "g");
const BRACKET = /[（(【［[]/;
/** A part in brackets (with no brackets inside) and the spaces around it. */
const BRACKETED = /\s*[（(【［[]([^（()）【】［\]］[]*)[）)】］\]]\s*/g;
/** 法人 marks a reading may copy as the name writes them, (株), (有), (医): the name's own, no note. */
const ENTITY_MARK = /^(?:株|有|合|名|資|社|財|医|福|学|宗|特非|一社|一財|公社|公財|社福|医社|独)$/;
/** What no reading is written in: kanji, a label's colon, ※. Latin letters may be the name's own beside kana
 *  (`クマノカイドウ（HOPEゾーンナイ）`): alone in the brackets, they are a note. */
const NOTE = /[\p{Script=Han}:：※]/u;
const LATIN = /[A-Za-z]/;
const KANA = /[\u30A1-\u30FA]/;
const isNote = (inside: string) => (NOTE.test(inside) || (LATIN.test(inside) && !KANA.test(inside))) && !ENTITY_MARK.test(inside.trim());

/** The reading without its notes in brackets (isNote): a bracketed part of kana (`ニホンセキジュウジシャ（トウキョウトシブ）`)
 *  is the name's own. */
const withoutNotes = (reading: string): string =>
  reading.replace(BRACKETED, (part, inside: string) => (!isNote(inside) ? part : /^\s/.test(part) && /\s$/.test(part) ? " " : "")).trim();

export function normalizeKana(raw: string, at: At): Fixed<string | null> {
  const text = normalizeText(raw, at);
  if (text.value === null) return text;
  let { value, issues } = text;
  if (HIRAGANA.test(value)) {
    value = value.replace(EVERY_HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
    issues = added(issues, problem("hiragana_reading", at, raw));
  }
  if (!BRACKET.test(value)) return { value, issues };
  const reading = withoutNotes(value);
  if (reading === value) return { value, issues };
  return { value: reading === "" ? null : reading, issues: added(issues, problem("reading_with_note", at, raw)) };
}

/** A reading no repair would change (no hiragana, no brackets, nothing normalizeText changes), or undefined. */
export const plainKana = (raw: string): string | undefined => (HIRAGANA.test(raw) || BRACKET.test(raw) ? undefined : plainText(raw));
