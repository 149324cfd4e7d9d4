// One harvest run: a `runs` row, then every selected source through fetch → ingest with a bounded pool,
// one `run_sources` row per source. A failing source never stops the others; progress goes to onProgress.
import { randomUUID } from "node:crypto";
import type { Db } from "../storage/db.ts";
import { type RunStatus, type RunSummary, type RunTrigger, type SourceStatus, createRun, failAbandonedRuns, failRunsStartedBefore, finishRun, recordRunSource } from "../storage/runs.ts";
import { acquireLease, expireLeasesExcept, getValidators, releaseLease, renewLease, saveValidators } from "../storage/source-state.ts";
import { latestVersionHead } from "../storage/versions.ts";
import { type IssueCode, issue } from "./issues.ts";
import { heldBy, ingestFile, messageOf, sourceWasHeld } from "./publish.ts";
import { fetchCkan } from "./sources/ckan.ts";
import { type Source, type SourceFilter, type SourcesConfig, selectSources } from "./sources/config.ts";
import { type FetchContext, type FetchOutcome, SourceError } from "./sources/fetched.ts";
import { fetchFile } from "./sources/file.ts";
import { fetchHttp } from "./sources/http.ts";

export interface HarvestOptions {
  trigger: RunTrigger;
  filter?: SourceFilter;
  /** re-ingest even when nothing changed (no conditional GET, no hash shortcut), and publish a file held for dropped rows */
  force?: boolean;
  /** sources in flight at once (default 4) */
  concurrency?: number;
  /** global allowance for private addresses (tests, intranets) */
  allowPrivate?: boolean | readonly string[];
  retryBaseMs?: number;
  /** the scheduled minute this run is for: each slot runs once per source across workers */
  slot?: Date | null;
  /** lease owner name (defaults to a random one per run) */
  owner?: string;
  onProgress?: (event: HarvestEvent) => void;
  /** once aborted, no further source is started; the sources in flight finish (the process is shutting down, and
   *  closes the database only after them) */
  signal?: AbortSignal;
}

export type OutcomeStatus = SourceStatus | "skipped";

export interface SourceOutcome {
  source_id: string;
  municipality: string;
  dataset: string;
  status: OutcomeStatus;
  bytes: number | null;
  rows: number;
  valid: number;
  invalid: number;
  error: string | null;
  /** invalid: the note it was not published for — no_valid_rows, or a hold of a file with valid rows that the last
   *  good version stays published over (rows_dropped, rows_now_invalid, file_cut_off); else null */
  held: IssueCode | null;
  version_id: number | null;
  duration_ms: number;
}

export type HarvestEvent =
  | { type: "start"; run_id: number; total: number }
  | { type: "source"; run_id: number; done: number; total: number; outcome: SourceOutcome };

export interface HarvestResult {
  run_id: number;
  status: RunStatus;
  summary: RunSummary;
  outcomes: SourceOutcome[];
}

type Connector = (source: never, ctx: FetchContext) => Promise<FetchOutcome>;
const CONNECTORS: Record<Source["type"], Connector> = { file: fetchFile, http: fetchHttp, ckan: fetchCkan };

/**
 * A source's lease lasts LEASE_SECONDS and is renewed every LEASE_RENEW_MS while the source is in flight, so a
 * holder that died (on a shared PostgreSQL) blocks its sources for at most a minute.
 */
const LEASE_SECONDS = 60;
const LEASE_RENEW_MS = 20_000;

/** Lease owners of the harvests running in this process (an owner may run several harvests at once: counted). */
const liveOwners = new Map<string, number>();
/** Runs started before this process did were left by another process. */
const PROCESS_STARTED = new Date();

export async function harvest(db: Db, config: SourcesConfig, options: HarvestOptions): Promise<HarvestResult> {
  const started = Date.now();
  // the embedded database belongs to this process alone: runs it is not running were left by a killed process
  if (db.kind === "pglite") await failRunsStartedBefore(db, PROCESS_STARTED);
  else await failAbandonedRuns(db);
  const sources = selectSources(config.sources, options.filter);
  const runId = await createRun(db, options.trigger);
  const owner = options.owner ?? `run-${runId}-${randomUUID().slice(0, 8)}`;
  liveOwners.set(owner, (liveOwners.get(owner) ?? 0) + 1);
  try {
    return await runPool(db, config, options, sources, runId, owner, started);
  } finally {
    const n = (liveOwners.get(owner) ?? 1) - 1;
    if (n > 0) liveOwners.set(owner, n);
    else liveOwners.delete(owner);
  }
}

async function runPool(db: Db, config: SourcesConfig, options: HarvestOptions, sources: Source[], runId: number, owner: string, started: number): Promise<HarvestResult> {
  // likewise for leases
  if (db.kind === "pglite") await expireLeasesExcept(db, [...liveOwners.keys()]);
  options.onProgress?.({ type: "start", run_id: runId, total: sources.length });
  const outcomes: SourceOutcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length && options.signal?.aborted !== true) {
      const source = sources[next++]!;
      const outcome = await harvestSource(db, source, runId, owner, config.dir, options);
      outcomes.push(outcome);
      options.onProgress?.({ type: "source", run_id: runId, done: outcomes.length, total: sources.length, outcome });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, sources.length)) }, worker));
  const summary = summarize(outcomes, Date.now() - started);
  const attempted = summary.sources - summary.skipped;
  const status: RunStatus = summary.failed === 0 ? "ok" : summary.failed === attempted ? "failed" : "partial";
  await finishRun(db, runId, status, summary);
  outcomes.sort((a, b) => a.source_id.localeCompare(b.source_id));
  return { run_id: runId, status, summary, outcomes };
}

/** Fetch and ingest one source under its lease. Never throws: every failure becomes an outcome and a run_sources row. */
export async function harvestSource(db: Db, source: Source, runId: number, owner: string, configDir: string, options: HarvestOptions): Promise<SourceOutcome> {
  const started = new Date();
  const outcome = (status: OutcomeStatus, rest: Partial<SourceOutcome> = {}): SourceOutcome => ({
    source_id: source.id, municipality: source.municipality, dataset: source.dataset, status, bytes: null, rows: 0, valid: 0,
    invalid: 0, error: null, held: null, version_id: null, duration_ms: Date.now() - started.getTime(), ...rest,
  });
  let leased = false;
  let heartbeat: NodeJS.Timeout | undefined;
  try {
    leased = await acquireLease(db, source.id, owner, LEASE_SECONDS, options.slot ?? null);
    if (!leased) return outcome("skipped");
    heartbeat = setInterval(() => { renewLease(db, source.id, owner, LEASE_SECONDS).catch(() => {}); }, LEASE_RENEW_MS);
    heartbeat.unref();
    const saved = source.type === "file" ? null : await getValidators(db, source.id);
    const ctx: FetchContext = {
      configDir, force: options.force ?? false, validators: saved ?? null,
      ...(options.allowPrivate !== undefined ? { allowPrivate: options.allowPrivate } : {}),
      ...(options.retryBaseMs !== undefined ? { retryBaseMs: options.retryBaseMs } : {}),
    };
    let fetched = await CONNECTORS[source.type](source as never, ctx);
    // a 304 for a file that was held is no news: fetched whole, it is held again with its reason (or released)
    if (fetched.status === "not_modified" && await sourceWasHeld(db, source.municipality, source.dataset, source.id)) {
      fetched = await CONNECTORS[source.type](source as never, { ...ctx, validators: null });
    }
    if (fetched.status === "not_modified") {
      const latest = await latestVersionHead(db, source.municipality, source.dataset);
      await recordRunSource(db, {
        run_id: runId, source_id: source.id, municipality_code: source.municipality, dataset_id: source.dataset, status: "unchanged",
        started_at: started, finished_at: new Date(), bytes: 0, rows: latest?.rows ?? null, valid: latest?.valid ?? null,
        invalid: latest?.invalid ?? null, error: null, version_id: latest?.id ?? null,
      });
      return outcome("unchanged", { bytes: 0, rows: latest?.rows ?? 0, valid: latest?.valid ?? 0, invalid: latest?.invalid ?? 0, version_id: latest?.id ?? null });
    }
    const result = await ingestFile(db, fetched.input, {
      municipality: source.municipality, dataset: source.dataset, source_id: source.id, source_url: fetched.url,
      license: source.license, attribution: source.attribution, sample: source.sample, run_id: runId, trigger: "harvest",
      encoding: source.encoding ?? null, media_type: fetched.media_type,
    }, { force: options.force ?? false, unchangedReport: "counts" });
    if (result.status !== "failed" && fetched.validators) {
      await saveValidators(db, source.id, { ...fetched.validators, sha256: null });
    }
    const status: OutcomeStatus = result.status === "published" ? "ok" : result.status === "dry_run" ? "ok" : result.status;
    return outcome(status, {
      bytes: fetched.size, rows: result.report.rows, valid: result.report.valid, invalid: result.report.invalid,
      error: result.status === "failed" || result.status === "invalid" ? messageOf(result.report) : null,
      held: result.status === "invalid" ? heldBy(result.report) : null, version_id: result.version_id,
    });
  } catch (err) {
    const failure = err instanceof SourceError ? err : new SourceError(issue("ingest_failed", { value: (err as Error).message }));
    await recordRunSource(db, {
      run_id: runId, source_id: source.id, municipality_code: source.municipality, dataset_id: source.dataset, status: "failed",
      started_at: started, finished_at: new Date(), bytes: null, rows: null, valid: null, invalid: null, error: failure.message, version_id: null,
    }).catch(() => {});
    return outcome("failed", { error: failure.message });
  } finally {
    clearInterval(heartbeat);
    if (leased) await releaseLease(db, source.id, owner).catch(() => {});
  }
}

export function summarize(outcomes: readonly SourceOutcome[], durationMs: number): RunSummary {
  const count = (s: OutcomeStatus) => outcomes.filter((o) => o.status === s).length;
  const fresh = outcomes.filter((o) => o.status === "ok" || o.status === "invalid");
  return {
    sources: outcomes.length, ok: count("ok"), unchanged: count("unchanged"), invalid: count("invalid"), failed: count("failed"),
    skipped: count("skipped"),
    rows: fresh.reduce((n, o) => n + o.rows, 0),
    valid_rows: fresh.reduce((n, o) => n + o.valid, 0),
    invalid_rows: fresh.reduce((n, o) => n + o.invalid, 0),
    duration_ms: durationMs,
  };
}
