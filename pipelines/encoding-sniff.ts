// Which encoding a text file is in. Order: BOM → strict UTF-8 → UTF-8 with some lines in Shift_JIS or damaged →
// EUC-JP when the head reads so and not as Shift_JIS (or reads as clearly more Japanese) → Shift_JIS (CP932).
// UTF-16 with or without a BOM is recognized too.
import { isUtf8 as validUtf8 } from "node:buffer";
import { type Issue, issue } from "./issues.ts";
import { damagedUtf8, isShiftJisLine, isUtf8, lineBlocks, lineEnd, lineWithShiftJisCells, utf8Sequences } from "./utf8-lines.ts";

/** Canonical encoding names reported in `report.encoding`. */
export type Encoding = "utf-8" | "utf-8-bom" | "shift_jis" | "euc-jp" | "iso-2022-jp" | "utf-16le" | "utf-16be";

export const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
export const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

export function encodingFromBom(head: Uint8Array): Encoding | null {
  if (startsWith(head, UTF8_BOM)) return "utf-8-bom";
  if (startsWith(head, UTF16LE_BOM)) return "utf-16le";
  if (startsWith(head, UTF16BE_BOM)) return "utf-16be";
  return null;
}

/** UTF-16 without a BOM: ASCII-range characters leave a zero in every other byte. */
export function sniffUtf16(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "utf-16le";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "utf-16be";
  return null;
}

/** The label TextDecoder understands for each encoding. */
export function decoderLabel(encoding: Encoding): string {
  return encoding === "utf-8-bom" ? "utf-8" : encoding;
}

/** Reads an encoding hint as people write it ("sjis", "cp932", "UTF8" …); null when it names nothing we read. */
export function encodingFromHint(hint: string | undefined): Encoding | null {
  if (!hint) return null;
  const h = hint.toLowerCase().replace(/[\s_-]/g, "");
  if (["utf8", "utf8bom", "utf8sig"].includes(h)) return "utf-8";
  if (["shiftjis", "sjis", "cp932", "windows31j", "ms932", "mskanji", "xsjis"].includes(h)) return "shift_jis";
  if (["eucjp", "ujis", "xeucjp"].includes(h)) return "euc-jp";
  if (["iso2022jp", "jis", "csiso2022jp"].includes(h)) return "iso-2022-jp";
  if (["utf16le", "utf16", "ucs2"].includes(h)) return "utf-16le";
  if (h === "utf16be") return "utf-16be";
  return null;
}

/** The most line numbers kept for the report (the count goes on). */
const MAX_LINES_LISTED = 100;

interface LineEncodings {
  /** lines with non-ASCII bytes that are valid UTF-8 */
  utf8: number;
  /** 1-based numbers of the lines in Shift_JIS (the first MAX_LINES_LISTED), and how many there are */
  shiftJis: number[];
  shiftJisCount: number;
  /** UTF-8 lines with a value in Shift_JIS (lineWithShiftJisCells), as the Shift_JIS ones */
  shiftJisCells: number[];
  shiftJisCellsCount: number;
  /** broken UTF-8 sequences on lines that are none of these */
  broken: number;
}

/**
 * The encoding of each line of a file that is not valid UTF-8. Stops once Shift_JIS lines are at least four and as
 * many as the UTF-8 ones: a Shift_JIS file (one CP932 file is read no further than its first lines).
 */
async function lineEncodings(chunks: AsyncIterable<Uint8Array>): Promise<LineEncodings> {
  const found: LineEncodings = { utf8: 0, shiftJis: [], shiftJisCount: 0, shiftJisCells: [], shiftJisCellsCount: 0, broken: 0 };
  let line = 0;
  const look = (bytes: Uint8Array) => {
    line++;
    if (bytes.every((b) => b < 0x80)) return; // line ends included: ASCII
    if (validUtf8(bytes)) found.utf8++;
    else if (isShiftJisLine(bytes)) {
      if (found.shiftJis.length < MAX_LINES_LISTED) found.shiftJis.push(line);
      found.shiftJisCount++;
    } else if (lineWithShiftJisCells(bytes) !== null) {
      // its other values are UTF-8: a line of the UTF-8 file
      found.utf8++;
      if (found.shiftJisCells.length < MAX_LINES_LISTED) found.shiftJisCells.push(line);
      found.shiftJisCellsCount++;
    } else found.broken += utf8Sequences(bytes).broken;
  };
  for await (const block of lineBlocks(chunks)) {
    for (let from = 0; from < block.length;) {
      const end = lineEnd(block, from);
      look(block.subarray(from, end));
      from = end;
      if (found.shiftJisCount >= 4 && found.shiftJisCount >= found.utf8) return found;
    }
  }
  return found;
}

/** Line numbers as the report shows them: the first ten, then how many in all. */
const listed = (lines: number[], count: number) => lines.slice(0, 10).join(", ") + (count > 10 ? ` … (${count})` : "");

/**
 * A file that is not valid UTF-8 although it says (BOM) or seems to be: UTF-8 with some lines or values saved in
 * Shift_JIS (rows pasted from another file: those lines are read as Shift_JIS and named) or damaged in a few places, when
 * more lines are UTF-8 than Shift_JIS; else null (a Shift_JIS file).
 */
async function mixedUtf8(chunks: AsyncIterable<Uint8Array>): Promise<Issue[] | null> {
  const lines = await lineEncodings(chunks);
  if (lines.shiftJisCount + lines.shiftJisCellsCount === 0 || lines.utf8 <= lines.shiftJisCount) return null;
  const issues: Issue[] = [];
  if (lines.shiftJisCount > 0) issues.push(issue("shift_jis_lines", { value: listed(lines.shiftJis, lines.shiftJisCount) }));
  if (lines.shiftJisCellsCount > 0) issues.push(issue("shift_jis_cells", { value: listed(lines.shiftJisCells, lines.shiftJisCellsCount) }));
  if (lines.broken > 0) issues.push(issue("damaged_utf8", { value: String(lines.broken) }));
  return issues;
}

/** Text that is not valid UTF-8 and is UTF-8 all the same (lines in Shift_JIS, or damaged in a few places), with what
 *  to report; null when it is Shift_JIS. */
async function utf8Despite(chunks: () => AsyncIterable<Uint8Array>): Promise<Issue[] | null> {
  const mixed = await mixedUtf8(chunks());
  if (mixed !== null) return mixed;
  const broken = await damagedUtf8(chunks());
  return broken === null ? null : [issue("damaged_utf8", { value: String(broken) })];
}

/**
 * Chooses the encoding of a text file: the BOM when there is one (a UTF-8 BOM is checked), else the hint (a UTF-8
 * hint is checked), else strict UTF-8 over the whole file, else UTF-8 with some lines in Shift_JIS or damaged in a
 * few places (reported), else Shift_JIS (CP932). `chunks` reads the file again from the start.
 */
export async function sniffEncoding(head: Uint8Array, chunks: () => AsyncIterable<Uint8Array>, hint?: string):
  Promise<{ encoding: Encoding; issues: Issue[] }> {
  const bom = encodingFromBom(head);
  if (bom === "utf-8-bom" && !(await isUtf8(chunks()))) {
    // a BOM before text that is not UTF-8: a program put it before Shift_JIS, or some lines are Shift_JIS
    const found = await utf8Despite(chunks);
    return found !== null ? { encoding: bom, issues: found } : { encoding: "shift_jis", issues: [issue("bom_before_shift_jis")] };
  }
  if (bom) return { encoding: bom, issues: [] };
  const utf16 = sniffUtf16(head);
  if (utf16) return { encoding: utf16, issues: [] };
  const hinted = encodingFromHint(hint);
  const issues: Issue[] = [];
  if (hint && !hinted) issues.push(issue("unknown_encoding_hint", { value: hint }));
  if (hinted === "shift_jis" || hinted === "euc-jp" || hinted === "iso-2022-jp" || hinted === "utf-16le" || hinted === "utf-16be") return { encoding: hinted, issues };
  // 7-bit bytes, so valid UTF-8 too, where $B…(B would be published as the text
  if (isIso2022Jp(head)) return { encoding: "iso-2022-jp", issues: [...issues, issue("iso_2022_jp_file")] };
  if (await isUtf8(chunks())) return { encoding: "utf-8", issues };
  const found = await utf8Despite(chunks);
  if (found !== null) return { encoding: "utf-8", issues: [...issues, ...found] };
  if (isEucJp(head)) return { encoding: "euc-jp", issues: [...issues, issue("euc_jp_file")] };
  if (hinted === "utf-8") issues.push(issue("encoding_mismatch", { value: hint ?? null }));
  return { encoding: "shift_jis", issues };
}

/** ESC $ B or ESC $ @: ISO-2022-JP (JIS) switching to kanji, as mail programs and old systems save Japanese. */
const JIS_KANJI_IN = /\x1b\$[B@]/;

/** Whether a head is ISO-2022-JP: 7-bit bytes only, with an escape into kanji, and it reads as such without error. */
export function isIso2022Jp(head: Uint8Array): boolean {
  const sample = head.subarray(0, EUC_SNIFF_BYTES);
  if (sample.some((b) => b >= 0x80)) return false;
  const ascii = String.fromCharCode(...sample.subarray(0, Math.min(sample.length, 4096)));
  return JIS_KANJI_IN.test(ascii) && decodedStrictly("iso-2022-jp", sample) !== null;
}

/** How much of the head the EUC-JP test reads: the first lines of Japanese are enough, and the test stays cheap. */
const EUC_SNIFF_BYTES = 16 * 1024;

/** Characters of Japanese text (kana, kanji, full-width forms) less half-width kana and replacement marks: EUC-JP bytes
 *  read as Shift_JIS give mostly half-width kana (their bytes A1–DF are Shift_JIS's single-byte kana). */
function japaneseScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e) || c === 0x3001 || c === 0x3002) score++;
    else if ((c >= 0xff61 && c <= 0xff9f) || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) score--;
  }
  return score;
}

/** Decoded without error (a character cut at the end of the head waits: stream), else null. */
function decodedStrictly(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

/**
 * Whether a head that is not UTF-8 is EUC-JP (old Unix systems still write it): it reads as EUC-JP without error, and
 * either not as Shift_JIS or as clearly less Japanese text there. A Shift_JIS file rarely reads as EUC-JP at all (its
 * lead bytes 81–9F are none of EUC-JP's but 8E and 8F).
 */
export function isEucJp(head: Uint8Array): boolean {
  const sample = head.subarray(0, EUC_SNIFF_BYTES);
  const euc = decodedStrictly("euc-jp", sample);
  if (euc === null) return false;
  const eucScore = japaneseScore(euc);
  if (eucScore <= 0) return false;
  const sjis = decodedStrictly("shift_jis", sample);
  return sjis === null || eucScore > 2 * Math.max(0, japaneseScore(sjis));
}
