// Shared by the normalizer tests: a location, and a Fixed value reduced to its value and [row, field, code] tuples.
import type { Fixed } from "../../../pipelines/normalize/index.ts";

export const at = { row: 7, field: "f" } as const;

export function outcome<T>(fixed: Fixed<T>): { value: T; issues: Array<[number | null, string | null, string]> } {
  return { value: fixed.value, issues: fixed.issues.map((i) => [i.row, i.field, i.code]) };
}

/** the same, with only the issue codes (the location is asserted once per file) */
export function codes<T>(fixed: Fixed<T>): [T, string[]] {
  return [fixed.value, fixed.issues.map((i) => i.code)];
}
