// The threads that harmonize byte ranges (range-task.ts): worker threads, each running range-worker.ts, taking
// tasks one at a time. A worker that fails to start or dies rejects its tasks; the caller reads those ranges itself.
import { Worker } from "node:worker_threads";
import { projectPath } from "../storage/project-root.ts";
import type { FileFrame, RangeResult, RangeTask } from "./range-task.ts";

type Reply = "ready" | "warm" | { id: number; result: RangeResult } | { id: number; error: string };

export interface RangeWorker {
  /** started, warmed up and not dead */
  ready(): boolean;
  /** not dead (it may still be starting) */
  alive(): boolean;
  /** resolves once the worker is warm (true) or dead (false) */
  whenReady(): Promise<boolean>;
  /** tasks sent and not answered */
  outstanding(): number;
  /** the file's frame, and a range the worker reads once and throws away: a new thread runs its first rows several
   *  times slower than a warm one (the JIT has not compiled the row stage yet), so it warms up on the head of the
   *  file while the main thread reads it, and takes tasks once warm */
  warmUp(frame: FileFrame, task: RangeTask): void;
  /** sends the task (its bytes are moved to the worker, not copied) */
  run(task: RangeTask): Promise<RangeResult>;
  close(): Promise<void>;
}

export function startRangeWorker(): RangeWorker {
  const worker = new Worker(projectPath("bin", "worker.js"), { workerData: { module: "pipelines/range-worker" } });
  const waiting = new Map<number, { resolve: (r: RangeResult) => void; reject: (e: Error) => void }>();
  let warm = false;
  let settle: (ready: boolean) => void = () => {};
  const readiness = new Promise<boolean>((resolve) => { settle = resolve; });
  let dead = false;
  let nextId = 0;
  const failAll = (error: Error) => {
    dead = true;
    settle(false);
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  worker.on("message", (reply: Reply) => {
    if (reply === "ready") return;
    if (reply === "warm") {
      warm = true;
      settle(true);
      return;
    }
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("result" in reply) w?.resolve(reply.result);
    else w?.reject(new Error(reply.error));
  });
  worker.on("error", failAll);
  worker.on("exit", () => failAll(new Error("range worker exited")));
  return {
    ready: () => warm && !dead,
    alive: () => !dead,
    whenReady: () => readiness,
    outstanding: () => waiting.size,
    warmUp(frame, task) {
      if (!dead) worker.postMessage({ prepare: frame, warm: task }, [task.bytes.buffer as ArrayBuffer]);
    },
    run(task) {
      if (dead) return Promise.reject(new Error("range worker is not running"));
      const id = nextId++;
      return new Promise<RangeResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, task }, [task.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      dead = true;
      settle(false);
      await worker.terminate();
    },
  };
}
