// One row under record-level repair (record.ts): its record and cells, which of the keys the repairs read are columns
// of the dataset, the file's context (publisher, as-of date, legends), where the row's issues go, and the publisher's
// prefecture, city and code, each read once.
import type { DateYears } from "../date-years-of-file.ts";
import { perHeaders } from "./header-memo.ts";
import type { ListKind } from "../list-kind.ts";
import type { Dataset } from "../../schemas/dataset.ts";
import { repairCode } from "../../schemas/local-government-code.ts";
import type { Issue, IssueCode } from "../issues.ts";
import { problemAt } from "./fixed.ts";
import type { Overflow } from "./kept-cells.ts";
import { cityAfterIsland, cityWithDistrict, type Place, prefectureOf, TOKYO } from "./location.ts";
import type { CellMemo } from "./memo.ts";
import type { DateTimePair } from "./pair-repairs.ts";
import type { ReadingColumns } from "./reading-check.ts";
import type { FilePlaneAxes } from "./plane-axes.ts";
import type { PhoneForm } from "./phone-groups.ts";
import type { prefecturedColumnsOf } from "./prefectured-code.ts";
import type { Footnotes } from "../footnotes.ts";
import { normalizeText, plainWords } from "./text.ts";

export interface RecordContext {
  /** the publisher's 6-digit code */
  municipality?: string;
  /** the date the file's figures are as of (from its name or title row): an empty survey_date takes it */
  asOf?: string;
  /** the name an empty area takes in a table of the whole municipality (Dataset.wholeArea; RunState.wholeArea) */
  wholeArea?: string;
  /** the file's header row as written */
  sourceHeaders?: readonly string[];
  /** codes the caller will only count from now on (At.onlyCounts) */
  onlyCounts?: (code: IssueCode) => boolean;
  /** the run's memo of cells already normalized (one per file) */
  memo?: CellMemo;
  /** each column's last plain cell and its value, at 2s and 2s + 1 for column s of the dataset `plan` is of
   *  (row-program.ts): kept by the run, so that no cell of a file is held once it is read */
  lastPlain?: { plan: object; cells: unknown[] };
  /** which column of the file's plane coordinates (metres) is X, as its head rows and header say (plane-axes.ts) */
  planeAxes?: FilePlaneAxes;
  /** the column that names each record where several records share one row number (RunState.namedBy) */
  namedBy?: string;
  /** what the file says of its coordinates being in the Tokyo Datum: each row's are converted to JGD2011 */
  tokyoDatum?: string;
  /** what the codes of a column stand for, from the file's legend (legend.ts): column key → code → word */
  legends?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** the columns a legend has read a cell of so far: the caller says each legend once, and only when it was used */
  legendsRead?: Set<string>;
  /** how the file writes the numbers of each phone column (phone-groups.ts), told by its head: a number whose lost 0
   *  is restored is written so */
  phoneForms?: Readonly<Record<string, PhoneForm>>;
  /** what the file's footnote marks stand for (footnotes.ts): a name's mark goes to 備考 as its note */
  footnotes?: Footnotes;
  /** what the file says of its dates' years (date-years-of-file.ts): a date written without all of its year reads by it */
  dateYears?: DateYears;
  /** the kind the list's title or file name says its rows are (list-kind.ts): a row no name or count gives one takes it */
  listKind?: ListKind;
  /** the workbook counts its dates from 1904-01-01 (xlsx.ts Workbook.date1904): a serial in a date column is read so
   *  (date-system.ts) */
  date1904?: boolean;
  /** whether a value filled into `field` is reported on this row: on every row for a column of the file, once for a
   *  column the file does not have (the row sink says that once for the file); absent: every row */
  reportFill?: (field: string) => boolean;
}

export type Row = Record<string, unknown>;

const OLD_FORMAT_HEADERS = new Set(["都道府県名", "市区町村名", "都道府県コード又は市区町村コード", "都道府県コード又は市町村コード"]);

/** Old 推奨 files carry 都道府県名/市区町村名 (the publisher) and 住所, not 所在地_連結表記. */
export const isOldFormat = perHeaders((headers) => {
  const names = headers.map(plainWords);
  return names.some((h) => OLD_FORMAT_HEADERS.has(h)) && !names.includes("所在地_連結表記");
}, false);

export const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** A text cell's value for a key the dataset may not have as a column (old 都道府県名 mapped to `prefecture`). */
function textOf(record: Row, cells: Record<string, string>, isColumn: boolean, key: string): string | null {
  return isColumn ? str(record[key]) : cellText(cells[key], key);
}

/** The text of a cell that is no column of the dataset. */
const cellText = (raw: string | undefined, key: string): string | null =>
  (raw === undefined || raw === "" ? null : normalizeText(raw, { row: 0, field: key }).value);

/** Which of the keys the repairs read are columns of a dataset (found once per dataset, not per row). */
export interface Columns {
  full_address: boolean;
  local_government_name: boolean;
  prefecture: boolean;
  city: boolean;
  local_government_code: boolean;
  located_local_government_code: boolean;
  municipality_code: boolean;
  survey_date: boolean;
  contact_name: boolean;
  /** 料金(基本) and 料金(詳細) (11 観光施設, 12 イベント) */
  fees: boolean;
}

// A memo of pure data derived from immutable dataset definitions.
const COLUMNS = new WeakMap<Dataset, Columns>();

export function columnsOf(dataset: Dataset): Columns {
  let found = COLUMNS.get(dataset);
  if (found === undefined) {
    const has = (key: string) => dataset.columnByKey.has(key);
    found = {
      full_address: has("full_address"), local_government_name: has("local_government_name"), prefecture: has("prefecture"),
      city: has("city"), local_government_code: has("local_government_code"),
      located_local_government_code: has("located_local_government_code"), municipality_code: has("municipality_code"),
      survey_date: has("survey_date"), contact_name: has("contact_name") && has("phone_number"), fees: has("fee_basic") && has("fee_details"),
    };
    COLUMNS.set(dataset, found);
  }
  return found;
}

/** The columns record-level repairs look at, found once per dataset by index.ts. */
export interface RecordPlan {
  latKey?: string;
  lonKey?: string;
  rangePairs: ReadonlyArray<readonly [string, string]>;
  /** the range pairs of date columns */
  datePairs: ReadonlyArray<readonly [string, string]>;
  /** a range's dates with its end time (`start_date`, `end_date`, `end_time`) */
  dateTimePairs: readonly DateTimePair[];
  /** the cells one column's text column keeps as written (Column.overflow, else 備考) */
  overflows: readonly Overflow[];
  /** [number column, its unit column] by key (`quantity`, `quantity_unit`): a unit written with the number goes there */
  unitPairs: ReadonlyArray<readonly [string, string]>;
  /** [column, the column of the same row its 同左 / 同上 stands for] (Column.sameAs) */
  sameAsPairs: ReadonlyArray<readonly [string, string]>;
  /** each reading column with its name and its name in Latin letters (reading-check.ts) */
  readings: readonly ReadingColumns[];
  /** the columns of names (one line of words: 名称, 名称_英字, 建物名等), whose footnote marks are no part of them */
  nameKeys: readonly string[];
  /** which of the keys the repairs read are columns of the dataset (columnsOf) */
  columns: Columns;
  /** the code columns whose codes start with a prefecture's digits (prefecture-code.ts prefecturedColumnsOf) */
  prefectured: ReturnType<typeof prefecturedColumnsOf>;
  /** the dataset's date columns (date-years.ts dateKeysOf), and the start of each end date of `datePairs` */
  dateKeys: readonly string[];
  dateStarts: ReadonlyMap<string, string>;
  /** the dataset's ranges whose start names no bound (ordered-range.ts orderedRangesOf) */
  orderedRanges: ReadonlyArray<readonly [string, string]>;
  /** the dataset has counts that sum count columns of their parts (count-part-columns.ts) */
  countParts: boolean;
  /** the dataset has 利用可能曜日, and a 開始時間 a time cell's days may come from */
  availableDays: boolean;
  daysFromTimes: boolean;
}

// repairCode of the publisher's code, the same for every row of a file: the last one read is kept.
let lastPublisher: { raw: string; code: string | null } | null = null;

export function publisherCode(raw: string | undefined): string | null {
  if (!raw) return null;
  if (lastPublisher === null || lastPublisher.raw !== raw) lastPublisher = { raw, code: repairCode(raw).code };
  return lastPublisher.code;
}

/** One row's repairs: where its issues go, and the publisher parts two repairs read (each read once). */
export class RowRepair {
  #prefecture: string | null | undefined;
  #city: string | null | undefined;
  /** the place of an old 推奨 row whose address is not the publisher's (locateFromAddress); undefined: not moved */
  moved: Place | undefined;
  constructor(readonly record: Row, readonly cells: Record<string, string>, readonly dataset: Dataset, readonly columns: Columns,
    readonly row: number, readonly context: RecordContext, readonly issues: Issue[]) {}

  /** An issue about `raw` in `field` of this row, added to the row's issues (`detail`: see Where.detail). */
  problem(code: IssueCode, field: string, raw: string | null, detail?: string): void {
    this.issues.push(problemAt(code, this.row, field, this.context.onlyCounts, raw, detail));
  }

  /** The issue of a value filled into an empty `field`, when the context reports it on this row. */
  filled(code: IssueCode, field: string, value: string): void {
    if (this.context.reportFill?.(field) ?? true) this.problem(code, field, value);
  }

  text(key: string): string | null {
    return textOf(this.record, this.cells, this.dataset.columnByKey.has(key), key);
  }

  // textOf by name: a property read with a key that varies is a slow lookup on every row
  get prefecture(): string | null {
    if (this.#prefecture === undefined) this.#prefecture = this.#writtenPrefecture();
    return this.#prefecture;
  }

  /** the row's prefecture as it stands now, not kept (the city getter reads it before repairCityDistrict fills it) */
  #writtenPrefecture(): string | null {
    return this.columns.prefecture ? str(this.record.prefecture) : cellText(this.cells.prefecture, "prefecture");
  }

  /** the city as written; a Tokyo town or village written without its 郡 with it (瑞穂町 → 西多摩郡瑞穂町), or after its
   *  island without it (八丈島八丈町 → 八丈町), unless the row
   *  names another prefecture; none when it is only a prefecture's name (市区町村名 `東京都` in 東京都's own list), and
   *  without it when it starts with the row's prefecture (`東京都新宿区`): either would write the prefecture twice before
   *  the address (東京都東京都西新宿…) */
  get city(): string | null {
    if (this.#city === undefined) {
      const cell = this.columns.city ? str(this.record.city) : cellText(this.cells.city, "city");
      // a prefecture written before the city (東京都新宿区) is the row's prefecture, not part of the city's name; another
      // prefecture's name beside the row's (大阪府 under 東京都) is left as written: which one is wrong is not known
      const named = cell === null ? null : prefectureOf(cell);
      const rowPrefecture = named === null ? null : this.#writtenPrefecture();
      const own = named !== null && (rowPrefecture === null || rowPrefecture === named);
      const written = cell === null || !own ? cell : cell === named ? null : cell.slice(named.length).trim() || null;
      const standard = written === null ? undefined : cityWithDistrict(written) ?? cityAfterIsland(written);
      const prefecture = standard === undefined ? null : prefectureOf(this.prefecture ?? "");
      this.#city = standard !== undefined && (prefecture === null || prefecture === TOKYO) ? standard : written;
    }
    return this.#city;
  }
}
