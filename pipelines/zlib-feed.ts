// Feeding a zlib stream by hand, not by stream.pipeline: gunzip ends before its input does when zeros pad the gzip
// (tar, some servers), which pipeline takes for a premature close and aborts the read with.
import { once } from "node:events";
import type { Transform } from "node:stream";

/** Writes `chunks` into `zlib` and ends it, waiting for drain; stops quietly when `stop` is aborted or the stream is
 *  done. An error of the chunks' source (the file underneath) destroys the stream with it, so the reader sees it. */
export function feedZlib(zlib: Transform, chunks: AsyncIterable<Uint8Array>, stop: AbortSignal): Promise<void> {
  return (async () => {
    for await (const chunk of chunks) {
      if (stop.aborted || zlib.destroyed || zlib.writableEnded) return;
      if (chunk.length > 0 && !zlib.write(chunk)) await once(zlib, "drain", { signal: stop });
    }
    zlib.end();
  })().catch((err: unknown) => {
    if (!stop.aborted) zlib.destroy(err as Error);
  });
}
