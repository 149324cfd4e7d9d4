// The row stage of a run: each record under the header → split → normalize (contract B) → validate → a
// HarmonizedRow, gathered into batches of at most 250 for the caller. Non-data rows are skipped with an issue, and so
// are subtotal rows (a 町 over its 丁目: subtotal-rows.ts), for which the rows under a place are held until its group ends.
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { DuplicateIds } from "./duplicate-ids.ts";
import { FillDown, type FilledCell } from "./fill-down.ts";
import { numberColumns, withStoredNumbers } from "./format-text-cells.ts";
import { heldRow, SubtotalRows, subtotalLayoutOf, type ToldRow } from "./subtotal-rows.ts";
import { joinSubdivided } from "./subdivided-name.ts";
import { MAX_ISSUES_PER_CODE } from "./issue-log.ts";
import { linkColumns, pageLinkOf, withLinkTargets } from "./link-cells.ts";
import { countedIssue, type Issue, type IssueCode, issue } from "./issues.ts";
import { columnSources, normalizeRow } from "./normalize/index.ts";
import { excuseRequired } from "./normalize/inapplicable.ts";
import { type CellMemo, createCellMemo } from "./normalize/memo.ts";
import type { ParsedRecord } from "./parse.ts";
import { expandRecord } from "./coordinate-pair.ts";
import { isAsOfRow, isBlankRow, isLegendRow, labelColumnOf, isNoteRow, isPlaceholderName, isReferenceStart, isSectionRow, isTotalsRow, leadingNonDataRow, rowText, splitRow } from "./rows.ts";
import type { HarmonizedRow, OnBatch, RunState } from "./run.ts";
import { withDerived } from "./derived-columns.ts";
import { type ListedReading, withListedReading } from "./listed-flags.ts";
import { rejoined } from "./shifted-row.ts";
import { legendText } from "./legend.ts";
import { legendLines } from "./legend-rows.ts";
import { REQUIRED_NOT_NUMBER, validateRecord } from "./validate.ts";


/** Values the publisher withholds or cannot give: published empty, said, and not a required value missing. */
const WITHHELD: ReadonlySet<string> = new Set(["suppressed_count", "not_an_address"]);
/** Small enough that a batch's rows die young (a 1000-row batch outlived two scavenges, so every row was promoted
 *  to the old generation: ~80 MB more heap on the bench file, and more GC time). */
export const MAX_BATCH_ROWS = 250;

export interface RowSink {
  /** takes one record; true when a batch is full and flush() should be awaited */
  push(record: ParsedRecord): boolean;
  flush(): Promise<void>;
  /** flushes the last batch and adds the issues known only at the end */
  end(): Promise<void>;
  /** true once a data row has come (rows above it may be requirement, comment or header rows) */
  seenData(): boolean;
  /** true when rows must be read in order, by one sink: a row takes cells from the row above (a grouped list, a place
   *  written once over its parts) or is told by the rows after it (a subtotal over its parts) */
  readsInOrder(): boolean;
  /** true when a row depended on what came before this sink's first row: a 【参考】 line (the rest is another table)
   *  or a 〃 cell with no row above here. A range read on its own is then read again in order (parallel.ts). */
  dependsOnEarlierRows(): boolean;
  /** for a range of the file read on its own: flushes, closes a blank run, and returns what end() would report */
  finishRange(): Promise<RangeTally>;
  /** what a later range of the same file found, for end() to report with this sink's own */
  absorb(tally: RangeTally): void;
}

/** What a range of rows leaves for the end of the file: rows per absent required column, blank-header columns with data,
 *  and columns the file does not have that were filled in (field, the first value filled). */
export interface RangeTally {
  absentRows: Array<[string, number]>;
  blankWithData: number[];
  filled: Array<[string, string | null]>;
  /** the columns whose codes a legend of the file read */
  legendsRead: string[];
  /** the IDs of the range's rows, for the file's duplicate check (rows and IDs in file order) */
  ids: { rows: number[]; values: string[] };
  widths: RowWidthTally;
}

/** Rows as wide as the header, rows wider with only empty cells past it, and the wider ones whose values did not
 *  read (kept up to MAX_ISSUES_PER_CODE, all counted). */
export interface RowWidthTally {
  fit: number;
  wide: number;
  suspects: Array<[number, string]>;
  suspectCount: number;
}

/** Tells a row shifted by a separator inside a value from a file whose rows all end with spare separators. */
class RowWidths {
  readonly tally: RowWidthTally = { fit: 0, wide: 0, suspects: [], suspectCount: 0 };

  fit(): void {
    this.tally.fit++;
  }

  /** a wider row; `unread`: its cells as "cells/header", when some of its values did not read */
  wide(row: number, unread: string | null): void {
    this.tally.wide++;
    if (unread === null) return;
    if (this.tally.suspectCount++ < MAX_ISSUES_PER_CODE) this.tally.suspects.push([row, unread]);
  }

  absorb(other: RowWidthTally): void {
    this.tally.fit += other.fit;
    this.tally.wide += other.wide;
    for (const s of other.suspects) if (this.tally.suspects.length < MAX_ISSUES_PER_CODE) this.tally.suspects.push(s);
    this.tally.suspectCount += other.suspectCount;
  }

  /** The suspects as issues, when wider rows are the exception in the file. */
  report(run: RunState): void {
    const { fit, wide, suspects, suspectCount } = this.tally;
    if (suspectCount === 0 || wide >= fit) return;
    logExamples(run, suspects.map(([row, value]) => issue("row_maybe_shifted", { row, value })), suspectCount);
  }
}

/** Issues found over the whole file and told at its end: the examples kept, then the rest of `total` counted. */
function logExamples(run: RunState, examples: readonly Issue[], total: number): void {
  for (const found of examples) run.log.add(found);
  if (examples.length === 0) return;
  const counted = countedIssue(examples[0].code, examples[0].field);
  for (let n = examples.length; n < total; n++) run.log.add(counted);
}

/** The issue of each kind of cell filled from the row above (fill-down.ts). */
const FILL_CODES = { ditto: "same_as_above", group: "blank_filled_from_above", nothing_above: "nothing_above",
  after_example: "ditto_after_example" } as const;

/** Fills of an empty cell (codes from the publisher, the name from 都道府県名 + 市区町村名): when the file has no such
 *  column at all, that is said once for the file (column_filled), not on every row. */
const FILLS: ReadonlySet<IssueCode> = new Set(["code_missing", "located_code_from_address", "local_government_name_missing",
  "local_government_name_from_code", "place_from_address", "survey_date_filled"]);

export interface RowSinkOptions {
  /** the header's record index: a record's row is its index minus this */
  headerIndex: number;
  /** short rows are reported (CSV; xlsx rows end early) */
  checkWidth: boolean;
  onBatch?: OnBatch;
  /** the rows start after a data row (a later range of the file read on its own): no leading non-data rows here,
   *  and its IDs are handed on (finishRange) for the file's sink to check */
  afterData?: boolean;
  /** a cell memo that lives longer than this sink (a worker's, over the ranges of one file) */
  memo?: CellMemo;
  /** the leading columns of a grouped list, whose blank cells take the value above (fill-down.ts groupColumnsOf) */
  groupColumns?: readonly number[];
}

export function createRowSink(run: RunState, dataset: Dataset, plan: ColumnPlan,
  { headerIndex, checkWidth, onBatch, afterData = false, memo, groupColumns = [] }: RowSinkOptions): RowSink {
  let batch: HarmonizedRow[] = [];
  /** rows since the last flush (kept in `batch` only when someone takes them) */
  let pending = 0;
  let blank: { from: number; to: number } | null = null;
  let seenData = afterData;
  /** the rows under a 【参考】 line, blank ones too, to the end of the file: another table, not read */
  let reference: { from: number; to: number } | null = null;
  const headerMapped = plan.keys.filter((k) => k !== null).length;
  /** the column that names a row (名称, 地域名): a totals row says 合計 or 中野区計 there */
  const labelIndex = labelColumnOf(plan.keys);
  const labelIsArea = labelIndex >= 0 && plan.keys[labelIndex] === "area_name";
  const breakdown = breakdownOf(dataset, plan);
  const legend = legendLines(plan.sourceHeaders, dataset);
  // the header again under the data (pages of a printed table pasted together): its first mapped cell decides for
  // nearly every row with one comparison
  const headerTexts = plan.sourceHeaders.map((h) => h.trim());
  const firstMapped = plan.keys.findIndex((k) => k !== null);
  const isRepeatedHeader = (cells: readonly string[]): boolean => {
    if (firstMapped < 0 || (cells[firstMapped] ?? "").trim() !== headerTexts[firstMapped]) return false;
    let same = 0;
    for (let i = 0; i < plan.keys.length; i++) if (plan.keys[i] !== null && (cells[i] ?? "").trim() === headerTexts[i]) same++;
    return same >= Math.max(2, headerMapped / 2);
  };
  // issues past the log's cap for their code are only counted: normalizers then format nothing for them
  const onlyCounts = (code: IssueCode) => run.log.onlyCounts(code);
  const inFile = new Set(plan.keys);
  /** columns the file does not have that were filled in: field → the first value (see FILLS) */
  const filled = new Map<string, string | null>();
  // such a fill is made (and formatted) on the first row only, not on every row
  const reportFill = (field: string) => inFile.has(field) || !filled.has(field);
  /** columns whose codes a legend of the file read on some row: codes_from_legend is said at the end for these only */
  const legendsRead = new Set<string>();
  const context = { municipality: run.municipality ?? undefined, asOf: run.asOf, planeAxes: run.planeAxes, legends: run.legends, legendsRead, sourceHeaders: plan.sourceHeaders, memo: memo ?? createCellMemo(onlyCounts), onlyCounts, reportFill };
  // a standard column the file gives through its other columns is read from after the row's cells (derived-columns.ts)
  const derived = plan.derived ?? [];
  const sources = columnSources(dataset, [...plan.keys, ...derived.map((c) => c.key)]);
  const linked = linkColumns(plan.keys, dataset);
  const numbers = numberColumns(plan.keys, dataset);
  /** number columns whose cells showed text of their format (0"人"): field → the first text shown, said once at the end */
  const formatText = new Map<string, string>();
  /** where the name is, when the dataset has a URL the file gives no column for: a link on the name is the page */
  const nameAt = dataset.columnByKey.has("url") && !plan.keys.includes("url") ? plan.keys.indexOf("name") : -1;
  const absent = new Set(plan.absentRequired.map((c) => c.key));
  const absentRows = new Map<string, number>();
  const blankWithData = new Set<number>();
  const hasIds = dataset.columnByKey.has("id") && plan.keys.includes("id");
  const duplicates = new DuplicateIds(MAX_ISSUES_PER_CODE);
  const identityOf = rowIdentity(dataset);
  const rangeIds: RangeTally["ids"] = { rows: [], values: [] };
  const widths = new RowWidths();
  /** a name over two columns (町名 | 丁目): its place, blank under the first part, is filled from above */
  const subdivided = derived.find((c) => c.how === "subdivided");
  const place = subdivided === undefined ? null : { column: subdivided.parts[0], part: subdivided.parts[1] };
  /** 同上/〃 cells and a group's blank cells, filled from the row above (each said: fillIssues) */
  const fillDown = new FillDown(groupColumns, place);
  // a ditto's issue shows the cell as written (同上) and says the value it took; a group's blank cell has no text of
  // its own, so its issue shows the value it took
  const fillIssues = (written: readonly string[], cells: readonly string[], fills: readonly FilledCell[]): Issue[] => fills.map((f) => issue(FILL_CODES[f.how],
    { row: f.row, field: plan.keys[f.column] ?? plan.extraNames[f.column], value: f.how === "group" ? cells[f.column] : written[f.column],
      ...(f.how === "ditto" ? { detail: cells[f.column] } : {}) }));
  /** rows that may sum the rows under them (a 町 over its 丁目), held until their group ends */
  const subtotalLayout = subtotalLayoutOf(dataset, plan);
  const subtotals = subtotalLayout === null ? null : new SubtotalRows<Prepared>(subtotalLayout);
  /** the row's name as the subtotal stage compares it, indentation kept: the place and part joined (阿佐谷北1丁目) */
  const nameOf = (cells: readonly string[]): string => {
    if (place === null || subtotalLayout === null) return cells[subtotalLayout?.name ?? 0] ?? "";
    const own = cells[place.column] ?? "";
    return own.slice(0, own.length - own.trimStart().length) + joinSubdivided(own, cells[place.part] ?? "", subdivided?.names?.[0] ?? "");
  };
  const noteId = (row: number, id: unknown) => {
    if (typeof id !== "string" || id === "") return;
    if (!afterData) duplicates.add(id, row);
    else {
      rangeIds.rows.push(row);
      rangeIds.values.push(id);
    }
  };

  const closeBlankRun = () => {
    if (!blank) return;
    run.log.add(issue("blank_rows", { row: blank.from, value: blank.from === blank.to ? String(blank.from) : `${blank.from}-${blank.to}` }));
    blank = null;
  };

  /** Adds a row's issues; true when one of them is an error. A required column absent from the header is reported
   *  once (missing_column), not on every row, but still makes the row invalid. */
  const record = (issues: readonly Issue[]): boolean => {
    let error = false;
    for (const i of issues) {
      if (i.code === "missing_required" && i.field !== null && absent.has(i.field)) {
        absentRows.set(i.field, (absentRows.get(i.field) ?? 0) + 1);
        error = true;
        continue;
      }
      if (FILLS.has(i.code) && i.field !== null && !inFile.has(i.field)) {
        if (!filled.has(i.field)) filled.set(i.field, i.value);
        continue;
      }
      run.log.add(i);
      if (i.severity === "error") error = true;
    }
    return error;
  };

  /** A row's cells read into a record, with what was found, and nothing logged. `pageLink`: the web page the row's
   *  name links to, its URL when the file has no URL column (a workbook's linked 施設名). */
  const readRow = (cells: readonly string[], row: number, pageLink?: string) => {
    const split = splitRow(cells, plan, row, checkWidth);
    let values = cells;
    let derivedIssues: Issue[] | null = null;
    let listed: ListedReading | null = null;
    if (derived.length > 0) {
      const withValues = withDerived(cells, plan.keys.length, derived, row);
      values = withValues.values;
      derivedIssues = withValues.issues;
      listed = withValues.listed;
      for (let k = 0; k < derived.length; k++) split.cells[derived[k].key] = values[plan.keys.length + k];
    }
    const normalized = normalizeRow(values, sources, split.cells, dataset, row, context);
    if (listed !== null) withListedReading(normalized.record, listed);
    if (pageLink !== undefined && normalized.record.url === null) {
      normalized.record.url = pageLink;
      normalized.issues.push(issue("url_from_name_link", { row, field: "url", value: pageLink }));
    }
    let checked = validateRecord(dataset, normalized.record, row, split.cells);
    // an empty 所在地 of a 無形文化財 is no missing value: it has no place
    if (checked.length && dataset.notRequiredFor !== undefined) checked = excuseRequired(checked, normalized.record, dataset, row);
    if (checked.length) {
      // a field whose normalizer already reported an error is not reported again by validation, nor a figure kept
      // secret (x, ＊) or an address withheld (非公開, 区内各所): empty as published, not a value the officer can enter
      const flagged = new Set(normalized.issues.filter((i) => i.severity === "error" || WITHHELD.has(i.code)).map((i) => i.field));
      checked = checked.filter((i) => !flagged.has(i.field));
      // a required number that did not read is one error (required_not_integer), not that and unparseable_number
      const notNumbers = new Set(checked.filter((i) => REQUIRED_NOT_NUMBER.has(i.code)).map((i) => i.field));
      if (notNumbers.size > 0) normalized.issues = normalized.issues.filter((i) => !(i.code === "unparseable_number" && notNumbers.has(i.field)));
    }
    return { split, derivedIssues, normalized, checked };
  };
  /** The file's own columns whose value did not read or is wrong (not repairs such as a 5-digit code, nor the columns
   *  the file lacks, the same on every row). */
  const misreadOf = (read: ReturnType<typeof readRow>) => new Set([...read.normalized.issues, ...read.checked]
    .filter((i) => (i.severity === "error" || i.code.startsWith("unparseable") || i.code === "not_a_url") && i.field !== null && inFile.has(i.field))
    .map((i) => i.field));

  /** Whether a row put back by a join has its address where an address goes: a text column takes any value, and a
   *  join one cut off lands a name's second half (B店, 新館) there, completed as 東京都新宿区B店. Only for judging joins:
   *  an address with no number at all (no digit, no kanji numeral) is no sign the join is right. */
  const addressAt = plan.keys.indexOf("full_address");
  const numberedAddress = (candidate: readonly string[]) => addressAt < 0 || (candidate[addressAt] ?? "").trim() === ""
    || /[0-9０-９一二三四五六七八九十〇]/.test(candidate[addressAt]);

  /** The position of the last filled cell among the first `width`. */
  const lastFilled = (cells: readonly string[], width: number) => {
    for (let i = Math.min(width, cells.length) - 1; i >= 0; i--) if (cells[i].trim() !== "") return i;
    return -1;
  };

  /** A data row's cells with link targets taken and "as above" cells filled: in file order, before the row may be held. */
  const prepare = (r: ParsedRecord, row: number): Prepared => {
    const withStored = r.stored === undefined || numbers.length === 0 ? null : withStoredNumbers(r.cells, r.stored, numbers);
    if (withStored !== null) for (const [field, shown] of withStored.shown) if (!formatText.has(field)) formatText.set(field, shown);
    const read = withStored === null ? r.cells : withStored.cells;
    const withLinks = r.links === undefined || linked.length === 0 ? null : withLinkTargets(read, r.links, linked, row);
    const fills: FilledCell[] = [];
    const cells = fillDown.apply(withLinks === null ? read : withLinks.cells, row, fills);
    return { r, row, cells, fills, linkIssues: withLinks === null ? null : withLinks.issues };
  };

  const dataRow = ({ r, row, cells: prepared, fills, linkIssues }: Prepared): HarmonizedRow => {
    let cells = prepared;
    for (const n of plan.blankColumns) if ((cells[n - 1] ?? "").trim() !== "") blankWithData.add(n);
    const pageLink = nameAt < 0 ? undefined : pageLinkOf(r.links?.get(nameAt));
    let read = readRow(cells, row, pageLink);
    // separators too many and values that do not read: a comma inside a value (株式会社ABC,原宿店, 1,000) shifted every
    // later value; rejoined where that alone makes every value read. With only empty cells past the header, one value
    // that does not read in the row's last filled column is no sign: a row of a file whose rows all end with a spare
    // separator may have one there, and joining it to the cell before it would always "read". A filled cell past the
    // header is the last column's value pushed out, unless the file's rows usually have one (columns with no header):
    // when no join puts the row back, it is invalid rather than published shifted.
    let shift: Issue | null = null;
    const pastHeader = checkWidth && !plan.valuesPastHeader && read.split.emptyExcess === 0 && lastFilled(cells, cells.length) >= plan.keys.length;
    const misread = read.split.emptyExcess === 1 || pastHeader ? misreadOf(read) : null;
    // a filled cell past the header beside one value that does not read is a note and a bad value as often as a shift
    // (内線のみ, 要確認 with a remark after the last column): the row is only put back by a cut that is a value's own
    // (1|000, ビル|1F), and left as it is when there is none
    const weak = pastHeader && misread !== null && misread.size === 1;
    const suspect = misread !== null && (misread.size >= 2 || (misread.size === 1 && (pastHeader || plan.keys.indexOf([...misread][0]) < lastFilled(cells, plan.keys.length))));
    if (suspect) {
      const found = rejoined(cells, plan.keys.length, (candidate) => misreadOf(readRow(candidate, row)).size === 0 && numberedAddress(candidate), weak);
      if (found !== null) {
        shift = issue(found.joined === null ? "row_shifted" : "row_rejoined", { row, value: found.where });
        if (found.joined !== null) {
          cells = found.joined;
          read = readRow(cells, row, pageLink);
        }
      } else if (pastHeader && !weak) {
        shift = issue("row_shifted", { row, value: `「${cells.find((c) => c.trim() !== "")}」～「${cells[lastFilled(cells, cells.length)]}」` });
      }
    }
    const { split, derivedIssues, normalized, checked } = read;
    // a row told shifted has its cells past the header said by row_shifted, not again as too many
    let error = record(shift?.code === "row_shifted" ? split.issues.filter((i) => i.code !== "too_many_fields") : split.issues);
    if (shift !== null && record([shift])) error = true;
    if (fills.length > 0 && record(fillIssues(r.cells, prepared, fills))) error = true;
    if (linkIssues !== null) record(linkIssues);
    if (r.quoteProblem && record([issue(r.quoteProblem, { row })])) error = true;
    if (derivedIssues !== null) record(derivedIssues);
    if (record(normalized.issues)) error = true;
    if (record(checked)) error = true;
    if (split.emptyExcess > 0 && shift === null) {
      // more separators than the header, and values that did not read: a separator inside a value, unless most rows
      // are that wide (trailing separators), which only the end of the file knows
      const unread = error || normalized.issues.some((i) => i.severity !== "info") || checked.length > 0;
      widths.wide(row, unread ? `${cells.length}/${plan.keys.length}` : null);
    } else if (cells.length === plan.keys.length) widths.fit();
    return { row, record: normalized.record, extra: split.extra, valid: !error, cells: split.cells };
  };

  /** A data row into the run and the batch. */
  const emit = (p: Prepared): void => {
    const out = dataRow(p);
    if (hasIds) noteId(p.row, identityOf(out.record));
    run.rows++;
    if (out.valid) run.valid++;
    else run.invalid++;
    if (onBatch) batch.push(out);
    pending++;
  };
  /** Rows the subtotal stage has told: a subtotal is said and left out, any other row is data. */
  const release = (told: ReadonlyArray<ToldRow<Prepared>>): void => {
    for (const t of told) {
      if (t.issue !== null) run.log.add(t.issue);
      if (!t.subtotal) emit(t.item);
    }
  };
  /** A row that is no data ends the group of the rows held. */
  const releaseHeld = () => {
    if (subtotals !== null) release(subtotals.end());
  };
  const batchFull = () => pending >= MAX_BATCH_ROWS;

  return {
    push(parsed) {
      const r = plan.pairAt === undefined ? parsed : expandRecord(parsed, plan.pairAt);
      const row = r.index - headerIndex;
      if (reference !== null) {
        if (reference.from === 0) reference.from = row;
        reference.to = row;
        return false;
      }
      if (isBlankRow(r.cells)) {
        releaseHeld();
        if (blank && blank.to === row - 1) blank.to = row;
        else {
          closeBlankRun();
          blank = { from: row, to: row };
        }
        return batchFull();
      }
      closeBlankRun();
      if (seenData && isReferenceStart(r.cells)) {
        releaseHeld();
        run.log.add(issue("note_row", { row, value: rowText(r.cells) }));
        reference = { from: 0, to: 0 };
        return batchFull();
      }
      const part = breakdown === null ? null : breakdown.partOf(r.cells);
      if (part === "part") {
        run.log.add(issue("breakdown_row", { row, value: rowText(r.cells) }));
        return false;
      }
      // a 計 row of a breakdown is the place's record, not a totals row
      const notData = legend.test(r.cells) || isNoteRow(r.cells) || isLegendRow(r.cells) || isAsOfRow(r.cells) ? "note_row" : isSectionRow(r.cells) ? "section_row"
        : part !== "whole" && isTotalsRow(r.cells, labelIndex, labelIsArea) ? "totals_row" : seenData && isRepeatedHeader(r.cells) ? "repeated_header_row" : null;
      if (notData !== null) {
        releaseHeld();
        if (notData === "section_row") fillDown.restart();
        run.log.add(issue(notData, { row, value: rowText(r.cells) }));
        return batchFull();
      }
      // the template's example row (名称 〇〇会館), wherever it was left: not data, and no 同上 under it copies it
      if (labelIndex >= 0 && isPlaceholderName(r.cells[labelIndex])) {
        releaseHeld();
        fillDown.afterExample();
        run.log.add(issue("template_example_row", { row, value: rowText(r.cells) }));
        return batchFull();
      }
      if (!seenData) {
        const code = leadingNonDataRow(r.cells, dataset, headerMapped);
        if (code) {
          run.log.add(issue(code, { row, value: rowText(r.cells) }));
          return false;
        }
        seenData = true;
      }
      const p = prepare(r, row);
      if (subtotals === null || subtotalLayout === null) emit(p);
      else release(subtotals.take(heldRow(p, row, p.cells, nameOf(p.cells), subtotalLayout)));
      return batchFull();
    },
    async flush() {
      if (pending === 0) return;
      const full = batch;
      batch = [];
      pending = 0;
      if (onBatch) await onBatch(full);
      run.options.onProgress?.({ rows: run.rows });
    },
    seenData: () => seenData,
    readsInOrder: () => groupColumns.length > 0 || place !== null || subtotals !== null,
    dependsOnEarlierRows: () => reference !== null || fillDown.unfilled > 0,
    async finishRange() {
      releaseHeld();
      closeBlankRun();
      await this.flush();
      return { absentRows: [...absentRows], blankWithData: [...blankWithData], filled: [...filled], legendsRead: [...legendsRead], ids: rangeIds, widths: widths.tally };
    },
    absorb(tally) {
      for (const [field, n] of tally.absentRows) absentRows.set(field, (absentRows.get(field) ?? 0) + n);
      for (const n of tally.blankWithData) blankWithData.add(n);
      for (const [field, value] of tally.filled) if (!filled.has(field)) filled.set(field, value);
      for (const key of tally.legendsRead) legendsRead.add(key);
      const { rows, values } = tally.ids;
      for (let k = 0; k < rows.length; k++) duplicates.add(values[k], rows[k]);
      widths.absorb(tally.widths);
    },
    async end() {
      releaseHeld();
      closeBlankRun();
      await this.flush();
      if (reference !== null && reference.from > 0) run.log.add(issue("reference_rows", { row: reference.from, value: `${reference.from}-${reference.to}` }));
      for (const c of plan.absentRequired) {
        if (absentRows.has(c.key)) run.log.add(issue("missing_column", { field: c.key, value: c.ja }));
      }
      if (blankWithData.size) run.log.add(issue("blank_header", { value: [...blankWithData].sort((a, b) => a - b).join(", ") }));
      for (const [field, value] of filled) run.log.add(issue("column_filled", { field, value }));
      for (const [field, value] of formatText) run.log.add(issue("number_shown_with_text", { field, value }));
      for (const [key, codes] of Object.entries(run.legends ?? {})) {
        if (legendsRead.has(key)) run.log.add(issue("codes_from_legend", { field: key, value: legendText(codes), detail: run.legendsAt?.[key] }));
      }
      widths.report(run);
      reportDuplicates(run, duplicates);
      if (run.rows === 0) run.log.add(issue("no_data_rows", { value: run.fileName }));
    },
  };
}

/** A data row made ready in file order (links taken, "as above" cells filled), then read (it may be held first). */
interface Prepared {
  r: ParsedRecord;
  row: number;
  cells: readonly string[];
  fills: FilledCell[];
  linkIssues: Issue[] | null;
}

/** What tells a record from the others (Dataset.identity): its ID, with the other columns' values that are given
 *  (`d0001 / AED設置箇所一覧（CSV） / https://…/aed.csv`); not a string when the ID is empty. */
function rowIdentity(dataset: Dataset): (record: Record<string, unknown>) => unknown {
  const others = (dataset.identity ?? []).filter((key) => key !== "id" && dataset.columnByKey.has(key));
  if (others.length === 0) return (record) => record.id;
  return (record) => {
    const id = record.id;
    if (typeof id !== "string" || id === "") return id;
    let identity = id;
    for (const key of others) {
      const value = record[key];
      if (typeof value === "string" && value !== "") identity += ` / ${value}`;
    }
    return identity;
  };
}

/** Every row that shares its ID with another, at the end of the file (rows of one ID together, by row); past the
 *  examples kept, counted. */
function reportDuplicates(run: RunState, duplicates: DuplicateIds): void {
  const kept = [...duplicates.found].sort((a, b) => a.row - b.row);
  logExamples(run, kept.map((d) => issue("duplicate_id", { row: d.row, field: "id", value: d.id })), duplicates.count);
  if (duplicates.unchecked > 0) run.log.add(issue("duplicate_ids_unchecked", { field: "id", value: String(duplicates.unchecked) }));
}

/** The file's breakdown column (Dataset.breakdown), if it has one: which rows are the whole of a place, which a part. */
function breakdownOf(dataset: Dataset, plan: ColumnPlan): { partOf(cells: readonly string[]): "whole" | "part" | null } | null {
  const spec = dataset.breakdown;
  if (spec === undefined) return null;
  const headers = new Set(spec.headers);
  const at = plan.sourceHeaders.findIndex((h, i) => plan.keys[i] === null && headers.has(h.normalize("NFKC").replace(/\s/g, "")));
  if (at < 0) return null;
  const whole = new Set(spec.whole);
  const parts = new Set(spec.parts);
  return {
    partOf(cells) {
      const v = (cells[at] ?? "").replace(/[\s\u3000]/g, "");
      return whole.has(v) ? "whole" : parts.has(v) ? "part" : null;
    },
  };
}
