// The real `odh` (node bin/odh.js) as a child process: validate text (ja, en) and JSON (the report contract of
// DESIGN.md), exit codes 0/1/2, usage errors; normalize ndjson/csv/json with typed values and the summary on stderr.
import { spawn } from "node:child_process";
import path from "node:path";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { createGzip, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../../bench/engine.bench.ts";
import { getDataset } from "../../../schemas/index.ts";
import { MAX_GUNZIPPED_BYTES } from "../../../pipelines/gzip.ts";
import { ROOT } from "../../helpers.ts";
import { CRAFTED, crafted } from "./helpers.ts";

interface Out { code: number | null; stdout: string; stderr: string; raw: Buffer }

function odh(...args: string[]): Promise<Out> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "odh.js"), ...args], { cwd: CRAFTED, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const raw = Buffer.concat(out);
      resolve({ code, stdout: raw.toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), raw });
    });
  });
}

/** An AED CSV row repeated to 1 MiB: what a gzip bomb of CSV text is made of. */
const CSV_BLOCK = (() => {
  const line = Buffer.from("131041,1,新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,08:30,17:15,有\n");
  const block = Buffer.alloc(1024 * 1024);
  for (let at = 0; at + line.length <= block.length; at += line.length) line.copy(block, at);
  return block;
})();

/** A gzip of `size` bytes (at least) of CSV text, a few MB, made without holding the text. */
async function gzipBomb(size: number): Promise<Buffer> {
  const gzip = createGzip({ level: 1 });
  const out: Buffer[] = [];
  gzip.on("data", (c: Buffer) => out.push(c));
  const ended = new Promise((resolve) => gzip.on("end", resolve));
  for (let written = 0; written < size; written += CSV_BLOCK.length) {
    if (!gzip.write(CSV_BLOCK)) await new Promise((resolve) => gzip.once("drain", resolve));
  }
  gzip.end();
  await ended;
  return Buffer.concat(out);
}

const REPORT_KEYS = ["dataset", "encoding", "rows", "valid", "invalid", "header", "issues"];
const ISSUE_KEYS = ["code", "field", "message_en", "message_ja", "row", "severity", "value"];

/** The report contract of DESIGN.md: its keys with their types, header entries and issues with exactly their keys. */
function expectContract(report: Record<string, unknown>): void {
  for (const key of REPORT_KEYS) expect(Object.keys(report)).toContain(key);
  expect(typeof report.rows).toBe("number");
  expect(report.valid as number + (report.invalid as number)).toBe(report.rows);
  for (const h of report.header as Array<Record<string, unknown>>) {
    expect(Object.keys(h).sort()).toEqual(["field", "method", "source"]);
    expect(["exact", "alias", "fuzzy", "none"]).toContain(h.method);
  }
  for (const i of report.issues as Array<Record<string, unknown>>) {
    // detail is additive: what a message builds beside the cell (a 同上's value taken), on a few codes only
    expect(Object.keys(i).filter((k) => k !== "detail").sort()).toEqual(ISSUE_KEYS);
    expect(i.detail === undefined || typeof i.detail === "string").toBe(true);
    expect(["error", "warning", "info"]).toContain(i.severity);
    expect(i.row === null || (Number.isInteger(i.row) && (i.row as number) >= 1)).toBe(true);
    expect(typeof i.message_ja === "string" && typeof i.message_en === "string").toBe(true);
    expect(i.message_ja).not.toBe(i.message_en);
  }
}

describe("odh validate", () => {
  it("text report in Japanese by default: summary first, then issues grouped by field; exit 1 for an invalid row", async () => {
    const out = await odh("validate", "outside-japan.csv");
    expect(out.code).toBe(1);
    const lines = out.stdout.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "ファイル: outside-japan.csv",
      "データセット: aed（AED設置箇所一覧） — 見出しから判定（見出し11列のうち11列が一致。次点 public_toilet：9列）",
      "文字コード: utf-8",
      "行数: 2（有効 1、無効 1）",
      "指摘: エラー 2件、警告 0件、情報 4件",
      "結果: 無効な行が1行あります。下の指摘を直してください。",
    ]);
    const latitude = out.stdout.indexOf("■ 緯度 (latitude)");
    expect(latitude).toBeGreaterThan(0);
    // rows as the spreadsheet numbers them (header on row 1), the data row beside it in the fix
    expect(out.stdout.slice(latitude)).toMatch(/\[エラー\] 範囲外の値 \(out_of_range\): 1件\n\s+3行目「48\.856614」\n\s+直し方: 3行目（データの2行目）：「緯度」の値/);
  });

  it("--lang en, exit 0 for a valid file", async () => {
    const out = await odh("validate", "clean-aed.csv", "--lang", "en");
    expect(out.code).toBe(0);
    expect(out.stdout.split("\n").slice(0, 6)).toEqual([
      "File: clean-aed.csv", "Dataset: aed (AED locations) — from the file name", "Encoding: utf-8",
      "Rows: 2 (valid 2, invalid 0)", "Issues: error 0, warning 0, info 4", "Result: every row is valid.",
    ]);
  });

  it("--format json is the report contract, the same report harmonize() makes", async () => {
    const out = await odh("validate", "swapped-lat-lon.csv", "--format", "json");
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout);
    expectContract(report);
    expect(report).toMatchObject({ dataset: "aed", encoding: "utf-8", rows: 2, valid: 2, invalid: 0 });
    expect(report.header[4]).toEqual({ source: "緯度", field: "latitude", method: "exact" });
    expect(report.issues.find((i: { code: string }) => i.code === "swapped_lat_lon")).toMatchObject({
      row: 1, field: "latitude", code: "swapped_lat_lon", severity: "warning", value: "139.703549,35.69384",
    });
    const inProcess = await crafted("swapped-lat-lon.csv");
    expect(report).toEqual(JSON.parse(JSON.stringify(inProcess.report)));
  });

  it("--format json for an unreadable file: a report with a file-level error, exit 2", async () => {
    const out = await odh("validate", "pdf-document.csv", "--format", "json");
    expect(out.code).toBe(2);
    const report = JSON.parse(out.stdout);
    expectContract(report);
    expect(report).toMatchObject({ dataset: null, rows: 0, valid: 0, invalid: 0, header: [] });
    expect(report.issues.map((i: { code: string; row: null }) => [i.row, i.code])).toEqual([[null, "pdf_file"]]);
  });

  it("a missing file: the path and what to check, in Japanese by default and in English with --lang en, exit 2", async () => {
    const ja = await odh("validate", "no-such-file.csv");
    expect(ja.code).toBe(2);
    expect(ja.stdout).toContain("ファイルが見つかりません");
    expect(ja.stdout).toContain("no-such-file.csv");
    expect(ja.stdout).not.toContain("保存し直して");
    const en = await odh("validate", "no-such-file.csv", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stdout).toContain("The file was not found");
  });

  it("- (standard input) is not read: a usage message in Japanese and English asks for a file path, exit 2", async () => {
    for (const command of ["validate", "normalize"]) {
      const out = await odh(command, "-");
      expect([out.code, out.stdout]).toEqual([2, ""]);
      expect(out.stderr).toContain(`odh ${command}: 標準入力（-）からは読みません。ファイルのパスを指定してください（例 odh validate 131041_aed.csv） / standard input (-) is not read: give a file path`);
      expect(out.stderr).not.toContain("file_not_found");
    }
  });

  it("text for an unreadable file says so, exit 2", async () => {
    const out = await odh("validate", "html-page.csv");
    expect(out.code).toBe(2);
    expect(out.stdout).toContain("結果: ファイルを読み取れませんでした。");
    expect(out.stdout).toContain("html_file");
  });

  it("a file read fine that holds no standard table, and a header with no rows, each say what they are", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-cli-verdict-"));
    try {
      writeFileSync(path.join(dir, "download.csv"), "品目,分別区分,注意点\n空き缶,資源,洗って出す\n");
      const unknown = await odh("validate", path.join(dir, "download.csv"));
      expect(unknown.code).toBe(2);
      expect(unknown.stdout).toContain("結果: どの標準データセットか判定できないため、行を読んでいません。--dataset で指定してください。");
      expect(unknown.stdout).toContain("unknown_dataset");
      // so does one that has a closest dataset (the error then names it): no row read is no verdict, never exit 0
      writeFileSync(path.join(dir, "list.csv"), "名称,住所,緯度,経度,設置位置,管理課,区分\nA,東京都新宿区西新宿2-8-1,35.68,139.69,1階,総務課,X\n");
      const closest = await odh("validate", path.join(dir, "list.csv"));
      expect([closest.code, closest.stdout.includes("--dataset で指定してください")]).toEqual([2, true]);
      writeFileSync(path.join(dir, "131041_aed.csv"), `${readFileSync(path.join(CRAFTED, "clean-aed.csv"), "utf8").split("\n")[0]}\n`);
      const empty = await odh("validate", path.join(dir, "131041_aed.csv"));
      expect([empty.code, empty.stdout.includes("結果: データ行がありません。")]).toEqual([0, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ["an unknown flag", ["validate", "clean-aed.csv", "--nope"], "--nope"],
    ["a bad --format", ["validate", "clean-aed.csv", "--format", "xml"], "--format"],
    ["a bad --lang", ["validate", "clean-aed.csv", "--lang", "fr"], "--lang"],
    ["an unknown dataset", ["validate", "clean-aed.csv", "--dataset", "parks"], "parks"],
    ["a bad municipality code", ["validate", "clean-aed.csv", "--municipality", "131040"], "131040"],
    ["no file", ["validate"], "引数の数が違います / expected 1 argument(s), got 0"],
    ["two files", ["normalize", "clean-aed.csv", "times.csv"], "got 2"],
    ["normalize with an unknown flag", ["normalize", "clean-aed.csv", "--lang", "en"], "--lang"],
    ["a bad --threads", ["validate", "clean-aed.csv", "--threads", "0"], "--threads"],
  ])("usage error: %s → exit 2, message and usage on stderr, nothing on stdout", async (_, args, text) => {
    const out = await odh(...args);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain(text);
    expect(out.stderr).toContain("使い方 / Usage: odh");
  });
});

describe("odh normalize", () => {
  it("ndjson (default): one typed record per line, summary on stderr", async () => {
    const out = await odh("normalize", "full-width-digits.csv");
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      row: 1, valid: true, extra: {},
      record: { local_government_code: "131041", latitude: 35.69384, longitude: 139.703549, pediatric_pads: true, start_time: "08:30", end_time: "17:15", phone_number: "03-3209-1111" },
    });
    expect(out.stderr).toContain("行数: 1（有効 1、無効 0）");
    expect(out.stderr).not.toContain("{");
  });

  it("json: an array of the same rows, ISO dates", async () => {
    const out = await odh("normalize", "wareki-dates.csv", "--format", "json");
    expect(out.code).toBe(0);
    const rows = JSON.parse(out.stdout);
    expect(rows.map((r: { row: number; record: { designated_date: string } }) => [r.row, r.record.designated_date])).toEqual([
      [1, "2024-01-01"], [2, "2024-01-01"], [3, "2019-04-30"], [4, "2019-05-01"], [5, "1964-10-10"], [6, "2024-01-01"], [7, "2024-01-01"],
    ]);
  });

  it("json for a file that gives no records (empty, HTML, PDF, no dataset told) is still valid JSON, [], exit 2", async () => {
    for (const file of ["empty.csv", "html-page.csv", "pdf-document.csv", "zip-archive.csv", "old-excel.xls"]) {
      const out = await odh("normalize", file, "--format", "json");
      expect([file, out.code, JSON.parse(out.stdout)]).toEqual([file, 2, []]);
    }
    // ndjson and csv stay empty: zero lines and zero rows
    expect((await odh("normalize", "empty.csv")).stdout).toBe("");
  });

  it("csv: UTF-8 with BOM, the standard Japanese headers, values in column order; invalid rows kept, exit 1", async () => {
    const out = await odh("normalize", "outside-japan.csv", "--format", "csv");
    expect(out.code).toBe(1);
    expect([...out.raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = out.stdout.slice(1).trimEnd().split("\r\n");
    const aed = getDataset("aed")!;
    expect(header).toBe(aed.columns.map((c) => c.ja).join(","));
    expect(rows).toHaveLength(2);
    const cells = rows[1].split(",");
    const at = (key: string) => cells[aed.columns.findIndex((c) => c.key === key)];
    expect([at("name"), at("latitude"), at("longitude"), at("pediatric_pads"), at("start_time")]).toEqual(["パリ事務所", "48.856614", "2.352222", "無", "09:00"]);
    expect(out.stderr).toContain("行数: 2（有効 1、無効 1）");
  });

  it("an unreadable file: nothing on stdout, the reason on stderr, exit 2", async () => {
    const out = await odh("normalize", "zip-archive.csv");
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("結果: ファイルを読み取れませんでした。");
  });
});

describe("a gzip-compressed file (odh validate / normalize FILE.csv.gz)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "odh-cli-gzip-"));
    const csv = readFileSync(path.join(CRAFTED, "sjis-no-bom.csv"));
    writeFileSync(path.join(dir, "131041_aed.csv"), csv);
    writeFileSync(path.join(dir, "131041_aed.csv.gz"), gzipSync(csv));
    writeFileSync(path.join(dir, "cut_aed.csv.gz"), gzipSync(csv).subarray(0, 100));
    writeFileSync(path.join(dir, "bomb_aed.csv.gz"), await gzipBomb(MAX_GUNZIPPED_BYTES + CSV_BLOCK.length));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is read as the CSV inside: the plain file's records, the dataset from the name 131041_aed.csv.gz, exit 0", async () => {
    const gz = await odh("normalize", path.join(dir, "131041_aed.csv.gz"));
    const plain = await odh("normalize", path.join(dir, "131041_aed.csv"));
    expect(gz.code).toBe(0);
    expect(gz.stdout).toBe(plain.stdout);
    expect(gz.stdout.trimEnd().split("\n")).toHaveLength(2);
    const report = JSON.parse((await odh("validate", path.join(dir, "131041_aed.csv.gz"), "--format", "json")).stdout);
    expectContract(report);
    expect(report).toMatchObject({ dataset: "aed", encoding: "shift_jis", rows: 2, valid: 2, detection: { by: "file_name" } });
    expect(report.issues[0]).toMatchObject({ code: "gzip_compressed", severity: "info", row: null });
  });

  it("a gzip cut short: the reason in Japanese and English, exit 2, nothing on stdout from normalize", async () => {
    const out = await odh("validate", path.join(dir, "cut_aed.csv.gz"));
    expect(out.code).toBe(2);
    expect(out.stdout).toContain("壊れているか途中で切れているため展開できません");
    expect((await odh("validate", path.join(dir, "cut_aed.csv.gz"), "--lang", "en")).stdout).toContain("damaged or cut short");
    const normalized = await odh("normalize", path.join(dir, "cut_aed.csv.gz"));
    expect([normalized.code, normalized.stdout]).toEqual([2, ""]);
    expect(normalized.stderr).toContain("壊れているか途中で切れているため展開できません");
  });

  it("a gzip bomb (a few MB inflating past 256 MiB) is refused at the cap, exit 2", async () => {
    const out = await odh("validate", path.join(dir, "bomb_aed.csv.gz"), "--format", "json");
    expect(out.code).toBe(2);
    const report = JSON.parse(out.stdout);
    expect(report.rows).toBe(0);
    expect(report.issues.map((i: { code: string; detail?: string }) => i.code)).toEqual(["gzip_too_large"]);
    expect(report.issues[0].message_ja).toContain("展開すると268,435,456バイトを超えるため読みません");
  }, 60_000);
});

describe("a large file on several threads (--threads)", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "odh-cli-threads-"));
    file = path.join(dir, "131041_aed.csv");
    // over the 8 MiB from which a file is read in parallel
    await generate(file, 40_000);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("odh normalize and odh validate give the same bytes and report with 2 threads as with 1", async () => {
    const [one, two] = [await odh("normalize", file, "--threads", "1"), await odh("normalize", file, "--threads", "2")];
    expect(one.code).toBe(0);
    expect(two.raw.equals(one.raw)).toBe(true);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout.split("\n")).toHaveLength(40_001);
    const [v1, v2] = [await odh("validate", file, "--format", "json", "--threads", "1"), await odh("validate", file, "--format", "json", "--threads", "2")];
    expect(v2.stdout).toBe(v1.stdout);
    expect(JSON.parse(v1.stdout).rows).toBe(40_000);
  });

  it("a reader that stops early (| head) ends the run quietly: exit 0, no stack trace", async () => {
    const child = spawn(process.execPath, [path.join(ROOT, "bin", "odh.js"), "normalize", file], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let firstLine = "";
    child.stderr.on("data", (b: Buffer) => { stderr += b.toString("utf8"); });
    child.stdout.once("data", (b: Buffer) => {
      firstLine = b.toString("utf8").split("\n")[0];
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(JSON.parse(firstLine)).toMatchObject({ row: 1, valid: true });
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
