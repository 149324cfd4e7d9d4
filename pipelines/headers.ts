// Map headers: each source column → a canonical key of the dataset, exact → alias → normalized → fuzzy, every
// mapping reported with its method. Unmapped columns keep their values under `extra`; nothing is dropped.
import type { Column } from "../schemas/column.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { kinds } from "../schemas/types.ts";
import { type Issue, issue } from "./issues.ts";
import type { HeaderMapping, MappingMethod } from "./report.ts";
import { type DerivedColumn, derivedColumns } from "./derived-columns.ts";
import { plainWords } from "./normalize/text.ts";

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


interface Lookup {
  exact: ReadonlyMap<string, { key: string; method: "exact" | "alias" }>;
  /** normalized header → key; null when two columns normalize to the same text (then never matched this way) */
  normalized: ReadonlyMap<string, string | null>;
  /** normalized fallback alias → the column it names when its first column is taken (Column.fallbackAliases) */
  fallback: ReadonlyMap<string, string>;
  /** normalized labelled alias → the text column that takes its values after its header (Column.labelledAliases) */
  labelled: ReadonlyMap<string, string>;
  /** normalized part alias → the count column it gives a part of (Column.partAliases) */
  parts: ReadonlyMap<string, string>;
}

const LOOKUPS = new WeakMap<Dataset, Lookup>();

function lookupOf(dataset: Dataset): Lookup {
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
    for (const c of dataset.columns) for (const a of c.labelledAliases ?? []) labelled.set(normalizeHeader(a), c.key);
    const parts = new Map<string, string>();
    for (const c of dataset.columns) for (const a of c.partAliases ?? []) parts.set(normalizeHeader(a), c.key);
    lookup = { exact: dataset.headerIndex, normalized, fallback, labelled, parts };
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
}

/** exact or alias match of the whole header, also in normalized form. */
function plainMatch(cell: string, lookup: Lookup): HeaderMatch | null {
  const hit = lookup.exact.get(cell) ?? lookup.exact.get(cell.trim());
  if (hit) return hit;
  const n = normalizeHeader(cell);
  const key = n ? lookup.normalized.get(n) : undefined;
  return key ? { key, method: "alias" } : null;
}

/** exact / alias / normalized match of one header cell (fuzzy matching needs the whole row: see mapHeaders). */
export function matchHeader(cell: string, dataset: Dataset): HeaderMatch | null {
  const lookup = lookupOf(dataset);
  return plainMatch(cell, lookup) ?? qualifiedMatch(cell, dataset, lookup);
}

/** A bracketed part of a header: `（世界測地系）`, `(WGS84)`, `【必須】`, `[人]`. */
const ANNOTATION = /[(（【［[〔〈《<][^()（）【】［］[\]〔〕〈〉《》<>]*[)）】］\]〕〉》>]/g;
/** The same left open at the end of the header (`緯度（世界測地系`: the closing bracket forgotten). */
const UNCLOSED_ANNOTATION = /[(（【［[〔〈《<][^()（）【】［］[\]〔〕〈〉《》<>]*$/;
/** Coordinates in the old Tokyo datum are ~450 m off the standard's (JGD2011): such a column is not taken as one. */
const OTHER_DATUM = /日本測地系|旧測地系|tokyo/i;
/** Qualifiers that make a header the reading or the English of its base column (`施設名（ふりがな）`, `名称（英語表記）`,
 *  `Name (English)`): compared in NFKC, lower case, without spaces. */
const READING = /^(?:ふりがな|フリガナ|よみがな|ヨミガナ|よみかた|読み方|読み仮名|読みがな|読み|よみ|ヨミ|かな|カナ|カタカナ|ひらがな|全角カナ|仮名|kana|furigana|yomi|reading)$/;
const ENGLISH = /^(?:英語|英字|英文|英名|英語名|英語名称|英語表記|英字表記|英文表記|ローマ字|ローマ字表記|english|romaji|en)$/;
/** Qualifiers that name another attribute of what the base names: a date, a model, a maker (compared as READING). */
const ATTRIBUTE = /^(?:有効期限|使用期限|期限|交換日|交換時期|交換予定日|更新日|点検日|設置日|設置年月日|年月日|日付|型式|型番|機種|メーカー|製造番号|製造元)$/;
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

/**
 * The header without what its brackets add (`緯度（世界測地系）` → `緯度`, `電話番号(代表)` → `電話番号`, also with the
 * closing bracket forgotten: `緯度（世界測地系`) and what they held, or null when it has no such part, or nothing else,
 * or names another datum. Tried only once the whole header matched nothing, so a standard name with brackets
 * (`料金（基本）`) still wins.
 */
function withoutAnnotation(cell: string): { base: string; qualifiers: string[] } | null {
  if (OTHER_DATUM.test(cell)) return null;
  const qualifiers = [...cell.matchAll(ANNOTATION)].map((m) => m[0].slice(1, -1));
  const bare = cell.replace(ANNOTATION, "");
  const open = UNCLOSED_ANNOTATION.exec(bare);
  if (open) qualifiers.push(open[0].slice(1));
  const base = open ? bare.slice(0, open.index) : bare;
  // no brackets: a reading or English word written straight after the base
  if (base === cell) return trailingQualifier(cell);
  return base.trim() === "" ? null : { base, qualifiers };
}

/**
 * A header matched by its base once its qualifier is set aside. A qualifier that names the reading or the English
 * spelling makes it that column of the base (`施設名（ふりがな）` → 名称_カナ), or nothing when the dataset has none (the
 * reading of an address is no address). A qualifier that names a part of what the dataset counts (`男（日本人）`) makes
 * it no column. Any other qualifier (`（世界測地系）`, `（代表）`, `（詳細）`) leaves the base's column, marked as qualified.
 */
function qualifiedMatch(cell: string, dataset: Dataset, lookup: Lookup): HeaderMatch | null {
  const split = withoutAnnotation(cell);
  const base = split === null ? null : plainMatch(split.base, lookup);
  if (split === null || base === null) return null;
  const words = split.qualifiers.map((q) => plainWords(q).toLowerCase());
  // 男（日本人）: a part of what the column counts (the Japanese residents' men) is not the column
  const parts = dataset.breakdown?.parts;
  if (parts !== undefined && words.some((w) => parts.includes(w))) return null;
  // 小児用パッド（有効期限）: the qualifier names another thing about the base (its expiry date), not the base
  if (words.some((w) => ATTRIBUTE.test(w))) return null;
  const kind = words.some((w) => READING.test(w)) ? "reading" : words.some((w) => ENGLISH.test(w)) ? "english" : null;
  if (kind === null) return { key: base.key, method: "alias", qualified: true };
  const column = dataset.columnByKey.get(base.key);
  for (const suffix of SIBLING_SUFFIXES[kind]) {
    const sibling = column ? plainMatch(`${column.ja}${suffix}`, lookup) : null;
    if (sibling && sibling.key !== base.key) return { key: sibling.key, method: "alias" };
  }
  return null;
}

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice similarity of character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

const FUZZY_MIN = 0.8;
const FUZZY_MARGIN = 0.1;
const digitsOf = (s: string) => s.replace(/\D/g, "");
/**
 * Whether one header is the other with a word more (`バリアフリー` / `バリアフリー情報`, `男性トイレ` / `男性トイレ総数`):
 * bigram similarity is high for such pairs, but the missing word (情報, 有無, 数) makes them name different things, and
 * the values show it (a ○/× column read as a list of features: ["○"]). A misspelling differs by a character
 * (`利用可能日時特記事`). Fuzzy matching looks at the header only, before any row is read, so this rule stands in for
 * a check of the column's values against the target's type.
 */
const lacksAWord = (a: string, b: string) => Math.abs(a.length - b.length) > 1 && (a.includes(b) || b.includes(a));

/** The one standard header a misspelt header is close to, if it is clearly closer to it than to any other. */
export function fuzzyMatch(cell: string, dataset: Dataset, taken: ReadonlySet<string>): HeaderMatch | null {
  const n = normalizeHeader(cell);
  if (n.length < 3) return null;
  let best: { key: string; score: number } | null = null;
  let second = 0;
  for (const [text, key] of lookupOf(dataset).normalized) {
    if (key === null || digitsOf(text) !== digitsOf(n) || lacksAWord(n, text)) continue;
    const score = similarity(n, text);
    if (best && key === best.key) best.score = Math.max(best.score, score);
    else if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { key, score };
    } else second = Math.max(second, score);
  }
  if (!best || best.score < FUZZY_MIN || best.score - second < FUZZY_MARGIN || taken.has(best.key)) return null;
  return { key: best.key, method: "fuzzy" };
}

/** A prefix most header cells share (`ごみの分別方法_品目` …), stripped before matching when it is in the way. */
function commonPrefix(cells: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of cells) {
    const m = /^(.{2,}?)[_＿]/.exec(c.trim());
    if (m) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  const filled = cells.filter((c) => c.trim() !== "").length;
  for (const [prefix, n] of counts) if (n >= 3 && n >= filled / 2) return prefix;
  return null;
}

/** How a row of source cells maps onto a dataset: one entry per source column. */
export interface ColumnPlan {
  /** canonical key per source column, null when its values go to extra */
  keys: (string | null)[];
  /** the name each unmapped source column has in `extra` (the header, or column_N when blank or repeated) */
  extraNames: string[];
  /** source header texts, for the normalizer (old-format detection) */
  sourceHeaders: string[];
  /** required columns absent from the header */
  absentRequired: Column[];
  /** 1-based numbers of the columns whose header cell is blank (reported when they hold data) */
  blankColumns: number[];
  /** the file's column that holds both coordinates (coordinate-pair.ts): each row's cell there is cut in two, and
   *  `keys` and the other lists are of the row so cut */
  pairAt?: number;
  /** standard columns the file lacks, given by its other columns (derived-columns.ts) */
  derived: DerivedColumn[];
  /** most rows of the file's head have values past the header (columns it does not name): such a value is then no
   *  sign of a row shifted by a separator inside a value (shifted-row.ts) */
  valuesPastHeader?: boolean;
}

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

const RANK: Record<Exclude<MappingMethod, "none">, number> = { exact: 0, alias: 1, fuzzy: 3 };
/** A match through a qualified header ranks after a plain alias: `電話番号` wins the column over `電話番号（代表）`. */
const rankOf = (m: HeaderMatch) => (m.qualified ? 2 : RANK[m.method]);
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

/** A header's bracketed qualifiers, compared in NFKC without spaces. */
const qualifiersOf = (cell: string) => (withoutAnnotation(cell)?.qualifiers ?? []).map(plainWords);

/** A header whose qualifier names a part of what the dataset counts (`男（日本人）`, `男性用（大）`, `男性_大`): no
 *  column, not even by a loose match. */
function namesAPart(cell: string, dataset: Dataset): boolean {
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
}

/** Kinds of day hours are split by (開館時間 over 平日, 土日祝; 開館時間（日曜）): the first is the usual day. */
const WEEKDAY_WORDS = String.raw`平日|月[～~\-ー－]金(?:曜日?)?|月曜日?[～~\-ー－]金曜日?`;
export const DAY_KIND = new RegExp(String.raw`^(?:${WEEKDAY_WORDS}|土曜日?|日曜日?|土日|土日祝日?|土・日・祝日?|日祝日?|日・祝日?|日曜・?祝日|祝日|休日|土・?日曜日?)$`);
const WEEKDAYS = new RegExp(`^(?:${WEEKDAY_WORDS})$`);

/** `開館時間_土日祝`, `開館時間（日曜）`: the hours' header and the kind of day, or null. */
function hoursOfDay(cell: string): { base: string; day: string } | null {
  const text = cell.normalize("NFKC").trim();
  const m = /^(.+?)\s*(?:[_＿]\s*(.+)|\(\s*(.+?)\s*\))$/.exec(text);
  const day = m === null ? "" : plainWords(m[2] ?? m[3] ?? "");
  return m !== null && DAY_KIND.test(day) ? { base: m[1], day } : null;
}

/**
 * Columns of hours for another kind of day than the column the hours are read from (開館時間_土日祝 beside 開館時間,
 * 開館時間（平日）|（土日祝）): the standard has one start and end, so these go, after their header, into the text column
 * the hours overflow into (利用可能日時特記事項 `開館時間（土日祝）：9:00～17:00`), not into extra alone. With no plain
 * hours column, the weekday's (平日, 月～金) is the hours' column.
 */
function otherDaysHours(cells: readonly string[], matches: (HeaderMatch | null)[], owner: Map<string, number>, dataset: Dataset,
  lookup: Lookup): Array<{ at: number; key: string; label: string }> {
  const out: Array<{ at: number; key: string; label: string }> = [];
  cells.forEach((cell, i) => {
    const m = matches[i];
    if ((m !== null && owner.get(m.key) === i) || cell.trim() === "") return;
    const split = hoursOfDay(cell);
    const base = split === null ? null : plainMatch(split.base, lookup);
    const target = base === null ? undefined : dataset.columnByKey.get(base.key)?.overflow;
    if (split === null || base === null || target === undefined || !dataset.columnByKey.has(target)) return;
    const current = owner.get(base.key);
    if (current === undefined && WEEKDAYS.test(split.day)) {
      matches[i] = { key: base.key, method: "alias", qualified: true };
      owner.set(base.key, i);
      return;
    }
    out.push({ at: i, key: target, label: `${split.base}（${split.day}）` });
    matches[i] = { key: target, method: "alias" };
  });
  return out;
}

/** Unmatched columns whose header is a labelled alias of a column (Column.labelledAliases, 休館日), and hours of other
 *  days (otherDaysHours): one breakdown per text column they go into, its parts labelled by their headers, after the
 *  file's own column of that name when it has one. Marks them matched, so nothing else takes them. */
function labelledOf(cells: readonly string[], matches: (HeaderMatch | null)[], owner: Map<string, number>, dataset: Dataset,
  lookup: Lookup): Breakdown[] {
  const byKey = new Map<string, Breakdown>();
  const add = (at: number, key: string, label: string) => {
    let found = byKey.get(key);
    if (found === undefined) {
      const own = owner.get(key);
      found = own === undefined ? { key, parts: [], labels: [], labelledAliases: true } : { key, parts: [own], labels: [""], labelledAliases: true };
      byKey.set(key, found);
    }
    found.parts.push(at);
    found.labels.push(label);
  };
  for (const { at, key, label } of otherDaysHours(cells, matches, owner, dataset, lookup)) add(at, key, label);
  cells.forEach((cell, i) => {
    if (matches[i] !== null || cell.trim() === "") return;
    const key = lookup.labelled.get(normalizeHeader(cell));
    if (key === undefined) return;
    add(i, key, cell.trim());
    matches[i] = { key, method: "alias" };
  });
  return [...byKey.values()];
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


function breakdownsOf(cells: readonly string[], matches: readonly (HeaderMatch | null)[], owner: Map<string, number>, dataset: Dataset): Breakdown[] {
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

/** Columns headed as parts of a count column no header gives (一般病床数, 療養病床数 → 病床数, Column.partAliases): one
 *  breakdown per such column of two parts or more, which derived-columns.ts sums. Marks them matched. */
function partsOf(cells: readonly string[], matches: (HeaderMatch | null)[], owner: ReadonlyMap<string, number>, lookup: Lookup): Breakdown[] {
  if (lookup.parts.size === 0) return [];
  const byKey = new Map<string, number[]>();
  cells.forEach((cell, i) => {
    const key = matches[i] === null ? lookup.parts.get(normalizeHeader(cell)) : undefined;
    if (key === undefined || owner.has(key)) return;
    byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  const out: Breakdown[] = [];
  for (const [key, parts] of byKey) {
    if (parts.length < 2) continue;
    for (const i of parts) matches[i] = { key, method: "alias" };
    out.push({ key, parts, labels: parts.map((i) => cells[i].trim()) });
  }
  return out;
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

/** Maps a header row onto a dataset: the report's header entries, the column plan, and header-level issues. */
/** `hidden`: the file's hidden columns (a workbook's), which a visible column of the same field outranks. */
export function mapHeaders(cells: readonly string[], dataset: Dataset, hidden: ReadonlySet<number> = NONE_HIDDEN):
  { header: HeaderMapping[]; plan: ColumnPlan; issues: Issue[] } {
  const prefix = commonPrefix(cells);
  const matches: (HeaderMatch | null)[] = cells.map((cell) => {
    if (cell.trim() === "") return null;
    return matchHeader(cell, dataset) ?? (prefix && cell.trim().startsWith(prefix) ? matchHeader(cell.trim().slice(prefix.length), dataset) : null);
  });
  // one source column per key: a visible column before a hidden one (a stale copy kept out of sight), then the best
  // method wins, then the leftmost
  const owner = new Map<string, number>();
  const rankAt = (i: number) => (hidden.has(i) ? HIDDEN_RANK : 0) + rankOf(matches[i] as HeaderMatch);
  matches.forEach((m, i) => {
    if (!m) return;
    const current = owner.get(m.key);
    if (current === undefined || rankAt(i) < rankAt(current)) owner.set(m.key, i);
  });
  const otherReading = dropOtherReading(cells, matches, owner);
  assignFallbacks(cells, matches, owner, lookupOf(dataset), dataset);
  const breakdowns = [...breakdownsOf(cells, matches, owner, dataset), ...partsOf(cells, matches, owner, lookupOf(dataset)),
    ...labelledOf(cells, matches, owner, dataset, lookupOf(dataset))];
  const inBreakdown = new Set(breakdowns.flatMap((b) => b.parts));
  // a labelled text column keeps the file's own column of its name as its first part
  for (const b of breakdowns) if (!b.labelledAliases) owner.delete(b.of ?? b.key);
  // a breakdown's key is given by its parts: no other column takes it by a loose match
  const taken = new Set([...owner.keys(), ...breakdowns.flatMap((b) => [b.key, ...(b.of === undefined ? [] : [b.of])])]);
  cells.forEach((cell, i) => {
    if (matches[i] || cell.trim() === "" || namesAPart(cell, dataset) || i === otherReading) return;
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
    } else if (m && !mine && !inBreakdown.has(i)) {
      const first = owner.get(m.key) as number;
      const code = hidden.has(i) && !hidden.has(first) ? "hidden_column_duplicate" : m.qualified ? "qualified_header" : "duplicate_header";
      issues.push(issue(code, { field: cell, value: cells[first] }));
    } else if (!m) {
      issues.push(issue("unknown_header", { field: cell }));
    } else if (m.method === "fuzzy") {
      issues.push(issue("fuzzy_header", { field: cell, value: dataset.columnByKey.get(m.key)?.ja ?? m.key }));
    }
    // a second column of one name (備考, 備考) keeps that name in extra, numbered: 備考_2 (column_N is for cells with no
    // header of their own)
    for (let n = 2, own = name; usedNames.has(name); n++) name = `${own}_${n}`;
    usedNames.add(name);
    extraNames.push(name);
  });
  const derived = derivedColumns(dataset, { keys, sourceHeaders: [...cells] }, breakdowns);
  // a column read as part of a name (丁目 of 町名 | 丁目) is no unknown column: name_over_two_columns tells it; nor is a
  // column of several yes/no columns (洪水・高潮): column_combined tells it
  const subdivisions = new Set(derived.columns.flatMap((c) => (c.how === "subdivided" ? [cells[c.parts[1]]] : c.how === "combined" ? [cells[c.parts[0]]] : [])));
  for (let k = issues.length - 1; k >= 0; k--) if (issues[k].code === "unknown_header" && subdivisions.has(issues[k].field ?? "")) issues.splice(k, 1);
  issues.push(...derived.issues);
  const given = new Set(derived.columns.map((c) => c.key));
  const absentRequired = dataset.columns.filter((c) => c.requirement === "required" && !owner.has(c.key) && !given.has(c.key));
  return { header, plan: { keys, extraNames, sourceHeaders: [...cells], absentRequired, blankColumns: blank, derived: derived.columns }, issues };
}

/** The names the unmapped columns of a file have in each row's `extra`, in file order: fixed for the file (cells
 *  past the header, column_N, come on their own rows only). */
export function extraColumnsOf(plan: Pick<ColumnPlan, "keys" | "extraNames">): string[] {
  return plan.extraNames.filter((_, i) => plan.keys[i] === null);
}

/** How well a row reads as the header of a dataset: distinct keys it maps (no fuzzy matching) and filled cells. */
export function scoreHeader(cells: readonly string[], dataset: Dataset): { mapped: number; filled: number; keys: Set<string> } {
  const keys = new Set<string>();
  const lookup = lookupOf(dataset);
  const fallbacks: string[] = [];
  let filled = 0;
  for (const cell of cells) {
    if (cell.trim() === "") continue;
    filled++;
    const m = matchHeader(cell, dataset);
    // a labelled alias (休館日) names the column it goes into: it tells the dataset as much as any header
    const key = m?.key ?? lookup.labelled.get(normalizeHeader(cell)) ?? lookup.parts.get(normalizeHeader(cell));
    if (key !== undefined) keys.add(key);
    const fallback = m === null ? undefined : lookup.fallback.get(normalizeHeader(cell));
    if (fallback !== undefined) fallbacks.push(fallback);
  }
  // a header that names a column another header gives, or whose fallback no header gives, is that other column
  // (assignFallbacks): 事業者名 beside no other name is the name
  for (const key of fallbacks) keys.add(key);
  return { mapped: keys.size, filled, keys };
}
