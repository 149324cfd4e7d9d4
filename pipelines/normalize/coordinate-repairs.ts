// Record-level repairs of a row's coordinates: latitude and longitude swapped across the pair, both typed into one
// cell, plane rectangular coordinates (metres) converted, and a point outside the row's municipality warned about.
import { columnJa } from "../../schemas/dataset.ts";
import { JAPAN_BOUNDS } from "../../schemas/types.ts";
import { placeOfRow } from "./address-repairs.ts";
import { dottedDms, isSwapped, unswapLatLon } from "./coordinates.ts";
import { coordinatesFromAddress, splitCoordinatesCell } from "./coordinates-in-one-cell.ts";
import { emptyAndKeepAll } from "./kept-cells.ts";
import { isDitto } from "../fill-down.ts";
import { inBounds, inTokyo, placeOf, TOKYO, type TokyoMunicipality, tokyoMunicipality } from "./location.ts";
import { type PlaneReading, readPlaneRow } from "./plane-axes.ts";
import { datumInCoordinateCell, ROW_DATUM, rowInTokyoDatum, tokyoToJgd2011 } from "./tokyo-datum.ts";
import { publisherCode, type RecordPlan, type RowRepair, str } from "./row-repair.ts";

export function repairCoordinates(r: RowRepair, { latKey, lonKey }: RecordPlan): void {
  if (latKey === undefined || lonKey === undefined) return;
  splitCoordinatesCell(r, latKey, lonKey);
  coordinatesFromAddress(r, latKey, lonKey);
  const lat = r.record[latKey];
  const lon = r.record[lonKey];
  if (typeof lat !== "number" || typeof lon !== "number") {
    const [given, missing] = typeof lat === "number" ? [latKey, lonKey] : [lonKey, latKey];
    // a file without the other column at all is said once for the file, not on each row
    if ((typeof lat === "number" || typeof lon === "number") && r.cells[missing] !== undefined) withoutItsPair(r, given, missing);
    return;
  }
  if (Math.abs(lat) > 360 || Math.abs(lon) > 360) fromPlane(r, latKey, lonKey, lat, lon);
  else if (isSwapped(lat, lon)) {
    // the check first: the location object is made only for a swapped pair, which unswapLatLon always reports
    const out = unswapLatLon(lat, lon, { row: r.row, field: latKey, onlyCounts: r.context.onlyCounts });
    [r.record[latKey], r.record[lonKey]] = out.value;
    for (const i of out.issues) r.issues.push(i);
  }
  // a row's 測地系 cell, else a datum its coordinate cells name in a note (`35.678（日本測地系）`)
  const rowDatum = r.cells[ROW_DATUM]?.trim() || datumInCoordinateCell(r.cells[latKey]) || datumInCoordinateCell(r.cells[lonKey]);
  if (rowInTokyoDatum(rowDatum, r.context.tokyoDatum)) fromTokyoDatum(r, latKey, lonKey);
}

/** A latitude without its longitude (or the other way round: the other cell, in the file, blank or unread) places nothing: warned
 *  with the one missing, the value published as written. */
// not emptied: a short row's placements are judged by what their values read, and one that empties the coordinate
// given would lose to a wrong one
function withoutItsPair(r: RowRepair, given: string, missing: string): void {
  r.problem("coordinate_without_pair", given, r.cells[given] ?? String(r.record[given]), columnJa(r.dataset, missing));
}

/** A point its row or file says is in the Tokyo Datum, about 450 m off in the standard's: converted to JGD2011 (a point
 *  outside Japan is left to validation's error). */
function fromTokyoDatum(r: RowRepair, latKey: string, lonKey: string): void {
  const [lat, lon] = [r.record[latKey], r.record[lonKey]];
  if (typeof lat !== "number" || typeof lon !== "number" || !inBounds(JAPAN_BOUNDS, lat, lon)) return;
  [r.record[latKey], r.record[lonKey]] = tokyoToJgd2011(lat, lon);
  r.problem("tokyo_datum_converted", latKey, `${lat}, ${lon} → ${r.record[latKey]}, ${r.record[lonKey]}`);
}

/** Metres, not degrees: plane rectangular coordinates (a GIS export's X座標/Y座標), read in the publisher's zone with a
 *  warning (the zone and datum are assumed). Which column is X, the northing (plane-axes.ts): what the file's rows
 *  agree on, else what this row's part of Tokyo or municipality says, else the header and the survey convention. A row
 *  whose own evidence contradicts the file's rows is not converted (a guess against its address): both are told. */
function fromPlane(r: RowRepair, latKey: string, lonKey: string, lat: number, lon: number): void {
  const code = str(r.record.local_government_code) ?? publisherCode(r.context.municipality);
  const plane = readPlaneRow(lat, lon, str(r.record.full_address), r.city, code);
  if (plane === null) return;
  const { zone, readings, place, evidence } = plane;
  const axes = r.context.planeAxes;
  // a row's municipality (the office its reading is nearest) decides no orientation, only keeps its row from one
  // against it: in a large city a true point is often nearer a neighbour's office
  const xIn = axes?.byRows ?? (evidence?.by === "area" ? evidence.xIn : undefined) ?? axes?.byHeader ?? evidence?.xIn ?? "latitude";
  const [found, other] = readings[0].xIn === xIn ? readings : [readings[1], readings[0]];
  const describe = (p: PlaneReading) => `X=${p.x}, Y=${p.y} → ${Math.round(p.lat * 1e5) / 1e5}, ${Math.round(p.lon * 1e5) / 1e5}`;
  if (evidence !== null && evidence.xIn !== xIn) {
    const where = (evidence.by === "area" ? place?.bounds.ja : place?.name) ?? "日本";
    r.problem("plane_coordinates_conflict", latKey, `第${zone.name}系 ${describe(found)} / ${describe(other)}（${where}）`);
    return;
  }
  r.record[latKey] = Math.round(found.lat * 1e7) / 1e7;
  r.record[lonKey] = Math.round(found.lon * 1e7) / 1e7;
  const converted = `第${zone.name}系 X=${found.x}, Y=${found.y} → ${r.record[latKey]}, ${r.record[lonKey]}`;
  // neither the rows nor this row's place told the columns apart: the header or the convention did, and it is said
  if (axes?.byRows === undefined && evidence === null) {
    const header = axes?.headers[xIn];
    r.problem("plane_coordinates_by_convention", latKey, header === undefined ? converted : `${converted}（X = ${header}）`);
    return;
  }
  r.problem("plane_coordinates_converted", latKey, converted);
}

/**
 * Coordinates of a row in a Tokyo municipality (its location's code, else the publisher's) that lie outside that
 * municipality's part of Tokyo: cells that read as degrees with minutes and seconds after the point (35.41378 =
 * 35°41′37.8″) inside it are that, converted and warned, as degrees, minutes and seconds run together are (354145.2,
 * packed_dms); a point outside Tokyo for a row whose address is in Tokyo is not published (emptied, its cells kept in
 * 備考, warned); else a warning on the latitude, the values kept (they may be right, the code wrong).
 */
export function checkArea(r: RowRepair, { latKey, lonKey }: RecordPlan): void {
  if (latKey === undefined || lonKey === undefined) return;
  const lat = r.record[latKey];
  const lon = r.record[lonKey];
  if (typeof lat !== "number" || typeof lon !== "number") return;
  const code = str(r.record.located_local_government_code) ?? str(r.record.local_government_code);
  const area = code === null ? undefined : tokyoMunicipality(code);
  // outside Japan is validation's error already
  if (area === undefined || inBounds(area.bounds, lat, lon) || !inBounds(JAPAN_BOUNDS, lat, lon)) return;
  // a row whose own cells place it outside Tokyo (a ward's 保養所 in 長野県) is not checked against the ward
  const place = placeOfRow(r);
  if (place !== undefined && place.prefecture !== TOKYO) return;
  const where = `${area.name}・${area.bounds.ja}`;
  if (fromDottedDms(r, latKey, lonKey, area, where)) return;
  const address = str(r.record.full_address);
  // an address that is only the publisher's place before an unresolved 同上 (a 区外施設 under a heading) says nowhere
  const saysAPlace = address !== null && !isDitto(r.cells.full_address ?? "") && placeOf(address)?.prefecture === TOKYO;
  if (!inTokyo(lat, lon) && saysAPlace) {
    emptyAndKeepAll(r, [latKey, lonKey]);
    r.problem("coordinates_outside_tokyo", latKey, `${lat}, ${lon}`, address);
    return;
  }
  r.problem("coordinates_outside_area", latKey, `${lat}, ${lon}`, where);
}

/** A pair whose cells, read as degrees with minutes and seconds after the point, lie in the row's part of Tokyo: that
 *  point, warned with both readings; false (nothing done) when they do not, or the values are no longer the cells'
 *  (swapped back, converted from the Tokyo Datum). */
function fromDottedDms(r: RowRepair, latKey: string, lonKey: string, area: TokyoMunicipality, where: string): boolean {
  const [lat, lon] = [dottedDms(r.cells[latKey] ?? ""), dottedDms(r.cells[lonKey] ?? "")];
  if (lat === null || lon === null || lat.written !== r.record[latKey] || lon.written !== r.record[lonKey]) return false;
  if (!inBounds(area.bounds, lat.degrees, lon.degrees)) return false;
  [r.record[latKey], r.record[lonKey]] = [lat.degrees, lon.degrees];
  r.problem("dotted_dms", latKey, `${lat.written}, ${lon.written}`, `${lat.shown}, ${lon.shown} → ${lat.degrees}, ${lon.degrees}（${where}）`);
  return true;
}
