// Coverage: one cell per (municipality, dataset), from what is published and the last attempt of each pair.
import type { Dataset } from "../schemas/dataset.ts";
import type { LastAttempt, PublishedPair } from "../storage/catalog.ts";
import { originOf } from "../storage/uploads.ts";
import type { Municipality } from "../storage/municipalities.ts";
import type { Coverage, CoverageCell } from "./contracts.ts";

const FAILED_ATTEMPTS = new Set(["failed", "invalid"]);

const attemptNote = (status: string) => status === "invalid"
  ? "有効な行がありませんでした（検証レポートを参照）/ no valid rows (see the report)"
  : `最後の取り込み: ${status} / last attempt: ${status}`;

export function coverageCell(municipality: string, dataset: string, pub: PublishedPair | undefined, last: LastAttempt | undefined): CoverageCell {
  const lastHarvest = last ? last.finished_at ?? last.started_at : null;
  // an attempt that failed after (or without) the published version: the older version keeps serving
  const lastError = last && FAILED_ATTEMPTS.has(last.status) && (!pub || last.version_id !== pub.version_id)
    ? last.error ?? attemptNote(last.status) : null;
  if (pub) {
    return {
      municipality_code: municipality, dataset_id: dataset, status: pub.has_errors ? "with_errors" : "published",
      rows: pub.rows, valid: pub.valid, invalid: pub.invalid, valid_share: pub.rows > 0 ? pub.valid / pub.rows : null,
      last_updated: pub.published_at, last_harvest: lastHarvest, last_error: lastError, sample: pub.sample, version_id: pub.version_id,
      origin: originOf(pub.source_id),
    };
  }
  const rows = last?.rows ?? 0, valid = last?.valid ?? 0;
  return {
    municipality_code: municipality, dataset_id: dataset, status: !last ? "missing" : last.status === "invalid" ? "no_valid_rows" : "failed",
    rows, valid, invalid: last?.invalid ?? 0, valid_share: last && rows > 0 ? valid / rows : null,
    last_updated: null, last_harvest: lastHarvest, last_error: last ? lastError ?? attemptNote(last.status) : null, sample: false, version_id: null,
    origin: null,
  };
}

export function buildCoverage(datasets: readonly Dataset[], municipalities: readonly Municipality[],
  published: readonly PublishedPair[], attempts: readonly LastAttempt[]): Coverage {
  const key = (m: string, d: string) => `${m}/${d}`;
  const pubs = new Map(published.map((p) => [key(p.municipality_code, p.dataset_id), p]));
  const lasts = new Map(attempts.map((a) => [key(a.municipality_code, a.dataset_id), a]));
  const cells = municipalities.flatMap((m) => datasets.map((d) =>
    coverageCell(m.code, d.id, pubs.get(key(m.code, d.id)), lasts.get(key(m.code, d.id)))));
  const totals = { published: 0, with_errors: 0, no_valid_rows: 0, failed: 0, missing: 0 };
  for (const c of cells) totals[c.status] += 1;
  return {
    datasets: datasets.map((d) => ({ id: d.id, title_ja: d.ja, title_en: d.en })),
    municipalities: municipalities.map(({ code, name_ja, name_en, area, kind }) => ({ code, name_ja, name_en, area, kind })),
    cells,
    totals,
  };
}
