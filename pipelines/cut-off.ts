// A harvested file that stops inside its last row — no line end after it, and it alone is short of cells — may have
// been cut while it was downloaded or written out (a body without Content-Length whose connection closed early, an
// export that stopped). Published, it would replace the whole list with its first part and a broken last row, so it
// is held, unless the file shows otherwise: as many rows as the version its source published (nothing lost), or a
// last row written short on purpose (last-row-shape.ts). A last cell broken part way (a half character, an open
// quote) is held whatever the counts.
import { type Issue, issue } from "./issues.ts";
import type { LastRowShape } from "./last-row-shape.ts";
import type { Report } from "./report.ts";

/** Bytes a finished text file may end with: a line end (also UTF-16's, `\n\0`), or a DOS end-of-file mark. */
const LAST_BYTES_OF_A_WHOLE_FILE: ReadonlySet<number> = new Set([0x0a, 0x0d, 0x1a]);
/** Characters of the last cell a message quotes. */
const MAX_QUOTED_CHARS = 60;

/** Whether a text file ending with `tail` (its last 2 bytes) ends with a line end or a DOS end-of-file mark: whole. */
export function endsWhole(tail: Uint8Array): boolean {
  const last = tail.at(-1);
  if (last === undefined) return true;
  if (LAST_BYTES_OF_A_WHOLE_FILE.has(last)) return true;
  return last === 0x00 && LAST_BYTES_OF_A_WHOLE_FILE.has(tail.at(-2) ?? -1);
}

export interface CutOffEvidence {
  /** the valid rows of the version the file's own source has published (none: null or undefined) */
  publishedValid?: number | null;
  /** the file's columns before its last row, and that row, gathered while it was read */
  shape?: LastRowShape | null;
}

/** The file_cut_off issue when the file ends without a line end inside its last row, the only row short of cells,
 *  and nothing in the file or the published version shows the row whole. */
export function cutOff(report: Report, tail: Uint8Array, { publishedValid, shape }: CutOffEvidence = {}): Issue | null {
  // a workbook's last bytes are its zip directory's, and a download cut short is no zip at all (unreadable already)
  if (report.rows === 0 || report.encoding === "xlsx" || endsWhole(tail)) return null;
  const short = report.issues.filter((i) => i.code === "too_few_fields");
  if (short.length !== 1 || short[0]!.row !== report.rows) return null;
  const row = report.rows;
  // too_few_fields' value: "cells/header width"
  const present = Number.parseInt(short[0]!.value ?? "", 10);
  const broken = shape?.lastCellBroken(row, present, report.issues.filter((i) => i.row === row)) ?? false;
  if (!broken) {
    if (publishedValid != null && row >= publishedValid) return null;
    if (shape?.lastRowTrimmed(row, present)) return null;
  }
  const last = shape?.lastCell(row, present);
  const value = last && last.value.length > MAX_QUOTED_CHARS ? `${last.value.slice(0, MAX_QUOTED_CHARS)}…` : last?.value;
  return issue("file_cut_off", { value: String(row), ...(last ? { field: last.column, detail: value } : {}) });
}
