#!/usr/bin/env node
// The package's `odh` command. TypeScript sources run through tsx, so a fresh clone needs no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../pipelines/cli.ts");
process.exitCode = await main(process.argv.slice(2));
