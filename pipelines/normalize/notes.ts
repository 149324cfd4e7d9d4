// A value with a note beside it, as lists write one cell for both: `18時30分（延長19時30分）`, `有（2台）`,
// `17:00 ※土曜は12:00`, `（平日）8:30`. A leaf module: the time and yes/no normalizers read the value without it (words after
// a time with no bracket or ※, `12:00 雨天中止`, are words-after-time.ts's).

/** A note in brackets or after ※ behind the value, also with brackets of its own inside (`（年末年始（12/29～1/3）は除く）`);
 *  in brackets before it. The text is NFKC: full-width brackets are ASCII here. */
const NOTE_AFTER = /^(.+?)\s*(?:[(\[【〔〈<](?:[^)\]】〕〉>(\[【〔〈<]|[(\[【〔〈<][^)\]】〕〉>]*[)\]】〕〉>])*[)\]】〕〉>]|※.*)$/;
const NOTE_BEFORE = /^[(\[【〔][^)\]】〕]*[)\]】〕]\s*(.+)$/;

/** Longer than this, a cell is no value with a note but text: not searched (NOTE_AFTER's lazy value and the spaces
 *  after it try each split of a long run of spaces, so its time grows with the square of the length). */
const MAX_NOTED_LENGTH = 300;

/** The value of an NFKC text without the note beside it; null when it has none (or nothing else). */
export function withoutNote(text: string): string | null {
  if (text.length > MAX_NOTED_LENGTH) return null;
  return (NOTE_AFTER.exec(text) ?? NOTE_BEFORE.exec(text))?.[1] ?? null;
}

/** A note in brackets after a part's number and its unit, amid the cell (男性用 `大1（洋式） 小2`). */
const PART_NOTE = /(\d+)([^\d\s()]{0,3})\s*\(([^()]*)\)/g;
/** The word before a note that says which of them (うち, 内; not 内訳, the whole broken down): some of a count, never
 *  more. */
export const SUBSET_WORD = "(?:うち|内(?!訳))";
const SUBSET = new RegExp(`^\\s*${SUBSET_WORD}`);

/** A part's note that may go without changing the part's count: words alone (`洋式`), which of them (`うち洋式1`), or
 *  the part broken down (`2（洋式1、和式1）`). A figure of something else (`一般50床（稼働40床）`, `（療養10床）`) stays:
 *  which count is the part's the cell does not say. */
function dropsPartNote(count: string, note: string): boolean {
  const figures = note.match(/\d+/g);
  if (figures === null || SUBSET.test(note)) return true;
  return figures.reduce((sum, n) => sum + Number(n), 0) === Number(count);
}

/** The value of an NFKC text without its notes: beside it (withoutNote) and after each of its parts' numbers
 *  (`大1（洋式） 小2`: `大1 小2`); null when it has none. */
export function withoutNotes(text: string): string | null {
  const value = withoutNote(text) ?? text;
  const plain = value.includes("(") ? value.replace(PART_NOTE, (all, count: string, unit: string, note: string) => (dropsPartNote(count, note) ? count + unit : all)) : value;
  return plain === text ? null : plain;
}
