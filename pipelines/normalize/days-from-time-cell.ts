// 利用可能曜日 from an hours cell that names its days first. A list with no 利用可能曜日 column whose 利用時間 writes
// `平日 8:00～17:00` kept 平日 only in the remarks with the cell, so apps filtering by the days never found the place. A
// plain days word before the hours (平日, 土日祝, 毎日, 月～金) now gives the days, as the standard writes them, said once
// for the file (column_filled); a file with a days column of its own is left as it is.
import type { RowRepair } from "./row-repair.ts";

const RUN = "月火水木金土日";
/** A plain days word, then only the hours (`平日 8:00～17:00`, `月～金 9時～17時`) (NFKC). */
const DAYS_THEN_HOURS = /^(平日|土日祝日?|土・日・祝日?|土日|土・日|毎日|([月火水木金土日])曜?日?\s*[~〜-]\s*([月火水木金土日])曜?日?)[\s:：]*((?:午前|午後)?\s*\d[\d:時分半\s]*[~〜-]\s*(?:午前|午後)?\s*\d[\d:時分半]*(?:まで)?)$/;

/** The standard's days of a plain days word (平日 → 月火水木金, 土・日・祝 → 土日祝, 月～金 → 月火水木金); null for a run that
 *  goes past Sunday (金～月). */
function daysOfWord(word: string, from: string | undefined, to: string | undefined): string | null {
  if (from !== undefined && to !== undefined) {
    const [a, b] = [RUN.indexOf(from), RUN.indexOf(to)];
    return a < b ? RUN.slice(a, b + 1) : null;
  }
  if (word === "平日") return "月火水木金";
  if (word === "毎日") return RUN;
  return word.replace(/・/g, "").replace(/祝日$/, "祝");
}

/** 利用可能曜日 empty, in a file without its column, beside a start time read from a cell of a plain days word and hours. */
export function daysFromTimeCell(r: RowRepair): void {
  if (r.cells.available_days !== undefined || r.record.available_days !== null || r.record.start_time === null) return;
  const cell = r.cells.start_time;
  const m = cell === undefined ? null : DAYS_THEN_HOURS.exec(cell.normalize("NFKC").trim());
  const days = m === null ? null : daysOfWord(m[1], m[2], m[3]);
  if (days === null) return;
  r.record.available_days = days;
  r.filled("days_from_time_cell", "available_days", days);
}
