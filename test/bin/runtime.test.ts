// bin/runtime.js: `odh` runs the compiled dist/ only when its build started after every change to the sources;
// otherwise (no build, a broken stamp, an edited, added or deleted source, a changed build, tsconfig or lockfile)
// the sources via tsx.
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module without types
import { CONFIGS, distIsFresh, SOURCE_DIRS } from "../../bin/runtime.js";
import { tempDir } from "../helpers.ts";

const removers: Array<() => void> = [];
afterEach(() => { for (const remove of removers.splice(0)) remove(); });

/** A project whose every source and folder was last changed at `t` (seconds), built at `built` (ms) when given. */
function project(t: number, built?: number | string): string {
  const { dir: root, remove } = tempDir("odh-runtime-");
  removers.push(remove);
  for (const d of SOURCE_DIRS as string[]) {
    mkdirSync(path.join(root, d, "sub"), { recursive: true });
    writeFileSync(path.join(root, d, "sub", "a.ts"), "export {};\n");
    utimesSync(path.join(root, d, "sub", "a.ts"), t, t);
    utimesSync(path.join(root, d, "sub"), t, t);
    utimesSync(path.join(root, d), t, t);
  }
  for (const f of CONFIGS as string[]) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), "{}\n");
    utimesSync(path.join(root, f), t, t);
  }
  if (built !== undefined) {
    mkdirSync(path.join(root, "dist"));
    writeFileSync(path.join(root, "dist", "build.json"), typeof built === "string" ? built : JSON.stringify({ started: built }));
  }
  return root;
}

const T = 1_700_000_000;

describe("distIsFresh", () => {
  it("is true for a build started after the last change", () => {
    expect(distIsFresh(project(T, T * 1000 + 5000))).toBe(true);
  });
  it("is false with no build, or a stamp that cannot be read", () => {
    expect(distIsFresh(project(T))).toBe(false);
    expect(distIsFresh(project(T, "not json"))).toBe(false);
    expect(distIsFresh(project(T, JSON.stringify({ started: "yesterday" })))).toBe(false);
  });
  it("is false once a source, a folder (file added or deleted), the build, a tsconfig or the lockfile changes after the build", () => {
    const built = T * 1000 + 5000;
    const later = T + 10;
    const edited = project(T, built);
    utimesSync(path.join(edited, "pipelines", "sub", "a.ts"), later, later);
    expect(distIsFresh(edited)).toBe(false);
    const added = project(T, built);
    utimesSync(path.join(added, "storage", "sub"), later, later);
    expect(distIsFresh(added)).toBe(false);
    for (const f of ["tsconfig.json", "package-lock.json", "bin/build.js"]) {
      const config = project(T, built);
      utimesSync(path.join(config, f), later, later);
      expect(distIsFresh(config)).toBe(false);
    }
  });
  it("ignores files other than TypeScript sources", () => {
    const root = project(T, T * 1000 + 5000);
    writeFileSync(path.join(root, "catalog-api", "sub", "notes.md"), "x");
    utimesSync(path.join(root, "catalog-api", "sub", "notes.md"), T + 10, T + 10);
    utimesSync(path.join(root, "catalog-api", "sub"), T, T);
    expect(distIsFresh(root)).toBe(true);
  });
});
