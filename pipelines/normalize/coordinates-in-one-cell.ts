// Both coordinates typed into one of the two columns (緯度 `35.6895,139.6917`, 経度 empty), as a point copied from a
// map is pasted: the cell is cut in two as a combined 緯度経度 column's is (coordinate-pair.ts), when the two halves
// read as a point in Tokyo; else the cell is left as it is (unread, it is kept in 備考 with its warning).
import { splitPairCell } from "../coordinate-pair.ts";
import type { Issue } from "../issues.ts";
import { normalizeCoordinate } from "./coordinates.ts";
import { inTokyo } from "./location.ts";
import { isEmptyCell, type RepairRow, withdrawIssue } from "./pair-repairs.ts";

/** The two halves of a pair cell of `key` as [latitude, longitude], with the issues of reading them; null when the
 *  cell is no two coordinates of a point in Tokyo (in either order: the swap repair puts 経度 first back). */
function pairOf(r: RepairRow, key: string, latKey: string, lonKey: string): { lat: number; lon: number; issues: Issue[] } | null {
  const [first, second] = splitPairCell(r.cells[key] ?? "");
  if (second === "") return null;
  const lat = normalizeCoordinate(first, { row: r.row, field: latKey }, "latitude");
  const lon = normalizeCoordinate(second, { row: r.row, field: lonKey }, "longitude");
  if (lat.value === null || lon.value === null) return null;
  if (!inTokyo(lat.value, lon.value) && !inTokyo(lon.value, lat.value)) return null;
  return { lat: lat.value, lon: lon.value, issues: [...lat.issues, ...lon.issues] };
}

/** A pair in the latitude cell (or the longitude one) with the other cell empty: read as both, said
 *  (coordinates_in_one_cell); the cell's unparseable_coordinate is then untrue. */
export function splitCoordinatesCell(r: RepairRow, latKey: string, lonKey: string): void {
  if (r.record[latKey] !== null || r.record[lonKey] !== null) return;
  for (const [key, other] of [[latKey, lonKey], [lonKey, latKey]]) {
    if (isEmptyCell(r, r.cells[key], key) || !isEmptyCell(r, r.cells[other], other)) continue;
    const pair = pairOf(r, key, latKey, lonKey);
    if (pair === null) return;
    r.record[latKey] = pair.lat;
    r.record[lonKey] = pair.lon;
    withdrawIssue(r, key, "unparseable_coordinate");
    for (const i of pair.issues) r.issues.push(i);
    r.problem("coordinates_in_one_cell", key, (r.cells[key] ?? "").trim());
    return;
  }
}
