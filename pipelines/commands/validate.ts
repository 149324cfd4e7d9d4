import { type Command } from "../command.ts";
import { EXIT_CODE_HELP, exitCodeOf, FILE_OPTION_HELP, FILE_OPTIONS, fileInput, harmonizeOptionsFrom, oneOf, parallelOptionsFrom } from "../file-args.ts";
import { type Lang, renderReport } from "../report-text.ts";
import { harmonizeText } from "../run.ts";

const validate: Command = {
  name: "validate",
  order: 40,
  summary_ja: "ファイルを標準データセットとして検証し、行・項目ごとの指摘と直し方を表示",
  summary_en: "validate a file against its standard dataset: issues by row and field, with the fix",
  usage: "odh validate FILE [--dataset ID|auto] [--municipality CODE] [--format text|json] [--lang ja|en]",
  optionHelp: [
    ...FILE_OPTION_HELP,
    "--format text|json    表示形式（既定 text） / output format (default text)",
    "--lang ja|en          text の言語（既定 ja） / language of the text output (default ja)",
    EXIT_CODE_HELP,
  ],
  options: { ...FILE_OPTIONS, format: { type: "string" }, lang: { type: "string" } },
  positionals: [1, 1],
  async run(args, io) {
    const options = harmonizeOptionsFrom(args.values);
    const format = oneOf(args.values.format, ["text", "json"] as const, "text", "format");
    const lang = oneOf<Lang>(args.values.lang, ["ja", "en"], "ja", "lang");
    const input = fileInput(args.positionals[0]);
    const report = await harmonizeText(input, options, { parallel: parallelOptionsFrom(args.values) });
    const exit = exitCodeOf(report);
    io.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report, input.fileName, lang, exit));
    return exit;
  },
};
export default validate;
