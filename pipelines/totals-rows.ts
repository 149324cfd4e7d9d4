// Rows of sums and of changes under a table (合計, 中野区計, 池尻 計, 全25件, 増減): read as data, each would be a record
// counted twice by anyone who sums.
import { isBlankCell, onlyCellIs } from "./rows.ts";

/** What a totals row says where a label would be (spaces removed): 合計, 総計, 小計, 計, 総数, and 集計 (the label
 *  Japanese Excel gives a table's totals row). */
const TOTALS = new Set(["合計", "総計", "小計", "計", "合計値", "総数", "集計", "total", "Total", "TOTAL"]);
const TOTALS_FIRST = new Set([...TOTALS].map((t) => t.charCodeAt(0)));
/** A label that sums a whole place: 中野区計, 東京都合計, 区計, 市全体. */
const PLACE_TOTAL = /^.{0,8}[都道府県市区町村郡](?:合計|総計|小計|計|総数|全体)$/;

/** A total with its count in one cell: 合計 2か所, 計：15件, 総数 120施設. */
const TOTAL_COUNT = /^(?:合計|総計|総数|計)[\s\u3000:：]*[0-9０-９][0-9０-９,，]*[\s\u3000]*(?:か所|カ所|ヶ所|箇所|件|施設|台|基|か所数|所|地点)?$/;

/** The list's count of rows, alone on a line: 全25件, データ件数：25件, 掲載件数 25か所. */
const RECORD_COUNT = /^(?:全[\s\u3000]*[0-9０-９][0-9０-９,，]*[\s\u3000]*(?:件|か所|カ所|ヶ所|箇所|施設|台|基|所|地点)|(?:データ|掲載|登録|該当|総)?件数[\s\u3000:：]*[0-9０-９][0-9０-９,，]*[\s\u3000]*(?:件|か所|カ所|ヶ所|箇所|施設|台|基|所|地点)?)$/;

/** A label of the list's count, its number beside it (`件数,25`, `合計件数,25件`, `施設数,12`). */
const COUNT_LABEL = /^(?:総|合計|データ|掲載|登録|該当)?(?:件数|施設数|箇所数|か所数|カ所数|設置数|設置箇所数)[:：]?$/;
const COUNT_LABEL_FIRST = new Set([..."総合デ掲登該件施箇かカ設"].map((c) => c.charCodeAt(0)));

/** A label that sums a part of the list: 池尻 計, （本町）小計, 西新宿地区合計. */
const PART_TOTAL = /(?:[\s\u3000)）]計|小計|合計|総計)$/;

/** A count as a subtotal row gives it: 2事業所, 1か所, 12件, 40. */
const COUNT = /^[0-9０-９][0-9０-９,，]*[\s\u3000]*(?:事業所|か所|カ所|ヶ所|箇所|件|施設|台|基|所|地点|人|名|床|園|校)?$/;

/**
 * A subtotal by category in a grouped list (`訪問介護　計,2事業所`, `○○地区 計,,,12件`): the first filled cell sums a
 * part (PART_TOTAL), and every other filled cell is a count. The label sits in the category column there, not in the
 * name column, and the count in the name column; a name that ends so beside an address is a record.
 */
function isCategorySubtotal(cells: readonly string[], first: number): boolean {
  const cell = cells[first];
  // nearly every first cell ends in anything but 計: its last character read, with no string made
  let end = cell.length - 1;
  while (end > 0 && (cell.charCodeAt(end) === 0x20 || cell.charCodeAt(end) === 0x3000)) end--;
  if (cell.charCodeAt(end) !== 0x8a08 || !PART_TOTAL.test(cell.trim())) return false;
  return onlyCountsAfter(cells, first);
}

/** Whether every filled cell after `at` is a count (2事業所, 12件, 40): what a subtotal gives beside its label. A row
 *  with more (an address, a date, a kind) has the contents of a record, whatever its label says. */
function onlyCountsAfter(cells: readonly string[], at: number): boolean {
  for (let i = at + 1; i < cells.length; i++) if (!isBlankCell(cells[i]) && !COUNT.test(cells[i].trim())) return false;
  return true;
}

/**
 * A row of sums under the data (population tables, Excel tables with a totals row): one of its first three filled
 * cells says 合計, 総計, 小計, 計 or 総数, or its label cell (the dataset's name column, `label`) says so, sums a
 * place (中野区計) or, with only counts after it, a part of the list (池尻 計, （本町）小計), or its first filled cell sums
 * a category with only counts beside it (訪問介護　計,2事業所) or, left of a blank label, a place (中野区計 under 地区); in a table of areas (`labelIsArea`), any area name
 * ending in 計 (中野計: no 町丁 is so named, while a facility may be: 花時計). Read as data it is a record counted
 * twice by anyone who sums.
 */
export function isTotalsRow(cells: readonly string[], label = -1, labelIsArea = false): boolean {
  let seen = 0;
  for (let i = 0; i < cells.length && seen < 3; i++) {
    const c = cells[i];
    if (isBlankCell(c)) continue;
    seen++;
    if (c.length > 16) continue;
    // the first character decides for nearly every cell, with no string made
    const first = c.charCodeAt(0) === 0x20 || c.charCodeAt(0) === 0x3000 ? c.trimStart().charCodeAt(0) : c.charCodeAt(0);
    if (TOTALS_FIRST.has(first) && (TOTALS.has(c.replace(/[\s\u3000]/g, "")) || TOTAL_COUNT.test(c.trim()))) return true;
    if (seen === 1 && isCategorySubtotal(cells, i)) return true;
    if (seen === 1 && COUNT_LABEL_FIRST.has(first) && COUNT_LABEL.test(c.replace(/[\s\u3000]/g, ""))
      && cells.some((cell, at) => at > i && !isBlankCell(cell)) && onlyCountsAfter(cells, i)) return true;
    // a place's sum in a column left of the label (中野区計 under 地区, beside 町丁名 left blank), with only counts after it
    if (seen === 1 && i < label && isBlankCell(cells[label] ?? "") && PLACE_TOTAL.test(c.replace(/[\s\u3000]/g, "")) && onlyCountsAfter(cells, i)) return true;
  }
  if (onlyCellIs(cells, RECORD_COUNT)) return true;
  const name = label < 0 ? undefined : cells[label];
  if (name === undefined || name === "" || name.length > 16) return false;
  // most names end in anything but 計, 数 or 体: one character read
  const last = name.trimEnd().charCodeAt(name.trimEnd().length - 1);
  if (last !== 0x8a08 && last !== 0x6570 && last !== 0x4f53) return false;
  const text = name.replace(/[\s\u3000]/g, "");
  if (TOTALS.has(text) || PLACE_TOTAL.test(text) || (labelIsArea && last === 0x8a08)) return true;
  // 池尻 計 with its counts is a subtotal; 御岳 計 beside an address and a date is a property so named
  return PART_TOTAL.test(name.trim()) && onlyCountsAfter(cells, label);
}

/**
 * Whether a row that says 合計 holds a record all the same: its 合計 is a summary's kept left of the list on the same
 * rows (`合計,3,,新宿駅前トイレ,東京都新宿区新宿3-38`), while the list's name and address cells (`recordAt`) hold a place's
 * words, neither a count nor a total. A totals row leaves them blank or puts its label or count there.
 */
export function holdsRecord(cells: readonly string[], recordAt: readonly number[]): boolean {
  if (recordAt.length === 0) return false;
  return recordAt.every((at) => {
    const cell = cells[at] ?? "";
    if (isBlankCell(cell)) return false;
    const text = cell.replace(/[\s\u3000]/g, "");
    return !TOTALS.has(text) && !PLACE_TOTAL.test(text) && !PART_TOTAL.test(text) && !COUNT.test(text) && !TOTAL_COUNT.test(text) && !RECORD_COUNT.test(text);
  });
}

/** A label that says how the figures changed, not where they were counted: 増減, 前月比, 対前年増減, 前月との差. */
const CHANGE = /^(?:対?前(?:月|年|年同月|年度末|月末|回)(?:比|差|増減|増減数|との差|との増減|からの増減|比較)|(?:人口)?増減(?:数)?|差引(?:増減)?)$/;

/** A row of changes under a table of areas (増減, 前月比 under the month's 計): its label cell, the area's, says so. */
export function isChangeRow(cells: readonly string[], label: number): boolean {
  const name = label < 0 ? undefined : cells[label];
  return name !== undefined && name.length <= 16 && CHANGE.test(name.replace(/[\s\u3000]/g, ""));
}

/** A figure as a sum row writes it under a count column: digits alone (3, 1,024, ３). */
const SUM_FIGURE = /^[0-9０-９][0-9０-９,，]*$/;

/**
 * A row of sums with no label under a list of places (a toilet list's `,,,,,3,3,`: an Excel =SUM row, or its CSV):
 * the name and address cells (`blank`) empty, and every filled cell a figure under one of the list's count columns
 * (`counts`). A record has a name or an address; a row with a word, a date or a figure under any other column is none.
 */
export function isUnlabelledSums(cells: readonly string[], blank: readonly number[], counts: ReadonlySet<number>): boolean {
  // most rows have their name: one cell read
  for (const at of blank) if (!isBlankCell(cells[at] ?? "")) return false;
  let filled = 0;
  for (let i = 0; i < cells.length; i++) {
    if (isBlankCell(cells[i])) continue;
    if (!counts.has(i) || !SUM_FIGURE.test(cells[i].trim())) return false;
    filled++;
  }
  return filled > 0;
}
