// Words written after a time with no bracket or ※ (`12:00 雨天中止`, `17:00まで 雨天中止`, `10:00～16:00 受付は15:30まで`):
// which are a note on the time, to be read without, and which change what the time is (`9:00 受付開始`, `17:00 以降`,
// `16:30 最終入館`), to be left unread. A leaf module: a time column's cell (times.ts) and a date cell's hours
// (pair-repairs.ts) share this one rule.
import { A_TIME_OF_DAY, HOURS_TO, TIME_OF_DAY } from "./clock.ts";

/** Longer than this, a cell is no time with words but text: not searched. */
const MAX_WORDED_LENGTH = 300;

/** What sets a note apart from the time before it. */
const APART = String.raw`[\s、,，/／・;；]`;

/** Words right after a time that move it (`12:00頃`, `12時過ぎ`, `正午前`, `17:00 以降`, `12:00 PM`). */
const MOVES_TIME = new RegExp(String.raw`^\s*(?:[半分秒頃前後翌]|ごろ|以[降後前]|過ぎ|すぎ|[ap]\.?m\b)`, "i");
/** Words anywhere after a time that make it no firm one: about (`12時 頃`), not before or after it (`以降`), not yet
 *  settled (`時間未定`). */
const UNSURE = /頃|ごろ|過ぎ|すぎ|以[降後前]|翌|未定/;

/** Another moment than the hours' or the event's own: reception, entry, last entry or order, doors, meeting, parting. */
const OTHER_MOMENT = String.raw`(?:最終(?:入館|入場|入園|入室|入店|受付|オーダー)?|受付|入場|入館|入園|入室|入店|開場|開門|集合|解散|締切|締め切り|〆切|ラストオーダー|オーダーストップ|(?<![A-Za-z])L\.?\s?O\.?)`;
/** The other moment named as the time's own (`9:00 受付開始`, `12:30 開場`, `16:30 最終入館`, `9:00～12:00 受付`): the
 *  word alone, or with a word of when (開始, まで, 時間). `入場無料`, `受付不要` name no moment. */
const NAMES_OTHER_MOMENT = new RegExp(String.raw`${OTHER_MOMENT}(?:開始|終了|締切|〆切|時間|時刻|まで|迄|から|より)?(?=$|${APART})`);
/** A note with a time of another moment, set apart after the hours (`受付は15:30まで`, `最終入館15:30`, `L.O.21:30`,
 *  `受付12:30から`, `15:30最終入館`): a note, not the hours' time. */
const OTHER_MOMENT_NOTE = new RegExp(String.raw`${APART}+(?:※\s*)?(?:${OTHER_MOMENT}(?:開始|終了)?(?:時間|時刻)?(?:は|の)?\s*[:：]?\s*${TIME_OF_DAY}`
  + String.raw`(?:\s*${HOURS_TO}\s*${TIME_OF_DAY})?\s*(?:まで|迄|から|より|[~〜～])?|${TIME_OF_DAY}\s*(?:まで|迄|から)?\s*${OTHER_MOMENT}(?:開始|終了|締切)?)(?=$|${APART})`, "g");

/** The word right after a time that says it opens the hours (`9:00から`, `9:00～`, `13:00開始`, `9:00開館`) or closes
 *  them (`17:00まで`, `17時終了`, `17:00閉館`). `から`, `～` or `まで` (the group) of the other end than the column's stays
 *  with the time, for normalizeTime to say it is that end's (time_until_in_start); the others go with the words. */
const OPENS = /^(?:(から|[~〜～\-−‐‑–—―])|より|開始|スタート|開館|開園|開所|開庁|開店|開演|営業開始|オープン)/;
const CLOSES = /^(?:(までに|まで|迄)|終了|終演|閉館|閉園|閉所|閉庁|閉店|閉場|閉門|営業終了|クローズ)/;
/** A word anywhere in the words that opens or closes the hours: the other end's, after a single time of one end. */
const OPENS_ANYWHERE = /開始|スタート|開館|開園|開所|開庁|開店|開演|オープン/;
const CLOSES_ANYWHERE = /終了|終演|閉|クローズ/;
/** Either: the other end of hours whose bound is not known. */
const EITHER_END_ANYWHERE = new RegExp(`${OPENS_ANYWHERE.source}|${CLOSES_ANYWHERE.source}`);
/** What the hours do until or from the time (`17:00まで開館`, `9:00から開始`, `22時まで営業`): the same hours. */
const HOURS_GO_ON = /^(?:開館|開園|開所|開庁|開店|営業|開放|開催|実施|利用可能?|使用可能?|開始|終了)/;
/** What stops until or from the time (`12:00まで休館`: it opens at 12:00): no end of the hours. */
const HOURS_STOP = /^(?:休|閉|中止|停止|利用不可|使用不可|通行止)/;

/** Words set apart as another part of the cell (`9:00～12:00／休診`: an afternoon closed), not a note on the time. */
const ANOTHER_PART = /^[/／、,，;；・|]/;
/** A time (or a range of times) with words and no digit after it, in its last group. */
const WORDS_AFTER_TIME = new RegExp(String.raw`^(.*${TIME_OF_DAY})(\s*[~〜～]?[^\d~〜～]+)$`, "i");
/** The time text ends with a range (`10:00～12:00`): words after it are about the hours as a whole. */
const ENDS_RANGE = new RegExp(String.raw`${HOURS_TO}\s*${TIME_OF_DAY}$`);

/**
 * The time of an NFKC text without the plain words after it, a note as one in brackets is (`12:00 雨天中止`,
 * `10:00～12:00 雨天中止`, `12時終了予定`, `17:00まで 雨天中止`, `9:00から 雨天決行`, `17:00まで開館`), also without a note
 * set apart with another moment's time (`10:00～16:00 受付は15:30まで`, `16:00まで 最終入館15:30`, `22:00 L.O.21:30`);
 * the other end's `から`/`まで` stays with it (normalizeTime says `17:00まで` in a start column is the end's). null when it has none, or
 * when the words change what the time means: they move it (`12:00頃`, `正午前`, `17:00 以降`), make it another
 * moment's (`9:00 受付開始`, `16:30 最終入館`, `17:00まで受付`: the event or the hours may run otherwise), name the other
 * end of the hours (`開始` after an end, `終了` or `閉館` after a start; either, without a bound), stop the hours
 * (`12:00まで休館`), or are another part of the cell (`9:00～12:00／休診`).
 */
export function withoutWordsAfterTime(text: string, bound?: "start" | "end"): string | null {
  if (text.length > MAX_WORDED_LENGTH) return null;
  const first = A_TIME_OF_DAY.exec(text);
  if (first === null) return null;
  // a note of another moment's time is set apart after the first time (`入場は16:30まで` alone is no hours)
  const from = first.index + first[0].length;
  const kept = `${text.slice(0, from)}${text.slice(from).replace(OTHER_MOMENT_NOTE, "")}`.trim();
  const m = WORDS_AFTER_TIME.exec(kept);
  if (m === null) return kept !== text.trim() ? kept : null;
  const [, time, written] = m;
  const words = written.trim();
  if (MOVES_TIME.test(written) || ANOTHER_PART.test(words)) return null;
  const opens = OPENS.exec(words);
  const closes = opens === null ? CLOSES.exec(words) : null;
  const own = opens ?? closes;
  const after = own === null ? words : words.slice(own[0].length).trim();
  const rest = own?.[1] === undefined ? after : after.replace(HOURS_GO_ON, "").trim();
  if (UNSURE.test(words) || NAMES_OTHER_MOMENT.test(rest) || ANOTHER_PART.test(rest) || (own !== null && HOURS_STOP.test(rest))) return null;
  // after a single time, the other end's word is no note (`10:00 開始予定` as an end); a range has both ends
  const single = !ENDS_RANGE.test(time);
  const said: "start" | "end" | undefined = opens !== null ? "start" : closes !== null ? "end" : undefined;
  if (single && said !== undefined && said !== bound && own?.[1] === undefined) return null;
  const elsewhere = bound === "end" ? OPENS_ANYWHERE : bound === "start" ? CLOSES_ANYWHERE : EITHER_END_ANYWHERE;
  if (single && elsewhere.test(rest)) return null;
  // the other end's から or まで stays, for normalizeTime to say the time is that end's
  const core = `${time}${bound !== undefined && said !== bound ? own?.[1] ?? "" : ""}`.trim();
  return core === text.trim() ? null : core;
}
