// Where a full address is: its prefecture, and for Tokyo its municipality and code (the registry's 62, read once
// from data/municipalities.csv). Old 推奨 files name the publisher in 都道府県名/市区町村名, not the place (standard
// A.3): a ward's 保養所 in 長野県 or its facility in a neighbouring city has its own place in its address.
// Outside Tokyo the municipality is not read: without a national list, 四日市市, 大町市 and 十日町市 defeat any pattern,
// and no city is better than a wrong one.
import { readCentres, readMunicipalitiesCsv } from "../../storage/municipalities.ts";

export const PREFECTURES = [
  "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
  "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
  "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
  "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
] as const;

export interface Place {
  prefecture: string;
  /** the Tokyo municipality the address names, as 所在地_市区町村 writes it (with its 郡: 西多摩郡瑞穂町), with its 6-digit
   *  code; null outside Tokyo or when none matches */
  city: string | null;
  code: string | null;
}

export const TOKYO = "東京都";

/** A box of latitude and longitude, a little wider than the land it holds. */
export interface Bounds { minLat: number; maxLat: number; minLon: number; maxLon: number; ja: string }

/**
 * Where each part of Tokyo lies, with about 2 km to spare: the 23 wards; the Tama cities, towns and village (奥多摩 in
 * the west to 狛江 in the east); the Izu islands (大島 to 青ヶ島); 小笠原村 (沖ノ鳥島 to 南鳥島). Boxes, not borders:
 * they catch a point in the wrong part of Tokyo or outside it, not one in the next ward.
 */
const AREA_BOUNDS: Readonly<Record<string, Bounds>> = {
  区部: { minLat: 35.48, maxLat: 35.84, minLon: 139.54, maxLon: 139.94, ja: "東京都区部" },
  多摩: { minLat: 35.48, maxLat: 35.91, minLon: 138.92, maxLon: 139.66, ja: "多摩地域" },
  島しょ: { minLat: 32.3, maxLat: 34.9, minLon: 138.9, maxLon: 140.4, ja: "伊豆諸島" },
};
const OGASAWARA = "134210";
const OGASAWARA_BOUNDS: Bounds = { minLat: 20.3, maxLat: 27.9, minLon: 135.9, maxLon: 154.1, ja: "小笠原諸島" };

export interface TokyoMunicipality {
  /** as the registry names it: 瑞穂町 */
  name: string;
  /** as the standard's 所在地_市区町村 writes it, with its 郡 (西多摩郡瑞穂町); the name for all others */
  city: string;
  code: string;
  bounds: Bounds;
  en: string;
  /** its office (data/geography.csv) */
  centre: { latitude: number; longitude: number };
}

/** Tokyo's one 郡 and the towns and village in it. The island towns and villages are in none (they are under a 支庁),
 *  and the registry's names leave it out. */
const NISHITAMA = "西多摩郡";
const DISTRICT_OF: Readonly<Record<string, string>> = { "133035": NISHITAMA, "133051": NISHITAMA, "133078": NISHITAMA, "133086": NISHITAMA };

let tokyo: readonly TokyoMunicipality[] | null = null;
let byCode: ReadonlyMap<string, TokyoMunicipality> | null = null;

/** Tokyo's municipalities, longest name first (東村山市 is tried before any shorter name it could start with). */
function tokyoMunicipalities(): readonly TokyoMunicipality[] {
  if (tokyo === null) {
    const centres = readCentres();
    tokyo = readMunicipalitiesCsv()
      .map((m) => ({
        name: m.name_ja, city: (DISTRICT_OF[m.code] ?? "") + m.name_ja, code: m.code,
        bounds: m.code === OGASAWARA ? OGASAWARA_BOUNDS : AREA_BOUNDS[m.area], en: m.name_en,
        centre: centres.get(m.code) ?? { latitude: NaN, longitude: NaN },
      }))
      .sort((a, b) => b.name.length - a.name.length);
  }
  return tokyo;
}

/** A Tokyo municipality by its 6-digit code, with the box of its part of Tokyo; undefined for any other code. */
export function tokyoMunicipality(code: string): TokyoMunicipality | undefined {
  if (!code.startsWith("13")) return undefined;
  byCode ??= new Map(tokyoMunicipalities().map((m) => [m.code, m]));
  return byCode.get(code);
}

/** The Tokyo municipality whose office is nearest to a point: where the point most likely is, when it is in Tokyo.
 *  Near a border it may be the neighbour's, so it tells two far-apart points apart, not a point from its neighbour. */
export function nearestTokyoMunicipality(lat: number, lon: number): TokyoMunicipality {
  // an equirectangular distance is enough at this scale: a degree of longitude is cos(lat) of one of latitude
  const east = Math.cos((lat * Math.PI) / 180);
  let best = tokyoMunicipalities()[0];
  let bestDistance = Infinity;
  for (const m of tokyoMunicipalities()) {
    const d = (m.centre.latitude - lat) ** 2 + ((m.centre.longitude - lon) * east) ** 2;
    if (d < bestDistance) [best, bestDistance] = [m, d];
  }
  return best;
}

/** Whether a point lies in some part of Tokyo (the boxes above). */
export const inTokyo = (lat: number, lon: number): boolean =>
  Object.values(AREA_BOUNDS).some((b) => inBounds(b, lat, lon)) || inBounds(OGASAWARA_BOUNDS, lat, lon);

export const inBounds = (b: Omit<Bounds, "ja">, lat: number, lon: number): boolean =>
  lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon;

const PREFECTURE_NAMES: ReadonlySet<string> = new Set(PREFECTURES);
/** The prefectures by the code of their first character (東 → 東京都): at most three share one (福井県 福島県 福岡県). */
const PREFECTURES_BY_INITIAL: ReadonlyMap<number, readonly string[]> = PREFECTURES.reduce((map, p) =>
  map.set(p.charCodeAt(0), [...(map.get(p.charCodeAt(0)) ?? []), p]), new Map<number, string[]>());

export const isPrefecture = (name: string): boolean => PREFECTURE_NAMES.has(name);

/** 政令指定都市: their addresses are often written from the ward (`浪速区…` for 大阪市). */
const DESIGNATED_CITIES = new Set([
  "札幌市", "仙台市", "さいたま市", "千葉市", "横浜市", "川崎市", "相模原市", "新潟市", "静岡市", "浜松市",
  "名古屋市", "京都市", "大阪市", "堺市", "神戸市", "岡山市", "広島市", "北九州市", "福岡市", "熊本市",
]);
/** Whether a city is a 政令指定都市, whose wards are written after its name (さいたま市浦和区). */
export const isDesignatedCity = (city: string): boolean => DESIGNATED_CITIES.has(city);

/** The prefecture of a 6-digit 全国地方公共団体コード (its first two digits, in the order of PREFECTURES). */
export const prefectureOfCode = (code: string): string | undefined => PREFECTURES[Number(code.slice(0, 2)) - 1];

/** A prefecture's two digits, the first of its municipalities' codes (東京都 → 13); undefined for no prefecture's name. */
export function codeOfPrefecture(name: unknown): string | undefined {
  const at = PREFECTURES.indexOf(name as (typeof PREFECTURES)[number]);
  return at < 0 ? undefined : String(at + 1).padStart(2, "0");
}

/** The prefecture an address starts with, or null: the names of its first character compared in place (no name is
 *  the start of another, so at most one matches); most addresses fail on that character. Asked of every row's
 *  address several times, by most address repairs: no text is cut out to look up. */
export function prefectureOf(address: string): string | null {
  const candidates = PREFECTURES_BY_INITIAL.get(address.charCodeAt(0));
  if (candidates === undefined) return null;
  for (let k = 0; k < candidates.length; k++) if (address.startsWith(candidates[k])) return candidates[k];
  return null;
}

/** A name as the registry spells it: 青ケ島村 and 青ヵ島村 are 青ヶ島村; spaces go (西多摩郡 奥多摩町). */
const spelled = (text: string) => text.replace(/\s+/g, "").replace(/[ケヵｹ](?=島)/g, "ヶ");

let byInitial: ReadonlyMap<number, readonly TokyoMunicipality[]> | null = null;

/** The Tokyo municipality a text starts with by the registry's name, found among the names of its first character
 *  (most addresses start with a town name or a digit, and are turned away on that one character). By the character's
 *  code: text[0] made a one-character string of each kanji it was asked of, several times per row. */
function named(text: string, at = 0): TokyoMunicipality | undefined {
  if (byInitial === null) {
    const map = new Map<number, TokyoMunicipality[]>();
    for (const m of tokyoMunicipalities()) map.set(m.name.charCodeAt(0), [...(map.get(m.name.charCodeAt(0)) ?? []), m]);
    byInitial = map;
  }
  const candidates = byInitial.get(text.charCodeAt(at));
  if (candidates === undefined) return undefined;
  for (const m of candidates) if (text.startsWith(m.name, at)) return m;
  return undefined;
}

/** `西多摩郡`, `八丈島` in front of a town's or village's name. */
const DISTRICT = /^[^\d]{1,4}?郡/;
const ISLAND = /^[^\d]{1,3}?島(?=[^\d]{1,3}[町村])/;

/**
 * The Tokyo municipality a text starts with (the text after 東京都): as the registry names it, after a 郡
 * (西多摩郡瑞穂町), or after the island it is on (八丈島八丈町, 三宅島三宅村, the form of many island addresses).
 */
export function tokyoMunicipalityAt(text: string): TokyoMunicipality | undefined {
  const found = named(text);
  if (found !== undefined) return found;
  // the slower forms only where a 郡, an island or a space could be in front of the name: not before a digit (a block
  // number, 1丁目…, which every form would have to get past first)
  const first = text.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || !hasDistrictMark(text) || !/^[^\d]{0,4}(?:郡|島|\s)|^\s|[ケヵｹ]島/.test(text.slice(0, 12))) return undefined;
  const rest = spelled(text.slice(0, 24));
  const bare = rest.replace(DISTRICT, "");
  return named(bare) ?? named(bare.replace(ISLAND, ""));
}

const [GUN, SHIMA] = [0x90e1, 0x5cf6];
/** Whether a character is one of /\s/'s (by its code: no one-character string made to test). */
export const isSpaceCode = (c: number): boolean => (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680
  || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Whether the first 12 characters have a 郡, a 島 or a space, one of which every slower form of tokyoMunicipalityAt
 *  has: most texts (a town, a block number) have none, and are turned away by this scan, with no slice and no regex. */
function hasDistrictMark(text: string): boolean {
  const n = Math.min(text.length, 12);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === GUN || c === SHIMA || isSpaceCode(c)) return true;
  }
  return false;
}

export const startsWithTokyoMunicipality = (text: string): boolean => tokyoMunicipalityAt(text) !== undefined;

let withoutDistrict: ReadonlyMap<string, string> | null = null;
/** The towns and village written with a 郡, by the registry's name: 瑞穂町 → 西多摩郡瑞穂町. */
const districtCities = () => (withoutDistrict ??= new Map(tokyoMunicipalities().filter((m) => m.city !== m.name).map((m) => [m.name, m.city])));

/** A Tokyo town or village written after the island it is on (八丈島八丈町, 三宅島三宅村), as its address may be: the
 *  registry's name (八丈町); undefined for any other text. */
export function cityAfterIsland(city: string): string | undefined {
  if (!/^[^\d\s]{1,6}島/.test(city)) return undefined;
  const m = tokyoMunicipalityAt(city);
  return m !== undefined && city !== m.city && city.endsWith(m.name) && !city.includes("郡") ? m.city : undefined;
}

/** A Tokyo town's or village's name written without its 郡 (瑞穂町) as 所在地_市区町村 writes it (西多摩郡瑞穂町);
 *  undefined for any other text. */
export function cityWithDistrict(city: string): string | undefined {
  return districtCities().get(city);
}

/** A Tokyo address whose town or village is written without its 郡 (`東京都瑞穂町…`, `東京都 奥多摩町…`), with the 郡
 *  put in front of it; null when it needs none (it has its 郡, names another place, or does not start with 東京都). */
export function addressWithDistrict(address: string): string | null {
  // every row's address comes here: the municipality after 東京都 looked up in place, by its first character (no
  // search of the whole address for the few towns' names, no text cut out)
  if (!address.startsWith(TOKYO)) return null;
  let at = TOKYO.length;
  while (at < address.length && isSpaceCode(address.charCodeAt(at))) at++;
  const m = named(address, at);
  return m === undefined || m.city === m.name ? null : address.slice(0, at) + m.city + address.slice(at + m.name.length);
}

/** What makes a municipality's name part of a longer word: 多摩市町村 (the Tama area's cities and towns), 港区域 (羽田
 *  空港区域), 大島町会 (a neighbourhood association). */
const NOT_A_NAME_AFTER = /^[町村域会]/;

/** The one Tokyo municipality a text names anywhere (`板橋区内医療機関一覧`, `町田市指定緊急避難場所`); undefined when it
 *  names none or several. A name inside a longer one (村山市 in 武蔵村山市) is not a second one. */
export function tokyoMunicipalityIn(text: string): TokyoMunicipality | undefined {
  // spaces stay: 日野市 町丁別… is 日野市, where 日野市町丁別 would read as a longer word
  let rest = text.replace(/[ケヵｹ](?=島)/g, "ヶ");
  const found = new Set<TokyoMunicipality>();
  // longest names first: each found name is cut out of the text before shorter ones are looked for
  for (const m of tokyoMunicipalities()) {
    if (!rest.includes(m.name)) continue;
    if (rest.split(m.name).slice(1).some((after) => !NOT_A_NAME_AFTER.test(after))) found.add(m);
    rest = rest.replaceAll(m.name, "\u0000");
  }
  return found.size === 1 ? [...found][0] : undefined;
}

let byEnglish: ReadonlyMap<string, TokyoMunicipality | null> | null = null;

/** A Tokyo municipality by its name in Latin letters, any case (`hachioji`, `Itabashi`); undefined for a name two
 *  share (Toshima: 豊島区 and 利島村) or none has. */
export function tokyoMunicipalityByEnglishName(word: string): TokyoMunicipality | undefined {
  if (byEnglish === null) {
    const map = new Map<string, TokyoMunicipality | null>();
    for (const m of tokyoMunicipalities()) {
      const key = romajiKey(m.en.split(" ")[0]); // Toshima Village (利島村) is Toshima as 豊島区 is
      map.set(key, map.has(key) ? null : m);
    }
    byEnglish = map;
  }
  return byEnglish.get(romajiKey(word)) ?? undefined;
}

/** A name in Latin letters as it is compared: lower case, long vowels as one (chuou, koutou, oota, ohta, hachiouji are
 *  Chuo, Koto, Ota, Ota, Hachioji), hyphens gone (higashi-murayama). */
export function romajiKey(word: string): string {
  return word.toLowerCase().replace(/-/g, "").replace(/ou|oo|oh(?![aeiou])/g, "o").replace(/uu/g, "u");
}

/** Whether two names are one municipality: the same as the registry spells them, or one with its 郡 in front. */
export function sameMunicipality(a: string, b: string): boolean {
  const [x, y] = [spelled(a), spelled(b)];
  return x === y || x.endsWith(`郡${y}`) || y.endsWith(`郡${x}`);
}

/** The place a full address (prefecture first) names; null when it does not start with a prefecture. */
export function placeOf(address: string): Place | null {
  const prefecture = prefectureOf(address);
  if (prefecture === null) return null;
  if (prefecture !== TOKYO) return { prefecture, city: null, code: null };
  const m = tokyoMunicipalityAt(address.slice(TOKYO.length));
  return { prefecture, city: m?.city ?? null, code: m?.code ?? null };
}

/** The place the location columns name (所在地_都道府県, 所在地_市区町村), when the address gives none. */
export function placeOfColumns(prefecture: string | null, city: string | null): Place | null {
  const known = prefecture === null ? null : prefectureOf(spelled(prefecture));
  const m = city === null ? undefined : tokyoMunicipalityAt(city);
  if (known !== null && known !== TOKYO) return { prefecture: known, city: null, code: null };
  if (m !== undefined && spelled(city ?? "").endsWith(m.name)) return { prefecture: TOKYO, city: m.city, code: m.code };
  return known === null ? null : { prefecture: known, city: null, code: null };
}
