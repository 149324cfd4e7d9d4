// One header cell against one dataset: exact → alias → normalized (NFKC, no spaces or brackets) → a qualified header
// (`施設名（ふりがな）`, `名称英語表記`, `緯度（世界測地系）`) read through its base column → an English header as
// municipalities write it (`Office Name`, `Zip Code`: header-english.ts). Fuzzy matching needs the whole row
// (header-fuzzy.ts, headers.ts).
import { addressAfterPlace } from "./place-prefixed-header.ts";
import type { Column, Yielding } from "../schemas/column.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { isSsid, type Kind, kindOf, vocabularyOf } from "../schemas/types.ts";
import { englishHeaders } from "./header-english.ts";
import { iriLocalName } from "./header-iri.ts";
import { detached } from "./issue-log.ts";
import { boundOfHalfDay, boundOfQualifiers, halfDayOf, periodColumn, trailingPeriod } from "./header-period.ts";
import { boundOf } from "./normalize/column-bounds.ts";
import { plainWords } from "./normalize/text.ts";
import type { Bound } from "./normalize/times.ts";
import { namesTokyoDatum } from "./normalize/tokyo-datum.ts";
import type { MappingMethod } from "./report.ts";
import { REFERENCE_MARKS } from "./normalize/reference-marks.ts";

/** normalizeHeader's results: the head of a file is matched against all 15 datasets, each cell once per dataset.
 *  Bounded, for a server that reads many files. */
const NORMALIZED = new Map<string, string>();

/**
 * The form headers are compared in: NFKC (full/half-width, half-width kana), no whitespace or line breaks
 * (`備　　　考`), no brackets （）()【】[]「」, no `_ . ・ 、 ,` (so `料金.基本.` = `料金(基本)` = `料金_基本`), lower case.
 */
export function normalizeHeader(text: string): string {
  let normalized = NORMALIZED.get(text);
  if (normalized === undefined) {
    normalized = text.normalize("NFKC").toLowerCase()
      .replace(/[\s\u200b\ufeff]+/g, "")
      .replace(/[()[\]{}【】「」『』〔〕<>〈〉《》"'`]/g, "")
      .replace(/[_.・、,，。:：]/g, "")
      .replace(/[‐‑‒–—―−ｰ－~〜～]/g, "-");
    if (NORMALIZED.size >= 4096) NORMALIZED.clear();
    NORMALIZED.set(text, normalized);
  }
  return normalized;
}


export interface Lookup {
  exact: ReadonlyMap<string, { key: string; method: "exact" | "alias" }>;
  /** normalized header → key; null when two columns normalize to the same text (then never matched this way) */
  normalized: ReadonlyMap<string, string | null>;
  /** normalized fallback alias → the column it names when its first column is taken (Column.fallbackAliases) */
  fallback: ReadonlyMap<string, string>;
  /** normalized labelled alias → the text column that takes its values after its header (Column.labelledAliases) */
  labelled: ReadonlyMap<string, string>;
  /** normalized part alias → the count column it gives a part of (Column.partAliases) */
  parts: ReadonlyMap<string, string>;
  /** normalized yielding alias → how it gives way to a better header of its column (Column.yieldingAliases) */
  yielding: ReadonlyMap<string, Yielding>;
}

const LOOKUPS = new WeakMap<Dataset, Lookup>();

export function lookupOf(dataset: Dataset): Lookup {
  let lookup = LOOKUPS.get(dataset);
  if (!lookup) {
    const normalized = new Map<string, string | null>();
    for (const [text, { key }] of dataset.headerIndex) {
      const n = normalizeHeader(text);
      if (n === "") continue;
      const seen = normalized.get(n);
      normalized.set(n, seen === undefined || seen === key ? key : null);
    }
    const fallback = new Map<string, string>();
    for (const c of dataset.columns) for (const a of c.fallbackAliases ?? []) fallback.set(normalizeHeader(a), c.key);
    const labelled = new Map<string, string>();
    for (const c of dataset.columns) for (const a of [...(c.labelledAliases ?? []), ...(c.labelledFlags ?? [])]) labelled.set(normalizeHeader(a), c.key);
    const parts = new Map<string, string>();
    for (const c of dataset.columns) for (const a of c.partAliases ?? []) parts.set(normalizeHeader(a), c.key);
    const yielding = new Map<string, Yielding>();
    for (const c of dataset.columns) for (const y of c.yieldingAliases ?? []) for (const a of y.headers) yielding.set(normalizeHeader(a), y);
    lookup = { exact: dataset.headerIndex, normalized, fallback, labelled, parts, yielding };
    LOOKUPS.set(dataset, lookup);
  }
  return lookup;
}

export interface HeaderMatch {
  key: string;
  method: Exclude<MappingMethod, "none">;
  /** matched only once a bracketed qualifier was set aside (`設置位置（詳細）` → 設置位置): a header without one wins
   *  the column, and losing it is no duplicate (the qualifier says the column is something beside the standard's) */
  qualified?: boolean;
  /** what a qualified header's qualifier says of the column among others of the base: the main one (`電話番号（代表）`)
   *  or one beside it (`電話番号（夜間）`), so that of two such columns the main one wins whatever their order */
  standing?: "main" | "secondary";
  /** a coordinate whose qualifier says the Tokyo Datum (`緯度（日本測地系）`): taken, converted row by row, after any
   *  coordinate column of the standard's datum */
  tokyoDatum?: boolean;
  /** matched through a yielding alias (Column.yieldingAliases: 地区 for a 町丁's area, a food list's 施設名): another
   *  header of the column wins it, ranked by how this one gives way (headers.ts rankOf) */
  yielding?: Yielding;
}

/** exact or alias match of the whole header, also in normalized form. */
export function plainMatch(cell: string, lookup: Lookup): HeaderMatch | null {
  const hit = lookup.exact.get(cell) ?? lookup.exact.get(cell.trim());
  const n = normalizeHeader(cell);
  const key = hit ? hit.key : n ? lookup.normalized.get(n) : undefined;
  if (!key) return null;
  const yielding = lookup.yielding.size > 0 ? lookup.yielding.get(n) : undefined;
  // the standard's own header may yield too (a food list's 施設名称 beside 屋号): still an exact match of its column
  if (yielding !== undefined) return { key, method: hit?.key === key ? hit.method : "alias", yielding };
  return hit ?? { key, method: "alias" };
}

/** matchHeader's results, by dataset then cell: a file's head is matched cell by cell against every dataset, and the
 *  same cells again by header location, detection and scoring (an AED list: ~2,100 of its ~3,300 calls repeat one).
 *  A pure function of the cell and the immutable dataset; bounded, for a server that reads many files. */
const MATCHES = new WeakMap<Dataset, Map<string, HeaderMatch | null>>();
const MAX_MATCHES = 4096;

/** exact / alias / normalized match of one header cell (fuzzy matching needs the whole row: see mapHeaders). The
 *  result is shared by every call with the same cell: not to be changed. */
export function matchHeader(cell: string, dataset: Dataset): HeaderMatch | null {
  let known = MATCHES.get(dataset);
  if (known === undefined) MATCHES.set(dataset, (known = new Map()));
  let found = known.get(cell);
  if (found === undefined) {
    const lookup = lookupOf(dataset);
    found = plainMatch(cell, lookup) ?? qualifiedMatch(cell, dataset, lookup) ?? englishMatch(cell, dataset, lookup) ?? placedAddressMatch(cell, lookup)
      ?? iriMatch(cell, dataset, lookup) ?? instructedMatch(cell, lookup);
    if (known.size >= MAX_MATCHES) known.clear();
    // a copy of the key: a cell cut from the decoded text would keep that whole text alive
    known.set(detached(cell), found);
  }
  return found;
}

/** An address header after the place its addresses are in (`愛媛県松山市住所`): the address column, as the word alone is. */
function placedAddressMatch(cell: string, lookup: Lookup): HeaderMatch | null {
  const placed = addressAfterPlace(cell);
  const m = placed === null ? null : plainMatch(placed.word, lookup);
  return m !== null && m.key === "full_address" ? { key: m.key, method: "alias" } : null;
}

/** An English header as a municipality writes it (`Office Name`, `Zip Code`, `English Name`): the column of the
 *  standard's English name it means (header-english.ts). */
function englishMatch(cell: string, dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  for (const header of englishHeaders(cell, dataset.subjects_en)) {
    const m = plainMatch(header, lookup) ?? qualifiedMatch(header, dataset, lookup);
    if (m !== null) return { key: m.key, method: "alias" };
  }
  return null;
}

/** A template's instruction left after the standard's name (国立市's 人口 `調査年月日入力`, `名称を入力`, `住所記入欄`). */
const INSTRUCTION = /^(.+?)[_＿\s]*(?:を)?(?:入力|記入)(?:欄|してください)?$/;

/** A header with the template's instruction after the standard's name: the column the name is. */
function instructedMatch(cell: string, lookup: Lookup): HeaderMatch | null {
  const m = cell.length > HEADER_MAX ? null : INSTRUCTION.exec(cell.normalize("NFKC").trim());
  const base = m === null ? null : plainMatch(m[1], lookup);
  return base === null ? null : { key: base.key, method: "alias" };
}

/** A header written as a vocabulary term's IRI (`https://schema.org/name`, `…/wgs84_pos#lat`): the column its local
 *  name means, read as an English header (header-iri.ts). */
function iriMatch(cell: string, dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  const name = iriLocalName(cell);
  if (name === null) return null;
  const m = plainMatch(name, lookup) ?? englishMatch(name, dataset, lookup);
  return m === null ? null : { key: m.key, method: "alias" };
}

/** A bracketed part of a header: `（世界測地系）`, `(WGS84)`, `【必須】`, `[人]`. */
const ANNOTATION = /[(（【［[〔〈《<][^()（）【】［］[\]〔〕〈〉《》<>]*[)）】］\]〕〉》>]/g;
/** The same left open at the end of the header (`緯度（世界測地系`: the closing bracket forgotten). */
const UNCLOSED_ANNOTATION = /[(（【［[〔〈《<][^()（）【】［］[\]〔〕〈〉《》<>]*$/;
/** Qualifiers that make a header the reading or the English of its base column (`施設名（ふりがな）`, `名称（英語表記）`,
 *  `Name (English)`): compared in NFKC, lower case, without spaces. */
const READING = /^(?:ふりがな|フリガナ|よみがな|ヨミガナ|よみかた|読み方|読み仮名|読みがな|読み|よみ|ヨミ|かな|カナ|カタカナ|ひらがな|全角カナ|仮名|kana|furigana|yomi|reading)$/;
const ENGLISH = /^(?:英語|英字|英文|英名|英語名|英語名称|英語表記|英字表記|英文表記|ローマ字|ローマ字表記|english|romaji|en)$/;
/** Qualifiers that name another attribute of what the base names: a date, a model, a maker (compared as READING). */
const ATTRIBUTE = /^(?:有効期限|使用期限|期限|交換日|交換時期|交換予定日|更新日|点検日|設置日|設置年月日|年月日|日付|型式|型番|機種|メーカー|製造番号|製造元)$/;
/** Qualifiers that date the value before the file's own time (`人口（前月末）`, `世帯数（前年同月）`, `名称（旧）`): an earlier
 *  figure or name beside the current one, which it is not (compared as READING). */
const EARLIER = /^(?:前|先)(?:月|月末|月末日|月末現在|年|年末|年同月|年同期|年度|年度末|回|期|期末)$|^(?:昨年|昨年度|昨年末|旧)$/;
/** Qualifiers that make a figure of the base's, not the base: its share or rate (`男性（割合）` 48.0, `人口（構成比）`) or its
 *  change (`人口（増減）`, `世帯数（前月比）`), compared as READING. */
/** Qualifiers that say the column is the main one of its kind (`電話番号（代表）`) or one beside it, for some hours or
 *  some people only (`電話番号（夜間）`, `（休日）`, `（直通）`), compared as READING. */
const MAIN = /^(?:代表|主|主たる|メイン|本|本部|総合|窓口)$/;
const SECONDARY = /^(?:夜間|休日|休日夜間|夜間休日|時間外|緊急|緊急時|緊急用|非常時|直通|予備|副|サブ|携帯|担当|担当者|事務局|内線)$/;
const standingOf = (words: readonly string[]): HeaderMatch["standing"] =>
  words.some((w) => MAIN.test(w)) ? "main" : words.some((w) => SECONDARY.test(w)) ? "secondary" : undefined;
const DERIVED_FIGURE = /^(?:割合|構成比|構成割合|比率|率|%|パーセント|増減|増減数|増減率|前月比|前年比|対前月比|対前年比|前月差|前年差|指数|密度)$/;
/** A reading headed by the word alone (カナ, フリガナ, よみがな), with no column named: the reading of the column beside
 *  it (left-reading.ts, and split-header.ts for a header over two rows). */
const BARE_READING = /^(?:カナ|かな|ｶﾅ|フリガナ|ふりがな|ヨミガナ|よみがな|読み仮名)$/;
export const isBareReading = (cell: string): boolean => BARE_READING.test(plainWords(cell));
/** The same written after the base without brackets (`施設名ふりがな`, `施設名_よみ`, `名称英語表記`): Japanese words only,
 *  as a Latin suffix (`…en`) is too often part of a word; longest first (`よみがな` before `かな`). */
const TRAILING_QUALIFIERS = ["ふりがな", "フリガナ", "よみがな", "ヨミガナ", "読み仮名", "読みがな", "英語表記", "英字表記", "ローマ字", "よみ", "ヨミ", "読み",
  "かな", "カナ", "英語", "英字"] as const;
/** Longer text is a data cell, not a header: not searched for a trailing qualifier (the head of a file is matched
 *  against every dataset, cell by cell). */
const HEADER_MAX = 40;

function trailingQualifier(cell: string): { base: string; qualifiers: string[] } | null {
  if (cell.length > HEADER_MAX) return null;
  const text = cell.normalize("NFKC").trim();
  const word = TRAILING_QUALIFIERS.find((w) => text.length > w.length && text.endsWith(w));
  return word === undefined ? null : { base: text.slice(0, -word.length).replace(/[_＿・\s]+$/, ""), qualifiers: [word] };
}
/** The suffixes the standard gives a column's reading and English spelling (`名称_カナ`, `名称_英字` / `名称_英語`). */
const SIBLING_SUFFIXES = { reading: ["_カナ"], english: ["_英字", "_英語"] } as const;

/** A footnote's reference mark after a header (`名称※`, `設置位置 ※1`, `名称*1`, `名称 注1`, also on a line of its own)
 *  or before it (`＊名称`, `※名称`): marks only, never a letter or word of the header (注 only with its number). */
const TRAILING_MARK = new RegExp(`\\s*(?:[${REFERENCE_MARKS}]\\s*[0-9０-９]*|注\\s*[0-9０-９]+)\\s*$`);
const LEADING_MARK = new RegExp(`^\\s*[${REFERENCE_MARKS}][0-9０-９]*\\s*`);

/** The text without its reference marks, and the marks, as qualifiers (as `（注1）` is one). */
function withoutMarks(text: string, qualifiers: string[]): string {
  const leading = LEADING_MARK.exec(text);
  const afterLeading = leading === null ? text : text.slice(leading[0].length);
  const trailing = TRAILING_MARK.exec(afterLeading);
  const base = trailing === null ? afterLeading : afterLeading.slice(0, trailing.index);
  if (base.trim() === "") return text;
  for (const mark of [leading, trailing]) if (mark !== null) qualifiers.push(mark[0].trim());
  return base;
}

/**
 * The header without what its brackets or reference marks add (`緯度（世界測地系）` → `緯度`, `電話番号(代表)` →
 * `電話番号`, also with the closing bracket forgotten: `緯度（世界測地系`; `設置位置※1` → `設置位置`) and what they held, or
 * null when it has no such part, or nothing else. Tried only once the whole header matched nothing, so a standard name
 * with brackets (`料金（基本）`) still wins.
 */
export function withoutAnnotation(cell: string): { base: string; qualifiers: string[] } | null {
  const qualifiers = [...cell.matchAll(ANNOTATION)].map((m) => m[0].slice(1, -1));
  const bare = cell.replace(ANNOTATION, "");
  const open = UNCLOSED_ANNOTATION.exec(bare);
  if (open) qualifiers.push(open[0].slice(1));
  const base = withoutMarks(open ? bare.slice(0, open.index) : bare, qualifiers);
  // no brackets or marks: a reading or English word written straight after the base
  if (base === cell) return trailingQualifier(cell);
  return base.trim() === "" ? null : { base, qualifiers };
}

/**
 * A header matched by its base once its qualifier is set aside. A qualifier that names the reading or the English
 * spelling makes it that column of the base (`施設名（ふりがな）` → 名称_カナ), or nothing when the dataset has none (the
 * reading of an address is no address). A qualifier that names a part of what the dataset counts (`男（日本人）`) makes
 * it no column. A qualifier that names one end of a period (自/至, 開始/終了, 始期/終期) makes it that end's column of
 * the base's start/end pair (header-period.ts). Any other qualifier (`（世界測地系）`, `（代表）`, `（詳細）`) leaves the
 * base's column, marked as qualified.
 */
function qualifiedMatch(cell: string, dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  const split = withoutAnnotation(cell);
  const base = split === null ? null : plainMatch(split.base, lookup);
  if (split === null || base === null) return trailingPeriodMatch(cell, dataset, lookup) ?? (split === null ? null : namedInBrackets(split.qualifiers, dataset, lookup));
  const words = split.qualifiers.map((q) => plainWords(q).toLowerCase());
  // 男（日本人）: a part of what the column counts (the Japanese residents' men) is not the column
  const parts = dataset.breakdown?.parts;
  if (parts !== undefined && words.some((w) => parts.includes(w))) return null;
  // 小児用パッド（有効期限）: the qualifier names another thing about the base (its expiry date), not the base
  if (words.some((w) => ATTRIBUTE.test(w))) return null;
  // 人口（前月末）: last month's figure, beside this month's or alone, is not the file's
  if (words.some((w) => EARLIER.test(w))) return null;
  // 男性（割合）: a share of the men, never their number
  if (words.some((w) => DERIVED_FIGURE.test(w))) return null;
  // 有効期間（自）: one end of a period is the pair's column of that end, whichever end the base alone is read as
  const bound = boundOfQualifiers(words);
  if (bound !== undefined) return periodMatch(dataset, base.key, bound);
  // 診療時間（午後）: the afternoon's hours close the day, as 診療時間 over 午後 does
  const halfDay = words.length === 1 ? halfDayMatch(dataset, base.key, split.base, words[0]) : null;
  if (halfDay !== null) return halfDay;
  const kind = words.some((w) => READING.test(w)) ? "reading" : words.some((w) => ENGLISH.test(w)) ? "english" : null;
  if (kind === null) {
    const specific = specificInBrackets(base.key, split.qualifiers, dataset, lookup);
    if (specific !== null) return specific;
    const tokyoDatum = (base.key === "latitude" || base.key === "longitude") && split.qualifiers.some(namesTokyoDatum);
    if (tokyoDatum) return { key: base.key, method: "alias", qualified: true, tokyoDatum };
    const standing = standingOf(words);
    return standing === undefined ? { key: base.key, method: "alias", qualified: true } : { key: base.key, method: "alias", qualified: true, standing };
  }
  const column = dataset.columnByKey.get(base.key);
  for (const suffix of SIBLING_SUFFIXES[kind]) {
    const sibling = column ? plainMatch(`${column.ja}${suffix}`, lookup) : null;
    if (sibling && sibling.key !== base.key) return { key: sibling.key, method: "alias" };
  }
  return null;
}

/** Kinds of column whose name in brackets names the column: a count's bracket (`0～4歳（男）`, `年齢不詳（女）`) names a part
 *  of what it counts, never the column of that word. */
const NAMED_IN_BRACKETS: ReadonlySet<Kind> = new Set(["text", "code", "list", "url", "email", "phone", "postal_code", "corporate_number"]);

/** A header whose own words name no column and whose brackets hold a column's name (`ネットワーク名（SSID）`,
 *  `ホームページ（URL）`): the column the brackets name, marked as qualified so that a header of that name alone wins. */
function namedInBrackets(qualifiers: readonly string[], dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  if (qualifiers.length !== 1) return null;
  const named = plainMatch(qualifiers[0], lookup);
  const column = named === null ? undefined : dataset.columnByKey.get(named.key);
  if (named === null || column === undefined || !NAMED_IN_BRACKETS.has(kindOf(column.type))) return null;
  return { key: named.key, method: "alias", qualified: true };
}

/** Columns whose values have a shape of their own (an SSID, a URL, a phone number, a code), which a column of free
 *  words does not hold. */
const isShaped = (column: Column): boolean => isSsid(column.type) || (kindOf(column.type) !== "text" && NAMED_IN_BRACKETS.has(kindOf(column.type)));
const isFreeText = (column: Column): boolean => kindOf(column.type) === "text" && !isSsid(column.type) && vocabularyOf(column.type) === undefined;

/** A header whose words name a column of free words (`アクセスポイント名`, a name's alias) and whose brackets name a
 *  column of a shape of its own (`（SSID）`, `（URL）`): the brackets say what the cells hold, the words whose it is, so
 *  the bracketed column is the header's, marked as qualified so that a header of that name alone wins. */
function specificInBrackets(baseKey: string, qualifiers: readonly string[], dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  const base = dataset.columnByKey.get(baseKey);
  if (base === undefined || !isFreeText(base)) return null;
  const named = namedInBrackets(qualifiers, dataset, lookup);
  const column = named === null ? undefined : dataset.columnByKey.get(named.key);
  return column !== undefined && named?.key !== baseKey && isShaped(column) ? named : null;
}

function periodMatch(dataset: Dataset, key: string, bound: Bound): HeaderMatch | null {
  const column = periodColumn(dataset, key, bound);
  return column === null ? null : { key: column, method: "alias" };
}

/** Hours of reception (受付時間), which close before the hours themselves: their halves in one header row are not the
 *  day's opening and closing, and would displace a 診療時間 column beside them. */
const RECEPTION = /受付/;

/** The column a half of the day gives a header of hours (`診療時間（午前）`): that end of the hours' start/end pair, when
 *  the base is the pair's start (the whole hours) and not the hours of reception; else null. */
function halfDayMatch(dataset: Dataset, key: string, base: string, word: string): HeaderMatch | null {
  if (RECEPTION.test(base)) return null;
  const bound = boundOfHalfDay(base, word);
  return bound === undefined || boundOf(key) !== "start" ? null : periodMatch(dataset, key, bound);
}

/** `診療開始`, `利用終了`: an end of the hours whose header is the words before it with 時間 (診療時間, 利用時間), when the
 *  words with 日 name no column (an event's 開催開始 may be its first day) and the end is named without 日; not the hours
 *  of reception (受付開始), which close before the hours themselves. */
function hoursNamedBy(split: { base: string; qualifiers: string[] }, dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  if (!split.qualifiers.every((q) => q === "開始" || q === "終了") || RECEPTION.test(split.base) || plainMatch(`${split.base}日`, lookup) !== null) return null;
  const hours = plainMatch(`${split.base}時間`, lookup) ?? plainMatch(`${split.base}時刻`, lookup);
  const column = hours === null ? undefined : dataset.columnByKey.get(hours.key);
  return column !== undefined && kindOf(column.type) === "time" ? hours : null;
}

/** `有効期間終了日`, `許可期間_始期`: the end of a period written after its base without brackets; `午前診療時間`,
 *  `診療時間_午後`: a half of the day's hours written before or after them. */
function trailingPeriodMatch(cell: string, dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  if (cell.length > HEADER_MAX) return null;
  const text = cell.normalize("NFKC").trim();
  const split = trailingPeriod(text);
  const base = split === null ? null : plainMatch(split.base, lookup) ?? hoursNamedBy(split, dataset, lookup);
  const bound = split === null ? undefined : boundOfQualifiers(split.qualifiers);
  if (base !== null && bound !== undefined) return periodMatch(dataset, base.key, bound);
  const half = halfDayOf(text);
  const hours = half === null ? null : plainMatch(half.base, lookup);
  return half === null || hours === null ? null : halfDayMatch(dataset, hours.key, half.base, half.half);
}
