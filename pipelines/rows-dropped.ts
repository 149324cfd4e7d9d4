// A harvested file whose valid rows fell to half or less of the published version's is held, not published: a
// download that HTTP cannot tell from a whole one (no Content-Length, the connection closed early), a CMS export
// that wrote part of the list, a file swapped for another would otherwise replace the whole dataset, its missing
// facilities gone from the API without a word. The officer publishes a real shrink on purpose (--force, upload).
// When the rows are there but invalid (a header renamed, a column of dates written anew), the note says so and what
// made them invalid (rows_now_invalid), not that the file may be cut short.
import { ISSUE_CODES, type InvalidRows, type Issue, invalidRowsDetail, issue } from "./issues.ts";
import type { Report } from "./report.ts";

/** Below this many published valid rows a drop is no sign of a broken file (a list of 4 may well become 2). */
export const MIN_PUBLISHED_ROWS = 10;
/** The commonest errors a rows_now_invalid note names. */
const MAX_CAUSES = 3;

type Counts = Pick<Report, "dataset" | "rows" | "valid" | "invalid" | "issues" | "issue_counts_by_field">;

/** Held when the valid rows are half of `publishedValid` or less (half of an odd count rounded up: a file of 83 rows
 *  cut to its first 42 is half of it), else null: rows_dropped when the file's rows fell so too, rows_now_invalid when
 *  they are there but invalid. */
export function rowsDropped(publishedValid: number | null | undefined, report: Counts): Issue | null {
  const half = Math.ceil((publishedValid ?? 0) / 2);
  if (publishedValid == null || publishedValid < MIN_PUBLISHED_ROWS || report.valid > half) return null;
  if (report.rows <= half) return issue("rows_dropped", { value: String(report.valid), detail: String(publishedValid) });
  const causes = invalidRowCauses(report);
  const detail: InvalidRows = { dataset: report.dataset, published: publishedValid, rows: report.rows, invalid: report.invalid, causes };
  return issue("rows_now_invalid", { field: causes[0]?.field ?? null, value: String(report.valid), detail: invalidRowsDetail(detail) });
}

/** The commonest errors on the file's rows, by code and field, most first (the counts of a code the report only
 *  counted past its examples come from issue_counts_by_field). */
export function invalidRowCauses(report: Pick<Report, "issues" | "issue_counts_by_field">): InvalidRows["causes"] {
  const byCause = new Map<string, InvalidRows["causes"][number]>();
  const add = (code: string, field: string | null, count: number) => {
    const key = `${code}:${field ?? ""}`;
    const seen = byCause.get(key);
    if (seen) seen.count += count;
    else byCause.set(key, { code, field, count });
  };
  const counted = new Set<string>();
  for (const c of report.issue_counts_by_field ?? []) {
    counted.add(c.code);
    if (isError(c.code)) add(c.code, c.field, c.count);
  }
  for (const i of report.issues) if (i.row !== null && i.severity === "error" && !counted.has(i.code)) add(i.code, i.field, 1);
  return [...byCause.values()].sort((a, b) => b.count - a.count).slice(0, MAX_CAUSES);
}

const isError = (code: string): boolean => (ISSUE_CODES as Record<string, { severity: string }>)[code]?.severity === "error";
