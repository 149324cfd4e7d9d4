// One-line texts (a name, its reading, an address, a building: kinds `oneLine`) whose cell was wrapped in Excel with
// Alt+Enter: published raw, `東京都豊島区\n南池袋3-13-2` is found by no search for 南池袋 and no geocoder. The lines are
// joined and the officer told (line_break_joined); text of many lines (備考, 説明) keeps its breaks.
import type { OneLine } from "../../schemas/types.ts";
import { startsBuilding } from "./address-shape.ts";
import { type At, type Fixed, problemAt } from "./fixed.ts";

const ASCII_END = /[\x21-\x7e]$/;
const ASCII_START = /^[\x21-\x7e]/;
/** A note in brackets on a line of its own (`（いけぶくろ会館内）`): it follows its word with no space, as on one line. */
const BRACKET_START = /^[(（【［[〔「『]/;
const BREAK = /\r\n?|\n/;
/** A line that starts with what no word starts with (a long-vowel mark, a small kana: `センタ` | `ー`), or a break at
 *  the ・ or ＝ that joins a foreign name's parts (`レオナルド・` | `ダ・ヴィンチ展`): the break is inside a word. */
const MID_WORD_START = /^[ー〜ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ・＝]/;
const JOINER_END = /[・＝=]$/;
/** A foreign name in katakana, its parts joined by ・, that ends the line (`ウェンデリン・ファン・オルデンボ`), and a next
 *  line that goes on in katakana with no ・ of its own (`ルフ`): the rest of that name, not a name of its own (two such
 *  names on two lines, `ジョン・スミス` | `メアリー・ジョーンズ`, each have their ・). */
const DOTTED_NAME_END = /[\u30A1-\u30FA\u30FC]・[\u30A1-\u30FC]*[\u30A1-\u30FA\u30FC]$/;
const KATAKANA_RUN_START = /^[\u30A1-\u30FA\u30FC]+/;

/**
 * What goes between a text and its next line. An address: nothing inside the address itself (the break only wrapped
 * it, `東京都豊島区` | `南池袋…`), a full-width space before its building's part. Words: a break typed with Alt+Enter
 * parts two names or a name and its note (`中野ブロードウェイ商店街` | `中野サンモール商店街`), so a space stays between
 * them, full-width between Japanese words, half-width beside Latin letters or digits; none before a bracketed note, nor
 * inside a word (MID_WORD_START, a foreign name's katakana: `ファン・オルデンボ` | `ルフ`).
 */
function separator(before: string, line: string, how: OneLine): string {
  if (how === "address") return startsBuilding(before, line) ? "\u3000" : "";
  if (BRACKET_START.test(line) || MID_WORD_START.test(line) || JOINER_END.test(before)) return "";
  if (DOTTED_NAME_END.test(before) && !/^[\u30A1-\u30FA\u30FC]+・/.test(line) && KATAKANA_RUN_START.test(line)) return "";
  return ASCII_END.test(before) || ASCII_START.test(line) ? " " : "\u3000";
}

/** The text's lines joined (each trimmed, blank ones dropped), or null when it has one line only. */
export function joinedLines(text: string, how: OneLine): string | null {
  const lines = text.split(BREAK).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length < 2) return null;
  return lines.reduce((joined, next) => joined + separator(joined, next, how) + next);
}

/** A one-line column's normalizer: a cell of several lines is normalized joined, and said so with the joined text
 *  (the issue's detail). */
export function withLinesJoined<T>(normalize: (raw: string, at: At) => Fixed<T>, how: OneLine): (raw: string, at: At) => Fixed<T> {
  return (raw, at) => {
    const joined = raw.includes("\n") || raw.includes("\r") ? joinedLines(raw, how) : null;
    if (joined === null) return normalize(raw, at);
    const out = normalize(joined, at);
    return { value: out.value, issues: [problemAt("line_break_joined", at.row, at.field, at.onlyCounts, raw, joined), ...out.issues] };
  };
}
