// What a yes/no cell says, whatever the wording: the standard's 有/無 and 1/0, and what else clearly means yes or no.
// Used by the normalizer (flags.ts) and by the messages that tell an officer what their cell was read as.
import { plainWords } from "./text.ts";

export const STANDARD_YES_NO: ReadonlyMap<string, boolean> = new Map([["有", true], ["無", false], ["1", true], ["0", false]]);

const READABLE: ReadonlyMap<string, boolean> = new Map([
  // アリ / ナシ: old systems' Shift_JIS exports write ｱﾘ / ﾅｼ in half-width katakana (NFKC makes them アリ / ナシ)
  ...["有り", "あり", "アリ", "ある", "○", "〇", "◯", "●", "◎", "true", "t", "yes", "y", "可", "対応", "対応可", "設置", "設置あり", "はい", "済",
    "対象", "該当", "指定", "✓", "✔", "☑", "1.0", "設置済", "設置済み", "利用可", "利用可能",
    // 指定避難所との重複: the site is also (兼用) a shelter
    "兼用", "兼", "重複", "併設", "兼ねる", "兼ねている", "兼ねています", "兼ねております",
    // a service a facility offers or not (一時保育: 実施 / 未実施), also said as a sentence
    "実施", "実施あり", "実施中", "実施している", "実施しています", "実施しております", "している", "しています", "あります", "有ります",
    "設置している", "設置しています", "設置されている", "設置されています", "設置有", "設置有り",
    "行っている", "行っています"].map((k) => [k, true] as const),
  // 否: the no of 可 / 否 (and of 要否, 可否 columns)
  ...["無し", "なし", "ナシ", "ない", "×", "✕", "✖", "x", "false", "f", "no", "n", "不可", "否", "非対応", "未対応", "未設置", "設置なし", "いいえ", "未",
    "対象外", "非該当", "該当なし", "指定なし", "0.0", "利用不可", "重複なし",
    "未実施", "実施なし", "非実施", "実施していない", "実施していません", "実施しておりません", "していない", "していません", "ありません",
    "有りません", "無い", "行っていない", "行っていません", "兼ねない", "兼ねていない", "兼ねていません", "兼ねておりません",
    "設置していない", "設置していません", "設置されていない", "設置されていません", "設置無", "設置無し"].map((k) => [k, false] as const),
]);

/** yes (true), no (false), or undefined when the text is no yes/no word: compared in NFKC, without spaces, lower case. */
export function yesNoOf(text: string): boolean | undefined {
  const key = plainWords(text).toLowerCase();
  return STANDARD_YES_NO.get(key) ?? READABLE.get(key);
}

const DASH = /^[-―ー‐−–—]$/;

/** A yes/no cell's mark as a legend gives it (legend.ts: `○あり　－なし`): NFKC, trimmed, any dash the full-width one. */
export function markOf(cell: string): string {
  const mark = cell.normalize("NFKC").trim();
  return DASH.test(mark) ? "－" : mark;
}

/** A cell that says a place is closed then (a day's column `休`, an afternoon's `休診`). */
const CLOSED = /^(?:休|休診|休み|休業|休館|閉館|休業日|休診日|定休日|なし|無し|-|－|―|×)$/;
export const saysClosed = (text: string): boolean => CLOSED.test(plainWords(text));
