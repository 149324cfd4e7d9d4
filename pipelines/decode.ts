// Decode: a text file's bytes, in the encoding sniffEncoding chose, to text chunks with LF line ends. A UTF-8 file is
// decoded whole lines at a time, so that a line saved in Shift_JIS among UTF-8 ones is read as such.
import { isUtf8 as validUtf8 } from "node:buffer";
import { decoderLabel, type Encoding, sniffEncoding, startsWith, UTF8_BOM } from "./encoding-sniff.ts";
import { SNIFF_BYTES } from "./file-kind.ts";
import { type Issue, issue } from "./issues.ts";
import { lineBlocks, lineEnd, lineWithShiftJisCells, shiftJisLineText, strictShiftJis, UTF8 } from "./utf8-lines.ts";

/**
 * UTF-8 whole lines at a time: a block of lines that is valid UTF-8 (nearly every block) is decoded as it is; another
 * is decoded line by line, and a line in Shift_JIS (shiftJisLineText) is read as such, as is a line's value in it
 * (lineWithShiftJisCells).
 */
async function* utf8Lines(chunks: AsyncIterable<Uint8Array>, ignoreBOM: boolean): AsyncIterable<string> {
  const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
  let fileStart = !ignoreBOM;
  const decode = (block: Uint8Array): string => {
    let text: string;
    // as a stream: Node 20 decodes that way twice as fast, and a block of whole lines leaves nothing pending
    if (validUtf8(block)) text = utf8.decode(block, { stream: true });
    else {
      text = "";
      for (let from = 0; from < block.length;) {
        const end = lineEnd(block, from);
        const line = block.subarray(from, end);
        text += shiftJisLineText(line) ?? lineWithShiftJisCells(line) ?? utf8.decode(line);
        from = end;
      }
    }
    // a BOM at the start of the file is a mark, not text
    if (fileStart && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    fileStart = false;
    return text;
  };
  for await (const block of lineBlocks(chunks)) yield decode(block);
}

/** Lines of a Shift_JIS file read as UTF-8 (utf8LineAmongShiftJis): how many, and the first one's text. */
export interface Utf8LinesFound {
  count: number;
  first?: string;
}

/** Adds range `part`'s lines to the file's count (ranges in file order: the first line stays the file's first). */
export function addUtf8Lines(found: Utf8LinesFound, part: Utf8LinesFound): void {
  found.count += part.count;
  found.first ??= part.first;
}

/** The file's warning for its lines in UTF-8, none when there are none. */
export const utf8LinesIssue = (found: Utf8LinesFound): Issue | null =>
  (found.count > 0 ? issue("utf8_lines", { value: String(found.count), detail: found.first }) : null);

/** Characters of Japanese as UTF-8 writes them: a lead byte E3–E9 (kana, kanji) or EF (full-width forms), then two
 *  continuation bytes. */
const UTF8_JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff9f]/;
/** A half-width kana beside a kanji or a replacement mark: what UTF-8 Japanese read as Shift_JIS gives (譚ｱ莠ｬ驛ｽ).
 *  Written to start at the kana, the kanji before it looked behind for: the regex then tries only at kana, not at
 *  every kanji too (run on every block of a Shift_JIS file: half the time of `kana kanji|kanji kana`). */
const KANA_BESIDE_KANJI = /[\uff61-\uff9f](?:[\u4e00-\u9fff\ufffd]|(?<=[\u4e00-\u9fff\ufffd][\uff61-\uff9f]))/;

/**
 * Whether a line of a Shift_JIS file that does not read as Shift_JIS is UTF-8 (a row pasted from a UTF-8 file, files
 * joined): valid UTF-8 holding Japanese, which read as Shift_JIS gives mojibake. Shift_JIS Japanese is hardly ever
 * valid UTF-8 (its lead bytes 81–9F are UTF-8 continuation bytes).
 */
function utf8LineAmongShiftJis(line: Uint8Array, asShiftJis: string): string | null {
  if (!validUtf8(line)) return null;
  const text = UTF8.decode(line);
  return UTF8_JAPANESE.test(text) && (asShiftJis.includes("\ufffd") || KANA_BESIDE_KANJI.test(asShiftJis)) ? text : null;
}

const endsLine = (block: Uint8Array) => block.length > 0 && (block[block.length - 1] === 0x0a || block[block.length - 1] === 0x0d);

/**
 * Shift_JIS whole lines at a time: a block of lines that reads as Shift_JIS without error (nearly every block) is
 * decoded as it is; another is decoded line by line, and a line in UTF-8 (utf8LineAmongShiftJis) is read as such,
 * counted in `found`. Before, such a line was published as mojibake (新宿区立図書館 as 譁ｰ螳ｿ蛹ｺ遶句峙譖ｸ鬢ｨ).
 */
async function* shiftJisLines(chunks: AsyncIterable<Uint8Array>, found?: Utf8LinesFound): AsyncIterable<string> {
  const lenient = new TextDecoder("shift_jis");
  // a block that ends inside a line (a line past lineBlocks' limit) may leave half a character to the next: read as a
  // stream, as is the next
  let cut = false;
  const decode = (block: Uint8Array, whole: boolean): string => {
    if (cut || !whole) {
      cut = !whole;
      return lenient.decode(block, { stream: true });
    }
    const clean = strictShiftJis(block);
    // a UTF-8 line may read as Shift_JIS without error, as mojibake of half-width kana among kanji (譁ｰ螳ｿ): its block
    // is read line by line too, where a line of Shift_JIS's own half-width kana (東京ﾀﾜｰ) is no valid UTF-8 and stays
    return clean !== null && !KANA_BESIDE_KANJI.test(clean) ? clean : byLines(block);
  };
  const byLines = (block: Uint8Array): string => {
    let text = "";
    for (let from = 0; from < block.length;) {
      const end = lineEnd(block, from);
      const line = block.subarray(from, end);
      const asShiftJis = lenient.decode(line);
      const utf8 = utf8LineAmongShiftJis(line, asShiftJis);
      if (utf8 !== null && found) {
        found.count++;
        found.first ??= utf8.trimEnd();
      }
      text += utf8 ?? asShiftJis;
      from = end;
    }
    return text;
  };
  // a block that does not end a line is the file's last line, or part of a line: which, the next block tells. It is
  // copied (a block may be a view of the reader's buffer, valid until the next is read); at most one per long line
  let held: Uint8Array | null = null;
  for await (const block of lineBlocks(chunks)) {
    if (held !== null) yield decode(held, false);
    held = null;
    if (endsLine(block)) yield decode(block, true);
    else held = block.slice();
  }
  if (held !== null) yield decode(held, true);
  const rest = lenient.decode();
  if (rest) yield rest;
}

/** A UTF-8 BOM before Shift_JIS text: dropped, as a UTF-8 decoder drops it. */
async function* withoutUtf8Bom(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  let first = true;
  for await (const chunk of chunks) {
    yield first && startsWith(chunk, UTF8_BOM) ? chunk.subarray(3) : chunk;
    first = false;
  }
}

/** Decodes a stream of byte chunks to text chunks, with CR LF and lone CR turned into LF (quoted cells included).
 *  `midFile`: the bytes start inside the file (a range of it), where a BOM is text, not a mark. `utf8Lines`: where a
 *  Shift_JIS file's lines read as UTF-8 are counted. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: Encoding, midFile = false,
  utf8LinesFound?: Utf8LinesFound): AsyncIterable<string> {
  if (encoding === "utf-8" || encoding === "utf-8-bom") {
    yield* decodeText(utf8Lines(chunks, midFile), null);
    return;
  }
  if (encoding === "shift_jis") {
    yield* decodeText(shiftJisLines(midFile ? chunks : withoutUtf8Bom(chunks), utf8LinesFound), null);
    return;
  }
  yield* decodeText(chunks, new TextDecoder(decoderLabel(encoding), { ignoreBOM: midFile }));
}

/** Text pieces (decoded already) or bytes (decoded by `decoder`), with CR LF and lone CR turned into LF. */
async function* decodeText(pieces: AsyncIterable<Uint8Array | string>, decoder: TextDecoder | null): AsyncIterable<string> {
  let pendingCr = false;
  const clean = (text: string, last: boolean): string => {
    let t = pendingCr ? `\r${text}` : text;
    pendingCr = !last && t.endsWith("\r");
    if (pendingCr) t = t.slice(0, -1);
    if (t.indexOf("\r") === -1) return t;
    // a string search, then the rare lone CR: a third less time than one /\r\n?/g replace on a CRLF file
    const lf = t.replaceAll("\r\n", "\n");
    return lf.indexOf("\r") === -1 ? lf : lf.replaceAll("\r", "\n");
  };
  for await (const piece of pieces) {
    const text = clean(typeof piece === "string" ? piece : (decoder as TextDecoder).decode(piece, { stream: true }), false);
    if (text) yield text;
  }
  const rest = clean(decoder === null ? "" : decoder.decode(), true);
  if (rest) yield rest;
}

/** One-shot decoding of a whole text file in memory: `{ text, encoding, issues }`. */
export async function decodeBytes(bytes: Uint8Array, hint?: string): Promise<{ text: string; encoding: Encoding; issues: Issue[] }> {
  const once = async function* () { yield bytes; };
  const { encoding, issues } = await sniffEncoding(bytes.subarray(0, SNIFF_BYTES), once, hint);
  let text = "";
  for await (const t of decodeChunks(once(), encoding)) text += t;
  return { text, encoding, issues };
}
