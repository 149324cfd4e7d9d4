// The harmonization engine end to end (issue 4): a generated CP932 AED file with the old 推奨 header and the values
// real files carry (5-digit codes, full-width digits, half-width kana, swapped coordinates, time ranges, ○/有 flags),
// read by raw PapaParse (decoded text, no engine) and by `odh normalize` / `odh validate` as child processes, each the
// best of three runs on the 100k-row file.
// Prints rows/s, the ratio to PapaParse, and the child's peak RSS (from /usr/bin/time -v, else from the child).
// 100,000 rows, then 300,000 (or 1,000,000 with ODH_BENCH_1M=1) to show that memory does not grow with the file.
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { ParallelStats } from "../pipelines/parallel.ts";
import { closeRangeWorkers } from "../pipelines/range-pool.ts";
import { harmonize, harmonizeText } from "../pipelines/run.ts";
import { encodeCp932 } from "../test/fixtures/crafted/encode.ts";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const ODH = path.join(ROOT, "bin", "odh.js");
const TIME = "/usr/bin/time";

const OLD_HEADER = ["都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "名称_カナ", "住所", "方書", "緯度", "経度",
  "設置位置", "電話番号", "内線番号", "法人番号", "団体名", "利用可能曜日", "開始時間", "終了時間", "利用可能日時特記事項",
  "小児対応設備の有無", "URL", "備考"];

/** code, name, kana, and the corner of a box of ~15 km inside the municipality's part of Tokyo (the wards, or Tama) */
const WARDS = [["131016", "千代田区", "チヨダク", 35.6, 139.62], ["131041", "新宿区", "シンジュクク", 35.6, 139.62],
  ["131091", "品川区", "シナガワク", 35.6, 139.62], ["131130", "渋谷区", "シブヤク", 35.6, 139.62],
  ["132012", "八王子市", "ハチオウジシ", 35.6, 139.2]] as const;
const PLACES = ["区民センター", "図書館", "小学校", "中学校", "地域センター", "体育館", "保健センター", "出張所"];
const FULL = "０１２３４５６７８９";
const fullWidth = (s: string) => s.replace(/\d/g, (d) => FULL[Number(d)]);

/** A deterministic pseudo-random row: the same file every run. Names, addresses, coordinates and phone numbers are
 *  (nearly) unique per row, as in real files; prefecture, city, times, days and flags repeat, as they do there. */
function row(i: number): string[] {
  const [code, ward, kana, south, west] = WARDS[i % WARDS.length];
  const place = PLACES[(i * 7) % PLACES.length];
  const n = (i % 97) + 1;
  const number = String(i + 1);
  const lat = (south + ((i * 7919) % 100_000) / 700_000).toFixed(6);
  const lon = (west + ((i * 104_729) % 100_000) / 550_000).toFixed(6);
  const swapped = i % 50 === 0;
  const address = `${n}丁目${(i * 13) % 40 + 1}番${(i * 7) % 30 + 1}号`;
  const phone = `03-${3200 + (i % 700)}-${String(1000 + ((i * 31) % 9000))}`;
  return [
    i % 10 === 0 ? code.slice(0, 5) : code, number, "東京都", ward, `${ward}立第${i % 3 === 0 ? fullWidth(number) : number}${place}`,
    i % 4 === 0 ? `ｼﾝｼﾞｭｸｸﾘﾂ${kana}${number}` : `${kana}${place.length}${number}`, i % 5 === 0 ? fullWidth(address) : address,
    i % 6 === 0 ? `${n}号棟` : "", swapped ? lon : lat, swapped ? lat : lon, i % 2 ? "1階　受付横" : "１階玄関ホール",
    i % 3 ? phone : fullWidth(phone).replace(/-/g, "－"), i % 9 === 0 ? "123" : "", "", `${ward}役所`,
    i % 4 ? "月;火;水;木;金" : "月～金", i % 7 === 0 ? "8:30～17:15" : "08:30", i % 7 === 0 ? "" : "17:15",
    i % 11 === 0 ? "年末年始を除く" : "", i % 2 ? "有" : "○", "https://www.city.example.lg.jp/aed.html", i % 13 === 0 ? "令和6年4月1日設置" : "",
  ];
}

const csvLine = (cells: readonly string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, "\"\"")}"` : c)).join(",");

export async function generate(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const write = (bytes: Uint8Array) => (out.write(bytes) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  await write(encodeCp932(`${csvLine(OLD_HEADER)}\r\n`));
  const batch = 5000;
  for (let at = 0; at < rows; at += batch) {
    let text = "";
    for (let i = at; i < Math.min(rows, at + batch); i++) text += `${csvLine(row(i))}\r\n`;
    await write(encodeCp932(text));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/** The same rows as an Excel workbook (one sheet, shared strings, numbers as numbers), as many municipalities publish. */
export async function generateWorkbook(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("AED");
  ws.addRow(OLD_HEADER).commit();
  for (let i = 0; i < rows; i++) {
    const cells: Array<string | number> = row(i);
    for (const at of [8, 9]) cells[at] = Number(cells[at]);
    ws.addRow(cells).commit();
  }
  await ws.commit();
  await wb.commit();
}

/** `odh validate` of the rows as a workbook: a sheet is read as it is inflated, so memory grows with the shared strings
 *  only (names and addresses are unique per row), not with the sheet. */
async function measureWorkbook(dir: string, rows: number, boot: number, papaRate: number): Promise<void> {
  const file = path.join(dir, `130001_aed_${rows}.xlsx`);
  await generateWorkbook(file, rows);
  const run = await bestOf(1, ["validate", file, "--format", "json"]);
  const rate = rows / run.seconds;
  line(`engine ${fmt(rows)} rows: odh validate of the same rows as an xlsx workbook (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB): `
    + `${run.seconds.toFixed(2)} s = ${fmt(rate)} rows/s (${fmt(rows / Math.max(0.001, run.seconds - boot))} rows/s without start-up), `
    + `${(rate / papaRate).toFixed(2)}× papaparse's CSV rate; peak RSS ${run.maxRssMb.toFixed(0)} MB; exit ${run.exit}`);
  rmSync(file, { force: true });
}

/** Raw PapaParse over the decoded text, no engine: the yardstick. Best of three. */
function papaparse(file: string): { rows: number; seconds: number } {
  const text = new TextDecoder("shift_jis").decode(readFileSync(file));
  let best = Infinity;
  let rows = 0;
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.length - 1;
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return { rows, seconds: best };
}

interface ChildRun { seconds: number; maxRssMb: number; exit: number | null; stdoutBytes: number; stderr: string }

/** Runs `odh ARGS` as a child process; stdout is counted and dropped, peak RSS comes from /usr/bin/time -v. */
function runOdh(args: string[]): Promise<ChildRun> {
  const timed = existsSync(TIME);
  const [cmd, argv] = timed ? [TIME, ["-v", process.execPath, ODH, ...args]] : [process.execPath, [ODH, ...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdoutBytes = 0;
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => { stdoutBytes += b.length; });
    child.stderr.on("data", (b: Buffer) => { stderr += b.toString("utf8"); });
    child.on("error", reject);
    child.on("close", (exit) => {
      const seconds = (performance.now() - started) / 1000;
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
      resolve({ seconds, maxRssMb: kb / 1024, exit, stdoutBytes, stderr });
    });
  });
}

/** The fastest of `times` runs of `odh ARGS` (the yardstick, PapaParse, is the best of three as well), with the
 *  highest peak RSS of them. */
async function bestOf(times: number, args: string[]): Promise<ChildRun> {
  let best: ChildRun | null = null;
  let maxRssMb = 0;
  for (let k = 0; k < times; k++) {
    const run = await runOdh(args);
    maxRssMb = Math.max(maxRssMb, run.maxRssMb);
    if (best === null || run.seconds < best.seconds) best = run;
  }
  return { ...(best as ChildRun), maxRssMb };
}

/** How long `odh validate` takes to start and stop doing nothing (module load), best of three. */
async function startup(): Promise<number> {
  return (await bestOf(3, ["validate", "--help"])).seconds;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const line = (text: string) => process.stdout.write(`${text}\n`);

/** Seconds of each CLI command (`normalize`, `validate`, `validate --threads N`) on one file size. */
type CommandSeconds = Map<string, number>;

/** Measures one file size. `yardstick`: PapaParse's rows/s measured on the 100k-row file, for the larger files (PapaParse
 *  itself holds every row in memory, so it is not run on them). Returns the PapaParse rate it measured or was given,
 *  and each command's seconds. */
async function measure(dir: string, rows: number, boot: number, yardstick?: number): Promise<{ papaRate: number; seconds: CommandSeconds }> {
  const withPapa = yardstick === undefined;
  const file = path.join(dir, `130001_aed_${rows}.csv`); // 東京都 publishing its wards' AEDs: rows carry five codes
  await generate(file, rows);
  const mb = statSync(file).size / 1024 / 1024;
  line(`engine ${fmt(rows)} rows: CP932 AED file, old header, ${OLD_HEADER.length} columns, ${mb.toFixed(1)} MB`);
  let papaRate = yardstick ?? NaN;
  if (withPapa) {
    const papa = papaparse(file);
    papaRate = papa.rows / papa.seconds;
    line(`engine ${fmt(rows)} rows: raw papaparse (decoded text in memory): ${papa.seconds.toFixed(2)} s = ${fmt(papaRate)} rows/s`);
    // best of three, as PapaParse gets: the first run also pays for compiling the code (the CLI lines below show that)
    let s = Infinity;
    let seen = 0;
    for (let k = 0; k < 3; k++) {
      const inProcess = performance.now();
      seen = 0;
      await harmonize({ path: file, fileName: path.basename(file) }, {}, (batch) => { seen += batch.length; });
      s = Math.min(s, (performance.now() - inProcess) / 1000);
    }
    line(`engine ${fmt(rows)} rows: harmonize() in process, one thread, best of 3 (decode+parse+map+normalize+validate): ${s.toFixed(2)} s = ${fmt(seen / s)} rows/s = ${(seen / s / papaRate).toFixed(2)}× papaparse`);
    // the same on every thread the machine offers (what odh validate does with a large file), the workers kept
    // between runs as a long-lived process keeps them
    const threads = Math.max(2, os.availableParallelism());
    let p = Infinity;
    let stats: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
    for (let k = 0; k < 3; k++) {
      const run: ParallelStats = { worker: 0, main: 0, reread: 0, stages: 0 };
      const started = performance.now();
      await harmonizeText({ path: file, fileName: path.basename(file) }, {}, { parallel: { threads, stats: run } });
      const took = (performance.now() - started) / 1000;
      if (took < p) [p, stats] = [took, run];
    }
    line(`engine ${fmt(rows)} rows: harmonizeText() in process, ${threads} threads, best of 3: ${p.toFixed(2)} s = ${fmt(rows / p)} rows/s = ${(rows / p / papaRate).toFixed(2)}× papaparse (ranges: ${stats.worker} by workers, ${stats.main + 1} by the main thread)`);
    await closeRangeWorkers();
  }
  const threads = String(Math.max(2, os.availableParallelism()));
  const commands: Array<[string, string[]]> = [["normalize", ["--format", "ndjson"]], ["validate", ["--format", "json"]],
    ["validate", ["--format", "json", "--threads", threads]]];
  const seconds: CommandSeconds = new Map();
  for (const [name, extra] of commands) {
    const command = extra.includes("--threads") ? `${name} --threads ${threads}` : name;
    // best of three on the file compared with PapaParse; the larger files are there for memory, read once
    const run = await bestOf(withPapa ? 3 : 1, [name, file, ...extra]);
    seconds.set(command, run.seconds);
    const rate = rows / run.seconds;
    const net = rows / Math.max(0.001, run.seconds - boot);
    const of = withPapa ? "papaparse" : "papaparse's 100k rate";
    const ratio = `, ${(rate / papaRate).toFixed(2)}× ${of} (${(net / papaRate).toFixed(2)}× without start-up)`;
    line(`engine ${fmt(rows)} rows: odh ${command}: ${run.seconds.toFixed(2)} s = ${fmt(rate)} rows/s (${fmt(net)} rows/s without the ${boot.toFixed(2)} s start-up)${ratio}; peak RSS ${run.maxRssMb.toFixed(0)} MB; exit ${run.exit}; stdout ${(run.stdoutBytes / 1024 / 1024).toFixed(1)} MB`);
    if (run.exit !== 0 && run.exit !== 1) line(`engine: odh ${command} failed: ${run.stderr.slice(-500)}`);
  }
  rmSync(file, { force: true });
  return { papaRate, seconds };
}

/**
 * What each row beyond the first file's costs, from two file sizes: the rows between them over the seconds between
 * them. A cold command pays a fixed cost once (start-up, then V8 compiling the row code while the first rows run
 * slowly); the rest is what a further row costs. Both matter: a municipal file has 100 to 10,000 rows, where the
 * fixed cost dominates, while the per-row rate is what a large file, or a long harvest, runs at.
 */
function marginal(small: { rows: number; seconds: CommandSeconds }, large: { rows: number; seconds: CommandSeconds },
  boot: number, papaRate: number): void {
  const rows = large.rows - small.rows;
  for (const [command, big] of large.seconds) {
    const little = small.seconds.get(command);
    if (little === undefined || big <= little) continue;
    const rate = rows / (big - little);
    const warmUp = little - boot - small.rows / rate;
    line(`engine rows ${fmt(small.rows + 1)}–${fmt(large.rows)}: odh ${command}: ${fmt(rows)} rows in ${(big - little).toFixed(2)} s = `
      + `${fmt(rate)} rows/s = ${(rate / papaRate).toFixed(2)}× papaparse; the first ${fmt(small.rows)} rows carry a fixed `
      + `${(little - small.rows / rate).toFixed(2)} s (start-up ${boot.toFixed(2)} s, warm-up ${Math.max(0, warmUp).toFixed(2)} s)`);
  }
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-engine-bench-"));
  try {
    const boot = await startup();
    line(`engine: odh start-up (odh validate --help): ${boot.toFixed(2)} s`);
    const { papaRate, seconds } = await measure(dir, 100_000, boot);
    await measureWorkbook(dir, 100_000, boot, papaRate);
    const base = { rows: 100_000, seconds };
    // memory must not grow with the file: a 3× larger file by default, 1M rows on request (≈ 4 min per command
    // on a busy 2-core machine, over the ~2 min a default bench may take)
    if (process.env.ODH_BENCH_1M === "1") {
      marginal(base, { rows: 1_000_000, seconds: (await measure(dir, 1_000_000, boot, papaRate)).seconds }, boot, papaRate);
    } else {
      marginal(base, { rows: 300_000, seconds: (await measure(dir, 300_000, boot, papaRate)).seconds }, boot, papaRate);
      await measureWorkbook(dir, 300_000, boot, papaRate);
      line("engine 1,000,000 rows: skipped by default (ODH_BENCH_1M=1 runs it)");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
