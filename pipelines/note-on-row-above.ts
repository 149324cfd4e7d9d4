// A note on a row of its own right under a record (`,,,…,夜間は施錠することがあります` in the 備考 column, `※夜間は施錠`
// in the name column): a person reads it as a note on the record above, not as a record with its required cells
// missing. Such a row is joined to the record's text column, said with note_joined. A note written where notes go (a
// text column: 備考, 利用可能時間特記事項) belongs to the row above wherever it stands; a ※ or 注 line elsewhere, or a
// note on the hours with no mark (冬期は17時閉鎖 in the name column: rows.ts isUnmarkedHoursNote), only when another
// record follows it, since under the last record it is as often a note on the whole list (footnotes.ts).
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { footnotesOf } from "./footnotes.ts";
import { isBlankCell, isOneCellRow, isUnmarkedHoursNote } from "./rows.ts";

/** A note row: its cell, the column it joins, and whether it stands where notes go (joined even under the last record). */
export interface NoteOnRowAbove {
  text: string;
  /** the file's column the note is joined to */
  target: number;
  inPlace: boolean;
}

/** How a note on the row above starts when it is not in a text column: ※, ＊, 注 with its number or a colon, (注). */
const MARKED_NOTE = /^(?:※|＊|[(（]注[0-9０-９]*[)）]|注[0-9０-９]*[)）.．:：、\s\u3000])/;

/** What tells a note row under a record, for a file's columns; null when the file has no text column to join it to. */
export function noteOnRowAboveReader(dataset: Dataset, plan: Pick<ColumnPlan, "keys">): ((cells: readonly string[]) => NoteOnRowAbove | null) | null {
  const textKeys = new Set<string>(dataset.columnByKey.has("remarks") ? ["remarks"] : []);
  for (const column of dataset.columns) if (column.overflow !== undefined && dataset.columnByKey.has(column.overflow)) textKeys.add(column.overflow);
  const remarksAt = plan.keys.indexOf("remarks");
  const textAt = plan.keys.flatMap((k, i) => (k !== null && textKeys.has(k) ? [i] : []));
  if (textAt.length === 0) return null;
  return (cells) => {
    if (!isOneCellRow(cells)) return null;
    const at = cells.findIndex((c) => !isBlankCell(c));
    const text = cells[at].trim();
    if (textAt.includes(at)) return { text, target: at, inPlace: true };
    // a footnote that says what a mark stands for (※1 指定管理者) is the legend of the marks, no note on a row
    if (remarksAt < 0 || !(MARKED_NOTE.test(text) || isUnmarkedHoursNote(text)) || Object.keys(footnotesOf([cells])).length > 0) return null;
    return { text, target: remarksAt, inPlace: false };
  };
}

/** The record's cells with the notes joined to their columns, after what the record says there. */
export function withNotes(cells: readonly string[], notes: readonly NoteOnRowAbove[]): string[] {
  const out = [...cells];
  for (const note of notes) {
    while (out.length <= note.target) out.push("");
    const held = out[note.target].trim();
    out[note.target] = held === "" ? note.text : `${held} / ${note.text}`;
  }
  return out;
}
