// A name with a footnote's reference mark (`西公園※2`, `★中央図書館`, `中央公園（※1）`): the mark refers to a note
// under or above the table, and is no part of the name the hub publishes. The name loses it; what it stands for goes
// to 備考: the footnote's text when the file defines the mark (footnotes.ts), else the mark itself, warned, so that a
// person can still find what it meant. A mark inside a name (`イルミライ★INZAI`) is part of it.
import { columnJa } from "../../schemas/dataset.ts";
import type { Footnotes } from "../footnotes.ts";
import { keepInRemarks } from "./kept-cells.ts";
import type { RowRepair } from "./row-repair.ts";
import { CELL_MARKS } from "./reference-marks.ts";
import { labelledText, plainWords } from "./text.ts";

const MARK = `[${CELL_MARKS}]`;
/** A mark at the end of a name, numbered or not, in brackets or not (`※2`, `（※1）`, `(注1)`). */
const TRAILING = new RegExp(`\\s*(?:[（(]\\s*(${MARK}\\s*[0-9０-９]*|注\\s*[0-9０-９]+)\\s*[）)]|(${MARK}[0-9０-９]*))$`);
/** A mark before a name: never with a number, which would be the name's own (`＊3丁目広場`). */
const LEADING = new RegExp(`^(${MARK})\\s*`);
/** The marks, by character code. */
const MARK_CODES: ReadonlySet<number> = new Set([...CELL_MARKS].map((mark) => mark.charCodeAt(0)));
const isDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);

/** Whether the first or last character of a name may be a mark: a mark first, a mark last before digits only, or a
 *  closing bracket last (most names have none: nothing else is tried). A look at the name's two ends, where the regex
 *  of the same (`^mark|mark[0-9０-９]*$|[）)]$`) tried a mark at every position of every name on every row. */
function mayHaveMark(name: string): boolean {
  if (name === "") return false;
  if (MARK_CODES.has(name.charCodeAt(0))) return true;
  let end = name.length - 1;
  const last = name.charCodeAt(end);
  if (last === 0x29 || last === 0xff09) return true;
  while (end >= 0 && isDigitCode(name.charCodeAt(end))) end--;
  return end >= 0 && MARK_CODES.has(name.charCodeAt(end));
}

/** The name without its marks, and the marks as written (`※2`, `＊`); null when it has none or is nothing else. */
export function withoutMarks(name: string): { name: string; marks: string[] } | null {
  if (!mayHaveMark(name)) return null;
  let rest = name;
  const marks: string[] = [];
  const leading = LEADING.exec(rest);
  if (leading !== null) {
    marks.push(leading[1]);
    rest = rest.slice(leading[0].length);
  }
  for (let m = TRAILING.exec(rest); m !== null && marks.length < 4; m = TRAILING.exec(rest)) {
    marks.push(m[1] ?? m[2]);
    rest = rest.slice(0, m.index);
  }
  if (marks.length === 0 || rest.trim() === "") return null;
  return { name: rest.trim(), marks: marks.map((mark) => mark.trim()) };
}

/** A note written after ※ in the name itself (`大林家住宅 ※非公開`, `本堂※内部非公開`): words, not a footnote's number
 *  (`西公園※2`, `中央公園（※1）` are withoutMarks'), nor after an opening bracket. Group 1 the name, group 2 the note. */
const NOTE_AFTER_MARK = /^(.*?[^\s（(])\s*※\s*(?![0-9０-９]+\s*[）)]?$)(\S.*)$/;

/** The name without a note after ※ in it, the note kept in 備考 and said; the name as it was when it has none. */
function withoutNoteAfterMark(r: RowRepair, key: string, value: string): string {
  if (!value.includes("※")) return value;
  const m = NOTE_AFTER_MARK.exec(value);
  if (m === null) return value;
  const name = m[1].trim();
  r.record[key] = name;
  keepInRemarks(r, "remarks", `※${m[2].trim()}`);
  r.problem("name_note_after_mark", key, r.cells[key] ?? value, m[2].trim());
  return name;
}

/** Each name column (`keys`) of the row without its marks, their notes (or the marks) kept in 備考, and said. */
export function dropNameMarks(r: RowRepair, keys: readonly string[], footnotes: Footnotes): void {
  if (!r.dataset.columnByKey.has("remarks")) return;
  for (const key of keys) {
    const written = r.record[key];
    if (typeof written !== "string") continue;
    const value = withoutNoteAfterMark(r, key, written);
    const split = withoutMarks(value);
    if (split === null) continue;
    r.record[key] = split.name;
    for (const mark of split.marks) {
      const note = footnotes[plainWords(mark)];
      const ja = columnJa(r.dataset, key);
      keepInRemarks(r, "remarks", note ?? labelledText(`${ja}の注記の印`, mark));
      r.problem(note === undefined ? "name_mark_unexplained" : "name_mark_noted", key, r.cells[key] ?? value, note === undefined ? mark : `${mark}\t${note}`);
    }
  }
}
