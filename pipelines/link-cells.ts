// A workbook cell of a URL column that shows words (「詳細はこちら」, the facility's name) and links to the page: the
// page's address is the value, as a reader who clicks the cell gets it. Other columns keep what they show.
import type { Dataset } from "../schemas/dataset.ts";
import { kindOf } from "../schemas/types.ts";
import { type Issue, issue } from "./issues.ts";

export interface UrlColumn {
  /** 0-based position in the file's row */
  at: number;
  key: string;
}

/** The columns of a file (by their canonical keys) whose values are web addresses. */
export function urlColumns(keys: readonly (string | null)[], dataset: Dataset): UrlColumn[] {
  const found: UrlColumn[] = [];
  keys.forEach((key, at) => {
    const column = key === null ? undefined : dataset.columnByKey.get(key);
    if (key !== null && column !== undefined && kindOf(column.type) === "url") found.push({ at, key });
  });
  return found;
}

const WEB_ADDRESS = /^\s*https?:\/\//i;

/** The row's cells with each linked URL cell that does not show an address replaced by its link; null when none is. */
export function withLinkTargets(cells: readonly string[], links: ReadonlyMap<number, string>, columns: readonly UrlColumn[],
  row: number): { cells: string[]; issues: Issue[] } | null {
  let out: string[] | null = null;
  const issues: Issue[] = [];
  for (const { at, key } of columns) {
    const target = links.get(at);
    const shown = cells[at] ?? "";
    if (target === undefined || !WEB_ADDRESS.test(target) || WEB_ADDRESS.test(shown)) continue;
    out ??= [...cells];
    out[at] = target;
    issues.push(issue("hyperlink_target", { row, field: key, value: shown }));
  }
  return out === null ? null : { cells: out, issues };
}
