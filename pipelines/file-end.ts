// The last lines of a text file, read apart from its rows: what a line under the data says (an as-of date, a legend
// of the codes) must be known before the first row is made, and the rows stream long before the end is reached.
import type { Encoding } from "./decode.ts";
import { decodeChunks } from "./decode.ts";
import type { Source } from "./input.ts";

/** How much of a text file's end is read for the lines under the data: a few notes' worth. */
const TAIL_BYTES = 4096;

/** A text file's last whole lines (at most TAIL_BYTES of them), each split into cells on any delimiter with the quotes
 *  around a cell taken off: only lines of one or two filled cells are looked at by the callers, so a quoted comma in a
 *  data row can only end their search. */
export async function linesAtEndOf(source: Source, encoding: Encoding): Promise<string[][]> {
  const size = await source.size();
  let from = Math.max(0, size - TAIL_BYTES);
  // UTF-16 reads in pairs of bytes
  if (encoding.startsWith("utf-16")) from -= from % 2;
  let text = "";
  for await (const piece of decodeChunks(source.scan(from), encoding, from > 0)) text += piece;
  const lines = text.split("\n");
  // the first line may start inside a character or a row: only whole lines are read
  if (from > 0) lines.shift();
  return lines.map((line) => line.split(/[,\t;]/).map((c) => c.replace(/^\s*"|"\s*$/g, "")));
}
