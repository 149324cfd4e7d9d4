// Bulk insert into the embedded database: rows/s of one multi-row statement per batch.
import { openDatabase } from "../storage/db.ts";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-bench-"));
  const db = await openDatabase({ dataDir: dir });
  const total = 100_000;
  const batch = 5_000;
  const started = performance.now();
  for (let i = 0; i < total; i += batch) {
    const rows = Array.from({ length: batch }, (_, j) => ({ sha256: `h${i + j}`, size: i + j, file_name: `file-${i + j}.csv` }));
    await db.query(
      `insert into raw_files (sha256, bytes, size, file_name)
       select r.sha256, ''::bytea, r.size, r.file_name from jsonb_to_recordset($1::jsonb) as r(sha256 text, size int, file_name text)`,
      [JSON.stringify(rows)]);
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`pglite bulk insert: ${total} rows in ${seconds.toFixed(2)} s = ${Math.round(total / seconds)} rows/s (batches of ${batch})\n`);
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
