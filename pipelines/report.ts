// The validation report shared by `odh validate --format json` and the API (DESIGN.md, "report contracts").
import type { Issue } from "./issues.ts";

export type MappingMethod = "exact" | "alias" | "fuzzy" | "none";

export interface HeaderMapping {
  /** the header cell as written in the file */
  source: string;
  /** canonical key, or null when unmapped (its values go to `extra`) */
  field: string | null;
  method: MappingMethod;
}

export interface Report {
  dataset: string | null;
  encoding: string | null;
  rows: number;
  valid: number;
  invalid: number;
  header: HeaderMapping[];
  /** the header's row in the file or sheet (1-based): data row r is row header_row + r in a spreadsheet (but see sheets) */
  header_row?: number;
  /** a workbook whose sheets were read as one table: which data rows are whose sheet, in the order read */
  sheets?: SheetSpan[];
  issues: Issue[];
  /** how the dataset was chosen, e.g. { by: "file_name", detail: "131041_aed.csv" } */
  detection?: { by: "option" | "file_name" | "header" | "rows"; detail: string };
  /** the publisher's code, when given or found */
  municipality?: string | null;
  /** when issues were capped: counts per code of everything found */
  issue_counts?: Record<string, number>;
  /** when issues were capped: each capped code's count per field (null: the row as a whole, or the file), the
   *  examples kept in `issues` and those only counted */
  issue_counts_by_field?: Array<{ code: string; field: string | null; count: number }>;
}

/** One sheet of a table read from several: its data rows first_row…last_row, under its header on row header_row
 *  (1-based, as the spreadsheet shows it), so data row r is on the sheet's row header_row + 1 + (r − first_row). */
export interface SheetSpan {
  name: string;
  header_row: number;
  first_row: number;
  last_row: number;
}

/** Where a data row is as a spreadsheet shows it: its row, and its sheet when the table was read from several. */
export function lineOf(report: Pick<Report, "header_row" | "sheets">, row: number): { line: number; sheet?: string } {
  const spans = report.sheets ?? [];
  const span = spans.find((s) => row <= s.last_row) ?? spans.at(-1);
  if (span === undefined) return { line: (report.header_row ?? 0) + row };
  return { line: span.header_row + 1 + row - span.first_row, sheet: span.name };
}

/** [row, field, code] tuples: makes a test one equality. */
export function flat(report: Pick<Report, "issues">): Array<[number | null, string | null, string]> {
  return report.issues.map((i) => [i.row, i.field, i.code]);
}
