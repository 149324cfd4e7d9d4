// Ingest and publish (contract C): keep the raw bytes, harmonize, and publish a new version atomically.
// Storage layout and where reports live: see storage/versions.ts.
import { randomUUID } from "node:crypto";
import { createReadStream, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Db } from "../storage/db.ts";
import { hasRawFile, storeRawFile } from "../storage/raw-files.ts";
import { recordSearchText } from "../storage/search-text.ts";
import { type RunSourceRow, createRun, finishRun, recordRunSource } from "../storage/runs.ts";
import { type NewVersion, type StagedRow, type VersionHead, dropStage, dropStaleStages, latestSourceVersionHead, latestVersionHead, publishVersion, publishedValidRowsOf, recordVersion, stageRows, versionReport } from "../storage/versions.ts";
import { type Issue, type IssueCode, issue } from "./issues.ts";
import type { Report } from "./report.ts";
import { type HarmonizeInput, type HarmonizeOptions, type HarmonizedRow, harmonize } from "./run.ts";
import { cutOff, endsWhole } from "./cut-off.ts";
import { type Digest, digestChunks, gzipContent } from "./content-hash.ts";
import { LastRowShape } from "./last-row-shape.ts";
import { rowsDropped } from "./rows-dropped.ts";

export interface IngestTarget {
  municipality: string;
  dataset: string;
  source_id: string;
  source_url?: string | null;
  license?: string | null;
  attribution?: string | null;
  sample?: boolean;
  /** the run this ingest belongs to (its run_sources row is written here); undefined → a run of its own; null → none */
  run_id?: number | null;
  trigger?: "harvest" | "upload";
  /** encoding hint for the decoder ("shift_jis", "utf-8", …) */
  encoding?: string | null;
  /** content type the file came with, kept beside the raw bytes */
  media_type?: string | null;
}

export type IngestStatus = "published" | "unchanged" | "invalid" | "failed" | "dry_run";

export interface IngestOptions {
  dryRun?: boolean;
  /** ingest even when the file equals that of the latest version; publish a harvest whose valid rows dropped (rows-dropped.ts) */
  force?: boolean;
  onProgress?: (p: { rows: number }) => void;
  /** harmonize with dataset "auto" (the caller detected target.dataset so): the report says how it was detected */
  detectDataset?: boolean;
  /** unchanged: "full" loads the stored report (default); "counts" returns only its row counts (harvests: cheaper) */
  unchangedReport?: "full" | "counts";
}

export interface IngestResult {
  status: IngestStatus;
  report: Report;
  /** published: the new version; invalid: the report-only version; unchanged: the matching version; else null */
  version_id: number | null;
}

/**
 * Stores raw bytes by sha256, harmonizes, and — unless dryRun — writes a new version and switches the
 * published pointer in one transaction only when the run finished and ≥1 row is valid. An unchanged file (same
 * metadata as the latest version, and the same bytes, or for a gzip the same file inside) does no work. Never throws
 * for bad data.
 */
export async function ingestFile(db: Db, input: HarmonizeInput, target: IngestTarget, options: IngestOptions = {}): Promise<IngestResult> {
  const started = new Date();
  if (options.dryRun) {
    const report = await harmonize(input, harmonizeOptions(target, options));
    return { status: "dry_run", report, version_id: null };
  }
  const ownRun = target.run_id === undefined;
  let runId: number | null = target.run_id ?? null;
  let size: number | null = null;
  let result: IngestResult;
  try {
    if (ownRun) runId = await createRun(db, target.trigger === "upload" ? "upload" : "cli");
    const { sha256, bytes, tail } = await hashInput(input);
    size = bytes;
    result = await ingestHashed(db, input, target, options, sha256, tail, runId);
  } catch (err) {
    result = { status: "failed", report: failureReport(target.dataset, err), version_id: null };
  }
  if (runId !== null) {
    await bookkeep(db, runId, ownRun, target, result, started, size).catch(() => {});
  }
  return result;
}

async function ingestHashed(db: Db, input: HarmonizeInput, target: IngestTarget, options: IngestOptions, sha256: string, tail: Uint8Array, runId: number | null): Promise<IngestResult> {
  const latest = await sinceLastTime(db, target);
  const comparable = !options.force && latest && sameMetadata(latest, target) ? latest : undefined;
  // the raw bytes first: the same file again needs no inflating
  if (comparable && comparable.raw_sha256 === sha256) return unchanged(db, target, options, comparable);
  // a gzip compressed again holds the same file: no news (a version stored before content hashes has none: one new
  // version, then the next night compares)
  const inner = await gzipContent(input, tail.length);
  const contentSha256 = inner?.sha256 ?? sha256;
  if (comparable && comparable.content_sha256 === contentSha256) return unchanged(db, target, options, comparable);
  if (!(await hasRawFile(db, sha256))) {
    const bytes = "bytes" in input ? input.bytes : new Uint8Array(await readFile(input.path));
    await storeRawFile(db, { sha256, bytes, size: bytes.byteLength, media_type: target.media_type ?? null, file_name: input.fileName });
  }
  await dropStaleStages(db);
  const stageId = randomUUID();
  const ids = new RecordIds(target.municipality, target.dataset);
  try {
    // for a harvest that may stop inside its last row (cut-off.ts): its last bytes as the engine reads them, and what
    // the rows before the last one hold
    // inside a gzip, the inflated file's (the gzip's own last bytes are its CRC and size, which say nothing of a line
    // end); a gzip that does not inflate is the engine's to report: gzip_damaged
    const lastBytes = inner?.tail ?? tail;
    const shape = holdsHarvest(target, options) && !endsWhole(lastBytes) ? new LastRowShape() : null;
    const report = await harmonize(input, harmonizeOptions(target, options, shape), async (batch) => {
      shape?.add(batch);
      await stageRows(db, stageId, batch.filter((r) => r.valid).map((r) => toStagedRow(r, ids)));
    });
    const version: NewVersion = {
      municipality_code: target.municipality, dataset_id: target.dataset, source_id: target.source_id, run_id: runId,
      raw_sha256: sha256, content_sha256: contentSha256, source_url: target.source_url ?? null, license: target.license ?? null,
      attribution: target.attribution ?? null, sample: target.sample ?? false, report,
    };
    const held = report.valid === 0 || isUnreadable(report) ? issue("no_valid_rows")
      : await harvestHeld(db, target, options, report, lastBytes, shape);
    if (held) {
      await dropStage(db, stageId);
      const withNote: Report = { ...report, issues: [...report.issues, held] };
      const id = await recordVersion(db, { ...version, report: withNote });
      return { status: "invalid", report: withNote, version_id: id };
    }
    await pauseBeforePublishForTests();
    const id = await publishVersion(db, version, stageId);
    return { status: "published", report, version_id: id };
  } catch (err) {
    await dropStage(db, stageId).catch(() => {});
    throw err;
  }
}

/** The file is the one `latest` was made of: no work. The same file that was held last time is held again, with its
 *  reason, not waved through as "no news". */
async function unchanged(db: Db, target: IngestTarget, options: IngestOptions, latest: VersionHead): Promise<IngestResult> {
  const counts: Report = { dataset: target.dataset, encoding: null, rows: latest.rows, valid: latest.valid, invalid: latest.invalid, header: [], issues: [] };
  const stored = latest.published ? undefined : await versionReport(db, latest.id);
  if (stored && await stillHeld(db, target, options, stored, latest.valid)) return { status: "invalid", report: stored, version_id: latest.id };
  const report = options.unchangedReport === "counts" ? counts : stored ?? (await versionReport(db, latest.id)) ?? counts;
  return { status: "unchanged", report, version_id: latest.id };
}

/**
 * The version new bytes are compared with. A harvest compares with what ITS source gave last time, not with the pair's
 * newest version: after an officer's upload, a nightly harvest of the same, unchanged source file is no news and must
 * not put the old file back over the upload. An upload (a person acting now) compares with the pair's newest version.
 */
async function sinceLastTime(db: Db, target: IngestTarget): Promise<VersionHead | undefined> {
  return target.trigger === "harvest"
    ? latestSourceVersionHead(db, target.municipality, target.dataset, target.source_id)
    : latestVersionHead(db, target.municipality, target.dataset);
}

/** Whether a file is held when it looks cut or shrunk: a harvest, not forced. An upload or a forced harvest is a
 *  person publishing on purpose. */
function holdsHarvest(target: IngestTarget, options: IngestOptions): boolean {
  return target.trigger === "harvest" && !options.force;
}

/** Why a harvest (not forced) is held though it has valid rows: it stops inside its last row (cut-off.ts), or its
 *  valid rows fell to half of those its own source published or fewer (rows-dropped.ts); null: published. */
async function harvestHeld(db: Db, target: IngestTarget, options: IngestOptions, report: Report, tail: Uint8Array, shape: LastRowShape | null): Promise<Issue | null> {
  if (!holdsHarvest(target, options)) return null;
  const publishedValid = await publishedValidRowsOf(db, target.municipality, target.dataset, target.source_id);
  return cutOff(report, tail, { publishedValid, shape }) ?? rowsDropped(publishedValid, report);
}

/** A harvest (not forced) that would replace the version its own source published with half its valid rows or fewer:
 *  held. An upload or a forced harvest is a person publishing on purpose; over an upload, a bundled sample or another
 *  source's version, a count of other rows says nothing about this file. */
async function shrunkSinceLastPublished(db: Db, target: IngestTarget, options: IngestOptions, report: Report): Promise<Issue | null> {
  if (!holdsHarvest(target, options)) return null;
  return rowsDropped(await publishedValidRowsOf(db, target.municipality, target.dataset, target.source_id), report);
}

/**
 * Test hook (test/pipelines/harvest-kill.test.ts): when ODH_TEST_PAUSE_BEFORE_PUBLISH names a file, the ingest writes
 * that file once harmonization finished and every row is staged, then waits forever, so a test can SIGKILL the process
 * at exactly the point between fetch/harmonize and the publish transaction. Never set in normal use.
 */
async function pauseBeforePublishForTests(): Promise<void> {
  const marker = process.env.ODH_TEST_PAUSE_BEFORE_PUBLISH;
  if (!marker) return;
  writeFileSync(marker, String(process.pid));
  await new Promise(() => {});
}

function harmonizeOptions(target: IngestTarget, options: IngestOptions, shape: LastRowShape | null = null): HarmonizeOptions {
  return {
    dataset: options.detectDataset ? "auto" : target.dataset,
    municipality: target.municipality,
    ...(target.encoding ? { encoding: target.encoding } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(shape === null ? {} : { onHeader: (h) => shape.header(h.header, h.extra) }),
  };
}

/** Same metadata as the latest version: then the same file is no news. */
function sameMetadata(v: VersionHead, t: IngestTarget): boolean {
  return v.source_url === (t.source_url ?? null) && v.license === (t.license ?? null)
    && v.attribution === (t.attribution ?? null) && v.sample === (t.sample ?? false);
}

function isUnreadable(report: Report): boolean {
  return report.issues.some((i) => i.row === null && i.severity === "error");
}

/** The sha256 of the input's raw bytes, its size, and its last bytes (whether the file ends with a line end). */
function hashInput(input: HarmonizeInput): Promise<Digest> {
  return digestChunks("bytes" in input ? [input.bytes] : createReadStream(input.path), 2);
}

function failureReport(dataset: string, err: unknown): Report {
  const message = err instanceof Error ? err.message : String(err);
  return { dataset, encoding: null, rows: 0, valid: 0, invalid: 0, header: [], issues: [issue("ingest_failed", { value: message })] };
}

const RUN_SOURCE_STATUS = { published: "ok", unchanged: "unchanged", invalid: "invalid", failed: "failed", dry_run: "ok" } as const;

async function bookkeep(db: Db, runId: number, ownRun: boolean, target: IngestTarget, result: IngestResult, started: Date, size: number | null): Promise<void> {
  const row: RunSourceRow = {
    run_id: runId, source_id: target.source_id, municipality_code: target.municipality, dataset_id: target.dataset,
    status: RUN_SOURCE_STATUS[result.status], started_at: started, finished_at: new Date(), bytes: size,
    rows: result.report.rows, valid: result.report.valid, invalid: result.report.invalid,
    error: result.status === "failed" || result.status === "invalid" ? messageOf(result.report) : null,
    version_id: result.status === "failed" ? null : result.version_id,
  };
  await recordRunSource(db, row);
  if (ownRun) {
    const failed = result.status === "failed";
    await finishRun(db, runId, failed ? "failed" : "ok", {
      sources: 1, ok: result.status === "published" ? 1 : 0, unchanged: result.status === "unchanged" ? 1 : 0,
      invalid: result.status === "invalid" ? 1 : 0, failed: failed ? 1 : 0, skipped: 0,
      rows: result.report.rows, valid_rows: result.report.valid, invalid_rows: result.report.invalid,
      duration_ms: Date.now() - started.getTime(),
    });
  }
}

/** The notes an unpublished version's report ends with: why it was held. */
const HELD_CODES: ReadonlySet<string> = new Set(["no_valid_rows", "rows_dropped", "rows_now_invalid", "file_cut_off"]);
/** The notes of a version held for its valid rows against the published version's: whether it still is depends on
 *  what is published now. */
const DROP_CODES: ReadonlySet<string> = new Set(["rows_dropped", "rows_now_invalid"]);

/** Whether an unpublished version of the same bytes is to be held again: it was held, and (held for dropped rows) its
 *  rows still drop against what is published now. Not held: a version an upload replaced, or one whose drop an upload
 *  since made no drop (the officer published the shorter list: the upload, newer, stays, as for any unchanged file). */
async function stillHeld(db: Db, target: IngestTarget, options: IngestOptions, stored: Report, valid: number): Promise<boolean> {
  const note = stored.issues.findLast((i) => HELD_CODES.has(i.code));
  if (!note) return false;
  return !DROP_CODES.has(note.code) || (await shrunkSinceLastPublished(db, target, options, { ...stored, valid })) !== null;
}

/** Whether the newest version a source gave was held (not published: no valid row, dropped rows). */
export async function sourceWasHeld(db: Db, municipality: string, dataset: string, sourceId: string): Promise<boolean> {
  const head = await latestSourceVersionHead(db, municipality, dataset, sourceId);
  if (!head || head.published) return false;
  const report = await versionReport(db, head.id);
  return report?.issues.some((i) => HELD_CODES.has(i.code)) ?? false;
}

/** The note that held an unpublished version (no_valid_rows, rows_dropped, rows_now_invalid, file_cut_off); null: none. */
export function heldBy(report: Report): IssueCode | null {
  return report.issues.findLast((i) => HELD_CODES.has(i.code))?.code ?? null;
}

/** Why an ingest failed or was not published, Japanese and English: the file's own error (HTML, empty, a required
 *  column missing) before any row's, then the note saying why it was held. */
export function messageOf(report: Report): string {
  const first = report.issues.find((i) => i.row === null && i.severity === "error")
    ?? report.issues.find((i) => HELD_CODES.has(i.code))
    ?? report.issues.find((i) => i.severity === "error");
  return first ? `${first.message_ja} / ${first.message_en}` : "";
}

/**
 * record_id: `<municipality>-<dataset>-<id>` when the row's own ID is URL-safe and unique in the file,
 * else `<municipality>-<dataset>-r<row>`. Stable across versions as long as the publisher keeps its IDs.
 */
export class RecordIds {
  private readonly used = new Set<string>();
  constructor(private readonly municipality: string, private readonly dataset: string) {}

  next(row: number, ownId: unknown): string {
    const prefix = `${this.municipality}-${this.dataset}-`;
    if (typeof ownId === "string" && /^[A-Za-z0-9][A-Za-z0-9_.~-]{0,63}$/.test(ownId) && !/^r\d+$/.test(ownId)) {
      const candidate = prefix + ownId;
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
    let candidate = `${prefix}r${row}`;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${prefix}r${row}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

function toStagedRow(r: HarmonizedRow, ids: RecordIds): StagedRow {
  const rec = r.record;
  const text = (k: string) => (typeof rec[k] === "string" ? (rec[k] as string) : null);
  const num = (k: string) => (typeof rec[k] === "number" && Number.isFinite(rec[k]) ? (rec[k] as number) : null);
  return {
    row_number: r.row,
    record_id: ids.next(r.row, rec.id),
    name: text("name"),
    search_text: recordSearchText(rec),
    latitude: num("latitude"),
    longitude: num("longitude"),
    data: rec,
    extra: r.extra,
  };
}
