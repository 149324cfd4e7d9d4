// A CSV row shifted right by a separator inside a value (株式会社ABC,原宿店 or 1,000 unquoted): cells more than the
// header, and values that no longer read where they landed (an address as 営業の種類, a phone number as 許可番号).
// Joining the cells the separator split puts every value back. When exactly one join makes the row read, the row is
// read so joined. A join left of the real cut reads too when the columns between hold text (text takes any value), so
// when several joins read, the one whose cut is itself the shape of a value (a digit group 1|000, a floor ビル|1F) is
// taken when it is the only such one; else the row cannot be told and is an error, never published shifted. In a table
// of figures every join reads (850,720,801,1,521: each cell a count), so the dataset's own checks choose among them: the
// join whose totals are the sums of their parts (総人口 = 男性 + 女性) when it is the only such one.

/** Most separators inside values a row is searched for: each one more multiplies the joins to try by the row's width. */
export const MAX_JOINS = 2;
/** Most joins tried at digit groups only (a row of figures, every one of 1,000 or more unquoted): the groups are few
 *  where they are cuts, and a row with more ways than this cannot be told anyway. */
export const MAX_GROUP_JOINS = 256;

/** How a row put back by a join reads: not (false), every value in its column (true), or so and its totals the sums
 *  of their parts too ("fits"; the same as true for a dataset with no sums). */
export type JoinReading = boolean | "fits";

export interface Rejoin {
  /** the row with the cells joined, or null when it cannot be told which join reads */
  joined: string[] | null;
  /** which cells, for the report: 「株式会社ABC」「原宿店」, or the span the cut is in when several joins read */
  where: string;
  /** the position of the span's first cell: from there on, a row that cannot be told has its values out of place */
  from: number;
  /** true when several joins read and the sums chose the one taken */
  bySums?: boolean;
}

// a thousands group cut off its number: 1 | 000, 一般1 | 000円, 1,000 | 000, 2 | 345.67 (not a decimal 35.663, nor a
// phone or postal code 160-0022, nor a coordinate's many decimals 139.7160)
const GROUP_LEFT = /(?:^|[^\d.])\d{1,3}$/u;
const GROUP_RIGHT = /^\d{3}(?:\.\d{1,2})?(?![\d.:\-‐－ー])/u;
// a floor or room cut off the building it is in (方書 〇〇ビル | 1F, 地下1階, 101号室)
const FLOOR_RIGHT = /^(?:地下|B)?\d{1,4}(?:F|階|号室|号館|号棟)$/iu;

/** True when the comma between `left` and `right` is one a value of its own has: a digit group or a building's floor. */
export function isValueComma(left: string, right: string): boolean {
  const [l, r] = [left.normalize("NFKC").trim(), right.normalize("NFKC").trim()];
  return (GROUP_LEFT.test(l) && GROUP_RIGHT.test(r)) || (l !== "" && FLOOR_RIGHT.test(r));
}

/** The row with the cells after each of `gaps` (ascending positions: cell g and g + 1 are one value) joined by commas. */
function joinAt(cells: readonly string[], gaps: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (gaps.includes(i - 1)) out[out.length - 1] += `,${cells[i]}`;
    else out.push(cells[i]);
  }
  return out;
}

/** Every choice of `count` gaps among `gaps` (ascending positions), ascending. */
function* gapSets(gaps: readonly number[], count: number, from = 0): Generator<number[]> {
  if (count === 0) {
    yield [];
    return;
  }
  for (let i = from; i + count <= gaps.length; i++) for (const rest of gapSets(gaps, count - 1, i + 1)) yield [gaps[i], ...rest];
}

/**
 * The joins of neighbouring cells (with a comma) that make the row `width` cells that all read, as `reads` tells. The
 * empty cells past `width` tell how many: the file's rows end with `spare` separators, so all but those first (a row
 * as wide as the others but for the cells a comma cut), then all of them, then, when no join so reads, the filled ones
 * only (the empty ones after them spare separators). Among joins that read, those that `reads` says fit are
 * preferred. Null when no join reads, or when past MAX_JOINS separators too many the digit groups give more than
 * MAX_GROUP_JOINS joins to try (the caller decides; the row is left as it was). `shapedOnly`: only cuts that are the
 * shape of a value (isValueComma) are tried.
 */
export function rejoined(cells: readonly string[], width: number, reads: (candidate: string[]) => JoinReading, shapedOnly = false, spare = 0): Rejoin | null {
  let filledEnd = cells.length;
  while (filledEnd > width + 1 && (cells[filledEnd - 1] ?? "").trim() === "") filledEnd--;
  const asWide = Math.max(cells.length - spare, filledEnd);
  for (const end of new Set([asWide, cells.length, filledEnd])) {
    const found = rejoinedTo(cells.slice(0, end), width, reads, shapedOnly);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The gaps a row's cells may be joined at: any (text cut anywhere) for MAX_JOINS separators at most, else, or when
 * `shapedOnly`, only the cuts that are the shape of a value (1|000), with no limit but MAX_GROUP_JOINS joins to try.
 */
function candidateGaps(row: readonly string[], count: number, shapedOnly: boolean): number[] | null {
  const filled = [...row.keys()].slice(0, -1).filter((g) => row[g].trim() !== "" && row[g + 1].trim() !== "");
  if (!shapedOnly && count <= MAX_JOINS) return filled;
  const shaped = filled.filter((g) => isValueComma(row[g], row[g + 1]));
  return shaped.length >= count && choices(shaped.length, count) <= MAX_GROUP_JOINS ? shaped : null;
}

/** n choose k, stopping past MAX_GROUP_JOINS. */
function choices(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k && c <= MAX_GROUP_JOINS; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

function rejoinedTo(row: readonly string[], width: number, reads: (candidate: string[]) => JoinReading, shapedOnly: boolean): Rejoin | null {
  const count = row.length - width;
  if (count < 1) return null;
  const gaps = candidateGaps(row, count, shapedOnly);
  if (gaps === null) return null;
  const good: Array<{ gaps: number[]; joined: string[]; fits: boolean }> = [];
  for (const set of gapSets(gaps, count)) {
    const joined = joinAt(row, set);
    const reading = reads(joined);
    if (reading !== false) good.push({ gaps: set, joined, fits: reading === "fits" });
  }
  if (good.length === 0) return null;
  // the joins whose totals are their parts' sums, when any is: a figure's cut is where the figures add up
  const fitting = good.filter((c) => c.fits);
  const pool = fitting.length > 0 ? fitting : good;
  const shaped = pool.filter((c) => c.gaps.every((g) => isValueComma(row[g], row[g + 1])));
  const chosen = pool.length === 1 ? pool[0] : shaped.length === 1 ? shaped[0] : null;
  if (chosen !== null) {
    return { joined: chosen.joined, where: chosen.gaps.map((g) => `「${row[g]}」「${row[g + 1]}」`).join("、"), from: chosen.gaps[0],
      ...(fitting.length > 0 && fitting.length < good.length ? { bySums: true } : {}) };
  }
  // the cut is somewhere in the span the joins that read cover
  const first = Math.min(...good.map((c) => c.gaps[0]));
  const last = Math.max(...good.map((c) => c.gaps[c.gaps.length - 1])) + 1;
  return { joined: null, where: cellSpan(row, first, last), from: first };
}

/** True when most of `rows` (the file's head, blank ones aside) have a filled cell past the header's `width`. */
export function valuesPastHeaderUsual(rows: ReadonlyArray<readonly string[]>, width: number): boolean {
  let past = 0;
  let within = 0;
  for (const cells of rows) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (cells.slice(width).some((c) => c.trim() !== "")) past++;
    else within++;
  }
  return past > within;
}

/** How many separators every row of the file ends with past the header (`,` after the last column, as some exports
 *  write): the fewest empty cells the rows of `rows` (the file's head) at least as wide as the header end with past
 *  it, 0 when a row ends at the header or none is that wide. A row with more is wider than the file's rows: a comma
 *  cut a value. */
export function spareSeparators(rows: ReadonlyArray<readonly string[]>, width: number): number {
  let fewest: number | null = null;
  for (const cells of rows) {
    if (cells.length < width || cells.every((c) => c.trim() === "")) continue;
    let spare = 0;
    while (spare < cells.length - width && cells[cells.length - 1 - spare].trim() === "") spare++;
    fewest = fewest === null ? spare : Math.min(fewest, spare);
    if (fewest === 0) break;
  }
  return fewest ?? 0;
}

/** A short row put back: the empty cells placed where a cell was deleted (the later values shifted left). */
export interface Placement {
  /** the row as wide as the header with the empty cells placed, or null when it cannot be told where they go */
  placed: string[] | null;
  /** the positions left empty in `placed` (ascending) but those at its end (cells trimmed off, not missing); for a
   *  row that cannot be told, none */
  emptied: number[];
  /** the values that moved right, for the report (「1」～「土日祝は閉庁」), or the span the gap is in when several
   *  placements read (「地下1階」～「有」) */
  where: string;
  /** the position of the span's first cell (in the row as written): from there on, a row that cannot be told has its
   *  values out of place */
  from: number;
  /** true when several placements read and the sums chose the one taken */
  bySums?: boolean;
  /** true when several placements read as well and the file's other rows' column shapes chose the one taken */
  byShape?: boolean;
}

/** The row `cells` made `width` wide with an empty cell at each of `emptied` (ascending positions of the result). */
function emptiedAt(cells: readonly string[], emptied: readonly number[], width: number): string[] {
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i < width; i++) out.push(emptied.includes(i) ? "" : (cells[next++] ?? ""));
  return out;
}

/** The positions of `emptied` (ascending) but those at the end of a row `width` wide: a trimmed row's, not missing. */
function inner(emptied: readonly number[], width: number): number[] {
  return emptied.filter((at, k) => emptied.length - k !== width - at);
}

/** The cells of a row from `first` to `last` as the report names a span of them: 「株式会社ABC」～「03-1234-5678」. */
export const cellSpan = (cells: readonly string[], first: number, last: number): string => `「${cells[first]}」～「${cells[last]}」`;

/** Cells as the report quotes them: each in 「」, the first and last only when there are more than 2. */
function quotedSpan(cells: readonly string[]): string {
  return cells.length > 2 ? cellSpan(cells, 0, cells.length - 1) : cells.map((c) => `「${c}」`).join("");
}

/** Which column a placement's empty cell at `at` stands for: an empty cell beside empty ones is the same row wherever
 *  it goes, so the last of them, right before the moved values, is named (緯度 deleted after an empty 方書 leaves 方書
 *  and 緯度 empty whichever is put back: the values moved are the longitude's on, and it is 緯度 that lost its cell),
 *  unless the file's other rows leave it empty (`neverFilled`, column-shapes.ts) and fill one of the others: 電話番号
 *  deleted before 内線番号, 法人番号, 団体名 empty on every row is 電話番号, the last of them the file fills. */
export function missingColumnAt(placed: readonly string[], at: number, neverFilled?: (at: number) => boolean): number {
  let last = at;
  while (last + 1 < placed.length && placed[last + 1]!.trim() === "") last++;
  if (neverFilled === undefined || !neverFilled(last)) return last;
  for (let k = last - 1; k >= at; k--) if (!neverFilled(k)) return k;
  return last;
}

/**
 * The places a short row's missing cells (a cell deleted in the middle, the later values shifted left; MAX_JOINS at
 * most) go, other than the row's end (the row as read, which the caller found does not read), that make every value
 * read as `reads` tells it. Placements giving the same row (an empty cell beside an empty one) are one. Among those
 * that read, those `reads` says fit (their totals the sums of their parts) are preferred, then those of the least
 * `cost` (what speaks against one: a value of another column's shape in a text column, which takes any, as 35.696556
 * in 設置位置), then, when several remain, those of the least `misfit` (values off their column's shape on the file's
 * other rows: 日本科学未来館 in a 市区町村名 column of 江東区 only). Null when no placement reads, or the row lacks more
 * than MAX_JOINS cells.
 */
export function placedShort(cells: readonly string[], width: number, reads: (candidate: string[]) => JoinReading,
  cost: (candidate: readonly string[]) => number, misfit?: (candidate: readonly string[]) => number): Placement | null {
  const count = width - cells.length;
  if (count < 1 || count > MAX_JOINS) return null;
  const seen = new Set<string>([emptiedAt(cells, [], width).join("\u0000")]);
  const good: Array<{ emptied: number[]; placed: string[]; fits: boolean }> = [];
  // a wide row two cells short has many placements, each read in full: past MAX_GROUP_JOINS, only those of one cell
  // missing in the middle and the rest trimmed off the end are read
  const oneMissing = choices(width, count) > MAX_GROUP_JOINS;
  for (const emptied of gapSets([...Array(width).keys()], count)) {
    if (oneMissing && inner(emptied, width).length > 1) continue;
    const placed = emptiedAt(cells, emptied, width);
    const key = placed.join("\u0000");
    if (seen.has(key)) continue;
    seen.add(key);
    const reading = reads(placed);
    if (reading !== false) good.push({ emptied, placed, fits: reading === "fits" });
  }
  if (good.length === 0) return null;
  const fitting = good.filter((c) => c.fits);
  const reading = fitting.length > 0 ? fitting : good;
  const leastCost = fewest(reading, (c) => cost(c.placed));
  const pool = misfit === undefined ? leastCost : fewestBoth(reading, leastCost, (c) => misfit(c.placed));
  if (pool.length === 1) {
    const { placed } = pool[0];
    const emptied = inner(pool[0].emptied, width);
    // the cell written at the first emptied position moved right, and every written one after it
    const from = emptied[0];
    const moved = cells.slice(from).filter((c) => c.trim() !== "");
    return { placed, emptied, where: quotedSpan(moved), from, ...(fitting.length > 0 && fitting.length < good.length ? { bySums: true } : {}),
      ...(leastCost.length > 1 ? { byShape: true } : {}) };
  }
  // the gap is somewhere between the cell before the first emptied position and the written cell at the last one
  const gaps = good.map((c) => inner(c.emptied, width));
  let first = Math.max(0, Math.min(...gaps.map((g) => g[0])) - 1);
  let last = Math.min(cells.length - 1, Math.max(...gaps.map((g) => g[g.length - 1] - (g.length - 1))));
  // the span told by filled cells, a reader finds in the file (not 「」)
  while (first > 0 && cells[first].trim() === "") first--;
  while (last < cells.length - 1 && cells[last].trim() === "") last++;
  return { placed: null, emptied: [], where: cellSpan(cells, first, last), from: first };
}

/** The items of `pool` (the least of one score among `all`) of the least `score`, none when an item of `all` has less
 *  `score` than each of them: the two scores then speak for different items (a name 東京都現代美術館 counts as an
 *  address out of place where it belongs, and a placement moving it off the name column looks better by that). */
function fewestBoth<T>(all: readonly T[], pool: readonly T[], score: (item: T) => number): T[] {
  const best = fewest(pool, score);
  return best.length > 0 && score(best[0]) > Math.min(...all.map(score)) ? [] : best;
}

/** The items of `items` of the least `score`. */
function fewest<T>(items: readonly T[], score: (item: T) => number): T[] {
  const scores = items.map(score);
  const least = Math.min(...scores);
  return items.filter((_, k) => scores[k] === least);
}
