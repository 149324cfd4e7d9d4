// An officer's upload and the nightly harvest of the same pair: a harvest of an unchanged source is no news and leaves
// the upload published; a source that changed after the upload is news and is published (the newest wins), and the
// coverage and the report say which one is live.
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { harvest } from "../../pipelines/harvest.ts";
import { ingestFile } from "../../pipelines/publish.ts";
import { parseSources, type SourcesConfig } from "../../pipelines/sources/config.ts";
import { uploadSourceId } from "../../storage/uploads.ts";
import { publishedVersion } from "../../storage/versions.ts";
import { DB_KINDS, ROOT, type TestDb, openTestDb, tempDir } from "../helpers.ts";

const SAMPLE = path.join(ROOT, "data", "sources", "131041", "131041_aed.csv");
const lines = readFileSync(SAMPLE, "latin1").split("\n");
/** The officer's corrected file: the sample's header and first five rows. */
const UPLOAD = Buffer.from(lines.slice(0, 6).join("\n") + "\n", "latin1");

describe.each(DB_KINDS)("harvest after an officer's upload (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  const dir = tempDir();
  const sourceFile = path.join(dir.dir, "131041_aed.csv");
  const config: SourcesConfig = { file: "test.json", dir: dir.dir, sources: parseSources([
    { id: "131041-aed", municipality: "131041", dataset: "aed", type: "file", path: "131041_aed.csv", license: "CC BY 4.0", attribution: "新宿区" },
  ]) };
  const run = () => harvest(t.db, config, { trigger: "schedule" });
  const live = async () => {
    const v = await publishedVersion(t.db, "131041", "aed");
    return { source_id: v?.source_id, valid: v?.valid, id: v?.id };
  };
  const cell = async () => {
    const res = await app.inject({ url: "/api/v1/coverage?municipality=131041" });
    return res.json().cells.find((c: { dataset_id: string }) => c.dataset_id === "aed");
  };
  const reportOrigin = async () => (await app.inject({ url: "/api/v1/reports/131041/aed" })).json().origin;
  let uploaded: number;

  beforeAll(async () => {
    t = await openTestDb(kind);
    app = await buildApp({ db: t.db });
    copyFileSync(SAMPLE, sourceFile);
  }, 60_000);
  afterAll(async () => { await app.close(); await t.cleanup(); dir.remove(); });

  it("an unchanged source does not replace the newer upload", async () => {
    expect((await run()).outcomes[0]!.status).toBe("ok");
    const harvested = await live();
    expect(harvested.source_id).toBe("131041-aed");
    const up = await ingestFile(t.db, { bytes: new Uint8Array(UPLOAD), fileName: "131041_aed.csv" }, {
      municipality: "131041", dataset: "aed", source_id: uploadSourceId("131041", "aed"), trigger: "upload",
    });
    expect(up).toMatchObject({ status: "published", report: { valid: 5 } });
    uploaded = up.version_id!;

    const again = await run();
    expect(again.outcomes[0]).toMatchObject({ status: "unchanged", version_id: harvested.id });
    expect(await live()).toEqual({ source_id: uploadSourceId("131041", "aed"), valid: 5, id: uploaded });
    expect(await cell()).toMatchObject({ status: "published", rows: 5, version_id: uploaded, origin: "upload" });
    expect(await reportOrigin()).toBe("upload");
  });

  it("a source that changed after the upload is news: it is published, and coverage says the harvest is live", async () => {
    writeFileSync(sourceFile, Buffer.from(lines.slice(0, 11).join("\n") + "\n", "latin1"));
    const changed = await run();
    expect(changed.outcomes[0]).toMatchObject({ status: "ok", valid: 10 });
    expect(await live()).toEqual({ source_id: "131041-aed", valid: 10, id: changed.outcomes[0]!.version_id });
    expect(await cell()).toMatchObject({ status: "published", rows: 10, origin: "harvest" });
    expect(await reportOrigin()).toBe("harvest");
  });

  it("a source cut to half or less is held, the coverage says why; once the officer uploads the shorter list, it stays", async () => {
    writeFileSync(sourceFile, Buffer.from(lines.slice(0, 4).join("\n") + "\n", "latin1"));
    const before = await live();
    const held = await run();
    expect(held.outcomes[0]).toMatchObject({ status: "invalid", valid: 3 });
    expect(await live()).toEqual(before);
    const heldCell = await cell();
    expect(heldCell).toMatchObject({ status: "published", rows: 10, version_id: before.id });
    expect(heldCell.last_error).toMatch(/^有効な行が、公開中の版の10行から3行に減りました（半分以下）。.* \/ The valid rows fell from the published version's 10 to 3/);

    const up = await ingestFile(t.db, { bytes: new Uint8Array(Buffer.from(lines.slice(0, 5).join("\n") + "\n", "latin1")), fileName: "131041_aed.csv" }, {
      municipality: "131041", dataset: "aed", source_id: uploadSourceId("131041", "aed"), trigger: "upload",
    });
    expect(up).toMatchObject({ status: "published", report: { valid: 4 } });
    const after = await run();
    expect(after.outcomes[0]).toMatchObject({ status: "unchanged", version_id: held.outcomes[0]!.version_id, error: null });
    expect(await live()).toEqual({ source_id: uploadSourceId("131041", "aed"), valid: 4, id: up.version_id });
    expect(await cell()).toMatchObject({ status: "published", rows: 4, origin: "upload", last_error: null });
  });

  it("a changed source with far fewer rows than the upload it replaces is news, not held: the drop is measured against the source's own last file", async () => {
    const up = await ingestFile(t.db, { bytes: new Uint8Array(readFileSync(SAMPLE)), fileName: "131041_aed.csv" }, {
      municipality: "131041", dataset: "aed", source_id: uploadSourceId("131041", "aed"), trigger: "upload",
    });
    expect(up.status).toBe("published");
    expect(up.report.valid).toBeGreaterThan(40);
    writeFileSync(sourceFile, Buffer.from(lines.slice(0, 21).join("\n") + "\n", "latin1"));
    const changed = await run();
    expect(changed.outcomes[0]).toMatchObject({ status: "ok", valid: 20, error: null });
    expect(await live()).toEqual({ source_id: "131041-aed", valid: 20, id: changed.outcomes[0]!.version_id });
  });
});
