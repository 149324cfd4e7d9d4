// A column that holds the latest of a thing's dates (最終更新日), whose cell gives a later date in its note
// (`2020/04/01（2024/03/01更新）`, `平成29年3月31日 ※令和6年4月1日更新`): the date read without its note was the first, the
// one the note revises; it is now the latest the cell gives (date_latest_in_note), the cell kept in the remarks.
import type { Fixed, At } from "./fixed.ts";
import { problemAt } from "./fixed.ts";

type DateNormalizer = (raw: string, at: At) => Fixed<unknown>;

/** A whole date among words (NFKC): 2024/03/01, 2024-3-1, 2024年3月1日, 令和6年4月1日, R6.4.1. */
const DATE_IN_TEXT = /(?:(?:令和|平成|昭和|[RHS])\s*(?:\d{1,2}|元)|\d{4})\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?/gu;

/** Whether a column holds the latest of a thing's dates, by its canonical key (`modified`, `file_modified`). */
export const holdsLatest = (key: string): boolean => /(?:^|_)modified$/.test(key);

/** The normalizer of such a column: a date read without a note that gives a later date is that later date. */
export function withLatestOfNote(normalize: DateNormalizer): DateNormalizer {
  return (raw, at) => {
    const read = normalize(raw, at);
    if (typeof read.value !== "string" || !read.issues.some((i) => i.code === "date_with_note")) return read;
    let latest = read.value;
    for (const m of raw.normalize("NFKC").matchAll(DATE_IN_TEXT)) {
      const other = normalize(m[0], at).value;
      if (typeof other === "string" && other > latest) latest = other;
    }
    if (latest === read.value) return read;
    const issues = read.issues.filter((i) => i.code !== "date_with_note");
    return { value: latest, issues: [...issues, problemAt("date_latest_in_note", at.row, at.field, at.onlyCounts, raw, latest)] };
  };
}
