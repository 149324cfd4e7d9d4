// A basic fee from a list with one 料金 column. 料金 alone is 料金(詳細) (its cells are often prices by kind of person,
// 大人500円・子ども200円), so a ward's event or tourism list headed 料金 never gave 料金(基本), the number apps filter and
// sort by, even where the cell is no more than an amount (無料, 500円, 3,500円). Such a cell now gives it too, said once
// for the file; the cell stays in 料金(詳細). A file with a 料金(基本) column of its own is left as it is.
import type { Issue } from "../issues.ts";
import { normalizeNumber } from "./numbers.ts";
import type { RowRepair } from "./row-repair.ts";

/** What may be said of an amount that is no more than an amount: its yen (500円) or its digits' form. */
const PLAIN_AMOUNT: ReadonlySet<string> = new Set(["unit_stripped"]);
const isPlain = (i: Issue) => i.severity === "info" || PLAIN_AMOUNT.has(i.code);

/** 料金(基本) empty, in a file without its column, beside a 料金(詳細) that reads as an amount and nothing else. */
export function feeFromDetails(r: RowRepair): void {
  if (r.cells.fee_basic !== undefined || r.record.fee_basic !== null) return;
  const details = r.record.fee_details;
  if (typeof details !== "string") return;
  const read = normalizeNumber(details, { row: r.row, field: "fee_basic" });
  if (typeof read.value !== "number" || read.value < 0 || !read.issues.every(isPlain)) return;
  r.record.fee_basic = read.value;
  r.filled("fee_from_details", "fee_basic", String(read.value));
}
