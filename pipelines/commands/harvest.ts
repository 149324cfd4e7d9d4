import { DATASET_IDS } from "../../schemas/index.ts";
import { type Command, UsageError } from "../command.ts";
import { readConfig } from "../config.ts";
import { harvest } from "../harvest.ts";
import { formatSummary, progressReporter } from "../progress.ts";
import { openRuntimeDatabase } from "../runtime.ts";
import { loadSources } from "../sources/config.ts";

const harvestCommand: Command = {
  name: "harvest",
  order: 30,
  summary_ja: "設定された取得元から今すぐ収集（進捗は標準エラー、最後に集計）",
  summary_en: "harvest the configured sources now (progress on stderr, summary at the end)",
  usage: "odh harvest [--municipality CODE] [--dataset ID] [--source ID] [--force]   (ODH_SOURCES, DATABASE_URL, ODH_DATA_DIR)",
  optionHelp: [
    "--municipality CODE  この団体の取得元だけ / only sources of this municipality (6-digit code)",
    "--dataset ID         このデータセットだけ / only this dataset (e.g. aed)",
    "--source ID          この取得元だけ（複数可） / only this source id (repeatable)",
    "--force              変更がなくても取り込み直し、保留になるファイルも公開する / re-ingest even when nothing changed; publish a file that would be held",
    "",
    "保留 / held: 有効な行が公開中の版の半分以下に減ったファイル（行が欠けた: rows_dropped、行はあるが無効: rows_now_invalid）と、",
    "  最後の行の途中で切れたファイル（file_cut_off）は公開せず、前の版を公開したままにします。集計の「要対応」に理由が出ます。",
    "  保留・無効のファイルでは終了コードは変わりません（1 は取得元の失敗があるときだけ）。",
    "  A file whose valid rows fell to half of the published version's or fewer (rows missing: rows_dropped; rows there but",
    "  invalid: rows_now_invalid), or that stops inside its last row (file_cut_off), is not published: the last good version",
    "  stays. The summary's \"needs attention\" list says why. Held or invalid files exit 0; 1 only when a source failed.",
  ],
  options: {
    municipality: { type: "string" },
    dataset: { type: "string" },
    source: { type: "string", multiple: true },
    force: { type: "boolean" },
  },
  positionals: [0, 0],
  async run(args, io) {
    const municipality = args.values.municipality as string | undefined;
    const dataset = args.values.dataset as string | undefined;
    const ids = args.values.source as unknown as string[] | undefined;
    if (municipality !== undefined && !/^\d{6}$/.test(municipality)) {
      throw new UsageError(`--municipality は6桁の団体コードです / --municipality takes a 6-digit code, got "${municipality}"`);
    }
    if (dataset !== undefined && !DATASET_IDS.includes(dataset)) {
      throw new UsageError(`データセット「${dataset}」はありません / unknown dataset "${dataset}" (valid: ${DATASET_IDS.join(", ")})`);
    }
    const config = readConfig(io.env);
    const sources = loadSources(config.sourcesPath);
    const db = await openRuntimeDatabase(config);
    const progress = progressReporter(io.stderr);
    try {
      const result = await harvest(db, sources, {
        trigger: "cli",
        filter: { ...(municipality ? { municipality } : {}), ...(dataset ? { dataset } : {}), ...(ids?.length ? { ids } : {}) },
        force: args.values.force === true,
        onProgress: (e) => progress.onProgress(e),
      });
      progress.stop();
      io.stdout.write(formatSummary(result));
      return result.summary.failed > 0 ? 1 : 0;
    } finally {
      progress.stop();
      await db.close();
    }
  },
};
export default harvestCommand;
