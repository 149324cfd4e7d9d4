// A header that names one end of a period (`有効期間（自）`, `有効期間_終了`, `許可期間_始期`, `開館時間（開始）`): the
// qualifier, not the base's own column, decides which column of the dataset's start/end pair takes it.
import type { Dataset } from "../schemas/dataset.ts";
import { boundOf, endKeyOf } from "./normalize/column-bounds.ts";
import { plainWords } from "./normalize/text.ts";
import type { Bound } from "./normalize/times.ts";

/** Qualifiers (compared as plainWords, lower case) that name the start or the end of a period. */
const START = /^(?:自|始|起|から|開始|始期|開始日|開始時間|開始時刻|始め|はじめ|from|start|opens?)$/i;
const END = /^(?:至|終|迄|まで|終了|終期|満了|終了日|満了日|終了時間|終了時刻|終わり|おわり|to|end|closes?)$/i;

/** The end of a period the qualifiers name, if one does (and not both). */
export function boundOfQualifiers(words: readonly string[]): Bound | undefined {
  const start = words.some((w) => START.test(w));
  const end = words.some((w) => END.test(w));
  return start === end ? undefined : start ? "start" : "end";
}

/** The halves of a day hours are split into (診療時間 over 午前 | 午後, 診療時間（午前）, 午前診療時間): the day opens in
 *  the morning's cell and closes in the afternoon's (record.ts keeps both cells). */
const HALF_DAY: Readonly<Record<string, Bound>> = { 午前: "start", 午後: "end" };
/** Words by which a header names one end of the hours itself (開始時間, 受付終了時刻): halves of it are no day's halves. */
const NAMES_AN_END = /[始終至迄]|から|まで/;

/** The end of the day's hours a half-day word gives a header `base` of hours (診療時間 + 午後 → the end), if it is one:
 *  only under a name of the whole hours, not of one end of them (開始時間 + 午後 is the afternoon's start). */
export function boundOfHalfDay(base: string, word: string): Bound | undefined {
  return NAMES_AN_END.test(base) ? undefined : HALF_DAY[plainWords(word)];
}

/** `午前診療時間`, `診療時間_午後`, `午後の診療時間`: the hours' header and the half of the day, or null. */
const LEADING_HALF_DAY = /^(午前|午後)の?[_＿・\s]*(.+)$/;
const TRAILING_HALF_DAY = /^(.+?)[_＿・\s]*(午前|午後)$/;

export function halfDayOf(text: string): { base: string; half: string } | null {
  const leading = LEADING_HALF_DAY.exec(text);
  if (leading !== null) return { base: leading[2], half: leading[1] };
  const trailing = TRAILING_HALF_DAY.exec(text);
  return trailing === null ? null : { base: trailing[1], half: trailing[2] };
}

/** Period words written after the base without brackets: longer words with or without a separator (`有効期間終了日`,
 *  `有効期間_開始`); a single character only after one (`有効期間_自`), as it is too often part of a word. */
const TRAILING_PERIOD = /^(.+?)[_＿・\s]*(開始日|終了日|満了日|開始|終了|始期|終期|満了)$/;
const TRAILING_PERIOD_CHAR = /^(.+?)[_＿・\s]+(自|至|始|終|迄)$/;
/** schema.org's opens / closes after the hours' name in Japanese (品川区's 公衆トイレ: `利用可能時間OPENS`, `利用可能時間CLOSES`). */
const TRAILING_OPENS_CLOSES = /^(.*[^\x00-\x7f])[_＿・\s]*(opens?|closes?)$/i;

export function trailingPeriod(text: string): { base: string; qualifiers: string[] } | null {
  const m = TRAILING_PERIOD.exec(text) ?? TRAILING_PERIOD_CHAR.exec(text) ?? TRAILING_OPENS_CLOSES.exec(text);
  return m === null ? null : { base: m[1], qualifiers: [m[2]] };
}

/** The dataset's start/end column pairs: named so by key (start_time ↔ end_time) or ordered by the dataset
 *  (許可開始日 → 許可満了日). */
function periodPairsOf(dataset: Dataset): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (const key of dataset.columnByKey.keys()) {
    if (boundOf(key) === "start" && dataset.columnByKey.has(endKeyOf(key))) pairs.push([key, endKeyOf(key)]);
  }
  for (const [start, end] of dataset.dateOrder ?? []) {
    if (boundOf(start) === "start" && boundOf(end) === "end" && !pairs.some(([s, e]) => s === start || e === end)) pairs.push([start, end]);
  }
  return pairs;
}

/** The column a header takes whose base names `key` and whose qualifier names the `bound` end of a period: that end
 *  of the pair `key` belongs to (有効期間 is read as 許可満了日, so 有効期間（自） is 許可開始日), `key` itself when it is
 *  that end of no pair, else null (the start of a column that is no period is no column of the dataset). */
export function periodColumn(dataset: Dataset, key: string, bound: Bound): string | null {
  const pair = periodPairsOf(dataset).find(([start, end]) => start === key || end === key);
  if (pair !== undefined) return bound === "start" ? pair[0] : pair[1];
  return boundOf(key) === bound ? key : null;
}
