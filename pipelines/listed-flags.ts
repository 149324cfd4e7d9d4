// A list column's words (対象災害 `洪水、地震`, 設備 `車いす対応、ベビーシート`) read as the yes/no columns they name
// (derived-columns.ts "listed" and "combined"): item by item, with the notes and the words that say what is absent or
// left out kept apart, so that nothing is read as a yes it does not say, and a column a cell read in part does not name
// is not known rather than a no.
import { plainWords } from "./normalize/text.ts";

/** The words of one list column, longest first, each with the column it names. */
export interface ListVocabulary {
  /** the list column's header, for the issues */
  header: string;
  words: ReadonlyArray<readonly [word: string, key: string]>;
  ignore: ReadonlySet<string>;
  /** words that, as the whole cell, name every column (すべて, 全災害) */
  all: ReadonlySet<string>;
}

/** What separates the items of a list cell; `・` too, after the words that hold one (崖崩れ・土石流・地滑り) are read. */
const LIST_SEPARATORS = /[、,，・/;；|｜]+/;
/** LIST_SEPARATORS, not inside a note's brackets (地震（大規模火災時・夜間を除く）). */
const LIST_SEPARATORS_OUTSIDE_NOTES = /[、,，・/;；|｜]+(?![^()]*\))/;
/** Items that name nothing: 等, a dash for none, what is left of `車いす対応`, `ベビーシートあり` or `車いす用有` once
 *  the word is read, and of `地震のみ` (only the words named, as any cell says). */
const NO_ITEM = /^(?:等|など|ほか|他|及び|および|-|－|―|ー|なし|無し?|のみ|だけ)$|^(?:用|使用者用)?(?:対応|設置)?(?:あり|有り?|付き?|完備)?(?:トイレ)?$/;

/** Words that say an item is absent or left out (ベビーシートなし, オストメイト（無）, 洪水を除く, 地震以外). */
const NEGATION = /なし|無し|無|除く|除き|以外|不可|非対応|未設置|未対応|[×✕]/;
/** A note that only says its item is absent (`オストメイト（無）`). */
const NEGATING_NOTE = /^(?:なし|無し?|除く|除き|以外|不可|非対応|未設置|未対応|[×✕])$/;
/** A note in brackets after an item (NFKC: the brackets are ASCII): `地震(大規模火災時を除く)`. */
const NOTE = /\(([^()]*)\)/g;
/** Where a list word stood once read: a mark no cell holds, then the word's index. */
const PLACED = /\u0001(\d+)\u0002/g;

/** A note of items read (marked) and words that name nothing, none of them saying what is absent. */
const listsItems = (note: string): boolean => note.includes("\u0001")
  && note.replace(PLACED, "、").split(LIST_SEPARATORS).every((word) => word === "" || (NO_ITEM.test(word) && !NEGATION.test(word)));

/** What a list cell says of its columns. */
export interface ListReading {
  /** the columns it names */
  named: Set<string>;
  /** items that name no column (neither a column's word nor ignored): warned */
  unknown: string[];
  /** the cell is one word for every column (すべて) */
  all: boolean;
  /** what of it was not read: the whole cell, when it says what is absent or left out outside brackets (洪水以外の災害,
   *  ベビーシートなし); an item, when its note does (オストメイト（無）) or it is an all-word with a note (全災害（火山現象を除く）);
   *  a note (地震（大規模火災時を除く）), whose item is read but whose words are not: the columns it does not name are then
   *  not known. null when everything was read. */
  unread: "cell" | "part" | "note" | null;
  /** the cell is every column but some, as it writes them (全災害（火山現象を除く）, 洪水以外の全ての災害): those are
   *  left out of `named`, which holds every other column */
  except?: string;
}

/** A word for every column with what it leaves out in a note (全災害（火山現象を除く）, すべて（洪水は除く）) … */
const ALL_BUT_NOTED = /^(.+?)\((.+?)(?:を|は)?(?:除く|除き|以外)\)$/;
/** … or before it, one item (洪水を除く全災害, 洪水以外の全ての災害). */
const ALL_BUT_BEFORE = /^(.+?)(?:を除く|を除いた|を除き|以外の|以外)(.+)$/;

/** Every column of the vocabulary but those a cell leaves out, when it is one of its all-words with the columns it
 *  leaves out each named plainly (no note, no unknown word); else null. */
function allBut(text: string, vocabulary: ListVocabulary): ListReading | null {
  const noted = ALL_BUT_NOTED.exec(text);
  const before = noted === null ? ALL_BUT_BEFORE.exec(text) : null;
  const [all, left] = noted !== null ? [noted[1], noted[2]] : before !== null ? [before[2], before[1]] : [null, null];
  if (all === null || left === null || !vocabulary.all.has(all)) return null;
  // before the word, which items 以外 takes is not told when there are more (地震・洪水以外全て: 地震 too, or not)
  if (before !== null && LIST_SEPARATORS.test(left)) return null;
  const out = readList(left, vocabulary);
  if (out.named.size === 0 || out.unknown.length > 0 || out.unread !== null || out.all) return null;
  const named = new Set(vocabulary.words.map(([, key]) => key).filter((key) => !out.named.has(key)));
  return { named, unknown: [], all: false, unread: null, except: left };
}

/** Whether the columns a cell does not name are not known rather than a no: it was read in part, or holds a word that
 *  names no column (水害, 大雨: which columns it means is not told, so the ones it does not name may be meant). */
export const leavesUnnamedUnknown = (read: ListReading): boolean => read.unread !== null || read.unknown.length > 0;

/** The columns a list cell names, read item by item: an item's words name their columns, a note in brackets after it
 *  is kept, not read (its words are no yes), and a cell or item that says what is absent or left out names nothing. */
export function readList(cell: string, vocabulary: ListVocabulary): ListReading {
  const text = plainWords(cell);
  const named = new Set<string>();
  const reading: ListReading = { named, unknown: [], all: false, unread: null };
  if (text === "") return reading;
  if (vocabulary.all.has(text)) return { ...reading, all: true };
  const but = allBut(text, vocabulary);
  if (but !== null) return but;
  // words that say what is absent, outside brackets: the cell names nothing (地震・洪水以外全て: which words 以外 takes
  // is not told)
  if (NEGATION.test(text.replace(NOTE, ""))) return { ...reading, unread: "cell" };
  // each word read marked in place, so that one holding a separator (崖崩れ、土石流及び地滑り) is one item
  let marked = text;
  vocabulary.words.forEach(([word], k) => {
    if (marked.includes(word)) marked = marked.replaceAll(word, `\u0001${k}\u0002`);
  });
  for (const item of marked.split(LIST_SEPARATORS_OUTSIDE_NOTES)) {
    let notes: string[] = [...item.matchAll(NOTE)].map((m) => m[1]);
    let core = item.replace(NOTE, "");
    // an item in brackets (`(地震)`) is the item, not a note; a note that only names the item's column again in other
    // words (`土砂災害（がけ崩れ）`) is no note
    if (core === "" && notes.length === 1) [core, notes] = [notes[0], []];
    if (notes.length > 0) {
      const keys = new Set([...core.matchAll(PLACED)].map((m) => vocabulary.words[Number(m[1])][1]));
      notes = notes.filter((n) => n.replace(PLACED, (_, k: string) => (keys.has(vocabulary.words[Number(k)][1]) ? "" : "?")).split(LIST_SEPARATORS).join("") !== "");
    }
    // a note that is itself a list of the columns' items (多目的トイレ（車いす・オストメイト対応）) is read as items
    const listing = notes.filter(listsItems);
    for (const n of listing) for (const m of n.matchAll(PLACED)) named.add(vocabulary.words[Number(m[1])][1]);
    if (listing.length > 0) notes = notes.filter((n) => !listing.includes(n));
    if (notes.length > 0) {
      const bare = core.replace(PLACED, "");
      if (notes.some((n) => NEGATING_NOTE.test(n)) || vocabulary.all.has(bare)) {
        reading.unread = "part";
        continue;
      }
      reading.unread ??= "note";
    }
    for (const m of core.matchAll(PLACED)) named.add(vocabulary.words[Number(m[1])][1]);
    const rest = core.replace(PLACED, "、");
    for (const part of rest.split(LIST_SEPARATORS)) {
      const word = part.replace(/^[(「[]+|[)」\]]+$/g, "");
      if (word === "" || NO_ITEM.test(word) || vocabulary.ignore.has(word)) continue;
      if (vocabulary.all.has(word)) reading.unread = "part";
      else reading.unknown.push(word);
    }
  }
  if (reading.unread === "note" && named.size === 0) reading.unread = "part";
  return reading;
}

/** What a header of several yes/no columns may carry around their words: 災害種別_, 災害種別（…）, 有無, 対応. */
const COMBINED_FRAME = /^(?:災害種別)?[_(]?|\)?(?:の有無|有無|対応)?$/g;

/** The columns a header names when it lists words of a list's columns and nothing else (`洪水・高潮`, `災害種別_洪水、高潮`;
 *  `がけ崩れ・土石流・地すべり`, three words of one column), else null. */
export function combinedKeys(header: string, vocabulary: ListVocabulary): string[] | null {
  const text = plainWords(header).replace(COMBINED_FRAME, "");
  if (text === "" || !/[、,，・/]/.test(text)) return null;
  const read = readList(text, vocabulary);
  return read.named.size > 0 && read.unknown.length === 0 && read.unread === null && !read.all ? [...read.named] : null;
}

/** What list cells read in part leave to a row's record, once its cells are normalized. */
export interface ListedReading {
  /** the columns the cells do not name: not known */
  unknown: string[];
  /** the cells, each after its header, for 備考 */
  kept: string[];
}

/** The record with the columns a list cell read in part does not name set to null (not known: a blank mark would read
 *  "no"), and the cell kept once in 備考 after its header, after what 備考 already says. */
export function withListedReading(record: Record<string, unknown>, listed: ListedReading): void {
  for (const key of listed.unknown) record[key] = null;
  if (!("remarks" in record)) return;
  for (const text of listed.kept) {
    const held = record.remarks;
    if (typeof held === "string" && held !== "") {
      if (!held.includes(text)) record.remarks = `${held} / ${text}`;
    } else record.remarks = text;
  }
}
