// Which column of a GIS export's X座標/Y座標 in metres holds X, the northing (plane-coordinates.ts): read the other way
// round, the point moves √2·|X−Y| across the diagonal, a few km in Tama, and both readings may lie in Tama. What
// tells them apart, strongest first: only one reading in the row's part of Tokyo; only one in the row's municipality
// (its address's, else the publisher's); the file's other rows (a file is one export, one orientation); the header
// and the survey convention (公共測量: X is the northing, whatever the GIS calls it).
import { JAPAN_BOUNDS } from "../../schemas/types.ts";
import type { Axis } from "./coordinates.ts";
import { type Bounds, inBounds, nearestTokyoMunicipality, placeOf, placeOfColumns, TOKYO, type TokyoMunicipality, tokyoMunicipality,
  tokyoMunicipalityAt } from "./location.ts";
import { type PlaneZone, planeToLatLon, zoneOfMunicipality } from "./plane-coordinates.ts";

/** One way of reading a row's two numbers: `xIn` is the column taken as X (the northing). */
export interface PlaneReading {
  xIn: Axis;
  x: number;
  y: number;
  lat: number;
  lon: number;
}

/** The two readings of the numbers in the latitude and longitude columns, the latitude's as X first. */
export function planeReadings(latCell: number, lonCell: number, zone: PlaneZone): [PlaneReading, PlaneReading] {
  const read = (xIn: Axis, x: number, y: number): PlaneReading => ({ xIn, x, y, ...planeToLatLon(x, y, zone) });
  return [read("latitude", latCell, lonCell), read("longitude", lonCell, latCell)];
}

/** What a row itself says of its orientation: the column of X, and by what (its part of Tokyo, or its municipality). */
export interface PlaneEvidence {
  xIn: Axis;
  by: "area" | "municipality";
}

/** How much nearer to its municipality's office a reading must be than the other to be taken as the one in it. */
const MIN_LEAD_KM = 1;

const kmFrom = (m: TokyoMunicipality, p: PlaneReading) =>
  Math.hypot((p.lat - m.centre.latitude) * 110.574, (p.lon - m.centre.longitude) * 111.32 * Math.cos((p.lat * Math.PI) / 180));

/** The row's own evidence: the one reading in its part of Tokyo, else the one in its municipality (nearest its office,
 *  and nearer it than the other by MIN_LEAD_KM); null when neither stands out or both lie outside its part. */
export function planeEvidence(readings: readonly PlaneReading[], bounds: Omit<Bounds, "ja">, place: TokyoMunicipality | undefined):
  PlaneEvidence | null {
  const inArea = readings.filter((p) => inBounds(bounds, p.lat, p.lon));
  if (inArea.length === 1) return { xIn: inArea[0].xIn, by: "area" };
  if (inArea.length === 0 || place === undefined) return null;
  const inPlace = inArea.filter((p) => nearestTokyoMunicipality(p.lat, p.lon) === place);
  if (inPlace.length !== 1) return null;
  // near the diagonal X = Y the two readings are close, and a border between them says little
  const [near, far] = inPlace[0] === readings[0] ? readings : [readings[1], readings[0]];
  return kmFrom(place, far) - kmFrom(place, near) >= MIN_LEAD_KM ? { xIn: near.xIn, by: "municipality" } : null;
}

/**
 * The Tokyo municipality a row is in as far as its cells say: its address's (東京都立川市泉町…, 立川市泉町…), else its
 * 所在地_市区町村's, else its code's or the publisher's; undefined for a row in another prefecture or of no Tokyo
 * municipality.
 */
export function municipalityOfRow(address: string | null, city: string | null, code: string | null): TokyoMunicipality | undefined {
  const place = address === null ? null : placeOf(address);
  if (place !== null) return place.prefecture === TOKYO && place.code !== null ? tokyoMunicipality(place.code) : undefined;
  const named = (address === null ? undefined : tokyoMunicipalityAt(address))
    ?? (city === null ? undefined : tokyoMunicipality(placeOfColumns(null, city)?.code ?? ""));
  return named ?? (code === null ? undefined : tokyoMunicipality(code));
}

/** Farther than this from a zone's origin no plane coordinate of Japan lies (the zones span a few hundred km). */
const MAX_PLANE_METRES = 1_000_000;

/** A row whose coordinates are metres: its two readings, its place and part of Tokyo, and what they say. */
export interface PlaneRow {
  zone: PlaneZone;
  readings: [PlaneReading, PlaneReading];
  place: TokyoMunicipality | undefined;
  bounds: Omit<Bounds, "ja">;
  evidence: PlaneEvidence | null;
}

/**
 * The numbers of a row's latitude and longitude columns read as metres of the zone of `code` (the row's or the
 * publisher's), with the address and city cells that place the row; null when they are degrees, too far for any zone,
 * or when neither reading lies in the row's part of Tokyo (validation then names the values).
 */
export function readPlaneRow(lat: number, lon: number, address: string | null, city: string | null, code: string | null): PlaneRow | null {
  if ((Math.abs(lat) <= 360 && Math.abs(lon) <= 360) || Math.abs(lat) >= MAX_PLANE_METRES || Math.abs(lon) >= MAX_PLANE_METRES) return null;
  const zone = zoneOfMunicipality(code);
  const place = municipalityOfRow(address, city, code);
  const bounds = place?.bounds ?? JAPAN_BOUNDS;
  const readings = planeReadings(lat, lon, zone);
  if (!readings.some((p) => inBounds(bounds, p.lat, p.lon))) return null;
  return { zone, readings, place, bounds, evidence: planeEvidence(readings, bounds, place) };
}

/** How a file's rows are read. */
export interface FilePlaneAxes {
  /** the column of X the file's rows say, when they agree (rows whose evidence says the other are not converted) */
  byRows?: Axis;
  /** the column of X its header says (`X座標`, the survey convention's northing), else the latitude's */
  byHeader: Axis;
  /** the file's headers of the two columns, as written */
  headers: Record<Axis, string>;
}

/** Of the rows' evidence, the orientation most agree on; undefined when there is none or they disagree. */
export function agreedAxis(evidence: ReadonlyArray<PlaneEvidence | null>): { xIn: Axis; agree: number; of: number } | undefined {
  // only a row's part of Tokyo votes: the office a reading is nearest may be a neighbour's in a large city (南大沢 in
  // 八王子), and one such row must not turn a whole file; a row's municipality only keeps that row from a reading
  // against it (plane_coordinates_conflict)
  const said = evidence.filter((e): e is PlaneEvidence => e !== null && e.by === "area");
  const lat = said.filter((e) => e.xIn === "latitude").length;
  const lon = said.length - lat;
  const [xIn, agree, against] = lat >= lon ? (["latitude", lat, lon] as const) : (["longitude", lon, lat] as const);
  // offices stand for borders, so a row near one may say the other way: three to one is agreement (those rows are
  // then told, not converted); fewer is no file-wide answer
  if (agree === 0 || against * 3 > agree) return undefined;
  return { xIn, agree, of: said.length };
}

/** `X座標`, `X座標（第9系）`, `x`, `X_COORD`: a header that names X. */
const SAYS_X = /(?<![a-z])x(?![a-z])|(?<![a-z])x(?=_?coord)/i;
const SAYS_Y = /(?<![a-z])y(?![a-z])|(?<![a-z])y(?=_?coord)/i;

/** The column of X by the headers of the latitude and longitude columns: the one that names X (the GIS's `X座標` is
 *  the engine's longitude, yet the survey convention's northing), else the latitude's, the column of north. */
export function axisByHeader(latHeader: string, lonHeader: string): Axis {
  const [lat, lon] = [latHeader.normalize("NFKC"), lonHeader.normalize("NFKC")];
  if ((SAYS_X.test(lon) && !SAYS_X.test(lat)) || (SAYS_Y.test(lat) && !SAYS_Y.test(lon))) return "longitude";
  return "latitude";
}
