// A CSV row shifted right by a separator inside a value (株式会社ABC,原宿店 or 1,000 unquoted): cells more than the
// header, and values that no longer read where they landed (an address as 営業の種類, a phone number as 許可番号).
// Joining the cells the separator split puts every value back. When exactly one join makes the row read, the row is
// read so joined. A join left of the real cut reads too when the columns between hold text (text takes any value), so
// when several joins read, the one whose cut is itself the shape of a value (a digit group 1|000, a floor ビル|1F) is
// taken when it is the only such one; else the row cannot be told and is an error, never published shifted.

/** Most separators inside values a row is searched for: each one more multiplies the joins to try by the row's width. */
export const MAX_JOINS = 2;

export interface Rejoin {
  /** the row with the cells joined, or null when it cannot be told which join reads */
  joined: string[] | null;
  /** which cells, for the report: 「株式会社ABC」「原宿店」, or the span the cut is in when several joins read */
  where: string;
  /** the position of the span's first cell: from there on, a row that cannot be told has its values out of place */
  from: number;
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

/** Every choice of `count` gaps among the first `gapCount`, ascending. */
function* gapSets(gapCount: number, count: number, from = 0): Generator<number[]> {
  if (count === 0) {
    yield [];
    return;
  }
  for (let g = from; g + count <= gapCount; g++) for (const rest of gapSets(gapCount, count - 1, g + 1)) yield [g, ...rest];
}

/**
 * The joins of neighbouring cells (with a comma) that make the row `width` cells that all read, as `reads` tells. The
 * empty cells past `width` tell how many: the file's rows end with `spare` separators, so all but those first (a row
 * as wide as the others but for the cells a comma cut), then all of them, then, when no join so reads, the filled ones
 * only (the empty ones after them spare separators). Null when no join reads, or when the row is past MAX_JOINS
 * separators too many (the caller decides; the row is left as it was). `shapedOnly`: only cuts that are the shape of a
 * value (isValueComma) are tried.
 */
export function rejoined(cells: readonly string[], width: number, reads: (candidate: string[]) => boolean, shapedOnly = false, spare = 0): Rejoin | null {
  let filledEnd = cells.length;
  while (filledEnd > width + 1 && (cells[filledEnd - 1] ?? "").trim() === "") filledEnd--;
  const asWide = Math.max(cells.length - spare, filledEnd);
  for (const end of new Set([asWide, cells.length, filledEnd])) {
    const found = rejoinedTo(cells.slice(0, end), width, reads, shapedOnly);
    if (found !== null) return found;
  }
  return null;
}

function rejoinedTo(row: readonly string[], width: number, reads: (candidate: string[]) => boolean, shapedOnly: boolean): Rejoin | null {
  const count = row.length - width;
  if (count < 1 || count > MAX_JOINS) return null;
  const good: Array<{ gaps: number[]; joined: string[] }> = [];
  for (const gaps of gapSets(row.length - 1, count)) {
    // the cells a value was cut into are all filled
    if (gaps.some((g) => row[g].trim() === "" || row[g + 1].trim() === "")) continue;
    if (shapedOnly && !gaps.every((g) => isValueComma(row[g], row[g + 1]))) continue;
    const joined = joinAt(row, gaps);
    if (reads(joined)) good.push({ gaps, joined });
  }
  if (good.length === 0) return null;
  const shaped = good.filter((c) => c.gaps.every((g) => isValueComma(row[g], row[g + 1])));
  const chosen = good.length === 1 ? good[0] : shaped.length === 1 ? shaped[0] : null;
  if (chosen !== null) return { joined: chosen.joined, where: chosen.gaps.map((g) => `「${row[g]}」「${row[g + 1]}」`).join("、"), from: chosen.gaps[0] };
  // the cut is somewhere in the span the joins that read cover
  const first = Math.min(...good.map((c) => c.gaps[0]));
  const last = Math.max(...good.map((c) => c.gaps[c.gaps.length - 1])) + 1;
  return { joined: null, where: `「${row[first]}」～「${row[last]}」`, from: first };
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
