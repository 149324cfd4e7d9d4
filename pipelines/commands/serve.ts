import { onShutdown, startServer } from "../../catalog-api/server.ts";
import type { Command } from "../command.ts";
import { readConfig } from "../config.ts";
import { openRuntimeDatabase } from "../runtime.ts";

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
    const app = await startServer({ db, port: config.port, host: config.host, logLevel: config.logLevel });
    io.stderr.write(`odh: http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}/ で公開中 / serving\n`);
    onShutdown(async () => { await app.close(); await db.close(); });
    await new Promise(() => {});
    return 0;
  },
};
export default serve;
