// A required cell that says its value is withheld or that there is none (03 電話番号 `非公開`, `なし`, `電話無し`):
// validation sees a cell written and a value empty, and would say the cell did not read (required_unreadable); the
// normalizer said why it is empty. The row stays invalid (the standard requires the column), said as not given.
import { type Issue, type IssueCode, issue } from "./issues.ts";

/** Normalizer codes that say a cell gives no value on purpose: withheld (非公開), or none (なし). */
const SAYS_NOT_GIVEN: ReadonlySet<IssueCode> = new Set(["phone_withheld", "placeholder_value"]);
/** Validation codes of a required cell written whose value is empty. */
const WRITTEN_BUT_EMPTY: ReadonlySet<IssueCode> = new Set(["required_unreadable", "required_not_integer", "required_not_number"]);

/** A row's validation and normalizer issues with each required cell that says its value is not given said so once
 *  (required_not_given), its placeholder_value, which asks for an empty cell, left out; phone_withheld stays. The same
 *  arrays when no cell does. */
export function sayNotGiven(checked: Issue[], normalized: Issue[]): { checked: Issue[]; normalized: Issue[] } {
  const fields = new Set(normalized.filter((i) => SAYS_NOT_GIVEN.has(i.code)).map((i) => i.field));
  if (fields.size === 0 || !checked.some((i) => WRITTEN_BUT_EMPTY.has(i.code) && fields.has(i.field))) return { checked, normalized };
  const notGiven = new Set<string | null>();
  const said = checked.map((i) => {
    if (!WRITTEN_BUT_EMPTY.has(i.code) || !fields.has(i.field)) return i;
    notGiven.add(i.field);
    return issue("required_not_given", { row: i.row, field: i.field, value: i.value });
  });
  return { checked: said, normalized: normalized.filter((i) => !(i.code === "placeholder_value" && notGiven.has(i.field))) };
}
