// Opens what long-running commands share: the configured database with the municipality registry loaded.
import { type Db, openDatabase } from "../storage/db.ts";
import { loadMunicipalities } from "../storage/municipalities.ts";
import type { RuntimeConfig } from "./config.ts";

export async function openRuntimeDatabase(config: RuntimeConfig): Promise<Db> {
  const db = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  await loadMunicipalities(db);
  return db;
}
