// Population tables with the areas as column groups: one row per age, each area's figures in columns of its own
// (年齢 | 本町一丁目 男 | 本町一丁目 女 | 本町一丁目 計 | 本町二丁目 男 …, or a row above the header naming each area over
// its 男 | 女 | 計, merged or written once). Read as they stand, no column is an area, a sex or a total, and every row
// was invalid. Each row is cut into one row per area (地域名 | 年齢 | 男 | 女 | 計) and the table's rows are handed on
// area by area, so that the age fold (age-rows.ts) reads them as a table by age per 町丁 and makes each area's record.
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { ageCellOf, holdsAges, isAgeHeader } from "./age-rows-layout.ts";
import { matchHeader } from "./header-match.ts";
import { type Issue, issue } from "./issues.ts";
import { plainWords } from "./normalize/text.ts";
import type { ParsedRecord } from "./parse.ts";
import type { FoldedRow, RowFolder } from "./row-fold.ts";
import { isBlankRow } from "./rows.ts";
import { type Sex, sexOf } from "./sex-rows-layout.ts";

/** An area's columns: its name as the header writes it, its column of each of the layout's sexes (-1: none), and
 *  each such column's header as the issues name it (本町一丁目 男; 本町一丁目 over 男 is named so too). */
export interface AcrossArea {
  name: string;
  columns: readonly number[];
  headers: readonly string[];
}

/** Where a table of areas across gives the ages and each area's figures. */
export interface AreasAcrossLayout {
  /** the header row (the lower one, of 男 | 女 | 計, when the areas are named in the row above) */
  at: number;
  /** the row above naming the areas; -1 when each header cell names its area */
  upper: number;
  /** the age column */
  age: number;
  /** the sexes the areas give, in the dataset's order */
  sexes: readonly Sex[];
  areas: readonly AcrossArea[];
  /** the header of the rows cut per area: 地域名 | the age column's header | 男 | 女 | 計 */
  header: string[];
}

/** What may stand between an area's name and its sex in one header cell (本町一丁目 男, 本町一丁目_男, 本町一丁目・男). */
const JOIN = /[\s_・:：/／-]+$/;

const WORDS = new WeakMap<readonly Sex[], ReadonlyArray<{ w: string; s: Sex }>>();
/** The sexes' words, the longest first: 男女計 before 計, 男性 before 男 (made once per dataset). */
function wordsOf(sexes: readonly Sex[]): ReadonlyArray<{ w: string; s: Sex }> {
  let words = WORDS.get(sexes);
  if (words === undefined) {
    words = sexes.flatMap((s) => s.words.map((w) => ({ w: w.normalize("NFKC"), s }))).sort((a, b) => b.w.length - a.w.length);
    WORDS.set(sexes, words);
  }
  return words;
}

/** The area and the sex of a header cell that names both: `本町一丁目 男`, `本町一丁目（女）`, `本町一丁目男性`; null when it
 *  names no sex after a name. */
function areaAndSex(cell: string, sexes: readonly Sex[]): { area: string; sex: Sex } | null {
  const text = cell.normalize("NFKC").trim();
  const bracketed = /^(.*?)\s*[(（［[]\s*([^()（）［］[\]]+?)\s*[)）］\]]$/.exec(text);
  if (bracketed !== null) {
    const sex = sexOf(bracketed[2], sexes);
    return sex === undefined || bracketed[1].trim() === "" ? null : { area: bracketed[1].trim(), sex };
  }
  for (const { w, s } of wordsOf(sexes)) {
    if (!text.endsWith(w)) continue;
    const area = text.slice(0, text.length - w.length).replace(JOIN, "").trim();
    return area === "" ? null : { area, sex: s };
  }
  return null;
}

/** Whether a group's name is the whole municipality's (総数, 合計, 全域 over 男 | 女 | 計 beside the areas'). */
function namesWhole(name: string, dataset: Dataset): boolean {
  const word = plainWords(name);
  return [...(dataset.breakdown?.whole ?? []), ...(dataset.subtotals?.wholes ?? [])].some((w) => plainWords(w) === word);
}

/** Whether a name before a sex names an area (or the whole's, namesWhole), not a figure of the dataset's (人口 男,
 *  日本人 男, 0～4歳 男, 年齢不詳 男). */
function namesArea(name: string, dataset: Dataset): boolean {
  const word = plainWords(name);
  if (namesWhole(name, dataset)) return true;
  if (ageCellOf(name, true) !== "other") return false;
  if ((dataset.breakdown?.parts ?? []).some((p) => word.startsWith(plainWords(p)))) return false;
  return matchHeader(name, dataset) === null;
}


/** The column of the header whose rows are ages (a header of ages, 年齢, or none: a blank cell over 0～4歳 …). */
function ageColumn(header: readonly string[], rows: ReadonlyArray<readonly string[]>, taken: ReadonlySet<number>): number {
  for (let c = 0; c < header.length; c++) {
    if (taken.has(c)) continue;
    const bare = isAgeHeader(header[c] ?? "");
    if (!bare && (header[c] ?? "").trim() !== "") continue;
    if (holdsAges(rows, c, bare)) return c;
  }
  return -1;
}

/** The areas of a header row whose every other cell names an area and a sex (or is blank); `upper`, the row above:
 *  its cells name the areas over the header's sexes (a blank one, merged, the area to its left). */
function areasOf(header: readonly string[], upper: readonly string[] | null, age: number, sexes: readonly Sex[], dataset: Dataset): AcrossArea[] | null {
  const found: Array<{ area: string; sex: Sex; column: number; shown: string }> = [];
  let left = "";
  for (let c = 0; c < header.length; c++) {
    if (c === age) continue;
    const cell = (header[c] ?? "").trim();
    if (upper !== null) {
      const above = (upper[c] ?? "").trim();
      if (above !== "") left = above;
      if (cell === "") continue;
      const sex = sexOf(cell, sexes);
      if (sex === undefined || left === "" || !namesArea(left, dataset)) return null;
      found.push({ area: left, sex, column: c, shown: `${left} ${cell}` });
      continue;
    }
    if (cell === "") continue;
    const named = areaAndSex(cell, sexes);
    if (named === null || !namesArea(named.area, dataset)) return null;
    found.push({ ...named, column: c, shown: cell });
  }
  const areas = new Map<string, Map<Sex, { column: number; shown: string }>>();
  for (const { area, sex, column, shown } of found) {
    const bySex = areas.get(area) ?? new Map<Sex, { column: number; shown: string }>();
    // an area given twice, or a sex twice in it: no table of areas across
    if (bySex.has(sex)) return null;
    areas.set(area, bySex.set(sex, { column, shown }));
  }
  // an area's figures are its 男 and 女, or its 計 alone
  const enough = (bySex: Map<Sex, unknown>) => bySex.size >= 2 || [...bySex.keys()].some((s) => !s.required);
  if ([...areas.keys()].every((name) => namesWhole(name, dataset)) || (areas.size === 1 && found.length < 2) || ![...areas.values()].every(enough)) return null;
  const all = [...areas].map(([name, bySex]) => ({ name, columns: sexes.map((s) => bySex.get(s)?.column ?? -1), headers: sexes.map((s) => bySex.get(s)?.shown ?? "") }));
  // the whole's group goes last, as a totals row under the areas, checked against their sum (sum-rows.ts)
  return [...all.filter((a) => !namesWhole(a.name, dataset)), ...all.filter((a) => namesWhole(a.name, dataset))];
}

/** The layout of a table of areas across among the first records, for the first dataset (with ages as bands and
 *  sexes) that reads one; null when there is none. */
export function findAreasAcross(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): { dataset: Dataset; layout: AreasAcrossLayout } | null {
  for (const dataset of datasets) {
    const sexes = dataset.sexRows?.sexes;
    if (dataset.bands === undefined || sexes === undefined) continue;
    for (let at = 0; at + 1 < records.length; at++) {
      const header = records[at];
      // a header cell of a sex (男 | 女 | 計) or of an area's sex (本町一丁目 男): none is no such header
      if (!header.some((cell) => sexOf(cell, sexes) !== undefined || areaAndSex(cell, sexes) !== null)) continue;
      const rows = records.slice(at + 1);
      const layout = layoutAt(dataset, records, at, rows, sexes);
      if (layout !== null) return { dataset, layout };
    }
  }
  return null;
}

function layoutAt(dataset: Dataset, records: ReadonlyArray<readonly string[]>, at: number, rows: ReadonlyArray<readonly string[]>,
  sexes: readonly Sex[]): AreasAcrossLayout | null {
  const header = records[at];
  // the age column's header may be in the row above, merged down over the row of sexes (年齢 over a blank)
  const upper = at > 0 && header.some((cell) => sexOf(cell, sexes) !== undefined) ? records[at - 1] : null;
  const ageHeaderRow = upper === null ? header : header.map((cell, c) => (cell.trim() === "" ? (upper[c] ?? "") : cell));
  const sexCells = new Set(header.flatMap((cell, c) => (sexOf(cell, sexes) !== undefined || areaAndSex(cell, sexes) !== null ? [c] : [])));
  const age = ageColumn(ageHeaderRow, rows, sexCells);
  if (age < 0) return null;
  const areas = areasOf(header, upper, age, sexes, dataset);
  if (areas === null) return null;
  // only the sexes some area gives, in the dataset's order
  const given = sexes.map((_, k) => areas.some((a) => a.columns[k] >= 0));
  const kept = sexes.filter((_, k) => given[k]);
  const keptAreas = areas.map((a) => ({ name: a.name, columns: a.columns.filter((_, k) => given[k]), headers: a.headers.filter((_, k) => given[k]) }));
  const areaKey = dataset.sexRows?.key ?? "area_name";
  return { at, upper: upper === null ? -1 : at - 1, age, sexes: kept, areas: keptAreas,
    header: [columnJa(dataset, areaKey), ageHeaderRow[age].trim() || "年齢", ...kept.map((s) => s.name)] };
}

/** Whether a row gives a figure in any area's columns. */
function hasFigures(cells: readonly string[], layout: AreasAcrossLayout): boolean {
  return layout.areas.some((a) => a.columns.some((c) => c >= 0 && (cells[c] ?? "").trim() !== ""));
}

/** A row cut into one row per area: 地域名 | 年齢 | 男 | 女 | 計, each with the file row's index. */
function cut(r: ParsedRecord, layout: AreasAcrossLayout): ParsedRecord[] {
  return layout.areas.map((a) => ({ ...r, cells: [a.name, r.cells[layout.age] ?? "", ...a.columns.map((c) => (c < 0 ? "" : r.cells[c] ?? ""))] }));
}

/** A row with no figures in the cut layout (a note, a blank row): its age column's text where the age goes. */
function noFigures(r: ParsedRecord, layout: AreasAcrossLayout): ParsedRecord {
  const text = r.cells.find((cell) => cell.trim() !== "") ?? "";
  return { ...r, cells: ["", layout.age >= 0 && (r.cells[layout.age] ?? "").trim() !== "" ? r.cells[layout.age] : text, ...layout.sexes.map(() => "")] };
}

/**
 * The rows of a table of areas across, cut per area and handed to `then` area by area: a table's rows are held until a
 * row of no figures (a note, the end) closes it, then each area's rows go on in turn (a table has at most some
 * hundred ages; its rows are held, not its areas' records). A row of no figures goes on as it is, after the table.
 */
export class AreasAcross implements RowFolder {
  private held: ParsedRecord[] = [];

  constructor(private readonly layout: AreasAcrossLayout, private readonly then: RowFolder) {}

  take(r: ParsedRecord): FoldedRow[] {
    if (hasFigures(r.cells, this.layout)) {
      this.held.push(r);
      return [];
    }
    // a blank row inside the table does not close it
    if (isBlankRow(r.cells)) return this.then.take(noFigures(r, this.layout)).map((f) => this.named(f));
    return [...this.release(), ...this.then.take(noFigures(r, this.layout))].map((f) => this.named(f));
  }

  end(): FoldedRow[] {
    return [...this.release(), ...this.then.end()].map((f) => this.named(f));
  }

  /** The held rows, area by area. */
  private release(): FoldedRow[] {
    const rows = this.held;
    this.held = [];
    if (rows.length === 0) return [];
    const cutRows = rows.map((r) => cut(r, this.layout));
    return this.layout.areas.flatMap((_, k) => cutRows.flatMap((areaRows) => this.then.take(areaRows[k])));
  }

  /** A folded area's issues naming the file's own column (本町一丁目 男), not the cut row's 男. */
  private named(f: FoldedRow): FoldedRow {
    if (f.record === null || f.issues.length === 0) return f;
    const area = this.layout.areas.find((a) => a.name === (f.record?.cells[0] ?? "").trim());
    if (area === undefined) return f;
    const issues: Issue[] = f.issues.map((i) => {
      const k = this.layout.sexes.findIndex((s) => SEX_KEYS[s.name] === i.field);
      const shown = k < 0 ? "" : area.headers[k];
      return shown === "" ? i : issue(i.code, { row: i.row, field: shown, value: i.value, ...(i.detail === undefined ? {} : { detail: i.detail }) });
    });
    return { record: f.record, issues };
  }
}

const SEX_KEYS: Record<string, string> = { 男: "male", 女: "female", 計: "total" };

/** The head rows under the header, cut per area as the fold will read them. */
export function cutHead(records: readonly ParsedRecord[], layout: AreasAcrossLayout): ParsedRecord[] {
  const data = records.filter((r) => hasFigures(r.cells, layout));
  const rest = records.filter((r) => !hasFigures(r.cells, layout));
  const cutRows = data.map((r) => cut(r, layout));
  return [...layout.areas.flatMap((_, k) => cutRows.map((areaRows) => areaRows[k])), ...rest.map((r) => noFigures(r, layout))];
}

/** The areas as the issue shows them: 本町一丁目、本町二丁目… */
export function areasShown(layout: AreasAcrossLayout): string {
  const names = layout.areas.map((a) => a.name);
  return names.slice(0, 3).join("、") + (names.length > 3 ? `…（${names.length}）` : "");
}
