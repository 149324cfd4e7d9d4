// A gzip-compressed file (a portal's `131041_aed.csv.gz`): read as the file inside it, inflated as it is read, so a
// CSV inside streams in the memory a plain one does. Each pass over the source inflates it again from its start.
import { createGunzip } from "node:zlib";
import { gzipMembersEnd } from "./gzip-members.ts";
import { CHUNK_BYTES, MAX_WHOLE_FILE_BYTES, type Source } from "./input.ts";
import { type Issue, issue } from "./issues.ts";
import { feedZlib } from "./zlib-feed.ts";

/** The most a gzip file may inflate to: as much as a workbook or a zip entry is read (zip.ts MAX_ENTRY_BYTES); a
 *  few KiB that inflate to gigabytes (a gzip bomb) would otherwise keep a run busy for minutes on every pass. */
export const MAX_GUNZIPPED_BYTES = MAX_WHOLE_FILE_BYTES;

/** A gzip file that cannot be read: damaged or cut short (`damaged`, zlib's words in `detail`), or inflating past the
 *  cap (`too_large`, the cap in `detail`). */
export class GzipError extends Error {
  constructor(readonly reason: "damaged" | "too_large", readonly detail: string) {
    super(`gzip ${reason}: ${detail}`);
  }
}

/** The file-level error for a gzip file that cannot be read, naming the file. */
export const gzipIssue = (err: GzipError, fileName: string): Issue =>
  issue(err.reason === "damaged" ? "gzip_damaged" : "gzip_too_large", { value: fileName, detail: err.detail });

/** zlib's own errors carry codes Z_DATA_ERROR, Z_BUF_ERROR (the stream ended inside a member) …; an error of the
 *  file underneath (ENOENT …) is left as it is. */
const isZlibError = (err: unknown): err is NodeJS.ErrnoException =>
  err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string" && (err as NodeJS.ErrnoException).code!.startsWith("Z_");

/** Where other bytes follow the gzip members of a file (gunzip's "trailing garbage"): from byte `at`, `bytes` of them. */
export interface TrailingData { at: number; bytes: number }

/** The inflated bytes of `source` from byte `from` on, in chunks of at most CHUNK_BYTES; with `end`, of the source's
 *  bytes before `end` only. */
async function* inflated(source: Source, from: number, limit: number, end?: number): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  const stop = new AbortController();
  // source.chunks(), not scan(): zlib may still hold a chunk when the next one is read
  const feeding = feedZlib(gunzip, end === undefined ? source.chunks() : upTo(source.chunks(), end), stop.signal);
  let at = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const next = at + chunk.length;
      if (next > limit) throw new GzipError("too_large", limit.toLocaleString("en-US"));
      if (next > from) yield at >= from ? chunk : chunk.subarray(from - at);
      at = next;
    }
  } catch (err) {
    throw isZlibError(err) ? new GzipError("damaged", err.message) : err;
  } finally {
    stop.abort();
    gunzip.destroy();
    // the file underneath is closed before the caller goes on
    await feeding;
  }
}

/** `chunks` cut after their first `end` bytes. */
async function* upTo(chunks: AsyncIterable<Uint8Array>, end: number): AsyncGenerator<Uint8Array> {
  let fed = 0;
  for await (const chunk of chunks) {
    const part = fed + chunk.length <= end ? chunk : chunk.subarray(0, Math.max(0, end - fed));
    fed += part.length;
    yield part;
    if (fed >= end) return;
  }
}

/** zlib's words when the bytes after a whole member are no gzip member (the first member's start was sniffed). */
const NO_NEXT_MEMBER = "incorrect header check";

/** The file inside a gzip source, read as any source is. Its size is known only once it was inflated whole (and so
 *  checked to its end, CRC included): the first size() does that. Bytes after the last whole member are left out, as
 *  gunzip leaves them: trailingData() says so once a pass met them. */
export function gunzippedSource(source: Source, limit = MAX_GUNZIPPED_BYTES): Source & { trailingData(): TrailingData | null } {
  let size: number | null = null;
  /** where the members end, once a pass met bytes after them */
  let end: number | undefined;
  let trailing: TrailingData | null = null;
  // zlib refuses the file at the bytes after the members and drops the output it had not handed over yet: the pass
  // goes on from where it stopped, over the members alone
  async function* read(from: number): AsyncGenerator<Uint8Array> {
    let at = from;
    try {
      for await (const chunk of inflated(source, from, limit, end)) {
        at += chunk.length;
        yield chunk;
      }
    } catch (err) {
      if (end !== undefined || !(err instanceof GzipError) || err.detail !== NO_NEXT_MEMBER) throw err;
      const membersEnd = await gzipMembersEnd(source, limit).catch(() => null);
      const sourceSize = await source.size();
      if (membersEnd === null || membersEnd === 0 || membersEnd >= sourceSize) throw err;
      end = membersEnd;
      trailing = { at: membersEnd, bytes: sourceSize - membersEnd };
      yield* inflated(source, at, limit, end);
    }
  }
  return {
    async head(n) {
      const parts: Uint8Array[] = [];
      let got = 0;
      for await (const chunk of read(0)) {
        parts.push(chunk);
        if ((got += chunk.length) >= n) break;
      }
      return Buffer.concat(parts).subarray(0, n);
    },
    chunks: (from = 0) => read(from),
    // gunzip gives each chunk its own buffer: nothing to reuse
    scan: (from = 0) => read(from),
    async size() {
      if (size === null) {
        let n = 0;
        for await (const chunk of read(0)) n += chunk.length;
        size = n;
      }
      return size;
    },
    async all() {
      const parts: Uint8Array[] = [];
      for await (const chunk of read(0)) parts.push(chunk);
      return Buffer.concat(parts);
    },
    trailingData: () => trailing,
  };
}
