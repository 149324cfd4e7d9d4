// UTF-8 at the byte level: whether a stream is valid, how damaged it is, which of its lines are Shift_JIS, and its
// bytes in blocks of whole lines, so that a line is never cut between two decoders.
import { isUtf8 as validUtf8 } from "node:buffer";
import { concat } from "./ranges.ts";

/** The length of the UTF-8 sequence a byte begins (a continuation byte counts as 1: the check rejects it). */
const sequenceLength = (lead: number) => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1);

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that they do not finish (0–3): those are checked
 *  together with the next chunk. Three continuation bytes at the end are left to the check itself (they finish a
 *  four-byte sequence or are invalid). */
function unfinishedUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue;
    return sequenceLength(b) > back ? back : 0;
  }
  return 0;
}

/**
 * Streaming check that a whole byte stream is valid UTF-8 (stops at the first invalid sequence). node:buffer's
 * isUtf8 validates without decoding: a fatal TextDecoder decoded the whole file once only to throw it away, before
 * the run decoded it again. A sequence cut by a chunk's end is checked on its own, with the bytes of the next chunk
 * that finish it, so no chunk is copied.
 */
export async function isUtf8(chunks: AsyncIterable<Uint8Array>): Promise<boolean> {
  let carried: number[] = [];
  for await (const chunk of chunks) {
    let rest = chunk;
    if (carried.length > 0) {
      const take = sequenceLength(carried[0]) - carried.length;
      carried.push(...chunk.subarray(0, take));
      rest = chunk.subarray(take);
      if (carried.length < sequenceLength(carried[0])) continue;
      if (!validUtf8(Uint8Array.from(carried))) return false;
    }
    const tail = unfinishedUtf8Tail(rest);
    if (!validUtf8(rest.subarray(0, rest.length - tail))) return false;
    carried = [...rest.subarray(rest.length - tail)];
  }
  return carried.length === 0;
}

/** Below this many well-formed multi-byte sequences per broken one, the bytes are no damaged UTF-8 but another
 *  encoding (a CP932 file breaks on nearly every Japanese character read as UTF-8). */
const UTF8_PER_BROKEN = 20;

/**
 * For a file that is not valid UTF-8: the number of broken sequences when it is UTF-8 all the same, damaged in a few
 * places (a cut last character, a stray byte, one row saved from another program), else null (another encoding).
 * Reading a UTF-8 file as Shift_JIS because of one bad byte garbled every line of it. Stops as soon as the broken
 * sequences are too many, which for a CP932 file is within its first Japanese characters.
 */
export async function damagedUtf8(chunks: AsyncIterable<Uint8Array>): Promise<number | null> {
  const tally = new Utf8Tally();
  const tooBroken = () => tally.broken >= 4 && tally.broken * UTF8_PER_BROKEN > tally.good;
  for await (const chunk of chunks) if (!tally.add(chunk, tooBroken)) return null;
  tally.finish();
  return tally.broken > 0 && tally.good >= UTF8_PER_BROKEN * tally.broken ? tally.broken : null;
}

/** Well-formed and broken multi-byte UTF-8 sequences in bytes given piece by piece (a sequence may span pieces). */
class Utf8Tally {
  good = 0;
  broken = 0;
  /** continuation bytes the current sequence still needs */
  private needed = 0;

  /** Counts `bytes`; false, stopping there, once `enough` holds after a broken sequence. */
  add(bytes: Uint8Array, enough: () => boolean = () => false): boolean {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (this.needed > 0) {
        if ((b & 0xc0) === 0x80) {
          if (--this.needed === 0) this.good++;
          continue;
        }
        this.needed = 0;
        this.broken++;
        if (enough()) return false;
      }
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xf4) this.needed = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      else {
        this.broken++;
        if (enough()) return false;
      }
    }
    return true;
  }

  /** A sequence left unfinished at the end is broken. */
  finish(): void {
    if (this.needed > 0) this.broken++;
    this.needed = 0;
  }
}

const LF = 0x0a;
export const SHIFT_JIS = new TextDecoder("shift_jis", { fatal: true });
export const UTF8 = new TextDecoder("utf-8");

/** Bytes read as Shift_JIS; null when they are not valid Shift_JIS. */
export function strictShiftJis(bytes: Uint8Array): string | null {
  try {
    return SHIFT_JIS.decode(bytes);
  } catch {
    return null;
  }
}

/** Multi-byte sequences of a line read as UTF-8: well formed, and broken. */
export function utf8Sequences(line: Uint8Array): { good: number; broken: number } {
  const tally = new Utf8Tally();
  tally.add(line);
  tally.finish();
  return tally;
}

/**
 * Whether a line that is not valid UTF-8 is Shift_JIS: it reads as Shift_JIS without error, and as UTF-8 it breaks at
 * least as often as it holds (a UTF-8 line with one damaged character is damaged UTF-8, not Shift_JIS). The same test
 * chooses the encoding (sniffEncoding) and decodes (decodeChunks), so what was reported is what was read.
 */
export function isShiftJisLine(line: Uint8Array): boolean {
  return shiftJisLineText(line) !== null;
}

/** A line that isShiftJisLine holds, read as Shift_JIS (decoded once, by the test); null for any other line. */
export function shiftJisLineText(line: Uint8Array): string | null {
  const { good, broken } = utf8Sequences(line);
  return broken > 0 && good <= broken ? strictShiftJis(line) : null;
}

/** Bytes that part cells (the delimiters, a quote, a space, line ends): ASCII below 0x40, so never part of a UTF-8
 *  or a Shift_JIS character (a Shift_JIS trail byte is 0x40 or above). */
const isCellBreak = (b: number) => b === 0x2c || b === 0x09 || b === 0x3b || b === 0x22 || b === 0x20 || b === 0x0d || b === 0x0a;

/**
 * A line of UTF-8 with a value in it saved in Shift_JIS (a cell pasted from another file, a field a program wrote in
 * its own encoding), decoded part by part: each part between delimiters, quotes and spaces is UTF-8 when valid, else
 * Shift_JIS. Null when no part is Shift_JIS, or a part is neither (damaged bytes). Read as one encoding, the line lost
 * either its UTF-8 or its Shift_JIS text; a file of a few such lines was read as Shift_JIS whole, its header garbled.
 */
export function lineWithShiftJisCells(line: Uint8Array): string | null {
  let text = "";
  let shiftJisParts = 0;
  for (let from = 0; from < line.length;) {
    let end = from;
    while (end < line.length && !isCellBreak(line[end])) end++;
    const part = line.subarray(from, end);
    if (validUtf8(part)) text += UTF8.decode(part);
    else {
      const asShiftJis = strictShiftJis(part);
      if (asShiftJis === null) return null;
      text += asShiftJis;
      shiftJisParts++;
    }
    if (end < line.length) text += String.fromCharCode(line[end]);
    from = end + 1;
  }
  return shiftJisParts > 0 ? text : null;
}

/**
 * The bytes of a file in blocks of whole lines (each ends after a line feed; the last one may not), so that a line is
 * never cut. A chunk's whole lines are given as they stand (no copy); the line begun at its end waits, copied (the
 * reader may reuse the chunk's buffer). Lines ended by CR alone are given past MAX_CARRY, cut after a whole UTF-8
 * character, so nothing piles up.
 */
export async function* lineBlocks(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const firstEnd = chunk.indexOf(LF) + 1;
    if (firstEnd === 0) {
      carry = concat([carry, chunk], carry.length + chunk.length);
      if (carry.length > MAX_CARRY) {
        const end = carry.length - unfinishedUtf8Tail(carry);
        yield carry.subarray(0, end);
        carry = carry.slice(end);
      }
      continue;
    }
    const lastEnd = chunk.lastIndexOf(LF) + 1;
    yield carry.length === 0 ? chunk.subarray(0, firstEnd) : concat([carry, chunk.subarray(0, firstEnd)], carry.length + firstEnd);
    if (lastEnd > firstEnd) yield chunk.subarray(firstEnd, lastEnd);
    carry = new Uint8Array(chunk.subarray(lastEnd)); // not chunk.slice: a Buffer's slice is a view
  }
  if (carry.length > 0) yield carry;
}

const CR = 0x0d;
/** Bytes of text kept waiting for a line feed at most. */
const MAX_CARRY = 1024 * 1024;

/** Where the line that starts at `from` ends: after its LF, CR LF or lone CR (or the block's end). */
export function lineEnd(block: Uint8Array, from: number): number {
  for (let i = from; i < block.length; i++) {
    if (block[i] === LF) return i + 1;
    if (block[i] === CR) return block[i + 1] === LF ? i + 2 : i + 1;
  }
  return block.length;
}
