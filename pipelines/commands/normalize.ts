import { type Command, type Io } from "../command.ts";
import { EXIT_CODE_HELP, exitCodeOf, FILE_OPTION_HELP, FILE_OPTIONS, fileInput, harmonizeOptionsFrom, oneOf, parallelOptionsFrom } from "../file-args.ts";
import { RECORD_FORMATS } from "../record-output.ts";
import { renderSummary } from "../report-text.ts";
import { harmonizeText } from "../run.ts";

/** Writes and waits for the stream to drain when its buffer is full, so a slow reader slows the run down. */
async function write(stream: Io["stdout"], text: string | Uint8Array): Promise<void> {
  if (text.length === 0 || stream.write(text)) return;
  await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
}

const normalize: Command = {
  name: "normalize",
  order: 41,
  summary_ja: "ファイルを標準の形（正規化したレコード）にして標準出力へ。集計は標準エラーへ",
  summary_en: "canonical records of a file on stdout; report summary on stderr",
  usage: "odh normalize FILE [--dataset ID|auto] [--municipality CODE] [--format ndjson|csv|json]",
  optionHelp: [
    ...FILE_OPTION_HELP,
    "--format ndjson|csv|json  出力形式（既定 ndjson：1行1レコード {row, valid, record, extra}；csv は標準の日本語見出しの後に extra の列。読めなかった値はセルのまま、分からない「1/空欄」の印は「不詳」） / output format (default ndjson; csv has the standard Japanese headers, then the extra columns; a value that did not read is its cell as written, an unknown 1/empty flag 不詳)",
    EXIT_CODE_HELP,
  ],
  options: { ...FILE_OPTIONS, format: { type: "string" } },
  positionals: [1, 1],
  async run(args, io) {
    const options = harmonizeOptionsFrom(args.values);
    const format = oneOf(args.values.format, RECORD_FORMATS, "ndjson", "format");
    const input = fileInput(args.positionals[0]);
    let written = false;
    const report = await harmonizeText(input, options, {
      format, onText: (text) => {
        written = true;
        return write(io.stdout, text);
      }, parallel: parallelOptionsFrom(args.values),
    });
    // a file that gave no records (unreadable, no dataset told) is still valid JSON on stdout: an empty array
    if (format === "json" && !written) await write(io.stdout, "[]\n");
    const exit = exitCodeOf(report);
    io.stderr.write(renderSummary(report, input.fileName, "ja", exit));
    return exit;
  },
};
export default normalize;
