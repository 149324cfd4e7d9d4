// One-line texts (a name, its reading, an address, a building: kinds `oneLine`) whose cell was wrapped in Excel with
// Alt+Enter: published raw, `東京都豊島区\n南池袋3-13-2` is found by no search for 南池袋 and no geocoder. The lines are
// joined and the officer told (line_break_joined); text of many lines (備考, 説明) keeps its breaks.
import type { OneLine } from "../../schemas/types.ts";
import { startsBuilding } from "./address-shape.ts";
import { type At, type Fixed, problemAt } from "./fixed.ts";

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;
const BREAK = /\r\n?|\n/;

/** What goes between a text and its next line: a full-width space before an address's building part, a space between
 *  two words of Latin letters or digits (`Ikebukuro` | `Library`), else nothing (Japanese has no space between words). */
function separator(before: string, line: string, how: OneLine): string {
  if (how === "address" && startsBuilding(before, line)) return "\u3000";
  return LATIN_END.test(before) && LATIN_START.test(line) ? " " : "";
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
