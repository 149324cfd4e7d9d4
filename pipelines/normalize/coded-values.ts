// A number alone where the standard wants a name (文化財分類 `1`, 種類 `5`, 実施サービス `11`): a code of the publisher's own ledger, which
// means nothing without its code table (Dataset.namedNotCoded). Published as written, since what it stands for is not
// known here, and warned with the fix.
import type { RowRepair } from "./row-repair.ts";

/** A code: digits alone (1, 03, １２), as a ledger numbers its classes. */
const CODE = /^[0-9０-９]{1,4}$/;

/** Each column of `keys` whose value, or an item of it, is a number alone: said (code_not_name). */
export function checkCodes(r: RowRepair, keys: readonly string[]): void {
  for (const key of keys) {
    const value = r.record[key];
    // a text list (実施サービス `訪問介護;43`) gives its items joined with ;
    const items = typeof value === "string" ? value.split(";") : Array.isArray(value) ? value : [];
    const code = items.find((item): item is string => typeof item === "string" && CODE.test(item.trim()));
    if (code !== undefined) r.problem("code_not_name", key, r.cells[key] ?? code);
  }
}
