// Decode: what a file really is (CSV text, xlsx, zip, HTML, PDF, old .xls …) and which encoding its text is in.
// Sniffing order for text: BOM → strict UTF-8 → UTF-8 with some lines in Shift_JIS or damaged → EUC-JP when the head
// reads so and not as Shift_JIS (or reads as clearly more Japanese) → Shift_JIS (CP932).
// UTF-16 with or without a BOM is recognized too.
import { isUtf8 as validUtf8 } from "node:buffer";
import { type Issue, issue } from "./issues.ts";
import { concat } from "./ranges.ts";

/** What the bytes of a file are, whatever its name says. */
export type FileKind = "text" | "empty" | "zip" | "html" | "xml" | "pdf" | "cfb" | "encrypted" | "binary";

/** Canonical encoding names reported in `report.encoding`. */
export type Encoding = "utf-8" | "utf-8-bom" | "shift_jis" | "euc-jp" | "utf-16le" | "utf-16be";

/** How many bytes of the head are enough to tell the kind of a file. */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Tells what a file is from its first bytes. Text files are "text" whatever their encoding. */
export function sniffKind(head: Uint8Array): FileKind {
  if (head.length === 0) return "empty";
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return holdsEncryptedPackage(head) ? "encrypted" : "cfb";
  const bomEncoding = encodingFromBom(head);
  const utf16 = bomEncoding === "utf-16le" || bomEncoding === "utf-16be" ? bomEncoding : sniffUtf16(head);
  const text = utf16 ? new TextDecoder(utf16).decode(head.subarray(0, 4096)) : latin(head.subarray(0, 4096));
  const trimmed = text.replace(/^\uFEFF/, "").replace(/^(?:ï»¿)/, "").trimStart();
  if (trimmed.length === 0) return "empty";
  if (/^<(?:!doctype\s+html|html|head|body|meta|title|script|!--)/i.test(trimmed)) return "html";
  if (/^<\?xml/i.test(trimmed)) return /<html[\s>]/i.test(trimmed) ? "html" : "xml";
  if (!utf16 && hasControlBytes(head)) return "binary";
  return "text";
}

/** The stream name (UTF-16LE in the container's directory) under which Office keeps a password-protected workbook:
 *  such a file is an OLE container as an old .xls is, and wants the password removed, not a save as .xlsx. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");
const holdsEncryptedPackage = (head: Uint8Array) => Buffer.from(head.buffer, head.byteOffset, head.byteLength).indexOf(ENCRYPTED_PACKAGE) >= 0;

/** Byte → char one to one: enough to look for ASCII markers in any ASCII-compatible encoding. */
function latin(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/**
 * Many C0 controls (NUL included) other than tab/CR/LF/FF/ESC: not a text file. A few stray NULs or controls in the
 * cells of a CSV don't make it binary (the text normalizer reports and removes them; no row is lost).
 */
function hasControlBytes(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > Math.max(8, n / 100);
}

export function encodingFromBom(head: Uint8Array): Encoding | null {
  if (startsWith(head, UTF8_BOM)) return "utf-8-bom";
  if (startsWith(head, UTF16LE_BOM)) return "utf-16le";
  if (startsWith(head, UTF16BE_BOM)) return "utf-16be";
  return null;
}

/** UTF-16 without a BOM: ASCII-range characters leave a zero in every other byte. */
function sniffUtf16(head: Uint8Array): "utf-16le" | "utf-16be" | null {
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
  if (["utf16le", "utf16", "ucs2"].includes(h)) return "utf-16le";
  if (h === "utf16be") return "utf-16be";
  return null;
}

/** The length of the UTF-8 sequence a byte begins (a continuation byte counts as 1: the check rejects it). */
const sequenceLength = (lead: number) => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1);

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that they do not finish (0–3): those are checked
 *  together with the next chunk. Three continuation bytes at the end are left to the check itself (they finish a
 *  four-byte sequence or are invalid). */
function unfinishedUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue;
    return sequenceLength(b) > back ? back : 0;
  }
  return 0;
}

/**
 * Streaming check that a whole byte stream is valid UTF-8 (stops at the first invalid sequence). node:buffer's
 * isUtf8 validates without decoding: a fatal TextDecoder decoded the whole file once only to throw it away, before
 * the run decoded it again. A sequence cut by a chunk's end is checked on its own, with the bytes of the next chunk
 * that finish it, so no chunk is copied.
 */
export async function isUtf8(chunks: AsyncIterable<Uint8Array>): Promise<boolean> {
  let carried: number[] = [];
  for await (const chunk of chunks) {
    let rest = chunk;
    if (carried.length > 0) {
      const take = sequenceLength(carried[0]) - carried.length;
      carried.push(...chunk.subarray(0, take));
      rest = chunk.subarray(take);
      if (carried.length < sequenceLength(carried[0])) continue;
      if (!validUtf8(Uint8Array.from(carried))) return false;
    }
    const tail = unfinishedUtf8Tail(rest);
    if (!validUtf8(rest.subarray(0, rest.length - tail))) return false;
    carried = [...rest.subarray(rest.length - tail)];
  }
  return carried.length === 0;
}

/** Below this many well-formed multi-byte sequences per broken one, the bytes are no damaged UTF-8 but another
 *  encoding (a CP932 file breaks on nearly every Japanese character read as UTF-8). */
const UTF8_PER_BROKEN = 20;

/**
 * For a file that is not valid UTF-8: the number of broken sequences when it is UTF-8 all the same, damaged in a few
 * places (a cut last character, a stray byte, one row saved from another program), else null (another encoding).
 * Reading a UTF-8 file as Shift_JIS because of one bad byte garbled every line of it. Stops as soon as the broken
 * sequences are too many, which for a CP932 file is within its first Japanese characters.
 */
export async function damagedUtf8(chunks: AsyncIterable<Uint8Array>): Promise<number | null> {
  const tally = new Utf8Tally();
  const tooBroken = () => tally.broken >= 4 && tally.broken * UTF8_PER_BROKEN > tally.good;
  for await (const chunk of chunks) if (!tally.add(chunk, tooBroken)) return null;
  tally.finish();
  return tally.broken > 0 && tally.good >= UTF8_PER_BROKEN * tally.broken ? tally.broken : null;
}

/** Well-formed and broken multi-byte UTF-8 sequences in bytes given piece by piece (a sequence may span pieces). */
class Utf8Tally {
  good = 0;
  broken = 0;
  /** continuation bytes the current sequence still needs */
  private needed = 0;

  /** Counts `bytes`; false, stopping there, once `enough` holds after a broken sequence. */
  add(bytes: Uint8Array, enough: () => boolean = () => false): boolean {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (this.needed > 0) {
        if ((b & 0xc0) === 0x80) {
          if (--this.needed === 0) this.good++;
          continue;
        }
        this.needed = 0;
        this.broken++;
        if (enough()) return false;
      }
      if (b < 0x80) continue;
      if (b >= 0xc2 && b <= 0xf4) this.needed = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : 1;
      else {
        this.broken++;
        if (enough()) return false;
      }
    }
    return true;
  }

  /** A sequence left unfinished at the end is broken. */
  finish(): void {
    if (this.needed > 0) this.broken++;
    this.needed = 0;
  }
}

const LF = 0x0a;
const SHIFT_JIS = new TextDecoder("shift_jis", { fatal: true });

/** Multi-byte sequences of a line read as UTF-8: well formed, and broken. */
function utf8Sequences(line: Uint8Array): { good: number; broken: number } {
  const tally = new Utf8Tally();
  tally.add(line);
  tally.finish();
  return tally;
}

/**
 * Whether a line that is not valid UTF-8 is Shift_JIS: it reads as Shift_JIS without error, and as UTF-8 it breaks at
 * least as often as it holds (a UTF-8 line with one damaged character is damaged UTF-8, not Shift_JIS). The same test
 * chooses the encoding (sniffEncoding) and decodes (decodeChunks), so what was reported is what was read.
 */
function isShiftJisLine(line: Uint8Array): boolean {
  const { good, broken } = utf8Sequences(line);
  if (broken === 0 || good > broken) return false;
  try {
    SHIFT_JIS.decode(line);
    return true;
  } catch {
    return false;
  }
}

/** The most line numbers kept for the report (the count goes on). */
const MAX_LINES_LISTED = 100;

interface LineEncodings {
  /** lines with non-ASCII bytes that are valid UTF-8 */
  utf8: number;
  /** 1-based numbers of the lines in Shift_JIS (the first MAX_LINES_LISTED), and how many there are */
  shiftJis: number[];
  shiftJisCount: number;
  /** broken UTF-8 sequences on lines that are neither */
  broken: number;
}

/**
 * The encoding of each line of a file that is not valid UTF-8. Stops once Shift_JIS lines are at least four and as
 * many as the UTF-8 ones: a Shift_JIS file (one CP932 file is read no further than its first lines).
 */
async function lineEncodings(chunks: AsyncIterable<Uint8Array>): Promise<LineEncodings> {
  const found: LineEncodings = { utf8: 0, shiftJis: [], shiftJisCount: 0, broken: 0 };
  let line = 0;
  const look = (bytes: Uint8Array) => {
    line++;
    if (bytes.every((b) => b < 0x80)) return; // line ends included: ASCII
    if (validUtf8(bytes)) found.utf8++;
    else if (isShiftJisLine(bytes)) {
      if (found.shiftJis.length < MAX_LINES_LISTED) found.shiftJis.push(line);
      found.shiftJisCount++;
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
 * A file that is not valid UTF-8 although it says (BOM) or seems to be: UTF-8 with some lines saved in Shift_JIS
 * (rows pasted from another file: those lines are read as Shift_JIS and named) or damaged in a few places, when
 * more lines are UTF-8 than Shift_JIS; else null (a Shift_JIS file).
 */
async function mixedUtf8(chunks: AsyncIterable<Uint8Array>): Promise<Issue[] | null> {
  const lines = await lineEncodings(chunks);
  if (lines.shiftJisCount === 0 || lines.utf8 <= lines.shiftJisCount) return null;
  const issues = [issue("shift_jis_lines", { value: listed(lines.shiftJis, lines.shiftJisCount) })];
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
  if (hinted === "shift_jis" || hinted === "euc-jp" || hinted === "utf-16le" || hinted === "utf-16be") return { encoding: hinted, issues };
  if (await isUtf8(chunks())) return { encoding: "utf-8", issues };
  const found = await utf8Despite(chunks);
  if (found !== null) return { encoding: "utf-8", issues: [...issues, ...found] };
  if (isEucJp(head)) return { encoding: "euc-jp", issues: [...issues, issue("euc_jp_file")] };
  if (hinted === "utf-8") issues.push(issue("encoding_mismatch", { value: hint ?? null }));
  return { encoding: "shift_jis", issues };
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

/**
 * UTF-8 whole lines at a time: a block of lines that is valid UTF-8 (nearly every block) is decoded as it is; another
 * is decoded line by line, and a line in Shift_JIS (isShiftJisLine) is read as such.
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
        text += isShiftJisLine(line) ? SHIFT_JIS.decode(line) : utf8.decode(line);
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

/**
 * The bytes of a file in blocks of whole lines (each ends after a line feed; the last one may not), so that a line is
 * never cut. A chunk's whole lines are given as they stand (no copy); the line begun at its end waits, copied (the
 * reader may reuse the chunk's buffer). Lines ended by CR alone are given past MAX_CARRY, cut after a whole UTF-8
 * character, so nothing piles up.
 */
async function* lineBlocks(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const firstEnd = chunk.indexOf(LF) + 1;
    if (firstEnd === 0) {
      carry = concat([carry, chunk], carry.length + chunk.length);
      if (carry.length > MAX_CARRY) {
        const end = carry.length - unfinishedUtf8Tail(carry);
        yield carry.subarray(0, end);
        carry = carry.slice(end);
      }
      continue;
    }
    const lastEnd = chunk.lastIndexOf(LF) + 1;
    yield carry.length === 0 ? chunk.subarray(0, firstEnd) : concat([carry, chunk.subarray(0, firstEnd)], carry.length + firstEnd);
    if (lastEnd > firstEnd) yield chunk.subarray(firstEnd, lastEnd);
    carry = new Uint8Array(chunk.subarray(lastEnd)); // not chunk.slice: a Buffer's slice is a view
  }
  if (carry.length > 0) yield carry;
}

const CR = 0x0d;
/** Bytes of text kept waiting for a line feed at most. */
const MAX_CARRY = 1024 * 1024;

/** Where the line that starts at `from` ends: after its LF, CR LF or lone CR (or the block's end). */
function lineEnd(block: Uint8Array, from: number): number {
  for (let i = from; i < block.length; i++) {
    if (block[i] === LF) return i + 1;
    if (block[i] === CR) return block[i + 1] === LF ? i + 2 : i + 1;
  }
  return block.length;
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
 *  `midFile`: the bytes start inside the file (a range of it), where a BOM is text, not a mark. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: Encoding, midFile = false): AsyncIterable<string> {
  if (encoding === "utf-8" || encoding === "utf-8-bom") {
    yield* decodeText(utf8Lines(chunks, midFile), null);
    return;
  }
  yield* decodeText(encoding === "shift_jis" && !midFile ? withoutUtf8Bom(chunks) : chunks, new TextDecoder(decoderLabel(encoding), { ignoreBOM: midFile }));
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

/** The file-level error for a file that is not CSV text or a readable workbook. */
export function notReadableIssue(kind: Exclude<FileKind, "text" | "zip">, fileName: string): Issue {
  switch (kind) {
    case "empty": return issue("empty_file", { value: fileName });
    case "html": return issue("html_file", { value: fileName });
    case "xml": return issue("xml_file", { value: fileName });
    case "pdf": return issue("pdf_file", { value: fileName });
    case "cfb": return issue("old_excel_file", { value: fileName });
    case "encrypted": return issue("encrypted_file", { value: fileName });
    case "binary": return issue("binary_file", { value: fileName });
  }
}
