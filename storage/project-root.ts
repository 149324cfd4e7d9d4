// The project's root folder (the one holding package.json), found by walking up from this module. The answer is the
// same whether the code runs from its TypeScript sources or from the JavaScript compiled into dist/, so data files,
// migrations and the portal are always read from their one place in the source tree.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the project: projectPath("data", "sources.json"). */
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
