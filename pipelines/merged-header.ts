// A header cell merged over two columns or more (電話番号 over the number and the FAX, 住所 over 町名 | 番地, 緯度経度
// over 緯度 | 経度), over one header row or both: the columns it covers hold their data under a blank header. What they
// hold says what they are. Coordinates named together are the two coordinates, in the order the name gives; a value
// that says what it is (`FAX 03-…`) goes to the standard's column for it (FAX番号); a value that stands on its own (a
// phone number, an address with its municipality) is a second value of the kind, kept under the name numbered
// (電話番号(2)); else it is a part of the first column's value (the 番地 of a 町名, a 内線), joined into it, the part kept
// under its numbered name too. A lower header row that names the covered columns names them (split-header.ts).
import type { Column } from "../schemas/column.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { coordinatePairOf } from "./coordinate-pair.ts";
import { matchHeader } from "./header-match.ts";
import { type Issue, issue } from "./issues.ts";
import { readsCleanly } from "./normalize/index.ts";
import { prefectureOf, startsWithTokyoMunicipality } from "./normalize/location.ts";
import { labelledFaxOnly, phoneParts } from "./normalize/phone-shape.ts";
import type { ParsedRecord } from "./parse.ts";
import { filledCellsOf, isBlankCell } from "./rows.ts";

/** A merged range of a header row: its first and last 0-based columns. */
export interface MergedColumns { from: number; to: number }

/** Cells of a column joined into the value of another: the parts' columns, in order, after the `into` column's, each
 *  after `separator`. */
export interface MergedParts { into: number; parts: readonly number[]; separator: string }

/** Columns whose parts run on without a space (歌舞伎町 + 1-4-1); others' parts are set apart by one (土日休み 要予約). */
const RUN_ON: ReadonlySet<string> = new Set(["full_address"]);

/** the share of a column's filled cells that must stand on their own for it to be a second value */
const MIN_ALONE = 0.9;

/** Text columns whose values tell by themselves that they are whole (an address starting with its municipality): a
 *  cell of such a column's second part that does is a second value; other text is a part of the first. */
const WHOLE_TEXT: Readonly<Record<string, (text: string) => boolean>> = {
  full_address: (text) => prefectureOf(text) !== null || startsWithTokyoMunicipality(text),
};

/** Where the standard has a place for a second value that says what it is: a number labelled FAX under 電話番号 is the
 *  FAX番号 (`FAX 03-3209-2222`), when the dataset has that column and the file none. */
const SECOND_PLACES: Readonly<Record<string, ReadonlyArray<{ key: string; says: (text: string) => boolean }>>> = {
  phone_number: [{ key: "fax_number", says: (text) => { const parts = phoneParts(text); return parts !== null && labelledFaxOnly(parts); } }],
  // 名称 over 名称 | カナ: a column of readings is the 名称_カナ, never a part of the name
  name: [{ key: "name_kana", says: (text) => KANA_ONLY.test(text) }, { key: "name_en", says: (text) => LATIN_NAME.test(text) }],
  // 開館時間 over 開始 | 終了: a time right of the start is its end
  start_time: [{ key: "end_time", says: (text) => TIME_ONLY.test(text) }],
  // 住所 over 住所 | 方書: a building and floor (第一分庁舎2階) is the 方書, not the rest of the address
  full_address: [{ key: "building_name", says: (text) => BUILDING.test(text) && !BLOCK_NUMBER.test(text) }],
};

/** Words of a building or its floor or room (新宿ビル3F, 第一分庁舎2階, 101号室). */
const BUILDING = /ビル|階|\d[FＦ]$|号室|号館|棟|庁舎|マンション|ハイツ|タワー/u;
/** What an address's rest has and a 方書 has not: a block number (1-4-1, 2丁目, 87番地) or a leading digit. */
const BLOCK_NUMBER = /^\d|丁目|番地|\d[-－‐ー−]\d/u;

/** A reading written in kana alone (NFKC has made half-width kana full-width), spaces and ・ between words. */
const KANA_ONLY = /^[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc\u30fb\s]+$/u;
/** A name in Latin letters (Shinjuku City Office): the 名称_英語 beside the name. */
const LATIN_NAME = /^(?=.*[A-Za-z]{2})[A-Za-z0-9 .,'&()\-/]+$/;
/** One time of day (17:15, 17:15:00, 17時, 17時15分), no range. */
const TIME_ONLY = /^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}時(?:\d{1,2}分)?)$/;
/** A mark of a tick-box column (○ under 月, × under 火): no part of any value, and no value alone. */
const MARK_ONLY = /^[○◯●◎△▲×✕✖✓✔☑■□・\-－―ー]$/u;

/** The standard's column a second value goes to: the one SECOND_PLACES names whose words every value says (null when
 *  none), or undefined when the dataset lacks it or a header takes it already. */
function placeOfSecond(key: string, values: readonly string[], dataset: Dataset, header: readonly string[]): Column | null | undefined {
  const place = (SECOND_PLACES[key] ?? []).find((p) => values.every(p.says));
  if (place === undefined) return null;
  const taken = header.some((h) => matchHeader(h, dataset)?.key === place.key);
  return taken ? undefined : dataset.columnByKey.get(place.key);
}

/** Whether a cell stands on its own as a value of the column: read whole by its normalizer, with no warning, or
 *  for a text column, whole by its own test (WHOLE_TEXT), none being whole without one. */
function standsAlone(column: Column): (text: string) => boolean {
  if (kindOf(column.type) === "text") return WHOLE_TEXT[column.key] ?? (() => false);
  return readsCleanly(column);
}

/**
 * The header with the columns its merged cells cover named, the parts to join, the issues that say what was done and
 * the names they explain; null when no merged cell covers a blank header column with values. `rows`: the rows under the
 * header in the head.
 */
export function spreadMergedHeader(cells: readonly string[], merges: readonly MergedColumns[], rows: ReadonlyArray<readonly string[]>,
  dataset: Dataset): { cells: string[]; parts: MergedParts[]; issues: Issue[]; explained: Set<string> } | null {
  const out = [...cells];
  /** the names given that the issues explain */
  const explained = new Set<string>();
  const parts: MergedParts[] = [];
  const issues: Issue[] = [];
  for (const { from, to } of merges) {
    const name = (cells[from] ?? "").trim();
    const covered: number[] = [];
    for (let c = from + 1; c <= to; c++) if (isBlankCell(cells[c] ?? "")) covered.push(c);
    if (name === "" || covered.length === 0) continue;
    const pair = coordinatePairOf([name]);
    // pairs written in the first column, the second left empty, are read as pairs (coordinate-pair.ts)
    if (pair !== null && covered.length === 1 && covered[0] === from + 1 && filledCellsOf(rows, from + 1).length > 0) {
      [out[from], out[from + 1]] = pair.lonFirst ? ["経度", "緯度"] : ["緯度", "経度"];
      issues.push(issue("merged_header_split", { field: name, value: `${out[from]}、${out[from + 1]}` }));
      explained.add(out[from]).add(out[from + 1]);
      continue;
    }
    const key = matchHeader(name, dataset)?.key;
    // a place's name over its place and part (町丁名 over 上石神井 | 1丁目) is read whole by its own rule (subdivided-name.ts)
    if (key !== undefined && key === dataset.subdivision?.key) continue;
    // a column with no values in the head (a 備考 merged over two columns down the list too) stays as it is
    const filled = covered.filter((c) => filledCellsOf(rows, c).length > 0);
    filled.forEach((c, k) => (out[c] = `${name}(${k + 2})`));
    const column = key === undefined ? undefined : dataset.columnByKey.get(key);
    // a header of no standard column: its columns are extra whatever they hold, the numbered name said as any unknown one
    if (column === undefined || filled.length === 0) continue;
    const alone = standsAlone(column);
    const joined: number[] = [];
    const seconds: number[] = [];
    /** columns of marks (利用可能曜日 over 月 | 火 | 水 of ○): joined they would say ○ ○ ○ whichever days are marked;
     *  kept in extra under their numbered names, and said */
    const marks = new Set(filled.filter((c) => filledCellsOf(rows, c).every((v) => MARK_ONLY.test(v))));
    for (const c of filled) {
      const values = filledCellsOf(rows, c);
      if (marks.has(c)) continue;
      // a value that says what it is (FAX …) is a second value, in the standard's column for it when there is one
      const place = placeOfSecond(column.key, values, dataset, out);
      if (place !== null && place !== undefined) {
        out[c] = place.ja;
        issues.push(issue("merged_header_second_place", { field: name, value: place.ja }));
      }
      if (place !== null || values.filter(alone).length >= values.length * MIN_ALONE) seconds.push(c);
      else joined.push(c);
    }
    const extra = seconds.map((c) => out[c]).filter((n) => n.startsWith(`${name}(`));
    if (extra.length > 0) issues.push(issue("merged_header_second_value", { field: name, value: extra.join("、") }));
    if (joined.length > 0) {
      parts.push({ into: from, parts: joined, separator: RUN_ON.has(column.key) ? "" : " " });
      issues.push(issue("merged_header_parts_joined", { field: name, value: joined.map((c) => out[c]).join("、") }));
    }
    if (marks.size > 0) issues.push(issue("merged_header_marks", { field: name, value: [...marks].map((c) => out[c]).join("、") }));
    for (const c of filled) explained.add(out[c]);
  }
  return out.every((c, i) => c === cells[i]) ? null : { cells: out, parts, issues, explained };
}

/** Two texts joined as one value: `separator` between, or a space between two letters or digits of the Latin script. */
const joinText = (a: string, b: string, separator: string): string =>
  (a === "" ? b : separator === "" && /[0-9A-Za-z]$/.test(a) && /^[0-9A-Za-z]/.test(b) ? `${a} ${b}` : `${a}${separator}${b}`);

/** A record with each part's cell joined into its value's column (the part's own column kept as it is). */
export function joinMergedParts(r: ParsedRecord, merged: readonly MergedParts[]): ParsedRecord {
  let cells: string[] | null = null;
  for (const { into, parts, separator } of merged) {
    const pieces = parts.map((c) => (r.cells[c] ?? "").trim()).filter((p) => p !== "");
    if (pieces.length === 0) continue;
    cells ??= [...r.cells];
    while (cells.length <= into) cells.push("");
    cells[into] = pieces.reduce((value, piece) => joinText(value, piece, separator), cells[into].trim());
  }
  return cells === null ? r : { ...r, cells };
}
