import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../catalog-api/app.ts";
import { flat } from "../../pipelines/report.ts";
import { createToken, hashToken, revokeToken } from "../../storage/tokens.ts";
import { listUploads } from "../../storage/uploads.ts";
import { DB_KINDS, fixtureBytes, listen, openTestDb, type TestDb } from "../helpers.ts";

describe.each(DB_KINDS)("officer uploads over HTTP (%s)", (kind) => {
  let t: TestDb;
  let app: FastifyInstance;
  let base: string;
  let shinjuku: string;
  let chiyoda: string;
  let revoked: string;
  const blob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const clean = fixtureBytes("api/131041_aed.csv");
  const withErrors = fixtureBytes("api/131016_aed.csv");

  const upload = (query: string, init: { token?: string | null; body?: BodyInit; headers?: Record<string, string> } = {}) => fetch(`${base}/api/v1/uploads?${query}`, {
    method: "POST",
    headers: { ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) },
    body: init.body ?? blob(clean),
  });
  const multipart = (bytes: Uint8Array, name: string) => {
    const form = new FormData();
    form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "text/csv" }), name);
    return form;
  };
  const total = async (municipality: string) =>
    (await (await fetch(`${base}/api/v1/datasets/aed/records?municipality=${municipality}&limit=1`)).json()).total as number;

  beforeAll(async () => {
    t = await openTestDb(kind);
    shinjuku = (await createToken(t.db, "131041", "新宿区 情報政策課")).token;
    chiyoda = (await createToken(t.db, "131016")).token;
    const old = await createToken(t.db, "131041");
    await revokeToken(t.db, old.info.id);
    revoked = old.token;
    app = await buildApp({ db: t.db, uploadLimitBytes: 4096 });
    base = await listen(app);
  });
  afterAll(async () => { await app.close(); await t.cleanup(); });

  it.each([
    ["no token", null],
    ["an unknown token", "not-a-token"],
    ["a revoked token", "REVOKED"],
  ])("401 with %s", async (_case, token) => {
    const res = await upload("municipality=131041&dataset=aed", { token: token === "REVOKED" ? revoked : token });
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="uploads"');
    expect(await res.json()).toMatchObject({ ok: false, status: 401, error: { __type: "Authorization Error" } });
  });

  it("403 when the token belongs to another municipality", async () => {
    const res = await upload("municipality=131016&dataset=aed", { token: shinjuku });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ status: 403, error: { __type: "Authorization Error", param: "municipality" } });
    expect(await total("131016")).toBe(0);
  });

  it("413 when the file is over the limit, raw or multipart", async () => {
    const big = new Uint8Array(5000).fill(0x41);
    const raw = await upload("municipality=131041&dataset=aed", { token: shinjuku, body: blob(big), headers: { "content-type": "text/csv" } });
    expect(raw.status).toBe(413);
    const body = await raw.json();
    expect(body).toMatchObject({ ok: false, status: 413, error: { __type: "Payload Too Large" } });
    expect(body.error.message_ja).toContain("上限 4 KB");
    // each upload replaces the dataset: splitting would keep only the last part, so the advice is not to split
    expect(body.error.message_ja).toContain("分けて送ると最後の1つしか残りません");
    expect(body.error.message_ja).toContain("管理者に連絡");
    expect(body.error.message_en).not.toMatch(/^.*Split it/);
    expect(body.error.message_en).toContain("limit 4 KB");
    const form = await upload("municipality=131041&dataset=aed", { token: shinjuku, body: multipart(big, "big.csv") });
    expect(form.status).toBe(413);
  });

  it("400 for an unknown dataset id, or without a file", async () => {
    const noDataset = await upload("municipality=131041&dataset=toilets", { token: shinjuku, headers: { "content-type": "text/csv" } });
    expect(noDataset.status).toBe(400);
    const error = (await noDataset.json()).error;
    expect(error.param).toBe("dataset");
    expect(error.message_ja).toContain("13 公衆トイレ一覧（public_toilet）");
    const noFile = await upload("municipality=131041&dataset=aed", { token: shinjuku, body: new Blob([]), headers: { "content-type": "text/csv" } });
    expect(noFile.status).toBe(400);
    expect((await noFile.json()).error.param).toBe("file");
  });

  it("a dry run validates and publishes nothing", async () => {
    const res = await upload("municipality=131041&dataset=aed&dryRun=true", { token: shinjuku, body: multipart(clean, "131041_aed.csv") });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "dry_run", dry_run: true, published: false, version_id: null, report: { dataset: "aed", rows: 8, valid: 8, invalid: 0 } });
    expect(await total("131041")).toBe(0);
  });

  it("a clean file is published like a harvest (multipart), and the same file again is unchanged", async () => {
    const res = await upload("municipality=131041&dataset=aed", { token: shinjuku, body: multipart(clean, "131041_aed.csv") });
    const body = await res.json();
    expect(body).toMatchObject({ status: "published", dry_run: false, published: true, report: { rows: 8, valid: 8 } });
    expect(body.version_id).toEqual(expect.any(Number));
    expect(await total("131041")).toBe(8);
    const runs = await (await fetch(`${base}/api/v1/runs`)).json();
    expect(runs.items[0]).toMatchObject({ trigger: "upload", status: "ok" });
    const again = await (await upload("municipality=131041&dataset=aed", { token: shinjuku, body: blob(clean), headers: { "content-type": "text/csv", "x-file-name": encodeURIComponent("新宿区_AED.csv") } })).json();
    expect(again).toMatchObject({ status: "unchanged", published: false, version_id: body.version_id });
  });

  it("a file with errors is not published; the report says which rows and fields to fix", async () => {
    const res = await upload("municipality=131016&dataset=aed&filename=131016_aed.csv", { token: chiyoda, body: blob(withErrors), headers: { "content-type": "text/csv" } });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "invalid", published: false, version_id: null, report: { rows: 4, valid: 3, invalid: 1 } });
    expect(flat(body.report)).toContainEqual([2, "name", "missing_required"]);
    const issue = body.report.issues.find((i: { code: string }) => i.code === "missing_required");
    expect(issue.message_ja).toMatch(/名称|name/);
    expect(issue.message_en).toMatch(/name/);
    expect(await total("131016")).toBe(0);
  });

  it("a Shift_JIS file sent raw as text/plain keeps its bytes (no UTF-8 decoding on the way in)", async () => {
    const res = await upload("municipality=131041&dataset=aed&dryRun=true", { token: shinjuku, body: blob(fixtureBytes("api/131041_aed_sjis.csv")),
      headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "dry_run", report: { encoding: "shift_jis", rows: 8, valid: 8, invalid: 0 } });
  });

  it("logs every upload with its outcome", async () => {
    const log = await listUploads(t.db);
    expect(log.map((u) => [u.municipality_code, u.dry_run, u.status, u.file_name])).toEqual([
      ["131041", true, "valid", "131041_aed.csv"],
      ["131041", false, "published", "131041_aed.csv"],
      ["131041", false, "unchanged", "新宿区_AED.csv"],
      ["131016", false, "invalid", "131016_aed.csv"],
      ["131041", true, "valid", "131041_aed.csv"],
    ]);
  });

  it("GET /uploads lists the token's municipality's uploads, newest first; another municipality is 403", async () => {
    const res = await fetch(`${base}/api/v1/uploads`, { headers: { authorization: `Bearer ${shinjuku}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-cache");
    const body = await res.json();
    expect(body.items.map((u: { municipality_code: string; status: string }) => [u.municipality_code, u.status]))
      .toEqual([["131041", "valid"], ["131041", "unchanged"], ["131041", "published"], ["131041", "valid"]]);
    const same = await fetch(`${base}/api/v1/uploads?municipality=131041&limit=1`, { headers: { authorization: `Bearer ${shinjuku}` } });
    expect((await same.json()).items).toHaveLength(1);
    const other = await fetch(`${base}/api/v1/uploads?municipality=131016`, { headers: { authorization: `Bearer ${shinjuku}` } });
    expect(other.status).toBe(403);
    expect((await fetch(`${base}/api/v1/uploads`)).status).toBe(401);
  });

  it("GET /uploads/{id} gives the report back to its own municipality only", async () => {
    const [invalid] = (await listUploads(t.db, "131016"));
    const mine = await fetch(`${base}/api/v1/uploads/${invalid!.id}`, { headers: { authorization: `Bearer ${chiyoda}` } });
    expect(mine.status).toBe(200);
    const body = await mine.json();
    expect(body).toMatchObject({ id: invalid!.id, municipality_code: "131016", status: "invalid", report: { rows: 4, valid: 3, invalid: 1 } });
    expect(flat(body.report)).toContainEqual([2, "name", "missing_required"]);
    expect((await fetch(`${base}/api/v1/uploads/${invalid!.id}`, { headers: { authorization: `Bearer ${shinjuku}` } })).status).toBe(404);
    expect((await (await fetch(`${base}/api/v1/uploads/x`, { headers: { authorization: `Bearer ${shinjuku}` } })).json()).error.param).toBe("id");
  });

  it("tokens are stored as their SHA-256 only, never in clear", async () => {
    const { rows } = await t.db.query<{ token_sha256: string }>("select token_sha256 from tokens order by id");
    expect(rows.map((r) => r.token_sha256)).toEqual([hashToken(shinjuku), hashToken(chiyoda), hashToken(revoked)]);
    const dump = JSON.stringify((await t.db.query("select * from tokens")).rows);
    for (const secret of [shinjuku, chiyoda, revoked]) expect(dump).not.toContain(secret);
  });

  it("a wrong token is told in the words of the form, not the API's header syntax", async () => {
    const wrong = (await (await upload("municipality=131041&dataset=aed", { token: "typo" })).json()).error;
    expect(wrong.message_ja).toBe("トークンが正しくないか、失効しています。入力したトークンを確かめ、わからない場合は管理者に確認してください。");
    const none = (await (await upload("municipality=131041&dataset=aed", { token: null })).json()).error;
    expect(none.message_ja).toMatch(/^トークンがありません。/);
  });

  it("GET /uploads/{id}?format=csv gives every issue of the upload's report, rows as the sheet shows them", async () => {
    const [invalid] = (await listUploads(t.db, "131016"));
    const res = await fetch(`${base}/api/v1/uploads/${invalid!.id}?format=csv`, { headers: { authorization: `Bearer ${chiyoda}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="upload-${invalid!.id}-131016-aed-report.csv"`);
    const lines = (await res.text()).replace(/^\uFEFF/, "").split("\r\n").filter((l) => l !== "");
    expect(lines[0]).toBe("行,項目,コード,重大度,値,メッセージ,message,データの行,シート");
    expect(lines.filter((l) => l.startsWith("3,name,missing_required,error,"))).toHaveLength(1);
    expect((await fetch(`${base}/api/v1/uploads/${invalid!.id}?format=csv`, { headers: { authorization: `Bearer ${shinjuku}` } })).status).toBe(404);
  });

  it("the bearer check guards uploads only: reads need no token", async () => {
    expect((await fetch(`${base}/api/v1/datasets`)).status).toBe(200);
  });

  it("a gzip-compressed CSV (application/gzip, 131041_aed.csv.gz) is read as the CSV inside; a damaged one says so", async () => {
    const sjis = fixtureBytes("api/131041_aed_sjis.csv");
    const send = (bytes: Uint8Array) => upload("municipality=131041&dryRun=true", { token: shinjuku, body: blob(bytes),
      headers: { "content-type": "application/gzip", "x-file-name": "131041_aed.csv.gz" } });
    const res = await send(gzipSync(sjis));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: "dry_run", report: { dataset: "aed", encoding: "shift_jis", rows: 8, valid: 8, invalid: 0 } });
    expect(body.report.issues.map((i: { code: string }) => i.code)).toContain("gzip_compressed");
    const cut = await (await send(gzipSync(sjis).subarray(0, 60))).json();
    expect(cut.report).toMatchObject({ rows: 0, valid: 0 });
    expect(cut.report.issues.map((i: { code: string; severity: string }) => [i.code, i.severity])).toEqual([["gzip_damaged", "error"]]);
    expect(cut.report.issues[0].message_ja).toContain("壊れているか途中で切れているため展開できません");
  });
});
