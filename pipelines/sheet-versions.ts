// Which sheet of a workbook's list is read first when sheets hold the same places: the whole list rather than a part of
// it (全域 before the 地区 sheets that repeat it), and of two versions of the list (this year's and last year's, a copy)
// the one whose name or title gives the latest as-of date, else the one before the other. Told from every row of the
// sheets, each kept as a 53-bit fingerprint of what says which place it is (JoinedTable.identityOf), never the rows.
import { asOfInText } from "./as-of.ts";
import { hash53 } from "./duplicate-ids.ts";
import { type Era, eraOf } from "./normalize/wareki.ts";
import { isBlankRow } from "./rows.ts";
import { JoinedTable, type SheetColumns, type SheetHeader, sheetHeaderOf } from "./sheet-join.ts";
import type { SheetInfo, Workbook } from "./xlsx.ts";
import type { Dataset } from "../schemas/dataset.ts";

/** A sheet that may hold the list: its place in the workbook and its first rows. */
export interface ListSheet {
  sheet: SheetInfo;
  order: number;
  head: string[][];
  /** its name says it is an old version (旧, 撤去済み): never read, never chosen */
  version: boolean;
}

/** The rows of each sheet of one joined table, as fingerprints of their places, read once per sheet. */
export class RowPlaces {
  readonly #cache = new Map<SheetInfo, Float64Array>();

  constructor(private readonly workbook: Workbook, readonly table: JoinedTable) {}

  /** The places of a sheet's rows under its header (row `at`, 0-based): `columns` null for the chosen sheet. */
  async of(sheet: SheetInfo, at: number, columns: SheetColumns | null): Promise<Float64Array> {
    const held = this.#cache.get(sheet);
    if (held !== undefined) return held;
    const places: number[] = [];
    let line = 0;
    for await (const batch of this.workbook.rows(sheet)) {
      for (const cells of batch) {
        if (line++ <= at || isBlankRow(cells)) continue;
        const joined = columns === null ? this.table.rowAt(cells, this.table.firstPlaces(cells.length)) : this.table.rowOf(cells, columns);
        const id = this.table.identityOf(joined);
        if (id !== "") places.push(hash53(id));
      }
    }
    const out = Float64Array.from(places);
    this.#cache.set(sheet, out);
    return out;
  }
}

/** A sheet taken as another version of the chosen one: how many of its places the chosen sheet has, and the as-of
 *  dates that chose between them (both known and the chosen one's later), else none. */
export interface OtherVersion {
  shared: number;
  of: number;
  dates: { own: string; chosen: string } | null;
}

export interface SettledChoice<S extends ListSheet> {
  chosen: S;
  header: SheetHeader;
  places: RowPlaces;
  /** the chosen sheet's other versions, not read */
  versions: Map<S, OtherVersion>;
}

/** How many of `a`'s places `b` has. */
function sharedPlaces(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const place of a) if (b.has(place)) n++;
  return n;
}

/** The date a sheet says its list is as of: in its name, else in a title above its header (its first row `top`). */
export function asOfOfSheet(name: string, head: ReadonlyArray<readonly string[]>, top: number): string | undefined {
  return asOfInText(name) ?? head.slice(0, top).flat().map(asOfInText).find((d) => d !== undefined);
}

const sheetAsOf = (s: ListSheet, header: SheetHeader): string | undefined => asOfOfSheet(s.sheet.name, s.head, header.top);

interface Candidate<S extends ListSheet> {
  s: S;
  header: SheetHeader;
}

/** How another sheet of the table stands to the chosen one, by their places: `version` when most of each one's places
 *  are the other's, `whole` when it has half of the chosen sheet's or more and as many again (the chosen is a part). */
interface Overlap<S extends ListSheet> extends Candidate<S> {
  kind: "version" | "whole";
  /** how many of its places the chosen sheet has, of how many */
  shared: number;
  of: number;
}

/** The other sheets of the chosen one's table that may be read with it: visible, not named as old, their columns its. */
export function tableSheets<S extends ListSheet>(table: JoinedTable, chosen: S, dataset: Dataset, others: readonly S[]):
  Array<{ s: S; header: SheetHeader; columns: SheetColumns }> {
  return [...others].sort((a, b) => a.order - b.order).flatMap((s) => {
    if (s === chosen || s.version || s.sheet.hidden) return [];
    const header = sheetHeaderOf(s.head, [dataset]);
    const columns = header === null ? null : table.match(header);
    return header === null || columns === null ? [] : [{ s, header, columns }];
  });
}

async function overlaps<S extends ListSheet>(places: RowPlaces, chosen: Candidate<S>, others: readonly S[]): Promise<Array<Overlap<S>>> {
  const out: Array<Overlap<S>> = [];
  const sheets = tableSheets(places.table, chosen.s, chosen.header.dataset, others);
  // a workbook of one sheet of the table is not read ahead
  if (sheets.length === 0) return out;
  const mine = new Set(await places.of(chosen.s.sheet, chosen.header.at, null));
  if (mine.size === 0) return out;
  for (const { s, header, columns } of sheets) {
    const theirs = new Set(await places.of(s.sheet, header.at, columns));
    const shared = sharedPlaces(theirs, mine);
    // more than half of the larger sheet's places are the other's (this year's list and last year's); a sheet with half
    // of the chosen one's places or more, and as many again of its own, is the whole list (全域 and one 地区); a sheet
    // that is a part of the chosen one is left to the join, as rows read (repeatedRows)
    const kind = shared * 2 > Math.max(mine.size, theirs.size) ? "version" : shared * 2 >= mine.size && theirs.size > mine.size ? "whole" : null;
    if (kind !== null) out.push({ s, header, kind, shared, of: theirs.size });
  }
  return out;
}

/** A sheet named by a year alone, or a year and month: `R6`, `令和6年`, `2024`, `R6.4`, `2024年4月`. */
const YEAR_NAME = /^(令和|平成|R|H)?\s*(\d{1,4}|元)\s*年?(?:\s*[.\-/]?\s*(\d{1,2})\s*月?)?$/i;

/** The year (and month) a sheet's name alone gives, as `2024` or `2024-04`, which sort in time; undefined for another
 *  name. A year is no as-of date (it dates no row), but tells this year's list from last year's. */
export function yearOfSheetName(name: string): string | undefined {
  const m = YEAR_NAME.exec(name.normalize("NFKC").trim());
  if (m === null) return undefined;
  const [, era, digits, month] = m;
  const n = digits === "元" ? 1 : Number(digits);
  const year = era === undefined ? n : (eraOf(era) as Era).first - 1 + n;
  if (year < 1900 || year > 2100 || (era !== undefined && n > 64) || (month !== undefined && (Number(month) < 1 || Number(month) > 12))) return undefined;
  return month === undefined ? String(year) : `${year}-${month.padStart(2, "0")}`;
}

/** The one latest of the dates given to every sheet of the group; null when a sheet has none or the latest is shared. */
function latestOf<S extends ListSheet>(group: ReadonlyArray<Candidate<S>>, dateOf: (c: Candidate<S>) => string | undefined):
  { pick: Candidate<S>; dates: Map<S, string> } | null {
  const dates = new Map<S, string>();
  for (const c of group) {
    const date = dateOf(c);
    if (date !== undefined) dates.set(c.s, date);
  }
  const latest = [...dates.values()].sort().at(-1);
  if (dates.size < group.length || latest === undefined || [...dates.values()].filter((d) => d === latest).length > 1) return null;
  return { pick: group.find((c) => dates.get(c.s) === latest) as Candidate<S>, dates };
}

/** Of sheets that are versions of one list, the latest by the as-of dates their names or titles give, when each gives
 *  one and one date is the latest; else by the years their names alone give (`R5`, `R6`: before, the first was read,
 *  last year's list); else the first in the workbook (none is told newer). */
function latestOrFirst<S extends ListSheet>(group: ReadonlyArray<Candidate<S>>): { pick: Candidate<S>; dates: Map<S, string> | null } {
  return latestOf(group, (c) => sheetAsOf(c.s, c.header)) ?? latestOf(group, (c) => yearOfSheetName(c.s.sheet.name))
    ?? { pick: [...group].sort((a, b) => a.s.order - b.s.order)[0], dates: null };
}

/**
 * The sheet read first among `best` (the sheet whose header fits best) and the other sheets of its table: a sheet that
 * has half of the chosen one's places or more and as many again is the whole list, of which the chosen is a part, and
 * is chosen instead; of sheets that share most of their places both ways (versions of one list) the latest is chosen
 * (latestOrFirst), and the others are named with what chose between them.
 */
export async function settleChoice<S extends ListSheet>(workbook: Workbook, best: S, header: SheetHeader, others: readonly S[],
  datasets: readonly Dataset[]): Promise<SettledChoice<S>> {
  const all = [best, ...others];
  let chosen: Candidate<S> = { s: best, header };
  // each turn moves to a sheet with more places (a whole list) or to a later version: bounded by the sheets
  for (let turn = 0; ; turn++) {
    const places = new RowPlaces(workbook, new JoinedTable(chosen.header));
    const found = await overlaps(places, chosen, all);
    const last = turn >= all.length;
    const whole = found.find((o) => o.kind === "whole");
    if (whole !== undefined && !last) {
      chosen = { s: whole.s, header: sheetHeaderOf(whole.s.head, datasets) ?? whole.header };
      continue;
    }
    const group = found.filter((o) => o.kind === "version");
    const { pick, dates } = latestOrFirst([chosen, ...group]);
    if (pick.s !== chosen.s && !last) {
      chosen = { s: pick.s, header: sheetHeaderOf(pick.s.head, datasets) ?? pick.header };
      continue;
    }
    const versions = new Map<S, OtherVersion>(group.map((o) => [o.s, {
      shared: o.shared, of: o.of,
      dates: dates === null ? null : { own: dates.get(o.s) as string, chosen: dates.get(chosen.s) as string },
    }]));
    return { chosen: chosen.s, header: chosen.header, places, versions };
  }
}
