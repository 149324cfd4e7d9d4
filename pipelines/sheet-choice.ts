// Which sheets of a workbook are read: the one whose header maps best onto the dataset, then the other sheets of the
// same table (one sheet per area, a list continued on 一覧(2)), each matched to it by its own header (sheet-join.ts).
// A sheet that is another version of the list (its name says old or removed, or its rows are mostly the chosen sheet's
// places, the chosen being the latest version) or a copy of rows read is named, not read.
import type { Dataset } from "../schemas/dataset.ts";
import { DATASETS } from "../schemas/index.ts";
import { HEAD_RECORDS, locateHeader } from "./detect.ts";
import { DEEP_HEAD_RECORDS } from "./head-depth.ts";
import { mapHeaders } from "./headers.ts";
import { issue, sheetDifferenceDetail, versionDetail } from "./issues.ts";
import { continuedTitleOf, datedApart, fitsHeader } from "./headless-sheet.ts";
import { isBlankRow } from "./rows.ts";
import { findSexRows } from "./sex-rows-layout.ts";
import type { RunState } from "./run.ts";
import { type HeaderDifference, type JoinedTable, repeatedRows, type SheetColumns, sheetHeaderOf } from "./sheet-join.ts";
import { asOfOfSheet, type SettledChoice, settleChoice } from "./sheet-versions.ts";
import { isExampleSheet, isOtherVersionSheet } from "./sheet-names.ts";
import { sheetNameColumn } from "./sheet-name-values.ts";
import type { SheetInfo, Workbook } from "./xlsx.ts";

/** A sheet to read and where its table is. */
export interface SheetPart {
  sheet: SheetInfo;
  /** 0-based rows of the sheet's header: from its first row (`top`, the upper row of a header over two rows) to `at` */
  header: { top: number; at: number } | null;
  /** a later sheet's columns in the joined table; null for the chosen sheet (its columns are the table's) */
  columns: SheetColumns | null;
  /** a sheet without a header: the 0-based line of its title that says it continues the list (続き, その2), not read */
  title?: number;
  /** the cell its rows take from the sheet's name (sheet-name-values.ts) or its as-of date (withAsOfBySheet), in the
   *  joined table, if they take one */
  fromName?: { column: number; value: string };
}

export interface SheetChoice {
  parts: SheetPart[];
  /** the joined table, when more than one sheet is read or the sheets' names give a column */
  table: JoinedTable | null;
}

interface Scored {
  sheet: SheetInfo;
  order: number;
  head: string[][];
  rows: number;
  mapped: number;
  example: boolean;
  version: boolean;
}

/**
 * The sheets to read: a visible one before a hidden one, a data sheet before an example (記入例) or another version
 * (旧, 撤去済み), then the header that maps best onto the dataset (or any dataset when not known yet), then the most rows;
 * the whole list before a sheet that is a part of it, and the latest of the list's versions (sheet-versions.ts).
 * Other sheets are named; those that hold a table of the same kind are read with it when their columns are its
 * columns by name, else named as a warning (rows that are not read).
 */
export async function chooseSheets(workbook: Workbook, run: RunState): Promise<SheetChoice> {
  const candidates = run.dataset ? [run.dataset] : DATASETS;
  const holdsTable = (s: Scored) => s.mapped >= 3 && s.rows > 1 && !s.example && !s.version;
  const shallow = await Promise.all(workbook.sheets.map((sheet, order) => scoreSheet(workbook, sheet, order, candidates, HEAD_RECORDS)));
  // no header in any sheet's first lines: a sheet whose header is further down (notes over the table) is looked for
  // there, as in a file of one table (header_far_down), so that a sheet of notes as long is not taken before it
  const scored = (shallow.some(holdsTable) ? shallow : await Promise.all(shallow.map((s) => (s.head.length < HEAD_RECORDS ? s
    : scoreSheet(workbook, s.sheet, s.order, candidates, DEEP_HEAD_RECORDS))))).filter((s) => s.rows > 0);
  // a hidden sheet comes after the visible ones, unless none of them holds a table (a cover sheet before the hidden data)
  const hiddenLast = scored.some((s) => !s.sheet.hidden && holdsTable(s)) || !scored.some((s) => s.sheet.hidden && holdsTable(s));
  const rank = (s: Scored) => [s.sheet.hidden && hiddenLast ? 1 : 0, s.example || s.version ? 1 : 0, -s.mapped, -s.rows];
  const byRank = (a: Scored, b: Scored) => {
    const [x, y] = [rank(a), rank(b)];
    const at = x.findIndex((v, i) => v !== y[i]);
    return at < 0 ? 0 : x[at] - y[at];
  };
  const best = [...scored].sort(byRank)[0];
  const orderOf = (part: SheetPart) => workbook.sheets.indexOf(part.sheet);
  if (!best) return { parts: [], table: null };
  if (best.sheet.hidden && !hiddenLast) {
    const visible = scored.filter((s) => !s.sheet.hidden).map((s) => `「${s.sheet.name}」`).join("、");
    run.log.add(issue("hidden_sheet_read", { field: best.sheet.name, value: visible }));
  }
  const isTable = (s: Scored) => s.mapped >= 3 && s.mapped * 2 >= best.mapped && s.rows > 1 && !s.example;
  const found = sheetHeaderOf(best.head, candidates);
  const settled = best.sheet.hidden || found === null ? null
    : await settleChoice(workbook, best, found, scored.filter((s) => s !== best && isTable(s)), candidates);
  const chosen = settled?.chosen ?? best;
  const header = settled?.header ?? found;
  const others = scored.filter((s) => s !== chosen);
  const tables = others.filter(isTable);
  const rest = others.filter((s) => !tables.includes(s));
  const first: SheetPart = { sheet: chosen.sheet, header: header && { top: header.top, at: header.at }, columns: null };
  const joined = settled === null ? null : await joinSheets(settled, tables, run);
  const unread = tables.filter((s) => !joined?.parts.some((p) => p.sheet === s.sheet) && !joined?.skipped.has(s));
  if (unread.length) {
    // each sheet turned away for its header, with the columns that differ
    const detail = unread.flatMap((s) => {
      const differs = joined?.differences.get(s);
      return differs === undefined ? [] : [sheetDifferenceDetail(s.sheet.name, differs.own, differs.missing)];
    }).join("\n");
    run.log.add(issue("other_table_sheets", { field: chosen.sheet.name, value: unread.map((s) => s.sheet.name).join(", "), ...(detail === "" ? {} : { detail }) }));
  }
  // a sheet whose name dates it apart from the chosen one (令和5年度 beside 令和6年度) is another year's list: named only
  const continued = header === null ? [] : rest.filter((s) => looksContinued(s, header.cells) && !datedApart(s.sheet.name, chosen.sheet.name));
  // read under the chosen sheet's header when their rows fit it, else only said
  const fitting = header === null ? [] : continued.filter((s) => fitsHeader(s.head, header.cells, header.dataset));
  const unfit = continued.filter((s) => !fitting.includes(s));
  if (unfit.length) run.log.add(issue("headless_sheets", { field: chosen.sheet.name, value: unfit.map((s) => s.sheet.name).join(", ") }));
  const headless: SheetPart[] = fitting.map((s) => {
    const title = continuedTitleOf(s.head);
    const detail = shownHeader(header?.cells ?? []) + (title === null ? "" : `｜${title.text}`);
    run.log.add(issue("headless_sheet_read", { field: s.sheet.name, value: chosen.sheet.name, detail }));
    return { sheet: s.sheet, header: null, columns: null, ...(title === null ? {} : { title: title.line }) };
  });
  const named = rest.filter((s) => !continued.includes(s));
  if (named.length) run.log.add(issue("other_sheets", { field: chosen.sheet.name, value: named.map((s) => s.sheet.name).join(", ") }));
  const parts = [first, ...[...joined?.parts ?? [], ...headless].sort((a, b) => orderOf(a) - orderOf(b))];
  if (settled === null) return { parts, table: null };
  const { table } = settled.places;
  const { dataset } = settled.header;
  const fromNames = withColumnFromNames(parts, table, dataset, run);
  if (!fromNames) withAsOfBySheet(parts, table, dataset, scored, run);
  // one sheet alone is read as written, but for a column its name gives
  return { parts, table: fromNames || parts.length > 1 ? table : null };
}

/** A sheet as read for the choice, over its first `depth` lines: its header's columns of the dataset, its rows. */
async function scoreSheet(workbook: Workbook, sheet: SheetInfo, order: number, candidates: readonly Dataset[], depth: number): Promise<Scored> {
  const head = await workbook.head(sheet, depth);
  const rows = head.filter((r) => !isBlankRow(r)).length;
  const mapped = Math.max(0, ...candidates.map((d) => locateHeader(head, d)?.mapped ?? 0), foldedSexRowsMapped(head, candidates));
  const version = isOtherVersionSheet(sheet.name);
  // a hidden old one (旧, hidden) is kept aside as an example is
  return { sheet, order, head, rows, mapped, example: isExampleSheet(sheet.name) || (sheet.hidden && version), version };
}

/** The column an as-of date fills (a title's 令和6年1月1日現在 gives it to every row: code-repairs.ts). */
const AS_OF_KEY = "survey_date";

/**
 * Sheets read as one table that are dated apart (one sheet per month, named 令和6年1月1日 or titled 令和6年2月1日現在, the
 * whole ward's figures on each): each dated sheet's rows take its own date, in the as-of column added to the joined
 * table, rather than all the chosen sheet's (or none). Not when the table has the column, or the sheets give one date
 * or none; a sheet that gives none keeps the file's.
 */
function withAsOfBySheet(parts: SheetPart[], table: JoinedTable, dataset: Dataset, scored: readonly Scored[], run: RunState): void {
  const column = dataset.columnByKey.get(AS_OF_KEY);
  if (parts.length < 2 || column === undefined || mapHeaders(table.names, dataset).plan.keys.includes(AS_OF_KEY)) return;
  const dates = parts.map((part) => {
    const head = scored.find((s) => s.sheet === part.sheet)?.head;
    return part.header === null || head === undefined ? undefined : asOfOfSheet(part.sheet.name, head, part.header.top);
  });
  if (new Set(dates.filter((d) => d !== undefined)).size < 2) return;
  const at = table.addColumn(column.ja, column.key);
  parts.forEach((part, i) => {
    const date = dates[i];
    if (date === undefined) return;
    part.fromName = { column: at, value: date };
    run.log.add(issue("as_of_by_sheet", { field: column.key, value: part.sheet.name, detail: date }));
  });
}

/** How many of a dataset's columns a header whose rows give the sex maps as the table stage reads it, folded (町丁名 |
 *  性別 | 総数 | 0～4歳 … is 地域名, 男性, 女性, 総人口 and the bands by sex; as written, 地域名 and 総人口 only); 0 when
 *  the sheet has no such header. */
function foldedSexRowsMapped(head: readonly string[][], candidates: readonly Dataset[]): number {
  const found = findSexRows(head, candidates);
  return found === null ? 0 : locateHeader([found.layout.header], found.dataset)?.mapped ?? 0;
}

/** A header's named cells as a message shows them. */
const shownHeader = (cells: readonly string[]) => cells.filter((c) => c.trim() !== "").join("、");

/** A visible data sheet with no header whose first row is as wide as the chosen sheet's header and fills most of
 *  its columns (a list split for printing, continued on 一覧(2) without the header again): rows maybe of the list.
 *  A title above them that says the sheet continues (AED一覧（続き）) is passed over. */
function looksContinued(s: Scored, header: readonly string[]): boolean {
  if (s.sheet.hidden || s.example || s.version) return false;
  const first = s.head.find((r, line) => !isBlankRow(r) && line > (continuedTitleOf(s.head)?.line ?? -1));
  if (first === undefined) return false;
  const named = header.filter((c) => c.trim() !== "").length;
  const filled = first.filter((c) => c.trim() !== "").length;
  const width = first.reduce((w, c, i) => (c.trim() === "" ? w : i + 1), 0);
  return filled >= 3 && filled * 3 >= named * 2 && width <= header.length;
}

/** A column the sheets lack that their names give (sheet-name-values.ts), added to the joined table, each part told the
 *  cell its rows take; false when their names give none. */
function withColumnFromNames(parts: SheetPart[], table: JoinedTable, dataset: Dataset, run: RunState): boolean {
  const named = sheetNameColumn(dataset, table.names, parts.map((p) => p.sheet.name));
  if (named === null) return false;
  const column = table.addColumn(named.column.ja, named.column.key);
  parts.forEach((part, i) => {
    const value = named.values[i];
    if (value !== null) part.fromName = { column, value };
  });
  for (const said of named.issues) run.log.add(said);
  return true;
}

/**
 * The sheets of the table that are read after the chosen one, in the workbook's order: visible, not named as another
 * version, their columns the table's by name, and their rows not those already read (every row of each sheet read, in
 * any order: a 地区 sheet repeating rows 41–80 of the 全域 one is a copy), nor another version of the chosen sheet's
 * list. The others are said here.
 */
async function joinSheets({ chosen, header, places, versions }: SettledChoice<Scored>, tables: readonly Scored[], run: RunState):
  Promise<{ parts: SheetPart[]; table: JoinedTable; skipped: Set<Scored>; differences: Map<Scored, HeaderDifference> }> {
  const { table } = places;
  const skipped = new Set<Scored>();
  const differences = new Map<Scored, HeaderDifference>();
  /** the rows read so far, by the place they name, and the sheet they are on: the chosen sheet's read once a sheet
   *  is to be joined to it */
  const seen = new Map<number, string>();
  const note = (rows: Float64Array, name: string) => {
    for (const place of rows) if (!seen.has(place)) seen.set(place, name);
  };
  let chosenNoted = false;
  const named: Scored[] = [];
  const parts: SheetPart[] = [];
  for (const s of [...tables].sort((a, b) => a.order - b.order)) {
    if (s.version) {
      named.push(s);
      skipped.add(s);
      continue;
    }
    if (s.sheet.hidden) continue;
    const own = sheetHeaderOf(s.head, [header.dataset]);
    const columns = own === null ? null : table.match(own);
    if (own !== null && columns === null) differences.set(s, table.differenceOf(own));
    if (own === null || columns === null) continue;
    const version = versions.get(s);
    if (version !== undefined) {
      skipped.add(s);
      const share = `${version.shared}/${version.of}`;
      run.log.add(version.dates === null
        ? issue("undated_version_sheet", { field: s.sheet.name, value: chosen.sheet.name, detail: share })
        : issue("older_version_sheet", { field: s.sheet.name, value: chosen.sheet.name, detail: versionDetail(share, version.dates) }));
      continue;
    }
    if (!chosenNoted) note(await places.of(chosen.sheet, header.at, null), chosen.sheet.name);
    chosenNoted = true;
    const rows = await places.of(s.sheet, own.at, columns);
    const repeated = repeatedRows(rows, seen);
    if (repeated !== null) {
      skipped.add(s);
      run.log.add(issue("repeated_rows_sheet", { field: s.sheet.name, value: repeated.sheet, detail: `${repeated.repeated}/${repeated.of}` }));
      continue;
    }
    table.add(columns);
    note(rows, s.sheet.name);
    parts.push({ sheet: s.sheet, header: { top: own.top, at: own.at }, columns });
    if (columns.own.length > 0 || columns.missing.length > 0 || columns.reordered) {
      run.log.add(issue("sheet_header_differs", { field: s.sheet.name, value: columns.ownNames.join("、"), detail: columns.missing.join("、") }));
    }
  }
  if (named.length) run.log.add(issue("other_version_sheet", { field: chosen.sheet.name, value: named.map((s) => s.sheet.name).join(", ") }));
  return { parts, table, skipped, differences };
}
