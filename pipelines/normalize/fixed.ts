// The result shape shared by every value normalizer, and how a normalizer makes an issue.
import { countedIssue, type Issue, type IssueCode, issue, unrenderedIssue } from "../issues.ts";

/** A value after normalization, with every repair or problem found on the way. */
export interface Fixed<T> {
  value: T;
  issues: Issue[];
}

/** Where a value sits: 1-based data row and canonical column key. */
export interface At {
  row: number;
  field: string;
  /** true for codes the caller will only count (the run's issue log is full for them): problem() then returns the
   *  shared countedIssue, formatting nothing. Given only by a run, whose report renders each row's issue: the other
   *  issues are then made without messages (unrenderedIssue) */
  onlyCounts?: (code: IssueCode) => boolean;
}

const SHOWN_MAX = 200;
// C0/C1 controls except tab and newline, and UTF-16 halves without their partner: neither survives PostgreSQL.
const UNSHOWABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Whether a text holds a control (not tab/LF/CR), a zero-width character, a BOM or an unpaired UTF-16 half: a plain
 * loop, so the common clean cell costs no regex (text.ts's INVALID removes exactly these). */
export function hasInvalidCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) return true;
    } else if (c >= 0x7f && c <= 0x9f) return true;
    else if (c >= 0x200b && (c <= 0x200d || c === 0x2060 || c === 0xfeff)) return true;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    }
  }
  return false;
}

/** The raw value as an issue carries it: unstorable characters shown as �, long text cut at 200 characters. A CR,
 *  alone or before LF, is a line break (a Windows CSV's quoted cell, a cell Excel saved with _x000D_), shown as the
 *  LF cleanCell reads it as: as �, the issue's text would seem garbled where the file broke a line. */
export function shown(raw: string): string {
  const lines = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  const safe = hasInvalidCharacter(lines) ? lines.replace(UNSHOWABLE, "\uFFFD") : lines;
  return safe.length > SHOWN_MAX ? `${safe.slice(0, SHOWN_MAX)}…` : safe;
}

/** An issue about the value `raw` at `at`. */
export function problem(code: IssueCode, at: At, raw: string | null): Issue {
  return problemAt(code, at.row, at.field, at.onlyCounts, raw);
}

/** problem() with the location's parts as arguments (no location object to make); `detail`, what the message builds
 *  beside the cell (Where.detail). */
export function problemAt(code: IssueCode, row: number, field: string, onlyCounts: At["onlyCounts"], raw: string | null, detail?: string): Issue {
  if (onlyCounts !== undefined && onlyCounts(code)) return countedIssue(code, field);
  const value = raw === null ? null : shown(raw);
  if (onlyCounts !== undefined) return unrenderedIssue(code, row, field, value, detail);
  return issue(code, { row, field, value, ...(detail === undefined ? {} : { detail }) });
}

/** `issues` with `found` added: an empty array is replaced by one of exactly one issue (pushing onto an empty array
 *  allocates room for 16), a filled one is appended to. Use as `issues = added(issues, found)`. */
export function added(issues: Issue[], found: Issue): Issue[] {
  if (issues.length === 0) return [found];
  issues.push(found);
  return issues;
}

/** A fresh empty result (never shared: callers append to `issues`). */
export const empty = (): Fixed<null> => ({ value: null, issues: [] });
