// Names that are a column's values (a food list's 営業の種類: 飲食店営業, 菓子製造業, or any name shaped …業), as a
// workbook's sheets name them (sheet-name-values.ts) and a cell that names several lists them (normalize/lists.ts).
import type { SheetNameValues } from "../schemas/column.ts";
import { plainWords } from "./normalize/text.ts";

/** A period in brackets after the name (（令和6年度）, (R6.4.1現在)): not part of the value. A bracket of words stays
 *  (飲食店営業（露店）, as lists write the kind). */
const BRACKETED_PERIOD = /[(［[【]([^)］\]】]*)[)］\]】]$/u;
const PERIOD_WORDS = /\d|年|度|現在|令和|平成/u;
/** A bracket of words after the value, in NFKC: (露店). */
const QUALIFIER = /\([^()]*\)$/u;
/** A period before or after the name, apart from it or not (R6_飲食店営業, 飲食店営業2024). */
const EDGE_PERIOD = /^(?:(?:令和|平成|[RH])\d{1,2}(?:年度?)?|\d{4}(?:年度?)?)[_\-・.]*|[_\-・.]*(?:(?:令和|平成|[RH])\d{1,2}(?:年度?)?|\d{4}(?:年度?)?)$/gu;

/** The value a name gives a column (a sheet's name, Column.fromSheetName, or a part of a cell that names several,
 *  飲食店営業、菓子製造業), or null when it does not read as one: the name in NFKC without spaces and periods, when it
 *  is one of the column's values or of their shape. */
export function valueOfName(name: string, rule: SheetNameValues): string | null {
  let plain = plainWords(name);
  const bracket = BRACKETED_PERIOD.exec(plain);
  if (bracket !== null && PERIOD_WORDS.test(bracket[1])) plain = plain.slice(0, bracket.index);
  plain = plain.replace(EDGE_PERIOD, "");
  // the kind before a bracket of words (飲食店営業（露店）) is what reads
  const core = plain.replace(QUALIFIER, "");
  if (core === "") return null;
  if (rule.values?.some((v) => plainWords(v) === core)) return plain;
  return rule.pattern?.test(core) ? plain : null;
}
