// Japan's plane rectangular coordinates (平面直角座標系, JGD2011) to latitude and longitude, and back: GIS exports of
// fire hydrants and road assets give X/Y in metres instead of degrees. Transverse Mercator by Kawase's series (the
// Geospatial Information Authority's published method), on GRS80 with the scale factor 0.9999. X is the northing and
// Y the easting, as Japanese surveying writes them. A leaf module.

export interface PlaneZone {
  /** the zone's number as the law writes it (第IX系) */
  name: string;
  lat0: number;
  lon0: number;
}

/** Tokyo's zones: IX for the mainland and the Izu islands, XIV for the Ogasawara islands (小笠原村). */
export const ZONE_IX: PlaneZone = { name: "IX", lat0: 36, lon0: 139 + 50 / 60 };
export const ZONE_XIV: PlaneZone = { name: "XIV", lat0: 26, lon0: 142 };

/** The zone of a Tokyo municipality by its code. */
export const zoneOfMunicipality = (code: string | null | undefined): PlaneZone => (code?.startsWith("13421") ? ZONE_XIV : ZONE_IX);

const A = 6378137;
const F = 298.257222101;
const M0 = 0.9999;
const N = 1 / (2 * F - 1);
const RAD = Math.PI / 180;

const powers = (x: number) => [1, x, x ** 2, x ** 3, x ** 4, x ** 5, x ** 6];
const n = powers(N);
const A_SERIES = [1 + n[2] / 4 + n[4] / 64, -1.5 * (n[1] - n[3] / 8 - n[5] / 64), (15 / 16) * (n[2] - n[4] / 4),
  -(35 / 48) * (n[3] - (5 / 16) * n[5]), (315 / 512) * n[4], -(693 / 1280) * n[5]];
const ALPHA = [0, n[1] / 2 - (2 / 3) * n[2] + (5 / 16) * n[3] + (41 / 180) * n[4] - (127 / 288) * n[5],
  (13 / 48) * n[2] - (3 / 5) * n[3] + (557 / 1440) * n[4] + (281 / 630) * n[5],
  (61 / 240) * n[3] - (103 / 140) * n[4] + (15061 / 26880) * n[5], (49561 / 161280) * n[4] - (179 / 168) * n[5],
  (34729 / 80640) * n[5]];
const BETA = [0, n[1] / 2 - (2 / 3) * n[2] + (37 / 96) * n[3] - (1 / 360) * n[4] - (81 / 512) * n[5],
  (1 / 48) * n[2] + (1 / 15) * n[3] - (437 / 1440) * n[4] + (46 / 105) * n[5],
  (17 / 480) * n[3] - (37 / 840) * n[4] - (209 / 4480) * n[5], (4397 / 161280) * n[4] - (11 / 504) * n[5], (4583 / 161280) * n[5]];
const DELTA = [0, 2 * n[1] - (2 / 3) * n[2] - 2 * n[3] + (116 / 45) * n[4] + (26 / 45) * n[5] - (2854 / 675) * n[6],
  (7 / 3) * n[2] - (8 / 5) * n[3] - (227 / 45) * n[4] + (2704 / 315) * n[5] + (2323 / 945) * n[6],
  (56 / 15) * n[3] - (136 / 35) * n[4] - (1262 / 105) * n[5] + (73814 / 2835) * n[6],
  (4279 / 630) * n[4] - (332 / 35) * n[5] - (399572 / 14175) * n[6], (4174 / 315) * n[5] - (144838 / 6237) * n[6],
  (601676 / 22275) * n[6]];
/** Ā: the meridian arc's scale */
const A_BAR = ((M0 * A) / (1 + N)) * A_SERIES[0];

/** The meridian arc from the equator to latitude φ (radians), scaled by M0. */
function meridianArc(phi: number): number {
  let sum = A_SERIES[0] * phi;
  for (let j = 1; j <= 5; j++) sum += A_SERIES[j] * Math.sin(2 * j * phi);
  return ((M0 * A) / (1 + N)) * sum;
}

/** Latitude and longitude (degrees) of a point X (northing), Y (easting) in metres of `zone`. */
export function planeToLatLon(x: number, y: number, zone: PlaneZone): { lat: number; lon: number } {
  const xi = (x + meridianArc(zone.lat0 * RAD)) / A_BAR;
  const eta = y / A_BAR;
  let xi2 = xi;
  let eta2 = eta;
  for (let j = 1; j <= 5; j++) {
    xi2 -= BETA[j] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    eta2 -= BETA[j] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xi2) / Math.cosh(eta2));
  let phi = chi;
  for (let j = 1; j <= 6; j++) phi += DELTA[j] * Math.sin(2 * j * chi);
  const lambda = zone.lon0 * RAD + Math.atan(Math.sinh(eta2) / Math.cos(xi2));
  return { lat: phi / RAD, lon: lambda / RAD };
}

/** X (northing) and Y (easting) in metres of `zone` of a latitude and longitude (degrees). */
export function latLonToPlane(lat: number, lon: number, zone: PlaneZone): { x: number; y: number } {
  const phi = lat * RAD;
  const dLambda = (lon - zone.lon0) * RAD;
  const k = (2 * Math.sqrt(N)) / (1 + N);
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - k * Math.atanh(k * Math.sin(phi)));
  const tBar = Math.sqrt(1 + t * t);
  const xi2 = Math.atan2(t, Math.cos(dLambda));
  const eta2 = Math.atanh(Math.sin(dLambda) / tBar);
  let x = xi2;
  let y = eta2;
  for (let j = 1; j <= 5; j++) {
    x += ALPHA[j] * Math.sin(2 * j * xi2) * Math.cosh(2 * j * eta2);
    y += ALPHA[j] * Math.cos(2 * j * xi2) * Math.sinh(2 * j * eta2);
  }
  return { x: A_BAR * x - meridianArc(zone.lat0 * RAD), y: A_BAR * y };
}
