// What ends a text file after its last line and is no row: a DOS end-of-file mark (old Windows/DOS tools end a text
// file with Ctrl-Z, 0x1A, often on a line of its own), or NUL bytes (0x00) padding it (a system that writes files in
// fixed-size blocks, a copy that stopped and left the space it had taken). The file is read as if it ended before
// them. Only at the very end (line breaks may be among them); a 0x1A or NUL anywhere else is a control character in
// a cell, which the text normalizer reports.
import type { Encoding } from "./encoding-sniff.ts";
import type { Source } from "./input.ts";

const CTRL_Z = 0x1a;
const NUL = 0x00;
const CR = 0x0d;
const LF = 0x0a;

export interface EndMark {
  /** the length of the bytes given without the mark (and the line breaks among and after it) */
  before: number;
  /** a Ctrl-Z among them (end_of_file_mark), and the NUL bytes (end_of_file_padding) */
  ctrlZ: boolean;
  nuls: number;
}

/** The character (a UTF-16 code unit, else a byte) that ends `tail` at `end`, and its width in bytes. */
function unitBefore(tail: Uint8Array, end: number, encoding: Encoding): number {
  if (encoding === "utf-16le") return tail[end - 2] | (tail[end - 1] << 8);
  if (encoding === "utf-16be") return (tail[end - 2] << 8) | tail[end - 1];
  return tail[end - 1];
}

/** A file's last bytes `tail` without its end-of-file mark or NUL padding; null when it has neither. The tail needs
 *  only the mark and the line breaks around it (file-end.ts reads a few KiB, more while the tail is all padding). */
export function endMarkOf(tail: Uint8Array, encoding: Encoding): EndMark | null {
  // in UTF-16 a mark is a whole code unit (1A 00 in UTF-16LE), not a byte that may be half of a character
  const width = encoding.startsWith("utf-16") ? 2 : 1;
  let textEnd = tail.length - (tail.length % width);
  let ctrlZ = false;
  let nuls = 0;
  for (; textEnd >= width; textEnd -= width) {
    const unit = unitBefore(tail, textEnd, encoding);
    if (unit === CTRL_Z) ctrlZ = true;
    else if (unit === NUL) nuls++;
    else if (unit !== CR && unit !== LF) break;
  }
  if (!ctrlZ && nuls === 0) return null;
  // the line breaks before the first mark end the last line: kept as written
  let before = textEnd;
  for (; before + width <= tail.length; before += width) {
    const unit = unitBefore(tail, before + width, encoding);
    if (unit !== CR && unit !== LF) break;
  }
  return { before, ctrlZ, nuls };
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
