// The end of a text file, read once apart from its rows: a DOS end-of-file mark or NUL padding there (end-mark.ts), and the last
// lines, since what a line under the data says (an as-of date, a legend of the codes) must be known before the first
// row is made, and the rows stream long before the end is reached.
import type { Encoding } from "./encoding-sniff.ts";
import { decodeChunks } from "./decode.ts";
import { endMarkOf } from "./end-mark.ts";
import { byteChunks, type Source } from "./input.ts";

/** How much of a text file's end is read for the lines under the data: a few notes' worth. */
const TAIL_BYTES = 4096;

export interface FileEnd {
  /** the file's length without its end-of-file mark or NUL padding; null when it has neither */
  beforeMark: number | null;
  /** what was there: a Ctrl-Z, and how many NUL bytes */
  mark: { ctrlZ: boolean; nuls: number } | null;
  /** the last whole lines before the mark, each split into cells on any delimiter with the quotes around a cell taken
   *  off: only lines of one or two filled cells are looked at by the callers, so a quoted comma in a data row can
   *  only end their search */
  lines: string[][];
}

/** The file's last `bytes` (from a whole UTF-16 character): where they start, and they. */
async function tailOf(source: Source, size: number, bytes: number, encoding: Encoding): Promise<{ from: number; tail: Buffer }> {
  let from = Math.max(0, size - bytes);
  // UTF-16 reads in pairs of bytes
  if (encoding.startsWith("utf-16")) from -= from % 2;
  const parts: Uint8Array[] = [];
  for await (const chunk of source.chunks(from)) parts.push(chunk);
  return { from, tail: Buffer.concat(parts) };
}

export async function readFileEnd(source: Source, encoding: Encoding): Promise<FileEnd> {
  const size = await source.size();
  let { from, tail } = await tailOf(source, size, TAIL_BYTES, encoding);
  let mark = endMarkOf(tail, encoding);
  // NUL padding longer than the tail: read further back until a line of the file is in it
  for (let bytes = TAIL_BYTES * 16; mark !== null && mark.before === 0 && from > 0; bytes *= 16) {
    ({ from, tail } = await tailOf(source, size, bytes, encoding));
    mark = endMarkOf(tail, encoding);
  }
  const kept = mark === null ? tail.length : mark.before;
  let text = "";
  for await (const piece of decodeChunks(byteChunks(tail.subarray(Math.max(0, kept - TAIL_BYTES), kept)), encoding, from > 0 || kept > TAIL_BYTES)) text += piece;
  const lines = text.split("\n");
  // the first line may start inside a character or a row: only whole lines are read
  if (from > 0 || kept > TAIL_BYTES) lines.shift();
  return {
    beforeMark: mark === null ? null : from + mark.before,
    mark: mark === null ? null : { ctrlZ: mark.ctrlZ, nuls: mark.nuls },
    lines: lines.map((line) => line.split(/[,\t;|]/).map((c) => c.replace(/^\s*"|"\s*$/g, ""))),
  };
}
