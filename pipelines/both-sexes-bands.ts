// Age columns that count both sexes together (0-4歳 | 5-9歳 | …) in a dataset whose standard counts each band by sex
// (0-4歳の男性 | 0-4歳の女性): no column of the standard can take them, and a data officer reading one "column not in the
// standard" per band would not learn why. One issue names them all and the columns the standard wants instead.
import { columnJa, type Dataset } from "../schemas/dataset.ts";
import { bothSexesBandOf } from "./age-bands.ts";
import { type Issue, issue } from "./issues.ts";

/** The issues with the unknown_header of each such column folded into one age_bands_both_sexes, or age_columns_unnamed
 *  where the bands are of one group: a nursery's 定員 by age has no sexes to split, and its bare 0歳 | 1歳 … may count the
 *  places, the children enrolled or the places free, so the issue says how to head them (0歳児定員); the issues unchanged
 *  when the file has fewer than two such columns, or reads any band of one sex (its 0-4歳 then is a total beside them). */
export function foldBothSexesBands(dataset: Dataset, keys: ReadonlyArray<string | null>, issues: Issue[]): Issue[] {
  const bands = dataset.bands;
  if (bands === undefined) return issues;
  const bandKeys = new Set(bands.columns.map((c) => c.key));
  if (keys.some((k) => k !== null && bandKeys.has(k))) return issues;
  const unsplit = issues.filter((i) => i.code === "unknown_header" && i.field !== null && bothSexesBandOf(i.field) !== null);
  if (unsplit.length < 2) return issues;
  const value = unsplit.map((i) => i.field).join("、");
  const folded = new Set(bands.columns.map((c) => c.group)).size > 1
    ? issue("age_bands_both_sexes", { field: null, value, detail: bands.columns.slice(0, 2).map((c) => columnJa(dataset, c.key)).join("、") })
    : issue("age_columns_unnamed", { field: null, value, detail: unnamedExample(bands, dataset) });
  const at = issues.indexOf(unsplit[0]);
  const dropped = new Set(unsplit);
  return [...issues.slice(0, at).filter((i) => !dropped.has(i)), folded, ...issues.slice(at).filter((i) => !dropped.has(i))];
}

/** `0歳児定員|収容定員`: the first band's age before the group's last word (児定員: the form lists write), then the column. */
function unnamedExample(bands: NonNullable<Dataset["bands"]>, dataset: Dataset): string {
  const first = bands.columns[0];
  const words = bands.groups[first.group] ?? [];
  return `${first.from}歳${words[words.length - 1] ?? ""}|${columnJa(dataset, first.key)}`;
}
