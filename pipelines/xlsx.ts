// xlsx: the sheets of a workbook as rows of text cells, the way a CSV export would show them.
// Shared strings without their furigana (rPh) runs, Date-formatted cells as ISO dates or HH:MM times,
// numbers as their shortest text. A small reader of its own: exceljs expands data validations over whole
// columns (seconds per file) and its streaming reader mixes furigana into header text.
// This module opens the workbook and hands out its sheets; a sheet's rows are sheet-rows.ts's, their values
// cell-values.ts's, what follows the rows sheet-tail.ts's and merged-cells.ts's.
import { cellRange } from "./cell-references.ts";
import { cellFormats, roundingFormats, type SheetContext } from "./cell-values.ts";
import { type AcrossMerge, acrossMerges, mergeFiller, verticalMerges } from "./merged-cells.ts";
import { readSharedStrings, unescapeXml } from "./shared-strings.ts";
import { SheetLinks } from "./sheet-links.ts";
import { struckStyles } from "./struck-rows.ts";
import { type RowFindings, sheetRows, textPieces } from "./sheet-rows.ts";
import { lastRowsOf, sheetTail } from "./sheet-tail.ts";
import { partFinder, workbookParts } from "./workbook-parts.ts";
import { attr, stripPrefixes, XlsxError } from "./workbook-xml.ts";
import { inflateZipEntry, listZipEntries, readZipEntry, type ZipEntry } from "./zip.ts";

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
  /** cells under a merged range holding a value of their own, which Excel does not show, read as the range's value
   *  (`I7=民間施設（I6:I10）`): complete once the batches are read */
  mergedHidden: string[];
  /** formula cells saved without a result: complete once the batches are read */
  uncalculated: string[];
  /** formula cells without a result that join text of their row, worked out (`G2=…`): complete once the batches are read */
  workedOut: string[];
  /** number cells their format shows empty, read as empty (`E5=0（0;-0;;@）`): complete once the batches are read */
  hiddenValues: string[];
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
  /** merged ranges that span columns and start in the sheet's first HEAD_MERGE_ROWS rows: a header cell over two columns */
  acrossMerges: AcrossMerge[];
  /** rows (0-based) struck through whole by their cells' font (struck-rows.ts): a batch's rows are here once it is given */
  struckRows: Set<number>;
  /** rows (0-based) with a cell that adds up the cells above it in its column (`=SUM(B4:B20)`): a batch's rows are here
   *  once it is given */
  summingRows: Set<number>;
  /** the sheet's last rows (up to LAST_ROWS_BYTES of their XML), known before the first batch: what a line under the
   *  data says (an as-of date, a legend) holds for the rows above it. Row numbers are not kept: a gap is no row. */
  lastRows: string[][];
  /** the cells shown with their format's text (`"第"0"号"` shows 77 as 第77号), by 0-based row and column: the value
   *  stored, as a number column reads it. A batch's rows are here once it is given; take them (and delete) as read. */
  stored: Map<number, Map<number, string>>;
  /** the number cells a plain format shows rounded (`0` shows 1234.6 as 1235), by 0-based row and column: the decimal
   *  places shown, to which a text column rounds the number (the cell holds the number stored). Taken (and deleted) as
   *  read, as `stored`. */
  rounded: Map<number, Map<number, number>>;
}

export interface Workbook {
  sheets: SheetInfo[];
  /** the workbook counts its dates from 1904-01-01 (`<workbookPr date1904="1">`, old Mac Excel): its date-formatted cells
   *  are read so here, and a number in a date column is a serial of that system (normalize/date-system.ts) */
  date1904: boolean;
  /** the first `limit` rows of one sheet (for choosing the sheet): only that much of it is inflated */
  head(sheet: SheetInfo, limit: number): Promise<string[][]>;
  /** every row of one sheet, in batches as it is inflated, without what read() finds beside them (merges, links) */
  rows(sheet: SheetInfo): AsyncIterable<string[][]>;
  read(sheet: SheetInfo): Promise<SheetReading>;
}

const utf8 = new TextDecoder("utf-8");

/** how far down a header is looked for (detect.ts HEAD_RECORDS): merges across columns below are data's */
const HEAD_MERGE_ROWS = 50;

function entryBytes(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): Uint8Array | null {
  const entry = entries.get(path);
  return entry ? readZipEntry(bytes, entry) : null;
}

function entryText(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): string | null {
  const part = entryBytes(bytes, entries, path);
  return part === null ? null : utf8.decode(part);
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
  const find = partFinder(entries.keys());
  /** a part's text, its name found whatever its case */
  const partText = (path: string | null) => {
    const found = path === null ? null : find(path);
    return found === null ? null : entryText(bytes, entries, found);
  };
  const parts = workbookParts(partText("xl/_rels/workbook.xml.rels") ?? "", find);
  const sheets: SheetInfo[] = [];
  for (const m of wb.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const path = parts.sheets.get(attr(m[1], "r:id") ?? attr(m[1], "id") ?? "");
    if (path !== undefined) {
      sheets.push({ name: unescapeXml(attr(m[1], "name") ?? ""), hidden: /hidden/.test(attr(m[1], "state") ?? ""), path });
    }
  }
  const date1904 = /^(?:1|true)$/.test(attr(/<workbookPr\b([^>]*)/.exec(wb)?.[1] ?? "", "date1904") ?? "");
  let ctx: SheetContext | null = null;
  const context = () => {
    if (ctx !== null) return ctx;
    const styles = partText(parts.styles);
    const formats = cellFormats(styles, date1904);
    const textFormats = formats.some((f) => typeof f === "object" && (f.shows?.showsText === true || f.hides?.text === true));
    return (ctx = { strings: readSharedStrings(parts.sharedStrings === null ? null : entryBytes(bytes, entries, parts.sharedStrings)), formats, date1904, textFormats,
      struckStyles: struckStyles(stripPrefixes(styles ?? "")), rounding: roundingFormats(styles) });
  };
  const pieces = (sheet: SheetInfo): AsyncIterable<Uint8Array> => {
    const entry = entries.get(sheet.path);
    return entry === undefined ? (async function* () {})() : inflateZipEntry(bytes, entry);
  };
  const rows = (sheet: SheetInfo) => sheetRows(textPieces(pieces(sheet)), context(), null);
  return {
    sheets,
    date1904,
    rows,
    async head(sheet, limit) {
      const rows: string[][] = [];
      for await (const batch of this.rows(sheet)) {
        for (const row of batch) {
          if (rows.length >= limit) return rows;
          rows.push(row);
        }
      }
      return rows;
    },
    async read(sheet) {
      const tail = await sheetTail(pieces(sheet));
      const links = sheetLinks(tail.xml, partText(relsPathOf(sheet.path)));
      const findings: RowFindings = { uncalculated: [], workedOut: [], hiddenValues: [], links, outOfOrder: [], missingStrings: [], hiddenColumns: [], hiddenRows: [], stored: new Map(), rounded: new Map(), sharedJoins: new Map(), struckRows: new Set(), summingRows: new Set() };
      const filler = mergeFiller(verticalMerges(tail.xml), links, [findings.stored, findings.rounded]);
      const rows = sheetRows(textPieces(pieces(sheet)), context(), findings);
      async function* batches(): AsyncGenerator<string[][]> {
        let first = 0;
        for await (const batch of rows) {
          filler.fill(batch, first);
          first += batch.length;
          yield batch;
        }
      }
      return { batches: batches(), merged: filler.filled, mergedHidden: filler.hidden, acrossMerges: acrossMerges(tail.xml, HEAD_MERGE_ROWS), ...findings, tailCut: tail.cut, lastRows: await lastRowsOf(tail.lastRows, context()) };
    },
  };
}

/** What kind of archive a zip is, from its entry names: a workbook we read, or something to name in an issue; with its
 *  entries (a zip of one data file is read through them). */
export function describeZip(bytes: Uint8Array): { kind: "xlsx" | "xlsb" | "ods" | "docx" | "zip"; names: string[]; entries: ZipEntry[] } {
  const entries = listZipEntries(bytes);
  const names = entries.map((e) => e.name);
  const has = (n: string) => names.some((x) => x.replace(/^\//, "") === n);
  if (has("xl/workbook.xml")) return { kind: "xlsx", names, entries };
  if (has("xl/workbook.bin")) return { kind: "xlsb", names, entries };
  if (has("content.xml") && has("mimetype")) return { kind: "ods", names, entries };
  if (has("word/document.xml")) return { kind: "docx", names, entries };
  return { kind: "zip", names, entries };
}
