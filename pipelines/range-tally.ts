// What a sink's rows leave for the end of the file, gathered while they are read: rows per absent required column,
// blank-header columns with data, columns filled in, the legends read, the IDs and the rows' widths. A range of the
// file read on its own hands its tally on as plain data (RangeTally: it crosses threads), and the file's sink absorbs it.
import { DuplicateIds } from "./duplicate-ids.ts";
import { logExamples } from "./end-of-file-issues.ts";
import { MAX_ISSUES_PER_CODE } from "./issue-log.ts";
import { issue } from "./issues.ts";
import type { RunState } from "./run.ts";

/** What a range of rows leaves for the end of the file: rows per absent required column, blank-header columns with data,
 *  and columns the file does not have that were filled in (field, the first value filled). */
export interface RangeTally {
  absentRows: Array<[string, number]>;
  /** the rows counted in absentRows, by field (the first MAX_ISSUES_PER_CODE), for naming them when not all are */
  absentAt: Array<[string, number[]]>;
  blankWithData: number[];
  filled: Array<[string, string | null]>;
  /** the columns whose codes a legend of the file read */
  legendsRead: string[];
  /** the IDs of the range's rows, for the file's duplicate check (rows and IDs in file order) */
  ids: { rows: number[]; values: string[] };
  /** the names of the range's rows (Dataset.distinctName), as the IDs */
  names: { rows: number[]; values: string[] };
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
export class RowWidths {
  #tally: RowWidthTally = { fit: 0, wide: 0, suspects: [], suspectCount: 0 };

  get tally(): RowWidthTally {
    return this.#tally;
  }

  /** Counts from zero again, the tally so far left to whoever took it (a range's, handed on). */
  restart(): void {
    this.#tally = { fit: 0, wide: 0, suspects: [], suspectCount: 0 };
  }

  fit(): void {
    this.#tally.fit++;
  }

  /** a wider row; `unread`: its cells as "cells/header", when some of its values did not read */
  wide(row: number, unread: string | null): void {
    this.#tally.wide++;
    if (unread === null) return;
    if (this.#tally.suspectCount++ < MAX_ISSUES_PER_CODE) this.#tally.suspects.push([row, unread]);
  }

  absorb(other: RowWidthTally): void {
    this.#tally.fit += other.fit;
    this.#tally.wide += other.wide;
    for (const s of other.suspects) if (this.#tally.suspects.length < MAX_ISSUES_PER_CODE) this.#tally.suspects.push(s);
    this.#tally.suspectCount += other.suspectCount;
  }

  /** The suspects as issues, when wider rows are the exception in the file. */
  report(run: RunState): void {
    const { fit, wide, suspects, suspectCount } = this.#tally;
    if (suspectCount === 0 || wide >= fit) return;
    logExamples(run, suspects.map(([row, value]) => issue("row_maybe_shifted", { row, value })), suspectCount);
  }
}

/** The tally of one sink: its own rows', and those of the later ranges it absorbed. */
export class RowTally {
  /** rows whose required value is missing because the header has no such column: field → rows */
  readonly absentRows = new Map<string, number>();
  /** the first such rows of each field (MAX_ISSUES_PER_CODE), in file order */
  readonly absentAt = new Map<string, number[]>();
  readonly blankWithData = new Set<number>();
  /** columns the file does not have that were filled in: field → the first value (data-row.ts FILLS) */
  readonly filled = new Map<string, string | null>();
  /** columns whose codes a legend of the file read on some row: codes_from_legend is said at the end for these only */
  readonly legendsRead = new Set<string>();
  readonly duplicates = new DuplicateIds(MAX_ISSUES_PER_CODE);
  /** records' names (Dataset.distinctName) that another record has */
  readonly duplicateNames = new DuplicateIds(MAX_ISSUES_PER_CODE);
  readonly widths = new RowWidths();
  private rangeIds: RangeTally["ids"] = { rows: [], values: [] };
  private rangeNames: RangeTally["names"] = { rows: [], values: [] };

  /** `handsOnIds`: the rows are a later range of the file, whose IDs the file's sink checks (afterData) */
  constructor(private readonly handsOnIds: boolean) {}

  /** A row whose required `field` is missing as the header has no such column. */
  noteAbsent(field: string, row: number): void {
    this.absentRows.set(field, (this.absentRows.get(field) ?? 0) + 1);
    const rows = this.absentAt.get(field);
    if (rows === undefined) this.absentAt.set(field, [row]);
    else if (rows.length < MAX_ISSUES_PER_CODE) rows.push(row);
  }

  noteId(row: number, id: unknown): void {
    this.#note(this.duplicates, this.rangeIds, row, id);
  }

  noteName(row: number, name: unknown): void {
    this.#note(this.duplicateNames, this.rangeNames, row, name);
  }

  /** A row's value checked against the others' in `table`, or kept in `range` for the file's sink to check. */
  #note(table: DuplicateIds, range: RangeTally["ids"], row: number, value: unknown): void {
    if (typeof value !== "string" || value === "") return;
    if (!this.handsOnIds) table.add(value, row);
    else {
      range.rows.push(row);
      range.values.push(value);
    }
  }

  /** as plain data, for the file's sink (finishRange) */
  ofRange(): RangeTally {
    return { absentRows: [...this.absentRows], absentAt: [...this.absentAt], blankWithData: [...this.blankWithData], filled: [...this.filled], legendsRead: [...this.legendsRead], ids: this.rangeIds,
      names: this.rangeNames, widths: this.widths.tally };
  }

  /** Empty again for the file's next range (after ofRange, whose arrays are left to the range's result). */
  nextRange(): void {
    this.absentRows.clear();
    this.absentAt.clear();
    this.blankWithData.clear();
    this.filled.clear();
    this.legendsRead.clear();
    this.rangeIds = { rows: [], values: [] };
    this.rangeNames = { rows: [], values: [] };
    this.widths.restart();
  }

  absorb(tally: RangeTally): void {
    for (const [field, n] of tally.absentRows) this.absentRows.set(field, (this.absentRows.get(field) ?? 0) + n);
    for (const [field, rows] of tally.absentAt) {
      const kept = this.absentAt.get(field) ?? [];
      this.absentAt.set(field, [...kept, ...rows].slice(0, MAX_ISSUES_PER_CODE));
    }
    for (const n of tally.blankWithData) this.blankWithData.add(n);
    for (const [field, value] of tally.filled) if (!this.filled.has(field)) this.filled.set(field, value);
    for (const key of tally.legendsRead) this.legendsRead.add(key);
    const { rows, values } = tally.ids;
    for (let k = 0; k < rows.length; k++) this.duplicates.add(values[k], rows[k]);
    for (let k = 0; k < tally.names.rows.length; k++) this.duplicateNames.add(tally.names.values[k], tally.names.rows[k]);
    this.widths.absorb(tally.widths);
  }
}
