// The address a `=HYPERLINK(…, "詳細はこちら")` cell opens, read from its formula: a literal (`"https://…"`), literals
// joined with & (`"https://www.example.jp/"&"rekihaku/"`), or cells of the same row (`G3`, `$G3`, `"https://…"&G3`),
// whose values are known once the row is read. Any other argument (a cell of another row or sheet, a function) is not
// followed.
import { cellRange } from "./cell-references.ts";
import { unescapeXml } from "./shared-strings.ts";

/** A piece of the address: text written in the formula, or the 0-based column of a cell of the same row. */
type Piece = { text: string } | { column: number };

const FORMULA = /<f\b[^>]*>([\s\S]*?)<\/f>/;
const HYPERLINK = /^\s*=?\s*HYPERLINK\(\s*/i;
const LITERAL = /^"((?:[^"]|"")*)"\s*/;
const CELL = /^\$?([A-Z]{1,3})\$?(\d+)(?![\w(!])\s*/;

/**
 * The pieces of the address a cell's HYPERLINK() formula opens, in row `row` (0-based); null when the cell has no
 * such formula or its first argument is more than literals and cells of that row.
 */
export function hyperlinkPieces(body: string, row: number): Piece[] | null {
  const formula = FORMULA.exec(body)?.[1];
  if (formula === undefined) return null;
  let rest = unescapeXml(formula);
  const start = HYPERLINK.exec(rest);
  if (start === null) return null;
  rest = rest.slice(start[0].length);
  const pieces: Piece[] = [];
  for (;;) {
    const literal = LITERAL.exec(rest);
    const cell = literal === null ? CELL.exec(rest) : null;
    if (literal !== null) pieces.push({ text: literal[1].replace(/""/g, '"') });
    else if (cell !== null) {
      const at = cellRange(`${cell[1]}${cell[2]}`);
      if (at === null || at.from[0] !== row) return null;
      pieces.push({ column: at.from[1] });
    } else return null;
    rest = rest.slice((literal ?? cell as RegExpExecArray)[0].length);
    if (rest.startsWith("&")) rest = rest.slice(1).trimStart();
    else return /^[,)]/.test(rest) ? pieces : null;
  }
}

/** The address the pieces make with the row's cells. */
export const hyperlinkTarget = (pieces: readonly Piece[], cells: readonly string[]): string =>
  pieces.map((p) => ("text" in p ? p.text : cells[p.column] ?? "")).join("");
