// Byte ranges of a CSV file that each start and end on a line end, so that each can be decoded and parsed on its
// own (by a worker thread) and the results put back together in order. Only for encodings where a LF byte is
// always a line feed (UTF-8, Shift_JIS/CP932: no multi-byte character has 0x0A or 0x22 in it).
// Where a cut falls is a guess made on bytes; the range's parse checks it (range-task.ts), and the run goes on
// sequentially from the first range whose guess was wrong (a line end inside a quoted cell).

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** Bytes per range: big enough that per-range costs vanish, small enough that a few in flight stay small. Each
 *  thread's heap grows with the range it holds: `odh validate --threads 2` of 1M rows peaked at 193–209 MB with
 *  1 MiB ranges and 178–181 MB with 256 KiB ones, in the same time (3.2–3.4 s either way). */
export const RANGE_BYTES = 256 * 1024;

export interface ByteRange {
  /** byte offset of the range in the file */
  start: number;
  bytes: Uint8Array;
  /** records in the range if its quotes are well-formed: LF, CR LF and a lone CR outside quotes each end one, and a
   *  last line without a line end counts too (decode.ts turns every line end into LF; parse.ts makes a record of each) */
  lines: number;
}

/** A Buffer over the same memory: Buffer's indexOf searches natively (a Uint8Array's goes element by element). */
const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

/** Lines of `bytes` as described in ByteRange.lines; a line end inside quotes (a cell of several lines) ends none. */
export function countLines(data: Uint8Array): number {
  const bytes = view(data);
  let lines = 0;
  if (bytes.indexOf(QUOTE) === -1) {
    for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, at + 1)) lines++;
    for (let at = bytes.indexOf(CR); at !== -1; at = bytes.indexOf(CR, at + 1)) if (bytes[at + 1] !== LF) lines++;
  } else {
    let quoted = false;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) quoted = !quoted;
      else if (!quoted && (b === LF || (b === CR && bytes[i + 1] !== LF))) lines++;
    }
  }
  const last = bytes[bytes.length - 1];
  if (bytes.length > 0 && last !== LF && last !== CR) lines++;
  return lines;
}

const isAlnum = (b: number) => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);

/** The line [from, to) has an ASCII letter or digit, so it is not a blank row (a blank run never spans a cut). In
 *  Shift_JIS such a byte may be a trail byte, but then of a character that is not a space either. */
function hasAlnum(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAlnum(bytes[i])) return true;
  return false;
}

/** Quotes in [from, to) (even: the position after them is outside any quoted cell, if the quotes are well-formed). */
function quotes(bytes: Buffer, from: number, to: number): number {
  let n = 0;
  for (let at = bytes.indexOf(QUOTE, from); at !== -1 && at < to; at = bytes.indexOf(QUOTE, at + 1)) n++;
  return n;
}

/** Bytes that end a cell outside quotes, whichever the file's delimiter: comma, tab, semicolon (none of them is ever a
 *  trail byte of a Shift_JIS character, whose trail bytes are 0x40 and above). */
const isDelimiter = (b: number) => b === 0x2c || b === 0x09 || b === 0x3b;
const isBlankByte = (b: number) => b === 0x20 || b === QUOTE || b === CR;

/** Whether the line from `from` may be a row of one cell (a note on the record above, note-on-row-above.ts), which
 *  must not start a range: a range read on its own has no record above it. True when that line does not end in
 *  `bytes`, so that it is not known. */
function mayBeOneCellLine(bytes: Buffer, from: number): boolean {
  const end = bytes.indexOf(LF, from);
  if (end === -1) return true;
  let filled = 0;
  let cellFilled = false;
  let quoted = false;
  for (let i = from; i < end; i++) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    if (!quoted && isDelimiter(b)) {
      if (cellFilled && ++filled > 1) return false;
      cellFilled = false;
    } else if (!isBlankByte(b)) cellFilled = true;
  }
  return filled + (cellFilled ? 1 : 0) === 1;
}

/**
 * Where to end a range in `data`, a piece of it whose bytes before `atLeast` belong to the range: just after the
 * first LF at or beyond `atLeast` whose line (its part in `data`) has a letter or digit, with an even number of quotes
 * in the range before it (`quotesBefore`: those in earlier pieces) or, when `anyQuotes`, whatever the quotes (a stray
 * quote must not stop cutting for the rest of the file), and whose next line is not of one cell (a note on the line
 * before stays in its range), unless `anyLine` (a file of one column must still be cut). -1 when there is none in `data`.
 */
export function findCut(data: Uint8Array, atLeast: number, quotesBefore = 0, anyQuotes = false, anyLine = anyQuotes): number {
  const bytes = view(data);
  let open = (quotesBefore + quotes(bytes, 0, atLeast)) % 2;
  let lineStart = atLeast === 0 ? 0 : bytes.lastIndexOf(LF, atLeast - 1) + 1;
  for (let at = bytes.indexOf(LF, atLeast); at !== -1; at = bytes.indexOf(LF, at + 1)) {
    open = (open + quotes(bytes, Math.max(lineStart, atLeast), at)) % 2;
    if ((open === 0 || anyQuotes) && hasAlnum(bytes, lineStart, at) && (anyLine || !mayBeOneCellLine(bytes, at + 1))) return at + 1;
    lineStart = at + 1;
  }
  return -1;
}

/** One new buffer holding the parts (its own memory, so it can be moved to a worker). */
export function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The file's bytes from `start` (a line start) to the end, as ranges of about `size` bytes (more when no line can
 * end one; at most 4× before the quotes are no longer trusted). Holds only the range being cut.
 */
export async function* byteRanges(chunks: AsyncIterable<Uint8Array>, start: number, size = RANGE_BYTES): AsyncGenerator<ByteRange> {
  let parts: Uint8Array[] = [];
  let held = 0;
  let quotesHeld = 0;
  let offset = start;
  const emit = (): ByteRange => {
    const bytes = concat(parts, held);
    const range = { start: offset, bytes, lines: countLines(bytes) };
    offset += held;
    parts = [];
    held = 0;
    quotesHeld = 0;
    return range;
  };
  for await (const chunk of chunks) {
    let rest = chunk;
    while (rest.length > 0) {
      const cut = held + rest.length < size ? -1 : findCut(rest, Math.max(0, size - held), quotesHeld, held >= 4 * size, held >= 2 * size);
      if (cut === -1) {
        parts.push(rest);
        held += rest.length;
        quotesHeld += quotes(view(rest), 0, rest.length);
        break;
      }
      parts.push(rest.subarray(0, cut));
      held += cut;
      yield emit();
      rest = rest.subarray(cut);
    }
  }
  if (held > 0) yield emit();
}
