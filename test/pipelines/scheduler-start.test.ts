// `odh start` and `odh worker` as real child processes (node bin/odh.js) on a temp data dir and a small sources
// config. start on an empty database harvests once in the background while /healthz answers over HTTP, then starts
// the scheduler; generated sources reach the catalog as sample data; SIGTERM shuts down cleanly (exit 0, lock
// released). A second start on a non-empty database does not harvest at start. worker harvests on its schedule.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageName } from "../../catalog-api/urls.ts";
import { openDatabase } from "../../storage/db.ts";
import { ROOT, tempDir } from "../helpers.ts";

interface Child { proc: ChildProcess; exit: Promise<number | null>; output: () => string }

function odh(args: string[], env: Record<string, string>): Child {
  const proc = spawn(process.execPath, [path.join(ROOT, "bin", "odh.js"), ...args], {
    cwd: ROOT, env: { ...process.env, LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (c: Buffer) => { out += c.toString(); });
  proc.stderr!.on("data", (c: Buffer) => { out += c.toString(); });
  const exit = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, exit, output: () => out };
}

async function waitFor(check: () => boolean, ms: number, what: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function getJson(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url);
  return { status: res.status, body: await res.json() };
}

const sampleEntry = (code: string, extra: Record<string, unknown> = {}) => ({
  id: `${code}-aed`, municipality: code, dataset: "aed", type: "file", path: path.join(ROOT, "data", "sources", code, `${code}_aed.csv`),
  license: "CC0 1.0", attribution: "tokyo-opendata-hub 生成サンプル / generated sample data", sample: true, ...extra,
});

describe("odh start (child process, embedded database)", () => {
  const tmp = tempDir("odh-start-");
  const dataDir = path.join(tmp.dir, "db");
  // the http source's file is held back until the test lets it go: the first harvest is then surely in flight
  let release: () => void = () => {};
  const held = new Promise<void>((r) => { release = r; });
  let gateHit = false;
  const gate = http.createServer(async (_req, res) => {
    gateHit = true;
    await held;
    res.writeHead(200, { "content-type": "text/csv" }).end(readFileSync(path.join(ROOT, "data", "sources", "131032", "131032_aed.csv")));
  });
  let env: Record<string, string> = {};
  let base = "";

  beforeAll(async () => {
    await new Promise<void>((r) => gate.listen(0, "127.0.0.1", r));
    const gatePort = (gate.address() as AddressInfo).port;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const sourcesFile = path.join(tmp.dir, "sources.json");
    writeFileSync(sourcesFile, JSON.stringify([
      sampleEntry("131016"),
      sampleEntry("131024"),
      { id: "131032-aed", municipality: "131032", dataset: "aed", type: "http", url: `http://127.0.0.1:${gatePort}/131032_aed.csv`,
        license: "CC BY 4.0", attribution: "港区", allow_private: [`127.0.0.1:${gatePort}`], retries: 0, timeout_ms: 120_000 },
    ]));
    env = { ODH_DATA_DIR: dataDir, ODH_SOURCES: sourcesFile, PORT: String(port), HOST: "127.0.0.1" };
  });
  afterAll(async () => {
    release();
    gate.closeAllConnections();
    await new Promise((r) => gate.close(r));
    tmp.remove();
  });

  it("harvests an empty database in the background while the API answers, then schedules; SIGTERM exits 0", async () => {
    const child = odh(["start"], env);
    try {
      await waitFor(() => gateHit, 120_000, () => `the first harvest to fetch the held source: ${child.output()}`);
      // the harvest is in flight (its http source has not answered): the API answers meanwhile
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      const during = await getJson(`${base}/api/v1/datasets`);
      expect(during.status).toBe(200);
      expect(child.output()).not.toContain("scheduler started");
      expect(child.output()).toContain(`odh: ${base}/ で公開中 / serving`);

      release();
      await waitFor(() => child.output().includes("scheduler started"), 120_000, () => `the scheduler to start: ${child.output()}`);
      expect(child.output()).toMatch(/収集結果 \/ harvest summary — run \d+: ok/);
      expect(child.output()).toContain("odh start: 定期収集を開始 / scheduler started (0 3 * * *)");

      // all three published; generated sources say so in the catalog, the municipality's own file does not
      const { body } = await getJson(`${base}/api/v1/datasets`);
      const aed = body.items.find((d: { id: string }) => d.id === "aed");
      expect(aed).toMatchObject({ municipality_count: 3, sample: true });
      expect([...aed.municipalities].sort()).toEqual(["131016", "131024", "131032"]);
      const extra = async (code: string) => {
        const pkg = await getJson(`${base}/api/3/action/package_show?id=${packageName(code, "aed")}`);
        expect(pkg.status).toBe(200);
        return Object.fromEntries(pkg.body.result.extras.map((e: { key: string; value: string }) => [e.key, e.value]));
      };
      expect((await extra("131016")).sample).toBe("true");
      expect((await extra("131032")).sample).toBe("false");
      expect((await extra("131032")).attribution).toBe("港区");
    } finally {
      child.proc.kill("SIGTERM");
    }
    expect(await child.exit, child.output()).toBe(0);
    expect(existsSync(path.join(dataDir, "odh.lock"))).toBe(false);
  }, 240_000);

  it("a second start on a non-empty database serves and schedules without harvesting first", async () => {
    const child = odh(["start"], env);
    try {
      await waitFor(() => child.output().includes("scheduler started"), 120_000, () => `the scheduler to start: ${child.output()}`);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect(child.output()).not.toContain("収集開始");
    } finally {
      child.proc.kill("SIGTERM");
    }
    expect(await child.exit, child.output()).toBe(0);
  }, 180_000);
});

describe("odh worker (child process, embedded database)", () => {
  const tmp = tempDir("odh-worker-");
  afterAll(() => tmp.remove());

  it("harvests each source on its schedule and stops cleanly on SIGTERM", async () => {
    const sourcesFile = path.join(tmp.dir, "sources.json");
    writeFileSync(sourcesFile, JSON.stringify([sampleEntry("131041", { schedule: "*/2 * * * * *" })]));
    const dataDir = path.join(tmp.dir, "db");
    const child = odh(["worker"], { ODH_DATA_DIR: dataDir, ODH_SOURCES: sourcesFile });
    try {
      await waitFor(() => /run \d+ \(\*\/2 \* \* \* \* \*\) ok: ok 1/.test(child.output()), 120_000, () => `a scheduled run: ${child.output()}`);
      expect(child.output()).toContain("odh worker: 定期収集を開始 / scheduler started (*/2 * * * * *)");
    } finally {
      child.proc.kill("SIGTERM");
    }
    expect(await child.exit, child.output()).toBe(0);
    const db = await openDatabase({ dataDir });
    try {
      const { rows } = await db.query<{ trigger: string; n: number }>("select trigger, count(*)::int as n from runs group by trigger");
      expect(rows.map((r) => r.trigger)).toEqual(["schedule"]);
      const published = await db.query<{ sample: boolean }>("select v.sample from published p join versions v on v.id = p.version_id where p.municipality_code = '131041'");
      expect(published.rows).toEqual([{ sample: true }]);
    } finally {
      await db.close();
    }
  }, 180_000);
});
