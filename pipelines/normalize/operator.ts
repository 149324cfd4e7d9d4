// 団体名 / 法人名 that names no body but says the operator is a person (個人, 個人経営, 個人事業主): published, it reads
// as a corporation called 個人. Not published; the cell is kept in 備考, and the officer told.
import { keepInsteadOfValue } from "./kept-cells.ts";
import type { RowRepair } from "./row-repair.ts";
import { plainWords } from "./text.ts";

const PERSON_WORDS: ReadonlySet<string> = new Set(["個人", "個人経営", "個人事業主", "個人事業者", "個人営業", "個人立", "個人開設", "個人開設者"]);

/** The character every PERSON_WORDS word has, and which NFKC makes of no other: a name without it (nearly every one)
 *  is no such word, told without normalizing it. */
const PERSON_MARK = "個";
for (const word of PERSON_WORDS) if (!word.includes(PERSON_MARK)) throw new Error(`PERSON_MARK misses ${word}`);

export function checkOrganization(r: RowRepair): void {
  const name = r.record.organization_name;
  if (typeof name !== "string" || name.length > 8 || !name.includes(PERSON_MARK) || !PERSON_WORDS.has(plainWords(name))) return;
  keepInsteadOfValue(r, "organization_name", "organization_is_person");
}
