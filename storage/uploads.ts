// The log of officer uploads: every attempt, accepted or not, with its report.
import type { Report } from "../pipelines/report.ts";
import type { Queryable } from "./db.ts";

/** The source id of a pair's officer uploads: versions from it are uploads, all others came from a harvest. */
export const uploadSourceId = (municipality: string, dataset: string): string => `upload:${municipality}:${dataset}`;
export type Origin = "harvest" | "upload";
export const originOf = (sourceId: string): Origin => (sourceId.startsWith("upload:") ? "upload" : "harvest");

export type UploadStatus = "valid" | "invalid" | "published" | "unchanged" | "rejected" | "failed";

export interface UploadEntry {
  token_id: number | null;
  municipality_code: string;
  dataset_id: string;
  dry_run: boolean;
  file_name: string | null;
  size: number;
  status: UploadStatus;
  version_id: number | null;
  report: Report | null;
}

export async function logUpload(db: Queryable, e: UploadEntry): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into uploads (token_id, municipality_code, dataset_id, dry_run, file_name, size, status, version_id, report)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id::int as id`,
    [e.token_id, e.municipality_code, e.dataset_id, e.dry_run, e.file_name, e.size, e.status, e.version_id,
      e.report === null ? null : JSON.stringify(e.report)]);
  return rows[0]!.id;
}

export interface UploadRow extends Omit<UploadEntry, "report"> { id: number; created_at: string }

const UPLOAD_COLUMNS = `id::int as id, token_id::int as token_id, municipality_code, dataset_id, dry_run, file_name, size, status,
  version_id::int as version_id, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as created_at`;

/** The log, oldest first; `newest` reverses it and `limit` keeps that many. */
export async function listUploads(db: Queryable, municipality?: string, options: { newest?: boolean; limit?: number } = {}): Promise<UploadRow[]> {
  const params: unknown[] = [];
  const where = municipality ? `where municipality_code = $${params.push(municipality)}` : "";
  const limit = options.limit !== undefined ? `limit $${params.push(options.limit)}` : "";
  const { rows } = await db.query<UploadRow>(
    `select ${UPLOAD_COLUMNS} from uploads ${where} order by id ${options.newest ? "desc" : ""} ${limit}`, params);
  return rows;
}

/** One upload with its report. */
export async function getUpload(db: Queryable, id: number): Promise<(UploadRow & { report: Report | null }) | undefined> {
  const { rows } = await db.query<UploadRow & { report: Report | null }>(`select ${UPLOAD_COLUMNS}, report from uploads where id = $1`, [id]);
  return rows[0];
}

/** The licence and attribution of the pair's latest version: an upload keeps what the harvest declared. */
export async function latestTerms(db: Queryable, municipality: string, dataset: string): Promise<{ license: string | null; attribution: string | null } | undefined> {
  const { rows } = await db.query<{ license: string | null; attribution: string | null }>(
    `select license, attribution from versions where municipality_code = $1 and dataset_id = $2 order by id desc limit 1`,
    [municipality, dataset]);
  return rows[0];
}
