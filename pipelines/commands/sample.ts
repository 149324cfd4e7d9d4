import path from "node:path";
import { projectPath } from "../../storage/project-root.ts";
import { type Command, UsageError } from "../command.ts";
import { DEFAULT_SEED } from "../sample/generate.ts";
import { writeSamples } from "../sample/write.ts";

const DATA_DIR = projectPath("data");

const sample: Command = {
  name: "sample",
  order: 70,
  summary_ja: "62区市町村のサンプルデータを決定的に生成（data/sources と sources.json）",
  summary_en: "generate the deterministic sample sources for the 62 municipalities (data/sources, sources.json)",
  usage: "odh sample [--out DIR] [--seed N]",
  optionHelp: [
    "--out DIR  出力先のデータフォルダ（既定: リポジトリの data/） / data folder to write (default: the repository's data/)",
    `--seed N   乱数の種（既定: ${DEFAULT_SEED}） / seed (default: ${DEFAULT_SEED}); the same seed gives the same bytes`,
  ],
  options: { out: { type: "string" }, seed: { type: "string" } },
  positionals: [0, 0],
  async run(args, io) {
    const seed = args.values.seed === undefined ? DEFAULT_SEED : Number(args.values.seed);
    if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed は0以上の整数です / --seed takes a non-negative integer, got "${args.values.seed}"`);
    const dir = path.resolve((args.values.out as string | undefined) ?? DATA_DIR);
    const summary = writeSamples(dir, seed);
    io.stderr.write(`odh sample: ${summary.files} ファイル / files, ${summary.rows} 行 / rows → ${dir}/sources ` +
      `(実データ・外部の取得元 ${summary.kept} 件はそのまま / ${summary.kept} real and remote entries kept)\n`);
    return 0;
  },
};
export default sample;
