// A header that names a column of the thing each row is, after the word the list calls that thing by: 事業所電話番号,
// 事業所の所在地, 事業所_FAX番号 in a care list (beside 法人所在地, 法人電話番号: the operator's), 医療機関所在地 in a
// medical register. The words are schema data (Dataset.subjects); the rest of the header is matched as a header of its
// own.
import type { Dataset } from "../schemas/dataset.ts";
import { type HeaderMatch, matchHeader } from "./header-match.ts";

/** What may stand between the subject and the column's name: の, _, a space. */
const JOINER = /^[\s_＿の]*/;

/** The column a header names after one of the dataset's subject words, or null. */
export function subjectMatch(cell: string, dataset: Dataset): HeaderMatch | null {
  const text = cell.normalize("NFKC").trim();
  for (const subject of dataset.subjects ?? []) {
    if (!text.startsWith(subject)) continue;
    const rest = text.slice(subject.length).replace(JOINER, "");
    const m = rest === "" ? null : matchHeader(rest, dataset);
    if (m !== null) return { ...m, method: "alias" };
  }
  return null;
}
