// A table by age with 男 | 女 | 計 on each row (age-rows.ts): each age row's 計 is checked against its 男 ＋ 女, since the
// fold sums each column on its own and a wrong 計 on one row showed only as the area's total disagreeing with its sexes,
// naming neither the row nor the age. The row, its area and its age are named; the figures are read as they stand.
import type { AgeSex } from "./age-rows-layout.ts";
import { type Issue, issue } from "./issues.ts";
import { normalizeCount } from "./normalize/numbers.ts";
import type { ParsedRecord } from "./parse.ts";

const read = (r: ParsedRecord, s: AgeSex): number | null => {
  const raw = (r.cells[s.column] ?? "").trim();
  return raw === "" ? null : normalizeCount(raw, { row: 0, field: s.key }).value;
};

/** The age rows (in file order) whose 計 is not their 男 ＋ 女; none when the table lacks one of the three columns. A
 *  row with a cell empty or no count is left to the fold's own issues. */
export function ageRowSumIssues(rows: ReadonlyArray<{ r: ParsedRecord; label: string }>, sexes: readonly AgeSex[], area: string,
  rowOf: (r: ParsedRecord) => number): Issue[] {
  const male = sexes.find((s) => s.key === "male");
  const female = sexes.find((s) => s.key === "female");
  const total = sexes.find((s) => s.key === "total");
  if (male === undefined || female === undefined || total === undefined) return [];
  const out: Issue[] = [];
  for (const { r, label } of [...rows].sort((a, b) => a.r.index - b.r.index)) {
    const [m, f, t] = [read(r, male), read(r, female), read(r, total)];
    if (m === null || f === null || t === null || m + f === t) continue;
    out.push(issue("age_row_sum_mismatch", { row: rowOf(r), field: total.key, value: (r.cells[total.column] ?? "").trim(),
      detail: `${area}｜${label}｜${m}｜${f}` }));
  }
  return out;
}
