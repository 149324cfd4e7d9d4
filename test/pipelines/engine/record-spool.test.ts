// The spool of held records (record-spool.ts): past its in-memory count, records go to a temporary file and come back
// in order, with their workbook maps, and the file is removed once read or when the reading stops early.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ParsedRecord } from "../../../pipelines/parse.ts";
import { recordSpool } from "../../../pipelines/record-spool.ts";

let root = "";
beforeEach(() => { root = mkdtempSync(path.join(os.tmpdir(), "odh-spool-test-")); });
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** the spool's temporary folder, while it has one (made when its first chunk of records is written) */
const spoolFiles = () => readdirSync(root);

describe("a record spool", () => {
  it("gives back every record in the order added, those from the file as they were, maps and flags included", async () => {
    const spool = recordSpool(2, root);
    const added: ParsedRecord[] = [
      { index: 2, cells: ["新宿区役所", "東京都新宿区歌舞伎町1-4-1"] },
      { index: 3, cells: ["大久保図書館", ""] },
      { index: 4, cells: ["高田馬場駅前", "改行\r\nと\"引用符\"と\u2028と\ud800"], quoteProblem: "missing_quotes" },
      { index: 5, cells: ["西新宿ビル", "45383.375"], links: new Map([[0, "https://example.jp/a"]]), stored: new Map([[1, "45383.375"]]),
        rounded: new Map([[1, 0]]), fromSheet: { column: 2, value: "飲食店営業" }, struck: true, sumsAbove: true, unquotedLine: true },
    ];
    for (const r of added) spool.add(r);
    const read: ParsedRecord[] = [];
    for await (const r of spool.records()) {
      read.push(r);
      // the records past the first two are read back from the spool's file
      if (r.index === 4) expect(spoolFiles().length).toBe(1);
    }
    expect(read).toEqual(added);
    expect(read[3].links?.get(0)).toBe("https://example.jp/a");
    expect(spoolFiles()).toEqual([]);
  });

  it("keeps a small list in memory: no file", async () => {
    const spool = recordSpool(10, root);
    spool.add({ index: 2, cells: ["a"] });
    const read = [];
    for await (const r of spool.records()) {
      read.push(r.cells[0]);
      expect(spoolFiles()).toEqual([]);
    }
    expect(read).toEqual(["a"]);
  });

  it("writes in chunks while records come, so memory does not hold them; removes the file when the reading stops early", async () => {
    const spool = recordSpool(1, root);
    const long = "東京都新宿区西新宿二丁目8番1号".repeat(20);
    for (let i = 0; i < 500; i++) spool.add({ index: i + 2, cells: [String(i), long] });
    expect(spoolFiles().length).toBe(1);
    const seen: number[] = [];
    for await (const r of spool.records()) {
      seen.push(r.index);
      if (r.index === 300) break;
    }
    expect(seen).toEqual(Array.from({ length: 299 }, (_, i) => i + 2));
    expect(spoolFiles()).toEqual([]);
  });
});
