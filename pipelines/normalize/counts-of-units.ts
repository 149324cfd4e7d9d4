// A count of things of several forms in one cell (員数 `2巻1冊`: two scrolls and a book, `1幅・2枚`), which no one
// number in one unit publishes: the count is left empty and the cell (its digits half-width) is its unit column's
// text, as a lot's (一括) is (kept-cells.ts moveUncountedToUnits).
const NUMERAL = "[0-9０-９]+|[〇一二三四五六七八九十拾百千壱弐参]+";
/** A number then its unit (`2巻`, `一冊`): a unit of one to three characters, no digit, bracket or separator. */
const COUNTED = `(?:${NUMERAL})\\s*[^0-9０-９〇一二三四五六七八九十拾百千壱弐参\\s、，,・･/／()（）\\[\\]【】]{1,3}`;
/** Two counts or more, nothing between them but a separator or a space: a space with no separator read by one \s*
 *  alone, as a space either side of a missing separator made a run of `1号 1号 …` try every split (twice the time for
 *  each count more: 24 counts, a second). */
const SEVERAL_COUNTS = new RegExp(`^${COUNTED}(?:\\s*(?:[、，,・･/／]\\s*)?${COUNTED})+$`, "u");

/** A cell that counts things of several forms (`2巻1冊`, `2巻、1冊`, `1幅 2枚`, trimmed) as its unit column's text: its digits
 *  half-width, as the standard writes numbers, the units and what parts them as written, a line break (`4棟↵7点`) a
 *  space, as a unit is one line; null for any other cell. */
export const severalUnitsText = (cell: string): string | null =>
  (SEVERAL_COUNTS.test(cell) ? cell.normalize("NFKC").replace(/\s*\n\s*/g, " ") : null);
