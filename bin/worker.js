// The entry of the project's worker threads: loads the module named in workerData.module ("pipelines/range-worker")
// the way `odh` loads its own code (runtime.js: the bundle in dist/ when fresh, else the TypeScript sources through tsx).
// Plain JavaScript, like runtime.js: a worker cannot load .ts files by itself.
import { workerData } from "node:worker_threads";
import { importModule } from "./runtime.js";

await importModule(workerData.module);
