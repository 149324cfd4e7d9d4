// Cell references of a worksheet (`C5`, `B2:C5`, `I:I`, `3:5`) as 0-based rows and columns, within Excel's last
// column (XFD) and row.

/** Excel's last column (XFD) and row: a reference past them is no cell of a sheet Excel can open. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** The letters of a 0-based column (2 → C, 27 → AB). */
export function columnLetters(index: number): string {
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The 0-based column of a reference (`C5` → 2), `fallback` without one; past XFD, -1. */
export function columnIndex(ref: string | undefined, fallback: number): number {
  const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
  if (!letters) return fallback;
  if (letters.length > 3) return -1;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n > MAX_COLUMNS ? -1 : n - 1;
}

/** A cell or a range of cells (`B2`, `B2:C5`) as 0-based [row, column] corners; null when it is neither, or lies past
 *  Excel's last column. */
export function cellRange(ref: string): { from: [number, number]; to: [number, number] } | null {
  const whole = /^([A-Z]+):([A-Z]+)$|^(\d+):(\d+)$/.exec(ref);
  if (whole !== null) {
    // whole columns (`I:I`) or whole rows (`3:5`)
    const range: { from: [number, number]; to: [number, number] } = whole[1] !== undefined
      ? { from: [0, columnIndex(whole[1], 0)], to: [MAX_ROWS - 1, columnIndex(whole[2], 0)] }
      : { from: [Number(whole[3]) - 1, 0], to: [Number(whole[4]) - 1, MAX_COLUMNS - 1] };
    return range.from[1] < 0 || range.to[1] < 0 || range.from[0] < 0 ? null : range;
  }
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (m === null) return null;
  const from: [number, number] = [Number(m[2]) - 1, columnIndex(m[1], 0)];
  const to: [number, number] = m[3] === undefined ? from : [Number(m[4]) - 1, columnIndex(m[3], 0)];
  return from[1] < 0 || to[1] < 0 ? null : { from, to };
}
