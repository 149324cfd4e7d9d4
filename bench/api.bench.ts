// Records API vs /healthz on one loopback server, in one run: requests/s, p99 latency, server memory.
// Data: the bundled AED, evacuation space and public toilet sources of all 62 municipalities (data/sources, the same
// files `npm start` harvests), ingested the real way (ingestFile) into an embedded database. The server is a child
// process running the code `odh serve` runs (bin/runtime.js: the compiled dist/, or the sources through tsx when
// dist/ is stale; `npm run bench` builds it first), `buildApp` with logging at warn and the rate limit raised so the
// load is not refused; so the memory is the server's alone and the load generator never shares its event loop.
// Load: wrk when installed (Debian package), else autocannon. Targets: records ≥ 0.5 × healthz throughput,
// p99 < 50 ms, RSS < 300 MB (the peak, VmHWM, over the whole run).
// Lines: /healthz (one `select 1`); a records page (one URL, then 200 distinct pages of 3 datasets × 62 municipalities),
// answered from the pages cached per published state; the same and filtered/near queries with that cache off, which
// is what every first request after a publish costs. After each line: the server's RSS (and peak so far), V8 heap
// used/total and external memory (mostly PGlite's WebAssembly memory). BENCH_NODE_FLAGS="…" adds node flags to the
// server child, to try V8 settings.
import { execFile, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const DATASETS = ["aed", "evacuation_space", "public_toilet"];
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 16;

interface Result { rps: number; p99: number; errors: number }
interface Memory { now: number; peak: number; heap: number; heapTotal: number; external: number }

/** autocannon ships no types; this is the part used here. */
type Autocannon = (o: { url: string; connections: number; duration: number; requests?: Array<{ path: string }> }) =>
  Promise<{ requests: { average: number }; latency: { p99: number }; non2xx: number; errors: number }>;

const hasWrk = () => spawnSync("wrk", ["--version"]).error === undefined;
const execFileAsync = promisify(execFile);

/** wrk's summary: Requests/sec, the 99% line of --latency, and non-2xx/socket errors. A Lua script cycles `paths`. */
async function runWrk(base: string, paths: string[]): Promise<Result> {
  const args = ["-t1", `-c${CONNECTIONS}`, `-d${DURATION_S}s`, "--latency"];
  let script: string | null = null;
  if (paths.length > 1) {
    script = path.join(os.tmpdir(), `odh-bench-${process.pid}.lua`);
    writeFileSync(script, `local paths = {${paths.map((p) => JSON.stringify(p)).join(",")}}\nlocal i = 0\n`
      + "request = function()\n  i = i % #paths + 1\n  return wrk.format(\"GET\", paths[i])\nend\n");
    args.push("-s", script);
  }
  try {
    // asynchronous: a synchronous exec would block this process's timers for the whole run
    const { stdout } = await execFileAsync("wrk", [...args, `${base}${paths[0]}`], { encoding: "utf8" });
    const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
    const m = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(stdout);
    const p99 = m ? Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[m[2] as "us" | "ms" | "s"] : Number.NaN;
    const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
    const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
    return { rps, p99, errors: non2xx + (sock ? sock.slice(1).reduce((n, x) => n + Number(x), 0) : 0) };
  } finally {
    if (script) rmSync(script, { force: true });
  }
}

async function runAutocannon(base: string, paths: string[]): Promise<Result> {
  const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;
  const r = await autocannon({ url: `${base}${paths[0]}`, connections: CONNECTIONS, duration: DURATION_S,
    ...(paths.length > 1 ? { requests: paths.map((p) => ({ path: p })) } : {}) });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.non2xx + r.errors };
}

/** VmRSS (now) and VmHWM (peak) of a process, MB. */
function rssOf(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
  return { now: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
}

/** The database the server will read: every bundled source of DATASETS, as `npm start` would harvest it. */
export async function prepare(dir: string): Promise<{ records: number; pairs: number }> {
  const { openDatabase } = await import("../storage/db.ts");
  const { loadMunicipalities } = await import("../storage/municipalities.ts");
  const { ingestFile } = await import("../pipelines/publish.ts");
  const db = await openDatabase({ dataDir: dir });
  try {
    await loadMunicipalities(db);
    const sources = JSON.parse(readFileSync(path.join(ROOT, "data", "sources.json"), "utf8")) as Array<Record<string, unknown>>;
    for (const s of sources) {
      if (s.type !== "file" || s.enabled === false || !DATASETS.includes(String(s.dataset))) continue;
      await ingestFile(db, { path: path.join(ROOT, "data", String(s.path)), fileName: path.basename(String(s.path)) }, {
        municipality: String(s.municipality), dataset: String(s.dataset), source_id: String(s.id), license: String(s.license ?? ""),
        attribution: String(s.attribution ?? ""), sample: s.sample === true, trigger: "harvest",
      });
    }
  } finally {
    await db.close();
  }
  return count(dir);
}

async function count(dir: string): Promise<{ records: number; pairs: number }> {
  const { openDatabase } = await import("../storage/db.ts");
  const db = await openDatabase({ dataDir: dir });
  try {
    const { rows } = await db.query<{ records: number; pairs: number }>(
      "select (select count(*)::int from records r join published p on p.version_id = r.version_id) as records, (select count(*)::int from published) as pairs");
    return rows[0]!;
  } finally {
    await db.close();
  }
}

/** The server child: the V8 settings and modules of `odh serve` (bin/runtime.js: dist/ or the sources through tsx,
 *  as for `odh`), `buildApp` with the rate limit raised. SIGUSR2 asks it for process.memoryUsage() on stdout. */
const CHILD = `
import { configureV8, importModule, runtimeKind } from ${JSON.stringify(pathToFileURL(path.join(ROOT, "bin", "runtime.js")).href)};
configureV8("serve");
const { openDatabase } = await importModule("storage/db");
const { buildApp } = await importModule("catalog-api/app");
const db = await openDatabase({ dataDir: process.env.ODH_BENCH_SERVE });
const app = await buildApp({ db, logger: { level: "warn" }, rateLimit: { max: 100000000, timeWindow: 60000 },
  responseCacheBytes: Number(process.env.ODH_BENCH_CACHE) });
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write("listening " + address + " " + runtimeKind() + "\\n");
process.on("SIGUSR2", () => process.stdout.write("memory " + JSON.stringify(process.memoryUsage()) + "\\n"));
process.on("SIGTERM", () => { void app.close().then(() => db.close()).then(() => process.exit(0)); });
`;

interface Server { child: ChildProcess; base: string; runtime: string; lines: AsyncIterator<string> }

async function startServer(dir: string, cacheBytes: number): Promise<Server> {
  const flags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...flags, "--input-type=module", "-e", CHILD], {
    cwd: ROOT, env: { ...process.env, ODH_BENCH_SERVE: dir, ODH_BENCH_CACHE: String(cacheBytes) }, stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const first = await lines.next();
  const m = first.done ? null : /^listening (\S+) (\S+)/.exec(first.value);
  if (!m) throw new Error(`bench server did not start (exit ${child.exitCode})`);
  return { child, base: m[1]!, runtime: m[2]!, lines };
}

/** RSS now and peak (/proc) and the V8 heap and external memory (the child's process.memoryUsage()), MB. */
async function memoryOf(server: Server): Promise<Memory> {
  server.child.kill("SIGUSR2");
  const line = await server.lines.next();
  const usage = JSON.parse(String(line.value).replace(/^memory /, "")) as NodeJS.MemoryUsage;
  const mb = (n: number) => n / (1024 * 1024);
  return { ...rssOf(server.child.pid!), heap: mb(usage.heapUsed), heapTotal: mb(usage.heapTotal), external: mb(usage.external) };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

/** Distinct 100-row pages: each municipality's first two pages of each dataset (cursors fetched from the server). */
async function distinctPages(base: string): Promise<string[]> {
  const codes = ((await (await fetch(`${base}/api/v1/municipalities`)).json()) as { items: Array<{ code: string }> }).items.map((m) => m.code);
  const out: string[] = [];
  for (const dataset of DATASETS) {
    for (const code of codes) {
      const first = `/api/v1/datasets/${dataset}/records?municipality=${code}&limit=100`;
      out.push(first);
      const page = (await (await fetch(`${base}${first}`)).json()) as { next_cursor: string | null };
      if (page.next_cursor) out.push(`${first}&cursor=${page.next_cursor}`);
    }
    out.push(`/api/v1/datasets/${dataset}/records?limit=100`);
  }
  return out;
}

export async function run(): Promise<void> {
  // BENCH_API_DATA=DIR keeps the prepared database there and reuses it on the next run (ingest takes a while)
  const keep = process.env.BENCH_API_DATA;
  const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), "odh-bench-api-"));
  const tool = hasWrk() ? "wrk" : "autocannon";
  const load = (base: string, paths: string[]) => (tool === "wrk" ? runWrk(base, paths) : runAutocannon(base, paths));
  // each line with the server's memory right after it: RSS now (peak so far), V8 heap used/total, external (WASM memory)
  const mem = (m: Memory) => `RSS ${m.now.toFixed(0).padStart(3)} MB (peak ${m.peak.toFixed(0).padStart(3)})  `
    + `heap ${m.heap.toFixed(0).padStart(3)}/${m.heapTotal.toFixed(0).padEnd(3)}  ext ${m.external.toFixed(0)}`;
  const line = (name: string, r: Result | null, m: Memory) => `${name.padEnd(48)} `
    + `${r ? `${r.rps.toFixed(0).padStart(6)} req/s  p99 ${r.p99.toFixed(1).padStart(6)} ms` : " ".repeat(29)}   ${mem(m)}`
    + `${r?.errors ? `   ${r.errors} errors` : ""}\n`;
  try {
    const started = performance.now();
    const data = keep && existsSync(path.join(dir, "pgdata")) ? await count(dir) : await prepare(dir);
    const hot = "/api/v1/datasets/aed/records?limit=100";
    const cached = await startServer(dir, 32 * 1024 * 1024);
    process.stdout.write(`${tool}, ${CONNECTIONS} connections, ${DURATION_S}s per line; ${data.records} records of ${data.pairs} `
      + `(municipality, dataset) pairs in PGlite, ingested in ${((performance.now() - started) / 1000).toFixed(0)} s; server in a child `
      + `process running ${cached.runtime === "dist" ? "the compiled dist/" : "the sources through tsx (dist/ missing or stale)"}\n`);
    let healthz: Result, records: Result, pages: Result;
    const idle = await memoryOf(cached);
    let after: Memory;
    try {
      process.stdout.write(line("server with the records page cache, at start", null, idle));
      const paths = await distinctPages(cached.base);
      healthz = await load(cached.base, ["/healthz"]);
      process.stdout.write(line("/healthz", healthz, await memoryOf(cached)));
      records = await load(cached.base, [hot]);
      process.stdout.write(line("records JSON, 100 rows (one URL)", records, await memoryOf(cached)));
      pages = await load(cached.base, paths);
      after = await memoryOf(cached);
      process.stdout.write(line(`records JSON, 100 rows (${paths.length} distinct pages)`, pages, after));
    } finally {
      await stopServer(cached.child);
    }
    const cold = await startServer(dir, 0);
    try {
      process.stdout.write(line("server with the page cache off, at start", null, await memoryOf(cold)));
      const uncached = await load(cold.base, [hot]);
      process.stdout.write(line("records JSON, 100 rows, response cache off", uncached, await memoryOf(cold)));
      const filtered = await load(cold.base, [`${hot}&municipality=131041,131059&q=${encodeURIComponent("区")}`]);
      process.stdout.write(line("  … filtered (2 municipalities + q), cache off", filtered, await memoryOf(cold)));
      const near = await load(cold.base, [`${hot}&near=35.6938,139.7035&radius=3000`]);
      const coldAfter = await memoryOf(cold);
      process.stdout.write(line("  … near + radius 3 km, cache off", near, coldAfter));
      after = { ...after, now: Math.max(after.now, coldAfter.now), peak: Math.max(after.peak, coldAfter.peak) };
    } finally {
      await stopServer(cold.child);
    }
    const ratio = records.rps / healthz.rps;
    const p99 = Math.max(records.p99, pages.p99);
    process.stdout.write(`server RSS at start ${idle.now.toFixed(0)} MB, after load ${after.now.toFixed(0)} MB, peak ${after.peak.toFixed(0)} MB\n`);
    process.stdout.write(`records/healthz throughput ${ratio.toFixed(2)} (target ≥ 0.5) ${ratio >= 0.5 ? "ok" : "MISSED"}; `
      + `records p99 ${p99.toFixed(1)} ms (target < 50) ${p99 < 50 ? "ok" : "MISSED"}; `
      + `RSS peak ${after.peak.toFixed(0)} MB (target < 300) ${after.peak < 300 ? "ok" : "MISSED"}\n`);
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}
