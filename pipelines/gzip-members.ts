// The members of a gzip file (RFC 1952): what a member's header says, and where the members end when other bytes
// follow them (a server's error page or a log line appended to the .gz). gunzip keeps the data and warns "trailing
// garbage ignored"; zlib refuses the whole file, and loses the last output it made before it saw those bytes.
import { createInflateRaw } from "node:zlib";
import { startsWith } from "./encoding-sniff.ts";
import { CHUNK_BYTES, type Source } from "./input.ts";
import { feedZlib } from "./zlib-feed.ts";

/** The two bytes every gzip member starts with (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b];

export const isGzip = (head: Uint8Array): boolean => startsWith(head, GZIP_MAGIC);

const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
/** CRC32 and ISIZE after each member's deflate data. */
const TRAILER_BYTES = 8;
/** The most of a header read: its 10 fixed bytes, an extra field (≤ 65,537) and a name and comment of sane length. */
const MAX_HEADER_BYTES = 10 + 65_537 + 2 * 4096;

export interface GzipHeader {
  /** its length in bytes: the deflate data starts after it */
  length: number;
  /** the name of the compressed file (FNAME), as the compressor stored it; null when none */
  name: string | null;
}

/** Up to `max` bytes of `source` from byte `from`. */
async function bytesAt(source: Source, from: number, max: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let got = 0;
  for await (const chunk of source.chunks(from)) {
    parts.push(chunk);
    if ((got += chunk.length) >= max) break;
  }
  return Buffer.concat(parts).subarray(0, max);
}

/** A NUL-terminated field from `at`: its text and where it ends, or null when it does not end. */
function zeroTerminated(bytes: Uint8Array, at: number): { text: string; end: number } | null {
  const nul = bytes.indexOf(0, at);
  if (nul < 0) return null;
  const raw = bytes.subarray(at, nul);
  return { text: nameText(raw), end: nul + 1 };
}

/** RFC 1952 says ISO 8859-1, but Japanese tools write the name as their system does: UTF-8, or Shift_JIS on Windows
 *  (`131041_AED設置箇所.csv`), whose bytes read as Latin-1 would name nothing. The first encoding that reads every byte. */
function nameText(raw: Uint8Array): string {
  for (const label of ["utf-8", "shift_jis"]) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(raw);
    } catch {
      // not this encoding
    }
  }
  return Buffer.from(raw).toString("latin1");
}

/** The header of the gzip member that starts at byte `at`, or null when none does (or it is cut or damaged). */
export async function readGzipHeader(source: Source, at = 0): Promise<GzipHeader | null> {
  const bytes = await bytesAt(source, at, MAX_HEADER_BYTES);
  if (!isGzip(bytes) || bytes.length < 10 || bytes[2] !== 8) return null;
  const flags = bytes[3]!;
  let end = 10;
  if (flags & FEXTRA) {
    if (bytes.length < end + 2) return null;
    end += 2 + (bytes[end]! | (bytes[end + 1]! << 8));
  }
  let name: string | null = null;
  if (flags & FNAME) {
    const field = zeroTerminated(bytes, end);
    if (!field) return null;
    ({ text: name, end } = field);
  }
  if (flags & FCOMMENT) {
    const field = zeroTerminated(bytes, end);
    if (!field) return null;
    end = field.end;
  }
  if (flags & FHCRC) end += 2;
  return end <= bytes.length ? { length: end, name } : null;
}

/** Where the deflate data that starts at byte `from` ends (raw inflate stops at its last block) and how many bytes it
 *  inflates to, inflating at most `limit` bytes; throws zlib's error for damaged data. */
async function deflateEnd(source: Source, from: number, limit: number): Promise<{ end: number; inflated: number }> {
  const inflater = createInflateRaw({ chunkSize: CHUNK_BYTES });
  const stop = new AbortController();
  const feeding = feedZlib(inflater, source.chunks(from), stop.signal);
  let inflated = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      if ((inflated += chunk.length) > limit) throw new Error(`inflates past ${limit}`);
    }
    return { end: from + inflater.bytesWritten, inflated };
  } finally {
    stop.abort();
    inflater.destroy();
    await feeding;
  }
}

/** The byte after the last whole gzip member at the start of `source`: where the gzip ends and other bytes begin.
 *  Throws zlib's error when a member is damaged, or when the members together inflate past `limit`. */
export async function gzipMembersEnd(source: Source, limit: number): Promise<number> {
  let at = 0;
  let left = limit;
  for (;;) {
    const header = await readGzipHeader(source, at);
    if (!header) return at;
    const member = await deflateEnd(source, at + header.length, left);
    at = member.end + TRAILER_BYTES;
    left -= member.inflated;
  }
}
