// `http` sources: one URL, fetched with a conditional GET and the limits of the source entry.
import type { RemoteSource } from "./config.ts";
import type { FetchContext, FetchOutcome } from "./fetched.ts";
import { type HttpGetOptions, httpGet } from "./http-get.ts";

/** The GET options of a remote source: its own limits plus the run's global allowance. */
export function remoteOptions(source: RemoteSource, ctx: FetchContext): Partial<HttpGetOptions> {
  return {
    allowPrivate: mergeAllowance(source.allow_private, ctx.allowPrivate ?? false),
    timeoutMs: source.timeout_ms,
    connectTimeoutMs: source.connect_timeout_ms,
    maxBytes: source.max_bytes,
    retries: source.retries,
    ...(ctx.retryBaseMs !== undefined ? { retryBaseMs: ctx.retryBaseMs } : {}),
  };
}

function mergeAllowance(a: boolean | readonly string[], b: boolean | readonly string[]): boolean | readonly string[] {
  if (a === true || b === true) return true;
  return [...(a === false ? [] : a), ...(b === false ? [] : b)];
}

/** Fetches `url` for a data source: not_modified when the server says the validators still hold. */
export async function fetchData(url: string, source: RemoteSource, ctx: FetchContext): Promise<FetchOutcome> {
  const saved = !ctx.force && ctx.validators && ctx.validators.url === url ? ctx.validators : null;
  const res = await httpGet(url, { ...remoteOptions(source, ctx), validators: saved, expect: "data" });
  if (res.status === "not_modified") return res;
  return {
    status: "fetched",
    input: { bytes: res.bytes, fileName: res.file_name },
    url: res.url,
    media_type: res.media_type,
    size: res.bytes.byteLength,
    validators: { ...res.validators, url },
  };
}

export function fetchHttp(source: Extract<RemoteSource, { type: "http" }>, ctx: FetchContext): Promise<FetchOutcome> {
  return fetchData(source.url, source, ctx);
}
