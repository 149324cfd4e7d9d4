// A remarks cell that says the place is not usable now (備考 `使用不可`, `休止中`, `改修工事のため閉鎖中`, `令和6年3月31日で
// 廃止`; 利用可能日時特記事項 `工事中のため使用不可`): the row's state, as a status column's 休止 is (state-words.ts), so the
// place is not published (row-kinds.ts closedInRemarks, Dataset.closedByRemarks). Only a sentence whose whole predicate is
// that state, after nothing but a reason (…のため), a date (…で, …から) or a word of now (当面, 現在) is: a condition (`ト
// イレ使用不可時は…`, `夜間は閉鎖`), a part (`多目的トイレ使用不可`), a plan (`廃止予定`, `閉鎖します`) or a note of something else
// (`工事中は2階に移設`) leaves the place open. A dated state is read against today: `…で廃止` of a day still to come is a
// plan, `…まで閉鎖` of a day gone is over. The list's own thing may stand first as the subject (`トイレ閉鎖中`,
// `当トイレは閉鎖中です`, `本AEDは撤去済み`: Dataset.closedByRemarks.subjects), not a part of it (`多目的トイレ`); a reason or an
// end date may follow in brackets (`使用不可（工事中）`, `閉鎖中（令和7年3月まで）`), read as if written before. Works alone
// (`工事中`, `改修工事中`) say no state for sure: the place is published and the sentence said (unsureStateInRemarks); so is a
// closure until a day gone (`令和2年3月まで閉鎖`: open again, the note left behind; stateInRemarks' `over`).
import { daysInMonth, normalizeDate } from "./normalize/wareki.ts";
import { PLACE_CLOSED_WORDS } from "./state-words.ts";

/** Every state word holds one of these: a cell without them (nearly every remarks cell) is read no further. */
const STATE_CHARS = /[止鎖去館園所院業用障]/;

/** Words that say a place is not usable: its end or pause (廃止, 休止, 閉鎖, 撤去 …), its use refused (使用不可, 利用停止), or
 *  the thing itself out of order (故障中: an AED or a toilet that does not work). */
const STATE = `(?:使用|利用)(?:不可|不能|停止|中止|休止|禁止|できません)|${PLACE_CLOSED_WORDS}|閉鎖|休館|故障`;
/** What may follow a state word that still says it holds now (休止中, 撤去済み, 閉鎖しました, 廃止となりました); not a plan
 *  (予定, します, となります), which leaves the place open. */
const NOW = "(?:中|済み?|済|した|しました|しています|しております|いたしました|致しました|となりました|となっています|となっております)?(?:です)?";
/** Words of now before the state (当面の間閉鎖, 現在使用不可, 一時休止中). */
const NOW_WORD = "(?:当面(?:の間)?|当分(?:の間)?|現在|只今|ただいま|一時的?に?|長期)";
/** A date (NFKC): 令和6年3月31日, R6.3.31, 2024年3月末, 2024/3/31, a month alone (令和6年3月). */
const DATE = "(?:(?:令和|平成|[RH])(?:\\d{1,2}|元)|\\d{4})[年./-]\\d{1,2}(?:[月./-](?:\\d{1,2}日?|末日?)?|月)?";
/** A reason before the state (工事中のため, 老朽化により, 建替えに伴い): no condition (は, 時, 場合, 際, とき), which would make
 *  the state one of then only. */
const REASON = "([^は時際、,]{1,20}?)(?:のため|の為|により|による|に伴い|に伴う|につき)";

/** The list's own thing as the subject before the state (トイレ, 当トイレは, 本AEDは, このAEDは): `subjects` from the schema. */
const subjectOf = (subjects: readonly string[]): string =>
  (subjects.length === 0 ? "" : `(?:(?:当該|当|本|この|同)?(?:${subjects.join("|")})(?:は|が)?[、,]?)?`);
const closedSentences = new Map<string, RegExp>();
/** The sentence of a closed place, with the list's subjects (built once a list of them). */
function closedSentence(subjects: readonly string[]): RegExp {
  const key = subjects.join("|");
  let re = closedSentences.get(key);
  if (re === undefined) {
    const subject = subjectOf(subjects);
    re = new RegExp(`^${subject}(?:${REASON}[、,]?)?${subject}(?:(${DATE})(で|をもって|をもちまして|を以て|付けで|付で|から|より|以降)?[、,]?)?${NOW_WORD}?(?:(${DATE})(?:まで|迄))?${NOW_WORD}?(${STATE})${NOW}$`);
    closedSentences.set(key, re);
  }
  return re;
}
/** A state with a bracket after it (NFKC): `使用不可(工事中)`, `閉鎖中(令和7年3月まで)`. */
const BRACKETED = new RegExp(`^(.*(?:${STATE})${NOW})\\(([^()]+)\\)$`);
/** A bracket that ends as a reason or a date before a state does (工事のため, 令和7年3月まで, 令和6年3月31日で). */
const BRACKET_JOINS = /(?:のため|の為|により|による|に伴い|に伴う|につき|まで|迄|から|より|以降|で|をもって)$/;
/** A bracket that is a date alone (令和7年3月31日, R7.3.31, 2025/3/31). */
const BARE_DATE = new RegExp(`^${DATE}$`);
/** A bracket that is a reason in a word (工事中, 改修工事, 老朽化): said before the state with のため. */
const REASON_WORD = /工事|改修|修理|修繕|補修|点検|故障|老朽|建替|建て替|移転|被災|破損|不具合|整備/;
/** A bracket that is a plan or a part (予定, 2階のみ, 一部): the state is not the place's now. */
const NOT_NOW = /予定|のみ|一部|以外|除/;
/** A state with a bracket after it, written as the sentence would say it (`工事中のため使用不可`, `令和7年3月まで閉鎖中`);
 *  the sentence itself for every other. */
function bracketFirst(sentence: string): string {
  const m = sentence.endsWith(")") ? BRACKETED.exec(sentence) : null;
  if (m === null) return sentence;
  const [, state, inside] = m;
  if (NOT_NOW.test(inside)) return sentence;
  if (BRACKET_JOINS.test(inside)) return `${inside}${state}`;
  // a day alone: of the state's start when it is an event (廃止(令和7年3月31日): on that day); beside one that lasts
  // (閉鎖中(…)) it may be the start or the end, and either way the place is closed now
  if (BARE_DATE.test(inside)) return /中(?:です)?$/.test(state) ? state : `${inside}で${state}`;
  return REASON_WORD.test(inside) ? `${inside}のため${state}` : sentence;
}
/** A reason that is a condition or a time of year or day after all (故障の場合のため, 冬季のため, 夜間の防犯のため): the
 *  state is of then only. */
const CONDITION = /場合|とき|以外|冬|夏|夜間|休日|祝日|土日|年末年始|曜/;

/** The day (ISO) a date of a note names; a month alone is its first day (`from`) or its last (`until`). */
function dayOf(written: string, bound: "from" | "until"): string | null {
  const whole = normalizeDate(written, { row: 0, field: "" }).value;
  if (whole !== null) return whole;
  const first = normalizeDate(`${written.replace(/[./-]$/, "")}${/月$/.test(written) ? "" : "月"}1日`, { row: 0, field: "" }).value;
  if (first === null || bound === "from") return first;
  const [y, m] = first.split("-").map(Number);
  return `${first.slice(0, 8)}${String(daysInMonth(y, m)).padStart(2, "0")}`;
}

/** Today in Japan (ISO): what a dated note is read against. */
export const todayInJapan = (): string => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

/** What a remarks cell says of the place's state: `closed`, the sentence that says it is not usable now; else `over`, one
 *  that says it was closed until a day gone (`令和5年3月まで閉鎖`: open again, but the note stayed); each as written
 *  (trimmed), or null. */
export interface RemarksState { closed: string | null; over: string | null }
const NO_STATE: RemarksState = Object.freeze({ closed: null, over: null });

/** The sentence of a remarks cell that says the place is not usable now (`使用不可`, `工事中のため使用不可`, `令和6年3月31日
 *  で廃止`), as written (trimmed), else null. `today`: ISO, what a dated sentence is read against. `notStates`: state words
 *  that are no end of the place in this list (a shelter's 閉鎖 is of its opening in a disaster). */
export function closedStatusInRemarks(cell: string, today: string, notStates: readonly string[] = [], subjects: readonly string[] = []): string | null {
  return stateInRemarks(cell, today, notStates, subjects).closed;
}

/** A bracket at the end of a name (NFKC), long enough for a date and a state (`(令和2年4月1日から休園)`). */
const NAME_NOTE = /.[(【[]([^()【】[\]]{4,30})[)】\]]$/;

/** The note in brackets at the end of a name when it says, as a remarks sentence would, that the place is closed now
 *  (`高松市立田井幼稚園（令和2年4月1日から休園）`, `A保育園（令和6年3月31日で廃止）`), as written; else null: a closure to
 *  come (`（令和9年4月1日から休園）`) or ended is no state of now. The undated status (`（休止中）`) is state-words.ts's. */
export function closedSinceInName(name: string, today: string, notStates: readonly string[] = []): string | null {
  if (!STATE_CHARS.test(name)) return null;
  const note = NAME_NOTE.exec(name.normalize("NFKC").trim())?.[1];
  return note === undefined ? null : closedStatusInRemarks(note, today, notStates);
}

/** A remarks cell's state sentences (closedStatusInRemarks), with the one of a closure that has ended. */
export function stateInRemarks(cell: string, today: string, notStates: readonly string[] = [], subjects: readonly string[] = []): RemarksState {
  if (cell === "" || !STATE_CHARS.test(cell)) return NO_STATE;
  const closed = closedSentence(subjects);
  let over: string | null = null;
  for (const written of cell.split(/[。｡\n※]+/)) {
    const sentence = bracketFirst(written.normalize("NFKC").replace(/\s+/g, "").replace(/\.$/, ""));
    const m = closed.exec(sentence);
    if (m === null) continue;
    const [, reason, since, word, until, state] = m;
    if (reason !== undefined && CONDITION.test(reason)) continue;
    if (notStates.some((not) => state.startsWith(not))) continue;
    // a state from a day still to come is a plan (令和9年4月1日から休止; 令和9年3月31日で廃止: open through that day);
    // one until a day gone is over
    const ends = word !== undefined && /^(?:で|を)/.test(word);
    const from = since === undefined ? null : dayOf(since, ends ? "until" : "from");
    if (since !== undefined && (from === null || (ends ? from >= today : from > today))) continue;
    const to = until === undefined ? null : dayOf(until, "until");
    if (until !== undefined && to !== null && to < today) over ??= written.trim();
    if (until !== undefined && (to === null || to < today)) continue;
    return { closed: written.trim(), over: null };
  }
  return over === null ? NO_STATE : { closed: null, over };
}

/** Works said alone (`工事中`, `改修工事中`, `現在点検中です`, `トイレ工事中`): whether the place can be used is not said. */
const WORKS = /(?:工事|改修|修理|修繕|補修|点検|整備)中/;
const unsureSentences = new Map<string, RegExp>();
function unsureSentence(subjects: readonly string[]): RegExp {
  const key = subjects.join("|");
  let re = unsureSentences.get(key);
  if (re === undefined) {
    re = new RegExp(`^${subjectOf(subjects)}${NOW_WORD}?[^は時際、,のにでを]{0,10}?(?:工事|改修|修理|修繕|補修|点検|整備)中(?:です)?$`);
    unsureSentences.set(key, re);
  }
  return re;
}

/** The sentence of a remarks cell that says works go on and nothing more (`工事中`, `改修工事中`): the place may be closed or
 *  open, so it is published and the sentence said; null for every other cell (a closed one is closedStatusInRemarks'). */
export function unsureStateInRemarks(cell: string, subjects: readonly string[] = []): string | null {
  if (cell === "" || !WORKS.test(cell)) return null;
  const unsure = unsureSentence(subjects);
  for (const written of cell.split(/[。｡\n※]+/)) {
    if (unsure.test(written.normalize("NFKC").replace(/\s+/g, "").replace(/\.$/, ""))) return written.trim();
  }
  return null;
}
