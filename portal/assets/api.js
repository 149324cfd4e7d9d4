// Reads the catalog API (contract D). Failures become ApiFailure with the API's Japanese and English messages.

export class ApiFailure extends Error {
  constructor(status, message_ja, message_en) {
    super(message_en);
    this.status = status;
    this.message_ja = message_ja;
    this.message_en = message_en;
  }
}

async function failure(res) {
  let body = null;
  try { body = await res.json(); } catch { /* not JSON: keep the status line */ }
  const error = body && typeof body === "object" && body.error && typeof body.error === "object" ? body.error : null;
  return new ApiFailure(res.status,
    error?.message_ja ?? `サーバーがエラーを返しました（HTTP ${res.status}）。`,
    error?.message_en ?? `The server answered HTTP ${res.status}.`);
}

/** GET a JSON resource under /api/v1 (or an absolute next_url from the API). */
export async function getJson(pathOrUrl, { signal } = {}) {
  const url = pathOrUrl.startsWith("http") ? pathOrUrl : `/api/v1${pathOrUrl}`;
  let res;
  try {
    // no-cache: revalidate (ETag → 304) every time, so a page opened right after 公開しました shows what was published,
    // not the answer the browser kept for max-age
    res = await fetch(url, { headers: { accept: "application/json" }, cache: "no-cache", signal });
  } catch (err) {
    if (err?.name === "AbortError") throw err;
    throw new ApiFailure(0, "サーバーに接続できませんでした。", "Could not reach the server.");
  }
  if (!res.ok) throw await failure(res);
  return res.json();
}

/** POST a file to /api/v1/uploads as multipart; returns the UploadResult. */
export async function postUpload({ municipality, dataset, dryRun, token, file }) {
  const query = new URLSearchParams({ municipality });
  if (dataset && dataset !== "auto") query.set("dataset", dataset);
  if (dryRun) query.set("dryRun", "true");
  const form = new FormData();
  form.append("file", file, file.name);
  let res;
  try {
    res = await fetch(`/api/v1/uploads?${query}`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
  } catch {
    throw new ApiFailure(0, "サーバーに接続できませんでした。", "Could not reach the server.");
  }
  if (!res.ok) throw await failure(res);
  return res.json();
}

/** The CSV of one upload's whole report (the page shows 200 issues per field); it needs the token, so it is fetched
 *  here and handed to the browser as a file. */
export async function getUploadCsv({ uploadId, token }) {
  let res;
  try {
    res = await fetch(`/api/v1/uploads/${encodeURIComponent(uploadId)}?format=csv`, { headers: { authorization: `Bearer ${token}` }, cache: "no-store" });
  } catch {
    throw new ApiFailure(0, "サーバーに接続できませんでした。", "Could not reach the server.");
  }
  if (!res.ok) throw await failure(res);
  const name = /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? `upload-${uploadId}-report.csv`;
  return { blob: await res.blob(), name };
}

/** Absolute URL of an API path, for copy-ready examples. */
export const apiUrl = (path) => new URL(`/api/v1${path}`, location.origin).href;
