// An English header as a municipality writes it (`Zip Code`, `Tel No.`, `Website`, `E-mail`, `English Name`, and in a
// list of facilities `Facility Name`, `Office Name`, `Name of Facility`) read as the standard's English name it means
// (postalCode, phoneNumber, url, email, name (English), name). The standard's own English names and keys already match (header-match.ts
// normalizes `Phone Number` to phoneNumber); these are the other ways of writing them. A leaf module: it gives the
// headers to try, header-match.ts matches them.

/** Longer text is a data cell, not a header. */
const HEADER_MAX = 40;
/** A header of Latin words: letters, digits, spaces and the marks English headers use. */
const LATIN = /^[A-Za-z][A-Za-z0-9\s.,'&/#()[\]_-]*$/;

/** Other words for the words of the standard's English names, as whole word sequences. */
const SYNONYMS: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [["e", "mail", "address"], ["email"]],
  [["e", "mail"], ["email"]],
  [["email", "address"], ["email"]],
  [["mail", "address"], ["email"]],
  [["zip", "code"], ["postal", "code"]],
  [["post", "code"], ["postal", "code"]],
  [["postcode"], ["postal", "code"]],
  [["zipcode"], ["postal", "code"]],
  [["zip"], ["postal", "code"]],
  [["web", "site"], ["url"]],
  [["website"], ["url"]],
  [["home", "page"], ["url"]],
  [["homepage"], ["url"]],
  [["telephone"], ["phone"]],
  [["tel"], ["phone"]],
  [["facsimile"], ["fax"]],
];

/** Words that make the header the English spelling or the reading of the column the others name (`English Name`,
 *  `Name in English`, `Kana Name`): written as the qualifier header-match.ts reads (`Name (English)`). */
const QUALIFIERS: Readonly<Record<string, string>> = { english: "English", romaji: "English", kana: "Kana", furigana: "Kana" };

/** The words of a Latin header, lower case: camelCase and marks split (`officeName`, `Tel.No.` → office name, tel no). */
function wordsOf(text: string): string[] {
  return text.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
}

function withSynonyms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const hit = SYNONYMS.find(([from]) => from.every((w, k) => words[i + k] === w));
    if (hit === undefined) out.push(words[i++]);
    else {
      out.push(...hit[1]);
      i += hit[0].length;
    }
  }
  // `Phone No.`, `Corporate No.`: a number; `No.` alone is the row's number (ID), already an alias
  if (out.length > 1 && out.at(-1) === "no") out[out.length - 1] = "number";
  // `Long` beside `Lat`: the longitude (lat and lng are aliases already)
  return out.length === 1 && out[0] === "long" ? ["longitude"] : out;
}

/** The column's name without a word for the row's thing before it (`Facility Name` → name) or after it (`Name of
 *  Facility`, `Name of the Office` → name); null when there is none. */
function withoutSubject(words: readonly string[], subjects: readonly string[]): string[] | null {
  if (words.length > 1 && subjects.includes(words[0])) return words.slice(1);
  const of = words.lastIndexOf("of");
  const after = words.slice(of + 1).filter((w) => w !== "the");
  if (of > 0 && after.length === 1 && subjects.includes(after[0])) return words.slice(0, of);
  return null;
}

/**
 * The headers to try for an English header no standard name matched: its words with the synonyms written as the
 * standard's (`Zip Code` → postal code), then without a word of `subjects`, the dataset's words for the thing each row
 * is (Dataset.subjects_en: `Office Name` → name in a care list), each with a language word written as a qualifier
 * (`English Name` → `name (English)`). Empty for a header that is not Latin words or gives nothing new.
 */
export function englishHeaders(cell: string, subjects: readonly string[] = []): string[] {
  if (cell.length > HEADER_MAX) return [];
  const text = cell.normalize("NFKC").trim();
  if (!LATIN.test(text)) return [];
  let words = wordsOf(text);
  let qualifier: string | null = null;
  const at = words.findIndex((w) => QUALIFIERS[w] !== undefined);
  if (at >= 0 && words.length > 1) {
    qualifier = QUALIFIERS[words[at]];
    words = words.filter((_, k) => k !== at && !(k === at - 1 && words[k] === "in"));
  }
  const plain = withSynonyms(words);
  const subjectless = withoutSubject(words, subjects);
  const bare = subjectless === null ? null : withSynonyms(subjectless);
  const written = (w: readonly string[]) => (qualifier === null ? w.join(" ") : `${w.join(" ")} (${qualifier})`);
  const headers = [plain, ...(bare === null ? [] : [bare])].filter((w) => w.length > 0).map(written);
  return [...new Set(headers)].filter((h) => h.toLowerCase() !== text.toLowerCase());
}
