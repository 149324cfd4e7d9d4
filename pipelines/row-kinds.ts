// Which rows under the header are no record, told by their cells alone: a breakdown's part, a printed page's number or
// ruled line, a note or legend line, a section heading, a totals row, the header repeated under the data, the template's example row, and the rows above the
// first data row (requirements, units, comments). The sink says each with its issue and decides what follows from it.
import type { Dataset } from "../schemas/dataset.ts";
import type { IssueCode } from "./issues.ts";
import { legendLines, type LegendLines } from "./legend-rows.ts";
import { matchHeader } from "./header-match.ts";
import { type ColumnPlan, scoreHeader } from "./headers.ts";
import { isAsOfRow, isBlankCell, isContinuedTitle, isLegendRow, isNoteLineRow, isOneCellRow, isPlaceholderName, isPrintRow, isSectionRow, labelColumnOf, leadingNonDataRow } from "./rows.ts";
import { holdsRecord, isChangeRow, isTotalsRow, isUnlabelledSums } from "./totals-rows.ts";
import { plainWords } from "./normalize/text.ts";
import { closedStatusInKind, closedStatusInName, isClosedStatus, statusColumnOf } from "./state-words.ts";
import { closedSinceInName, stateInRemarks, todayInJapan, unsureStateInRemarks } from "./closed-remarks.ts";
import { deletedOn, deletionColumnOf } from "./deleted-rows.ts";
import { type OtherListRow, otherListReader } from "./other-list-rows.ts";
import { listedValueOf } from "./normalize/vocabulary.ts";
import { kindInHeading, kindReader } from "./section-kind.ts";
import { kindOf, vocabularyOf } from "../schemas/types.ts";

/** A row under the data that is no record, as the code of the issue it is said with. */
export type SkippedRow = "breakdown_row" | "print_row" | "note_row" | "section_row" | "totals_row" | "change_row" | "repeated_header_row" | "template_example_row";

export class RowKinds {
  readonly #headerMapped: number;
  /** the column that names a row (名称, 地域名): a totals row says 合計 or 中野区計 there */
  readonly #labelIndex: number;
  readonly #labelIsArea: boolean;
  readonly #breakdown: ReturnType<typeof breakdownOf>;
  /** a word of one of the dataset's lists (種別) alone on a row: the heading of the rows of that kind under it */
  readonly #kindWords: { test(text: string): boolean };
  /** whether words name a kind of the dataset's section headings (Dataset.sectionKinds), null when it has none */
  readonly #headingKind: ((words: string) => boolean) | null;
  /** the file's columns of those kinds */
  readonly #kindsAt: readonly number[];
  readonly #legend: LegendLines;
  readonly #isRepeatedHeader: (cells: readonly string[]) => boolean;
  /** the file's own status column (状況: 現存 / 休止), -1 when it has none */
  readonly #statusIndex: number;
  /** the file's column of the date each row was deleted (データの削除年月), -1 when it has none */
  readonly #deletionIndex: number;
  /** whether a row's kind column (種別 `指定避難所`) says it is of another list, null when the file has no such column */
  readonly #otherList: ((cells: readonly string[]) => OtherListRow | null) | null;
  /** a list of places' name and address columns, which a row of sums with no label leaves blank (none: no such test) */
  readonly #sumsBlank: readonly number[];
  /** the file's count columns (integer ones), where such a row has its figures */
  readonly #countsAt: ReadonlySet<number>;
  /** the file's name column, where a dataset whose names are the places says one closed (-1: none, or no such dataset) */
  readonly #closedNameAt: number;
  /** the file's kind columns whose cell may say the place is closed (Dataset.closedByKind) */
  readonly #closedKindAt: readonly number[];
  /** the file's remarks columns whose cell may say the place is not usable now (Dataset.closedByRemarks) */
  readonly #closedRemarksAt: readonly number[];
  /** today (ISO), what a dated remark (`令和6年3月31日で廃止`) is read against */
  readonly #today: string;
  /** the list's last mapped column: its rows reach it, a smaller table's do not */
  readonly #lastColumn: number;
  /** a list of places' name and address columns, which hold a record's words (empty: no such list) */
  readonly #recordAt: readonly number[];

  constructor(private readonly dataset: Dataset, private readonly plan: ColumnPlan) {
    this.#headerMapped = plan.keys.filter((k) => k !== null).length;
    this.#lastColumn = plan.keys.findLastIndex((k) => k !== null);
    this.#labelIndex = labelColumnOf(plan.keys);
    this.#labelIsArea = this.#labelIndex >= 0 && plan.keys[this.#labelIndex] === "area_name";
    this.#breakdown = breakdownOf(dataset, plan);
    this.#legend = legendLines(plan.sourceHeaders, dataset);
    this.#isRepeatedHeader = repeatedHeaderOf(plan);
    this.#statusIndex = statusColumnOf(plan.sourceHeaders, plan.keys, this.dataset);
    this.#deletionIndex = deletionColumnOf(plan.sourceHeaders, plan.keys);
    this.#otherList = otherListReader(dataset, plan);
    // a table of areas sums by its own rules (sum-rows.ts); a list of places with count columns by the blank name
    const column = (k: string | null) => (k === null ? undefined : dataset.columnByKey.get(k));
    const counts = plan.keys.flatMap((k, i) => { const c = column(k); return c !== undefined && kindOf(c.type) === "integer" ? [i] : []; });
    const nameAt = plan.keys.indexOf("name");
    this.#countsAt = new Set(counts);
    this.#closedNameAt = dataset.closedByName ? nameAt : -1;
    const addressAt = plan.keys.indexOf("full_address");
    this.#closedKindAt = (dataset.closedByKind ?? []).map((k) => plan.keys.indexOf(k)).filter((at) => at >= 0);
    this.#closedRemarksAt = (dataset.closedByRemarks?.keys ?? []).flatMap((k) => plan.keys.flatMap((key, at) => (key === k ? [at] : [])));
    this.#today = todayInJapan();
    this.#sumsBlank = this.#labelIsArea || nameAt < 0 || counts.length === 0 ? [] : [nameAt, ...plan.keys.flatMap((k, i) => (k === "full_address" ? [i] : []))];
    this.#recordAt = this.#labelIsArea || nameAt < 0 || addressAt < 0 ? [] : [nameAt, addressAt];
    const lists = dataset.columns.flatMap((c) => {
      const vocabulary = kindOf(c.type) === "text" ? vocabularyOf(c.type) : undefined;
      return vocabulary === undefined ? [] : [listedValueOf(vocabulary)];
    });
    this.#kindWords = { test: (text) => lists.some((listed) => listed(text.trim()) === text.trim()) };
    const readers = (dataset.sectionKinds ?? []).map((spec) => kindReader(dataset, spec));
    this.#headingKind = readers.length === 0 ? null : (words) => readers.some((reads) => reads(words));
    this.#kindsAt = (dataset.sectionKinds ?? []).map((spec) => plan.keys.indexOf(spec.key)).filter((at) => at >= 0);
  }

  /** The kind of a row that is no record, or null for a data row. `seenData`: a data row came before this one. */
  skipped(cells: readonly string[], seenData: boolean): SkippedRow | null {
    const part = this.#breakdown === null ? null : this.#breakdown.partOf(cells);
    if (part === "part") return "breakdown_row";
    // a 計 row of a breakdown is the place's record, not a totals row
    const notData = isPrintRow(cells) ? "print_row" : this.#legend.test(cells) || isNoteLineRow(cells) || isLegendRow(cells) || isAsOfRow(cells) ? "note_row" : isSectionRow(cells, this.#kindWords) || this.#isKindHeading(cells) || isContinuedTitle(cells) ? "section_row"
      : part !== "whole" && ((isTotalsRow(cells, this.#labelIndex, this.#labelIsArea) && !holdsRecord(cells, this.#recordAt)) || (seenData && this.#sumsBlank.length > 0 && isUnlabelledSums(cells, this.#sumsBlank, this.#countsAt))) ? "totals_row"
      : this.#labelIsArea && isChangeRow(cells, this.#labelIndex) ? "change_row" : seenData && this.#isRepeatedHeader(cells) ? "repeated_header_row" : null;
    if (notData !== null) return notData;
    // the template's example row (名称 〇〇会館), wherever it was left: not data, and no 同上 under it copies it
    if (this.#labelIndex >= 0 && isPlaceholderName(cells[this.#labelIndex])) return "template_example_row";
    return null;
  }

  /** A kind of the dataset's section headings alone on a row without marks (認可保育所 in the name column, merged across
   *  the table; 認可保育所 北部地区 with its area). Not in the kind column itself: there it is a record's own kind, the
   *  next one of the holder above (a care office's second service, its name merged over both rows). */
  #isKindHeading(cells: readonly string[]): boolean {
    // most data rows have their first two cells filled: no such row
    if (this.#headingKind === null || (cells.length > 1 && cells[0] !== "" && !isBlankCell(cells[1])) || !isOneCellRow(cells)) return false;
    const at = cells.findIndex((cell) => !isBlankCell(cell));
    return !this.#kindsAt.includes(at) && kindInHeading(cells[at].trim(), this.#headingKind) !== null;
  }

  /** The status cell of a row whose status column says its place is closed (休止, 廃止): no current place, so no
   *  record; null for every other row. */
  closedStatus(cells: readonly string[]): string | null {
    if (this.#statusIndex < 0) return null;
    const status = cells[this.#statusIndex] ?? "";
    return isClosedStatus(status, this.dataset.id) ? status.trim() : null;
  }

  /** The header of the file's deletion column and the date it gives a row deleted from the register (データの削除年月
   *  `202403`): no current place, so no record; null for every other row. */
  deleted(cells: readonly string[]): { header: string; date: string } | null {
    if (this.#deletionIndex < 0) return null;
    const date = deletedOn(cells[this.#deletionIndex] ?? "");
    return date === null ? null : { header: this.plan.sourceHeaders[this.#deletionIndex].trim(), date };
  }

  /** Where a row says it is a place of another list (Dataset.otherListRows: 種別 `指定避難所` in a list of 指定緊急避難場所):
   *  no record; null for every other row. */
  otherList(cells: readonly string[]): OtherListRow | null {
    return this.#otherList === null ? null : this.#otherList(cells);
  }

  /** The status a row's name ends with in brackets when it says the place is closed (`葛飾ヘルパー（休止中）`, or closed
   *  since a day gone, `（令和2年4月1日から休園）`), in a dataset whose names are the places (Dataset.closedByName): as a
   *  status column's, no record; null for every other row, and for a row whose status cell is filled (it says). */
  closedInName(cells: readonly string[]): string | null {
    const at = this.#closedNameAt;
    if (at < 0 || (this.#statusIndex >= 0 && (cells[this.#statusIndex] ?? "").trim() !== "")) return null;
    const name = cells[at] ?? "";
    return closedStatusInName(name, this.dataset.id) ?? closedSinceInName(name, this.#today, this.dataset.closedByRemarks?.notStates);
  }

  /** The header of a kind column whose cell says the place is closed (種別 `消火栓（廃止）`, `撤去済み消火栓`,
   *  Dataset.closedByKind) and the status it gives: as a status column's, no record; null for every other row. */
  closedInKind(cells: readonly string[]): { header: string; status: string } | null {
    for (const at of this.#closedKindAt) {
      const status = closedStatusInKind(cells[at] ?? "", this.dataset.id);
      if (status !== null) return { header: this.plan.sourceHeaders[at] ?? "", status };
    }
    return null;
  }

  /** The header of a remarks column whose cell says the place is not usable now (備考 `使用不可`, `工事中のため使用不可`,
   *  Dataset.closedByRemarks) and the sentence that says it: as a status column's, no record; null for every other row,
   *  and for a row whose status cell is filled (it says). `over`: no cell says so, but one says the place was closed until
   *  a day gone (`令和5年3月まで閉鎖`): published, and that sentence said, for the officer to take it out. */
  closedInRemarks(cells: readonly string[]): { header: string; status: string; over: boolean } | null {
    if (this.#closedRemarksAt.length === 0 || (this.#statusIndex >= 0 && (cells[this.#statusIndex] ?? "").trim() !== "")) return null;
    let over: { header: string; status: string; over: boolean } | null = null;
    for (const at of this.#closedRemarksAt) {
      const state = stateInRemarks(cells[at] ?? "", this.#today, this.dataset.closedByRemarks?.notStates, this.dataset.closedByRemarks?.subjects);
      if (state.closed !== null) return { header: this.plan.sourceHeaders[at] ?? "", status: state.closed, over: false };
      if (state.over !== null) over ??= { header: this.plan.sourceHeaders[at] ?? "", status: state.over, over: true };
    }
    return over;
  }

  /** The header of a remarks column whose cell says only that works go on (`工事中`, `改修工事中`; Dataset.closedByRemarks)
   *  and that sentence: whether the place can be used is not said, so it is published and said; null for every other row
   *  (asked after closedInRemarks), and for a row whose status cell is filled. */
  unsureInRemarks(cells: readonly string[]): { header: string; status: string } | null {
    if (this.#closedRemarksAt.length === 0 || (this.#statusIndex >= 0 && (cells[this.#statusIndex] ?? "").trim() !== "")) return null;
    for (const at of this.#closedRemarksAt) {
      const status = unsureStateInRemarks(cells[at] ?? "", this.dataset.closedByRemarks?.subjects);
      if (status !== null) return { header: this.plan.sourceHeaders[at] ?? "", status };
    }
    return null;
  }

  /** A header under the data whose columns are not this header's (a 授乳室 list's 施設名 | 所在地 | 場所 | おむつ替え台
   *  under the toilets' 名称 | 所在地 | 設置位置 | 男性トイレ総数): another table starts there. Two or more of its cells
   *  are the dataset's header words, none holds a digit (a data row has its numbers, addresses, phones), and a cell
   *  stands where this header has another column. */
  startsOtherTable(cells: readonly string[]): boolean {
    if (this.#isRepeatedHeader(cells) || cells.some((cell) => /[0-9０-９]/.test(cell))) return false;
    if (scoreHeader(cells, this.dataset).mapped < 2) return false;
    const { keys, sourceHeaders } = this.plan;
    return cells.some((cell, i) => !isBlankCell(cell) && plainWords(cell) !== plainWords(sourceHeaders[i] ?? "")
      && (keys[i] === null || keys[i] === undefined || matchHeader(cell, this.dataset)?.key !== keys[i]));
  }

  /** A row after a break under the data that may head a table of its own, smaller than the list (a summary
   *  `種別 | 設置数` over `区施設 | 2`): two or more short cells of words without a digit, one a count's heading (設置数,
   *  件数, 合計), at most one a column of the dataset, and the row ends before the list's columns do; or a count's
   *  heading alone right of a blank corner (`,設置数` over `区施設,2`). The row under it decides (headsSmallerTable). */
  mayHeadSmallerTable(cells: readonly string[]): boolean {
    // asked of every row: a row filled in the list's last column (nearly every record) is none, with no list made
    const last = cells[this.#lastColumn];
    if (last !== undefined && !isBlankCell(last)) return false;
    const filled = filledAt(cells);
    if (filled.length === 0 || filled[filled.length - 1] >= this.#lastColumn) return false;
    if (filled.length === 1 && (filled[0] === 0 || !isCountHeading(cells[filled[0]]))) return false;
    if (filled.some((i) => cells[i].trim().length > 15 || /[0-9０-９]/.test(cells[i]))) return false;
    if (!filled.some((i) => isCountHeading(cells[i]))) return false;
    return !this.#isRepeatedHeader(cells) && scoreHeader(cells, this.dataset).mapped < 2;
  }

  /** Whether such a row heads the row under it: that row starts under its first cell (or under the blank corner left
   *  of it), holds nothing past its last one (the list's rows fill its columns further right), and has a figure under a
   *  count's heading. */
  headsSmallerTable(cells: readonly string[], next: readonly string[]): boolean {
    const head = filledAt(cells);
    const under = filledAt(next);
    if (under.length === 0 || under[0] > head[0] || under[0] < head[0] - 1 || under[under.length - 1] > head[head.length - 1]) return false;
    return head.some((i) => isCountHeading(cells[i]) && /^[0-9０-９]/.test((next[i] ?? "").trim()));
  }

  /** Whether a row under another table below the list is the list's again: its header repeated, or, under a smaller
   *  table (a summary, whose header ends at column `smallerEnd`), a row that reaches past that table's columns and fills
   *  half of the list's (the list goes on under the summary). */
  resumesList(cells: readonly string[], smallerEnd: number | null): boolean {
    if (this.#isRepeatedHeader(cells)) return true;
    if (smallerEnd === null) return false;
    const filled = filledAt(cells);
    return filled.length >= Math.max(3, Math.ceil(this.#headerMapped / 2)) && filled[filled.length - 1] > smallerEnd && !this.startsOtherTable(cells);
  }

  /** Whether a line of one cell after a break under the data, before `next`, heads what follows rather than being a
   *  place of its own: the header again follows (AED一覧（続き） over the list's next page), or its cell, no name and
   *  no number, stands outside the name column (麹町地区 in the code column over the district's rows). */
  headsRowsAfterBreak(cells: readonly string[], next: readonly string[]): boolean {
    if (this.#isRepeatedHeader(next)) return true;
    const at = cells.findIndex((cell) => !isBlankCell(cell));
    return at >= 0 && at !== this.#labelIndex && cells[at].trim().length <= 40 && !/[0-9０-９]/.test(cells[at]);
  }

  /** A row above the first data row that is none (a requirement, units or comment row, the header again), as its code. */
  leading(cells: readonly string[]): IssueCode | null {
    return leadingNonDataRow(cells, this.dataset, this.#headerMapped);
  }
}

/** A count's unit in brackets after its heading (設置台数（台）, 件数(件)), read in NFKC. */
const UNIT_AFTER_HEADING = /\((?:台|件|箇所|か所|ヶ所|カ所|基|人|%)\)$/;
/** A count's heading that is its unit alone (箇所, か所, 件, 台). */
const UNIT_HEADING = /^(?:設置)?(?:箇所|か所|ヶ所|カ所|件|台|基)$/;

/** A column heading of counts, as a summary's header has (設置数, 件数, 台数, 箇所数, 合計, 割合, 箇所, a unit in
 *  brackets after it): short, so that a name ending so (花時計) is none. */
const isCountHeading = (cell: string): boolean => {
  const words = plainWords(cell.trim()).replace(UNIT_AFTER_HEADING, "");
  return words.length <= 8 && (/(?:数|合計|小計|総計|割合|比率)$/.test(words) || UNIT_HEADING.test(words));
};

/** The columns of a row's filled cells, in order. */
export function filledAt(cells: readonly string[]): number[] {
  // a loop, not flatMap: asked of nearly every row (mayHeadSmallerTable), where flatMap's array per cell was the
  // engine's costliest function on the AED bench file (10% of a validate)
  const filled: number[] = [];
  for (let i = 0; i < cells.length; i++) if (!isBlankCell(cells[i])) filled.push(i);
  return filled;
}

/** The header again under the data (pages of a printed table pasted together): its first mapped cell decides for
 *  nearly every row with one comparison. */
export function repeatedHeaderOf(plan: Pick<ColumnPlan, "keys" | "sourceHeaders">): (cells: readonly string[]) => boolean {
  const headerMapped = plan.keys.filter((k) => k !== null).length;
  const headerTexts = plan.sourceHeaders.map((h) => h.trim());
  const firstMapped = plan.keys.findIndex((k) => k !== null);
  return (cells) => {
    if (firstMapped < 0 || (cells[firstMapped] ?? "").trim() !== headerTexts[firstMapped]) return false;
    let same = 0;
    for (let i = 0; i < plan.keys.length; i++) if (plan.keys[i] !== null && (cells[i] ?? "").trim() === headerTexts[i]) same++;
    return same >= Math.max(2, headerMapped / 2);
  };
}

/** The file's breakdown column (Dataset.breakdown), if it has one: which rows are the whole of a place, which a part. */
function breakdownOf(dataset: Dataset, plan: ColumnPlan): { partOf(cells: readonly string[]): "whole" | "part" | null } | null {
  const spec = dataset.breakdown;
  if (spec === undefined) return null;
  const headers = new Set(spec.headers);
  const at = plan.sourceHeaders.findIndex((h, i) => plan.keys[i] === null && headers.has(plainWords(h)));
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
