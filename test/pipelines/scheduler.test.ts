// The scheduler (node-cron, Asia/Tokyo): one task per distinct schedule of the enabled sources, nightly by default;
// a real cron tick harvests; a slot fired again while its sources still run is skipped, not doubled; two schedulers
// sharing one database (two `odh worker`s) run each source once per slot. Sources are slow HTTP files on 127.0.0.1.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import cron from "node-cron";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HarvestResult } from "../../pipelines/harvest.ts";
import { startScheduler } from "../../pipelines/scheduler.ts";
import { DEFAULT_SCHEDULE, type SourcesConfig, parseSources } from "../../pipelines/sources/config.ts";
import { type Db, openDatabase } from "../../storage/db.ts";
import { getRunRow } from "../../storage/runs.ts";
import { DB_KINDS, ROOT, TEST_DATABASE_URL, type TestDb, openTestDb, serveDuringSuite } from "../helpers.ts";

const CODES = ["131016", "131024", "131032"];
const hits = new Map<string, number>();
let delayMs = 400;

const server = http.createServer((req, res) => {
  const code = req.url!.slice(1, 7);
  hits.set(code, (hits.get(code) ?? 0) + 1);
  const body = readFileSync(path.join(ROOT, "data", "sources", code, `${code}_aed.csv`));
  setTimeout(() => res.writeHead(200, { "content-type": "text/csv" }).end(body), delayMs);
});
const site = serveDuringSuite(server);

function sources(schedule?: string, extra: unknown[] = []): SourcesConfig {
  const entries = [
    ...CODES.map((code) => ({
      id: `${code}-aed`, municipality: code, dataset: "aed", type: "http", url: `${site.base}/${code}_aed.csv`, license: "CC0 1.0", attribution: "t",
      allow_private: [site.hostPort], retries: 0, ...(schedule ? { schedule } : {}),
    })),
    ...extra,
  ];
  return { file: "test.json", dir: ROOT, sources: parseSources(entries) };
}

const totalHits = () => [...hits.values()].reduce((a, b) => a + b, 0);
const tasksNamed = (prefix: string) => [...cron.getTasks().values()].filter((t) => t.name?.startsWith(prefix));

describe("schedules", () => {
  it("one node-cron task per distinct schedule of the enabled sources, nightly at 03:00 Tokyo by default", async () => {
    const before = cron.getTasks().size;
    const config = sources(undefined, [
      { id: "131041-aed", municipality: "131041", dataset: "aed", type: "file", path: "x.csv", license: "CC0 1.0", attribution: "t", schedule: "30 6 * * 1" },
      { id: "131059-aed", municipality: "131059", dataset: "aed", type: "file", path: "y.csv", license: "CC0 1.0", attribution: "t", schedule: "15 1 * * *", enabled: false },
    ]);
    const t = await openTestDb();
    const scheduler = startScheduler(t.db, config);
    try {
      expect(DEFAULT_SCHEDULE).toBe("0 3 * * *");
      expect([...scheduler.schedules].sort()).toEqual(["0 3 * * *", "30 6 * * 1"]);
      expect(cron.getTasks().size).toBe(before + 2);
      const nightly = tasksNamed("harvest 0 3 * * *")[0]!;
      const next = nightly.getNextRun()!;
      // 03:00 in Asia/Tokyo is 18:00 UTC
      expect([next.getUTCHours(), next.getUTCMinutes(), next.getUTCSeconds()]).toEqual([18, 0, 0]);
      expect(next.getTime()).toBeGreaterThan(Date.now());
      expect(next.getTime() - Date.now()).toBeLessThanOrEqual(24 * 3600_000);
      const weekly = tasksNamed("harvest 30 6 * * 1")[0]!.getNextRun()!;
      expect(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Tokyo", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(weekly))
        .toBe("Mon 06:30");
    } finally {
      await scheduler.stop();
      await t.cleanup();
    }
    expect(cron.getTasks().size).toBe(before);
  }, 60_000);
});

describe.each(DB_KINDS)("scheduled harvests (%s)", (kind) => {
  let t: TestDb;
  let db: Db;
  beforeAll(async () => { t = await openTestDb(kind); db = t.db; }, 60_000);
  afterAll(async () => { await t?.cleanup(); });

  it("a real cron tick runs a harvest with trigger schedule", async () => {
    delayMs = 0;
    hits.clear();
    const runs: HarvestResult[] = [];
    const scheduler = startScheduler(db, sources("* * * * * *"), { onRun: (_s, r) => { if (r) runs.push(r); } });
    try {
      const until = Date.now() + 30_000;
      while (runs.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await scheduler.stop();
    }
    expect(runs.length).toBeGreaterThanOrEqual(1);
    const first = runs[0]!;
    expect(first.summary).toMatchObject({ sources: 3, ok: 3, failed: 0 });
    expect((await getRunRow(db, first.run_id))?.trigger).toBe("schedule");
  }, 40_000);

  it("a slot fired again while its sources still run is skipped, not doubled", async () => {
    delayMs = 400;
    hits.clear();
    const scheduler = startScheduler(db, sources());
    try {
      const slot = new Date("2030-01-01T18:00:00Z");
      const [a, b] = await Promise.all([
        scheduler.runSlot("0 3 * * *", slot),
        new Promise<HarvestResult | null>((r) => setTimeout(() => r(scheduler.runSlot("0 3 * * *", new Date(slot.getTime() + 60_000))), 100)),
      ]);
      expect(a?.summary).toMatchObject({ sources: 3, skipped: 0 });
      expect(b).toBeNull();
      expect(totalHits()).toBe(3);
    } finally {
      await scheduler.stop();
    }
  }, 30_000);

  it("two schedulers on one database (two workers) run each source once per slot", async () => {
    delayMs = 400;
    hits.clear();
    // a second connection to the same database, as a second `odh worker` process would have (PostgreSQL);
    // PGlite cannot be opened twice, so there both schedulers share the one connection
    let second: Db = db;
    if (kind === "postgres") {
      const { rows } = await db.query<{ schema: string }>("select current_schema() as schema");
      second = await openDatabase({ url: TEST_DATABASE_URL!, schema: rows[0]!.schema });
    }
    const one = startScheduler(db, sources(), { owner: "worker-one" });
    const two = startScheduler(second, sources(), { owner: "worker-two" });
    try {
      const slot = new Date("2030-02-01T18:00:00Z");
      const results = await Promise.all([one.runSlot("0 3 * * *", slot), two.runSlot("0 3 * * *", slot)]);
      const outcomes = results.flatMap((r) => r?.outcomes ?? []);
      expect(outcomes.filter((o) => o.status === "skipped")).toHaveLength(3);
      expect(outcomes.filter((o) => o.status !== "skipped").map((o) => o.source_id).sort()).toEqual(CODES.map((c) => `${c}-aed`));
      expect(CODES.map((c) => hits.get(c))).toEqual([1, 1, 1]);

      // the same slot once more (a late or repeated tick): nothing runs
      const again = await Promise.all([one.runSlot("0 3 * * *", slot), two.runSlot("0 3 * * *", slot)]);
      expect(again.flatMap((r) => r?.outcomes ?? []).every((o) => o.status === "skipped")).toBe(true);
      expect(totalHits()).toBe(3);

      // the next night's slot runs again, once per source
      const next = await Promise.all([one.runSlot("0 3 * * *", new Date("2030-02-02T18:00:00Z")), two.runSlot("0 3 * * *", new Date("2030-02-02T18:00:00Z"))]);
      expect(next.flatMap((r) => r?.outcomes ?? []).filter((o) => o.status !== "skipped")).toHaveLength(3);
      expect(CODES.map((c) => hits.get(c))).toEqual([2, 2, 2]);
    } finally {
      await one.stop();
      await two.stop();
      if (second !== db) await second.close();
    }
  }, 60_000);
});
