// The input of a run: bytes in memory or a file on disk, read the same way (its head, its chunks, or whole).
import { open, stat } from "node:fs/promises";

export type HarmonizeInput = { bytes: Uint8Array; fileName: string } | { path: string; fileName: string };

/** Chunk size for streaming; also how bytes in memory are fed, so both inputs take the same path. Small enough that
 *  a decoded chunk (and the parser's buffer) stays under V8's large-object size (128 KiB): large strings live in
 *  their own space until a full GC, and every cell, a substring, keeps its chunk alive (128 KiB chunks: ~60 MB more). */
export const CHUNK_BYTES = 48 * 1024;
/** A workbook is read whole (its zip directory is at the end); larger ones are refused. */
export const MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024;

export interface Source {
  head(n: number): Promise<Uint8Array>;
  /** the content in chunks, from the start (or from byte `from`), as often as asked */
  chunks(from?: number): AsyncIterable<Uint8Array>;
  /** the same chunks, each valid only until the next one is asked for (the file is read into the same two
   *  buffers): for a pass that looks at the bytes and keeps none of them (a check, a decoder, which copies) */
  scan(from?: number): AsyncIterable<Uint8Array>;
  size(): Promise<number>;
  all(): Promise<Uint8Array>;
}

/** Bytes in memory as the chunks a file is read in, from byte `from`. */
export async function* byteChunks(bytes: Uint8Array, from = 0): AsyncGenerator<Uint8Array> {
  for (let at = from; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/** Bytes scan() asks of the file at a time, given as chunks of CHUNK_BYTES: each read is a round trip through the thread
 *  pool (a promise, a wake-up of a pool thread), 468 of them for the 23 MB bench file, 59 so. */
const SCAN_READ_BYTES = 8 * CHUNK_BYTES;

/**
 * A file's bytes from byte `from`, in chunks of CHUNK_BYTES, the next read made while the caller works on this one's.
 * A read stream reads again only once its buffer has run low, so the run waited for every chunk's round trip through
 * the thread pool (~7% of a run idle in the profile; `odh validate` of the bench file ~5% faster with the read ahead).
 * `reuse`: two buffers of SCAN_READ_BYTES take turns (one is read into while the caller looks at the other's chunks)
 * instead of a new one per chunk. A pass that allocates nothing else (the UTF-8 check) would otherwise hold the file's
 * chunks until the next GC: +18 MB peak RSS on a 28 MB file. Without it each chunk is read into memory of its own,
 * which the caller may keep.
 */
async function* fileChunks(path: string, from = 0, reuse = false): AsyncGenerator<Uint8Array> {
  const file = await open(path, "r");
  const size = reuse ? SCAN_READ_BYTES : CHUNK_BYTES;
  const buffers = reuse ? [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)] : null;
  let reads = 0;
  const readAt = async (position: number): Promise<Uint8Array> => {
    const buffer = buffers === null ? Buffer.allocUnsafe(size) : buffers[reads++ % 2];
    const { bytesRead } = await file.read(buffer, 0, size, position);
    return buffer.subarray(0, bytesRead);
  };
  let next = readAt(from);
  try {
    for (let position = from; ;) {
      const block = await next;
      if (block.length === 0) return;
      position += block.length;
      next = readAt(position);
      for (let at = 0; at < block.length; at += CHUNK_BYTES) yield block.subarray(at, at + CHUNK_BYTES);
    }
  } finally {
    // a read still in flight (the caller stopped early, or a read failed) ends before the file is closed
    await next.catch(() => undefined);
    await file.close();
  }
}

export function openSource(input: HarmonizeInput): Source {
  if ("bytes" in input) {
    const bytes = input.bytes;
    return {
      head: async (n) => bytes.subarray(0, n),
      chunks: (from = 0) => byteChunks(bytes, from),
      scan: (from = 0) => byteChunks(bytes, from),
      size: async () => bytes.length,
      all: async () => bytes,
    };
  }
  const path = input.path;
  return {
    async head(n) {
      const file = await open(path, "r");
      try {
        const buffer = new Uint8Array(n);
        const { bytesRead } = await file.read(buffer, 0, n, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
    chunks: (from = 0) => fileChunks(path, from),
    scan: (from = 0) => fileChunks(path, from, true),
    size: async () => (await stat(path)).size,
    async all() {
      const parts: Uint8Array[] = [];
      for await (const chunk of fileChunks(path)) parts.push(chunk);
      return Buffer.concat(parts);
    },
  };
}

/** I/O failures (missing file, no permission …) carry a system error code; anything else is a bug. */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string";
}
