// Hours columns of a day (土曜日の診療時間) beside the file's run of days (診療曜日 月火水木金): the days column that adds
// each day whose hours cell has hours.
import type { Dataset } from "../schemas/dataset.ts";
import type { DerivedColumn } from "./derived-columns.ts";
import { WEEKDAYS } from "./header-parts.ts";
import { namesHours } from "./marked-cells.ts";
import { daysBeforeNote, standardDaysOf } from "./normalize/day-sets.ts";

/** `土曜日` → 土, `日曜・祝日` → 日祝, `土日祝日` → 土日祝, `平日` and `月～金` → 月火水木金, as the standard writes days; null
 *  for a kind of day that names none (休日) or days `values` (the days the column takes) do not have. */
function standardDays(day: string, values: readonly string[]): string | null {
  if (WEEKDAYS.test(day)) return "月火水木金";
  const days = day.replace(/曜日?/g, "").replace(/祝日?/g, "祝").replace(/・/g, "");
  return days !== "" && [...days].every((d) => values.includes(d)) ? days : null;
}

/** The days column (Column.markedBy) whose day hours go into `key`, when the file gives it: a "days" column that adds to
 *  the file's days those whose hours column has hours on the row (土曜日の診療時間 `9:00～12:00` → 診療曜日 月火水木金土). */
export function daysOfHours(dataset: Dataset, key: string, parts: readonly number[], days: readonly (string | undefined)[], at: ReadonlyMap<string, number>):
  DerivedColumn | null {
  const list = (dataset.markLists ?? []).find((l) => l.details === key);
  const own = list === undefined ? undefined : at.get(list.key);
  if (list === undefined || own === undefined) return null;
  const added = parts.flatMap((p, k) => {
    const day = days[k] === undefined ? null : standardDays(days[k] as string, list.values);
    return day === null ? [] : [{ p, day }];
  });
  if (added.length === 0) return null;
  const dayRun = new RegExp(`^(?:${list.values.filter((v) => [...v].length === 1).join("|")})+$`);
  return { key: list.key, parts: [own, ...added.map((a) => a.p)], how: "days", names: added.map((a) => a.day), dayRun };
}

/** The file's days (a run of days, 月火水木金, or days in words, lists or runs, 平日, 月～金, read as the standard writes
 *  them) with the days of each hours cell that has hours added, before the note the days had (`月～金（祝日除く）` and
 *  土曜 hours: `月火水木金土(祝日除く)`, which the days column reads so); any other cell as written. */
export function withDaysOpen(own: string, cells: readonly string[], days: readonly string[], dayRun: RegExp): string {
  const run = own.trim();
  const isRun = dayRun.test(run);
  const noted = isRun ? null : daysBeforeNote(run);
  const standard = isRun ? run : standardDaysOf(run) ?? noted?.days ?? null;
  if (standard === null) return own;
  let out = standard;
  cells.forEach((cell, k) => {
    if (!namesHours(cell)) return;
    for (const d of days[k]) if (!out.includes(d)) out += d;
  });
  if (out === standard && standard !== run) return own;
  return noted === null ? out : `${out}${noted.note}`;
}
