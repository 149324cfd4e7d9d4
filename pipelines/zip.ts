// A small ZIP reader (central directory + deflate via node:zlib): enough to open xlsx workbooks and to name what
// another zip holds. No ZIP64, no encryption: such archives are reported as unreadable by the caller.
import { crc32, createInflateRaw, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  /** CRC-32 of the uncompressed bytes, checked once they are read: damage that still inflates is caught */
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** Largest entry we inflate: keeps a zip bomb from taking the process down. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

export class ZipError extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

function findEndOfCentralDirectory(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  throw new ZipError("no end of central directory");
}

/** The entries of a zip archive, from its central directory. Throws ZipError on a damaged archive. */
export function listZipEntries(b: Uint8Array): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(b);
  // ZIP64 (archives over 4 GiB or 65,535 entries) marks its end record's fields as all ones
  if (u16(b, eocd + 10) === 0xffff || u32(b, eocd + 16) === 0xffffffff) throw new ZipError("ZIP64 archives are not supported");
  const count = u16(b, eocd + 10);
  let at = u32(b, eocd + 16);
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder("utf-8");
  const sjis = new TextDecoder("shift_jis");
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new ZipError("damaged central directory");
    const flags = u16(b, at + 8);
    const nameLength = u16(b, at + 28);
    const rawName = b.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      // bit 11: the name is UTF-8; otherwise Japanese archivers write CP932
      name: (flags & 0x800 ? utf8 : sjis).decode(rawName),
      method: u16(b, at + 10),
      crc: u32(b, at + 16),
      compressedSize: u32(b, at + 20),
      size: u32(b, at + 24),
      localHeaderOffset: u32(b, at + 42),
    });
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

/** Largest entry we inflate piece by piece (a worksheet, never held whole): about four million rows. */
export const MAX_STREAMED_ENTRY_BYTES = 4 * 1024 * 1024 * 1024;

/** An entry's compressed bytes, checked to be stored or deflated. */
function entryData(b: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw new ZipError(`damaged entry ${entry.name}`);
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const data = b.subarray(start, start + entry.compressedSize);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`entry ${entry.name} uses compression method ${entry.method}`);
  if (data.length < entry.compressedSize || (entry.method === 0 && entry.compressedSize !== entry.size)) throw new ZipError(`entry ${entry.name} is cut short`);
  return data;
}

/** Throws when the bytes read are not the entry's: another size, or another CRC-32 (damage that still inflated). */
function checkEntry(entry: ZipEntry, size: number, crc: number): void {
  if (size !== entry.size) throw new ZipError(`entry ${entry.name} holds ${size} bytes, not the ${entry.size} its directory says`);
  if (crc !== entry.crc) throw new ZipError(`entry ${entry.name} is damaged (CRC-32 does not match)`);
}

/** The uncompressed bytes of one entry (stored or deflated). Throws ZipError when it cannot be read. */
export function readZipEntry(b: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(b, entry);
  if (entry.method === 0) {
    checkEntry(entry, data.length, crc32(data));
    return data;
  }
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch (err) {
    throw new ZipError(`entry ${entry.name} cannot be inflated: ${(err as Error).message}`);
  }
  checkEntry(entry, inflated.length, crc32(inflated));
  return inflated;
}

const PIECE_BYTES = 64 * 1024;
/** A zip bomb inflates a few megabytes to gigabytes: past 64 MiB, an entry that has grown more than 500 times its
 *  compressed size is refused (a real worksheet, even of empty styled rows, stays far below). */
const BOMB_CHECK_BYTES = 64 * 1024 * 1024;
const MAX_RATIO = 500;

/**
 * The uncompressed bytes of one entry in pieces of about 256 KiB, inflated as they are asked for, so a large worksheet
 * is never whole in memory; a caller that stops early stops the inflation. Throws ZipError when it cannot be read.
 */
export async function* inflateZipEntry(b: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const data = entryData(b, entry);
  if (entry.method === 0) {
    let crc = 0;
    for (let at = 0; at < data.length; at += PIECE_BYTES) {
      const piece = data.subarray(at, at + PIECE_BYTES);
      crc = crc32(piece, crc);
      // checked before the last piece is given, so no row of a damaged entry is read as if whole
      if (at + PIECE_BYTES >= data.length) checkEntry(entry, data.length, crc);
      yield piece;
    }
    return;
  }
  const inflater = createInflateRaw({ chunkSize: PIECE_BYTES });
  inflater.end(data);
  let total = 0;
  let crc = 0;
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      crc = crc32(piece, crc);
      total += piece.length;
      if (total > MAX_STREAMED_ENTRY_BYTES) throw new ZipError(`entry ${entry.name} inflates to more than ${MAX_STREAMED_ENTRY_BYTES} bytes`);
      if (total > BOMB_CHECK_BYTES && total > MAX_RATIO * Math.max(1, data.length)) {
        throw new ZipError(`entry ${entry.name} inflates to over ${MAX_RATIO} times its ${data.length} compressed bytes (a zip bomb?)`);
      }
      yield piece;
    }
    // whole: a reader that went through every piece (xlsx.ts's first pass does, before any row is read) learns here
    // whether they were the entry's
    checkEntry(entry, total, crc);
  } catch (err) {
    throw err instanceof ZipError ? err : new ZipError(`entry ${entry.name} cannot be inflated: ${(err as Error).message}`);
  } finally {
    inflater.destroy();
  }
}
