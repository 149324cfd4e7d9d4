// utf8-blocks.ts: parts of text encoded into blocks of at most BLOCK_BYTES (one longer part in a block of its own
// size): the blocks joined are the UTF-8 of each part as Buffer.from gives it (a lone surrogate as U+FFFD), and no
// part is cut between two blocks, so each block decodes by itself.
import { describe, expect, it } from "vitest";
import { BLOCK_BYTES, Utf8Blocks } from "../../pipelines/utf8-blocks.ts";
import { random } from "../../pipelines/sample/random.ts";

const PIECES = ["東京都千代田区", "ｼﾝｼﾞｭｸ", "a", "\n", "\"", "😀", "\ud83d", "\ude00", "\u2028", "\u0000", "ß", "é"];

/** Seeded parts of 0 to ~6,000 characters, one of them longer than a block's bytes by itself. */
function randomParts(seed: number, count: number): string[] {
  const next = random(seed).next;
  return Array.from({ length: count }, (_, i) => {
    if (i === count / 2) return "長".repeat(BLOCK_BYTES / 2);
    let s = "";
    for (let n = Math.floor(next() * next() * 800); n > 0; n--) s += PIECES[Math.floor(next() * PIECES.length)];
    return s;
  });
}

describe("Utf8Blocks", () => {
  const parts = randomParts(7, 2000);

  it("the blocks are the UTF-8 of the parts, whole parts each, at most BLOCK_BYTES but for one long part", () => {
    const blocks = new Utf8Blocks();
    const taken: Buffer[] = [];
    for (const [i, part] of parts.entries()) {
      blocks.add(part);
      if (i % 37 === 0) taken.push(...blocks.take());
    }
    taken.push(...blocks.take(true));
    const expected = Buffer.concat(parts.map((part) => Buffer.from(part)));
    expect(Buffer.concat(taken).equals(expected)).toBe(true);
    // each block decodes by itself (no character cut at its ends): decoded one by one, they are the whole text
    expect(taken.map((b) => b.toString("utf8")).join("")).toBe(expected.toString("utf8"));
    expect(taken.filter((b) => b.length > BLOCK_BYTES).map((b) => b.length)).toEqual([Buffer.byteLength("長".repeat(BLOCK_BYTES / 2))]);
    expect(taken.length).toBeGreaterThan(10);
  });

  it("a surrogate pair split between two parts becomes two U+FFFD, as each part is encoded alone", () => {
    const blocks = new Utf8Blocks();
    blocks.add("a\ud83d");
    blocks.add("\ude00b");
    expect(Buffer.concat(blocks.take(true)).toString("utf8")).toBe("a\ufffd\ufffdb");
  });

  it("take() leaves the block being filled; take(true) takes it too, and then nothing is left", () => {
    const blocks = new Utf8Blocks();
    blocks.add("東京");
    expect(blocks.take()).toEqual([]);
    expect(blocks.take(true).map((b) => b.toString("utf8"))).toEqual(["東京"]);
    expect(blocks.take(true)).toEqual([]);
    blocks.add("");
    expect(blocks.take(true)).toEqual([]);
  });

  it("a block is not written to again once taken", () => {
    const blocks = new Utf8Blocks();
    blocks.add("first");
    const [first] = blocks.take(true);
    blocks.add("second, longer");
    blocks.take(true);
    expect(first.toString("utf8")).toBe("first");
  });
});
