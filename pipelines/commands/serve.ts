import type { FastifyInstance } from "fastify";
import { onShutdown, startServer } from "../../catalog-api/server.ts";
import type { Db } from "../../storage/db.ts";
import type { Command, Io } from "../command.ts";
import { type RuntimeConfig, readConfig } from "../config.ts";
import { openRuntimeDatabase } from "../runtime.ts";

/** Serves the API and the portal where the config says (odh serve, odh start), and says where on stderr. */
export async function serveApi(db: Db, config: RuntimeConfig, io: Io): Promise<FastifyInstance> {
  const app = await startServer({ db, port: config.port, host: config.host, logLevel: config.logLevel });
  io.stderr.write(`odh: http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}/ で公開中 / serving\n`);
  return app;
}

const serve: Command = {
  name: "serve",
  order: 20,
  summary_ja: "APIとポータルだけを起動（スケジューラなし）",
  summary_en: "API + portal only, no scheduler",
  usage: "odh serve   (PORT, HOST, DATABASE_URL, ODH_DATA_DIR)",
  options: {},
  positionals: [0, 0],
  async run(_args, io) {
    const config = readConfig(io.env);
    const db = await openRuntimeDatabase(config);
    const app = await serveApi(db, config, io);
    onShutdown(async () => { await app.close(); await db.close(); });
    await new Promise(() => {});
    return 0;
  },
};
export default serve;
