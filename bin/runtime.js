// Which code `odh` runs: the JavaScript that bin/build.js bundled into dist/ (`npm install` runs it as `prepare`),
// or, when dist/ is missing or older than any TypeScript source, the sources themselves through tsx. So a developer
// who edits a .ts file runs that edit at once, and stale built code never runs.
// Plain JavaScript on purpose: it must work before anything is built.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import v8 from "node:v8";

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(ROOT, "dist");
/** what bin/build.js writes last, after the bundled tree is in place */
export const STAMP = path.join(DIST, "build.json");
/** the folders bundled into dist/, and the files that shape the output: the build itself, the TypeScript settings,
 *  and the lockfile (zod and papaparse are bundled in, so a changed dependency needs a new build) */
export const SOURCE_DIRS = ["schemas", "pipelines", "catalog-api", "storage"];
export const CONFIGS = ["tsconfig.json", "package-lock.json", "bin/build.js"];

/** Newest modification time under dir: its .ts files and the folders themselves (a folder's time changes when a
 *  file in it is added, removed or renamed). */
function newest(dir) {
  let latest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (entry.name.endsWith(".ts")) latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

/** True when dist/ holds a build that started after the last change to any source (of the project at `root`). */
export function distIsFresh(root = ROOT) {
  let started;
  try {
    started = JSON.parse(readFileSync(path.join(root, "dist", "build.json"), "utf8")).started;
  } catch {
    return false;
  }
  if (typeof started !== "number") return false;
  const latest = Math.max(...SOURCE_DIRS.map((d) => newest(path.join(root, d))), ...CONFIGS.map((f) => statSync(path.join(root, f)).mtimeMs));
  return latest < started;
}

let kind;
let registered = false;

/** "dist" or "tsx", decided once per process. */
export function runtimeKind() {
  kind ??= distIsFresh() ? "dist" : "tsx";
  return kind;
}

/** Imports a project module by its path without extension ("pipelines/cli"), from dist/ or from the sources. */
export async function importModule(name) {
  if (runtimeKind() === "dist") return import(pathToFileURL(path.join(DIST, `${name}.js`)).href);
  if (!registered) {
    const { register } = await import("tsx/esm/api");
    register();
    registered = true;
  }
  return import(pathToFileURL(path.join(ROOT, `${name}.ts`)).href);
}

/** The command that only serves the API (`odh start` also harvests, see configureV8). */
const SERVER_COMMANDS = new Set(["serve"]);

/**
 * Process-wide V8 settings for a command, set before anything else loads. The API server: --optimize-for-size, set at
 * run time, puts V8's heap growth in its memory-saving mode: the old generation grows to ~1.1× its live size before the
 * next full GC instead of up to 4× (--trace-gc-verbose shows both); sizes fixed at start-up stay as they are. Under
 * load each embedded-database query leaves garbage that outlives a scavenge, and with the default growth the heap
 * swung between 40 and 150 MB. `npm run bench -- api`: peak RSS ~330 -> ~270 MB, requests/s and p99 unchanged within
 * noise. Not for `odh harvest` and `odh worker`: the engine allocates far more, and there the same setting cost ~40%
 * more CPU for no memory gain (`odh harvest` of the bundled sources: 19 -> 28 s CPU, peak 772 -> 759 MB); nor for
 * `odh start`, which harvests in the same process (a deployment that wants the smaller server runs `odh serve` beside
 * `odh worker`). Node documents flags set after start-up as unsupported: this one only tunes heap growth.
 */
export function configureV8(command) {
  if (SERVER_COMMANDS.has(command)) v8.setFlagsFromString("--optimize-for-size");
}
