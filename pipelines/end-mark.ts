// A DOS end-of-file mark: old Windows/DOS tools end a text file with Ctrl-Z (0x1A), often on a line of its own. It is
// no row: the file is read as if it ended before the mark. Only at the very end (line breaks may follow it); a 0x1A
// anywhere else is a control character in a cell, which the text normalizer reports.
import type { Encoding } from "./encoding-sniff.ts";
import type { Source } from "./input.ts";

const CTRL_Z = 0x1a;
const CR = 0x0d;
const LF = 0x0a;

/** The length of a file's last bytes `tail` without its end-of-file mark (and the line breaks after it); null when it
 *  has none. The tail needs only the mark and the line breaks around it (file-end.ts reads a few KiB). */
export function beforeEndMark(tail: Uint8Array, encoding: Encoding): number | null {
  // in UTF-16 a 0x1A byte is half of a character
  if (encoding.startsWith("utf-16")) return null;
  let end = tail.length;
  while (end > 0 && (tail[end - 1] === CR || tail[end - 1] === LF)) end--;
  if (end === 0 || tail[end - 1] !== CTRL_Z) return null;
  while (end > 0 && tail[end - 1] === CTRL_Z) end--;
  return end;
}

/** The source read only to byte `length`. */
export function cutSource(source: Source, length: number): Source {
  async function* upTo(chunks: AsyncIterable<Uint8Array>, from: number): AsyncGenerator<Uint8Array> {
    let at = from;
    for await (const chunk of chunks) {
      if (at >= length) return;
      yield at + chunk.length <= length ? chunk : chunk.subarray(0, length - at);
      at += chunk.length;
    }
  }
  return {
    head: async (n) => source.head(Math.min(n, length)),
    chunks: (from = 0) => upTo(source.chunks(from), from),
    scan: (from = 0) => upTo(source.scan(from), from),
    size: async () => length,
    all: async () => (await source.all()).subarray(0, length),
  };
}
