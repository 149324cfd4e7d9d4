// Whether a reading (名称_カナ) is one: a cell with no kana at all (`Sangenjaya Hospital`, `FUTAKOTAMAGAWA IIN`, the
// name in kanji again) is none, and goes to the name in Latin letters (名称_英字) when that is empty and it is written
// in them, else to 備考; one mostly of Latin words (`Hamadayama ホウモン Station`) is kept and warned. Latin letters the
// name itself has (`NTT`, `ABC` of `ABCケア西荻`) are the reading's own: `ABC ケア ニシオギ`, or `NTT` for `NTT`.
import { keepText } from "./kept-cells.ts";
import { type RowRepair, str } from "./row-repair.ts";

/** [reading column, its name column, its name in Latin letters] by key (`name_kana`, `name`, `name_en`). */
export type ReadingColumns = readonly [string, string | undefined, string | undefined];

/** Katakana (with ヴ, small ones, ー, ・), spaces and digits only: a reading as the standard writes it. */
const PLAIN_READING = /^[\u30A1-\u30FC\u31F0-\u31FF\s0-9０-９]*$/;
const KANA = /[\u30A1-\u30FA\u30FC\u31F0-\u31FF]/g;
const LATIN_WORD = /[A-Za-z]+/g;
/** A letter that is no kana and no Latin letter (kanji, Hangul …). */
const OTHER_LETTER = /(?![\u30A1-\u30FA\u30FC\u31F0-\u31FFA-Za-z])\p{L}/u;
/** What a name in Latin letters is written with: printable ASCII and spaces. */
const LATIN_TEXT = /^[\x20-\x7E\u3000]+$/;

interface Script {
  kana: number;
  /** letters of Latin words the name does not have */
  foreignLatin: number;
  otherLetters: boolean;
}

function scriptOf(reading: string, name: string | null): Script {
  const own = name === null ? "" : name.normalize("NFKC").toUpperCase();
  let foreignLatin = 0;
  for (const [word] of reading.matchAll(LATIN_WORD)) if (!own.includes(word.toUpperCase())) foreignLatin += word.length;
  return { kana: reading.match(KANA)?.length ?? 0, foreignLatin, otherLetters: OTHER_LETTER.test(reading) };
}

export function checkReadings(r: RowRepair, columns: readonly ReadingColumns[]): void {
  for (const [key, nameKey, englishKey] of columns) {
    const reading = str(r.record[key]);
    if (reading === null || PLAIN_READING.test(reading)) continue;
    const { kana, foreignLatin, otherLetters } = scriptOf(reading, nameKey === undefined ? null : str(r.record[nameKey]));
    const raw = r.cells[key] ?? reading;
    if (kana > 0) {
      if (foreignLatin > kana) r.problem("reading_mostly_latin", key, raw);
      continue;
    }
    if (foreignLatin === 0 && !otherLetters) continue;
    const target = placeOf(r, reading, englishKey, otherLetters);
    // nowhere to keep it: published as written, and said
    if (target === undefined) {
      r.problem("not_a_reading", key, raw, "");
      continue;
    }
    if (target === "remarks") keepText(r, key, target, reading);
    else r.record[target] = reading.replace(/\u3000/g, " ");
    r.record[key] = null;
    r.problem("not_a_reading", key, raw, target === "remarks" ? "remarks" : "name_en");
  }
}

/** Where a cell that is no reading goes: the name in Latin letters when it is written in them and that column is
 *  empty, else 備考; undefined when the dataset has neither. */
function placeOf(r: RowRepair, reading: string, englishKey: string | undefined, otherLetters: boolean): string | undefined {
  if (englishKey !== undefined && r.record[englishKey] === null && !otherLetters && LATIN_TEXT.test(reading)) return englishKey;
  return r.dataset.columnByKey.has("remarks") ? "remarks" : undefined;
}
