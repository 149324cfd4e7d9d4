// A value with a note beside it, as lists write one cell for both: `18時30分（延長19時30分）`, `有（2台）`,
// `17:00 ※土曜は12:00`, `（平日）8:30`. A leaf module: the time and yes/no normalizers read the value without it.

/** A note in brackets or after ※ behind the value; in brackets before it. The text is NFKC: full-width brackets are
 *  ASCII here. */
const NOTE_AFTER = /^(.+?)\s*(?:[(\[【〔〈<][^)\]】〕〉>]*[)\]】〕〉>]|※.*)$/;
const NOTE_BEFORE = /^[(\[【〔][^)\]】〕]*[)\]】〕]\s*(.+)$/;

/** The value of an NFKC text without the note beside it; null when it has none (or nothing else). */
export function withoutNote(text: string): string | null {
  return (NOTE_AFTER.exec(text) ?? NOTE_BEFORE.exec(text))?.[1] ?? null;
}
