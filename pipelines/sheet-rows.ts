// A worksheet's rows, read from its XML as it is inflated, in batches: each row's cells as text (cell-values.ts), and
// what else the rows hold (formulas without a result, HYPERLINK() links, rows out of order, missing shared strings,
// hidden columns and rows).
import { columnIndex, MAX_COLUMNS, MAX_ROWS } from "./cell-references.ts";
import { cellText, namesMissingString, type SheetContext } from "./cell-values.ts";
import { concatPieces, type ConcatPiece, type SharedJoin, sharedFormula } from "./concat-formula.ts";
import { hyperlinkPieces, hyperlinkTarget } from "./hyperlink-formula.ts";
import { sumsCellsAbove } from "./sum-formula.ts";
import type { SheetLinks } from "./sheet-links.ts";
import { StruckCells } from "./struck-rows.ts";
import { attr, isPrefixed, withoutPrefixes, XlsxError } from "./workbook-xml.ts";

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
/** rows per batch, and the most empty rows (the ones Excel leaves out) put in one */
const BATCH_ROWS = 2000;
/** the most text one row may take: a row never closed would otherwise hold the rest of the sheet */
const MAX_ROW_CHARS = 32 * 1024 * 1024;


/** What a row's cells hold besides their text: formulas without a result, and links written as HYPERLINK(). */
export interface RowFindings {
  /** references of formula cells saved without their result (a file written by a program that does not calculate):
   *  Excel would show a value there, the file holds none */
  uncalculated: string[];
  /** formula cells saved without a result that only join text of their row (`=B2&C2`, concat-formula.ts), worked out
   *  from the row's cells: each as `G2=東京都新宿区…` */
  workedOut: string[];
  /** number cells that their format shows empty (`;;;`, `0;-0;;@` for 0), read as empty: each as `E5=0（0;-0;;@）` */
  hiddenValues: string[];
  links: SheetLinks;
  /** row numbers (1-based) a row of the sheet gave that were not after the row before it */
  outOfOrder: number[];
  /** references of cells that name a shared string the table does not have */
  missingStrings: string[];
  /** hidden columns, as 0-based [first, last] ranges (`<col min max hidden>`), and hidden rows (1-based) that hold cells */
  hiddenColumns: Array<[number, number]>;
  hiddenRows: number[];
  stored: Map<number, Map<number, string>>;
  /** number cells a plain format shows rounded (1234.6 under `0` as 1235), read as stored: by 0-based row and column,
   *  the decimal places shown, to which a text column rounds the number */
  rounded: Map<number, Map<number, number>>;
  /** rows (0-based) whose filled cells are all struck through by their font (struck-rows.ts) */
  struckRows: Set<number>;
  /** shared formulas by index (`si`), from the cell that writes each: the cells below that share it without a result
   *  are worked out as it is (`<f t="shared" si="0"/>`) */
  sharedJoins: Map<string, SharedJoin>;
  /** rows (0-based) with a cell whose formula adds up the cells above it in its column (`=SUM(B4:B20)`: sum-formula.ts) */
  summingRows: Set<number>;
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

/** Joining formulas' text from the row's cells, each once the cells it joins are known (one joining another waits for
 *  it); one that joins a cell no formula of the row can give stays uncalculated. */
function workOutJoins(joined: Array<[number, string, ConcatPiece[]]>, cells: string[], findings: RowFindings): void {
  let pending = joined;
  for (;;) {
    const waiting = new Set(pending.map(([at]) => at));
    const ready = pending.filter(([, , pieces]) => pieces.every((p) => "text" in p || !waiting.has(p.column)));
    if (ready.length === 0) break;
    for (const [at, ref, pieces] of ready) {
      cells[at] = pieces.map((p) => ("text" in p ? p.text : cells[p.column] ?? "")).join("");
      findings.workedOut.push(`${ref}=${cells[at]}`);
    }
    pending = pending.filter((j) => !ready.includes(j));
  }
  findings.uncalculated.push(...pending.map(([, ref]) => ref));
}

/** A row's values by column in a map by row, made when the row has its first. */
function cellsOfRow<T>(byRow: Map<number, Map<number, T>>, r: number): Map<number, T> {
  let row = byRow.get(r);
  if (row === undefined) byRow.set(r, (row = new Map()));
  return row;
}

/** One row's cells; `findings` (when reading a sheet, not its head) collects what else they hold, for row `r` (0-based). */
function rowCells(inner: string, ctx: SheetContext, findings: RowFindings | null, r: number): string[] {
  const cells: string[] = [];
  /** HYPERLINK() cells, with what their address is made of: read once the row's cells are */
  let linked: Array<[number, NonNullable<ReturnType<typeof hyperlinkPieces>>]> | null = null;
  /** formula cells without a result that join text of the row: worked out once the row's cells are read */
  let joined: Array<[number, string, ConcatPiece[]]> | null = null;
  const struck = findings !== null && ctx.struckStyles !== undefined && ctx.struckStyles.size > 0 ? new StruckCells() : null;
  for (const c of inner.matchAll(CELL)) {
    const at = columnIndex(attr(c[1], "r"), cells.length);
    if (at < 0) throw new XlsxError(`cell ${attr(c[1], "r")} lies past Excel's last column (XFD)`);
    while (cells.length < at) cells.push("");
    const body = c[2] ?? "";
    const text = cellText(c[1], body, ctx);
    if (typeof text === "string") cells[at] = text;
    else if ("places" in text) {
      cells[at] = text.stored;
      if (findings !== null) cellsOfRow(findings.rounded, r).set(at, text.places);
    } else if (text.hiddenBy !== undefined) {
      cells[at] = "";
      findings?.hiddenValues.push(`${attr(c[1], "r") ?? `#${at + 1}`}=${text.stored}（${text.hiddenBy}）`);
    } else {
      cells[at] = text.shown;
      if (findings !== null) cellsOfRow(findings.stored, r).set(at, text.stored);
    }
    if (findings === null) continue;
    struck?.note(cells[at], Number(attr(c[1], "s") ?? 0), ctx.struckStyles as ReadonlySet<number>);
    if (cells[at] === "" && attr(c[1], "t") === "s" && namesMissingString(body, ctx.strings)) findings.missingStrings.push(attr(c[1], "r") ?? `#${at + 1}`);
    if (!body.includes("<f")) continue;
    const shared = body.includes("shared") ? sharedFormula(body, r, at) : null;
    if (shared?.written != null) findings.sharedJoins.set(shared.si, shared.written);
    if (cells[at] === "" && !body.includes("<v")) {
      const master = shared === null || shared.written !== null ? undefined : findings.sharedJoins.get(shared.si);
      const pieces = master === undefined ? concatPieces(body, r) : master.column === at ? master.pieces : null;
      if (pieces !== null) (joined ??= []).push([at, attr(c[1], "r") ?? `#${at + 1}`, pieces]);
      else findings.uncalculated.push(attr(c[1], "r") ?? `#${at + 1}`);
    }
    if (sumsCellsAbove(body, r, at)) findings.summingRows.add(r);
    const pieces = hyperlinkPieces(body, r);
    if (pieces !== null) (linked ??= []).push([at, pieces]);
  }
  if (joined !== null && findings !== null) workOutJoins(joined, cells, findings);
  for (const [at, pieces] of linked ?? []) {
    const target = hyperlinkTarget(pieces, cells);
    if (target !== "") findings?.links.setCell(r, at, target, true);
  }
  if (struck?.rowStruck()) findings?.struckRows.add(r);
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  return cells;
}

/** A part's text in pieces, decoded as it is inflated. */
export async function* textPieces(pieces: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
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
export async function* sheetRows(pieces: AsyncIterable<string>, ctx: SheetContext, findings: RowFindings | null): AsyncGenerator<string[][]> {
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
