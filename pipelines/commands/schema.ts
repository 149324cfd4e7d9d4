import { DATASETS, getDataset } from "../../schemas/index.ts";
import { datasetJsonSchema } from "../../schemas/json-schema.ts";
import { type Command, UsageError } from "../command.ts";

const schema: Command = {
  name: "schema",
  order: 60,
  summary_ja: "データセットのJSON Schemaを表示（IDなしで一覧）",
  summary_en: "print a dataset's JSON Schema (no id: list the datasets)",
  usage: "odh schema [ID]",
  optionHelp: ["ID  データセットID（例: aed） / dataset id, e.g. aed; omit it to list the datasets"],
  options: {},
  positionals: [0, 1],
  async run(args, io) {
    const [id] = args.positionals;
    if (id === undefined) {
      const width = Math.max(...DATASETS.map((d) => d.id.length));
      io.stdout.write(DATASETS.map((d) => `${d.number}  ${d.id.padEnd(width)}  ${d.ja} / ${d.en}\n`).join(""));
      return 0;
    }
    const dataset = getDataset(id);
    if (!dataset) {
      throw new UsageError(`データセット「${id}」はありません / unknown dataset "${id}". ` +
        `有効なID / valid ids: ${DATASETS.map((d) => d.id).join(", ")}`);
    }
    io.stdout.write(`${JSON.stringify(datasetJsonSchema(dataset), null, 2)}\n`);
    return 0;
  },
};
export default schema;
