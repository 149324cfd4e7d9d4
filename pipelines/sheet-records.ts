// The rows of the sheets read from a workbook (sheet-choice.ts) as the records of one file: the chosen sheet's as they
// are, each later sheet's under its own header, its cells moved to their columns in the joined table (sheet-join.ts).
// Records count on over the sheets; which lines are whose sheet is kept for the report (sheetSpans).
import { type Issue, issue } from "./issues.ts";
import type { ParsedRecord } from "./parse.ts";
import type { SheetSpan } from "./report.ts";
import { isBlankRow, rowText } from "./rows.ts";
import { MIN_STRUCK_CELLS } from "./struck-rows.ts";
import type { RunState } from "./run.ts";
import type { SheetPart } from "./sheet-choice.ts";
import type { JoinedTable } from "./sheet-join.ts";
import type { SheetReading, Workbook } from "./xlsx.ts";

/** A sheet's records: `from`…`to` (record indexes) are its data rows' lines, under its header on line `header` of the
 *  sheet (0 for the chosen sheet, whose header the table stage finds). */
export interface SheetLines {
  name: string;
  from: number;
  to: number;
  header: number;
}

/**
 * The records of the sheets, one sheet after the other. A later sheet's header and the rows above it (its title,
 * notes) are not read (the chosen sheet's header is the table's); the rows above are said in `above`, for the run to
 * report after the chosen sheet's own. `lines` gets each sheet's lines once read.
 */
export async function* sheetRecords(workbook: Workbook,
  { parts, table, lines, above }: { parts: readonly SheetPart[]; table: JoinedTable | null; lines: SheetLines[]; above: Issue[] },
  run: RunState, onRead: (part: SheetPart, reading: SheetReading) => void): AsyncGenerator<ParsedRecord[]> {
  let index = 0;
  const struck = new StruckUntilRead(run);
  for (const part of parts) {
    const reading = await workbook.read(part.sheet);
    onRead(part, reading);
    const first = part === parts[0];
    // the chosen sheet's: the header is read from it
    if (first) {
      run.hiddenColumns = { sheet: part.sheet.name, ranges: reading.hiddenColumns };
      run.acrossMerges = reading.acrossMerges;
      run.linesAtEnd = reading.lastRows;
    }
    // a sheet without a header skips only its title that says it continues the list (headless-sheet.ts)
    const skipTo = first ? -1 : part.header === null ? part.title ?? -1 : part.header.at;
    const from = index + skipTo + 2;
    let local = 0;
    // a header struck through as its rows are: the strike is how the sheet is drawn, no row of it deleted
    let struckLook = false;
    for await (const batch of reading.batches) {
      const out: ParsedRecord[] = [];
      for (const cells of batch) {
        const stored = reading.stored.get(local);
        if (stored !== undefined) reading.stored.delete(local);
        const rounded = reading.rounded.get(local);
        if (rounded !== undefined) reading.rounded.delete(local);
        const links = reading.links.row(local);
        const isStruck = reading.struckRows.delete(local);
        const sums = reading.summingRows.delete(local);
        const line = local++;
        index++;
        if (isStruck && line === part.header?.at) struckLook = true;
        if (line <= skipTo) {
          if (line < (part.header?.top ?? 0) && !isBlankRow(cells)) above.push(issue("rows_above_header", { value: rowText(cells) }));
          continue;
        }
        const record = joinedRecord({ index, cells, links, stored, rounded }, part, table, first && line === part.header?.at);
        if (isStruck && !struckLook) record.struck = true;
        if (sums) record.sumsAbove = true;
        struck.take(record, line > (part.header?.at ?? skipTo), out);
      }
      if (out.length > 0) yield out;
    }
    lines.push({ name: part.sheet.name, from, to: index, header: skipTo + 1 });
  }
  const rest = struck.end();
  if (rest.length > 0) yield rest;
}

/**
 * Struck rows are places deleted only where some row of the file is not struck: a file whose every data row is struck
 * (a table style, not a header) would otherwise be published empty. Records are held, in order, from the first struck
 * one until a data row that is not struck shows the strikes are deletions; at the file's end, held struck rows are read
 * as rows, said once (struck_rows_read).
 */
class StruckUntilRead {
  private held: ParsedRecord[] = [];
  private decided = false;

  constructor(private readonly run: RunState) {}

  /** Passes a record on to `out`, or holds it while the strikes are undecided. */
  take(record: ParsedRecord, pastHeader: boolean, out: ParsedRecord[]): void {
    if (this.decided) { out.push(record); return; }
    const filled = record.cells.filter((c) => c.trim() !== "").length;
    // as many filled cells as a struck row has at least (struck-rows.ts): a note of one cell shows nothing
    if (!record.struck && pastHeader && filled >= MIN_STRUCK_CELLS) {
      this.decided = true;
      out.push(...this.held, record);
      this.held = [];
      return;
    }
    if (record.struck || this.held.length > 0) this.held.push(record);
    else out.push(record);
  }

  /** The records still held at the file's end, their strikes read as the file's look. */
  end(): ParsedRecord[] {
    const out = this.held;
    this.held = [];
    const struck = out.filter((r) => r.struck);
    if (this.decided || struck.length === 0) return out;
    for (const r of struck) delete r.struck;
    this.run.log.add(issue("struck_rows_read", { value: String(struck.length) }));
    return out;
  }
}

/** A sheet's record in the joined table: its cells, links and stored values under their columns. */
function joinedRecord(r: { index: number; cells: string[]; links?: ReadonlyMap<number, string>; stored?: ReadonlyMap<number, string>;
  rounded?: ReadonlyMap<number, number> }, part: SheetPart, table: JoinedTable | null, isHeader: boolean): ParsedRecord {
  let { cells, links, stored, rounded } = r;
  if (table !== null && (part.columns !== null || table.added.length > 0)) {
    const columns = [...links?.keys() ?? [], ...stored?.keys() ?? [], ...rounded?.keys() ?? []];
    const width = columns.reduce((w, c) => Math.max(w, c + 1), cells.length);
    const places = part.columns === null ? table.firstPlaces(width) : table.placesOf(width, part.columns);
    const move = <T>(map: ReadonlyMap<number, T> | undefined) => map && new Map([...map].map(([c, v]) => [places[c], v] as const));
    cells = isHeader ? table.headerOf(cells) : table.rowAt(cells, places);
    links = move(links);
    stored = move(stored);
    rounded = move(rounded);
  }
  const record: ParsedRecord = links === undefined ? { index: r.index, cells } : { index: r.index, cells, links };
  if (stored !== undefined) record.stored = stored;
  if (rounded !== undefined) record.rounded = rounded;
  if (part.fromName !== undefined && !isHeader) record.fromSheet = part.fromName;
  return record;
}

/** The sheets' lines as the report gives them, once the table stage found the chosen sheet's header on `headerRow`. */
export function sheetSpans(lines: readonly SheetLines[], headerRow: number): SheetSpan[] {
  return lines.map((l, i) => (i === 0
    ? { name: l.name, header_row: headerRow, first_row: 1, last_row: l.to - headerRow }
    : { name: l.name, header_row: l.header, first_row: l.from - headerRow, last_row: l.to - headerRow }));
}
