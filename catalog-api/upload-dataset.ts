// The dataset of an officer's upload: the one chosen in the form, or the one the file reads as (file name, then header,
// as `odh validate` detects it); and a file whose header clearly reads as another dataset than the chosen one is an
// error for an upload, not a warning: publishing it would replace the chosen dataset with other data.
import type { Report } from "../pipelines/report.ts";
import { type Issue, issue } from "../pipelines/issues.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { DATASETS, getDataset } from "../schemas/index.ts";

/** True when the form left the dataset to detection (no dataset, or `auto`). */
export const isAuto = (dataset: string | undefined): boolean => dataset === undefined || dataset === "" || dataset === "auto";

/** 「01 公共施設一覧、02 文化財一覧、…」: the names an officer sees in the form's dataset list. */
export const datasetNamesJa = (): string => DATASETS.map((d) => `${d.number} ${d.ja}（${d.id}）`).join("、");
export const datasetNamesEn = (): string => DATASETS.map((d) => `${d.number} ${d.en} (${d.id})`).join(", ");

/** The dataset a dry run with `auto` read the file as, or undefined when neither its name nor its header told. */
export const detectedDataset = (report: Report): Dataset | undefined => (report.dataset ? getDataset(report.dataset) : undefined);

/** The dataset a `dataset_mismatch` issue says the header fits; its value starts with that id (pipelines/table.ts). */
const fittingDataset = (found: Issue): Dataset | undefined => DATASETS.find((d) => found.value?.startsWith(`${d.id}（`));

/** The report as an upload reads it: a header that fits another dataset becomes an error naming both datasets. */
export function asUploadReport(report: Report, chosen: Dataset): Report {
  if (!report.issues.some((i) => i.code === "dataset_mismatch")) return report;
  const issues = report.issues.map((i) => {
    const other = i.code === "dataset_mismatch" ? fittingDataset(i) : undefined;
    return other ? issue("upload_dataset_mismatch", { value: other.id, detail: chosen.id }) : i;
  });
  return { ...report, issues };
}
