// The HTTP GET of http/ckan sources against real sockets on 127.0.0.1: each failure mode ends in a SourceError
// carrying the right issue code; retries happen on 5xx only; private addresses are refused unless allowed.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "../../pipelines/sources/fetched.ts";
import { fileNameOf, httpGet, isPrivateAddress } from "../../pipelines/sources/http-get.ts";

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const CSV = "名称,緯度,経度\n新宿区役所,35.6938,139.7034\n";
const hits = new Map<string, number>();
const routes: Record<string, Handler> = {
  "/ok.csv": (req, res) => {
    if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { "content-type": "text/csv; charset=utf-8", etag: '"v1"', "last-modified": "Tue, 01 Apr 2025 00:00:00 GMT",
      "content-disposition": "attachment; filename*=UTF-8''131041_aed.csv" });
    res.end(CSV);
  },
  "/missing.csv": (_req, res) => void res.writeHead(404, { "content-type": "text/plain" }).end("not found"),
  "/broken.csv": (_req, res) => void res.writeHead(500).end("boom"),
  "/maintenance.csv": (_req, res) => void res.writeHead(503, { "retry-after": "3600", "content-type": "text/html" }).end("<html>メンテナンス中</html>"),
  "/flaky.csv": (req, res) => {
    if ((hits.get(req.url!) ?? 0) < 3) return void res.writeHead(503).end();
    res.writeHead(200, { "content-type": "text/csv" }).end(CSV);
  },
  "/slow.csv": () => { /* never answers */ },
  "/truncated.csv": (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv", "content-length": "1000" });
    res.write(CSV);
    setImmediate(() => res.socket?.destroy());
  },
  "/reset.csv": (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv" });
    res.write(CSV);
    setTimeout(() => res.socket?.resetAndDestroy(), 20);
  },
  "/page.csv": (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!DOCTYPE html><html></html>"),
  "/huge-declared.csv": (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv", "content-length": String(10_000) });
    res.end("x".repeat(10_000));
  },
  "/huge-chunked.csv": (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv" });
    for (let i = 0; i < 20; i++) res.write("y".repeat(1000));
    res.end();
  },
  "/gzip.csv": (_req, res) => {
    res.writeHead(200, { "content-type": "text/csv", "content-encoding": "gzip" }).end(zlib.gzipSync(CSV));
  },
  "/to-metadata": (_req, res) => void res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-localhost": (_req, res) => void res.writeHead(301, { location: `http://localhost:${otherPort}/secret.csv` }).end(),
  "/to-ok": (_req, res) => void res.writeHead(307, { location: "/ok.csv" }).end(),
  "/loop": (_req, res) => void res.writeHead(302, { location: "/loop" }).end(),
};

let server: http.Server;
let other: http.Server;
let base: string;
let hostPort: string;
let otherPort = 0;
let otherHits = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
    (routes[req.url!] ?? ((_q, r) => void r.writeHead(404).end()))(req, res);
  });
  other = http.createServer((_req, res) => { otherHits++; res.writeHead(200, { "content-type": "text/csv" }).end(CSV); });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  otherPort = (other.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  hostPort = `127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await new Promise((r) => other.close(r));
});

const fast = () => ({ allowPrivate: [hostPort], retries: 0, retryBaseMs: 1, timeoutMs: 2_000, connectTimeoutMs: 1_000 });

async function failure(p: Promise<unknown>): Promise<{ code: string; value: string | null; retryable: boolean }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof SourceError) return { code: err.issue.code, value: err.issue.value, retryable: err.retryable };
    throw err;
  }
  throw new Error("expected a SourceError");
}

describe("httpGet", () => {
  it("fetches the bytes with validators, media type and file name", async () => {
    const res = await httpGet(`${base}/ok.csv`, fast());
    expect(res).toEqual({
      status: "fetched", bytes: new Uint8Array(Buffer.from(CSV)), url: `${base}/ok.csv`, media_type: "text/csv", file_name: "131041_aed.csv",
      validators: { etag: '"v1"', last_modified: "Tue, 01 Apr 2025 00:00:00 GMT" },
    });
  });

  it("answers not_modified when the ETag still matches (conditional GET)", async () => {
    const res = await httpGet(`${base}/ok.csv`, { ...fast(), validators: { etag: '"v1"', last_modified: null } });
    expect(res).toEqual({ status: "not_modified", url: `${base}/ok.csv` });
  });

  it("fails on 404 without retrying", async () => {
    hits.delete("/missing.csv");
    expect(await failure(httpGet(`${base}/missing.csv`, { ...fast(), retries: 3 }))).toEqual({
      code: "source_http_error", value: `HTTP 404 Not Found, ${base}/missing.csv`, retryable: false });
    expect(hits.get("/missing.csv")).toBe(1);
  });

  it("retries a 500 with backoff, then fails", async () => {
    hits.delete("/broken.csv");
    expect(await failure(httpGet(`${base}/broken.csv`, { ...fast(), retries: 2 }))).toEqual({
      code: "source_server_error", value: `HTTP 500 Internal Server Error, ${base}/broken.csv`, retryable: true });
    expect(hits.get("/broken.csv")).toBe(3);
  });

  it("says a 503 (maintenance) is the publisher's server, passing, not a URL to check", async () => {
    expect(await failure(httpGet(`${base}/maintenance.csv`, fast()))).toEqual({
      code: "source_server_error", value: `HTTP 503 Service Unavailable, ${base}/maintenance.csv`, retryable: true });
    try {
      await httpGet(`${base}/maintenance.csv`, fast());
    } catch (err) {
      expect((err as SourceError).message).toBe(`取得先のサーバーがエラーを返しました（HTTP 503 Service Unavailable, ${base}/maintenance.csv）。`
        + "メンテナンスや混雑など提供元のサーバー側の一時的な障害です。公開中のデータは前の版のままで、次回の収集で再取得します。何日も続く場合は提供元のサーバー管理者に連絡してください。"
        + ` / The source's server answered with an error (HTTP 503 Service Unavailable, ${base}/maintenance.csv): trouble on the publisher's side, such as maintenance or overload. `
        + "The last published data stays; it will be fetched again at the next harvest. If this lasts for days, contact the publisher's server administrator.");
    }
  });

  it("succeeds when a retry gets through", async () => {
    hits.delete("/flaky.csv");
    const res = await httpGet(`${base}/flaky.csv`, { ...fast(), retries: 3 });
    expect(res.status).toBe("fetched");
    expect(hits.get("/flaky.csv")).toBe(3);
  });

  it("times out a server that never answers", async () => {
    expect(await failure(httpGet(`${base}/slow.csv`, { ...fast(), timeoutMs: 150 }))).toEqual({
      code: "source_timeout", value: `> 150 ms, ${base}/slow.csv`, retryable: true });
  });

  it("detects a body shorter than its Content-Length", async () => {
    expect(await failure(httpGet(`${base}/truncated.csv`, fast()))).toEqual({
      code: "source_truncated", value: `${Buffer.byteLength(CSV)} / 1000 bytes, ${base}/truncated.csv`, retryable: true });
  });

  it("reports a connection reset in the middle of the body as a download cut short, not as a host out of reach", async () => {
    expect(await failure(httpGet(`${base}/reset.csv`, fast()))).toEqual({
      code: "source_truncated", value: `ECONNRESET, ${base}/reset.csv`, retryable: true });
  });

  it("refuses an HTML page where a CSV was expected", async () => {
    expect(await failure(httpGet(`${base}/page.csv`, fast()))).toEqual({
      code: "source_wrong_type", value: `Content-Type text/html, ${base}/page.csv`, retryable: false });
  });

  it("refuses a body larger than the limit, declared or streamed", async () => {
    expect(await failure(httpGet(`${base}/huge-declared.csv`, { ...fast(), maxBytes: 5_000 }))).toEqual({
      code: "source_too_large", value: `10000 > 5000 bytes, ${base}/huge-declared.csv`, retryable: false });
    expect(await failure(httpGet(`${base}/huge-chunked.csv`, { ...fast(), maxBytes: 5_000 }))).toEqual({
      code: "source_too_large", value: `> 5000 bytes, ${base}/huge-chunked.csv`, retryable: false });
  });

  it("decodes a gzip body", async () => {
    const res = await httpGet(`${base}/gzip.csv`, fast());
    expect(res.status === "fetched" && Buffer.from(res.bytes).toString()).toBe(CSV);
  });

  it("follows a redirect within the allowed host", async () => {
    const res = await httpGet(`${base}/to-ok`, fast());
    expect(res.status === "fetched" && res.url).toBe(`${base}/ok.csv`);
  });

  it("refuses a redirect to a link-local address (cloud metadata)", async () => {
    expect(await failure(httpGet(`${base}/to-metadata`, fast()))).toEqual({
      code: "source_private_address", value: "http://169.254.169.254/latest/meta-data/", retryable: false });
  });

  it("refuses a redirect to a name that resolves to loopback, without connecting", async () => {
    otherHits = 0;
    const result = await failure(httpGet(`${base}/to-localhost`, fast()));
    expect(result.code).toBe("source_private_address");
    expect(result.value).toMatch(new RegExp(`^localhost → (127\\.0\\.0\\.1|::1) \\(http://localhost:${otherPort}/secret\\.csv\\)$`));
    expect(otherHits).toBe(0);
  });

  it("refuses a loopback URL when no allowance is configured", async () => {
    hits.delete("/ok.csv");
    expect(await failure(httpGet(`${base}/ok.csv`, { ...fast(), allowPrivate: false }))).toEqual({
      code: "source_private_address", value: `${base}/ok.csv`, retryable: false });
    expect(hits.get("/ok.csv")).toBeUndefined();
  });

  it("stops after 5 redirects", async () => {
    hits.delete("/loop");
    expect(await failure(httpGet(`${base}/loop`, fast()))).toEqual({
      code: "source_too_many_redirects", value: `> 5: ${base}/loop`, retryable: false });
    expect(hits.get("/loop")).toBe(6);
  });

  it("reports a refused connection as unreachable", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await failure(httpGet(`http://127.0.0.1:${port}/x.csv`, { ...fast(), allowPrivate: true }))).toEqual({
      code: "source_unreachable", value: `ECONNREFUSED, http://127.0.0.1:${port}/x.csv`, retryable: true });
  });
});

describe("address policy", () => {
  it.each([
    ["127.0.0.1", true], ["10.1.2.3", true], ["172.20.0.1", true], ["192.168.1.1", true], ["169.254.169.254", true],
    ["100.64.0.1", true], ["0.0.0.0", true], ["::1", true], ["fe80::1", true], ["fd00::1", true], ["::ffff:127.0.0.1", true],
    ["8.8.8.8", false], ["202.214.194.138", false], ["2001:4860:4860::8888", false], ["::ffff:8.8.8.8", false],
  ])("%s private: %s", (address, expected) => expect(isPrivateAddress(address)).toBe(expected));
});

describe("fileNameOf", () => {
  it.each([
    ["attachment; filename=\"aed.csv\"", "http://x/a/b", "aed.csv"],
    ["attachment; filename*=UTF-8''%E5%85%AC%E8%A1%86.csv", "http://x/a", "公衆.csv"],
    [undefined, "http://x/files/131041_aed.csv?v=2", "131041_aed.csv"],
    [undefined, "http://x/", "download"],
  ])("%s %s → %s", (disposition, url, name) => expect(fileNameOf(disposition, new URL(url))).toBe(name));
});
