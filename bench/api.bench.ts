// Records API vs /healthz on one loopback server, in one run: requests/s, p99 latency, RSS.
// Data: 6 municipalities × 1,000 generated AED rows, ingested the real way (ingestFile). Load: wrk when installed
// (Debian package), else autocannon. Targets: records ≥ 0.5 × healthz throughput, p99 < 50 ms, RSS < 300 MB.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { buildApp } from "../catalog-api/app.ts";
import { ingestFile } from "../pipelines/publish.ts";
import { openDatabase } from "../storage/db.ts";
import { loadMunicipalities } from "../storage/municipalities.ts";

const CODES = ["131016", "131024", "131032", "131041", "131059", "131067"];
const ROWS = 1000;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;

interface Result { rps: number; p99: number }

/** autocannon ships no types; this is the part used here. */
type Autocannon = (o: { url: string; connections: number; duration: number }) => Promise<{ requests: { average: number }; latency: { p99: number } }>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

function aedCsv(code: string, rows: number): Uint8Array {
  const lines = ["全国地方公共団体コード,ID,名称,名称_カナ,所在地_連結表記,緯度,経度,設置位置,電話番号"];
  for (let i = 1; i <= rows; i++) {
    const n = String(i).padStart(5, "0");
    lines.push(`${code},${code}B${n},施設${n},シセツ${n},東京都 施設${n}番地,${(35.6 + (i % 100) * 0.001).toFixed(6)},${(139.6 + Math.floor(i / 100) * 0.001).toFixed(6)},1階 受付,03-0000-${String(i % 10000).padStart(4, "0")}`);
  }
  return new TextEncoder().encode(lines.join("\r\n"));
}

const hasWrk = () => spawnSync("wrk", ["--version"]).error === undefined;

/** wrk's summary: Requests/sec and the 99% latency line of --latency. */
function runWrk(url: string): Result {
  const out = execFileSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${DURATION_S}s`, "--latency", url], { encoding: "utf8" });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const m = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out);
  const p99 = m ? Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[m[2] as "us" | "ms" | "s"] : Number.NaN;
  return { rps, p99 };
}

async function runAutocannon(url: string): Promise<Result> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S });
  return { rps: r.requests.average, p99: r.latency.p99 };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-bench-api-"));
  const db = await openDatabase({ dataDir: dir });
  await loadMunicipalities(db);
  for (const code of CODES) {
    const r = await ingestFile(db, { bytes: aedCsv(code, ROWS), fileName: `${code}_aed.csv` },
      { municipality: code, dataset: "aed", source_id: `bench-${code}`, license: "CC-BY-4.0", sample: true });
    if (r.status !== "published") throw new Error(`bench data for ${code} was not published: ${r.status}`);
  }
  const app = await buildApp({ db, rateLimit: { max: 10_000_000, timeWindow: 60_000 } });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  const tool = hasWrk() ? "wrk" : "autocannon";
  const load = (url: string) => (tool === "wrk" ? Promise.resolve(runWrk(url)) : runAutocannon(url));
  try {
    const healthz = await load(`${address}/healthz`);
    const records = await load(`${address}/api/v1/datasets/aed/records?limit=100`);
    const filtered = await load(`${address}/api/v1/datasets/aed/records?limit=100&municipality=131041,131059&q=%E6%96%BD%E8%A8%AD`);
    const rssMb = process.memoryUsage().rss / 1024 / 1024;
    const line = (name: string, r: Result) => `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${r.p99.toFixed(1).padStart(6)} ms\n`;
    process.stdout.write(`${tool}, ${CONNECTIONS} connections, ${DURATION_S}s each; ${CODES.length * ROWS} records in PGlite\n`);
    process.stdout.write(line("/healthz", healthz));
    process.stdout.write(line("records JSON, 100 rows", records));
    process.stdout.write(line("records JSON, 100 rows, filtered", filtered));
    const ratio = records.rps / healthz.rps;
    process.stdout.write(`records/healthz throughput ${ratio.toFixed(2)} (target ≥ 0.5) ${ratio >= 0.5 ? "ok" : "MISSED"}; `
      + `p99 ${records.p99.toFixed(1)} ms (target < 50) ${records.p99 < 50 ? "ok" : "MISSED"}; `
      + `RSS ${rssMb.toFixed(0)} MB (target < 300) ${rssMb < 300 ? "ok" : "MISSED"}\n`);
  } finally {
    await app.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
