// Every standard dataset, in the order of the official books.
import type { Dataset } from "./dataset.ts";
import { aed } from "./datasets/aed.ts";

export const DATASETS: readonly Dataset[] = [aed];

export const DATASET_IDS = DATASETS.map((d) => d.id);

export function getDataset(id: string): Dataset | undefined {
  return DATASETS.find((d) => d.id === id);
}
