// The issues of one run, kept in the order found, with a cap per code so a million-row file with the same problem
// on every row gives a report of bounded size; the full count of every code is kept.
import { type Issue, type IssueCode, issue } from "./issues.ts";

export const MAX_ISSUES_PER_CODE = 1000;

export interface IssueLog {
  add(found: Issue): void;
  /** true when every example of `code` the log keeps is already there: further ones are only counted, so a
   *  producer may pass countedIssue(code, field) instead of formatting a full issue */
  onlyCounts(code: IssueCode): boolean;
  /** true when an issue of severity error was added since the last call */
  takeError(): boolean;
  /** the issues kept, plus one issues_truncated note per capped code, and all counts when any code was capped (with
   *  each capped code's count per field) */
  finish(): { issues: Issue[]; issue_counts?: Record<string, number>; issue_counts_by_field?: FieldCount[] };
  /** what this log holds, for another log to merge: the kept issues in order and every code's count */
  part(): IssueLogPart;
  /** adds a part found after everything this log holds (the next rows of the same file), as if each of its issues
   *  had been added here in order: the first examples of each code are kept up to the cap, all are counted */
  merge(part: IssueLogPart): void;
  /** the codes this log only counts (their examples are all kept here or before): a log for the next rows needs only count them */
  fullCodes(): IssueCode[];
}

export interface IssueLogPart {
  kept: Issue[];
  counts: Array<[IssueCode, number]>;
  /** the issues counted but not kept, per code and field */
  unkept: Array<[IssueCode, string | null, number]>;
}

/** A capped code's count in one field (null: the row as a whole, or the file): the kept examples and those only counted. */
export interface FieldCount {
  code: IssueCode;
  field: string | null;
  count: number;
}

/**
 * A copy of `s` that shares no memory with the text it was cut from. A cell is a substring of the decoded chunk
 * the parser read (V8 keeps the whole chunk alive behind it), and a message embeds the cell: a kept issue would
 * hold its chunk, a quarter MB, for the whole run (1000 examples of a rare code could hold most of the file).
 * Short strings are copies already (V8 makes no slice under 13 characters); longer ones are copied by flattening.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

function detachedIssue(found: Issue): Issue {
  return {
    ...found, value: found.value === null ? null : detached(found.value),
    message_ja: detached(found.message_ja), message_en: detached(found.message_en),
  };
}

/** One code's share of a log: how many were added, and whether all the examples it keeps are there (then further
 *  ones are only counted, by field: a report tells each field's count). One Map lookup per add, where a count Map and a
 *  count-only Set took three. */
interface Tally {
  n: number;
  full: boolean;
  /** the issues only counted, by field; made when the first is */
  unkept: Map<string | null, { n: number }> | undefined;
  /** the field counted last and its count in `unkept`: a code's issues come from one or two columns, row after row,
   *  so most counts are this one's (no Map lookup per issue) */
  lastField: string | null | undefined;
  last: { n: number } | undefined;
}

/** `full`: codes whose examples an earlier log of the same run has all kept; this one only counts them. */
export function createIssueLog(maxPerCode = MAX_ISSUES_PER_CODE, full: readonly IssueCode[] = []): IssueLog {
  const kept: Issue[] = [];
  const tallies = new Map<IssueCode, Tally>();
  const newTally = (full: boolean): Tally => ({ n: 0, full, unkept: undefined, lastField: undefined, last: undefined });
  for (const code of full) tallies.set(code, newTally(true));
  let error = false;
  const tallyOf = (code: IssueCode): Tally => {
    let tally = tallies.get(code);
    if (tally === undefined) tallies.set(code, (tally = newTally(false)));
    return tally;
  };
  const count = (tally: Tally, by: number) => {
    tally.n += by;
    if (tally.n >= maxPerCode) tally.full = true;
  };
  const countUnkept = (tally: Tally, field: string | null, by: number) => {
    if (tally.last !== undefined && tally.lastField === field) {
      tally.last.n += by;
      return;
    }
    tally.unkept ??= new Map();
    let count = tally.unkept.get(field);
    if (count === undefined) tally.unkept.set(field, (count = { n: 0 }));
    count.n += by;
    tally.lastField = field;
    tally.last = count;
  };
  /** the codes found, in the order first found, with their counts */
  const counts = (): Array<[IssueCode, number]> => [...tallies].filter(([, t]) => t.n > 0).map(([code, t]) => [code, t.n]);
  const unkept = (): Array<[IssueCode, string | null, number]> =>
    [...tallies].flatMap(([code, t]) => [...t.unkept ?? []].map(([field, { n }]): [IssueCode, string | null, number] => [code, field, n]));
  /** each capped code's count per field, in the order the fields were first found */
  const countsByField = (capped: ReadonlySet<IssueCode>): FieldCount[] => {
    const byField = new Map<IssueCode, Map<string | null, number>>();
    const add = (code: IssueCode, field: string | null, n: number) => {
      let fields = byField.get(code);
      if (fields === undefined) byField.set(code, (fields = new Map()));
      fields.set(field, (fields.get(field) ?? 0) + n);
    };
    for (const found of kept) if (capped.has(found.code)) add(found.code, found.field, 1);
    for (const [code, field, n] of unkept()) if (capped.has(code)) add(code, field, n);
    return [...byField].flatMap(([code, fields]) => [...fields].map(([field, count]) => ({ code, field, count })));
  };
  return {
    add(found) {
      const tally = tallyOf(found.code);
      if (!tally.full) kept.push(detachedIssue(found));
      else countUnkept(tally, found.field, 1);
      count(tally, 1);
      if (found.severity === "error") error = true;
    },
    onlyCounts(code) {
      return tallies.get(code)?.full === true;
    },
    part() {
      return { kept, counts: counts(), unkept: unkept() };
    },
    merge(part) {
      const keptOf = new Map<IssueCode, number>();
      for (const found of part.kept) {
        keptOf.set(found.code, (keptOf.get(found.code) ?? 0) + 1);
        this.add(found);
      }
      for (const [code, n] of part.counts) count(tallyOf(code), n - (keptOf.get(code) ?? 0));
      // what the part only counted comes after its kept examples, which fill this log's examples: counted here too
      for (const [code, field, n] of part.unkept) countUnkept(tallyOf(code), field, n);
    },
    fullCodes() {
      return [...tallies].filter(([, t]) => t.full).map(([code]) => code);
    },
    takeError() {
      const was = error;
      error = false;
      return was;
    },
    finish() {
      const all = counts();
      const capped = all.filter(([, n]) => n > maxPerCode);
      if (capped.length === 0) return { issues: kept };
      const notes = capped.map(([code, n]) => issue("issues_truncated", { field: code, value: String(n) }));
      return { issues: [...kept, ...notes], issue_counts: Object.fromEntries(all), issue_counts_by_field: countsByField(new Set(capped.map(([code]) => code))) };
    },
  };
}
