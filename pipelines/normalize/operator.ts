// 団体名 / 法人名 that names no body but says the operator is a person (個人, 個人経営, 個人事業主): published, it reads
// as a corporation called 個人. And a name withheld (`＊＊＊`, `●●●`, `非公開`): food and care lists mask a person's
// name by practice, and the mask published reads as a name. Neither is published; the cell is kept in 備考, and the
// officer told.
import { keepInsteadOfValue } from "./kept-cells.ts";
import type { RowRepair } from "./row-repair.ts";
import { plainWords } from "./text.ts";

const PERSON_WORDS: ReadonlySet<string> = new Set(["個人", "個人経営", "個人事業主", "個人事業者", "個人営業", "個人立", "個人開設", "個人開設者"]);

/** The character every PERSON_WORDS word has, and which NFKC makes of no other: a name without it (nearly every one)
 *  is no such word, told without normalizing it. */
const PERSON_MARK = "個";
for (const word of PERSON_WORDS) if (!word.includes(PERSON_MARK)) throw new Error(`PERSON_MARK misses ${word}`);

/** Brackets a list puts around such a word (（個人）, 【個人】): the word all the same. */
const BRACKETED = /^[(（【［[〈<](.*)[)）】］\]〉>]$/;

/** The columns that name who runs or owns a thing, which lists withhold for a person: 法人名 (営業者氏名), 所有者等
 *  (of marks only: `個人所有のため非公開` says who owns it, and excuses the 所在地 withheld, inapplicable.ts). */
const HOLDER_KEYS = ["organization_name", "owner"] as const;

/** Marks written in place of a name (＊＊＊, ●●●, ×××, ■■, ※※※), NFKC: two or more, nothing else. Not a lone mark (a
 *  footnote's ※, a ×), not dashes (--, a blank's placeholder), not 〇〇 (a template's blank, template_example). */
const MASK = /^[*●■□×✕※]{2,}$/u;
/** A name withheld said in words: 非公開, 非公表, 個人情報のため非公開, 氏名非公開, 掲載しません. */
const WITHHELD = /^[^\d]{0,20}?(?:非公開|非公表|不掲載|掲載しない|掲載しません|掲載なし|公開しない|公表しない|公表しません)(?:です|とします)?$/u;

export function checkOrganization(r: RowRepair): void {
  for (const key of HOLDER_KEYS) {
    const name = r.record[key];
    if (typeof name !== "string") continue;
    if (withholds(name, key === "organization_name")) keepInsteadOfValue(r, key, "name_withheld");
    else if (key === "organization_name" && isPersonWord(name)) keepInsteadOfValue(r, key, "organization_is_person");
  }
}

/** What every WITHHELD word has (公 of 非公開 … 公表しません, 掲 of 不掲載 … 掲載なし): a name without either (nearly
 *  every one) is not tried against the regex, asked of each row's 団体名. */
const mayWithhold = (plain: string) => plain.includes("公") || plain.includes("掲");

/** Whether a name cell withholds the name: marks in its place, or, with `words`, words that say so. */
function withholds(name: string, words: boolean): boolean {
  if (name.length > 30) return false;
  const plain = plainWords(name);
  return MASK.test(plain) || (words && mayWithhold(plain) && WITHHELD.test(plain.replace(BRACKETED, "$1")));
}

/** Whether a 団体名 cell is a word that says a person runs it (個人, （個人）), no name. */
function isPersonWord(name: string): boolean {
  if (name.length > 10 || !name.includes(PERSON_MARK)) return false;
  return PERSON_WORDS.has(plainWords(name).replace(BRACKETED, "$1"));
}
