// The issues a sink says once, at the end of the file, from what its rows left (range-tally.ts): a 【参考】 table
// not read, required columns absent, blank headers over data, columns filled in, numbers shown with text, legends
// read, rows maybe shifted, duplicate IDs, and a file without data rows.
import { kindOf } from "../schemas/types.ts";
import type { ColumnPlan } from "./headers.ts";
import { type DuplicateIds, NAME_SEPARATOR } from "./duplicate-ids.ts";
import { countedIssue, type Issue, issue } from "./issues.ts";
import { legendText } from "./legend.ts";
import type { RowTally } from "./range-tally.ts";
import type { RunState } from "./run.ts";

/** Data rows not read to the end of the file (first and last): under a 【参考】 line (another table), under a line
 *  that heads places not in the list now (【撤去済み】, `line`), or from another table's header (`line`) on. */
export interface RowsNotRead {
  from: number;
  to: number;
  code: "reference_rows" | "not_current_rows" | "other_table_rows";
  line: string;
  /** the row of `line`, when the line is itself a row of the file (【撤去済み】) */
  lineRow?: number;
}

/** The end-of-file issues of a sink. `reference`: the rows not read under a 【参考】 or 【撤去済み】 line;
 *  `formatText`: number columns whose cells showed text of their format, with the first text shown; `roundedText`: text
 *  columns whose numbers their format showed rounded, with the first [shown, stored]. */
export function reportEndOfFile(run: RunState, plan: ColumnPlan, tally: RowTally,
  { formatText, roundedText }: { formatText: ReadonlyMap<string, string>; roundedText: ReadonlyMap<string, readonly [string, string]> },
  reference: RowsNotRead | null): void {
  const { absentRows, absentAt, blankWithData, filled, legendsRead, widths, duplicates, duplicateNames } = tally;
  if (reference !== null) sayRowsNotRead(run, reference);
  for (const c of plan.absentRequired) {
    // rows given the value (a 病院 by its beds) are valid: the detail counts the others when they are not all
    const absent = absentRows.get(c.key);
    if (absent === undefined) continue;
    run.log.add(issue("missing_column", { field: c.key, value: c.ja, ...(absent < run.rows ? { detail: String(absent) } : {}) }));
    // the rows it could not be filled for, when others were, each named: the officer has to find them among the valid
    if (absent < run.rows) for (const row of absentAt.get(c.key) ?? []) run.log.add(issue("missing_required", { row, field: c.key }));
  }
  if (blankWithData.size) run.log.add(issue("blank_header", { value: [...blankWithData].sort((a, b) => a - b).join(", ") }));
  // the detail names the column by key, which says where it was filled from (the message's field is its ja name)
  for (const [field, value] of filled) run.log.add(issue("column_filled", { field, value, detail: field }));
  for (const [field, value] of formatText) run.log.add(issue("number_shown_with_text", { field, value }));
  for (const [field, [value, detail]] of roundedText) run.log.add(issue("number_read_as_rounded", { field, value, detail }));
  for (const [key, codes] of Object.entries(run.legends ?? {})) {
    if (!legendsRead.has(key)) continue;
    const at = run.legendsAt?.[key];
    // a 1/empty column's dash the legend gives a word of its own (－調査中): not known (legend.ts impliedLegends)
    const code = codes["－"] !== undefined && !isYesNo(codes["－"]) && isMarkColumn(run, key) ? "dash_read_as_unknown"
      : at === "column_values" ? (codes["2"] !== undefined ? "two_read_as_no" : codes[""] !== undefined ? "blank_read_as_no" : "dash_read_as_no")
      : Object.values(codes).every(isYesNo) ? "marks_from_legend" : "codes_from_legend";
    run.log.add(issue(code, { field: key, value: legendText(codes), detail: at }));
  }
  widths.report(run);
  reportDuplicates(run, duplicates);
  // the rows of a table by age repeat their area by its layout, which rows_by_age tells
  if (!plan.rowsByAge) reportDuplicateNames(run, duplicateNames);
  if (run.rows === 0) run.log.add(issue("no_data_rows", { value: run.fileName }));
}

/** The issue that names rows not read (their first row, the range, and the line that heads them). */
/** Says the rows not read under a 【参考】 or 【撤去済み】 line (or another table's header), or the heading alone when no
 *  row came under it: at the end of the file, or of a block of a list printed two-up (two-up.ts). */
export function sayRowsNotRead(run: RunState, reference: RowsNotRead): void {
  if (reference.from > 0) run.log.add(rowsNotReadIssue(reference));
  // the heading with no row under it: still said, never dropped unsaid
  else if (reference.lineRow !== undefined) run.log.add(issue("note_row", { row: reference.lineRow, value: reference.line }));
}

export function rowsNotReadIssue(reference: RowsNotRead): Issue {
  return issue(reference.code, { row: reference.from, value: `${reference.from}-${reference.to}`, ...(reference.line === "" ? {} : { detail: reference.line }) });
}

/** A legend's word that is the standard's yes or no: a legend of marks (`○あり　－なし`), not of codes. */
const isYesNo = (word: string) => word === "有" || word === "無";
/** A 1/empty column of the run's dataset (03's 災害種別). */
function isMarkColumn(run: RunState, key: string): boolean {
  const column = run.dataset?.columnByKey.get(key);
  return column !== undefined && kindOf(column.type) === "mark";
}

/** Issues found over the whole file and told at its end: the examples kept, then the rest of `total` counted. */
export function logExamples(run: RunState, examples: readonly Issue[], total: number): void {
  for (const found of examples) run.log.add(found);
  if (examples.length === 0) return;
  const counted = countedIssue(examples[0].code, examples[0].field);
  for (let n = examples.length; n < total; n++) run.log.add(counted);
}

/** Every row that shares its ID with another, at the end of the file (rows of one ID together, by row); past the
 *  examples kept, counted. */
function reportDuplicates(run: RunState, duplicates: DuplicateIds): void {
  const kept = [...duplicates.found].sort((a, b) => a.row - b.row);
  logExamples(run, kept.map((d) => issue("duplicate_id", { row: d.row, field: "id", value: d.id })), duplicates.count);
  if (duplicates.unchecked > 0) run.log.add(issue("duplicate_ids_unchecked", { field: "id", value: String(duplicates.unchecked) }));
}

/** Every record whose name another record has (Dataset.distinctName), as the duplicate IDs. */
function reportDuplicateNames(run: RunState, names: DuplicateIds): void {
  const key = run.dataset?.distinctName?.key;
  if (key === undefined || names.count === 0) return;
  const kept = [...names.found].sort((a, b) => a.row - b.row);
  logExamples(run, kept.map((d) => issue("duplicate_name", { row: d.row, field: key, value: d.id.split(NAME_SEPARATOR)[0] })), names.count);
}
