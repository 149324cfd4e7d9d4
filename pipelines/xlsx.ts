// xlsx: the sheets of a workbook as rows of text cells, the way a CSV export would show them.
// Shared strings without their furigana (rPh) runs, Date-formatted cells as ISO dates or HH:MM times,
// numbers as their shortest text. A small reader of its own: exceljs expands data validations over whole
// columns (seconds per file) and its streaming reader mixes furigana into header text.
import { listZipEntries, readZipEntry, type ZipEntry } from "./zip.ts";

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** entry path inside the archive, e.g. xl/worksheets/sheet1.xml */
  path: string;
}

export interface Workbook {
  sheets: SheetInfo[];
  /** rows of one sheet; `limit` stops after that many rows (for scoring the head of every sheet) */
  rows(sheet: SheetInfo, limit?: number): string[][];
  /** every row of one sheet, merged ranges that span rows filled with their value (`merged`: those ranges), the
   *  formula cells saved without a result (`uncalculated`), and the web addresses cells link to (`links`) */
  read(sheet: SheetInfo): { rows: string[][]; merged: string[]; uncalculated: string[]; links: SheetLinks };
}

/** Web addresses that cells link to: 0-based row → 0-based column → address. */
export type SheetLinks = Map<number, Map<number, string>>;

export class XlsxError extends Error {}

const utf8 = new TextDecoder("utf-8");

function entryText(bytes: Uint8Array, entries: Map<string, ZipEntry>, path: string): string | null {
  const entry = entries.get(path);
  return entry ? utf8.decode(readZipEntry(bytes, entry)) : null;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: "\"", apos: "'" };

/** XML entities and the OOXML `_xHHHH_` escapes (how Excel stores control characters in strings). */
export function unescapeXml(s: string): string {
  if (s.indexOf("&") !== -1) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
      e[0] === "#" ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e]);
  }
  if (s.indexOf("_x") !== -1) s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

const stripPrefixes = (xml: string) => (/<\w+:(?:sst|worksheet|workbook|styleSheet)\b/.test(xml) ? xml.replace(/<(\/?)\w+:/g, "<$1") : xml);
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** The text of a string item: its runs, without phonetic (furigana) runs. */
function stringItemText(inner: string): string {
  const body = inner.indexOf("<rPh") === -1 ? inner : inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const m of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += m[1] ?? "";
  return unescapeXml(text);
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...stripPrefixes(xml).matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((m) => stringItemText(m[1] ?? ""));
}

type CellFormat = "number" | "date" | "time" | "datetime";

const BUILTIN_DATE = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);
const BUILTIN_TIME = new Set([18, 19, 20, 21, 32, 33, 45, 46, 47, 55, 56]);

/** What a number format code shows: a date, a time, both, or a plain number. */
export function formatKind(code: string): CellFormat {
  // without quoted text, escaped characters and [..] (colours, locales, [DBNum1]) but elapsed time ([h], [mm], [ss]);
  // then without General (G/標準 in Japanese Excel) and the E+ of scientific notation, whose letters are no date parts
  const bare = code.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, "")
    .replace(/General|G\/標準/gi, "").replace(/E[+-]/gi, "").split(";")[0];
  const date = /[ydge]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
  const time = /[hs]/i.test(bare);
  return date && time ? "datetime" : date ? "date" : time ? "time" : "number";
}

function cellFormats(xml: string | null): CellFormat[] {
  if (!xml) return [];
  const styles = stripPrefixes(xml);
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "numFmtId");
    const code = attr(m[1], "formatCode");
    if (id !== undefined && code !== undefined) custom.set(Number(id), unescapeXml(code));
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => {
    const id = Number(attr(m[1], "numFmtId") ?? 0);
    if (custom.has(id)) return formatKind(custom.get(id) as string);
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

function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

interface SheetContext { strings: string[]; formats: CellFormat[]; date1904: boolean }

function cellText(attrs: string, inner: string, ctx: SheetContext): string {
  const type = attr(attrs, "t") ?? "n";
  if (type === "inlineStr") {
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1];
    return is === undefined ? "" : stringItemText(is);
  }
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (raw === undefined) return "";
  if (type === "s") return ctx.strings[Number(raw)] ?? "";
  if (type === "b") return raw === "1" ? "TRUE" : "FALSE";
  if (type === "str" || type === "e" || type === "d") return unescapeXml(raw);
  const num = Number(raw);
  if (!Number.isFinite(num)) return unescapeXml(raw);
  const format = ctx.formats[Number(attr(attrs, "s") ?? 0)] ?? "number";
  return format === "number" ? String(num) : serialToIso(num, format, ctx.date1904);
}

/** `uncalculated`, when given, collects the references of formula cells saved without their result (a file written
 *  by a program that does not calculate): Excel would show a value there, the file holds none. */
function sheetRows(xml: string, ctx: SheetContext, limit: number, uncalculated?: string[]): string[][] {
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(stripPrefixes(xml))?.[1] ?? "";
  const rows: string[][] = [];
  for (const m of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attr(m[1], "r") ?? rows.length + 1);
    while (rows.length < r - 1 && rows.length < limit) rows.push([]); // rows Excel left out are empty rows
    if (rows.length >= limit) break;
    const cells: string[] = [];
    for (const c of (m[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const at = columnIndex(attr(c[1], "r"), cells.length);
      while (cells.length < at) cells.push("");
      cells[at] = cellText(c[1], c[2] ?? "", ctx);
      if (uncalculated && cells[at] === "" && c[2]?.includes("<f") && !c[2].includes("<v")) uncalculated.push(attr(c[1], "r") ?? `R${r}`);
    }
    while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
    rows.push(cells);
  }
  return rows;
}

/** The merged ranges of a sheet that span more than one row (`B2:B5`), as 0-based [row, column] corners. */
function verticalMerges(xml: string): Array<{ ref: string; from: [number, number]; to: [number, number] }> {
  const merges = [];
  // read with or without a namespace prefix (x:mergeCell), so the sheet is not rewritten a second time
  for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    const from: [number, number] = [Number(m[2]) - 1, columnIndex(m[1], 0)];
    const to: [number, number] = [Number(m[4]) - 1, columnIndex(m[3], 0)];
    if (to[0] > from[0]) merges.push({ ref: `${m[1]}${m[2]}:${m[3]}${m[4]}`, from, to });
  }
  return merges;
}

/**
 * Gives every cell of a merged range that spans rows the value of its top-left cell, as Excel shows it (a 団体名
 * merged over the rows of one organization): the file holds it only in the first row, and the others would read as
 * empty. Returns the ranges it filled.
 */
export function fillVerticalMerges(rows: string[][], xml: string): string[] {
  const filled: string[] = [];
  for (const { ref, from, to } of verticalMerges(xml)) {
    const value = rows[from[0]]?.[from[1]] ?? "";
    if (value === "") continue;
    for (let r = from[0]; r <= to[0] && r < rows.length; r++) {
      for (let c = from[1]; c <= to[1]; c++) {
        while (rows[r].length < c) rows[r].push("");
        if ((rows[r][c] ?? "") === "") rows[r][c] = value;
      }
    }
    filled.push(ref);
  }
  return filled;
}

/** The relationships file of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
const relsPathOf = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/**
 * Cells that link to a web page (a cell showing 「詳細はこちら」 that opens the page): `<hyperlink ref r:id>` in the sheet,
 * the address in the sheet's relationships. Links within the workbook (`location`) are no web address and are left out.
 */
export function sheetLinks(xml: string, rels: string | null): SheetLinks {
  const links: SheetLinks = new Map();
  if (!/<(?:\w+:)?hyperlink\b/.test(xml) || rels === null) return links;
  const targets = new Map<string, string>();
  for (const m of stripPrefixes(rels).matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target && /hyperlink"?$/.test(attr(m[1], "Type") ?? "")) targets.set(id, unescapeXml(target));
  }
  for (const m of xml.matchAll(/<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g)) {
    const target = targets.get(attr(m[1], "r:id") ?? attr(m[1], "id") ?? "");
    const ref = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(attr(m[1], "ref") ?? "");
    if (target === undefined || ref === null) continue;
    const [fromCol, fromRow] = [columnIndex(ref[1], 0), Number(ref[2]) - 1];
    const [toCol, toRow] = ref[3] ? [columnIndex(ref[3], 0), Number(ref[4]) - 1] : [fromCol, fromRow];
    for (let r = fromRow; r <= toRow && r - fromRow < 10_000; r++) {
      let row = links.get(r);
      if (row === undefined) links.set(r, (row = new Map()));
      for (let c = fromCol; c <= toCol && c - fromCol < 1000; c++) row.set(c, target);
    }
  }
  return links;
}

/** Opens an xlsx workbook held in memory. Throws ZipError or XlsxError when it is damaged or not a workbook. */
export function openXlsx(bytes: Uint8Array): Workbook {
  const entries = new Map(listZipEntries(bytes).map((e) => [e.name.replace(/^\//, ""), e]));
  const workbook = entryText(bytes, entries, "xl/workbook.xml");
  if (workbook === null) throw new XlsxError("no xl/workbook.xml");
  const wb = stripPrefixes(workbook);
  const rels = stripPrefixes(entryText(bytes, entries, "xl/_rels/workbook.xml.rels") ?? "");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target && /worksheet"?$/.test(attr(m[1], "Type") ?? "")) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetInfo[] = [];
  for (const m of wb.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const path = targets.get(attr(m[1], "r:id") ?? attr(m[1], "id") ?? "");
    if (path && entries.has(path)) {
      sheets.push({ name: unescapeXml(attr(m[1], "name") ?? ""), hidden: /hidden/.test(attr(m[1], "state") ?? ""), path });
    }
  }
  const date1904 = /<workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(wb);
  let ctx: SheetContext | null = null;
  const context = () => (ctx ??= {
    strings: sharedStrings(entryText(bytes, entries, "xl/sharedStrings.xml")),
    formats: cellFormats(entryText(bytes, entries, "xl/styles.xml")),
    date1904,
  });
  return {
    sheets,
    rows: (sheet, limit = Infinity) => sheetRows(entryText(bytes, entries, sheet.path) ?? "", context(), limit),
    read(sheet) {
      const xml = entryText(bytes, entries, sheet.path) ?? "";
      const uncalculated: string[] = [];
      const rows = sheetRows(xml, context(), Infinity, uncalculated);
      const links = sheetLinks(xml, entryText(bytes, entries, relsPathOf(sheet.path)));
      return { rows, merged: fillVerticalMerges(rows, xml), uncalculated, links };
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
