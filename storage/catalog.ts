// Catalog-level reads: what is published per (municipality, dataset), coverage, stored reports, runs.
import type { Report } from "../pipelines/report.ts";
import type { Queryable } from "./db.ts";

const iso = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** CKAN's naive UTC timestamp with microseconds, e.g. 2026-09-04T02:59:41.451371 */
const ckanTime = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

/** One published (municipality, dataset) pair with the facts of its version. */
export interface PublishedPair {
  municipality_code: string;
  dataset_id: string;
  version_id: number;
  source_id: string;
  source_url: string | null;
  license: string | null;
  attribution: string | null;
  sample: boolean;
  rows: number;
  valid: number;
  invalid: number;
  /** the version's report has error issues (some rows were rejected) */
  has_errors: boolean;
  raw_size: number | null;
  published_at: string;
  /** CKAN form of published_at */
  modified: string;
  /** CKAN form of the first publish of the pair */
  created: string;
}

export async function listPublished(db: Queryable, filter: { dataset?: string; municipality?: string } = {}): Promise<PublishedPair[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.dataset) { params.push(filter.dataset); where.push(`p.dataset_id = $${params.length}`); }
  if (filter.municipality) { params.push(filter.municipality); where.push(`p.municipality_code = $${params.length}`); }
  const { rows } = await db.query<PublishedPair>(
    `select p.municipality_code, p.dataset_id, p.version_id::int as version_id, v.source_id, v.source_url, v.license,
       v.attribution, v.sample, v.rows, v.valid, v.invalid,
       (v.invalid > 0 or coalesce(v.report->'issues' @> '[{"severity":"error"}]'::jsonb, false)) as has_errors,
       f.size as raw_size, ${iso("p.published_at")} as published_at, ${ckanTime("p.published_at")} as modified,
       ${ckanTime("(select min(w.created_at) from versions w where w.municipality_code = p.municipality_code and w.dataset_id = p.dataset_id)")} as created
     from published p
     join versions v on v.id = p.version_id
     left join raw_files f on f.sha256 = v.raw_sha256
     ${where.length ? `where ${where.join(" and ")}` : ""}
     order by p.dataset_id, p.municipality_code`, params);
  return rows;
}

/** When each municipality's row was created (loaded from the registry), in CKAN's form: an organization's `created`. */
export async function listOrganizationCreated(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ code: string; created: string }>(`select code, ${ckanTime("created_at")} as created from municipalities`);
  return new Map(rows.map((r) => [r.code, r.created]));
}

/** The latest harvest/upload attempt of each pair, from run_sources. */
export interface LastAttempt {
  municipality_code: string;
  dataset_id: string;
  status: string;
  finished_at: string | null;
  started_at: string;
  rows: number | null;
  valid: number | null;
  invalid: number | null;
  error: string | null;
  version_id: number | null;
}

export async function listLastAttempts(db: Queryable, municipality?: string): Promise<LastAttempt[]> {
  const { rows } = await db.query<LastAttempt>(
    `select distinct on (s.municipality_code, s.dataset_id)
       s.municipality_code, s.dataset_id, s.status, ${iso("s.finished_at")} as finished_at, ${iso("s.started_at")} as started_at,
       s.rows, s.valid, s.invalid, s.error, s.version_id::int as version_id
     from run_sources s
     ${municipality ? "where s.municipality_code = $1" : ""}
     order by s.municipality_code, s.dataset_id, s.started_at desc, s.run_id desc`, municipality ? [municipality] : []);
  return rows;
}

/** The latest stored version of a pair (published or not) with its report. */
export interface StoredReport {
  version_id: number;
  created_at: string;
  source_url: string | null;
  source_id: string;
  published_version_id: number | null;
  report: Report;
}

export async function latestReport(db: Queryable, municipality: string, dataset: string): Promise<StoredReport | undefined> {
  const { rows } = await db.query<StoredReport>(
    `select v.id::int as version_id, ${iso("v.created_at")} as created_at, v.source_url, v.source_id, v.report,
       (select p.version_id::int from published p where p.municipality_code = v.municipality_code and p.dataset_id = v.dataset_id) as published_version_id
     from versions v where v.municipality_code = $1 and v.dataset_id = $2
     order by v.id desc limit 1`, [municipality, dataset]);
  return rows[0];
}

export interface Run {
  id: number;
  trigger: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  summary: Record<string, unknown>;
}

export interface RunSource {
  source_id: string;
  municipality_code: string;
  dataset_id: string;
  status: string;
  started_at: string;
  finished_at: string | null;
  bytes: number | null;
  rows: number | null;
  valid: number | null;
  invalid: number | null;
  error: string | null;
  version_id: number | null;
}

const RUN_COLUMNS = `r.id::int as id, r.trigger, r.status, ${iso("r.started_at")} as started_at, ${iso("r.finished_at")} as finished_at, r.summary`;

export async function listRuns(db: Queryable, limit = 50): Promise<Run[]> {
  const { rows } = await db.query<Run>(`select ${RUN_COLUMNS} from runs r order by r.id desc limit $1`, [limit]);
  return rows;
}

export async function getRun(db: Queryable, id: number): Promise<(Run & { sources: RunSource[] }) | undefined> {
  const { rows } = await db.query<Run>(`select ${RUN_COLUMNS} from runs r where r.id = $1`, [id]);
  if (!rows[0]) return undefined;
  const sources = await db.query<RunSource>(
    `select s.source_id, s.municipality_code, s.dataset_id, s.status, ${iso("s.started_at")} as started_at,
       ${iso("s.finished_at")} as finished_at, s.bytes, s.rows, s.valid, s.invalid, s.error, s.version_id::int as version_id
     from run_sources s where s.run_id = $1 order by s.municipality_code, s.dataset_id, s.source_id`, [id]);
  return { ...rows[0], sources: sources.rows };
}
