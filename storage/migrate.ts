// Versioned migrations: storage/migrations/NNN-name.sql, applied in order, each once, each in a transaction; a
// migration may have a backfill step in code (BACKFILLS) that runs after its SQL.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db, Queryable } from "./db.ts";
import { projectPath } from "./project-root.ts";
import { backfillSearchText } from "./search-text.ts";

const MIGRATIONS_DIR = projectPath("storage", "migrations");

type Backfill = (tx: Queryable) => Promise<void>;

/** Steps that SQL cannot do, run right after their migration's SQL in the same transaction: stored values recomputed
 *  by the very code that writes them, keyed by the migration's file name (without .sql). */
const BACKFILLS: Readonly<Partial<Record<string, Backfill>>> = {
  "004-search-text-fold": backfillSearchText,
  "005-search-text-kanji-forms": backfillSearchText,
  "006-search-text-no-kanji": backfillSearchText,
};

export interface Migration { version: number; name: string; sql: string; backfill?: Backfill }

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f)).sort();
  if (dir === MIGRATIONS_DIR) {
    const orphan = Object.keys(BACKFILLS).find((name) => !files.includes(`${name}.sql`));
    if (orphan) throw new Error(`backfill ${orphan} has no migration file storage/migrations/${orphan}.sql`);
  }
  return files.map((f) => {
    const backfill = BACKFILLS[f.slice(0, -4)];
    return { version: Number(f.slice(0, 3)), name: f.slice(4, -4), sql: readFileSync(path.join(dir, f), "utf8"), ...(backfill ? { backfill } : {}) };
  });
}

export async function applyMigrations(db: Db, migrations = listMigrations()): Promise<number[]> {
  // One transaction, under a transaction-level advisory lock: processes that share a PostgreSQL server
  // migrate one at a time, and a failed migration leaves nothing half-applied.
  return db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(4242001)");
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
    const done = new Set((await tx.query<{ version: number }>("select version from schema_migrations")).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await m.backfill?.(tx);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** Migrations hold plain DDL: statements end with `;` at the end of a line. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, "")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
