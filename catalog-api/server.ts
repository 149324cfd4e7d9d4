// Listens, and closes gracefully: stop accepting, finish requests, close the database, exit.
import type { FastifyInstance } from "fastify";
import type { Db } from "../storage/db.ts";
import { buildApp } from "./app.ts";

export interface ServerOptions {
  db: Db;
  port?: number;
  host?: string;
  logLevel?: string;
}

export async function startServer({ db, port = 3000, host = "127.0.0.1", logLevel = "info" }: ServerOptions): Promise<FastifyInstance> {
  const app = await buildApp({ db, logger: { level: logLevel } });
  await app.listen({ port, host });
  return app;
}

/** Runs `close` once on SIGINT/SIGTERM; a second signal exits at once. */
export function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: NodeJS.Signals) => {
    if (closing) process.exit(130);
    closing = true;
    close().then(
      () => process.exit(0),
      (err) => { process.stderr.write(`shutdown after ${signal} failed: ${String(err)}\n`); process.exit(1); },
    );
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
}
