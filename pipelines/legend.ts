// A legend above the table or under its data that says what the codes of a column stand for (`凡例：種別 1=消火栓、2=防火水槽、3=プール`,
// `種別　1：消火栓　2：防火水槽`): the column's cells written as codes are read as the words. Only for a column whose
// standard values are known (oneOf), and only when every word of the legend is one of them, so that no other line
// (a date, an address with numbers) is taken as one.
// A legend of marks (`凡例：○あり　－なし`) says what the marks of the yes/no columns stand for: a dash there is 無, not a
// blank. So does a yes/no column whose cells are only ○ and dashes (impliedLegends).
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf, vocabularyOf } from "../schemas/types.ts";
import { matchHeader } from "./header-match.ts";
import { listedValueOf } from "./normalize/vocabulary.ts";
import { plainWords } from "./normalize/text.ts";
import { markOf, STANDARD_YES_NO, yesNoOf } from "./normalize/yes-no.ts";

/** column key → code → the word it stands for, as the legend writes it */
export type Legends = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** `1=消火栓`, `2：防火水槽` (NFKC: the colon and the equals sign are ASCII here). */
const PAIR = /(?<!\d)(\d{1,2})\s*[:=]\s*([^\s、,;:=\d/]+)/g;

/** The legend a line gives (its column's key, codes and words), else null. */
export function legendOf(line: string, dataset: Dataset): { key: string; codes: Record<string, string> } | null {
  const pairs = [...line.normalize("NFKC").matchAll(PAIR)].map((m) => [m[1], m[2]] as const);
  if (pairs.length < 2 || new Set(pairs.map(([code]) => code)).size < pairs.length) return null;
  for (const column of dataset.columns) {
    const vocabulary = vocabularyOf(column.type);
    if (vocabulary === undefined) continue;
    const listed = listedValueOf(vocabulary);
    if (pairs.every(([, word]) => listed(word) !== undefined)) return { key: column.key, codes: Object.fromEntries(pairs) };
  }
  return null;
}

/** The legend as the report says it: `1=消火栓、2=防火水槽、3=プール`. */
export const legendText = (codes: Readonly<Record<string, string>>): string =>
  Object.entries(codes).map(([code, word]) => `${code === BLANK ? "空欄" : code}=${word}`).join("、");

/** Where a legend was found: the report sends the officer there (column_values: no line gave it, the column's marks did;
 *  code_table: a national system's codes under its header, Column.codeTable). */
export type LegendPlace = "above_header" | "below_data" | "column_values" | "code_table";

/** A column's legend: its key, and code → word. */
export type Legend = NonNullable<ReturnType<typeof legendOf>>;

/** The legends a row gives, its cells read as one line (a wide table's `種別,1：消火栓　2：防火水槽`; never cut short,
 *  so that the last word of a long legend is read whole): a column's codes, or marks, which are every yes/no column's,
 *  or the marks of one of the file's yes/no columns (`headers`) that the line names (`※一時保育：○実施　－未実施`). */
export function legendsOfRow(cells: readonly string[], dataset: Dataset, headers: readonly string[] = []): Legend[] {
  const line = cells.map((c) => c.trim()).filter((c) => c !== "").join(",");
  const coded = legendOf(line, dataset);
  if (coded !== null) return [coded];
  const marks = yesNoLegendOf(line);
  if (marks !== null) return yesNoKeys(dataset).map((key) => ({ key, codes: marks }));
  const named = namedYesNoLegendOf(line, headers, dataset);
  return named === null ? [] : [named];
}

/** The first legend a row gives, else null. */
export const legendOfRow = (cells: readonly string[], dataset: Dataset, headers: readonly string[] = []): Legend | null =>
  legendsOfRow(cells, dataset, headers)[0] ?? null;

/** What may stand between a column's name and its marks: 欄, a colon or an equals sign (NFKC), spaces. */
const AFTER_NAME = /^\s*欄?\s*[:=]?\s*/;

/**
 * A legend of marks after the name of one of the file's yes/no columns (`※一時保育：○実施　－未実施`, `一時保育欄　○＝実施
 * －＝未実施`, `※一時保育　○：実施、－：未実施`): that column's, as a list with several ○ columns writes it. The name
 * is a header of the file (`headers`, longest first) that maps to one of the dataset's yes/no columns; null otherwise.
 */
export function namedYesNoLegendOf(line: string, headers: readonly string[], dataset: Dataset): Legend | null {
  if (headers.length === 0) return null;
  const text = line.normalize("NFKC").trim().replace(HEADING, "");
  const flags = new Set(yesNoKeys(dataset));
  const named = headers.flatMap((header) => namesOf(header).map((name) => ({ header, name }))).filter(({ name }) => name !== "" && text.startsWith(name))
    .sort((a, b) => b.name.length - a.name.length);
  for (const { header, name } of named) {
    const key = matchHeader(header, dataset)?.key;
    if (key === undefined || !flags.has(key)) continue;
    const codes = yesNoLegendOf(text.slice(name.length).replace(AFTER_NAME, ""));
    if (codes !== null) return { key, codes };
  }
  return null;
}

/** The 有/無 columns of a dataset (a 1/empty column reads a dash as its empty "no" already). */
const yesNoKeys = (dataset: Dataset): string[] => dataset.columns.filter((c) => kindOf(c.type) === "boolean").map((c) => c.key);

/** A mark that says yes in a column of marks (NFKC). */
const YES_MARK = /^[○〇◯●◎✓✔]$/;
const MARK = "○〇◯●◎✓✔×✕✖△▲\\-―ー‐−–—";
/** `○・● 設置あり`, `－：なし`, `×=無`, `1=有` (NFKC): marks or the codes a list writes 有/無 as, then the word they stand for. */
const ENTRY_MARK = `${MARK}0-9`;
const MARK_ENTRY = new RegExp(`([${ENTRY_MARK}](?:\\s*・\\s*[${ENTRY_MARK}])*)\\s*[:=]?\\s*([^\\s${ENTRY_MARK}、,;:=・]+)`, "g");
/** A legend's heading: 凡例, 【凡例】, ■凡例, ※凡例, with its colon. */
const HEADING = /^(?:※|\*)?\s*(?:[【(（■◆□◇＜〈<]?凡例[】)）＞〉>]?)?\s*[:,]?\s*/;
/** The words a mark legend says yes or no with beyond yesNoOf's: `指定あり`, `設置なし`. */
const YES_WORD = /^(?:指定|設置|対応|利用)?(?:あり|有り|有)$/;
const NO_WORD = /^(?:指定|設置|対応|利用)?(?:なし|無し|無)$/;

/**
 * What a line of marks and words gives (`凡例：○あり　－なし`, `○：有、－：無`, `○・●…あり、×・－…なし`, `1=有、2=無`): each
 * mark or code → 有 or 無, or null when the line is anything more, a word is no yes or no (`△一部あり`), it gives nothing
 * the column does not read without it (○ and ×, 1 and 0: no dash, no code 2), or it turns a code the standard reads
 * around (`1=無`).
 */
export function yesNoLegendOf(line: string): Record<string, "有" | "無"> | null {
  const text = line.normalize("NFKC").trim().replace(HEADING, "");
  const codes: Record<string, "有" | "無"> = {};
  let rest = text;
  for (const [entry, marks, word] of text.matchAll(MARK_ENTRY)) {
    const yes = yesNoOf(word) ?? (YES_WORD.test(word) ? true : NO_WORD.test(word) ? false : undefined);
    if (yes === undefined) return null;
    for (const mark of marks.split("・")) codes[markOf(mark)] = yes ? "有" : "無";
    rest = rest.replace(entry, "");
  }
  if (rest.replace(/[\s、,;/]/g, "") !== "" || !Object.keys(codes).some(needsLegend)) return null;
  if (Object.entries(codes).some(([code, word]) => STANDARD_YES_NO.has(code) && STANDARD_YES_NO.get(code) !== (word === "有"))) return null;
  return codes;
}

/** A mark or code a 有/無 column reads only by a legend: a dash, or a number other than the standard's 1 and 0. */
const needsLegend = (code: string): boolean => code === "－" || (/^\d+$/.test(code) && !STANDARD_YES_NO.has(code));

/** The word a line gives the dash that is no "no" (`凡例：○あり　－調査中` → 調査中), else null: then no column's dashes
 *  are taken for 無. A line that says the dash is 無 (`※一時保育：○実施　－未実施`, one column's legend) says what the
 *  rule would. */
function dashWordOf(line: string): string | null {
  const text = line.normalize("NFKC");
  for (const [, marks, word] of text.matchAll(MARK_ENTRY)) {
    if (marks.split("・").some((mark) => markOf(mark) === "－") && !saysNo(word)) return word;
  }
  return null;
}

/** The 1/empty columns of a dataset (03's 災害種別: a dash there is a placeholder, the empty "no"). */
const markKeys = (dataset: Dataset): string[] => dataset.columns.filter((c) => kindOf(c.type) === "mark").map((c) => c.key);

/** A legend's word for "no": なし, 無, 未実施, 設置なし (yesNoOf and NO_WORD). */
const saysNo = (word: string): boolean => (yesNoOf(word) ?? (NO_WORD.test(word) ? false : undefined)) === false;

/** A yes/no column whose cells in the head of the file are only yes marks (○, ●) and dashes: the dash is its 無, as
 *  a legend `○あり　－なし` would say. A column with 有/無 or × beside its dashes leaves them blank (not known), and so
 *  does every column of a file whose notes (`lines`, above the header or under the data) say what a dash is. So is a
 *  column of 1 and 2 only: 1 is its 有, as the standard reads it, and 2 the other, 無, as a legend `1=有、2=無` would
 *  say; not when a note gives the code 2 a word (that note, if a legend, was read first). So is a column of yes marks
 *  and blanks only (車いす `●` or nothing, as a printed table marks what a toilet has): the blank is its 無; not when a
 *  note speaks of blanks. */
export function impliedLegends(keys: readonly (string | null)[], rows: ReadonlyArray<readonly string[]>, dataset: Dataset,
  lines: ReadonlyArray<readonly string[]> = []): Legend[] {
  const dashWord = lines.flatMap((cells) => cells.map((cell) => (SAYS_LEGEND.test(plainWords(cell)) || /[○〇◯●]/.test(cell) ? dashWordOf(cell) : null)))
    .find((word) => word !== null) ?? null;
  const dashNamed = dashWord !== null;
  const twoNamed = lines.some((cells) => cells.some((cell) => NAMES_TWO.test(cell.normalize("NFKC"))));
  const blankNamed = lines.some((cells) => cells.some((cell) => NAMES_BLANK.test(cell)));
  const flags = new Set(yesNoKeys(dataset));
  const found: Legend[] = [];
  // a 1/empty column reads a dash as its empty "no", unless a legend of the file's says the dash is something else
  // (`凡例：○指定　－調査中`): then it is not known
  if (dashWord !== null) {
    const marked = new Set(markKeys(dataset));
    keys.forEach((key, i) => {
      if (key !== null && marked.has(key) && rows.some((r) => markOf(r[i] ?? "") === "－")) found.push({ key, codes: { "－": dashWord } });
    });
  }
  keys.forEach((key, i) => {
    if (key === null || !flags.has(key)) return;
    const marks = rows.map((r) => markOf(r[i] ?? "")).filter((m) => m !== "");
    if (!dashNamed && marks.some((m) => m === "－") && marks.some((m) => YES_MARK.test(m)) && marks.every((m) => m === "－" || YES_MARK.test(m))) {
      found.push({ key, codes: { "－": "無" } });
    } else if (!twoNamed && marks.includes("1") && marks.includes("2") && marks.every((m) => m === "1" || m === "2")) {
      found.push({ key, codes: { "2": "無" } });
    } else if (!blankNamed && marks.length > 0 && marks.length < rows.length && marks.every((m) => YES_MARK.test(m))) {
      found.push({ key, codes: { [BLANK]: "無" } });
    }
  });
  return found;
}

/** The code of a blank cell in a legend: a column of yes marks only (● or blank) says no by leaving the cell blank. */
export const BLANK = "";
/** A note that speaks of blank cells (`空欄は未調査`): then a blank is not taken for 無. */
const NAMES_BLANK = /空欄|空白/;

/** A note that says what the code 2 stands for (`2=不明`, `2：調査中`; NFKC). */
const NAMES_TWO = /(?<!\d)2\s*[:=]/;

/** A header name as a legend line writes it: NFKC, no spaces; also without its bracketed note (口径(mm) → 口径). */
function namesOf(header: string): string[] {
  const name = plainWords(header);
  const bare = name.replace(/\([^)]*\)/g, "");
  return bare !== name && bare !== "" ? [name, bare] : [name];
}

/** The names a legend line may give the file's columns by. */
export const columnNamesOf = (headers: readonly string[]): ReadonlySet<string> =>
  new Set(headers.flatMap(namesOf).filter((n) => n !== ""));

/** How a cell says it is (or opens) a note or a legend: 凡例 (【凡例】, （凡例）, ■凡例), ※, ＊, 注. */
const SAYS_LEGEND = /^(?:[【(（■◆●□◇＜〈<]?凡例|※|\*|注)/;
/** A cell that gives a code and its word (`1=消火栓`, `2：防火水槽`; NFKC). */
const GIVES_CODE = /(?<!\d)\d{1,2}[:=][^:=\d、,;/]/;

/**
 * Whether every filled cell of a row is part of a legend: a mark that says it is one (凡例, ※, 注), the name of one of
 * the file's columns (`種別,1：消火栓　2：防火水槽`), or codes with their words. A cell of anything else is a value: a
 * row `3,…,1=消火栓、2=防火水槽 併設` (an ID and a 備考) or `2,1:消火栓 2:防火水槽` (an ID and a 種別) is a record that
 * reads like a legend, and stays a row, wherever it stands (the last row of a file is as much a record as any); only
 * rows that hold nothing but the legend are taken for one, so no record is lost to its look.
 */
export function onlyLegendIn(cells: readonly string[], columnNames: ReadonlySet<string>): boolean {
  for (const cell of cells) {
    const text = plainWords(cell);
    if (text === "" || SAYS_LEGEND.test(text) || GIVES_CODE.test(text) || columnNames.has(text.replace(/:$/, "")) || marksAfterName(text, columnNames)) continue;
    return false;
  }
  return true;
}

/** A mark right after a column's name (plainWords: `一時保育欄○=実施-=未実施`, `一時保育:○実施`). */
const MARK_AFTER_NAME = new RegExp(`^欄?[:=]?[${MARK}]`);
const marksAfterName = (text: string, columnNames: ReadonlySet<string>): boolean =>
  [...columnNames].some((name) => text.startsWith(name) && MARK_AFTER_NAME.test(text.slice(name.length)));

/**
 * The legends of the lines under the data (`【凡例】種別：1=消火栓、2=防火水槽、3=プール`, `※種別 1:消火栓 2:防火水槽`):
 * from the last row up, past blank rows and other one-cell notes, every line that is a legend and nothing else
 * (onlyLegendIn: `headers` are the file's), in file order; the search ends at the first other row of two or more cells
 * (the data).
 */
export function legendsBelowData(rows: ReadonlyArray<readonly string[]>, dataset: Dataset, headers: readonly string[]): Legend[] {
  const found: Legend[] = [];
  const names = columnNamesOf(headers);
  for (let at = rows.length - 1; at >= 0; at--) {
    const filled = rows[at].filter((c) => c.trim() !== "").length;
    if (filled === 0) continue;
    const legends = onlyLegendIn(rows[at], names) ? legendsOfRow(rows[at], dataset, headers) : [];
    if (legends.length > 0) found.unshift(...legends);
    else if (filled > 1) break;
  }
  return found;
}
