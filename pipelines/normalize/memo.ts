// A per-file memo of cell normalization. Most columns of a real file repeat a few values on every row (東京都,
// 09:00, ○, the city's URL), and a normalizer is a pure function of the cell text and its column: a value seen
// before in the same column costs one Map lookup. Its issues are kept as (code, value) and made again with the
// row they are found on, so the report is exactly what normalizing every cell would give. A column whose values
// do not repeat (names, coordinates) is measured on its first cells and then left alone.
import { countedIssue, isCountedIssue, issue, type Issue, type IssueCode, NO_ISSUES, unrenderedIssue } from "../issues.ts";
import { detached } from "../issue-log.ts";
import type { At, Fixed } from "./fixed.ts";

/** Distinct values remembered per column (the first ones seen; common values show up early). */
const MAX_ENTRIES = 2048;
/** After this many cells a column's hit rate is judged once. */
const PROBE_CELLS = 512;
/** Below this share of repeated cells, a column is normalized directly from then on. */
const MIN_HIT_RATE = 0.25;

interface Entry {
  value: unknown;
  /** each issue's code, cell and built part (Where.detail: 10 of a code's 10 characters), made again per row */
  issues: ReadonlyArray<{ code: IssueCode; value: string | null; detail?: string }>;
  /** the result itself when it has no issue and no array to copy: shared, nothing allocated per cell */
  shared: Fixed<unknown> | null;
  /** the same once every issue code of the entry was only counted (their stand-ins name no row): served while
   *  that still holds, which is checked on every hit (a memo may outlive a log: range-task.ts gives each range its own) */
  counted: Fixed<unknown> | null;
}

interface ColumnMemo {
  entries: Map<string, Entry>;
  lookups: number;
  hits: number;
  on: boolean;
}

export type CellNormalizer = (raw: string, at: At) => Fixed<unknown>;

/** A kept copy must not pin the decoded chunk its cell was cut from (see detached). */
function keptValue(value: unknown): unknown {
  if (typeof value === "string") return detached(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? detached(v) : v));
  return value;
}

function allCounted(entry: Entry, onlyCounts: (code: IssueCode) => boolean): boolean {
  for (let k = 0; k < entry.issues.length; k++) if (!onlyCounts(entry.issues[k].code)) return false;
  return true;
}

function replay(entry: Entry, row: number, field: string, onlyCounts: At["onlyCounts"]): Fixed<unknown> {
  if (entry.counted !== null && onlyCounts !== undefined && allCounted(entry, onlyCounts)) return entry.counted;
  const copied = Array.isArray(entry.value);
  const value = copied ? (entry.value as unknown[]).slice() : entry.value;
  if (entry.issues.length === 0) return { value, issues: [] };
  let counted = onlyCounts !== undefined && !copied;
  const issues = new Array<Issue>(entry.issues.length);
  for (let k = 0; k < issues.length; k++) {
    const { code, value: shown, detail } = entry.issues[k];
    if (onlyCounts !== undefined && onlyCounts(code)) issues[k] = countedIssue(code, field);
    else {
      // a run (onlyCounts given) renders the messages in its report
      issues[k] = onlyCounts === undefined ? issue(code, { row, field, value: shown, ...(detail === undefined ? {} : { detail }) })
        : unrenderedIssue(code, row, field, shown, detail);
      counted = false;
    }
  }
  if (!counted) return { value, issues };
  entry.counted = Object.freeze({ value, issues: Object.freeze(issues) as Issue[] });
  return entry.counted;
}

export interface CellMemo {
  /** `normalize(raw, { row, field })`, from the memo when column number `column` has seen `raw` before (no
   *  location object is made per cell) */
  normalize(column: number, normalize: CellNormalizer, raw: string, row: number, field: string): Fixed<unknown>;
}

/** `onlyCounts`: the run's At.onlyCounts (codes whose examples the issue log has all kept). */
export function createCellMemo(onlyCounts?: At["onlyCounts"]): CellMemo {
  const columns: ColumnMemo[] = [];
  // the location handed to normalizers, set for each cell: a normalizer reads it during the call and keeps nothing
  const at: At = { row: 0, field: "", onlyCounts };
  return {
    normalize(index, normalize, raw, row, field) {
      let column = columns[index];
      if (column === undefined) columns[index] = column = { entries: new Map(), lookups: 0, hits: 0, on: true };
      if (!column.on) {
        at.row = row;
        at.field = field;
        return normalize(raw, at);
      }
      column.lookups++;
      const known = column.entries.get(raw);
      if (known !== undefined) {
        column.hits++;
        return known.shared ?? replay(known, row, field, onlyCounts);
      }
      at.row = row;
      at.field = field;
      if (column.lookups === PROBE_CELLS && column.hits < PROBE_CELLS * MIN_HIT_RATE) {
        column.on = false;
        column.entries.clear();
        return normalize(raw, at);
      }
      const out = normalize(raw, at);
      if (column.entries.size < MAX_ENTRIES) {
        // a counted stand-in has lost its value: the kept entry needs the issues in full, so the cell is read again
        const full = out.issues.some(isCountedIssue) ? normalize(raw, { row: at.row, field: at.field }) : out;
        const value = keptValue(full.value);
        const issues = full.issues.map((i) => ({ code: i.code, value: i.value === null ? null : detached(i.value),
          ...(i.detail === undefined ? {} : { detail: i.detail }) }));
        const shared = issues.length === 0 && !Array.isArray(value) ? Object.freeze({ value, issues: NO_ISSUES }) : null;
        column.entries.set(detached(raw), { value, issues, shared, counted: null });
      }
      return out;
    },
  };
}
