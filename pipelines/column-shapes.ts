// What each column of a file holds on its other rows: the same words on every row (東京都新宿区 as 地方公共団体名), kana
// only (名称_カナ), or ASCII only (名称_英語). Where a short row's missing cell goes among columns that take any text
// (地方公共団体名, 名称, 名称_カナ), every placement reads; the one that lands each value in a column of its shape is
// the row as written before the cell was deleted (shifted-row.ts placedShort's tie-break).

/** The shape every filled cell of a column shares on the file's other rows. */
export interface ColumnShape {
  /** the one value every row has (NFKC, trimmed), when it is words or a code (131083), not a small figure (a count
   *  column's 2 may differ on the next row) */
  same?: string;
  kana?: true;
  /** no value is kana only, in a file with a kana column: a reading landed here is that column's */
  notKana?: true;
  ascii?: true;
  /** empty on every other row (a template's column the file never fills: 内線番号, 法人番号): a value landed here is
   *  another column's, and of a run of empty cells it is not the one whose cell was deleted */
  empty?: true;
}

/** Filled cells a column needs on the other rows before its shape is taken as the column's. */
export const MIN_SHAPED_ROWS = 3;

/** a figure too short for a code: a count or measure (2, 0, 12.5) */
const SMALL_FIGURE = /^[-+]?\d[\d.,\-]{0,3}$/u;
const KANA_ONLY = /^[\p{Script=Katakana}\p{Script=Hiragana}ー・･\s]+$/u;
const ASCII_ONLY = /^[\x20-\x7e]+$/u;

const plain = (cell: string): string => cell.normalize("NFKC").trim();

/**
 * The shapes of the first `width` columns of `rows` (the file's head), from the rows as wide as the header (a short
 * row may itself be shifted); null where a column has fewer than MIN_SHAPED_ROWS filled cells or no shape they share.
 */
export function columnShapes(rows: ReadonlyArray<readonly string[]>, width: number): Array<ColumnShape | null> {
  const full = rows.filter((cells) => cells.length >= width && cells.some((c) => c.trim() !== ""));
  const shapes = Array.from({ length: width }, (_, at): ColumnShape | null => {
    const values = full.map((cells) => plain(cells[at] ?? "")).filter((v) => v !== "");
    if (values.length === 0 && full.length >= MIN_SHAPED_ROWS) return { empty: true };
    if (values.length < MIN_SHAPED_ROWS) return null;
    const shape: ColumnShape = {
      ...(values.every((v) => v === values[0]) && !SMALL_FIGURE.test(values[0]) ? { same: values[0] } : {}),
      ...(values.every((v) => KANA_ONLY.test(v)) ? { kana: true as const } : {}),
      ...(values.every((v) => ASCII_ONLY.test(v)) ? { ascii: true as const } : {}),
    };
    return shape;
  });
  const withKana = shapes.some((shape) => shape?.kana === true);
  return shapes.map((shape, at) => {
    if (shape === null || shape.empty === true) return shape;
    const notKana = withKana && shape.kana !== true && full.every((cells) => !KANA_ONLY.test(plain(cells[at])));
    const shaped = notKana ? { ...shape, notKana: true as const } : shape;
    return Object.keys(shaped).length > 0 ? shaped : null;
  });
}

/** Whether `cell` (filled) is not of `shape`: any value in a column empty on every other row, other words than the
 *  column's one value, a name in a kana column, a reading in a column of names. */
export function offShape(cell: string, shape: ColumnShape | null): boolean {
  const value = plain(cell);
  if (shape === null || value === "") return false;
  return shape.empty === true || (shape.same !== undefined && value !== shape.same) || (shape.kana === true && !KANA_ONLY.test(value))
    || (shape.notKana === true && KANA_ONLY.test(value)) || (shape.ascii === true && !ASCII_ONLY.test(value));
}

/** How many cells of `cells` are off their column's shape, or another column's one value (江東区, 市区町村名's on
 *  every other row, in the 名称 column). */
export function offShapeCount(cells: readonly string[], shapes: ReadonlyArray<ColumnShape | null>): number {
  const owners = new Map(shapes.flatMap((shape, at) => (shape?.same === undefined ? [] : [[shape.same, at] as const])));
  let n = 0;
  for (let at = 0; at < shapes.length; at++) {
    const cell = cells[at] ?? "";
    const owner = owners.get(plain(cell));
    if (offShape(cell, shapes[at]) || (owner !== undefined && owner !== at)) n++;
  }
  return n;
}
