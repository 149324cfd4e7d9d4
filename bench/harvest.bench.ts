// Full harvest of the bundled sources (data/sources.json: every enabled source of all 62 municipalities) into a
// fresh embedded database, then a second harvest with nothing changed. Targets (issue 5): full < 60 s,
// no-change < 5 s (wall time), with the CPU time beside it since the wall time also counts other load.
// Peak RSS is sampled every 50 ms during the runs (process-wide, includes PGlite's WASM heap).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { harvest } from "../pipelines/harvest.ts";
import { loadSources } from "../pipelines/sources/config.ts";
import { openDatabase } from "../storage/db.ts";
import { loadMunicipalities } from "../storage/municipalities.ts";

const FULL_TARGET_S = 60;
const NO_CHANGE_TARGET_S = 5;

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-bench-harvest-"));
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 50);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const config = loadSources();
    const openStarted = performance.now();
    const db = await openDatabase({ dataDir: dir });
    await loadMunicipalities(db);
    out(`harvest: open + migrate fresh PGlite: ${seconds(openStarted)} s`);

    const fullStarted = performance.now();
    const fullCpu = process.cpuUsage();
    const full = await harvest(db, config, { trigger: "cli" });
    const fullS = seconds(fullStarted);
    const fullCpuS = cpuSeconds(fullCpu);
    const municipalities = new Set(full.outcomes.map((o) => o.municipality)).size;
    out(`harvest full: ${fullS} s for ${full.summary.sources} sources of ${municipalities} municipalities ` +
      `(${full.summary.ok} published, ${full.summary.invalid} invalid, ${full.summary.failed} failed) ` +
      `[target < ${FULL_TARGET_S} s: ${Number(fullS) < FULL_TARGET_S ? "met" : "MISSED"}]`);
    out(`harvest full CPU time: ${fullCpuS} s (user+system of this process; wall time above also counts other load on the machine)`);
    out(`harvest full rows: ${full.summary.rows} read, ${full.summary.valid_rows} valid, ${full.summary.invalid_rows} invalid ` +
      `= ${Math.round(full.summary.rows / Number(fullS))} rows/s`);
    out(`harvest full peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB`);

    peak = process.memoryUsage.rss();
    const againStarted = performance.now();
    const againCpu = process.cpuUsage();
    const again = await harvest(db, config, { trigger: "cli" });
    const againS = seconds(againStarted);
    const againCpuS = cpuSeconds(againCpu);
    out(`harvest no-change: ${againS} s (${again.summary.unchanged} unchanged, ${again.summary.ok} published, ` +
      `${again.summary.failed} failed) [target < ${NO_CHANGE_TARGET_S} s: ${Number(againS) < NO_CHANGE_TARGET_S ? "met" : "MISSED"}]`);
    out(`harvest no-change CPU time: ${againCpuS} s`);
    out(`harvest no-change peak RSS: ${(peak / 1024 / 1024).toFixed(0)} MB`);
    await db.close();
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}

function cpuSeconds(since: NodeJS.CpuUsage): string {
  const u = process.cpuUsage(since);
  return ((u.user + u.system) / 1e6).toFixed(2);
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}
