// Turns the records route's query string into a storage filter, or a 400 that names the parameter and the fix.
// Column filters are derived from the dataset's columns and matched by column kind, never by dataset id.
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf, type Kind } from "../schemas/types.ts";
import { isValidCode } from "../schemas/local-government-code.ts";
import { readMunicipalitiesCsv } from "../storage/municipalities.ts";
import { foldSearch } from "../storage/search-text.ts";
import type { Cursor, FieldFilter, FieldMatch, RecordFilter } from "../storage/records.ts";
import { RESERVED_PARAMS, type RecordsQuery } from "./contracts.ts";

export interface ParamError { param: string; ja: string; en: string }
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParamError };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (param: string, ja: string, en: string): Parsed<never> => ({ ok: false, error: { param, ja, en } });

export const MATCH_BY_KIND: Record<Kind, FieldMatch> = {
  text: "text", code: "text", url: "text", email: "text", phone: "text", postal_code: "text", corporate_number: "text", date: "text", time: "text",
  integer: "number", number: "number", latitude: "number", longitude: "number",
  boolean: "json", mark: "json", list: "list",
};

export const BOOLEAN_WORDS: Record<string, string> = { true: "true", false: "false", "1": "true", "0": "false", yes: "true", no: "false" };

/** A number as PostgreSQL's numeric reads it (JavaScript's Number also takes "", "0x10" and " 1 ", which numeric refuses). */
export const isDecimal = (text: string) => /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) && Number.isFinite(Number(text));

function numbers(text: string, count: number): number[] | null {
  const parts = text.split(",").map((s) => s.trim());
  if (parts.length !== count || parts.some((s) => s === "")) return null;
  const values = parts.map(Number);
  return values.every(Number.isFinite) ? values : null;
}

/** Tokyo's 62 codes, from the registry file the database is loaded from (read once). */
const TOKYO_CODES: ReadonlySet<string> = new Set(readMunicipalitiesCsv().map((m) => m.code));

/** The one answer to a code that is not a 全国地方公共団体コード (records, coverage and reports routes). */
export function badCodeMessage(code: string): { ja: string; en: string } {
  return {
    ja: `団体コード「${code}」が正しくありません（6桁、検査数字つき。例: 131041）。`,
    en: `Municipality code "${code}" is not a valid 6-digit code with check digit (e.g. 131041).`,
  };
}

export function parseMunicipalities(text: string | undefined, param = "municipality"): Parsed<string[]> {
  if (!text) return ok([]);
  const codes = text.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = codes.find((c) => !isValidCode(c));
  if (bad !== undefined) {
    const { ja, en } = badCodeMessage(bad);
    return fail(param, `${ja}複数はカンマ区切りです（例: 131041,131059）。`, `${en} Separate several with commas (e.g. 131041,131059).`);
  }
  const unknown = codes.find((c) => !TOKYO_CODES.has(c));
  if (unknown !== undefined) {
    return fail(param, `団体コード「${unknown}」は東京都の区市町村ではありません（一覧: /api/v1/municipalities）。`,
      `Municipality code "${unknown}" is not one of Tokyo's municipalities (list: /api/v1/municipalities).`);
  }
  return ok(codes);
}

/** Search words of q: split on spaces (full-width spaces included), each folded as search_text is stored. */
export function searchTerms(q: string | undefined): string[] {
  return (q ?? "").split(/\s+/).map(foldSearch).filter(Boolean);
}

function parseBbox(text: string): Parsed<[number, number, number, number]> {
  const v = numbers(text, 4);
  const usage = "bbox=最小経度,最小緯度,最大経度,最大緯度（例: 139.69,35.68,139.71,35.70）";
  const usageEn = "bbox=minLon,minLat,maxLon,maxLat (e.g. 139.69,35.68,139.71,35.70)";
  if (!v) return fail("bbox", `bbox「${text}」は4つの数値ではありません。${usage}`, `bbox "${text}" is not 4 numbers. ${usageEn}`);
  const [minLon, minLat, maxLon, maxLat] = v as [number, number, number, number];
  if (minLon > maxLon || minLat > maxLat || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90 || Math.abs(minLon) > 180 || Math.abs(maxLon) > 180) {
    return fail("bbox", `bbox「${text}」の範囲が正しくありません（最小値≤最大値、緯度±90・経度±180以内）。${usage}`,
      `bbox "${text}" is not a valid box (min ≤ max, latitude within ±90, longitude within ±180). ${usageEn}`);
  }
  return ok([minLon, minLat, maxLon, maxLat]);
}

function parseNear(text: string): Parsed<{ lat: number; lon: number }> {
  const v = numbers(text, 2);
  if (!v || Math.abs(v[0]!) > 90 || Math.abs(v[1]!) > 180) {
    return fail("near", `near「${text}」は「緯度,経度」ではありません（例: near=35.6895,139.6917）。`,
      `near "${text}" is not "lat,lon" (e.g. near=35.6895,139.6917).`);
  }
  return ok({ lat: v[0]!, lon: v[1]! });
}

function parseField(dataset: Dataset, key: string, raw: unknown): Parsed<FieldFilter> {
  const column = dataset.columnByKey.get(key);
  if (!column) {
    return fail(key, `パラメータ「${key}」は使えません。使えるのは ${RESERVED_PARAMS.join(", ")} と ${dataset.id} の項目キー（例: name）です。`,
      `Unknown parameter "${key}". Use ${RESERVED_PARAMS.join(", ")} or a column key of ${dataset.id} (e.g. name).`);
  }
  if (typeof raw !== "string") {
    return fail(key, `パラメータ「${key}」は1回だけ指定してください。`, `Give parameter "${key}" once.`);
  }
  const match = MATCH_BY_KIND[kindOf(column.type)];
  if (match === "number" && !isDecimal(raw)) {
    return fail(key, `「${key}」は数値の項目です。「${raw}」は数値ではありません。`, `"${key}" is numeric; "${raw}" is not a number.`);
  }
  if (match === "json") {
    const value = BOOLEAN_WORDS[raw.toLowerCase()];
    if (!value) return fail(key, `「${key}」は true か false で指定してください（「${raw}」）。`, `"${key}" takes true or false, not "${raw}".`);
    return ok({ key, values: [value], match });
  }
  return ok({ key, values: [raw], match });
}

export function parseRecordsFilter(dataset: Dataset, query: RecordsQuery): Parsed<RecordFilter> {
  const municipalities = parseMunicipalities(query.municipality);
  if (!municipalities.ok) return municipalities;
  const filter: RecordFilter = { dataset: dataset.id, municipalities: municipalities.value, terms: searchTerms(query.q) };
  if (query.bbox !== undefined) {
    const bbox = parseBbox(query.bbox);
    if (!bbox.ok) return bbox;
    filter.bbox = bbox.value;
  }
  if (query.near !== undefined) {
    const near = parseNear(query.near);
    if (!near.ok) return near;
    filter.near = { ...near.value, ...(query.radius !== undefined ? { radius: query.radius } : {}) };
  } else if (query.radius !== undefined) {
    return fail("radius", "radius は near と一緒に指定してください（例: near=35.6895,139.6917&radius=500）。",
      "radius needs near (e.g. near=35.6895,139.6917&radius=500).");
  }
  const fields: FieldFilter[] = [];
  for (const [key, raw] of Object.entries(query)) {
    if (RESERVED_PARAMS.includes(key)) continue;
    const field = parseField(dataset, key, raw);
    if (!field.ok) return field;
    fields.push(field.value);
  }
  filter.fields = fields;
  return ok(filter);
}

// ---- cursors: opaque base64url of the last sort key ----

export function encodeCursor(c: Cursor): string {
  const key = c.distance === undefined ? [c.municipality, c.row] : [c.municipality, c.row, c.distance];
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const isRowNumber = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 2_147_483_647;

export function decodeCursor(text: string, withDistance: boolean): Parsed<Cursor> {
  const bad = fail("cursor", "cursor が正しくありません。前のページの next_cursor をそのまま使い、ほかの条件は変えないでください。",
    "Bad cursor. Pass the previous page's next_cursor unchanged, with the same other parameters.");
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return bad;
  }
  // the key goes into SQL as (text, int4[, float8]): anything a page could not have produced is refused here
  if (!Array.isArray(key) || typeof key[0] !== "string" || !/^\d{6}$/.test(key[0]) || !isRowNumber(key[1])) return bad;
  if (withDistance !== (key.length === 3) || (withDistance && !(Number.isFinite(key[2]) && key[2] >= 0))) return bad;
  return ok({ municipality: key[0], row: key[1], ...(withDistance ? { distance: key[2] as number } : {}) });
}
