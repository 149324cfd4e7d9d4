// Population tables with the sex in rows (Dataset.sexRows): where a file gives the area and the sex, and how its
// header folds: an area over three rows, 阿佐谷北一丁目 | 男, | 女, | 計, each with 総数 and the age bands, read under a
// header joined as a header over two rows is (split-header.ts joinRows: 総数 over 男 → 男, 0～4歳 over 女 → 0～4歳_女).
// The rows themselves are folded by sex-rows.ts.
import type { Dataset } from "../schemas/dataset.ts";
import { isAgeHeader } from "./age-rows-layout.ts";
import { matchHeader } from "./header-match.ts";
import { scoreHeader } from "./headers.ts";
import { plainWords } from "./normalize/text.ts";
import { joinRows } from "./split-header.ts";

export type Sex = NonNullable<Dataset["sexRows"]>["sexes"][number];

/** Where a file gives the area and the sex, and where each of its columns goes in the folded row. */
export interface SexRowsLayout {
  area: number;
  sex: number;
  /** the sex column's header, for the issues */
  sexHeader: string;
  /** the sexes the file has rows of, in the dataset's order (計 only when its rows are there) */
  sexes: readonly Sex[];
  /** per file column: its positions in the folded row, one per sex for a column read by sex, one for a column of the
   *  area (世帯数, 地域コード), none for the sex column */
  slots: ReadonlyArray<readonly number[]>;
  /** the folded header: one cell per position of the folded row */
  header: string[];
  /** the rows come in blocks, one per sex (every area's 男 row, then every area's 女 row …), not area by area */
  blocks: boolean;
  /** the columns that with the area tell one area from another (丁目 beside 町名, 地区 or 出張所 beside 町丁名): read
   *  once per area, and in blocks part of its key */
  identity: readonly number[];
}

export function sexOf(cell: string, sexes: readonly Sex[]): Sex | undefined {
  const word = plainWords(cell);
  return word === "" ? undefined : sexes.find((s) => s.words.includes(word));
}

/** At least this share of the rows under the header that say something in the sex column must say a sex. */
const SEX_SHARE = 2 / 3;

/**
 * The layout of a header whose rows give the sex in a column (性別, 男女別, 区分 …): null unless the header has the
 * dataset's key (地区) and such a column, the rows under it say 男 and 女 there (most of them a sex), and the folded
 * header maps more columns than the header does (a table with 男 and 女 columns of its own is no such table).
 */
export function sexRowsOf(dataset: Dataset, header: readonly string[], rows: ReadonlyArray<readonly string[]>): SexRowsLayout | null {
  const spec = dataset.sexRows;
  if (spec === undefined) return null;
  const headers = new Set(spec.headers.map(plainWords));
  // each column headed as one may be the sex's: 区分 of 日本人 / 外国人 / 計 beside 性別 is not
  for (let sex = 0; sex < header.length; sex++) {
    if (!headers.has(plainWords(header[sex] ?? ""))) continue;
    const layout = sexRowsAt(dataset, header, rows, sex);
    if (layout !== null) return layout;
  }
  return null;
}

/** The layout of a header whose column `sex` gives the sex (sexRowsOf), or null when its rows do not say it there. */
function sexRowsAt(dataset: Dataset, header: readonly string[], rows: ReadonlyArray<readonly string[]>, sex: number): SexRowsLayout | null {
  const spec = dataset.sexRows;
  if (spec === undefined) return null;
  const area = areaOf(dataset, header, spec.key);
  if (area < 0) return null;
  let said = 0;
  const seen = new Set<Sex>();
  for (const cells of rows) {
    if ((cells[sex] ?? "").trim() === "") continue;
    said++;
    const found = sexOf(cells[sex], spec.sexes);
    if (found !== undefined) seen.add(found);
  }
  // in blocks, the head may show the first block only: which blocks follow is settled by reading on (readBlocks)
  const named = identityOf(dataset, header, area, sex);
  const labels = labelsOf(dataset, header, rows, [area, sex, ...named], spec.sexes, sex);
  let identity = [...named, ...labels].sort((a, b) => a - b);
  const blocks = inBlocks(rows, [area, ...identity], sex, spec.sexes);
  // area by area, a label that changes within an area's rows is no label of it: read by sex (a list of homes by 性別
  // is then no table of figures)
  if (!blocks) identity = identity.filter((c) => !labels.includes(c) || sameWithinAreas(rows, area, c, sex, spec.sexes));
  if ((!blocks && spec.sexes.some((s) => s.required && !seen.has(s))) || [...seen].length === 0) return null;
  const sexRows = rows.filter((cells) => sexOf(cells[sex] ?? "", spec.sexes) !== undefined).length;
  if (sexRows < said * SEX_SHARE) return null;
  const sexes = spec.sexes.filter((s) => s.required || seen.has(s));
  const layout = foldHeader(dataset, header, area, sex, sexes, blocks, identity);
  if (!foldsCounts(layout, rows) || mapsTwice(layout.header, dataset)) return null;
  return scoreHeader(layout.header, dataset).mapped > scoreHeader(header, dataset).mapped ? layout : null;
}

/** Whether the rows give the sexes in blocks rather than area by area: more steps from one row of a sex to the next go
 *  to the same sex of another area (阿佐谷北一丁目 男 → 阿佐谷北二丁目 男) than to another sex of the same area. */
function inBlocks(rows: ReadonlyArray<readonly string[]>, areaColumns: readonly number[], sex: number, sexes: readonly Sex[]): boolean {
  let toOtherArea = 0;
  let toOtherSex = 0;
  let last: { name: string; sex: Sex } | null = null;
  // a blank cell of the area's columns is the row above's (the area written on its first row only)
  const above = areaColumns.map(() => "");
  for (const cells of rows) {
    const found = sexOf(cells[sex] ?? "", sexes);
    if (found === undefined) continue;
    const name = areaColumns.map((c, k) => (above[k] = (cells[c] ?? "").trim() || above[k])).join("\t");
    if (last !== null && found === last.sex && name !== last.name) toOtherArea++;
    if (last !== null && found !== last.sex && name === last.name) toOtherSex++;
    last = { name, sex: found };
  }
  return toOtherArea > toOtherSex;
}

/** The column of the area: one of the key's own unit (町丁名) before one of a coarser unit (地区). */
function areaOf(dataset: Dataset, header: readonly string[], key: string): number {
  const matches = header.map((h) => (h.trim() === "" ? null : matchHeader(h, dataset)));
  const own = matches.findIndex((m) => m?.key === key && m.yielding?.as !== "coarser");
  return own >= 0 ? own : matches.findIndex((m) => m?.key === key);
}

/** Text columns that name no column of the dataset (出張所, 地域センター beside 町丁名): labels of the area, read once,
 *  not by sex. A column of counts is read by sex; a column of ages (年齢) is a label even of numbers alone (0, 1 …): a
 *  row's age, which the age fold reads next (age-rows.ts). */
function labelsOf(dataset: Dataset, header: readonly string[], rows: ReadonlyArray<readonly string[]>, taken: readonly number[],
  sexes: readonly Sex[], sex: number): number[] {
  return header.flatMap((cell, c) => {
    if (taken.includes(c) || !readBySex(dataset, cell) || matchHeader(cell, dataset) !== null) return [];
    const text = isAgeHeader(cell) || rows.some((cells) => sexOf(cells[sex] ?? "", sexes) !== undefined && !COUNT_OR_NOTHING.test(plainWords(cells[c] ?? "")));
    return text ? [c] : [];
  });
}

/** Whether column `c` says one thing (or nothing) on all the rows of each area, area by area (a blank area cell is
 *  the area above's). */
function sameWithinAreas(rows: ReadonlyArray<readonly string[]>, area: number, c: number, sex: number, sexes: readonly Sex[]): boolean {
  let name = "";
  let value = "";
  const seen = new Set<Sex>();
  for (const cells of rows) {
    const found = sexOf(cells[sex] ?? "", sexes);
    if (found === undefined) continue;
    const named = (cells[area] ?? "").trim();
    // another area: named otherwise, or a second row of a sex (an area named as the one before)
    if ((named !== "" && named !== name) || seen.has(found)) {
      name = named || name;
      value = "";
      seen.clear();
    }
    seen.add(found);
    const cell = (cells[c] ?? "").trim();
    if (cell === "") continue;
    if (value !== "" && cell !== value) return false;
    value = cell;
  }
  return true;
}

/** Whether every column read by sex holds counts in the rows (or nothing): a list of homes with 性別 | 事業所名 | 所在地
 *  | 定員 is no table of figures by sex. */
function foldsCounts(layout: SexRowsLayout, rows: ReadonlyArray<readonly string[]>): boolean {
  const bySex = layout.slots.flatMap((slots, c) => (slots.length > 1 ? [c] : []));
  return bySex.every((c) => rows.every((cells) => COUNT_OR_NOTHING.test(plainWords(cells[c] ?? ""))));
}
const COUNT_OR_NOTHING = /^(?:[\d,.]*|[-－―‐x＊*…]|)$/;

/** Whether two columns of the folded header give one column (日本人 over 男 and 計 over 男 both 男性: a table of
 *  nationalities by sex, whose total is the 計's, which the fold cannot tell). */
export function mapsTwice(header: readonly string[], dataset: Dataset): boolean {
  // the area's columns (地区 beside 町丁名) are read once: the header mapping picks one
  const area = dataset.sexRows?.key;
  const keys = header.flatMap((cell) => { const key = cell.trim() === "" ? undefined : matchHeader(cell, dataset)?.key; return key === undefined || key === area ? [] : [key]; });
  return new Set(keys).size < keys.length;
}

/** Which columns are read by sex: those that name no column of the dataset (0～4歳, 0歳) or a total (総数, 人口); the
 *  others (世帯数, 地域コード, 丁目) are the area's, once. */
function readBySex(dataset: Dataset, headerCell: string): boolean {
  if (headerCell.trim() === "") return false;
  const key = matchHeader(headerCell, dataset)?.key;
  if (key === undefined) return !(dataset.subdivision?.headers ?? []).some((h) => plainWords(h) === plainWords(headerCell));
  return (dataset.sums ?? []).some((s) => s.total === key);
}

/** The columns that with the area name tell one area from another by their header: 丁目 beside 町名, and another
 *  name of the area (地区 beside 町丁名). */
function identityOf(dataset: Dataset, header: readonly string[], area: number, sex: number): number[] {
  const parts = new Set((dataset.subdivision?.headers ?? []).map(plainWords));
  const key = dataset.sexRows?.key;
  return header.flatMap((cell, c) => (c !== area && c !== sex && cell.trim() !== "" && (parts.has(plainWords(cell)) || matchHeader(cell, dataset)?.key === key) ? [c] : []));
}

export function foldHeader(dataset: Dataset, header: readonly string[], area: number, sex: number, sexes: readonly Sex[], blocks: boolean,
  identity: readonly number[]): SexRowsLayout {
  const upper: string[] = [];
  const lower: string[] = [];
  const slots: number[][] = header.map((cell, c) => {
    if (c === sex) return [];
    if (c === area || identity.includes(c) || !readBySex(dataset, cell)) {
      upper.push(cell);
      lower.push("");
      return [upper.length - 1];
    }
    return sexes.map((s, k) => {
      upper.push(k === 0 ? cell : "");
      lower.push(s.name);
      return upper.length - 1;
    });
  });
  return { area, sex, sexHeader: header[sex].trim(), sexes, slots, header: joinRows(upper, lower, [dataset]).cells, blocks, identity };
}

/** The header among the first records whose rows give the sex (sexRowsOf), for the first dataset that reads it so. */
export function findSexRows(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): FoundSexRows | null {
  for (const dataset of datasets) {
    const headers = new Set((dataset.sexRows?.headers ?? []).map(plainWords));
    if (headers.size === 0) continue;
    for (let at = 0; at + 1 < records.length; at++) {
      if (!records[at].some((cell) => headers.has(plainWords(cell)))) continue;
      const layout = sexRowsOf(dataset, records[at], records.slice(at + 1));
      if (layout !== null) return { at, dataset, layout };
    }
  }
  return null;
}

/** A header whose rows give the sex, found among the first records. */
export interface FoundSexRows {
  at: number;
  dataset: Dataset;
  layout: SexRowsLayout;
}
