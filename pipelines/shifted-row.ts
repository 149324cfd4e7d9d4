// A CSV row shifted right by a separator inside a value (株式会社ABC,原宿店 unquoted): one cell more than the header, the
// last one empty, and values that no longer read where they landed (an address as 営業の種類, a phone number as 許可番号).
// Joining the two cells the separator split puts every value back; when that is the only join that makes the row read,
// the row is read so joined; when several joins do, the row cannot be told and is an error, never published shifted.

export interface Rejoin {
  /** the row with the two cells joined, or null when more than one join reads */
  joined: string[] | null;
  /** which cells, for the report: 「株式会社ABC」「原宿店」, or the span the cut is in when several joins read */
  where: string;
}

/**
 * The join of two neighbouring cells (with a comma) that makes the row `width` cells that all read, as `reads` tells;
 * null when no join does (the row is left as it was, for the file's end to judge).
 */
export function rejoined(cells: readonly string[], width: number, reads: (candidate: string[]) => boolean): Rejoin | null {
  if (cells.length !== width + 1 || (cells[width] ?? "").trim() !== "") return null;
  const good: Array<{ at: number; joined: string[] }> = [];
  for (let at = 0; at + 1 < width; at++) {
    // the cells a value was cut into are both filled
    if ((cells[at] ?? "").trim() === "" || (cells[at + 1] ?? "").trim() === "") continue;
    const joined = [...cells.slice(0, at), `${cells[at]},${cells[at + 1]}`, ...cells.slice(at + 2, width + 1)];
    if (reads(joined)) good.push({ at, joined });
  }
  if (good.length === 0) return null;
  // every join left of the cut reads too (text takes any value): the cut is somewhere in the span they cover
  const [first, last] = [good[0].at, good[good.length - 1].at + 1];
  const where = good.length === 1 ? `「${cells[first]}」「${cells[last]}」` : `「${cells[first]}」～「${cells[last]}」`;
  return { joined: good.length === 1 ? good[0].joined : null, where };
}
