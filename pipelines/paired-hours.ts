// A file's start time is the one its end time pairs with: beside 閉館時間, 開館時間 (9:00) is the opening time, not
// 営業時間, which 札幌市's 公共施設 list gives as the hours open a day (12:00). Both headers name 開始時間, and the
// leftmost used to win: the day's length was published as the opening time.
import type { HeaderMatch } from "./header-match.ts";
import { normalizeHeader } from "./header-match.ts";

/** A closing-time header as its opening-time twin is written: 閉館時間 → 開館時間, 利用終了時間 → 利用開始時間. */
const openingTwin = (closing: string): string => closing.replace(/閉/g, "開").replace(/終了/g, "開始");

/** The start column given to the file's column whose header is the end column's twin (開館時間 beside 閉館時間), when
 *  another column of the start won it; the owner map is changed in place. */
export function pairStartWithEnd(cells: readonly string[], matches: readonly (HeaderMatch | null)[], owner: Map<string, number>,
  start = "start_time", end = "end_time"): void {
  const endAt = owner.get(end);
  const startAt = owner.get(start);
  if (endAt === undefined || startAt === undefined) return;
  const twin = openingTwin(normalizeHeader(cells[endAt]));
  if (twin === normalizeHeader(cells[endAt]) || normalizeHeader(cells[startAt]) === twin) return;
  const paired = matches.findIndex((m, i) => m?.key === start && normalizeHeader(cells[i]) === twin);
  if (paired >= 0) owner.set(start, paired);
}
