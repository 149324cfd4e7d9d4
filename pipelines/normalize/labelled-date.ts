// A date written after a label that names its own column (許可満了日 `有効期限：令和12年3月31日`, `満了日 令和12年3月31日`,
// 文化財指定日 `指定日：昭和45年3月1日`), as a ledger's export or a form's copied text writes it: the date read, the
// label taken off (date_label_removed, info), as a number's name is (number_label_removed). A label of another column
// (許可日 in 許可満了日, a label the column's names do not end with) is no such name: the cell stays unread.
import type { Fixed, At } from "./fixed.ts";
import { problemAt } from "./fixed.ts";
import { plainWords } from "./text.ts";

type DateNormalizer = (raw: string, at: At) => Fixed<unknown>;

/** Words before the date, then a colon or a space (NFKC). */
const LABELLED = /^([^\d\s:：]{2,12}?)\s*(?:[:：]\s*|\s+)(\S.*)$/u;

/** The normalizer of a date column whose cells may have the column's own name before the date; `names`: the
 *  column's name and aliases. */
export function withOwnLabel(normalize: DateNormalizer, names: readonly string[]): DateNormalizer {
  const own = names.map(plainWords);
  const isOwn = (label: string) => own.some((name) => name.endsWith(label));
  return (raw, at) => {
    const read = normalize(raw, at);
    if (read.value !== null || read.issues.at(-1)?.code !== "unparseable_date") return read;
    const m = LABELLED.exec(raw.normalize("NFKC").trim());
    if (m === null || !isOwn(plainWords(m[1]))) return read;
    const dated = normalize(m[2], at);
    if (dated.value === null) return read;
    // the date's own repairs (wareki_converted …) said of the cell as written
    const issues = dated.issues.map((i) => problemAt(i.code, at.row, at.field, at.onlyCounts, raw, i.detail));
    return { value: dated.value, issues: [...issues, problemAt("date_label_removed", at.row, at.field, at.onlyCounts, raw, m[1])] };
  };
}
