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
  /** the header's row in the file or sheet (1-based): data row r is row header_row + r in a spreadsheet */
  header_row?: number;
  issues: Issue[];
  /** how the dataset was chosen, e.g. { by: "file_name", detail: "131041_aed.csv" } */
  detection?: { by: "option" | "file_name" | "header"; detail: string };
  /** the publisher's code, when given or found */
  municipality?: string | null;
  /** when issues were capped: counts per code of everything found */
  issue_counts?: Record<string, number>;
}

/** [row, field, code] tuples: makes a test one equality. */
export function flat(report: Pick<Report, "issues">): Array<[number | null, string | null, string]> {
  return report.issues.map((i) => [i.row, i.field, i.code]);
}
