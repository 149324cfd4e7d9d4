// Hours that differ by the time of year, written in one cell (`4月～9月 9:00～17:00、10月～3月 9:00～16:30`,
// `夏季 9:00～18:00／冬季 9:00～17:00`), or in each of 開始時間 and 終了時間 (`4月～9月 9:00、10月～3月 9:30` |
// `4月～9月 17:00、10月～3月 16:30`, `9:00（10月～3月は9:30）`): the standard's 開始時間 and 終了時間 hold one pair, and
// choosing a season's would publish it as the year's, so neither is read; the cell is kept as written in the remarks
// (kept-cells.ts keepUnread).

/** A span's `to` between its months: a dash or から. */
const TO = "\\s*(?:[～〜~\\-－ー]|から)\\s*";
/** A part of the year: a span of months (4月～9月, 4～9月, 4月1日～9月30日, 10月～翌3月, 4月から9月), of days written
 *  with a slash (4/1～9/30), or a season's word (夏季, 冬期, 夏). Digits before 月 (4月), not a weekday (月～金). */
const SEASON = `(?:\\d{1,2}(?:月(?:\\d{1,2}日)?)?${TO}翌?\\d{1,2}月(?:\\d{1,2}日|末)?|\\d{1,2}/\\d{1,2}${TO}翌?\\d{1,2}/\\d{1,2}|[夏冬][季期]|[夏冬])`;
const TIME = "(?:\\d{1,2}[:：]\\d{2}|\\d{1,2}時)";
/** Such a part right before a time: a label's colon, a bracket closed around the part (`(4月～9月)9:00`,
 *  `【夏季】9:00`), or words (`10月～3月は9:30`, `冬期間は`, `夏季期間中は`) between. */
const SEASON_BEFORE_TIME = new RegExp(`${SEASON}\\s*[)\\]）］】〕]?\\s*(?:[:：]|(?:期間)?中?の?間?は?)?\\s*${TIME}`, "u");
/** Such a part in brackets after a time (`9:00(夏季)`, `9:00（4月～9月）`). */
const SEASON_AFTER_TIME = new RegExp(`${TIME}\\s*[(\\[（［【〔]\\s*${SEASON}\\s*[)\\]）］】〕]`, "gu");

/** Whether a time cell (NFKC) gives its hours for parts of the year: any such part before a time, or a time of each of
 *  two parts (`9:00(夏季)、9:30(冬季)`); one part after the hours (`9:00～17:00（7月～8月）`) says when they hold, a note. */
export const isSeasonalHours = (s: string): boolean => SEASON_BEFORE_TIME.test(s) || (s.match(SEASON_AFTER_TIME)?.length ?? 0) >= 2;
