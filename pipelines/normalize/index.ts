// Value normalization (contract B): raw cells of one row, already header-mapped, → a canonical record with typed
// values, plus an issue for every repair and every value that could not be read. Dispatches on the column kind
// (schemas/types.ts), never on a dataset id. Pure: no I/O, no clock; the only module state is a memo of plans
// derived from the immutable dataset definitions (and record.ts's memo of header rows).
import type { Dataset } from "../../schemas/dataset.ts";
import { type Kind, kindOf } from "../../schemas/types.ts";
import type { Issue } from "../issues.ts";
import { normalizeCode, normalizeCorporateNumber, normalizePhone, normalizePostalCode } from "./codes.ts";
import { normalizeCoordinate } from "./coordinates.ts";
import type { At, Fixed } from "./fixed.ts";
import { normalizeFlag } from "./flags.ts";
import { normalizeList } from "./lists.ts";
import { normalizeNumber } from "./numbers.ts";
import { type RecordContext, repairRecord } from "./record.ts";
import { normalizeText, normalizeUrl } from "./text.ts";
import { type Bound, normalizeTime } from "./times.ts";
import { normalizeDate } from "./wareki.ts";

export type { At, Fixed } from "./fixed.ts";
export type { RecordContext } from "./record.ts";

type Normalizer = (raw: string, at: At) => Fixed<unknown>;

/** `start_time`, `consultation_start_time` → start; `end_time` → end (what 終日, 24:00 and ranges become). */
export function boundOf(key: string): Bound | undefined {
  if (/(?:^|_)start(?:_|$)/.test(key)) return "start";
  if (/(?:^|_)end(?:_|$)/.test(key)) return "end";
  return undefined;
}

/** One normalizer per kind. */
export const NORMALIZERS: Readonly<Record<Kind, Normalizer>> = {
  text: normalizeText,
  code: normalizeCode,
  integer: (raw, at) => normalizeNumber(raw, at, { integer: true }),
  number: (raw, at) => normalizeNumber(raw, at),
  latitude: (raw, at) => normalizeCoordinate(raw, at, "latitude"),
  longitude: (raw, at) => normalizeCoordinate(raw, at, "longitude"),
  date: normalizeDate,
  time: (raw, at) => normalizeTime(raw, at, boundOf(at.field)),
  boolean: normalizeFlag,
  list: normalizeList,
  url: normalizeUrl,
  phone: normalizePhone,
  postal_code: normalizePostalCode,
  corporate_number: normalizeCorporateNumber,
};

/** What normalizing a row of one dataset needs, derived once from its columns. */
interface Plan {
  steps: ReadonlyArray<{ key: string; normalize: Normalizer }>;
  /** every column key, null: each record starts as a copy (one allocation, no property added one by one) */
  template: Readonly<Record<string, null>>;
  /** time columns paired by key (`start_time` ↔ `end_time`), for ranges written in one of the two cells */
  timePairs: ReadonlyArray<readonly [string, string]>;
  latKey?: string;
  lonKey?: string;
}

/** A column's normalizer; a time column's bound is read from its key once, not per cell. */
function normalizerOf(key: string, kind: Kind): Normalizer {
  if (kind !== "time") return NORMALIZERS[kind];
  const bound = boundOf(key);
  return (raw, at) => normalizeTime(raw, at, bound);
}

function planOf(dataset: Dataset): Plan {
  const kindByKey = new Map(dataset.columns.map((c) => [c.key, kindOf(c.type)] as const));
  const keyOf = (kind: Kind) => dataset.columns.find((c) => kindByKey.get(c.key) === kind)?.key;
  const timePairs: Array<readonly [string, string]> = [];
  for (const [key, kind] of kindByKey) {
    const end = key.replace(/(^|_)start(_|$)/, "$1end$2");
    if (kind === "time" && boundOf(key) === "start" && kindByKey.get(end) === "time") timePairs.push([key, end] as const);
  }
  return {
    steps: dataset.columns.map((c) => ({ key: c.key, normalize: normalizerOf(c.key, kindByKey.get(c.key) ?? "text") })),
    template: Object.fromEntries(dataset.columns.map((c) => [c.key, null])),
    timePairs, latKey: keyOf("latitude"), lonKey: keyOf("longitude"),
  };
}

// A memo of pure data derived from immutable dataset definitions (no behaviour depends on what was seen before).
const PLANS = new WeakMap<Dataset, Plan>();

function cachedPlan(dataset: Dataset): Plan {
  let plan = PLANS.get(dataset);
  if (plan === undefined) PLANS.set(dataset, (plan = planOf(dataset)));
  return plan;
}

/**
 * cells: canonical key → raw text from the file ("" for missing). Returns every column key of the dataset
 * (null when empty) and the issues of this row, cells in column order, then record-level repairs.
 */
export function normalizeRecord(cells: Record<string, string>, dataset: Dataset, at: { row: number },
  context: RecordContext = {}): { record: Record<string, unknown>; issues: Issue[] } {
  const plan = cachedPlan(dataset);
  const record: Record<string, unknown> = { ...plan.template };
  const issues: Issue[] = [];
  // `9:00～17:00` or `終日` in the start cell with the end cell empty: the end reads the same cell
  let borrowed: Map<string, string> | null = null;
  for (const [start, end] of plan.timePairs) {
    if ((cells[end] ?? "").trim() === "" && (cells[start] ?? "").trim() !== "") (borrowed ??= new Map()).set(end, cells[start]);
  }
  const steps = plan.steps;
  for (let s = 0; s < steps.length; s++) {
    const { key, normalize } = steps[s];
    const raw = cells[key];
    const range = borrowed?.get(key);
    // most columns of a row are empty or absent: every normalizer reads "" as null with no issue
    if ((raw === undefined || raw === "") && range === undefined) continue;
    const field: At = { row: at.row, field: key, onlyCounts: context.onlyCounts };
    let out = normalize(raw ?? "", field);
    if (range !== undefined) {
      const fromRange = normalize(range, field);
      if (fromRange.issues.some((i) => i.code === "time_range_split" || i.code === "all_day_time")) out = fromRange;
    }
    record[key] = out.value;
    for (const i of out.issues) issues.push(i);
  }
  for (const i of repairRecord(record, cells, dataset, at.row, context, plan)) issues.push(i);
  return { record, issues };
}
