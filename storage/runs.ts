// Harvest and upload runs, and the outcome of each source in a run (one `run_sources` row per source).
// A source whose fetch failed has a run_sources row with status failed and the error text, and no version.
import type { Queryable } from "./db.ts";

export type RunTrigger = "start" | "schedule" | "cli" | "upload";
export type RunStatus = "running" | "ok" | "partial" | "failed";
export type SourceStatus = "ok" | "unchanged" | "failed" | "invalid";

export interface RunSummary {
  sources: number;
  ok: number;
  unchanged: number;
  invalid: number;
  failed: number;
  skipped: number;
  rows: number;
  valid_rows: number;
  invalid_rows: number;
  duration_ms: number;
}

export interface RunSourceRow {
  run_id: number;
  source_id: string;
  municipality_code: string;
  dataset_id: string;
  status: SourceStatus;
  started_at: Date;
  finished_at: Date;
  bytes: number | null;
  rows: number | null;
  valid: number | null;
  invalid: number | null;
  error: string | null;
  version_id: number | null;
}

export async function createRun(db: Queryable, trigger: RunTrigger): Promise<number> {
  const { rows } = await db.query<{ id: number }>("insert into runs (trigger, status) values ($1, 'running') returning id::int as id", [trigger]);
  return rows[0]!.id;
}

export async function finishRun(db: Queryable, id: number, status: RunStatus, summary: RunSummary | Record<string, unknown>): Promise<void> {
  await db.query("update runs set status = $2, finished_at = now(), summary = $3::jsonb where id = $1", [id, status, JSON.stringify(summary)]);
}

/** Runs left `running` by a process that died: marked failed so they do not look alive forever. */
export async function failAbandonedRuns(db: Queryable, olderThanHours = 6): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `update runs set status = 'failed', finished_at = now(), summary = summary || '{"interrupted": true}'::jsonb
     where status = 'running' and started_at < now() - make_interval(hours => $1::int) returning id::int as id`, [olderThanHours]);
  return rows.length;
}

/**
 * Embedded database only (its data dir is locked to one process): a `running` harvest run that started before this
 * process did belongs to a process that died. Upload runs are left alone.
 */
export async function failRunsStartedBefore(db: Queryable, processStarted: Date): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `update runs set status = 'failed', finished_at = now(), summary = summary || '{"interrupted": true}'::jsonb
     where status = 'running' and trigger <> 'upload' and started_at < $1 returning id::int as id`, [processStarted.toISOString()]);
  return rows.length;
}

export async function recordRunSource(db: Queryable, r: RunSourceRow): Promise<void> {
  await db.query(
    `insert into run_sources (run_id, source_id, municipality_code, dataset_id, status, started_at, finished_at, bytes, rows, valid, invalid, error, version_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     on conflict (run_id, source_id) do update set status = excluded.status, finished_at = excluded.finished_at, bytes = excluded.bytes,
       rows = excluded.rows, valid = excluded.valid, invalid = excluded.invalid, error = excluded.error, version_id = excluded.version_id`,
    [r.run_id, r.source_id, r.municipality_code, r.dataset_id, r.status, r.started_at.toISOString(), r.finished_at.toISOString(),
      r.bytes, r.rows, r.valid, r.invalid, r.error, r.version_id]);
}

export interface StoredRunSource extends Omit<RunSourceRow, "started_at" | "finished_at"> {
  started_at: string;
  finished_at: string | null;
}

export async function listRunSources(db: Queryable, runId: number): Promise<StoredRunSource[]> {
  const { rows } = await db.query<StoredRunSource>(
    `select run_id::int as run_id, source_id, municipality_code, dataset_id, status, started_at::text, finished_at::text,
       bytes, rows, valid, invalid, error, version_id::int as version_id
     from run_sources where run_id = $1 order by source_id`, [runId]);
  return rows;
}

export interface StoredRun { id: number; trigger: string; status: string; summary: Record<string, unknown> }

export async function getRunRow(db: Queryable, id: number): Promise<StoredRun | undefined> {
  const { rows } = await db.query<StoredRun>("select id::int as id, trigger, status, summary from runs where id = $1", [id]);
  return rows[0];
}
