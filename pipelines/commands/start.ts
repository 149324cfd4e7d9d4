import { onShutdown, startServer } from "../../catalog-api/server.ts";
import type { Command } from "../command.ts";
import { readConfig } from "../config.ts";
import { openRuntimeDatabase } from "../runtime.ts";

const start: Command = {
  name: "start",
  order: 10,
  summary_ja: "APIとポータルを起動し、定期収集を開始（npm start と同じ）",
  summary_en: "serve API + portal and run the harvest scheduler (what npm start does)",
  usage: "odh start   (PORT, HOST, DATABASE_URL, ODH_DATA_DIR, ODH_SOURCES, LOG_LEVEL)",
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
export default start;
