// Record-level fills of who published a row and where it is: empty codes (the publisher's, the location's, the
// designating municipality's) and 地方公共団体名 from the publisher or the row's place, 調査年月日 from the file's as-of
// date, and a warning when a row names another publisher than the file's.
import { checkDigit, isPrefectureCode } from "../../schemas/local-government-code.ts";
import { publisherName, startsOutsideTokyo } from "./address.ts";
import { placeOfRow } from "./address-repairs.ts";
import { saysDeposited } from "./address-shape.ts";
import { codeOfPrefecture, placeOf, prefectureOfCode, TOKYO, tokyoMunicipality, tokyoMunicipalityAt } from "./location.ts";
import { namesOtherMunicipality } from "./municipality-kind.ts";
import { isEmptyCell, withdrawIssue } from "./pair-repairs.ts";
import { isOldFormat, publisherCode, type RowRepair, str } from "./row-repair.ts";
import { saysNone } from "./text.ts";

/** A code cell that gives no code: empty, a placeholder (`-`), or a word saying there is none (`なし`, `該当なし`),
 *  which normalizeCode reads as a placeholder too. (Called only when the code is null, so not on ordinary rows.) */
const noCode = (r: RowRepair, raw: string | undefined, key: string): boolean => isEmptyCell(r, raw, key) || (raw !== undefined && saysNone(raw));

/**
 * Empty codes: the publisher's code from the context; the location's code from the row's own code first
 * (prefecture files carry each row's municipality there), else the publisher's. (The two by name: a property read
 * with a key that varies is a slow lookup on every row.)
 */
export function fillCodes(r: RowRepair): void {
  const { record, cells, columns } = r;
  const publisher = publisherCode(r.context.municipality);
  if (columns.local_government_code && record.local_government_code === null) codeOfCityPart(r, "local_government_code", publisher);
  if (columns.located_local_government_code && record.located_local_government_code === null) codeOfCityPart(r, "located_local_government_code", publisher);
  if (columns.local_government_code && publisher !== null && record.local_government_code === null
    && noCode(r, cells.local_government_code, "local_government_code")) {
    record.local_government_code = publisher;
    r.filled("code_missing", "local_government_code", publisher);
  }
  checkPublisher(r, publisher);
  if (!columns.located_local_government_code) return;
  if (record.located_local_government_code !== null) return alignLocatedCode(r);
  if (!noCode(r, cells.located_local_government_code, "located_local_government_code")) return;
  // the row's place decides when it says one: a Tokyo municipality's code (a prefecture's list of its municipalities'
  // sites), none in another prefecture than the code's (a ward's 保養所 in 長野県); else the row's own code or the
  // publisher's
  const own = str(record.local_government_code) ?? publisher;
  const place = placeOfRow(r);
  // 和光市新倉… in a Tokyo ward's list: a place in another prefecture, whose code is not known here
  const address = str(record.full_address);
  if (place === undefined && address !== null && own !== null && own.startsWith("13") && startsOutsideTokyo(address)) return;
  // 京都国立博物館に寄託: kept in a museum that may be in any municipality, not in the publisher's
  if (place === undefined && cells.full_address !== undefined && cells.full_address !== null && saysDeposited(cells.full_address)) return;
  // 綾歌郡綾川町… in 高松市's list (its AEDs in the towns around it): a town of a 郡 is no city, so not the publisher
  if ((place === undefined || place.code === null) && address !== null && own !== null && namesOtherMunicipality(address, own)) return;
  const elsewhere = place !== undefined && own !== null && place.prefecture !== prefectureOfCode(own);
  const code = elsewhere ? null : place?.code ?? own;
  if (code === null) return;
  record.located_local_government_code = code;
  r.filled(code !== own && r.moved === undefined ? "located_code_from_address" : "code_missing", "located_local_government_code", code);
}

/** The municipality's three digits alone (`101`, a 市区町村コード beside MHLW's 都道府県コード `13`), which normalizeCode
 *  reads as no code (code_city_part_only): the code of the municipality the row's address names, else the publisher's,
 *  when its digits are those three (131016 for `101` at 東京都千代田区…), said with it (code_from_city_part); outside
 *  Tokyo, the address's prefecture's two digits before them (code_from_city_part_and_prefecture); else the cell stays
 *  no code. */
function codeOfCityPart(r: RowRepair, key: "local_government_code" | "located_local_government_code", publisher: string | null): void {
  const raw = r.cells[key];
  const digits = raw?.normalize("NFKC").trim();
  if (digits === undefined || !/^\d{3}$/.test(digits)) return;
  const address = str(r.record.full_address);
  const place = address === null ? null : placeOf(address);
  const code = [place?.code ?? null, publisher].find((c) => c !== null && c.slice(2, 5) === digits);
  if (code !== undefined && code !== null) {
    r.record[key] = code;
    withdrawIssue(r, key, "code_city_part_only");
    r.problem("code_from_city_part", key, raw ?? digits, code);
    return;
  }
  // 愛媛県今治市… beside `202`: outside Tokyo no list names the municipality, but the address's prefecture gives the
  // code's first two digits, and the check digit follows from the five (382027)
  const prefecture = place === null || place.code !== null || place.prefecture === TOKYO ? undefined : codeOfPrefecture(place.prefecture);
  if (prefecture === undefined) return;
  const body = `${prefecture}${digits}`;
  const built = `${body}${checkDigit(body)}`;
  r.record[key] = built;
  withdrawIssue(r, key, "code_city_part_only");
  r.problem("code_from_city_part_and_prefecture", key, raw ?? digits, built);
}

/** A 所在地_全国地方公共団体コード the row writes that is another Tokyo municipality's than the one its address names
 *  (132187, 福生市's, beside 東京都羽村市…: a neighbour's code, or the column filled down): the address, the more exact of
 *  the two, gives the code, as it gives 所在地_市区町村 (alignPlaceWithAddress), so that a client filtering by code finds
 *  the site where it is; warned with both. A prefecture's code (130001) names no municipality and stays. */
function alignLocatedCode(r: RowRepair): void {
  const written = str(r.record.located_local_government_code);
  const own = written === null ? undefined : tokyoMunicipality(written);
  if (own === undefined) return;
  // most rows: the address starts with the code's own municipality (no text made)
  const address = str(r.record.full_address);
  if (address !== null && address.startsWith(TOKYO) && address.startsWith(own.city, TOKYO.length)) return;
  const place = placeOfRow(r);
  if (place === undefined || place.code === null || place.code === own.code) return;
  r.record.located_local_government_code = place.code;
  r.problem("located_code_differs_from_address", "located_local_government_code", r.cells.located_local_government_code ?? own.code,
    `${place.prefecture}${place.city ?? ""}（${place.code}）`);
}

/** 指定緊急避難場所's 市区町村コード (the municipality that designated the site) when empty: the row's own code, else the
 *  publisher's, a municipality's (a prefecture designates no site); in a prefecture's list (東京都's copy of GSI's
 *  指定緊急避難場所データ, no code column), the municipality the site is in, whose 市町村長 designates the sites of its area
 *  (災害対策基本法49条の4). */
export function fillDesignatingCode(r: RowRepair): void {
  const { record, cells } = r;
  if (!r.columns.municipality_code || record.municipality_code !== null || !noCode(r, cells.municipality_code, "municipality_code")) return;
  const code = [str(record.local_government_code), publisherCode(r.context.municipality), str(record.located_local_government_code)]
    .find((c) => c !== null && !isPrefectureCode(c));
  if (code === undefined || code === null) return;
  record.municipality_code = code;
  r.filled("code_missing", "municipality_code", code);
}

/** An empty 調査年月日 takes the date the file says its figures are as of (its name, a title row). */
export function fillSurveyDate(r: RowRepair): void {
  const { asOf } = r.context;
  if (asOf === undefined || !r.columns.survey_date || r.record.survey_date !== null || !isEmptyCell(r, r.cells.survey_date, "survey_date")) return;
  r.record.survey_date = asOf;
  r.filled("survey_date_filled", "survey_date", asOf);
}

/** An empty 地域名 (Dataset.wholeArea) in a table of the whole municipality takes the municipality's name, when the
 *  row's 地域コード is empty too. */
export function fillWholeArea(r: RowRepair): void {
  const name = r.context.wholeArea;
  const spec = r.dataset.wholeArea;
  if (name === undefined || spec === undefined || r.record[spec.key] !== null || !isEmptyCell(r, r.cells[spec.key], spec.key)) return;
  if ((spec.with ?? []).some((k) => r.record[k] !== null && r.record[k] !== undefined)) return;
  r.record[spec.key] = name;
  r.filled("area_of_whole_municipality", spec.key, name);
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

/** A 地方公共団体名 the row writes that names another Tokyo municipality than its 全国地方公共団体コード (132187, 福生市's,
 *  beside 羽村市: a neighbour's file copied, or one of the two filled down): kept as written, which is right is not
 *  said, and warned with both. A name that is no municipality's (a department, 東京都) is not checked. */
function checkLocalGovernmentName(r: RowRepair, name: string): void {
  const code = str(r.record.local_government_code);
  const coded = code === null ? undefined : tokyoMunicipality(code);
  if (coded === undefined) return;
  const bare = name.startsWith(TOKYO) ? name.slice(TOKYO.length) : name;
  // most rows: the code's own municipality
  if (bare === coded.city) return;
  const named = tokyoMunicipalityAt(bare);
  if (named === undefined || named.code === coded.code || bare !== named.city) return;
  r.problem("local_government_name_differs_from_code", "local_government_name", r.cells.local_government_name ?? name, `${coded.code}\t${coded.city}`);
}

export function fillLocalGovernmentName(r: RowRepair): void {
  const { record } = r;
  if (!r.columns.local_government_name) return;
  if (typeof record.local_government_name === "string") return checkLocalGovernmentName(r, record.local_government_name);
  if (record.local_government_name !== null) return;
  const code = str(record.local_government_code);
  // in a prefecture's own list (130001) 市区町村名 names each row's municipality, not the publisher: the code names it
  const ownList = code !== null && isPrefectureCode(code);
  const name = isOldFormat(r.context.sourceHeaders) && !ownList ? publisherName(r.prefecture, r.city) : "";
  if (name !== "") {
    record.local_government_name = name;
    r.filled("local_government_name_missing", "local_government_name", name);
    return;
  }
  // a prefecture's code (130001) names the prefecture; a Tokyo municipality's, 東京都 and its name (as the old
  // format's 都道府県名 + 市区町村名 read)
  if (code === null) return;
  const municipality = tokyoMunicipality(code);
  const named = isPrefectureCode(code) ? prefectureOfCode(code) : municipality === undefined ? undefined : `${TOKYO}${municipality.city}`;
  if (named === undefined) return;
  record.local_government_name = named;
  r.filled("local_government_name_from_code", "local_government_name", named);
}
