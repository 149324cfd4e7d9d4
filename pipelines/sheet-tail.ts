// What a worksheet holds after its rows and at their end, read in a first pass before any row: its merged ranges and
// hyperlinks (as XML elements), and its last rows (a legend or an as-of line under the data).
import type { SheetContext } from "./cell-values.ts";
import { sheetRows } from "./sheet-rows.ts";
import { withoutPrefixes } from "./workbook-xml.ts";

/** the most of a sheet's tail (after its rows: merged ranges, hyperlinks) read; past it, the rest is left out (and said) */
export const MAX_TAIL_BYTES = 32 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8");

const SHEET_DATA = new TextEncoder().encode("sheetData");
const LT = 0x3c;
const SLASH = 0x2f;

/** Whether the `sheetData` name at `at` ends the rows: `</sheetData>`, `</x:sheetData>` or `<sheetData/>`. */
function endsSheetData(buf: Uint8Array, at: number): boolean {
  if (buf[at + SHEET_DATA.length] === SLASH) return true;
  for (let i = at - 1; i >= 0 && i >= at - 16; i--) if (buf[i] === LT) return buf[i + 1] === SLASH;
  return false;
}

/** The elements of a sheet's tail that are read: merged ranges and hyperlinks (not their containers). */
const TAIL_ELEMENT = /<(?:\w+:)?(?:mergeCell|hyperlink)\b[^>]*>/g;
/** the longest tag waited for across pieces: past it, a `<` that never closes is not a tag worth the copying */
const MAX_TAG_CHARS = 1024 * 1024;

/**
 * The merged ranges and hyperlinks after a worksheet's rows, as their XML elements: the sheet is inflated once more, its
 * rows skipped as bytes and the rest scanned piece by piece, keeping only those elements. Known this way before the
 * first row is read, without holding the sheet. `cut`: the tail went on past MAX_TAIL_BYTES, and the rest was not read
 * (inflating on would also meet the zip-bomb guard, which refuses the whole file).
 */
export async function sheetTail(pieces: AsyncIterable<Uint8Array>): Promise<{ xml: string; cut: boolean; lastRows: Uint8Array }> {
  const kept: string[] = [];
  let scanned = 0;
  let decoder: TextDecoder | null = null;
  let carry: Uint8Array = new Uint8Array(0);
  /** a tag cut at the end of the last piece */
  let open = "";
  const rowsEnd = new LastBytes(LAST_ROWS_BYTES);
  let lastRows: Uint8Array = new Uint8Array(0);
  for await (const piece of pieces) {
    let bytes = piece;
    if (decoder === null) {
      const buf = Buffer.concat([carry, piece]);
      let end = -1;
      for (let at = buf.indexOf(SHEET_DATA); at !== -1 && end === -1; at = buf.indexOf(SHEET_DATA, at + 1)) if (endsSheetData(buf, at)) end = at;
      if (end === -1) {
        rowsEnd.add(piece);
        carry = buf.subarray(Math.max(0, buf.length - 64));
        continue;
      }
      // the rows' last bytes: the pieces before, and this one up to the end of the rows (which may lie in the carry)
      const inPiece = end - carry.length;
      if (inPiece > 0) rowsEnd.add(piece.subarray(0, inPiece));
      lastRows = rowsEnd.bytes(Math.min(0, inPiece));
      decoder = new TextDecoder("utf-8");
      bytes = buf.subarray(end);
    }
    if ((scanned += bytes.length) > MAX_TAIL_BYTES) return { xml: kept.join(""), cut: true, lastRows };
    let text = open + decoder.decode(bytes, { stream: true });
    const lt = text.lastIndexOf("<");
    open = lt !== -1 && text.indexOf(">", lt) === -1 && text.length - lt <= MAX_TAG_CHARS ? text.slice(lt) : "";
    if (open !== "") text = text.slice(0, lt);
    for (const m of text.matchAll(TAIL_ELEMENT)) kept.push(m[0]);
  }
  return { xml: kept.join(""), cut: false, lastRows };
}

/** How much of the end of a sheet's rows is kept for its last rows: a few notes' worth, as of a text file's end. */
const LAST_ROWS_BYTES = 16 * 1024;

/** The last `limit` bytes (at least) of what was added, held as the pieces that hold them. */
class LastBytes {
  #pieces: Uint8Array[] = [];
  #length = 0;
  constructor(readonly limit: number) {}

  add(piece: Uint8Array): void {
    this.#pieces.push(piece);
    this.#length += piece.length;
    while (this.#pieces.length > 1 && this.#length - this.#pieces[0].length >= this.limit) this.#length -= (this.#pieces.shift() as Uint8Array).length;
  }

  /** The bytes held, less `drop` (≤ 0) at the end; at most `limit` of them. */
  bytes(drop: number): Uint8Array {
    const all = Buffer.concat(this.#pieces);
    const end = all.length + drop;
    return all.subarray(Math.max(0, end - this.limit), Math.max(0, end));
  }
}

/** A row's start tag (any prefix) and its row number, which the last rows do not keep. */
const ROW_TAG = /<(?:\w+:)?row(?=[\s>/])/;
const ROW_NUMBER = /(<(?:\w+:)?row\b[^>]*?)\sr="\d+"/g;

/** The rows of the XML kept at the end of a sheet's rows, from the first whole row in it. */
export async function lastRowsOf(xml: Uint8Array, ctx: SheetContext): Promise<string[][]> {
  const text = utf8.decode(xml);
  const first = text.search(ROW_TAG);
  if (first === -1) return [];
  const rows: string[][] = [];
  const piece = withoutPrefixes(text.slice(first).replace(ROW_NUMBER, "$1"));
  for await (const batch of sheetRows((async function* () { yield piece; })(), ctx, null)) for (const row of batch) rows.push(row);
  return rows;
}
