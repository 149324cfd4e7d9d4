#!/usr/bin/env node
// The package's `odh` command: the bundled JavaScript in dist/ when it is up to date with the sources, else the
// TypeScript sources through tsx (bin/runtime.js decides), so a fresh clone needs no build step and never runs stale code.
import { configureV8, importModule } from "./runtime.js";

configureV8(process.argv[2]);
// A reader that stops early (`odh normalize FILE | head`) closes the pipe: stop there quietly, as Unix tools do,
// instead of dying of an unhandled 'error' with a stack trace.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  process.stderr.write(`odh: 標準出力に書き込めません / cannot write to stdout: ${err.message}\n`);
  process.exit(2);
});
let main;
try {
  ({ main } = await importModule("pipelines/cli"));
} catch (err) {
  // a broken install or a source edited mid-run: an internal error, exit 2 as the CLI's own internal errors do
  process.stderr.write(`odh: プログラムを読み込めません / cannot load the program: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
