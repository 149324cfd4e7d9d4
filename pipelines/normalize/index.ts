// Value normalization (contract B): raw cells of one row, already header-mapped, → a canonical record with typed
// values, plus an issue for every repair and every value that could not be read. Dispatches on the column kind
// (schemas/types.ts), never on a dataset id. Pure: no I/O, no clock; the only module state is a memo of plans
// derived from the immutable dataset definitions (and row-repair.ts's memo of header rows).
import type { Dataset } from "../../schemas/dataset.ts";
import {
  boundWordsOf, sharedByOf, codeShapeOf, countUnitsOf, dashIsZero, isBlockNumber, isExtension, isHeight, isIssuedNumber, isKana, isMachiazaId, isSsid, isTextList, inBracketsOf, inBracketsKindsOf, type Kind, kindOf, listItemsOf, listItemWordsOf, noneIsNoLimit, noneIsZero, zeroIsNone, underThousand, oneLineOf, otherQuantityOf, otherDatumsOf, unitsOf, scaledUnitsOf, nominalInchesOf, asideWordsOf, wholeWordsOf,
  vocabularyOf,
} from "../../schemas/types.ts";
import type { Issue, IssueCode } from "../issues.ts";
import {
  normalizeCode, normalizeCorporateNumber, normalizeFixedCode, normalizePhone, normalizePostalCode, plainCode, plainFixedCode, plainPhone,
} from "./codes.ts";
import { normalizeCoordinate, plainCoordinate } from "./coordinates.ts";
import type { At, Fixed } from "./fixed.ts";
import { BLANK_MARK, columnSubjectsOf, normalizeFlag, normalizeMark, plainFlag, plainMark } from "./flags.ts";
import { boundOf, endKeyOf } from "./column-bounds.ts";
import { withLinesJoined } from "./line-breaks.ts";
import { boundWordsPattern, knownItemsOf, normalizeLineList, normalizeList, normalizeTextList, plainKnownTextList, plainTextList,
  withoutItemNumberPlain } from "./lists.ts";
import { normalizeCount, normalizeNumber } from "./numbers.ts";
import { valueOfName } from "../value-names.ts";
import type { DateTimePair } from "./pair-repairs.ts";
import { type Overflow, textColumnOf } from "./kept-cells.ts";
import { repairRecord } from "./record.ts";
import type { ReadingColumns } from "./reading-check.ts";
import { columnsOf, type RecordContext, type RecordPlan } from "./row-repair.ts";
import { prefecturedColumnsOf } from "./prefectured-code.ts";
import { dateKeysOf, startsOf } from "./date-years.ts";
import { orderedRangesOf } from "./ordered-range.ts";
import { hasCountPartColumns } from "./count-part-columns.ts";
import { normalizeKana, plainKana } from "./reading.ts";
import { normalizeSsid, plainSsid } from "./ssid.ts";
import { normalizeBlockNumber, plainBlockNumber } from "./block-number.ts";
import { normalizeMachiazaId, plainMachiazaId } from "./machiaza-id.ts";
import { normalizeExtension, plainExtension } from "./extension-number.ts";
import { normalizeIssuedNumber, plainIssuedNumber } from "./issued-number.ts";
import { normalizeText, normalizeUrl, plainText, plainUrl } from "./text.ts";
import { closesHours, normalizeTime, plainTime } from "./times.ts";
import { normalizeHeight, plainHeight } from "./height.ts";
import { vocabularyChecker, vocabularyPlain } from "./vocabulary.ts";
import { normalizeDate } from "./wareki.ts";
import { withOwnLabel } from "./labelled-date.ts";
import { holdsLatest, withLatestOfNote } from "./latest-date.ts";
import { normalizeBracketedValue, plainBracketedValueOf } from "./bracketed-value.ts";
import { compileRow, type Plain, type RowProgram } from "./row-program.ts";

export type { At, Fixed } from "./fixed.ts";
export type { RecordContext } from "./row-repair.ts";

type Normalizer = (raw: string, at: At) => Fixed<unknown>;

/** One normalizer per kind. */
export const NORMALIZERS: Readonly<Record<Kind, Normalizer>> = {
  text: normalizeText,
  code: normalizeCode,
  integer: (raw, at) => normalizeNumber(raw, at, { integer: true }),
  number: (raw, at) => normalizeNumber(raw, at),
  latitude: (raw, at) => normalizeCoordinate(raw, at, "latitude"),
  longitude: (raw, at) => normalizeCoordinate(raw, at, "longitude"),
  date: (raw, at) => normalizeDate(raw, at, boundOf(at.field)),
  time: (raw, at) => normalizeTime(raw, at, boundOf(at.field)),
  boolean: normalizeFlag,
  mark: normalizeMark,
  list: normalizeList,
  url: normalizeUrl,
  email: normalizeText,
  phone: normalizePhone,
  postal_code: normalizePostalCode,
  corporate_number: normalizeCorporateNumber,
};

/** The kinds whose canonical cells are told by a cheap test, each giving the cell's value or undefined. Each
 *  normalizer starts with the same test; the row stage asks it before the memo and the normalizer, and allocates
 *  nothing for such a cell. */
/** A text list's plain test: one that knows the column's items where it has some (textListOf). */
function textListPlain(type: Parameters<typeof listItemsOf>[0]): Plain {
  const items = listItemsOf(type);
  return items === undefined ? plainTextList : plainKnownTextList(knownItemsOf(items, listItemWordsOf(type)));
}

export const PLAIN: Readonly<Partial<Record<Kind, Plain>>> = {
  text: plainText,
  code: plainCode,
  latitude: (raw) => plainCoordinate(raw, "latitude"),
  longitude: (raw) => plainCoordinate(raw, "longitude"),
  time: plainTime,
  boolean: plainFlag,
  mark: plainMark,
  url: plainUrl,
  email: plainText,
  phone: plainPhone,
};

/** What an empty cell of a kind is, where it is not null: a blank 1/empty mark is a "no" (BLANK_MARK, the value
 *  flags.ts gives a cell of spaces). A column the file does not have stays null (not known). */
const EMPTY: Readonly<Partial<Record<Kind, boolean>>> = { mark: BLANK_MARK };

/** The cells of a kind that 備考 keeps when the column names no text column of its own (Column.overflow): a number,
 *  a date, a time, a yes/no or a coordinate that does not read at all (員数 `一括`, 最終更新日 `令和6年4月`, `病後児保育のみ`)
 *  or reads in part (`60名（うち0歳児6名）`, `有（要予約）`, 子供預かり開所時間 `7時（土曜8時）`), or a URL cell that says
 *  there is none (`準備中`), so that what the officer wrote stays in the record. Placeholders (`-`, `null`) are no value
 *  and are not kept. A count of a statistical table (population) keeps only a noted figure: an unread count there is a
 *  mistake to fix, not information, and a table of many such cells would fill 備考. */
const KEPT_IN_REMARKS: Readonly<Partial<Record<Kind, Overflow[2]>>> = {
  integer: "unread", number: "unread", date: "unread", time: "unread", boolean: "unread", mark: "unread", url: "unread", latitude: "unread",
  longitude: "unread", corporate_number: "unread", postal_code: "unread",
  // a list read without its last item's など (list_ends_with_etc), or whose only item was a URL (list_item_link)
  list: "unread",
};

/** What normalizing a row of one dataset needs, derived once from its columns (arrays in column order). */
/** The record-level plan (row-repair.ts RecordPlan: time and date pairs, overflows, units, 同左) and the cell stage's. */
interface Plan extends RecordPlan {
  keys: readonly string[];
  normalizers: readonly Normalizer[];
  plains: ReadonlyArray<Plain | undefined>;
  empties: ReadonlyArray<boolean | null>;
  /** row programs by file layout (columnSources joined), and the last one asked for */
  programs: Map<string, RowProgram>;
  last: { sources: readonly number[]; program: RowProgram } | null;
  /** the record plan's rangePairs (start_time ↔ end_time, start_date ↔ end_date) as column positions */
  rangePairIndexes: ReadonlyArray<readonly [number, number]>;
}

/** A column's normalizer; a time or date column's bound is read from its key once, not per cell. */
function normalizerOf(key: string, kind: Kind): Normalizer {
  if (kind !== "time" && kind !== "date") return NORMALIZERS[kind];
  const bound = boundOf(key);
  return kind === "time" ? (raw, at) => normalizeTime(raw, at, bound) : (raw, at) => normalizeDate(raw, at, bound);
}

/** A column's normalizer: its kind's, unless its type says more (counts of statistical tables, a number's own units). */
export const columnNormalizer = (column: Dataset["columns"][number]): Normalizer => normalizerOfColumn(column, kindOf(column.type));

/** Whether a text reads as a value of the column with nothing worse than an info said of it: a cell of the column
 *  as its own normalizer takes it (a header's columns tried on rows that have none, or on a merged header's parts). */
export function readsCleanly(column: Dataset["columns"][number]): (text: string) => boolean {
  const normalize = columnNormalizer(column);
  return (text) => {
    const out = normalize(text, { row: 0, field: column.key });
    return out.value !== null && !out.issues.some((i) => i.severity !== "info");
  };
}

/** The words a dataset's list columns name a yes/no column with (listedFlags: ベビーキープ of 乳幼児用設備設置トイレ有無). */
const listedWordsOf = (dataset: Dataset | undefined, key: string): string[] =>
  (dataset?.listedFlags ?? []).flatMap((list) => list.flags.filter((flag) => flag.key === key).flatMap((flag) => flag.words));

function normalizerOfColumn(column: Dataset["columns"][number], kind: Kind, dataset?: Dataset): Normalizer {
  const normalize = cellNormalizerOf(column, kind, dataset);
  const oneLine = oneLineOf(column.type);
  return oneLine === undefined ? normalize : withLinesJoined(normalize, oneLine);
}

/** The names of the values of a text column of several things, where they have names of their own
 *  (Column.fromSheetName): a cell may list them with 、 or ・ between (飲食店営業、菓子製造業). */
const valueNamesOf = (column: Dataset["columns"][number], kind: Kind) => (column.numberedParts && kind === "text" ? column.fromSheetName : undefined);

function cellNormalizerOf(column: Dataset["columns"][number], kind: Kind, dataset?: Dataset): Normalizer {
  const { key, type } = column;
  if (dashIsZero(type)) return normalizeCount;
  const parts = column.countParts;
  if (noneIsZero(type)) {
    const aside = asideOf(type);
    const whole = wholeWordsOf(type);
    return (raw, at) => normalizeNumber(raw, at, { integer: true, noneIsZero: true, parts, aside, whole });
  }
  if (kind === "boolean" || kind === "mark") {
    // a cell may name what the column asks about before its yes or no (小児用パッド有), or alone (ベビーシート)
    const subjects = columnSubjectsOf([column.ja, ...(column.aliases ?? []), ...listedWordsOf(dataset, key), ...(column.flagWords?.subjects ?? [])],
      column.flagWords?.no);
    return kind === "boolean" ? (raw, at) => normalizeFlag(raw, at, subjects) : (raw, at) => normalizeMark(raw, at, subjects);
  }
  const vocabulary = vocabularyOf(type);
  if (vocabulary !== undefined && kind === "text") return vocabularyChecker(vocabulary);
  if (isHeight(type)) return normalizeHeight;
  if (isKana(type)) return normalizeKana;
  if (isSsid(type)) return normalizeSsid;
  const inBrackets = inBracketsOf(type);
  if (inBrackets !== undefined) return normalizeBracketedValue(inBrackets, inBracketsKindsOf(type));
  if (isBlockNumber(type)) return normalizeBlockNumber;
  if (isMachiazaId(type)) return normalizeMachiazaId;
  if (isExtension(type)) return normalizeExtension;
  if (isIssuedNumber(type)) return normalizeIssuedNumber;
  const listed = kind === "list" ? listItemsOf(type) : undefined;
  if (listed !== undefined) {
    const known = knownItemsOf(listed, listItemWordsOf(type));
    return (raw, at) => normalizeList(raw, at, true, known);
  }
  const bound = boundWordsOf(type);
  if (bound !== undefined && kind === "list") {
    const binding = boundWordsPattern(bound);
    const shared = { designations: bound, kinds: new Set(sharedByOf(type)) };
    return (raw, at) => normalizeList(raw, at, true, undefined, binding, shared);
  }
  if (isTextList(type)) {
    const items = listItemsOf(type);
    if (items === undefined) return normalizeTextList;
    const known = knownItemsOf(items, listItemWordsOf(type));
    return (raw, at) => normalizeTextList(raw, at, known);
  }
  // a text column that names several things gives them one per line as it does in numbered columns, or between the
  // names of its values (the kinds of business its sheets may be named by)
  const values = valueNamesOf(column, kind);
  if (values !== undefined) {
    const names = (part: string) => valueOfName(part, values) !== null;
    return (raw, at) => normalizeLineList(raw, at, names);
  }
  if (column.numberedParts && kind === "text") return normalizeLineList;
  const shape = codeShapeOf(type);
  if (shape !== undefined) return (raw, at) => normalizeFixedCode(raw, at, shape);
  const units = unitsOf(type);
  if (units !== undefined && kind === "number") {
    const accepted = new Set(units);
    const quantity = otherQuantityOf(type);
    const other = quantity === undefined ? undefined : { name: quantity.name, units: new Set(quantity.units) };
    const aside = asideOf(type);
    const none = zeroIsNone(type);
    const otherDatums = otherDatumsOf(type);
    const scaled = scaledUnitsOf(type);
    const inches = nominalInchesOf(type);
    const small = underThousand(type);
    return (raw, at) => normalizeNumber(raw, at, { units: accepted, other, aside, zeroIsNone: none, otherDatums, scaled, inches, underThousand: small });
  }
  const countUnits = countUnitsOf(type);
  if (countUnits !== undefined && kind === "integer") {
    const counted = new Set(countUnits);
    const noLimit = noneIsNoLimit(type);
    const aside = asideOf(type);
    const whole = wholeWordsOf(type);
    const none = zeroIsNone(type);
    return (raw, at) => normalizeNumber(raw, at, { integer: true, countUnits: counted, parts, noneIsNoLimit: noLimit, aside, whole, zeroIsNone: none });
  }
  if (kind === "integer" && parts !== undefined) return (raw, at) => normalizeNumber(raw, at, { integer: true, parts });
  if (kind === "date") {
    const labelled = withOwnLabel(normalizerOf(key, kind), [column.ja, ...(column.aliases ?? [])]);
    return holdsLatest(key) ? withLatestOfNote(labelled) : labelled;
  }
  return normalizerOf(key, kind);
}

/** The words around a number column's values that say what it is (schemas' `aside`), their after-pattern compiled. */
function asideOf(type: Parameters<typeof asideWordsOf>[0]): { before: readonly string[]; after?: RegExp; labels?: readonly string[]; below?: readonly string[] } | undefined {
  const words = asideWordsOf(type);
  if (words === undefined) return undefined;
  return { before: words.before, ...(words.after === undefined ? {} : { after: new RegExp(words.after, "u") }),
    ...(words.labels === undefined ? {} : { labels: words.labels }), ...(words.below === undefined ? {} : { below: words.below }) };
}

function planOf(dataset: Dataset): Plan {
  const keys = dataset.columns.map((c) => c.key);
  const kinds = dataset.columns.map((c) => kindOf(c.type));
  const keyOf = (kind: Kind) => keys.find((_, i) => kinds[i] === kind);
  const rangePairs: Array<readonly [string, string]> = [];
  keys.forEach((key, i) => {
    const end = endKeyOf(key);
    if ((kinds[i] === "time" || kinds[i] === "date") && boundOf(key) === "start" && kinds[keys.indexOf(end)] === kinds[i]) rangePairs.push([key, end] as const);
  });
  const namedPairs = [...rangePairs];
  // a start and end the dataset orders without naming them so (許可開始日 → 許可満了日): one range cell gives both too
  for (const [start, end] of dataset.dateOrder ?? []) {
    if (boundOf(start) === "start" && boundOf(end) === "end" && !rangePairs.some(([s, e]) => s === start || e === end)) rangePairs.push([start, end] as const);
  }
  // dateOrder's pairs are checked as dateOrder (dates_out_of_order), not again as start and end
  const datePairs = namedPairs.filter(([start]) => kinds[keys.indexOf(start)] === "date");
  return {
    keys, normalizers: keys.map((_, i) => normalizerOfColumn(dataset.columns[i], kinds[i], dataset)),
    plains: kinds.map((kind, i) => {
      const { type } = dataset.columns[i];
      const vocabulary = vocabularyOf(type);
      const shape = codeShapeOf(type);
      if (shape !== undefined) return plainFixedCode(shape);
      // names of values with a separator between (飲食店営業、菓子製造業) may be a list
      if (valueNamesOf(dataset.columns[i], kind) !== undefined) return withoutItemNumberPlain(plainTextList);
      // `① 飲食店営業`: the kind's number in MHLW's list before it (normalizeLineList)
      if (dataset.columns[i].numberedParts && kind === "text") return withoutItemNumberPlain(plainText);
      return vocabulary !== undefined ? vocabularyPlain(vocabulary.values) : isHeight(type) ? plainHeight : isKana(type) ? plainKana
        : isSsid(type) ? plainSsid : inBracketsOf(type) !== undefined ? plainBracketedValueOf(inBracketsKindsOf(type)) : isBlockNumber(type) ? plainBlockNumber : isMachiazaId(type) ? plainMachiazaId : isExtension(type) ? plainExtension : isIssuedNumber(type) ? plainIssuedNumber : isTextList(type) ? textListPlain(type) : PLAIN[kind];
    }),
    empties: kinds.map((kind) => EMPTY[kind] ?? null),
    programs: new Map(), last: null,
    rangePairs, rangePairIndexes: rangePairs.map(([start, end]) => [keys.indexOf(start), keys.indexOf(end)] as const),
    datePairs,
    dateTimePairs: dateTimePairsOf(namedPairs, (key) => kinds[keys.indexOf(key)]),
    overflows: dataset.columns.flatMap((c, i): Overflow[] => {
      const target = textColumnOf(dataset, c);
      if (target === undefined) return [];
      if (c.overflow !== undefined) return [[c.key, target, "unread"]];
      // a height that does not read, or reads without its 約, is kept as a number's note is; so is a code of the wrong form
      // a reading's or an SSID's note in brackets, and an SSID's further names, are kept so too, also when the cell
      // was nothing but the note
      // so is a list's item read without its note (ファイル形式 `CSV(UTF-8)`), and words where a number is given (許可番号 `届出`),
      // and a choice read without its note (医療機関の種類 `病院（救急告示）`) or its class (種類 `有形文化財（建造物）`)
      const kept = isHeight(c.type) || isIssuedNumber(c.type) || codeShapeOf(c.type) !== undefined || isMachiazaId(c.type) || isKana(c.type) || isSsid(c.type) ? "unread"
        : dashIsZero(c.type) || (listItemWordsOf(c.type)?.notes ?? false) !== false || vocabularyOf(c.type) !== undefined || inBracketsOf(c.type) !== undefined ? "noted" : KEPT_IN_REMARKS[kinds[i]];
      return kept === undefined ? [] : [[c.key, target, kept]];
    }),
    unitPairs: keys.flatMap((key, i) => ((kinds[i] === "number" || kinds[i] === "integer") && kinds[keys.indexOf(`${key}_unit`)] === "text"
      ? [[key, `${key}_unit`] as const] : [])),
    sameAsPairs: dataset.columns.flatMap((c) => (c.sameAs !== undefined && dataset.columnByKey.has(c.sameAs) ? [[c.key, c.sameAs] as const] : [])),
    latKey: keyOf("latitude"), lonKey: keyOf("longitude"),
    readings: dataset.columns.filter((c) => isKana(c.type)).map((c) => readingColumnsOf(dataset, c.key)),
    nameKeys: dataset.columns.filter((c) => oneLineOf(c.type) === "words" && !isKana(c.type)).map((c) => c.key),
    ...repairsOf(dataset, datePairs),
  };
}

/** What the record-level repairs ask of the dataset, told once for it rather than on every row. */
function repairsOf(dataset: Dataset, datePairs: ReadonlyArray<readonly [string, string]>) {
  const has = (key: string) => dataset.columnByKey.has(key);
  return {
    columns: columnsOf(dataset), prefectured: prefecturedColumnsOf(dataset), dateKeys: dateKeysOf(dataset), dateStarts: startsOf(datePairs),
    orderedRanges: orderedRangesOf(dataset), countParts: hasCountPartColumns(dataset), availableDays: has("available_days"),
    daysFromTimes: has("available_days") && has("start_time"),
  };
}

/** A reading column's name and name in Latin letters, by key: `name_kana` → `name`, `name_en`. */
function readingColumnsOf(dataset: Dataset, key: string): ReadingColumns {
  const base = key.replace(/_kana$/, "");
  const has = (k: string) => (dataset.columnByKey.has(k) ? k : undefined);
  return [key, has(base), has(`${base}_en`)];
}

/** The time pairs whose dates are a pair too, by key: `start_time` ↔ `start_date`, `application_end_time` ↔
 *  `application_end_date`. */
function dateTimePairsOf(rangePairs: ReadonlyArray<readonly [string, string]>, kindOfKey: (key: string) => Kind | undefined): DateTimePair[] {
  const dateOf = (key: string) => key.replace(/time$/, "date");
  return rangePairs
    .filter(([start, end]) => kindOfKey(start) === "time" && kindOfKey(dateOf(start)) === "date" && kindOfKey(dateOf(end)) === "date")
    .map(([start, end]) => ({ startDate: dateOf(start), endDate: dateOf(end), startTime: start, endTime: end }));
}

// A memo of pure data derived from immutable dataset definitions (no behaviour depends on what was seen before).
const PLANS = new WeakMap<Dataset, Plan>();

function cachedPlan(dataset: Dataset): Plan {
  let plan = PLANS.get(dataset);
  if (plan === undefined) PLANS.set(dataset, (plan = planOf(dataset)));
  return plan;
}

/** Which position of a file's row holds each column of the dataset (-1: the file has no such column). */
export function columnSources(dataset: Dataset, sourceKeys: readonly (string | null)[]): number[] {
  // the last: a derived column made of the file's own column of its key and more (利用可能日時特記事項 + 休館日)
  return cachedPlan(dataset).keys.map((key) => sourceKeys.lastIndexOf(key));
}

/** The row program for a file layout: the engine passes the same sources array on every row of a file. */
function programOf(plan: Plan, sources: readonly number[]): RowProgram {
  if (plan.last !== null && plan.last.sources === sources) return plan.last.program;
  const id = sources.join(",");
  let program = plan.programs.get(id);
  if (program === undefined) {
    // a server harvests files of many layouts: bounded
    if (plan.programs.size >= 64) plan.programs.clear();
    plan.programs.set(id, (program = compileRow(plan, sources, slowCell)));
  }
  plan.last = { sources, program };
  return program;
}

/** Issues of a start cell read again for the end's time, which that cell says (and keeps) already: a note beside the
 *  range, its start in words (`放課後～18:00`), or a weekday beside a listed day that is not its own. */
const SAID_BY_OTHER_CELL: ReadonlySet<IssueCode> = new Set(["time_with_note", "time_start_in_words", "date_weekday_mismatch"]);

/** Issues that say a start cell was read as a range (or a list, or hours whose start is in words), so that the end
 *  takes its value from that cell too. */
const READ_FROM_RANGE: ReadonlySet<IssueCode> = new Set(["time_range_split", "time_sessions", "time_start_in_words", "time_by_season", "hours_by_days", "date_range_split",
  "date_list_split", "date_list_days", "all_day_time"]);

/** A cell that is not plain: through the memo when the run has one, else its normalizer. */
function slowCell(plan: Plan, s: number, raw: string, range: string | undefined, row: number, context: RecordContext,
  issues: Issue[]): unknown {
  const normalize = plan.normalizers[s];
  const field = plan.keys[s];
  const memo = context.memo;
  let fixed = memo ? memo.normalize(s, normalize, raw, row, field) : normalize(raw, { row, field, onlyCounts: context.onlyCounts });
  if (range !== undefined) {
    const fromRange = memo ? memo.normalize(s, normalize, range, row, field) : normalize(range, { row, field, onlyCounts: context.onlyCounts });
    // also a start cell that says when the hours close (`17時まで`): its time is the end's
    if (fromRange.issues.some((i) => READ_FROM_RANGE.has(i.code)) || (fromRange.value !== null && closesHours(range))) {
      // a note in the other cell is that cell's to report and to keep
      fixed = fromRange.issues.some((i) => SAID_BY_OTHER_CELL.has(i.code))
        ? { value: fromRange.value, issues: fromRange.issues.filter((i) => !SAID_BY_OTHER_CELL.has(i.code)) } : fromRange;
    }
  }
  for (let k = 0; k < fixed.issues.length; k++) issues.push(fixed.issues[k]);
  return fixed.value;
}

/**
 * cells: canonical key → raw text from the file (a key the file has no column for is left out). Returns every
 * column key of the dataset (null when empty or not in the file) and the issues of this row, cells in column order,
 * then record-level repairs.
 */
export function normalizeRecord(cells: Record<string, string>, dataset: Dataset, at: { row: number },
  context: RecordContext = {}): { record: Record<string, unknown>; issues: Issue[] } {
  const keys = cachedPlan(dataset).keys;
  const sources = keys.map((key, i) => (Object.hasOwn(cells, key) ? i : -1));
  return normalizeRow(keys.map((key) => cells[key] ?? ""), sources, cells, dataset, at.row, context);
}

/**
 * normalizeRecord for the engine's row stage: the row's cells as the file has them, `sources` from columnSources,
 * so no cell is looked up by name; `cells` (by key) is what the record-level repairs read.
 */
export function normalizeRow(values: readonly string[], sources: readonly number[], cells: Record<string, string>,
  dataset: Dataset, row: number, context: RecordContext): { record: Record<string, unknown>; issues: Issue[] } {
  const plan = cachedPlan(dataset);
  const issues: Issue[] = [];
  const record = programOf(plan, sources)(values, row, context, issues);
  repairRecord(record, cells, dataset, row, context, plan, issues);
  return { record, issues };
}
