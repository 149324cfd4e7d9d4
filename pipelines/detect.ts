// Detect: which standard dataset a file is (file-name slug, else its header), which municipality published it
// (a 6-digit code with a valid check digit in the file name, or a Tokyo code's first 5 digits), and which of the first rows is the header.
import type { Dataset } from "../schemas/dataset.ts";
import { checkDigit, isPrefectureCode, isValidCode } from "../schemas/local-government-code.ts";
import { type HeaderMatch, lookupOf, matchHeader, normalizeHeader } from "./header-match.ts";
import { mapHeaders, scoreHeader } from "./headers.ts";
import { headValuesOf } from "./column-by-values.ts";
import { normalizeFlag } from "./normalize/flags.ts";
import type { Where } from "./issues.ts";
import { tokyoMunicipality } from "./normalize/location.ts";
import { isoDate } from "./normalize/wareki.ts";

export { HEAD_RECORDS } from "./head-depth.ts";

/** A dataset a file name names: by its slug, the hub's naming rule (`131041_aed.csv`), or by a Japanese name or
 *  keyword a person chose (`公衆トイレ一覧.csv`), which a clear header of another dataset outweighs (table.ts). */
export interface FileNameMatch {
  dataset: Dataset;
  by: "slug" | "keyword";
}

/** A file name without its folders (`data/131041_aed.csv` → `131041_aed.csv`), as a name is read. */
export const baseName = (fileName: string): string => fileName.split(/[\\/]/).pop() ?? fileName;

/** A slug as file names write it: its words parted by `_`, by `-`, or run together (`011002publicfacility.csv`,
 *  `public-wireless-lan.csv`). */
const slugPattern = (id: string): string => id.split("_").join("[_-]?");

/** The dataset whose slug appears in a file name as a whole word (`131041_aed.csv`, `population_20240101`), else
 *  whose Japanese name or keyword does (`公衆トイレ一覧.csv`, `131041_AED設置箇所.xlsx`). */
export function fileNameMatch(fileName: string, datasets: readonly Dataset[]): FileNameMatch | null {
  const base = baseName(fileName).toLowerCase();
  let best: Dataset | null = null;
  for (const d of datasets) {
    const at = new RegExp(`(?:^|[^a-z])${slugPattern(d.id)}(?:$|[^a-z])`).test(base);
    if (at && (!best || d.id.length > best.id.length)) best = d;
  }
  if (best) return { dataset: best, by: "slug" };
  const named = datasetFromJapaneseName(base, datasets);
  return named ? { dataset: named, by: "keyword" } : null;
}

export const datasetFromFileName = (fileName: string, datasets: readonly Dataset[]): Dataset | null =>
  fileNameMatch(fileName, datasets)?.dataset ?? null;

/** Whether `text` holds `name`; a name in Latin letters as a whole word only (AED, not the aed of paed_list). */
function holdsName(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0 || !/^[A-Z]/.test(name)) return at >= 0;
  return !/[A-Z]/.test(text[at - 1] ?? "") && !/[A-Z]/.test(text[at + name.length] ?? "");
}

/** A name or title as it is matched: NFKC, Latin letters upper case. */
const asName = (text: string): string => text.normalize("NFKC").toUpperCase();

/** The length of the longest of a dataset's names (its title and keywords) a name or title holds once the names of
 *  other lists (exclude_keywords) are taken out of it: 予防接種実施医療機関一覧 holds 医療機関 only inside
 *  実施医療機関, so it names no 医療機関一覧; 指定緊急避難場所・指定避難所一覧 still names 指定緊急避難場所. 0: none. */
export function datasetNameLength(text: string, dataset: Dataset): number {
  const left = (dataset.exclude_keywords ?? []).reduce((t, k) => t.replaceAll(asName(k), "\u0000"), asName(text));
  return Math.max(0, ...[dataset.ja, ...(dataset.keywords ?? [])].filter((k) => holdsName(left, asName(k))).map((k) => k.length));
}

/** The dataset whose longest name or keyword the text holds (none inside its exclusions: 予防接種実施医療機関 is no
 *  医療機関一覧); null when none does, or two datasets' longest are as long. */
function datasetFromJapaneseName(text: string, datasets: readonly Dataset[]): Dataset | null {
  let best: { dataset: Dataset; length: number } | null = null;
  let tie = false;
  for (const d of datasets) {
    const length = datasetNameLength(text, d);
    if (length === 0 || (best && length < best.length)) continue;
    tie = best !== null && length === best.length;
    best = { dataset: d, length };
  }
  return best && !tie ? best.dataset : null;
}

/** What follows the name of a list in a title: 指定避難所一覧, 実施医療機関等の一覧, 包蔵地リスト. */
const LIST_WORD = /^(?:等|など)?の?(?:一覧|リスト|名簿)/;

/** The list that the rows above a header (the title) name, when it is another one than the dataset (its
 *  exclude_keywords: 世田谷区指定避難所一覧 over a 指定緊急避難場所 header, 接種実施医療機関一覧 over a 医療機関 one) and they
 *  do not name the dataset too (指定緊急避難場所・指定避難所一覧): the words that name it, as written in the title
 *  (指定避難所一覧), and the row; null when none does. A list word must follow, so that a note on a column
 *  (※指定避難所との重複：1＝重複) names no list. */
export function otherListInTitle(rows: ReadonlyArray<readonly string[]>, dataset: Dataset): { list: string; row: readonly string[] } | null {
  const texts = rows.map((cells) => cells.map((c) => c.trim()).filter((c) => c !== "").join(" "));
  if (datasetNameLength(texts.join(" "), dataset) > 0) return null;
  for (const [i, text] of texts.entries()) {
    const title = asName(text);
    // the longest first: 指定避難所一覧 rather than its 避難所一覧
    for (const word of (dataset.exclude_keywords ?? []).map(asName).sort((a, b) => b.length - a.length)) {
      for (let at = title.indexOf(word); at >= 0; at = title.indexOf(word, at + 1)) {
        const listWord = LIST_WORD.exec(title.slice(at + word.length));
        if (listWord !== null) return { list: word + listWord[0], row: rows[i] };
      }
    }
  }
  return null;
}

/** The 6-digit codes with a valid check digit in a file name, where they are. */
function codesIn(fileName: string): RegExpMatchArray[] {
  const base = baseName(fileName);
  return [...base.matchAll(/(?<!\d)\d{6}(?!\d)/g)].filter((m) => isValidCode(m[0]));
}

/** A Tokyo code that names a publisher: one of the registry's municipalities, or 東京都 itself (130001). A check digit
 *  alone passes one code in ten, so a mistyped code (131245 for 131237) may pass it. */
const isTokyoPublisher = (code: string): boolean => isPrefectureCode(code) || tokyoMunicipality(code) !== undefined;

/** A 6-digit 全国地方公共団体コード with a valid check digit in a file name (`131041_aed.csv` → 131041); a Tokyo code only
 *  when the registry has it (outside Tokyo there is no list to check against). */
export function municipalityFromFileName(fileName: string): string | null {
  const codes = codesIn(fileName);
  // a Tokyo code anywhere; another prefecture's at the start of the name (382019_aed.csv), or where it is no date: a
  // six-digit date after the name (…_240401.csv, 2024-04-01) can pass the check digit; nor a month anywhere
  // (202410_population.csv), which reads as 長野県's
  const tokyo = codes.find((m) => m[0].startsWith("13") && isTokyoPublisher(m[0]));
  if (tokyo !== undefined) return tokyo[0];
  return codes.find((m) => !m[0].startsWith("13") && !isYyyymm(m[0]) && (m.index === 0 || !isYymmdd(m[0])))?.[0] ?? shortTokyoCode(fileName);
}

/** A month written yyyymm in a file name (`202410_population.csv`, `202401opendata.csv`, as monthly files are named)
 *  that also passes as another prefecture's code (長野県's 20…, about one month in ten): not taken as the publisher,
 *  and said. Null when the name gives a publisher. */
export function monthCodeInFileName(fileName: string): string | null {
  if (municipalityFromFileName(fileName) !== null) return null;
  return codesIn(fileName).find((m) => isYyyymm(m[0]))?.[0] ?? null;
}

/** A Tokyo municipality's code written without its check digit at the start of the name (`13104.csv`,
 *  `13104_hinanbasho.csv`, as GSI names its 指定緊急避難場所 files per municipality): the full code when the registry
 *  has it. Only at the start, where a name puts its publisher (`aed_count_13361.csv` counts something), only Tokyo's,
 *  where the registry can tell a code from another five-digit number, and only in a name with no six-digit code nor a
 *  second such number (`13104-13113.csv` names two). */
function shortTokyoCode(fileName: string): string | null {
  const base = baseName(fileName);
  const m = /^(13\d{3})(?!\d)/.exec(base);
  if (m === null || /(?<!\d)\d{5}(?!\d)/.test(base.slice(5))) return null;
  const code = `${m[1]}${checkDigit(m[1])}`;
  return tokyoMunicipality(code) !== undefined ? code : null;
}

/** A Tokyo code in a file name that names no municipality (131245): not taken as the publisher, and said. Null when the
 *  name gives a publisher, or when the code may be a date after the name (…_130401.csv). */
export function unknownCodeInFileName(fileName: string): string | null {
  if (municipalityFromFileName(fileName) !== null) return null;
  return codesIn(fileName).find((m) => m[0].startsWith("13") && !isTokyoPublisher(m[0]) && (m.index === 0 || !isYymmdd(m[0])))?.[0] ?? null;
}

/** A file name that starts with a Tokyo municipality's first five digits and a wrong check digit (`132010_aed.csv`:
 *  八王子市 is 132012), as the only code it has: the code as written, and the code and name its five digits give. Not taken as the
 *  publisher (a mistyped digit may as well be in the first five), only said; null for any other name. */
export function mistypedCodeInFileName(fileName: string): { written: string; code: string; name: string } | null {
  const m = /^(13\d{3})\d(?!\d)/.exec(baseName(fileName));
  if (m === null || isValidCode(m[0]) || municipalityFromFileName(fileName) !== null) return null;
  const code = `${m[1]}${checkDigit(m[1])}`;
  const municipality = tokyoMunicipality(code);
  return municipality === undefined ? null : { written: m[0], code, name: municipality.name };
}

/** `202410`: a month of this century written yyyymm. It reads as a code of prefecture 20 (長野県) when its check digit
 *  fits, and two real codes are such months (長野市 202011, 安曇野市 202207): a name can't tell them apart, so neither is
 *  taken; `--municipality` settles it. */
function isYyyymm(digits: string): boolean {
  return /^20\d\d(?:0[1-9]|1[0-2])$/.test(digits);
}

/** `240401`: a date of this century written yymmdd. */
function isYymmdd(digits: string): boolean {
  const [month, day] = [Number(digits.slice(2, 4)), Number(digits.slice(4, 6))];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

const YYYYMMDD = /(?<!\d)(19[89]\d|20\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)/g;
/** Two dates joined as a period (`food_business_new_20240301_20240331`, `…20240301-20240331`): its start, then its end. */
const PERIOD_JOIN = /^[_\-～〜~]$/;

/** The date in a file name as the official template names population files (`population_20240101`), as an ISO date;
 *  null when it has no valid yyyymmdd of 1989 or later. A period (`food_business_new_yyyymmdd_yyyymmdd`, the permits
 *  of that span) is as of its end, the later date: its start is no day the list stood as. */
export function dateFromFileName(fileName: string): string | null {
  const base = baseName(fileName);
  let first: { iso: string; end: number } | null = null;
  for (const m of base.matchAll(YYYYMMDD)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso === null) continue;
    if (first === null) first = { iso, end: (m.index ?? 0) + m[0].length };
    else return PERIOD_JOIN.test(base.slice(first.end, m.index)) && iso > first.iso ? iso : first.iso;
  }
  return first?.iso ?? null;
}

export interface HeaderChoice {
  /** position of the header in the records searched */
  at: number;
  dataset: Dataset;
  mapped: number;
  filled: number;
}

const isHeaderLike = (mapped: number, filled: number) => mapped >= 2 || (mapped === 1 && filled === 1);

/** The row among the first records that maps best onto one known dataset. */
export function locateHeader(records: readonly string[][], dataset: Dataset): HeaderChoice | null {
  let best: HeaderChoice | null = null;
  for (const [at, cells] of records.entries()) {
    const { mapped, filled } = scoreHeader(cells, dataset);
    if (isHeaderLike(mapped, filled) && (!best || mapped > best.mapped)) best = { at, dataset, mapped, filled };
  }
  return best;
}

export interface DatasetGuess extends HeaderChoice {
  /** why: "12/22 columns; next tourism 8" */
  detail: string;
}

/**
 * Whether a header holds what makes a table the dataset, beyond the columns every dataset shares (code, ID, 備考 …):
 * its name column when the dataset requires one, and at least half of its required columns. A ゴミの分別 table with
 * 料金種別 is no event list, a 指定避難所 list (避難所名) no list of 指定緊急避難場所: such tables are unknown_dataset,
 * which --dataset overrides, rather than a guess whose every row is invalid.
 */
function hasItsCore(records: ReadonlyArray<readonly string[]>, at: number, dataset: Dataset): boolean {
  const cells = records[at];
  const { keys } = scoreHeader(cells, dataset);
  for (const key of requiredByValues(records, at, dataset, keys)) keys.add(key);
  const required = dataset.columns.filter((c) => c.requirement === "required");
  if (required.some((c) => c.key === "name") && (!keys.has("name") || namesOtherList(cells, dataset))) return false;
  return required.filter((c) => keys.has(c.key)).length * 2 >= required.length;
}

/** The required columns the header gives only by a header its cells decide (Column.valueAliases of words: 避難場所, the
 *  sites' names in a list of them, a column of ○ / × in a list of facilities), when no header names them: those whose
 *  filled cells under it in the head are no marks. */
function requiredByValues(records: ReadonlyArray<readonly string[]>, at: number, dataset: Dataset, keys: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const column of dataset.columns) {
    const aliases = column.valueAliases;
    if (column.requirement !== "required" || aliases?.values !== "words" || keys.has(column.key)) continue;
    const headers = new Set(aliases.headers.map(normalizeHeader));
    const i = records[at].findIndex((cell) => headers.has(normalizeHeader(cell)));
    if (i < 0) continue;
    const below = records.slice(at + 1).map((cells) => (cells[i] ?? "").normalize("NFKC").trim()).filter((cell) => cell !== "");
    if (below.length > 0 && below.every((cell) => normalizeFlag(cell, { row: 0, field: "" }).value === null)) found.push(column.key);
  }
  return found;
}

/** Whether a header has what tells the dataset from lists of other things (Dataset.toldBy): a list of notices (タイトル,
 *  掲載日, URL) is no オープンデータ一覧 by the header alone, though a title over it may say it is one. */
function toldByHeader(cells: readonly string[], dataset: Dataset): boolean {
  const told = dataset.toldBy;
  if (told === undefined) return true;
  const { keys } = scoreHeader(cells, dataset);
  return told.keys.some((key) => keys.has(key)) || cells.some((cell) => told.words.some((word) => asName(cell).includes(word)));
}

/** Whether the header's name column names the items of another list (the dataset's exclude_keywords): 避難所名 is the
 *  name of a 指定避難所, so a file chosen as 指定緊急避難場所 (--dataset) reads it as its name, but it makes no list one. */
function namesOtherList(cells: readonly string[], dataset: Dataset): boolean {
  const others = (dataset.exclude_keywords ?? []).map(asName);
  return cells.some((cell) => matchHeader(cell, dataset)?.key === "name" && others.some((word) => asName(cell).includes(word)));
}

/** How much of a header each dataset reads, each cell weighing by how few datasets have its column: 1 for a column
 *  only one dataset has (男性トイレ総数), 1/3 for one three have (FAX), little for one all have (名称, 緯度). A cell only one
 *  dataset reads by name is still as common as the column it is read as: 施設種別, which only a nursery list names so,
 *  is its 種別, a column five datasets have; 分類 is a column of kinds, which any list may have. One that names that
 *  list's things (観光スポット名) is its own. */
export function headerWeights(cells: readonly string[], datasets: readonly Dataset[]): number[] {
  return weightsOf(columnSpread(cells, datasets));
}

/** Per dataset, which of a header's cells it reads (null: not read); per cell, in how many datasets it is a column. */
interface ColumnSpread {
  hits: Array<Array<HeaderMatch | null>>;
  df: number[];
}

const weightsOf = ({ hits, df }: ColumnSpread): number[] => hits.map((hit) => hit.reduce((sum, read, i) => (read !== null ? sum + 1 / df[i] : sum), 0));

/** Bare words that head a column of what kind each row is (図書館 / 体育館 in a facility list, 区指定 in a cultural
 *  property's, 消火栓 in a hydrant's): any list may have one, whichever lists happen to name theirs so (分類 is a cultural
 *  property's 文化財分類 and an open data list's 分類, but as often a facility list's own), so such a cell is as common as
 *  a column of kinds is: it says nothing of which list a header is. */
const KIND_WORDS: ReadonlySet<string> = new Set(["種別", "種類", "分類", "区分", "カテゴリ", "カテゴリー"]);

/** The keys of the column that names each row: every list has one, so a header for it (名称, タイトル) tells no list unless
 *  it names the list's things (namesItsThings). */
const NAME_KEYS: ReadonlySet<string> = new Set(["name", "title"]);

/** Whether a header names the things a dataset lists, by its names and keywords (観光スポット名) or the words it calls
 *  them by (Dataset.subjects: a care list's 事業所名). */
const namesItsThings = (cell: string, dataset: Dataset): boolean =>
  datasetNameLength(cell, dataset) > 0 || (dataset.subjects ?? []).some((word) => cell.includes(word));

/** A header a dataset reads as the label of its values in one of its text columns (Column.labelledAliases: an AED
 *  list's 24時間使用可否, a Wi-Fi list's 設置台数): it tells the list as much as a column of it does. */
function labelledMatch(cell: string, dataset: Dataset): HeaderMatch | null {
  const key = lookupOf(dataset).labelled.get(normalizeHeader(cell));
  return key === undefined ? null : { key, method: "alias" };
}

function columnSpread(cells: readonly string[], datasets: readonly Dataset[]): ColumnSpread {
  const matched = datasets.map((dataset) => cells.map((cell) => (cell.trim() === "" ? null : matchHeader(cell, dataset))));
  const hits = matched.map((row, d) => row.map((m, i) => m ?? (cells[i].trim() === "" ? null : labelledMatch(cells[i], datasets[d]))));
  const readers = new Map<string, number>();
  const readersOf = (name: string): number => {
    if (!readers.has(name)) readers.set(name, datasets.filter((d) => matchHeader(name, d) !== null).length);
    return readers.get(name)!;
  };
  const kindReaders = (): number => datasets.filter((d) => [...KIND_WORDS].some((word) => matchHeader(word, d) !== null)).length;
  const nameReaders = (): number => datasets.filter((d) => d.columns.some((c) => NAME_KEYS.has(c.key))).length;
  // in how many datasets each cell is a column: those that read it, or that read the standard name it is read as; a
  // word of kinds in as many as have a column of kinds, a name column in as many as have one; but a cell that names
  // the things of the one list reading it (観光スポット名, 医療機関名, イベント名: its name column, named as that list's) in that one
  const df = cells.map((cell, i) => {
    const readBy = hits.flatMap((h, d) => (h[i] === null ? [] : [d]));
    if (readBy.length === 1 && namesItsThings(cell, datasets[readBy[0]])) return 1;
    // a label (設置台数 → 備考) is as common as the lists that read it: not as the column its values go into
    const spread = Math.max(readBy.length, ...readBy.filter((d) => matched[d][i] !== null).map((d) => {
      const ja = datasets[d].columns.find((c) => c.key === hits[d][i]!.key)?.ja;
      return ja === undefined ? 0 : readersOf(ja);
    }));
    if (readBy.some((d) => matched[d][i] !== null && NAME_KEYS.has(hits[d][i]!.key))) return Math.max(spread, nameReaders());
    return KIND_WORDS.has(cell.normalize("NFKC").trim()) ? Math.max(spread, kindReaders()) : spread;
  });
  return { hits, df };
}

/** How many datasets at most may have a column for it to tell them apart: 設置位置 (AED and toilet lists) does;
 *  FAX (three lists), 施設種別 (a 種別, five) and 名称, 所在地, 緯度, 電話番号, URL, 備考 do not. */
const OWN_COLUMN_SPREAD = 2;

/** Whether a header (its spread) has a column that few datasets have (OWN_COLUMN_SPREAD) and that dataset `d` reads. */
const readsAnOwnColumn = ({ hits, df }: ColumnSpread, d: number): boolean => hits[d].some((read, i) => read !== null && df[i] <= OWN_COLUMN_SPREAD);

/** How much of a header (its spread) dataset `d` reads by columns few datasets have (OWN_COLUMN_SPREAD). */
const ownWeight = ({ hits, df }: ColumnSpread, d: number): number =>
  hits[d].reduce((sum, read, i) => (read !== null && df[i] <= OWN_COLUMN_SPREAD ? sum + 1 / df[i] : sum), 0);

/** How many columns of its own (few datasets have them, OWN_COLUMN_SPREAD) a header must read for a dataset to be
 *  told by it however few of the header's columns it reads: 東京都福祉局's register of accessible toilets has 66
 *  columns (each day's hours, photos, yes/no questions), of which a toilet list reads ten, four of them its own
 *  (設置位置 by トイレ名, 車椅子, オストメイト, おむつ交換台). */
const OWN_COLUMNS_TELL = 3;
/** The share of a header a dataset must read for its own columns to tell it: a table of a column per age (206 columns,
 *  4 of them a population table's) is too wide to tell by the few it reads, which its title may (detectFromTitle). */
const OWN_COLUMNS_SHARE = 0.1;

/** How many of a dataset's columns a header reads (by alias, label or part, as scoreHeader counts them) whose standard
 *  name few datasets read (OWN_COLUMN_SPREAD). */
function ownColumnsRead(cells: readonly string[], dataset: Dataset, datasets: readonly Dataset[]): number {
  const { keys } = scoreHeader(cells, dataset);
  return [...keys].filter((key) => {
    const ja = dataset.columnByKey.get(key)?.ja;
    return ja !== undefined && datasets.filter((d) => matchHeader(ja, d) !== null).length <= OWN_COLUMN_SPREAD;
  }).length;
}

/** How many columns' worth more a header reads as `other` than as `named` by headerWeights: what only `other`'s
 *  columns say of it, the columns both read cancelling out. */
export function weightLead(cells: readonly string[], other: Dataset, named: Dataset, datasets: readonly Dataset[]): number {
  const weights = headerWeights(cells, datasets);
  return weights[datasets.indexOf(other)] - weights[datasets.indexOf(named)];
}

/**
 * Dataset and header row from the header alone. Columns that many datasets share (名称, 住所, 緯度) weigh less than
 * columns only one dataset has (設置位置, 男性トイレ総数); the winner must be clearly ahead and map enough of the row.
 */
export function detectFromHeader(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): DatasetGuess | null {
  type Row = { at: number; filled: number; spread: ColumnSpread; scores: Array<{ d: number; dataset: Dataset; mapped: number; weight: number }> };
  let best: Row | null = null;
  let bestMapped = 0;
  for (const [at, cells] of records.entries()) {
    const spread = columnSpread(cells, datasets);
    const weights = weightsOf(spread);
    const scores = datasets.map((dataset, d) => ({ d, dataset, mapped: scoreHeader(cells, dataset).mapped, weight: weights[d] }));
    const top = Math.max(0, ...scores.map((s) => s.mapped));
    const filled = cells.filter((c) => c.trim() !== "").length;
    if (isHeaderLike(top, filled) && top > bestMapped) {
      bestMapped = top;
      best = { at, filled, spread, scores };
    }
  }
  if (!best) return null;
  const { at, scores, filled, spread } = best;
  const [first, ...rest] = [...scores].sort((a, b) => b.weight - a.weight || b.mapped - a.mapped);
  if (!first || first.mapped < 3 || first.mapped < filled * OWN_COLUMNS_SHARE
    || (first.mapped < filled * 0.3 && ownColumnsRead(records[at], first.dataset, datasets) < OWN_COLUMNS_TELL)) return null;
  // the runner-up is a list the header could be instead: one it holds the core of (a nursery list's 施設名, 定員, 対象年齢
  // read as an event list's 定員 and 対象年齢 have no イベント名: no event list is in doubt)
  const second = rest.find((s) => s.weight > 0 && hasItsCore(records, at, s.dataset));
  // close on the columns they share (名称, 住所, 緯度 …): the one that reads every column of the header and more than
  // the other (an AED list's 設置位置 and 電話番号, where a toilet list has 設置位置 only) is still clear, when a column
  // few lists have (設置位置) says it is one of them; a header of columns every list may have (名称, 施設種別, 所在地,
  // 電話番号, FAX, 開館時間, URL, 備考: a facility list) is not told by which list happens to name them all
  const readsAllAndMore = second !== undefined && first.mapped === filled && first.mapped > second.mapped
    && readsAnOwnColumn(spread, first.d);
  // close on the header, the rows may still tell: a 種別 of 認可保育所, 区立保育園 … under the header is a nursery list's
  const close = second !== undefined && first.weight - second.weight < 0.5 && !readsAllAndMore;
  const told = close ? [first, second].filter((s) => kindsUnderHeader(records, at, s.dataset)) : [first];
  if (told.length !== 1) return null;
  const chosen = told[0];
  if (!hasItsCore(records, at, chosen.dataset) || !toldByHeader(records[at], chosen.dataset)) return null;
  const other = chosen === first ? rest[0] : first;
  const next = other ? `; next ${other.dataset.id} ${other.mapped}` : "";
  return { at, dataset: chosen.dataset, mapped: chosen.mapped, filled, detail: `${chosen.mapped}/${filled} columns${next}${close ? "; kinds in rows" : ""}` };
}

/** Whether the rows under the header at `at` write, in the column the header gives a column of kinds that the dataset's
 *  values tell (Column.valueAliases: a nursery list's 種別, a hospital list's 医療機関の種類), one of those kinds in every
 *  filled cell (認可保育所, 区立保育園, 小規模保育事業A型). */
function kindsUnderHeader(records: ReadonlyArray<readonly string[]>, at: number, dataset: Dataset): boolean {
  const kinds = dataset.columns.filter((c) => Array.isArray(c.valueAliases?.values));
  if (kinds.length === 0) return false;
  const { plan } = mapHeaders(records[at], dataset);
  const rows = records.slice(at + 1);
  return kinds.some((column) => {
    const words = column.valueAliases?.values as readonly string[];
    const c = plan.keys.indexOf(column.key);
    if (c < 0) return false;
    const values = headValuesOf(plan, rows, c, (text) => words.some((w) => text.normalize("NFKC").trim().startsWith(w)));
    return values !== null && values.length > 0;
  });
}

/**
 * Dataset and header row when the header alone cannot tell (too few of its cells map: a table by single year has a
 * hundred age columns no standard column takes) but the title above it names one dataset (年齢別（各歳）町丁別人口) and
 * the header has that dataset's core columns: the header row the dataset reads best, among the datasets' closest (the
 * best fit, or one that reads the most columns: a nursery list's 施設種別 and FAX, which a facility list has too, under
 * 保育施設一覧).
 */
export function detectFromTitle(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[]): DatasetGuess | null {
  const near = closestDatasets(records, datasets, datasets.length);
  const most = Math.max(0, ...near.map((n) => n.mapped));
  for (const { dataset } of near.filter((n, i) => i === 0 || n.mapped === most)) {
    const found = locateHeader(records as string[][], dataset);
    if (found === null || !hasItsCore(records, found.at, dataset)) continue;
    const title = records.slice(0, found.at).map((cells) => cells.map((c) => c.trim()).filter((c) => c !== "").join(" ")).join(" ");
    if (datasetFromJapaneseName(title, datasets) === dataset) return { ...found, detail: `${found.mapped}/${found.filled} columns; title ${title}` };
  }
  return null;
}

/** A dataset a header reads part of, for the message of a file whose dataset could not be told. */
export interface NearDataset {
  dataset: Dataset;
  mapped: number;
  filled: number;
}

/**
 * The datasets whose columns the likeliest header row (the one that maps the most columns of any dataset) reads, best
 * fit first: at most `limit`, each reading at least two columns. What detectFromHeader declined is still a hint: 5 of
 * 9 columns as a toilet list tells the officer which --dataset to try. The best fit reads the most of the header's
 * columns few lists have (設置位置 …, ownWeight); among lists equal on those, a list of places of any kind
 * (Dataset.general) that reads two thirds of the header or more comes before one that reads more only by shared
 * columns (a facility list's 施設種別 and FAX are a nursery list's too); then the most by weight, then by count.
 */
export function closestDatasets(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[], limit = 2): NearDataset[] {
  let best: NearDataset[] = [];
  let bestCells: readonly string[] = [];
  let bestTop = 0;
  for (const cells of records) {
    const filled = cells.filter((c) => c.trim() !== "").length;
    const scores = datasets.map((dataset) => ({ dataset, mapped: scoreHeader(cells, dataset).mapped, filled }));
    const top = Math.max(0, ...scores.map((s) => s.mapped));
    if (top > bestTop) {
      bestTop = top;
      best = scores;
      bestCells = cells;
    }
  }
  if (best.length === 0) return [];
  const spread = columnSpread(bestCells, datasets);
  const weights = weightsOf(spread);
  const fit = best.map((near, d) => ({ near, own: ownWeight(spread, d), general: near.dataset.general === true && near.mapped * 3 >= near.filled * 2,
    weight: weights[d] }));
  return fit.filter((f) => f.near.mapped >= 2)
    .sort((a, b) => b.own - a.own || Number(b.general) - Number(a.general) || b.weight - a.weight || b.near.mapped - a.near.mapped)
    .slice(0, limit).map((f) => f.near);
}

/** Where an unknown_dataset issue points: the closest dataset (field) and what each candidate reads (value, Japanese
 *  / English), or the file name when no dataset reads two columns. */
export function unknownDatasetWhere(records: ReadonlyArray<readonly string[]>, datasets: readonly Dataset[], fileName: string): Partial<Where> {
  const near = closestDatasets(records, datasets);
  if (near.length === 0) return { value: fileName };
  const ja = near.map((n) => `${n.dataset.id}（${n.dataset.ja}、${n.filled}列中${n.mapped}列）`).join("、");
  const en = near.map((n) => `${n.dataset.id} (${n.dataset.en}, ${n.mapped} of ${n.filled} columns)`).join(", ");
  return { field: near[0].dataset.id, value: `${ja} / ${en}` };
}
