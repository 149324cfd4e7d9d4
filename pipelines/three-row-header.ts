// A header written over three rows, as lists made in Excel often have it: 診療時間 merged over the day columns, each day
// (月, 火 …) merged over its sessions (午前 | 午後), and beside it 病床数 merged over 一般 | 療養 | 計, its third row blank.
// Read as the two rows it stands for, so that it reads as the same list with a header over two rows does: a column
// named in all three rows by its lower two (月 over 午前: the top name only says what the days hold), a column named in
// the upper two by those (病床数 over 一般), a column named once (名称, merged down or blank below) by that name.
import type { Dataset } from "../schemas/dataset.ts";
import { mapHeaders, scoreHeader } from "./headers.ts";
import { plainWords } from "./normalize/text.ts";
import { isBlankCell, isBlankRow } from "./rows.ts";
import { hasRepeatedNames, holdsData, isNoteAbove, joinRows, mostlyNumbers, searchSplitHeader, type SplitHeader, underMergedCells }
  from "./split-header.ts";

const textAt = (row: readonly string[], c: number): string => (isBlankCell(row[c] ?? "") ? "" : (row[c] ?? "").trim());
const sameName = (a: string, b: string) => a !== "" && plainWords(a) === plainWords(b);

/** A column of the three header rows: the top row's name over it (its merged cell's, carried right while the rows
 *  below name columns), and its own names below, each said once. */
interface ColumnNames { top: string; middle: string; bottom: string; split: boolean }

function namesOfColumns(top: readonly string[], middle: readonly string[], bottom: readonly string[]): ColumnNames[] {
  const width = Math.max(top.length, middle.length, bottom.length);
  const out: ColumnNames[] = [];
  let topName = "";
  for (let c = 0; c < width; c++) {
    const t = textAt(top, c);
    const writtenMiddle = textAt(middle, c);
    const m = sameName(writtenMiddle, t) ? "" : writtenMiddle;
    const b = sameName(textAt(bottom, c), writtenMiddle) || sameName(textAt(bottom, c), t) ? "" : textAt(bottom, c);
    if (t !== "") topName = t;
    else if (m === "" && b === "") topName = "";
    // named in all three rows: 月 over 午前, or 午後 under 月 merged over two columns
    const split = b !== "" && (m !== "" || (out[c - 1]?.split === true && t === ""));
    out.push({ top: topName, middle: m, bottom: b, split });
  }
  return out;
}

/**
 * The three header rows as two (upper over lower), as joinRows reads them; null when no column is named in all three
 * rows under a name of the top row (the rows are then no header over three rows). A name merged down, which a workbook
 * gives to each row it covers (名称 over 名称 over 名称), is said once. In a top group whose columns are split (診療時間
 * over days over sessions), a column named in the middle row only (土, no sessions) is that name alone, as the two-row
 * form writes a day merged down beside 月 over 午前 | 午後.
 */
export function threeRowsAsTwo(top: readonly string[], middle: readonly string[], bottom: readonly string[]): ThreeRowsAsTwo | null {
  const columns = namesOfColumns(top, middle, bottom);
  /** the top groups with a split column: their other columns are named by the lower rows alone */
  const splitGroups = new Set(columns.filter((col) => col.split && col.top !== "").map((col) => col.top));
  if (splitGroups.size === 0) return null;
  const upper: string[] = [];
  const lower: string[] = [];
  const tops = new Map<string, string[]>();
  const laterTop: Array<string | undefined> = [];
  /** the middle row's name over a split column, carried right over its merged cell */
  let middleName = "";
  columns.forEach((col, c) => {
    laterTop.push(undefined);
    if (col.split) {
      upper.push(col.middle);
      lower.push(col.bottom);
      if (col.middle !== "") middleName = col.middle;
      // a note over the columns (令和6年4月1日現在) is no top of theirs: the file's as-of date (table.ts)
      if (col.top === "" || isNoteAbove(col.top)) return;
      const pair = `${middleName} + ${col.bottom}`;
      const before = tops.get(pair) ?? [];
      if (before.length > 0 && !before.includes(col.top)) laterTop[c] = col.top;
      tops.set(pair, [...before, col.top]);
    } else if (col.top !== "" && splitGroups.has(col.top)) {
      upper.push(col.middle !== "" ? col.middle : col.bottom);
      lower.push("");
    } else {
      upper.push(textAt(top, c));
      lower.push(col.middle !== "" ? col.middle : col.bottom);
    }
  });
  return { upper, lower, tops, laterTop };
}

/** Three header rows as two, and the top row's name over each pair of names read from the lower two. */
interface ThreeRowsAsTwo {
  upper: string[];
  lower: string[];
  /** `月 + 午前` → 診療時間: said in the report's joined names (診療時間 + 月 + 午前 → 月_午前); one top per time the pair
   *  is read, in file order (平日 + 開始 under 診療時間, then under 受付時間) */
  tops: ReadonlyMap<string, readonly string[]>;
  /** per column, the top of a split column whose pair of names a column under an earlier top has too (受付時間 over
   *  平日 over 開始, right of 診療時間 over the same): the lower two alone would name it as that column again */
  laterTop: ReadonlyArray<string | undefined>;
}

/** The joined names with a later top's name before its columns' (受付時間 + 平日 + 開始 → 受付時間_平日_開始): kept
 *  under it, not read as the earlier top's hours again. */
const withLaterTops = (cells: readonly string[], laterTop: ReadonlyArray<string | undefined>) =>
  cells.map((cell, c) => (laterTop[c] === undefined ? cell : `${laterTop[c]}_${cell}`));

/** The report's joined names with the top row's name before the two read (診療時間 + 月 + 午前 → 月_午前), and a later
 *  top's name before the name it gives (受付時間 + 平日 + 開始 → 受付時間_平日_開始, withLaterTops). */
function withTops(joined: readonly string[], tops: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Map<string, number>();
  return joined.map((said) => {
    const [pair, name] = said.split(" → ");
    const nth = seen.get(pair) ?? 0;
    seen.set(pair, nth + 1);
    const all = tops.get(pair) ?? [];
    const top = all[nth];
    if (top === undefined) return said;
    const before = all.slice(0, nth);
    return before.length > 0 && !before.includes(top) ? `${top} + ${pair} → ${top}_${name}` : `${top} + ${said}`;
  });
}

/** The columns scoreHeader maps, the columns mapHeaders reads from names no single match gives (平日_開始 is the
 *  weekday's 開始時間, 土曜_開始 the rest of the hours), and the columns a header's names give as their parts (診療曜日 by
 *  月_午前 | 月_午後 …, 病床数 by 病床数_一般 | 病床数_療養): the measure the three rows and the pair of the lower two are
 *  weighed by. A fuzzy match is no measure, as scoreHeader counts none. */
function mappedWithParts(cells: readonly string[], dataset: Dataset): number {
  const { header, plan } = mapHeaders(cells, dataset);
  const read = header.flatMap((h) => (h.field !== null && h.method !== "fuzzy" ? [h.field] : []));
  const fromParts = plan.derived.filter((d) => d.parts.length >= 2);
  return new Set([...scoreHeader(cells, dataset).keys, ...read, ...fromParts.map((d) => d.key)]).size;
}

/** How many cells of a row are filled: a title (医療機関一覧) fills one, a top header row two at least. */
const filledCount = (row: readonly string[]) => row.filter((cell) => !isBlankCell(cell)).length;

/** Whether a joined header names a column of values the other leaves blank (連絡先 named in the top row only, over a
 *  CSV's empty cells below it, where the lower two rows alone give no name); a title's cell over no values is none. */
const namesBlankOf = (cells: readonly string[], other: readonly string[], below: ReadonlyArray<readonly string[]>) =>
  cells.some((cell, c) => !isBlankCell(cell) && isBlankCell(other[c] ?? "") && below.some((row) => !isBlankCell(row[c] ?? "")));

/** Whether the top row only adds the names of its split groups to the lower two: each of its cells a name merged down
 *  (名称 over 名称, as a workbook gives a cell merged over the three rows) or a group's name over split columns
 *  (診療時間 over 平日 over 開始 | 終了). Read alone, the lower two would leave it a title; a title's cell (北区 医療機関一覧
 *  over 名称, 作成：北区保健所 over 計) is neither. */
function onlyGroupsAbove(top: readonly string[], middle: readonly string[], bottom: readonly string[]): boolean {
  const columns = namesOfColumns(top, middle, bottom);
  return columns.some((col) => col.split) && top.every((cell, c) => textAt(top, c) === "" || sameName(cell.trim(), textAt(middle, c)) || columns[c].split);
}

/**
 * Three adjacent rows among the first records that, read as two (threeRowsAsTwo) and joined, map more columns of a
 * dataset than `bar`: any single row or any pair of rows does. The bottom row names only parts of the middle row's
 * merged cells, as a lower header row does, where a data row would fill the columns named alone. As many as the pair
 * of the lower two (`pair`) is enough when the top row names a column the pair leaves blank, or names only the groups of
 * the columns the pair reads (onlyGroupsAbove).
 */
export function findThreeRowHeader(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[], bar: number,
  pair: SplitHeader | null = null): SplitHeader | null {
  let best: SplitHeader | null = null;
  for (let i = 0; i + 2 < records.length; i++) {
    const rows = records.slice(i, i + 3);
    if (rows.some((row) => isBlankRow(row) || holdsData(row)) || filledCount(rows[0]) < 2 || mostlyNumbers(rows[1]) || mostlyNumbers(rows[2])) continue;
    const two = threeRowsAsTwo(rows[0], rows[1], rows[2]);
    if (two === null || !underMergedCells(two.upper, two.lower)) continue;
    for (const dataset of datasets) {
      const { cells: joinedCells, joined } = joinRows(two.upper, two.lower, [dataset]);
      const cells = withLaterTops(joinedCells, two.laterTop);
      // the pair of the lower two weighed as the three rows are: the same names give as many columns
      const lowerTwo = pair !== null && pair.upper === i + 1 ? pair : null;
      const beat = Math.max(bar, lowerTwo === null ? 0 : mappedWithParts(lowerTwo.cells, dataset));
      const mapped = mappedWithParts(cells, dataset);
      const tie = best === null && mapped === beat && lowerTwo !== null
        && (namesBlankOf(cells, lowerTwo.cells, records.slice(i + 3)) || onlyGroupsAbove(rows[0], rows[1], rows[2]));
      if (mapped > beat || tie) {
        best = { upper: i, lower: i + 2, cells, joined: withTops(joined, two.tops) };
        bar = mapped;
      }
    }
  }
  return best;
}

/**
 * The header over two rows (`pair`) with the row under it, when that row is a third header row: it names, again and
 * again, parts of the lower row's merged cells only (人口 over 男 | 女 | 計, each over 日本人 | 外国人), blank under the
 * names that stand alone, and holds no data. Left under the pair it would be read as a record (日本人 in every count)
 * and the pair's 人口_男 as the men of all, where it holds the 日本人 only; read in the header, its columns keep their
 * three names (男_日本人) and no column is taken for what it is not. Null when the row is no such row.
 */
function thirdRowUnder(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[], pair: SplitHeader): SplitHeader | null {
  const rows = records.slice(pair.upper, pair.upper + 3);
  if (pair.lower !== pair.upper + 1 || rows.length < 3) return null;
  const third = rows[2];
  if (isBlankRow(third) || holdsData(third) || mostlyNumbers(third) || !hasRepeatedNames(third)) return null;
  const two = threeRowsAsTwo(rows[0], rows[1], rows[2]);
  if (two === null || !underMergedCells(two.upper, two.lower)) return null;
  let best: { header: SplitHeader; mapped: number } | null = null;
  for (const dataset of datasets) {
    const { cells: joinedCells, joined } = joinRows(two.upper, two.lower, [dataset]);
    const cells = withLaterTops(joinedCells, two.laterTop);
    const mapped = mappedWithParts(cells, dataset);
    if (best === null || mapped > best.mapped) best = { header: { upper: pair.upper, lower: pair.upper + 2, cells, joined: withTops(joined, two.tops) }, mapped };
  }
  return best?.header ?? null;
}

/** The header written over several rows among the first records: over three rows when that maps more columns than any
 *  row or pair of rows does, or when the row under the pair is a third header row (thirdRowUnder), else over two
 *  (findSplitHeader); null for the usual one-row header. */
export function findHeaderRows(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): SplitHeader | null {
  const { best, bar } = searchSplitHeader(records, datasets);
  return findThreeRowHeader(records, datasets, bar, best) ?? (best === null ? null : thirdRowUnder(records, datasets, best)) ?? best;
}
