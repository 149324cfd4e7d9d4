// Population tables with one row per age (町丁名 | 年齢 | 男 | 女 | 計 with 0歳 … or 0～4歳 … rows, or 年齢 | 男 | 女 | 計
// for the whole ward). The standard's record is one area with the ages as columns (Dataset.bands), so each such row
// read as a record would be an area whose 総人口 is one age's count. Such a table is told by a column whose values are
// ages; its rows are not published as areas (not yet folded into the areas' age columns, as sex rows are: sex-rows.ts).
import type { Dataset } from "../schemas/dataset.ts";
import { isAgeText } from "./derived-columns.ts";
import type { ColumnPlan } from "./headers.ts";
import { type Issue, issue } from "./issues.ts";
import { plainWords } from "./normalize/text.ts";

/** The rows of a table by age that are no age: the whole (合計 …) and the unknown ages. */
const NOT_AN_AGE = new Set(["合計", "総数", "計", "総計", "男女計", "不詳", "年齢不詳"]);

/** Fewest age cells in the head that tell a column of ages (a column with a note of 65歳以上 on a row or two is none). */
const MIN_AGES = 3;
/** How many of the column's filled head cells at least are ages or the whole. */
const AGE_SHARE = 0.8;

/** The file's column whose head cells are ages, in a dataset whose ages are columns; -1 when there is none. */
export function ageRowsColumn(dataset: Dataset, plan: ColumnPlan, headRows: ReadonlyArray<readonly string[]>): number {
  if (dataset.bands === undefined) return -1;
  for (let c = 0; c < plan.keys.length; c++) {
    if (plan.keys[c] !== null) continue;
    let ages = 0;
    let filled = 0;
    for (const cells of headRows) {
      const cell = (cells[c] ?? "").trim();
      if (cell === "") continue;
      filled++;
      if (isAgeText(cell)) ages++;
      else if (NOT_AN_AGE.has(plainWords(cell))) filled--;
    }
    if (ages >= MIN_AGES && ages >= AGE_SHARE * filled) return c;
  }
  return -1;
}

/** The file-level error of a table by age: the column and a few of its ages, with how to lay the table out. */
export function ageRowsIssue(plan: ColumnPlan, at: number, headRows: ReadonlyArray<readonly string[]>): Issue {
  const ages = [...new Set(headRows.map((cells) => (cells[at] ?? "").trim()).filter(isAgeText))];
  const shown = ages.slice(0, 3).join("、") + (ages.length > 3 ? "…" : "");
  return issue("rows_by_age", { field: plan.sourceHeaders[at], value: shown });
}
