// The address column of a file whose header does not say so: a list's 設置場所 or 場所 column that holds
// `東京都国立市富士見台2丁目47番地の1`, unmapped or mapped to the place in a building (AED 設置位置). Told by what its
// cells hold, only when the file has no address column (nor its parts) and nearly every filled cell of the column in
// the head of the file is an address.
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { type ColumnPlan, takeColumn } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import type { HeaderMapping } from "./report.ts";
import { POSTAL_CODE_FIRST } from "./normalize/address-shape.ts";
import { TOKYO, tokyoMunicipalityAt } from "./normalize/location.ts";

/** After the municipality: a town's name, then its block number (富士見台2丁目47番地の1, 本町1-2-3, 中央三丁目5番). */
const TOWN_AND_BLOCK = /^[^\d\s,、]{1,12}?(?:\d{1,4}|[一二三四五六七八九十]{1,3})\s*(?:丁目|番地?|-|‐|の|号)/;
/** What an office, a room or a contact has and an address has not: a phone number, 課/係, a floor, a lobby. */
const NOT_AN_ADDRESS = /\d{2,4}-\d{2,4}-\d{3,4}|課|係|役所|庁舎|[\d一二三四五六七八九]階|ロビー|窓口|センター内|TEL|電話/i;

/** An address: a prefecture (東京都) or a Tokyo municipality first, then a town and its block number, and nothing that
 *  only an office, a room or a contact has (新宿区文化観光課 03-…, 八王子市役所本庁舎1階ロビー). */
function isAddress(cell: string): boolean {
  const text = plainCell(cell);
  if (text === null) return false;
  const place = text.startsWith(TOKYO) ? text.slice(TOKYO.length) : text;
  const municipality = tokyoMunicipalityAt(place);
  if (municipality === undefined) return false;
  const rest = place.slice(place.indexOf(municipality.name) + municipality.name.length);
  return TOWN_AND_BLOCK.test(rest);
}

/** The town and block of an address whose municipality is left out (羽田空港2丁目, 池上2-2-13 in a ward's own list). */
const isStreetPlace = (cell: string) => {
  const text = plainCell(cell);
  return text !== null && TOWN_AND_BLOCK.test(text);
};

/** The cell in NFKC without a postal code in front (`〒181-8611 三鷹市…`, which the row's repair moves to 郵便番号), or
 *  null when it cannot be an address. */
function plainCell(cell: string): string | null {
  const text = cell.normalize("NFKC").trim().replace(POSTAL_CODE_FIRST, "");
  return text.length < 4 || text.length > 120 || NOT_AN_ADDRESS.test(text) ? null : text;
}

/** The columns that say part of an address: with any of them the address is joined from the parts, not guessed. */
const ADDRESS_KEYS = ["full_address", "machiaza", "city_block"];
/** Columns whose header may name a place where an address is meant (AED 設置場所 → 設置位置 by its alias, Wi-Fi 設置場所
 *  → 提供エリア beside 施設名). */
const PLACE_KEYS: ReadonlySet<string> = new Set(["installation_position", "coverage_area"]);
/** Of the filled cells of a column in the head of the file, the share that must be addresses. */
const SHARE = 0.8;

/**
 * The plan and header with an unmapped column taken as 所在地_連結表記 when its cells are addresses, and the issue that
 * says so; the same plan when there is no such column (or the dataset has no address, or the file has one).
 */
export function withAddressByContent(dataset: Dataset, plan: ColumnPlan, header: HeaderMapping[], rows: ReadonlyArray<readonly string[]>):
  { plan: ColumnPlan; header: HeaderMapping[]; issues: Issue[] } {
  const none = { plan, header, issues: [] };
  // the address given by columns of its parts (Add1 | Add2 joined, derived-columns.ts) is the file's too
  if (!dataset.columnByKey.has("full_address") || plan.keys.some((k) => k !== null && ADDRESS_KEYS.includes(k))
    || plan.derived.some((d) => ADDRESS_KEYS.includes(d.key))) return none;
  const counts = plan.keys.map((key, i) => (key !== null && !PLACE_KEYS.has(key) ? null : addressCount(rows, i)));
  // addresses, some of them in the publisher's own municipality written without it; at least one with it
  const at = counts.findIndex((c) => c !== null && c.full > 0 && c.full + c.street >= SHARE * c.filled.length);
  if (at < 0) return mixedColumn(plan, header, counts);
  const taken = takeColumn({ plan, header }, at, "full_address", "fuzzy");
  // the place column it was (設置位置) is then absent, as the file has no column for it
  const was = plan.keys[at];
  const absent = dataset.columns.filter((c) => c.key === was && c.requirement === "required");
  return {
    plan: { ...taken.plan, absentRequired: [...taken.plan.absentRequired, ...absent] },
    header: taken.header,
    issues: [issue("address_column_by_content", { field: plan.sourceHeaders[at], value: columnJa(dataset, "full_address") })],
  };
}

interface AddressCount { filled: string[]; full: number; street: number }

/** Of column `at`'s filled cells in the head of the file, how many are addresses, and how many a town and block. */
function addressCount(rows: ReadonlyArray<readonly string[]>, at: number): AddressCount {
  const filled = rows.map((r) => r[at] ?? "").filter((c) => c.trim() !== "");
  const full = filled.filter(isAddress).length;
  return { filled, full, street: filled.filter((c) => !isAddress(c) && isStreetPlace(c)).length };
}

/**
 * A column no header maps (設置場所 beside 施設名, unmapped or a second name column) whose cells are addresses on some
 * rows only (墨田区吾妻橋1-23-20 | 1階エントランス | 03-5608-1111): not the address column, and said so in place of the
 * header's verdict ("the same field as 施設名"), which would have the officer merge it with the name.
 */
function mixedColumn(plan: ColumnPlan, header: HeaderMapping[], counts: ReadonlyArray<AddressCount | null>):
  { plan: ColumnPlan; header: HeaderMapping[]; issues: Issue[] } {
  let at = -1;
  counts.forEach((c, i) => {
    if (c !== null && plan.keys[i] === null && c.full > 0 && (at < 0 || c.full > (counts[at]?.full ?? 0))) at = i;
  });
  const mixed = counts[at];
  if (mixed === null || mixed === undefined) return { plan, header, issues: [] };
  const other = mixed.filled.find((c) => !isAddress(c) && !isStreetPlace(c)) ?? "";
  return { plan, header, issues: [issue("address_column_mixed", { field: plan.sourceHeaders[at], value: other, detail: `${mixed.full + mixed.street}/${mixed.filled.length}` })] };
}
