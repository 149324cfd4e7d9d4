#!/usr/bin/env node
// The package's `odh` command: the compiled JavaScript in dist/ when it is up to date with the sources, else the
// TypeScript sources through tsx (bin/runtime.js decides), so a fresh clone needs no build step and never runs stale code.
import { configureV8, importModule } from "./runtime.js";

configureV8(process.argv[2]);
const { main } = await importModule("pipelines/cli");
process.exitCode = await main(process.argv.slice(2));
