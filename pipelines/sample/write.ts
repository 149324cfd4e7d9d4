// Writes the sample files under <data>/sources/<code>/ and their entries into <data>/sources.json. Entries that
// are not samples (real files, http and ckan sources) are kept as they are, and their pairs get no sample.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseSources } from "../sources/config.ts";
import { readAreas } from "./geography.ts";
import { DEFAULT_SEED, type SampleFile, generateSamples } from "./generate.ts";

export interface SampleSummary { files: number; rows: number; kept: number }

const SAMPLE_LICENSE = "CC0 1.0";

function sampleEntry(f: SampleFile, names: ReadonlyMap<string, string>): Record<string, unknown> {
  const name = names.get(f.municipality) ?? f.municipality;
  return {
    id: `${f.municipality}-${f.dataset}`,
    municipality: f.municipality,
    dataset: f.dataset,
    type: "file",
    path: f.path,
    license: SAMPLE_LICENSE,
    attribution: `tokyo-opendata-hub 生成サンプル（${name}の実データではありません） / generated sample data, not published by ${name}`,
    sample: true,
  };
}

export function writeSamples(dataDir: string, seed = DEFAULT_SEED): SampleSummary {
  const configFile = path.join(dataDir, "sources.json");
  const existing: Array<Record<string, unknown>> = existsSync(configFile) ? JSON.parse(readFileSync(configFile, "utf8")) : [];
  const kept = existing.filter((e) => e.sample !== true);
  for (const old of existing.filter((e) => e.sample === true && typeof e.path === "string")) {
    rmSync(path.join(dataDir, old.path as string), { force: true });
  }
  const skip = new Set(kept.filter((e) => e.enabled !== false).map((e) => `${e.municipality}/${e.dataset}`));
  const areas = readAreas();
  const files = generateSamples({ seed, skip, areas });
  for (const f of files) {
    const target = path.join(dataDir, f.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.bytes);
  }
  const names = new Map(areas.map((a) => [a.code, a.name_ja]));
  const entries = [...kept, ...files.map((f) => sampleEntry(f, names))].sort((a, b) =>
    String(a.municipality).localeCompare(String(b.municipality)) || String(a.dataset).localeCompare(String(b.dataset))
    || Number(a.enabled === false) - Number(b.enabled === false) || String(a.id).localeCompare(String(b.id)));
  parseSources(entries, configFile);
  writeFileSync(configFile, `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(",\n")}\n]\n`);
  return { files: files.length, rows: files.reduce((n, f) => n + f.rows, 0), kept: kept.length };
}
