// A value with a note beside it, as lists write one cell for both: `18時30分（延長19時30分）`, `有（2台）`,
// `17:00 ※土曜は12:00`, `（平日）8:30`, `12:00 雨天中止`. A leaf module: the time and yes/no normalizers read the value without it.
import { TIME_OF_DAY } from "./clock.ts";

/** A note in brackets or after ※ behind the value; in brackets before it. The text is NFKC: full-width brackets are
 *  ASCII here. */
const NOTE_AFTER = /^(.+?)\s*(?:[(\[【〔〈<][^)\]】〕〉>]*[)\]】〕〉>]|※.*)$/;
const NOTE_BEFORE = /^[(\[【〔][^)\]】〕]*[)\]】〕]\s*(.+)$/;

/** Longer than this, a cell is no value with a note but text: not searched (NOTE_AFTER's lazy value and the spaces
 *  after it try each split of a long run of spaces, so its time grows with the square of the length). */
const MAX_NOTED_LENGTH = 300;

/** The value of an NFKC text without the note beside it; null when it has none (or nothing else). */
export function withoutNote(text: string): string | null {
  if (text.length > MAX_NOTED_LENGTH) return null;
  return (NOTE_AFTER.exec(text) ?? NOTE_BEFORE.exec(text))?.[1] ?? null;
}

/** Words right after a time that move it (`12:00頃`, `12時過ぎ`, `正午前`, `17:00 以降`, `12:00 PM`). */
const MOVES_TIME = String.raw`\s*(?:[半分秒頃前後翌]|ごろ|以[降後前]|過ぎ|すぎ|[ap]\.?m\b)`;
/** Words anywhere after a time that say it is the time of something else than the event's start or end
 *  (`9:00 受付開始`, `12:30 開場`, `9:30 集合`, `入場は16:30まで`), or about it (`12時 頃`). */
const NAMES_OTHER_TIME = /受付|入場|入館|入室|開場|開門|開演|集合|解散|最終|締切|〆切|頃|ごろ|過ぎ|すぎ|以[降後前]|まで|迄|から/;
/** Words that say a time opens the hours, or closes them. */
const [OPENS, CLOSES] = [/開始|スタート/, /終了|閉/];
/** Either: the other end of hours whose bound is not known. */
const EITHER_END = new RegExp(`${OPENS.source}|${CLOSES.source}`);
/** Words set apart as another part of the cell (`9:00～12:00／休診`: an afternoon closed), not a note on the time. */
const ANOTHER_PART = /^[/／、,，;；・|]/;
/** A time (or a range of times) with words and no digit after it, in its last group. */
const WORDS_AFTER_TIME = new RegExp(String.raw`^(.*${TIME_OF_DAY})(?!${MOVES_TIME})\s*([^\d~〜～]+)$`, "i");

/** The time of an NFKC text without the plain words after it (`12:00 雨天中止`, `10:00～12:00 雨天中止`, `12時終了予定`),
 *  a note as one in brackets is; null when it has none, or when the words change what the time means: they move it
 *  (`12:00頃`, `正午前`, `17:00 以降`), or make it another moment's (`9:00 受付開始`: the event may start later), or
 *  name the other end of the hours (`開始` after an end, `終了` after a start; either, without a bound), or are another
 *  part of the cell (`9:00～12:00／休診`). A time column's cell and a date cell's hours share this one rule. */
export function withoutWordsAfterTime(text: string, bound?: "start" | "end"): string | null {
  if (text.length > MAX_NOTED_LENGTH) return null;
  const m = WORDS_AFTER_TIME.exec(text);
  const otherEnd = bound === "end" ? OPENS : bound === "start" ? CLOSES : EITHER_END;
  if (m === null || ANOTHER_PART.test(m[2]) || NAMES_OTHER_TIME.test(m[2]) || otherEnd.test(m[2])) return null;
  return m[1].trim();
}
