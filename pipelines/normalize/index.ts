// Value normalization (contract B): raw cells of one row, already header-mapped, → a canonical record with typed
// values, plus an issue for every repair and every value that could not be read. Dispatches on the column kind
// (schemas/types.ts), never on a dataset id. Pure: no I/O, no clock, no module state.
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

/** Time columns paired by key (`start_time` ↔ `end_time`), for ranges written in one of the two cells. */
function timePairs(dataset: Dataset): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (const c of dataset.columns) {
    if (kindOf(c.type) !== "time" || boundOf(c.key) !== "start") continue;
    const end = c.key.replace(/(^|_)start(_|$)/, "$1end$2");
    if (dataset.columnByKey.get(end) && kindOf(dataset.columnByKey.get(end)!.type) === "time") pairs.push([c.key, end] as const);
  }
  return pairs;
}

/**
 * cells: canonical key → raw text from the file ("" for missing). Returns every column key of the dataset
 * (null when empty) and the issues of this row, cells in column order, then record-level repairs.
 */
export function normalizeRecord(cells: Record<string, string>, dataset: Dataset, at: { row: number },
  context: RecordContext = {}): { record: Record<string, unknown>; issues: Issue[] } {
  const record: Record<string, unknown> = {};
  const issues: Issue[] = [];
  const pairs = timePairs(dataset);
  const borrowed = new Map<string, string>();
  // `9:00～17:00` in the start cell with the end cell empty: the end reads the same range
  for (const [start, end] of pairs) {
    if ((cells[end] ?? "").trim() === "" && (cells[start] ?? "").trim() !== "") borrowed.set(end, cells[start]);
  }
  for (const c of dataset.columns) {
    const raw = cells[c.key] ?? "";
    const kind = kindOf(c.type);
    let out = NORMALIZERS[kind](raw, { row: at.row, field: c.key });
    const range = borrowed.get(c.key);
    if (range !== undefined) {
      const fromRange = NORMALIZERS[kind](range, { row: at.row, field: c.key });
      if (fromRange.issues.some((i) => i.code === "time_range_split")) out = fromRange;
    }
    record[c.key] = out.value;
    for (const i of out.issues) issues.push(i);
  }
  for (const i of repairRecord(record, cells, dataset, at.row, context, pairs)) issues.push(i);
  return { record, issues };
}
