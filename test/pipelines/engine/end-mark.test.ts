// A DOS end-of-file mark (Ctrl-Z, 0x1A) at the very end of a CSV is no row: the file is read as if it ended before it.
import { describe, expect, it } from "vitest";
import { cutSource } from "../../../pipelines/end-mark.ts";
import { readFileEnd } from "../../../pipelines/file-end.ts";
import { byteChunks, openSource } from "../../../pipelines/input.ts";
import { runBytes, tuples } from "./helpers.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const sourceOf = (text: string) => openSource({ bytes: bytes(text), fileName: "x.csv" });

describe("readFileEnd: the length before an end-of-file mark", () => {
  it.each<[string, string, number | null]>([
    ["a mark on a line of its own", "a,b\r1,2\r\x1a", 8],
    ["a mark and line breaks after it", "a,b\r\n1,2\r\n\x1a\r\n", 10],
    ["marks repeated", "a,b\n1,2\n\x1a\x1a", 8],
    ["a mark right after the last value", "a,b\n1,2\x1a", 7],
    ["no mark", "a,b\n1,2\n", null],
    ["a mark inside the file only", "a,b\n1,\x1a2\n", null],
  ])("%s", async (_, text, expected) => {
    expect((await readFileEnd(sourceOf(text), "shift_jis")).beforeMark).toBe(expected);
  });

  it("is never read in UTF-16, where 0x1A is half a character", async () => {
    expect((await readFileEnd(sourceOf("a\x1a"), "utf-16le")).beforeMark).toBeNull();
  });
});

describe("cutSource", () => {
  it("gives the bytes before the cut, from any start", async () => {
    const source = cutSource(sourceOf("0123456789"), 6);
    const read = async (chunks: AsyncIterable<Uint8Array>) => {
      let s = "";
      for await (const c of chunks) s += Buffer.from(c).toString();
      return s;
    };
    expect([await read(source.chunks()), await read(source.scan(2)), await source.size()]).toEqual(["012345", "2345", 6]);
    expect(Buffer.from(await source.all()).toString()).toBe("012345");
    expect(Buffer.from(await source.head(100)).toString()).toBe("012345");
    expect(await read(byteChunks(await source.all(), 4))).toBe("45");
  });
});

const HEADER = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,電話番号";
const ROWS = [1, 2, 3].map((n) => `131156,${n},施設${n},東京都杉並区阿佐谷南1-15-${n},35.70,139.63,03-3312-211${n}`);

describe("a CSV ending with a DOS end-of-file mark", () => {
  it("has no row for the mark, and says it was skipped", async () => {
    const { report, rows, exit } = await runBytes(`${[HEADER, ...ROWS].join("\r")}\r\x1a`, "131156_public_facility.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.name])).toEqual([[1, true, "施設1"], [2, true, "施設2"], [3, true, "施設3"]]);
    expect(report.issues.find((i) => i.code === "end_of_file_mark")).toMatchObject({ severity: "info", row: null });
    expect(exit).toBe(0);
  });

  it("keeps a 0x1A that is not at the end in its cell, reported as a control character", async () => {
    const { report, rows } = await runBytes(`${HEADER}\n${ROWS[0]}\n131156,2,施設\x1a2,東京都杉並区阿佐谷南1-15-2,35.70,139.63,\n`, "131156_public_facility.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["施設1", "施設2"]);
    expect(tuples(report, "end_of_file_mark")).toEqual([]);
    expect(tuples(report, "invalid_characters")).toEqual([[2, "name", "invalid_characters"]]);
  });

});
