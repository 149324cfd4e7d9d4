// The one storage connection: embedded PGlite under ODH_DATA_DIR by default, a PostgreSQL server through `pg`
// when DATABASE_URL is set. Same SQL dialect for both; migrations are applied on open.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import lockfile from "proper-lockfile";
import { applyMigrations } from "./migrate.ts";

export interface QueryResult<T> { rows: T[] }

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** runs `fn` in one transaction; rolls back when it throws */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** runs a script of several statements (migrations) */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… ; when unset the embedded database is used */
  url?: string;
  /** folder of the embedded database (default ./.odh) */
  dataDir?: string;
  /** skip migrations (tests that check them) */
  migrate?: boolean;
  /** PostgreSQL only: work inside this schema (created when missing), e.g. one per test file */
  schema?: string;
}

export class DataDirLockedError extends Error {
  readonly code = "ODH_DATA_DIR_LOCKED";
  constructor(readonly dataDir: string) {
    super(`The embedded database in ${dataDir} is in use by another odh process. Stop that process, or set DATABASE_URL to share a PostgreSQL server between processes.`);
  }
}

export async function openDatabase(options: OpenOptions = {}): Promise<Db> {
  const db = options.url ? await openPostgres(options.url, options.schema) : await openEmbedded(options.dataDir ?? "./.odh");
  if (options.migrate !== false) await applyMigrations(db);
  return db;
}

/** PGlite's default 128 MB buffer pool is sized for a database server; one process serving the hub's records needs
 *  far less, and the pool is resident memory of the API process (it is zeroed at start, and pages read fill it).
 *  16 MB: the API bench's heavy uncached queries run as fast as with 32 MB, and the server holds ~16-30 MB less;
 *  8 MB made them slower. */
const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

async function openEmbedded(dataDir: string): Promise<Db> {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const release = await lockDataDir(dir);
  const pglite = new PGlite(path.join(dir, "pgdata"), { startParams: EMBEDDED_START_PARAMS });
  try {
    await pglite.waitReady;
  } catch (err) {
    await release();
    throw err;
  }
  return {
    kind: "pglite",
    query: (sql, params) => pglite.query(sql, params) as never,
    exec: async (sql) => { await pglite.exec(sql); },
    transaction: (fn) => pglite.transaction((tx) => fn({ query: (sql, params) => tx.query(sql, params) as never })),
    close: async () => {
      try { await pglite.close(); } finally { await release(); }
    },
  };
}

/**
 * Locks the data dir (proper-lockfile: a lock dir refreshed every 10 s, stale after 60 s) and notes the holder's pid
 * and host beside it. A holder that was killed (SIGKILL, crash) cannot remove its lock; when the noted pid is of this
 * host and no longer alive the lock is taken over at once instead of after the stale window. The window is long
 * because a live holder whose refresh comes later than it (a machine under heavy load: it was seen once with 15 s)
 * has its lock declared compromised, which proper-lockfile raises as an uncaught error that ends the process.
 */
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const lockfilePath = path.join(dir, "odh.lock");
  const ownerFile = path.join(dir, "odh.lock.owner");
  const take = () => lockfile.lock(dir, { lockfilePath, stale: 60_000, update: 10_000 });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (err) {
    if ((err as { code?: string }).code !== "ELOCKED") throw err;
    if (!holderIsDead(ownerFile)) throw new DataDirLockedError(dir);
    rmSync(lockfilePath, { recursive: true, force: true });
    try {
      release = await take();
    } catch (again) {
      if ((again as { code?: string }).code === "ELOCKED") throw new DataDirLockedError(dir);
      throw again;
    }
  }
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, host: os.hostname() }));
  return release;
}

function holderIsDead(ownerFile: string): boolean {
  let owner: { pid?: unknown; host?: unknown };
  try {
    owner = JSON.parse(readFileSync(ownerFile, "utf8"));
  } catch {
    return false;
  }
  if (typeof owner.pid !== "number" || owner.host !== os.hostname() || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

async function openPostgres(url: string, schema?: string): Promise<Db> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`schema name "${schema}" must be snake_case`);
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try { await setup.query(`create schema if not exists ${schema}`); } finally { await setup.end(); }
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // a broken idle connection must not crash the process
  pool.on("error", () => {});
  await pool.query("select 1");
  return {
    kind: "postgres",
    query: (sql, params) => pool.query(sql, params as unknown[]) as never,
    exec: async (sql) => { await pool.query(sql); },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const out = await fn({ query: (sql, params) => client.query(sql, params as unknown[]) as never });
        await client.query("commit");
        return out;
      } catch (err) {
        await client.query("rollback").catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
