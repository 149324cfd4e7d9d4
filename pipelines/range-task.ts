// One byte range of a CSV file, harmonized on its own: decode → parse → the row stage (row-sink.ts), with its own
// issue log, and its rows rendered as output text. Runs in a worker thread (range-worker.ts) or in the main thread;
// parallel.ts puts the results back together in order. Plain data in and out (it crosses threads).
import type { DateYears } from "./date-years-of-file.ts";
import type { ListKind } from "./list-kind.ts";
import { getDataset } from "../schemas/index.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { decodeChunks, type Utf8LinesFound } from "./decode.ts";
import type { Encoding } from "./encoding-sniff.ts";
import { type ColumnPlan, extraColumnsOf } from "./headers.ts";
import { byteChunks } from "./input.ts";
import { createIssueLog, type IssueLogPart } from "./issue-log.ts";
import type { IssueCode } from "./issues.ts";
import { type CellMemo, createCellMemo } from "./normalize/memo.ts";
import type { FilePlaneAxes } from "./normalize/plane-axes.ts";
import type { PhoneForm } from "./normalize/phone-groups.ts";
import type { Footnotes } from "./footnotes.ts";
import type { Legends } from "./legend.ts";
import { type Delimiter, parseCsv } from "./parse.ts";
import { type RecordFormat, recordWriter } from "./record-output.ts";
import type { RangeTally } from "./range-tally.ts";
import { createRowSink, type RowSink } from "./row-sink.ts";
import { Utf8Blocks } from "./utf8-blocks.ts";
import type { RunState } from "./run.ts";
import { quickCheck } from "./validate.ts";

/** A column plan as plain data: required columns absent from the header by key. */
export type PlanData = Omit<ColumnPlan, "absentRequired"> & { absentRequired: string[] };

/** What every range of one file shares. */
export interface FileFrame {
  /** tells one file's ranges from another's (a worker keeps its plan and cell memo per file) */
  file: string;
  encoding: Encoding;
  delimiter: Delimiter;
  dataset: string;
  plan: PlanData;
  /** the header's record index in the file */
  headerIndex: number;
  municipality: string | null;
  /** the file's as-of date (RunState.asOf) */
  asOf?: string;
  /** the name of a table of the whole municipality (RunState.wholeArea) */
  wholeArea?: string;
  /** the file's plane axes (RunState.planeAxes) */
  planeAxes?: FilePlaneAxes;
  /** what the file says of its Tokyo Datum (RunState.tokyoDatum) */
  tokyoDatum?: string;
  /** how the file writes its phone numbers (RunState.phoneForms) */
  phoneForms?: Readonly<Record<string, PhoneForm>>;
  /** what the file says of its dates' years (RunState.dateYears) */
  dateYears?: DateYears;
  /** what the file's footnote marks stand for (RunState.footnotes) */
  footnotes?: Footnotes;
  /** the kind the list's title says its rows are (RunState.listKind) */
  listKind?: ListKind;
  /** the file's legends (RunState.legends) */
  legends?: Legends;
  /** rows rendered as this output format; null: none (validate) */
  format: RecordFormat | null;
}

export interface RangeTask {
  frame: FileFrame;
  bytes: Uint8Array;
  /** records in the range when its cut is right (ranges.ts) */
  lines: number;
  /** records of the file before the range */
  recordsBefore: number;
  /** codes the file's log has all examples of: only counted here */
  fullCodes: IssueCode[];
}

export interface RangeResult {
  /** false when the range did not parse as whole records (a cut inside a quoted cell, a quote problem): its rows
   *  must be read again as part of the file */
  clean: boolean;
  rows: number;
  valid: number;
  invalid: number;
  log: IssueLogPart;
  tally: RangeTally;
  /** the rows rendered, as UTF-8 blocks: encoded here, so the main thread only writes the bytes; each block has a buffer
   *  of its own, moved to the main thread, not copied (nor joined into one: a copy of ~1 MB per range of NDJSON) */
  output: Uint8Array[];
  /** the range was the first its row stage read, not one a range before left ready (ParallelStats.stages) */
  newStage: boolean;
  /** its lines of a Shift_JIS file read as UTF-8 */
  utf8Lines: Utf8LinesFound;
}

export function planData(plan: ColumnPlan): PlanData {
  return { ...plan, absentRequired: plan.absentRequired.map((c) => c.key) };
}

interface FileContext {
  file: string;
  dataset: Dataset;
  plan: ColumnPlan;
  memo: CellMemo;
  /** the log of the range being read: the memo replays issues through it */
  log: ReturnType<typeof createIssueLog>;
  /** the row stage the last range left ready for the next (RowSink.nextRange), null when there is none */
  stage: RangeStage | null;
}

/** What reads a file's ranges on this thread, one after another: made once, not per range, so that its row stage is
 *  built and compiled once (per range, the main thread's profile showed ~100 more optimizations than one thread's). */
interface RangeStage {
  /** the range's counts and log (reset per range); the sink and its row stage hold this object */
  run: RunState;
  sink: RowSink;
  /** where the range's rendered rows go, emptied into its result (a range without output allocates no block) */
  readonly output: Utf8Blocks;
  /** ranges it has read */
  ranges: number;
}

/** The last file's plan and memo: ranges of one file come one after another. */
let current: FileContext | null = null;

function contextOf(frame: FileFrame): FileContext {
  if (current?.file === frame.file) return current;
  const dataset = getDataset(frame.dataset);
  if (!dataset) throw new Error(`unknown dataset ${frame.dataset}`);
  const absentRequired = frame.plan.absentRequired.map((key) => dataset.columnByKey.get(key)).filter((c) => c !== undefined);
  const context: FileContext = {
    file: frame.file, dataset, plan: { ...frame.plan, absentRequired }, log: createIssueLog(), stage: null,
    memo: createCellMemo((code) => context.log.onlyCounts(code)),
  };
  current = context;
  return context;
}

/** A row stage for the file's ranges. Its sink's header index is the file's: each range's records are numbered from
 *  the file's start (runRange), so one sink serves every range. */
function rangeStage(frame: FileFrame, context: FileContext): RangeStage {
  const run: RunState = {
    fileName: frame.file, options: {}, log: context.log, dataset: context.dataset, encoding: frame.encoding, municipality: frame.municipality, asOf: frame.asOf, wholeArea: frame.wholeArea, planeAxes: frame.planeAxes, tokyoDatum: frame.tokyoDatum, phoneForms: frame.phoneForms, dateYears: frame.dateYears, listKind: frame.listKind, footnotes: frame.footnotes, legends: frame.legends,
    header: [], rows: 0, valid: 0, invalid: 0,
  };
  const writer = frame.format === null ? null : recordWriter(frame.format, { continued: true });
  // the header (csv) or opening bracket (json) is the main thread's: this writer only learns the columns
  writer?.start(context.dataset, extraColumnsOf(context.plan));
  const stage: RangeStage = {
    run, output: new Utf8Blocks(), ranges: 0,
    sink: createRowSink(run, context.dataset, context.plan, {
      headerIndex: frame.headerIndex, checkWidth: true, afterData: true, memo: context.memo,
      onBatch: writer === null ? undefined : (rows) => {
        writer.batchInto(rows, stage.output.add);
      },
    }),
  };
  return stage;
}

/** Gets ready for a file's ranges before the first one comes: its context, its row stage, and the dataset's compiled
 *  record check (validate.ts), which the first row would otherwise compile. */
export function prepare(frame: FileFrame): void {
  const context = contextOf(frame);
  context.stage ??= rangeStage(frame, context);
  quickCheck(context.dataset);
}

export async function runRange(task: RangeTask): Promise<RangeResult> {
  const { frame } = task;
  const context = contextOf(frame);
  const log = createIssueLog(undefined, task.fullCodes);
  context.log = log;
  // taken: a range that fails midway leaves no stage half used
  const stage = context.stage ?? rangeStage(frame, context);
  context.stage = null;
  const newStage = stage.ranges++ === 0;
  const { run, sink } = stage;
  run.log = log;
  run.rows = 0;
  run.valid = 0;
  run.invalid = 0;
  let records = 0;
  let clean = true;
  const utf8Lines: Utf8LinesFound = { count: 0 };
  for await (const batch of parseCsv(decodeChunks(byteChunks(task.bytes), frame.encoding, true, utf8Lines), { delimiter: frame.delimiter })) {
    for (const r of batch) {
      records++;
      if (r.quoteProblem) clean = false;
      r.index += task.recordsBefore;
      if (sink.push(r)) await sink.flush();
    }
  }
  const tally = await sink.finishRange();
  const result: RangeResult = {
    clean: clean && records === task.lines && !sink.dependsOnEarlierRows(), rows: run.rows, valid: run.valid, invalid: run.invalid, log: log.part(), tally,
    output: stage.output.take(true), newStage, utf8Lines,
  };
  if (result.clean && sink.nextRange()) context.stage = stage;
  return result;
}
