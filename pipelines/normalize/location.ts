// Where a full address is: its prefecture, and for Tokyo its municipality and code (the registry's 62, read once
// from data/municipalities.csv). Old 推奨 files name the publisher in 都道府県名/市区町村名, not the place (standard
// A.3): a ward's 保養所 in 長野県 or its facility in a neighbouring city has its own place in its address.
// Outside Tokyo the municipality is not read: without a national list, 四日市市, 大町市 and 十日町市 defeat any pattern,
// and no city is better than a wrong one.
import { readMunicipalitiesCsv } from "../../storage/municipalities.ts";
import { PREFECTURES } from "./address.ts";

export interface Place {
  prefecture: string;
  /** the Tokyo municipality the address names, with its 6-digit code; null outside Tokyo or when none matches */
  city: string | null;
  code: string | null;
}

const TOKYO = "東京都";

/** A box of latitude and longitude, a little wider than the land it holds. */
export interface Bounds { minLat: number; maxLat: number; minLon: number; maxLon: number; ja: string; en: string }

/**
 * Where each part of Tokyo lies, with about 2 km to spare: the 23 wards; the Tama cities, towns and village (奥多摩 in
 * the west to 狛江 in the east); the Izu islands (大島 to 青ヶ島); 小笠原村 (沖ノ鳥島 to 南鳥島). Boxes, not borders:
 * they catch a point in the wrong part of Tokyo or outside it, not one in the next ward.
 */
const AREA_BOUNDS: Readonly<Record<string, Bounds>> = {
  区部: { minLat: 35.48, maxLat: 35.84, minLon: 139.54, maxLon: 139.94, ja: "東京都区部", en: "the 23 wards" },
  多摩: { minLat: 35.48, maxLat: 35.91, minLon: 138.92, maxLon: 139.66, ja: "多摩地域", en: "the Tama area" },
  島しょ: { minLat: 32.3, maxLat: 34.9, minLon: 138.9, maxLon: 140.4, ja: "伊豆諸島", en: "the Izu islands" },
};
const OGASAWARA = "134210";
const OGASAWARA_BOUNDS: Bounds = { minLat: 20.3, maxLat: 27.9, minLon: 135.9, maxLon: 154.1, ja: "小笠原諸島", en: "the Ogasawara islands" };

interface TokyoMunicipality { name: string; code: string; bounds: Bounds }

let tokyo: readonly TokyoMunicipality[] | null = null;
let byCode: ReadonlyMap<string, TokyoMunicipality> | null = null;

/** Tokyo's municipalities, longest name first (東村山市 is tried before any shorter name it could start with). */
function tokyoMunicipalities(): readonly TokyoMunicipality[] {
  tokyo ??= readMunicipalitiesCsv()
    .map((m) => ({ name: m.name_ja, code: m.code, bounds: m.code === OGASAWARA ? OGASAWARA_BOUNDS : AREA_BOUNDS[m.area] }))
    .sort((a, b) => b.name.length - a.name.length);
  return tokyo;
}

/** A Tokyo municipality by its 6-digit code, with the box of its part of Tokyo; undefined for any other code. */
export function tokyoMunicipality(code: string): TokyoMunicipality | undefined {
  if (!code.startsWith("13")) return undefined;
  byCode ??= new Map(tokyoMunicipalities().map((m) => [m.code, m]));
  return byCode.get(code);
}

export const inBounds = (b: Bounds, lat: number, lon: number): boolean =>
  lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon;

/** Prefectures by their first character (北海道 alone starts with 北, 東京都 with 東 …): one or two to try, not 47. */
const BY_INITIAL = new Map<string, string[]>();
for (const p of PREFECTURES) BY_INITIAL.set(p[0], [...(BY_INITIAL.get(p[0]) ?? []), p]);

/** The prefecture an address starts with, or null. */
export function prefectureOf(address: string): string | null {
  for (const p of BY_INITIAL.get(address[0]) ?? []) if (address.startsWith(p)) return p;
  return null;
}

/** The place a full address (prefecture first) names; null when it does not start with a prefecture. */
export function placeOf(address: string): Place | null {
  const prefecture = prefectureOf(address);
  if (prefecture === null) return null;
  if (prefecture !== TOKYO) return { prefecture, city: null, code: null };
  // 西多摩郡瑞穂町…: the 郡 is part of the address, not of the registry's name
  const rest = address.slice(TOKYO.length).replace(/^\s+/, "").replace(/^[^\d\s]{1,4}?郡/, "").replace(/^青[ケヵｹが]島/, "青ヶ島");
  for (const m of tokyoMunicipalities()) if (rest.startsWith(m.name)) return { prefecture, city: m.name, code: m.code };
  return { prefecture, city: null, code: null };
}
