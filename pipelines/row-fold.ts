// Tables whose records are several rows of the file (an area's 男 / 女 / 計 rows: sex-rows.ts; its rows by age:
// age-rows.ts) are read through a folder that takes the rows in order and hands on one row per record. Both kinds are
// wired the same way: the head rows folded for what the head tells, and a sink that folds the file's rows.
import type { Issue } from "./issues.ts";
import type { ParsedRecord } from "./parse.ts";
import type { RowSink } from "./row-sink.ts";
import type { RunState } from "./run.ts";

/** A row handed on: a folded record, a row in the folded layout (a note, a heading, a blank row: the sink tells what
 *  it is), or none; with the issues of the rows it stands for. */
export interface FoldedRow {
  record: ParsedRecord | null;
  issues: Issue[];
}

/** What folds a table's rows: each row taken in order gives the rows now complete; `end` the rows still held. */
export interface RowFolder {
  take(r: ParsedRecord): FoldedRow[];
  end(): FoldedRow[];
}

/** A folder that folds nothing: each row handed on as it came. */
export const UNFOLDED: RowFolder = { take: (r) => [{ record: r, issues: [] }], end: () => [] };

/** What a folded record keeps of its rows beyond their cells: a quote problem, and the value their sheet gives a
 *  column (ParsedRecord.fromSheet: the date of a sheet per month), moved to where `placeOf` puts that column in the
 *  folded row (none when the fold keeps no such column). */
export function keepOfRows(record: ParsedRecord, rows: readonly ParsedRecord[], placeOf: (column: number) => number | undefined): ParsedRecord {
  const quoteProblem = rows.find((r) => r.quoteProblem !== undefined)?.quoteProblem;
  if (quoteProblem !== undefined) record.quoteProblem = quoteProblem;
  const fromSheet = rows.find((r) => r.fromSheet !== undefined)?.fromSheet;
  const at = fromSheet === undefined ? undefined : placeOf(fromSheet.column);
  if (fromSheet !== undefined && at !== undefined) record.fromSheet = { column: at, value: fromSheet.value };
  return record;
}

/** The head rows under the header, folded as the sink will read them (for what the head tells: the address column,
 *  the publisher, a date under the data; and for a second fold, of ages after sexes). */
export function foldedRecords(records: readonly ParsedRecord[], rows: RowFolder): ParsedRecord[] {
  const out = [...records.flatMap((r) => rows.take(r)), ...rows.end()];
  return out.flatMap((f) => (f.record === null ? [] : [f.record]));
}

/** A sink for the file's rows that hands `sink` one row per record, logging what folding found. Always in order: a
 *  record's rows go on across any cut of the file (parallel.ts reads such a file on one thread). */
export function foldingSink(sink: RowSink, rows: RowFolder, run: RunState): RowSink {
  const hand = (folded: readonly FoldedRow[]): boolean => {
    let full = false;
    for (const f of folded) {
      for (const i of f.issues) run.log.add(i);
      if (f.record !== null && sink.push(f.record)) full = true;
    }
    return full;
  };
  return {
    push: (r) => hand(rows.take(r)),
    flush: () => sink.flush(),
    async end() {
      hand(rows.end());
      await sink.end();
    },
    seenData: () => sink.seenData(),
    readsInOrder: () => true,
    settle: () => sink.settle(),
    dependsOnEarlierRows: () => sink.dependsOnEarlierRows(),
    async finishRange() {
      hand(rows.end());
      return sink.finishRange();
    },
    absorb: (tally) => sink.absorb(tally),
    // its rows read in order: never one range of the file after another
    nextRange: () => false,
  };
}

/** The rows under the header waiting their turn, in file order: groups of rows (handed on folded by `fold` once
 *  closed) and rows handed on as they are. */
export class HeldRows<G extends { closed: boolean }> {
  #held: Array<{ group: G } | { row: FoldedRow }> = [];
  /** how many of #held are handed on already (dropped from it in bulk) */
  #handed = 0;

  constructor(private readonly fold: (group: G) => FoldedRow) {}

  holdRow(row: FoldedRow): void {
    this.#held.push({ row });
  }

  holdGroup(group: G): G {
    this.#held.push({ group });
    return group;
  }

  /** Closes every group held (at the end of the rows). */
  closeAll(): void {
    for (let k = this.#handed; k < this.#held.length; k++) {
      const h = this.#held[k];
      if ("group" in h) h.group.closed = true;
    }
  }

  /** Hands on the held rows up to the first group still open. */
  release(): FoldedRow[] {
    const out: FoldedRow[] = [];
    for (; this.#handed < this.#held.length; this.#handed++) {
      const h = this.#held[this.#handed];
      if (!("group" in h)) out.push(h.row);
      else if (h.group.closed) out.push(this.fold(h.group));
      else break;
    }
    if (this.#handed === this.#held.length) {
      this.#held = [];
      this.#handed = 0;
    } else if (this.#handed > 1024 && this.#handed * 2 > this.#held.length) {
      this.#held = this.#held.slice(this.#handed);
      this.#handed = 0;
    }
    return out;
  }
}
