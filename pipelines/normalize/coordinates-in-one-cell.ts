// Both coordinates typed into one of the two columns (緯度 `35.6895,139.6917`, 経度 empty), as a point copied from a
// map is pasted: the cell is cut in two as a combined 緯度経度 column's is (coordinate-pair.ts), when the two halves
// read as a point in Tokyo; else the cell is left as it is (unread, it is kept in 備考 with its warning).
import { splitPairCell } from "../coordinate-pair.ts";
import type { Issue } from "../issues.ts";
import { normalizeCoordinate } from "./coordinates.ts";
import { inTokyo } from "./location.ts";
import { keepInsteadOfValue } from "./kept-cells.ts";
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
 *  (coordinates_in_one_cell); the cell's unparseable_coordinate is then untrue. A note after the pair is said on the
 *  cell's column (coordinate_with_note), so the cell is kept in 備考. */
export function splitCoordinatesCell(r: RepairRow, latKey: string, lonKey: string): void {
  if (r.record[latKey] !== null || r.record[lonKey] !== null) return;
  for (const [key, other] of [[latKey, lonKey], [lonKey, latKey]]) {
    if (isEmptyCell(r, r.cells[key], key) || !isEmptyCell(r, r.cells[other], other)) continue;
    const pair = pairOf(r, key, latKey, lonKey);
    if (pair === null) return;
    r.record[latKey] = pair.lat;
    r.record[lonKey] = pair.lon;
    withdrawIssue(r, key, "unparseable_coordinate");
    // a note after the pair (`35.68,139.76（世界測地系）`) is the cell's: said on its column, so the cell is kept in 備考
    let noted = false;
    for (const i of pair.issues) {
      if (i.code === "coordinate_with_note") noted = true;
      else r.issues.push(i);
    }
    if (noted) r.problem("coordinate_with_note", key, (r.cells[key] ?? "").trim());
    r.problem("coordinates_in_one_cell", key, (r.cells[key] ?? "").trim());
    return;
  }
}

/** A cell that may be a point: it starts with a number (or a bracket, a sign) and has no kana or kanji, which every
 *  address has (a cheap test, so that the cells of almost every row's address are not read as coordinates). */
const MAYBE_POINT = /^[\s(（[［+\-−]*\d(?!.*[\u3040-\u30ff\u3400-\u9fff])/s;

/** A point typed as the address (所在地 `35.7722,139.7972`, a hydrant's place copied from a map): no address, so not
 *  completed into one (東京都足立区35.7722,139.7972) nor published; the cell kept in 備考 and warned
 *  (coordinates_as_address). With the latitude and longitude empty, the point is read as them. */
export function coordinatesFromAddress(r: RepairRow, latKey: string, lonKey: string): void {
  if (!r.dataset.columnByKey.has("full_address") || r.record.full_address === null || !MAYBE_POINT.test(r.cells.full_address ?? "")) return;
  const pair = pairOf(r, "full_address", latKey, lonKey);
  if (pair === null) return;
  const taken = r.record[latKey] === null && r.record[lonKey] === null;
  if (taken) {
    r.record[latKey] = pair.lat;
    r.record[lonKey] = pair.lon;
    for (const i of pair.issues) r.issues.push(i);
  }
  keepInsteadOfValue(r, "full_address", "coordinates_as_address", taken ? `${pair.lat}, ${pair.lon}` : undefined);
}
