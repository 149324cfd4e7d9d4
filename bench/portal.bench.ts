// Portal home page in Chromium on loopback: bytes transferred and time to first render, over a few cold loads.
// Data: a real harvest of the bundled sample sources of a few municipalities into a PGlite temp dir (the coverage
// matrix is 62 × 15 cells whatever is harvested; BENCH_PORTAL_MUNICIPALITIES=all harvests every bundled source).
// Measured: the sum of CDP Network.loadingFinished encodedDataLength (headers + body on the wire) over the page's
// requests, cross-checked with performance resource timing transferSize; first-contentful-paint, DOMContentLoaded
// and the moment the coverage matrix is in the DOM. Targets: < 500 KB transferred, first render < 1 s.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../catalog-api/app.ts";
import { harvest } from "../pipelines/harvest.ts";
import { loadSources } from "../pipelines/sources/config.ts";
import { openDatabase } from "../storage/db.ts";
import { loadMunicipalities } from "../storage/municipalities.ts";
import { HAS_CHROMIUM, launchBrowser, NO_CHROMIUM_MESSAGE } from "../test/e2e/browser.ts";

const MUNICIPALITIES = (process.env.BENCH_PORTAL_MUNICIPALITIES ?? "131016,131041,131130,132012").split(",");
const RUNS = Number(process.env.BENCH_PORTAL_RUNS ?? 5);
const TARGET_KB = 500;
const TARGET_MS = 1000;

interface Load { wireBytes: number; timingBytes: number; requests: number; fcp: number; dcl: number; matrix: number; perUrl: Map<string, number> }

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function run(): Promise<void> {
  if (!HAS_CHROMIUM) {
    process.stdout.write(NO_CHROMIUM_MESSAGE);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-bench-portal-"));
  const db = await openDatabase({ dataDir: dir });
  await loadMunicipalities(db);
  const config = loadSources();
  const filter = MUNICIPALITIES[0] === "all" ? {} : { ids: config.sources.filter((s) => MUNICIPALITIES.includes(s.municipality)).map((s) => s.id) };
  const harvested = await harvest(db, config, { trigger: "cli", filter });
  const app = await buildApp({ db, rateLimit: { max: 10_000_000, timeWindow: 60_000 } });
  const base = (await app.listen({ port: 0, host: "127.0.0.1" })).replace("[::1]", "127.0.0.1");
  const browser = await launchBrowser();
  try {
    process.stdout.write(`portal data: harvest of ${harvested.outcomes.length} bundled sources (${MUNICIPALITIES.join(", ")}), ${harvested.summary.rows} rows\n`);

    async function load(pagePath: string, ready: string): Promise<Load> {
      const { page } = await browser.newPage({ width: 1280, height: 900 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });   // every run is a cold load
      const urls = new Map<string, string>();
      const perUrl = new Map<string, number>();
      cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
      cdp.on("Network.loadingFinished", (e) => {
        const url = urls.get(e.requestId) ?? "?";
        perUrl.set(url, (perUrl.get(url) ?? 0) + e.encodedDataLength);
      });
      await page.goto(`${base}${pagePath}`, { waitUntil: "load" });
      await page.waitForSelector(ready);
      await page.waitForLoadState("networkidle");
      const timing = await page.evaluate(`(() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const res = performance.getEntriesByType("resource");
        const fcp = performance.getEntriesByName("first-contentful-paint")[0];
        const mark = performance.getEntriesByName("odh-ready")[0];
        return {
          bytes: nav.transferSize + res.reduce((a, r) => a + r.transferSize, 0),
          fcp: fcp ? fcp.startTime : NaN, dcl: nav.domContentLoadedEventEnd, ready: mark ? mark.startTime : NaN,
        };
      })()`) as { bytes: number; fcp: number; dcl: number; ready: number };
      await page.close();
      const wireBytes = [...perUrl.values()].reduce((a, b) => a + b, 0);
      return { wireBytes, timingBytes: timing.bytes, requests: perUrl.size, fcp: timing.fcp, dcl: timing.dcl, matrix: timing.ready, perUrl };
    }

    for (const [name, pagePath, ready] of [["home", "/", "#coverage-matrix"], ["dataset", "/dataset.html?id=aed", ".leaflet-marker-icon, .leaflet-overlay-pane canvas"]] as const) {
      await load(pagePath, ready);   // warm-up: server code paths and PGlite caches, not the browser cache
      const runs: Load[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(pagePath, ready));
      const last = runs.at(-1)!;
      const wire = median(runs.map((r) => r.wireBytes));
      const fcp = median(runs.map((r) => r.fcp));
      process.stdout.write(`portal ${name}: transferred ${kb(wire)} KB in ${last.requests} requests (resource timing ${kb(median(runs.map((r) => r.timingBytes)))} KB)` +
        (name === "home" ? ` — target < ${TARGET_KB} KB: ${wire / 1024 < TARGET_KB ? "met" : "MISSED"}` : "") + "\n");
      process.stdout.write(`portal ${name}: first contentful paint median ${fcp.toFixed(0)} ms, max ${Math.max(...runs.map((r) => r.fcp)).toFixed(0)} ms over ${RUNS} cold loads` +
        (name === "home" ? ` — target < ${TARGET_MS} ms: ${fcp < TARGET_MS ? "met" : "MISSED"}` : "") + "\n");
      process.stdout.write(`portal ${name}: DOMContentLoaded median ${median(runs.map((r) => r.dcl)).toFixed(0)} ms` +
        (name === "home" ? `, coverage matrix drawn median ${median(runs.map((r) => r.matrix)).toFixed(0)} ms` : "") + "\n");
      const heaviest = [...last.perUrl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3)
        .map(([url, bytes]) => `${url.replace(base, "")} ${kb(bytes)} KB`).join(", ");
      process.stdout.write(`portal ${name}: heaviest ${heaviest}\n`);
    }
  } finally {
    await browser.close();
    await app.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
