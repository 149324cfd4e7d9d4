// A column whose header names a text column and a count of people together (an event list's 対象・定員, 対象者／定員),
// its cells the two in one (`小学生・30名`, `どなたでも（先着30名）`, `親子15組30名`): each row's count (a number of
// people or groups, with the words before it that say how it is filled, 先着, 各回, and a note in brackets after it) is
// the count column's cell, the rest the text column's; a cell with no count is all text. derived-columns.ts gives the
// two columns from it, the file's column kept in extra.
import type { Dataset } from "../schemas/dataset.ts";
import { kinds } from "../schemas/types.ts";
import { matchHeader } from "./header-match.ts";

/** The text and count columns one header names, and where it is. */
export interface TextAndCount {
  at: number;
  text: string;
  count: string;
}

/** What parts a header's two names: 対象・定員, 対象者／定員, 対象/定員, 対象、定員. */
const HEADER_PARTS = /\s*[・･／\/、]\s*/u;

/** The text and count columns an unmapped header names (each name a header of the dataset's), or null. The count is a
 *  count of people (its type has countUnits), the text a column of any words. */
export function textAndCountOf(dataset: Dataset, header: string, at: number): TextAndCount | null {
  const names = header.normalize("NFKC").trim().split(HEADER_PARTS);
  if (names.length !== 2 || names.some((n) => n === "")) return null;
  const keys = names.map((n) => matchHeader(n, dataset)?.key);
  const roles = keys.map((key) => {
    const kind = key === undefined ? undefined : kinds.get(dataset.columnByKey.get(key)!.type);
    if (kind?.countUnits !== undefined) return "count";
    return kind?.kind === "text" && kind.vocabulary === undefined && kind.listed !== true ? "text" : null;
  });
  const count = roles.indexOf("count");
  const text = roles.indexOf("text");
  if (count < 0 || text < 0) return null;
  return { at, text: keys[text]!, count: keys[count]! };
}

/** A count of people or groups as such cells write it (NFKC): how it is filled before it (先着, 各回, 定員 …), the
 *  groups and the people in them (親子15組30名), the counter, about after it, a note in brackets. */
const COUNT = String.raw`(?:(?:先着順?|定員|各回|各日|毎回|1回|1日|親子|約)\s*[:：]?\s*)*\d[\d,]*\s*(?:組\s*[(（]?\s*\d+\s*)?(?:名|人|組|席)[)）]?(?:程度|まで)?(?:\s*[(（][^()（）]*[)）])?`;
/** The count at the cell's end, after a separator or in brackets (小学生・30名, どなたでも（先着30名）, 小学生 30名). */
const COUNT_LAST = new RegExp(String.raw`^(.*?)[\s・･、,，／\/]*[(（]?(${COUNT})$`, "du");
/** The count at the cell's start, a separator after it (30名・小学生以上). */
const COUNT_FIRST = new RegExp(String.raw`^(${COUNT})[\s・･、,，／\/]+(.+)$`, "du");

/** A cell of such a column as its text and its count (either may be empty), each as written. */
export function splitTextAndCount(cell: string): { text: string; count: string } {
  const value = cell.trim();
  const nfkc = value.normalize("NFKC");
  const last = COUNT_LAST.exec(nfkc);
  const first = last === null ? COUNT_FIRST.exec(nfkc) : null;
  const found = last ?? first;
  if (found === null) return { text: value, count: "" };
  const [textAt, countAt] = last !== null ? [1, 2] : [2, 1];
  // the cell as written where NFKC kept its length (全角 brackets and ～ in the text stay), else its NFKC form
  const source = nfkc.length === value.length ? value : nfkc;
  const part = (group: number) => source.slice(...found.indices![group]!).trim();
  return { text: part(textAt), count: withoutUnopenedBracket(part(countAt)) };
}

/** A count without the closing bracket of the bracket it was in (`先着30名）` of `どなたでも（先着30名）`). */
function withoutUnopenedBracket(count: string): string {
  const opened = (count.match(/[(（]/gu) ?? []).length;
  const closed = (count.match(/[)）]/gu) ?? []).length;
  return closed > opened ? count.replace(/[)）]$/u, "").trim() : count;
}
