// Standard columns a file does not have but gives through its own columns. A sum: a range split finer than the
// standard's (85～89歳, 90～94歳, 95～99歳, 100歳以上 of men → 85歳以上の男性; single years 0歳 … 4歳 → 0-4歳), and a
// total whose parts are all there (総人口 = 男性 + 女性, 男性 = its age bands). Marks: one ○ column per value of a
// text column (訪問介護 ○, 通所介護 ○ → 実施サービス 訪問介護、通所介護). Listed: yes/no columns named in one text column
// (対象災害 `洪水、地震` → 災害種別_洪水 and 災害種別_地震; `すべて` → all; a cell read in part leaves the columns it does
// not name unknown). Combined: one yes/no column for several (洪水・高潮 → 災害種別_洪水 and 災害種別_高潮; its cell read
// once for all, combined-flags.ts). Any: yes/no columns that are parts of one (崖崩れ | 土石流 | 地滑り → 災害種別_崖崩れ、
// 土石流及び地滑り: yes when any is, combined-flags.ts). Days: the file's 診療曜日 with the days whose hours column has
// hours (土曜日の診療時間). Subdivided: a name over two columns (町名 | 丁目 → 阿佐谷北1丁目, subdivided-name.ts).
// The parts stay in the record's extra (or their own columns); what was derived is said once for the file.
import type { BareOuter, Dataset } from "../schemas/dataset.ts";
import { type Breakdown, WEEKDAYS } from "./header-parts.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { normalizeCount } from "./normalize/numbers.ts";
import { isPlaceholder, labelledText, plainWords, saysAlready } from "./normalize/text.ts";
import { saysClosed, yesNoOf } from "./normalize/yes-no.ts";
import { hasMeridiem } from "./normalize/clock.ts";
import { normalizeTime } from "./normalize/times.ts";
import { kindOf, text } from "../schemas/types.ts";
import { joinSubdivided, subdividedNameOf } from "./subdivided-name.ts";
import { joinLevels } from "./two-levels.ts";
import { restColumnOf } from "./normalize/value-repairs.ts";
import { combinedKeys, leavesUnnamedUnknown, type ListedReading, type ListReading, type ListVocabulary, readList } from "./listed-flags.ts";
import { anyPartCell, type CombinedColumn, combinedColumnOf, type CombinedReading, readCombined } from "./combined-flags.ts";

export interface DerivedColumn {
  key: string;
  /** positions of the parts in the row as derived: the file's columns, then the derived ones before this (width + k) */
  parts: number[];
  /** "sum": of the parts' counts; "marks": the names of the parts marked on the row; "listed": whether the one part,
   *  a list column, names this column; "labelled": the parts' values, each after its label (屋内：600人 / 屋外：2,000人);
   *  "subdivided": the first part (the file's own column of the key, a place) joined with the second (its numbered part);
   *  "combined": the one part's cell as written, a yes/no column whose header names several columns (洪水・高潮);
   *  "joined": the parts' values, `;` between (numbered columns of a list: 営業の種類1 | 営業の種類2); "any": the cell of
   *  the first part that reads yes, yes/no columns that are parts of this one (崖崩れ | 土石流 | 地滑り); "days": the first
   *  part (the file's own days, a run of days as the standard writes them: 月火水木金) with the days of each other part
   *  (a column of that day's hours) whose cell has hours added; "levels": the two parts as one value of two levels
   *  (国指定 | 有形文化財 → 国指定有形文化財, two-levels.ts) */
  how: "sum" | "marks" | "listed" | "labelled" | "subdivided" | "combined" | "joined" | "any" | "days" | "levels";
  /** for "marks", each part's name (its header); for "labelled", each part's label; for "subdivided", the part's unit;
   *  for "days", the days of each part after the first (土, 日祝); for "levels", the words of the outer level (国指定,
   *  都登録 …) */
  names?: string[];
  /** for "listed", the list column's words (one object for every column read from that list) */
  vocabulary?: ListVocabulary;
  /** for "combined", how the one part's cell reads (one object for every column of that header); for "any", how each
   *  part's cell reads */
  combined?: CombinedColumn;
  /** for "marks", what joins the names marked (`;` when absent) */
  separator?: string;
  /** for "labelled", the parts are marked columns (月 | 火 …): only a cell that says more than a mark (the day's hours)
   *  is taken, after its label */
  detailsOnly?: true;
  /** for "days", a cell that is a run of days (月火水木金): only such a cell has days added */
  dayRun?: RegExp;
  /** for "levels", the outer level's first words, which the inner level's act completes (国 + 重要文化財 →
   *  国指定重要文化財, Dataset.levels `bare`) */
  bare?: BareOuter;
  /** for "labelled" details of marked columns split into sessions (月_午前 | 月_午後, MarkedBy.sessions): each part's value
   *  and session (null for a part of no session), so that a value marked in some sessions only is said (木：午前のみ) */
  sessions?: ReadonlyArray<PartSession | null>;
  /** for "sum", the first part is the file's own column of the count (病床数合計): read as written, and only where it is
   *  blank the sum of the other parts stands in for it, said on the row; `names` are the parts' headers */
  total?: true;
}

/** A marked column's value and the part of the day it is for (月_午前 → 月, 午前). */
export interface PartSession { value: string; session: string }

/** A range read from a header: `85～89歳の男性` → 85, 89, male; `100歳以上_女` → 100, null, female; `3歳男` → 3, 3. */
interface HeaderBand {
  from: number;
  to: number | null;
  group: string;
}

/** `85～89歳`, `85歳～89歳`, `85-89`, `100歳以上`, `100歳~`, `3歳` (NFKC text: ～ is ~ then). */
const RANGE = /(\d{1,3})\s*歳?\s*[~〜\-‐―－ー]\s*(\d{1,3})\s*歳?|(\d{1,3})\s*歳?\s*(?:以上|[~〜]\s*$)|(\d{1,3})\s*歳/;
/** Ages listed with ・ or 、 (`1・2歳`, `0・1・2歳児`): a band when they are consecutive, as a group of classes is (the
 *  1・2歳 class of a 定員 over 0歳 | 1・2歳 | 3～5歳); ages with gaps (`1・3歳`) are no band. */
const AGE_LIST = /\d{1,3}(?:\s*歳?\s*[・、]\s*\d{1,3})+\s*歳/;

/** The ages of an AGE_LIST match as one band, or null when they do not follow each other. */
function listedBand(listed: string): { from: number; to: number } | null {
  const ages = listed.match(/\d{1,3}/g)!.map(Number);
  return ages.every((age, i) => i === 0 || age === ages[i - 1] + 1) ? { from: ages[0], to: ages[ages.length - 1] } : null;
}

/** What may stand between the range and the group's word: `の`, `_`, brackets, spaces. */
const JOINER = /[\s_・の()（）[\]【】「」]/g;

/** A text in NFKC with 才 after a number written 歳, as the short form stands for it (`0～4才`, `100才以上`). */
const withSai = (text: string): string => text.normalize("NFKC").trim().replace(/(\d)(\s*)才/g, "$1$2歳");

/** The ages a text names (`85～89歳の男性` → 85, 89) and the words besides them (`男性`), or null when it names none
 *  or ages that are no band (`1・3歳`, `9～5歳`). */
function agesIn(header: string): { from: number; to: number | null; rest: string } | null {
  const text = withSai(header);
  const listed = AGE_LIST.exec(text);
  const m = listed ?? RANGE.exec(text);
  if (m === null) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(JOINER, "");
  if (listed !== null) {
    const band = listedBand(listed[0]);
    return band === null ? null : { ...band, rest };
  }
  if (m[1] !== undefined) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    return from <= to ? { from, to, rest } : null;
  }
  if (m[3] !== undefined) return { from: Number(m[3]), to: null, rest };
  const year = Number(m[4]);
  return { from: year, to: year, rest };
}

/** The ages of a cell that is an age or a band of ages and nothing else (`0歳`, `0～4歳` → 0, 4; `100歳以上`, `85歳～` →
 *  100, null; 才 for 歳 too: `0～4才`); null for any other cell. */
export function ageRangeOf(cell: string): { from: number; to: number | null } | null {
  const ages = agesIn(cell);
  return ages !== null && ages.rest === "" && /歳/.test(withSai(cell)) ? { from: ages.from, to: ages.to } : null;
}

/** The oldest age a number alone may be (in a column of ages): a larger number is a count. */
const OLDEST = 130;

/** The ages of a cell in a column whose header says it holds ages (年齢): as ageRangeOf, and a number written without
 *  歳 (`0`, `0～4`, `100以上`, `85～`); null for any other cell. */
export function bareAgeRangeOf(cell: string): { from: number; to: number | null } | null {
  const text = cell.normalize("NFKC").trim();
  if (/^\d{1,3}$/.test(text)) return Number(text) <= OLDEST ? { from: Number(text), to: Number(text) } : null;
  const ages = agesIn(text);
  return ages !== null && ages.rest === "" && ages.from <= OLDEST ? { from: ages.from, to: ages.to } : null;
}

/** Whether a cell is an age or a band of ages and nothing else: `0歳`, `0～4歳`, `100歳以上`, `85歳～`. */
export const isAgeText = (cell: string): boolean => ageRangeOf(cell) !== null;

function bandOfHeader(header: string, groups: Dataset["bands"] & object): HeaderBand | null {
  const ages = agesIn(header);
  if (ages === null) return null;
  const group = Object.entries(groups.groups).find(([, words]) => words.includes(ages.rest))?.[0];
  return group === undefined ? null : { from: ages.from, to: ages.to, group };
}

/** The file's columns that tile the range from…to of `group` exactly, in order; null when they do not. */
function tiling(bands: ReadonlyArray<HeaderBand & { at: number }>, group: string, from: number, to: number | null): number[] | null {
  const inside = bands.filter((b) => b.group === group && b.from >= from && (to === null || (b.to !== null && b.to <= to)))
    .sort((a, b) => a.from - b.from);
  let next = from;
  const parts: number[] = [];
  for (const b of inside) {
    if (b.from !== next) return null;
    parts.push(b.at);
    if (b.to === null) return to === null ? parts : null;
    next = b.to + 1;
  }
  return to !== null && next === to + 1 && parts.length > 0 ? parts : null;
}

/** What the file's columns give of the standard columns it lacks, and the file-level issue for each. */
export function derivedColumns(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "sourceHeaders">, breakdowns: readonly Breakdown[] = []):
  { columns: DerivedColumn[]; issues: Issue[] } {
  const columns: DerivedColumn[] = [];
  const issues: Issue[] = [];
  const width = plan.keys.length;
  /** where each key's value is in the row as derived */
  const at = new Map<string, number>();
  plan.keys.forEach((key, i) => { if (key !== null && !at.has(key)) at.set(key, i); });
  const names = (parts: readonly number[]) => parts.map((p) => (p < width ? plan.sourceHeaders[p].trim() : dataset.columnByKey.get(columns[p - width].key)?.ja ?? "")).join(" + ");
  const add = (key: string, parts: number[]) => {
    at.set(key, width + columns.length);
    issues.push(issue("columns_summed", { field: key, value: names(parts) }));
    columns.push({ key, parts, how: "sum" });
  };
  /** the file's own column of a count (`total`) beside columns of its parts: their sum where it is blank */
  const standIn = (key: string, total: number, parts: number[]) => {
    at.set(key, width + columns.length);
    issues.push(issue("parts_beside_total", { field: key, value: names(parts), detail: plan.sourceHeaders[total].trim() }));
    columns.push({ key, parts: [total, ...parts], how: "sum", total: true, names: [total, ...parts].map((p) => plan.sourceHeaders[p].trim()) });
  };
  for (const { key, parts, labels, labelledAliases, of, overlapping, numbered, days: dayKinds, repeats, total } of breakdowns) {
    if (total !== undefined) {
      standIn(key, total, parts);
      continue;
    }
    if (numbered) {
      at.set(key, width + columns.length);
      issues.push(issue("numbered_columns_joined", { field: key, value: names(parts) }));
      columns.push({ key, parts, how: "joined" });
      continue;
    }
    // a labelled column's first part may be the file's own column of its name (利用可能日時特記事項, then 休館日)
    const own = at.get(key);
    const labelled = own === undefined && of !== undefined;
    if (overlapping) issues.push(issue("parts_not_summed", { field: of ?? key, value: names(parts),
      ...(labelled ? { detail: dataset.columnByKey.get(key)?.ja } : {}) }));
    if (own !== undefined && !(labelledAliases && parts[0] === own)) continue;
    if (!labelledAliases && kindOf(dataset.columnByKey.get(key)?.type ?? text) === "integer") {
      if (!overlapping) add(key, parts);
      continue;
    }
    const flag = labelledAliases || of !== undefined ? undefined : combinedColumnOf(dataset, names(parts), [key]);
    if (flag !== undefined) {
      at.set(key, width + columns.length);
      issues.push(issue("flag_columns_joined", { field: key, value: names(parts) }));
      columns.push({ key, parts, how: "any", combined: flag });
      continue;
    }
    at.set(key, width + columns.length);
    // a repeated column of hours is said as such, each on its own; the others as columns the standard does not have
    const repeated = (p: number) => repeats?.[parts.indexOf(p)] !== undefined;
    for (const p of parts) {
      const hours = repeats?.[parts.indexOf(p)];
      if (hours !== undefined) issues.push(issue("hours_column_repeated", { field: plan.sourceHeaders[p]?.trim() ?? "", value: plan.sourceHeaders[at.get(hours) ?? -1]?.trim() ?? "",
        detail: dataset.columnByKey.get(key)?.ja ?? key }));
    }
    const added = parts.filter((p) => p !== own && !repeated(p));
    // each column by its name, and the label its values are written after (開館時間（土日祝）, not the column's 開館時間_土日祝)
    if (!overlapping && labelledAliases) {
      if (added.length > 0) issues.push(issue("column_labelled", { field: key, value: added.map((p) => plan.sourceHeaders[p]?.trim() ?? "").join("」「"),
        detail: added.map((p) => labels[parts.indexOf(p)]).join("：…」「") }));
    } else if (!overlapping) issues.push(issue("columns_joined", { field: key, value: names(added) }));
    columns.push({ key, parts, how: "labelled", names: labels });
    const days = dayKinds === undefined ? null : daysOfHours(dataset, key, parts, dayKinds, at);
    if (days === null) continue;
    at.set(days.key, width + columns.length);
    issues.push(issue("days_from_hours", { field: days.key, value: names(days.parts.slice(1)) }));
    columns.push(days);
  }
  if (dataset.bands !== undefined) {
    const bands = dataset.bands;
    const found = plan.keys.flatMap((key, i) => {
      const band = key === null ? bandOfHeader(plan.sourceHeaders[i] ?? "", bands) : null;
      return band === null ? [] : [{ ...band, at: i }];
    });
    if (found.length > 0) {
      for (const c of bands.columns) {
        const own = at.get(c.key);
        if (own !== undefined && own >= width) continue;
        const parts = tiling(found, c.group, c.from, c.to);
        if (parts === null) continue;
        if (own === undefined) add(c.key, parts);
        else standIn(c.key, own, parts);
      }
    }
  }
  for (const { total, parts, rest } of dataset.sums ?? []) {
    if (at.has(total) || !parts.every((p) => at.has(p))) continue;
    // the file's count of the rest (年齢不詳_男) is in the total too
    const other = rest === undefined ? -1 : restColumnOf(rest.headers, { keys: plan.keys, extraNames: plan.sourceHeaders });
    add(total, [...parts.map((p) => at.get(p) as number), ...(other < 0 ? [] : [other])]);
  }
  for (const { key, values, as, separator, least = 2, details, sessions } of dataset.markLists ?? []) {
    if (at.has(key)) continue;
    const known = new Set(values.map(markName));
    const sessionAt = (i: number) => (plan.keys[i] === null && sessions !== undefined ? sessionOf(plan.sourceHeaders[i] ?? "", sessions, known) : null);
    const parts = plan.keys.flatMap((k, i) => (k === null && (known.has(markName(plan.sourceHeaders[i] ?? "")) || sessionAt(i) !== null) ? [i] : []));
    // two such columns at least: one alone is a yes/no column of its own
    if (parts.length < least) continue;
    const headers = parts.map((p) => plan.sourceHeaders[p].trim());
    const partSessions = parts.map(sessionAt);
    // a column of a session is its value's (月_午前: 月)
    const partNames = headers.map((header, k) => { const s = partSessions[k]; return s === null ? as?.[markName(header)] ?? header : as?.[s.value] ?? s.value; });
    at.set(key, width + columns.length);
    issues.push(issue("columns_listed", { field: key, value: headers.join("、") }));
    const bySession = partSessions.some((s) => s !== null);
    if (bySession) issues.push(issue("marks_by_session", { field: key, value: headers.join("、"),
      ...(details === undefined || !dataset.columnByKey.has(details) ? {} : { detail: dataset.columnByKey.get(details)?.ja }) }));
    // a column among them whose header names no value (a service the list does not know) is left out: its marks are not
    // in the list, which is said, so that no marked value goes missing unsaid
    const among = plan.keys.flatMap((k, i) => (k === null && i > parts[0] && i < parts[parts.length - 1] && !parts.includes(i)
      && (plan.sourceHeaders[i] ?? "").trim() !== "" ? [plan.sourceHeaders[i].trim()] : []));
    if (among.length > 0) issues.push(issue("marked_columns_not_listed", { field: key, value: among.join("、") }));
    columns.push({ key, parts, how: "marks", names: partNames, separator });
    if (details === undefined || !dataset.columnByKey.has(details)) continue;
    // the file's own column of the details (or what was derived for it) first, then each part's cell after its header
    const own = at.get(details);
    at.set(details, width + columns.length);
    issues.push(issue("marked_cells_labelled", { field: details, value: headers.join("、") }));
    columns.push({ key: details, parts: own === undefined ? parts : [own, ...parts], how: "labelled", names: own === undefined ? headers : ["", ...headers], detailsOnly: true,
      ...(bySession ? { sessions: own === undefined ? partSessions.map((s, k) => (s === null ? null : { ...s, value: partNames[k] }))
        : [null, ...partSessions.map((s, k) => (s === null ? null : { ...s, value: partNames[k] }))] } : {}) });
  }
  const subdivided = subdividedNameOf(dataset, plan);
  if (subdivided !== null) {
    const { key, column, part, unit } = subdivided;
    issues.push(issue("name_over_two_columns", { field: key, value: `${plan.sourceHeaders[column].trim()} + ${plan.sourceHeaders[part].trim()}` }));
    columns.push({ key, parts: [column, part], how: "subdivided", names: [unit] });
  }
  for (const list of dataset.listedFlags ?? []) {
    // every flag's words, also those of columns the file has, so that naming one of them is no unknown word
    const words = list.flags.flatMap((flag) => flag.words.map((w) => [plainWords(w), flag.key] as const)).sort((a, b) => b[0].length - a[0].length);
    const ignore = new Set((list.ignore ?? []).map(plainWords));
    const all = new Set((list.all ?? []).map(plainWords));
    // a yes/no column whose header names several of the list's columns (洪水・高潮, 災害種別_洪水、高潮): its mark is each one's
    plan.keys.forEach((k, i) => {
      if (k !== null) return;
      const header = (plan.sourceHeaders[i] ?? "").trim();
      const keys = combinedKeys(header, { header, words, ignore, all });
      const given = keys?.filter((key) => !at.has(key)) ?? [];
      if (keys === null || given.length === 0) return;
      const combined = combinedColumnOf(dataset, header, given);
      for (const key of given) {
        at.set(key, width + columns.length);
        columns.push({ key, parts: [i], how: "combined", combined });
      }
      issues.push(issue("column_combined", { field: header, value: given.map((key) => dataset.columnByKey.get(key)?.ja ?? key).join(" / ") }));
    });
    const headers = new Set(list.headers.map(plainWords));
    const column = plan.keys.findIndex((k, i) => k === null && headers.has(plainWords(plan.sourceHeaders[i] ?? "")));
    const wanted = list.flags.filter((flag) => !at.has(flag.key));
    if (column === -1 || wanted.length === 0) continue;
    const header = plan.sourceHeaders[column].trim();
    const vocabulary: ListVocabulary = { header, words, ignore, all };
    for (const flag of wanted) {
      at.set(flag.key, width + columns.length);
      columns.push({ key: flag.key, parts: [column], how: "listed", vocabulary });
    }
    issues.push(issue("columns_from_list", { field: header, value: wanted.map((flag) => dataset.columnByKey.get(flag.key)?.ja ?? flag.key).join(" / ") }));
  }
  return { columns, issues };
}

/** `土曜日` → 土, `日曜・祝日` → 日祝, `土日祝日` → 土日祝, `平日` and `月～金` → 月火水木金, as the standard writes days; null
 *  for a kind of day that names none (休日) or days `values` (the days the column takes) do not have. */
function standardDays(day: string, values: readonly string[]): string | null {
  if (WEEKDAYS.test(day)) return "月火水木金";
  const days = day.replace(/曜日?/g, "").replace(/祝日?/g, "祝").replace(/・/g, "");
  return days !== "" && [...days].every((d) => values.includes(d)) ? days : null;
}

/** The days column (Column.markedBy) whose day hours go into `key`, when the file gives it: a "days" column that adds to
 *  the file's days those whose hours column has hours on the row (土曜日の診療時間 `9:00～12:00` → 診療曜日 月火水木金土). */
function daysOfHours(dataset: Dataset, key: string, parts: readonly number[], days: readonly (string | undefined)[], at: ReadonlyMap<string, number>):
  DerivedColumn | null {
  const list = (dataset.markLists ?? []).find((l) => l.details === key);
  const own = list === undefined ? undefined : at.get(list.key);
  if (list === undefined || own === undefined) return null;
  const added = parts.flatMap((p, k) => {
    const day = days[k] === undefined ? null : standardDays(days[k] as string, list.values);
    return day === null ? [] : [{ p, day }];
  });
  if (added.length === 0) return null;
  const dayRun = new RegExp(`^(?:${list.values.filter((v) => [...v].length === 1).join("|")})+$`);
  return { key: list.key, parts: [own, ...added.map((a) => a.p)], how: "days", names: added.map((a) => a.day), dayRun };
}

/** The file's days (a run of days, 月火水木金) with the days of each hours cell that has hours added; any other cell as
 *  written (月～金, 平日: no days to add to with confidence). */
function withDaysOpen(own: string, cells: readonly string[], days: readonly string[], dayRun: RegExp): string {
  let out = own.trim();
  if (!dayRun.test(out)) return own;
  cells.forEach((cell, k) => {
    if (!namesHours(cell)) return;
    for (const d of days[k]) if (!out.includes(d)) out += d;
  });
  return out;
}

/** Brackets and underscores between a value and its session (月（午前）, 午前_月), set aside to compare. */
const SESSION_JOINERS = /[()_]/g;

/** The value and the session a header names (月_午前, 午後_月, 月（午前）, 月曜午前, 土曜日PM), the session one of `sessions`
 *  before or after a value `known` holds (as markName gives it); null for any other header. */
export function sessionOf(header: string, sessions: readonly string[], known: ReadonlySet<string>): PartSession | null {
  const text = plainWords(header).replace(SESSION_JOINERS, "");
  const lower = text.toLowerCase();
  for (const session of [...sessions].sort((a, b) => b.length - a.length)) {
    const word = session.normalize("NFKC").toLowerCase();
    const rest = lower.startsWith(word) ? text.slice(word.length) : lower.endsWith(word) ? text.slice(0, text.length - word.length) : null;
    if (rest !== null && rest !== "" && known.has(markName(rest))) return { value: markName(rest), session };
  }
  return null;
}

/** Of marked columns split into sessions, the values marked in some of their sessions only, each said once before
 *  its first part (木：午前のみ), by the position in `parts` of that first part. */
function partialSessions(values: readonly string[], parts: readonly number[], sessions: ReadonlyArray<PartSession | null>): Map<number, string> {
  const byValue = new Map<string, number[]>();
  sessions.forEach((s, k) => { if (s !== null) byValue.set(s.value, [...(byValue.get(s.value) ?? []), k]); });
  const out = new Map<number, string>();
  for (const [value, ks] of byValue) {
    const open = ks.filter((k) => marks((values[parts[k]] ?? "").trim())).map((k) => (sessions[k] as PartSession).session);
    if (open.length > 0 && open.length < ks.length) out.set(ks[0], `${value}：${open.join("・")}のみ`);
  }
  return out;
}

/** A value's name as a header may write it: NFKC, no spaces, no trailing 有無/の有無, no bracketed note before or after
 *  it (`（介護予防）訪問看護`: one column for both designations of the service, as a 実施サービス cell writes it too). */
const markName = (text: string) => plainWords(text).replace(/^\([^)]*\)(?=.)/, "").replace(/\([^)]*\)$/, "").replace(/(?:の有無|有無)$/, "");

const MARK_NAMES = new WeakMap<Dataset, ReadonlySet<string>>();

/** Whether a header names a value of one of the dataset's mark lists (訪問介護 of 実施サービス): such a column is read
 *  as a part of that column. */
export function namesMark(header: string, dataset: Dataset): boolean {
  let names = MARK_NAMES.get(dataset);
  if (names === undefined) MARK_NAMES.set(dataset, (names = new Set((dataset.markLists ?? []).flatMap((list) => list.values.map(markName)))));
  return names.size > 0 && names.has(markName(header));
}

/** A cell that marks its column: a yes word (○, 有, 1, 実施), a positive figure (a capacity, 25) or hours (a day's
 *  `9:00～12:00 15:00～18:00`, `24時間`, `午前のみ`, `午後休診`: open then); a dash, a no, or other words (休止中, 休診) do not. */
function marks(cell: string): boolean {
  const yes = yesNoOf(cell);
  if (yes !== undefined) return yes;
  return /^[1-9]\d*$/.test(cell.normalize("NFKC").replace(/[,\s]/g, "")) || namesHours(cell);
}

/** A cell of hours: a time, a range or sessions that read, or a half of the day (午前のみ). */
function namesHours(cell: string): boolean {
  const text = cell.trim();
  if (text === "" || saysClosed(text)) return false;
  return hasMeridiem(text) || normalizeTime(text, { row: 0, field: "start_time" }, "start").value !== null;
}

/** A cell of a marked column that says more than whether it is marked (a day's hours, 午前のみ), which a details column
 *  keeps: no yes or no word, no dash, not closed (休診). */
const saysMoreThanMark = (cell: string) => yesNoOf(cell) === undefined && !isPlaceholder(cell) && !saysClosed(cell);

/** A part that names no value but stands for the rest (その他): its cell may name them (`SHP`, `福祉用具貸与`). */
const OTHERS = /^(?:その他|他|other|others)$/i;

/** A link in a format's column (CSV | PDF of an open data list, each with the file's address): that format is given. */
const LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/** The names of the parts marked on the row (by a mark, or by a link to the part's file); in an その他 column, what its
 *  cell names when it is no mark. */
function marked(values: readonly string[], parts: readonly number[], names: readonly string[], separator = ";"): string {
  const out: string[] = [];
  parts.forEach((p, k) => {
    const cell = (values[p] ?? "").trim();
    // a value split into sessions (月_午前 | 月_午後) is named once
    if (marks(cell) || LINK.test(cell)) {
      if (!out.includes(names[k])) out.push(names[k]);
    } else if (cell !== "" && yesNoOf(cell) === undefined && OTHERS.test(markName(names[k]))) out.push(cell);
  });
  return out.join(separator);
}

/** columns_joined with one of the file's own joined values as its example (detail): the first head row's that is not
 *  empty (`大人：2000 / 子ども：1000`); as it was when no head row gives one. */
export function withJoinedExample(found: Issue, width: number, columns: readonly DerivedColumn[], headRows: ReadonlyArray<readonly string[]>): Issue {
  const at = columns.findIndex((c) => c.key === found.field && c.how === "labelled");
  if (found.code !== "columns_joined" || at < 0) return found;
  for (const cells of headRows) {
    const joined = withDerived(cells, width, columns, 0).values[width + at] ?? "";
    if (joined.includes("：")) return issue("columns_joined", { field: found.field, value: found.value, detail: joined });
  }
  return found;
}

/** The sum of the parts' counts as text ("" when none has a figure, or one is no count: that is said in `issues`).
 *  Empty parts count 0 when another part has a figure. */
function sumOf(values: readonly string[], parts: readonly number[], key: string, row: number, issues: Issue[]): string {
  let sum = 0;
  let seen = false;
  for (const p of parts) {
    const raw = values[p] ?? "";
    if (raw.trim() === "") continue;
    const n = normalizeCount(raw, { row, field: key }).value;
    if (n === null) {
      issues.push(issue("sum_part_unreadable", { row, field: key, value: raw.trim() }));
      return "";
    }
    sum += n;
    seen = true;
  }
  return seen ? String(sum) : "";
}

/** The row with each derived value after its cells (as text the column's normalizer reads), and the issues of sum
 *  parts that are no count (a sum of them would be wrong: it is left empty). Empty parts count 0 when another part
 *  has a figure. */
export function withDerived(cells: readonly string[], width: number, columns: readonly DerivedColumn[], row: number):
  { values: string[]; issues: Issue[]; listed: ListedReading | null } {
  const values = cells.slice(0, width);
  values.length = width;
  const issues: Issue[] = [];
  /** each list column read once for all the columns it gives */
  let lists: Map<ListVocabulary, ListReading> | null = null;
  /** each combined column read once for all the columns it stands for */
  let combinedCells: Map<CombinedColumn, CombinedReading> | null = null;
  let unknown: string[] | null = null;
  let kept: string[] | null = null;
  for (const { key, parts, how, names, vocabulary, combined, separator, detailsOnly, dayRun, bare, sessions, total } of columns) {
    if (how === "marks") {
      values.push(marked(values, parts, names ?? [], separator));
      continue;
    }
    if (how === "labelled") {
      // the file's own text column, when first: a part it says already (休館日：年末年始, in a CSV the hub wrote, beside
      // its 休館日 column) is not added again
      const own = names?.[0] === "" ? (values[parts[0]] ?? "").trim() : "";
      const partial = sessions === undefined ? null : partialSessions(values, parts, sessions);
      values.push(parts.flatMap((p, k) => {
        const value = (values[p] ?? "").trim();
        const label = names?.[k] ?? "";
        const lead = partial?.get(k);
        if (lead !== undefined) {
          return saysMoreThanMark(value) ? [lead, labelledText(label, value)] : [lead];
        }
        if (value === "" || (detailsOnly && label !== "" && !saysMoreThanMark(value))) return [];
        // 容量 `－`: no value, said once, and nothing for the text column to keep (no `容量：－`)
        if (isPlaceholder(value)) {
          issues.push(issue("placeholder_value", { row, field: label === "" ? key : label, value }));
          return [];
        }
        if (label === "") return [value];
        const text = labelledText(label, value);
        return own !== "" && k > 0 && saysAlready(own, text) ? [] : [text];
      }).join(" / "));
      continue;
    }
    if (how === "combined") {
      if (combined === undefined) {
        values.push(values[parts[0]] ?? "");
        continue;
      }
      combinedCells ??= new Map();
      let read = combinedCells.get(combined);
      if (read === undefined) {
        combinedCells.set(combined, (read = readCombined(values[parts[0]] ?? "", combined, row)));
        if (read.issue !== null) issues.push(read.issue);
        if (read.kept !== null) (kept ??= []).push(read.kept);
      }
      if (read.unknown) (unknown ??= []).push(key);
      values.push(read.text);
      continue;
    }
    if (how === "days" && dayRun !== undefined) {
      values.push(withDaysOpen(values[parts[0]] ?? "", parts.slice(1).map((p) => values[p] ?? ""), names ?? [], dayRun));
      continue;
    }
    if (how === "any" && combined !== undefined) {
      values.push(anyPartCell(values, parts, combined, row));
      continue;
    }
    if (how === "joined") {
      values.push(parts.map((p) => (values[p] ?? "").trim()).filter((v) => v !== "").join(";"));
      continue;
    }
    if (how === "levels") {
      values.push(joinLevels(values[parts[0]] ?? "", values[parts[1]] ?? "", names ?? [], bare));
      continue;
    }
    if (how === "subdivided") {
      values.push(joinSubdivided(values[parts[0]] ?? "", values[parts[1]] ?? "", names?.[0] ?? ""));
      continue;
    }
    if (how === "listed" && vocabulary !== undefined) {
      lists ??= new Map();
      let read = lists.get(vocabulary);
      if (read === undefined) {
        const cell = values[parts[0]] ?? "";
        lists.set(vocabulary, (read = readList(cell, vocabulary)));
        for (const item of read.unknown) issues.push(issue("listed_word_unknown", { row, field: vocabulary.header, value: item }));
        if (read.all) issues.push(issue("listed_all", { row, field: vocabulary.header, value: cell.trim() }));
        if (read.except !== undefined) issues.push(issue("listed_all_except", { row, field: vocabulary.header, value: cell.trim(), detail: read.except }));
        // the cell once, after its own header (対象災害：洪水以外の災害), not once per column it would have given
        if (leavesUnnamedUnknown(read)) (kept ??= []).push(labelledText(vocabulary.header, cell.trim()));
        if (read.unread !== null) {
          issues.push(issue(read.named.size > 0 ? "listed_read_in_part" : "listed_unread", { row, field: vocabulary.header, value: cell.trim() }));
        }
      }
      // the text a yes/no column reads: 1 for named, empty for not (a 災害種別 mark is then "no", a flag unknown); a
      // column a cell read in part, or with a word it does not know, does not name is not known: null in the record
      // (withListedReading), never a "no"
      const yes = read.all || read.named.has(key);
      if (!yes && leavesUnnamedUnknown(read)) (unknown ??= []).push(key);
      values.push(yes ? "1" : "");
      continue;
    }
    if (total) {
      const own = values[parts[0]] ?? "";
      if (own.trim() !== "") {
        values.push(own);
        continue;
      }
      const sum = sumOf(values, parts.slice(1), key, row, issues);
      if (sum !== "") {
        const given = parts.slice(1).flatMap((p, k) => ((values[p] ?? "").trim() === "" ? [] : [`${names?.[k + 1] ?? ""} ${(values[p] ?? "").trim()}`]));
        issues.push(issue("total_blank_summed", { row, field: key, value: given.join(" + "), detail: `${names?.[0] ?? ""}\t${sum}` }));
      }
      values.push(sum);
      continue;
    }
    values.push(sumOf(values, parts, key, row, issues));
  }
  return { values, issues, listed: unknown === null && kept === null ? null : { unknown: unknown ?? [], kept: kept ?? [] } };
}
