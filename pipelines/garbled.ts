// Text that decoded into garbage (mojibake): UTF-8 read as Windows-1252 and saved again (全 → å…¨), or bytes read in
// the wrong Japanese encoding (half-width kana among kanji, ﾁｴｹﾏﾊ�ｸｦ). Asked only of a file whose header was not found,
// so that the report says how to save it instead of asking for the standard names the officer did write.

/** A UTF-8 lead byte of Japanese (E3–E9 → ã…é) or of a two-byte character (C2–DF), read as Windows-1252, followed by a
 *  continuation byte read so (80–BF → Latin-1 or the 1252 punctuation, � where 1252 has none). */
const UTF8_AS_1252 = /[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\ufffd]/g;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const JAPANESE_ALL = /[\u3040-\u30ff\u4e00-\u9fff]/g;
const HALF_KANA = /[\uff61-\uff9f]/g;
/** A half-width kana next to a kanji or a replacement mark: no one writes so; wrong-encoding bytes read so. */
const KANA_BESIDE_KANJI = /[\uff61-\uff9f][\u4e00-\u9fff\ufffd]|[\u4e00-\u9fff\ufffd][\uff61-\uff9f]/g;

/** Whether the first rows of a file read as mojibake. */
export function looksGarbled(rows: ReadonlyArray<readonly string[]>): boolean {
  const text = rows.slice(0, 5).map((cells) => cells.join(",")).join("\n");
  const latin = text.match(UTF8_AS_1252)?.length ?? 0;
  if (latin >= 4 && !JAPANESE.test(text)) return true;
  const kana = text.match(HALF_KANA)?.length ?? 0;
  // and most of its Japanese is such kana: a header of its own words (施設ﾒｲ) over rows of plain Japanese is no mojibake
  return kana >= 6 && (text.match(KANA_BESIDE_KANJI)?.length ?? 0) >= 3 && kana >= (text.match(JAPANESE_ALL)?.length ?? 0);
}
