// A small ZIP reader (central directory + deflate via node:zlib): enough to open xlsx workbooks and to name what
// another zip holds. No ZIP64, no encryption: such archives are reported as unreadable by the caller.
import { createInflateRaw, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
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
  return data;
}

/** The uncompressed bytes of one entry (stored or deflated). Throws ZipError when it cannot be read. */
export function readZipEntry(b: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(b, entry);
  if (entry.method === 0) return data;
  try {
    return inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES });
  } catch (err) {
    throw new ZipError(`entry ${entry.name} cannot be inflated: ${(err as Error).message}`);
  }
}

const PIECE_BYTES = 64 * 1024;

/**
 * The uncompressed bytes of one entry in pieces of about 256 KiB, inflated as they are asked for, so a large worksheet
 * is never whole in memory; a caller that stops early stops the inflation. Throws ZipError when it cannot be read.
 */
export async function* inflateZipEntry(b: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const data = entryData(b, entry);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += PIECE_BYTES) yield data.subarray(at, at + PIECE_BYTES);
    return;
  }
  const inflater = createInflateRaw({ chunkSize: PIECE_BYTES });
  inflater.end(data);
  let total = 0;
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      total += piece.length;
      if (total > MAX_STREAMED_ENTRY_BYTES) throw new ZipError(`entry ${entry.name} inflates to more than ${MAX_STREAMED_ENTRY_BYTES} bytes`);
      yield piece;
    }
  } catch (err) {
    throw err instanceof ZipError ? err : new ZipError(`entry ${entry.name} cannot be inflated: ${(err as Error).message}`);
  } finally {
    inflater.destroy();
  }
}
