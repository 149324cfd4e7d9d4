// Harvest of a portal that publishes its CSV gzip-compressed (`131041_aed.csv.gz`, Content-Type application/gzip, the
// body itself the .gz file), from a real HTTP server on 127.0.0.1 into a real database: the CSV inside is published,
// and a damaged .gz fails with a clear reason while the last good version stays published.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harvest } from "../../pipelines/harvest.ts";
import { harmonize } from "../../pipelines/run.ts";
import { parseSources, type SourcesConfig } from "../../pipelines/sources/config.ts";
import { findRecords } from "../../storage/records.ts";
import { listRunSources } from "../../storage/runs.ts";
import { publishedVersion } from "../../storage/versions.ts";
import type { Db } from "../../storage/db.ts";
import { DB_KINDS, ROOT, type TestDb, openTestDb, serveDuringSuite } from "../helpers.ts";

// the bundled sample AED file of 新宿区 (Shift_JIS), and the same file without its last three rows
const V1 = readFileSync(path.join(ROOT, "data", "sources", "131041", "131041_aed.csv"));
const lines = V1.toString("latin1").split("\n");
const V2 = Buffer.from(lines.slice(0, lines.length - 4).join("\n") + "\n", "latin1");
const GZ_V1 = gzipSync(V1);
const GZ_V2 = gzipSync(V2);
/** A .gz the portal itself holds cut short: HTTP delivers all of its bytes, the gzip stream inside ends early. */
const GZ_CUT = GZ_V2.subarray(0, Math.floor(GZ_V2.length * 0.6));

/** V1 with its last row short of its last cells, as some exports write it, and a line end after it: a whole file. */
const SHORT_LAST_ROW = Buffer.from(V1.toString("latin1").replace(/(?:,[^,\r\n]*){3}(\r?\n)$/, "$1"), "latin1");
/** V1 that stops 80 % in, inside a row's English name, before it was compressed (an export that stopped): no line end,
 *  that row short of the columns every other row fills. (Cut right before its last row's empty 備考, it would read as
 *  a whole row written short: cut-off.ts.) */
const CUT_MID_ROW = V1.subarray(0, Math.floor(V1.length * 0.8));

let body: Buffer = GZ_V1;

const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/gzip", "content-length": String(body.length) }).end(body);
});
const site = serveDuringSuite(server);

const configOf = (): SourcesConfig => ({
  file: "test.json", dir: ROOT, sources: parseSources([{
    id: "131041-aed-gz", municipality: "131041", dataset: "aed", type: "http", url: `${site.base}/opendata/131041_aed.csv.gz`,
    license: "CC BY 4.0", attribution: "新宿区", allow_private: [site.hostPort], timeout_ms: 2000, connect_timeout_ms: 500, retries: 0,
  }]),
});

/** The names of the valid records of the plain (not compressed) file, as harmonize reads them. */
async function namesOfPlainFile(): Promise<string[]> {
  const names: string[] = [];
  await harmonize({ bytes: V1, fileName: "131041_aed.csv" }, {}, (batch) => {
    for (const row of batch) if (row.valid) names.push(String(row.record.name));
  });
  return names.sort();
}

async function served(db: Db) {
  const version = await publishedVersion(db, "131041", "aed");
  const page = await findRecords(db, { dataset: "aed", municipalities: ["131041"] }, { limit: 1000 });
  return { version_id: version?.id ?? null, sha: version?.raw_sha256 ?? null, names: page.rows.map((r) => r.record.name).sort() };
}

describe.each(DB_KINDS)("harvest of a gzip-compressed CSV (%s)", (kind) => {
  let t: TestDb;
  let db: Db;
  const run = () => harvest(db, configOf(), { trigger: "cli", retryBaseMs: 5 });

  beforeAll(async () => {
    t = await openTestDb(kind);
    db = t.db;
  }, 60_000);
  afterAll(async () => { await t?.cleanup(); });

  it("publishes the CSV inside the .gz: the rows the plain file gives, the report saying it was compressed", async () => {
    body = GZ_V1;
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "ok", bytes: GZ_V1.length, error: null });
    expect(o.valid).toBeGreaterThan(20);
    const now = await served(db);
    expect(now.version_id).toBe(o.version_id);
    expect(now.names).toContain("新宿区立中央小学校");
    expect(now.names).toEqual(await namesOfPlainFile());
    const { rows } = await db.query<{ report: { encoding: string; issues: Array<{ code: string }> } }>("select report from versions where id = $1", [o.version_id]);
    expect(rows[0]!.report.encoding).toBe("shift_jis");
    expect(rows[0]!.report.issues.map((i) => i.code)).toContain("gzip_compressed");
  });

  it("a whole .gz whose last row is short, ending with a line end, is published as the plain file is (the CSV's end is judged, not the gzip's)", async () => {
    expect(SHORT_LAST_ROW.length).toBeLessThan(V1.length);
    expect(SHORT_LAST_ROW.at(-1)).toBe(0x0a);
    body = gzipSync(SHORT_LAST_ROW);
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "ok", error: null });
    expect((await served(db)).version_id).toBe(o.version_id);
  });

  it("a .gz of a file that stops inside its last row is held, as the plain file is", async () => {
    const good = await served(db);
    body = gzipSync(CUT_MID_ROW);
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o.status).toBe("invalid");
    expect(o.error).toMatch(/^ファイルが最後の行（データの\d+行目）の途中で終わっています/);
    expect(await served(db)).toEqual(good);
  });

  it("a .gz cut short fails with the reason, in Japanese and English; the last good version stays published", async () => {
    const good = await served(db);
    body = GZ_CUT;
    const result = await run();
    const o = result.outcomes[0]!;
    // as any file the engine cannot read: its report is kept, unpublished
    expect(o.status).toBe("invalid");
    expect(o.valid).toBe(0);
    expect(o.error).toMatch(/^ファイル「.*」はgzip圧縮ファイルですが、壊れているか途中で切れているため展開できません（unexpected end of file）。.* \/ The file ".*" is gzip-compressed but damaged or cut short/);
    const [row] = await listRunSources(db, result.run_id);
    expect(row!.error).toBe(o.error);
    expect(await served(db)).toEqual(good);
  });
});
