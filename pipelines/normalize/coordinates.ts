// Coordinates: decimal degrees with spaces or full-width digits, N/北緯 prefixes, 緯度/経度 labels, DMS (35°40'21.5", 35度39分5秒),
// 0/999 placeholders, a lost decimal point, degrees, minutes and seconds written as one number (354145.2), and
// latitude/longitude swapped across the pair.
import { JAPAN_BOUNDS } from "../../schemas/types.ts";
import { countedIssue } from "../issues.ts";
import { type At, added, type Fixed, problem, problemAt } from "./fixed.ts";
import { withoutNote } from "./notes.ts";
import { cleanCell, isAscii, MAX_TYPED_LENGTH, toHalfWidthAscii } from "./text.ts";
import { DATUM_WORD_AFTER } from "./tokyo-datum.ts";

export type Axis = "latitude" | "longitude";

const HEMISPHERE = /^(北緯|南緯|東経|西経|[NSEW])(.+)$|^(.+?)([NSEW])$/i;
/** The axis named before the number (`緯度35.6938`, `経度：139.7035`, `lat=35.6938`, `lng:139.70`), as a point copied
 *  with its labels writes it. */
const AXIS_LABEL = /^(?:緯度|経度|lat(?:itude)?|lon(?:g(?:itude)?)?|lng)[:=]?(?=[\d+\-.NSEW北南東西])/i;
const DECIMAL = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:°|度)?$/;
/** Degrees, minutes and seconds parted by dots, as some surveying exports write them: 35.44.40.1 (35°44′40.1″). */
const DOTTED_DMS = /^(\d{1,3})\.(\d{1,2})\.(\d{1,2}(?:\.\d+)?)$/;
/** The marks of minutes and seconds also as a word processor or a keyboard without ′ ″ types them: curly quotes
 *  (`35°39’12.3”`, autocorrected), or a pair of single quotes for the seconds (`35°39’12.3’’`, `35°39‘12.3‘’`). */
const DMS = /^(\d{1,3})(?:°|度|:)(?:(\d{1,2}(?:\.\d+)?)(?:'|′|’|‘|分|:)?)?(?:(\d{1,2}(?:\.\d+)?)(?:"|″|”|“|[''′’‘]{2}|秒)?)?$/;
const SENTINEL = /^[+-]?(?:0+(?:\.0*)?|9{3,}(?:\.[09]*)?)$/;

export function inJapan(axis: Axis, v: number): boolean {
  return axis === "latitude"
    ? v >= JAPAN_BOUNDS.minLat && v <= JAPAN_BOUNDS.maxLat
    : v >= JAPAN_BOUNDS.minLon && v <= JAPAN_BOUNDS.maxLon;
}

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** 10^k, exact as doubles for k ≤ 22. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Plain decimal degrees (`35.6895`, /^\d{1,3}\.\d{1,15}$/): Number(raw), read in the same scan that checks the form;
 * undefined for any other cell. With at most 15 digits the digits as a whole number are exact (< 2^53), and so is
 * 10^k: their quotient, rounded once by the division, is the correctly rounded value Number() gives (Clinger's fast
 * path of strtod). Longer ones go to Number().
 */
function plainDecimal(raw: string): number | undefined {
  const n = raw.length;
  let digits = 0;
  let point = -1;
  let whole = 0;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      whole = whole * 10 + (c - 0x30);
      digits++;
    } else if (c === 0x2e && point < 0) point = i;
    else return undefined;
  }
  const decimals = n - point - 1;
  if (point < 1 || point > 3 || decimals < 1 || decimals > 15) return undefined;
  return digits <= 15 ? whole / POWERS_OF_TEN[decimals] : Number(raw);
}

/** The number of such a cell, else undefined (then it takes normalizeCoordinate). */
export function plainCoordinate(raw: string, axis: Axis): number | undefined {
  const v = plainDecimal(raw);
  return v !== undefined && inJapan(axis, v) ? v : undefined;
}

/** Decimal degrees; out-of-Japan values are kept (validation reports them), unreadable ones → null + warning. */
export function normalizeCoordinate(raw: string, at: At, axis: Axis): Fixed<number | null> {
  const plain = plainCoordinate(raw, axis);
  if (plain !== undefined) return { value: plain, issues: [] };
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues = clean.issues;
  if (clean.value.length > MAX_TYPED_LENGTH) return { value: null, issues: [...issues, problem("unparseable_coordinate", at, raw)] };
  // digits parted by spaces are degrees, minutes and seconds (`35 41 22.2`), as `35:41:22.2` is; other spaces go
  const nfkc = (isAscii(clean.value) ? clean.value : clean.value.normalize("NFKC")).replace(/(\d)\s+(?=\d)/g, "$1:").replace(/\s+/g, "");
  const label = AXIS_LABEL.exec(nfkc);
  const named = label === null ? nfkc : nfkc.slice(label[0].length);
  let body = named;
  let sign = 1;
  const h = HEMISPHERE.exec(named);
  if (h) {
    const mark = (h[1] ?? h[4]).toUpperCase();
    body = h[2] ?? h[3];
    if (mark === "S" || mark === "W" || mark === "南緯" || mark === "西経") sign = -1;
  }
  const decimal = DECIMAL.exec(body);
  if (decimal) {
    if (SENTINEL.test(decimal[1])) return { value: null, issues: [...issues, problem("sentinel_coordinate", at, raw)] };
    const v = sign * Number(decimal[1]);
    if (!Number.isFinite(v)) return { value: null, issues: [...issues, problem("unparseable_coordinate", at, raw)] };
    const shifted = !decimal[1].includes(".") && !inJapan(axis, Math.abs(v)) ? insertDecimalPoint(decimal[1], axis) : null;
    if (shifted !== null) return { value: sign * shifted, issues: [...issues, problem("missing_decimal_point", at, raw)] };
    const packed = decimal[1].includes(".") && !inJapan(axis, Math.abs(v)) ? packedDms(decimal[1]) : null;
    if (packed !== null) {
      return { value: sign * packed.degrees, issues: [...issues, problemAt("packed_dms", at.row, at.field, at.onlyCounts, raw, packed.shown)] };
    }
    if (h || label !== null || body !== decimal[1]) return { value: v === 0 ? 0 : v, issues: added(issues, problem("coordinate_reformatted", at, raw)) };
    if (toHalfWidthAscii(clean.value) !== clean.value) return { value: v === 0 ? 0 : v, issues: added(issues, problem("full_width_converted", at, raw)) };
    return { value: v === 0 ? 0 : v, issues };
  }
  const dms = DMS.exec(body.replace(DOTTED_DMS, "$1:$2:$3"));
  const minutes = dms ? Number(dms[2] ?? 0) : 0;
  const seconds = dms ? Number(dms[3] ?? 0) : 0;
  if (!dms || minutes >= 60 || seconds >= 60) return withNote(raw, clean.value, at, axis) ?? { value: null, issues: [...issues, problem("unparseable_coordinate", at, raw)] };
  return { value: sign * round7(Number(dms[1]) + minutes / 60 + seconds / 3600), issues: [...issues, problem("dms_converted", at, raw)] };
}

/** A coordinate with a note beside it (`35.6812（世界測地系）`, `139.76(WGS84)`, `35.68（概算）`, `35.68※`,
 *  `35.6812 JGD2011`): the coordinate its value reads as, said as read in part (the cell is kept in the remarks; a note
 *  naming the Tokyo Datum converts the row's point, coordinate-repairs.ts); null when there is no note or the value
 *  does not read either. */
function withNote(raw: string, text: string, at: At, axis: Axis): Fixed<number | null> | null {
  const nfkc = text.normalize("NFKC").trim();
  const value = withoutNote(nfkc) ?? DATUM_WORD_AFTER.exec(nfkc)?.[1];
  if (value === undefined || value === nfkc) return null;
  const read = normalizeCoordinate(value, at, axis);
  if (read.value === null) return null;
  return { value: read.value, issues: [...read.issues, problem("coordinate_with_note", at, raw)] };
}

/** `35658600` → 35.6586 (latitude: 2 integer digits; longitude: 3) when that lands in Japan; else null. */
function insertDecimalPoint(digits: string, axis: Axis): number | null {
  const plain = digits.replace(/^[+-]/, "");
  const whole = axis === "latitude" ? 2 : 3;
  if (plain.length < whole + 3) return null;
  const v = Number(`${plain.slice(0, whole)}.${plain.slice(whole)}`);
  return inJapan(axis, v) ? v : null;
}

/** Degrees, minutes and seconds written as one number, as GIS and 消防 exports do (ddmmss.s, dddmmss.s:
 *  `354145.2` is 35°41′45.2″, `1394740.8` is 139°47′40.8″): read when its minutes and seconds are below 60 and it lands
 *  in Japan on either axis (a pair written in each other's column is swapped back after). With no decimals it is no
 *  such value: `354145` is taken as a lost decimal point (35.4145) first. Nor with a sign: `-321338.362` is a plane
 *  coordinate in metres (八丈町's X), read with its pair (coordinate-repairs.ts); unsigned, a Tokyo plane coordinate is
 *  never six digits in the hundreds of kilometres that would make a latitude (200000–465959), nor seven. */
const PACKED_DMS = /^(\d{2,3})([0-5]\d)([0-5]\d\.\d+)$/;
function packedDms(digits: string): { degrees: number; shown: string } | null {
  const m = PACKED_DMS.exec(digits);
  if (m === null) return null;
  const degrees = round7(Number(m[1]) + Number(m[2]) / 60 + Number(m[3]) / 3600);
  if (!inJapan("latitude", degrees) && !inJapan("longitude", degrees)) return null;
  return { degrees, shown: `${Number(m[1])}°${m[2]}′${m[3]}″` };
}

/** Degrees with their minutes and seconds after the point as if decimals, as lists typed by hand write them: `35.41378`
 *  for 35°41′37.8″, `139.4212` for 139°42′12″ (four digits at least after the point, minutes and seconds below 60).
 *  Such a cell reads as decimal degrees too, a point some tens of kilometres off: only its row's place tells which it
 *  is (coordinate-repairs.ts). `written`: the cell as decimal degrees; null for any other cell. */
const DOTTED_MINUTES = /^(\d{2,3})\.([0-5]\d)([0-5]\d)(\d*)$/;
export function dottedDms(raw: string): { degrees: number; written: number; shown: string } | null {
  const cell = raw.normalize("NFKC").trim();
  const m = DOTTED_MINUTES.exec(cell);
  if (m === null) return null;
  const seconds = m[4] === "" ? m[3] : `${m[3]}.${m[4]}`;
  return { degrees: round7(Number(m[1]) + Number(m[2]) / 60 + Number(seconds) / 3600), written: Number(cell), shown: `${Number(m[1])}°${m[2]}′${seconds}″` };
}

/** Whether the pair is latitude and longitude written in each other's column. */
export const isSwapped = (lat: number | null, lon: number | null): boolean => lat !== null && lon !== null
  && !inJapan("latitude", lat) && !inJapan("longitude", lon) && inJapan("longitude", lat) && inJapan("latitude", lon);

/** Latitude and longitude written in each other's column (139.7, 35.6) → swapped back, with a warning. */
export function unswapLatLon(lat: number | null, lon: number | null, at: At): Fixed<[number | null, number | null]> {
  if (isSwapped(lat, lon)) {
    // the pair is shown as text only when the issue is kept (numbers to text is the costly part)
    const found = at.onlyCounts?.("swapped_lat_lon") ? countedIssue("swapped_lat_lon", at.field) : problem("swapped_lat_lon", at, `${lat},${lon}`);
    return { value: [lon, lat], issues: [found] };
  }
  return { value: [lat, lon], issues: [] };
}
