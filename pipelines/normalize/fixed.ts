// The result shape shared by every value normalizer, and how a normalizer makes an issue.
import { type Issue, type IssueCode, issue } from "../issues.ts";

/** A value after normalization, with every repair or problem found on the way. */
export interface Fixed<T> {
  value: T;
  issues: Issue[];
}

/** Where a value sits: 1-based data row and canonical column key. */
export interface At {
  row: number;
  field: string;
}

const SHOWN_MAX = 200;
// C0/C1 controls except tab and newline, and UTF-16 halves without their partner: neither survives PostgreSQL.
const UNSHOWABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The raw value as an issue carries it: unstorable characters shown as �, long text cut at 200 characters. */
export function shown(raw: string): string {
  const safe = raw.replace(UNSHOWABLE, "\uFFFD");
  return safe.length > SHOWN_MAX ? `${safe.slice(0, SHOWN_MAX)}…` : safe;
}

/** An issue about the value `raw` at `at`. */
export function problem(code: IssueCode, at: At, raw: string | null): Issue {
  return issue(code, { row: at.row, field: at.field, value: raw === null ? null : shown(raw) });
}

/** A fresh empty result (never shared: callers append to `issues`). */
export const empty = (): Fixed<null> => ({ value: null, issues: [] });
