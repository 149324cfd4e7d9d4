// Sources as data (contract E): data/sources.json, or the file named by ODH_SOURCES. Validated with zod when
// loaded; a bad entry is named by its index and id, with the field and what is wrong with it.
import { readFileSync } from "node:fs";
import path from "node:path";
import cron from "node-cron";
import * as z from "zod";
import { DATASET_IDS } from "../../schemas/index.ts";
import { isValidCode } from "../../schemas/local-government-code.ts";
import { projectPath } from "../../storage/project-root.ts";

export const DEFAULT_SOURCES_PATH = projectPath("data", "sources.json");
/** nightly, 03:00 Asia/Tokyo */
export const DEFAULT_SCHEDULE = "0 3 * * *";
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, "lower-case letters, digits, _ . - (e.g. 131041-aed)"),
  municipality: z.string().refine(isValidCode, "a 6-digit 全国地方公共団体コード with a valid check digit"),
  dataset: z.string().refine((id) => DATASET_IDS.includes(id), `one of ${DATASET_IDS.join(", ")}`),
  enabled: z.boolean().default(true),
  schedule: z.string().refine((s) => cron.validate(s), "a cron expression such as \"0 3 * * *\"").default(DEFAULT_SCHEDULE),
  /** decoder hint; sniffed when absent */
  encoding: z.string().min(1).optional(),
  license: z.string().min(1),
  attribution: z.string().min(1),
  /** generated sample data, not the municipality's own file */
  sample: z.boolean().default(false),
  /** free text for people: where the file came from */
  note: z.string().optional(),
};

/** Fetch limits of http and ckan sources. */
const remote = {
  /** allow loopback/private/link-local addresses: true, or a list of "host" / "host:port" (tests, intranets) */
  allow_private: z.union([z.boolean(), z.array(z.string().min(1))]).default(false),
  timeout_ms: z.int().positive().default(60_000),
  connect_timeout_ms: z.int().positive().default(10_000),
  max_bytes: z.int().positive().default(DEFAULT_MAX_BYTES),
  retries: z.int().min(0).max(10).default(3),
};

export const FileSource = z.strictObject({
  ...common,
  type: z.literal("file"),
  /** relative to the folder of the sources file */
  path: z.string().min(1),
  /** where the file was published originally (kept with each version) */
  source_url: z.url().optional(),
});

export const HttpSource = z.strictObject({ ...common, ...remote, type: z.literal("http"), url: z.url() });

export const CkanQuery = z.strictObject({
  base_url: z.url(),
  /** e.g. t131032 (Tokyo) or 131032 (BODIK) */
  organization: z.string().min(1).optional(),
  /** all must be present, e.g. ["自治体標準オープンデータセット", "AED設置箇所"] */
  tags: z.array(z.string().min(1)).optional(),
  /** words the dataset title must contain (BODIK `title:` search) */
  title: z.string().min(1).optional(),
});

export const CkanSource = z.strictObject({ ...common, ...remote, type: z.literal("ckan"), ckan: CkanQuery });

export const Source = z.discriminatedUnion("type", [FileSource, HttpSource, CkanSource]);
export type Source = z.infer<typeof Source>;
export type FileSource = z.infer<typeof FileSource>;
export type HttpSource = z.infer<typeof HttpSource>;
export type CkanSource = z.infer<typeof CkanSource>;
export type RemoteSource = HttpSource | CkanSource;

export interface SourcesConfig {
  /** the file they were read from */
  file: string;
  /** relative file paths resolve against this folder */
  dir: string;
  sources: Source[];
}

export class SourcesConfigError extends Error {
  readonly code = "ODH_SOURCES_INVALID";
}

export function loadSources(file = DEFAULT_SOURCES_PATH): SourcesConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new SourcesConfigError(`${file}: 設定ファイルを読めません / cannot read the sources file: ${(err as Error).message}`);
  }
  return { file, dir: path.dirname(path.resolve(file)), sources: parseSources(raw, file) };
}

/** Validates a parsed sources list: every problem, each naming entry, id and field. */
export function parseSources(raw: unknown, file = "sources.json"): Source[] {
  const parsed = z.array(Source).safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const [index, ...field] = i.path;
      if (typeof index !== "number") return `${file}: ${i.message}`;
      const id = (Array.isArray(raw) && typeof raw[index]?.id === "string") ? ` (id "${raw[index].id}")` : "";
      const where = field.length ? `field "${field.join(".")}"` : "entry";
      return `${file}: entry ${index}${id}: ${where}: ${i.message}`;
    });
    throw new SourcesConfigError(`sources.json の記述に誤りがあります / invalid sources config:\n  ${lines.join("\n  ")}`);
  }
  const problems = [...duplicateIds(parsed.data), ...duplicatePairs(parsed.data)].map((p) => `${file}: ${p}`);
  if (problems.length) throw new SourcesConfigError(`sources.json の記述に誤りがあります / invalid sources config:\n  ${problems.join("\n  ")}`);
  return parsed.data;
}

function duplicateIds(sources: Source[]): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  sources.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first !== undefined) out.push(`entry ${i} (id "${s.id}"): field "id": also used by entry ${first}`);
    else seen.set(s.id, i);
  });
  return out;
}

/** Two enabled sources for one (municipality, dataset) would replace each other's data on every run. */
function duplicatePairs(sources: Source[]): string[] {
  const seen = new Map<string, Source>();
  const out: string[] = [];
  for (const [i, s] of sources.entries()) {
    if (!s.enabled) continue;
    const key = `${s.municipality}/${s.dataset}`;
    const other = seen.get(key);
    if (other) out.push(`entry ${i} (id "${s.id}"): field "enabled": source "${other.id}" already publishes ${key}; disable one of them`);
    else seen.set(key, s);
  }
  return out;
}

export interface SourceFilter { municipality?: string; dataset?: string; ids?: readonly string[] }

/** Enabled sources, narrowed by municipality / dataset / id. */
export function selectSources(sources: readonly Source[], filter: SourceFilter = {}): Source[] {
  return sources.filter((s) => s.enabled
    && (!filter.municipality || s.municipality === filter.municipality)
    && (!filter.dataset || s.dataset === filter.dataset)
    && (!filter.ids || filter.ids.includes(s.id)));
}
