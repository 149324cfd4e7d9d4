// Versioned migrations: storage/migrations/NNN-name.sql, applied in order, each once, each in a transaction.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "./db.ts";
import { projectPath } from "./project-root.ts";

const MIGRATIONS_DIR = projectPath("storage", "migrations");

export interface Migration { version: number; name: string; sql: string }

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.slice(4, -4), sql: readFileSync(path.join(dir, f), "utf8") }));
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
