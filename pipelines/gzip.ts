// A gzip-compressed file (a portal's `131041_aed.csv.gz`): read as the file inside it, inflated as it is read, so a
// CSV inside streams in the memory a plain one does. Each pass over the source inflates it again from its start.
import { once } from "node:events";
import { createGunzip } from "node:zlib";
import { startsWith } from "./encoding-sniff.ts";
import { CHUNK_BYTES, MAX_WHOLE_FILE_BYTES, type Source } from "./input.ts";
import { type Issue, issue } from "./issues.ts";

/** The two bytes every gzip member starts with (RFC 1952). */
const GZIP_MAGIC = [0x1f, 0x8b];

/** The most a gzip file may inflate to: as much as a workbook or a zip entry is read (zip.ts MAX_ENTRY_BYTES); a
 *  few KiB that inflate to gigabytes (a gzip bomb) would otherwise keep a run busy for minutes on every pass. */
export const MAX_GUNZIPPED_BYTES = MAX_WHOLE_FILE_BYTES;

export const isGzip = (head: Uint8Array): boolean => startsWith(head, GZIP_MAGIC);

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

/** The inflated bytes of `source` from byte `from` on, in chunks of at most CHUNK_BYTES. */
async function* inflated(source: Source, from: number, limit: number): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
  const stop = new AbortController();
  // fed by hand, not by stream.pipeline: gunzip ends before its input does when zeros pad the gzip (tar, some
  // servers), which pipeline takes for a premature close and aborts the read with
  const feeding = (async () => {
    // source.chunks(), not scan(): zlib may still hold a chunk when the next one is read
    for await (const chunk of source.chunks()) {
      if (stop.signal.aborted || gunzip.destroyed || gunzip.writableEnded) return;
      if (!gunzip.write(chunk)) await once(gunzip, "drain", { signal: stop.signal });
    }
    gunzip.end();
  })().catch((err: unknown) => {
    // an error of the file underneath ends the reading below with it
    if (!stop.signal.aborted) gunzip.destroy(err as Error);
  });
  let at = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      const end = at + chunk.length;
      if (end > limit) throw new GzipError("too_large", limit.toLocaleString("en-US"));
      if (end > from) yield at >= from ? chunk : chunk.subarray(from - at);
      at = end;
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

/** The file inside a gzip source, read as any source is. Its size is known only once it was inflated whole (and so
 *  checked to its end, CRC included): the first size() does that. */
export function gunzippedSource(source: Source, limit = MAX_GUNZIPPED_BYTES): Source {
  let size: number | null = null;
  return {
    async head(n) {
      const parts: Uint8Array[] = [];
      let got = 0;
      for await (const chunk of inflated(source, 0, limit)) {
        parts.push(chunk);
        if ((got += chunk.length) >= n) break;
      }
      return Buffer.concat(parts).subarray(0, n);
    },
    chunks: (from = 0) => inflated(source, from, limit),
    // gunzip gives each chunk its own buffer: nothing to reuse
    scan: (from = 0) => inflated(source, from, limit),
    async size() {
      if (size === null) {
        let n = 0;
        for await (const chunk of inflated(source, 0, limit)) n += chunk.length;
        size = n;
      }
      return size;
    },
    async all() {
      const parts: Uint8Array[] = [];
      for await (const chunk of inflated(source, 0, limit)) parts.push(chunk);
      return Buffer.concat(parts);
    },
  };
}
