// One column for both coordinates (緯度・経度, 座標, `lat,lng`), as some lists copy them from a map: `35.6995,139.6363`.
// Its header is read as two columns, 緯度 and 経度, and each row's cell is cut in two before anything else reads the
// row; the swapped-pair repair (record.ts) still catches 経度 written first.
import type { ParsedRecord } from "./parse.ts";
import { plainWords } from "./normalize/text.ts";
import { isBlankCell } from "./rows.ts";

/** A header naming both coordinates, after NFKC with spaces and brackets taken out. */
const PAIR_HEADER = /^(?:(緯度)[・･,、，/／及びと]*(経度)|(経度)[・･,、，/／及びと]*(緯度)|(座標)|(位置座標)|(lat)(?:itude)?[,/_・]?(?:lng|lon|long|longitude)|(latlng)|(latlon))$/i;

export interface CoordinatePair {
  /** the column's position in the header */
  at: number;
  /** the header as written */
  source: string;
  /** the header names 経度 first (経度・緯度) */
  lonFirst: boolean;
}

/** The header's combined coordinates column, if it has one. */
export function coordinatePairOf(header: readonly string[]): CoordinatePair | null {
  for (let at = 0; at < header.length; at++) {
    const text = plainWords(header[at]).replace(/[()[\]「」]/g, "");
    const m = PAIR_HEADER.exec(text);
    if (m !== null) return { at, source: header[at], lonFirst: m[3] !== undefined };
  }
  return null;
}

/** The header with the pair column as two: 緯度, 経度 in the order the header names them. */
export function expandHeader(header: readonly string[], pair: CoordinatePair): string[] {
  const two = pair.lonFirst ? ["経度", "緯度"] : ["緯度", "経度"];
  return [...header.slice(0, pair.at), ...two, ...header.slice(pair.at + 1)];
}

/** Where a note after the pair starts, the spaces before it included: the last opening bracket when a bracket closes
 *  the cell (`（世界測地系）`, ` (WGS84)`), else the last ※ (` ※概算`); -1 when there is none or no value is before it
 *  (`(35.7, 139.6)` is the pair in brackets). Scans, not a regex tried at each start of a long cell. */
function noteStart(text: string): number {
  let at = CLOSING_BRACKETS.includes(text[text.length - 1])
    ? Math.max(text.lastIndexOf("("), text.lastIndexOf("（"), text.lastIndexOf("["), text.lastIndexOf("［"))
    : text.lastIndexOf("※");
  if (at <= 0) return -1;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return /\d/.test(text.slice(0, at)) ? at : -1;
}
const CLOSING_BRACKETS = ")）]］";

/** `35.6995,139.6363`, `35.6995 139.6363`, `(35.6995, 139.6363)`, `北緯35度41分、東経139度38分`: the two values; a cell
 *  that is not two values stays whole in the first (its value then says why it does not read). A note after the pair
 *  (`35.6812,139.7671（世界測地系）`, `35.6812 139.7671 (WGS84)`) stays after the second value, which reads as a
 *  coordinate with a note (and names its datum); before, the note's closing bracket was taken for the pair's and the
 *  longitude did not read. */
export function splitPairCell(cell: string): [string, string] {
  if (isBlankCell(cell)) return ["", ""];
  const trimmed = cell.trim();
  const noteAt = noteStart(trimmed);
  const note = noteAt === -1 ? "" : trimmed.slice(noteAt);
  const pair = noteAt === -1 ? trimmed : trimmed.slice(0, noteAt);
  // the pair in brackets: a bracket at each end
  const inner = /^[(（[［]/.test(pair) ? pair.replace(/^[(（[［]\s*/, "").replace(/\s*[)）\]］]$/, "") : pair;
  // a separator first (`35 41 22.2, 139 38 11.0` keeps its spaced DMS), else a space
  const bySeparator = inner.split(/\s*[,、，/／;；]\s*/).filter((p) => p !== "");
  const parts = bySeparator.length > 1 ? bySeparator : inner.split(/\s+/);
  return parts.length === 2 ? [parts[0], parts[1] + note] : [cell, ""];
}

/** A row's cells with the pair column cut in two. */
export function expandCells(cells: readonly string[], at: number): string[] {
  if (at >= cells.length) return [...cells];
  return [...cells.slice(0, at), ...splitPairCell(cells[at]), ...cells.slice(at + 1)];
}

/** A record with the pair column cut in two; its links (column → address) and stored values move with the columns
 *  after it. */
export function expandRecord(r: ParsedRecord, at: number): ParsedRecord {
  const cells = expandCells(r.cells, at);
  const moved = <T>(byColumn: ReadonlyMap<number, T>) => new Map([...byColumn].map(([column, v]) => [column > at ? column + 1 : column, v]));
  const out: ParsedRecord = { ...r, cells };
  if (r.links !== undefined) out.links = moved(r.links);
  if (r.stored !== undefined) out.stored = moved(r.stored);
  if (r.rounded !== undefined) out.rounded = moved(r.rounded);
  if (r.fromSheet !== undefined && r.fromSheet.column > at) out.fromSheet = { ...r.fromSheet, column: r.fromSheet.column + 1 };
  return out;
}

/** Where a column of a plan is in the file's row: a plan whose row had its coordinate pair cut in two (`pairAt`, the pair's
 *  column) counts one more column past it than the file does. */
export const cellIndexOf = (plan: { readonly pairAt?: number }, at: number): number =>
  (plan.pairAt !== undefined && at > plan.pairAt ? at - 1 : at);
