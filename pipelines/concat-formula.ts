// The text a formula that only joins text would show, for a cell saved without its result (a file written by a
// program that does not calculate): `=B2&C2`, `=B2&"　"&C2`, `=CONCATENATE(B2,"　",C2)`, `=CONCAT(…)`, of string
// literals and cells of the same row, whose values are known once the row is read. Any other formula (another row, a
// sheet, a number, any other function) is not worked out: no formula engine.
import { cellRange } from "./cell-references.ts";
import { unescapeXml } from "./shared-strings.ts";
import { attr } from "./workbook-xml.ts";

/** A piece of the text: written in the formula, or the 0-based column of a cell of the same row. */
export type ConcatPiece = { text: string } | { column: number };

const FORMULA = /<f\b[^>]*>([\s\S]*?)<\/f>/;
const LITERAL = /^"((?:[^"]|"")*)"\s*/;
const CELL = /^\$?([A-Z]{1,3})\$?(\d+)(?![\w(!:])\s*/;
const JOIN_FUNCTION = /^(?:_xlfn\.)?(?:CONCATENATE|CONCAT)\(\s*/i;

/** The pieces of a chain of terms joined with &, from the start of `rest`; the text after it. */
function chain(rest: string, row: number): [ConcatPiece[], string] | null {
  const pieces: ConcatPiece[] = [];
  for (;;) {
    const literal = LITERAL.exec(rest);
    const cell = literal === null ? CELL.exec(rest) : null;
    const call = literal === null && cell === null ? JOIN_FUNCTION.exec(rest) : null;
    if (literal !== null) {
      pieces.push({ text: literal[1].replace(/""/g, '"') });
      rest = rest.slice(literal[0].length);
    } else if (cell !== null) {
      const at = cellRange(`${cell[1]}${cell[2]}`);
      if (at === null || at.from[0] !== row) return null;
      pieces.push({ column: at.from[1] });
      rest = rest.slice(cell[0].length);
    } else if (call !== null) {
      rest = rest.slice(call[0].length);
      for (;;) {
        const argument = chain(rest, row);
        if (argument === null) return null;
        pieces.push(...argument[0]);
        rest = argument[1];
        if (rest.startsWith(",")) rest = rest.slice(1).trimStart();
        else if (rest.startsWith(")")) break;
        else return null;
      }
      rest = rest.slice(1).trimStart();
    } else return null;
    if (!rest.startsWith("&")) return [pieces, rest];
    rest = rest.slice(1).trimStart();
  }
}

/** The pieces of a cell's formula that only joins literals and cells of row `row` (0-based); null for any other. */
export function concatPieces(body: string, row: number): ConcatPiece[] | null {
  const formula = FORMULA.exec(body)?.[1];
  if (formula === undefined) return null;
  const text = unescapeXml(formula).replace(/^\s*=?\s*/, "");
  const parsed = chain(text, row);
  // `=B2` alone joins nothing: only a formula with & or CONCATENATE is one of these
  const joins = text.includes("&") || JOIN_FUNCTION.test(text);
  return parsed !== null && parsed[1].trim() === "" && joins ? parsed[0] : null;
}

/** A formula shared down a column (`<f t="shared" ref="D2:D5" si="0">L2&amp;M2</f>` in D2, `<f t="shared" si="0"/>` in
 *  D3:D5, as programs that fill a formula down write it): what each cell sharing it joins. */
export interface SharedJoin {
  /** the 0-based column of the cell that writes the formula: the cells sharing it in that column join the same columns
   *  of their own rows */
  column: number;
  /** the pieces it joins, null when it is no joining formula of its row or pins a row (`$L$2`) */
  pieces: ConcatPiece[] | null;
}

const SHARED_F = /<f\b([^>]*?)(\/>|>)/;

/** The index (`si`) and, for the cell that writes it (`ref`), the formula of a shared formula cell; null for another. */
export function sharedFormula(body: string, row: number, column: number): { si: string; written: SharedJoin | null } | null {
  const f = SHARED_F.exec(body);
  if (f === null || attr(f[1], "t") !== "shared") return null;
  const si = attr(f[1], "si");
  if (si === undefined) return null;
  if (attr(f[1], "ref") === undefined || f[2] === "/>") return { si, written: null };
  const formula = FORMULA.exec(body)?.[1] ?? "";
  return { si, written: { column, pieces: /\$\d/.test(formula) ? null : concatPieces(body, row) } };
}
