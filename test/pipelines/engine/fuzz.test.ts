// Property/fuzz tests, seeded and deterministic: random bytes, truncated real files, random column orders and
// random cell garbage never crash harmonize() or the CLI (exit 0/1/2 with a report), and never lose a row: every
// data row written is either in the report's rows (valid + invalid) or named by an issue that says it was skipped.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import type { Report } from "../../../pipelines/report.ts";
import { encodeCp932, encodeUtf16 } from "../../fixtures/crafted/encode.ts";
import { random } from "../../../pipelines/sample/random.ts";
import { ROOT, tempDir } from "../../helpers.ts";
import { REALDATA, type Run, runBytes } from "./helpers.ts";

/** The sample generator's seeded PRNG, so a failure can be replayed from its seed; int(n) is in [0, n). */
function rng(seed: number) {
  const r = random(seed);
  return { next: r.next, pick: r.pick, int: (n: number) => r.int(0, n - 1) };
}

/** What every report must satisfy, whatever the input. */
function expectSane(run: Run): void {
  const { report, rows, exit } = run;
  expect([0, 1, 2]).toContain(exit);
  expect(report.valid + report.invalid).toBe(report.rows);
  expect(rows).toHaveLength(report.rows);
  expect(rows.filter((r) => !r.valid)).toHaveLength(report.invalid);
  for (const i of report.issues) {
    expect(typeof i.message_ja === "string" && i.message_ja.length > 0 && typeof i.message_en === "string").toBe(true);
    expect(["error", "warning", "info"]).toContain(i.severity);
  }
  const numbers = rows.map((r) => r.row);
  expect(new Set(numbers).size).toBe(numbers.length);
}

/** Data rows the run skipped on purpose, each named by an issue (blank rows and a reference table's rows come as
 *  ranges "a-b"). */
function skippedRows(report: Report): number {
  let n = 0;
  for (const i of report.issues) {
    if (i.code === "blank_rows" || i.code === "reference_rows" || i.code === "not_current_rows" || i.code === "other_table_rows") {
      const [from, to] = (i.value ?? "").split("-").map(Number);
      n += to === undefined || Number.isNaN(to) ? 1 : to - from + 1;
    } else if (["requirement_row", "comment_row", "repeated_header_row", "print_row", "note_row", "totals_row", "section_row", "breakdown_row", "subtotal_row"].includes(i.code)) n++;
  }
  return n;
}

const HEADER = ["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "緯度", "経度", "設置位置", "電話番号", "開始時間", "終了時間", "小児対応設備の有無", "備考"];
const goodRow = (i: number) => ["131041", String(i + 1), `新宿区立施設${i + 1}`, `東京都新宿区西新宿${(i % 9) + 1}-1`, (35.68 + i / 1000).toFixed(6),
  (139.69 + i / 1000).toFixed(6), "1階受付", "03-3209-1111", "08:30", "17:15", i % 2 ? "有" : "無", ""];

const GARBAGE = ["", " ", "　", "-", "―", "不明", "\"", "\"\"", "'", ",", ";", "\t", "\n", "\r\n", "#", "◎", "○", "×", "=1+1", "@SUM(A1)",
  "９９９", "１２３．４５", "35°", "令和", "R99.99.99", "令和元年13月40日", "25:61", "8時", "0x1F", "1e309", "NaN", "-0", "999999999999999999999",
  "\u0000", "\u200b", "\ufeff", "\ud800", "😀", "ｼﾝｼﾞｭｸ", "<script>alert(1)</script>", "null", "undefined", "true", "{}", "[]", "a".repeat(5000),
  "123,456", "1.2.3", "東京都", "131040", "13104", "０３－１２３４－５６７８"];

function garbageCell(r: ReturnType<typeof rng>): string {
  if (r.next() < 0.7) return r.pick(GARBAGE);
  let s = "";
  const n = r.int(12);
  for (let k = 0; k < n; k++) s += String.fromCodePoint(r.pick([r.int(0x80), 0x3000 + r.int(0x100), 0xff00 + r.int(0xf0), 0x4e00 + r.int(0x5000)]));
  return s;
}

const SEEDS = Array.from({ length: 8 }, (_, k) => 1000 + k);

describe("random bytes", () => {
  it.each(SEEDS)("seed %i: 25 random files of random kinds never crash and give a sane report", async (seed) => {
    const r = rng(seed);
    const heads = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46, 0x2d], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]];
    for (let k = 0; k < 25; k++) {
      const body = Array.from({ length: r.int(r.next() < 0.2 ? 70_000 : 3000) }, () => (r.next() < 0.5 ? r.pick([0x2c, 0x0a, 0x22, 0x0d, 0x3b, 0x09]) : r.int(256)));
      const bytes = Uint8Array.from([...r.pick(heads), ...body]);
      const name = r.pick(["131041_aed.csv", "data.csv", "population_20240101.xlsx", "x"]);
      expectSane(await runBytes(bytes, name));
    }
  });
});

describe("truncated real files", () => {
  const files = ["382019_aed__aohana-python.csv", "350001_tourism__tablelinker.csv", "122319_care_service__open-data-inzai.csv",
    "132012_cultural_property__tokyo-mogu-mogu.xlsx", "473022_evacuation_space__createtile.csv", "271004_tourism__tablelinker-res067.csv"];
  it.each(files)("%s cut at 12 seeded offsets never crashes and never has more rows than the whole file", async (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(REALDATA, file)));
    const whole = await runBytes(bytes, file);
    const r = rng(bytes.length);
    for (let k = 0; k < 12; k++) {
      const cut = k === 0 ? 1 : r.int(bytes.length);
      const run = await runBytes(bytes.subarray(0, cut), file);
      expectSane(run);
      expect(run.report.rows).toBeLessThanOrEqual(whole.report.rows + 1);
    }
  });
});

describe("random header permutations", () => {
  it.each(SEEDS)("seed %i: the same columns in any order give the same records", async (seed) => {
    const r = rng(seed);
    const rows = Array.from({ length: 20 }, (_, i) => goodRow(i));
    const baseline = await runBytes(Papa.unparse([HEADER, ...rows]), "131041_aed.csv");
    for (let k = 0; k < 5; k++) {
      const order = HEADER.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = r.int(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      const text = Papa.unparse([order.map((i) => HEADER[i]), ...rows.map((row) => order.map((i) => row[i]))]);
      const encoded = r.pick([(s: string) => new TextEncoder().encode(s), encodeCp932, (s: string) => encodeUtf16(s, "le")])(text);
      const run = await runBytes(encoded, "131041_aed.csv");
      expectSane(run);
      expect(run.rows.map((x) => x.record)).toEqual(baseline.rows.map((x) => x.record));
      expect(run.report.rows).toBe(20);
    }
  });
});

describe("random cell garbage", () => {
  it.each(SEEDS)("seed %i: 200 rows with garbage cells: no crash, every row kept or named by an issue", async (seed) => {
    const r = rng(seed);
    const n = 200;
    const rows = Array.from({ length: n }, (_, i) => goodRow(i).map((cell) => (r.next() < 0.3 ? garbageCell(r) : cell)));
    const run = await runBytes(Papa.unparse([HEADER, ...rows], { newline: r.pick(["\n", "\r\n"]) }), "131041_aed.csv");
    expectSane(run);
    expect(run.report.dataset).toBe("aed");
    expect(run.report.rows + skippedRows(run.report)).toBe(n);
    const errorRows = new Set(run.report.issues.filter((i) => i.severity === "error" && i.row !== null).map((i) => i.row));
    for (const row of run.rows) expect(row.valid).toBe(!errorRows.has(row.row));
  });
});

describe("the CLI on random input", () => {
  const tmp = tempDir("odh-fuzz-");
  afterAll(() => tmp.remove());

  function validateJson(file: string): Promise<{ code: number | null; stdout: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(ROOT, "bin", "odh.js"), "validate", file, "--format", "json"], { stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      child.stdout.on("data", (b: Buffer) => { stdout += b.toString("utf8"); });
      child.on("error", reject);
      child.on("close", (code) => resolve({ code, stdout }));
    });
  }

  it("six random files (garbage rows, random bytes, a truncated workbook): exit 0/1/2 with a JSON report", async () => {
    const r = rng(42);
    const files: Array<[string, Uint8Array]> = [];
    for (let k = 0; k < 3; k++) {
      const rows = Array.from({ length: 50 }, (_, i) => goodRow(i).map((cell) => (r.next() < 0.4 ? garbageCell(r) : cell)));
      files.push([`131041_aed_${k}.csv`, encodeCp932(Papa.unparse([HEADER, ...rows]), "?")]);
    }
    files.push(["random.csv", Uint8Array.from({ length: 5000 }, () => r.int(256))]);
    const xlsx = new Uint8Array(readFileSync(path.join(REALDATA, "132012_cultural_property__tokyo-mogu-mogu.xlsx")));
    files.push(["cut.xlsx", xlsx.subarray(0, 30_000)]);
    files.push(["131041_aed_empty.csv", new Uint8Array(0)]);
    const results = await Promise.all(files.map(async ([name, bytes]) => {
      const file = path.join(tmp.dir, name);
      writeFileSync(file, bytes);
      return { name, ...(await validateJson(file)) };
    }));
    for (const { name, code, stdout } of results) {
      expect([0, 1, 2], name).toContain(code);
      const report = JSON.parse(stdout) as Report;
      expect(report.valid + report.invalid, name).toBe(report.rows);
      if (name.startsWith("131041_aed_") && name !== "131041_aed_empty.csv") expect(report.rows + skippedRows(report), name).toBe(50);
    }
    expect(results.find((x) => x.name === "131041_aed_empty.csv")?.code).toBe(2);
  });
});
