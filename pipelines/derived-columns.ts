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
import { type BareOuter, columnJa, type Dataset } from "../schemas/dataset.ts";
import type { Breakdown } from "./header-parts.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { isPlaceholder, labelledText, plainWords, saysAlready } from "./normalize/text.ts";
import { yesNoOf } from "./normalize/yes-no.ts";
import { normalizeHeader } from "./header-match.ts";
import { kindOf, text } from "../schemas/types.ts";
import { joinSubdivided, subdividedNameOf } from "./subdivided-name.ts";
import { joinLevels } from "./two-levels.ts";
import { restColumnOf } from "./normalize/value-repairs.ts";
import { combinedKeys, leavesUnnamedUnknown, type ListedReading, type ListReading, type ListVocabulary, readList } from "./listed-flags.ts";
import { anyPartCell, type CombinedColumn, combinedColumnOf, type CombinedReading, readCombined } from "./combined-flags.ts";
import { bandOfHeader, tiling } from "./age-bands.ts";
import { dmsColumnsOf, joinDms } from "./dms-columns.ts";
import { markName, readMarks, saysMoreThanMark } from "./marked-cells.ts";
import { columnNamed, namesBothLists } from "./other-list-rows.ts";
import { partialSessions, type PartSession, sessionOf } from "./day-sessions.ts";
import { daysOfHours, withDaysOpen } from "./days-of-hours.ts";
import { sumOf, totalBesideParts } from "./total-beside-parts.ts";
import { dayHoursColumnsOf, type DayHoursColumns, readDayHours } from "./day-hours.ts";
import { splitTextAndCount, textAndCountOf } from "./text-and-count.ts";

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
   *  (国指定 | 有形文化財 → 国指定有形文化財, two-levels.ts); "dms": a coordinate's 度 | 分 | 秒 as one DMS value
   *  (dms-columns.ts); "both": 1 when the one part, a kind column, names both the dataset's own list and the other
   *  (指定緊急避難場所・指定避難所: Dataset.otherListRows both), else empty; "textPart" / "countPart": the words or the
   *  count of people of the one part, a column whose header names a text column and a count together (対象・定員 `小学生・30名`,
   *  text-and-count.ts); "dayHours": of columns of each day's hours (月曜日 `0830_2200`, day-hours.ts), the start or the
   *  end every open day shares (`bound`), or with no bound the remarks, after the file's own (the first part) if any */
  how: "sum" | "marks" | "listed" | "labelled" | "subdivided" | "combined" | "joined" | "any" | "days" | "levels" | "dms" | "both" | "textPart" | "countPart"
    | "dayHours";
  /** for "marks", each part's name (its header); for "labelled", each part's label; for "subdivided", the part's unit;
   *  for "days", the days of each part after the first (土, 日祝); for "levels", the words of the outer level (国指定,
   *  都登録 …) */
  names?: string[];
  /** for "both", the own list's words and the other's (plainWords) */
  lists?: { own: readonly string[]; other: readonly string[] };
  /** for "listed", the list column's words (one object for every column read from that list) */
  vocabulary?: ListVocabulary;
  /** for "combined", how the one part's cell reads (one object for every column of that header); for "any", how each
   *  part's cell reads */
  combined?: CombinedColumn;
  /** for "marks" and "joined", what joins the names marked or the parts' values (`;` when absent) */
  separator?: string;
  /** for "marks", a cell that is neither a mark nor a no (`△`, `○（予防のみ）`) is said, as no details column keeps it */
  unreadSaid?: true;
  /** for "labelled", the parts are marked columns (月 | 火 …): only a cell that says more than a mark (the day's hours)
   *  is taken, after its label */
  detailsOnly?: true;
  /** for "labelled", the parts that are yes/no columns (Column.labelledFlags): a yes is the label alone, a no nothing */
  flags?: readonly boolean[];
  /** for "days", a cell that is a run of days (月火水木金): only such a cell has days added */
  dayRun?: RegExp;
  /** for "levels", the outer level's first words, which the inner level's act completes (国 + 重要文化財 →
   *  国指定重要文化財, Dataset.levels `bare`) */
  bare?: BareOuter;
  /** for "labelled" details of marked columns split into sessions (月_午前 | 月_午後, MarkedBy.sessions): each part's value
   *  and session (null for a part of no session), so that a value marked in some sessions only is said (木：午前のみ) */
  sessions?: ReadonlyArray<PartSession | null>;
  /** for "dayHours", the columns of each day's hours (one object for the start, the end and the remarks they give) */
  dayHours?: DayHoursColumns;
  /** for "dayHours", the end of the hours the column takes; none for the remarks */
  bound?: "start" | "end";
  /** for "sum", the first part is the file's own column of the count (病床数合計): read as written, and only where it is
   *  blank the sum of the other parts stands in for it, said on the row; `names` are the parts' headers */
  total?: true;
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
  for (const { key, parts, labels, labelledAliases, of, overlapping, numbered, lines, days: dayKinds, repeats, total } of breakdowns) {
    if (total !== undefined) {
      standIn(key, total, parts);
      continue;
    }
    if (numbered) {
      at.set(key, width + columns.length);
      issues.push(issue(lines ? "numbered_lines_joined" : "numbered_columns_joined", { field: key, value: names(parts) }));
      columns.push({ key, parts, how: "joined", ...(lines ? { separator: "" } : {}) });
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
        detail: columnJa(dataset, key) }));
    }
    const added = parts.filter((p) => p !== own && !repeated(p));
    // each column by its name, and the label its values are written after (開館時間（土日祝）, not the column's 開館時間_土日祝)
    const flagged = labelFlagsOf(dataset, key);
    const flags = flagged.size === 0 ? undefined : labels.map((l) => flagged.has(normalizeHeader(l)));
    if (!overlapping && labelledAliases) {
      // a yes/no column (Column.labelledFlags) said on its own: its yes is its header alone
      const isFlag = (p: number) => flags?.[parts.indexOf(p)] === true;
      for (const p of added.filter(isFlag)) issues.push(issue("column_labelled_flag", { field: key, value: plan.sourceHeaders[p]?.trim() ?? "" }));
      const plain = added.filter((p) => !isFlag(p));
      if (plain.length > 0) issues.push(issue("column_labelled", { field: key, value: plain.map((p) => plan.sourceHeaders[p]?.trim() ?? "").join("」「"),
        detail: plain.map((p) => labels[parts.indexOf(p)]).join("：…」「") }));
      // the file's own column, labelled by what its header's qualifier says its cells are (備考（床面積㎡）)
      if (parts.length === 1 && parts[0] === own && labels[0] !== "") issues.push(issue("column_labelled_by_qualifier", { field: key,
        value: plan.sourceHeaders[own]?.trim() ?? "", detail: labels[0] }));
    } else if (!overlapping) issues.push(issue("columns_joined", { field: key, value: names(added) }));
    columns.push({ key, parts, how: "labelled", names: labels, ...(flags?.includes(true) ? { flags } : {}) });
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
    const kept = details !== undefined && dataset.columnByKey.has(details);
    columns.push({ key, parts, how: "marks", names: partNames, separator, ...(kept ? {} : { unreadSaid: true as const }) });
    if (!kept) continue;
    // the file's own column of the details (or what was derived for it) first, then each part's cell after its header
    const own = at.get(details);
    at.set(details, width + columns.length);
    issues.push(issue("marked_cells_labelled", { field: details, value: headers.join("、") }));
    columns.push({ key: details, parts: own === undefined ? parts : [own, ...parts], how: "labelled", names: own === undefined ? headers : ["", ...headers], detailsOnly: true,
      ...(bySession ? { sessions: own === undefined ? partSessions.map((s, k) => (s === null ? null : { ...s, value: partNames[k] }))
        : [null, ...partSessions.map((s, k) => (s === null ? null : { ...s, value: partNames[k] }))] } : {}) });
  }
  const dayHours = dayHoursColumnsOf(dataset, plan.keys, plan.sourceHeaders, (key) => at.has(key));
  if (dayHours !== null) {
    const parts = dayHours.columns.map((c) => c.at);
    // the notes beside the days (その他, a period) are read by the remarks alone
    const days = dayHours.columns.flatMap((c) => (c.day === undefined ? [] : [c.at]));
    for (const [key, bound] of [[dayHours.start, "start"], [dayHours.end, "end"]] as const) {
      at.set(key, width + columns.length);
      columns.push({ key, parts: days, how: "dayHours", dayHours, bound });
    }
    // the remarks a marked list of the days gave (月：9:00～17:00) already hold each day's hours
    const own = at.get(dayHours.remarks);
    const remarksToo = own === undefined || own < width;
    if (remarksToo) {
      at.set(dayHours.remarks, width + columns.length);
      columns.push({ key: dayHours.remarks, parts: own === undefined ? parts : [own, ...parts], how: "dayHours", dayHours });
    }
    // the columns read, the first group's naming them all (月曜日2 … repeat them)
    const read = remarksToo ? dayHours.columns : dayHours.columns.filter((c) => c.day !== undefined);
    const first = read.findIndex((c, k) => k > 0 && c.day !== undefined && c.group !== read[0].group);
    const named = first < 0 ? read : [...read.slice(0, first), { header: "…" }];
    issues.push(issue("hours_from_day_columns", { field: dayHours.remarks, value: named.map((c) => c.header).join("、"),
      detail: `${columnJa(dataset, dayHours.start)}」「${columnJa(dataset, dayHours.end)}` }));
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
      issues.push(issue("column_combined", { field: header, value: given.map((key) => columnJa(dataset, key)).join(" / ") }));
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
    issues.push(issue("columns_from_list", { field: header, value: wanted.map((flag) => columnJa(dataset, flag.key)).join(" / ") }));
  }
  const rule = dataset.otherListRows;
  const kindAt = rule?.both === undefined || at.has(rule.both) ? -1 : columnNamed(rule.headers, plan);
  if (rule?.both !== undefined && kindAt >= 0) {
    at.set(rule.both, width + columns.length);
    columns.push({ key: rule.both, parts: [kindAt], how: "both", lists: { own: rule.own.map(plainWords), other: rule.other.map(plainWords) } });
    issues.push(issue("column_from_kind", { field: plan.sourceHeaders[kindAt].trim(), value: columnJa(dataset, rule.both) }));
  }
  plan.keys.forEach((k, i) => {
    const named = k === null ? textAndCountOf(dataset, (plan.sourceHeaders[i] ?? "").trim(), i) : null;
    const given = named === null ? [] : ([[named.text, "textPart"], [named.count, "countPart"]] as const).filter(([key]) => !at.has(key));
    if (given.length === 0) return;
    for (const [key, how] of given) {
      at.set(key, width + columns.length);
      columns.push({ key, parts: [i], how });
    }
    issues.push(issue("column_text_and_count", { field: plan.sourceHeaders[i].trim(), value: given.map(([key]) => columnJa(dataset, key)).join(" / ") }));
  });
  for (const { key, parts } of dmsColumnsOf(dataset, plan.keys, plan.sourceHeaders, (key) => at.has(key))) {
    at.set(key, width + columns.length);
    issues.push(issue("coordinate_parts_joined", { field: key, value: names(parts) }));
    columns.push({ key, parts, how: "dms" });
  }
  return { columns, issues };
}

/** Whether column_from_kind is to be said: a head row's kind names both lists (a 種別 of 小学校 / 公園 never does, and
 *  fills nothing). */
export function kindNamesBothInHead(found: Issue, columns: readonly DerivedColumn[], headRows: ReadonlyArray<readonly string[]>): boolean {
  const column = columns.find((c) => c.how === "both");
  if (found.code !== "column_from_kind" || column?.lists === undefined) return true;
  const { parts: [at], lists } = column;
  return headRows.some((cells) => namesBothLists(cells[at] ?? "", lists.own, lists.other));
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

/** The normalized headers of a text column's yes/no labelled columns (Column.labelledFlags). */
const labelFlagsOf = (dataset: Dataset, key: string): ReadonlySet<string> =>
  new Set((dataset.columnByKey.get(key)?.labelledFlags ?? []).map(normalizeHeader));

/** the names of a marked column that has none: one array, the key of readMarks' memo on every row */
const NO_NAMES: readonly string[] = [];

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
  /** the last cell split into words and a count, and how */
  let splitCell = "";
  let split: ReturnType<typeof splitTextAndCount> | null = null;
  /** the day columns' hours read once for the start, the end and the remarks */
  let dayHoursRead: ReturnType<typeof readDayHours> | null = null;
  for (const { key, parts, how, names, vocabulary, combined, separator, unreadSaid, detailsOnly, dayRun, bare, sessions, total, lists: kinds, flags, dayHours, bound } of columns) {
    if (how === "dayHours" && dayHours !== undefined) {
      if (dayHoursRead === null) {
        dayHoursRead = readDayHours(values, dayHours, row);
        issues.push(...dayHoursRead.issues);
      }
      if (bound !== undefined) {
        values.push(bound === "start" ? dayHoursRead.start : dayHoursRead.end);
        continue;
      }
      // the file's own remarks, when first, then the days'
      const own = parts.length > dayHours.columns.length ? (values[parts[0]] ?? "").trim() : "";
      values.push([own, dayHoursRead.remarks].filter((t) => t !== "").join(" / "));
      continue;
    }
    if (how === "both" && kinds !== undefined) {
      const both = namesBothLists(values[parts[0]] ?? "", kinds.own, kinds.other);
      values.push(both ? "1" : "");
      // a kind of one list says nothing of the other: not known, never a "no" (withListedReading)
      if (!both) (unknown ??= []).push(key);
      continue;
    }
    if (how === "marks") {
      const read = readMarks(values, parts, names ?? NO_NAMES, separator, unreadSaid === true);
      values.push(read.text);
      for (const k of read.unread) issues.push(issue("unparseable_mark", { row, field: names?.[k] ?? key, value: values[parts[k]].trim() }));
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
        const yes = flags?.[k] === true ? yesNoOf(value) : undefined;
        if (yes !== undefined) return yes ? [label] : [];
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
    if (how === "dms") {
      values.push(joinDms(parts.map((p) => values[p] ?? "")));
      continue;
    }
    if (how === "textPart" || how === "countPart") {
      // the words and the count of one cell are two columns: the cell is split once for both
      const cell = values[parts[0]] ?? "";
      if (cell !== splitCell || split === null) {
        split = splitTextAndCount(cell);
        splitCell = cell;
      }
      values.push(how === "textPart" ? split.text : split.count);
      continue;
    }
    if (how === "joined") {
      values.push(parts.map((p) => (values[p] ?? "").trim()).filter((v) => v !== "").join(separator ?? ";"));
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
      values.push(totalBesideParts(values, parts, names ?? [], key, row, issues));
      continue;
    }
    values.push(sumOf(values, parts, key, row, issues));
  }
  return { values, issues, listed: unknown === null && kept === null ? null : { unknown: unknown ?? [], kept: kept ?? [] } };
}
