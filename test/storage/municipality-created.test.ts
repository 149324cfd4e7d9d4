import { afterEach, describe, expect, it } from "vitest";
import { listOrganizationCreated } from "../../storage/catalog.ts";
import { applyMigrations, listMigrations } from "../../storage/migrate.ts";
import { loadMunicipalities, readMunicipalitiesCsv } from "../../storage/municipalities.ts";
import { DB_KINDS, openTestDb, type TestDb } from "../helpers.ts";

const CKAN_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/;

describe.each(DB_KINDS)("an organization's creation time on %s", (kind) => {
  let t: TestDb | undefined;
  afterEach(async () => { await t?.cleanup(); t = undefined; });

  it("is when its municipality row was loaded, kept when the registry is loaded again", async () => {
    t = await openTestDb(kind, { municipalities: false });
    const { rows: [before] } = await t.db.query<{ now: string }>("select to_char(now() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') as now");
    await loadMunicipalities(t.db);
    const created = await listOrganizationCreated(t.db);
    expect(created.size).toBe(62);
    const chiyoda = created.get("131016")!;
    expect(chiyoda).toMatch(CKAN_TIME);
    expect(chiyoda >= before!.now).toBe(true);
    await loadMunicipalities(t.db);
    expect((await listOrganizationCreated(t.db)).get("131016")).toBe(chiyoda);
  });

  it("of a row loaded before the column existed is its first version's time when that is older, else the migration's", async () => {
    t = await openTestDb(kind, { migrate: false });
    const all = listMigrations();
    await applyMigrations(t.db, all.filter((m) => m.version < 8));
    await loadMunicipalities(t.db, readMunicipalitiesCsv().filter((m) => m.code === "131016" || m.code === "131041"));
    await t.db.query(`insert into versions (municipality_code, dataset_id, source_id, report, created_at)
      values ('131016', 'aed', 's', '{}', '2025-08-27T10:37:43.716264Z'), ('131016', 'aed', 's', '{}', '2026-01-01T00:00:00Z')`);
    expect(await applyMigrations(t.db, all)).toEqual(all.filter((m) => m.version >= 8).map((m) => m.version));
    const created = await listOrganizationCreated(t.db);
    expect(created.get("131016")).toBe("2025-08-27T10:37:43.716264");
    expect(created.get("131041")).toMatch(CKAN_TIME);
    expect(created.get("131041")! > "2026-01-01").toBe(true);
  });
});
