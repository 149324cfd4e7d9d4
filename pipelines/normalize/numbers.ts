// Numbers: full-width digits, thousands separators, a trailing unit (810人), ▲ negatives and Excel exponent notation.
import type { Issue } from "../issues.ts";
import { type At, type Fixed, problem, problemAt } from "./fixed.ts";
import { SUBSET_WORD, withoutNotes } from "./notes.ts";
import { yesNoOf } from "./yes-no.ts";
import { cleanCell, MAX_TYPED_LENGTH, plainWords, saysNone, toHalfWidthAscii } from "./text.ts";
import type { CountParts } from "../../schemas/column.ts";
import type { OtherDatum, WholeWords } from "../../schemas/types.ts";

const NO_PARTS: CountParts = {};

const NUMBER = /^([+-]?)(\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d{1,3}))?(.*)$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
/** A minus, as a sign (▲ and △ as accounts print it) or the word (標高 `マイナス1.0m`). */
const NEGATIVE = /^(?:[−‐‑–—ー▲△]|マイナス)/;
const DIGITS_APART = /\d\s+\d/;
/** An amount written as "free" is 0, also with the fee it names before it (参加費無料, 入場無料, 受講料：無料, 料金は無料). */
const FREE = /^(?:(?:参加|入場|入館|入園|観覧|受講|利用|見学|拝観|聴講|鑑賞|施設利用)(?:費|料金?)?|料金|費用)?\s*[:：は]?\s*(?:無料|無償)$/;
/** Units that only name what is counted or measured: stripping them never changes the number's meaning. 以上/程度 are
 *  not (約 in front is read, with a warning: ABOUT). */
const UNITS = new Set([
  "人", "名", "台", "件", "床", "箇所", "か所", "カ所", "ヶ所", "ケ所", "ヵ所", "個所", "基", "個", "戸", "世帯", "歳", "才", "冊", "枚",
  "回", "本", "室", "席", "区画", "棟", "階", "組", "頭", "匹", "軒", "店", "校", "園", "施設", "円", "人分",
  // how cultural property lists count their items (員数)
  "躯", "体", "幅", "巻", "面", "口", "点", "通", "領", "具", "張", "双", "対", "着", "挺", "振", "隻", "株", "帖", "葉", "編", "柱",
  // a 史跡's places (1所, 2所: 所 alone counts places as 箇所 does)
  "所",
  "m", "m2", "km", "cm", "mm", "kg", "g", "t", "ha", "%", "平方メートル", "平米", "メートル", "キロメートル", "トン",
]);

/** About (約45m, およそ100人): the number is read, and said to be a round figure. */
const ABOUT = /^(?:約|およそ|おおよそ|概ね|おおむね)\s*/;

/** About, written after the number and its unit (50人程度, 100名くらい, 30人前後): read as 約 before it is. */
const ABOUT_AFTER = /\s*(?:程度|くらい|ぐらい|前後|ほど)$/;
/** None said with what is counted, by its counter word (病床数 `無床`, `病床なし`, `床なし`; `台なし`): in a count of
 *  things, 0 as なし alone is. */
const NONE_OF_THING = /^無(?:床|台|基|個|室|席)$|^[^\d\s]{0,3}(?:床|台|基|個|室|席)\s*(?:なし|無し|ナシ)$/;
/** A cross (×, ✕, ✖): in a count of things (a toilet list's 多目的トイレ of ○ / ×), there is none. */
const CROSS = /^[×✕✖]$/;
/** First come or by lot (先着100名, 先着順30名, 抽選30名), also after how one applies (申込先着30人, 当日先着 220人, as 高松市's
 *  event list writes them): how a capacity is filled, a note before its number. */
const FIRST_COME = /^(?:(?:事前)?(?:申込み?|申し込み)|当日|予約)?\s*(?:先着順?|抽選)で?\s*/;
/** No limit (定員なし, 制限なし, 無制限), in a column of capacities: no number. */
const NO_LIMIT = /^(?:定員|人数)?(?:の?制限)?(?:なし|無し|無|ナシ)$|^無制限$/;

/** Yes with how many in brackets or after a colon (多目的トイレ `有（1）`, `あり（2基）`, `〇(1)`, `有：2`, a clinic's 病床数
 *  `有床（10床）`), in NFKC: the count
 *  (group 1) in a count of things, the yes saying no more than a count of one or more does. Only units that count
 *  things: `有（2階）` says where, not how many. */
const YES_WITH_COUNT = /^(?:有床|有り?|あり|○|〇|◯|●)\s*(?:\(\s*(\d+)\s*(?:基|台|箇所|か所|カ所|ヶ所|ケ所|ヵ所|個所|室|個|床|つ)?\s*\)|[:：]\s*(\d+)\s*(?:基|台|箇所|か所|カ所|ヶ所|ケ所|ヵ所|個所|室|個|床|つ)?)$/;

/** A size mark written before the number (φ150). */
const LEADING_UNIT = /^[φΦøØ]/;
/** A yen sign before an amount (¥500, ￥1,000): a unit like 円 after it. */
const YEN = /^[¥￥]/;
/** Digits over 万 (`3万人`, `約1.5万人`, `1万2000円`: an event's crowd, a fee), up to four places after the point so the
 *  count stays whole, and a whole number of 万 before the digits under it; not before more digits (3万5 千人 stays). */
const TEN_THOUSANDS = /^(\d+(?:\.\d{1,4})?)万(?:(?<=^\d+万)(\d{1,4})(?!\d))?(?![\d.])/;

interface NumberOptions {
  integer?: boolean;
  units?: ReadonlySet<string>;
  /** the units of what the column counts (people): a count in another of UNITS (20組) is none of its values */
  countUnits?: ReadonlySet<string>;
  /** a quantity of another kind in the column's cells, told by its units (口径 `40t`: 容量), no value of the column */
  other?: { name: string; units: ReadonlySet<string> };
  /** `なし` (or a cross, `×`) says there is none of what the column counts (a toilet's seats): 0 */
  noneIsZero?: boolean;
  /** `0` says the thing has none of what the column measures (a tank's 口径): no value, said as zero_as_none */
  zeroIsNone?: boolean;
  /** the labels a cell gives the column's parts by, each with the kinds it counts (Column.countParts) */
  parts?: CountParts;
  /** `なし` (定員なし) says there is no limit to what the column counts (a capacity): no number, said as no_limit */
  noneIsNoLimit?: boolean;
  /** words around the number that say what it is (口径 `双口150`, `100×2`): the number read, with number_with_note;
   *  `labels` before it only name it (口径 `呼び径150`): taken off, said as number_label_removed */
  aside?: { before: readonly string[]; after?: RegExp; labels?: readonly string[]; below?: readonly string[] };
  /** words that name the count's whole among other figures of the cell (登録29名（通い18名…）, 2ユニット18名) */
  whole?: WholeWords;
  /** units of the column's quantity other than its own, each with its size in the column's unit (口径 `7.5cm`: 75) */
  scaled?: Readonly<Record<string, number>>;
  /** nominal sizes in inches with the column's size for each (口径 `6インチ`: 150) */
  inches?: Readonly<Record<string, number>>;
  /** the datums a height may be given from that are not the column's (A.P.+3.2m): no value, said as height_other_datum */
  otherDatums?: readonly OtherDatum[];
  /** the column's values stay under a thousand (口径): a comma between digits parts two values, no thousands */
  underThousand?: boolean;
}

/** A number as written by people or Excel; null + `unparseable_number` (warning) when it is none. `units`: the only
 *  units the column takes, before (φ150) or after (150mm) the number. A number with a note in brackets or after ※
 *  (`60名（うち0歳児6名）`, `20（空床型）`) is read without it, with `number_with_note`; the record keeps the whole cell
 *  in a text column (record.ts). */
export function normalizeNumber(raw: string, at: At, options: NumberOptions = {}): Fixed<number | null> {
  const read = readNumber(raw, at, options);
  if (read.value !== null || read.issues.at(-1)?.code !== "unparseable_number") return read;
  if (options.units === undefined) {
    const counted = kanjiCount(raw, at, options.countUnits) ?? (options.integer ? summedParts(raw, at, options.parts) : null);
    if (counted !== null) return { value: counted.value, issues: [...read.issues.slice(0, -1), ...counted.issues] };
  }
  const converted = convertedSize(raw, at, options);
  if (converted !== null) return { value: converted.value, issues: [...read.issues.slice(0, -1), ...converted.issues] };
  const datum = options.otherDatums === undefined ? null : otherDatumOf(raw, at, options);
  if (datum !== null) return { value: null, issues: [...read.issues.slice(0, -1), datum] };
  const counted = options.noneIsZero ? countAfterYes(raw, at) : null;
  if (counted !== null) return { value: counted.value, issues: [...read.issues.slice(0, -1), ...counted.issues] };
  const worded = belowNumber(raw, at, options) ?? wordedNumber(raw, at, options) ?? asideNumber(raw, at, options) ?? timesGroups(raw, at, options.whole)
    ?? wholeNumber(raw, at, options.whole, options.parts);
  if (worded !== null) return { value: worded.value, issues: [...read.issues.slice(0, -1), ...worded.issues] };
  const core = withoutNotes(raw.normalize("NFKC").trim());
  if (core === null) return rangeOf(raw, at, options) ?? listedNumbers(raw, at, options) ?? read;
  const noted = notedNumber(core, raw, at, options);
  // 20組（先着順）: a count of something else with its note is still one, said so rather than as unreadable
  if (noted.value === null) return isOtherCount(noted) ? otherCount(read.issues.slice(0, -1), at, raw) : notedRangeOf(core, raw, at, options) ?? listedNumbers(raw, at, options) ?? read;
  const differs = (options.whole?.kindsAreAll ? noteDiffersFromWhole(core, raw, noted.value, at, options.parts) : null)
    ?? (options.integer ? noteExceedsWhole(core, raw, noted.value, at, options.parts) : null);
  if (differs !== null) return { value: null, issues: [...read.issues.slice(0, -1), differs] };
  // the unit goes with the note: the whole cell is kept, and a unit column must not take `名（うち0歳児6名）`
  // a note read inside the core (`各20名` of `各20名（先着）`) is the same note: said once, below
  const issues = noted.issues.filter((i) => i.code !== "unit_stripped" && i.code !== "full_width_converted" && i.code !== "number_with_note");
  return { value: noted.value, issues: [...read.issues.slice(0, -1), ...issues, problem("number_with_note", at, raw)] };
}

/** The number of a cell's part before its note, read as a cell of the column is when the plain reading fails (a count's
 *  labelled parts, 病床数 `一般50床（うち感染症4床）`; a label, `許可病床100床（稼働80床）`), its issues said of the part. */
function notedNumber(core: string, raw: string, at: At, options: NumberOptions): Fixed<number | null> {
  const plain = readNumber(core, at, options);
  if (plain.value !== null || plain.issues.at(-1)?.code !== "unparseable_number" || (options.parts === undefined && options.aside === undefined)) return plain;
  const read = normalizeNumber(core, at, options);
  return read.value === null ? plain : { value: read.value, issues: read.issues.map((i) => ofCell(i, at, raw)) };
}

/** whole_differs_from_parts for a number whose note gives the column's kinds that add up to another figure (病床数
 *  `199床（一般150 療養40）`: 190), as for `一般50 療養30 計90`, where the kinds are all the column counts
 *  (WholeWords.kindsAreAll); null when they add up, or the note gives fewer than two
 *  kinds (`100床（一般60）` may give one kind among the beds) or the number is itself of kinds. */
function noteDiffersFromWhole(core: string, raw: string, whole: number, at: At, parts: CountParts | undefined): Issue | null {
  if (parts === undefined || labelledCounts(core, parts).length > 0) return null;
  const note = noteBeside(core, raw);
  const counts = note === null ? [] : labelledCounts(note, parts);
  if (counts.length < 2) return null;
  const sum = counts.reduce((total, n) => total + n, 0);
  return sum === whole ? null : problemAt("whole_differs_from_parts", at.row, at.field, at.onlyCounts, raw, `${core}｜${sum}`);
}

/** The note of a cell `raw` beside its number's part `core` (NFKC), with its brackets or ※; null when core is neither
 *  end of the cell. */
function noteBeside(core: string, raw: string): string | null {
  const text = raw.normalize("NFKC").trim();
  return text.startsWith(core) ? text.slice(core.length) : text.endsWith(core) ? text.slice(0, -core.length) : null;
}

/** The subset's word leading a note, and a colon after it (`うち:洋式5`). */
const SUBSET_LEAD = new RegExp(`^${SUBSET_WORD}\\s*:?\\s*`);

/** whole_differs_from_parts for a count whose note gives parts that add up to more than it (定員 `12（0歳:3 1歳:8 2歳:8）`:
 *  19, a toilet's `3（洋式2・和式2）` or `4（うち洋式5）`): a note may leave parts out, or give some of them (うち), but never
 *  more than the whole; null when the note gives no parts (one age alone, words) or they fit. */
function noteExceedsWhole(core: string, raw: string, whole: number, at: At, parts: CountParts = NO_PARTS): Issue | null {
  const note = noteBeside(core, raw)?.trim().replace(/^(?:[(\[【〔]|※)\s*|\s*[)\]】〕]$/g, "").replace(SUBSET_LEAD, "");
  const read = note === undefined || note === "" ? null : summedBareParts(note, at, parts);
  if (read === null || read.value <= whole) return null;
  return problemAt("whole_differs_from_parts", at.row, at.field, at.onlyCounts, raw, `${core}｜${read.value}`);
}

/** A size in another unit than the column's (口径 `7.5cm`, `φ7.5cm`, `0.15m`: 75, 150; unit_converted, info) or a
 *  nominal size in inches (`6インチ`, `6B`: 150, the JIS size in millimetres; size_from_inches, warning, as an inch
 *  size the table does not hold is none); null when the cell is neither. */
const SIZE_IN_UNIT = /^[φΦøØ]?\s*(\d+(?:\.\d+)?)\s*(\D+?)$/;
const INCH_UNITS = new Set(["インチ", "inch", "in", "\"", "b"]);
function convertedSize(raw: string, at: At, { scaled, inches }: NumberOptions): Fixed<number | null> | null {
  if (scaled === undefined && inches === undefined) return null;
  const m = SIZE_IN_UNIT.exec(raw.normalize("NFKC").trim());
  if (m === null) return null;
  const unit = m[2].trim().toLowerCase();
  if (scaled !== undefined && Object.hasOwn(scaled, unit)) {
    const value = Math.round(Number(m[1]) * scaled[unit] * 1000) / 1000;
    return { value, issues: [problemAt("unit_converted", at.row, at.field, at.onlyCounts, raw, String(value))] };
  }
  if (inches === undefined || !INCH_UNITS.has(unit)) return null;
  const size = Object.hasOwn(inches, String(Number(m[1]))) ? inches[String(Number(m[1]))] : undefined;
  if (size === undefined) return { value: null, issues: [problem("unparseable_number", at, raw)] };
  return { value: size, issues: [problemAt("size_from_inches", at.row, at.field, at.onlyCounts, raw, String(size))] };
}

/** A height given from another datum than the column's (`A.P.+3.2m`), said as height_other_datum with the datum's name
 *  and how far below the column's it lies; null when the cell starts with no such datum or the rest is no number. */
function otherDatumOf(raw: string, at: At, { otherDatums, ...options }: NumberOptions): Issue | null {
  const nfkc = raw.normalize("NFKC").trim();
  for (const datum of otherDatums ?? []) {
    const label = datum.labels.find((w) => nfkc.startsWith(w));
    // the datum after the number (3.0(A.P.), 3.0m A.P.): no note to leave aside, but the height's datum still
    const after = label === undefined ? datumAfterPatternOf(datum).exec(nfkc) : null;
    if (label === undefined && after === null) continue;
    const core = label === undefined ? nfkc.slice(0, after!.index) : nfkc.slice(label.length).replace(/^\s*[:：]?\s*/, "");
    const read = readNumber(core, at, options);
    return read.value === null ? null : problemAt("height_other_datum", at.row, at.field, at.onlyCounts, raw, `${datum.name}｜${datum.below}`);
  }
  return null;
}

const datumAfterPatterns = new WeakMap<OtherDatum, RegExp>();
/** A datum's name ending the cell, after a space or in brackets (NFKC): `3.0 A.P.`, `3.0m(A.P.)`, `3.0(荒川工事基準面)`. */
function datumAfterPatternOf(datum: OtherDatum): RegExp {
  let pattern = datumAfterPatterns.get(datum);
  if (pattern === undefined) {
    const name = escaped(datum.labels);
    datumAfterPatterns.set(datum, (pattern = new RegExp(`(?:\\s*\\(\\s*(?:${name})\\s*\\)|\\s+(?:${name}))$`)));
  }
  return pattern;
}

/** The count after a yes in a count of things (`有（1）`: 1), said as count_after_yes; null when the cell is no such. */
function countAfterYes(raw: string, at: At): Fixed<number> | null {
  const m = YES_WITH_COUNT.exec(raw.normalize("NFKC").trim());
  if (m === null) return null;
  const count = Number(m[1] ?? m[2]);
  return { value: count, issues: [problemAt("count_after_yes", at.row, at.field, at.onlyCounts, raw, String(count))] };
}

/** Whether a reading found a count of something other than the column counts (20組). */
const isOtherCount = (read: Fixed<number | null>) => read.issues.at(-1)?.code === "count_in_other_unit";

/** A number with a word that is no part of it: about after it (`50人程度`, approximate_number, as `約50人`), or, in a
 *  count of people, first come before it (`先着100名`, number_with_note, as `100名（先着順）`); the record keeps the
 *  whole cell in a text column. null when the cell has no such word or the rest is no number; a count of something
 *  else (`先着20組`) is none, said as count_in_other_unit. */
function wordedNumber(raw: string, at: At, options: NumberOptions): Fixed<number | null> | null {
  const nfkc = raw.normalize("NFKC").trim();
  const about = ABOUT_AFTER.test(nfkc);
  const firstCome = options.countUnits !== undefined && FIRST_COME.test(nfkc);
  if (!about && !firstCome) return null;
  const core = about ? nfkc.replace(ABOUT_AFTER, "") : nfkc.replace(FIRST_COME, "");
  const read = readNumber(core, at, options);
  if (read.value === null) return isOtherCount(read) ? otherCount([], at, raw) : null;
  return readInPart(read.value, read.issues, at, raw, about ? "approximate_number" : "number_with_note");
}

/** A number read from part of the cell `raw`: the repairs of the number itself said of the cell as written (its
 *  full-width digits aside: the part was NFKC already), then `code`, what the rest of the cell was. */
function readInPart(value: number, issues: readonly Issue[], at: At, raw: string, code: "approximate_number" | "number_with_note"): Fixed<number> {
  const repairs = issues.filter((i) => i.code !== "full_width_converted").map((i) => problem(i.code, at, raw));
  return { value, issues: [...repairs, problem(code, at, raw)] };
}

/** A number between words that say what it is (options.aside): `双口 φ100`, `100×2`, a capacity `各回20名`, or after
 *  a word that only names it (`呼び径150`); null when the cell has none of them or the rest reads no better than the
 *  cell. */
function asideNumber(raw: string, at: At, { aside, ...options }: NumberOptions): Fixed<number | null> | null {
  if (aside === undefined) return null;
  const nfkc = raw.normalize("NFKC").trim();
  const label = aside.labels?.find((w) => nfkc.startsWith(w));
  const named = label === undefined ? nfkc : nfkc.slice(label.length).replace(/^\s*[:：]?\s*/, "");
  const before = aside.before.find((w) => named.startsWith(w));
  let core = (before === undefined ? named : named.slice(before.length)).replace(/^\s*[:：]?\s*/, "");
  if (aside.after !== undefined) core = core.replace(aside.after, "");
  if (core === nfkc || core === "") return null;
  if (core === named && label !== undefined) return labelledNumber(core, label, raw, at, options);
  const worded = wordedNumber(core, at, options);
  if (worded !== null) return { value: worded.value, issues: worded.issues.map((i) => problem(i.code, at, raw)) };
  const read = readNumber(core, at, options);
  // 各15組: a count of something else, said so rather than as unreadable
  if (read.value === null) return read.issues.at(-1)?.code === "unparseable_number" ? null : { value: null, issues: read.issues.map((i) => ofCell(i, at, raw)) };
  return readInPart(read.value, read.issues, at, raw, "number_with_note");
}

/** A number said to lie below the column's zero by a word before it or in brackets after it (options.aside.below: 標高
 *  `海面下1.0m`, `1.0m（海面下）`): the number negated, said as below_zero_in_words; null when the cell has no such word, the
 *  rest is no number, or it has a sign already (海面下-1.0: which is meant the cell does not say). */
function belowNumber(raw: string, at: At, { aside, ...options }: NumberOptions): Fixed<number | null> | null {
  if (aside?.below === undefined) return null;
  const m = belowPatternOf(aside.below).exec(raw.normalize("NFKC").trim());
  if (m === null) return null;
  const core = m[1] ?? m[2];
  if (NEGATIVE.test(core) || /^[-+]/.test(core)) return null;
  const read = readNumber(core, at, options);
  if (read.value === null) return null;
  const value = read.value === 0 ? 0 : -read.value;
  const repairs = read.issues.filter((i) => i.code !== "full_width_converted").map((i) => ofCell(i, at, raw));
  return { value, issues: [...repairs, problemAt("below_zero_in_words", at.row, at.field, at.onlyCounts, raw, String(value))] };
}

const belowPatterns = new WeakMap<readonly string[], RegExp>();
/** A below-zero word before the number or in brackets after it (NFKC): the rest is group 1 or 2. */
function belowPatternOf(below: readonly string[]): RegExp {
  let pattern = belowPatterns.get(below);
  if (pattern === undefined) {
    const words = escaped(below);
    belowPatterns.set(below, (pattern = new RegExp(`^(?:${words})\\s*[:：]?\\s*(.+)$|^(.+?)\\s*[(\\[](?:${words})[)\\]]$`)));
  }
  return pattern;
}

/** Two numbers with a range's mark between (標高 `2.5m～3.0m`, `2.5-3.0`, 定員 `20～30名`): no one value, said as
 *  number_range with both ends, the cell kept; null when the cell is no such. Neither end is taken: the column gives one
 *  figure, and which end (or a point between) the file means, it does not say. */
const RANGE = /^(.*\d.*?)\s*(?:~|〜|-|‐|―|－)\s*(\d.*)$/;
function rangeOf(raw: string, at: At, options: NumberOptions): Fixed<null> | null {
  const m = RANGE.exec(raw.normalize("NFKC").trim());
  // 03-1234: digits after a 0 are a code's or a phone number's, no range's end
  if (m === null || /^0\d/.test(m[1]) || /^0\d/.test(m[2])) return null;
  const from = readNumber(m[1], at, options).value;
  const to = readNumber(m[2], at, options).value;
  if (from === null || to === null || from >= to) return null;
  return { value: null, issues: [problemAt("number_range", at.row, at.field, at.onlyCounts, raw, `${m[1]}～${m[2]}`)] };
}

/** What parts numbers listed in one cell (口径 `75・100`, `75/100`, `75、100`, `75 100`, `75及び100`). */
const LIST_MARK = /\s*(?:[・/、,;&]|及び|および|又は|または|と)\s*|\s+/;
/** Numbers listed in one cell of a column of values under a thousand, which gives one (口径 `75・100`, `75,100`: two
 *  sizes; with notes, `75（単口） 100（双口）`): no value, said as several_numbers with the numbers, the cell kept; null when the cell is no such. Taking one
 *  would publish a value the file did not choose. Elsewhere a space or comma may group digits (`1 234`). */
function listedNumbers(raw: string, at: At, options: NumberOptions): Fixed<null> | null {
  if (!options.underThousand) return null;
  const text = raw.normalize("NFKC").trim();
  const parts = (withoutNotes(text) ?? text).split(LIST_MARK);
  if (parts.length < 2 || parts.some((part) => readNumber(part, at, options).value === null)) return null;
  return { value: null, issues: [problemAt("several_numbers", at.row, at.field, at.onlyCounts, raw, parts.join("、"))] };
}

/** A range with a note beside it (`20～30床（予定）`, `1.5～2.0m（地盤面）`): said as number_range of the cell as written, with
 *  the range's ends; null when the part before the note is no range. */
function notedRangeOf(core: string, raw: string, at: At, options: NumberOptions): Fixed<null> | null {
  const range = rangeOf(core, at, options);
  return range === null ? null : { value: null, issues: range.issues.map((i) => ofCell(i, at, raw)) };
}

/** An issue of part of the cell said of the cell `raw` as written, with its detail (other_quantity's 容量). */
const ofCell = (found: Issue, at: At, raw: string): Issue => problemAt(found.code, at.row, at.field, at.onlyCounts, raw, found.detail);

/** The number after a word that only names it (口径 `呼び径75`): read as if written alone, its repairs said of the cell,
 *  and the word taken off (number_label_removed, info), as a unit is; null when the rest is no number. The column's
 *  kinds after the word (病床数 `許可病床 一般50 療養30`) are read as without it: their sum. */
function labelledNumber(core: string, label: string, raw: string, at: At, options: NumberOptions): Fixed<number | null> | null {
  const plain = readNumber(core, at, options);
  const read = plain.value === null && options.integer ? summedParts(core, at, options.parts) ?? plain : plain;
  if (read.value === null && read.issues.at(-1)?.code === "unparseable_number") return null;
  const repairs = read.issues.filter((i) => i.code !== "full_width_converted").map((i) => ofCell(i, at, raw));
  if (read.value === null) return { value: null, issues: repairs };
  return { value: read.value, issues: [...repairs, problemAt("number_label_removed", at.row, at.field, at.onlyCounts, raw, label)] };
}

const escaped = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const wholePatterns = new WeakMap<WholeWords, RegExp>();
/** A labelled whole (`登録29名`, after the cell's start or a separator: not 小計) or one over groups (`2ユニット18名`), in
 *  NFKC text; the number is group 1 (labelled) or 2 (over groups). */
function wholePatternOf(words: WholeWords): RegExp {
  let pattern = wholePatterns.get(words);
  if (pattern === undefined) {
    const labelled = `(?:^|(?<=[\\s、,/・;(\\[【]))(?:${escaped(words.labels)})\\s*:?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)`;
    const grouped = `^(?:[^\\d\\s:：]{1,6}\\s*)?\\d+\\s*(?:${escaped(words.groups)})\\s*[、,・/(]?\\s*(?:(?:${escaped(words.labels)})\\s*:?\\s*)?(\\d+)`;
    wholePatterns.set(words, (pattern = new RegExp(`(?:${labelled}|${grouped})\\s*(?:名|人)?(?![\\d.])`, "g")));
  }
  return pattern;
}

/** The count a cell names its whole among other figures (`登録29名（通い18名、泊まり9名）`: 29, `通い15名・泊まり5名（計20名）`:
 *  20, `2ユニット18名`: 18), said as count_named_whole, the cell kept; null when no word names one, or two name
 *  different counts. */
function wholeNumber(raw: string, at: At, whole: WholeWords | undefined, parts?: CountParts): Fixed<number | null> | null {
  if (whole === undefined) return null;
  const text = raw.normalize("NFKC").trim();
  if (text.length > MAX_TYPED_LENGTH) return null;
  const found = [...text.matchAll(wholePatternOf(whole))];
  const counts = new Set(found.map((m) => Number((m[1] ?? m[2]).replaceAll(",", ""))));
  if (counts.size !== 1) return null;
  const partsSum = parts === undefined ? null : sumOfLabelledParts(text, parts);
  // 一般50 療養30 計90: the kinds and the whole disagree, and which is wrong the cell does not say
  if (partsSum !== null && partsSum !== [...counts][0]) {
    return { value: null, issues: [problemAt("whole_differs_from_parts", at.row, at.field, at.onlyCounts, raw, `${found[0][0].replace("(", "").trim()}｜${partsSum}`)] };
  }
  return { value: [...counts][0], issues: [problemAt("count_named_whole", at.row, at.field, at.onlyCounts, raw, found[0][0].replace("(", "").trim())] };
}

const timesPatterns = new WeakMap<readonly string[], RegExp>();
/** People per group times the groups, either way round (NFKC: `12名×2クラス`, `12人x2クラス`, `2クラス×12名`): the
 *  people per group are group 1 or 4, the groups 2 or 3. */
function timesPatternOf(groups: readonly string[]): RegExp {
  let pattern = timesPatterns.get(groups);
  if (pattern === undefined) {
    const names = escaped(groups);
    timesPatterns.set(groups, (pattern = new RegExp(`^(?:(\\d+)\\s*(?:名|人)\\s*[×xX✕*]\\s*(\\d+)\\s*(?:${names})|(\\d+)\\s*(?:${names})\\s*[×xX✕*]\\s*(\\d+)\\s*(?:名|人))$`)));
  }
  return pattern;
}

/** A count of people per group times the groups there are at once (定員 `12名×2クラス`, `9名×2ユニット`): their product,
 *  said as count_times_groups with both figures, the cell kept; null when the cell is no such (`20名×3回`, sessions one
 *  after another, and `12名×2`, of what the cell does not say, stay unread). */
function timesGroups(raw: string, at: At, whole: WholeWords | undefined): Fixed<number> | null {
  if (whole?.perGroup === undefined) return null;
  const text = raw.normalize("NFKC").trim();
  const m = text.length > 40 ? null : timesPatternOf(whole.perGroup).exec(text);
  if (m === null) return null;
  const [each, groups] = m[1] !== undefined ? [Number(m[1]), Number(m[2])] : [Number(m[4]), Number(m[3])];
  const value = each * groups;
  if (groups === 0 || !Number.isSafeInteger(value)) return null;
  return { value, issues: [problemAt("count_times_groups", at.row, at.field, at.onlyCounts, raw, `${each}×${groups}＝${value}`)] };
}

const partPatterns = new WeakMap<CountParts, RegExp>();
/** The sum of the counts a text gives the column's kinds by their labels (一般50、療養30: 80), not of those within
 *  another (うち感染症4); null when it gives none. */
function sumOfLabelledParts(text: string, parts: CountParts): number | null {
  const counts = labelledCounts(text, parts);
  return counts.length === 0 ? null : counts.reduce((sum, n) => sum + n, 0);
}

/** The counts a text gives the column's kinds by their labels (一般50、療養30: 50, 30), not those within another
 *  (うち感染症4). */
function labelledCounts(text: string, parts: CountParts): number[] {
  let pattern = partPatterns.get(parts);
  if (pattern === undefined) partPatterns.set(parts, (pattern = new RegExp(`(?<!うち\\s*)(?:${escaped(Object.keys(parts))})\\s*:?\\s*(\\d+)`, "g")));
  return [...text.matchAll(pattern)].map((m) => Number(m[1]));
}

function readNumber(raw: string, at: At, options: NumberOptions): Fixed<number | null> {
  const clean = cleanCell(raw, at);
  if (clean.value === null) return { value: null, issues: clean.issues };
  const issues: Issue[] = clean.issues;
  if (clean.value.length > MAX_TYPED_LENGTH) return { value: null, issues: [...issues, problem("unparseable_number", at, raw)] };
  if (clean.value.length <= 12 && FREE.test(clean.value)) return { value: 0, issues: [...issues, problem("free_of_charge", at, raw)] };
  if (options.noneIsZero && (saysNone(clean.value) || CROSS.test(clean.value) || (clean.value.length <= 8 && NONE_OF_THING.test(clean.value)))) {
    return { value: 0, issues: [...issues, problem("none_as_zero", at, raw)] };
  }
  // 多目的トイレ `有` / `○`: that there is one at least, not how many (a no, `なし` / `×`, is 0 above); a digit, also
  // full-width (`１`), is a count, though a yes/no column reads it as yes
  if (options.noneIsZero && clean.value.length <= 8 && yesNoOf(clean.value) === true && !/[\d０-９]/.test(clean.value)) {
    return { value: null, issues: [...issues, problem("yes_as_count", at, raw)] };
  }
  if (options.noneIsNoLimit && clean.value.length <= 8 && (saysNone(clean.value) || NO_LIMIT.test(clean.value))) {
    return { value: null, issues: [...issues, problem("no_limit", at, raw)] };
  }
  const half = toHalfWidthAscii(clean.value);
  // a space between digits parts two numbers (`5 6`, `1 234`): joining them would make up a third
  if (DIGITS_APART.test(half)) return { value: null, issues: [...issues, problem("unparseable_number", at, raw)] };
  let s = half.replace(/\s+/g, "").replace(NEGATIVE, "-");
  const about = ABOUT.test(s);
  if (about) s = s.replace(ABOUT, "").replace(NEGATIVE, "-");
  const lead = (options.units === undefined ? YEN : LEADING_UNIT).exec(s)?.[0] ?? null;
  if (lead !== null) s = s.slice(lead.length);
  // 標高 `海抜ゼロメートル`: zero as a word, before its unit
  const zeroWord = s.startsWith("ゼロ");
  if (zeroWord) s = `0${s.slice(2)}`;
  const tenThousands = TEN_THOUSANDS.exec(s);
  if (tenThousands !== null) s = `${Math.round(Number(tenThousands[1]) * 10000) + Number(tenThousands[2] ?? 0)}${s.slice(tenThousands[0].length)}`;
  const m = NUMBER.exec(s);
  const unit = m ? m[4].normalize("NFKC") : "";
  const grouped = m !== null && m[2].includes(",");
  if (!m || (unit !== "" && !(options.units ?? UNITS).has(unit)) || (grouped && (options.underThousand || !GROUPED.test(m[2])))) {
    // 口径 40t: a capacity, not a pipe's size; the issue names the quantity (detail), which 備考 labels the cell with
    if (m && lead === null && options.other?.units.has(unit.toLowerCase())) {
      return { value: null, issues: [...issues, problemAt("other_quantity", at.row, at.field, at.onlyCounts, raw, options.other.name)] };
    }
    return { value: null, issues: [...issues, problem("unparseable_number", at, raw)] };
  }
  if (unit !== "" && options.countUnits !== undefined && !options.countUnits.has(unit)) return otherCount(issues, at, raw);
  const n = Number(`${m[1]}${m[2].replaceAll(",", "")}${m[3] === undefined ? "" : `e${m[3]}`}`);
  if (!Number.isFinite(n) || (options.integer && Number.isInteger(n) && !Number.isSafeInteger(n))) {
    return { value: null, issues: [...issues, problem("unparseable_number", at, raw)] };
  }
  if (half !== clean.value) issues.push(problem("full_width_converted", at, raw));
  if (grouped) issues.push(problem("thousands_separator", at, raw));
  if (unit !== "" || lead !== null) issues.push(problem("unit_stripped", at, raw));
  if (m[3] !== undefined) issues.push(problem("exponent_notation", at, raw));
  if (about) issues.push(problem("approximate_number", at, raw));
  if (zeroWord) issues.push(problem("zero_in_words", at, raw));
  if (tenThousands !== null) issues.push(problemAt("ten_thousands_read", at.row, at.field, at.onlyCounts, raw, String(n)));
  // a count's (a care provider's 定員) is a capacity it has none of
  if (n === 0 && options.zeroIsNone) return { value: null, issues: [...issues, problem(options.countUnits === undefined ? "zero_as_none" : "zero_capacity_as_none", at, raw)] };
  return { value: n === 0 ? 0 : n, issues };
}

const KANJI_DIGITS: Readonly<Record<string, number>> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壱: 1, 弐: 2, 参: 3 };
const KANJI_POWERS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 千: 1000 };
/** A count in kanji numerals and its unit (`一幅`, `二躯`, `十二点`, `三千円`). */
const KANJI_COUNT = /^([〇一二三四五六七八九十拾百千万壱弐参]+)(\S+)$/;
const AGES: ReadonlySet<string> = new Set(["歳", "才"]);

/** The value of kanji numerals written as words (二十五, 三千五百, 一万二千): null for a run of digits (一二〇, which
 *  may be two figures) or powers out of order. */
export function kanjiValue(numerals: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastPower = Infinity;
  for (const ch of numerals) {
    const d = KANJI_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    if (ch === "万") {
      section += digit ?? 0;
      if (section === 0 || total > 0) return null;
      total = section * 10_000;
      [section, digit, lastPower] = [0, null, Infinity];
      continue;
    }
    const power = KANJI_POWERS[ch];
    if (power >= lastPower) return null;
    section += (digit ?? 1) * power;
    [digit, lastPower] = [null, power];
  }
  return total + section + (digit ?? 0);
}

/** A count written in kanji numerals with its unit (員数 `一幅`, 定員 `三十名`): read, and said (kanji_numeral), with the
 *  unit as any other (unit_stripped, which a unit column takes: `幅`). Only with a unit that names what is counted:
 *  `一括` (a lot, not a count) and a bare `二` are no such count. */
function kanjiCount(raw: string, at: At, countUnits?: ReadonlySet<string>): Fixed<number | null> | null {
  const m = KANJI_COUNT.exec(plainWords(raw));
  // an age in kanji is most often a word or a name (千歳, 百歳体操), no count of items
  if (m === null || !UNITS.has(m[2]) || AGES.has(m[2])) return null;
  if (countUnits !== undefined && !countUnits.has(m[2])) return kanjiValue(m[1]) === null ? null : otherCount([], at, raw);
  const value = kanjiValue(m[1]);
  if (value === null) return null;
  return { value, issues: [problem("kanji_numeral", at, raw), problem("unit_stripped", at, raw)] };
}

/** A count of something other than the column counts (定員 `20組`): no value, said; the cell is kept as written. */
const otherCount = (issues: Issue[], at: At, raw: string): Fixed<number | null> =>
  ({ value: null, issues: [...issues, problem("count_in_other_unit", at, raw)] });

/** One part of a count given by its parts: a label, a colon or a times sign after it or not, a number (its thousands
 *  separated or not), the unit (`一般50床`, `療養 30床`, `一般1,153`, `一般：50床`, a toilet's `小×2`). */
const LABELLED_PART = /^([^\d\s:：×]+?)\s*[:：×]?\s*(\d{1,3}(?:,\d{3})+|\d+)\s*(\S*)$/;
/** What parts a cell: 、 , ／ / ・ ; + (`一般50＋療養30`) and a space (or a line break) before the next label (not before 各, for each:
 *  `3~5歳児 各20名`), also one of an age (4歳児). A comma between a digit and three more is the number's own
 *  (`一般1,000、療養153`). */
const PART_SEPARATORS = /\s*(?:[、，\/／・;；+]|(?<!\d),|,(?!\d{3}(?!\d)))\s*|(?<=\S)\s+(?=[^\d\s各]|\d+(?:\s*[~〜-]\s*\d+)?\s*歳)/;
/** Where a cell runs its parts together with nothing between them (男性用 `大2小4`, `一般50床療養30床`): before one of the
 *  column's labels with a number after it, right after a number (and its unit). Only the column's own labels part so: a
 *  word that is no label (`大人500円子ども300円`) still ends the reading. */
const gluedLabels = new WeakMap<CountParts, RegExp | null>();
function gluedLabelsOf(labels: CountParts): RegExp | null {
  if (gluedLabels.has(labels)) return gluedLabels.get(labels)!;
  const escape = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const names = Object.keys(labels);
  const pattern = names.length === 0 ? null : new RegExp(`(?<=\\d(?:${escape(UNITS)})?)(?=(?:${escape(names)})\\s*×?\\s*\\d)`);
  gluedLabels.set(labels, pattern);
  return pattern;
}

/** One part of a count by children's ages, the parts of a preschool's 定員: `3歳児35名`, `0~2歳児 20名`, `0歳:6人`,
 *  `5歳以上30名`, and a count for each age of a range, `3~5歳児各20名` (NFKC: ～ is ~). */
const AGE_PART = /^(\d+)(?:\s*[~〜-]\s*(\d+))?\s*歳(?:児)?(以上)?\s*[:]?\s*(各)?\s*(\d+)\s*(\S*)$/;
/** Units of a count of children by age: people, or none. */
const AGE_UNITS = new Set(["", "名", "人"]);

/** A count of children given by their ages (`3歳児35名、4歳児70名、5歳児70名`, `3~5歳児各20名`: 20 for each of 3, 4
 *  and 5): the sum when every part is an age or range of ages with its count in people, no two overlapping, and more
 *  than one part, or one for each age of a range; else null. */
function summedAges(parts: readonly string[]): number | null {
  const ages: Array<[number, number]> = [];
  let sum = 0;
  for (const part of parts) {
    const m = AGE_PART.exec(part);
    if (m === null || !AGE_UNITS.has(m[6])) return null;
    const from = Number(m[1]);
    const to = m[3] !== undefined ? Infinity : m[2] !== undefined ? Number(m[2]) : from;
    // 5歳以上各20名: each of ages without end
    if (to < from || (m[4] !== undefined && to === Infinity) || ages.some(([f, t]) => from <= t && f <= to)) return null;
    ages.push([from, to]);
    sum += Number(m[5]) * (m[4] === undefined ? 1 : to - from + 1);
  }
  return ages.length > 1 || (parts.some((part) => part.includes("各")) && ages[0][1] > ages[0][0]) ? sum : null;
}

/** A count given as labelled parts of one unit (病床数 `一般50床、療養30床`, 男性トイレ総数 `大1・小2`): the sum, said as
 *  read in part (number_parts_summed), so the cell is kept whole in 備考; each part with one of the column's labels
 *  (`labels`, of kinds that add up to it; other labels need not, 許可50床／稼働40床, 午前20名、午後20名), no two
 *  counting one kind (大1・洋式1); integers only (a measure's parts, 本館20m、別館30m, add up to nothing). One part alone
 *  (女性トイレ総数 `洋式3`) is the count of its one kind (number_of_one_kind), kept so too. Ages, in any count: two parts
 *  at least, or one that counts each age of a range (`3~5歳児各20名`). */
function summedParts(raw: string, at: At, labels: CountParts = NO_PARTS): Fixed<number> | null {
  return summedBareParts(raw, at, labels) ?? summedNotedParts(raw, at, labels);
}

/** A note in brackets within a count's cell (NFKC), as one of its parts carries it (`一般50床(うち感染症4床)、療養30床`). */
const BRACKETED = /\s*\([^()]*\)/g;
/** A note of some of its part's count (うち, 内: `(うち感染症4床・結核2床)`), no more of them. */
const SUBSET_NOTE = new RegExp(`^\\s*\\(\\s*${SUBSET_WORD}`);

/** Parts with a note in brackets after a part's count (`一般50床（うち感染症4床）、療養30床`, `3歳児35名（うち障害児2名）、
 *  4歳児70名`, `一般50床（休床中）`): summed as without the notes, said as number_with_note too; null when the cell has no
 *  such note, or one gives a figure of no subset (`一般50床（療養10床）`, `（計90床）`: a whole to check, or which beds are
 *  which the cell does not say). */
function summedNotedParts(raw: string, at: At, labels: CountParts): Fixed<number> | null {
  if (!raw.includes("(") && !raw.includes("（")) return null;
  const text = raw.normalize("NFKC");
  const bare = text.replace(BRACKETED, (note) => (SUBSET_NOTE.test(note) || !/\d/.test(note) ? "" : note));
  if (bare === text || bare.includes("(")) return null;
  const read = summedBareParts(bare, at, labels);
  if (read === null) return null;
  return { value: read.value, issues: [...read.issues.map((i) => ofCell(i, at, raw)), problem("number_with_note", at, raw)] };
}

function summedBareParts(raw: string, at: At, labels: CountParts): Fixed<number> | null {
  const parts = partsOfCell(raw, labels);
  if (parts === null) return null;
  if (/^\d/.test(parts[0])) {
    const ages = summedAges(parts);
    return ages !== null && Number.isSafeInteger(ages) ? { value: ages, issues: [problem("number_parts_summed", at, raw)] } : null;
  }
  const labelled = labelledParts(parts, labels);
  if (labelled === null) return null;
  const sum = labelled.reduce((total, part) => total + part.count, 0);
  if (!Number.isSafeInteger(sum)) return null;
  return { value: sum, issues: [problem(parts.length === 1 ? "number_of_one_kind" : "number_parts_summed", at, raw)] };
}

/** One labelled part of a count: the kinds its label counts (`洋式` → 洋式, `大` → 和式 and 洋式) and its number. */
export interface CountPart { kinds: readonly string[]; count: number }

/** A cell's parts (already split), each with one of the column's labels and a number of one unit, no two counting one
 *  kind; null when a part is none such. */
function labelledParts(parts: readonly string[], labels: CountParts): CountPart[] | null {
  const out: CountPart[] = [];
  let unit: string | null = null;
  const counted = new Set<string>();
  for (const part of parts) {
    const m = LABELLED_PART.exec(part);
    const kinds = m === null || !Object.hasOwn(labels, m[1]) ? undefined : labels[m[1]];
    if (m === null || kinds === undefined || kinds.some((kind) => counted.has(kind))) return null;
    // an amount by kind of visitor (大人500円、子ども300円) is a choice, not parts of a whole
    if (m[3] !== "" && (!UNITS.has(m[3]) || m[3] === "円")) return null;
    if (unit !== null && m[3] !== unit) return null;
    unit = m[3];
    for (const kind of kinds) counted.add(kind);
    out.push({ kinds, count: Number(m[2].replaceAll(",", "")) });
  }
  return out;
}

/** The labelled parts of a count's cell (女性用 `洋式3 和式1`), as summedParts reads them; null when it reads none. */
export function countPartsOf(raw: string, labels: CountParts): CountPart[] | null {
  const parts = partsOfCell(raw, labels);
  return parts === null || /^\d/.test(parts[0]) ? null : labelledParts(parts, labels);
}

/** A count's note in brackets after its number: 内訳/うち before the parts (`4（うち洋式2）`) says they are some of it. */
const COUNT_WITH_NOTE = /^(\d+)\s*[(（]\s*(うち|内訳|内)?\s*[:：]?\s*(.+?)\s*[)）]$/;
const SOME_OF_IT = new Set(["うち", "内"]);

/** The one kind a note of words names (`洋式`, `洋式・温水洗浄`: the others, no kind, say more of the same seats);
 *  undefined when it names none or two (`洋式・和式`: how many of each is not said), or writes a number. */
function onlyKindNamed(note: string, labels: CountParts): string | undefined {
  if (/\d/.test(note)) return undefined;
  const kinds = note.split(/\s*[・、，,\/／\s]\s*/).filter((word) => Object.hasOwn(labels, word));
  return kinds.length === 1 ? kinds[0] : undefined;
}

/** The parts of a count `total` its note in brackets gives (女性用 `2（洋式）`: both 洋式; `2（洋式1・和式1）`;
 *  `4（うち洋式2）`: 2 of them 洋式), as countPartsOf reads a cell of parts; null when the note names none, or its parts
 *  do not add up to the count (to no more than it after うち). */
export function notedCountPartsOf(raw: string, total: number, labels: CountParts): CountPart[] | null {
  const m = COUNT_WITH_NOTE.exec(raw.normalize("NFKC").trim());
  if (m === null || Number(m[1]) !== total) return null;
  const someOfIt = m[2] !== undefined && SOME_OF_IT.has(m[2]);
  const kind = someOfIt ? undefined : onlyKindNamed(m[3], labels);
  if (kind !== undefined) return [{ kinds: labels[kind], count: total }];
  const parts = countPartsOf(m[3], labels);
  const sum = parts?.reduce((all, part) => all + part.count, 0);
  return sum === undefined || (someOfIt ? sum > total : sum !== total) ? null : parts;
}

/** A count's cell cut into its parts (PART_SEPARATORS, and before a label run on after a number); null for a cell
 *  that cannot hold labelled parts: most cells that do not read are words or a range, with no digit after a label. */
function partsOfCell(raw: string, labels: CountParts): string[] | null {
  const text = raw.normalize("NFKC").trim();
  if (text.length > MAX_TYPED_LENGTH || !/\D\d/.test(text)) return null;
  const glued = gluedLabelsOf(labels);
  return text.split(PART_SEPARATORS).flatMap((part) => (glued === null ? [part] : part.split(glued)));
}

/** A lone dash, in any of the widths and shapes statistical tables print it. */
const DASH_ONLY = /^\s*[-‐‑‒–—―−－ーｰ─]\s*$/;
const DASH_RUN = /^\s*[-‐‑‒–—―−－ーｰ─]{2,4}\s*$/;

/** `x`, `X`, `χ`, `***`: the tables' sign for a figure kept secret (秘匿) to protect the few people it counts. */
const SUPPRESSED = /^\s*(?:[xXｘＸχ]|\*{1,3}|＊{1,3})\s*$/;

/** A count of a statistical table: a lone 「-」 is the tables' sign for none, so 0 (said, so the officer can write 0);
 *  a secret figure (x) is not known, said as such rather than as an unreadable number; anything else an integer. */
export function normalizeCount(raw: string, at: At): Fixed<number | null> {
  if (DASH_ONLY.test(raw)) return { value: 0, issues: [problem("dash_as_zero", at, raw)] };
  // dashes typed twice are no sign the tables print: a figure to check, not the empty cell they are in a text column
  if (DASH_RUN.test(raw)) return { value: null, issues: [problem("unparseable_number", at, raw)] };
  if (SUPPRESSED.test(raw)) return { value: null, issues: [problem("suppressed_count", at, raw)] };
  return normalizeNumber(raw, at, { integer: true });
}
