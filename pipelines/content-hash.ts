// What a file holds as the engine reads it, hashed: for a gzip, the file inside it. A portal that compresses the same
// CSV again every night gives other gzip bytes each time (the header's mtime, the compressor's settings), so only the
// inflated bytes tell whether the data changed.
import { createHash } from "node:crypto";
import { isGzip } from "./gzip-members.ts";
import { GzipError, gunzippedSource } from "./gzip.ts";
import { type HarmonizeInput, openSource } from "./input.ts";

/** A stream's sha256, its size and its last bytes. */
export interface Digest {
  sha256: string;
  bytes: number;
  tail: Uint8Array;
}

/** The sha256, size and last `tailBytes` bytes of `chunks`, in one pass: a file's raw bytes, or the file inside a gzip. */
export async function digestChunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, tailBytes: number): Promise<Digest> {
  const hash = createHash("sha256");
  let bytes = 0;
  let tail: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    hash.update(chunk);
    bytes += chunk.byteLength;
    tail = chunk.length >= tailBytes ? chunk.slice(chunk.length - tailBytes) : Buffer.concat([tail, chunk]).subarray(-tailBytes);
  }
  return { sha256: hash.digest("hex"), bytes, tail };
}

export interface InnerContent {
  /** sha256 of the inflated bytes */
  sha256: string;
  /** the inflated file's last bytes (whether it ends with a line end: cut-off.ts) */
  tail: Uint8Array;
}

/**
 * For a gzip file, the hash and last `tailBytes` bytes of the file inside it, in one streamed pass (a file may
 * inflate to 256 MiB: never held whole). null for a file that is not gzip, and for a gzip that does not inflate
 * (damaged, cut, past the cap): the engine reports that one (gzip_damaged, gzip_too_large).
 */
export async function gzipContent(input: HarmonizeInput, tailBytes: number): Promise<InnerContent | null> {
  const source = openSource(input);
  if (!isGzip(await source.head(2))) return null;
  try {
    const { sha256, tail } = await digestChunks(gunzippedSource(source).chunks(), tailBytes);
    return { sha256, tail };
  } catch (err) {
    if (err instanceof GzipError) return null;
    throw err;
  }
}
