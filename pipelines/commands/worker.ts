import { onShutdown } from "../../catalog-api/server.ts";
import type { Command, Io } from "../command.ts";
import { readConfig } from "../config.ts";
import { progressReporter } from "../progress.ts";
import { openRuntimeDatabase } from "../runtime.ts";
import { type Scheduler, type SchedulerOptions, startScheduler } from "../scheduler.ts";
import { loadSources, type SourcesConfig } from "../sources/config.ts";
import type { Db } from "../../storage/db.ts";

/** Scheduler options that report each slot's progress and outcome as plain lines on stderr. */
function schedulerLog(io: Io, label: string): SchedulerOptions {
  const progress = progressReporter(io.stderr, { tty: false, label });
  return {
    onProgress: (e) => progress.onProgress(e),
    onRun: (schedule, result, error) => {
      if (!result) {
        if (error) io.stderr.write(`${label}: 定期収集に失敗 / scheduled harvest failed (${schedule}): ${(error as Error).message}\n`);
        return;
      }
      const s = result.summary;
      io.stderr.write(`${label}: run ${result.run_id} (${schedule}) ${result.status}: ok ${s.ok}, unchanged ${s.unchanged}, ` +
        `invalid ${s.invalid}, failed ${s.failed}, skipped ${s.skipped}; rows valid ${s.valid_rows}, invalid ${s.invalid_rows}\n`);
    },
  };
}

/** Starts the harvest scheduler (odh worker, odh start), saying on stderr which schedules it keeps and then each slot's
 *  outcome (schedulerLog). */
export function startHarvestScheduler(db: Db, sources: SourcesConfig, io: Io, label: string): Scheduler {
  const scheduler = startScheduler(db, sources, schedulerLog(io, label));
  io.stderr.write(`${label}: 定期収集を開始 / scheduler started (${scheduler.schedules.join(", ") || "no enabled sources"})\n`);
  return scheduler;
}

const worker: Command = {
  name: "worker",
  order: 40,
  summary_ja: "定期収集だけを実行（APIなし、複数台での分散用）",
  summary_en: "run the harvest scheduler only (no API; for scale-out)",
  usage: "odh worker   (DATABASE_URL, ODH_DATA_DIR, ODH_SOURCES)",
  optionHelp: ["同じPostgreSQLを共有する複数のworkerでも、各取得元は各時刻に一度だけ収集されます / with several workers on one PostgreSQL, each source runs once per slot"],
  options: {},
  positionals: [0, 0],
  async run(_args, io) {
    const config = readConfig(io.env);
    const sources = loadSources(config.sourcesPath);
    const db = await openRuntimeDatabase(config);
    const scheduler = startHarvestScheduler(db, sources, io, "odh worker");
    onShutdown(async () => { await scheduler.stop(); await db.close(); });
    await new Promise(() => {});
    return 0;
  },
};
export default worker;
