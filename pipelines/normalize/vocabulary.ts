// Text the standard says is one of a few values (医療機関の種類: 病院/有床診療所/無床診療所): compared in NFKC without
// spaces, a value written another way (全角 brackets, spaces) becomes the listed one; a usual other word for a value
// (防火水槽 for 防火水そう, 公設消火栓, 消火栓（地下式単口）: the vocabulary's variants and qualified values) is kept as
// written and known as that value; a value with a note in brackets (病院（救急告示）, 診療所（有床）) is read as the value it
// names (notedValueOf); any other value is kept with a warning that names the choices.
import type { Vocabulary } from "../../schemas/types.ts";
import type { At, Fixed } from "./fixed.ts";
import { problem, problemAt } from "./fixed.ts";
import { withoutNote } from "./notes.ts";
import { normalizeText, plainWords } from "./text.ts";

/** The cell when it is one of `values` exactly (the common case: no work), else undefined. */
export function vocabularyPlain(values: readonly string[]): (raw: string) => string | undefined {
  const exact = new Set(values);
  return (raw) => (exact.has(raw) ? raw : undefined);
}

// A memo of pure data derived from immutable vocabularies (schema definitions).
const LISTED = new WeakMap<Vocabulary, (text: string) => string | undefined>();

/** What a text holds in brackets after its words (NFKC): 池 of `自然水利(池)`; null when it holds none. */
const BRACKETED = /^[^(\[【〔]+[(\[【〔]([^)\]】〕]+)[)\]】〕]$/;

/** The standard's value a text names (its value, a variant of it or, when qualified, either with words before it or
 *  a note after it, or, when its own words name none, in the brackets after them: `自然水利（池）` is a 濠・池等 that
 *  says it is a natural one, kept as written), else undefined. */
export function listedValueOf(vocabulary: Vocabulary): (text: string) => string | undefined {
  let found = LISTED.get(vocabulary);
  if (found !== undefined) return found;
  const byKey = new Map(vocabulary.values.map((v) => [plainWords(v), v]));
  for (const [value, words] of Object.entries(vocabulary.variants ?? {})) for (const w of words) if (!byKey.has(plainWords(w))) byKey.set(plainWords(w), value);
  // the longest word first: 私設消火栓 is itself, not a qualified 消火栓
  const words = [...byKey.keys()].sort((a, b) => b.length - a.length);
  found = (text) => {
    const k = plainWords(text);
    const exact = byKey.get(k);
    if (exact !== undefined || !vocabulary.qualified) return exact;
    const named = (part: string) => {
      const core = plainWords(part);
      const word = words.find((w) => core.endsWith(w));
      return word === undefined ? undefined : byKey.get(word);
    };
    const nfkc = text.normalize("NFKC");
    const bracketed = BRACKETED.exec(nfkc)?.[1];
    return named(withoutNote(nfkc) ?? k) ?? (bracketed === undefined ? undefined : named(bracketed));
  };
  LISTED.set(vocabulary, found);
  return found;
}

/** A text of words and a note in brackets after them (NFKC): 病院 and 救急告示 of `病院(救急告示)`. */
const WORDS_AND_NOTE = /^([^(\[【〔]+)[(\[【〔]([^)\]】〕]+)[)\]】〕]$/;

/** The value a text with a note in brackets names, when it names exactly one: its words are a value and the note is
 *  more about it (`病院（救急告示）` → 病院, "kept": the note is kept where the cell's notes are), or its words with the
 *  note before or after them are one (`診療所（有床）` → 有床診療所, "joined": nothing is lost). Else undefined. */
export function notedValueOf(text: string, byKey: ReadonlyMap<string, string>): { value: string; note: "kept" | "joined" } | undefined {
  const parts = WORDS_AND_NOTE.exec(text.normalize("NFKC"));
  if (parts === null) return undefined;
  const words = plainWords(parts[1]);
  const note = plainWords(parts[2]);
  const joined = [byKey.get(`${note}${words}`), byKey.get(`${words}${note}`)].filter((v) => v !== undefined);
  if (joined.length === 1) return { value: joined[0], note: "joined" };
  const value = byKey.get(words);
  return value === undefined || joined.length > 1 ? undefined : { value, note: "kept" };
}

export function vocabularyChecker(vocabulary: Vocabulary): (raw: string, at: At) => Fixed<string | null> {
  const byKey = new Map(vocabulary.values.map((v) => [plainWords(v), v]));
  const listed = listedValueOf(vocabulary);
  const choices = vocabulary.values.join("／");
  return (raw, at) => {
    const text = normalizeText(raw, at);
    if (text.value === null) return text;
    const value = byKey.get(plainWords(text.value));
    if (value !== undefined) return value === text.value ? text : { value, issues: [...text.issues, problem("vocabulary_reworded", at, raw)] };
    if (listed(text.value) !== undefined) return text;
    const noted = vocabulary.qualified ? undefined : notedValueOf(text.value, byKey);
    if (noted !== undefined) {
      const code = noted.note === "kept" ? "vocabulary_with_note" : "vocabulary_note_joined";
      return { value: noted.value, issues: [...text.issues, problemAt(code, at.row, at.field, at.onlyCounts, raw, noted.value)] };
    }
    return { value: text.value, issues: [...text.issues, problem("not_in_vocabulary", at, `${raw}（選択肢：${choices}）`)] };
  };
}
