// Harvest runs against a real HTTP server on 127.0.0.1 and a real database (every kind in DB_KINDS).
// A good file is published first; then each way a portal goes wrong (404, 500, timeout, truncated body, an HTML
// page, an oversized body, a redirect to a private address, a file with no usable row) ends with the last good
// version still published and readable, and the failure recorded in `runs` and `run_sources`.
// Also: conditional GET (304) and unchanged bytes do no work; --force re-publishes; a bounded pool keeps going
// when some sources fail.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HarvestResult, harvest } from "../../pipelines/harvest.ts";
import { formatSummary } from "../../pipelines/progress.ts";
import { type Source, type SourcesConfig, parseSources } from "../../pipelines/sources/config.ts";
import { getRunRow, listRunSources } from "../../storage/runs.ts";
import { findRecords } from "../../storage/records.ts";
import { publishedVersion } from "../../storage/versions.ts";
import type { Db } from "../../storage/db.ts";
import { DB_KINDS, ROOT, type TestDb, openTestDb, serveDuringSuite } from "../helpers.ts";

const sampleFile = (code: string, dataset: string) => readFileSync(path.join(ROOT, "data", "sources", code, `${code}_${dataset}.csv`));

// Version 1: the bundled sample AED file of 新宿区; version 2: the same file without its last three rows.
const V1 = sampleFile("131041", "aed");
const lines = V1.toString("latin1").split("\n");
const V2 = Buffer.from(lines.slice(0, lines.length - 4).join("\n") + "\n", "latin1");
/** Readable CSV, but nothing in it is an AED row: invalid to the bone. */
const GARBAGE = Buffer.from("foo,bar,baz\n1,2,3\n4,5,6\n", "utf8");
const MAX_BYTES = 200_000;

type Mode = "v1" | "v2" | "garbage" | "404" | "500" | "timeout" | "truncated" | "html" | "oversized" | "redirect_private" | "cut_unseen" | "cut_mid_row" | "typed_short" | "rows_invalid";

/** V2's first 40 % of lines: what a body sent without Content-Length looks like when the connection closes early. */
const CUT = Buffer.from(V2.toString("latin1").split("\n").slice(0, Math.floor(lines.length * 0.4)).join("\n") + "\n", "latin1");
/** V2's first 80 % of bytes: cut inside a row (inside its URL, …/0081 of …/0081.html). */
const CUT_MID_ROW = V2.subarray(0, Math.floor(V2.length * 0.8));
/** V2 less its last two rows (fewer than published: no row count vouches for it), the new last row written without its
 *  empty 備考 and without a line end, as a row typed in by hand or an exporter that leaves out trailing empty cells
 *  writes it. */
const TYPED_SHORT = Buffer.from(V2.toString("latin1").replace(/(\r\n[^\n]*){2}\r\n$/, "").replace(/,$/, ""), "latin1");
/** V2 with its 設置位置 (required) left empty in its first 80 rows: every row there, most of them invalid. */
const ROWS_INVALID = Buffer.from(V2.toString("latin1").split("\r\n").map((line, r) => {
  if (r === 0 || r > 80) return line;
  const cells = line.split(",");
  cells[11] = "";
  return cells.join(",");
}).join("\r\n"), "latin1");

let mode: Mode = "v1";
const seen: Array<{ url: string; ifNoneMatch: string | undefined }> = [];
let inFlight = 0;
let maxInFlight = 0;

function serveFile(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, etag: string) {
  if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { "content-type": "text/csv", etag, "content-length": String(body.length) }).end(body);
}

const server = http.createServer((req, res) => {
  seen.push({ url: req.url!, ifNoneMatch: req.headers["if-none-match"] });
  inFlight++;
  maxInFlight = Math.max(maxInFlight, inFlight);
  res.on("close", () => { inFlight--; });
  const url = new URL(req.url!, "http://x");
  if (url.pathname.startsWith("/pool/")) {
    // the pool test: each good file answers after 150 ms so that overlapping requests are visible
    const code = url.pathname.split("/")[2]!;
    if (code === "bad") return void res.writeHead(404).end();
    return void setTimeout(() => serveFile(req, res, sampleFile(code, "aed"), `"${code}"`), 150);
  }
  switch (mode) {
    case "v1": return serveFile(req, res, V1, '"v1"');
    case "v2": return serveFile(req, res, V2, '"v2"');
    case "garbage": return void res.writeHead(200, { "content-type": "text/csv" }).end(GARBAGE);
    case "404": return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    case "500": return void res.writeHead(500, { "content-type": "text/plain" }).end("internal error");
    case "timeout": return; // never answers
    case "truncated":
      res.writeHead(200, { "content-type": "text/csv", "content-length": String(V2.length) });
      res.write(V2.subarray(0, 1000));
      return void setTimeout(() => res.socket?.destroy(), 20);
    case "html":
      return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!DOCTYPE html><html><body>メンテナンス中</body></html>");
    case "oversized":
      res.writeHead(200, { "content-type": "text/csv" });
      for (let i = 0; i < 30; i++) res.write(V2.subarray(0, 10_000));
      return void res.end();
    case "redirect_private":
      return void res.writeHead(302, { location: "http://192.168.10.20/aed.csv" }).end();
    case "cut_unseen":
      // no Content-Length and Connection: close: the body ends where the connection does, so HTTP cannot tell it is cut
      if (req.headers["if-none-match"] === '"cut"') return void res.writeHead(304, { etag: '"cut"' }).end();
      res.useChunkedEncodingByDefault = false;
      res.shouldKeepAlive = false;
      return void res.writeHead(200, { "content-type": "text/csv", connection: "close", etag: '"cut"' }).end(CUT);
    case "rows_invalid": return serveFile(req, res, ROWS_INVALID, '"rows_invalid"');
    case "typed_short": return serveFile(req, res, TYPED_SHORT, '"typed"');
    case "cut_mid_row":
      res.useChunkedEncodingByDefault = false;
      res.shouldKeepAlive = false;
      return void res.writeHead(200, { "content-type": "text/csv", connection: "close" }).end(CUT_MID_ROW);
  }
});


const site = serveDuringSuite(server);

function httpSource(extra: Partial<Record<string, unknown>> = {}): Record<string, unknown> {
  return {
    id: "131041-aed-web", municipality: "131041", dataset: "aed", type: "http", url: `${site.base}/131041_aed.csv`,
    license: "CC BY 4.0", attribution: "新宿区", allow_private: [site.hostPort], timeout_ms: 700, connect_timeout_ms: 500,
    max_bytes: MAX_BYTES, retries: 1, ...extra,
  };
}

const configOf = (entries: unknown[]): SourcesConfig => ({ file: "test.json", dir: ROOT, sources: parseSources(entries) });

/** The published state of 新宿区 aed, as the API would read it. */
async function served(db: Db) {
  const version = await publishedVersion(db, "131041", "aed");
  const page = await findRecords(db, { dataset: "aed", municipalities: ["131041"] }, { limit: 1000 });
  return { version_id: version?.id ?? null, sha: version?.raw_sha256 ?? null, records: page.rows.length, first: page.rows[0]?.record.name };
}

async function versionCount(db: Db): Promise<number> {
  const { rows } = await db.query<{ n: number }>("select count(*)::int as n from versions where municipality_code = '131041' and dataset_id = 'aed'");
  return rows[0]!.n;
}

describe.each(DB_KINDS)("harvest over HTTP (%s)", (kind) => {
  let t: TestDb;
  let db: Db;
  const config = () => configOf([httpSource()]);
  const run = (options: { force?: boolean } = {}) => harvest(db, config(), { trigger: "cli", retryBaseMs: 5, ...options });
  let good: Awaited<ReturnType<typeof served>>;

  beforeAll(async () => {
    t = await openTestDb(kind);
    db = t.db;
  }, 60_000);
  afterAll(async () => { await t?.cleanup(); });

  it("publishes a good file and records the run", async () => {
    mode = "v1";
    const result = await run();
    expect(result.status).toBe("ok");
    expect(result.summary).toMatchObject({ sources: 1, ok: 1, failed: 0, unchanged: 0 });
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "ok", bytes: V1.length, error: null });
    expect(o.valid).toBeGreaterThan(20);
    const now = await served(db);
    expect(now.version_id).toBe(o.version_id);
    expect(now.records).toBe(o.valid);
    const [row] = await listRunSources(db, result.run_id);
    expect(row).toMatchObject({ status: "ok", bytes: V1.length, rows: o.rows, valid: o.valid, error: null, version_id: o.version_id });
    expect((await getRunRow(db, result.run_id))?.status).toBe("ok");
    good = now;
  });

  it("sends the ETag back and records a 304 as unchanged, without a new version", async () => {
    const before = await versionCount(db);
    seen.length = 0;
    const result = await run();
    expect(seen.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(result.outcomes[0]).toMatchObject({ status: "unchanged", bytes: 0, version_id: good.version_id, error: null });
    expect(result.status).toBe("ok");
    expect(await versionCount(db)).toBe(before);
    expect(await served(db)).toEqual(good);
    const [row] = await listRunSources(db, result.run_id);
    expect(row).toMatchObject({ status: "unchanged", bytes: 0, version_id: good.version_id, error: null });
  });

  it("does not re-parse or re-publish the same bytes without validators (content hash)", async () => {
    const before = await versionCount(db);
    // --force skips the conditional GET; here validators are forgotten so the server answers 200 with the same bytes
    await db.query("delete from source_state where source_id = '131041-aed-web'");
    seen.length = 0;
    const result = await run();
    expect(seen.at(-1)?.ifNoneMatch).toBeUndefined();
    expect(result.outcomes[0]).toMatchObject({ status: "unchanged", bytes: V1.length, version_id: good.version_id });
    expect(await versionCount(db)).toBe(before);
    expect(await served(db)).toEqual(good);
  });

  it("publishes a changed file (200 with new bytes) as a new version", async () => {
    mode = "v2";
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "ok", bytes: V2.length });
    expect(o.version_id).toBeGreaterThan(good.version_id!);
    const now = await served(db);
    expect(now.version_id).toBe(o.version_id);
    expect(now.records).toBe(good.records - 3);
    good = now;
  });

  const failures: Array<{ mode: Mode; error: RegExp; hits: number }> = [
    { mode: "404", error: /HTTP 404/, hits: 1 },
    { mode: "500", error: /HTTP 500/, hits: 2 }, // retried once (retries: 1)
    { mode: "timeout", error: /> 700 ms/, hits: 2 },
    { mode: "truncated", error: /1000 \/ \d+ bytes/, hits: 2 },
    { mode: "html", error: /text\/html/, hits: 1 },
    { mode: "oversized", error: new RegExp(`> ${MAX_BYTES} bytes`), hits: 1 },
    { mode: "redirect_private", error: /192\.168\.10\.20/, hits: 1 },
  ];

  it.each(failures)("keeps the last good version and records the failure: $mode", async ({ mode: m, error, hits }) => {
    mode = m;
    const versionsBefore = await versionCount(db);
    seen.length = 0;
    const result: HarvestResult = await run({ force: true });
    expect(seen).toHaveLength(hits);
    expect(result.status).toBe("failed");
    expect(result.summary).toMatchObject({ sources: 1, ok: 0, failed: 1 });
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "failed", bytes: null, version_id: null, rows: 0 });
    expect(o.error).toMatch(error);
    // the error is for people: Japanese first, then English
    expect(o.error).toMatch(/[\u3040-\u30ff\u4e00-\u9fff].* \/ [A-Za-z]/);
    const [row] = await listRunSources(db, result.run_id);
    expect(row).toMatchObject({ status: "failed", bytes: null, rows: null, version_id: null, source_id: "131041-aed-web" });
    expect(row!.error).toMatch(error);
    expect(row!.finished_at).not.toBeNull();
    const runRow = await getRunRow(db, result.run_id);
    expect(runRow).toMatchObject({ status: "failed" });
    expect(runRow!.summary).toMatchObject({ failed: 1, ok: 0 });
    // nothing changed for readers
    expect(await versionCount(db)).toBe(versionsBefore);
    expect(await served(db)).toEqual(good);
  }, 20_000);

  it("holds a file whose valid rows fell to half or less (cut short unseen by HTTP): the last good version stays, the report says why", async () => {
    mode = "cut_unseen";
    const versionsBefore = await versionCount(db);
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "invalid", bytes: CUT.length });
    expect(o.valid).toBeGreaterThan(0);
    expect(o.valid * 2).toBeLessThanOrEqual(good.records);
    expect(await versionCount(db)).toBe(versionsBefore + 1);
    expect(await served(db)).toEqual(good);
    const { rows } = await db.query<{ report: { issues: Array<{ code: string; value: string; detail?: string; message_ja: string }> } }>(
      "select report from versions where id = $1", [o.version_id]);
    const dropped = rows[0]!.report.issues.find((i) => i.code === "rows_dropped");
    expect(dropped).toMatchObject({ value: String(o.valid), detail: String(good.records) });
    expect(dropped!.message_ja).toContain(`公開中の版の${good.records}行から${o.valid}行に減りました`);
    expect(dropped!.message_ja).toContain("odh harvest --force");
    // the summary, run_sources and so the coverage cell say why, not only "invalid"
    expect(o.error).toBe(`${dropped!.message_ja} / ${(dropped as unknown as { message_en: string }).message_en}`);
    const [row] = await listRunSources(db, result.run_id);
    expect(row).toMatchObject({ status: "invalid", valid: o.valid, version_id: o.version_id, error: o.error });
  });

  it("holds the same cut file again the next night, with its reason, without a new version (also when the server answers 304)", async () => {
    mode = "cut_unseen";
    const versionsBefore = await versionCount(db);
    seen.length = 0;
    const first = await run();
    const again = await run();
    for (const result of [first, again]) {
      expect(result.outcomes[0]).toMatchObject({ status: "invalid", bytes: CUT.length });
      expect(result.outcomes[0]!.error).toMatch(/^有効な行が、公開中の版の\d+行から\d+行に減りました/);
    }
    // a 304 for the held file is fetched again whole (a 304 is no news of a file that was never taken)
    expect(seen.map((r) => r.ifNoneMatch)).toEqual(['"cut"', undefined, '"cut"', undefined]);
    expect(again.outcomes[0]!.version_id).toBe(first.outcomes[0]!.version_id);
    expect(await versionCount(db)).toBe(versionsBefore);
    expect(await served(db)).toEqual(good);
  });

  it("holds a file that stops inside its last row (no line end, that row alone short), though most rows are there", async () => {
    mode = "cut_mid_row";
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "invalid", bytes: CUT_MID_ROW.length, held: "file_cut_off" });
    expect(o.valid * 2).toBeGreaterThan(good.records);
    // the summary tells a held file from one with no valid row, and says why
    const summary = formatSummary(result);
    expect(summary).toMatch(/\n {4}保留 \/ held \(last good version stays\) +1\n {4}無効 \/ invalid \(no valid row\) +0\n/);
    expect(summary).toContain(`\n  保留 / held (file_cut_off; 前の版を公開中 / last good version stays published) 131041-aed-web rows ${o.rows} (valid ${o.valid}, invalid ${o.invalid}) — ${o.error}\n`);
    expect(o.error).toBe(`ファイルが最後の行（データの${o.rows}行目）の途中で終わっています（改行がなく、その行だけ列が足りません。`
      + "最後の値は「URL」列の「https://www.city.shinjuku.lg.jp/shisetsu/aed/0081」）。"
      + "ダウンロードかファイルの書き出しが途中で止まった可能性があるため、自動では公開せず、公開中のデータがあれば前の版のままです。"
      + "取得元のファイルを最後の行まで保存し直してください。このファイルで正しい場合は、odh harvest --force で取り込めます。"
      + ` / The file ends inside its last row (data row ${o.rows}): no line end after it, and it alone is short of cells, ending with "https://www.city.shinjuku.lg.jp/shisetsu/aed/0081" in column URL. The download or the export may have stopped part way, so it was not published on its own; any published version stays. Save the source file again to its last row. If this file is right as it is, ingest it with odh harvest --force.`);
    expect(await served(db)).toEqual(good);
  });

  it("holds a file whose rows are there but mostly invalid, saying how many and why, not that it may be cut short", async () => {
    mode = "rows_invalid";
    const versionsBefore = await versionCount(db);
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "invalid", rows: good.records + 1, invalid: 81, valid: good.records - 80, held: "rows_now_invalid" });
    expect(formatSummary(result)).toContain("\n  保留 / held (rows_now_invalid; 前の版を公開中 / last good version stays published) 131041-aed-web");
    expect(o.error).toMatch(new RegExp(`^有効な行が、公開中の版の${good.records}行から${o.valid}行に減りました（半分以下）。ファイルには${o.rows}行ありますが、そのうち81行が無効です`
      + "（行が欠けたのではなく、値が読めなくなっています）。おもな原因は「設置位置」の必須項目が空（80行）、「全国地方公共団体コード」の団体コードの検査数字が誤り（1行）です。"));
    expect(o.error).toContain(` / The valid rows fell from the published version's ${good.records} to ${o.valid} (half or less). The file has ${o.rows} rows, but 81 of them are invalid`);
    expect(o.error).not.toContain("切れた");
    expect(await versionCount(db)).toBe(versionsBefore + 1);
    expect(await served(db)).toEqual(good);
    // the same file the next night: held again with its reason, no new version
    const again = (await run()).outcomes[0]!;
    expect(again).toMatchObject({ status: "invalid", version_id: o.version_id, error: o.error });
    expect(await versionCount(db)).toBe(versionsBefore + 1);
  });

  it("publishes a file whose last row, with no line end, leaves out only its empty 備考 after a whole URL: no cut", async () => {
    mode = "typed_short";
    const result = await run();
    const o = result.outcomes[0]!;
    expect(TYPED_SHORT.toString("latin1").slice(-22)).toBe("shisetsu/aed/0101.html");
    expect(o).toMatchObject({ status: "ok", bytes: TYPED_SHORT.length, rows: good.records - 1, valid: good.records - 2, error: null });
    const now = await served(db);
    expect(now).toMatchObject({ version_id: o.version_id, records: good.records - 2 });
    mode = "v2";
    expect((await run()).outcomes[0]).toMatchObject({ status: "ok", valid: good.records });
    good = await served(db);
  });

  it("publishes the shrunk file when the officer forces it, and the full file again when it comes back", async () => {
    mode = "cut_unseen";
    const forced = await run({ force: true });
    expect(forced.outcomes[0]).toMatchObject({ status: "ok" });
    expect((await served(db)).records).toBe(forced.outcomes[0]!.valid);
    mode = "v2";
    const back = await run();
    expect(back.outcomes[0]).toMatchObject({ status: "ok", valid: good.records });
    const now = await served(db);
    expect(now).toMatchObject({ sha: good.sha, records: good.records });
    good = now;
  });

  it("keeps the last good version when the file is invalid to the bone, and stores its report", async () => {
    mode = "garbage";
    const versionsBefore = await versionCount(db);
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o).toMatchObject({ status: "invalid", bytes: GARBAGE.length, valid: 0, held: "no_valid_rows" });
    expect(formatSummary(result)).toMatch(/\n {4}保留 \/ held \(last good version stays\) +0\n {4}無効 \/ invalid \(no valid row\) +1\n[^]*\n  無効 \/ invalid 131041-aed-web /);
    expect(result.status).toBe("ok");
    expect(result.summary).toMatchObject({ invalid: 1, failed: 0 });
    expect(await versionCount(db)).toBe(versionsBefore + 1);
    const { rows } = await db.query<{ report: { issues: Array<{ code: string }> } }>("select report from versions where id = $1", [o.version_id]);
    expect(rows[0]!.report.issues.map((i) => i.code)).toContain("no_valid_rows");
    // why, for the summary and the coverage cell: the file's own error, not a row's
    expect(o.error).toMatch(/^必須の列「.+」が見出しにありません。.* \/ /);
    const [row] = await listRunSources(db, result.run_id);
    expect(row).toMatchObject({ status: "invalid", bytes: GARBAGE.length, valid: 0, version_id: o.version_id, error: o.error });
    expect(await served(db)).toEqual(good);
  });

  it("after an invalid file, the good file coming back is published again (its report becomes the latest)", async () => {
    mode = "v2";
    const result = await run();
    const o = result.outcomes[0]!;
    expect(o.status).toBe("ok");
    expect(o.version_id).toBeGreaterThan(good.version_id!);
    const now = await served(db);
    expect(now).toMatchObject({ version_id: o.version_id, sha: good.sha, records: good.records });
    good = now;
  });

  it("--force skips the conditional GET and the hash shortcut and re-publishes", async () => {
    mode = "v2";
    seen.length = 0;
    const result = await run({ force: true });
    expect(seen.at(-1)?.ifNoneMatch).toBeUndefined();
    const o = result.outcomes[0]!;
    expect(o.status).toBe("ok");
    expect(o.version_id).toBeGreaterThan(good.version_id!);
    const now = await served(db);
    expect(now.version_id).toBe(o.version_id);
    expect(now.sha).toBe(good.sha);
    expect(now.records).toBe(good.records);
  });

  it("a harvest told to stop starts no further source; the one in flight finishes and is recorded", async () => {
    const entries = ["131016", "131024", "131032"].map((code) => ({
      id: `${code}-aed-stop`, municipality: code, dataset: "aed", type: "file", path: "data/sources/131041/131041_aed.csv", license: "CC BY 4.0", attribution: "x",
    }));
    const stop = new AbortController();
    const result = await harvest(db, configOf(entries), {
      trigger: "cli", concurrency: 1, signal: stop.signal, onProgress: (e) => { if (e.type === "source") stop.abort(); },
    });
    expect(result.outcomes.map((o) => [o.source_id, o.status])).toEqual([["131016-aed-stop", "ok"]]);
    expect((await listRunSources(db, result.run_id)).map((r) => r.status)).toEqual(["ok"]);
    const none = await harvest(db, configOf(entries), { trigger: "cli", signal: AbortSignal.abort() });
    expect(none.outcomes).toEqual([]);
  });

  it("a bounded pool: failing sources never stop the others", async () => {
    const codes = ["131016", "131024", "131032", "131059", "131067"];
    const entries: Source[] | Record<string, unknown>[] = [
      ...codes.map((code) => httpSource({ id: `${code}-aed-pool`, municipality: code, url: `${site.base}/pool/${code}` })),
      httpSource({ id: "131075-aed-pool", municipality: "131075", url: `${site.base}/pool/bad` }),
      httpSource({ id: "131083-aed-pool", municipality: "131083", url: "http://10.255.255.1/unreachable.csv" }),
      { id: "131091-aed-pool", municipality: "131091", dataset: "aed", type: "file", path: "does/not/exist.csv", license: "CC0 1.0", attribution: "x" },
    ];
    maxInFlight = 0;
    const result = await harvest(db, configOf(entries), { trigger: "cli", retryBaseMs: 5, concurrency: 2 });
    expect(result.status).toBe("partial");
    expect(result.summary).toMatchObject({ sources: 8, ok: 5, failed: 3 });
    const byId = new Map(result.outcomes.map((o) => [o.source_id, o]));
    expect(byId.get("131075-aed-pool")?.error).toMatch(/HTTP 404/);
    expect(byId.get("131083-aed-pool")?.error).toMatch(/10\.255\.255\.1/);
    expect(byId.get("131091-aed-pool")?.error).toMatch(/does\/not\/exist\.csv/);
    for (const code of codes) {
      const page = await findRecords(db, { dataset: "aed", municipalities: [code] }, { limit: 1 });
      expect(page.rows, code).toHaveLength(1);
    }
    expect(maxInFlight).toBe(2);
    const rows = await listRunSources(db, result.run_id);
    expect(rows.map((r) => r.status).sort()).toEqual(["failed", "failed", "failed", "ok", "ok", "ok", "ok", "ok"]);
  }, 30_000);
});
