// The worker thread of a parallel run (parallel.ts): harmonizes the byte ranges it is sent, one at a time.
// Messages in: { prepare: FileFrame } | { id, task: RangeTask }; out: "ready" once loaded, then { id, result } or
// { id, error } per task.
import { type MessagePort, parentPort } from "node:worker_threads";
import { type FileFrame, prepare, type RangeTask, runRange } from "./range-task.ts";

type Message = { prepare: FileFrame } | { id: number; task: RangeTask };

if (parentPort === null) throw new Error("range-worker.ts runs as a worker thread");
const port: MessagePort = parentPort;

async function handle(message: Message): Promise<void> {
  if ("prepare" in message) {
    try {
      prepare(message.prepare);
    } catch {
      // the first task reports it
    }
    return;
  }
  try {
    const result = await runRange(message.task);
    port.postMessage({ id: message.id, result }, result.output.map((block) => block.buffer as ArrayBuffer));
  } catch (err) {
    port.postMessage({ id: message.id, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
}

// one range at a time: the file context (its memo and current log) is shared by the ranges of a file
let chain = Promise.resolve();
port.on("message", (message: Message) => {
  chain = chain.then(() => handle(message));
});
port.postMessage("ready");
