// A phone number whose lost leading 0 was restored (`312345678` → 0312345678) is written as the file writes its other
// numbers: hyphenated where they are and the grouping of its digits is certain (phone-groups.ts), else as it is. The
// restoring issue then shows the number as published.
import type { Issue, IssueCode } from "../issues.ts";
import { problemAt } from "./fixed.ts";
import { hyphenatedAs, type PhoneForm } from "./phone-groups.ts";

/** What the repair reads and writes of a row under repair (row-repair.ts RowRepair). */
export interface RestoredPhoneRow {
  readonly record: Record<string, unknown>;
  readonly cells: Record<string, string>;
  readonly row: number;
  readonly context: { readonly phoneForms?: Readonly<Record<string, PhoneForm>>; readonly onlyCounts?: (code: IssueCode) => boolean };
  readonly issues: Issue[];
}

/** A value of digits only: a number whose lost 0 was restored, before any hyphen */
const DIGITS = /^\d+$/;

export function followPhoneForm(r: RestoredPhoneRow): void {
  const forms = r.context.phoneForms;
  if (forms === undefined || r.issues.length === 0) return;
  for (const key in forms) {
    const value = r.record[key];
    if (typeof value !== "string" || !DIGITS.test(value)) continue;
    const at = r.issues.findIndex((i) => i.field === key && i.code === "lost_leading_zero");
    if (at < 0) continue;
    const hyphenated = hyphenatedAs(value, forms[key]);
    if (hyphenated === null) continue;
    r.record[key] = hyphenated;
    r.issues[at] = problemAt("lost_leading_zero", r.row, key, r.context.onlyCounts, r.cells[key] ?? value, hyphenated);
  }
}
