// What a connector hands to the harvest: a file to ingest, or "not modified". Failures are SourceErrors that
// carry an issue (ja + en) from the catalog; `retryable` says whether trying again later may help.
import type { Issue } from "../issues.ts";
import type { HarmonizeInput } from "../run.ts";

export interface HttpValidators {
  etag: string | null;
  last_modified: string | null;
}

export interface Fetched {
  status: "fetched";
  input: HarmonizeInput;
  /** where the bytes came from (final URL after redirects), or the declared source_url of a file source */
  url: string | null;
  media_type: string | null;
  size: number;
  /** HTTP validators to send next time for the requested URL (saved once the ingest finished) */
  validators: (HttpValidators & { url: string }) | null;
}

export interface NotModified {
  status: "not_modified";
  url: string;
}

export type FetchOutcome = Fetched | NotModified;

export class SourceError extends Error {
  constructor(readonly issue: Issue, readonly retryable = false) {
    super(`${issue.message_ja} / ${issue.message_en}`);
  }
}

/** Everything a connector may need besides its source entry. */
export interface FetchContext {
  /** folder of the sources file: file paths are relative to it */
  configDir: string;
  /** validators saved after the last finished ingest, with the URL they belong to (conditional GET) */
  validators?: (HttpValidators & { url: string | null }) | null;
  /** skip conditional GET */
  force?: boolean;
  /** global allowance for private addresses, added to each source's own `allow_private` */
  allowPrivate?: boolean | readonly string[];
  /** first retry delay (doubles each retry); default 1000 ms */
  retryBaseMs?: number;
}
