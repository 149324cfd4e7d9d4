// input.ts: a file read in chunks, with the next chunk read ahead; scan() reuses two buffers for passes that keep no
// bytes. Both give the file's bytes exactly, from any offset, and a missing file is a system error, not a crash.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { open } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { CHUNK_BYTES, openSource } from "../../../pipelines/input.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "odh-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of `size` bytes that differ from chunk to chunk (so a chunk read into the wrong place shows). */
function fileOf(size: number): { file: string; bytes: Uint8Array } {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + Math.floor(i / 7)) % 251;
  const file = path.join(dir, `f${size}.csv`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

/** The chunks as they come, each copied at once (scan's chunks are valid only until the next one). */
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<{ bytes: Uint8Array; sizes: number[]; buffers: Set<ArrayBufferLike> }> {
  const parts: Uint8Array[] = [];
  const buffers = new Set<ArrayBufferLike>();
  for await (const chunk of chunks) {
    parts.push(Uint8Array.from(chunk));
    buffers.add(chunk.buffer);
  }
  return { bytes: Buffer.concat(parts), sizes: parts.map((p) => p.length), buffers };
}

describe("a file's chunks", () => {
  const sizes = [0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 5 * CHUNK_BYTES + 123];
  it.each(sizes)("chunks() and scan() give the %i bytes of the file, in chunks of at most CHUNK_BYTES", async (size) => {
    const { file, bytes } = fileOf(size);
    const source = openSource({ path: file, fileName: "f.csv" });
    for (const read of [source.chunks(), source.scan()]) {
      const got = await collect(read);
      expect(Buffer.compare(got.bytes, bytes)).toBe(0);
      expect(got.sizes.every((n) => n > 0 && n <= CHUNK_BYTES)).toBe(true);
    }
    expect(Buffer.compare(await source.all(), bytes)).toBe(0);
  });

  it("from an offset, both read the rest of the file", async () => {
    const { file, bytes } = fileOf(3 * CHUNK_BYTES + 77);
    const source = openSource({ path: file, fileName: "f.csv" });
    for (const from of [0, 5, CHUNK_BYTES, 3 * CHUNK_BYTES + 76, 3 * CHUNK_BYTES + 77]) {
      expect(Buffer.compare((await collect(source.chunks(from))).bytes, bytes.subarray(from))).toBe(0);
      expect(Buffer.compare((await collect(source.scan(from))).bytes, bytes.subarray(from))).toBe(0);
    }
  });

  it("scan() reads into two buffers however long the file; chunks() gives each chunk its own memory", async () => {
    const { file } = fileOf(24 * CHUNK_BYTES);
    const source = openSource({ path: file, fileName: "f.csv" });
    expect((await collect(source.scan())).buffers.size).toBe(2);
    expect((await collect(source.chunks())).buffers.size).toBe(24);
  });

  it("scan() reads eight chunks at a time, given in the same chunks of CHUNK_BYTES as chunks() gives", async () => {
    const { file, bytes } = fileOf(20 * CHUNK_BYTES + 5);
    const source = openSource({ path: file, fileName: "f.csv" });
    const handle = await open(file, "r");
    const read = vi.spyOn(Object.getPrototypeOf(handle), "read");
    await handle.close();
    try {
      const scanned = await collect(source.scan());
      // three reads of 8 chunks (the last one short), and the read at the end that finds no more
      expect(read.mock.calls.map((call) => call[2])).toEqual(Array(4).fill(8 * CHUNK_BYTES));
      expect(scanned.sizes).toEqual([...Array(20).fill(CHUNK_BYTES), 5]);
      expect(Buffer.compare(scanned.bytes, bytes)).toBe(0);
      read.mockClear();
      expect((await collect(source.chunks())).sizes).toEqual(scanned.sizes);
      expect(read).toHaveBeenCalledTimes(22);
    } finally {
      read.mockRestore();
    }
  });

  it("a caller that stops early can read the file again at once", async () => {
    const { file, bytes } = fileOf(4 * CHUNK_BYTES);
    const source = openSource({ path: file, fileName: "f.csv" });
    for (let k = 0; k < 50; k++) {
      for await (const chunk of source.scan()) {
        expect(chunk.length).toBe(CHUNK_BYTES);
        break;
      }
    }
    expect(Buffer.compare((await collect(source.chunks())).bytes, bytes)).toBe(0);
  });

  it("a missing file rejects with the system's ENOENT (the run turns it into file_not_found)", async () => {
    const source = openSource({ path: path.join(dir, "missing.csv"), fileName: "missing.csv" });
    await expect(collect(source.chunks())).rejects.toMatchObject({ code: "ENOENT" });
    await expect(collect(source.scan())).rejects.toMatchObject({ code: "ENOENT" });
  });
});
