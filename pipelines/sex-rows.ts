// Population tables with the sex in rows (Dataset.sexRows): an area over three rows, 阿佐谷北一丁目 | 男, | 女, | 計,
// each with 総数 and the age bands. The rows of one area are folded into one row under a header joined as a header
// over two rows is (split-header.ts joinRows: 総数 over 男 → 男, 0～4歳 over 女 → 0～4歳_女), so that the header
// mapping and the derived columns read it as they read a one-row table (男/女/計, 0～4歳男, single years summed into
// bands). The folded row is numbered by the area's first row. Some statistics offices list the rows in blocks instead
// (every area's 男 row, then every area's 女 row, then the 計 rows, or 計 first): the same areas fold to the same
// records, their rows held until every block has given its row.
import type { Dataset } from "../schemas/dataset.ts";
import { type Issue, issue } from "./issues.ts";
import type { ParsedRecord } from "./parse.ts";
import type { RowSink } from "./row-sink.ts";
import type { RunState } from "./run.ts";
import { type FoldedRow, foldedRecords, foldingSink, HeldRows, keepOfRows } from "./row-fold.ts";
import { plainWords } from "./normalize/text.ts";
import { foldHeader, type FoundSexRows, mapsTwice, type Sex, sexOf, type SexRowsLayout } from "./sex-rows-layout.ts";

/** The rows of one area, by sex, in the order they came; closed once no more of its rows can come. */
interface Group {
  name: string;
  /** the area with its identity columns: in blocks, the rows of one key are one area */
  key: string;
  rows: Map<Sex, ParsedRecord>;
  first: ParsedRecord;
  closed: boolean;
}

/** A column of the area, read once from its rows: the first filled cell, or the different values its rows give
 *  joined (中野出張所 / 南台出張所), so that none is lost and a count that differs does not read. */
export function onceForArea(rows: readonly ParsedRecord[], c: number): string {
  const filled = rows.flatMap((r) => ((r.cells[c] ?? "").trim() === "" ? [] : [r.cells[c]]));
  const values = [...new Set(filled.map((cell) => cell.trim()))];
  return values.length > 1 ? values.join(" / ") : (filled[0] ?? "");
}


/** A count as a cell writes it (333, 1,234). */
const FIGURE = /^\d[\d,]*$/;

/**
 * Groups the rows of each area and folds them; rows are handed on in file order, an area at its first row. Area by
 * area, one area is held at a time, closed at a row of another area. In blocks, an area is closed once every block has
 * given its row, and the rows after it wait behind it: so all the areas of the blocks but the last are held (a file in
 * blocks only; population files have at most a few thousand areas).
 */
export class SexRows {
  private held = new HeldRows<Group>((group) => this.folded(group));
  /** area by area: the area whose rows may go on */
  private open: Group | null = null;
  /** in blocks: the held areas by key; a row goes to the first of its key without a row of its sex */
  private readonly byKey = new Map<string, Group[]>();
  /** the last area named, for the rows that leave it blank */
  private area = "";

  constructor(private readonly layout: SexRowsLayout, private readonly headerIndex: number) {}

  /** Takes a record under the header; returns the rows now complete (none while an area's rows may go on). */
  take(r: ParsedRecord): FoldedRow[] {
    const { layout } = this;
    const sex = sexOf(r.cells[layout.sex] ?? "", layout.sexes);
    if (sex === undefined) {
      const said = (r.cells[layout.sex] ?? "").trim();
      const header = said !== "" && plainWords(said) === plainWords(layout.sexHeader);
      // figures of no known sex: left out, named; the area's other rows go on around it
      if (!header && this.hasFigures(r.cells)) {
        return [{ record: null, issues: [issue("sex_unknown", { row: r.index - this.headerIndex, field: layout.sexHeader, value: said })] }];
      }
      this.closeOpen();
      this.area = "";
      // the header again (pages pasted together) as the folded header, which the sink knows; a note, a heading or a
      // blank row in the folded layout, for the sink to tell
      this.held.holdRow({ record: { ...r, cells: header ? [...layout.header] : this.spread(r.cells) }, issues: [] });
      return this.held.release();
    }
    const named = (r.cells[layout.area] ?? "").trim();
    // a blank area is the area above's, but on a second row of a sex that area has: the rows of an area named nowhere
    // (a total's 男 / 女 / 計 under the last area), which the sink tells by their figures
    const name = named === "" && (layout.blocks || !(this.open?.rows.has(sex) ?? false)) ? this.area : named;
    this.area = name;
    const group = layout.blocks ? this.blockGroup(name, r, sex) : this.areaGroup(name, r, sex);
    group.rows.set(sex, r);
    if (layout.blocks && layout.sexes.every((s) => group.rows.has(s))) group.closed = true;
    return this.held.release();
  }

  /** Folds every area held (at the end of the rows). */
  end(): FoldedRow[] {
    this.held.closeAll();
    this.open = null;
    return this.held.release();
  }

  /** Area by area: the open area, unless the row is another area's or a second row of its sex (an area left blank). */
  private areaGroup(name: string, r: ParsedRecord, sex: Sex): Group {
    if (this.open !== null && (this.open.name !== name || this.open.rows.has(sex))) this.closeOpen();
    this.open ??= this.hold(name, name, r);
    return this.open;
  }

  /** In blocks: the area of the row's key still without a row of its sex (the n-th 男 row of an area named twice goes
   *  with its n-th 女 row), else a new one. */
  private blockGroup(name: string, r: ParsedRecord, sex: Sex): Group {
    const key = [name, ...this.layout.identity.map((c) => (r.cells[c] ?? "").trim())].join("\t");
    const groups = this.byKey.get(key) ?? [];
    const waiting = groups.find((g) => !g.rows.has(sex));
    if (waiting !== undefined) return waiting;
    const group = this.hold(name, key, r);
    groups.push(group);
    this.byKey.set(key, groups);
    return group;
  }

  private hold(name: string, key: string, first: ParsedRecord): Group {
    return this.held.holdGroup({ name, key, rows: new Map(), first, closed: false });
  }

  private closeOpen(): void {
    if (this.open !== null) this.open.closed = true;
    this.open = null;
  }

  /** An area's row: its rows folded, named when a sex the file gives has no row of the area. */
  private folded(group: Group): FoldedRow {
    const groups = this.byKey.get(group.key);
    if (groups !== undefined) {
      const left = groups.filter((g) => g !== group);
      if (left.length === 0) this.byKey.delete(group.key);
      else this.byKey.set(group.key, left);
    }
    const missing = this.layout.sexes.filter((s) => !group.rows.has(s));
    const row = group.first.index - this.headerIndex;
    const issues = missing.length === 0 ? [] : [issue("sex_row_missing", { row, field: this.layout.sexHeader, value: missing.map((s) => s.name).join("・") })];
    const rows = [...group.rows.values()];
    const record = keepOfRows({ index: group.first.index, cells: this.fold(group, rows) }, rows, (c) => {
      const at = this.layout.slots[c] ?? [];
      return at.length === 1 ? at[0] : undefined;
    });
    return { record, issues };
  }

  private fold(group: Group, rows: readonly ParsedRecord[]): string[] {
    const { slots, sexes, area } = this.layout;
    const cells: string[] = new Array(this.layout.header.length).fill("");
    slots.forEach((at, c) => {
      if (at.length === 0) return;
      if (at.length > 1) {
        sexes.forEach((s, k) => { cells[at[k]] = group.rows.get(s)?.cells[c] ?? ""; });
      } else if (c === area) cells[at[0]] = group.name;
      else cells[at[0]] = onceForArea(rows, c);
    });
    return cells;
  }

  /** A row of no sex in the folded layout, its values by sex under the first sex: what it is (a note, a heading, the
   *  header again) the sink tells by its text. */
  private spread(cells: readonly string[]): string[] {
    const out: string[] = new Array(this.layout.header.length).fill("");
    this.layout.slots.forEach((at, c) => { if (at.length > 0) out[at[0]] = cells[c] ?? ""; });
    return out;
  }

  /** Whether a row gives figures in a column read by sex: such a row must say whose they are. */
  private hasFigures(cells: readonly string[]): boolean {
    return this.layout.slots.some((at, c) => at.length > 1 && FIGURE.test((cells[c] ?? "").normalize("NFKC").trim()));
  }
}

/** The most records read ahead for a file in blocks whose head shows its first block only: 10,000 areas in three
 *  blocks. A 計 block that starts past it is read as rows of no known sex (sex_unknown, each named); a file whose 女
 *  block starts past it is read row by row, as a file with no sex in rows. */
export const MAX_BLOCK_RECORDS = 30_000;

/**
 * A file in blocks (sexRowsOf read its first rows): reads records on into `head` until the rows under the header have
 * given every sex the dataset knows, the file ends, or MAX_BLOCK_RECORDS are read; then the header folded for the blocks
 * there are (計 only when its block is there), or null when a required sex has no block (a list of men only).
 */
export async function readBlocks(found: FoundSexRows, header: readonly string[], head: ParsedRecord[],
  records: AsyncIterator<ParsedRecord[]>): Promise<FoundSexRows | null> {
  const { at, dataset, layout } = found;
  const all = dataset.sexRows?.sexes ?? [];
  const seen = new Set<Sex>();
  const see = (r: ParsedRecord) => {
    const sex = sexOf(r.cells[layout.sex] ?? "", all);
    if (sex !== undefined) seen.add(sex);
  };
  head.slice(at + 1).forEach(see);
  while (seen.size < all.length && head.length < MAX_BLOCK_RECORDS) {
    const next = await records.next();
    if (next.done) break;
    for (const r of next.value) {
      head.push(r);
      see(r);
    }
  }
  if (all.some((s) => s.required && !seen.has(s))) return null;
  const folded = foldHeader(dataset, header, layout.area, layout.sex, all.filter((s) => s.required || seen.has(s)), true, layout.identity);
  return mapsTwice(folded.header, dataset) ? null : { at, dataset, layout: folded };
}

/** The head rows under the header, folded as the sink will read them (for what the head tells: the address column,
 *  the publisher, a date under the data). */
export function foldedHead(records: readonly ParsedRecord[], layout: SexRowsLayout, headerIndex: number): ParsedRecord[] {
  return foldedRecords(records, new SexRows(layout, headerIndex));
}

/** A sink for the file's rows that hands `sink` one row per area (row-fold.ts). */
export function foldSexRows(sink: RowSink, layout: SexRowsLayout, run: RunState, headerIndex: number): RowSink {
  return foldingSink(sink, new SexRows(layout, headerIndex), run);
}
