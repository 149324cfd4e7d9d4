// A register that keeps the rows it has deleted and says when (東京都's registers, 福祉局's accessible toilets among them:
// データの作成年月 | データの変更年月 | データの削除年月): a row whose deletion column is filled is no current place, and is
// not published, as a status column's 廃止 is not (row-kinds.ts).
import { isBlankCell } from "./rows.ts";
import { isPlaceholder, plainWords, saysNone } from "./normalize/text.ts";

/** Headers of a column that says when the row was deleted (データの削除年月, 削除日, 削除年月日), in NFKC without spaces
 *  (the register's own header has a space before it, ` データの削除年月`). */
const DELETED_ON = /^(?:データの?)?削除(?:年月日?|日|年月|日付)$/;

/** The index of the file's deletion column among the columns that map to no standard field, else -1. */
export function deletionColumnOf(sourceHeaders: readonly string[], keys: readonly (string | null)[]): number {
  return sourceHeaders.findIndex((h, i) => keys[i] === null && DELETED_ON.test(plainWords(h).replace(/\s/g, "")));
}

/** The deletion date a row's cell gives (as written), or null when the cell says the row stands: blank, a placeholder
 *  as any other column reads it (`-`, `−`, `--`, `N/A`), or `なし`. */
export function deletedOn(cell: string): string | null {
  if (isBlankCell(cell)) return null;
  const text = cell.trim();
  return isPlaceholder(text) || saysNone(text) ? null : text;
}
