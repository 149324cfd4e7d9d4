// The marks that refer a header or a cell to a footnote (`名称※`, `西公園※2`, `＊東公園`). A leaf module: header
// matching, the footnotes of a file (footnotes.ts) and the names of its rows (name-marks.ts) read them.

/** Marks headers and cells write after (or before) what a footnote explains. */
export const REFERENCE_MARKS = "※＊*";
/** Marks only cells are seen with (`★中央図書館`), defined by a line of the file (`★：区の指定施設`). */
export const CELL_MARKS = `${REFERENCE_MARKS}★☆`;
