// Record-level repairs, after every cell is normalized: latitude/longitude swapped across the pair, the address
// completed or joined, empty codes filled from the publisher, 00:00–00:00 read as all day. They work on the shared
// column vocabulary (schemas/blocks.ts keys and column kinds), never on a dataset id.
import type { Dataset } from "../../schemas/dataset.ts";
import { isPrefectureCode, repairCode } from "../../schemas/local-government-code.ts";
import { JAPAN_BOUNDS } from "../../schemas/types.ts";
import type { Issue, IssueCode } from "../issues.ts";
import { completeAddress, joinAddress, municipalityThroughout, namesNoPlace, publisherName, startsOutsideTokyo, tokyoAddressByName } from "./address.ts";
import { isSwapped, unswapLatLon } from "./coordinates.ts";
import { splitCoordinatesCell } from "./coordinates-in-one-cell.ts";
import { problemAt } from "./fixed.ts";
import { dropInapplicable, keepClosingInStart, keepInsteadOfValue, keepSplitDay, keepUnread, moveUnits, type Overflow } from "./kept-cells.ts";
import {
  addressWithDistrict, cityWithDistrict, inBounds, type Place, placeOf, placeOfColumns, prefectureOf, prefectureOfCode, sameMunicipality, TOKYO,
  tokyoMunicipality,
} from "./location.ts";
import type { CellMemo } from "./memo.ts";
import { moveExtension } from "./phone-extension.ts";
import { type FilePlaneAxes, type PlaneReading, readPlaneRow } from "./plane-axes.ts";
import { normalizeText } from "./text.ts";
import {
  carryAfternoon, checkDatasetDateOrder, checkDateOrder, type DateTimePair, endNextDay, endYearFromStart, isEmptyCell, repairAllDay, timeFromDateCell, withdrawIssue,
} from "./pair-repairs.ts";

export interface RecordContext {
  /** the publisher's 6-digit code */
  municipality?: string;
  /** the date the file's figures are as of (from its name or title row): an empty survey_date takes it */
  asOf?: string;
  /** the file's header row as written */
  sourceHeaders?: readonly string[];
  /** codes the caller will only count from now on (At.onlyCounts) */
  onlyCounts?: (code: IssueCode) => boolean;
  /** the run's memo of cells already normalized (one per file) */
  memo?: CellMemo;
  /** which column of the file's plane coordinates (metres) is X, as its head rows and header say (plane-axes.ts) */
  planeAxes?: FilePlaneAxes;
  /** what the codes of a column stand for, from the file's legend (legend.ts): column key → code → word */
  legends?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** whether a value filled into `field` is reported on this row: on every row for a column of the file, once for a
   *  column the file does not have (the row sink says that once for the file); absent: every row */
  reportFill?: (field: string) => boolean;
}

type Row = Record<string, unknown>;

const OLD_FORMAT_HEADERS = new Set(["都道府県名", "市区町村名", "都道府県コード又は市区町村コード", "都道府県コード又は市町村コード"]);

// The engine passes the same header array with every row of a file: read it once (a memo of a pure function).
const OLD_FORMAT = new WeakMap<readonly string[], boolean>();

/** Old 推奨 files carry 都道府県名/市区町村名 (the publisher) and 住所, not 所在地_連結表記. */
export function isOldFormat(headers: readonly string[] | undefined): boolean {
  if (!headers) return false;
  let old = OLD_FORMAT.get(headers);
  if (old === undefined) {
    const names = headers.map((h) => h.normalize("NFKC").replace(/\s+/g, ""));
    old = names.some((h) => OLD_FORMAT_HEADERS.has(h)) && !names.includes("所在地_連結表記");
    OLD_FORMAT.set(headers, old);
  }
  return old;
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** A text cell's value for a key the dataset may not have as a column (old 都道府県名 mapped to `prefecture`). */
function textOf(record: Row, cells: Record<string, string>, isColumn: boolean, key: string): string | null {
  return isColumn ? str(record[key]) : cellText(cells[key], key);
}

/** The text of a cell that is no column of the dataset. */
const cellText = (raw: string | undefined, key: string): string | null =>
  (raw === undefined || raw === "" ? null : normalizeText(raw, { row: 0, field: key }).value);

/** Which of the keys the repairs read are columns of a dataset (found once per dataset, not per row). */
interface Columns {
  full_address: boolean;
  local_government_name: boolean;
  prefecture: boolean;
  city: boolean;
  local_government_code: boolean;
  located_local_government_code: boolean;
  municipality_code: boolean;
  survey_date: boolean;
}

// A memo of pure data derived from immutable dataset definitions.
const COLUMNS = new WeakMap<Dataset, Columns>();

function columnsOf(dataset: Dataset): Columns {
  let found = COLUMNS.get(dataset);
  if (found === undefined) {
    const has = (key: string) => dataset.columnByKey.has(key);
    found = {
      full_address: has("full_address"), local_government_name: has("local_government_name"), prefecture: has("prefecture"),
      city: has("city"), local_government_code: has("local_government_code"),
      located_local_government_code: has("located_local_government_code"), municipality_code: has("municipality_code"),
      survey_date: has("survey_date"),
    };
    COLUMNS.set(dataset, found);
  }
  return found;
}

/** The columns record-level repairs look at, found once per dataset by index.ts. */
export interface RecordPlan {
  latKey?: string;
  lonKey?: string;
  rangePairs: ReadonlyArray<readonly [string, string]>;
  /** the range pairs of date columns */
  datePairs: ReadonlyArray<readonly [string, string]>;
  /** a range's dates with its end time (`start_date`, `end_date`, `end_time`) */
  dateTimePairs: readonly DateTimePair[];
  /** the cells one column's text column keeps as written (Column.overflow, else 備考) */
  overflows: readonly Overflow[];
  /** [number column, its unit column] by key (`quantity`, `quantity_unit`): a unit written with the number goes there */
  unitPairs: ReadonlyArray<readonly [string, string]>;
  /** [column, the column of the same row its 同左 / 同上 stands for] (Column.sameAs) */
  sameAsPairs: ReadonlyArray<readonly [string, string]>;
}

/** One row's repairs: where its issues go, and the publisher parts two repairs read (each read once). */
class RowRepair {
  #prefecture: string | null | undefined;
  #city: string | null | undefined;
  /** the place of an old 推奨 row whose address is not the publisher's (locateFromAddress); undefined: not moved */
  moved: Place | undefined;
  constructor(readonly record: Row, readonly cells: Record<string, string>, readonly dataset: Dataset, readonly columns: Columns,
    readonly row: number, readonly context: RecordContext, readonly issues: Issue[]) {}

  /** An issue about `raw` in `field` of this row, added to the row's issues (`detail`: see Where.detail). */
  problem(code: IssueCode, field: string, raw: string | null, detail?: string): void {
    this.issues.push(problemAt(code, this.row, field, this.context.onlyCounts, raw, detail));
  }

  /** The issue of a value filled into an empty `field`, when the context reports it on this row. */
  filled(code: IssueCode, field: string, value: string): void {
    if (this.context.reportFill?.(field) ?? true) this.problem(code, field, value);
  }

  text(key: string): string | null {
    return textOf(this.record, this.cells, this.dataset.columnByKey.has(key), key);
  }

  // textOf by name: a property read with a key that varies is a slow lookup on every row
  get prefecture(): string | null {
    if (this.#prefecture === undefined) {
      this.#prefecture = this.columns.prefecture ? str(this.record.prefecture) : cellText(this.cells.prefecture, "prefecture");
    }
    return this.#prefecture;
  }

  /** the city as written; a Tokyo town or village written without its 郡 with it (瑞穂町 → 西多摩郡瑞穂町), unless the row
   *  names another prefecture */
  get city(): string | null {
    if (this.#city === undefined) {
      const written = this.columns.city ? str(this.record.city) : cellText(this.cells.city, "city");
      const standard = written === null ? undefined : cityWithDistrict(written);
      const prefecture = standard === undefined ? null : prefectureOf(this.prefecture ?? "");
      this.#city = standard !== undefined && (prefecture === null || prefecture === TOKYO) ? standard : written;
    }
    return this.#city;
  }
}

function repairCoordinates(r: RowRepair, { latKey, lonKey }: RecordPlan): void {
  if (latKey === undefined || lonKey === undefined) return;
  splitCoordinatesCell(r, latKey, lonKey);
  const lat = r.record[latKey];
  const lon = r.record[lonKey];
  if (typeof lat !== "number" || typeof lon !== "number") return;
  if (Math.abs(lat) > 360 || Math.abs(lon) > 360) {
    fromPlane(r, latKey, lonKey, lat, lon);
    return;
  }
  // the check first: the location object is made only for a swapped pair, which unswapLatLon always reports
  if (!isSwapped(lat, lon)) return;
  const out = unswapLatLon(lat, lon, { row: r.row, field: latKey, onlyCounts: r.context.onlyCounts });
  [r.record[latKey], r.record[lonKey]] = out.value;
  for (const i of out.issues) r.issues.push(i);
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

/** `〒150-8010 東京都渋谷区…`: a postal code written in front of the address. */
const POSTAL_CODE_FIRST = /^〒?\s*(\d{3})-?(\d{4})\s+(?=\D)/;

/** The address without a postal code in front of it, which goes to 郵便番号 when the dataset has that column and the
 *  row left it empty (the address is then also read for its prefecture and city). */
function withoutPostalCode(r: RowRepair, address: string): string {
  // on every row: most addresses are turned away on two characters, before the regex
  if (address[0] !== "〒" && address[3] !== "-" && address[7] !== " ") return address;
  const m = POSTAL_CODE_FIRST.exec(address);
  if (m === null) return address;
  const street = address.slice(m[0].length);
  r.record.full_address = street;
  if (r.dataset.columnByKey.has("postal_code") && r.record.postal_code === null) r.record.postal_code = m[1] + m[2];
  r.problem("postal_code_in_address", "full_address", r.cells.full_address ?? address);
  return street;
}

/** ー (the katakana long vowel) or ‐ typed for the dash between numbers of an address (上野2ー14-21): the dash. */
const DASH_BETWEEN_DIGITS = /(?<=\d)[ー‐―−](?=\d)/g;

function withDashes(r: RowRepair, address: string): string {
  const fixed = address.replace(DASH_BETWEEN_DIGITS, "-");
  if (fixed === address) return address;
  r.record.full_address = fixed;
  r.problem("address_dash", "full_address", address);
  return fixed;
}

/** The prefecture and city the row's columns name, else, when none does, the publisher's own Tokyo municipality (a
 *  list of 八王子市 writes 初沢町1425). */
function streetPlace(r: RowRepair): [string | null, string | null] {
  if (r.prefecture !== null || r.city !== null) return [r.prefecture, r.city];
  const own = tokyoMunicipality(str(r.record.local_government_code) ?? publisherCode(r.context.municipality) ?? "");
  return own === undefined ? [null, null] : [TOKYO, own.city];
}

/** 所在地_市区町村 of a Tokyo town or village written without its 郡 (瑞穂町): the standard's name (西多摩郡瑞穂町), so that
 *  one town is one city on every row, however the row writes it. */
function repairCityDistrict(r: RowRepair): void {
  if (!r.columns.city) return;
  const written = str(r.record.city);
  if (written === null || written === r.city) return;
  r.record.city = r.city;
  r.problem("district_missing", "city", r.cells.city ?? written);
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

function repairAddress(r: RowRepair): void {
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
    return;
  }
  // 非公開, 区内各所, 不明: no address, neither published nor completed into one (東京都目黒区非公開); kept in 備考
  if (namesNoPlace(address)) {
    keepInsteadOfValue(r, "full_address", "not_an_address");
    placeThroughout(r, address);
    return;
  }
  const street = withDashes(r, withoutPostalCode(r, address));
  const [prefecture, city] = streetPlace(r);
  // with no publisher nor place column, a municipality's name only Tokyo has tells the prefecture
  const completed = prefecture === null && city === null ? tokyoAddressByName(street) : completeAddress(street, prefecture, city);
  if (completed !== null) {
    // a Tokyo town's address from another municipality's list is completed with 東京都 alone (東京都瑞穂町…)
    record.full_address = addressWithDistrict(completed) ?? completed;
    r.problem("address_completed", "full_address", cells.full_address ?? address);
    return;
  }
  // 東京都瑞穂町…: the town's 郡, which the standard's 所在地_市区町村 and so the full address write
  const withDistrict = addressWithDistrict(street);
  if (withDistrict === null) return;
  record.full_address = withDistrict;
  r.problem("district_missing", "full_address", cells.full_address ?? address);
}

// repairCode of the publisher's code, the same for every row of a file: the last one read is kept.
let lastPublisher: { raw: string; code: string | null } | null = null;

function publisherCode(raw: string | undefined): string | null {
  if (!raw) return null;
  if (lastPublisher === null || lastPublisher.raw !== raw) lastPublisher = { raw, code: repairCode(raw).code };
  return lastPublisher.code;
}

/**
 * Empty codes: the publisher's code from the context; the location's code from the row's own code first
 * (prefecture files carry each row's municipality there), else the publisher's. (The two by name: a property read
 * with a key that varies is a slow lookup on every row.)
 */
function fillCodes(r: RowRepair): void {
  const { record, cells, columns } = r;
  const publisher = publisherCode(r.context.municipality);
  if (columns.local_government_code && publisher !== null && record.local_government_code === null
    && isEmptyCell(r, cells.local_government_code, "local_government_code")) {
    record.local_government_code = publisher;
    r.filled("code_missing", "local_government_code", publisher);
  }
  checkPublisher(r, publisher);
  if (!columns.located_local_government_code) return;
  if (record.located_local_government_code !== null || !isEmptyCell(r, cells.located_local_government_code, "located_local_government_code")) return;
  // the row's place decides when it says one: a Tokyo municipality's code (a prefecture's list of its municipalities'
  // sites), none in another prefecture than the code's (a ward's 保養所 in 長野県); else the row's own code or the
  // publisher's
  const own = str(record.local_government_code) ?? publisher;
  const place = placeOfRow(r);
  // 和光市新倉… in a Tokyo ward's list: a place in another prefecture, whose code is not known here
  const address = str(record.full_address);
  if (place === undefined && address !== null && own !== null && own.startsWith("13") && startsOutsideTokyo(address)) return;
  const elsewhere = place !== undefined && own !== null && place.prefecture !== prefectureOfCode(own);
  const code = elsewhere ? null : place?.code ?? own;
  if (code === null) return;
  record.located_local_government_code = code;
  r.filled(code !== own && r.moved === undefined ? "located_code_from_address" : "code_missing", "located_local_government_code", code);
}

/** 所在地_都道府県 and 所在地_市区町村, both empty, from the full address (as written or completed): a list with the
 *  address in one column gets the place columns other lists have, for a client that filters by city. */
function fillPlace(r: RowRepair): void {
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

/** 指定緊急避難場所's 市区町村コード (the municipality that designated the site) when empty: the row's own code, else the
 *  publisher's, a municipality's (a prefecture designates no site). */
function fillDesignatingCode(r: RowRepair): void {
  const { record, cells } = r;
  if (!r.columns.municipality_code || record.municipality_code !== null || !isEmptyCell(r, cells.municipality_code, "municipality_code")) return;
  const code = [str(record.local_government_code), publisherCode(r.context.municipality)].find((c) => c !== null && !isPrefectureCode(c));
  if (code === undefined || code === null) return;
  record.municipality_code = code;
  r.filled("code_missing", "municipality_code", code);
}

/** An empty 調査年月日 takes the date the file says its figures are as of (its name, a title row). */
function fillSurveyDate(r: RowRepair): void {
  const { asOf } = r.context;
  if (asOf === undefined || !r.columns.survey_date || r.record.survey_date !== null || !isEmptyCell(r, r.cells.survey_date, "survey_date")) return;
  r.record.survey_date = asOf;
  r.filled("survey_date_filled", "survey_date", asOf);
}

/**
 * A municipality's file whose row names another publisher (a template's 011002 left in, a neighbour's file copied):
 * the row is kept as written, with a warning. A prefecture's file lists its municipalities' rows, so it is not checked.
 */
function checkPublisher(r: RowRepair, publisher: string | null): void {
  const own = r.record.local_government_code;
  if (publisher === null || typeof own !== "string" || own === publisher || isPrefectureCode(publisher)) return;
  r.problem("publisher_code_mismatch", "local_government_code", r.cells.local_government_code ?? own);
}

function fillLocalGovernmentName(r: RowRepair): void {
  const { record } = r;
  if (!r.columns.local_government_name || record.local_government_name !== null) return;
  const name = isOldFormat(r.context.sourceHeaders) ? publisherName(r.prefecture, r.city) : "";
  if (name !== "") {
    record.local_government_name = name;
    r.filled("local_government_name_missing", "local_government_name", name);
    return;
  }
  // a prefecture's code (130001) names the prefecture; a Tokyo municipality's, 東京都 and its name (as the old
  // format's 都道府県名 + 市区町村名 read)
  const code = str(record.local_government_code);
  if (code === null) return;
  const municipality = tokyoMunicipality(code);
  const named = isPrefectureCode(code) ? prefectureOfCode(code) : municipality === undefined ? undefined : `${TOKYO}${municipality.city}`;
  if (named === undefined) return;
  record.local_government_name = named;
  r.filled("local_government_name_from_code", "local_government_name", named);
}

/**
 * Old 推奨 files: 都道府県名/市区町村名 name the publisher (standard A.3), and were read as the place's prefecture and
 * city. When the full address is somewhere else (a ward's 保養所 in 長野県, a facility in the next city), the place
 * is the address's: its prefecture, and its Tokyo municipality (none outside Tokyo), and the location's code follows
 * (fillCodes). The publisher's own rows are untouched, and so are rows whose address names no prefecture.
 */
function locateFromAddress(r: RowRepair): void {
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

/** Whether a place is the publisher's as 都道府県名/市区町村名 name it, however spelled (青ケ島村, 西多摩郡瑞穂町, 東京 or
 *  no prefecture beside a Tokyo city). A prefecture's own file (no city) has every city of its prefecture to place. */
function isPublishers(place: Place, prefecture: string | null, city: string | null): boolean {
  const own = placeOfColumns(prefecture, city)?.prefecture ?? null;
  if (own !== null && own !== place.prefecture) return false;
  if (place.city === null) return true;
  return city !== null && sameMunicipality(place.city, city);
}

/** Where a row is, as far as its own cells say: the place an old row was moved to; a new row's address, else its
 *  location columns; undefined when they say nothing (the codes then stand for it). */
function placeOfRow(r: RowRepair): Place | undefined {
  if (r.moved !== undefined) return r.moved;
  if (isOldFormat(r.context.sourceHeaders)) return undefined;
  const address = str(r.record.full_address);
  return (address === null ? null : placeOf(address)) ?? placeOfColumns(str(r.record.prefecture), str(r.record.city)) ?? undefined;
}

/** Coordinates of a row in a Tokyo municipality (its location's code, else the publisher's) that lie outside that
 *  municipality's part of Tokyo: a warning on the latitude, the values kept (they may be right, the code wrong). */
function checkArea(r: RowRepair, { latKey, lonKey }: RecordPlan): void {
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
  r.problem("coordinates_outside_area", latKey, `${lat}, ${lon}`, `${area.name}・${area.bounds.ja}`);
}

/** The parts of a sum as the standard names them: 男性＋女性, or the first and last of a long list. */
function partsNamed(dataset: Dataset, parts: readonly string[]): string {
  const names = parts.map((p) => dataset.columnByKey.get(p)?.ja ?? p);
  return (names.length > 3 ? [names[0], "…", names[names.length - 1]] : names).join("＋");
}

/** A total that is not the sum of its parts (総人口 ≠ 男性 + 女性, 男性トイレ総数 ≠ 小便器 + 和式 + 洋式), or is less than
 *  the parts a row has (a band split past the standard's, left in extra, leaves its part empty). A total that is no
 *  count is validation's. */
function checkSums(r: RowRepair, sums: NonNullable<Dataset["sums"]>): void {
  for (const { total, parts } of sums) {
    const whole = r.record[total];
    if (typeof whole !== "number" || !Number.isInteger(whole) || whole < 0) continue;
    let sum = 0;
    let complete = true;
    for (const p of parts) {
      const v = r.record[p];
      if (typeof v === "number") sum += v;
      else complete = false;
    }
    if (complete ? sum !== whole : sum > whole) {
      // the total's cell as written is the value; the message gives the total against the parts' sum
      const cell = r.cells[total];
      r.problem("sum_mismatch", total, cell === undefined || cell.trim() === "" ? String(whole) : cell,
        `${whole} ${complete ? "≠" : "<"} ${sum}（${partsNamed(r.dataset, parts)}）`);
    }
  }
}

/** A code the file's legend explains (種別 `2` with `2=防火水槽` above the table): the word, said once for the file
 *  (codes_from_legend), so the cell's not_in_vocabulary is no longer true. */
function applyLegends(r: RowRepair, legends: NonNullable<RecordContext["legends"]>): void {
  for (const key in legends) {
    const code = r.record[key];
    if (typeof code !== "string") continue;
    const word = legends[key][code.normalize("NFKC").trim()];
    if (word === undefined) continue;
    r.record[key] = word;
    withdrawIssue(r, key, "not_in_vocabulary");
  }
}

/** A cell that says "the same as the one beside it" in words (同左, 左に同じ, 電話番号と同じ); 同上 is the row above's
 *  (fill-down.ts). */
const SAME_AS = /^(?:同左|左に同じ|同じ|(?:電話番号|電話|TEL)と同じ)$/i;

/** FAX番号 `同左`: the value of the column it stands for (Column.sameAs), said as same_as_beside; the cell's
 *  unparseable issue goes. */
function fillSameAs(r: RowRepair, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [key, source] of pairs) {
    const raw = r.cells[key];
    const value = r.record[source];
    // most cells are empty or read: the test on the record first
    if (r.record[key] !== null || raw === undefined || raw === "" || value === null || value === undefined) continue;
    if (!SAME_AS.test(raw.normalize("NFKC").replace(/\s/g, ""))) continue;
    r.record[key] = value;
    withdrawIssue(r, key, "unparseable_phone");
    r.problem("same_as_beside", key, `${raw.trim()} → ${String(value)}`);
  }
}

/** Every record-level repair, in order; mutates `record`, adds the issues to `issues`. */
export function repairRecord(record: Row, cells: Record<string, string>, dataset: Dataset, row: number,
  context: RecordContext, plan: RecordPlan, issues: Issue[]): void {
  const r = new RowRepair(record, cells, dataset, columnsOf(dataset), row, context, issues);
  repairCoordinates(r, plan);
  repairCityDistrict(r);
  repairAddress(r);
  locateFromAddress(r);
  fillCodes(r);
  fillPlace(r);
  fillDesignatingCode(r);
  fillSurveyDate(r);
  checkArea(r, plan);
  fillLocalGovernmentName(r);
  moveExtension(r);
  if (plan.sameAsPairs.length > 0) fillSameAs(r, plan.sameAsPairs);
  repairAllDay(r, plan.rangePairs);
  if (plan.rangePairs.length > 0) carryAfternoon(r, plan.rangePairs);
  if (plan.dateTimePairs.length > 0) {
    timeFromDateCell(r, plan.dateTimePairs);
    endNextDay(r, plan.dateTimePairs);
  }
  if (plan.datePairs.length > 0) {
    endYearFromStart(r, plan.datePairs);
    checkDateOrder(r, plan.datePairs);
  }
  if (dataset.sums !== undefined) checkSums(r, dataset.sums);
  if (dataset.dateOrder !== undefined) checkDatasetDateOrder(r, dataset.dateOrder);
  if (context.legends !== undefined) applyLegends(r, context.legends);
  if (dataset.notFor !== undefined) dropInapplicable(r, plan.overflows);
  if (plan.overflows.length > 0) {
    keepUnread(r, plan.overflows);
    if (plan.rangePairs.length > 0) keepSplitDay(r, plan.rangePairs, plan.overflows);
  }
  if (plan.rangePairs.length > 0) keepClosingInStart(r, plan.rangePairs);
  if (plan.unitPairs.length > 0) moveUnits(r, plan.unitPairs);
}
