// The catalog as the API shows it: one summary per standard dataset, built from the schemas and what is published.
import { type Column, yieldingHeaders } from "../schemas/column.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { DATASETS } from "../schemas/index.ts";
import { kindOf } from "../schemas/types.ts";
import type { PublishedPair } from "../storage/catalog.ts";
import type { DatasetDetail, DatasetSummary } from "./contracts.ts";
import type { Urls } from "./urls.ts";

export function datasetSummary(dataset: Dataset, pairs: readonly PublishedPair[], urls: Urls): DatasetSummary {
  const mine = pairs.filter((p) => p.dataset_id === dataset.id);
  const lastUpdated = mine.reduce<string | null>((acc, p) => (acc === null || p.published_at > acc ? p.published_at : acc), null);
  return {
    id: dataset.id,
    number: dataset.number,
    title_ja: dataset.ja,
    title_en: dataset.en,
    description_ja: dataset.description_ja ?? dataset.ja,
    description_en: dataset.description_en ?? dataset.en,
    municipality_count: mine.length,
    municipalities: mine.map((p) => p.municipality_code),
    record_count: mine.reduce((n, p) => n + p.valid, 0),
    last_updated: lastUpdated,
    licenses: [...new Set(mine.map((p) => p.license).filter((l): l is string => !!l))].sort(),
    sample: mine.some((p) => p.sample),
    links: {
      self: urls.dataset(dataset.id),
      records: urls.records(dataset.id),
      schema: urls.schema(dataset.id),
      csv: urls.records(dataset.id, { format: "csv" }),
      geojson: urls.records(dataset.id, { format: "geojson" }),
      dcat: urls.datasetDcat(dataset.id),
    },
  };
}

export function datasetDetail(dataset: Dataset, pairs: readonly PublishedPair[], urls: Urls): DatasetDetail {
  return {
    ...datasetSummary(dataset, pairs, urls),
    columns: dataset.columns.map((c) => ({
      key: c.key, ja: c.ja, en: c.en, kind: kindOf(c.type), requirement: c.requirement, aliases: catalogAliases(c),
      ...(c.description ? { description: c.description } : {}),
    })),
  };
}

/** A column's aliases with its yielding ones (地区 of an area), each once: they name it too, when no better header does. */
function catalogAliases(c: Column): string[] {
  const aliases = c.aliases ?? [];
  return [...aliases, ...yieldingHeaders(c).filter((h) => !aliases.includes(h))];
}

export function allSummaries(pairs: readonly PublishedPair[], urls: Urls): DatasetSummary[] {
  return DATASETS.map((d) => datasetSummary(d, pairs, urls));
}
