// Counts derived from a file's columns of their parts: the parts' sum (総人口 = 男性 + 女性), and a file's own total
// column beside its parts (病床数合計 | 一般病床数 | 療養病床数, 定員計 | 0歳児定員 …), read as written, the sum standing in
// where it is blank and said where the two disagree.
import { type Issue, issue } from "./issues.ts";
import { normalizeCount } from "./normalize/numbers.ts";

/** The sum of the parts' counts as text ("" when none has a figure, or one is no count: that is said in `issues`).
 *  Empty parts count 0 when another part has a figure. */
export function sumOf(values: readonly string[], parts: readonly number[], key: string, row: number, issues: Issue[]): string {
  let sum = 0;
  let seen = false;
  for (const p of parts) {
    const raw = values[p] ?? "";
    if (raw.trim() === "") continue;
    const n = normalizeCount(raw, { row, field: key }).value;
    if (n === null) {
      issues.push(issue("sum_part_unreadable", { row, field: key, value: raw.trim() }));
      return "";
    }
    sum += n;
    seen = true;
  }
  return seen ? String(sum) : "";
}

/** The row's parts that have a value, each after its header: `一般病床数 300 + 療養病床数 54`. */
const givenParts = (values: readonly string[], parts: readonly number[], names: readonly string[]): string =>
  parts.flatMap((p, k) => ((values[p] ?? "").trim() === "" ? [] : [`${names[k] ?? ""} ${(values[p] ?? "").trim()}`])).join(" + ");

/** The value of a count whose first part is the file's own total column (`names`: the total's header, then the parts'):
 *  the total as written, which the record publishes even where the parts sum to another figure (which is said:
 *  total_differs_from_parts, for the officer to check which is wrong); where it is blank, the parts' sum, said as
 *  total_blank_summed. */
export function totalBesideParts(values: readonly string[], parts: readonly number[], names: readonly string[], key: string, row: number, issues: Issue[]): string {
  const own = values[parts[0]] ?? "";
  if (own.trim() !== "") {
    const total = normalizeCount(own, { row, field: key }).value;
    // a part that is no count makes no sum to compare with: the total is not questioned then
    const sum = total === null ? "" : sumOf(values, parts.slice(1), key, row, []);
    if (sum !== "" && Number(sum) !== total) {
      issues.push(issue("total_differs_from_parts", { row, field: key, value: givenParts(values, parts.slice(1), names.slice(1)),
        detail: `${names[0] ?? ""}\t${own.trim()}\t${sum}` }));
    }
    return own;
  }
  const sum = sumOf(values, parts.slice(1), key, row, issues);
  if (sum !== "") issues.push(issue("total_blank_summed", { row, field: key, value: givenParts(values, parts.slice(1), names.slice(1)), detail: `${names[0] ?? ""}\t${sum}` }));
  return sum;
}
