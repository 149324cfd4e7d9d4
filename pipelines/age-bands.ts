// Ages read from headers and cells (`85～89歳の男性`, `0～4才`, `100歳以上`) and the file's age columns that tile a
// standard band: the population tables' age columns and rows.
import type { Dataset } from "../schemas/dataset.ts";

/** A range read from a header: `85～89歳の男性` → 85, 89, male; `100歳以上_女` → 100, null, female; `3歳男` → 3, 3. */
export interface HeaderBand {
  from: number;
  to: number | null;
  group: string;
}

/** `85～89歳`, `85歳～89歳`, `85-89`, `0歳から4歳`, `100歳以上`, `100歳~`, `3歳` (NFKC text: ～ is ~ then); an open end
 *  is a ～, a - or a + with no age after it, at the end or before the sex a header over two rows joins to it (`85～_男`,
 *  `男(85-)`, `85+_女`: read as no band, such a column was taken for the sex's total). */
const RANGE = /(\d{1,3})\s*歳?\s*(?:[~〜\-‐―－ー]|から)\s*(\d{1,3})\s*歳?|(\d{1,3})\s*歳?\s*(?:以上|[~〜\-‐―－+](?!\s*\d))|(\d{1,3})\s*歳/;
/** Ages listed with ・ or 、 (`1・2歳`, `0・1・2歳児`): a band when they are consecutive, as a group of classes is (the
 *  1・2歳 class of a 定員 over 0歳 | 1・2歳 | 3～5歳); ages with gaps (`1・3歳`) are no band. */
const AGE_LIST = /\d{1,3}(?:\s*歳?\s*[・、]\s*\d{1,3})+\s*歳/;

/** The ages of an AGE_LIST match as one band, or null when they do not follow each other. */
function listedBand(listed: string): { from: number; to: number } | null {
  const ages = listed.match(/\d{1,3}/g)!.map(Number);
  return ages.every((age, i) => i === 0 || age === ages[i - 1] + 1) ? { from: ages[0], to: ages[ages.length - 1] } : null;
}

/** What may stand between the range and the group's word: `の`, `_`, brackets, spaces. */
const JOINER = /[\s_・の()（）[\]【】「」]/g;

/** A text in NFKC with 才 after a number written 歳, as the short form stands for it (`0～4才`, `100才以上`). */
const withSai = (text: string): string => text.normalize("NFKC").trim().replace(/(\d)(\s*)才/g, "$1$2歳");

/** The ages a text names (`85～89歳の男性` → 85, 89) and the words besides them (`男性`), or null when it names none
 *  or ages that are no band (`1・3歳`, `9～5歳`). */
function agesIn(header: string): { from: number; to: number | null; rest: string } | null {
  const text = withSai(header);
  const listed = AGE_LIST.exec(text);
  const m = listed ?? RANGE.exec(text);
  if (m === null) return null;
  const rest = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).replace(JOINER, "");
  if (listed !== null) {
    const band = listedBand(listed[0]);
    return band === null ? null : { ...band, rest };
  }
  if (m[1] !== undefined) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    return from <= to ? { from, to, rest } : null;
  }
  if (m[3] !== undefined) return { from: Number(m[3]), to: null, rest };
  const year = Number(m[4]);
  return { from: year, to: year, rest };
}

/** The ages of a cell that is an age or a band of ages and nothing else (`0歳`, `0～4歳` → 0, 4; `100歳以上`, `85歳～` →
 *  100, null; 才 for 歳 too: `0～4才`); null for any other cell. */
export function ageRangeOf(cell: string): { from: number; to: number | null } | null {
  const ages = agesIn(cell);
  return ages !== null && ages.rest === "" && /歳/.test(withSai(cell)) ? { from: ages.from, to: ages.to } : null;
}

/** The oldest age a number alone may be (in a column of ages): a larger number is a count. */
const OLDEST = 130;

/** The ages of a cell in a column whose header says it holds ages (年齢): as ageRangeOf, and a number written without
 *  歳 (`0`, `0～4`, `100以上`, `85～`); null for any other cell. */
export function bareAgeRangeOf(cell: string): { from: number; to: number | null } | null {
  const text = cell.normalize("NFKC").trim();
  if (/^\d{1,3}$/.test(text)) return Number(text) <= OLDEST ? { from: Number(text), to: Number(text) } : null;
  const ages = agesIn(text);
  return ages !== null && ages.rest === "" && ages.from <= OLDEST ? { from: ages.from, to: ages.to } : null;
}

/** What may follow a band of both sexes together in a header (`0～4歳`, `0～4歳計`, `0-4歳の総数`). */
const BOTH_SEXES = /^(?:計|合計|総数|男女計|人口|人数)?$/;

/** The ages of a header that counts a band of both sexes together (`0-4歳`, `85歳以上計`), or null for a band of one
 *  group (`0～4歳の男性`) and for any other text. */
export function bothSexesBandOf(header: string): { from: number; to: number | null } | null {
  const ages = agesIn(header);
  return ages !== null && BOTH_SEXES.test(ages.rest) && /歳/.test(withSai(header)) ? { from: ages.from, to: ages.to } : null;
}

/** Whether a cell is an age or a band of ages and nothing else: `0歳`, `0～4歳`, `100歳以上`, `85歳～`. */
export const isAgeText = (cell: string): boolean => ageRangeOf(cell) !== null;

export function bandOfHeader(header: string, groups: Dataset["bands"] & object): HeaderBand | null {
  const ages = agesIn(header);
  if (ages === null) return null;
  const group = Object.entries(groups.groups).find(([, words]) => words.includes(ages.rest))?.[0];
  return group === undefined ? null : { from: ages.from, to: ages.to, group };
}

/** The file's columns that tile the range from…to of `group` exactly, in order; null when they do not. */
export function tiling(bands: ReadonlyArray<HeaderBand & { at: number }>, group: string, from: number, to: number | null): number[] | null {
  const inside = bands.filter((b) => b.group === group && b.from >= from && (to === null || (b.to !== null && b.to <= to)))
    .sort((a, b) => a.from - b.from);
  let next = from;
  const parts: number[] = [];
  for (const b of inside) {
    if (b.from !== next) return null;
    parts.push(b.at);
    if (b.to === null) return to === null ? parts : null;
    next = b.to + 1;
  }
  return to !== null && next === to + 1 && parts.length > 0 ? parts : null;
}
