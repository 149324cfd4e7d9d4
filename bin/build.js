#!/usr/bin/env node
// Bundles the TypeScript sources into dist/ with esbuild, so `odh` runs plain JavaScript: no tsx loader thread, no
// compile at start, and few files to load. Node 20 loads each ES module on its own (resolve, open, read, compile):
// the ~60 project modules and zod's ~95 (all its locales come through a namespace export) were ~0.15 s of every
// `odh` start; bundled, `odh validate --help` starts in ~0.25 s instead of ~0.43 s (2-core VM). Type checking is
// `npm run typecheck`'s job. `npm install` runs this as `prepare`; `--if-stale` builds only when dist/ is missing or
// older than a source. Without esbuild (an install without dev dependencies) it says so and leaves dist/ alone: `odh`
// then runs the sources through tsx.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DIST, ROOT, STAMP, distIsFresh } from "./runtime.js";

if (process.argv.includes("--if-stale") && distIsFresh()) process.exit(0);

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  process.stderr.write("odh build: esbuild がないため dist/ を作りません（dist/ がないか古ければ odh は tsx でソースを実行します）/ "
    + "esbuild not installed: no build (odh runs the sources through tsx when dist/ is missing or stale)\n");
  process.exit(0);
}

/** The modules that are loaded by path (runtime.js importModule, cli.ts's commands folder): each keeps its path in
 *  dist/ (pipelines/cli.ts → dist/pipelines/cli.js); code that several of them share goes to dist/chunks/, loaded
 *  once per process, so a class is the same class for every command. */
const COMMANDS = readdirSync(path.join(ROOT, "pipelines", "commands")).filter((f) => f.endsWith(".ts")).map((f) => `pipelines/commands/${f}`);
const ENTRIES = ["pipelines/cli.ts", "pipelines/range-worker.ts", "catalog-api/app.ts", "storage/db.ts", ...COMMANDS];

/** Packages bundled in: pure JavaScript with no files of their own to find at run time. The others stay in
 *  node_modules (PGlite reads its WebAssembly beside its code, pg looks for an optional native module, …). */
const BUNDLED = new Set(["zod", "papaparse", "ajv-formats"]);
const dependencies = Object.keys(JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).dependencies ?? {});
const external = dependencies.filter((d) => !BUNDLED.has(d)).flatMap((d) => [d, `${d}/*`]);

// into a fresh folder, then swapped in: no file of a deleted source survives, and a run that fails leaves dist/ as it was
const started = Date.now();
const next = `${DIST}.next-${process.pid}`;
rmSync(next, { recursive: true, force: true });
try {
  await esbuild.build({
    absWorkingDir: ROOT, entryPoints: ENTRIES, outdir: next, outbase: ROOT, bundle: true, splitting: true,
    format: "esm", platform: "node", target: "node20", external, chunkNames: "chunks/[name]-[hash]",
    // `node --enable-source-maps bin/odh.js …` shows the TypeScript lines in a stack trace
    sourcemap: "linked", logLevel: "warning",
  });
} catch (err) {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write(`odh build: esbuild が失敗しました / esbuild failed: ${err.message}\n`);
  process.exit(1);
}
if (!existsSync(next)) process.exit(1);
rmSync(DIST, { recursive: true, force: true });
renameSync(next, DIST);
// the start time, written last: a source saved while the build ran is newer than it, so that build counts as stale
writeFileSync(STAMP, `${JSON.stringify({ started })}\n`);
