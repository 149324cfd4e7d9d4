// Population tables with one row per age (町丁名 | 年齢 | 男 | 女 | 計 with 0歳 … or 0～4歳 … rows, or 年齢 | 男 | 女 | 計
// for the whole ward): where a file gives the ages and the figures, and the header its rows fold under. The standard's
// record is one area with the ages as columns (Dataset.bands), so an area's rows are folded into one row (age-rows.ts)
// under a header the header mapping reads: the area's columns once, the file's 男 / 女 / 計 headers for the area's
// totals, and the standard's band columns (0-4歳の男性 … 85歳以上の女性) for the sums of the ages in each band.
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { ageRangeOf, bareAgeRangeOf } from "./age-bands.ts";
import { matchHeader } from "./header-match.ts";
import { type Issue, issue } from "./issues.ts";
import { plainWords } from "./normalize/text.ts";

/** The rows of a table by age that give the whole of an area (every age), and those of an unknown age. */
const WHOLE = new Set(["合計", "総数", "計", "総計", "男女計", "年齢計", "全年齢", "総人口"]);
const UNKNOWN = new Set(["不詳", "年齢不詳", "不明", "年齢不明"]);

/** What a cell of the age column says: an age or a band of ages, the whole, an unknown age, nothing, or anything else. */
export type AgeCell = { from: number; to: number | null } | "whole" | "unknown" | "blank" | "other";

/** `bare`: the column's header says it holds ages (ageHeader), so a number alone there is an age (`0`, `100以上`). */
export function ageCellOf(cell: string, bare = false): AgeCell {
  const word = plainWords(cell);
  if (word === "") return "blank";
  if (WHOLE.has(word)) return "whole";
  if (UNKNOWN.has(word)) return "unknown";
  return (bare ? bareAgeRangeOf(cell) : ageRangeOf(cell)) ?? "other";
}

/** A header that says its column holds ages (年齢, 年齢（各歳）, 各歳, 年齢階級, 年齢階層), under which ages may be written as numbers
 *  alone; 年齢不詳 or 平均年齢 name a figure, not the ages. */
const AGE_HEADER = /^(?:年齢|年令|各歳|歳)(?:別|区分|階級|階層)?(?:\(.*\))?$/;
export const isAgeHeader = (header: string): boolean => AGE_HEADER.test(plainWords(header));

/** Fewest age cells in the head that tell a column of ages (a column with a note of 65歳以上 on a row or two is none). */
const MIN_AGES = 3;
/** How many of the column's filled head cells at least are ages (the whole and the unknown age not counted). */
const AGE_SHARE = 0.8;

/** A column read by age: its figures are summed over each area's ages. */
export interface AgeSex {
  key: "male" | "female" | "total";
  /** the file's column */
  column: number;
  /** the name a kept column's header writes it with (年齢不詳_男) */
  name: string;
  /** the folded row's positions: the area's total, each band's sum (-1: no such column), the unknown age's */
  totalAt: number;
  bandsAt: readonly number[];
  unknownAt: number;
}

/** A column of one part of the population by age (日本人_男, 外国人_計: the dataset's breakdown parts beside the whole's
 *  男 / 女 / 計): no standard column, summed over the area's ages as its figures are and kept in extra under its header. */
export interface AgePart {
  column: number;
  /** its header, for the issues */
  name: string;
  /** its position in the folded row */
  at: number;
}

/** A table by age printed side by side: its header written `count` times across, `width` columns each (年齢 | 男 | 女 | 計
 *  three times, 0歳 … 34歳 on the left, 35歳 … 69歳 beside them, then 70歳 … and the 総数), read block by block. */
export interface AgeBlocks {
  width: number;
  count: number;
  /** the block's header as the issue shows it: 年齢｜男｜女｜計 */
  shown: string;
}

/** The blocks of a header that says the same words `count` times across (a blank column between them or not); null
 *  when it does not repeat. */
function blocksOf(header: readonly string[]): AgeBlocks | null {
  const words = header.map(plainWords);
  let filled = words.length;
  while (filled > 0 && words[filled - 1] === "") filled--;
  for (let width = 2; width * 2 <= filled + 1; width++) {
    const first = words.slice(0, width);
    if (first.filter((w) => w !== "").length < 2) continue;
    const count = Math.ceil(filled / width);
    let same = true;
    for (let at = width; at < count * width && same; at++) same = (words[at] ?? "") === first[at % width];
    if (same) return { width, count, shown: header.slice(0, width).map((h) => h.trim()).filter((h) => h !== "").join("｜") };
  }
  return null;
}

/** Whether each row's blocks name one area (or none): two areas side by side (本町一丁目's ages beside 本町二丁目's) are
 *  no one table read in turn, their rows would alternate between the areas. */
function oneAreaAcross(rows: ReadonlyArray<readonly string[]>, blocks: AgeBlocks, area: number): boolean {
  if (area < 0) return true;
  return rows.every((cells) => new Set(cellsByBlock(cells, blocks).map((b) => (b[area] ?? "").trim()).filter((name) => name !== "")).size <= 1);
}

/** The areas of the first row whose blocks name more than one, as the issue shows them: 本町一丁目、本町二丁目. */
function areasAcross(rows: ReadonlyArray<readonly string[]>, blocks: AgeBlocks, area: number): string {
  for (const cells of rows) {
    const names = [...new Set(cellsByBlock(cells, blocks).map((b) => (b[area] ?? "").trim()).filter((name) => name !== ""))];
    if (names.length > 1) return names.join("、");
  }
  return "";
}

/** A row's cells block by block, each as the first block's columns. */
export function cellsByBlock(cells: readonly string[], blocks: AgeBlocks): string[][] {
  return Array.from({ length: blocks.count }, (_, k) => Array.from({ length: blocks.width }, (_, j) => cells[k * blocks.width + j] ?? ""));
}

/** Where a file gives the ages, the figures and the area, and where each goes in the folded row. */
export interface AgeRowsLayout {
  age: number;
  /** the age column's header says it holds ages: a number alone there is an age (0, 1 … 100以上) */
  bareAges: boolean;
  /** the age column's header, for the issues */
  ageHeader: string;
  /** the first ages of the column, as the issues show them (0歳、1歳、2歳…) */
  shown: string;
  /** the area's column; -1 for a table of the whole municipality (its record is named after it) */
  area: number;
  /** the columns that with the area tell one area from another (丁目 beside 町名, 地区 beside 町丁名) */
  identity: readonly number[];
  /** per file column read once per area: [column, position in the folded row] (the area's and its identity's too) */
  once: ReadonlyArray<readonly [number, number]>;
  /** the position of the area's name in the folded row */
  areaAt: number;
  sexes: readonly AgeSex[];
  parts: readonly AgePart[];
  /** the standard's bands, in order: `to` null for the last (85歳以上) */
  bands: ReadonlyArray<{ from: number; to: number | null; name: string }>;
  header: string[];
  /** the table is printed side by side: each row's blocks are read in turn, as rows of the first block's columns */
  blocks?: AgeBlocks;
  /** the folded header's columns that no standard column takes, kept in extra (年齢不詳_男, 0-4歳_計): said by
   *  rows_by_age_folded, not each as an unknown header */
  kept: ReadonlySet<string>;
}

/** A table by age: folded, or refused (with the file-level error) when its rows cannot be folded into areas. */
export type AgeRowsFinding = { layout: AgeRowsLayout } | { refused: Issue };

/** The column whose head cells are ages, among the columns that name none of the dataset's; -1 when there is none. */
function ageColumnOf(header: readonly string[], keys: readonly (string | null)[], rows: ReadonlyArray<readonly string[]>): number {
  for (let c = 0; c < header.length; c++) {
    if (keys[c] !== null) continue;
    if (holdsAges(rows, c, isAgeHeader(header[c] ?? ""))) return c;
  }
  return -1;
}

/** Whether column `c` of the head rows is a column of ages: at least MIN_AGES of them, and AGE_SHARE of its filled cells
 *  (the whole and the unknown age not counted). `bare`: its header says ages, so numbers alone are ages. */
export function holdsAges(rows: ReadonlyArray<readonly string[]>, c: number, bare: boolean): boolean {
  let ages = 0;
  let filled = 0;
  for (const cells of rows) {
    const said = ageCellOf(cells[c] ?? "", bare);
    if (said === "blank" || said === "whole" || said === "unknown") continue;
    filled++;
    if (said !== "other") ages++;
  }
  return ages >= MIN_AGES && ages >= AGE_SHARE * filled;
}

/** The area's column: one of the key's own unit (町丁名) before one of a coarser unit (地区); -1 when none. */
function areaOf(matches: ReadonlyArray<ReturnType<typeof matchHeader>>, key: string): number {
  const own = matches.findIndex((m) => m?.key === key && m.yielding?.as !== "coarser");
  return own >= 0 ? own : matches.findIndex((m) => m?.key === key);
}

/** Whether column `c` says one thing (or nothing) on all the head rows of each area (a blank area cell is the area
 *  above's): a column that changes from age to age (構成比, 日本人) is a figure by age, which no standard column takes. */
function sameWithinAreas(rows: ReadonlyArray<readonly string[]>, areaColumns: readonly number[], c: number): boolean {
  const above = areaColumns.map(() => "");
  let key = "";
  let value = "";
  for (const cells of rows) {
    const next = areaColumns.map((a, k) => (above[k] = (cells[a] ?? "").trim() || above[k])).join("\t");
    if (next !== key) value = "";
    key = next;
    const cell = (cells[c] ?? "").trim();
    if (cell === "") continue;
    if (value !== "" && cell !== value) return false;
    value = cell;
  }
  return true;
}

const SEX_NAMES = { male: "男", female: "女", total: "計" } as const;
/** The columns a table of one row per age is folded into, one of which it must have. */
const SEX_KEYS = Object.keys(SEX_NAMES);

/** Whether a header names a part of the population's 男, 女 or 計 (日本人_男, 外国人（計）, 日本人住民の女: a part word of
 *  the dataset's breakdown, then a header of 男性, 女性 or 総人口). */
function isPartColumn(header: string, dataset: Dataset): boolean {
  const word = plainWords(header);
  const part = [...(dataset.breakdown?.parts ?? [])].map(plainWords).sort((a, b) => b.length - a.length).find((p) => word.startsWith(p));
  if (part === undefined) return false;
  const rest = word.slice(part.length).replace(/^[_の・]+/, "").replace(/^\((.*)\)$/, "$1");
  const key = rest === "" ? undefined : matchHeader(rest, dataset)?.key;
  return key === "male" || key === "female" || key === "total";
}

/**
 * A table with one row per age under `header` (a column whose values are ages, in a dataset whose ages are columns),
 * read from its first rows: null when it is none. It folds when it has a column of 男, 女 or 計 and each of its other
 * columns says one thing per area; else it is refused, naming why.
 */
export function findAgeRows(dataset: Dataset, header: readonly string[], rows: ReadonlyArray<readonly string[]>): AgeRowsFinding | null {
  const bands = dataset.bands;
  // a list of places whose capacity is counted by age (a nursery's 定員 over 0歳 … 5歳) has no sexes to fold a row per
  // age into: a column of ages there is each place's own (papamama's AgeS `1歳`, the youngest it takes)
  if (bands === undefined || !SEX_KEYS.some((key) => dataset.columnByKey.has(key))) return null;
  // printed side by side (年齢 | 男 | 女 | 計, again and again): the blocks are one table, read in turn
  const blocks = blocksOf(header);
  if (blocks !== null) {
    const inBlocks = findAgeRows(dataset, header.slice(0, blocks.width), rows.flatMap((cells) => cellsByBlock(cells, blocks)));
    if (inBlocks !== null && "layout" in inBlocks) {
      if (oneAreaAcross(rows, blocks, inBlocks.layout.area)) return { layout: { ...inBlocks.layout, blocks } };
      // tables of two areas side by side (本町一丁目 | 本町二丁目): read across, a row holds two areas' ages, and the
      // fold, which reads a file row by row, cannot take one table whole before the next; named as such, not as a
      // second 男 column
      return { refused: issue("rows_by_age_tables_side_by_side", { field: inBlocks.layout.ageHeader, value: String(blocks.count),
        detail: `${blocks.shown}：${areasAcross(rows, blocks, inBlocks.layout.area)}` }) };
    }
  }
  const matches = header.map((h) => (h.trim() === "" ? null : matchHeader(h, dataset)));
  const keys = matches.map((m) => m?.key ?? null);
  const age = ageColumnOf(header, keys, rows);
  if (age < 0) return null;
  const ageHeader = header[age].trim();
  const bareAges = isAgeHeader(ageHeader);
  const shownAges = [...new Set(rows.map((cells) => (cells[age] ?? "").trim()).filter((cell) => typeof ageCellOf(cell, bareAges) === "object"))];
  const shown = shownAges.slice(0, 3).join("、") + (shownAges.length > 3 ? "…" : "");
  const refuse = (detail?: string): AgeRowsFinding => ({ refused: issue("rows_by_age", { field: ageHeader, value: shown, ...(detail === undefined ? {} : { detail }) }) });
  const areaKey = dataset.sexRows?.key ?? "area_name";
  const area = areaOf(matches, areaKey);
  const parts = new Set((dataset.subdivision?.headers ?? []).map(plainWords));
  const identity = header.flatMap((cell, c) => (c !== area && c !== age && ((keys[c] === areaKey) || (cell.trim() !== "" && parts.has(plainWords(cell)))) ? [c] : []));
  const sexColumns: Array<{ key: AgeSex["key"]; column: number }> = [];
  for (const key of ["male", "female", "total"] as const) {
    const columns = keys.flatMap((k, c) => (k === key ? [c] : []));
    // two columns of one figure (日本人の男 and 男 both 男性): which one the area's is, the fold cannot tell
    if (columns.length > 1) return refuse(header[columns[1]].trim());
    if (columns.length === 1) sexColumns.push({ key, column: columns[0] });
  }
  if (sexColumns.length === 0) return refuse();
  const bySex = new Set(sexColumns.map((s) => s.column));
  const areaColumns = area >= 0 ? [area, ...identity] : identity;
  // 日本人_男 … beside the whole's 男: summed as the whole's figures are, when the whole's are there to be the record's
  const partColumns = header.flatMap((cell, c) => (keys[c] === null && !areaColumns.includes(c) && c !== age && isPartColumn(cell, dataset) ? [c] : []));
  const byPart = new Set(partColumns);
  const once = header.flatMap((_, c) => (c === age || bySex.has(c) || byPart.has(c) ? [] : [c]));
  // a column of its own figure by age (構成比, 日本人 | 外国人) has no place in the area's record
  const byAge = once.find((c) => keys[c] === null && !areaColumns.includes(c) && !sameWithinAreas(rows, areaColumns, c));
  if (byAge !== undefined) return refuse(header[byAge].trim());
  return { layout: foldedLayout(dataset, header, { age, bareAges, ageHeader, shown, area, identity, once, sexColumns, partColumns }) };
}

function foldedLayout(dataset: Dataset, header: readonly string[], found: { age: number; bareAges: boolean; ageHeader: string; shown: string;
  area: number; identity: number[]; once: number[]; sexColumns: ReadonlyArray<{ key: AgeSex["key"]; column: number }>; partColumns: readonly number[] }): AgeRowsLayout {
  const { age, bareAges, ageHeader, shown, area, identity, once, sexColumns, partColumns } = found;
  const folded: string[] = [];
  // a table of the whole municipality has no area column: its record's name stands first
  const areaAt = area >= 0 ? -1 : folded.push(dataset.columnByKey.get(dataset.sexRows?.key ?? "area_name")?.ja ?? "地域名") - 1;
  const onceAt = once.map((c) => [c, folded.push(header[c]) - 1] as const);
  const bandList = [...new Map((dataset.bands?.columns ?? []).map((b) => [`${b.from}-${b.to}`, { from: b.from, to: b.to }])).values()];
  const bandName = (b: { from: number; to: number | null }) => (b.to === null ? `${b.from}歳以上` : `${b.from}-${b.to}歳`);
  const standard = (key: string, from: number, to: number | null) =>
    dataset.bands?.columns.find((b) => b.group === key && b.from === from && b.to === to)?.key;
  const sexes: AgeSex[] = sexColumns.map(({ key, column }) => ({ key, column, name: SEX_NAMES[key], totalAt: folded.push(header[column]) - 1, bandsAt: [], unknownAt: -1 }));
  // the bands of 男 and 女 are the standard's columns; those of 計 are kept (in extra) only when a sex is not given
  const bothSexes = sexes.some((s) => s.key === "male") && sexes.some((s) => s.key === "female");
  for (const s of sexes) {
    if (s.key === "total" && bothSexes) continue;
    s.bandsAt = bandList.map((b) => {
      const key = standard(s.key, b.from, b.to);
      const name = key === undefined ? `${bandName(b)}_${s.name}` : columnJa(dataset, key);
      return folded.push(name) - 1;
    });
  }
  for (const s of sexes) s.unknownAt = folded.push(`年齢不詳_${s.name}`) - 1;
  const parts = partColumns.map((column) => ({ column, name: header[column].trim(), at: folded.push(header[column]) - 1 }));
  return {
    age, bareAges, ageHeader, shown, area, identity, once: onceAt, areaAt: area >= 0 ? (onceAt.find(([c]) => c === area)?.[1] ?? -1) : areaAt, sexes, parts,
    bands: bandList.map((b) => ({ ...b, name: bandName(b) })), header: folded,
    kept: new Set(sexes.flatMap((s) => [s.unknownAt, ...(s.key === "total" ? s.bandsAt : [])].map((at) => folded[at]))),
  };
}
