// The date a file's figures are as of, from a line that says so: a title above the header (`令和6年1月1日現在`,
// `町丁別世帯数（基準日：令和6年4月1日）`) or a line under the data (`令和6年4月1日現在　住民基本台帳による`).
import { normalizeDate, withMonthEnd } from "./normalize/wareki.ts";

/** `令和6年1月1日現在`, `2024年1月1日時点`, `基準日：2024/1/1`: the date a title row says the figures are as of, without
 *  its label and a bracket after it (normalizeDate reads 現在/時点 itself). */
const AS_OF = /^(?:基準日|調査日|調査年月日)?[:：\s]*(.+?)\s*(?:[(（].*[)）])?$/;

/** A date in a longer title: `羽村市 町丁別人口 令和6年4月1日現在`, `町丁別世帯数（基準日：令和6年4月1日）`. */
const DATE_TEXT = String.raw`(?:(?:令和|平成|昭和|[RHS])\s*(?:\d{1,2}|元)\s*[年.]\s*\d{1,2}\s*[月.]\s*\d{1,2}\s*日?|\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?)`;
const DATE_AS_OF = new RegExp(String.raw`(${DATE_TEXT})\s*(?:現在|時点)`);
/** 基準日：… but not 前回調査日：… (a title may give the last survey's date beside this one's) */
const DATE_LABELLED = new RegExp(String.raw`(?<!前回|前年|前月|旧)(?:基準日|調査日|調査年月日)\s*[:：]?\s*(${DATE_TEXT})`);

/** The as-of date the row's cells say, ISO; undefined when none does. Of cells dating blocks of figures apart
 *  (令和5年1月1日現在 | 令和6年1月1日現在 over a header's 男 | 女 | 計 each), the latest: the block read as the table's. */
export function asOfDate(cells: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const cell of cells) {
    const date = asOfOfCell(cell);
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  }
  return latest;
}

function asOfOfCell(cell: string): string | undefined {
  const text = withMonthEnd(cell.trim().normalize("NFKC"));
  if (!/現在|時点|基準日|調査日/.test(text)) return undefined;
  // a date said to be "as of" first, then a labelled one, then the whole cell as a date
  for (const date of [DATE_AS_OF.exec(text)?.[1], DATE_LABELLED.exec(text)?.[1], AS_OF.exec(text)?.[1]]) {
    const read = date === undefined ? null : normalizeDate(date, { row: 0, field: "survey_date" }).value;
    if (read !== null) return read;
  }
  return undefined;
}

/** Words that make a date beside them the day a file was made or put up (令和6年2月5日更新, 作成日：…), not its figures'. */
const MADE = String.raw`(?:更新|作成|公表|掲載|公開)`;
const MADE_BEFORE = new RegExp(String.raw`${MADE}(?:日|年月日)?\s*[:：]?\s*[(（]?\s*$`);
const MADE_AFTER = new RegExp(String.raw`^\s*[)）]?\s*${MADE}`);
/** a date that starts or ends a period (令和5年4月1日～令和6年3月31日, …から): no one day's figures */
const PERIOD_BEFORE = /[～〜~]\s*$/;
const PERIOD_AFTER = /^\s*(?:[～〜~]|から|まで)/;

/**
 * The date a population table's title gives with no word saying what it is (`町丁別人口（令和6年1月1日）`,
 * `令和6年1月1日 住民基本台帳人口`): the day its figures are of, unless 更新, 作成, 公表 or 掲載 stands beside it (the day
 * the file was made or put up) or it bounds a period. ISO; undefined when no such date is given, or two different ones.
 */
export function bareTitleDate(cells: readonly string[]): string | undefined {
  const found = new Set<string>();
  for (const cell of cells) {
    const text = withMonthEnd(cell.trim().normalize("NFKC"));
    for (const m of text.matchAll(new RegExp(DATE_TEXT, "g"))) {
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      if (MADE_BEFORE.test(before) || MADE_AFTER.test(after) || PERIOD_BEFORE.test(before) || PERIOD_AFTER.test(after)) continue;
      const read = normalizeDate(m[0], { row: 0, field: "survey_date" }).value;
      if (read !== null) found.add(read);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** A fiscal year (`令和6年度`, `R6年度`, `2024年度`): its lists are as of its first day, 1 April. */
const FISCAL_YEAR = /((?:令和|平成|昭和|[RHS])\s*(?:\d{1,2}|元)|\d{4})\s*年度/;

/** The date a sheet's name or a title says its list is as of: an as-of line (`令和6年4月1日現在`), a date alone
 *  (`R6.4.1`, `2024年4月1日更新`) or a fiscal year (`令和6年度`, its 1 April), ISO; undefined when it gives none. */
export function asOfInText(text: string): string | undefined {
  const plain = text.normalize("NFKC");
  const said = asOfDate([plain]);
  if (said !== undefined) return said;
  const date = new RegExp(DATE_TEXT).exec(plain)?.[0];
  const fiscal = FISCAL_YEAR.exec(plain)?.[1];
  const read = (t: string | undefined) => (t === undefined ? null : normalizeDate(t, { row: 0, field: "survey_date" }).value);
  return read(date) ?? read(fiscal === undefined ? undefined : `${fiscal}年4月1日`) ?? undefined;
}

/** A one-cell line that holds an as-of date among other words (`令和6年4月1日現在　住民基本台帳による`,
 *  `（基準日：令和6年4月1日）`): a note on the table, never a record. */
export function isAsOfText(cell: string): boolean {
  const text = withMonthEnd(cell.normalize("NFKC"));
  return DATE_AS_OF.test(text) || DATE_LABELLED.test(text);
}

/**
 * The as-of date of the lines under the data: from the last row up, past blank rows and one-cell notes, the first
 * one-cell line with an as-of date; undefined once a row of two or more cells (the data) is reached first.
 */
export function asOfBelowData(rows: ReadonlyArray<readonly string[]>): string | undefined {
  for (let at = rows.length - 1; at >= 0; at--) {
    const filled = rows[at].filter((c) => c.trim() !== "");
    if (filled.length === 0) continue;
    if (filled.length > 1) return undefined;
    // a footnote's date is another date's (※平成24年7月9日時点から外国人住民を含みます, ※増減は令和5年4月1日現在との比較)
    if (FOOTNOTE.test(filled[0])) continue;
    if (isAsOfText(filled[0])) return asOfDate(filled);
  }
  return undefined;
}

/** A footnote under a table: ※, 注, (注1), ＊ in front. */
const FOOTNOTE = /^\s*(?:[※＊*]|注|[(（]注)/;
