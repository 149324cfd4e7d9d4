// Versions and the published pointer.
//
// How an ingest is stored (pipelines/publish.ts drives it):
//   1. harmonized rows are written batch by batch into `staged_records` under a random stage id (one statement
//      per batch). Nothing reads staged rows, so a crash or kill here leaves the published version untouched.
//   2. publishVersion(): ONE transaction inserts the `versions` row, copies the staged rows into `records`,
//      switches `published` to the new version and deletes the records of the pair's older versions. The older
//      `versions` rows (and their reports) stay for history.
//   3. A file with no valid row (or an unreadable file) gets a `versions` row with its report and no records,
//      and is never published: recordVersion().
// So every finished ingest leaves exactly one `versions` row, and THE LATEST REPORT of a (municipality, dataset)
// is the report of its `versions` row with the highest id (published or not) — see latestVersion(). Fetch
// failures never reach `versions`; they are in `run_sources` (status failed, error) — see storage/runs.ts.
import type { Report } from "../pipelines/report.ts";
import type { Db, Queryable } from "./db.ts";

/** One canonical record ready to store. */
export interface StagedRow {
  row_number: number;
  record_id: string;
  name: string | null;
  search_text: string;
  latitude: number | null;
  longitude: number | null;
  data: Record<string, unknown>;
  extra: Record<string, string>;
}

export interface NewVersion {
  municipality_code: string;
  dataset_id: string;
  source_id: string;
  run_id: number | null;
  raw_sha256: string | null;
  /** sha256 of the file as it is read: of the file inside a gzip, else of the raw bytes */
  content_sha256: string | null;
  source_url: string | null;
  license: string | null;
  attribution: string | null;
  sample: boolean;
  report: Report;
}

export interface VersionInfo {
  id: number;
  municipality_code: string;
  dataset_id: string;
  source_id: string;
  raw_sha256: string | null;
  /** null for a version stored before content hashes were kept (migration 007) */
  content_sha256: string | null;
  source_url: string | null;
  license: string | null;
  attribution: string | null;
  sample: boolean;
  rows: number;
  valid: number;
  invalid: number;
  report: Report;
  published: boolean;
}

/** JSON text that PostgreSQL accepts: text and jsonb cannot hold U+0000. */
export function toJsonText(value: unknown): string {
  // fast path: JSON writes U+0000 as the escape \u0000, so text without that sequence has no NUL to remove
  const text = JSON.stringify(value);
  if (!text.includes("\\u0000")) return text;
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" && v.includes("\u0000") ? v.replaceAll("\u0000", "") : v));
}

/** Writes one batch of staged rows in one statement. */
export async function stageRows(db: Queryable, stageId: string, rows: readonly StagedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `insert into staged_records (stage_id, row_number, record_id, name, search_text, latitude, longitude, data, extra)
     select $1, r.row_number, r.record_id, r.name, r.search_text, r.latitude, r.longitude, r.data, r.extra
     from jsonb_to_recordset($2::jsonb) as r(row_number int, record_id text, name text, search_text text,
       latitude double precision, longitude double precision, data jsonb, extra jsonb)`,
    [stageId, toJsonText(rows)]);
}

export async function dropStage(db: Queryable, stageId: string): Promise<void> {
  await db.query("delete from staged_records where stage_id = $1", [stageId]);
}

/** Removes rows left by ingests that crashed or were killed (older than `hours`). */
export async function dropStaleStages(db: Queryable, hours = 24): Promise<void> {
  await db.query("delete from staged_records where staged_at < now() - make_interval(hours => $1::int)", [hours]);
}

const INSERT_VERSION = `insert into versions (municipality_code, dataset_id, source_id, run_id, raw_sha256, source_url, license,
    attribution, sample, rows, valid, invalid, report, content_sha256)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14) returning id::int as id`;

function versionParams(v: NewVersion): unknown[] {
  return [v.municipality_code, v.dataset_id, v.source_id, v.run_id, v.raw_sha256, v.source_url, v.license, v.attribution,
    v.sample, v.report.rows, v.report.valid, v.report.invalid, toJsonText(v.report), v.content_sha256];
}

/** A version that is stored for its report only (no valid rows, unreadable file): never published. */
export async function recordVersion(db: Queryable, v: NewVersion): Promise<number> {
  const { rows } = await db.query<{ id: number }>(INSERT_VERSION, versionParams(v));
  return rows[0]!.id;
}

/** The atomic publish: new version + its records + the published pointer + cleanup, in one transaction. */
export async function publishVersion(db: Db, v: NewVersion, stageId: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext($1))", [`publish/${v.municipality_code}/${v.dataset_id}`]);
    const { rows } = await tx.query<{ id: number }>(INSERT_VERSION, versionParams(v));
    const id = rows[0]!.id;
    await tx.query(
      `insert into records (version_id, row_number, record_id, municipality_code, dataset_id, name, search_text, latitude, longitude, data, extra)
       select $1, s.row_number, s.record_id, $2, $3, s.name, s.search_text, s.latitude, s.longitude, s.data, s.extra
       from staged_records s where s.stage_id = $4`,
      [id, v.municipality_code, v.dataset_id, stageId]);
    await tx.query("delete from staged_records where stage_id = $1", [stageId]);
    await tx.query(
      `insert into published (municipality_code, dataset_id, version_id) values ($1, $2, $3)
       on conflict (municipality_code, dataset_id) do update set version_id = excluded.version_id, published_at = now()`,
      [v.municipality_code, v.dataset_id, id]);
    await tx.query("delete from records where municipality_code = $1 and dataset_id = $2 and version_id <> $3",
      [v.municipality_code, v.dataset_id, id]);
    return id;
  });
}

const VERSION_COLUMNS = `v.id::int as id, v.municipality_code, v.dataset_id, v.source_id, v.raw_sha256, v.content_sha256, v.source_url, v.license,
  v.attribution, v.sample, v.rows, v.valid, v.invalid, v.report, (p.version_id is not null) as published`;

/** The newest version of a pair, published or not: its report is the pair's latest report. */
export async function latestVersion(db: Queryable, municipality: string, dataset: string): Promise<VersionInfo | undefined> {
  const { rows } = await db.query<VersionInfo>(
    `select ${VERSION_COLUMNS} from versions v left join published p on p.version_id = v.id
     where v.municipality_code = $1 and v.dataset_id = $2 order by v.id desc limit 1`, [municipality, dataset]);
  return rows[0];
}

export type VersionHead = Omit<VersionInfo, "report">;

/** latestVersion() without the report: what the "nothing changed" check needs, cheap for hundreds of sources. */
export async function latestVersionHead(db: Queryable, municipality: string, dataset: string): Promise<VersionHead | undefined> {
  const { rows } = await db.query<VersionHead>(
    `select ${VERSION_COLUMNS.replace(", v.report,", ",")} from versions v left join published p on p.version_id = v.id
     where v.municipality_code = $1 and v.dataset_id = $2 order by v.id desc limit 1`, [municipality, dataset]);
  return rows[0];
}

/** The newest version one source produced (a harvest source, or `upload:…`): whether that source changed since. */
export async function latestSourceVersionHead(db: Queryable, municipality: string, dataset: string, sourceId: string): Promise<VersionHead | undefined> {
  const { rows } = await db.query<VersionHead>(
    `select ${VERSION_COLUMNS.replace(", v.report,", ",")} from versions v left join published p on p.version_id = v.id
     where v.municipality_code = $1 and v.dataset_id = $2 and v.source_id = $3 order by v.id desc limit 1`,
    [municipality, dataset, sourceId]);
  return rows[0];
}

/** The valid rows of the version a pair serves now if `sourceId` gave it (undefined when another source, an upload or
 *  a bundled sample did, or none is published). */
export async function publishedValidRowsOf(db: Queryable, municipality: string, dataset: string, sourceId: string): Promise<number | undefined> {
  const { rows } = await db.query<{ valid: number }>(
    `select v.valid from published p join versions v on v.id = p.version_id
     where p.municipality_code = $1 and p.dataset_id = $2 and v.source_id = $3 and not v.sample`, [municipality, dataset, sourceId]);
  return rows[0]?.valid;
}

/** The stored report of one version. */
export async function versionReport(db: Queryable, id: number): Promise<Report | undefined> {
  const { rows } = await db.query<{ report: Report }>("select report from versions where id = $1", [id]);
  return rows[0]?.report;
}

/** The version a pair serves now, if any. */
export async function publishedVersion(db: Queryable, municipality: string, dataset: string): Promise<VersionInfo | undefined> {
  const { rows } = await db.query<VersionInfo>(
    `select ${VERSION_COLUMNS} from published p join versions v on v.id = p.version_id
     where p.municipality_code = $1 and p.dataset_id = $2`, [municipality, dataset]);
  return rows[0];
}

/** How many versions exist at all (an empty database gets a first harvest at start). */
export async function countVersions(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>("select count(*)::int as n from versions");
  return rows[0]?.n ?? 0;
}
