// A count of things of several forms in one cell (員数 `2巻1冊`: two scrolls and a book, `1幅・2枚`), which no one
// number in one unit publishes: the count is left empty and the cell (its digits half-width) is its unit column's
// text, as a lot's (一括) is.
import { withdrawIssue, type RepairRow } from "./pair-repairs.ts";

const NUMERAL = "[0-9０-９]+|[〇一二三四五六七八九十拾百千壱弐参]+";
/** A number then its unit (`2巻`, `一冊`): a unit of one to three characters, no digit, bracket or separator. */
const COUNTED = `(?:${NUMERAL})\\s*[^0-9０-９〇一二三四五六七八九十拾百千壱弐参\\s、，,・･/／()（）\\[\\]【】]{1,3}`;
/** Two counts or more, nothing between them but a separator or a space. */
const SEVERAL_COUNTS = new RegExp(`^${COUNTED}(?:\\s*[、，,・･/／]?\\s*${COUNTED})+$`, "u");

/** Whether a cell counts things of several forms (`2巻1冊`, `2巻、1冊`, `1幅 2枚`). */
export const countsSeveralUnits = (cell: string): boolean => SEVERAL_COUNTS.test(cell.trim());

/** A number cell that counts in several units (員数 `2巻1冊`) goes, its digits half-width, to the number's empty unit column, the
 *  number left empty: said there (count_of_several_units), not as a number that did not read, and not kept again in
 *  備考. Before keepUnread. */
export function moveCountsOfSeveralUnits(r: RepairRow, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [key, unitKey] of pairs) {
    if (r.record[key] !== null || !r.issues.some((i) => i.field === key && i.code === "unparseable_number")) continue;
    const cell = (r.cells[key] ?? "").trim();
    if (!countsSeveralUnits(cell)) continue;
    // half-width digits, as the standard writes numbers; the units and what parts them as written, a line break (`4棟↵7点`)
    // a space, as a unit is one line
    const units = cell.normalize("NFKC").replace(/\s*\n\s*/g, " ");
    // a unit column of other words is the file's own; of these (the hub's normalized CSV read again), this move's
    if (r.record[unitKey] !== null && r.record[unitKey] !== units) continue;
    r.record[unitKey] = units;
    withdrawIssue(r, key, "unparseable_number");
    r.problem("count_of_several_units", unitKey, cell);
  }
}
