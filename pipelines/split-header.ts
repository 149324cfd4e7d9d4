// A header written over two rows, as tables made in Excel often have it: a 大項目 row whose merged cells (所在地,
// 災害種別, 連絡先) stand over the 小項目 row (住所, 緯度, 洪水 …), and the columns without a 小項目 (名称) named in
// the upper row only. Neither row alone maps the table; joined into one header, each column takes the standard's
// name of the two together when there is one (災害種別 + 洪水 → 災害種別_洪水, 連絡先 + メールアドレス →
// 連絡先メールアドレス), else the lower cell's name, else the upper cell's own (標高 over a unit), else the two joined
// (an extra column 連絡先_FAX keeps both parts of its name).
import type { Dataset } from "../schemas/dataset.ts";
import { isBareReading, matchHeader } from "./header-match.ts";
import { boundOfHalfDay } from "./header-period.ts";
import { DAY_KIND, namesAPartKind } from "./header-parts.ts";
import { dateOfFigures, mapHeaders, scoreHeader } from "./headers.ts";
import { namesMark } from "./marked-cells.ts";
import { plainWords } from "./normalize/text.ts";
import { boundOf, endKeyOf } from "./normalize/column-bounds.ts";
import { asOfDate, isAsOfText } from "./as-of.ts";
import { isBlankCell, isBlankRow } from "./rows.ts";
import { blocksUnderTitle } from "./side-table.ts";

export interface SplitHeader {
  /** the upper row's position in the records searched */
  upper: number;
  /** the header's last row's position: the next row for a header over two rows, the one after for three */
  lower: number;
  /** the joined header, one cell per column */
  cells: string[];
  /** what each joined column was made of, for the report: "災害種別 + 洪水 → 災害種別_洪水" */
  joined: string[];
}

const isBlank = (cell: string | undefined) => cell === undefined || isBlankCell(cell);

/** A note written in the upper row (※令和6年4月1日現在, 注1, 単位：人, 出典：…, 令和6年4月1日現在): it says something of the
 *  table, and names no column of it. */
const NOTE_CELL = /^(?:※|＊|\*|[(（]?注[0-9０-９]*[)）.．:：]|[(（]?単位[:：]|出典[:：])/;
/** An upper cell that dates its columns at the table's own time (当月末 beside 前月末 over 世帯数 | 男 | 女 | 計 each): as
 *  an as-of date, it names no column; the earlier group's joined names (前月末_世帯数) map none. */
const OWN_TIME = /^(?:当月|当月末|今月|今月末|本月|本月末|現在|今回|今期|当期|本年|今年|当年)(?:現在)?$/;
export const isNoteAbove = (cell: string | undefined) => cell !== undefined
  && (NOTE_CELL.test(cell.trim()) || isAsOfText(cell.trim()) || OWN_TIME.test(plainWords(cell)));

/** The upper row's notes, as isNoteAbove, but for blocks of figures dated apart (令和5年1月1日現在 | 令和6年1月1日現在, each
 *  over 男 | 女 | 計): the latest date is the table's own time, as 当月末 is; an earlier one names its block (as 前月末
 *  does), whose joined names (令和5年1月1日現在_男) map none. */
function notesAboveOf(upper: readonly string[]): (cell: string) => boolean {
  const dates = new Set(upper.map((cell) => asOfDate([cell])).filter((date) => date !== undefined));
  if (dates.size < 2) return isNoteAbove;
  const latest = [...dates].sort().at(-1);
  return (cell) => isNoteAbove(cell) && (asOfDate([cell]) ?? latest) === latest;
}

/** The upper row with its merged cells, which hold their text in their first cell only, spread right over the
 *  columns the lower row names; a column empty in both rows ends a merged cell. */
function spreadRight(upper: readonly string[], lower: readonly string[]): { text: string[]; own: boolean[] } {
  const width = Math.max(upper.length, lower.length);
  const text: string[] = [];
  const own: boolean[] = [];
  let carried = "";
  for (let c = 0; c < width; c++) {
    const cell = upper[c] ?? "";
    if (!isBlank(cell)) carried = cell.trim();
    else if (isBlank(lower[c])) carried = "";
    text.push(isBlank(cell) ? carried : cell.trim());
    own.push(!isBlank(cell));
  }
  return { text, own };
}

/** A lower cell that names the whole of its group (定員 over 0歳 … 5歳, 計). */
const WHOLE_BELOW = /^(?:計|合計|総数|総計|全体)$/;
const START_WORD = /^(?:開始|始|から|自)$/;
const END_WORD = /^(?:終了|終|終わり|まで|至)$/;


/** A first part that is the group's main one (電話番号 over 代表 | FAX: the 代表 number is the phone number). */
const MAIN_BELOW = /^(?:代表|代表番号|主|メイン)$/;

/** Which column takes its group's own name when nothing else maps: the group's 計 (定員 over 0歳 … 計 is the 計
 *  column), else a group's only column, else the first of a group split by kinds of day (開館時間 over 平日, 土日祝 is
 *  the weekday's; the others stay beside it, named with their day); never the first of several parts (定員 over 0歳 …
 *  5歳: the 0歳 quota is no capacity). */
function ownNameColumns(spread: { text: string[]; own: boolean[] }, lower: readonly string[]): boolean[] {
  const out = spread.own.map(() => false);
  for (let start = 0; start < spread.text.length; start++) {
    if (!spread.own[start]) continue;
    let end = start + 1;
    while (end < spread.text.length && !spread.own[end] && spread.text[end] === spread.text[start]) end++;
    const parts = lower.slice(start, end).map((low) => plainWords(low ?? ""));
    const whole = parts.findIndex((low) => WHOLE_BELOW.test(low));
    if (whole >= 0) out[start + whole] = true;
    else if (end - start === 1 || (parts.length > 1 && (parts.every((low) => DAY_KIND.test(low)) || MAIN_BELOW.test(parts[0])))) out[start] = true;
  }
  return out;
}

/** The columns of groups split by kinds of what the group's name holds (料金 over 大人 | 小人, 病床数 over 一般 | 療養):
 *  two parts at least, every one a kind (namesAPartKind), under a name without brackets of its own. Such a column is
 *  named as the header of a part (料金（大人）), which headers.ts reads as one part of the group's column. */
function partKindColumns(spread: { text: string[]; own: boolean[] }, lower: readonly string[]): boolean[] {
  const out = spread.own.map(() => false);
  for (let start = 0; start < spread.text.length; start++) {
    if (!spread.own[start] || /[(（]/.test(spread.text[start])) continue;
    let end = start + 1;
    while (end < spread.text.length && !spread.own[end] && spread.text[end] === spread.text[start]) end++;
    const parts = lower.slice(start, end).map((low) => plainWords(low ?? ""));
    if (parts.length >= 2 && parts.every(namesAPartKind)) out.fill(true, start, end);
  }
  return out;
}

/** A start and end pair under one name (開所時間 over 開始, 終了): the end takes the end column of the start column the
 *  name maps to (終了時間), the start that column (開始時間). */
function endOfPair(up: string, low: string, datasets: readonly Dataset[]): string[] {
  // 診療時間 over 午前, 午後: the day opens in the morning's cell and closes in the afternoon's
  const halfDay = boundOfHalfDay(up, low);
  const isStart = START_WORD.test(low) || halfDay === "start";
  if (!isStart && !END_WORD.test(low) && halfDay !== "end") return [];
  for (const d of datasets) {
    const key = matchHeader(up, d)?.key;
    if (key === undefined || boundOf(key) !== "start") continue;
    const column = d.columnByKey.get(isStart ? key : endKeyOf(key));
    if (column !== undefined) return [column.ja];
  }
  if (halfDay !== undefined) return [];
  // a name that maps nowhere itself: 時間 over 開始 is 開始時間, 申込期間 over 終了 申込終了日 (else 終了日)
  const word = isStart ? "開始" : "終了";
  const m = /^(.*?)(時間|時刻|期間|日時|日)$/.exec(up.normalize("NFKC").trim());
  if (m === null) return [];
  const suffix = m[2] === "時間" || m[2] === "時刻" ? m[2] : "日";
  return [`${m[1]}${word}${suffix}`, `${word}${suffix}`];
}

/** An upper cell over the whole of what its lower cells split (男, 女, 計 of all residents). */
const WHOLE = /^(?:総数|合計|総計|計|全体|人口|人口総数|総人口|人口計|住民合計|住民計|全住民|総住民|日本人\+外国人|日本人及び外国人|日本人・外国人計?)$/;

/**
 * For each lower name that stands under several groups, the group whose column takes the plain name: the whole's
 * (合計 over 男/女/計, beside 日本人 and 外国人 over the same), else none: 日本人's 男 is not the area's 男性, nor 前月's
 * this month's. A group with no claim keeps its name (日本人_男). A name that also heads a column of its own (named in
 * one row only, or merged down over both) is that column's, under one group as under several: 法人名 over 名称 | カナ
 * beside the 名称 of the 事業所 is the corporation's name, not the row's.
 */
function claimantsOf(ups: readonly string[], lower: readonly string[]): Map<string, string | null> {
  const groups = new Map<string, string[]>();
  const own = new Set<string>();
  ups.forEach((up, c) => {
    const low = (lower[c] ?? "").trim();
    if (low === "") {
      if (up !== "") own.add(up);
      return;
    }
    if (up === "" || up === low) own.add(low);
    else if (!(groups.get(low) ?? []).includes(up)) groups.set(low, [...(groups.get(low) ?? []), up]);
  });
  const claimant = new Map<string, string | null>();
  for (const [low, ups] of groups) {
    if (own.has(low)) claimant.set(low, null);
    else if (ups.length >= 2) claimant.set(low, ups.find((up) => WHOLE.test(plainWords(up))) ?? null);
  }
  return claimant;
}

/** Units a lower cell may give alone, each with what a group's name measures in it: 収容人数 over 人 | ㎡ is the capacity
 *  in its 人 column, and the ㎡ beside it no capacity (an area, kept as 収容人数_㎡). */
const UNITS: ReadonlyArray<{ unit: RegExp; measure: RegExp }> = [
  { unit: /^(?:人|名)$/, measure: /人|員|定員/ },
  { unit: /^(?:㎡|m2|m²|平方メートル|平米)$/i, measure: /面積|広さ/ },
  { unit: /^(?:m|メートル)$/i, measure: /標高|海抜|高さ|距離|延長|長さ|幅|深さ/ },
  { unit: /^(?:㎥|m3|m³|立方メートル)$/i, measure: /容量|容積|体積|貯水量/ },
  { unit: /^(?:t|トン)$/i, measure: /容量|重量|重さ|貯水量/ },
];
/** A lower cell that is only a unit of what its group's name measures: the group's column, the unit as its qualifier
 *  (収容人数（人）). */
const unitOfGroup = (up: string, low: string) => {
  const unit = plainWords(low);
  return UNITS.some((u) => u.unit.test(unit) && u.measure.test(plainWords(up)));
};

/** A lower cell that only says "the name" of its group: 法人名 over 名称 is the 法人名 itself. */
const NAME_BELOW = /^(?:名称|名前|名)$/;
/** A group of day columns whose marks are the days closed (休館日, 休診日, 定休日 over 月 | 火 …), not the days open. */
const CLOSED_DAYS = /^(?:定休日?|休み|(?:休|閉)\S{0,2}日)$/;

/** Whether a group's name is a column of the dataset other than one its marked columns list (開館時間, not 診療日). */
function isOtherColumn(up: string, dataset: Dataset): boolean {
  const key = matchHeader(up, dataset)?.key;
  return key !== undefined && !(dataset.markLists ?? []).some((list) => list.key === key);
}

/** A group's name that only dates its columns (令和5年 | 令和6年, R6.1.1 over 男 | 女 | 計 each): the column dated in
 *  brackets (男（令和6年）), of which headers.ts reads the latest date's. */
const datedBy = (up: string, low: string): string[] => (dateOfFigures(up) === undefined ? [] : [`${low}（${up}）`]);

/** Two header rows as one: each column's name from the standard where the pair makes one. A note in the upper row
 *  (※…現在) names no column: it is read as a blank cell there. */
export function joinRows(upperRow: readonly string[], lower: readonly string[], datasets: readonly Dataset[]): { cells: string[]; joined: string[] } {
  // a ○ column of a value (居宅サービス over 訪問介護) keeps the value's name, under which it is read as a mark
  const maps = (text: string) => datasets.some((d) => matchHeader(text, d) !== null || namesMark(text, d));
  // …but not under a group that is another column of its own: 開館時間 over 土曜日 is the Saturday's hours, not a day marked
  const marksUnder = (up: string) => (text: string) => datasets.some((d) => matchHeader(text, d) !== null
    || (namesMark(text, d) && !isOtherColumn(up, d) && !CLOSED_DAYS.test(up.normalize("NFKC").trim())));
  // spread with the note in place, then the note's columns blank: a note merged over 電話番号 | FAX番号 ends the group on
  // its left (経度) rather than leaving its columns to it
  const spreadAsWritten = spreadRight(upperRow, lower);
  const noteAbove = notesAboveOf(upperRow);
  const spread = { text: spreadAsWritten.text.map((t) => (noteAbove(t) ? "" : t)), own: spreadAsWritten.own.map((own, c) => own && !noteAbove(spreadAsWritten.text[c])) };
  const claimant = claimantsOf(spread.text, lower);
  const ownName = ownNameColumns(spread, lower);
  const partKind = partKindColumns(spread, lower);
  const cells: string[] = [];
  const joined: string[] = [];
  // a lower name repeated under each group (男, 女 under every age band) names one column: its claimant group's; the
  // others keep their group's name (85～89歳_男, 日本人_男) rather than all claiming the same column
  const taken = new Set<string>();
  for (let c = 0; c < spread.text.length; c++) {
    const up = spread.text[c];
    const low = (lower[c] ?? "").trim();
    let name: string;
    if (low === "") name = up;
    else if (up === "" || up === low) name = low;
    else {
      const plain = !taken.has(low) && (!claimant.has(low) || claimant.get(low) === up);
      // a group that is itself a name (法人名) over 名称: its own column, before the plain 名称 of the row
      const named = NAME_BELOW.test(plainWords(low)) && maps(up) ? [up] : [];
      // a pair's end by the standard's name first (開所時間 + 開始 → 開始時間), though 開所時間_開始 maps to it too
      // the whole's group (総数 | 合計 over 男 | 女 | 計) gives the plain name, though 総数_男 maps to it too
      const whole = plain && WHOLE.test(plainWords(up)) ? [low] : [];
      name = [...whole, ...endOfPair(up, low, datasets), `${up}_${low}`, `${up}${low}`, ...(partKind[c] || unitOfGroup(up, low) ? [`${up}（${low}）`] : []), ...datedBy(up, low), ...named,
        ...(plain ? [low] : []), ...(ownName[c] ? [up] : [])].find(marksUnder(up)) ?? `${up}_${low}`;
    }
    // a reading named over both rows (merged down, or left blank below), right of a column: that column's (the 名称 and
    // カナ merged down beside 法人名 over 名称 | カナ)
    if ((up === low || low === "") && c > 0 && isBareReading(name) && !maps(name) && maps(`${cells[c - 1]}_カナ`)) {
      joined.push(`${cells[c - 1]} + ${name} → ${cells[c - 1]}_カナ`);
      name = `${cells[c - 1]}_カナ`;
    }
    if (name === low) taken.add(low);
    cells.push(name);
    if (up !== "" && low !== "" && up !== low) joined.push(`${up} + ${low} → ${name}`);
  }
  return { cells, joined };
}

/** The lower row with the names of the upper row's cells merged down over both rows left out: a workbook's reader
 *  gives such a cell's name to both rows (施設名 over 施設名), where a CSV leaves the lower cell blank. */
function belowOwnNames(upper: readonly string[], lower: readonly string[]): string[] {
  return lower.map((low, c) => (!isBlank(low) && plainWords(low) === plainWords(upper[c] ?? "") ? "" : low));
}

/** A lower row filled only under the upper row's merged cells (定員 over 0歳 … 5歳, 開所時間 over 開始, 終了), two
 *  cells at least, and empty under every name that stands alone (名称, 所在地), or giving its name again (a cell merged
 *  down over both rows): a data row has values there, and a header repeated under it has no new name. */
export function underMergedCells(upper: readonly string[], filledLower: readonly string[]): boolean {
  const lower = belowOwnNames(upper, filledLower);
  let under = 0;
  let inGroup = false;
  for (let c = 0; c < Math.max(upper.length, lower.length); c++) {
    const up = !isBlank(upper[c]);
    const low = !isBlank(lower[c]);
    // a merged cell: a name with blanks after it that the lower row fills
    const startsGroup = up && isBlank(upper[c + 1]) && !isBlank(lower[c + 1]);
    if (up) inGroup = startsGroup;
    if (!low) continue;
    if (!inGroup) return false;
    under++;
  }
  return under >= 2;
}

/** The upper row's names of merged cells the lower row fills (定員 over 0歳 | 1・3歳 …): each may map a column the
 *  join loses to its parts, which give no column when they do not add up (classes that skip an age). */
function groupNames(upper: readonly string[], lower: readonly string[]): number {
  let n = 0;
  for (let c = 0; c < upper.length; c++) if (!isBlank(upper[c]) && isBlank(upper[c + 1]) && !isBlank(lower[c + 1])) n++;
  return n;
}

/** A column named in the upper row only, its lower cell blank (非公開メモ beside 事業所 over 名称 | カナ). A workbook's
 *  lower row repeats the names merged down over both rows, so it maps as many columns as the join, yet left alone it
 *  would lose this column's name; a CSV's lower row leaves those cells blank, and its join wins outright. A note there
 *  (※令和6年4月1日現在 over a blank) is no column's name. */
function namedAboveOnly(upper: readonly string[], lower: readonly string[]): boolean {
  return upper.some((cell, c) => !isBlank(cell) && !isNoteAbove(cell) && isBlank(lower[c]));
}

/** A decimal (a coordinate: 139.7699202), a phone number (03-5246-1316) or an address with its number (東京都台東区上野公園1-1):
 *  data, never a header's name. A data row whose one cell happens to be a column's name (情報 `男女兼用`, 設備
 *  `多目的トイレ（…）`) is then no lower header row. */
const DATA_CELL = /^(?:[+-]?\d+\.\d{3,}|0\d{1,4}-\d{1,4}-\d{3,4}|(?:東京都|北海道|(?:京都|大阪)府|\S{2,3}県)\S*\d.*)$/;
export const holdsData = (cells: readonly string[]) => cells.some((cell) => DATA_CELL.test(cell.normalize("NFKC").trim()));

/** A count or an amount as a cell writes it: 333, 1,234, 12.5. */
const NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^[+-]?\d+(?:\.\d+)?$/;
/** A row whose filled cells are mostly numbers: data (阿佐谷北一丁目,男,333,10,11 …), never the lower row of a header. */
export function mostlyNumbers(cells: readonly string[]): boolean {
  let filled = 0;
  let numbers = 0;
  for (const cell of cells) {
    const text = cell.normalize("NFKC").trim();
    if (text === "") continue;
    filled++;
    if (NUMBER.test(text)) numbers++;
  }
  return numbers * 2 > filled;
}

/** A row in which a name stands more than once. */
export function hasRepeatedNames(cells: readonly string[]): boolean {
  const seen = new Set<string>();
  for (const cell of cells) {
    const name = cell.trim();
    if (name === "") continue;
    if (seen.has(name)) return true;
    seen.add(name);
  }
  return false;
}

/** A lower row that repeats its names under the upper row's merged cells only (日本人 | 外国人 over 男 | 女 | 計 each),
 *  under an upper row naming two columns or more alone (町丁名, 世帯数, blank below): read alone, it would take the first
 *  group's 男 as the area's 男性 and lose the names above; only the join tells its columns apart, though it maps fewer. */
const partsOfGroupsBelow = (upper: readonly string[], lower: readonly string[], upperMapped: number) =>
  upperMapped >= 2 && hasRepeatedNames(lower) && namedAboveOnly(upper, lower) && underMergedCells(upper, lower);

/** The columns scoreHeader maps, and a column the joined names give as its parts (定員 by its age classes: 定員_0歳,
 *  定員_1・2歳 …), a name that is neither row's cell alone. */
function mappedWithParts(cells: readonly string[], upper: readonly string[], lower: readonly string[], dataset: Dataset): number {
  const joined = (c: number) => cells[c] !== (upper[c] ?? "").trim() && cells[c] !== (lower[c] ?? "").trim();
  const fromParts = mapHeaders(cells, dataset).plan.derived.filter((d) => d.parts.length >= 2 && d.parts.every(joined));
  return new Set([...scoreHeader(cells, dataset).keys, ...fromParts.map((d) => d.key)]).size;
}

/**
 * The two adjacent rows among the first records that, joined, map more columns of a dataset than any single row
 * does (at least three): a header split over two rows. Each dataset joins the rows by its own names (連絡先 over
 * 電話番号 is 電話番号 for evacuation sites, 連絡先電話番号 for tourism). Null for the usual one-row header, which then
 * wins alone.
 */
export function findSplitHeader(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): SplitHeader | null {
  return searchSplitHeader(records, datasets).best;
}

/** findSplitHeader's search: the header over two rows found, and the bar a header over more rows must pass (the most
 *  columns any single row or any pair of rows maps, two at least). */
export function searchSplitHeader(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): { best: SplitHeader | null; bar: number } {
  const singles = records.map((cells) => datasets.reduce((best, d) => Math.max(best, scoreHeader(cells, d).mapped), 0));
  let best: SplitHeader | null = null;
  let bar = Math.max(2, ...singles);
  for (let i = 0; i + 1 < records.length; i++) {
    // a split header has a column name in one of its rows at least; data rows name none
    if (singles[i] === 0 && singles[i + 1] === 0) continue;
    if (isBlankRow(records[i]) || isBlankRow(records[i + 1]) || holdsData(records[i]) || holdsData(records[i + 1]) || mostlyNumbers(records[i + 1])) continue;
    for (const dataset of datasets) {
      const { cells, joined } = joinRows(records[i], records[i + 1], [dataset]);
      let { mapped } = scoreHeader(cells, dataset);
      // joined names that are parts of one column (定員 over 0歳 | 1・2歳 | 3～5歳, summed by derived-columns.ts) map
      // no column by themselves: the column they give counts too (mapHeaders, only where the join could reach the bar)
      if (mapped < bar && mapped + joined.length >= bar) mapped = mappedWithParts(cells, records[i], records[i + 1], dataset);
      // as many as the lower row alone, whose names repeat (男, 女, 計 under each group; not a list's header printed
      // two-up under a title, its blocks' names): only the join tells them apart, and so does it a column the upper row alone names (the upper row naming columns itself, not a title);
      // as many as the upper row alone, less the names of its groups (定員 over classes that do not add up), with the
      // lower row only under its merged cells: the lower row is no data
      const tie = best === null
        && ((mapped === bar && mapped === singles[i + 1] && ((hasRepeatedNames(records[i + 1]) && !blocksUnderTitle(records[i], records[i + 1], dataset)) || (singles[i] >= 2 && namedAboveOnly(records[i], records[i + 1]))))
          || (singles[i] === bar && mapped >= bar - groupNames(records[i], records[i + 1]) && underMergedCells(records[i], records[i + 1]))
          || partsOfGroupsBelow(records[i], records[i + 1], singles[i]));
      if (mapped > bar || tie) {
        best = { upper: i, lower: i + 1, cells, joined };
        bar = Math.max(bar, mapped);
      }
    }
  }
  return { best, bar };
}
