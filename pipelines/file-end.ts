// The end of a text file, read once apart from its rows: a DOS end-of-file mark there (end-mark.ts), and the last
// lines, since what a line under the data says (an as-of date, a legend of the codes) must be known before the first
// row is made, and the rows stream long before the end is reached.
import type { Encoding } from "./encoding-sniff.ts";
import { decodeChunks } from "./decode.ts";
import { beforeEndMark } from "./end-mark.ts";
import { byteChunks, type Source } from "./input.ts";

/** How much of a text file's end is read for the lines under the data: a few notes' worth. */
const TAIL_BYTES = 4096;

export interface FileEnd {
  /** the file's length without its end-of-file mark; null when it has none */
  beforeMark: number | null;
  /** the last whole lines before the mark, each split into cells on any delimiter with the quotes around a cell taken
   *  off: only lines of one or two filled cells are looked at by the callers, so a quoted comma in a data row can
   *  only end their search */
  lines: string[][];
}

export async function readFileEnd(source: Source, encoding: Encoding): Promise<FileEnd> {
  const size = await source.size();
  let from = Math.max(0, size - TAIL_BYTES);
  // UTF-16 reads in pairs of bytes
  if (encoding.startsWith("utf-16")) from -= from % 2;
  const parts: Uint8Array[] = [];
  for await (const chunk of source.chunks(from)) parts.push(chunk);
  const tail = Buffer.concat(parts);
  const kept = beforeEndMark(tail, encoding);
  let text = "";
  for await (const piece of decodeChunks(byteChunks(tail.subarray(0, kept ?? tail.length)), encoding, from > 0)) text += piece;
  const lines = text.split("\n");
  // the first line may start inside a character or a row: only whole lines are read
  if (from > 0) lines.shift();
  return {
    beforeMark: kept === null ? null : from + kept,
    lines: lines.map((line) => line.split(/[,\t;]/).map((c) => c.replace(/^\s*"|"\s*$/g, ""))),
  };
}
