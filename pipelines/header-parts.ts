// Header cells that name a part of a column rather than the column: a count split by kind (病床数 over 一般 | 療養,
// 料金 over 大人 | 小人), hours of other days (開館時間_土日祝), a labelled alias (休館日) whose values a text column
// takes after its header, and parts of a count no header gives (一般病床数, 療養病床数 → 病床数).
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf, kinds } from "../schemas/types.ts";
import { type HeaderMatch, type Lookup, normalizeHeader, plainMatch, withoutAnnotation } from "./header-match.ts";
import { plainWords } from "./normalize/text.ts";

/** A header's bracketed qualifiers, compared in NFKC without spaces. */
const qualifiersOf = (cell: string) => (withoutAnnotation(cell)?.qualifiers ?? []).map(plainWords);

/** A header whose qualifier names a part of what the dataset counts (`男（日本人）`, `男性用（大）`, `男性_大`): no
 *  column, not even by a loose match. */
export function namesAPart(cell: string, dataset: Dataset): boolean {
  const parts = dataset.breakdown?.parts;
  if (parts === undefined) return false;
  const last = /_([^_]+)$/.exec(cell.trim())?.[1];
  return [...qualifiersOf(cell), ...(last === undefined ? [] : [plainWords(last)])].some((q) => parts.includes(q.toLowerCase()));
}

/** Columns that each give a part of one standard column, told apart by their qualifiers, with no column of the whole
 *  (病床数（一般）, 病床数（療養）; 収容人数（屋内）, 収容人数（屋外）): none of them is the whole, which derived-columns.ts
 *  gives, for a count as their sum and for a text as their values labelled. Other kinds keep the first (電話番号（代表）
 *  before 電話番号（夜間）). */
export interface Breakdown {
  key: string;
  parts: number[];
  labels: string[];
  /** the parts are columns the standard does not have, named as labels (休館日): Column.labelledAliases */
  labelledAliases?: true;
  /** the column the parts' headers name, when it is not `key`: an amount (料金(基本)) whose parts go into its text
   *  column (料金(詳細)) */
  of?: string;
  /** a count split by kinds that may overlap (定員 over 一般 | 障害者): not summed; its parts go labelled into `key`
   *  when that is the count's text column (`of` the count), else stay in extra, and the count is left empty */
  overlapping?: true;
  /** the parts are numbered columns of one column (営業の種類1, 営業の種類2), after the file's own column of it if any:
   *  their values join into it as a list */
  numbered?: true;
  /** the numbered parts are lines of one value (Add1 | Add2, Column.numberedLines): joined as written, nothing between */
  lines?: true;
  /** of hours of other days (otherDaysHours), each part's kind of day (土曜日, 日曜・祝日); undefined for other parts */
  days?: (string | undefined)[];
  /** of repeated hours (repeatedHours), each part's column of the hours it repeats (start_time); undefined for other
   *  parts */
  repeats?: (string | undefined)[];
  /** the file's own column of the count the parts add up to (病床数合計 beside 一般病床数 | 療養病床数): it is read, and
   *  the parts' sum stands in for it on a row where it is blank */
  total?: number;
}

/** Kinds of day hours are split by (開館時間 over 平日, 土日祝; 開館時間（日曜）): the first is the usual day. */
const WEEKDAY_WORDS = String.raw`平日|月[～~\-ー－]金(?:曜日?)?|月曜日?[～~\-ー－]金曜日?`;
export const DAY_KIND = new RegExp(String.raw`^(?:${WEEKDAY_WORDS}|土曜日?|日曜日?|土日|土日祝日?|土・日・祝日?|日祝日?|日・祝日?|日曜・?祝日|祝日|休日|土・?日曜日?)$`);
export const WEEKDAYS = new RegExp(`^(?:${WEEKDAY_WORDS})$`);

/** `開館時間_土日祝`, `開館時間（日曜）`, and the day first, `土曜日の診療時間`, `土曜診療時間`, `日曜・祝日診療`: the hours'
 *  header and the kind of day, or null. */
function hoursOfDay(cell: string): { base: string; day: string } | null {
  const text = cell.normalize("NFKC").trim();
  const m = /^(.+?)\s*(?:[_＿]\s*(.+)|\(\s*(.+?)\s*\))$/.exec(text);
  const day = m === null ? "" : plainWords(m[2] ?? m[3] ?? "");
  if (m !== null && DAY_KIND.test(day)) return { base: m[1], day };
  // the longest kind of day the header starts with (日曜・祝日 before 日曜), の after it
  for (let end = text.length - 1; end > 0; end--) {
    const first = plainWords(text.slice(0, end));
    if (DAY_KIND.test(first)) return { base: text.slice(end).replace(/^[\s_＿・]*の?\s*/, ""), day: first };
  }
  return null;
}

/** The column an hours' header names: as written, or an activity's (診療, 開館, 営業) with 時間 after it. */
const hoursColumnOf = (base: string, lookup: Lookup) => {
  const named = plainMatch(base, lookup);
  return named === null ? { base: `${base}時間`, match: plainMatch(`${base}時間`, lookup) } : { base, match: named };
};

/**
 * Columns of hours for another kind of day than the column the hours are read from (開館時間_土日祝 beside 開館時間,
 * 開館時間（平日）|（土日祝）): the standard has one start and end, so these go, after their header, into the text column
 * the hours overflow into (利用可能日時特記事項 `開館時間（土日祝）：9:00～17:00`), not into extra alone. With no plain
 * hours column, the weekday's (平日, 月～金) is the hours' column.
 */
export function otherDaysHours(cells: readonly string[], matches: (HeaderMatch | null)[], owner: Map<string, number>, dataset: Dataset,
  lookup: Lookup): Array<{ at: number; key: string; label: string; day: string }> {
  const out: Array<{ at: number; key: string; label: string; day: string }> = [];
  cells.forEach((cell, i) => {
    const m = matches[i];
    if ((m !== null && owner.get(m.key) === i) || cell.trim() === "") return;
    const split = hoursOfDay(cell);
    const hours = split === null || split.base === "" ? null : hoursColumnOf(split.base, lookup);
    const base = hours?.match ?? null;
    const target = base === null ? undefined : dataset.columnByKey.get(base.key)?.overflow;
    if (split === null || base === null || target === undefined || !dataset.columnByKey.has(target)) return;
    const current = owner.get(base.key);
    if (current === undefined && WEEKDAYS.test(split.day)) {
      matches[i] = { key: base.key, method: "alias", qualified: true };
      owner.set(base.key, i);
      return;
    }
    out.push({ at: i, key: target, label: `${hours?.base}（${split.day}）`, day: split.day });
    matches[i] = { key: target, method: "alias" };
  });
  return out;
}

/**
 * Columns of hours beside the columns the hours are read from (利用時間 beside 開館時間 | 閉館時間, a second 開始時間): the
 * standard has one start and end, so these go, after their header, into the text column the hours overflow into
 * (利用可能日時特記事項 `利用時間：9:00～21:00`), not into extra alone, and are read as the hours on a row where the column
 * read is blank (headers.ts standIns). A hidden column (a stale copy) stays in extra.
 */
function repeatedHours(cells: readonly string[], matches: (HeaderMatch | null)[], owner: Map<string, number>, dataset: Dataset,
  hidden: ReadonlySet<number>): Array<{ at: number; key: string; label: string; repeats: string }> {
  const out: Array<{ at: number; key: string; label: string; repeats: string }> = [];
  matches.forEach((m, i) => {
    if (m === null || owner.get(m.key) === i || !owner.has(m.key) || hidden.has(i) || hidden.has(owner.get(m.key) as number)) return;
    const column = dataset.columnByKey.get(m.key);
    const target = column?.overflow;
    if (column === undefined || kindOf(column.type) !== "time" || target === undefined || !dataset.columnByKey.has(target)) return;
    out.push({ at: i, key: target, label: cells[i].trim(), repeats: m.key });
    matches[i] = { key: target, method: "alias" };
  });
  return out;
}

/** Unmatched columns whose header is a labelled alias of a column (Column.labelledAliases, 休館日), hours of other days
 *  (otherDaysHours) and repeated hours (repeatedHours): one breakdown per text column they go into, its parts labelled
 *  by their headers, after the file's own column of that name when it has one. Marks them matched, so nothing else
 *  takes them. */
export function labelledOf(cells: readonly string[], matches: (HeaderMatch | null)[], owner: Map<string, number>, dataset: Dataset,
  lookup: Lookup, hidden: ReadonlySet<number> = new Set()): Breakdown[] {
  const byKey = new Map<string, Breakdown>();
  const add = (at: number, key: string, label: string, day?: string, repeats?: string) => {
    let found = byKey.get(key);
    if (found === undefined) {
      const own = owner.get(key);
      found = own === undefined ? { key, parts: [], labels: [], labelledAliases: true, days: [], repeats: [] }
        : { key, parts: [own], labels: [""], labelledAliases: true, days: [undefined], repeats: [undefined] };
      byKey.set(key, found);
    }
    found.parts.push(at);
    found.labels.push(label);
    found.days?.push(day);
    found.repeats?.push(repeats);
  };
  for (const { at, key, label, day } of otherDaysHours(cells, matches, owner, dataset, lookup)) add(at, key, label, day);
  for (const { at, key, label, repeats } of repeatedHours(cells, matches, owner, dataset, hidden)) add(at, key, label, undefined, repeats);
  cells.forEach((cell, i) => {
    if (matches[i] !== null || cell.trim() === "") return;
    const key = lookup.labelled.get(normalizeHeader(cell));
    if (key === undefined) return;
    add(i, key, cell.trim());
    matches[i] = { key, method: "alias" };
  });
  return [...byKey.values()];
}

/** Qualifier words that name a measure (床面積㎡, 延床面積, 延長m, 定員数): compared as plainWords, so `㎡` is `m2`. */
const MEASURE = /面積|距離|延長|高さ|重さ|重量|容量|人数|台数|件数|定員|m2|平方メートル|km|kg/;

/** The file's 備考 headed with the measure its cells give (目黒区's 公衆トイレ: `備考（床面積㎡）` over `30.95`): each cell
 *  after that label (`床面積m2：30.95`), as a figure alone in 備考 says nothing. Not when another breakdown fills 備考. */
export function measuredRemarksOf(cells: readonly string[], matches: readonly (HeaderMatch | null)[], owner: ReadonlyMap<string, number>,
  others: readonly Breakdown[]): Breakdown[] {
  const at = owner.get("remarks");
  if (at === undefined || !matches[at]?.qualified || others.some((b) => b.key === "remarks")) return [];
  const label = (withoutAnnotation(cells[at])?.qualifiers ?? []).map(plainWords).join("・");
  return MEASURE.test(label) ? [{ key: "remarks", parts: [at], labels: [label], labelledAliases: true }] : [];
}

/** Kinds a count is split by that never overlap, so that the counts add up to the whole: the kinds of beds (医療法),
 *  indoors and outdoors, adults and children, men and women, kinds of vehicles. */
const DISJOINT_KINDS = "一般|療養|精神|感染症|結核|一般病床|療養病床|精神病床|感染症病床|結核病床|屋内|屋外|室内|室外|大人|小人|子ども|子供|こども|"
  + "中学生|小学生|幼児|男|女|男性|女性|普通車?|大型車?|小型車?|軽自動車|二輪車?|自転車|バイク|車いす用|障害者用";
/** Kinds of people a fee or a count is split by (料金 over 大人 | 小人, 一般 | 子ども, 大人 | 小・中学生), some of which
 *  may overlap (a 障害者 is also an 一般 or a 65歳以上 visitor, a 高校生以下 a 中学生). */
const PEOPLE = "大人|小人|一般|子ども|子供|こども|児童|生徒|学生|大学生|高校生|高校生以下|中高生|中学生|小学生|小・中学生|小中学生|中学生以下|小学生以下|"
  + "幼児|未就学児|乳幼児|高齢者|シニア|65歳以上|70歳以上|障害者|障がい者";
/** Qualifiers that name a kind of what a column counts or holds, its parts. Other qualifiers may name the whole (総数),
 *  a subset (うち感染症), another measure (許可 / 稼働, 認可定員 / 利用定員), another year or a short form (略称): their
 *  columns are never taken as parts. */
const PART_QUALIFIERS = new RegExp(`^(?:${PEOPLE}|${DISJOINT_KINDS})$`);
/** The parts a count is the sum of: kinds that never overlap. Counts by other kinds of people (一般 | 障害者) are not
 *  added up, as a fee's labels never are. */
const SUMMED_PARTS = new RegExp(`^(?:${DISJOINT_KINDS})$`);
const SEXES = /^(?:男|女|男性|女性)$/;

/** A word that names one of the parts a column is split by (大人, 屋外, 一般病床), other than a sex: men and women under
 *  a group (日本人 over 男 | 女) are read by the group's own rules (split-header.ts). NFKC, no spaces. */
export const namesAPartKind = (word: string) => PART_QUALIFIERS.test(word) && !SEXES.test(word);
/** Qualifiers that name a column's whole (病床数（総数）): that column is the standard's, whatever stands before it. */
const WHOLE_QUALIFIERS = /^(?:総数|計|合計|総計|全体|全数|全)$/;


export function breakdownsOf(cells: readonly string[], matches: readonly (HeaderMatch | null)[], owner: Map<string, number>, dataset: Dataset): Breakdown[] {
  const out: Breakdown[] = [];
  for (const [key, at] of owner) {
    if (!matches[at]?.qualified) continue;
    const parts = matches.flatMap((m, i) => (m?.key === key ? [i] : []));
    if (parts.length < 2 || parts.some((i) => !matches[i]?.qualified)) continue;
    const whole = parts.find((i) => qualifiersOf(cells[i]).some((q) => WHOLE_QUALIFIERS.test(q)));
    if (whole !== undefined) {
      owner.set(key, whole);
      continue;
    }
    if (!parts.every((i) => { const q = qualifiersOf(cells[i]); return q.length > 0 && q.every((w) => PART_QUALIFIERS.test(w)); })) continue;
    const column = dataset.columnByKey.get(key);
    const kind = column === undefined ? undefined : kinds.get(column.type);
    const labels = parts.map((i) => withoutAnnotation(cells[i])?.qualifiers.join("・") || cells[i].trim());
    if (kind?.kind === "integer" && !parts.every((i) => qualifiersOf(cells[i]).every((w) => SUMMED_PARTS.test(w)))) {
      // counts by kinds that may overlap (一般 | 障害者, 大人 | 65歳以上) add up to nothing known, and none is the whole:
      // labelled into the count's text column (定員備考) when it has one, else left in extra
      const overflow = column?.overflow;
      out.push(overflow !== undefined && isPlainText(dataset, overflow) ? { key: overflow, of: key, parts, labels, overlapping: true } : { key, parts, labels, overlapping: true });
      continue;
    }
    if (kind?.kind === "integer" || isPlainText(dataset, key)) {
      out.push({ key, parts, labels });
      continue;
    }
    // an amount by kind (入場料（大人）, 入場料（小人）) adds up to nothing: each goes, labelled, into the text column the
    // amount overflows into (料金(詳細)), and none is the amount (料金(基本))
    const overflow = column?.overflow;
    if (kind?.kind === "number" && overflow !== undefined && isPlainText(dataset, overflow)) out.push({ key: overflow, of: key, parts, labels });
  }
  return out;
}

/** A column of free text: not one of a few values, not a height. */
function isPlainText(dataset: Dataset, key: string): boolean {
  const column = dataset.columnByKey.get(key);
  const kind = column === undefined ? undefined : kinds.get(column.type);
  return kind?.kind === "text" && kind.vocabulary === undefined && kind.height !== true;
}

/** Columns headed as parts of a column no header gives (一般病床数, 療養病床数 → 病床数; 崖崩れ | 土石流 | 地滑り →
 *  災害種別_崖崩れ、土石流及び地滑り; Column.partAliases): one breakdown per such column of two parts or more, which
 *  derived-columns.ts sums, or reads as yes when any part is. A part that is a column of its own (男子トイレ（小）: the
 *  urinals, beside 男子トイレ（大）) stays that column; at least one part is none (parts that are all columns are
 *  Dataset.sums'). A part that alone names the whole (崖崩れ) is no header of the whole beside other parts. Marks the
 *  others matched. */
export function partsOf(cells: readonly string[], matches: (HeaderMatch | null)[], owner: ReadonlyMap<string, number>, lookup: Lookup,
  isCount: (key: string) => boolean): Breakdown[] {
  if (lookup.parts.size === 0) return [];
  const byKey = new Map<string, number[]>();
  const partOf = (i: number) => lookup.parts.get(normalizeHeader(cells[i]));
  /** the file's own column of a count beside its parts (病床数合計 | 一般病床数 | 療養病床数): the parts stand in for it */
  const totalOf = (key: string) => {
    const whole = owner.get(key);
    return whole !== undefined && partOf(whole) !== key && isCount(key) ? whole : undefined;
  };
  cells.forEach((_, i) => {
    const key = partOf(i);
    const whole = key === undefined ? undefined : owner.get(key);
    if (key === undefined || (whole !== undefined && partOf(whole) !== key && totalOf(key) === undefined)) return;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const out: Breakdown[] = [];
  for (const [key, parts] of byKey) {
    const ownColumn = (i: number) => matches[i] !== null && matches[i]?.key !== key;
    if (parts.length < 2 || parts.every(ownColumn)) continue;
    for (const i of parts) matches[i] ??= { key, method: "alias" };
    const total = totalOf(key);
    out.push({ key, parts, labels: parts.map((i) => cells[i].trim()), ...(total === undefined ? {} : { total }) });
  }
  return out;
}

/** The column whose numbered lines a header before its number names (`Add` of Add1: Column.numberedLines). */
const linesOf = (base: string, dataset: Dataset) => {
  const name = normalizeHeader(base);
  return dataset.columns.find((c) => c.numberedLines?.some((h) => normalizeHeader(h) === name));
};

/** `営業の種類1`, `業種_2`, `営業の種類（3）`, `営業の種類②` (NFKC: 2): the header before the number, and the number. */
const NUMBERED = /^(.+?)[_\s-]*[(（]?\s*(\d{1,2})\s*[)）]?$/;

/** Unmatched columns headed by a list column's name and a number (営業の種類1 | 営業の種類2 | 営業の種類3; Column.numberedParts
 *  for a text column that names several things): two of them at least, or one after the file's own column of that
 *  name. One breakdown per such column, whose values derived-columns.ts joins; marks them matched. */
export function numberedOf(cells: readonly string[], matches: (HeaderMatch | null)[], owner: ReadonlyMap<string, number>, dataset: Dataset,
  lookup: Lookup): Breakdown[] {
  const byKey = new Map<string, { at: number[]; numbers: Set<string> }>();
  cells.forEach((cell, i) => {
    if (matches[i] !== null) return;
    const m = NUMBERED.exec(cell.normalize("NFKC").trim());
    const key = m === null ? undefined : plainMatch(m[1], lookup)?.key ?? linesOf(m[1], dataset)?.key;
    const column = key === undefined ? undefined : dataset.columnByKey.get(key);
    if (m === null || column === undefined || !(kindOf(column.type) === "list" || column.numberedParts || column.numberedLines !== undefined)) return;
    const found = byKey.get(column.key) ?? { at: [], numbers: new Set<string>() };
    // 営業の種類1 twice is no list of two
    if (found.numbers.has(m[2])) return;
    found.at.push(i);
    found.numbers.add(m[2]);
    byKey.set(column.key, found);
  });
  const out: Breakdown[] = [];
  for (const [key, { at }] of byKey) {
    const own = owner.get(key);
    const lines = dataset.columnByKey.get(key)?.numberedLines !== undefined;
    // lines are the whole value: beside the file's own column of it (住所 | 住所2, a building), they are no part of it
    if (at.length + (own === undefined ? 0 : 1) < 2 || (lines && own !== undefined)) continue;
    for (const i of at) matches[i] = { key, method: "alias" };
    const parts = own === undefined ? at : [own, ...at];
    out.push({ key, parts, labels: parts.map((i) => cells[i].trim()), numbered: true, ...(lines ? { lines: true } : {}) });
  }
  return out;
}
