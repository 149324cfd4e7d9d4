// Reading a large CSV file on several threads (pipelines/parallel.ts) must give exactly what one thread gives: the
// same report (issues, rows, counts, order) and the same output bytes, whatever the file does at the cuts between
// ranges (blank rows, quoted line ends, stray quotes, CR line ends, short and long rows, errors).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../../bench/engine.bench.ts";
import { readOnOneAndTwoThreads } from "./helpers.ts";
import type { ParallelOptions, ParallelStats } from "../../../pipelines/parallel.ts";
import { parallelOptionsFrom } from "../../../pipelines/file-args.ts";
import { closeRangeWorkers, rangeWorkers } from "../../../pipelines/range-pool.ts";
import { type ByteRange, byteRanges, countLines, findCut } from "../../../pipelines/ranges.ts";
import type { RecordFormat } from "../../../pipelines/record-output.ts";
import { harmonizeText } from "../../../pipelines/run.ts";
import { BLOCK_BYTES } from "../../../pipelines/utf8-blocks.ts";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

async function* chunked(bytes: Uint8Array, size: number) {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

describe("byte ranges (ranges.ts)", () => {
  it("counts lines as the parser will see records: LF, CR LF, lone CR, a last line without an end", () => {
    expect(countLines(utf8("a\nb\n"))).toBe(2);
    expect(countLines(utf8("a\r\nb\r\nc"))).toBe(3);
    expect(countLines(utf8("a\rb\rc\r"))).toBe(3);
    expect(countLines(utf8("a\n\n\nb"))).toBe(4);
    expect(countLines(utf8(""))).toBe(0);
    expect(countLines(utf8("\"a\nb\",1\r\nc,\"d\r\n\"\n"))).toBe(2);
  });

  it("cuts after a line with a letter or digit, outside quotes", () => {
    const bytes = utf8("a,b\n,,\n\"x\ny\",1\nc,d\n");
    // from 0: the first line qualifies
    expect(findCut(bytes, 0)).toBe(4);
    // from 4: ",," is blank; "\"x" opens a quote, so its LF is inside it; "y\",1" closes it
    expect(text(bytes.subarray(0, findCut(bytes, 4)))).toBe("a,b\n,,\n\"x\ny\",1\n");
    // quotes open before the piece (an odd count carried in) move the cut to the line that closes them
    expect(findCut(utf8("x\ny\"\nz\n"), 0, 0, false, true)).toBe(2);
    expect(findCut(utf8("x\ny\"\nz\n"), 0, 1, false, true)).toBe(5);
    expect(findCut(utf8(",,\n,,\n"), 0)).toBe(-1);
    expect(findCut(utf8("\"open\nstill\n"), 0, 0, true)).toBe(6);
  });

  it("never starts a range with a line of one cell, which may be a note on the record above (note-on-row-above.ts)", () => {
    const bytes = utf8("a,b,c\n,,夜間は施錠\n\"※注1, 続き\",,\nd,e,f\n,,\ng,h,i\n");
    // not before `,,夜間は施錠` nor a quoted one with a comma inside: after them, before d,e,f
    expect(text(bytes.subarray(0, findCut(bytes, 0)))).toBe("a,b,c\n,,夜間は施錠\n\"※注1, 続き\",,\n");
    // a blank line may start one; so may a tab-separated row of two cells
    expect(text(bytes.subarray(0, findCut(bytes, Buffer.from(bytes).indexOf("d,e,f"))))).toBe("a,b,c\n,,夜間は施錠\n\"※注1, 続き\",,\nd,e,f\n");
    expect(findCut(utf8("a\tb\n1\t2\n"), 0)).toBe(4);
    // the next line not yet read is not known: no cut before it; a file of one column is cut anyway when asked
    expect(findCut(utf8("a,b\nc,d"), 0)).toBe(-1);
    expect(findCut(utf8("x\ny\nz\n"), 0)).toBe(-1);
    expect(findCut(utf8("x\ny\nz\n"), 0, 0, false, true)).toBe(2);
  });

  it("splits any byte stream into ranges that put it back together, each on line ends", async () => {
    const lines = Array.from({ length: 500 }, (_, i) => (i % 37 === 0 ? ",,," : i % 53 === 0 ? "\"q\nq\",1" : `r${i},東京都,${"x".repeat(i % 90)}`));
    const bytes = utf8(`${lines.join("\r\n")}\r\n`);
    for (const chunk of [7, 100, 4096]) {
      const ranges: ByteRange[] = [];
      for await (const r of byteRanges(chunked(bytes, chunk), 0, 1000)) ranges.push(r);
      expect(ranges.length).toBeGreaterThan(5);
      expect(Buffer.concat(ranges.map((r) => r.bytes)).equals(Buffer.from(bytes))).toBe(true);
      for (const r of ranges.slice(0, -1)) {
        expect(r.bytes[r.bytes.length - 1]).toBe(0x0a);
        expect(r.bytes.length).toBeGreaterThanOrEqual(1000);
      }
      expect(ranges.map((r) => r.start)).toEqual(ranges.map((_, i) => ranges.slice(0, i).reduce((n, p) => n + p.bytes.length, 0)));
      expect(ranges.reduce((n, r) => n + r.lines, 0)).toBe(countLines(bytes));
    }
  });
});

describe("parallel reading gives what one thread gives", () => {
  let dir: string;
  let base: string;
  const ROWS = 3000;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "odh-parallel-"));
    const file = path.join(dir, "131041_aed.csv");
    await generate(file, ROWS);
    base = new TextDecoder("shift_jis").decode(readFileSync(file));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeRangeWorkers();
  });

  /** Rewrites data line `i` (1-based, under the header) of the base file. */
  const editLines = (edit: (line: string, i: number) => string) =>
    base.split("\r\n").map((line, i) => (i === 0 || line === "" ? line : edit(line, i))).join("\r\n");

  const VARIANTS: Record<string, () => Uint8Array> = {
    "CP932, CR LF": () => encodeCp932(base),
    "UTF-8 with BOM, LF": () => utf8(`\uFEFF${base.replace(/\r\n/g, "\n")}`),
    "UTF-8, lone CR line ends": () => utf8(base.replace(/\r\n/g, "\r")),
    "blank and comma-only rows everywhere": () => encodeCp932(editLines((l, i) => (i % 41 === 0 ? `${l}\r\n\r\n,,,,\r\n  ` : l))),
    "quoted line ends in cells (cuts must be checked)": () => encodeCp932(editLines((l, i) => (i % 400 === 0 ? `${l},"備考\r\n二行目"` : l))),
    "a stray quote in an unquoted cell": () => encodeCp932(editLines((l, i) => (i === 2000 ? l.replace("東京都", "東京\"都") : l))),
    "short rows, long rows and unreadable values": () => encodeCp932(editLines((l, i) =>
      (i % 97 === 0 ? l.split(",").slice(0, 5).join(",") : i % 89 === 0 ? `${l},余分,もう一つ` : i % 83 === 0 ? l.replace(/,35\.\d+,/, ",北緯,") : l))),
    "IDs repeated across ranges, more than the examples kept": () => encodeCp932(editLines((l, i) => l.replace(/^([^,]*),\d+,/, `$1,${i % 1000},`))),
    "a few IDs repeated far apart": () => encodeCp932(editLines((l, i) => (i % 700 === 0 ? l.replace(/^([^,]*),\d+,/, "$1,7,") : l))),
    "rows shifted by a comma inside a value, told on their rows": () => encodeCp932(editLines((l, i) =>
      (i % 300 === 0 && (i - 1) % 13 !== 0 ? l.replace(",東京都,", ",東京,都,") : l))),
    // read by its quotes, `"ふれあい"` would run to the quoted cell three rows down: each line is read as its own row
    "a quote opened by mistake, closed by a quoted cell rows later": () => encodeCp932(editLines((l, i) =>
      (i === 2000 ? l.replace(",東京都,", ",\"ふれあい\"東京都,") : i === 2003 ? `${l.slice(0, l.lastIndexOf(","))},"9:00 ""祝日除く"""` : l))),
    // a line of a Shift_JIS file in UTF-8 is read as such and counted, whichever thread reads its range
    "rows in UTF-8 among Shift_JIS ones (pasted from another file), in the head and in later ranges": () => {
      const lines = base.split("\r\n");
      return Buffer.concat(lines.map((l, i) => {
        const line = i < lines.length - 1 ? `${l}\r\n` : l;
        return i === 3 || (i > 0 && i % 500 === 0) ? utf8(line) : encodeCp932(line);
      }));
    },
    "a requirement row under the header": () => encodeCp932(base.replace("\r\n", `\r\n${"◎,".repeat(21)}○\r\n`)),
    "a DOS end-of-file mark (Ctrl-Z) at the end": () => Uint8Array.from([...encodeCp932(base), 0x1a]),
    // the rest is another table: a range read on its own cannot know, and is read again in order
    "a 【参考】 table near the end": () => encodeCp932(editLines((l, i) => (i === ROWS - 60 ? `【参考】区外の施設\r\n${l}` : l))),
  };

  /** A file with no LF is read on one thread (there is nowhere to cut). */
  const SEQUENTIAL = new Set(["UTF-8, lone CR line ends"]);
  /** A quote in the middle of a cell throws the count of quotes off: the range holding it fails its check and the
   *  file is read on from there on one thread. */
  const REREAD: Record<string, number> = { "a stray quote in an unquoted cell": 1, "a 【参考】 table near the end": 1,
    "a quote opened by mistake, closed by a quoted cell rows later": 1 };
  /** what a variant is there for, and the report must show (duplicates are found across ranges, at the end) */
  const SHOWS: Record<string, [string, number]> = {
    "IDs repeated across ranges, more than the examples kept": ["duplicate_id", 3000],
    "a few IDs repeated far apart": ["duplicate_id", 5],
    "rows shifted by a comma inside a value, told on their rows": ["row_shifted", 9],
    "a DOS end-of-file mark (Ctrl-Z) at the end": ["end_of_file_mark", 1],
    "a quote opened by mistake, closed by a quoted cell rows later": ["quote_over_rows", 1],
    "rows in UTF-8 among Shift_JIS ones (pasted from another file), in the head and in later ranges": ["utf8_lines", 1],
  };

  async function runBoth(bytes: Uint8Array, format: RecordFormat | undefined, parallel: { mainReads?: boolean }) {
    const file = path.join(dir, "131041_aed.csv");
    writeFileSync(file, bytes);
    const input = { path: file, fileName: "131041_aed.csv" };
    const read = async (withThreads: boolean) => {
      let out = "";
      const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
      const report = await harmonizeText(input, { municipality: "131041" }, {
        format, onText: (t) => { out += typeof t === "string" ? t : Buffer.from(t).toString("utf8"); },
        parallel: withThreads ? { threads: 2, minBytes: 0, rangeBytes: 16 * 1024, stats, ...parallel } : undefined,
      });
      return { report, out, stats };
    };
    return { one: await read(false), many: await read(true) };
  }

  for (const [name, make] of Object.entries(VARIANTS)) {
    it(`${name}: same report and NDJSON as one thread, ranges read by the worker`, async () => {
      const { one, many } = await runBoth(make(), "ndjson", { mainReads: false });
      expect(one.report.rows).toBeGreaterThan(ROWS - 100);
      expect(many.report).toEqual(one.report);
      expect(many.out).toBe(one.out);
      if (SHOWS[name]) {
        const [code, n] = SHOWS[name];
        const kept = one.report.issues.filter((i) => i.code === code).length;
        expect(one.report.issue_counts?.[code] ?? kept).toBe(n);
      }
      if (SEQUENTIAL.has(name)) return;
      expect(many.stats.worker).toBeGreaterThan(10);
      expect(many.stats.reread).toBe(REREAD[name] ?? 0);
      // the worker's ranges one after another through one row stage, made for the file's first
      expect(many.stats.stages).toBe(1);
    });
  }

  it("a range that does not parse as whole records is read again on one thread, from its start", async () => {
    // a quote that never closes: the cutter stops trusting quotes after 4 ranges and cuts inside the quoted text,
    // the range's parse sees the unclosed quote, and the main thread reads the file on from that range
    const bytes = encodeCp932(editLines((l, i) => (i === 1200 ? l.replace("東京都", "\"東京都") : l)));
    const { one, many } = await runBoth(bytes, "ndjson", { mainReads: false });
    expect(many.stats.reread).toBe(1);
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
  });

  it("a worker that dies mid-file: its ranges are read again on the main thread, nothing lost", async () => {
    const file = path.join(dir, "131041_aed.csv");
    writeFileSync(file, encodeCp932(base));
    const input = { path: file, fileName: "131041_aed.csv" };
    const collect = () => {
      let out = "";
      return { onText: (t: string | Uint8Array) => { out += typeof t === "string" ? t : Buffer.from(t).toString("utf8"); }, text: () => out };
    };
    const single = collect();
    const one = await harmonizeText(input, {}, { format: "ndjson", onText: single.onText });
    const killed = collect();
    const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
    let killedAt = -1;
    const many = await harmonizeText(input, {
      // progress comes after each batch of the main thread and each range put in: kill the worker at its first range
      onProgress: () => {
        if (killedAt === -1 && stats.worker > 0) {
          killedAt = stats.worker;
          void closeRangeWorkers();
        }
      },
    }, { format: "ndjson", onText: killed.onText, parallel: { threads: 2, minBytes: 0, rangeBytes: 16 * 1024, stats, mainReads: false } });
    // the ranges after it were read by the main thread: again from a range the worker had (reread), or as they came
    expect(killedAt).toBeGreaterThan(0);
    expect(stats.worker).toBeLessThanOrEqual(killedAt + 2);
    expect(stats.reread + stats.main).toBeGreaterThan(0);
    expect(many).toEqual(one);
    expect(killed.text()).toBe(single.text());
  });

  for (const format of ["json", "csv"] as const) {
    it(`${format} output is the same, with the main thread reading ranges too`, async () => {
      const { one, many } = await runBoth(encodeCp932(base), format, { mainReads: true });
      expect(many.report).toEqual(one.report);
      expect(many.out).toBe(one.out);
      expect(many.stats.worker + many.stats.main).toBeGreaterThan(10);
      // one row stage on each thread that read ranges
      expect(many.stats.stages).toBe(Number(many.stats.worker > 0) + Number(many.stats.main > 0));
    });
  }

  it("validate (no output) is the same, and the issue log keeps the same first examples of each code", async () => {
    const noName = (line: string) => line.split(",").map((cell, k) => (k === 4 ? "" : cell)).join(",");
    const { one, many } = await runBoth(encodeCp932(editLines((l, i) => (i % 7 === 0 ? noName(l) : l))), undefined, {});
    expect(one.report.invalid).toBeGreaterThan(400);
    expect(many.report).toEqual(one.report);
    expect(many.report.issue_counts).toEqual(one.report.issue_counts);
  });

  it("a worker's output comes in its blocks, moved, not joined into one copy per range", async () => {
    const file = path.join(dir, "131041_aed.csv");
    writeFileSync(file, encodeCp932(base));
    const input = { path: file, fileName: "131041_aed.csv" };
    const read = async (parallel?: ParallelOptions) => {
      const chunks: Uint8Array[] = [];
      const report = await harmonizeText(input, {}, { format: "ndjson", onText: (t) => { chunks.push(typeof t === "string" ? utf8(t) : t); }, parallel });
      return { report, out: Buffer.concat(chunks).toString("utf8"), largest: Math.max(...chunks.map((c) => c.length)) };
    };
    const one = await read();
    const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
    // 64 KiB of CP932 a range: ~250 KB of NDJSON, two blocks and more
    const many = await read({ threads: 2, minBytes: 0, rangeBytes: 64 * 1024, stats, mainReads: false });
    expect(stats.worker).toBeGreaterThan(3);
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
    expect(many.largest).toBeLessThanOrEqual(BLOCK_BYTES);
  });

  it("a command's one file: its workers are closed once it is read; other callers keep them for the next file", async () => {
    const file = path.join(dir, "131041_aed.csv");
    writeFileSync(file, encodeCp932(base));
    const input = { path: file, fileName: "131041_aed.csv" };
    const one = await harmonizeText(input, {}, {});
    const readWith = async (parallel: { oneFile?: boolean }) => {
      // the pool's worker, which the run takes
      const [worker] = rangeWorkers(1, true);
      const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
      const report = await harmonizeText(input, {}, { parallel: { threads: 2, minBytes: 0, rangeBytes: 16 * 1024, stats, mainReads: false, ...parallel } });
      return { report, worked: stats.worker, alive: worker.alive() };
    };
    const kept = await readWith({});
    expect(kept).toEqual({ report: one, worked: expect.any(Number), alive: true });
    expect(kept.worked).toBeGreaterThan(10);
    const closed = await readWith({ oneFile: true });
    expect(closed).toEqual({ report: one, worked: kept.worked, alive: false });
    expect(parallelOptionsFrom({ threads: "2" })).toEqual({ threads: 2, oneFile: true });
  });

  it("a file read without output gets workers of a smaller young generation, not those of a file rendered", async () => {
    await closeRangeWorkers();
    const [lean] = rangeWorkers(1, true);
    const [full] = rangeWorkers(1, false);
    expect(lean).not.toBe(full);
    expect([lean.lean, full.lean]).toEqual([true, false]);
    // each kind is kept for the next file of its kind
    expect(rangeWorkers(1, true)[0]).toBe(lean);
    expect(rangeWorkers(1, false)[0]).toBe(full);
    await closeRangeWorkers();
  });
});

describe("a list in sections read on several threads: each heading's kind goes on to the rows after it", () => {
  let dir: string;
  // past the head the main thread reads first (192 KiB)
  const ROWS = 8000;
  beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), "odh-parallel-sections-")); });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeRangeWorkers();
  });

  /** A nursery list of ROWS rows, with `headings` (data line → heading line) put above those lines. */
  const nurseries = (withKind: boolean, headings: Record<number, string>) => {
    const lines = [withKind ? "施設名,種別,所在地,電話番号,定員" : "施設名,所在地,電話番号,定員"];
    for (let i = 1; i <= ROWS; i++) {
      if (headings[i] !== undefined) lines.push(headings[i] + ",".repeat(withKind ? 4 : 3));
      // every 10th row says its own kind
      const kind = withKind ? (i % 10 === 0 ? ",区立保育園" : ",") : "";
      lines.push(`第${i}保育園${kind},東京都中野区中野${1 + (i % 5)}-${1 + (i % 30)}-${1 + (i % 9)},03-3${String(i).padStart(3, "0")}-${String(i).padStart(4, "0")},${20 + (i % 60)}`);
    }
    return utf8(`${lines.join("\r\n")}\r\n`);
  };

  async function runBoth(bytes: Uint8Array) {
    const file = path.join(dir, "131148_preschool.csv");
    writeFileSync(file, bytes);
    const input = { path: file, fileName: "131148_preschool.csv" };
    const read = async (withThreads: boolean) => {
      let out = "";
      const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
      const report = await harmonizeText(input, { municipality: "131148", dataset: "preschool" }, {
        format: "ndjson", onText: (t) => { out += typeof t === "string" ? t : Buffer.from(t).toString("utf8"); },
        parallel: withThreads ? { threads: 2, minBytes: 0, rangeBytes: 16 * 1024, stats, mainReads: false } : undefined,
      });
      return { report, out, stats };
    };
    return { one: await read(false), many: await read(true) };
  }
  const kinds = (out: string) => out.trim().split("\n").map((l) => JSON.parse(l) as { row: number; record: { name: string; facility_type: string | null } })
    .map((r) => [r.record.name, r.record.facility_type]);
  const sections = (report: { issues: ReadonlyArray<{ code: string; row: number | null; value: string | null; detail?: string }> }) =>
    report.issues.filter((i) => i.code === "kind_from_section").map((i) => [i.row, i.value, i.detail] as const);

  it("headings from the first rows on: the file is read in order by one thread, the same report and output", async () => {
    const { one, many } = await runBoth(nurseries(true, { 1: "【認可保育所】", 6001: "■ 認証保育所" }));
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
    expect(many.stats.worker).toBe(0);
    const read = kinds(one.out);
    expect(read.length).toBe(ROWS);
    expect([read[0], read[9], read[5999], read[6000], read[7999]]).toEqual([["第1保育園", "認可保育所"], ["第10保育園", "区立保育園"],
      ["第6000保育園", "区立保育園"], ["第6001保育園", "認証保育所"], ["第8000保育園", "区立保育園"]]);
    expect(sections(one.report).map(([row, value, detail]) => [row, value, detail?.split("｜").slice(0, 2), detail?.split("｜")[2].slice(0, 14)]))
      .toEqual([[1, "【認可保育所】", ["種別", "認可保育所"], "2-10, 12-20, 2"], [6002, "■ 認証保育所", ["種別", "認証保育所"], "6003-6011, 601"]]);
    // thousands of rows, each tenth filling the column itself: the first spans and their count
    expect(sections(one.report).map(([, , detail]) => detail?.split("｜")[3])).toEqual(["5400", "1800"]);
    expect(sections(one.report)[1][2]?.split("｜")[2]).toBe("6003-6011, 6013-6021, 6023-6031, 6033-6041, 6043-6051, 6053-6061, 6063-6071, 6073-6081 …");
  });

  it("a heading first met in a later range: that range is read again in order with the rest, the same report and output", async () => {
    const { one, many } = await runBoth(nurseries(false, { 6200: "＜小規模保育事業＞" }));
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
    expect(many.stats.worker).toBeGreaterThan(5);
    expect(many.stats.reread).toBe(1);
    const read = kinds(one.out);
    expect([read[6198], read[6199], read[7999]]).toEqual([["第6199保育園", null], ["第6200保育園", "小規模保育事業"], ["第8000保育園", "小規模保育事業"]]);
    expect(sections(one.report)).toEqual([[6200, "＜小規模保育事業＞", "種別｜小規模保育事業｜6201-8001｜1801"]]);
  });
});

describe("notes on rows of their own read on several threads: each joins its record, as on one thread", () => {
  let dir: string;
  // past the head the main thread reads first (192 KiB), so that the notes fall in the workers' ranges
  const ROWS = 8000;
  beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), "odh-parallel-notes-")); });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeRangeWorkers();
  });

  it("no range starts with a note, so none loses the record above it: the same report and output", async () => {
    const lines = ["施設名,所在地,電話番号,定員,備考"];
    for (let i = 1; i <= ROWS; i++) {
      lines.push(`第${i}保育園,東京都中野区中野${1 + (i % 5)}-${1 + (i % 30)}-${1 + (i % 9)},03-3${String(i).padStart(3, "0")}-${String(i).padStart(4, "0")},${20 + (i % 60)},`);
      // a note under every third record past the head: a cut after a record is as often before a note
      if (i > 4000 && i % 3 === 0) lines.push(",,,,土曜日は休園");
    }
    const file = path.join(dir, "131148_preschool.csv");
    writeFileSync(file, utf8(`${lines.join("\r\n")}\r\n`));
    const read = async (withThreads: boolean) => {
      let out = "";
      const stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
      const report = await harmonizeText({ path: file, fileName: "131148_preschool.csv" }, { municipality: "131148", dataset: "preschool" }, {
        format: "ndjson", onText: (t) => { out += typeof t === "string" ? t : Buffer.from(t).toString("utf8"); },
        parallel: withThreads ? { threads: 2, minBytes: 0, rangeBytes: 16 * 1024, stats, mainReads: false } : undefined,
      });
      return { report, out, stats };
    };
    const one = await read(false);
    const many = await read(true);
    expect(many.stats.worker).toBeGreaterThan(5);
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
    const records = one.out.trim().split("\n").map((l) => JSON.parse(l) as { record: { name: string; remarks: string | null } });
    expect(records.length).toBe(ROWS);
    expect(records[4001].record.remarks).toMatch(/土曜日は休園/);
    expect(one.report.issues.some((i) => i.code === "note_joined" && i.row === 4003)).toBe(true);
  });
});

// before: a yes/no column of the file standing for several of the dataset's (洪水・高潮), or parts of one (おむつ交換台 |
// 乳幼児用椅子 → 乳幼児用設備), put its reader function into the column plan, which could not be sent to a worker
// (DataCloneError): `odh validate --threads 2` of such a file of 8 MiB or more stopped with exit 2, the file unread
describe("yes/no columns combined or in parts read on several threads", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-parallel-flags-"));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeRangeWorkers();
  });

  it.each([
    ["131016_public_toilet.csv", "名称,所在地,緯度,経度,設置位置,乳幼児用おむつ交換台等を備えている,乳幼児用椅子を備えている",
      (n: number) => `架空公園${n}トイレ,東京都千代田区九段南1-2-${n % 50 + 1},35.69,139.75,公園北側,${n % 2 ? "○" : "×"},${n % 3 ? "○" : "×"}`,
      "baby_care_toilet", [false, true, true]],
    ["131016_evacuation_space.csv", "名称,所在地,緯度,経度,洪水・高潮,地震",
      (n: number) => `架空公園${n},東京都千代田区九段南1-2-${n % 50 + 1},35.69,139.75,${n % 2 ? "1" : ""},1`,
      "hazard_flood", [false, true, false]],
  ])("%s: the workers read it, as one thread does", async (name, header, row, key, firstThree) => {
    const file = path.join(dir, name);
    writeFileSync(file, [header, ...Array.from({ length: 3000 }, (_, n) => row(n)), ""].join("\n"));
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(many.stats.worker).toBeGreaterThan(0);
    expect(many.out).toBe(one.out);
    expect(many.report).toEqual(one.report);
    const values = one.out.trim().split("\n").map((line) => JSON.parse(line).record[key]);
    expect([values.length, ...values.slice(0, 3)]).toEqual([3000, ...firstThree]);
  });
});
