// A harvested file that stops inside its last row — no line end after it, and it alone is short of cells — was cut
// while it was downloaded or written out (a body without Content-Length whose connection closed early, an export that
// stopped). Published, it would replace the whole list with its first part and a broken last row, so it is held.
import { type Issue, issue } from "./issues.ts";
import type { Report } from "./report.ts";

/** Bytes a finished text file may end with: a line end (also UTF-16's, `\n\0`), or a DOS end-of-file mark. */
const LAST_BYTES_OF_A_WHOLE_FILE: ReadonlySet<number> = new Set([0x0a, 0x0d, 0x1a]);

function endsWhole(tail: Uint8Array): boolean {
  const last = tail.at(-1);
  if (last === undefined) return true;
  if (LAST_BYTES_OF_A_WHOLE_FILE.has(last)) return true;
  return last === 0x00 && LAST_BYTES_OF_A_WHOLE_FILE.has(tail.at(-2) ?? -1);
}

/** The file_cut_off issue when the file ends without a line end inside its last row, the only row short of cells. */
export function cutOff(report: Report, tail: Uint8Array): Issue | null {
  // a workbook's last bytes are its zip directory's, and a download cut short is no zip at all (unreadable already)
  if (report.rows === 0 || report.encoding === "xlsx" || endsWhole(tail)) return null;
  const short = report.issues.filter((i) => i.code === "too_few_fields");
  if (short.length !== 1 || short[0]!.row !== report.rows) return null;
  return issue("file_cut_off", { value: String(report.rows) });
}
