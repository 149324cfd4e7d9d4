// Shared test helpers: databases to run storage tests against, temp dirs, fixtures, a server on a free port.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll } from "vitest";
import { type Db, openDatabase } from "../storage/db.ts";
import { loadMunicipalities } from "../storage/municipalities.ts";

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = path.join(ROOT, "test", "fixtures");

export const fixture = (name: string) => path.join(FIXTURES, name);
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));

export function tempDir(prefix = "odh-test-"): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export interface TestDb { db: Db; cleanup: () => Promise<void> }

/** The kinds of database a storage test runs against: always PGlite; PostgreSQL when TEST_DATABASE_URL is set. */
export const DB_KINDS: Array<"pglite" | "postgres"> = TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
if (!TEST_DATABASE_URL && !process.env.ODH_QUIET_SKIP) {
  process.env.ODH_QUIET_SKIP = "1";
  process.stderr.write("[odh tests] TEST_DATABASE_URL is not set: PostgreSQL server variants are skipped; PGlite variants run.\n");
}

/** A fresh, migrated database of one kind (a fresh schema on the server), with the municipalities loaded.
 *  `migrate: false` opens it empty, for tests that apply migrations themselves (then no municipalities either). */
export async function openTestDb(kind: "pglite" | "postgres" = "pglite", { municipalities = true, migrate = true } = {}): Promise<TestDb> {
  municipalities &&= migrate;
  if (kind === "postgres") {
    if (!TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set");
    const schema = `odh_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const db = await openDatabase({ url: TEST_DATABASE_URL, schema, migrate });
    if (municipalities) await loadMunicipalities(db);
    return { db, cleanup: async () => { await db.query(`drop schema ${schema} cascade`); await db.close(); } };
  }
  const tmp = tempDir("odh-pglite-");
  const db = await openDatabase({ dataDir: tmp.dir, migrate });
  if (municipalities) await loadMunicipalities(db);
  return { db, cleanup: async () => { await db.close(); tmp.remove(); } };
}

/** Listens on a free loopback port; returns the base URL. E2E and API tests talk real HTTP to it. */
export async function listen(app: FastifyInstance): Promise<string> {
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return address.replace("[::1]", "127.0.0.1");
}

export interface LocalSite {
  /** http://127.0.0.1:PORT (set once the suite's beforeAll has run) */
  base: string;
  /** 127.0.0.1:PORT, as sources' allow-lists name it */
  hostPort: string;
}

/**
 * Serves a plain node:http server (a fake municipal site or CKAN portal) on a free loopback port for the whole test
 * file: listens in beforeAll, closes every connection in afterAll. Read `base`/`hostPort` inside tests and hooks.
 */
export function serveDuringSuite(server: Server): LocalSite {
  const site: LocalSite = { base: "", hostPort: "" };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    site.base = `http://127.0.0.1:${port}`;
    site.hostPort = `127.0.0.1:${port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return site;
}
