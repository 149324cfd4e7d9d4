// Addresses: prefix 所在地_連結表記 with the prefecture and city it lacks (old 住所 is often written from the town),
// or join it from the split columns when it is empty. Pure string work; index.ts decides when to call it.
import { detached } from "../issue-log.ts";
import { isDesignatedCity, isPrefecture, prefectureOf, startsWithTokyoMunicipality, TOKYO, type TokyoMunicipality, tokyoMunicipalityAt } from "./location.ts";
import { plainWords } from "./text.ts";

export { PREFECTURES } from "./location.ts";

/** `西多摩郡瑞穂町` → [西多摩郡, 瑞穂町]; `札幌市厚別区` → [札幌市, 厚別区]; `町田市` → [町田市]. */
function splitCityUnits(city: string): string[] {
  const m = /^(.+?郡)?(.+?市(?=.+区$))?(.+)$/.exec(city);
  return m ? [m[1], m[2], m[3]].filter((u): u is string => u !== undefined) : [city];
}

/** What completing an address with one prefecture and city needs, made once per pair (see publisherOf). */
interface Publisher {
  prefecture: string | null;
  city: string | null;
  /** the prefecture when it is one, else "" */
  pref: string;
  /** pref + city */
  full: string;
  /** the city's trailing units (`瑞穂町` of `西多摩郡瑞穂町`), longest first, and pref + the units before each */
  tails: readonly string[];
  heads: readonly string[];
  designated: boolean;
  /** prefecture + city as given, nulls as "" */
  name: string;
}

// A file names the same few prefecture and city pairs on every row: a memo of a pure function, bounded (cleared
// when full).
const PUBLISHERS = new Map<string | null, Map<string | null, Publisher>>();
let publisherCount = 0;

/** The last few asked for, found by comparing text (a row's cells are new strings, and a Map hashes each). */
const RECENT: Publisher[] = [];

function publisherOf(prefecture: string | null, city: string | null): Publisher {
  for (let k = 0; k < RECENT.length; k++) {
    const p = RECENT[k];
    if (p.prefecture === prefecture && p.city === city) return p;
  }
  const found = storedPublisher(prefecture, city);
  if (RECENT.length >= 8) RECENT.pop();
  RECENT.unshift(found);
  return found;
}

function storedPublisher(prefecture: string | null, city: string | null): Publisher {
  // kept for the whole run: copies that do not pin the decoded chunk a cell was cut from (see detached)
  prefecture = prefecture === null ? null : detached(prefecture);
  city = city === null ? null : detached(city);
  let byCity = PUBLISHERS.get(prefecture);
  let found = byCity?.get(city);
  if (found !== undefined) return found;
  if (publisherCount >= 256) {
    PUBLISHERS.clear();
    publisherCount = 0;
    byCity = undefined;
  }
  if (byCity === undefined) PUBLISHERS.set(prefecture, (byCity = new Map()));
  const pref = prefecture !== null && isPrefecture(prefecture) ? prefecture : "";
  const units = city ? splitCityUnits(city) : [];
  const tails: string[] = [];
  const heads: string[] = [];
  for (let i = 1; i < units.length; i++) {
    tails.push(units.slice(i).join(""));
    heads.push(pref + units.slice(0, i).join(""));
  }
  found = {
    prefecture, city, pref, full: pref + (city ?? ""), tails, heads, designated: city !== null && isDesignatedCity(city),
    name: (prefecture ?? "") + (city ?? ""),
  };
  byCity.set(city, found);
  publisherCount++;
  return found;
}

/** prefecture + city as one text, a null part as "" (the same string on every row of a file). */
export const publisherName = (prefecture: string | null, city: string | null): string => publisherOf(prefecture, city).name;

const STARTS_WITH_WARD = /^[^\d\s]{1,4}区(?!画)/;

/** An address that already starts with some municipality (another city or ward than the publisher's). */
const STARTS_WITH_MUNICIPALITY = /^[^\d\s]{1,5}?(?:市|郡|特別区)|^[^\d\s]{1,3}区(?!画)/;
/** The characters STARTS_WITH_MUNICIPALITY needs at one of positions 1–5: 市, 郡, 特 (of 特別区), 区 (by code: four
 *  comparisons, not a set's hash lookup per character). */
const [SHI, GUN, TOKU, KU] = [..."市郡特区"].map((c) => c.charCodeAt(0));
const isMunicipalityMark = (c: number): boolean => c === SHI || c === KU || c === GUN || c === TOKU;

/** STARTS_WITH_MUNICIPALITY, asked of every row's address (twice for a Tokyo publisher's): an address with none of its
 *  marks among its first characters (西新宿2-8-1, 1丁目1番1号) is turned away before the regex's lazy tries. */
function startsWithMunicipality(address: string): boolean {
  const last = Math.min(5, address.length - 1);
  for (let i = 1; i <= last; i++) if (isMunicipalityMark(address.charCodeAt(i))) return STARTS_WITH_MUNICIPALITY.test(address);
  return false;
}

/**
 * The address with what it lacks of `prefecture` + `city` in front, or null when it needs nothing
 * (it starts with a prefecture, with the city, or names another municipality — then only the prefecture is added).
 * `placeName`: the cell is a building's or a spot's name (新宿区役所本庁舎, 日比谷公園), completed only when it starts
 * with its municipality; one that names none may be anywhere, and the publisher's city would be a guess.
 */
export function completeAddress(address: string, prefecture: string | null, city: string | null, placeName = false): string | null {
  if (prefectureOf(address) !== null) return null;
  if (placeName && !startsWithMunicipality(address) && !startsWithTokyoMunicipality(address)) return null;
  const p = publisherOf(prefecture, city);
  if (city) {
    if (address.startsWith(city)) return p.pref ? p.pref + address : null;
    for (let i = 0; i < p.tails.length; i++) {
      if (address.startsWith(p.tails[i])) return p.heads[i] + address;
    }
    if (p.designated && STARTS_WITH_WARD.test(address)) return p.full + address;
    // a Tokyo publisher's address from another Tokyo municipality: 大島町元町…, 檜原村… (no 市 or 区 to see); one from
    // a city Tokyo has not (和光市新倉…, 相模原市緑区…) is in another prefecture, which it does not name
    if (p.pref === TOKYO && startsWithTokyoMunicipality(address)) return p.pref + address;
    const otherMunicipality = startsWithMunicipality(address);
    if (p.pref === TOKYO && otherMunicipality) return null;
    if (!otherMunicipality) return p.full + address;
  }
  return p.pref ? p.pref + address : null;
}

/**
 * Tokyo municipalities whose names are not Tokyo's alone, so that an address starting with one (publisher unknown, no
 * prefecture written) may be elsewhere: 中央区, 港区 and 北区 are wards of designated cities too (大阪市北区, 名古屋市港区,
 * 札幌市中央区 …, whose addresses are often written from the ward), 府中市 is also in 広島県, and 大島町 and 瑞穂町 are
 * names of 町 within other cities (名古屋市瑞穂区瑞穂町). Every other name of the registry (狛江市, 世田谷区, 日野市 — 日野町
 * of 滋賀県 and 鳥取県 is a 町, and the registry's name has 市) is Tokyo's alone.
 */
const NAMES_NOT_TOKYO_ALONE: ReadonlySet<string> = new Set(["中央区", "港区", "北区", "府中市", "大島町", "瑞穂町"]);

/** An address written from a municipality only Tokyo has (`狛江市和泉本町1-1-5`) with 東京都 in front, when nothing else
 *  tells the prefecture (no publisher, no prefecture column); null for any other address. */
export function tokyoAddressByName(address: string): string | null {
  if (prefectureOf(address) !== null) return null;
  const m = tokyoMunicipalityAt(address);
  return m === undefined || NAMES_NOT_TOKYO_ALONE.has(m.name) ? null : TOKYO + address;
}

/** An address in 東京都's own list (its rows lie all over Tokyo) written from a Tokyo municipality without 東京都
 *  (`大島町元町1-1`, `中央区築地…`, `小笠原村父島…`) with 東京都 in front: the list tells the prefecture, so the names Tokyo
 *  shares with other places (tokyoAddressByName) are Tokyo's here too. Null for any other address: one without its
 *  municipality (西新宿二丁目8番1号) is not given one, which would be a guess. */
export function tokyoListAddress(address: string): string | null {
  return prefectureOf(address) === null && startsWithTokyoMunicipality(address) ? TOKYO + address : null;
}

/** A town or village after a prefecture other than Tokyo, whose towns and villages are not listed here: `軽井沢町…`
 *  (its 郡 left out) may be one. */
const MAY_BE_TOWN = /^[^\d\s]{1,5}?[町村]/;

/**
 * Whether an address names its municipality after its prefecture (written or not): a Tokyo municipality (新宿区,
 * 大島町, 西多摩郡瑞穂町), or a city, 郡 or ward elsewhere (和光市, 北佐久郡軽井沢町); in a prefecture other than
 * `prefecture`'s Tokyo, also a 町 or 村 that may be one. `西新宿二丁目8番1号`, `歌舞伎町1-4-1` name none.
 */
export function namesMunicipality(address: string, prefecture: string): boolean {
  const written = prefectureOf(address);
  const rest = written === null ? address : address.slice(written.length).trimStart();
  if (startsWithTokyoMunicipality(rest) || startsWithMunicipality(rest)) return true;
  return (written ?? prefecture) !== TOKYO && MAY_BE_TOWN.test(rest);
}

/** An address without its prefecture that starts with a city or ward Tokyo has not (和光市新倉…): outside Tokyo. */
export const startsOutsideTokyo = (address: string): boolean =>
  prefectureOf(address) === null && startsWithMunicipality(address) && !startsWithTokyoMunicipality(address);

/** 所在地_連結表記 from its parts, as the standard's example writes it: `北海道札幌市厚別区青葉町一丁目1-1　○○ビル1階`. */
export function joinAddress(parts: {
  prefecture: string | null; city: string | null; machiaza: string | null; city_block: string | null; building_name: string | null;
}): string | null {
  const street = [parts.machiaza, parts.city_block].filter((p) => p !== null).join("");
  if (street === "") return null;
  const head = completeAddress(street, parts.prefecture, parts.city) ?? street;
  return parts.building_name ? `${head}\u3000${parts.building_name}` : head;
}

/** A 所在地 withheld (非公開, 個人所有のため非公開, 所在地非公表) or not known (不明, 所在不明). */
const WITHHELD = /^(?:[^\d]{0,20}?(?:のため|につき|により|で)?)?(?:非公開|非公表)(?:です|とします)?(?:[(（][^)）]{0,20}[)）])?$|^(?:所在)?(?:不明|不詳|未詳)$/;
/** Everywhere in a municipality: 区内各所, 市内全域, 区内一円, 府中市内, 町内, 区内主要駅; the part before 内 is checked
 *  apart. */
const THROUGHOUT = /^(?:東京都)?(.{0,10}?[都区市町村])内(?:各所|一円|全域|全般|各地|一帯|全体|主要駅|各駅|主要施設|各施設|公共施設|各地区)?$/;

/**
 * Whether a 所在地 cell names no place (`非公開`, `個人所有のため非公開`, `区内各所`, `市内全域`, `府中市内`, `不明`): no
 * address to publish or to complete. `…内` counts only after 区, 市 … alone or after a Tokyo municipality's name (寺町内
 * is a town's name).
 */
export function namesNoPlace(address: string): boolean {
  // most addresses have a digit, and no such cell has one
  if (/\d/.test(address)) return false;
  const text = withoutBrackets(address);
  if (WITHHELD.test(text)) return true;
  const m = THROUGHOUT.exec(text);
  if (m === null) return false;
  const place = m[1];
  if (place.length === 1 || place === "東京都") return true;
  const municipality = tokyoMunicipalityAt(place);
  return municipality !== undefined && (place.endsWith(municipality.name) && place.length <= municipality.city.length);
}

/** A cell's words, without brackets around the whole of it (`（非公開）`). */
const withoutBrackets = (cell: string): string => plainWords(cell).replace(/^[(（【［[](.*)[)）】］\]]$/, "$1");

/** Whether a cell says only that its place is withheld or not known (`非公開`, `個人所有のため非公開`, `不明`): no name
 *  nor address of a place. */
export const saysPlaceWithheld = (cell: string): boolean => !/\d/.test(cell) && WITHHELD.test(withoutBrackets(cell));

/** The Tokyo municipality a cell that names no one place is throughout (`瑞穂町内`, `東京都府中市内各所`), if any. */
export function municipalityThroughout(address: string): TokyoMunicipality | undefined {
  const m = THROUGHOUT.exec(plainWords(address));
  return m === null || m[1].length === 1 ? undefined : tokyoMunicipalityAt(m[1].replace(/^東京都/, ""));
}
