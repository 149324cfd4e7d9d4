// A table of the whole municipality's figures, one row per survey date (昭島市's series by month), leaves its 地域コード
// and 地域名 blank on every row: read as they are, every row lacks its required 地域名 and is invalid, though each is
// plainly the municipality's own. Told by the head rows (Dataset.wholeArea): no data row names an area (or the file has
// no such column), and no two of them share a survey date (two rows of one date can't both be the whole). Each such row
// then takes the municipality's name (area_of_whole_municipality); a file of unnamed areas stays as it is.
import { cellIndexOf } from "./coordinate-pair.ts";
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { isBlankCell, isBlankRow, isNoteRow, labelColumnOf } from "./rows.ts";
import { isTotalsRow } from "./totals-rows.ts";

/** `name` when the head rows are those of a table of the whole municipality (see above), else undefined. */
export function wholeAreaOf(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "pairAt">, headRows: ReadonlyArray<readonly string[]>,
  name: string): string | undefined {
  const spec = dataset.wholeArea;
  if (spec === undefined || name === "") return undefined;
  const at = (key: string) => cellIndexOf(plan, plan.keys.indexOf(key));
  const empty = [spec.key, ...(spec.with ?? [])].map(at).filter((k) => k >= 0);
  const dates = (dataset.distinctName?.key === spec.key ? dataset.distinctName.with ?? [] : []).map(at);
  const label = labelColumnOf(plan.keys);
  const seen = new Set<string>();
  for (const cells of headRows) {
    if (isBlankRow(cells) || isNoteRow(cells) || isTotalsRow(cells, label)) continue;
    if (empty.some((k) => !isBlankCell(cells[k] ?? ""))) return undefined;
    const date = dates.map((k) => (k < 0 ? "" : (cells[k] ?? "").trim())).join("\t");
    if (seen.has(date)) return undefined;
    seen.add(date);
  }
  return seen.size > 0 ? name : undefined;
}
