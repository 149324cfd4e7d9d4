// How CKAN's Solr schema reads its text fields (schema.xml, fieldType "text": WhitespaceTokenizer, then
// WordDelimiterFilter, then lower case), so that free text and title:/notes: queries match whole words as a real CKAN
// does: `t13103` does not find `t131032`. A word is split at punctuation, between letters and digits and where a lower
// case letter meets an upper case one (`t131032-aed` is t, 131032, aed; `PowerShot` power, shot); at index time a run of
// letter parts or of digit parts is also kept joined (`wi-fi` is also wifi, `2024-05-03` also 20240503).
// Japanese is written without spaces, and CKAN's default schema would keep `AED設置箇所一覧` as one word that only the
// whole title finds. Here a run of kanji and kana is its own part, matched as Solr's CJK bigram fields match it: any
// stretch of the run finds it (`設置箇所` finds AED設置箇所一覧, `トイレ` 公衆トイレ一覧).

/** One indexed term; `from`/`to` are the positions of the parts it covers (a joined term covers several). */
export interface Token { text: string; from: number; to: number; cjk: boolean }
type Kind = "word" | "number" | "cjk";
interface Part { text: string; kind: Kind }

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The parts of one whitespace-separated word, before lower-casing (the case change is a split point). */
function partsOf(word: string, splitOnCaseChange: boolean): Part[] {
  const parts: Part[] = [];
  let text = "";
  let kind: Kind | null = null;
  let prev = "";
  const flush = () => {
    if (text && kind) parts.push({ text: text.toLowerCase(), kind });
    text = "";
    kind = null;
  };
  for (const ch of word) {
    const k: Kind | null = CJK.test(ch) ? "cjk" : DIGIT.test(ch) ? "number" : LETTER.test(ch) ? "word" : null;
    if (k === null) { flush(); prev = ""; continue; }
    const caseChange = splitOnCaseChange && k === "word" && kind === "word" && LOWER.test(prev) && UPPER.test(ch);
    if (k !== kind || caseChange) flush();
    text += ch;
    kind = k;
    prev = ch;
  }
  flush();
  return parts;
}

/** The terms a text field indexes for one value, with positions (catenateWords and catenateNumbers joined in). */
function analyse(value: string, splitOnCaseChange: boolean): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  for (const word of value.normalize("NFKC").split(/\s+/)) {
    const parts = partsOf(word, splitOnCaseChange);
    let runStart = 0;
    for (let i = 0; i <= parts.length; i++) {
      const part = parts[i];
      const runKind = parts[runStart]?.kind;
      if (i > runStart + 1 && (part?.kind !== runKind) && runKind !== "cjk") {
        tokens.push({ text: parts.slice(runStart, i).map((p) => p.text).join(""), from: position + runStart, to: position + i - 1, cjk: false });
      }
      if (part?.kind !== runKind) runStart = i;
      if (part) tokens.push({ text: part.text, from: position + i, to: position + i, cjk: part.kind === "cjk" });
    }
    position += parts.length;
  }
  return tokens;
}

const cache = new Map<string, Token[]>();
const CACHE_MAX = 50_000;

/** A value's terms, remembered: the same titles and notes are read on every search. */
export function indexTokens(value: string, splitOnCaseChange = true): Token[] {
  const key = `${splitOnCaseChange ? "1" : "0"}${value}`;
  let tokens = cache.get(key);
  if (!tokens) {
    if (cache.size >= CACHE_MAX) cache.clear();
    tokens = analyse(value, splitOnCaseChange);
    cache.set(key, tokens);
  }
  return tokens;
}

/** A query word's parts, as the query analyzer reads it (no joined terms); none for a word of punctuation only. */
export function queryParts(text: string, splitOnCaseChange = true): Part[] {
  return text.normalize("NFKC").split(/\s+/).flatMap((w) => partsOf(w, splitOnCaseChange));
}

const partMatches = (token: Token, part: Part, edge: "any" | "start" | "end" | "whole") => {
  if (part.kind !== "cjk") return token.text === part.text;
  if (!token.cjk) return false;
  return edge === "any" ? token.text.includes(part.text)
    : edge === "end" ? token.text.endsWith(part.text) : edge === "start" ? token.text.startsWith(part.text) : token.text === part.text;
};

/** Whether a text field's value holds a query word or phrase. A word's parts must all be there (CKAN's q.op=AND), a
 *  quoted phrase's one after the other; a kanji/kana part is found inside a run, and in a phrase it may end the run
 *  before the next part or begin the run after the one before. */
export function textMatches(value: string, query: string, phrase: boolean, splitOnCaseChange = true): boolean {
  const parts = queryParts(query, splitOnCaseChange);
  if (!parts.length) return false;
  const tokens = indexTokens(value, splitOnCaseChange);
  if (!phrase || parts.length === 1) return parts.every((part) => tokens.some((t) => partMatches(t, part, "any")));
  const last = parts.length - 1;
  const from = (i: number, position: number): boolean => {
    if (i > last) return true;
    const edge = i === 0 ? "end" : i === last ? "start" : "whole";
    return tokens.some((t) => t.from === position && partMatches(t, parts[i]!, edge) && from(i + 1, t.to + 1));
  };
  return tokens.some((t) => partMatches(t, parts[0]!, "end") && from(1, t.to + 1));
}

/** Whether a wildcard pattern matches one of a value's indexed terms (Solr matches wildcards against terms). */
export function termMatches(value: string, re: RegExp, splitOnCaseChange = true): boolean {
  return indexTokens(value, splitOnCaseChange).some((t) => re.test(t.text));
}
