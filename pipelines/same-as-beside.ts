// Cells that mean "as the cell beside": 同左 (左に同じ) and 同右 (右に同じ), as a printed table writes the weekend's hours
// beside the weekdays' (利用時間（平日） `9:00～17:00` | 利用時間（土日祝） `同左`). Such a cell takes its neighbour's value
// when the two columns are of one kind, their headers the same but for the days or the bracketed part that tells them
// apart; beside a column of another kind (開始時間 | 終了時間 `同左`) what it would take is no value of its column, so
// the cell is kept as written and said.
import type { Dataset } from "../schemas/dataset.ts";
import type { ColumnPlan } from "./headers.ts";
import type { FilledCell } from "./fill-down.ts";
import { isBlankCell } from "./rows.ts";

/** A cell that says "the same as the cell to the left" (-1) or "to the right" (1). */
const BESIDE = /^\s*(?:同(左|右)|(左|右)に同じ)\s*$/;
function besideOf(cell: string): -1 | 1 | 0 {
  if (cell.length === 0 || cell.length > 8) return 0;
  const c = cell.charCodeAt(0);
  // most cells are turned away on their first character: 同, 左, 右 or a space
  if (c !== 0x540c && c !== 0x5de6 && c !== 0x53f3 && c !== 0x20 && c !== 0x3000) return 0;
  const m = BESIDE.exec(cell);
  return m === null ? 0 : (m[1] ?? m[2]) === "左" ? -1 : 1;
}

/** What tells two columns apart that are of one kind: the days they hold (平日, 土日祝), a part in brackets, a number. */
const TELLS_APART = /[(（[［【〈<＜][^)）\]］】〉>＞]*[)）\]］】〉>＞]|平日|土曜日?|日曜日?|祝日|祝祭日|休日|土日祝?日?|土・日・祝日?|月[～〜~-]金曜?日?|夏季|冬季|午前|午後|[0-9０-９]+|[_＿・:：\s\u3000]/g;
/** A header without what tells it apart from its neighbour of one kind. */
const kindOfHeader = (header: string): string => header.normalize("NFKC").replace(TELLS_APART, "");

/** Whether columns a and b hold one kind of value: their headers differ, and are the same without the days, brackets
 *  and numbers that tell them apart (利用時間（平日） and 利用時間（土日祝）, 開館時間_平日 and 開館時間_土日). */
export function sameKindColumns(headers: readonly string[], a: number, b: number): boolean {
  const [x, y] = [headers[a] ?? "", headers[b] ?? ""];
  if (x.trim() === y.trim()) return false;
  const kind = kindOfHeader(x);
  return kind !== "" && kind === kindOfHeader(y);
}

/** Fills a row's 同左 / 同右 cells from their neighbour of one kind (after 同上 cells are filled, so a 同左 beside one
 *  takes the value it took); `filled` gets each, and each left as written beside a column of another kind. The same
 *  array when the row has none. */
export function sameAsBesideReader(dataset: Pick<Dataset, "columnByKey">, plan: Pick<ColumnPlan, "sourceHeaders" | "keys">): (cells: readonly string[], row: number, filled: FilledCell[]) => readonly string[] {
  const headers = plan.sourceHeaders;
  // a column that names the one it repeats (FAX番号 同左 → 電話番号: Column.sameAs) is read so by the record's repairs
  const named = new Set(plan.keys.flatMap((k, c) => (k !== null && dataset.columnByKey.get(k)?.sameAs !== undefined ? [c] : [])));
  return (cells, row, filled) => {
    let out: string[] | null = null;
    for (let c = 0; c < cells.length; c++) {
      const side = besideOf(cells[c]);
      if (side === 0 || named.has(c)) continue;
      const from = c + side;
      const value = (out ?? cells)[from];
      if (!sameKindColumns(headers, c, from) || value === undefined || isBlankCell(value) || besideOf(value) !== 0) {
        filled.push({ column: c, row, how: "beside_unlike", from });
        continue;
      }
      out ??= [...cells];
      out[c] = value;
      filled.push({ column: c, row, how: "beside", from });
    }
    return out ?? cells;
  };
}
