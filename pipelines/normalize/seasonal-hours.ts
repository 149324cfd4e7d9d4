// Hours that differ by the time of year, written in one cell (`4月～9月 9:00～17:00、10月～3月 9:00～16:30`,
// `夏季 9:00～18:00／冬季 9:00～17:00`): the standard's 開始時間 and 終了時間 hold one pair, and choosing a season's would
// publish it as the year's, so neither is read; the cell is kept as written in the remarks (kept-cells.ts keepUnread).

/** A part of the year right before a time: a span of months (4月～9月, 4月1日～9月30日, 10月～翌3月) or a season's
 *  word (夏季, 冬期, 夏), a label's colon or a space between. Digits before 月 (4月), not a weekday (月～金). */
const SEASON_BEFORE_TIME = new RegExp("(?:\\d{1,2}月(?:\\d{1,2}日)?\\s*[～〜~\\-－ー]\\s*(?:翌)?\\d{1,2}月(?:\\d{1,2}日|末)?|[夏冬]季|[夏冬]期|[夏冬])"
  + "\\s*(?:[:：]|の?間?は?)?\\s*(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}時)", "u");

/** Whether a time cell (NFKC) gives its hours for a part of the year: any such part before a time. */
export const isSeasonalHours = (s: string): boolean => SEASON_BEFORE_TIME.test(s);

