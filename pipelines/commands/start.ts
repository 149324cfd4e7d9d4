import { onShutdown } from "../../catalog-api/server.ts";
import { countVersions } from "../../storage/versions.ts";
import type { Command, Io } from "../command.ts";
import { readConfig } from "../config.ts";
import { harvest } from "../harvest.ts";
import { formatSummary, progressReporter } from "../progress.ts";
import { openRuntimeDatabase } from "../runtime.ts";
import type { Scheduler } from "../scheduler.ts";
import { type SourcesConfig, loadSources } from "../sources/config.ts";
import type { Db } from "../../storage/db.ts";
import { serveApi } from "./serve.ts";
import { startHarvestScheduler } from "./worker.ts";

const start: Command = {
  name: "start",
  order: 10,
  summary_ja: "APIとポータルを起動し、定期収集を開始（npm start と同じ）",
  summary_en: "serve API + portal and run the harvest scheduler (what npm start does)",
  usage: "odh start   (PORT, HOST, DATABASE_URL, ODH_DATA_DIR, ODH_SOURCES, LOG_LEVEL)",
  optionHelp: ["空のデータベースでは、まず全取得元を裏で収集します（APIはその間も応答） / on an empty database, harvests every source once in the background first (the API answers meanwhile)"],
  options: {},
  positionals: [0, 0],
  async run(_args, io) {
    const config = readConfig(io.env);
    const sources = loadSources(config.sourcesPath);
    const db = await openRuntimeDatabase(config);
    const app = await serveApi(db, config, io);
    let scheduler: Scheduler | null = null;
    let stopping = false;
    // a shutdown starts no further source of the first harvest and waits for those in flight before the database closes
    const firstRun = new AbortController();
    let first: Promise<void> = Promise.resolve();
    const beginSchedule = () => {
      if (stopping) return;
      scheduler = startHarvestScheduler(db, sources, io, "odh start");
    };
    if (await countVersions(db) === 0) {
      first = firstHarvest(db, sources, io, firstRun.signal);
      void first.finally(beginSchedule);
    } else {
      beginSchedule();
    }
    onShutdown(async () => {
      stopping = true;
      firstRun.abort();
      await first;
      await (scheduler as Scheduler | null)?.stop();
      await app.close();
      await db.close();
    });
    await new Promise(() => {});
    return 0;
  },
};
export default start;

/** The first harvest of an empty database, in the background: the API serves while it runs. */
async function firstHarvest(db: Db, sources: SourcesConfig, io: Io, signal: AbortSignal): Promise<void> {
  const progress = progressReporter(io.stderr, { tty: false, label: "odh start" });
  try {
    const result = await harvest(db, sources, { trigger: "start", signal, onProgress: (e) => progress.onProgress(e) });
    io.stderr.write(formatSummary(result));
  } catch (err) {
    io.stderr.write(`odh start: 初回収集に失敗 / first harvest failed: ${(err as Error).message}\n`);
  }
}
