// The worker threads that harmonize byte ranges (range-task.ts), each running range-worker.ts and taking tasks one at
// a time. Kept for the next file of the same process (starting one and compiling the row stage costs more than
// reading a few thousand rows), closed when idle, and never holding the process open while idle.
// A worker that fails to start or dies rejects its tasks; the caller reads those ranges itself.
import { Worker } from "node:worker_threads";
import { projectPath } from "../storage/project-root.ts";
import type { FileFrame, RangeResult, RangeTask } from "./range-task.ts";

type Reply = "ready" | { id: number; result: RangeResult } | { id: number; error: string };

/** A worker with no task for this long is closed. */
const IDLE_MS = 30_000;
/** The young generation of a worker whose ranges render no output (validate): its rows die within the range, so V8's
 *  default (~48 MB, of which ~32 MB stays committed) is mostly empty space. `odh validate --threads 2` of the 300k-row
 *  bench file: peak RSS 195-201 -> 185-188 MB. Not for output: a range's blocks live to its end and, with less young
 *  space, are promoted (`odh normalize --threads 2`: 210-235 -> 240-263 MB). */
const LEAN_YOUNG_GENERATION_MB = 24;

export interface RangeWorker {
  /** started for ranges that render no output (LEAN_YOUNG_GENERATION_MB) */
  readonly lean: boolean;
  /** loaded and not dead */
  ready(): boolean;
  /** not dead (it may still be loading) */
  alive(): boolean;
  /** resolves once the worker is loaded (true) or dead (false) */
  whenReady(): Promise<boolean>;
  /** tasks sent and not answered */
  outstanding(): number;
  /** the file's frame, before its first range (the worker compiles the dataset's record check meanwhile) */
  prepare(frame: FileFrame): void;
  /** sends the task (its bytes are moved to the worker, not copied) */
  run(task: RangeTask): Promise<RangeResult>;
  close(): Promise<void>;
}

function startRangeWorker(lean: boolean): RangeWorker {
  const worker = new Worker(projectPath("bin", "worker.js"), {
    workerData: { module: "pipelines/range-worker" }, ...(lean ? { resourceLimits: { maxYoungGenerationSizeMb: LEAN_YOUNG_GENERATION_MB } } : {}),
  });
  const waiting = new Map<number, { resolve: (r: RangeResult) => void; reject: (e: Error) => void }>();
  let loaded = false;
  let dead = false;
  let settle: (ready: boolean) => void = () => {};
  const readiness = new Promise<boolean>((resolve) => { settle = resolve; });
  let nextId = 0;
  let idle: NodeJS.Timeout | undefined;
  const self: RangeWorker = {
    lean,
    ready: () => loaded && !dead,
    alive: () => !dead,
    whenReady() {
      // someone waits for it: the process must not exit meanwhile
      if (!dead) worker.ref();
      return readiness.finally(() => { if (waiting.size === 0 && !dead) worker.unref(); });
    },
    outstanding: () => waiting.size,
    prepare(frame) {
      if (!dead) worker.postMessage({ prepare: frame });
    },
    run(task) {
      if (dead) return Promise.reject(new Error("range worker is not running"));
      const id = nextId++;
      clearTimeout(idle);
      worker.ref();
      return new Promise<RangeResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, task }, [task.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      clearTimeout(idle);
      dead = true;
      settle(false);
      await worker.terminate();
    },
  };
  /** no task left: the process may exit without waiting for this thread, which closes itself after a while */
  const rest = () => {
    worker.unref();
    clearTimeout(idle);
    idle = setTimeout(() => void self.close(), IDLE_MS).unref();
  };
  const failAll = (error: Error) => {
    dead = true;
    settle(false);
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
    clearTimeout(idle);
  };
  worker.on("message", (reply: Reply) => {
    if (reply === "ready") {
      loaded = true;
      settle(true);
      return;
    }
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) rest();
    if ("result" in reply) w?.resolve(reply.result);
    else w?.reject(new Error(reply.error));
  });
  worker.on("error", failAll);
  worker.on("exit", () => failAll(new Error("range worker exited")));
  rest();
  return self;
}

const pool: RangeWorker[] = [];

/** `n` workers for a file, `lean` for one whose ranges render no output: the pool's live ones of that kind first, new
 *  ones started for the rest (one of the other kind closes when idle). */
export function rangeWorkers(n: number, lean = false): RangeWorker[] {
  for (let i = pool.length - 1; i >= 0; i--) if (!pool[i].alive()) pool.splice(i, 1);
  const kind = pool.filter((w) => w.lean === lean).slice(0, n);
  while (kind.length < n) {
    const started = startRangeWorker(lean);
    pool.push(started);
    kind.push(started);
  }
  return kind;
}

/** Closes every pooled worker (tests, and a process that wants its memory back now). */
export async function closeRangeWorkers(): Promise<void> {
  await Promise.all(pool.splice(0).map((w) => w.close()));
}
