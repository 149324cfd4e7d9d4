// A name given over two columns, a place and its numbered part (町名 | 丁目: 阿佐谷北 | 1), the place written on the
// first row of its parts only (Dataset.subdivision). The record's name is the two joined (阿佐谷北1丁目); a blank place
// under its first row is the place above (fill-down.ts), each said.
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import { plainWords } from "./normalize/text.ts";

export interface SubdividedName {
  key: string;
  /** the place's column (the file's column of `key`) and the part's */
  column: number;
  part: number;
  unit: string;
}

/** The file's place and part columns, when it has both: the part's column is no column of the standard. */
export function subdividedNameOf(dataset: Dataset, plan: Pick<ColumnPlan, "keys" | "sourceHeaders">): SubdividedName | null {
  const spec = dataset.subdivision;
  if (spec === undefined) return null;
  const column = plan.keys.indexOf(spec.key);
  if (column < 0) return null;
  const headers = new Set(spec.headers.map(plainWords));
  const part = plan.keys.findIndex((k, i) => k === null && headers.has(plainWords(plan.sourceHeaders[i] ?? "")));
  return part < 0 ? null : { key: spec.key, column, part, unit: spec.unit };
}

/** A part that says the place has none: a dash, 0 or 00 (a code export's), なし, 全域 (NFKC text). */
const NO_PART = /^(?:[-‐―−ー]|0+|なし|無し|丁目なし|全域|全部)$/;
/** A numbered part as written: 1丁目, 一丁目, 3丁目の一部 is not (a note, kept out of the name). */
const NUMBERED_PART = /^(?:[0-9]+|[一二三四五六七八九十]+)\s*丁目?$/;

/** A part written as a number alone, in digits or kanji (1, １, 01, 一, 十二). */
const NUMBER_ONLY = /^(?:[0-9]+|[一二三四五六七八九十]+)$/;

/** The place and its part as one name: 阿佐谷北 + 1 → 阿佐谷北1丁目, + 一 → 阿佐谷北一丁目, + 1丁目 → 阿佐谷北1丁目 (the
 *  number kept as written, leading zeros aside). No part: the place alone. */
export function joinSubdivided(place: string, part: string, unit: string): string {
  const p = part.trim().normalize("NFKC");
  if (p === "" || NO_PART.test(p)) return place;
  // a part that is neither a number, a numbered part (1丁目) nor a 字, nor a word standing for none: not joined
  if (!NUMBER_ONLY.test(p) && !NUMBERED_PART.test(p) && !/^大?字/.test(p)) return place;
  const numbered = NUMBER_ONLY.test(p) ? `${/^[0-9]+$/.test(p) ? String(Number(p)) : p}${unit}` : p;
  const name = place.trim();
  // a place cell that already ends with its part (阿佐谷北1丁目 | 1丁目) is not doubled
  return name.endsWith(numbered) ? name : `${name}${numbered}`;
}
