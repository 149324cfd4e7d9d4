// A large CSV file read on several threads. The main thread reads the head of the file as usual (encoding, delimiter,
// dataset, header, the first rows); the rest is cut into byte ranges (ranges.ts) harmonized by worker threads and by
// the main thread itself (range-task.ts), and the results are put back in file order: issues into the run's log
// (the same examples and counts as one thread gives), rows counted, output text written in order.
// A range that did not parse as whole records (a cut inside a quoted cell) is not used: the file is read on from
// its start by the main thread alone. The report and the output are the same as a sequential run's, byte for byte.
import { randomUUID } from "node:crypto";
import { DATASETS } from "../schemas/index.ts";
import { addUtf8Lines, decodeChunks, type Utf8LinesFound, utf8LinesIssue } from "./decode.ts";
import type { Encoding } from "./encoding-sniff.ts";
import { HEAD_RECORDS } from "./detect.ts";
import { createIssueLog } from "./issue-log.ts";
import { byteChunks, type Source } from "./input.ts";
import { type Delimiter, type ParsedRecord, parseCsv } from "./parse.ts";
import { rowWidthOf } from "./quote-over-rows.ts";
import { byteRanges, type ByteRange, concat, RANGE_BYTES } from "./ranges.ts";
import { rangeWorkers, type RangeWorker } from "./range-pool.ts";
import { type FileFrame, planData, type RangeResult, type RangeTask, runRange } from "./range-task.ts";
import type { RecordFormat } from "./record-output.ts";
import type { RowSink } from "./row-sink.ts";
import type { OnBatch, RunState } from "./run.ts";
import { findSexRows } from "./sex-rows-layout.ts";
import { type OpenTable, processTable } from "./table.ts";

export interface ParallelOptions {
  /** threads in all, the main thread included (default 1: each worker thread costs 30–80 MB of memory and compiles
   *  the engine again; on a 2-core machine a second thread made a cold `odh validate` slower even at 300,000 rows,
   *  and paid for itself only in a long-lived process whose workers stay compiled; see the engine bench) */
  threads?: number;
  /** files smaller than this are read by one thread (default 8 MiB: below it, starting a worker costs more) */
  minBytes?: number;
  /** bytes per range (default RANGE_BYTES, 256 KiB) */
  rangeBytes?: number;
  /** false: the main thread only reads the head and puts results together, workers read every range (tests) */
  mainReads?: boolean;
  /** filled in while reading: who read how many ranges (for benchmarks and tests) */
  stats?: ParallelStats;
  /** true: the process reads no other file (a command), so the worker threads are closed once the file is read and
   *  their memory is back before the report is made and written (`odh validate --threads 2` of the 300k-row bench
   *  file peaked there, at ~215 MB, the idle worker's heap included); else they stay compiled for the next file */
  oneFile?: boolean;
}

export interface ParallelStats {
  /** ranges read by worker threads, by the main thread, and ranges read again on the main thread after a bad cut */
  worker: number;
  main: number;
  reread: number;
  /** row stages built for the ranges: one per thread for a file whose ranges each leave it ready for the next */
  stages: number;
}

export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;
/** The head the main thread reads first: enough for the delimiter sniff (64 Ki characters) and the header search. */
const FIRST_RANGE_BYTES = 192 * 1024;
/** Results held for the file order at most (each up to a few MB of output). */
const MAX_IN_FLIGHT = 4;
/** Tasks queued on one worker. */
const PER_WORKER = 2;

/** Encodings in which a LF byte is a line feed wherever it is. */
export const splittable = (encoding: Encoding) => encoding === "utf-8" || encoding === "utf-8-bom" || encoding === "shift_jis";

export function threadsFor(options: ParallelOptions): number {
  return Math.max(1, Math.floor(options.threads ?? 1));
}

/** Where a run's rows go: batches of rows on the main thread, and the rows other threads rendered. */
export interface ParallelOutput {
  onBatch?: OnBatch;
  /** the output format the rows of other threads are rendered in, and where that output goes (after onBatch's) */
  format: RecordFormat | null;
  onText?: (text: string | Uint8Array) => Promise<void> | void;
}

const once = <T>(value: T): AsyncIterable<T> => (async function* () { yield value; })();

/** The first range: at least FIRST_RANGE_BYTES and more lines than the header search reads. */
async function firstRange(ranges: AsyncIterator<ByteRange>): Promise<ByteRange | null> {
  const parts: ByteRange[] = [];
  let bytes = 0;
  let lines = 0;
  while (bytes < FIRST_RANGE_BYTES || lines <= HEAD_RECORDS) {
    const next = await ranges.next();
    if (next.done) break;
    parts.push(next.value);
    bytes += next.value.bytes.length;
    lines += next.value.lines;
  }
  if (parts.length === 0) return null;
  return { start: 0, bytes: concat(parts.map((p) => p.bytes), bytes), lines };
}

/** Every record of a range and the delimiter; null when the range is not whole records. */
async function parseWhole(range: ByteRange, encoding: Encoding, utf8Lines: Utf8LinesFound):
  Promise<{ records: ParsedRecord[]; delimiter: Delimiter } | null> {
  const records: ParsedRecord[] = [];
  const parser = parseCsv(decodeChunks(byteChunks(range.bytes), encoding, false, utf8Lines));
  for (;;) {
    const next = await parser.next();
    if (next.done) {
      const whole = records.length === range.lines && records.every((r) => r.quoteProblem === undefined);
      return whole ? { records, delimiter: next.value } : null;
    }
    for (const r of next.value) records.push(r);
  }
}

/** Reads the file on from byte `from` (a record start) on this thread alone, into the open sink; `width` is the row
 *  width the head of the file gave (rowWidthOf), as a parse from the start would have it. */
async function readOnSequentially(source: Source, from: number, recordsBefore: number, encoding: Encoding, delimiter: Delimiter, width: number,
  sink: RowSink, utf8Lines: Utf8LinesFound): Promise<void> {
  for await (const batch of parseCsv(decodeChunks(source.scan(from), encoding, true, utf8Lines), { delimiter, width })) {
    for (const r of batch) {
      r.index += recordsBefore;
      if (sink.push(r)) await sink.flush();
    }
  }
}

interface InFlight {
  start: number;
  recordsBefore: number;
  /** null: the range's thread failed; it is read again */
  result: Promise<RangeResult | null>;
  done: boolean;
}

/**
 * Reads a text file (an encoding for which splittable() holds) with `threads` threads. Returns false, having read
 * nothing, when the head of the file is not whole records: the caller reads it sequentially then.
 */
export async function readTextInParallel(source: Source, encoding: Encoding, run: RunState, output: ParallelOutput,
  options: ParallelOptions): Promise<boolean> {
  const workers = rangeWorkers(threadsFor(options) - 1, output.format === null);
  try {
    return await readWithWorkers(workers, source, encoding, run, output, options);
  } finally {
    if (options.oneFile) await Promise.all(workers.map((w) => w.close()));
  }
}

async function readWithWorkers(workers: RangeWorker[], source: Source, encoding: Encoding, run: RunState, output: ParallelOutput,
  options: ParallelOptions): Promise<boolean> {
  const ranges = byteRanges(source.chunks(), 0, options.rangeBytes ?? RANGE_BYTES);
  const first = await firstRange(ranges);
  // lines of a Shift_JIS file in UTF-8, in file order: the head's, then each range's as it is put into the run
  const utf8Lines: Utf8LinesFound = { count: 0 };
  const head = first === null ? null : await parseWhole(first, encoding, utf8Lines);
  if (first === null || head === null) {
    await ranges.return(undefined);
    return false;
  }
  // a table with the sex in rows listed in blocks is read ahead past the first range for its blocks: by one thread
  if (findSexRows(head.records.slice(0, HEAD_RECORDS).map((r) => r.cells), run.dataset ? [run.dataset] : DATASETS)?.layout.blocks) {
    await ranges.return(undefined);
    return false;
  }
  const frame = await frameOf(head.records, head.delimiter, run, output.format, encoding);
  if (frame !== null) for (const w of workers) w.prepare(frame);
  const table = await processTable(once(head.records), run, true, output.onBatch);
  if (table === null) return true;
  // a grouped list's rows take blank cells from the row above, a subtotal is told by the rows under it: read in order,
  // by this thread
  if (frame === null || !table.sink.seenData() || table.sink.readsInOrder()) {
    await readOnSequentially(source, first.bytes.length, first.lines, encoding, head.delimiter, rowWidthOf(head.records), table.sink, utf8Lines);
  } else {
    // the head's last record goes before the ranges' rows
    table.sink.settle();
    await table.sink.flush();
    await readRanges(ranges, { source, run, table, frame, output, workers, recordsBefore: first.lines, width: rowWidthOf(head.records),
      stats: options.stats, mainReads: options.mainReads, utf8Lines });
  }
  const mixed = utf8LinesIssue(utf8Lines);
  if (mixed) run.log.add(mixed);
  await table.sink.end();
  return true;
}

/** The file's frame, from its head read by a throwaway run (the real one logs its issues once, in processTable). */
async function frameOf(records: ParsedRecord[], delimiter: Delimiter, run: RunState, format: RecordFormat | null, encoding: Encoding):
  Promise<FileFrame | null> {
  const probe: RunState = { ...run, options: { dataset: run.options.dataset }, log: createIssueLog(), rows: 0, valid: 0, invalid: 0 };
  const table = await processTable(once(records.slice(0, HEAD_RECORDS + 1)), probe, true);
  if (table === null) return null;
  const frame: FileFrame = {
    file: randomUUID(), encoding, delimiter, dataset: table.dataset.id, plan: planData(table.plan), headerIndex: table.headerIndex,
    // what the head told the probe (a publisher named by a title row, a title's as-of date) holds for every range
    municipality: probe.municipality, asOf: probe.asOf, wholeArea: probe.wholeArea, planeAxes: probe.planeAxes, tokyoDatum: probe.tokyoDatum, phoneForms: probe.phoneForms, dateYears: probe.dateYears, listKind: probe.listKind, footnotes: probe.footnotes, legends: probe.legends, format,
  };
  // a frame that cannot be sent to a worker (a function in its plan, as a combined yes/no column's reader once was:
  // DataCloneError, the whole file unread, exit 2) is read on this thread, as a small file is
  try {
    structuredClone(frame);
  } catch {
    return null;
  }
  return frame;
}

interface RangeRun {
  source: Source;
  run: RunState;
  table: OpenTable;
  frame: FileFrame;
  output: ParallelOutput;
  workers: RangeWorker[];
  recordsBefore: number;
  /** the row width the head of the file gave, for a range read again on this thread */
  width: number;
  stats?: ParallelStats;
  mainReads?: boolean;
  utf8Lines: Utf8LinesFound;
}

async function readRanges(ranges: AsyncGenerator<ByteRange>, r: RangeRun): Promise<void> {
  const { run, table, output, frame } = r;
  const inFlight: InFlight[] = [];
  let recordsBefore = r.recordsBefore;
  const free = () => r.workers.find((w) => w.ready() && w.outstanding() < PER_WORKER);

  /** Puts the oldest result into the run; false when its range must be read again (then nothing later counts). */
  const mergeOldest = async (): Promise<boolean> => {
    const oldest = inFlight.shift() as InFlight;
    const result = await oldest.result;
    if (result === null || !result.clean) {
      if (r.stats) r.stats.reread++;
      inFlight.length = 0;
      await readOnSequentially(r.source, oldest.start, oldest.recordsBefore, frame.encoding, frame.delimiter, r.width, table.sink, r.utf8Lines);
      return false;
    }
    if (r.stats && result.newStage) r.stats.stages++;
    run.log.merge(result.log);
    addUtf8Lines(r.utf8Lines, result.utf8Lines);
    run.rows += result.rows;
    run.valid += result.valid;
    run.invalid += result.invalid;
    table.sink.absorb(result.tally);
    for (const block of result.output) await output.onText?.(block);
    run.options.onProgress?.({ rows: run.rows });
    return true;
  };

  for await (const range of ranges) {
    const task: RangeTask = { frame, bytes: range.bytes, lines: range.lines, recordsBefore, fullCodes: run.log.fullCodes() };
    const flight: InFlight = { start: range.start, recordsBefore, result: Promise.resolve(null), done: false };
    recordsBefore += range.lines;
    let worker = free();
    while (worker === undefined && r.mainReads === false && r.workers.some((w) => w.alive())) {
      if (inFlight.length > 0) {
        if (!(await mergeOldest())) return;
      } else await Promise.race(r.workers.map((w) => w.whenReady()));
      worker = free();
    }
    if (worker) {
      flight.result = worker.run(task).catch(() => null).finally(() => { flight.done = true; });
      if (r.stats) r.stats.worker++;
    } else {
      if (r.stats) r.stats.main++;
      while (inFlight.length >= MAX_IN_FLIGHT) if (!(await mergeOldest())) return;
      flight.result = Promise.resolve(await runRange(task));
      flight.done = true;
    }
    inFlight.push(flight);
    // what is done at the front goes out now, so output and memory do not wait for the end
    while (inFlight.length > 0 && inFlight[0].done) if (!(await mergeOldest())) return;
  }
  while (inFlight.length > 0) if (!(await mergeOldest())) return;
}
