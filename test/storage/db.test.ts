import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../storage/db.ts";
import { listMigrations } from "../../storage/migrate.ts";
import { getMunicipality, listMunicipalities, loadMunicipalities } from "../../storage/municipalities.ts";
import { DB_KINDS, openTestDb, type TestDb, tempDir } from "../helpers.ts";

describe.each(DB_KINDS)("storage on %s", (kind) => {
  let t: TestDb;
  beforeAll(async () => { t = await openTestDb(kind, { municipalities: false }); });
  afterAll(async () => { await t.cleanup(); });

  it("applies every migration once, in order", async () => {
    const { rows } = await t.db.query<{ version: number }>("select version from schema_migrations order by version");
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
  });

  it("loads the 62 municipalities in one statement and again without duplicates", async () => {
    expect(await loadMunicipalities(t.db)).toBe(62);
    expect(await loadMunicipalities(t.db)).toBe(62);
    const all = await listMunicipalities(t.db);
    expect(all).toHaveLength(62);
    expect(all[0]).toEqual({ code: "131016", name_ja: "千代田区", name_kana: "チヨダク", name_en: "Chiyoda", kind: "区", area: "区部" });
    expect(await getMunicipality(t.db, "134210")).toMatchObject({ name_ja: "小笠原村", area: "島しょ" });
    expect(await getMunicipality(t.db, "999999")).toBeUndefined();
  });

  it("rolls a failed transaction back whole", async () => {
    await expect(t.db.transaction(async (tx) => {
      await tx.query("insert into runs (trigger, status) values ('test', 'running')");
      throw new Error("boom");
    })).rejects.toThrow("boom");
    const { rows } = await t.db.query<{ n: number }>("select count(*)::int as n from runs where trigger = 'test'");
    expect(rows[0].n).toBe(0);
  });

  it("bulk-inserts 5,000 rows with one statement per batch", async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ sha256: `h${i}`, size: i, file_name: `f${i}.csv` }));
    await t.db.query(
      `insert into raw_files (sha256, bytes, size, file_name)
       select r.sha256, ''::bytea, r.size, r.file_name from jsonb_to_recordset($1::jsonb) as r(sha256 text, size int, file_name text)`,
      [JSON.stringify(rows)]);
    const { rows: count } = await t.db.query<{ n: number; total: string }>("select count(*)::int as n, sum(size)::text as total from raw_files");
    expect(count[0]).toEqual({ n: 5000, total: String((4999 * 5000) / 2) });
  });
});

describe("embedded data dir", () => {
  it("lets only one process open it: a second opener gets a clear error", async () => {
    const tmp = tempDir();
    const first = await openDatabase({ dataDir: tmp.dir });
    try {
      await expect(openDatabase({ dataDir: tmp.dir })).rejects.toMatchObject({ code: "ODH_DATA_DIR_LOCKED" });
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir: tmp.dir });
    const { rows } = await again.query<{ n: number }>("select count(*)::int as n from schema_migrations");
    expect(rows[0].n).toBe(listMigrations().length);
    await again.close();
    tmp.remove();
  });
});
