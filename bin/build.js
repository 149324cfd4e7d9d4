#!/usr/bin/env node
// Compiles the TypeScript sources into dist/ (tsconfig.build.json: emit only; `npm run typecheck` checks types), so
// `odh` runs plain JavaScript: no tsx loader thread, no compile at start. `npm install` runs it as `prepare`.
// `--if-stale` builds only when dist/ is missing or older than a source. Without TypeScript (an install without dev
// dependencies) it says so and leaves dist/ alone: `odh` then runs the sources through tsx.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DIST, ROOT, STAMP, distIsFresh } from "./runtime.js";

if (process.argv.includes("--if-stale") && distIsFresh()) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  process.stderr.write("odh build: TypeScript がないため dist/ を作りません（dist/ がないか古ければ odh は tsx でソースを実行します）/ "
    + "TypeScript not installed: no build (odh runs the sources through tsx when dist/ is missing or stale)\n");
  process.exit(0);
}

// into a fresh folder, then swapped in: no file of a deleted source survives, and a run that fails leaves dist/ as it was
const started = Date.now();
const next = `${DIST}.next-${process.pid}`;
rmSync(next, { recursive: true, force: true });
const out = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.build.json"), "--outDir", next], { cwd: ROOT, stdio: "inherit" });
if (out.status !== 0 || !existsSync(next)) {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write(`odh build: tsc が失敗しました / tsc failed (${out.status ?? out.signal})\n`);
  process.exit(1);
}
rmSync(DIST, { recursive: true, force: true });
renameSync(next, DIST);
// the start time, written last: a source saved while tsc ran is newer than it, so that build counts as stale
writeFileSync(STAMP, `${JSON.stringify({ started })}\n`);
