// A required column of words whose cell only says there is none (設置位置 `なし`, 名称 `該当なし`): no value, as `-` there is
// (placeholder_value, then missing_required: the row is invalid, as the standard asks for the value). Before, `なし` was
// published as the AED's place in the building or the toilet's name, a row an app showed as valid. A text column that
// is not required keeps such a cell: there it may be the information (休館日 `なし`). The address keeps its own rule
// (address-shape.ts: a location that is no address is left empty and the row stays valid).
import type { Dataset } from "../../schemas/dataset.ts";
import { kinds } from "../../schemas/types.ts";
import { type RowRepair, str } from "./row-repair.ts";
import { saysNone } from "./text.ts";

const REQUIRED_WORDS = new WeakMap<Dataset, readonly string[]>();

/** The keys of a dataset's required columns of words (text kind, not the address). */
function requiredWordsOf(dataset: Dataset): readonly string[] {
  let keys = REQUIRED_WORDS.get(dataset);
  if (keys === undefined) {
    keys = dataset.columns.filter((c) => c.requirement === "required" && c.key !== "full_address" && kinds.get(c.type)?.kind === "text")
      .map((c) => c.key);
    REQUIRED_WORDS.set(dataset, keys);
  }
  return keys;
}

/** Empties a required column of words whose value only says there is none, said as placeholder_value. */
export function dropNoneInRequired(r: RowRepair): void {
  for (const key of requiredWordsOf(r.dataset)) {
    const value = str(r.record[key]);
    if (value === null || !saysNone(value)) continue;
    r.record[key] = null;
    r.problem("placeholder_value", key, r.cells[key] ?? value);
  }
}
