// The row stage of a run: each record under the header → split → normalize (contract B) → validate → a
// HarmonizedRow (data-row.ts), gathered into batches of at most 250 for the caller (row-batches.ts). Non-data rows are
// skipped with an issue (row-kinds.ts), and so are subtotal rows (a 町 over its 丁目: subtotal-rows.ts), for which the
// rows under a place are held until its group ends. What is said once for the file is tallied (range-tally.ts) and
// told at its end (end-of-file-issues.ts).
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Prepared, dataRowReader } from "./data-row.ts";
import { rowIdentity, rowName } from "./duplicate-ids.ts";
import { reportEndOfFile, rowsNotReadIssue, type RowsNotRead, sayRowsNotRead } from "./end-of-file-issues.ts";
import { FillDown, groupHeadedColumnsOf, heldLayoutOf } from "./fill-down.ts";
import { sameAsBesideReader } from "./same-as-beside.ts";
import { SectionKinds, sectionKindLayoutsOf } from "./section-kind.ts";
import { heldRow, SubtotalRows, subtotalLayoutOf, type ToldRow } from "./subtotal-rows.ts";
import { SumRows } from "./sum-rows.ts";
import { tokyoMunicipality } from "./normalize/location.ts";
import { joinSubdivided } from "./subdivided-name.ts";
import { type Issue, type IssueCode, issue } from "./issues.ts";
import type { CellMemo } from "./normalize/memo.ts";
import type { ParsedRecord } from "./parse.ts";
import { expandRecord } from "./coordinate-pair.ts";
import { joinMergedParts } from "./merged-header.ts";
import { type NoteOnRowAbove, noteOnRowAboveReader, withNotes } from "./note-on-row-above.ts";
import { type RangeTally, RowTally } from "./range-tally.ts";
import { RowBatches } from "./row-batches.ts";
import { filledAt, RowKinds } from "./row-kinds.ts";
import { isBlankRow, isNotCurrentStart, isOneCellRow, isReferenceStart, rowText } from "./rows.ts";
import { asOfDate } from "./as-of.ts";
import type { OnBatch, RunState } from "./run.ts";

/** NUL bytes: on a row of nothing else, a part of the file zeroed (a Ctrl-Z there ends a file joined to the next) */
const NULS = /\x00/g;

export interface RowSink {
  /** takes one record; true when a batch is full and flush() should be awaited */
  push(record: ParsedRecord): boolean;
  flush(): Promise<void>;
  /** flushes the last batch and adds the issues known only at the end */
  end(): Promise<void>;
  /** true once a data row has come (rows above it may be requirement, comment or header rows) */
  seenData(): boolean;
  /** true when rows must be read in order, by one sink: a row takes cells from the row above (a grouped list, a place
   *  written once over its parts), or its kind from a heading above it (【認可保育所】), or is told by the rows after it
   *  (a subtotal over its parts) */
  readsInOrder(): boolean;
  /** puts the record held for the notes under it into the run (with the notes so far, a ※ line not yet joined read as
   *  any row): the rows after it are read elsewhere (parallel.ts, after the head of the file) */
  settle(): void;
  /** true when a row depended on what came before this sink's first row: a 【参考】 line (the rest is another table)
   *  or a 〃 cell with no row above here; or when a heading here gives its kind to the rows after it, in later ranges
   *  too. A range read on its own is then read again in order, with the rest of the file (parallel.ts). */
  dependsOnEarlierRows(): boolean;
  /** for a range of the file read on its own: flushes, closes a blank run, and returns what end() would report */
  finishRange(): Promise<RangeTally>;
  /** what a later range of the same file found, for end() to report with this sink's own */
  absorb(tally: RangeTally): void;
  /** after finishRange, for the file's next range on this thread: the sink as a new one would start it, its row stage
   *  kept (made and warm already). False when it cannot be: its rows read in order, or depended on earlier ones. */
  nextRange(): boolean;
  /** the rows from here on are the next block of a list printed two-up (two-up.ts), another column of the page: what
   *  the rows before opened (a 【参考】 line, another table under the list, a line held) ends with them, said */
  endBlock?(): void;
}

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
  const batches = new RowBatches(run, onBatch);
  /** 調査年月日 comes from the file's title for every row (the file has no such column) */
  const fillsAsOf = dataset.columnByKey.has("survey_date") && !plan.keys.includes("survey_date");
  let blank: { from: number; to: number } | null = null;
  let seenData = afterData;
  /** the rows under a 【参考】 line or a 【撤去済み】 one, blank ones too, to the end of the file: another table, or
   *  places not in the list now, not read */
  let reference: RowsNotRead | null = null;
  /** under another table below the list: its last filled row, and the last column of its header when it is a smaller
   *  table (a summary), past which a row is the list's again */
  let otherTableLast = 0;
  let otherTableEnd: number | null = null;
  /** the row before is blank or a line of one cell (a title): another table may start here */
  let afterBreak = false;
  /** a row came to this sink (a note on its first row may be on a record of the range before) */
  let seenAnyRow = false;
  const kinds = new RowKinds(dataset, plan);
  const tally = new RowTally(afterData);
  const hasIds = dataset.columnByKey.has("id") && plan.keys.includes("id");
  const identityOf = rowIdentity(dataset);
  const nameOfRecord = plan.keys.includes(dataset.distinctName?.key ?? null) || plan.derived.some((c) => c.key === dataset.distinctName?.key)
    ? rowName(dataset) : null;
  const derived = plan.derived ?? [];
  /** a name over two columns (町名 | 丁目): its place, blank under the first part, is filled from above */
  const subdivided = derived.find((c) => c.how === "subdivided");
  const place = subdivided === undefined ? null : { column: subdivided.parts[0], part: subdivided.parts[1] };
  /** 同上/〃 cells, a group's blank cells and a holder's on the row of its next record, filled from the row above, and
   *  同左/同右 cells from the column beside (each said: data-row.ts fillIssues) */
  const fillDown = new FillDown(groupColumns, place, heldLayoutOf(dataset, plan.keys),
    groupColumns.length > 0 ? groupHeadedColumnsOf(plan) : [], sameAsBesideReader(dataset, plan));
  /** the section a heading naming a kind (【認可保育所】) opened: its rows take the kind */
  const sections = new SectionKinds(sectionKindLayoutsOf(dataset, plan));
  const { prepare, dataRow, formatText, roundedText, figures, takeAsOf } = dataRowReader(run, dataset, plan, { checkWidth, memo, fillDown, sections, tally });
  /** rows that may sum the rows under them (a 町 over its 丁目), held until their group ends */
  const publisher = run.municipality === null ? undefined : tokyoMunicipality(run.municipality);
  const subtotalLayout = subtotalLayoutOf(dataset, plan, publisher === undefined ? [] : [publisher.name, `東京都${publisher.city}`, `東京都${publisher.name}`]);
  const subtotals = subtotalLayout === null ? null : new SubtotalRows<Prepared>(subtotalLayout);
  /** the sums of the records so far, for the totals under them (合計 or no label: sum-rows.ts) */
  const sumRows = subtotalLayout === null ? null : new SumRows(dataset, plan.keys,
    place === null ? [subtotalLayout.name] : [...new Set([subtotalLayout.name, place.column, place.part])], subtotalLayout.wholes);
  /** the row's name as the subtotal stage compares it, indentation kept: the place and part joined (阿佐谷北1丁目) */
  const nameOf = (cells: readonly string[]): string => {
    if (place === null || subtotalLayout === null) return cells[subtotalLayout?.name ?? 0] ?? "";
    const own = cells[place.column] ?? "";
    return own.slice(0, own.length - own.trimStart().length) + joinSubdivided(own, cells[place.part] ?? "", subdivided?.names?.[0] ?? "");
  };

  /** a struck row as its report names it: its name, else its text */
  const nameKey = plan.keys.includes("name") ? "name" : null;
  const struckName = (cells: readonly string[]): string => (nameKey === null ? "" : cells[plan.keys.indexOf(nameKey)]?.trim() ?? "") || rowText(cells);

  /** How many NULs a blank row holds: a part of the file overwritten, not left blank. */
  const nulsIn = (cells: readonly string[]): number => cells.reduce((n, c) => n + (c.match(NULS)?.length ?? 0), 0);

  const closeBlankRun = () => {
    if (!blank) return;
    run.log.add(issue("blank_rows", { row: blank.from, value: blank.from === blank.to ? String(blank.from) : `${blank.from}-${blank.to}`,
      ...(run.encoding === "xlsx" ? { detail: "sheet" } : {}) }));
    blank = null;
  };

  /** a note on a row of its own under a record (note-on-row-above.ts), null when the file has no column to join it to */
  const noteOf = noteOnRowAboveReader(dataset, plan);
  /** the last record, held until the row under it tells whether it is a note on it */
  let lastRecord: Prepared | null = null;
  /** the note rows under it so far */
  let notesUnder: Array<{ r: ParsedRecord; row: number; note: NoteOnRowAbove }> = [];
  /** a range read on its own started with a note on a record of the range before, or ended with notes a record in the
   *  next range may follow: read again in order */
  let noteAcrossRanges = false;
  /** a note was joined to the record above it */
  let notesJoined = false;
  /** Whether the row is a note on the record above it. */
  const isNoteOnRecord = (cells: readonly string[]): NoteOnRowAbove | null => {
    if (noteOf === null) return null;
    const note = noteOf(cells);
    if (note === null || isReferenceStart(cells) || isNotCurrentStart(cells)) return null;
    const skipped = kinds.skipped(cells, true);
    if (skipped === "section_row" || skipped === "print_row") return null;
    return note;
  };
  /** Whether a row reads as a record of its own: two or more cells, none of the rows the kinds tell as no record. */
  const looksLikeRecord = (cells: readonly string[]): boolean => !isBlankRow(cells) && !isOneCellRow(cells) && kinds.skipped(cells, true) === null;

  /** A data row into the run and the batch. */
  const emit = (p: Prepared): void => {
    const out = dataRow(p);
    sumRows?.add(p.row, out.record);
    if (hasIds) tally.noteId(p.row, identityOf(out.record));
    if (nameOfRecord !== null) tally.noteName(p.row, nameOfRecord(out.record));
    run.rows++;
    if (out.valid) run.valid++;
    else run.invalid++;
    batches.add(out);
  };
  /** Rows the subtotal stage has told: a subtotal is said and left out, any other row is data. */
  const release = (told: ReadonlyArray<ToldRow<Prepared>>): void => {
    for (const t of told) {
      if (t.issue !== null) run.log.add(t.issue);
      if (!t.subtotal) emit(t.item);
    }
  };
  const logAll = (issues: readonly Issue[]): void => {
    for (const i of issues) run.log.add(i);
  };
  /** A heading row between the rows: the section before it ends (said), and the rows after it are no longer "as above"
   *  the rows before it. */
  const startSection = (cells: readonly string[], row: number): void => {
    fillDown.restart();
    sumRows?.tableBreak("heading");
    logAll(sections.heading(rowText(cells), row));
    run.log.add(issue("section_row", { row, value: rowText(cells) }));
  };
  /** The section's rows end with the rows read (the end of the file or of what is read). */
  const endSection = (): void => {
    logAll(sections.end());
  };
  /** A row that is no data ends the group of the rows held. */
  const releaseHeld = () => {
    if (subtotals !== null) release(subtotals.end());
  };
  const batchFull = () => batches.full();

  /** The record as the table reads it: without a side table beside it, a pair of records on one line split. */
  const shaped = (read: ParsedRecord): ParsedRecord => {
    const parsed = plan.sideTableAt === undefined || read.cells.length <= plan.sideTableAt ? read : { ...read, cells: read.cells.slice(0, plan.sideTableAt) };
    // the parts' columns are the file's header's, before a column of both coordinates is read as two
    const joined = plan.mergedParts === undefined ? parsed : joinMergedParts(parsed, plan.mergedParts);
    return plan.pairAt === undefined ? joined : expandRecord(joined, plan.pairAt);
  };
  /** a later table's own as-of date has come (its title: 町丁別人口（令和6年2月1日現在）): the rows after it, in later ranges
   *  of the file too, take it */
  let tableDated = false;
  /** A title over a later table, after a break under the data, that dates its figures (令和6年2月1日現在) in a file whose
   *  調査年月日 is its title's: the rows under it take that date, said on the title's row. */
  const dateOfTable = (title: ParsedRecord): void => {
    if (!fillsAsOf) return;
    const date = asOfDate(title.cells);
    if (date === undefined) return;
    const before = takeAsOf(date);
    if (before === date) return;
    tableDated = true;
    run.log.add(issue("as_of_from_table_title", { row: title.index - headerIndex, field: "survey_date", value: rowText(title.cells), detail: date }));
  };
  /** a line of one cell after a break under the data (授乳室一覧), shaped: held until the next row tells whether it is
   *  the title of another table, not read with that table, a heading of this one's next rows (a section_row), or a row
   *  of this one, read as any; or a summary's header (種別 | 設置数, RowKinds.mayHeadSmallerTable), held until the row
   *  under it tells whether a smaller table starts there */
  let heldTitle: ParsedRecord | null = null;
  /** the row pushed heads a smaller table below the list (told by the row under it) */
  let smallerTableHere = false;
  /** the line of one cell over a summary's header held (設置数の内訳 over 種別 | 設置数), held with it */
  let titleOverHeld: ParsedRecord | null = null;

  /** The record held, with the notes under it that are its own (all of them when `recordFollows`, else those in a text
   *  column), into the run; the other notes are read as any row. */
  const releaseRecord = (recordFollows: boolean): void => {
    if (lastRecord === null) return;
    const p = lastRecord;
    lastRecord = null;
    // nearly every record has no note under it: no list made or filtered for it
    if (notesUnder.length === 0) return emit(p);
    const notes = notesUnder;
    notesUnder = [];
    const joined = notes.filter((n) => n.note.inPlace || recordFollows);
    emit(joined.length === 0 ? p : { ...p, cells: withNotes(p.cells, joined.map((n) => n.note)) });
    if (joined.length > 0) notesJoined = true;
    for (const n of joined) run.log.add(issue("note_joined", { row: n.row, field: plan.keys[n.note.target], value: n.note.text, detail: String(p.row) }));
    for (const n of notes) if (!joined.includes(n)) pushRow(n.r);
  };

  /** A record, shaped, into the run. */
  const pushRow = (r: ParsedRecord): boolean => {
    const row = r.index - headerIndex;
    if (lastRecord !== null) {
      const note = isNoteOnRecord(r.cells);
      if (note !== null) {
        notesUnder.push({ r, row, note });
        return false;
      }
      // whether a record follows matters only to notes held under the last one: not asked of every row
      releaseRecord(notesUnder.length > 0 && looksLikeRecord(r.cells));
    } else if (afterData && !seenAnyRow && isNoteOnRecord(r.cells) !== null) noteAcrossRanges = true;
    seenAnyRow = true;
    if (reference !== null) {
      if (reference.code !== "other_table_rows" || isBlankRow(r.cells) || !kinds.resumesList(r.cells, otherTableEnd)) {
        if (reference.from === 0) reference.from = row;
        reference.to = row;
        if (!isBlankRow(r.cells)) otherTableLast = row;
        return false;
      }
      endOtherTable(row);
    }
    if (isBlankRow(r.cells)) {
      const nuls = nulsIn(r.cells);
      if (nuls > 0) run.log.add(issue("nul_row", { row, value: String(nuls) }));
      afterBreak = true;
      releaseHeld();
      sumRows?.tableBreak("gap");
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
      reference = { from: 0, to: 0, code: "reference_rows", line: "" };
      return batchFull();
    }
    if (seenData && isNotCurrentStart(r.cells)) {
      releaseHeld();
      reference = { from: 0, to: 0, code: "not_current_rows", line: rowText(r.cells), lineRow: row };
      return batchFull();
    }
    if (r.struck) {
      releaseHeld();
      run.log.add(issue("struck_row", { row, field: nameKey, value: struckName(r.cells) }));
      return batchFull();
    }
    const broken = afterBreak;
    afterBreak = isOneCellRow(r.cells);
    if (seenData && (smallerTableHere || (broken && kinds.startsOtherTable(r.cells)))) {
      releaseHeld();
      reference = { from: row, to: row, code: "other_table_rows", line: rowText(r.cells) };
      otherTableLast = row;
      otherTableEnd = smallerTableHere ? filledAt(r.cells).at(-1) ?? null : null;
      return batchFull();
    }
    const skipped = kinds.skipped(r.cells, seenData);
    if (skipped === "breakdown_row") {
      run.log.add(issue("breakdown_row", { row, value: rowText(r.cells) }));
      return false;
    }
    if (skipped === "section_row") {
      releaseHeld();
      startSection(r.cells, row);
      return batchFull();
    }
    if (skipped !== null) {
      releaseHeld();
      // no 同上 under the template's example row copies it
      if (skipped === "template_example_row") fillDown.afterExample();
      // the header again: the next table's, or the same one's over its next page
      if (skipped === "repeated_header_row") sumRows?.tableBreak("heading");
      run.log.add(issue(skipped, { row, value: rowText(r.cells) }));
      // a 合計 row's figures, checked against the records above it
      if (skipped === "totals_row" && sumRows !== null) logAll(sumRows.judge(row, rowText(r.cells), figures(r.cells, row), "label").issues);
      return batchFull();
    }
    // a row of a place not published (closed, or of another list): said with the column and words that tell it
    const notPublished = (code: IssueCode, field: string | undefined, detail: string) => {
      releaseHeld();
      run.log.add(issue(code, { row, field, value: rowText(r.cells), detail }));
      return batchFull();
    };
    const deleted = kinds.deleted(r.cells);
    if (deleted !== null) return notPublished("deleted_row", deleted.header, deleted.date);
    const closed = kinds.closedStatus(r.cells);
    if (closed !== null) return notPublished("closed_row", undefined, closed);
    const closedName = kinds.closedInName(r.cells);
    if (closedName !== null) return notPublished("closed_name_row", undefined, closedName);
    const closedKind = kinds.closedInKind(r.cells);
    if (closedKind !== null) return notPublished("closed_kind_row", closedKind.header, closedKind.status);
    const closedRemarks = kinds.closedInRemarks(r.cells);
    if (closedRemarks?.over) run.log.add(issue("over_remarks_state", { row, field: closedRemarks.header, value: rowText(r.cells), detail: closedRemarks.status }));
    else if (closedRemarks !== null) return notPublished("closed_remarks_row", closedRemarks.header, closedRemarks.status);
    // 工事中 alone: published, asked whether the place can be used
    const unsureRemarks = kinds.unsureInRemarks(r.cells);
    if (unsureRemarks !== null) run.log.add(issue("unsure_remarks_state", { row, field: unsureRemarks.header, value: rowText(r.cells), detail: unsureRemarks.status }));
    const other = kinds.otherList(r.cells);
    // a kind of the other list in a file that names no kind of its own: a place of both, read
    if (other?.read) run.log.add(issue("other_list_kind_read", { row, field: other.header, value: rowText(r.cells), detail: other.kind }));
    else if (other !== null) return notPublished("other_list_row", other.header, other.kind);
    if (!seenData) {
      const code = kinds.leading(r.cells);
      if (code) {
        run.log.add(issue(code, { row, value: rowText(r.cells) }));
        return false;
      }
      seenData = true;
    }
    // a total with no label (an Excel =SUM row, or its CSV) or the whole's name (新宿区): the rows above are summed once
    // they are all told
    const sumKind = sumRows === null ? null : r.sumsAbove === true ? "formula" : sumRows.namesNothing(r.cells) ? "values" : sumRows.namesWhole(r.cells) ? "whole" : null;
    if (sumRows !== null && sumKind !== null) {
      releaseHeld();
      const sum = sumRows.judge(row, r.cells.map((c) => c.trim()).filter((c) => c !== "").join("、"), figures(r.cells, row), sumKind);
      if (sum.total) {
        logAll(sum.issues);
        return batchFull();
      }
    }
    sumRows?.see(r.cells);
    const p = prepare(r, row);
    if (subtotals === null || subtotalLayout === null) lastRecord = p;
    else release(subtotals.take(heldRow(p, row, p.cells, nameOf(p.cells), subtotalLayout)));
    return batchFull();
  };
  /** The list goes on at `row` under another table: that table's rows are said now, the blank rows after them as
   *  blank rows, and the rows from here are read again. */
  const endOtherTable = (row: number): void => {
    if (reference === null) return;
    run.log.add(rowsNotReadIssue({ ...reference, to: otherTableLast }));
    reference = null;
    otherTableEnd = null;
    if (otherTableLast + 1 < row) {
      blank = { from: otherTableLast + 1, to: row - 1 };
      afterBreak = true;
    }
  };
  const dependsOnEarlierRows = (): boolean => reference !== null || fillDown.unfilled > 0 || sections.given || tableDated || noteAcrossRanges;

  const releaseTitle = (): void => {
    if (heldTitle === null) return;
    const title = heldTitle;
    heldTitle = null;
    if (titleOverHeld !== null) pushAfterTitle(titleOverHeld, title);
    else pushRow(title);
    titleOverHeld = null;
  };

  /** A line of one cell held after a break, then the row under it. */
  const pushAfterTitle = (title: ParsedRecord, next: ParsedRecord): boolean => {
    dateOfTable(title);
    if (kinds.startsOtherTable(next.cells)) {
      const full = pushRow(next);
      if (reference?.code === "other_table_rows") reference.from = title.index - headerIndex;
      return full;
    }
    // a line that says something of its own (【撤去済み】, 【参考】, ※ a note) is read as it says
    const saysOwn = isReferenceStart(title.cells) || isNotCurrentStart(title.cells) || kinds.skipped(title.cells, seenData) !== null;
    if (!saysOwn && kinds.headsRowsAfterBreak(title.cells, next.cells)) {
      releaseHeld();
      startSection(title.cells, title.index - headerIndex);
      return pushRow(next);
    }
    const full = pushRow(title);
    return pushRow(next) || full;
  };

  /** A summary's header held after a break (and the line of one cell above it, if one was), then the row under it:
   *  another table from there when that row is as narrow, else every row read as before. */
  const pushAfterSmallerHead = (head: ParsedRecord, title: ParsedRecord | null, next: ParsedRecord): boolean => {
    if (!kinds.headsSmallerTable(head.cells, next.cells)) {
      const full = title === null ? pushRow(head) : pushAfterTitle(title, head);
      return pushRow(next) || full;
    }
    // the summary's header is no note on the list's last record (`,設置数` in its ID column)
    releaseRecord(false);
    smallerTableHere = true;
    const full = pushRow(head);
    smallerTableHere = false;
    if (title !== null && reference?.code === "other_table_rows") reference.from = title.index - headerIndex;
    return pushRow(next) || full;
  };

  return {
    push(read) {
      const next = shaped(read);
      if (heldTitle !== null) {
        const title = heldTitle;
        const over = titleOverHeld;
        heldTitle = null;
        titleOverHeld = null;
        if (!isOneCellRow(title.cells) || kinds.mayHeadSmallerTable(title.cells)) return pushAfterSmallerHead(title, over, next);
        if (kinds.mayHeadSmallerTable(next.cells)) {
          titleOverHeld = title;
          heldTitle = next;
          return false;
        }
        return pushAfterTitle(title, next);
      }
      // a summary's header may follow the list with no gap (種別 | 設置数 right under its last row)
      if (seenData && reference === null && !isBlankRow(read.cells)
        && ((afterBreak && isOneCellRow(read.cells)) || kinds.mayHeadSmallerTable(read.cells))) {
        heldTitle = next;
        return false;
      }
      return pushRow(next);
    },
    flush: () => batches.flush(),
    seenData: () => seenData,
    // notes on the records above (joined, or under the last record read so far) are read in order too
    readsInOrder: () => groupColumns.length > 0 || place !== null || subtotals !== null || sections.given || notesJoined || notesUnder.length > 0,
    settle: () => releaseRecord(false),
    dependsOnEarlierRows,
    async finishRange() {
      releaseTitle();
      if (notesUnder.some((n) => !n.note.inPlace)) noteAcrossRanges = true;
      releaseRecord(false);
      releaseHeld();
      endSection();
      closeBlankRun();
      await this.flush();
      return tally.ofRange();
    },
    absorb: (later) => tally.absorb(later),
    nextRange() {
      if (!afterData || groupColumns.length > 0 || place !== null || subtotals !== null || dependsOnEarlierRows()) return false;
      if (heldTitle !== null || lastRecord !== null) return false;
      // what finishRange left is as new (the blank run closed, the sections ended, the last record and its notes out);
      // the rest here
      afterBreak = false;
      seenAnyRow = false;
      notesJoined = false;
      fillDown.reset();
      tally.nextRange();
      return true;
    },
    endBlock() {
      releaseTitle();
      releaseRecord(false);
      releaseHeld();
      closeBlankRun();
      if (reference !== null) sayRowsNotRead(run, reference.code === "other_table_rows" ? { ...reference, to: otherTableLast } : reference);
      reference = null;
      otherTableEnd = null;
      afterBreak = false;
    },
    async end() {
      releaseTitle();
      releaseRecord(false);
      releaseHeld();
      // a 合計 on a table's first row, against the records under it
      if (sumRows !== null) logAll(sumRows.end());
      endSection();
      closeBlankRun();
      await this.flush();
      reportEndOfFile(run, plan, tally, { formatText, roundedText }, reference);
    },
  };
}
