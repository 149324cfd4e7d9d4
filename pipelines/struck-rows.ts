// Rows struck through by cell style: staff "delete" a place by striking its whole row through (the font of every
// filled cell struck, not 見え消し inside one cell's rich text, which shared-strings.ts reads). Such a row is no
// current place. One struck cell in a row is an edit of that cell, not a struck row; rows under a header struck as
// they are are drawn struck, not deleted, and so are the rows of a file none of whose data rows is not struck
// (sheet-records.ts: struck_rows_read).
import { attr } from "./workbook-xml.ts";

/** A font struck through: `<strike/>` or `<strike val="1"/>`, not `<strike val="0"/>`. */
const STRUCK_FONT = /<strike\b(?![^>]*\bval="(?:0|false)")[^>]*\/?>/;
/** the fewest filled cells a struck row has: a title or note of one cell is no place */
export const MIN_STRUCK_CELLS = 2;

/** The cell styles (indexes into cellXfs) whose font is struck through, from styles.xml without prefixes. */
export function struckStyles(styles: string): Set<number> {
  const fontsXml = /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "";
  const struckFonts = new Set<number>();
  [...fontsXml.matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)].forEach((m, i) => {
    // the workbook's default font (the first) struck is how the book is made, not a row struck to delete it: every
    // cell would count as struck and the whole list be dropped
    if (i > 0 && STRUCK_FONT.test(m[1] ?? "")) struckFonts.add(i);
  });
  const out = new Set<number>();
  if (struckFonts.size === 0) return out;
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/xf>)/g)].forEach((m, i) => {
    if (struckFonts.has(Number(attr(m[1], "fontId") ?? 0))) out.add(i);
  });
  return out;
}

/** Counts a row's filled cells and those of them struck through, to tell a struck row. */
export class StruckCells {
  private filled = 0;
  private struck = 0;
  note(text: string, style: number, struckStyles: ReadonlySet<number>): void {
    if (text.trim() === "") return;
    this.filled++;
    if (struckStyles.has(style)) this.struck++;
  }
  /** every filled cell of the row struck, and more than one */
  rowStruck(): boolean {
    return this.filled >= MIN_STRUCK_CELLS && this.struck === this.filled;
  }
}
