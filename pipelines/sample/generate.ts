// The deterministic sample generator (`odh sample`): for each of the 62 municipalities and each sample dataset
// without a real file, a CSV as a municipality might publish it — headers from the dataset schema, plausible
// places inside the municipality, and the problems of real files. Same seed → same bytes.
import type { Dataset } from "../../schemas/dataset.ts";
import { getDataset } from "../../schemas/index.ts";
import { encodeCp932 } from "./cp932.ts";
import { type Area, readAreas } from "./geography.ts";
import { random, seedOf } from "./random.ts";
import { THEMES } from "./themes.ts";
import { type RowContext, placeFor, valueFor } from "./values.ts";
import { type FileVariant, applyVariant, chooseVariant, fileColumns, toWareki } from "./variants.ts";

/** Datasets every municipality gets a sample of (where it has no real file). */
export const SAMPLE_DATASETS = ["aed", "evacuation_space", "public_toilet", "public_facility", "preschool", "public_wireless_lan", "population"] as const;
export const DEFAULT_SEED = 2025;
/** the 基準日 written into sample population files */
const SURVEY_DATE = "2025-01-01";

export interface SampleFile {
  municipality: string;
  dataset: string;
  /** relative to the data folder: sources/<code>/<code>_<dataset>.csv */
  path: string;
  bytes: Uint8Array;
  rows: number;
  variant: FileVariant;
}

export function rowRange(area: Area, dataset: string): [number, number] {
  const [min, max] = THEMES[dataset]!.rows;
  if (area.area === "島しょ") return [20, 30];
  if (area.kind === "町" || area.kind === "村") return [20, Math.min(max, 50)];
  return [min, max];
}

export function generateFile(area: Area, dataset: Dataset, seed = DEFAULT_SEED): SampleFile {
  const theme = THEMES[dataset.id];
  if (!theme) throw new Error(`no sample theme for dataset ${dataset.id}`);
  const rng = random(seedOf(`${seed}/${area.code}/${dataset.id}`));
  const variant = chooseVariant(dataset, rng.fork("variant"));
  const [min, max] = rowRange(area, dataset.id);
  const count = rng.fork("count").int(min, max);
  const columns = fileColumns(dataset, variant);
  const rows: Array<Record<string, string>> = [];
  const values = rng.fork("values");
  for (let row = 1; row <= count; row++) {
    const place = placeFor(area, theme, row, values);
    const ctx: RowContext = { rng: values, area, dataset, theme, row, place, surveyDate: SURVEY_DATE, values: {} };
    // every column is generated (also dropped ones) so later sums see their parts; the file writes only `columns`
    for (const column of dataset.columns) ctx.values[column.key] = valueFor(column, ctx);
    rows.push(ctx.values);
  }
  applyVariant(rows, dataset, variant, area, rng.fork("problems"));
  const lines: string[] = [];
  if (variant.title !== "none") {
    lines.push(csvLine([`${area.name_ja}${dataset.ja}（${toWareki("2025-04-01", "long")}現在）`, ...(rng.chance(0.5) ? Array(columns.length - 1).fill("") : [])]));
    if (variant.title === "title_blank") lines.push("");
  }
  lines.push(csvLine(columns.map((c) => c.header)));
  for (const r of rows) lines.push(csvLine(columns.map((c) => r[c.column.key] ?? "")));
  const text = lines.join(variant.eol) + variant.eol;
  return {
    municipality: area.code,
    dataset: dataset.id,
    path: `sources/${area.code}/${area.code}_${dataset.id}.csv`,
    bytes: encode(text, variant.encoding),
    rows: count,
    variant,
  };
}

function encode(text: string, encoding: FileVariant["encoding"]): Uint8Array {
  if (encoding === "cp932") return encodeCp932(text);
  const utf8 = new TextEncoder().encode(text);
  if (encoding === "utf-8") return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
}

/** Every sample file, skipping the (municipality, dataset) pairs in `skip` ("131067/public_toilet"). */
export function generateSamples(options: { seed?: number; skip?: ReadonlySet<string>; areas?: readonly Area[] } = {}): SampleFile[] {
  const files: SampleFile[] = [];
  for (const area of options.areas ?? readAreas()) {
    for (const id of SAMPLE_DATASETS) {
      if (options.skip?.has(`${area.code}/${id}`)) continue;
      const dataset = getDataset(id);
      if (!dataset) throw new Error(`dataset ${id} is not in schemas/`);
      files.push(generateFile(area, dataset, options.seed ?? DEFAULT_SEED));
    }
  }
  return files;
}
