// A harvest killed between fetch and publish (SIGKILL of a real `odh harvest` process) leaves the published version
// intact and the embedded data dir openable at once. The kill point is exact: ODH_TEST_PAUSE_BEFORE_PUBLISH makes
// the ingest announce (by writing a file) that harmonization finished and all rows are staged, then wait; the test
// kills it there. A second kill hits a run in the middle of harmonizing a large file (timing-based, so it asserts
// only what must hold wherever the kill lands).
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../storage/db.ts";
import { findRecords } from "../../storage/records.ts";
import { publishedVersion } from "../../storage/versions.ts";
import { ROOT, tempDir } from "../helpers.ts";

const V1 = readFileSync(path.join(ROOT, "data", "sources", "131041", "131041_aed.csv"));
const lines = V1.toString("latin1").split("\n");
const V2 = Buffer.from(lines.slice(0, lines.length - 7).join("\n") + "\n", "latin1");
/** The V1 rows repeated until the file is ~8 MB: harmonizing it takes many seconds. */
const BIG = Buffer.from([lines[0], ...Array.from({ length: 300 }, () => lines.slice(1, -1)).flat(), ""].join("\n"), "latin1");

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

interface Child { proc: ChildProcess; exit: Promise<number | null>; stderr: () => string }

function odh(args: string[], env: Record<string, string>): Child {
  const proc = spawn(process.execPath, [path.join(ROOT, "bin", "odh.js"), ...args], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  proc.stderr!.on("data", (c: Buffer) => { err += c.toString(); });
  proc.stdout!.on("data", (c: Buffer) => { err += c.toString(); });
  const exit = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, exit, stderr: () => err };
}

async function waitFor(check: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("harvest killed between fetch and publish (pglite, child process)", () => {
  const tmp = tempDir("odh-kill-");
  const dataDir = path.join(tmp.dir, "db");
  const file = path.join(tmp.dir, "aed.csv");
  const env = { ODH_DATA_DIR: dataDir, ODH_SOURCES: path.join(tmp.dir, "sources.json") };
  let v1 = { version_id: 0, records: 0 };
  let stagedOfV2 = 0;

  beforeAll(() => {
    writeFileSync(env.ODH_SOURCES, JSON.stringify([
      { id: "131041-aed", municipality: "131041", dataset: "aed", type: "file", path: "aed.csv", license: "CC0 1.0", attribution: "test" },
    ]));
  });
  afterAll(() => tmp.remove());

  async function state() {
    const db = await openDatabase({ dataDir });
    try {
      const version = await publishedVersion(db, "131041", "aed");
      const records = (await findRecords(db, { dataset: "aed", municipalities: ["131041"] }, { limit: 5000 })).rows.length;
      const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(sql, params)).rows[0]!.n;
      return {
        version_id: version?.id ?? 0,
        published_sha: version?.raw_sha256 ?? null,
        records,
        versions: await count("select count(*)::int as n from versions"),
        staged: await count("select count(*)::int as n from staged_records"),
        running: await count("select count(*)::int as n from runs where status = 'running'"),
        interrupted: await count("select count(*)::int as n from runs where status = 'failed' and summary->>'interrupted' = 'true'"),
        run_sources: await count("select count(*)::int as n from run_sources"),
        raw: await count("select count(*)::int as n from raw_files where sha256 = $1", [sha(readFileSync(file))]),
      };
    } finally {
      await db.close();
    }
  }

  it("publishes the first version", async () => {
    writeFileSync(file, V1);
    const child = odh(["harvest"], env);
    expect(await child.exit, child.stderr()).toBe(0);
    const s = await state();
    expect(s).toMatchObject({ versions: 1, running: 0, run_sources: 1, published_sha: sha(V1) });
    expect(s.records).toBeGreaterThan(20);
    v1 = { version_id: s.version_id, records: s.records };
  }, 120_000);

  it("SIGKILL after every row is staged and before the publish transaction: old version intact, data dir opens at once", async () => {
    writeFileSync(file, V2);
    const marker = path.join(tmp.dir, "paused");
    const child = odh(["harvest"], { ...env, ODH_TEST_PAUSE_BEFORE_PUBLISH: marker });
    await waitFor(() => existsSync(marker), 120_000, `the pause marker (${child.stderr()})`);
    child.proc.kill("SIGKILL");
    expect(await child.exit).toBeNull();
    const s = await state();
    // the new file was fetched, stored and harmonized: its bytes and staged rows are there …
    expect(s.raw).toBe(1);
    expect(s.staged).toBeGreaterThan(0);
    expect(s.staged).toBeLessThan(v1.records);
    stagedOfV2 = s.staged;
    // … but nothing was published, and readers see exactly the old version
    expect(s).toMatchObject({ versions: 1, version_id: v1.version_id, records: v1.records, published_sha: sha(V1) });
    // the killed run is left running with no outcome for its source
    expect(s).toMatchObject({ running: 1, run_sources: 1 });
  }, 180_000);

  it("the next harvest publishes the new file", async () => {
    const child = odh(["harvest"], env);
    expect(await child.exit, child.stderr()).toBe(0);
    const s = await state();
    // what was staged before the kill is exactly what gets published now; the killed run is marked interrupted
    expect(s).toMatchObject({ versions: 2, published_sha: sha(V2), records: stagedOfV2, running: 0, interrupted: 1, run_sources: 2 });
    expect(s.version_id).toBeGreaterThan(v1.version_id);
  }, 120_000);

  it("SIGKILL while a large file is being harmonized: published version intact, data dir opens", async () => {
    const before = await state();
    writeFileSync(file, BIG);
    const child = odh(["harvest"], env);
    // the run has started once its first progress line is out; the 8 MB file then takes far longer than 3 s
    await waitFor(() => child.stderr().includes("収集開始"), 120_000, `the harvest to start (${child.stderr()})`);
    await new Promise((r) => setTimeout(r, 3_000));
    child.proc.kill("SIGKILL");
    expect(await child.exit).toBeNull();
    const s = await state();
    expect(s).toMatchObject({
      versions: before.versions, version_id: before.version_id, published_sha: before.published_sha, records: before.records,
      run_sources: before.run_sources,
    });
  }, 180_000);
});
