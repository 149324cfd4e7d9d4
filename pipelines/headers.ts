// Map headers: each source column → a canonical key of the dataset, exact → alias → normalized → fuzzy, every
// mapping reported with its method. Unmapped columns keep their values under `extra`; nothing is dropped.
import type { Column, Yielding } from "../schemas/column.ts";
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { kindOf, text } from "../schemas/types.ts";
import type { ColumnShape } from "./column-shapes.ts";
import { type Issue, issue } from "./issues.ts";
import type { HeaderMapping, MappingMethod } from "./report.ts";
import { type DerivedColumn, derivedColumns } from "./derived-columns.ts";
import { commonPrefix, fuzzyMatch } from "./header-fuzzy.ts";
import { type HeaderMatch, type Lookup, lookupOf, matchHeader, normalizeHeader, withoutAnnotation } from "./header-match.ts";
import { breakdownsOf, labelledOf, measuredRemarksOf, namesAPart, numberedOf, partsOf } from "./header-parts.ts";
import { listItemMatch, listItemWord } from "./header-list-item.ts";
import { subjectMatch } from "./header-subject.ts";
import { twoLevelsOf } from "./two-levels.ts";
import { pairStartWithEnd } from "./paired-hours.ts";
import { foldBothSexesBands } from "./both-sexes-bands.ts";
import { bandOfHeader } from "./age-bands.ts";
import { withoutDmsUnits } from "./dms-columns.ts";
import { matchReadingsByLeft } from "./left-reading.ts";
import type { OtherListColumns } from "./other-list-rows.ts";
import { asOfInText } from "./as-of.ts";

/** How a row of source cells maps onto a dataset: one entry per source column. */
export interface ColumnPlan {
  /** canonical key per source column, null when its values go to extra */
  keys: (string | null)[];
  /** the name each unmapped source column has in `extra` (the header, or column_N when blank or repeated) */
  extraNames: string[];
  /** keys of mapped columns whose cell a row may keep in `extra` instead (a 法人名 that names no 法人, Column.corporateOnly,
   *  corporate-only.ts): their names are among the file's extra columns too */
  extraKeys?: readonly string[];
  /** source header texts, for the normalizer (old-format detection) */
  sourceHeaders: string[];
  /** required columns absent from the header */
  absentRequired: Column[];
  /** 1-based numbers of the columns whose header cell is blank (reported when they hold data) */
  blankColumns: number[];
  /** the 0-based column where a table beside the list starts (side-table.ts): each row's cells from it are not read */
  sideTableAt?: number;
  /** the file's column that holds both coordinates (coordinate-pair.ts): each row's cell there is cut in two, and
   *  `keys` and the other lists are of the row so cut */
  pairAt?: number;
  /** cells joined into another column's value: the parts of a value under a header cell merged over their columns
   *  (住所 over 町名 | 番地, merged-header.ts) */
  mergedParts?: ReadonlyArray<{ into: number; parts: readonly number[]; separator: string }>;
  /** standard columns the file lacks, given by its other columns (derived-columns.ts) */
  derived: DerivedColumn[];
  /** most rows of the file's head have values past the header (columns it does not name): such a value is then no
   *  sign of a row shifted by a separator inside a value (shifted-row.ts) */
  valuesPastHeader?: boolean;
  /** a column's values are ages (age-rows.ts): each row is one age, no area, and is not published as one */
  rowsByAge?: boolean;
  /** the separators every row of the file's head ends with past the header (shifted-row.ts spareSeparators): a row
   *  with more is wider than the file's rows */
  spareSeparators?: number;
  /** what each column holds on the file's head rows (column-shapes.ts): where a short row's missing cell goes among
   *  text columns; absent when no column has a shape */
  columnShapes?: ReadonlyArray<ColumnShape | null>;
  /** columns whose header is a yielding alias that stands in (Yielding.standIn) for a column another header won (a food
   *  list's 施設名 beside 屋号): on a row where that column's cell is blank, this one's cell is its value
   *  (stand-in-cells.ts) */
  standIns?: StandIn[];
  /** the columns that tell a row of another list (種別 `指定避難所` in a list of 指定緊急避難場所) and what the file's head
   *  and end rows show there (other-list-rows.ts); absent when the dataset or file has none */
  otherList?: OtherListColumns;
}

/** A column (`at`) that stands in for `key` on rows where the column of `key` is blank: a yielding alias (施設名 beside
 *  屋号), an `alternate` one (届出年月日 beside 許可年月日), or a `repeated` column of the same field (利用時間 beside
 *  開館時間, header-parts.ts repeatedHours). */
export interface StandIn { key: string; at: number; repeated?: true; alternate?: true }

/** A mapped header: the plan and the report's header mapping, each column's key in both. */
export interface MappedHeader { plan: ColumnPlan; header: HeaderMapping[] }

/** The mapping with source column `at` taken as `key` by what it holds, not its header (設置場所 of addresses, 区分 of
 *  国指定 …, X of metres): no longer an absent required column. */
export function takeColumn({ plan, header }: MappedHeader, at: number, key: string, method: Exclude<MappingMethod, "none">): MappedHeader {
  return {
    plan: { ...plan, keys: plan.keys.map((k, i) => (i === at ? key : k)), absentRequired: plan.absentRequired.filter((c) => c.key !== key) },
    header: header.map((h, i) => (i === at ? { ...h, field: key, method } : h)),
  };
}

const RANK: Record<Exclude<MappingMethod, "none">, number> = { exact: 0, alias: 1, fuzzy: 4 };
/** A qualified header ranks after a plain alias: `電話番号` wins the column over `電話番号（代表）`. */
const QUALIFIED_RANK = 2;
/** A yielding alias (Column.yieldingAliases) by what it names beside a better header: a general one as a qualified
 *  header (a food list's 屋号 wins the name over its 施設名), a coarser unit after both (`町丁名` wins the area over
 *  `地区`). */
const YIELDING_RANK: Record<Yielding["as"], number> = { general: QUALIFIED_RANK, rowNumber: QUALIFIED_RANK, alternate: QUALIFIED_RANK, coarser: 3 };
/** the standard's own header that yields (施設名称 beside 屋号) still wins over the other yielding ones (施設名) and a
 *  qualified one */
const EXACT_YIELDING_AHEAD = 0.1;
/** A coordinate in the Tokyo Datum ranks after any other header, fuzzy ones too: `緯度（世界測地系）` beside it is the
 *  standard's. */
const rankOf = (m: HeaderMatch) => (m.tokyoDatum ? 5 : m.yielding ? YIELDING_RANK[m.yielding.as] - (m.method === "exact" ? EXACT_YIELDING_AHEAD : 0)
  : m.qualified ? QUALIFIED_RANK + (m.standing === undefined ? 0 : STANDING_RANK[m.standing]) : RANK[m.method]);
/** Of qualified headers of one column, the main one (`（代表）`) before any other, one for some hours or people
 *  (`（夜間）`) after any other; all of them still after the plain header. */
const STANDING_RANK = { main: -0.2, secondary: 0.2 } as const;
/** a header that names a coarser unit than its column's (地区 of a 町丁's area): losing to a header of the column's own
 *  unit is said as such (broader_header), not as a duplicate */
const coarser = (m: HeaderMatch | null) => m?.yielding?.as === "coarser";
/** added to the rank of a header that may also name another column: after a qualified header (設置位置（詳細）) */
const FALLBACK_RANK = 1.5;
/** more than any method's rank: a hidden column comes after every visible one */
const HIDDEN_RANK = 10;
const NONE_HIDDEN: ReadonlySet<number> = new Set();

/** Columns whose header named a taken column go to the column their header is a fallback alias of, when no other
 *  header gives that one (Column.fallbackAliases: 設置場所 beside 設置位置 is the facility). */
function assignFallbacks(cells: readonly string[], matches: (HeaderMatch | null)[], owner: Map<string, number>, lookup: Lookup,
  dataset: Dataset): void {
  matches.forEach((m, i) => {
    if (m === null) return;
    const split = withoutAnnotation(cells[i]);
    const key = lookup.fallback.get(normalizeHeader(cells[i])) ?? (split ? lookup.fallback.get(normalizeHeader(split.base)) : undefined);
    if (key === undefined || owner.has(key)) return;
    // the column its header names first is taken; or it is this one's, an optional one, but the fallback is a required
    // column no other header gives (a care list's 事業者名 is the 法人 beside 事業所名, and the 事業所 itself when there
    // is no other name)
    const mine = owner.get(m.key) === i;
    const required = (k: string) => dataset.columnByKey.get(k)?.requirement === "required";
    if (mine && (!required(key) || required(m.key))) return;
    matches[i] = { key, method: "alias", qualified: m.qualified };
    owner.set(key, i);
    if (!mine) return;
    // the column it leaves goes to the next header of it (法人名 beside 事業者名), if any
    owner.delete(m.key);
    const next = matches.findIndex((other, j) => j !== i && other?.key === m.key);
    if (next >= 0) owner.set(m.key, next);
  });
}

/** A reading headed after another column of the file that is not the name (施設_カナ beside 施設, the park a toilet
 *  stands in, with 名称 its own name) is that column's reading: it is no 名称_カナ, and stays in extra. */
function dropOtherReading(cells: readonly string[], matches: (HeaderMatch | null)[], owner: Map<string, number>): number {
  const at = owner.get("name_kana");
  if (at === undefined) return -1;
  const base = /^(.+?)[_＿]?(?:カナ|ｶﾅ|かな)$/.exec(cells[at].trim())?.[1];
  const baseAt = base === undefined ? -1 : cells.findIndex((cell, i) => i !== at && cell.trim() === base);
  if (baseAt < 0 || owner.get("name") === baseAt) return -1;
  matches[at] = null;
  owner.delete("name_kana");
  return at;
}

/** Columns of a count by age written as the count with the ages in brackets (定員（0歳） … 定員（5歳）): read as the
 *  count itself, the first would be taken for the whole and the others left in extra. Two or more such columns of one
 *  group are bands (Dataset.bands), summed into the count by derivedColumns, so none of them is the count's own. */
function withoutBandQualifiers(cells: readonly string[], matches: (HeaderMatch | null)[], dataset: Dataset): void {
  const bands = dataset.bands;
  if (bands === undefined) return;
  const qualifiedBands = matches.flatMap((m, i) => {
    const band = m?.qualified === true ? bandOfHeader(cells[i], bands) : null;
    return band === null ? [] : [{ at: i, ...band }];
  });
  for (const { at, group } of qualifiedBands) if (qualifiedBands.filter((b) => b.group === group).length >= 2) matches[at] = null;
  // 男（65歳以上）, 女（15歳未満） alone: a group of people of every age (男性: 0–4 … 85+) counted at some ages only, never
  // the whole group; a capacity by classes (定員（3歳以上）, a kindergarten's) may be its whole
  for (const { at, from, to, group } of qualifiedBands) if (ofEveryAge(dataset, group) && (from > 0 || to !== null)) matches[at] = null;
  matches.forEach((m, i) => {
    if (m?.qualified === true && ofEveryAge(dataset, m.key) && bandOfHeader(cells[i], bands) === null && agesInQualifier(cells[i])) matches[i] = null;
  });
}

/** Whether a column counts people of every age: a group whose band columns run from birth with no end (男性's 0–4 …
 *  85歳以上), or the sum of such groups (総人口 = 男性 + 女性). */
function ofEveryAge(dataset: Dataset, key: string): boolean {
  const columns = dataset.bands?.columns ?? [];
  const group = (g: string) => columns.some((c) => c.group === g && c.from === 0) && columns.some((c) => c.group === g && c.to === null);
  return group(key) || (dataset.sums ?? []).some((sum) => sum.total === key && sum.parts.every(group));
}

/** A bracket that names ages no band reads (`男（15歳未満）`, `女（65歳以上75歳未満）`). */
const agesInQualifier = (cell: string): boolean => (withoutAnnotation(cell)?.qualifiers ?? []).some((q) => /\d\s*[歳才]/.test(q.normalize("NFKC")));

/** The date a qualified header's bracket gives its figure (`人口(R6.1.1)`, `人口（令和6年1月1日現在）`, `人口（2023年）` as of its
 *  1 January), as an ISO date; null for any other header. */
function dateOfQualified(cell: string, m: HeaderMatch | null): string | null {
  if (m?.qualified !== true) return null;
  for (const q of withoutAnnotation(cell)?.qualifiers ?? []) {
    const date = dateOfFigures(q);
    if (date !== undefined) return date;
  }
  return null;
}

/** The date a header's words give its figures (`R6.1.1`, `令和6年1月1日現在`, `2023年` as of its 1 January), ISO. */
export function dateOfFigures(words: string): string | undefined {
  return asOfInText(words) ?? (/年度?$/.test(words.trim()) ? asOfInText(`${words.trim().replace(/度$/, "")}1月1日`) : undefined);
}

/** Maps a header row onto a dataset: the report's header entries, the column plan, and header-level issues. */
/** `hidden`: the file's hidden columns (a workbook's), which a visible column of the same field outranks. */
export function mapHeaders(cells: readonly string[], dataset: Dataset, hidden: ReadonlySet<number> = NONE_HIDDEN):
  { header: HeaderMapping[]; plan: ColumnPlan; issues: Issue[] } {
  const prefix = commonPrefix(cells);
  const matches: (HeaderMatch | null)[] = cells.map((cell) => {
    if (cell.trim() === "") return null;
    return matchHeader(cell, dataset) ?? (prefix && cell.trim().startsWith(prefix) ? matchHeader(cell.trim().slice(prefix.length), dataset) : null)
      ?? subjectMatch(cell, dataset) ?? listItemMatch(cell, dataset);
  });
  withoutDmsUnits(cells, matches, dataset);
  withoutBandQualifiers(cells, matches, dataset);
  // 名称 | カナ: the name's reading; 法人名 | フリガナ: the operator's, no column of the dataset
  const otherReadings = matchReadingsByLeft(cells, matches, dataset);
  // one source column per key: a visible column before a hidden one (a stale copy kept out of sight), then the best
  // method wins, then the leftmost
  const owner = new Map<string, number>();
  const lookup = lookupOf(dataset);
  // a header that may also name another column (設置場所: the facility beside 設置位置) gives way to one that names only
  // this column (設置場所詳細): it then goes to that other column, if free (assignFallbacks)
  const ambiguous = (i: number) => (lookup.fallback.has(normalizeHeader(cells[i])) ? FALLBACK_RANK : 0);
  const rankAt = (i: number) => (hidden.has(i) ? HIDDEN_RANK : 0) + rankOf(matches[i] as HeaderMatch) + ambiguous(i);
  // 人口(R5.1.1) | 人口(R6.1.1): of one column dated in brackets, the latest is the file's figure, not the leftmost
  const dated = cells.map((cell, i) => dateOfQualified(cell, matches[i]));
  const later = (i: number, current: number) => dated[i] !== null && dated[current] !== null && dated[i]! > dated[current]!;
  matches.forEach((m, i) => {
    if (!m) return;
    const current = owner.get(m.key);
    if (current === undefined || rankAt(i) < rankAt(current) || (rankAt(i) === rankAt(current) && later(i, current))) owner.set(m.key, i);
  });
  pairStartWithEnd(cells, matches, owner);
  const otherReading = dropOtherReading(cells, matches, owner);
  // read before a yielding header goes to the column it is a fallback of
  const standIns = matches.flatMap((m, i): StandIn[] => (m?.yielding?.standIn && owner.get(m.key) !== i
    ? [{ key: m.key, at: i, ...(m.yielding.as === "alternate" ? { alternate: true as const } : {}) }] : []));
  assignFallbacks(cells, matches, owner, lookup, dataset);
  const isCount = (key: string) => kindOf(dataset.columnByKey.get(key)?.type ?? text) === "integer";
  // 対象災害（崖崩れ） | 対象災害（土石流）: parts of one column as the words alone are
  const partCells = lookup.parts.size === 0 ? cells : cells.map((cell) => listItemWord(cell, dataset) ?? cell);
  const breakdowns = [...breakdownsOf(cells, matches, owner, dataset), ...partsOf(partCells, matches, owner, lookup, isCount),
    ...labelledOf(cells, matches, owner, dataset, lookup, hidden), ...numberedOf(cells, matches, owner, dataset, lookup)];
  breakdowns.push(...measuredRemarksOf(cells, matches, owner, breakdowns));
  // a repeated column of hours (利用時間 beside 開館時間) is the hours on a row where the column read is blank
  for (const b of breakdowns) b.repeats?.forEach((key, k) => { if (key !== undefined) standIns.push({ key, at: b.parts[k], repeated: true }); });
  const inBreakdown = new Set(breakdowns.flatMap((b) => b.parts));
  // a labelled text column, or one of numbered parts, keeps the file's own column of its name as its first part
  for (const b of breakdowns) if (!b.labelledAliases && !b.numbered && b.total === undefined) owner.delete(b.of ?? b.key);
  // a breakdown's key is given by its parts: no other column takes it by a loose match
  const taken = new Set([...owner.keys(), ...breakdowns.flatMap((b) => [b.key, ...(b.of === undefined ? [] : [b.of])])]);
  cells.forEach((cell, i) => {
    if (matches[i] || cell.trim() === "" || namesAPart(cell, dataset) || i === otherReading || otherReadings.has(i)) return;
    const fuzzy = fuzzyMatch(cell, dataset, taken);
    if (fuzzy) {
      matches[i] = fuzzy;
      owner.set(fuzzy.key, i);
      taken.add(fuzzy.key);
    }
  });

  // LinkData.org tables: the `#property` row is the header and its first column, the subject, holds the name
  if (dataset.columnByKey.has("name") && !owner.has("name") && matches[0] === null && /^#property/i.test((cells[0] ?? "").trim())) {
    matches[0] = { key: "name", method: "alias" };
    owner.set("name", 0);
  }
  // 指定区分 | 種別 (| 種類): the column given at two levels, by neither of its columns alone
  const levels = twoLevelsOf(dataset, matches, owner, hidden);
  if (levels !== null) owner.delete(levels.key);
  const inLevels = new Set(levels?.parts ?? []);
  const issues: Issue[] = [];
  const header: HeaderMapping[] = [];
  const keys: (string | null)[] = [];
  const extraNames: string[] = [];
  const usedNames = new Set<string>();
  const blank: number[] = [];
  cells.forEach((cell, i) => {
    const m = matches[i];
    const mine = m !== null && owner.get(m.key) === i;
    keys.push(mine ? m.key : null);
    header.push({ source: cell, field: mine ? m.key : null, method: mine ? m.method : "none" });
    let name = cell.trim();
    if (name === "") {
      blank.push(i + 1);
      name = `column_${i + 1}`;
    } else if (m && !mine && !inBreakdown.has(i) && !inLevels.has(i)) {
      const first = owner.get(m.key) as number;
      const code = hidden.has(i) && !hidden.has(first) ? "hidden_column_duplicate" : m.qualified ? "qualified_header"
        : coarser(m) && !coarser(matches[first]) ? "broader_header" : m.yielding?.as === "rowNumber" ? "row_number_header"
        : m.yielding?.as === "alternate" ? "alternate_column" : m.yielding?.as === "general" && m.yielding.standIn ? "general_header" : "duplicate_header";
      issues.push(issue(code, { field: cell, value: cells[first] }));
    } else if (!m) {
      issues.push(issue("unknown_header", { field: cell }));
    } else if (m.method === "fuzzy") {
      issues.push(issue("fuzzy_header", { field: cell, value: columnJa(dataset, m.key) }));
    }
    // a second column of one name (備考, 備考) keeps that name in extra, numbered: 備考_2 (column_N is for cells with no
    // header of their own)
    for (let n = 2, own = name; usedNames.has(name); n++) name = `${own}_${n}`;
    usedNames.add(name);
    extraNames.push(name);
  });
  const derived = derivedColumns(dataset, { keys, sourceHeaders: [...cells] }, breakdowns);
  issues.push(...derived.issues);
  if (levels !== null) {
    derived.columns.push({ key: levels.key, parts: levels.parts, how: "levels", names: [...(dataset.levels?.outer ?? [])],
      ...(dataset.levels?.bare === undefined ? {} : { bare: dataset.levels.bare }) });
    issues.push(issue("levels_joined", { field: levels.key, value: levels.parts.map((p) => cells[p].trim()).join(" + ") }));
  }
  // a column a standard column is read from (0歳男 … of 0-4歳の男性, 丁目 of 町名 | 丁目, 洪水・高潮, 訪問介護 ○) is no unknown
  // column: the derived column's own issue (columns_summed, name_over_two_columns, column_combined …) names it
  const read = new Set(derived.columns.flatMap((c) => c.parts.filter((p) => p < cells.length).map((p) => cells[p])));
  for (let k = issues.length - 1; k >= 0; k--) if (issues[k].code === "unknown_header" && read.has(issues[k].field ?? "")) issues.splice(k, 1);
  const told = foldBothSexesBands(dataset, [...keys, ...derived.columns.map((c) => c.key)], issues);
  const given = new Set(derived.columns.map((c) => c.key));
  const absentRequired = dataset.columns.filter((c) => c.requirement === "required" && !owner.has(c.key) && !given.has(c.key));
  const extraKeys = keys.filter((key): key is string => key !== null && dataset.columnByKey.get(key)?.corporateOnly === true);
  return { header, plan: { keys, extraNames, ...(extraKeys.length > 0 ? { extraKeys } : {}), sourceHeaders: [...cells], absentRequired, blankColumns: blank, derived: derived.columns,
    ...(standIns.length > 0 ? { standIns } : {}) }, issues: told };
}

/** The names the unmapped columns of a file have in each row's `extra`, in file order: fixed for the file (cells
 *  past the header, column_N, come on their own rows only). */
export function extraColumnsOf(plan: Pick<ColumnPlan, "keys" | "extraNames" | "extraKeys">): string[] {
  const { keys, extraKeys } = plan;
  return plan.extraNames.filter((_, i) => keys[i] === null || (extraKeys !== undefined && extraKeys.includes(keys[i] as string)));
}

/** How well a row reads as the header of a dataset: distinct keys it maps (no fuzzy matching), never more than the cells
 *  that map, and filled cells. */
export function scoreHeader(cells: readonly string[], dataset: Dataset): { mapped: number; filled: number; keys: Set<string> } {
  const keys = new Set<string>();
  const lookup = lookupOf(dataset);
  const fallbacks: string[] = [];
  let filled = 0;
  let reading = 0;
  for (const cell of cells) {
    if (cell.trim() === "") continue;
    filled++;
    // a column named after the list's things (事業所所在地, 医療機関電話番号) as mapHeaders reads it
    const m = matchHeader(cell, dataset) ?? subjectMatch(cell, dataset);
    // a labelled alias (休館日) names the column it goes into: it tells the dataset as much as any header
    const key = m?.key ?? lookup.labelled.get(normalizeHeader(cell)) ?? lookup.parts.get(normalizeHeader(cell));
    if (key !== undefined) {
      keys.add(key);
      reading++;
    }
    const fallback = m === null ? undefined : lookup.fallback.get(normalizeHeader(cell));
    if (fallback !== undefined) fallbacks.push(fallback);
  }
  // a header that names a column another header gives, or whose fallback no header gives, is that other column
  // (assignFallbacks): 事業者名 beside no other name is the name. It is one column still: 設置場所 of a Wi-Fi list, the
  // name or (beside a name) the 提供エリア, reads one, not "7 of 6 columns"
  for (const key of fallbacks) keys.add(key);
  return { mapped: Math.min(keys.size, reading), filled, keys };
}
