// One careful HTTP GET: conditional (ETag / Last-Modified), connect and total timeouts, a size limit enforced
// while streaming, truncation detection, retries with exponential backoff on 5xx/timeouts/resets (never on 4xx),
// at most 5 redirects, and never a connection to a loopback/private/link-local address unless allowed
// (the resolved IP is checked in the socket's own DNS lookup, so a name cannot be re-pointed after the check).
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import { issue } from "../issues.ts";
import { type HttpValidators, SourceError } from "./fetched.ts";

export interface HttpGetOptions {
  /** true, or "host" / "host:port" entries whose private addresses may be used */
  allowPrivate: boolean | readonly string[];
  timeoutMs: number;
  connectTimeoutMs: number;
  maxBytes: number;
  retries: number;
  retryBaseMs: number;
  maxRedirects: number;
  /** sent as If-None-Match / If-Modified-Since */
  validators: HttpValidators | null;
  /** data: CSV/Excel expected (HTML, JSON, PDF, images refused); json: a JSON API */
  expect: "data" | "json";
}

export const HTTP_DEFAULTS: HttpGetOptions = {
  allowPrivate: false, timeoutMs: 60_000, connectTimeoutMs: 10_000, maxBytes: 50 * 1024 * 1024, retries: 3,
  retryBaseMs: 1_000, maxRedirects: 5, validators: null, expect: "data",
};

export type HttpResult =
  | { status: "fetched"; bytes: Uint8Array; url: string; media_type: string | null; file_name: string; validators: HttpValidators }
  | { status: "not_modified"; url: string };

type Hop = HttpResult | { status: "redirect"; location: string };

const USER_AGENT = "tokyo-opendata-hub/0.1 (+https://github.com/; harvest)";

export async function httpGet(url: string, options: Partial<HttpGetOptions> = {}): Promise<HttpResult> {
  const o: HttpGetOptions = { ...HTTP_DEFAULTS, ...options };
  for (let attempt = 0; ; attempt++) {
    try {
      return await followRedirects(url, o);
    } catch (err) {
      const failure = err instanceof SourceError ? err : new SourceError(issue("source_unreachable", { value: `${(err as Error).message} ${safeUrl(url)}` }), true);
      if (!failure.retryable || attempt >= o.retries) throw failure;
      await new Promise((r) => setTimeout(r, o.retryBaseMs * 2 ** attempt));
    }
  }
}

async function followRedirects(start: string, o: HttpGetOptions): Promise<HttpResult> {
  let current = parseUrl(start);
  for (let hops = 0; ; hops++) {
    const hop = await getOnce(current, o);
    if (hop.status !== "redirect") return hop;
    if (hops >= o.maxRedirects) {
      throw new SourceError(issue("source_too_many_redirects", { value: `> ${o.maxRedirects}: ${safeUrl(start)}` }));
    }
    current = parseUrl(hop.location, current);
  }
}

function parseUrl(raw: string, base?: URL): URL {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    throw new SourceError(issue("source_http_error", { value: `bad URL "${raw}"` }));
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new SourceError(issue("source_http_error", { value: `unsupported URL scheme ${u.protocol} (${safeUrl(u)})` }));
  return u;
}

/** The URL without credentials, for messages. */
export function safeUrl(u: string | URL): string {
  try {
    const p = typeof u === "string" ? new URL(u) : u;
    return `${p.protocol}//${p.host}${p.pathname}${p.search}`;
  } catch {
    return String(u);
  }
}

// ---- address policy ----

const PRIVATE = new net.BlockList();
for (const [a, bits] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) PRIVATE.addSubnet(a, bits, "ipv4");
for (const [a, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96]] as const) PRIVATE.addSubnet(a, bits, "ipv6");

/** Loopback, private (RFC 1918, ULA), link-local, CGNAT, multicast, unspecified, and IPv4-mapped forms of them. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, "ipv4");
  const family = net.isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family === 6) return PRIVATE.check(address, "ipv6");
  return true;
}

function isAllowedHost(u: URL, allow: boolean | readonly string[]): boolean {
  if (allow === true) return true;
  if (allow === false) return false;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  const port = u.port || (u.protocol === "https:" ? "443" : "80");
  return allow.includes(host) || allow.includes(`${host}:${port}`);
}

class PrivateAddressError extends Error {}

function guardedLookup(hostname: string, options: dns.LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "");
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(new PrivateAddressError(`${hostname} → ${bad.address}`), "");
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
    callback(null, first.address, first.family);
  });
}

// ---- one request ----

function getOnce(u: URL, o: HttpGetOptions): Promise<Hop> {
  const allowed = isAllowedHost(u, o.allowPrivate);
  const literal = u.hostname.replace(/^\[|\]$/g, "");
  if (!allowed && net.isIP(literal) && isPrivateAddress(literal)) {
    return Promise.reject(new SourceError(issue("source_private_address", { value: safeUrl(u) })));
  }
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    "accept": o.expect === "json" ? "application/json" : "text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5",
    "accept-encoding": "gzip, deflate, br",
  };
  if (o.validators?.etag) headers["if-none-match"] = o.validators.etag;
  if (o.validators?.last_modified) headers["if-modified-since"] = o.validators.last_modified;
  const lib = u.protocol === "https:" ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    let settled = false;
    let timedOut: "connect" | "total" | null = null;
    const finish = (fn: () => void) => { if (!settled) { settled = true; clearTimeout(total); fn(); } };
    const fail = (e: SourceError) => finish(() => { req.destroy(); reject(e); });
    const timeoutError = () => new SourceError(issue("source_timeout", {
      value: `${timedOut === "connect" ? `connect > ${o.connectTimeoutMs}` : `> ${o.timeoutMs}`} ms, ${safeUrl(u)}`,
    }), true);
    const req = lib.request(u, { method: "GET", headers, ...(allowed ? {} : { lookup: guardedLookup as net.LookupFunction }) });
    const total = setTimeout(() => { timedOut = "total"; req.destroy(new Error("timeout")); }, o.timeoutMs);
    req.on("socket", (socket) => {
      if (!socket.connecting) return;
      const t = setTimeout(() => { timedOut = "connect"; req.destroy(new Error("connect timeout")); }, o.connectTimeoutMs);
      socket.once("connect", () => clearTimeout(t));
      socket.once("close", () => clearTimeout(t));
    });
    let answered = false;
    req.on("error", (err) => {
      if (timedOut) return fail(timeoutError());
      if (err instanceof PrivateAddressError) return fail(new SourceError(issue("source_private_address", { value: `${err.message} (${safeUrl(u)})` })));
      const code = (err as NodeJS.ErrnoException).code ?? err.message;
      // once the server answered, a reset is a download cut short, not a host that cannot be reached
      if (answered) return fail(new SourceError(issue("source_truncated", { value: `${code}, ${safeUrl(u)}` }), true));
      fail(new SourceError(issue("source_unreachable", { value: `${code}, ${safeUrl(u)}` }), code !== "ENOTFOUND"));
    });
    req.on("response", (res) => {
      answered = true;
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        res.resume();
        return finish(() => resolve({ status: "redirect", location }));
      }
      if (status === 304) {
        res.resume();
        return finish(() => resolve({ status: "not_modified", url: u.href }));
      }
      if (status < 200 || status >= 300) {
        res.resume();
        // the server's own trouble (5xx, maintenance, overload) passes: retried, and said as such, not as a wrong URL
        const passing = status >= 500 || status === 408 || status === 429;
        return fail(new SourceError(issue(passing ? "source_server_error" : "source_http_error", {
          value: `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ""}, ${safeUrl(u)}`,
        }), passing));
      }
      const mediaType = (res.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase() || null;
      const typeProblem = unexpectedType(mediaType, o.expect);
      if (typeProblem) {
        res.resume();
        return fail(new SourceError(issue("source_wrong_type", { value: `Content-Type ${mediaType}, ${safeUrl(u)}` })));
      }
      const declared = res.headers["content-length"] !== undefined ? Number(res.headers["content-length"]) : null;
      const encoding = (res.headers["content-encoding"] ?? "identity").toLowerCase();
      if (declared !== null && encoding === "identity" && declared > o.maxBytes) {
        res.resume();
        return fail(new SourceError(issue("source_too_large", { value: `${declared} > ${o.maxBytes} bytes, ${safeUrl(u)}` })));
      }
      readBody(res, encoding, declared, o.maxBytes).then(
        (bytes) => finish(() => resolve({
          status: "fetched", bytes, url: u.href, media_type: mediaType, file_name: fileNameOf(res.headers["content-disposition"], u),
          validators: { etag: headerText(res.headers.etag), last_modified: headerText(res.headers["last-modified"]) },
        })),
        (problem: BodyProblem) => {
          if (timedOut) return fail(timeoutError());
          if (problem.kind === "too_large") return fail(new SourceError(issue("source_too_large", { value: `> ${o.maxBytes} bytes, ${safeUrl(u)}` })));
          fail(new SourceError(issue("source_truncated", { value: `${problem.detail}, ${safeUrl(u)}` }), true));
        },
      );
    });
    req.end();
  });
}

const REFUSED_DATA_TYPES = /^(text\/html|application\/xhtml\+xml|application\/json|application\/pdf|image\/.*|audio\/.*|video\/.*|text\/javascript|application\/javascript)$/;

function unexpectedType(mediaType: string | null, expect: "data" | "json"): boolean {
  if (!mediaType) return false;
  if (expect === "json") return !/json/.test(mediaType);
  return REFUSED_DATA_TYPES.test(mediaType);
}

type BodyProblem = { kind: "too_large" } | { kind: "truncated"; detail: string };

/** Streams the body, decompressing, stopping as soon as it passes maxBytes; checks Content-Length. */
function readBody(res: http.IncomingMessage, encoding: string, declared: number | null, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let size = 0;
    let done = false;
    const stop = (p: BodyProblem) => { if (!done) { done = true; res.destroy(); reject(p); } };
    const decoder = encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip()
      : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : null;
    res.on("data", (c: Buffer) => { received += c.length; });
    const short = (): BodyProblem => ({ kind: "truncated", detail: `${received}${declared !== null ? ` / ${declared}` : ""} bytes` });
    res.on("error", () => stop(short()));
    res.on("close", () => { if (!res.complete) stop(short()); });
    const out = decoder ? res.pipe(decoder) : res;
    if (decoder) decoder.on("error", (e) => stop({ kind: "truncated", detail: `bad ${encoding} stream: ${e.message}` }));
    out.on("data", (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) return stop({ kind: "too_large" });
      chunks.push(c);
    });
    out.on("end", () => {
      if (done) return;
      if (!res.complete || (declared !== null && received !== declared)) return stop(short());
      done = true;
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
  });
}

function headerText(h: string | string[] | undefined): string | null {
  return typeof h === "string" && h !== "" ? h : null;
}

/** From Content-Disposition (filename* or filename), else the last path segment. */
export function fileNameOf(disposition: string | undefined, u: URL): string {
  const star = disposition && /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) return safeDecode(star[1]!.trim());
  const plain = disposition && /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  if (plain) return plain[1]!.trim();
  const last = u.pathname.split("/").filter(Boolean).pop();
  return last ? safeDecode(last) : "download";
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
