// xlsx: the sheets of a workbook as rows of text cells, the way a CSV export would show them.
// Shared strings without their furigana (rPh) runs, Date-formatted cells as ISO dates or HH:MM times,
// numbers as their shortest text. A small reader of its own: exceljs expands data validations over whole
// columns (seconds per file) and its streaming reader mixes furigana into header text.
import { posix } from "node:path";
import { compileNumberFormat, type NumberFormat } from "./number-format.ts";
import { readSharedStrings, type SharedStrings, stringItemText, unescapeXml } from "./shared-strings.ts";
import { SheetLinks } from "./sheet-links.ts";
import { inflateZipEntry, listZipEntries, readZipEntry, type ZipEntry } from "./zip.ts";

export { unescapeXml } from "./shared-strings.ts";

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** entry path inside the archive, e.g. xl/worksheets/sheet1.xml */
  path: string;
}

export interface SheetReading {
  /** the sheet's rows in batches, read as the sheet is inflated (never whole in memory), merged ranges that span rows
   *  filled with their value */
  batches: AsyncIterable<string[][]>;
  /** the merged ranges that were filled: complete once the batches are read */
  merged: string[];
  /** formula cells saved without a result: complete once the batches are read */
  uncalculated: string[];
  /** the web addresses cells link to */
  links: SheetLinks;
  /** row numbers out of order (complete once the batches are read) */
  outOfOrder: number[];
  /** cells that name a shared string the workbook does not have, read as empty (complete once the batches are read) */
  missingStrings: string[];
  /** the sheet went on for more than MAX_TAIL_BYTES after its rows: merged ranges and hyperlinks there were not read */
  tailCut: boolean;
  /** hidden columns as 0-based [first, last] ranges: known once the first batch is read */
  hiddenColumns: Array<[number, number]>;
  /** hidden rows (1-based) that hold cells: complete once the batches are read */
  hiddenRows: number[];
  /** the sheet's last rows (up to LAST_ROWS_BYTES of their XML), known before the first batch: what a line under the
   *  data says (an as-of date, a legend) holds for the rows above it. Row numbers are not kept: a gap is no row. */
  lastRows: string[][];
  /** the cells shown with their format's text (`"第"0"号"` shows 77 as 第77号), by 0-based row and column: the value
   *  stored, as a number column reads it. A batch's rows are here once it is given; take them (and delete) as read. */
  stored: Map<number, Map<number, string>>;
}

export interface Workbook {
  sheets: SheetInfo[];
  /** the first `limit` rows of one sheet (for choosing the sheet): only that much of it is inflated */
  head(sheet: SheetInfo, limit: number): Promise<string[][]>;
  read(sheet: SheetInfo): Promise<SheetReading>;
}

export class XlsxError extends Error {}

const utf8 = new TextDecoder("utf-8");

function entryBytes(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): Uint8Array | null {
  const entry = entries.get(path);
  return entry ? readZipEntry(bytes, entry) : null;
}

function entryText(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): string | null {
  const part = entryBytes(bytes, entries, path);
  return part === null ? null : utf8.decode(part);
}

/** Whether a part writes its elements with a namespace prefix (`<x:row>`): its root element, at its start, tells. */
const isPrefixed = (xml: string) => /<\w+:(?:sst|worksheet|workbook|styleSheet)\b/.test(xml.slice(0, 4096));
const withoutPrefixes = (xml: string) => xml.replace(/<(\/?)\w+:/g, "<$1");
const stripPrefixes = (xml: string) => (isPrefixed(xml) ? withoutPrefixes(xml) : xml);

const ATTRIBUTES = new Map<string, RegExp>();
function attr(attrs: string, name: string): string | undefined {
  let pattern = ATTRIBUTES.get(name);
  // valid XML may quote with ' and put spaces around =
  if (pattern === undefined) ATTRIBUTES.set(name, (pattern = new RegExp(`(?:^|[\\s:])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attrs);
  return m === null ? undefined : m[1] ?? m[2];
}

/** A number format shows a date, a time, both, or a number; a number as digits of a fixed width (`0000000`, `000-0000`):
 *  the text Excel shows, leading zeros and hyphens included; a value with text of the format's (`"第"0"号"`, `0"人"`,
 *  `@"様"`): the text Excel shows (number-format.ts), else as digits or a number. */
type CellFormat = "number" | "date" | "time" | "datetime" | { digits: string | null; shows: NumberFormat | null };

const BUILTIN_DATE = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILTIN_TIME = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);

/** What a number format code shows: a date, a time, both, a number of fixed digits (zeros, maybe hyphens: codes and
 *  numbers as `0001234`, postal codes as `123-4567`), a value with text of the format's, or a plain number. */
export function formatKind(code: string): CellFormat {
  // without quoted text, escaped characters and [..] (colours, locales, [DBNum1]) but elapsed time ([h], [mm], [ss]);
  // then without General (G/標準 in Japanese Excel) and the E+ of scientific notation, whose letters are no date parts
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, "")
    .replace(/General|G\/標準/gi, "").replace(/E[+-]/gi, "").split(";")[0];
  const digits = /^0+(?:-0+)*$/.test(bare) && bare.replace(/-/g, "").length >= 2 ? bare : null;
  const date = digits === null && (/[ydge]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare)));
  const time = digits === null && /[hs]/i.test(bare);
  if (date || time) return date && time ? "datetime" : date ? "date" : "time";
  const shows = compileNumberFormat(code);
  return shows === null && digits === null ? "number" : { digits, shows };
}

function cellFormats(xml: string | null): CellFormat[] {
  if (!xml) return [];
  const styles = stripPrefixes(xml);
  // each format read once, however many styles use it
  const custom = new Map<number, CellFormat>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "numFmtId");
    const code = attr(m[1], "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), formatKind(unescapeXml(code)));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    if (custom.has(id)) return custom.get(id) as CellFormat;
    return BUILTIN_DATE.has(id) ? "date" : BUILTIN_TIME.has(id) ? "time" : "number";
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An Excel serial (days since 1899-12-30, or 1904-01-01) as ISO text of the given kind. */
export function serialToIso(serial: number, kind: Exclude<CellFormat, "number">, date1904 = false): string {
  // 1900 system: Excel counts a 29 Feb 1900 that never was, so serials before 60 start a day later.
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86_400_000);
  const d = new Date(epoch + ms);
  const date = `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const secs = d.getUTCSeconds();
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${secs ? `:${pad(secs)}` : ""}`;
  if (kind === "date") return date;
  if (kind === "time") return time;
  return time === "00:00" ? date : `${date}T${time}`;
}

/** Excel's last column (XFD) and row: a reference past them is no cell of a sheet Excel can open. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/** The letters of a 0-based column (2 → C, 27 → AB). */
export function columnLetters(index: number): string {
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The 0-based column of a reference (`C5` → 2), `fallback` without one; past XFD, -1. */
function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
  if (!letters) return fallback;
  if (letters.length > 3) return -1;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n > MAX_COLUMNS ? -1 : n - 1;
}

interface SheetContext {
  strings: SharedStrings;
  formats: CellFormat[];
  date1904: boolean;
  /** whether a format shows text cells with text of its own (`@"様"`): only then is a text cell's style looked up */
  textFormats: boolean;
}

/** A cell shown with its format's text: that text, and the value stored. */
interface Shown { shown: string; stored: string }

/** A text cell as its format shows it (`@"様"`). */
function withTextFormat(text: string, attrs: string, ctx: SheetContext): string | Shown {
  if (!ctx.textFormats || text === "") return text;
  const format = ctx.formats[Number(attr(attrs, "s") ?? 0)];
  const shown = typeof format === "object" ? format.shows?.text(text) ?? null : null;
  return shown === null ? text : { shown, stored: text };
}

function cellText(attrs: string, inner: string, ctx: SheetContext): string | Shown {
  const type = attr(attrs, "t") ?? "n";
  if (type === "inlineStr") {
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1];
    return is === undefined ? "" : withTextFormat(stringItemText(is), attrs, ctx);
  }
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (raw === undefined) return "";
  if (type === "s") return withTextFormat(ctx.strings.get(Number(raw)), attrs, ctx); // "" when the table lacks it: rowCells names the cell
  if (type === "b") return raw === "1" ? "TRUE" : "FALSE";
  if (type === "str") return withTextFormat(unescapeXml(raw), attrs, ctx);
  if (type === "e" || type === "d") return unescapeXml(raw);
  const num = Number(raw);
  if (!Number.isFinite(num)) return unescapeXml(raw);
  const format = ctx.formats[Number(attr(attrs, "s") ?? 0)] ?? "number";
  if (typeof format === "object") {
    const shown = format.shows?.number(num) ?? null;
    if (shown !== null) return { shown, stored: String(num) };
    return format.digits === null ? String(num) : withDigits(num, format.digits);
  }
  if (format === "number") return String(num);
  // a fraction of a day under a date format (Excel shows 1900/1/0) is a time of day a program wrote with the wrong format
  if (format === "date" && num >= 0 && num < 1) return serialToIso(num, "time", ctx.date1904);
  return serialToIso(num, format, ctx.date1904);
}

/** A whole number as a fixed-digit format shows it (`0000000` → 0112345, `000-0000` → 123-4567); any other number as
 *  it is. */
function withDigits(num: number, digits: string): string {
  const width = digits.replace(/-/g, "").length;
  if (!Number.isInteger(num) || num < 0 || String(num).length > width) return String(num);
  let text = String(num).padStart(width, "0");
  let at = 0;
  for (const group of digits.split("-").slice(0, -1)) {
    at += group.length;
    text = `${text.slice(0, at)}-${text.slice(at)}`;
    at++;
  }
  return text;
}

/** Whether a shared-string cell's value is an index the table does not have (a damaged or cut workbook). */
function namesMissingString(body: string, strings: SharedStrings): boolean {
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return false;
  const index = Number(raw);
  return !(Number.isInteger(index) && index >= 0 && index < strings.count);
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
/** rows per batch, and the most empty rows (the ones Excel leaves out) put in one */
const BATCH_ROWS = 2000;
/** the most text one row may take: a row never closed would otherwise hold the rest of the sheet */
const MAX_ROW_CHARS = 32 * 1024 * 1024;
/** the most of a sheet's tail (after its rows: merged ranges, hyperlinks) read; past it, the rest is left out (and said) */
export const MAX_TAIL_BYTES = 32 * 1024 * 1024;

/** The address a `=HYPERLINK("https://…", "詳細はこちら")` formula opens, when it is written out in the formula. */
const HYPERLINK_FORMULA = /<f\b[^>]*>\s*HYPERLINK\(\s*(?:&quot;|")([^"&]*(?:&amp;[^"&]*)*)(?:&quot;|")(?=\s*[,)])/i;

/** What a row's cells hold besides their text: formulas without a result, and links written as HYPERLINK(). */
interface RowFindings {
  /** references of formula cells saved without their result (a file written by a program that does not calculate):
   *  Excel would show a value there, the file holds none */
  uncalculated: string[];
  links: SheetLinks;
  /** row numbers (1-based) a row of the sheet gave that were not after the row before it */
  outOfOrder: number[];
  /** references of cells that name a shared string the table does not have */
  missingStrings: string[];
  /** hidden columns, as 0-based [first, last] ranges (`<col min max hidden>`), and hidden rows (1-based) that hold cells */
  hiddenColumns: Array<[number, number]>;
  hiddenRows: number[];
  stored: SheetReading["stored"];
}

/** A column setting of the sheet's `<cols>`, hidden or not. */
const COLUMN_SETTING = /<col\b([^>]*)>/g;
const TRUE = /^(?:1|true)$/i;

/** The hidden column ranges among the settings before a sheet's rows (complete tags only). */
function hiddenColumnsIn(settings: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of settings.matchAll(COLUMN_SETTING)) {
    if (!TRUE.test(attr(m[1], "hidden") ?? "")) continue;
    const min = Number(attr(m[1], "min"));
    const max = Number(attr(m[1], "max") ?? min);
    if (Number.isInteger(min) && Number.isInteger(max) && min >= 1 && max >= min) out.push([min - 1, Math.min(max, MAX_COLUMNS) - 1]);
  }
  return out;
}

/** One row's cells; `findings` (when reading a sheet, not its head) collects what else they hold, for row `r` (0-based). */
function rowCells(inner: string, ctx: SheetContext, findings: RowFindings | null, r: number): string[] {
  const cells: string[] = [];
  for (const c of inner.matchAll(CELL)) {
    const at = columnIndex(attr(c[1], "r"), cells.length);
    if (at < 0) throw new XlsxError(`cell ${attr(c[1], "r")} lies past Excel's last column (XFD)`);
    while (cells.length < at) cells.push("");
    const body = c[2] ?? "";
    const text = cellText(c[1], body, ctx);
    if (typeof text === "string") cells[at] = text;
    else {
      cells[at] = text.shown;
      if (findings !== null) {
        let row = findings.stored.get(r);
        if (row === undefined) findings.stored.set(r, (row = new Map()));
        row.set(at, text.stored);
      }
    }
    if (findings === null) continue;
    if (cells[at] === "" && attr(c[1], "t") === "s" && namesMissingString(body, ctx.strings)) findings.missingStrings.push(attr(c[1], "r") ?? `#${at + 1}`);
    if (!body.includes("<f")) continue;
    if (cells[at] === "" && !body.includes("<v")) findings.uncalculated.push(attr(c[1], "r") ?? `#${at + 1}`);
    const target = HYPERLINK_FORMULA.exec(body)?.[1];
    if (target !== undefined) findings.links.setCell(r, at, unescapeXml(target), true);
  }
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** A part's text in pieces, decoded as it is inflated. */
async function* textPieces(pieces: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const piece of pieces) {
    const text = decoder.decode(piece, { stream: true });
    if (text !== "") yield text;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/**
 * The rows of a worksheet's XML, given in pieces, in batches: each piece is read up to its last whole row and the rest
 * waits for the next one, so memory holds a piece and a batch, whatever the size of the sheet. Every character is
 * looked at a bounded number of times, even in a row that never closes (refused past MAX_ROW_CHARS). Rows Excel left
 * out are empty rows.
 */
async function* sheetRows(pieces: AsyncIterable<string>, ctx: SheetContext, findings: RowFindings | null): AsyncGenerator<string[][]> {
  let pending = "";
  /** text of the last piece held back from prefix stripping: an element name cut after its `<` */
  let held = "";
  let prefixed: boolean | undefined;
  /** where the search for the open row's </row> goes on (its tag and what was searched already are before it) */
  let searchFrom = -1;
  /** pieces that came while a row was open, kept apart until its </row> comes (joining each would copy it again) */
  let waiting: string[] = [];
  let waitingLength = 0;
  let next = 0;
  let batch: string[][] = [];
  const push = (cells: string[]) => {
    batch.push(cells);
    next++;
  };
  /** the sheet's settings before its rows (`<cols>`) are read: once `<sheetData` is seen */
  let settingsRead = findings === null;
  for await (const piece of pieces) {
    let text = held + piece;
    held = "";
    prefixed ??= isPrefixed(text);
    if (prefixed) {
      // `<x:` may be cut at the end of a piece: hold back a last `<` with no `>` after it
      const lt = text.lastIndexOf("<");
      if (lt !== -1 && text.indexOf(">", lt) === -1 && text.length - lt < 64) [text, held] = [text.slice(0, lt), text.slice(lt)];
      text = withoutPrefixes(text);
    }
    if (searchFrom !== -1) {
      const seam = (waiting.length > 0 ? waiting[waiting.length - 1] : pending).slice(-5);
      waiting.push(text);
      waitingLength += text.length;
      if (pending.length + waitingLength > MAX_ROW_CHARS) throw new XlsxError(`row ${next + 1} is not closed within ${MAX_ROW_CHARS} characters`);
      if ((seam + text).indexOf("</row>") === -1) continue;
      text = waiting.join("");
      waiting = [];
      waitingLength = 0;
    }
    pending += text;
    if (!settingsRead) {
      // what stands before the rows is dropped below as it is read (but for a tag cut at the end): read each tag once
      const dataAt = pending.indexOf("<sheetData");
      const settings = dataAt === -1 ? pending.slice(0, Math.max(0, pending.lastIndexOf(">") + 1)) : pending.slice(0, dataAt);
      (findings as RowFindings).hiddenColumns.push(...hiddenColumnsIn(settings));
      settingsRead = dataAt !== -1;
    }
    // the rows end at </sheetData>: what follows (merged ranges, links) is sheetTail's
    const sheetEnd = pending.indexOf("</sheetData");
    let at = 0;
    for (;;) {
      const start = pending.indexOf("<row", at);
      if (start === -1 || (sheetEnd !== -1 && start > sheetEnd)) break;
      const after = pending.charCodeAt(start + 4);
      if (Number.isNaN(after)) break; // the name is cut: wait for the next piece
      if (!(after === 0x3e || after === 0x2f || after === 0x20 || after === 0x09 || after === 0x0a || after === 0x0d)) {
        at = start + 4; // not a row (<rowBreaks>)
        continue;
      }
      const tagEnd = pending.indexOf(">", start);
      if (tagEnd === -1) break;
      const selfClosing = pending.charCodeAt(tagEnd - 1) === 0x2f;
      const close = selfClosing ? tagEnd : pending.indexOf("</row>", Math.max(tagEnd, searchFrom));
      if (close === -1) {
        searchFrom = Math.max(tagEnd, pending.length - 5);
        break;
      }
      searchFrom = -1;
      const rowAttrs = pending.slice(start + 4, selfClosing ? tagEnd - 1 : tagEnd);
      const given = Number(attr(rowAttrs, "r") ?? next + 1) - 1;
      if (findings !== null && !selfClosing && rowAttrs.includes("hidden") && TRUE.test(attr(rowAttrs, "hidden") ?? "")) findings.hiddenRows.push(given + 1);
      if (!(given < MAX_ROWS)) throw new XlsxError(`row ${given + 1} lies past Excel's last row (${MAX_ROWS})`);
      // a row numbered before the one read last (written by a program, not Excel) is read where it stands
      if (given < next && findings !== null) findings.outOfOrder.push(given + 1);
      while (next < given) {
        push([]);
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      push(selfClosing ? [] : rowCells(pending.slice(tagEnd + 1, close), ctx, findings, next));
      at = selfClosing ? tagEnd + 1 : close + 6;
      if (batch.length >= BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
    if (sheetEnd !== -1) break;
    pending = pending.slice(at);
    if (searchFrom !== -1) searchFrom -= at;
    // before the first row (the sheet's settings) nothing waits: keep only a tag that may be cut
    else if (pending.indexOf("<row") === -1) {
      const lt = pending.lastIndexOf("<");
      pending = lt !== -1 && pending.indexOf(">", lt) === -1 ? pending.slice(lt) : "";
    }
    if (pending.length > MAX_ROW_CHARS) throw new XlsxError(`row ${next + 1} is not closed within ${MAX_ROW_CHARS} characters`);
  }
  if (batch.length > 0) yield batch;
}

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
async function sheetTail(pieces: AsyncIterable<Uint8Array>): Promise<{ xml: string; cut: boolean; lastRows: Uint8Array }> {
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
async function lastRowsOf(xml: Uint8Array, ctx: SheetContext): Promise<string[][]> {
  const text = utf8.decode(xml);
  const first = text.search(ROW_TAG);
  if (first === -1) return [];
  const rows: string[][] = [];
  const piece = withoutPrefixes(text.slice(first).replace(ROW_NUMBER, "$1"));
  for await (const batch of sheetRows((async function* () { yield piece; })(), ctx, null)) for (const row of batch) rows.push(row);
  return rows;
}

const MAX_MERGE_COLUMNS = 64;

/** A cell or a range of cells (`B2`, `B2:C5`) as 0-based [row, column] corners; null when it is neither, or lies past
 *  Excel's last column. */
function cellRange(ref: string): { from: [number, number]; to: [number, number] } | null {
  const whole = /^([A-Z]+):([A-Z]+)$|^(\d+):(\d+)$/.exec(ref);
  if (whole !== null) {
    // whole columns (`I:I`) or whole rows (`3:5`)
    const range: { from: [number, number]; to: [number, number] } = whole[1] !== undefined
      ? { from: [0, columnIndex(whole[1], 0)], to: [MAX_ROWS - 1, columnIndex(whole[2], 0)] }
      : { from: [Number(whole[3]) - 1, 0], to: [Number(whole[4]) - 1, MAX_COLUMNS - 1] };
    return range.from[1] < 0 || range.to[1] < 0 || range.from[0] < 0 ? null : range;
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (m === null) return null;
  const from: [number, number] = [Number(m[2]) - 1, columnIndex(m[1], 0)];
  const to: [number, number] = m[3] === undefined ? from : [Number(m[4]) - 1, columnIndex(m[3], 0)];
  return from[1] < 0 || to[1] < 0 ? null : { from, to };
}

/** The merged ranges of a sheet that span more than one row (`B2:B5`), as 0-based [row, column] corners. */
function verticalMerges(xml: string): Array<{ ref: string; from: [number, number]; to: [number, number] }> {
  const merges = [];
  // read with or without a namespace prefix (x:mergeCell), so the sheet is not rewritten a second time
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*?)\/?>/g)) {
    const ref = attr(m[1], "ref") ?? "";
    const range = cellRange(ref);
    // a range over more columns than a table has (A2:XFD1048576) would widen every row: not a value merged down
    if (range !== null && range.to[0] > range.from[0] && range.to[1] - range.from[1] < MAX_MERGE_COLUMNS) merges.push({ ref, ...range });
  }
  return merges;
}

type Merge = ReturnType<typeof verticalMerges>[number];

/**
 * Gives every cell of a merged range that spans rows the value of its top-left cell, as Excel shows it (a 団体名
 * merged over the rows of one organization): the file holds it only in the first row, and the others would read as
 * empty. Batch by batch (`first`: the 0-based row of the batch's first row); `filled` collects the ranges it filled.
 */
function mergeFiller(merges: readonly Merge[]): { fill(rows: string[][], first: number): void; filled: string[] } {
  const pending = [...merges].sort((a, b) => a.from[0] - b.from[0]);
  let active: Array<Merge & { value: string }> = [];
  const filled: string[] = [];
  return {
    filled,
    fill(rows, first) {
      for (let k = 0; k < rows.length; k++) {
        const r = first + k;
        while (pending.length > 0 && pending[0].from[0] <= r) {
          const merge = pending.shift() as Merge;
          const value = merge.from[0] === r ? rows[k][merge.from[1]] ?? "" : "";
          if (value !== "") {
            active.push({ ...merge, value });
            filled.push(merge.ref);
          }
        }
        if (active.length === 0) continue;
        active = active.filter((m) => m.to[0] >= r);
        for (const m of active) {
          const cells = rows[k];
          for (let c = m.from[1]; c <= m.to[1]; c++) {
            while (cells.length < c) cells.push("");
            if ((cells[c] ?? "") === "") cells[c] = m.value;
          }
        }
      }
    },
  };
}

/** The relationships file of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
const relsPathOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/**
 * Cells that link to a web page (a cell showing 「詳細はこちら」 that opens the page): `<hyperlink ref r:id>` in the sheet,
 * the address in the sheet's relationships. Links within the workbook (`location`) are no web address and are left out.
 */
export function sheetLinks(xml: string, rels: string | null): SheetLinks {
  const links = new SheetLinks();
  if (!/<(?:\w+:)?hyperlink\b/.test(xml) || rels === null) return links;
  const targets = new Map<string, string>();
  for (const m of stripPrefixes(rels).matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target && /hyperlink"?$/.test(attr(m[1], "Type") ?? "")) targets.set(id, unescapeXml(target));
  }
  for (const m of xml.matchAll(/<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g)) {
    const target = targets.get(attr(m[1], "r:id") ?? attr(m[1], "id") ?? "");
    const range = cellRange(attr(m[1], "ref") ?? "");
    if (target !== undefined && range !== null) links.setRange(range.from, range.to, target);
  }
  return links;
}

/** Opens an xlsx workbook held in memory. Throws ZipError or XlsxError when it is damaged or not a workbook. */
export function openXlsx(bytes: Uint8Array): Workbook {
  const entries = new Map<string, ZipEntry>();
  for (const entry of listZipEntries(bytes)) {
    const name = entry.name.replace(/^\//, "");
    // two parts of one name: which one Excel would read is not known
    if (entries.has(name)) throw new XlsxError(`the archive holds ${name} twice`);
    entries.set(name, entry);
  }
  const workbook = entryText(bytes, entries, "xl/workbook.xml");
  if (workbook === null) throw new XlsxError("no xl/workbook.xml");
  const wb = stripPrefixes(workbook);
  const rels = stripPrefixes(entryText(bytes, entries, "xl/_rels/workbook.xml.rels") ?? "");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target && /worksheet"?$/.test(attr(m[1], "Type") ?? "")) targets.set(id, posix.normalize(target.startsWith("/") ? target.slice(1) : `xl/${target}`));
  }
  const sheets: SheetInfo[] = [];
  for (const m of wb.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const path = targets.get(attr(m[1], "r:id") ?? attr(m[1], "id") ?? "");
    if (path && entries.has(path)) {
      sheets.push({ name: unescapeXml(attr(m[1], "name") ?? ""), hidden: /hidden/.test(attr(m[1], "state") ?? ""), path });
    }
  }
  const date1904 = /^(?:1|true)$/.test(attr(/<workbookPr\b([^>]*)/.exec(wb)?.[1] ?? "", "date1904") ?? "");
  let ctx: SheetContext | null = null;
  const context = () => {
    if (ctx !== null) return ctx;
    const formats = cellFormats(entryText(bytes, entries, "xl/styles.xml"));
    const textFormats = formats.some((f) => typeof f === "object" && f.shows?.showsText === true);
    return (ctx = { strings: readSharedStrings(entryBytes(bytes, entries, "xl/sharedStrings.xml")), formats, date1904, textFormats });
  };
  const pieces = (sheet: SheetInfo): AsyncIterable<Uint8Array> => {
    const entry = entries.get(sheet.path);
    return entry === undefined ? (async function* () {})() : inflateZipEntry(bytes, entry);
  };
  return {
    sheets,
    async head(sheet, limit) {
      const rows: string[][] = [];
      for await (const batch of sheetRows(textPieces(pieces(sheet)), context(), null)) {
        for (const row of batch) {
          if (rows.length >= limit) return rows;
          rows.push(row);
        }
      }
      return rows;
    },
    async read(sheet) {
      const tail = await sheetTail(pieces(sheet));
      const links = sheetLinks(tail.xml, entryText(bytes, entries, relsPathOf(sheet.path)));
      const filler = mergeFiller(verticalMerges(tail.xml));
      const findings: RowFindings = { uncalculated: [], links, outOfOrder: [], missingStrings: [], hiddenColumns: [], hiddenRows: [], stored: new Map() };
      const rows = sheetRows(textPieces(pieces(sheet)), context(), findings);
      async function* batches(): AsyncGenerator<string[][]> {
        let first = 0;
        for await (const batch of rows) {
          filler.fill(batch, first);
          first += batch.length;
          yield batch;
        }
      }
      return { batches: batches(), merged: filler.filled, ...findings, tailCut: tail.cut, lastRows: await lastRowsOf(tail.lastRows, context()) };
    },
  };
}

/** What kind of archive a zip is, from its entry names: a workbook we read, or something to name in an issue. */
export function describeZip(bytes: Uint8Array): { kind: "xlsx" | "xlsb" | "ods" | "docx" | "zip"; names: string[] } {
  const names = listZipEntries(bytes).map((e) => e.name);
  const has = (n: string) => names.some((x) => x.replace(/^\//, "") === n);
  if (has("xl/workbook.xml")) return { kind: "xlsx", names };
  if (has("xl/workbook.bin")) return { kind: "xlsb", names };
  if (has("content.xml") && has("mimetype")) return { kind: "ods", names };
  if (has("word/document.xml")) return { kind: "docx", names };
  return { kind: "zip", names };
}
