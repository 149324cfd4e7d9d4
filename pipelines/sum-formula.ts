// Whether a cell's formula sums the cells above it in its own column (`=SUM(B4:B20)`, `=SUBTOTAL(9,B4:B20)`,
// `=B4+B5+B6`): the mark of a totals row that may carry no 合計 label. A sum of another column (a 累計 column's
// `=SUM($B$4:B7)`) or across the row (計 `=C4+D4`) is no such mark.
import { cellRange } from "./cell-references.ts";
import { unescapeXml } from "./shared-strings.ts";

const FORMULA = /<f\b[^>]*>([\s\S]*?)<\/f>/;
/** SUM(…) or SUBTOTAL(9 or 109, …): the arguments, as written */
const SUM_CALL = /^=?\s*(?:SUM|SUBTOTAL\(\s*(?:9|109)\s*,)\s*\(?([^()]*)\)\s*$/i;
const REFERENCE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

/** The rows (0-based, inclusive) a reference covers in `column`, null when it reaches into another column. */
function rowsIn(reference: string, column: number): [number, number] | null {
  const m = REFERENCE.exec(reference.trim());
  if (m === null) return null;
  const range = cellRange(m[3] === undefined ? `${m[1]}${m[2]}` : `${m[1]}${m[2]}:${m[3]}${m[4]}`);
  if (range === null || range.from[1] !== column || range.to[1] !== column) return null;
  return [Math.min(range.from[0], range.to[0]), Math.max(range.from[0], range.to[0])];
}

/**
 * Whether the cell body `body` (the XML inside `<c>`) of row `row`, column `column` (0-based) holds a formula that adds
 * up two or more cells above it in its own column and nothing else. A shared formula's other cells (`<f t="shared"
 * si="0"/>`, no text) are not read: the row's first cell of it says.
 */
export function sumsCellsAbove(body: string, row: number, column: number): boolean {
  const text = FORMULA.exec(body)?.[1];
  if (text === undefined) return false;
  const formula = unescapeXml(text).trim();
  const call = SUM_CALL.exec(formula);
  const references = call !== null ? call[1].split(",") : formula.replace(/^=/, "").split("+");
  let cells = 0;
  for (const reference of references) {
    const rows = rowsIn(reference, column);
    if (rows === null || rows[1] >= row) return false;
    cells += rows[1] - rows[0] + 1;
  }
  return cells >= 2;
}
