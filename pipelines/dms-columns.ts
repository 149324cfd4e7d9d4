// Coordinates split over columns of degrees, minutes and seconds (緯度 over 度 | 分 | 秒, which a header over two rows
// joins as 緯度_度 | 緯度_分 | 緯度_秒; 東経（度）| 東経（分）| 東経（秒）in one row): an older facility list's form. Each is
// read as the one DMS value its parts write (35度41分22.2秒), which the coordinate normalizer converts and says.
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { matchHeader } from "./header-match.ts";
import { plainWords } from "./normalize/text.ts";

/** A header that names a coordinate and one of its units: the coordinate's name, then 度, 分 or 秒 (after _ or in
 *  brackets). Compared as plainWords writes it (NFKC, no spaces). */
const UNIT_PART = /^(.+?)[_・]?[(（]?(度|分|秒)[)）]?$/;
const UNITS = ["度", "分", "秒"] as const;

/** Each header's coordinate and unit (北緯（度） → latitude, 0), or null for any other header. */
function unitsOf(headers: readonly string[], dataset: Dataset): Array<{ coordinate: string; unit: number } | null> {
  return headers.map((header) => {
    const m = UNIT_PART.exec(plainWords(header));
    if (m === null) return null;
    const coordinate = matchHeader(m[1], dataset)?.key;
    const column = coordinate === undefined ? undefined : dataset.columnByKey.get(coordinate);
    const kind = column === undefined ? null : kindOf(column.type);
    return coordinate !== undefined && (kind === "latitude" || kind === "longitude") ? { coordinate, unit: UNITS.indexOf(m[2] as (typeof UNITS)[number]) } : null;
  });
}

/** The header matches with those of a coordinate's units unmatched where the file splits it over columns (its 度 and
 *  its 分 both there): 北緯（度） reads as 北緯 with a note in brackets, though it holds the degrees only. A single
 *  緯度（度）, the unit of a decimal value, keeps its match. */
export function withoutDmsUnits<M>(headers: readonly string[], matches: Array<M | null>, dataset: Dataset): void {
  const units = unitsOf(headers, dataset);
  const split = new Set(units.flatMap((u) => (u?.unit === 1 ? [u.coordinate] : []))
    .filter((coordinate) => units.some((u) => u?.coordinate === coordinate && u.unit === 0)));
  units.forEach((u, i) => { if (u !== null && split.has(u.coordinate)) matches[i] = null; });
}

/** A coordinate column of the dataset the file lacks, given by its parts: 度 and 分, and 秒 when the file has it. */
export interface DmsColumn { key: string; parts: number[] }

/** The coordinate columns that columns of their degrees and minutes (and seconds) give: only for a coordinate the
 *  file has no column of its own (`taken`), and only when its 度 and 分 are both there. */
export function dmsColumnsOf(dataset: Dataset, keys: ReadonlyArray<string | null>, headers: readonly string[],
  taken: (key: string) => boolean): DmsColumn[] {
  const found = new Map<string, Array<number | undefined>>();
  const units = unitsOf(headers, dataset);
  keys.forEach((key, i) => {
    const u = units[i];
    if (key !== null || u === null || taken(u.coordinate)) return;
    const parts = found.get(u.coordinate) ?? [];
    if (parts[u.unit] !== undefined) return;
    parts[u.unit] = i;
    found.set(u.coordinate, parts);
  });
  return [...found].flatMap(([key, [degrees, minutes, seconds]]) =>
    degrees === undefined || minutes === undefined ? [] : [{ key, parts: seconds === undefined ? [degrees, minutes] : [degrees, minutes, seconds] }]);
}

/** The parts' cells as one DMS value (35, 41, 22.2 → 35度41分22.2秒); empty when the degrees are. */
export function joinDms(cells: readonly string[]): string {
  const [degrees, minutes, seconds] = cells.map((cell) => cell.trim());
  if (!degrees) return "";
  return `${degrees}度${minutes || "0"}分${seconds === undefined ? "" : `${seconds || "0"}秒`}`;
}
