// Per-source state kept between harvests: HTTP validators for conditional GET, and leases that keep one
// harvest of a source at a time (and one run per scheduled slot) across processes sharing the database.
import type { Queryable } from "./db.ts";

export interface SourceValidators {
  url: string | null;
  etag: string | null;
  last_modified: string | null;
  sha256: string | null;
}

export async function getValidators(db: Queryable, sourceId: string): Promise<SourceValidators | undefined> {
  const { rows } = await db.query<SourceValidators>(
    "select url, etag, last_modified, sha256 from source_state where source_id = $1", [sourceId]);
  return rows[0];
}

/** Saved only after the fetched bytes were ingested, so a failed ingest is retried even when the server says 304. */
export async function saveValidators(db: Queryable, sourceId: string, v: SourceValidators): Promise<void> {
  await db.query(
    `insert into source_state (source_id, url, etag, last_modified, sha256) values ($1, $2, $3, $4, $5)
     on conflict (source_id) do update set url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified,
       sha256 = excluded.sha256, updated_at = now()`,
    [sourceId, v.url, v.etag, v.last_modified, v.sha256]);
}

/**
 * Takes the lease of a source for `seconds`, unless another owner holds an unexpired one, or (with `slot`)
 * the source already ran for this slot or a later one. One statement: safe between concurrent processes.
 */
export async function acquireLease(db: Queryable, sourceId: string, owner: string, seconds: number, slot: Date | null = null): Promise<boolean> {
  const { rows } = await db.query<{ source_id: string }>(
    `insert into source_leases (source_id, owner, expires_at, slot) values ($1, $2, now() + make_interval(secs => $3::int), $4)
     on conflict (source_id) do update set owner = excluded.owner, expires_at = excluded.expires_at,
       slot = coalesce(excluded.slot, source_leases.slot)
     where source_leases.expires_at < now()
       and (excluded.slot is null or source_leases.slot is null or source_leases.slot < excluded.slot)
     returning source_id`,
    [sourceId, owner, seconds, slot ? slot.toISOString() : null]);
  return rows.length === 1;
}

export async function releaseLease(db: Queryable, sourceId: string, owner: string): Promise<void> {
  await db.query("update source_leases set expires_at = now() - interval '1 second' where source_id = $1 and owner = $2", [sourceId, owner]);
}

/** Extends a held lease (a heartbeat while the source is in flight); false when the lease is no longer ours. */
export async function renewLease(db: Queryable, sourceId: string, owner: string, seconds: number): Promise<boolean> {
  const { rows } = await db.query<{ source_id: string }>(
    `update source_leases set expires_at = now() + make_interval(secs => $3::int) where source_id = $1 and owner = $2
     returning source_id`, [sourceId, owner, seconds]);
  return rows.length === 1;
}

/**
 * Ends every unexpired lease whose owner is not in `liveOwners`. Only for the embedded database: its data dir is
 * locked to one process, so a lease of any other owner was left by a process that died (SIGKILL, crash).
 * The slot of each lease is kept, so a slot that already ran does not run again.
 */
export async function expireLeasesExcept(db: Queryable, liveOwners: readonly string[]): Promise<number> {
  const { rows } = await db.query<{ source_id: string }>(
    `update source_leases set expires_at = now() - interval '1 second'
     where expires_at >= now() and not (owner = any($1::text[])) returning source_id`, [liveOwners]);
  return rows.length;
}
