// A portal that compresses the same CSV again every night (`131041_aed.csv.gz`): the gzip bytes differ each time (the
// header's mtime and file name, the compression level), the CSV inside does not. The harvest must see no news then —
// no new version, the published one kept — and still publish when the CSV inside changed. Real HTTP server on
// 127.0.0.1, real database (every kind in DB_KINDS).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harvest } from "../../pipelines/harvest.ts";
import { parseSources, type SourcesConfig } from "../../pipelines/sources/config.ts";
import { publishedVersion } from "../../storage/versions.ts";
import type { Db } from "../../storage/db.ts";
import { DB_KINDS, ROOT, type TestDb, openTestDb, serveDuringSuite } from "../helpers.ts";

// the bundled sample AED file of 新宿区 (Shift_JIS), and the same file without its last three rows
const V1 = readFileSync(path.join(ROOT, "data", "sources", "131041", "131041_aed.csv"));
const lines = V1.toString("latin1").split("\n");
const V2 = Buffer.from(lines.slice(0, lines.length - 4).join("\n") + "\n", "latin1");

/** gzip as a portal's nightly job writes it: its own mtime (RFC 1952 MTIME, bytes 4–7), level, and maybe the file name
 *  (FNAME, flag bit 3: the name follows the 10-byte header, NUL-terminated). */
function gzipAt(bytes: Buffer, at: { mtime: number; level: number; name?: string }): Buffer {
  const gz = gzipSync(bytes, { level: at.level });
  gz.writeUInt32LE(at.mtime, 4);
  if (at.name === undefined) return gz;
  gz[3]! |= 0x08;
  return Buffer.concat([gz.subarray(0, 10), Buffer.from(`${at.name}\0`, "latin1"), gz.subarray(10)]);
}

const NIGHT_1 = gzipAt(V1, { mtime: 1_764_979_200, level: 9 });
const NIGHT_2 = gzipAt(V1, { mtime: 1_765_065_600, level: 6, name: "131041_aed.csv" });
const NIGHT_3 = gzipAt(V2, { mtime: 1_765_152_000, level: 6, name: "131041_aed.csv" });
const NIGHT_4 = gzipAt(V2, { mtime: 1_765_238_400, level: 1 });

let body: Buffer = NIGHT_1;
let contentType = "application/gzip";

const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": contentType, "content-length": String(body.length) }).end(body);
});
const site = serveDuringSuite(server);

const configOf = (): SourcesConfig => ({
  file: "test.json", dir: ROOT, sources: parseSources([{
    id: "131041-aed-gz", municipality: "131041", dataset: "aed", type: "http", url: `${site.base}/opendata/131041_aed.csv.gz`,
    license: "CC BY 4.0", attribution: "新宿区", allow_private: [site.hostPort], timeout_ms: 2000, connect_timeout_ms: 500, retries: 0,
  }]),
});

interface VersionRow { id: number; raw_sha256: string; content_sha256: string | null; valid: number }

async function versionsOf(db: Db): Promise<VersionRow[]> {
  const { rows } = await db.query<VersionRow>(
    "select id::int as id, raw_sha256, content_sha256, valid from versions where municipality_code = '131041' and dataset_id = 'aed' order by id");
  return rows;
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe.each(DB_KINDS)("harvest of a gzip compressed again each night (%s)", (kind) => {
  let t: TestDb;
  let db: Db;
  const run = async (served: Buffer, type = "application/gzip") => {
    body = served;
    contentType = type;
    const result = await harvest(db, configOf(), { trigger: "cli", retryBaseMs: 5 });
    return result.outcomes[0]!;
  };

  beforeAll(async () => {
    t = await openTestDb(kind);
    db = t.db;
  }, 60_000);
  afterAll(async () => { await t?.cleanup(); });

  it("the same CSV compressed again (other mtime, level, file name) is unchanged: no new version, the first one served", async () => {
    expect(NIGHT_2.equals(NIGHT_1)).toBe(false);
    const first = await run(NIGHT_1);
    expect(first.status).toBe("ok");
    const second = await run(NIGHT_2);
    expect(second).toMatchObject({ status: "unchanged", version_id: first.version_id, valid: first.valid, error: null });
    expect(await versionsOf(db)).toEqual([
      { id: first.version_id, raw_sha256: sha256(NIGHT_1), content_sha256: sha256(V1), valid: first.valid },
    ]);
    expect((await publishedVersion(db, "131041", "aed"))?.id).toBe(first.version_id);
  });

  it("a changed CSV inside publishes a new version; compressed again the next night, it is unchanged", async () => {
    const before = await versionsOf(db);
    const changed = await run(NIGHT_3);
    expect(changed.status).toBe("ok");
    expect(changed.valid).toBe(before.at(-1)!.valid - 3);
    expect((await publishedVersion(db, "131041", "aed"))?.id).toBe(changed.version_id);
    expect((await versionsOf(db)).at(-1)).toEqual(
      { id: changed.version_id, raw_sha256: sha256(NIGHT_3), content_sha256: sha256(V2), valid: changed.valid });
    const again = await run(NIGHT_4);
    expect(again).toMatchObject({ status: "unchanged", version_id: changed.version_id });
    // an error page appended after the gzip's end is left out as gunzip leaves it: the same file inside
    const appended = await run(Buffer.concat([NIGHT_4, Buffer.from("<html><body>503</body></html>\n")]));
    expect(appended).toMatchObject({ status: "unchanged", version_id: changed.version_id });
    expect(await versionsOf(db)).toHaveLength(before.length + 1);
  });

  it("a version stored before content hashes (null): the same gzip bytes stay unchanged; compressed again, one last new version, then unchanged", async () => {
    await db.query("update versions set content_sha256 = null where municipality_code = '131041' and dataset_id = 'aed'");
    const count = (await versionsOf(db)).length;
    // the latest version was made of NIGHT_3's bytes (NIGHT_4 was no news)
    expect(await run(NIGHT_3)).toMatchObject({ status: "unchanged" });
    const last = await run(NIGHT_4);
    expect(last.status).toBe("ok");
    expect((await versionsOf(db)).at(-1)).toEqual({ id: last.version_id, raw_sha256: sha256(NIGHT_4), content_sha256: sha256(V2), valid: last.valid });
    expect(await run(NIGHT_3)).toMatchObject({ status: "unchanged", version_id: last.version_id });
    expect(await versionsOf(db)).toHaveLength(count + 1);
  });

  it("a plain CSV is compared by its bytes as before; a version stored before content hashes stays unchanged", async () => {
    const plain = await run(V1, "text/csv");
    expect(plain.status).toBe("ok");
    expect((await versionsOf(db)).at(-1)).toMatchObject({ raw_sha256: sha256(V1), content_sha256: sha256(V1) });
    await db.query("update versions set content_sha256 = null where id = $1", [plain.version_id]);
    expect(await run(V1, "text/csv")).toMatchObject({ status: "unchanged", version_id: plain.version_id });
    expect((await run(V2, "text/csv")).status).toBe("ok");
  });
});
