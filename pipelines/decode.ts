// Decode: a text file's bytes, in the encoding sniffEncoding chose, to text chunks with LF line ends. A UTF-8 file is
// decoded whole lines at a time, so that a line saved in Shift_JIS among UTF-8 ones is read as such.
import { isUtf8 as validUtf8 } from "node:buffer";
import { decoderLabel, type Encoding, sniffEncoding, startsWith, UTF8_BOM } from "./encoding-sniff.ts";
import { SNIFF_BYTES } from "./file-kind.ts";
import type { Issue } from "./issues.ts";
import { isShiftJisLine, lineBlocks, lineEnd, lineWithShiftJisCells, SHIFT_JIS } from "./utf8-lines.ts";

/**
 * UTF-8 whole lines at a time: a block of lines that is valid UTF-8 (nearly every block) is decoded as it is; another
 * is decoded line by line, and a line in Shift_JIS (isShiftJisLine) is read as such, as is a line's value in it
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
        text += isShiftJisLine(line) ? SHIFT_JIS.decode(line) : lineWithShiftJisCells(line) ?? utf8.decode(line);
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
