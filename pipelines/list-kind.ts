// The kind a list's title or file name says every row of it is (`歯科診療所一覧`: 歯科診療所), for a dataset whose kind
// the law makes of a count the list may not give (Dataset.valueWhenEmpty's listKinds): told once for the file, taken
// by a row whose kind is blank or missing and that neither its name nor its count tells (refined-values.ts fillByLaw).
import type { Dataset } from "../schemas/dataset.ts";

export interface ListKind {
  /** the kind column */
  key: string;
  value: string;
  /** where it was read, as the report shows it: 表題「歯科診療所一覧」, ファイル名「131041_歯科診療所一覧.csv」 */
  seen: string;
}

/** The kind the list's title rows (each as written) and file name agree on; undefined when the dataset reads none, no
 *  text names one, one names a kind outside the list's (病院・診療所一覧), or two name different kinds. */
export function listKindOfFile(dataset: Dataset, titles: readonly string[], fileName: string): ListKind | undefined {
  for (const spec of dataset.valueWhenEmpty ?? []) {
    const kinds = spec.listKinds;
    if (kinds === undefined) continue;
    const texts = [...titles.map((t) => ({ text: t.trim(), seen: `表題「${t.trim()}」` })), { text: fileName, seen: `ファイル名「${fileName}」` }];
    let found: ListKind | undefined;
    for (const { text, seen } of texts) {
      const plain = text.normalize("NFKC");
      if (kinds.unless.test(plain)) return undefined;
      const value = kinds.kinds.find((k) => k.words.test(plain))?.value;
      if (value === undefined) continue;
      if (found !== undefined && found.value !== value) return undefined;
      found ??= { key: spec.key, value, seen };
    }
    if (found !== undefined) return found;
  }
  return undefined;
}
