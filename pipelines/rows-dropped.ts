// A harvested file whose valid rows fell to half or less of the published version's is held, not published: a
// download that HTTP cannot tell from a whole one (no Content-Length, the connection closed early), a CMS export
// that wrote part of the list, a file swapped for another would otherwise replace the whole dataset, its missing
// facilities gone from the API without a word. The officer publishes a real shrink on purpose (--force, upload).
import { type Issue, issue } from "./issues.ts";

/** Below this many published valid rows a drop is no sign of a broken file (a list of 4 may well become 2). */
export const MIN_PUBLISHED_ROWS = 10;

/** The rows_dropped issue when `valid` is half of `publishedValid` or less (half of an odd count rounded up: a file
 *  of 83 rows cut to its first 42 is half of it), else null. */
export function rowsDropped(publishedValid: number | null | undefined, valid: number): Issue | null {
  if (publishedValid == null || publishedValid < MIN_PUBLISHED_ROWS || valid > Math.ceil(publishedValid / 2)) return null;
  return issue("rows_dropped", { value: String(valid), detail: String(publishedValid) });
}
