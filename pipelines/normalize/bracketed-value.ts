// A text column's standard value written with words in brackets (文化財 種類 `有形文化財（建造物）`, the class the kind is
// of before it, as Tokyo's lists write 種別; `建造物（附 棟札）`, a note after it), or with the narrower kind after a ・
// (`美術工芸品・彫刻`, one a line, as 市川市's list writes 種類): the value read, so that apps filter on the standard's
// kinds, the cell kept in 備考 (vocabulary_in_brackets, vocabulary_kind_of). Any other text is the column's as written.
import type { At, Fixed } from "./fixed.ts";
import { problemAt } from "./fixed.ts";
import { normalizeText, plainText } from "./text.ts";

/** Words with words in brackets after them (NFKC): 有形文化財 and 建造物 of `有形文化財(建造物)`. */
export const WORDS_AND_BRACKETED = /^([^()]+?)\s*\(([^()]+)\)$/u;

/** A standard value a text names, and the narrower kind of it the text wrote (絵画 of 美術工芸品), if so. */
interface Named { value: string; kind?: string }

/** The one standard value a text names in brackets or before a bracketed note, itself or by a narrower kind of it
 *  (`kindsOf`: 有形文化財（絵画）, 絵画 being 美術工芸品); undefined when none or two different ones do. */
function valueNamed(text: string, values: readonly string[], kindsOf: Readonly<Record<string, string>>): Named | undefined {
  const nfkc = text.normalize("NFKC").trim();
  const whole = kindNamed(nfkc, kindsOf);
  if (whole !== undefined) return { value: kindsOf[whole], kind: whole };
  const m = WORDS_AND_BRACKETED.exec(nfkc);
  if (m === null) return partsNamed(nfkc, values, kindsOf);
  const named = [m[1], m[2]].map((part) => part.replace(/\s/g, "")).flatMap((part): Named[] =>
    (values.includes(part) ? [{ value: part }] : Object.hasOwn(kindsOf, part) ? [{ value: kindsOf[part], kind: part }] : []));
  return named.length === 1 || (named.length === 2 && named[0].value === named[1].value) ? named.find((n) => n.kind !== undefined) ?? named[0] : undefined;
}

export function normalizeBracketedValue(values: readonly string[], kindsOf: Readonly<Record<string, string>> = {}): (raw: string, at: At) => Fixed<string | null> {
  return (raw, at) => {
    const text = normalizeText(raw, at);
    const named = text.value === null ? undefined : valueNamed(text.value, values, kindsOf);
    if (named === undefined) return text;
    const said = named.kind === undefined ? problemAt("vocabulary_in_brackets", at.row, at.field, at.onlyCounts, raw, named.value)
      : problemAt("vocabulary_kind_of", at.row, at.field, at.onlyCounts, raw, `${named.kind}\t${named.value}`);
    return { value: named.value, issues: [...text.issues, said] };
  };
}

/** Between the parts of a cell that names a value and its narrower kind (美術工芸品・彫刻), or several, one a line. */
const PART_BREAK = /[・\n]/;

/** The one standard value every part of a text names, itself or by a narrower kind of it (`美術工芸品・彫刻`,
 *  `美術工芸品・書跡` over `美術工芸品・工芸品`); undefined when a part names none (`建造物・石造物`) or two parts name
 *  different ones (`建造物` over `歴史資料`: two kinds, as written). */
function partsNamed(text: string, values: readonly string[], kindsOf: Readonly<Record<string, string>>): Named | undefined {
  if (!PART_BREAK.test(text)) return undefined;
  const parts = text.split(PART_BREAK).map((part) => part.replace(/\s/g, "")).filter((part) => part !== "");
  const named = parts.map((part): Named | undefined =>
    (values.includes(part) ? { value: part } : Object.hasOwn(kindsOf, part) ? { value: kindsOf[part], kind: part } : undefined));
  if (named.some((n) => n === undefined) || new Set(named.map((n) => n?.value)).size !== 1) return undefined;
  const kinds = [...new Set(named.flatMap((n) => (n?.kind === undefined ? [] : [n.kind])))];
  const value = (named[0] as Named).value;
  return kinds.length === 0 ? { value } : { value, kind: kinds.join("・") };
}

/** The narrower kind a cell is alone (絵画, with no class before it), as `kindsOf` spells it; undefined when none. */
function kindNamed(text: string, kindsOf: Readonly<Record<string, string>>): string | undefined {
  const word = text.normalize("NFKC").replace(/\s/g, "");
  return Object.hasOwn(kindsOf, word) ? word : undefined;
}

/** A cell with no bracket nor ・, and no narrower kind alone (絵画), is plain text as any text column's (the common case:
 *  no work). */
export const plainBracketedValueOf = (kindsOf: Readonly<Record<string, string>>) => (raw: string): string | undefined =>
  (/[(（・･]/u.test(raw) || kindNamed(raw, kindsOf) !== undefined ? undefined : plainText(raw));
