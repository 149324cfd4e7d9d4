// A reading headed by the word alone (カナ, フリガナ, よみがな …) is the reading of the column on its left, as files put
// them side by side: after the name (名称 | カナ, イベント名 | フリガナ, 営業所名称 | カナ) it is the name's reading, the
// dataset's `_カナ` column; after another column (法人名 | カナ, 所在地 | フリガナ) it reads that one, which the dataset
// has no column for, and it is kept in extra, never taken for the name's. With no header on its left, or one of a
// column no one reads aloud (ID, a code, a number), the word's own alias stands (フリガナ → 名称_カナ).
import type { Dataset } from "../schemas/dataset.ts";
import { codeShapeOf, isKana, kindOf } from "../schemas/types.ts";
import { type HeaderMatch, isBareReading, matchHeader } from "./header-match.ts";

/** Whether a column of the dataset is a reading (名称_カナ, イベント名_カナ). */
function isReading(dataset: Dataset, key: string): boolean {
  const type = dataset.columnByKey.get(key)?.type;
  return type !== undefined && isKana(type);
}

/** Whether a mapped column holds what no one reads aloud: an ID (番号, No), a code or a number. */
function hasNoReading(dataset: Dataset, m: HeaderMatch): boolean {
  const type = dataset.columnByKey.get(m.key)?.type;
  return m.key === "id" || type === undefined || kindOf(type) !== "text" || codeShapeOf(type) !== undefined;
}

/** The dataset's reading column of the header on the left (名称 → 名称_カナ, `営業施設の名称（屋号）` too), or null. */
function readingOf(left: string, dataset: Dataset): HeaderMatch | null {
  for (const header of [`${left}_カナ`, `${left}（カナ）`]) {
    const m = matchHeader(header, dataset);
    if (m !== null && isReading(dataset, m.key)) return { key: m.key, method: "alias" };
  }
  return null;
}

/** `matches` with each bare reading's match set by the column on its left (see above), in place; the positions of the
 *  readings of another column, which no loose match may take either. */
export function matchReadingsByLeft(cells: readonly string[], matches: (HeaderMatch | null)[], dataset: Dataset): Set<number> {
  const others = new Set<number>();
  for (let i = 1; i < cells.length; i++) {
    const left = cells[i - 1].trim();
    if (left === "" || !isBareReading(cells[i])) continue;
    const reading = readingOf(left, dataset);
    if (reading !== null && reading.key !== matches[i - 1]?.key) matches[i] = reading;
    else if (matches[i - 1] === null || !hasNoReading(dataset, matches[i - 1] as HeaderMatch)) {
      matches[i] = null;
      others.add(i);
    }
  }
  return others;
}
