// A per-file memo of cell normalization. Most columns of a real file repeat a few values on every row (東京都,
// 09:00, ○, the city's URL), and a normalizer is a pure function of the cell text and its column: a value seen
// before in the same column costs one Map lookup. Its issues are kept as (code, value) and made again with the
// row they are found on, so the report is exactly what normalizing every cell would give. A column whose values
// do not repeat (names, coordinates) is measured on its first cells and then left alone.
import { countedIssue, isCountedIssue, issue, type Issue, type IssueCode } from "../issues.ts";
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
  issues: ReadonlyArray<{ code: IssueCode; value: string | null }>;
  /** the result itself when it has no issue and no array to copy: shared, nothing allocated per cell */
  shared: Fixed<unknown> | null;
}

interface ColumnMemo {
  entries: Map<string, Entry>;
  lookups: number;
  hits: number;
  on: boolean;
}

const EMPTY: Issue[] = Object.freeze([]) as unknown as Issue[];

export type CellNormalizer = (raw: string, at: At) => Fixed<unknown>;

/** A kept copy must not pin the decoded chunk its cell was cut from (see detached). */
function keptValue(value: unknown): unknown {
  if (typeof value === "string") return detached(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? detached(v) : v));
  return value;
}

function replay(entry: Entry, at: At): Fixed<unknown> {
  const value = Array.isArray(entry.value) ? entry.value.slice() : entry.value;
  if (entry.issues.length === 0) return { value, issues: [] };
  const issues: Issue[] = entry.issues.map(({ code, value: shown }) =>
    (at.onlyCounts?.(code) ? countedIssue(code, at.field) : issue(code, { row: at.row, field: at.field, value: shown })));
  return { value, issues };
}

export interface CellMemo {
  /** `normalize(raw, { row, field })`, from the memo when column number `column` has seen `raw` before (the
   *  location object is only made when an issue needs it) */
  normalize(column: number, normalize: CellNormalizer, raw: string, row: number, field: string): Fixed<unknown>;
}

/** `onlyCounts`: the run's At.onlyCounts (codes whose examples the issue log has all kept). */
export function createCellMemo(onlyCounts?: At["onlyCounts"]): CellMemo {
  const columns: ColumnMemo[] = [];
  return {
    normalize(index, normalize, raw, row, field) {
      let column = columns[index];
      if (column === undefined) columns[index] = column = { entries: new Map(), lookups: 0, hits: 0, on: true };
      const known = column.on ? column.entries.get(raw) : undefined;
      if (known !== undefined && known.shared !== null) {
        column.lookups++;
        column.hits++;
        return known.shared;
      }
      const at: At = { row, field, onlyCounts };
      if (!column.on) return normalize(raw, at);
      column.lookups++;
      if (known !== undefined) {
        column.hits++;
        return replay(known, at);
      }
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
        const issues = full.issues.map((i) => ({ code: i.code, value: i.value === null ? null : detached(i.value) }));
        const shared = issues.length === 0 && !Array.isArray(value) ? Object.freeze({ value, issues: EMPTY }) : null;
        column.entries.set(detached(raw), { value, issues, shared });
      }
      return out;
    },
  };
}
