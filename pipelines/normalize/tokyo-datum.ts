// Coordinates in the old Tokyo Datum (旧日本測地系, Bessel 1841), which many municipal GIS exports still use, lie about
// 450 m north-west of the same point in the standard's datum (JGD2011): an AED drawn there is in the wrong street.
// They are converted with the Geospatial Information Authority of Japan's three-parameter shift between the two
// geocentric systems; against the grid-based TKY2JGD it is within about 1–3 m in Tokyo (0.8 m at the datum origin).
import { plainWords } from "./text.ts";

/** What names the Tokyo Datum: 日本測地系 alone (日本測地系2000 / 2011 are the new datums, JGD2000 / JGD2011),
 *  旧日本測地系, 旧測地系, Tokyo Datum, Tokyo97, or a bare `Tokyo` (a header's bracket, a datum column's cell; in a
 *  sentence Tokyo is a name). Compared in NFKC without spaces. */
const TOKYO = /旧日本測地系|旧測地系|日本測地系|tokyo(?:datum|97)|^tokyo$/i;
/** What names the standard's datum (or one within centimetres of it). */
const WORLD = /世界測地系|日本測地系20(?:00|11)|jgd\s*20(?:00|11)|jgd|wgs\s*-?\s*84|itrf/i;

/** A datum's name after a value with no bracket (`35.6812 JGD2011`, `139.76世界測地系`): the value. */
export const DATUM_WORD_AFTER = /^(.*?\d)\s*(?:旧?日本測地系(?:20(?:00|11))?|旧測地系|世界測地系|jgd\s*20(?:00|11)|wgs\s*-?\s*84|tokyo(?:\s*datum|97)?)$/i;

/** The datum a coordinate cell names in its note (`35.678（日本測地系）`, `139.76(WGS84)`), else undefined: the row's
 *  own datum, as a 測地系 cell's. A cell ending in a digit, as nearly all do, has none. */
export function datumInCoordinateCell(cell: string | undefined): string | undefined {
  if (cell === undefined || cell.length < 2) return undefined;
  const last = cell.charCodeAt(cell.length - 1);
  if (last >= 0x30 && last <= 0x39) return undefined;
  const plain = plainWords(cell);
  return TOKYO_IN_CELL.test(plain) || WORLD.test(plain) ? cell : undefined;
}
/** The Tokyo Datum's names in a coordinate cell's note: a bare Tokyo there is one too (`35.678(Tokyo)`). */
const TOKYO_IN_CELL = /旧日本測地系|旧測地系|日本測地系|tokyo/i;

/** Whether a text (a header's bracket, a note above the header, a 測地系 cell) says the Tokyo Datum, and only it: a
 *  note that names both (日本測地系から世界測地系に変換済み) says nothing either way. */
export function namesTokyoDatum(text: string): boolean {
  const plain = plainWords(text);
  return TOKYO.test(plain) && !WORLD.test(plain);
}

/** The key under which a row's cells carry its own datum cell (a 測地系 column, datum-of-file.ts): no column of any
 *  dataset, read only by the coordinate repair. */
export const ROW_DATUM = "row_datum";

/** Whether a row's coordinates are in the Tokyo Datum: as its own datum cell says, else as its file says. */
export function rowInTokyoDatum(rowDatum: string | undefined, fileSays: string | undefined): boolean {
  return rowDatum !== undefined && rowDatum.trim() !== "" ? namesTokyoDatum(rowDatum) || isTokyoCoordinateNote(rowDatum) : fileSays !== undefined;
}

/** A coordinate cell's note naming the Tokyo Datum: bare Tokyo in brackets (`35.678(Tokyo)`). */
const isTokyoCoordinateNote = (cell: string) => /\(\s*tokyo\s*\)\s*$/i.test(cell.normalize("NFKC")) && !WORLD.test(plainWords(cell));

interface Ellipsoid { a: number; f: number }
const BESSEL: Ellipsoid = { a: 6377397.155, f: 1 / 299.152813 };
const GRS80: Ellipsoid = { a: 6378137, f: 1 / 298.257222101 };
/** Tokyo Datum → JGD2000 origin shift in metres (GSI); JGD2011 differs from JGD2000 by centimetres in Tokyo. */
const SHIFT = [-146.414, 507.337, 680.507] as const;
const RAD = Math.PI / 180;

function toGeocentric({ a, f }: Ellipsoid, lat: number, lon: number): [number, number, number] {
  const e2 = f * (2 - f);
  const sin = Math.sin(lat * RAD);
  const cos = Math.cos(lat * RAD);
  const n = a / Math.sqrt(1 - e2 * sin * sin);
  return [n * cos * Math.cos(lon * RAD), n * cos * Math.sin(lon * RAD), n * (1 - e2) * sin];
}

function fromGeocentric({ a, f }: Ellipsoid, [x, y, z]: readonly [number, number, number]): [number, number] {
  const e2 = f * (2 - f);
  const p = Math.hypot(x, y);
  let lat = Math.atan2(z, p * (1 - e2));
  // a few rounds settle the latitude to well under a millimetre
  for (let i = 0; i < 5; i++) {
    const sin = Math.sin(lat);
    const n = a / Math.sqrt(1 - e2 * sin * sin);
    const h = p / Math.cos(lat) - n;
    lat = Math.atan2(z, p * (1 - (e2 * n) / (n + h)));
  }
  return [lat / RAD, Math.atan2(y, x) / RAD];
}

/** A point in the Tokyo Datum as latitude and longitude in JGD2011, rounded to 1e-6 degrees (about 10 cm). */
export function tokyoToJgd2011(lat: number, lon: number): [number, number] {
  const [x, y, z] = toGeocentric(BESSEL, lat, lon);
  const [jLat, jLon] = fromGeocentric(GRS80, [x + SHIFT[0], y + SHIFT[1], z + SHIFT[2]]);
  return [Math.round(jLat * 1e6) / 1e6, Math.round(jLon * 1e6) / 1e6];
}
