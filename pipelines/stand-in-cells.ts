// A column whose header is too general to win its field beside a better header (a food list's 施設名 beside 屋号: the
// building the business is in) is still that field's value on a row where the better column is blank (a shop run
// under its own name, with no 屋号): the row's cell moves there, out of the column it was read as, and that is said.
// Which headers do so is schema data: a yielding alias with standIn (Column.yieldingAliases). So does a second column
// of the hours (利用時間 beside 開館時間, header-parts.ts repeatedHours), which otherwise goes, labelled, into the remarks.
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";

/** The row's cells with each stand-in's cell in its field's column where that is blank, and the issues that say so;
 *  null when no cell moves (most rows). */
export function withStandIns(cells: readonly string[], plan: ColumnPlan, row: number): { cells: string[]; issues: Issue[] } | null {
  const standIns = plan.standIns;
  if (standIns === undefined) return null;
  let out: string[] | null = null;
  const issues: Issue[] = [];
  for (const { key, at, repeated, alternate } of standIns) {
    const own = plan.keys.indexOf(key);
    const value = cells[at] ?? "";
    if (own < 0 || (cells[own] ?? "").trim() !== "" || value.trim() === "") continue;
    out ??= [...cells];
    out[own] = value;
    out[at] = "";
    issues.push(issue(repeated ? "repeated_column_read" : alternate ? "alternate_column_read" : "preferred_column_blank", { row, field: key, value, detail: `${plan.sourceHeaders[own]}\t${plan.sourceHeaders[at]}` }));
  }
  return out === null ? null : { cells: out, issues };
}
