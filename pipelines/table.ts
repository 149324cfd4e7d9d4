// The table stage of a run: from the first records of a file, its dataset (when not known yet) and header row; then
// the header mapped and a row sink (row-sink.ts) fed with the records under it.
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { DATASETS } from "../schemas/index.ts";
import { baseName, type DatasetGuess, detectFromHeader, detectFromTitle, HEAD_RECORDS, type HeaderChoice, locateHeader, otherListInTitle, unknownDatasetWhere, weightLead } from "./detect.ts";
import { type ColumnPlan, extraColumnsOf, mapHeaders, scoreHeader } from "./headers.ts";
import { normalizeHeader } from "./header-match.ts";
import { type IssueCode, issue } from "./issues.ts";
import type { ParsedRecord } from "./parse.ts";
import { isBlankRow, rowText } from "./rows.ts";
import { looksGarbled } from "./garbled.ts";
import { createRowSink, type RowSink } from "./row-sink.ts";
import { asOfBelowData, asOfDate, bareTitleDate } from "./as-of.ts";
import { withAddressByContent } from "./address-column.ts";
import { withColumnsByValues, withColumnsOverOthersValues } from "./column-by-values.ts";
import { withBareLevels } from "./bare-levels.ts";
import { kindNamesBothInHead, withJoinedExample } from "./derived-columns.ts";
import { withNamePartByValues } from "./subdivided-name.ts";
import { coordinatePairOf, expandHeader } from "./coordinate-pair.ts";
import { findHeaderRows } from "./three-row-header.ts";
import { type MergedParts, spreadMergedHeader } from "./merged-header.ts";
import type { AcrossMerge } from "./merged-cells.ts";
import { findSexRows } from "./sex-rows-layout.ts";
import { foldedHead, foldSexRows, readBlocks } from "./sex-rows.ts";
import { columnLetters } from "./cell-references.ts";
import { groupColumnsOf } from "./fill-down.ts";
import { findPublisherOf } from "./publisher.ts";
import { wholeAreaOf } from "./whole-area.ts";
import { impliedLegends, type Legend, type LegendPlace, legendsBelowData, legendsOfRow } from "./legend.ts";
import { planeAxesOfFile, withPlaneByContent } from "./plane-axes-of-file.ts";
import { tokyoDatumOfFile } from "./datum-of-file.ts";
import { phoneFormsOfFile } from "./phone-form-of-file.ts";
import { columnNamed, otherListOfFile } from "./other-list-rows.ts";
import { dateYearsOfFile } from "./date-years-of-file.ts";
import { listKindOfFile } from "./list-kind.ts";
import { footnotesOf } from "./footnotes.ts";
import { spareSeparators, valuesPastHeaderUsual } from "./shifted-row.ts";
import { columnShapes } from "./column-shapes.ts";
import { headerLacksFirstColumn } from "./short-header.ts";
import { repeatedHeaderOf } from "./row-kinds.ts";
import { blockStartsOf, blockWidthOf, rowsFilledFrom, sameColumnOf, sideTableAt, sideTableColumns } from "./side-table.ts";
import { twoUpSink } from "./two-up.ts";
import { type AgeRowsLayout, findAgeRows } from "./age-rows-layout.ts";
import { type AreaTitle, foldAgeRows, foldedAgeHead } from "./age-rows.ts";
import { areaOfTitle } from "./area-title.ts";
import { AreasAcross, areasShown, cutHead, findAreasAcross } from "./areas-across.ts";
import { foldingSink, type RowFolder, UNFOLDED } from "./row-fold.ts";
import { datasetOfHeadless, firstRowIsData, headerOfHeadless } from "./headless-file.ts";
import { DEEP_HEAD_RECORDS } from "./head-depth.ts";
import { tokyoMunicipality } from "./normalize/location.ts";
import type { OnBatch, RunState } from "./run.ts";

/** The dataset a header reads clearly as (by the columns only that one has), when that is not `named` and maps at
 *  least `lead` more of the header's columns than `named` does. */
function anotherDataset(head: ReadonlyArray<readonly string[]>, named: Dataset, lead = 1): DatasetGuess | null {
  const guess = detectFromHeader(head, DATASETS);
  if (guess === null || guess.dataset === named) return null;
  return guess.mapped >= scoreHeader(head[guess.at], named).mapped + lead ? guess : null;
}

/** How many more columns another dataset must read before a header outweighs a keyword of the file name: one shared
 *  column (a toilet list with 電話番号 reads 6 of 6 as AED, 5 as toilets) is no evidence against the name. */
const HEADER_LEAD = 3;

/** How many more columns another dataset must read before a named dataset is said to be a worse match: one column
 *  (a facility list's 分類, which a cultural property list has) is no sign of a wrong name. */
const MISMATCH_LEAD = 2;

/** How many columns' worth of the other dataset's own columns (weightLead) a header must have beyond the named one's:
 *  one only it has (an AED list's 小児対応設備の有無 against a toilet list); columns several lists have (施設種別, FAX,
 *  which a facility list may add as a nursery list does) are no sign of a wrong name. */
const MISMATCH_WEIGHT_LEAD = 1;

/** A dataset named by the file name's slug or by the caller is kept, but a header that reads clearly as another
 *  dataset is reported: a toilet list saved as 131041_aed.csv would publish toilets as AEDs. */
function warnIfAnotherDataset(header: readonly string[], named: Dataset, run: RunState): void {
  const guess = anotherDataset([header], named, MISMATCH_LEAD);
  if (guess === null || weightLead(header, guess.dataset, named, DATASETS) < MISMATCH_WEIGHT_LEAD) return;
  run.log.add(issue("dataset_mismatch", { field: named.id, value: `${guess.dataset.id}（${guess.dataset.ja}）、${guess.filled}列中${guess.mapped}列 / ${guess.mapped} of ${guess.filled} columns` }));
}

/** A dataset that only a keyword of the file name suggested gives way to a header that clearly reads as another one
 *  (公共施設Wi-Fi一覧.csv with the 公衆無線LAN header): a word in a name a person chose is weaker evidence than 23 of
 *  23 columns. */
function headerOverKeyword(head: readonly string[][], named: Dataset, run: RunState): DatasetGuess | null {
  const guess = anotherDataset(head, named, HEADER_LEAD);
  if (guess === null) return null;
  // the name the dataset was read from: the file's own, or the one its gzip header stores
  const file = run.detection?.by === "file_name" ? run.detection.detail : baseName(run.fileName);
  run.log.add(issue("file_name_outweighed", { field: named.id, value: `${file} → ${named.ja}` }));
  return guess;
}

/** A table's dataset and header row; `headless`: the file has none, and the header its rows are read under goes in
 *  at `at`, above its first row. */
interface Frame { dataset: Dataset; at: number; headless?: string[] }

/** The header headerSearchDepth found over a file's first rows (locateHeader for the run's dataset, detectFromHeader
 *  for any): chooseFrame looks over the same rows again, the same cell arrays unless a header split over rows or
 *  folded by sex stands in one's place, and takes what was found then instead of a second search. */
type HeadLook = { rows: ReadonlyArray<readonly string[]> } & ({ dataset: Dataset; found: HeaderChoice | null } | { dataset: null; found: DatasetGuess | null });

/** Whether `look` was over these very rows. */
const lookedOver = (look: HeadLook | null, rows: ReadonlyArray<readonly string[]>): look is HeadLook =>
  look !== null && look.rows.length === rows.length && look.rows.every((cells, i) => cells === rows[i]);

/** Dataset and header row from the first records; null (with an issue) when the dataset cannot be told. */
function chooseFrame(head: readonly string[][], run: RunState, look: HeadLook | null): Frame | null {
  if (run.dataset && run.namedByKeyword) {
    const guess = headerOverKeyword(head, run.dataset, run);
    if (guess) return chosenByHeader(guess, run);
  }
  if (run.dataset) {
    const choice = lookedOver(look, head) && look.dataset === run.dataset ? look.found : locateHeader(head, run.dataset);
    if (choice) {
      warnIfAnotherDataset(head[choice.at], run.dataset, run);
      return { dataset: run.dataset, at: choice.at };
    }
    const first = head.findIndex((cells) => !isBlankRow(cells));
    if (looksGarbled(head)) {
      run.log.add(issue("mojibake", { value: rowText(head[first]) }));
      return null;
    }
    if (firstRowIsData(head.slice(first))) return headlessFrame(head.slice(first), first, run.dataset, run);
    run.log.add(issue("header_not_found", { value: rowText(head[first]), detail: String(first + 1) }));
    return { dataset: run.dataset, at: first };
  }
  // a header too wide to tell by (ages as columns) under a title that names the dataset
  const guess = (lookedOver(look, head) && look.dataset === null ? look.found : detectFromHeader(head, DATASETS)) ?? detectFromTitle(head, DATASETS);
  if (!guess) {
    const first = head.findIndex((cells) => !isBlankRow(cells));
    if (looksGarbled(head)) {
      run.log.add(issue("mojibake", { value: rowText(head[first]) }));
      return null;
    }
    // a ledger's export of the rows alone, named download.csv: its values tell the dataset
    const rows = head.slice(Math.max(0, first));
    const headless = first >= 0 && firstRowIsData(rows) ? datasetOfHeadless(rows, DATASETS) : null;
    if (headless !== null) {
      run.dataset = headless;
      run.detection = { by: "rows", detail: `${headless.columns.length}/${headless.columns.length} columns, no header` };
      return headlessFrame(rows, first, headless, run);
    }
    run.log.add(issue("unknown_dataset", unknownDatasetWhere(head, DATASETS, run.fileName)));
    return null;
  }
  return chosenByHeader(guess, run);
}

/** A file with no header row whose first row is data: read under a header of its own (headless-file.ts), said with
 *  the first row's text and the header taken. */
function headlessFrame(rows: readonly string[][], first: number, dataset: Dataset, run: RunState): Frame {
  const { header, standard } = headerOfHeadless(rows, dataset);
  const where = { value: rowText(rows[0]), detail: header.join("、") };
  run.log.add(issue(standard ? "headless_file_read" : "headless_file_numbered", where));
  return { dataset, at: first, headless: header };
}

function chosenByHeader(guess: DatasetGuess, run: RunState): { dataset: Dataset; at: number } {
  run.dataset = guess.dataset;
  run.detection = { by: "header", detail: guess.detail };
  return { dataset: guess.dataset, at: guess.at };
}

/** Whether a table is read as the dataset its header (or file name) reads as, when its title names another list
 *  (世田谷区指定避難所一覧 over a header of 指定緊急避難場所's columns): only when the caller named the dataset, with a
 *  warning; else not at all (an error, exit 2), so that the other list's rows are not published as the dataset. */
function readsDespiteTitle(titleRows: ReadonlyArray<readonly string[]>, dataset: Dataset, run: RunState): boolean {
  const other = otherListInTitle(titleRows, dataset);
  if (other === null) return true;
  return readsOnlyIfNamed(run, { field: dataset.id, value: rowText(other.row), detail: other.list }, "dataset_named_over_title", "title_names_other_list");
}

/** Whether a table is read as the dataset its file name (or header) reads as, when its header has a column only
 *  another list has and none of the dataset's own (GSI's 指定避難所データ, 指定緊急避難場所との住所同一 and no hazard,
 *  under a 03 file name): as readsDespiteTitle, only when the caller named the dataset, with a warning. */
function readsDespiteHeader(plan: ColumnPlan, dataset: Dataset, run: RunState): boolean {
  const list = dataset.otherListRows?.list;
  if (list === undefined || list.unless.some((key) => plan.keys.includes(key))) return true;
  const at = columnNamed(list.headers, plan);
  if (at < 0) return true;
  const where = { field: dataset.id, value: plan.sourceHeaders[at].trim(), detail: `${list.name}｜${columnJa(dataset, list.unless[0])}` };
  return readsOnlyIfNamed(run, where, "dataset_named_over_header", "header_names_other_list");
}

/** A table another list's: read when the caller named the dataset (said as `named`), else not at all (`stopped`). */
function readsOnlyIfNamed(run: RunState, where: { field: string; value: string; detail: string }, named: IssueCode, stopped: IssueCode): boolean {
  if (run.detection?.by === "option") {
    run.log.add(issue(named, where));
    return true;
  }
  run.log.add(issue(stopped, where));
  run.dataset = null;
  run.detection = undefined;
  return false;
}

/** What mapHeaders says of a column it did not map: void once the column is taken by its content. */
const HEADER_VERDICTS: ReadonlySet<IssueCode> = new Set(["unknown_header", "duplicate_header", "qualified_header", "broader_header", "row_number_header"]);

/** A table whose header is known: its row sink takes the records under the header. */
export interface OpenTable {
  sink: RowSink;
  dataset: Dataset;
  plan: ColumnPlan;
  /** the header's record index */
  headerIndex: number;
  /** leading columns whose blank cells take the value above: each row depends on the one before it */
  groupColumns: readonly number[];
}

/** From parsed records to harmonized rows: find the header in the head of the file, then stream the rest. The caller
 *  ends the sink (or goes on feeding it); null when there is no table to read (the issue is logged). */
export async function processTable(records: AsyncIterable<ParsedRecord[]>, run: RunState, checkWidth: boolean, onBatch?: OnBatch):
  Promise<OpenTable | null> {
  const iterator = records[Symbol.asyncIterator]();
  const head: ParsedRecord[] = [];
  while (head.length < HEAD_RECORDS) {
    const next = await iterator.next();
    if (next.done) break;
    // one by one: a workbook's rows may come as one batch of 100k+, too many arguments for a spread push
    for (const r of next.value) head.push(r);
  }
  if (head.every((r) => isBlankRow(r.cells))) {
    run.log.add(issue("empty_file", { value: run.fileName }));
    return null;
  }
  const datasets = run.dataset ? [run.dataset] : DATASETS;
  const { searched, look } = await headerSearchDepth(head, iterator, run);
  const candidates = head.slice(0, searched).map((r) => r.cells);
  // the areas as column groups (年齢 | 本町一丁目 男 | 本町一丁目 女 …): the header as each row cut per area reads it
  const across = findAreasAcross(candidates, datasets);
  if (across !== null) candidates[across.layout.at] = across.layout.header;
  const found = across !== null ? null : findHeaderRows(candidates, datasets);
  // the sex in rows (地区 | 性別 | 総数 …): the header as the rows of an area folded into one read it. Such a header is
  // no upper row over its first data row (練馬地区 | … | 男 | 90); under a real upper row it is found in the join
  const unsplit = found === null ? null : findSexRows(candidates, datasets);
  const split = unsplit !== null && unsplit.at === found?.upper ? null : found;
  if (split) candidates[split.lower] = split.cells;
  let sexRows = across !== null ? null : split === null && found !== null ? unsplit : findSexRows(candidates, datasets);
  // in blocks (every area's 男 row, then every 女 row …) the head may show the first block only: read on for the others
  if (sexRows?.layout.blocks) sexRows = await readBlocks(sexRows, candidates[sexRows.at], head, iterator);
  if (sexRows !== null) candidates[sexRows.at] = sexRows.layout.header;
  const frame = chooseFrame(candidates, run, look);
  if (!frame) return null;
  if (frame.headless !== undefined) head.splice(frame.at, 0, { index: head[frame.at].index - 1, cells: frame.headless });
  const folded = sexRows !== null && frame.at === sexRows.at && frame.dataset === sexRows.dataset ? sexRows.layout : null;
  const areasAcross = across !== null && frame.at === across.layout.at && frame.dataset === across.dataset ? across.layout : null;
  // an upper row alone tied with the join (a sub-header under merged cells): the join is the header
  if (split !== null && frame.at >= split.upper && frame.at < split.lower) frame.at = split.lower;
  // a header over two rows (or three): the joined one stands in the lowest row's place, and the data starts under it
  const upper = split !== null && frame.at === split.lower ? split.upper : -1;
  if (split !== null && upper >= 0) {
    head[frame.at] = { ...head[frame.at], cells: split.cells };
    const rows = split.lower - split.upper + 1;
    if (split.joined.length > 0) run.log.add(issue("split_header_joined", { value: split.joined.join("、"), ...(rows > 2 ? { detail: String(rows) } : {}) }));
  }
  // upper rows that joined no name (their cells merged down, a note over the rest) are said as the rows above are
  // (and so is the row naming the areas over their 男 | 女 | 計)
  const saidJoined = split !== null && split.joined.length > 0 ? upper : (areasAcross?.upper ?? -1);
  const titleRows: Array<readonly string[]> = [];
  head.slice(0, frame.at).forEach((r, at) => {
    if (isBlankRow(r.cells)) return;
    // a header row's …現在 (its first cell, or merged over columns: 令和6年4月1日現在 over 男 | 女 | 計) dates the file as a
    // title's does; joinRows names no column by it
    if (saidJoined >= 0 && at >= saidJoined) {
      takeTitleDate(run, r.cells);
      return;
    }
    // the row right above the header that names columns too: the header's upper row (大項目), its merged cells
    // already filled into the header row below
    const groups = at === frame.at - 1 && scoreHeader(r.cells, frame.dataset).mapped >= 2;
    run.log.add(issue(groups ? "header_groups_row" : "rows_above_header", { value: rowText(r.cells) }));
    takeTitleDate(run, r.cells, frame.dataset.subtotals !== undefined);
    if (groups) return;
    titleRows.push(r.cells);
    for (const legend of legendsOfRow(r.cells, frame.dataset, head[frame.at].cells)) takeLegend(run, legend, "above_header");
  });
  if (!readsDespiteTitle(titleRows, frame.dataset, run)) return null;
  if (folded !== null) {
    head[frame.at] = { ...head[frame.at], cells: folded.header };
    run.log.add(issue("sex_in_rows", { field: folded.sexHeader, value: folded.sexes.map((s) => s.name).join(" / ") }));
    if (folded.blocks) run.log.add(issue("sex_rows_in_blocks", { field: folded.sexHeader, value: folded.sexes.map((s) => s.name).join(" / ") }));
  }
  // a population table with one row per age (年齢 | 男 | 女 | 計): each area's rows folded into one, or refused when they
  // cannot be (its rows are then ages, no areas); with the sex in rows too (町丁名 | 年齢 | 男女別 | 人数), once its sexes
  // are folded (町丁名 | 年齢 | 男 | 女 | 計)
  // with the areas across, once each row is cut per area (本町一丁目 | 0～4歳 | 男 | 女 | 計)
  if (areasAcross !== null) head[frame.at] = { ...head[frame.at], cells: areasAcross.header };
  // every area's record is numbered by the table's first age row: its sum issues name its area
  if (areasAcross !== null) run.namedBy = frame.dataset.sexRows?.key ?? "area_name";
  if (areasAcross !== null) run.log.add(issue("areas_across_columns", { field: areasAcross.header[1], value: areasShown(areasAcross), detail: areasAcross.sexes.map((s) => s.name).join(" / ") }));
  const underHeader = folded !== null ? foldedHead(head.slice(frame.at + 1), folded, head[frame.at].index)
    : areasAcross !== null ? cutHead(head.slice(frame.at + 1), areasAcross) : head.slice(frame.at + 1);
  const byAge = findAgeRows(frame.dataset, head[frame.at].cells, underHeader.map((r) => r.cells));
  const ageRows = byAge !== null && "layout" in byAge ? byAge.layout : null;
  if (byAge !== null && "refused" in byAge) run.log.add(byAge.refused);
  if (ageRows !== null) head[frame.at] = { ...head[frame.at], cells: ageRows.header };
  // a table by age with no area column under a title naming its area (町丁名：本町一丁目): the area's, not the whole's
  const areaTitle = ageRows !== null && ageRows.area < 0 ? areaTitleOf(titleRows) : null;
  // …or under the header, each area's table after a row naming it (【本町一丁目】 over its ages): the areas', not the whole's
  const titledBelow = ageRows !== null && ageRows.area < 0 && areaTitle === null && opensWithAreaTitle(underHeader);
  let headRows = ageRows !== null ? foldedAgeHead(underHeader, ageRows, head[frame.at].index, municipalityName(run), areaTitle) : underHeader.map((r) => r.cells);
  // a line under the data (令和6年4月1日現在　住民基本台帳による) dates the file when no title does: the end of the file
  // or sheet was read for it (run.ts); a short file's rows are all in the head too (when they are not, its last row is
  // a data row and says nothing)
  run.asOf ??= asOfBelowData(run.linesAtEnd ?? []) ?? asOfBelowData(headRows);
  // so does a legend under the data (【凡例】種別：1=消火栓、2=防火水槽): its codes are read in the rows above it
  const headerCells = head[frame.at].cells;
  const below = legendsBelowData(headRows, frame.dataset, headerCells);
  for (const legend of below.length > 0 ? below : legendsBelowData(run.linesAtEnd ?? [], frame.dataset, headerCells)) takeLegend(run, legend, "below_data");
  // a list printed two-up (the header again right of a blank column): the right block's places are no columns of the
  // left's, so they are not attached to them; said with their columns and rows, read after the left block's (two-up.ts)
  const blocks = folded === null && ageRows === null ? blockStartsOf(head[frame.at].cells, sameColumnOf(frame.dataset)) : [];
  const twoUp = blocks[0] ?? null;
  // `side - 1` is where the list's own columns end: a two-up list's left block, up to its blank column if it has one
  const side = twoUp !== null ? blockWidthOf(head[frame.at].cells, blocks) + 1 : sideTableAt(head[frame.at].cells, headRows);
  const twoUpEnd = head[frame.at].cells.findLastIndex((c) => c.trim() !== "") + 1;
  if (twoUp !== null) {
    run.log.add(issue("side_by_side_list", { value: sideTableColumns(head[frame.at].cells, twoUp), detail: rowsFilledFrom(underHeader, head[frame.at].index, twoUp) }));
  }
  if (side !== null) {
    if (twoUp === null) run.log.add(issue("side_table", { value: sideTableColumns(head[frame.at].cells, side) }));
    head[frame.at] = { ...head[frame.at], cells: head[frame.at].cells.slice(0, side - 1) };
    headRows = headRows.map((cells) => cells.slice(0, side - 1));
  }
  // a header one column short of its rows (a row number with no name): its columns start one to the right
  // (a workbook's header cell merged over columns is no such: the merge names the column past the names)
  const headerMerges = mergesOfHeader(run, head[upper >= 0 ? upper : frame.at].index, head[frame.at].index);
  if (headerMerges.length === 0 && headerLacksFirstColumn(head[frame.at].cells, headRows, frame.dataset)) {
    run.log.add(issue("header_one_column_short", { value: rowText(head[frame.at].cells) }));
    head[frame.at] = { ...head[frame.at], cells: ["", ...head[frame.at].cells] };
  }
  // a header cell merged over columns (電話番号 over two) whose covered columns no header row names: named by what they hold
  const merged = spreadMergedHeader(head[frame.at].cells, headerMerges, headRows, frame.dataset);
  /** the names the merge gave: they are said by its issues, not by the header's verdicts */
  const namedByMerge = merged?.explained ?? new Set<string>();
  if (merged !== null) {
    head[frame.at] = { ...head[frame.at], cells: merged.cells };
    for (const said of merged.issues) run.log.add(said);
  }
  const headerRecord = head[frame.at];
  run.headerRow = headerRecord.index;
  // the header quoted whole, or only the rows under a header written plainly (名称,所在地 over "新宿区役所,東京都…")
  if (headerRecord.unquotedLine || head.some((r, at) => at > frame.at && r.unquotedLine === true)) {
    run.log.add(issue("lines_quoted_whole", { value: rowText(headerRecord.cells) }));
  }
  const byHeader = withMergedParts(withSideTable(mapHeaderOrPair(headerRecord.cells, frame.dataset, run), side), merged?.parts ?? []);
  // a column of addresses under another name (設置場所) is the address when the file has none
  const byAddress = withAddressByContent(frame.dataset, byHeader.plan, byHeader.header, headRows);
  // a column whose header is too generic (区分) taken by its values (国指定, 都指定 …) when no header names its column
  const byValues = withColumnsByValues(frame.dataset, byAddress.plan, byAddress.header, headRows);
  // and a column whose values are another field's (種別 of 区立, 私立) gives way to another of its header (施設種別)
  const byOthers = withColumnsOverOthersValues(frame.dataset, byValues.plan, byValues.header, headRows);
  // and a column of who designated (区分 of 国, 都 …) beside 種別 is the 文化財分類 of the two joined
  const byBare = withBareLevels(frame.dataset, byOthers.plan, byOthers.header, headRows);
  // and columns headed X / Y that hold metres are the plane coordinates
  const byPlane = withPlaneByContent(frame.dataset, byBare.plan, byBare.header, headRows);
  // and a blank-headed column of 1丁目, 2丁目 right of the area's is the area name's part (町丁名 over two columns)
  const byPart = withNamePartByValues(frame.dataset, byPlane.plan, byPlane.header, headRows);
  const pastHeader = valuesPastHeaderUsual(headRows, byPart.plan.keys.length);
  // the head rows are as written: a column that holds both coordinates is one cell there
  const spare = spareSeparators(headRows, byPart.plan.keys.length - (byPart.plan.pairAt === undefined ? 0 : 1));
  const refusedByAge = byAge !== null && "refused" in byAge;
  // the head rows are as written, so a column holding both coordinates shifts the positions: no shapes then
  const shapes = byPart.plan.pairAt === undefined ? columnShapes(headRows, byPart.plan.keys.length) : [];
  const shaped = shapes.some((s) => s !== null);
  const plan = pastHeader || spare > 0 || refusedByAge || shaped ? { ...byPart.plan, ...(pastHeader ? { valuesPastHeader: true } : {}), ...(spare > 0 ? { spareSeparators: spare } : {}),
    ...(refusedByAge ? { rowsByAge: true } : {}), ...(shaped ? { columnShapes: shapes } : {}) } : byPart.plan;
  // which rows are of another list (a 指定避難所 in a list of 指定緊急避難場所) is told by what the file's rows show
  const otherList = otherListOfFile(frame.dataset, plan, [...headRows, ...(run.linesAtEnd ?? [])]);
  const mapped = { ...byPart, plan: otherList === undefined ? plan : { ...plan, otherList }, issues: [...byAddress.issues, ...byValues.issues, ...byOthers.issues, ...byBare.issues, ...byPlane.issues, ...byPart.issues] };
  // a yes/no column of ○ and － only, with no legend: the dash is its 無
  const notes = [...head.slice(0, frame.at).map((r) => r.cells), ...(run.linesAtEnd ?? [])];
  for (const legend of impliedLegends(mapped.plan.keys, headRows, frame.dataset, notes)) takeLegend(run, legend, "column_values");
  // a national system's codes under its own header (MHLW's 機関区分 1, 2, 3)
  for (const legend of codeTablesOf(mapped.plan, frame.dataset)) takeLegend(run, legend, "code_table");
  if (!readsDespiteHeader(mapped.plan, frame.dataset, run)) return null;
  const taken = new Set(mapped.issues.map((i) => i.field));
  run.header = mapped.header;
  // a header its values took from a loose match (問い合わせ, fuzzy 連絡先名称, of phone numbers) is no fuzzy match
  for (const i of byHeader.issues) {
    if (HEADER_VERDICTS.has(i.code) && (taken.has(i.field) || namedByMerge.has(i.field ?? ""))) continue;
    if (i.code === "fuzzy_header" && byValues.retaken.has(i.field ?? "")) continue;
    if (i.code === "duplicate_header" && byOthers.retaken.has(i.field ?? "")) continue;
    if (i.code === "levels_joined" && byValues.unjoined.has(i.field ?? "")) continue;
    // a table by age's own columns (年齢, 不詳) are read by the fold
    if (i.code === "unknown_header" && ageRows?.kept.has(i.field ?? "")) continue;
    if (!kindNamesBothInHead(i, mapped.plan.derived, headRows)) continue;
    // the joined columns' example is one of the file's own values
    run.log.add(i.code === "columns_joined" ? withJoinedExample(i, mapped.plan.keys.length, mapped.plan.derived, headRows) : i);
  }
  for (const i of mapped.issues) run.log.add(i);
  if (run.municipality === null) {
    findPublisher(run, head.slice(0, frame.at).map((r) => r.cells), headRows, mapped.plan, frame.dataset);
  }
  // a table of the whole municipality by date (地域名 blank on every row): each row is the municipality's own
  if (ageRows === null && folded === null && areasAcross === null) run.wholeArea = wholeAreaOf(frame.dataset, mapped.plan, headRows, municipalityName(run));
  await run.options.onHeader?.({ dataset: frame.dataset.id, header: mapped.header, extra: extraColumnsOf(mapped.plan) });
  const groupColumns = groupColumnsOf(mapped.plan, headRows);
  // a GIS export's X/Y in metres: which column is X is told once for the file, by its head rows
  const plane = planeAxesOfFile(mapped.plan, headRows, run.municipality);
  run.planeAxes = plane?.axes;
  if (plane?.issue) run.log.add(plane.issue);
  run.phoneForms = phoneFormsOfFile(mapped.plan, headRows, frame.dataset);
  // a date written without all of its year (24/4/1, 4月1日) reads by the file's title (令和6年度) and other dates
  run.dateYears = dateYearsOfFile(mapped.plan, head.slice(0, frame.at).flatMap((r) => r.cells), baseName(run.fileName), headRows, frame.dataset);
  run.listKind = listKindOfFile(frame.dataset, titleRows.map(rowText), baseName(run.fileName));
  const titleDate = run.dateYears?.titleDate;
  if (titleDate !== undefined) run.log.add(issue("years_from_title_date", { field: titleDate.key, value: titleDate.seen, detail: titleDate.iso }));
  // what a name's footnote mark (西公園※2) stands for: the notes above the header and under the data
  run.footnotes = footnotesOf([...head.slice(0, frame.at).map((r) => r.cells), ...headRows, ...(run.linesAtEnd ?? [])]);
  const datum = tokyoDatumOfFile(mapped.plan, head.slice(0, frame.at).map((r) => r.cells), headRows, run.linesAtEnd ?? []);
  run.tokyoDatum = datum?.said;
  if (datum !== null) run.log.add(issue("tokyo_datum", { field: "latitude", value: datum.said }));
  const builtSink = createRowSink(run, frame.dataset, mapped.plan, { headerIndex: headerRecord.index, checkWidth, onBatch, groupColumns });
  // a header found past the first HEAD_RECORDS is past what a range's probe reads (parallel.ts): the rest in order here
  const inOrder = searched > HEAD_RECORDS ? { ...builtSink, readsInOrder: () => true } : builtSink;
  // a two-up list's right block: read after the left block's rows, each under its own row number
  const rowSink = twoUp === null ? inOrder : twoUpSink(inOrder, run, { starts: blocks, width: (side ?? 1) - 1, end: twoUpEnd, headerIndex: headerRecord.index, nameKey: frame.dataset.distinctName?.key ?? "name",
    isRepeatedHeader: repeatedHeaderOf(mapped.plan) });
  const cutAcross = areasAcross === null ? undefined : (ages: RowFolder) => new AreasAcross(areasAcross, ages);
  const byAgeSink = ageRows !== null ? foldAgeRows(rowSink, ageRows, run, headerRecord.index, ageRowsName(run, ageRows, areaTitle !== null || titledBelow), areaTitle, cutAcross)
    // a table of areas across that does not fold by age is still read cut per area, so that no row reads as another's
    : cutAcross !== undefined ? foldingSink(rowSink, cutAcross(UNFOLDED), run) : rowSink;
  const sink = folded !== null ? foldSexRows(byAgeSink, folded, run, headerRecord.index) : byAgeSink;
  for (const r of head.slice(frame.at + 1)) if (sink.push(r)) await sink.flush();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    // indexed: a for-of over the batch, kept across the await, made an iterator result per row
    const batch = next.value;
    for (let k = 0; k < batch.length; k++) if (sink.push(batch[k])) await sink.flush();
  }
  return { sink, dataset: frame.dataset, plan: mapped.plan, headerIndex: headerRecord.index, groupColumns };
}

/** How many records a header can be told within: a header further down (60 lines of notes and a legend over the
 *  table) is none of the first HEAD_RECORDS', so when those hold none, the head is read on (into `head`) to
 *  DEEP_HEAD_RECORDS and the header looked for there, said as header_far_down. */
async function headerSearchDepth(head: ParsedRecord[], iterator: AsyncIterator<ParsedRecord[]>, run: RunState):
  Promise<{ searched: number; look: HeadLook | null }> {
  if (head.length < HEAD_RECORDS) return { searched: HEAD_RECORDS, look: null };
  const first = headerLook(head.slice(0, HEAD_RECORDS), run);
  if (holdsHeader(first, run)) return { searched: HEAD_RECORDS, look: first };
  while (head.length < DEEP_HEAD_RECORDS) {
    const next = await iterator.next();
    if (next.done) break;
    for (const r of next.value) head.push(r);
  }
  const deeper = head.slice(0, DEEP_HEAD_RECORDS);
  const look = headerLook(deeper, run);
  const at = look.found?.at ?? -1;
  if (at < HEAD_RECORDS) return { searched: HEAD_RECORDS, look: first };
  run.log.add(issue("header_far_down", { value: rowText(deeper[at].cells), detail: String(deeper[at].index) }));
  return { searched: DEEP_HEAD_RECORDS, look };
}

/** The row that reads best as a header (of the run's dataset, or of any) among these records. */
function headerLook(records: readonly ParsedRecord[], run: RunState): HeadLook {
  const rows = records.map((r) => r.cells);
  return run.dataset ? { rows, dataset: run.dataset, found: locateHeader(rows, run.dataset) } : { rows, dataset: null, found: detectFromHeader(rows, DATASETS) };
}

/** Whether these records hold a row that reads as a header, or a title that names the dataset (chooseFrame's ways). */
const holdsHeader = (look: HeadLook, run: RunState): boolean =>
  look.found !== null || (!run.dataset && detectFromTitle(look.rows, DATASETS) !== null);

/** The name of the municipality the run is for, as its registry names it; empty when it is not known. */
function municipalityName(run: RunState): string {
  return run.municipality === null ? "" : tokyoMunicipality(run.municipality)?.name ?? "";
}

/** Says once that a table by age was folded (and, for a table of the whole municipality, the name its record takes, or
 *  that none is known); returns that name. */
function ageRowsName(run: RunState, layout: AgeRowsLayout, titled: boolean): string {
  const name = layout.area < 0 ? municipalityName(run) : "";
  // a table under a title naming its area is that area's (said with its record), not the whole municipality's
  const whole = layout.area < 0 && !titled;
  run.log.add(issue("rows_by_age_folded", { field: layout.ageHeader, value: layout.shown, ...(whole ? { detail: name } : {}) }));
  if (layout.blocks !== undefined) {
    run.log.add(issue("rows_by_age_side_by_side", { field: layout.ageHeader, value: String(layout.blocks.count), detail: layout.blocks.shown }));
  }
  if (whole && name === "") run.log.add(issue("ward_by_age_unnamed", { value: run.fileName }));
  return name;
}

/** Whether the first filled row under the header names an area (【本町一丁目】, 町丁名：本町一丁目): the tables by age are
 *  each area's, each under its name. */
function opensWithAreaTitle(rows: readonly ParsedRecord[]): boolean {
  const first = rows.find((r) => !isBlankRow(r.cells));
  return first !== undefined && areaOfTitle(first.cells) !== null;
}

/** The area the last title row over the header names (町丁名：本町一丁目), with the row's text. */
function areaTitleOf(titleRows: ReadonlyArray<readonly string[]>): AreaTitle | null {
  for (let k = titleRows.length - 1; k >= 0; k--) {
    const name = areaOfTitle(titleRows[k]);
    if (name !== null) return { text: rowText(titleRows[k]), name };
  }
  return null;
}

/** The publisher of a file that was not told it (no --municipality, no code in the file name), from what names it; a
 *  warning when nothing does and the file has no code column of its own to fill 全国地方公共団体コード from. */
function findPublisher(run: RunState, above: readonly string[][], rows: readonly string[][], plan: ColumnPlan, dataset: Dataset): void {
  const guess = findPublisherOf(run.fileName, above, rows, plan);
  if (guess !== null) {
    run.municipality = guess.code;
    const header = guess.column === undefined ? undefined : plan.sourceHeaders[plan.keys.indexOf(guess.column)];
    run.log.add(issue("municipality_inferred", { field: guess.by, value: `${guess.name}（${guess.code}）`, ...(header ? { detail: header } : {}) }));
  } else if (dataset.columnByKey.has("local_government_code") && !plan.keys.includes("local_government_code")) {
    run.log.add(issue("municipality_unknown", { value: run.fileName }));
  }
}

/** A legend's codes are read as its words in the column it explains; the first legend of a column holds. It is
 *  reported once a cell was read by it (end-of-file-issues.ts): a file without the column, or with words in it, is told nothing. */
/** The code tables (Column.codeTable) of the columns the file heads with their system's header. */
function codeTablesOf(plan: ColumnPlan, dataset: Dataset): Legend[] {
  return dataset.columns.flatMap((c) => {
    const at = c.codeTable === undefined ? -1 : plan.keys.indexOf(c.key);
    if (at < 0 || c.codeTable === undefined) return [];
    const header = normalizeHeader(plan.sourceHeaders[at] ?? "");
    return c.codeTable.headers.some((h) => normalizeHeader(h) === header) ? [{ key: c.key, codes: c.codeTable.codes }] : [];
  });
}

function takeLegend(run: RunState, legend: Legend, at: LegendPlace): void {
  if (run.legends?.[legend.key] !== undefined) return;
  run.legends = { ...run.legends, [legend.key]: legend.codes };
  run.legendsAt = { ...run.legendsAt, [legend.key]: at };
}

/** A title's as-of date (`令和6年1月1日現在`) is the file's: it outranks a date in the file name, often the day the
 *  file was made or uploaded (population_20240201 for figures as of 1 January); when the two differ, that is said.
 *  `bare`: a population table's title, whose date alone (町丁別人口（令和6年1月1日）) is its figures' too, which is said. */
function takeTitleDate(run: RunState, cells: readonly string[], bare = false): void {
  if (run.asOfFromTitle) return;
  const said = asOfDate(cells);
  const titled = said ?? (bare ? bareTitleDate(cells) : undefined);
  if (titled === undefined) return;
  if (said === undefined) run.log.add(issue("as_of_from_title_date", { field: "survey_date", value: rowText(cells), detail: titled }));
  if (run.asOf !== undefined && run.asOf !== titled) {
    run.log.add(issue("as_of_dates_differ", { field: "survey_date", value: `${run.fileName} → ${run.asOf} / ${rowText(cells)} → ${titled}` }));
  }
  run.asOf = titled;
  run.asOfFromTitle = true;
}

/** The header's hidden columns (a workbook sheet's) that have a name; the officer is told they are read. */
function hiddenOf(cells: readonly string[], run: RunState): ReadonlySet<number> {
  const ranges = run.hiddenColumns?.ranges ?? [];
  if (ranges.length === 0) return new Set();
  const hidden = new Set<number>();
  cells.forEach((cell, i) => {
    if (cell.trim() !== "" && ranges.some(([first, last]) => i >= first && i <= last)) hidden.add(i);
  });
  const named = [...hidden].map((i) => `${columnLetters(i)}列「${cells[i].trim()}」`);
  if (named.length > 0) run.log.add(issue("hidden_columns_read", { field: run.hiddenColumns?.sheet, value: named.join("、") }));
  return hidden;
}

/** The mapping with the columns of a table beside the list (from `side`) left unread. */
function withSideTable(mapped: ReturnType<typeof mapHeaders>, side: number | null): ReturnType<typeof mapHeaders> {
  return side === null ? mapped : { ...mapped, plan: { ...mapped.plan, sideTableAt: side - 1 } };
}

/** The merged ranges across columns that lie on the header's rows (records `top` to `at`, 1-based: the chosen sheet's
 *  rows, one further on). */
function mergesOfHeader(run: RunState, top: number, at: number): AcrossMerge[] {
  return (run.acrossMerges ?? []).filter((m) => m.top <= at - 1 && m.bottom >= top - 1);
}

/** The mapping with the parts of values to join (merged-header.ts) in its plan. */
function withMergedParts<T extends { plan: ColumnPlan }>(mapped: T, parts: ReadonlyArray<MergedParts>): T {
  return parts.length === 0 ? mapped : { ...mapped, plan: { ...mapped.plan, mergedParts: parts } };
}

/** mapHeaders, with a column of both coordinates (緯度・経度) read as 緯度 and 経度 when the header has neither alone. */
function mapHeaderOrPair(cells: readonly string[], dataset: Dataset, run: RunState): ReturnType<typeof mapHeaders> {
  const hidden = hiddenOf(cells, run);
  const plain = mapHeaders(cells, dataset, hidden);
  const pair = dataset.columnByKey.has("latitude") && dataset.columnByKey.has("longitude") ? coordinatePairOf(cells) : null;
  if (pair === null || plain.plan.keys.includes("latitude") || plain.plan.keys.includes("longitude")) return plain;
  // the pair's column is read as two: the columns after it stand one further on
  const mapped = mapHeaders(expandHeader(cells, pair), dataset, new Set([...hidden].map((i) => (i > pair.at ? i + 1 : i))));
  // the report names the file's own header for both
  for (const k of [pair.at, pair.at + 1]) mapped.header[k] = { ...mapped.header[k], source: pair.source };
  run.log.add(issue("coordinates_column_split", { field: pair.source, value: pair.lonFirst ? "経度, 緯度" : "緯度, 経度" }));
  return { ...mapped, plan: { ...mapped.plan, pairAt: pair.at } };
}
