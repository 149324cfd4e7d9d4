// A row's cells → its record, as code compiled once per dataset and file layout (which position of the file's row
// holds each column). A loop over the columns called each column's plain test and normalizer through one call
// site, which saw every kind's function and could inline none, and copied the values through an array into the
// record. The compiled row reads each cell at its fixed position, calls its column's own plain test (one function
// per call site, so V8 inlines it), and builds the record as one object literal. Per cell: an empty cell is null
// (false for a 1/empty mark), a plain cell is its value, any other cell goes to `slow` (memo and normalizer), in
// column order, so the issues come in the same order. Paired start and end cells (times, dates) read each other
// when empty: a range or all-day value written in either cell fills both. A cell equal to its column's last plain cell
// takes that cell's value: most files write the same prefecture, URL or hours on every row.
import type { Issue } from "../issues.ts";
import { propertyKey } from "../record-shape.ts";
import type { RecordContext } from "./row-repair.ts";

/** A cell's value when it is already canonical, else undefined (index.ts PLAIN): never an object, so that one value
 *  may stand for the same cell on every row. */
export type Plain = (raw: string) => string | number | boolean | undefined;

/** Normalizes cell `raw` of column `s` through the memo or its normalizer, adds its issues to `issues` and returns its
 *  value; `range` is the start cell an empty end time reads (`9:00～17:00` written in the start column). */
export type SlowCell<P> = (plan: P, s: number, raw: string, range: string | undefined, row: number, context: RecordContext,
  issues: Issue[]) => unknown;

export type RowProgram = (values: readonly string[], row: number, context: RecordContext, issues: Issue[]) => Record<string, unknown>;

export interface ProgramPlan {
  keys: readonly string[];
  plains: ReadonlyArray<Plain | undefined>;
  /** the value of an empty cell of each column (null, or false for a 1/empty mark) */
  empties: ReadonlyArray<boolean | null>;
  /** [start, end] column positions of time and date pairs */
  rangePairIndexes: ReadonlyArray<readonly [number, number]>;
}

const isBlank = (s: string) => s === "" || s.trim() === "";

/** The row program of `plan` for a file whose row holds column s at `sources[s]` (-1: absent). Keys and positions
 *  enter the code as JSON literals (record-shape.ts propertyKey) and integers. */
export function compileRow<P extends ProgramPlan>(plan: P, sources: readonly number[], slow: SlowCell<P>): RowProgram {
  const startOf = new Map(plan.rangePairIndexes.map(([start, end]) => [end, start]));
  const endOf = new Map(plan.rangePairIndexes.map(([start, end]) => [start, end]));
  const cell = (s: number) => {
    const at = sources[s];
    if (!Number.isInteger(at)) throw new Error(`bad source position ${at}`);
    return at < 0 ? `""` : `(values[${at}] ?? "")`;
  };
  const lines: string[] = [];
  for (let s = 0; s < plan.keys.length; s++) {
    // a plain cell the same as the column's last plain cell (東京都, the city's URL, 08:30 on every row) is its value
    // again, the test not run
    const take = plan.plains[s] === undefined ? `slow(plan, ${s}, raw, undefined, row, context, issues)`
      : `raw === last[${2 * s}] ? last[${2 * s + 1}] : (plain = p${s}(raw)) !== undefined
          ? (last[${2 * s}] = raw, last[${2 * s + 1}] = plain) : slow(plan, ${s}, raw, undefined, row, context, issues)`;
    const start = startOf.get(s);
    const end = endOf.get(s);
    if (end !== undefined && sources[end] >= 0) {
      // a start time or date: an empty or absent cell takes the start of a range written in its end cell (有効期間
      // `令和6年4月1日～令和12年3月31日` under 許可満了日 gives 許可開始日 too)
      lines.push(`let v${s} = null; { const raw = ${cell(s)}; const to = ${cell(end)};
        if (isBlank(raw) && !isBlank(to)) v${s} = slow(plan, ${s}, raw, to, row, context, issues);
        else if (raw !== "") v${s} = ${take}; }`);
    } else if (start !== undefined) {
      // an end time or date: an empty cell takes a range or all-day value written in its start cell
      lines.push(`let v${s} = null; { const raw = ${cell(s)}; const from = ${cell(start)};
        if (isBlank(raw) && !isBlank(from)) v${s} = slow(plan, ${s}, raw, from, row, context, issues);
        else if (raw !== "") v${s} = ${take}; }`);
    } else if (sources[s] < 0) {
      lines.push(`const v${s} = null;`);
    } else {
      const empty = plan.empties[s] === false ? "false" : "null";
      lines.push(`let v${s} = ${empty}; { const raw = ${cell(s)}; if (raw !== "") v${s} = ${take}; }`);
    }
  }
  const fields = plan.keys.map((key, s) => `${propertyKey(key)}: v${s}`);
  const plains = plan.plains.map((p, s) => (p === undefined ? "" : `const p${s} = P[${s}];`)).join(" ");
  const body = `${plains}
    return function normalizeCells(values, row, context, issues) {
      let plain;
      const seen = context.lastPlain;
      const last = seen !== undefined && seen.plan === plan ? seen.cells : (context.lastPlain = { plan, cells: [] }).cells;
      ${lines.join("\n      ")}
      return { ${fields.join(", ")} };
    };`;
  // eslint-disable-next-line no-new-func -- generated from data (the dataset's columns and the file's layout), like record-shape.ts
  return new Function("P", "plan", "slow", "isBlank", body)(plan.plains, plan, slow, isBlank) as RowProgram;
}
