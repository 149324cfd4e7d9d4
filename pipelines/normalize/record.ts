// Record-level repairs, after every cell is normalized: latitude/longitude swapped across the pair, the address
// completed or joined, empty codes filled from the publisher, 00:00–00:00 read as all day. They work on the shared
// column vocabulary (schemas/blocks.ts keys and column kinds), never on a dataset id.
import type { Dataset } from "../../schemas/dataset.ts";
import { repairCode } from "../../schemas/local-government-code.ts";
import type { Issue } from "../issues.ts";
import { completeAddress, joinAddress } from "./address.ts";
import { unswapLatLon } from "./coordinates.ts";
import { problem } from "./fixed.ts";
import { cleanCell, normalizeText } from "./text.ts";

export interface RecordContext {
  /** the publisher's 6-digit code */
  municipality?: string;
  /** the file's header row as written */
  sourceHeaders?: readonly string[];
}

type Row = Record<string, unknown>;

const OLD_FORMAT_HEADERS = new Set(["都道府県名", "市区町村名", "都道府県コード又は市区町村コード", "都道府県コード又は市町村コード"]);

// The engine passes the same header array with every row of a file: read it once (a memo of a pure function).
const OLD_FORMAT = new WeakMap<readonly string[], boolean>();

/** Old 推奨 files carry 都道府県名/市区町村名 (the publisher) and 住所, not 所在地_連結表記. */
export function isOldFormat(headers: readonly string[] | undefined): boolean {
  if (!headers) return false;
  let old = OLD_FORMAT.get(headers);
  if (old === undefined) {
    const names = headers.map((h) => h.normalize("NFKC").replace(/\s+/g, ""));
    old = names.some((h) => OLD_FORMAT_HEADERS.has(h)) && !names.includes("所在地_連結表記");
    OLD_FORMAT.set(headers, old);
  }
  return old;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** A text cell's value for a key the dataset may not have as a column (old 都道府県名 mapped to `prefecture`). */
function textOf(record: Row, cells: Record<string, string>, dataset: Dataset, key: string): string | null {
  if (dataset.columnByKey.has(key)) return str(record[key]);
  return normalizeText(cells[key] ?? "", { row: 0, field: key }).value;
}

/** The columns record-level repairs look at, found once per dataset by index.ts. */
export interface RecordPlan {
  latKey?: string;
  lonKey?: string;
  timePairs: ReadonlyArray<readonly [string, string]>;
}

function repairCoordinates(record: Row, row: number, { latKey, lonKey }: RecordPlan): Issue[] {
  if (latKey === undefined || lonKey === undefined) return [];
  const lat = record[latKey];
  const lon = record[lonKey];
  if (typeof lat !== "number" || typeof lon !== "number") return [];
  const out = unswapLatLon(lat, lon, { row, field: latKey });
  [record[latKey], record[lonKey]] = out.value;
  return out.issues;
}

function repairAddress(record: Row, cells: Record<string, string>, dataset: Dataset, row: number): Issue[] {
  if (!dataset.columnByKey.has("full_address")) return [];
  const at = { row, field: "full_address" };
  const prefecture = textOf(record, cells, dataset, "prefecture");
  const city = textOf(record, cells, dataset, "city");
  const address = str(record.full_address);
  if (address === null) {
    const joined = joinAddress({
      prefecture, city, machiaza: textOf(record, cells, dataset, "machiaza"),
      city_block: textOf(record, cells, dataset, "city_block"), building_name: textOf(record, cells, dataset, "building_name"),
    });
    if (joined === null) return [];
    record.full_address = joined;
    return [problem("address_joined", at, null)];
  }
  if (prefecture === null && city === null) return [];
  const completed = completeAddress(address, prefecture, city);
  if (completed === null) return [];
  record.full_address = completed;
  return [problem("address_completed", at, cells.full_address ?? address)];
}

/**
 * Empty codes: the publisher's code from the context; the location's code from the row's own code first
 * (prefecture files carry each row's municipality there), else the publisher's.
 */
function fillCodes(record: Row, cells: Record<string, string>, dataset: Dataset, row: number, context: RecordContext): Issue[] {
  const publisher = context.municipality ? repairCode(context.municipality).code : null;
  const issues: Issue[] = [];
  for (const key of ["local_government_code", "located_local_government_code"]) {
    const code = key === "located_local_government_code" ? str(record.local_government_code) ?? publisher : publisher;
    // only an empty cell is filled: a value that was there but unreadable already has its error
    if (code === null || !dataset.columnByKey.has(key) || record[key] !== null
      || cleanCell(cells[key] ?? "", { row, field: key }).value !== null) continue;
    record[key] = code;
    issues.push(problem("code_missing", { row, field: key }, code));
  }
  return issues;
}

function fillLocalGovernmentName(record: Row, cells: Record<string, string>, dataset: Dataset, row: number, context: RecordContext): Issue[] {
  if (!dataset.columnByKey.has("local_government_name") || record.local_government_name !== null || !isOldFormat(context.sourceHeaders)) return [];
  const name = [textOf(record, cells, dataset, "prefecture"), textOf(record, cells, dataset, "city")].filter((p) => p !== null).join("");
  if (name === "") return [];
  record.local_government_name = name;
  return [problem("local_government_name_missing", { row, field: "local_government_name" }, name)];
}

/** start 00:00 and end 00:00 in the same row mean open all day (狛江市 tourism): the end becomes 23:59. */
function repairAllDay(record: Row, row: number, pairs: ReadonlyArray<readonly [string, string]>): Issue[] {
  const issues: Issue[] = [];
  for (const [start, end] of pairs) {
    if (record[start] === "00:00" && record[end] === "00:00") {
      record[end] = "23:59";
      issues.push(problem("all_day_time", { row, field: end }, "00:00-00:00"));
    }
  }
  return issues;
}

/** Every record-level repair, in order; mutates `record`, returns the issues. */
export function repairRecord(record: Row, cells: Record<string, string>, dataset: Dataset, row: number,
  context: RecordContext, plan: RecordPlan): Issue[] {
  const issues = repairCoordinates(record, row, plan);
  issues.push(...repairAddress(record, cells, dataset, row));
  issues.push(...fillCodes(record, cells, dataset, row, context));
  issues.push(...fillLocalGovernmentName(record, cells, dataset, row, context));
  issues.push(...repairAllDay(record, row, plan.timePairs));
  return issues;
}
