// Home-page search over the datasets and the municipalities, by the spellings people type. The query and every
// searched text are folded alike (foldText); the query is split into words, and each word must be found: in a
// dataset, in a municipality, or, over the two, in a pair of them (新宿 AED → AED設置箇所一覧 of 新宿区).
import { DATASET_WORDS, JOINING_KANA, KANJI_VARIANTS } from "./search-words.js";

const HIRAGANA = /[\u3041-\u3096]/g;
const VARIANT = new RegExp(`[${Object.keys(KANJI_VARIANTS).join("")}]`, "gu");
// between two kanji, or after one at the end of a word (青が, typed for 青ヶ島)
const JOINING = new RegExp(`(?<=\\p{Script=Han})[${Object.keys(JOINING_KANA).join("")}](?=\\p{Script=Han}|\\s|$)`, "gu");
// inside a word: Wi-Fi, Wi‐Fi and Wi・Fi are wifi (the long-vowel mark ー is part of a word, not a separator)
const SEPARATORS = /[-\u2010-\u2015\u2212・.'’_]/g;

/** One spelling for many: NFKC (ＡＥＤ, ｶﾅ), lower case, hiragana as katakana, old kanji forms as today's (檜 → 桧),
 *  ケ/ヶ/が/ガ between two kanji as one (青ヶ島), and no hyphens or dots inside words. */
export function foldText(text) {
  return String(text ?? "").normalize("NFKC").toLowerCase()
    .replace(HIRAGANA, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(VARIANT, (c) => KANJI_VARIANTS[c])
    .replace(JOINING, (c) => JOINING_KANA[c])
    .replace(SEPARATORS, "");
}

/** The query's words, folded (any space separates them, the full-width one too). */
export const searchWords = (query) => foldText(query).split(/\s+/).filter(Boolean);

// each part folded on its own and kept apart by a line break, so no word is found across two of them
const searchable = (parts) => parts.map(foldText).join("\n");
const datasetText = (d) => searchable([d.id, d.number, d.title_ja, d.title_en, d.description_ja, d.description_en, ...(DATASET_WORDS[d.id] ?? [])]);
const municipalityText = (m) => searchable([m.code, m.name_ja, m.name_kana, m.name_en]);

/** Which of the words a text contains, one boolean per word. */
const found = (text, words) => words.map((w) => text.includes(w));

/** Datasets and municipalities that contain every word, and, for a query of several words, each dataset ×
 *  municipality pair between which every word is found (neither of them holding all of them alone). */
export function searchCatalog(query, { datasets, municipalities }) {
  const words = searchWords(query);
  const hits = (items, text) => items.map((item) => ({ item, found: found(text(item), words) }));
  const ds = hits(datasets, datasetText), ms = hits(municipalities, municipalityText);
  const all = (x) => words.length > 0 && x.found.every(Boolean);
  const some = (x) => x.found.some(Boolean);
  const pairs = words.length < 2 ? [] : ds.filter((d) => some(d) && !all(d)).flatMap((d) =>
    ms.filter((m) => some(m) && !all(m) && words.every((_, i) => d.found[i] || m.found[i]))
      .map((m) => ({ dataset: d.item, municipality: m.item })));
  return {
    words,
    datasets: ds.filter(all).map((x) => x.item),
    municipalities: ms.filter(all).map((x) => x.item),
    pairs,
  };
}
