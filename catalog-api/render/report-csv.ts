// A validation report's issues as CSV (UTF-8 with BOM, for Excel): the stored report's and an upload's alike.
// 行 is the row a spreadsheet shows (the one the message names, 「4行目（データの3行目）」), so an officer who opens the
// file in Excel lands on it; the data row, the engine's `row`, follows as データの行 for programs.
import { lineOf, type Report } from "../../pipelines/report.ts";
import { BOM, csvLine } from "./csv.ts";

export const REPORT_CSV_HEADERS = ["行", "項目", "コード", "重大度", "値", "メッセージ", "message", "データの行", "シート"] as const;

export function reportCsv(report: Report): string {
  const lines = report.issues.map((i) => {
    const at = i.row === null ? null : lineOf(report, i.row);
    return csvLine([at?.line ?? null, i.field, i.code, i.severity, i.value, i.message_ja, i.message_en, i.row, at?.sheet ?? null]);
  });
  return BOM + csvLine(REPORT_CSV_HEADERS) + lines.join("");
}
