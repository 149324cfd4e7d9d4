// A data row read into a HarmonizedRow: its cells made ready in file order (numbers stored under text, link targets,
// cells filled from the row above), then split → normalize (contract B) → validate, a row shifted by a separator inside
// a value put back, and its issues added to the run, those said once for the file kept in the sink's tally instead.
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import type { FillDown, FilledCell } from "./fill-down.ts";
import { numberColumns, roundedTextColumns, withRoundedText, withStoredNumbers } from "./format-text-cells.ts";
import { corporateOnlyColumns, keepPersonNamesOut } from "./corporate-only.ts";
import { keepLinkAddresses } from "./kept-links.ts";
import { linkColumns, pageLinkOf, withLinkTargets } from "./link-cells.ts";
import { type Issue, type IssueCode, heldDetail, issue } from "./issues.ts";
import { columnSources, normalizeRow } from "./normalize/index.ts";
import { excuseRequired } from "./normalize/inapplicable.ts";
import { type CellMemo, createCellMemo } from "./normalize/memo.ts";
import type { ParsedRecord } from "./parse.ts";
import { cellOpeningQuote } from "./quote-over-rows.ts";
import type { RowTally } from "./range-tally.ts";
import { splitRow } from "./rows.ts";
import type { HarmonizedRow, RunState } from "./run.ts";
import { withDerived } from "./derived-columns.ts";
import type { SectionKinds } from "./section-kind.ts";
import { type ListedReading, withListedReading } from "./listed-flags.ts";
import { cellSpan, isValueComma, type JoinReading, missingColumnAt, placedShort, rejoined } from "./shifted-row.ts";
import { withStandIns } from "./stand-in-cells.ts";
import { movedIntoTyped, typedPositions } from "./typed-columns.ts";
import { firstStray, freeTextPositions, strayCount, strayMovedOut } from "./stray-values.ts";
import { offShapeCount } from "./column-shapes.ts";
import { REQUIRED_NOT_NUMBER, validateRecord } from "./validate.ts";
import { sayNotGiven } from "./not-given.ts";
import { datumColumnOf } from "./datum-of-file.ts";
import { qualifierCellKey, qualifierColumnsOf } from "./normalize/refined-values.ts";
import { ROW_DATUM } from "./normalize/tokyo-datum.ts";
import { extendedCareColumnOf } from "./normalize/extended-care.ts";
import { restColumnsOf } from "./normalize/value-repairs.ts";

/** Values the publisher withholds or cannot give: published empty, said, and not a required value missing. */
const WITHHELD: ReadonlySet<string> = new Set(["suppressed_count", "not_an_address"]);

/** Errors of a required value the row does not give (empty, or said withheld or none: 非公開, なし): the row's own gap,
 *  no value out of its place. */
const GAPS: ReadonlySet<IssueCode> = new Set(["missing_required", "required_not_given"]);

/** Warnings that say a value is not of its column (besides the unparseable ones): where a row shifted by a comma
 *  inside a value puts a cell (a URL column's 500, a phone column's 000). */
// yes_as_count: a count column's 有 is no count, as a number that did not read is not (a short row's 有 of the next column)
const MISREAD: ReadonlySet<IssueCode> = new Set(["not_a_url", "url_link_text", "phone_too_short", "yes_as_count"]);

/** The dataset's own checks of a row's figures against each other (Dataset.sums): a row put back by a join that fails
 *  one is no better than a row left shifted, so among the joins that read, those that pass are taken first. */
const INCONSISTENT: ReadonlySet<IssueCode> = new Set(["sum_mismatch"]);

/** A cut-off digit group that cannot be a number of its own (078, 000): a lone one in a row's last filled column is
 *  the tail of the figure before it, even in a row as wide as the file's other rows. */
const LEADING_ZERO_GROUP = /^0\d{2}$/u;

/** The issue of each kind of cell filled from the row above (fill-down.ts). */
const FILL_CODES = { ditto: "same_as_above", group: "blank_filled_from_above", held: "holder_filled_from_above",
  nothing_above: "nothing_above", after_example: "ditto_after_example", beside: "same_as_beside", beside_unlike: "same_as_beside_kept" } as const;

/** Fills of an empty cell (codes from the publisher, the name from 都道府県名 + 市区町村名): when the file has no such
 *  column at all, that is said once for the file (column_filled), not on every row. */
const FILLS: ReadonlySet<IssueCode> = new Set(["code_missing", "located_code_from_address", "local_government_name_missing",
  "local_government_name_from_code", "place_from_address", "survey_date_filled", "area_of_whole_municipality", "end_date_one_day", "kind_by_law", "fee_from_details", "days_from_time_cell"]);

/** A data row made ready in file order (links taken, "as above" cells filled), then read (it may be held first). */
export interface Prepared {
  r: ParsedRecord;
  row: number;
  cells: readonly string[];
  fills: FilledCell[];
  linkIssues: Issue[] | null;
  /** the kinds its sections' headings give a row of a file that lacks their columns (section-kind.ts), as key and kind;
   *  null when none */
  headingKinds: ReadonlyArray<readonly [string, string]> | null;
}

/** What reads a sink's data rows. `fillDown`: the sink's, which its section and example rows restart; `sections`: the
 *  sink's, whose headings give the rows under them their kind. */
export interface DataRowOptions {
  checkWidth: boolean;
  memo?: CellMemo;
  fillDown: FillDown;
  sections: SectionKinds;
  tally: RowTally;
}

export function dataRowReader(run: RunState, dataset: Dataset, plan: ColumnPlan, { checkWidth, memo, fillDown, sections, tally }: DataRowOptions) {
  const { blankWithData, filled, legendsRead, widths } = tally;
  // issues past the log's cap for their code are only counted: normalizers then format nothing for them
  const onlyCounts = (code: IssueCode) => run.log.onlyCounts(code);
  const inFile = new Set(plan.keys);
  // such a fill is made (and formatted) on the first row only, not on every row
  const reportFill = (field: string) => inFile.has(field) || !filled.has(field);
  const context = { municipality: run.municipality ?? undefined, asOf: run.asOf, wholeArea: run.wholeArea, planeAxes: run.planeAxes, tokyoDatum: run.tokyoDatum, namedBy: run.namedBy, phoneForms: run.phoneForms, dateYears: run.dateYears, listKind: run.listKind, date1904: run.date1904, footnotes: run.footnotes, legends: run.legends, legendsRead, sourceHeaders: plan.sourceHeaders, memo: memo ?? createCellMemo(onlyCounts), onlyCounts, reportFill };
  // a standard column the file gives through its other columns is read from after the row's cells (derived-columns.ts)
  const derived = plan.derived ?? [];
  const sources = columnSources(dataset, [...plan.keys, ...derived.map((c) => c.key)]);
  /** the kind columns a section's heading gives a file that lacks them, read after the row's cells and derived values:
   *  their sources by the keys a row takes */
  const headingSources = new Map<string, number[]>();
  const linked = linkColumns(plan.keys, dataset);
  const numbers = numberColumns(plan.keys, dataset);
  /** number columns whose cells showed text of their format (0"人"): field → the first text shown, said once at the end */
  const formatText = new Map<string, string>();
  const roundedColumns = roundedTextColumns(plan.keys, dataset);
  /** text columns whose numbers a plain format showed rounded (1234.6 under `0`): field → the first [shown, stored] */
  const roundedText = new Map<string, [string, string]>();
  /** where the name is, when the dataset has a URL: a link on the name is the page of a row whose URL cell is empty or
   *  absent (a template's URL column left blank), never over a URL written */
  const nameAt = dataset.columnByKey.has("url") ? plan.keys.indexOf("name") : -1;
  const urlAt = plan.keys.indexOf("url");
  const corporateOnly = corporateOnlyColumns(plan);
  const absent = new Set(plan.absentRequired.map((c) => c.key));
  /** a column that names each row's datum (測地系): its cell goes with the row's cells to the coordinate repair */
  const datumAt = plan.keys.includes("latitude") ? datumColumnOf(plan) : null;
  const datumName = datumAt === null ? undefined : plan.extraNames[datumAt];
  /** columns that qualify a standard column's value (公設・私設 beside 種別), count the rest of a total (年齢不詳_男 of
   *  男性), or say a nursery has extended care (Extra): their cells go with the row's cells, for the record-level repairs */
  const repairsRead = [...qualifierColumnsOf(dataset, plan).map(({ key, name }) => ({ cell: qualifierCellKey(key), name })), ...restColumnsOf(dataset, plan),
    ...extendedCareColumnOf(dataset, plan)];
  // a ditto's issue shows the cell as written (同上) and says the value it took; a group's blank cell has no text of
  // its own, so its issue shows the value it took. A holder's blank cells are one issue for the row, about its first
  // (the name), naming the columns filled and the row's own value that made it the holder's next record.
  const fillIssues = (written: readonly string[], cells: readonly string[], fills: readonly FilledCell[]): Issue[] => {
    // a 同左's issue shows the cell and the value it took (as a FAX番号 同左's: value-repairs.ts fillSameAs); one kept names
    // the column beside
    const issues = fills.filter((f) => f.how !== "held").map((f) => issue(FILL_CODES[f.how],
      { row: f.row, field: plan.keys[f.column] ?? plan.extraNames[f.column],
        value: f.how === "group" ? cells[f.column] : f.how === "beside" ? `${written[f.column].trim()} → ${cells[f.column]}` : written[f.column],
        ...(f.how === "ditto" ? { detail: cells[f.column] } : f.how === "beside_unlike" ? { detail: plan.sourceHeaders[f.from ?? -1] ?? "" } : {}) }));
    const held = fills.filter((f) => f.how === "held");
    if (held.length > 0) {
      const own = held[0].own ?? 0;
      issues.push(issue("holder_filled_from_above", { row: held[0].row, field: plan.keys[held[0].column], value: cells[held[0].column],
        detail: heldDetail(held.map((f) => plan.sourceHeaders[f.column]), `${plan.sourceHeaders[own]}「${cells[own]}」`) }));
    }
    return issues;
  };

  /** Adds a row's issues; true when one of them is an error. A required column absent from the header is reported
   *  once (missing_column), not on every row, but still makes the row invalid. */
  const record = (issues: readonly Issue[]): boolean => {
    let error = false;
    // indexed: a for-of here made an iterator result per issue (≈0.2 KB a row of garbage)
    for (let k = 0; k < issues.length; k++) {
      const i = issues[k];
      if (i.code === "missing_required" && i.field !== null && absent.has(i.field)) {
        tally.noteAbsent(i.field, i.row ?? 0);
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
  const readRow = (written: readonly string[], row: number, pageLink?: string, headingKinds: Prepared["headingKinds"] = null) => {
    // a column blank on this row whose field a weaker header's cell gives (施設名 where 屋号 is blank)
    const standIn = plan.standIns === undefined ? null : withStandIns(written, plan, row);
    const cells = standIn === null ? written : standIn.cells;
    const split = splitRow(cells, plan, row, checkWidth);
    if (datumName !== undefined && split.extra[datumName] !== undefined) split.cells[ROW_DATUM] = split.extra[datumName];
    for (const { cell, name } of repairsRead) if (split.extra[name] !== undefined) split.cells[cell] = split.extra[name];
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
    let rowSources = sources;
    if (headingKinds !== null) {
      const width = plan.keys.length + derived.length;
      const withKind = values === cells ? cells.slice(0, plan.keys.length) : values.slice(0, width);
      withKind.length = width;
      const keys = headingKinds.map(([key]) => key);
      for (const [key, kind] of headingKinds) {
        withKind.push(kind);
        split.cells[key] = kind;
      }
      values = withKind;
      const id = keys.join("|");
      const known = headingSources.get(id);
      rowSources = known ?? columnSources(dataset, [...plan.keys, ...derived.map((c) => c.key), ...keys]);
      if (known === undefined) headingSources.set(id, rowSources);
    }
    const normalized = normalizeRow(values, rowSources, split.cells, dataset, row, context);
    // a URL only the office can open is not written back as its cell either (a CSV writes a value that did not read so)
    if (normalized.issues.length > 0) for (const i of normalized.issues) if (i.code === "url_private" && i.field !== null) delete split.cells[i.field];
    if (corporateOnly.length > 0) {
      const moved = keepPersonNamesOut(normalized.record, split.extra, split.cells, cells, corporateOnly, row);
      if (moved !== null) normalized.issues.push(...moved);
    }
    if (standIn !== null) normalized.issues.push(...standIn.issues);
    if (listed !== null) withListedReading(normalized.record, listed);
    if (pageLink !== undefined && normalized.record.url === null) {
      normalized.record.url = pageLink;
      normalized.issues.push(issue("url_from_name_link", { row, field: "url", value: pageLink, ...(urlAt >= 0 ? { detail: plan.sourceHeaders[urlAt] } : {}) }));
    }
    let checked = validateRecord(dataset, normalized.record, row, split.cells);
    // an empty 所在地 of a 無形文化財 is no missing value: it has no place
    if (checked.length && dataset.notRequiredFor !== undefined) checked = excuseRequired(checked, normalized.record, dataset, row);
    if (checked.length) {
      // a field whose normalizer already reported an error is not reported again by validation, nor a figure kept
      // secret (x, ＊) or an address withheld (非公開, 区内各所): empty as published, not a value the officer can enter
      const flagged = new Set(normalized.issues.filter((i) => i.severity === "error" || WITHHELD.has(i.code)).map((i) => i.field));
      checked = checked.filter((i) => !flagged.has(i.field));
      // a required 非公開 or なし is said so, not as a value that did not read
      ({ checked, normalized: normalized.issues } = sayNotGiven(checked, normalized.issues));
      // a required number that did not read is one error (required_not_integer), not that and unparseable_number
      const notNumbers = new Set(checked.filter((i) => REQUIRED_NOT_NUMBER.has(i.code)).map((i) => i.field));
      if (notNumbers.size > 0) normalized.issues = normalized.issues.filter((i) => !(i.code === "unparseable_number" && notNumbers.has(i.field)));
    }
    return { split, derivedIssues, normalized, checked };
  };
  /** The file's own columns whose value did not read or is wrong (not repairs such as a 5-digit code, nor the columns
   *  the file lacks, the same on every row). */
  const isMisread = (i: Issue) => (i.severity === "error" || i.code.startsWith("unparseable") || MISREAD.has(i.code)) && i.field !== null && inFile.has(i.field);
  const misreadOf = (read: ReturnType<typeof readRow>) => new Set([...read.normalized.issues, ...read.checked].filter(isMisread).map((i) => i.field));
  /** Whether every value of a row put back by a join reads where it landed: a required column left empty is the row's
   *  own gap (the file's cell is empty), no value out of place. */
  const allRead = (read: ReturnType<typeof readRow>) => ![...read.normalized.issues, ...read.checked].some((i) => isMisread(i) && !GAPS.has(i.code));
  /** The positions of the file's columns whose value does not read where it is (a required one left empty aside). */
  const misreadAt = (read: ReturnType<typeof readRow>) => new Set([...read.normalized.issues, ...read.checked]
    .filter((i) => isMisread(i) && !GAPS.has(i.code)).map((i) => plan.keys.indexOf(i.field)).filter((at) => at >= 0));
  /** Whether a row's figures disagree by the dataset's own checks (総人口 ≠ 男性 + 女性). */
  const inconsistent = (read: ReturnType<typeof readRow>) => read.normalized.issues.some((i) => INCONSISTENT.has(i.code));

  /** A data row's cells with link targets taken and "as above" cells filled: in file order, before the row may be held. */
  const prepare = (r: ParsedRecord, row: number): Prepared => {
    const withStored = r.stored === undefined || numbers.length === 0 ? null : withStoredNumbers(r.cells, r.stored, numbers);
    if (withStored !== null) for (const [field, shown] of withStored.shown) if (!formatText.has(field)) formatText.set(field, shown);
    const stored = withStored === null ? r.cells : withStored.cells;
    const withRounded = r.rounded === undefined || roundedColumns.length === 0 ? null : withRoundedText(stored, r.rounded, roundedColumns);
    if (withRounded !== null) for (const [field, shown, number] of withRounded.replaced) if (!roundedText.has(field)) roundedText.set(field, [shown, number]);
    const read = withRounded === null ? stored : withRounded.cells;
    const withLinks = r.links === undefined || linked.length === 0 ? null : withLinkTargets(read, r.links, linked, row);
    const fills: FilledCell[] = [];
    const linkedCells = withLinks === null ? read : withLinks.cells;
    // a cell the heading fills is no blank for fill-down to take from above
    const kinds = sections.kindsOf(linkedCells, row);
    const filled = fillDown.apply(sections.filled(linkedCells, kinds), row, fills);
    const cells = r.fromSheet === undefined ? filled : withSheetValue(filled, r.fromSheet);
    return { r, row, cells, fills, linkIssues: withLinks === null ? null : withLinks.issues, headingKinds: sections.outsideFile(kinds) };
  };

  /** Whether a row put back by a join has its address where an address goes: a text column takes any value, and a
   *  join one cut off lands a name's second half (B店, 新館) there, completed as 東京都新宿区B店. Only for judging joins:
   *  an address with no number at all (no digit, no kanji numeral) is no sign the join is right. */
  const addressAt = plan.keys.indexOf("full_address");
  const numberedAddress = (candidate: readonly string[]) => addressAt < 0 || (candidate[addressAt] ?? "").trim() === ""
    || /[0-9０-９一二三四五六七八九十〇]/.test(candidate[addressAt]);

  /** A read row without the issues of its cells from `from` on (each value read in another's column): those of its file
   *  columns from there, and those of other columns about one of those cells (a phone's 139.6360 kept in 連絡先備考). */
  const withoutShifted = (read: ReturnType<typeof readRow>, cells: readonly string[], from: number) => {
    const shifted = new Set(cells.slice(from).map((c) => c.trim()).filter((c) => c !== ""));
    const inPlace = (i: Issue) => {
      if (i.field === null) return true;
      const at = plan.keys.indexOf(i.field);
      return at < 0 ? i.value === null || !shifted.has(i.value.trim()) : at < from;
    };
    return { normalized: { ...read.normalized, issues: read.normalized.issues.filter(inPlace) }, checked: read.checked.filter(inPlace) };
  };

  /** How a row's cells rejoined read (rejoined's test). Made here, not inside readPutBack: a closure there kept
   *  `row` and `fitsOnly` in a context allocated on every row, also the rows never suspected of a shift. */
  const joinReader = (row: number, fitsOnly: boolean) => (candidate: string[]): JoinReading => {
    const joined = readRow(candidate, row);
    if (!allRead(joined) || !numberedAddress(candidate)) return false;
    return inconsistent(joined) ? !fitsOnly : "fits";
  };

  /** How a row's cells rejoined at a value's own cut (2|000台) read beside the one value of the row that does not read
   *  wherever the cut is (`inherent`, a column before every cut: 入館料 `一般700円、中学生250円` as 料金(基本)): that
   *  value, the same cell in the same column, aside, the join reads as joinReader says. */
  const joinReaderBeside = (row: number, fitsOnly: boolean, cells: readonly string[], inherent: number) => (candidate: string[]): JoinReading => {
    let same = 0;
    while (same < candidate.length && candidate[same] === cells[same]) same++;
    if (inherent >= same) return false;
    const joined = readRow(candidate, row);
    const misread = misreadAt(joined);
    if (misread.size > 1 || (misread.size === 1 && !misread.has(inherent)) || !numberedAddress(candidate)) return false;
    return inconsistent(joined) ? !fitsOnly : "fits";
  };

  /** the file's free-text columns: where a short row's placements are told apart by the values they land there */
  const freeText = freeTextPositions(dataset, plan.keys);
  /** the file's columns of a form of their own (URL, phone, coordinates): a value that reads there is theirs */
  const typed = typedPositions(dataset, plan.keys);
  /** What speaks against a short row's placement that reads (placedShort's cost): values of another column's shape in
   *  a free-text column (35.696556 as 設置位置). Not the row's warnings: a right placement has its own (翌2時 ending the
   *  next day) as often as a wrong one. */
  const placementCost = (candidate: readonly string[]): number => strayCount(candidate, freeText);
  const shapes = plan.columnShapes;
  /** What tells placements of equal cost apart: values off their column's shape on the file's other rows (a name in
   *  the 名称_カナ column, 日本科学未来館 in a 市区町村名 column of 江東区 only). */
  const placementMisfit = shapes === undefined ? undefined : (candidate: readonly string[]): number => offShapeCount(candidate, shapes);
  /** a column the file's other rows never fill: of a run of empty cells, not the one whose cell was deleted */
  const neverFilled = shapes === undefined ? undefined : (at: number): boolean => shapes[at]?.empty === true;

  /** readPutBack's cells, shift and span besides the read it returns: one object, read by dataRow at once, not one a row */
  const putBack: { cells: readonly string[]; shift: Issue | null; shiftedFrom: number } = { cells: [], shift: null, shiftedFrom: -1 };

  /**
   * A row read, put back when a comma inside a value (株式会社ABC,原宿店, 1,000, 1,234,567) shifted every later value:
   * rejoined where that alone makes every value read. A filled cell past the header is the last column's value pushed
   * out, unless the file's rows usually have one (columns with no header): when no join puts the row back, it is
   * invalid rather than published shifted. `shiftedFrom`: where a row that cannot be put back has its values out of
   * place (their issues are the shift's), -1 when none.
   */
  const readPutBack = (prepared: readonly string[], row: number, pageLink: string | undefined, headingKinds: Prepared["headingKinds"]) => {
    let cells = prepared;
    let read = readRow(cells, row, pageLink, headingKinds);
    let shift: Issue | null = null;
    let shiftedFrom = -1;
    const width = plan.keys.length;
    const excess = read.split.emptyExcess;
    const filledPast = checkWidth && excess === 0 && lastFilled(cells, cells.length) >= width;
    const pastHeader = filledPast && !plan.valuesPastHeader;
    // a row wider than the file's other rows (past the spare separators they all end with); one as wide as they are
    // is tried for one join at most, as a row that lacks its spare separator
    const wider = excess > (plan.spareSeparators ?? 0);
    const misread = wider || excess === 1 || pastHeader ? misreadOf(read) : null;
    const lone = misread !== null && misread.size === 1 ? plan.keys.indexOf([...misread][0]) : -1;
    const beforeLast = lone >= 0 && lone < lastFilled(cells, width);
    // one value that does not read in the row's last filled column, with only empty cells past the header, is a sign
    // only where the row is wider than the file's other rows: a file whose rows all end with a spare separator may have
    // one there, and joining it to the cell before it would always "read". Such a value, and a filled cell past the
    // header beside one value that does not read (a note and a bad value as often as a shift: 内線のみ, 要確認 with a
    // remark after the last column), only a cut that is a value's own (1|000, ビル|1F) puts back
    // a row wider than the file's rows whose values all read where they landed (1,200 unquoted: 1 as the capacity, 200
    // in a text column that takes it): its width alone tells a separator inside a value, put back by a value's own cut
    const widerOnly = wider && misread !== null && misread.size === 0;
    // a row of figures with a value past the header, each figure reading where it landed but not adding up
    // (850,720,801,1,521: 総人口 1, 521 past the header): put back by digit groups, the sums choosing among them. Where
    // the file's rows usually have values past the header (a table of figures each 1,000 or more unquoted looks so),
    // only a join that adds up puts the row back.
    const unsummed = filledPast && (misread ?? misreadOf(read)).size === 0 && inconsistent(read);
    const fitsOnly = unsummed && !pastHeader;
    // a row with a value past the header whose values all read where they landed, but a free-text column took one of
    // another column's shape (料金（基本） 1,200円 unquoted: 9:00 as 終了時間, 17:00 as 説明, 説明 past the header): put
    // back by a value's own cut that leaves fewer such values (a note past the header of a row in place has none)
    const strays = pastHeader && misread !== null && misread.size === 0 ? strayCount(cells, freeText) : 0;
    // a row as wide as the header whose last filled value is a group that cannot stand alone, cut off the figure before
    // it (病床数 1, URL 078): the figure's comma pushed it there, the URL column being empty
    const cutTail = excess === 0 && !filledPast && lastGroupCut(cells, width) && onlyMisread(misreadOf(read), plan.keys[lastFilled(cells, width)]);
    const weak = widerOnly || unsummed || cutTail || strays > 0 || (lone >= 0 && (pastHeader || (wider && !beforeLast)));
    const suspect = widerOnly || unsummed || cutTail || strays > 0 || (misread !== null && (misread.size >= 2 || (lone >= 0 && (pastHeader || beforeLast || wider))));
    if (suspect) {
      const readsJoined = joinReader(row, fitsOnly);
      const reads = strays === 0 ? readsJoined : (candidate: string[]) => strayCount(candidate, freeText) < strays && readsJoined(candidate);
      // the tail's cell goes with the figure, the row's last column left empty
      const tried = cutTail ? [...cells.slice(0, width), ""] : cells;
      let found = rejoined(tried, width, reads, weak, cutTail ? 0 : plan.spareSeparators);
      // no join reads, or several do: a value that reads in no join (a fee list in 料金(基本), before the cut) hides the
      // one cut of a value's own shape (有料駐車場あり（2,000台）) after it, which puts the rest of the row back
      const inherent = found?.joined == null && !cutTail && misread !== null ? [...misreadAt(read)] : [];
      if (inherent.length > 0) {
        const beside = rejoined(tried, width, joinReaderBeside(row, fitsOnly, tried, Math.min(...inherent)), true, plan.spareSeparators);
        if (beside?.joined != null) found = beside;
      }
      if (found !== null) {
        const why = [...(cutTail ? ["tail"] : []), ...(found.bySums || fitsOnly ? ["sums"] : [])].join(",");
        shift = issue(found.joined === null ? "row_shifted" : "row_rejoined", { row, value: found.where, ...(why === "" ? {} : { detail: why }) });
        if (found.joined !== null) {
          cells = found.joined;
          read = readRow(cells, row, pageLink, headingKinds);
        } else shiftedFrom = found.from;
      } else if (pastHeader && !weak) {
        shiftedFrom = cells.findIndex((c) => c.trim() !== "");
        shift = issue("row_shifted", { row, value: cellSpan(cells, shiftedFrom, lastFilled(cells, cells.length)) });
      }
    } else if (checkWidth && cells.length < width) {
      // a short row: read with its missing cells at the end (an export trims trailing empty cells) unless values then
      // do not read, or its figures do not add up, where a cell deleted in the middle shifted the later ones left.
      // One value that does not read, the row's last, is a bad value as often as a shift (夜まで as 終了時間 of a row
      // trimmed of its empty 備考); one with values after it (月火水木金土日 as 電話番号) is a sign when a placement reads,
      // else a bad value too (内線のみ as 電話番号); two or more make the row invalid also when none reads.
      const readsAsIs = allRead(read);
      const misread = readsAsIs ? [] : [...misreadAt(read)];
      const severalMisread = misread.length >= 2;
      const firstMisread = Math.min(...misread);
      const unsummed = readsAsIs && inconsistent(read);
      // every value reads, but a free-text column took one of another column's shape (9:00 as 利用可能曜日 when it was
      // deleted): the shift a text column absorbed, put back only by a placement with fewer such values, else as read
      const strayAt = readsAsIs && !unsummed ? firstStray(cells, freeText) : -1;
      // the one value that does not read the row's last: a bad value, unless the placement that makes it read moves it
      // (and any after it) only into columns of a form of their own (a URL under 経度 back to URL: 経度 was deleted)
      const lastOnly = !readsAsIs && !severalMisread && firstMisread === lastFilled(cells, width);
      if (readsAsIs ? unsummed || strayAt >= 0 : severalMisread || firstMisread < lastFilled(cells, width) || lastOnly) {
        const found = placedShort(cells, width, joinReader(row, readsAsIs), placementCost, placementMisfit);
        const strayOnly = strayAt >= 0 && !(found !== null && found.placed !== null && placementCost(found.placed) < placementCost(cells));
        const badValue = lastOnly && !(found !== null && found.placed !== null && movedIntoTyped(found.placed, found.emptied[0] ?? width, typed));
        if (strayOnly || badValue) {
          // no placement lands fewer values out of place: a note that looks like a time or figure, read as written
        } else if (found !== null && found.placed !== null) {
          const missing = [...new Set(found.emptied.map((at) => missingColumnAt(found.placed!, at, neverFilled)))];
          const emptiedColumns = missing.map((at) => plan.sourceHeaders[at]).join("、");
          // the stray value the placement moved out of its text column, not one left in place (大分県庁舎 as 名称)
          const moved = strayAt < 0 ? -1 : strayMovedOut(cells, found.placed, freeText);
          const why = moved >= 0 ? `|stray|${plan.sourceHeaders[moved]}|${cells[moved]}` : found.bySums || readsAsIs ? "|sums" : found.byShape ? "|shape" : "";
          shift = issue("short_row_realigned", { row, field: plan.keys[missing[0]!] ?? plan.extraNames[missing[0]!], value: found.where,
            detail: emptiedColumns + why });
          cells = found.placed;
          read = readRow(cells, row, pageLink, headingKinds);
        } else if (found !== null) {
          shift = issue("short_row_shifted", { row, value: found.where });
          shiftedFrom = found.from;
        } else if (severalMisread) {
          // values in two columns that do not read, and no place for the missing cell that makes them read: not
          // published as read, its values may be in other columns; the missing cell is before the first of them
          shiftedFrom = firstMisread;
          shift = issue("short_row_shifted", { row, value: cellSpan(cells, 0, shiftedFrom) });
        }
      }
    }
    putBack.cells = cells;
    putBack.shift = shift;
    putBack.shiftedFrom = shiftedFrom;
    return read;
  };

  /** A prepared row read, its issues added to the run (or to the tally when said once for the file). */
  const dataRow = ({ r, row, cells: prepared, fills, linkIssues, headingKinds }: Prepared): HarmonizedRow => {
    for (let k = 0; k < plan.blankColumns.length; k++) {
      const n = plan.blankColumns[k];
      if ((prepared[n - 1] ?? "").trim() !== "") blankWithData.add(n);
    }
    const pageLink = nameAt < 0 || (urlAt >= 0 && (prepared[urlAt] ?? "").trim() !== "") ? undefined : pageLinkOf(r.links?.get(nameAt));
    const read = readPutBack(prepared, row, pageLink, headingKinds);
    const { cells, shift, shiftedFrom } = putBack;
    const { split, derivedIssues } = read;
    // a row that cannot be put back is said once, by row_shifted: the values from its span on are in other columns,
    // and what they would say of those (a phone 139.6360, a longitude 35.7050) is no fault of the cells (kept as read)
    const { normalized, checked } = shiftedFrom < 0 ? read : withoutShifted(read, cells, shiftedFrom);
    // a row told shifted has its cells past the header said by row_shifted, not again as too many
    let error = record(shift?.code === "row_shifted" ? split.issues.filter((i) => i.code !== "too_many_fields") : split.issues);
    // a short row put back is still said short: cut-off.ts tells a file cut inside its last row by it
    if (shift?.code === "short_row_realigned") record([issue("too_few_fields", { row, value: `${prepared.length}/${plan.keys.length}` })]);
    if (shift !== null && record([shift])) error = true;
    if (fills.length > 0 && record(fillIssues(r.cells, prepared, fills))) error = true;
    if (linkIssues !== null) record(linkIssues);
    if (r.quoteProblem && record([issue(r.quoteProblem, { row, value: r.quoteProblem === "invalid_quotes" ? undefined : cellOpeningQuote(r.cells) })])) error = true;
    if (derivedIssues !== null) record(derivedIssues);
    if (record(normalized.issues)) error = true;
    if (r.links !== undefined && r.links.size > 0 && shift === null) record(keepLinkAddresses(normalized.record, prepared, r.links, plan.keys, dataset, row));
    if (record(checked)) error = true;
    // a row of a table by age is one age of an area, no area (said once for the file: rows_by_age)
    if (plan.rowsByAge) error = true;
    if (split.emptyExcess > 0 && shift === null) {
      // more separators than the header, and values that did not read: a separator inside a value, unless most rows
      // are that wide (trailing separators), which only the end of the file knows
      const unread = error || normalized.issues.some((i) => i.severity !== "info") || checked.length > 0;
      widths.wide(row, unread ? `${cells.length}/${plan.keys.length}` : null);
    } else if (cells.length === plan.keys.length) widths.fit();
    return { row, record: normalized.record, extra: split.extra, valid: !error, cells: split.cells };
  };

  /** The record a row's cells read as, nothing logged: what a row that may be a total (sum-rows.ts) gives. */
  const figures = (cells: readonly string[], row: number): Record<string, unknown> => readRow(cells, row).normalized.record;
  /** The as-of date of the rows read from now on (the next table's title: 令和6年2月1日現在), and the one before. */
  const takeAsOf = (date: string): string | undefined => {
    const before = context.asOf;
    context.asOf = date;
    return before;
  };
  return { prepare, dataRow, formatText, roundedText, figures, takeAsOf };
}

/** Whether the last filled cell among the first `width` is a digit group that cannot stand alone (078) right after a
 *  figure it may be the tail of (1 | 078). */
function lastGroupCut(cells: readonly string[], width: number): boolean {
  const last = lastFilled(cells, width);
  return last > 0 && mayBeGroup(cells[last]) && LEADING_ZERO_GROUP.test(cells[last].normalize("NFKC").trim()) && isValueComma(cells[last - 1], cells[last]);
}

/** Whether a cell can read as a 3-digit group under NFKC and trimming: only one of at most 3 characters (6 UTF-16
 *  units) once trimmed, as NFKC makes no character nothing, and only of a space a character trim() cuts already (a
 *  test checks both). Asked of every row's last cell (a URL, a remark), which is nearly always longer. */
const mayBeGroup = (cell: string): boolean => cell.length <= 6 || cell.trim().length <= 6;

/** Whether `field` is the one column of `misread`. */
function onlyMisread(misread: ReadonlySet<string | null>, field: string | null | undefined): boolean {
  return misread.size === 1 && field != null && misread.has(field);
}

/** The position of the last filled cell among the first `width`. */
function lastFilled(cells: readonly string[], width: number): number {
  for (let i = Math.min(width, cells.length) - 1; i >= 0; i--) if (cells[i].trim() !== "") return i;
  return -1;
}

/** A row's cells with the value its sheet's name gives (ParsedRecord.fromSheet) in its column, when that cell is blank. */
function withSheetValue(cells: readonly string[], { column, value }: NonNullable<ParsedRecord["fromSheet"]>): readonly string[] {
  if ((cells[column] ?? "").trim() !== "") return cells;
  const out = [...cells];
  while (out.length < column) out.push("");
  out[column] = value;
  return out;
}
