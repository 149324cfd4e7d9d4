// Record-level repairs of a row's address and place: the address completed with the row's (or publisher's)
// prefecture and city, or joined from its parts; a postal code or a wrong dash taken out of it; a Tokyo town's 郡; an
// old 推奨 row placed at its address rather than at its publisher; 所在地_都道府県/市区町村 filled from the address.
import { type AddressShape, addressShape, contactKindOf, labelledAddress, POSTAL_CODE_FIRST } from "./address-shape.ts";
import { isPrefectureCode } from "../../schemas/local-government-code.ts";
import { completeAddress, joinAddress, municipalityThroughout, namesMunicipality, namesNoPlace, publisherName, tokyoAddressByName,
  tokyoListAddress } from "./address.ts";
import { doubledAddress, type Head } from "./address-heads.ts";
import { keepInsteadOfValue, keepText, textColumnOf } from "./kept-cells.ts";
import { addressWithDistrict, cityAfterIsland, type Place, placeOf, placeOfColumns, prefectureOf, prefectureOfCode, sameMunicipality, TOKYO, type TokyoMunicipality,
  tokyoMunicipality } from "./location.ts";
import { isEmptyCell } from "./pair-repairs.ts";
import { isOldFormat, publisherCode, type RowRepair, str } from "./row-repair.ts";

/** The address without a postal code in front of it, which goes to 郵便番号 when the dataset has that column and the
 *  row left it empty (the address is then also read for its prefecture and city). */
function withoutPostalCode(r: RowRepair, address: string): string {
  // on every row: most addresses are turned away on a few characters, before the regex (by code: address[0] made a
  // string of a kanji)
  if (address.charCodeAt(0) !== 0x3012 && address.charCodeAt(3) !== 0x2d && address.charCodeAt(7) !== 0x20) return address;
  const m = POSTAL_CODE_FIRST.exec(address);
  if (m === null) return address;
  const street = address.slice(m[0].length);
  r.record.full_address = street;
  if (r.dataset.columnByKey.has("postal_code") && r.record.postal_code === null) r.record.postal_code = m[1] + m[2];
  r.problem("postal_code_in_address", "full_address", r.cells.full_address ?? address);
  return street;
}

/** ー (the katakana long vowel) or ‐ typed for the dash between numbers of an address (上野2ー14-21), also after a
 *  number in kanji (丸の内一ー2, 丸の内三ー2ー1: a long vowel never follows a kanji): the dash. */
const DASH_BETWEEN_DIGITS = /(?<=[\d〇一二三四五六七八九十])[ー‐―−](?=\d)/g;
/** ー or ‐ typed for 一 before 丁目 (丸の内ー丁目: the marks look alike, a long vowel never ends a town's kanji name); not
 *  after katakana, where it may be a word's own. */
const DASH_AS_ONE = /(?<![ァ-ヶー])[ー‐―−](?=丁目)/g;
/** Any of those dashes: one test of a character class, where the lookbehind above is tried at every position. */
const WRONG_DASH = /[ー‐―−]/;

function withDashes(r: RowRepair, address: string): string {
  // on every row: most addresses have no such dash at all (a katakana word's ー is turned away by the regex after)
  if (!WRONG_DASH.test(address)) return address;
  const one = address.includes("丁目") ? address.replace(DASH_AS_ONE, "一") : address;
  const fixed = one.replace(DASH_BETWEEN_DIGITS, "-");
  if (fixed === address) return address;
  r.record.full_address = fixed;
  // 一 read for a mark changes the town's 丁目: said as a warning, with the address read, for the officer to check
  if (one !== address) r.problem("address_dash_as_one", "full_address", address, fixed);
  if (fixed !== one) r.problem("address_dash", "full_address", address);
  return fixed;
}

/** 丁目, 番地, 番 and 号 written in katakana after the number (西新宿1ﾁｮｳﾒ2ﾊﾞﾝ3ｺﾞｳ, made full-width by then: a
 *  system that printed addresses in half-width kana): a word of katakana after them is another word (3バンカン). */
const KANA_BLOCK = /(\d+)(チョウメ|バンチ|バン)(?![ァ-ヶー])/gu;
/** 号 only after a 番 (2番3ゴウ): a ゴウ alone may be a name's. */
const KANA_NUMBER = /(?<=番)(\d+)ゴウ(?![ァ-ヶー])/gu;
const BLOCK_WORDS: Readonly<Record<string, string>> = { チョウメ: "丁目", バンチ: "番地", バン: "番" };
const KANA_BLOCK_FIRST = /[チバ]/;

function withKanjiBlocks(r: RowRepair, address: string): string {
  // on every row: most addresses have no such katakana at all (チ, バ: one test of a character class before the regex)
  if (!KANA_BLOCK_FIRST.test(address)) return address;
  const blocks = address.replace(KANA_BLOCK, (_, n: string, word: string) => n + BLOCK_WORDS[word]);
  if (blocks === address) return address;
  const fixed = blocks.replace(KANA_NUMBER, "$1号");
  r.record.full_address = fixed;
  r.problem("address_kana_blocks", "full_address", r.cells.full_address ?? address, fixed);
  return fixed;
}

/** The code of who published the row: its 全国地方公共団体コード, else the file's (name or --municipality). */
const ownCode = (r: RowRepair): string | null => str(r.record.local_government_code) ?? publisherCode(r.context.municipality);

/** The Tokyo municipality the row's codes name: its location's code (所在地_全国地方公共団体コード), else its publisher's
 *  (a list of 八王子市 writes 初沢町1425); none for a prefecture's code (130001). */
function municipalityOfCodes(r: RowRepair): TokyoMunicipality | undefined {
  const located = r.columns.located_local_government_code ? str(r.record.located_local_government_code) : null;
  return (located === null ? undefined : tokyoMunicipality(located)) ?? tokyoMunicipality(ownCode(r) ?? "");
}

/** The prefecture whose own list the row is in (its code or the file's is a prefecture's, 130001), else null. */
function listPrefecture(r: RowRepair): string | null {
  const code = ownCode(r);
  return code !== null && isPrefectureCode(code) ? prefectureOfCode(code) ?? null : null;
}

/** The prefecture and city the row's columns name (a city of Tokyo's with 東京都 when the publisher is Tokyo's and the
 *  row names no prefecture), else the Tokyo municipality its codes name with 東京都 (a row that writes 東京都 alone
 *  too); [null, null] when nothing does, as in a prefecture's own list without those columns. */
function streetPlace(r: RowRepair): [string | null, string | null] {
  const { prefecture, city } = r;
  if (city !== null) return [prefecture ?? tokyoOfCity(r, city), city];
  if (prefecture !== null && prefecture !== TOKYO) return [prefecture, null];
  const own = municipalityOfCodes(r);
  return own === undefined ? [prefecture, null] : [TOKYO, own.city];
}

/** 東京都 for a row whose 市区町村名 is a Tokyo municipality's (新宿区) in a list a Tokyo body publishes (13…), which names
 *  no prefecture; else null (港区, 府中市 … are names elsewhere too). */
function tokyoOfCity(r: RowRepair, city: string): string | null {
  if (!(ownCode(r) ?? "").startsWith("13")) return null;
  return placeOfColumns(null, city)?.prefecture === TOKYO ? TOKYO : null;
}

/** A row of a prefecture's own list whose address names no municipality (`西新宿二丁目8番1号` in 東京都's list) where its
 *  columns and codes name none either: its rows lie in many municipalities, so none is guessed (not even from the
 *  coordinates: the municipalities' boxes overlap), and the row is warned. */
function checkMunicipality(r: RowRepair, raw: string): void {
  const list = listPrefecture(r);
  const address = str(r.record.full_address);
  if (list === null || address === null || namesMunicipality(address, list)) return;
  r.problem("address_without_municipality", "full_address", raw, list);
}

/** 所在地_市区町村 of a Tokyo town or village written without its 郡 (瑞穂町): the standard's name (西多摩郡瑞穂町), so that
 *  one town is one city on every row, however the row writes it. */
export function repairCityDistrict(r: RowRepair): void {
  if (!r.columns.city) return;
  const written = str(r.record.city);
  if (written === null || written === r.city) return;
  r.record.city = r.city;
  if (r.city !== null) {
    // 東京都新宿区 → 新宿区: the prefecture goes to its own column; 瑞穂町 → 西多摩郡瑞穂町: the town's 郡 was missing
    const prefecture = prefectureOf(written);
    if (prefecture !== null && r.columns.prefecture && r.record.prefecture === null) r.record.prefecture = prefecture;
    const code = prefecture !== null && !r.city.startsWith(prefecture) ? "prefecture_in_city" : cityAfterIsland(written) !== undefined ? "island_in_city" : "district_missing";
    r.problem(code, "city", r.cells.city ?? written, code === "island_in_city" ? r.city : undefined);
    return;
  }
  // 市区町村名 `東京都`: a prefecture, kept as the row's prefecture where it names none
  if (r.columns.prefecture && r.record.prefecture === null) r.record.prefecture = written;
  r.problem("prefecture_as_city", "city", r.cells.city ?? written);
}

/** A cell throughout one municipality (`瑞穂町内` in 府中市's list) still tells the row's municipality: its prefecture,
 *  city and location code, where empty, are that municipality's, not the publisher's. */
function placeThroughout(r: RowRepair, address: string): void {
  const place = municipalityThroughout(address);
  if (place === undefined) return;
  const { record, columns } = r;
  if (columns.prefecture && record.prefecture === null) record.prefecture = TOKYO;
  if (columns.city && record.city === null) record.city = place.city;
  if (columns.located_local_government_code && record.located_local_government_code === null) record.located_local_government_code = place.code;
}

export function repairAddress(r: RowRepair): void {
  const { record, cells } = r;
  if (!r.columns.full_address) return;
  const address = str(record.full_address);
  if (address === null) {
    const [machiaza, cityBlock] = [r.text("machiaza"), r.text("city_block")];
    // the street's parts alone (所在地 over 町名 | 番地): in the publisher's own municipality
    const [prefecture, city] = machiaza !== null || cityBlock !== null ? streetPlace(r) : [r.prefecture, r.city];
    const joined = joinAddress({ prefecture, city, machiaza, city_block: cityBlock, building_name: r.text("building_name") });
    if (joined === null) return;
    record.full_address = addressWithDistrict(joined) ?? joined;
    r.problem("address_joined", "full_address", null);
    if (city === null) checkMunicipality(r, joined);
    return;
  }
  // 非公開, 区内各所, 不明: no address, neither published nor completed into one (東京都目黒区非公開); kept in 備考
  if (namesNoPlace(address)) {
    keepInsteadOfValue(r, "full_address", "not_an_address");
    placeThroughout(r, address);
    return;
  }
  const read = readShape(r, address);
  if (read === null) return;
  const street = undoubled(r, withDashes(r, withKanjiBlocks(r, withoutPostalCode(r, read.address))));
  const [prefecture, city] = streetPlace(r);
  // with no publisher nor place column, a municipality's name only Tokyo has tells the prefecture; in 東京都's own list
  // any Tokyo municipality's (大島町元町…)
  const completed = prefecture === null && city === null
    ? (listPrefecture(r) === TOKYO ? tokyoListAddress(street) : tokyoAddressByName(street))
    : read.shape === "place_name" ? completePlaceName(r, street, prefecture, city) : completeAddress(street, prefecture, city);
  const raw = cells.full_address ?? address;
  if (completed !== null) {
    // a Tokyo town's address from another municipality's list is completed with 東京都 alone (東京都瑞穂町…)
    record.full_address = addressWithDistrict(completed) ?? completed;
    r.problem("address_completed", "full_address", raw);
  } else {
    // 東京都瑞穂町…: the town's 郡, which the standard's 所在地_市区町村 and so the full address write
    const withDistrict = addressWithDistrict(street);
    if (withDistrict !== null) {
      record.full_address = withDistrict;
      r.problem("district_missing", "full_address", raw);
    }
  }
  // a place's name has its own warning (place_name_as_address)
  if (city === null && read.shape === "address") checkMunicipality(r, raw);
}

/**
 * An address that names its prefecture or municipality twice (東京都東京都新宿区…, 新宿区新宿区…, the whole address
 * twice), as Excel's `=都道府県名&市区町村名&住所` gives over a 住所 that had them: written once, warned. The row's own
 * place (its 都道府県名/市区町村名, or its publisher's) in front of another place's address (東京都新宿区中野区中野4-8-1):
 * what follows, warned, the row then placed at it as any address elsewhere (locateFromAddress). Two places neither of
 * which is the row's: an error, kept as written.
 */
function undoubled(r: RowRepair, address: string): string {
  const doubled = doubledAddress(address);
  if (doubled === null) return address;
  const raw = r.cells.full_address ?? address;
  if (doubled.how === "two_places" && !isRowsOwnPlace(r, doubled.first)) {
    r.problem("address_two_places", "full_address", raw, doubled.places.join(" / "));
    return address;
  }
  r.record.full_address = doubled.address;
  r.problem(doubled.how === "repeated" ? "address_doubled" : "address_after_own_place", "full_address", raw, doubled.address);
  return doubled.address;
}

/** Whether the prefecture and municipality at the start of an address are the row's own: its 都道府県名/市区町村名 (or
 *  所在地_*), else its publisher's code. */
function isRowsOwnPlace(r: RowRepair, head: Head): boolean {
  const publisher = tokyoMunicipality(ownCode(r) ?? "");
  const prefecture = r.prefecture ?? (publisher === undefined ? null : TOKYO);
  if (head.prefecture !== null && head.prefecture !== prefecture) return false;
  if (head.municipality === null) return true;
  return (r.city !== null && sameMunicipality(r.city, head.municipality.city)) || head.municipality.code === publisher?.code;
}

/** A place's name (砧公園内, 新宿駅西口, 新宿区役所本庁舎) completed with the municipality it starts with, else with the
 *  publisher's when that is one municipality and the row names no other (a ward's own list: its parks and stations
 *  are in it); a prefecture's list or another municipality's row leaves it as written. */
function completePlaceName(r: RowRepair, street: string, prefecture: string | null, city: string | null): string | null {
  const named = completeAddress(street, prefecture, city, true);
  if (named !== null) return named;
  const own = municipalityOfCodes(r);
  if (own === undefined || (prefecture !== null && prefecture !== TOKYO) || (city !== null && !sameMunicipality(city, own.city))) return null;
  return completeAddress(street, TOKYO, own.city);
}

/**
 * What the cell holds decides what is done with it (address-shape.ts): a note (未定, オンライン開催, 個人蔵) or a number
 * plate is no address, and a phone number, URL, mail address or postal code alone is none either (kept in 備考, the
 * postal code in 郵便番号 when that is empty); a label in front of an address (`（自動車）保管場所：`) goes to 備考; a
 * place's name or a municipality alone is published, warned. The address to complete and its shape, else null.
 */
function readShape(r: RowRepair, address: string): { address: string; shape: AddressShape } | null {
  const raw = r.cells.full_address ?? address;
  const labelled = labelledAddress(address);
  // a head of the address before a colon (渋谷区：代々木神園町2-1): the address, without the colon
  if (labelled !== null && labelled.label === null) {
    r.record.full_address = labelled.address;
    r.problem("address_separator_removed", "full_address", raw, labelled.address);
    return { address: labelled.address, shape: "address" };
  }
  const column = labelled === null ? undefined : r.dataset.columnByKey.get("full_address");
  const target = column === undefined ? undefined : textColumnOf(r.dataset, column);
  if (labelled !== null && labelled.label !== null && target !== undefined) {
    r.record.full_address = labelled.address;
    keepText(r, "full_address", target, labelled.label);
    r.problem("address_label_removed", "full_address", raw, labelled.label);
    return { address: labelled.address, shape: "address" };
  }
  const shape = addressShape(address);
  if (shape === "note" || shape === "plate") {
    keepInsteadOfValue(r, "full_address", "not_an_address");
    return null;
  }
  if (shape === "contact") {
    keepContact(r, address, raw);
    return null;
  }
  if (shape === "place_name") r.problem("place_name_as_address", "full_address", raw);
  if (shape === "municipality_only") r.problem("address_municipality_only", "full_address", raw);
  return { address, shape };
}

/** A phone number, URL, mail address or postal code alone in the address column: no address. A postal code goes to
 *  郵便番号 when the dataset has it and the row left it empty; anything else is kept in 備考. */
function keepContact(r: RowRepair, address: string, raw: string): void {
  const postal = contactKindOf(address) === "postal_code" ? address.normalize("NFKC").replace(/\D/g, "") : null;
  if (postal !== null && r.dataset.columnByKey.has("postal_code") && r.record.postal_code === null) {
    r.record.postal_code = postal;
    r.record.full_address = null;
    r.problem("contact_in_address", "full_address", raw);
    return;
  }
  keepInsteadOfValue(r, "full_address", "contact_in_address");
}

/** 所在地_都道府県 and 所在地_市区町村, both empty, from the full address (as written or completed): a list with the
 *  address in one column gets the place columns other lists have, for a client that filters by city. */
export function fillPlace(r: RowRepair): void {
  const { record, columns } = r;
  if (!columns.prefecture || !columns.city || record.prefecture !== null || record.city !== null) return;
  if (!isEmptyCell(r, r.cells.prefecture, "prefecture") || !isEmptyCell(r, r.cells.city, "city")) return;
  const address = str(record.full_address);
  const place = address === null ? null : placeOf(address);
  if (place === null) return;
  record.prefecture = place.prefecture;
  r.filled("place_from_address", "prefecture", place.prefecture);
  if (place.city === null) return;
  record.city = place.city;
  r.filled("place_from_address", "city", place.city);
}

/**
 * Old 推奨 files: 都道府県名/市区町村名 name the publisher (standard A.3), and were read as the place's prefecture and
 * city. When the full address is somewhere else (a ward's 保養所 in 長野県, a facility in the next city), the place
 * is the address's: its prefecture, and its Tokyo municipality (none outside Tokyo), and the location's code follows
 * (fillCodes). The publisher's own rows are untouched, and so are rows whose address names no prefecture.
 */
export function locateFromAddress(r: RowRepair): void {
  const { record } = r;
  if (!r.columns.full_address || !isOldFormat(r.context.sourceHeaders)) return;
  const address = str(record.full_address);
  // read before the record changes: the address completion above and the 地方公共団体名 below want the publisher
  const { prefecture, city } = r;
  if (address === null || (prefecture === null && city === null)) return;
  // the publisher's own rows, most of them: the address starts with its prefecture and city (two startsWith, no text made)
  const before = prefecture ?? "";
  if (city !== null && address.startsWith(before) && address.startsWith(city, before.length)) return;
  const place = placeOf(address);
  if (place === null || isPublishers(place, prefecture, city)) return;
  r.moved = place;
  if (r.columns.prefecture) record.prefecture = place.prefecture;
  if (r.columns.city) record.city = place.city;
  r.problem("location_from_address", "city", `${publisherName(prefecture, city)} → ${place.prefecture}${place.city ?? ""}`);
}

/**
 * New format: 所在地_都道府県/市区町村 name the site's place, and so does its full address. Where they name different
 * places (新宿区 beside 東京都中野区中野4-8-1: a column filled down with the publisher's name), the address, the more
 * exact of the two, is taken (as the location code is, fillCodes), and the row is warned with both. A row whose
 * address was already told to follow its own place's name (address_after_own_place) is not warned twice.
 */
export function alignPlaceWithAddress(r: RowRepair): void {
  const { record, columns } = r;
  if (!columns.city || !columns.full_address || isOldFormat(r.context.sourceHeaders)) return;
  const [city, address] = [str(record.city), str(record.full_address)];
  if (city === null || address === null) return;
  // the publisher's own rows, most of them: the address starts with the row's prefecture and city (no text made)
  const before = str(record.prefecture) ?? TOKYO;
  if (address.startsWith(before) && address.startsWith(city, before.length)) return;
  const place = placeOf(address);
  if (place === null) return;
  const samePrefecture = place.prefecture === (str(record.prefecture) ?? place.prefecture);
  if (samePrefecture && (place.city === null || sameMunicipality(place.city, city))) return;
  // another prefecture's city the column names as the address does (伊東市 beside 静岡県伊東市…, 東京都 filled down in
  // 所在地_都道府県): the city is right, only the prefecture follows the address
  if (place.city === null && !samePrefecture && address.startsWith(`${place.prefecture}${city}`)) {
    const written = str(record.prefecture);
    record.prefecture = place.prefecture;
    if (!r.issues.some((i) => i.code === "address_after_own_place")) r.problem("city_differs_from_address", "prefecture", r.cells.prefecture ?? written, `${place.prefecture}${city}`);
    return;
  }
  const shown = `${place.prefecture}${place.city ?? ""}`;
  if (columns.prefecture && record.prefecture !== null) record.prefecture = place.prefecture;
  record.city = place.city;
  if (!r.issues.some((i) => i.code === "address_after_own_place")) r.problem("city_differs_from_address", "city", r.cells.city ?? city, shown);
}

/** Whether a place is the publisher's as 都道府県名/市区町村名 name it, however spelled (青ケ島村, 西多摩郡瑞穂町, 東京 or
 *  no prefecture beside a Tokyo city). A prefecture's own file (no city) has every city of its prefecture to place. */
function isPublishers(place: Place, prefecture: string | null, city: string | null): boolean {
  const own = placeOfColumns(prefecture, city)?.prefecture ?? null;
  if (own !== null && own !== place.prefecture) return false;
  if (place.city === null) return true;
  return city !== null && sameMunicipality(place.city, city);
}

/** Where a row is, as far as its own cells say: the place an old row was moved to; a new row's address, else its
 *  location columns; undefined when they say nothing (the codes then stand for it). An old row's 都道府県名/市区町村名
 *  name its publisher, whose code stands for its place, except in a prefecture's own list (130001), where they and the
 *  address name the row's own municipality. */
export function placeOfRow(r: RowRepair): Place | undefined {
  if (r.moved !== undefined) return r.moved;
  if (isOldFormat(r.context.sourceHeaders) && listPrefecture(r) === null) return undefined;
  const address = str(r.record.full_address);
  return (address === null ? null : placeOf(address)) ?? placeOfColumns(str(r.record.prefecture), str(r.record.city)) ?? undefined;
}
