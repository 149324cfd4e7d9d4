// A DOS end-of-file mark (Ctrl-Z, 0x1A) or NUL padding at the very end of a CSV is no row: the file is read as if it
// ended before it.
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

  it("is never read in UTF-16 as a byte, where 0x1A is half a character; a whole 1A 00 unit is the mark", async () => {
    expect((await readFileEnd(sourceOf("a\x1a"), "utf-16le")).beforeMark).toBeNull();
    const utf16 = openSource({ bytes: Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x0a, 0, 0x1a, 0]), fileName: "x.csv" });
    expect(await readFileEnd(utf16, "utf-16le")).toMatchObject({ beforeMark: 6, mark: { ctrlZ: true, nuls: 0 } });
  });

  it("NUL bytes padding the end are a mark too, however many, and counted", async () => {
    expect(await readFileEnd(sourceOf("a,b\n1,2\n\0\0\0"), "utf-8")).toMatchObject({ beforeMark: 8, mark: { ctrlZ: false, nuls: 3 } });
    const padded = openSource({ bytes: Uint8Array.from([...bytes("a,b\n1,2\n"), ...new Uint8Array(300_000)]), fileName: "x.csv" });
    expect(await readFileEnd(padded, "utf-8")).toMatchObject({ beforeMark: 8, mark: { ctrlZ: false, nuls: 300_000 }, lines: [["a", "b"], ["1", "2"], [""]] });
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

  it("NUL padding after the rows: no row, no binary file, every row read and the padding said", async () => {
    // before: a small file padded with NULs (a ledger system writing 512-byte blocks) was refused as binary, exit 2
    const bytes = Uint8Array.from([...new TextEncoder().encode(`${[HEADER, ...ROWS].join("\r\n")}\r\n`), ...new Uint8Array(512)]);
    const { report, rows, exit } = await runBytes(bytes, "131156_public_facility.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.name])).toEqual([[1, true, "施設1"], [2, true, "施設2"], [3, true, "施設3"]]);
    expect(tuples(report, "end_of_file_padding")).toEqual([[null, null, "end_of_file_padding"]]);
    expect(report.issues.find((i) => i.code === "end_of_file_padding")).toMatchObject({ severity: "warning", value: "512" });
    expect(exit).toBe(0);
  });

  it("a block of NULs between the rows (a zeroed disk block) is read as blank rows, not refused as a binary file", async () => {
    // before: binary_file, exit 2, no row read
    const text = new TextEncoder();
    const bytes = Uint8Array.from([...text.encode(`${HEADER}\n${ROWS[0]}\n`), ...new Uint8Array(4096), ...text.encode(`\n${ROWS[1]}\n${ROWS[2]}\n`)]);
    const { report, rows, exit } = await runBytes(bytes, "131156_public_facility.csv");
    expect([exit, rows.map((r) => [r.valid, r.record.name])]).toEqual([0, [[true, "施設1"], [true, "施設2"], [true, "施設3"]]]);
    // said as a part of the file that may have lost rows, not only as a blank row
    expect(report.issues.filter((i) => i.code === "nul_row").map((i) => [i.row, i.severity, i.value])).toEqual([[2, "warning", "4096"]]);
    expect(report.issues.find((i) => i.code === "nul_row")?.message_ja).toContain("ここにあった行が欠けていないか");
  });

  it("a line of NULs or a Ctrl-Z between the rows is a blank row, not a record missing every value", async () => {
    // before: `\0\0\0\0` was a record whose 名称 and 所在地 were missing, the file invalid
    const { rows, exit } = await runBytes(`${HEADER}\n${ROWS[0]}\n\0\0\0\0\n${ROWS[1]}\n\0,\x1a,,,,,\n${ROWS[2]}\n`, "131156_public_facility.csv");
    expect(rows.map((r) => [r.valid, r.record.name])).toEqual([[true, "施設1"], [true, "施設2"], [true, "施設3"]]);
    expect(exit).toBe(0);
  });

  it("keeps a 0x1A that is not at the end in its cell, reported as a control character", async () => {
    const { report, rows } = await runBytes(`${HEADER}\n${ROWS[0]}\n131156,2,施設\x1a2,東京都杉並区阿佐谷南1-15-2,35.70,139.63,\n`, "131156_public_facility.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["施設1", "施設2"]);
    expect(tuples(report, "end_of_file_mark")).toEqual([]);
    expect(tuples(report, "invalid_characters")).toEqual([[2, "name", "invalid_characters"]]);
  });

});
