// The sheets of one table (one sheet per area) read as one table: each sheet's header is its own, and its columns are
// matched to the joined table's by name (the key its header maps to, else the header's text), never by position: a
// column inserted, left out or moved on one sheet is read under its own name. A column only a later sheet has is added
// after the chosen sheet's header.
import type { Dataset } from "../schemas/dataset.ts";
import { detectFromHeader, locateHeader } from "./detect.ts";
import { mapHeaders } from "./headers.ts";
import { plainWords } from "./normalize/text.ts";
import { findHeaderRows } from "./three-row-header.ts";

export interface SheetHeader {
  /** 0-based row of the header in the sheet (the lowest row of a header over two rows or three) */
  at: number;
  /** 0-based row the header starts on: the top row of a header over two rows or three, else `at` */
  top: number;
  /** the header's cells (a header over two rows or three joined, as the table stage joins it) */
  cells: string[];
  dataset: Dataset;
}

/** A sheet's header as the table stage finds it: in the dataset's terms when it is known, else the dataset the header
 *  reads as best; null when the sheet has none. */
export function sheetHeaderOf(head: readonly string[][], datasets: readonly Dataset[]): SheetHeader | null {
  const split = findHeaderRows(head, datasets);
  const rows = split === null ? head : head.map((cells, i) => (i === split.lower ? split.cells : cells));
  const found = datasets.length === 1 ? locateHeader(rows, datasets[0]) : detectFromHeader(rows, datasets);
  if (found === null) return null;
  const at = split !== null && found.at >= split.upper && found.at < split.lower ? split.lower : found.at;
  const top = split !== null && at === split.lower ? split.upper : at;
  return { at, top, cells: [...rows[at]], dataset: found.dataset };
}

interface JoinedColumn {
  /** the header as the sheet that brought the column wrote it */
  name: string;
  /** the key the header maps to, or null */
  key: string | null;
}

/** Where one sheet's columns go in the joined table. */
export interface SheetColumns {
  /** for each of the sheet's header columns, the joined table's column its cells go to; -1: past the joined header */
  to: number[];
  /** the chosen sheet's named columns this sheet does not have */
  missing: string[];
  /** this sheet's named columns the joined table does not have yet (0-based), added after its header by add() */
  own: number[];
  /** their names, as this sheet writes them */
  ownNames: string[];
  /** the keys they map to */
  ownKeys: Array<string | null>;
  /** the columns the sheets share stand in another order */
  reordered: boolean;
}

/** Of a later sheet's named columns, at least this share must be the joined table's, and they must be at least
 *  MIN_COVERED of the chosen sheet's: else it is another table of the same kind (区施設 with five of 民間施設's ten).
 *  A sheet that has MIN_COVERED of the chosen sheet's fields (by the keys its headers map to: 園名 is 名称) is the
 *  same table with a few columns of its own (幼稚園's 教育時間 and 預かり保育 beside 保育園's 開所時間 and 一時保育), when
 *  at least MIN_SHARED_FIELDS of its named columns are the table's. */
const MIN_SHARED = 0.8;
const MIN_COVERED = 2 / 3;
const MIN_SHARED_FIELDS = 0.5;

/** How a later sheet's header differs from the joined table's: its named columns the table does not have, and the
 *  chosen sheet's named columns it lacks. */
export interface HeaderDifference { own: string[]; missing: string[] }

const plainName = (cell: string) => plainWords(cell);

export class JoinedTable {
  readonly #columns: JoinedColumn[];
  /** the chosen sheet's header width: its cells past it are past the header */
  readonly #firstWidth: number;
  readonly #dataset: Dataset;

  constructor(first: SheetHeader) {
    this.#dataset = first.dataset;
    const keys = mapHeaders(first.cells, first.dataset).plan.keys;
    this.#columns = first.cells.map((name, i) => ({ name, key: keys[i] ?? null }));
    this.#firstWidth = first.cells.length;
  }

  /** The header names added after the chosen sheet's header, for the columns only later sheets have. */
  get added(): string[] {
    return this.#columns.slice(this.#firstWidth).map((c) => c.name);
  }

  /** The joined table's column names: the chosen sheet's header and the added columns. */
  get names(): string[] {
    return this.#columns.map((c) => c.name);
  }

  /** The joined header: the chosen sheet's header and the added columns. */
  headerOf(cells: readonly string[]): string[] {
    return [...cells.slice(0, this.#firstWidth), ...Array<string>(Math.max(0, this.#firstWidth - cells.length)).fill(""), ...this.added];
  }

  /** Where each of the chosen sheet's `length` cells goes in the joined table: where it is, and past the joined header
   *  when past its own. */
  firstPlaces(length: number): number[] {
    const added = this.#columns.length - this.#firstWidth;
    return Array.from({ length }, (_, j) => (j < this.#firstWidth ? j : j + added));
  }

  /** A later sheet's columns matched to the joined table's; null when too few of its named columns are the table's
   *  for it to be the same table. The columns it alone has are past the joined header until add() adds them. */
  match(header: SheetHeader): SheetColumns | null {
    const columns = this.#compare(header);
    return this.#sameTable(header, columns) ? columns : null;
  }

  /** How a sheet's header differs from the table's (to say why a sheet match() turned away was not read). */
  differenceOf(header: SheetHeader): HeaderDifference {
    const { ownNames, missing } = this.#compare(header);
    return { own: ownNames.map((n) => n.trim()), missing: missing.map((n) => n.trim()) };
  }

  /** Whether a sheet's columns (#compare) make it the same table: most of its columns the table's and most of the
   *  chosen sheet's its own, by name, or by the fields they map to. */
  #sameTable(header: SheetHeader, { own, missing }: SheetColumns): boolean {
    const named = header.cells.filter((c) => plainName(c) !== "").length;
    if (named === 0) return false;
    const chosen = this.#columns.slice(0, this.#firstWidth).filter((c) => plainName(c.name) !== "");
    if (named - own.length >= named * MIN_SHARED && chosen.length - missing.length >= chosen.length * MIN_COVERED) return true;
    const chosenFields = new Set(chosen.flatMap((c) => (c.key === null ? [] : [c.key])));
    const missingNames = new Set(missing);
    const shared = [...chosenFields].filter((key) => chosen.some((c) => c.key === key && !missingNames.has(c.name)));
    return shared.length >= chosenFields.size * MIN_COVERED && named - own.length >= named * MIN_SHARED_FIELDS;
  }

  /** A later sheet's columns matched to the joined table's, by the key each header maps to, else by its text. */
  #compare(header: SheetHeader): SheetColumns {
    const keys = mapHeaders(header.cells, this.#dataset).plan.keys;
    const taken = new Set<number>();
    const free = (c: JoinedColumn, i: number) => !taken.has(i) && c.name.trim() !== "";
    const to: number[] = [];
    const own: number[] = [];
    header.cells.forEach((name, j) => {
      const plain = plainName(name);
      if (plain === "") {
        // an unnamed column stays where it was when the chosen sheet's is unnamed there too, else goes past the header
        const same = j < this.#firstWidth && plainName(this.#columns[j].name) === "" && !taken.has(j);
        if (same) taken.add(j);
        to.push(same ? j : -1);
        return;
      }
      const key = keys[j] ?? null;
      let at = key === null ? -1 : this.#columns.findIndex((c, i) => free(c, i) && c.key === key);
      if (at < 0) at = this.#columns.findIndex((c, i) => free(c, i) && plainName(c.name) === plain);
      if (at >= 0) taken.add(at);
      else own.push(j);
      to.push(at);
    });
    const missing = this.#columns.slice(0, this.#firstWidth).filter((c, i) => plainName(c.name) !== "" && !taken.has(i)).map((c) => c.name);
    const order = to.filter((t) => t >= 0 && t < this.#firstWidth);
    const reordered = order.some((t, i) => i > 0 && t < order[i - 1]);
    return { to, missing, own, ownNames: own.map((j) => header.cells[j]), ownKeys: own.map((j) => keys[j] ?? null), reordered };
  }

  /** A sheet's own columns added to the joined table, after its header (the sheet is read). */
  add(columns: SheetColumns): void {
    columns.own.forEach((j, k) => {
      columns.to[j] = this.#columns.push({ name: columns.ownNames[k], key: columns.ownKeys[k] }) - 1;
    });
  }

  /** A column no sheet has, added after the joined header under `name` (a column the sheets' names give their rows:
   *  sheet-name-values.ts); its place in the joined table. */
  addColumn(name: string, key: string): number {
    return this.#columns.push({ name, key }) - 1;
  }

  /** Where each of a later sheet's cells (`length` of them) goes in the joined table: under its column; the cells of
   *  its unnamed columns and past its header go past the joined header, in their order. */
  placesOf(length: number, columns: SheetColumns): number[] {
    let past = this.#columns.length;
    return Array.from({ length }, (_, j) => (j < columns.to.length && columns.to[j] >= 0 ? columns.to[j] : past++));
  }

  /** A row in the joined table, each cell at its place (firstPlaces, placesOf). */
  rowAt(cells: readonly string[], places: readonly number[]): string[] {
    const out = Array<string>(places.reduce((width, p) => Math.max(width, p + 1), this.#columns.length)).fill("");
    cells.forEach((cell, j) => {
      out[places[j]] = cell;
    });
    return out;
  }

  /** A later sheet's row in the joined table. */
  rowOf(cells: readonly string[], columns: SheetColumns): string[] {
    return this.rowAt(cells, this.placesOf(cells.length, columns));
  }

  /** What says a row (in the joined table) is the same place as another: the dataset's distinct name (an area's
   *  name, with the date where the sheet has it: a population sheet per month repeats the areas with other counts),
   *  else its name and address, where the chosen sheet has them; else its named columns but the ID (numbering starts
   *  again on each sheet of areas); "" for none. */
  identityOf(cells: readonly string[]): string {
    const first = this.#columns.slice(0, this.#firstWidth);
    const distinct = this.#dataset.distinctName;
    const keys = distinct !== undefined && first.some((c) => c.key === distinct.key) ? [distinct.key, ...(distinct.with ?? [])] : IDENTITY_KEYS;
    const chosen = keys.map((key) => first.findIndex((c) => c.key === key)).filter((i) => i >= 0);
    const columns = chosen.length > 0 ? chosen : first.flatMap((c, i) => (c.name.trim() !== "" && c.key !== "id" ? [i] : []));
    const values = columns.map((i) => plainName(cells[i] ?? ""));
    return values.every((value) => value === "") ? "" : values.join("\u0000");
  }
}

/** The columns that tell which place a row is, where a table has them. */
const IDENTITY_KEYS = ["name", "full_address"];

/**
 * Whether a sheet's rows (their places: RowPlaces) repeat rows already read (`seen`: a place → its sheet), wherever
 * they stand there: when half of them or more name places read already, the sheet is a copy of rows read (a 地区's
 * part of the 全域 list), not more of its rows. The sheet most of them repeat and the count; null when they do not.
 */
export function repeatedRows(places: ArrayLike<number>, seen: ReadonlyMap<number, string>): { sheet: string; repeated: number; of: number } | null {
  const bySheet = new Map<string, number>();
  for (let i = 0; i < places.length; i++) {
    const sheet = seen.get(places[i]);
    if (sheet !== undefined) bySheet.set(sheet, (bySheet.get(sheet) ?? 0) + 1);
  }
  const repeated = [...bySheet.values()].reduce((sum, n) => sum + n, 0);
  if (places.length === 0 || repeated * 2 < places.length) return null;
  const [sheet] = [...bySheet.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  return { sheet, repeated, of: places.length };
}
