// `npm run bench`: every benchmark in one run, each printing its own numbers. `npm run bench -- NAME` runs one.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)));

for (const f of files) {
  process.stdout.write(`\n## ${f.replace(".bench.ts", "")}\n`);
  const mod = await import(pathToFileURL(path.join(dir, f)).href);
  await mod.run();
}
