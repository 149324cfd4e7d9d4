import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import { excelSerialToIso, normalizeDate, timeInDateCell } from "../../../pipelines/normalize/wareki.ts";
import { at, codes } from "./helpers.ts";

describe("normalizeDate", () => {
  it.each([
    ["2024-01-01", "2024-01-01", []],
    ["令和6年1月1日", "2024-01-01", ["wareki_converted"]],
    // "as of", as population tables write their survey date
    ["令和6年4月1日現在", "2024-04-01", ["wareki_converted"]],
    ["R6.4.1 時点", "2024-04-01", ["wareki_converted"]],
    ["2024/4/1現在", "2024-04-01", ["date_reformatted"]],
    // the end of a month, as monthly register figures are dated: its last day (before: unreadable)
    ["令和6年1月末日", "2024-01-31", ["wareki_converted"]], ["令和6年2月末現在", "2024-02-29", ["wareki_converted"]],
    ["2023年2月末日", "2023-02-28", ["date_reformatted"]], ["令和6年13月末日", null, ["unparseable_date"]],
    // an ISO date-time is read in Japan's time: one at +09:00 keeps its date, one in UTC or another offset moves
    ["2024-10-05T10:00:00+09:00", "2024-10-05", ["date_reformatted"]],
    ["2024-10-05T10:00:00.000+0900", "2024-10-05", ["date_reformatted"]],
    ["2024-10-04T15:00:00Z", "2024-10-05", ["date_time_to_jst"]],
    ["2024-10-04T14:59:59Z", "2024-10-04", ["date_time_to_jst"]],
    ["2024-12-31T15:00Z", "2025-01-01", ["date_time_to_jst"]],
    ["2024-10-05T01:00:00+10:00", "2024-10-05", ["date_time_to_jst"]],
    // the year last, as a spreadsheet set to English saves dates: read where a number past 12 tells the order (before:
    // unparseable_date), never guessed where both may be the month (高松市's population tables, `4/1/2019`)
    ["4/13/2024", "2024-04-13", ["date_month_day_year"]], ["13.4.2024", "2024-04-13", ["date_day_month_year"]],
    ["4/4/2024", "2024-04-04", ["date_reformatted"]], ["4/1/2019", null, ["date_order_unknown"]],
    ["13/13/2024", null, ["unparseable_date"]], ["2/30/2024", null, ["invalid_date"]], ["4/1-2024", null, ["unparseable_date"]],
    ["令和６年１月１日", "2024-01-01", ["wareki_converted"]],
    ["令和 6年 4月 1日", "2024-04-01", ["wareki_converted"]],
    ["令和元年5月1日", "2019-05-01", ["wareki_converted"]],
    ["R6.1.1", "2024-01-01", ["wareki_converted"]],
    ["R6/1/1", "2024-01-01", ["wareki_converted"]],
    ["r06.04.01", "2024-04-01", ["wareki_converted"]],
    ["H31.4.30", "2019-04-30", ["wareki_converted"]],
    // the era's first kanji alone, as Excel's gge.m.d and gge年m月d日 display it
    ["令6.4.1", "2024-04-01", ["wareki_converted"]],
    ["令12.3.31", "2030-03-31", ["wareki_converted"]],
    ["平31.4.25", "2019-04-25", ["wareki_converted"]],
    ["令6年4月1日", "2024-04-01", ["wareki_converted"]],
    ["令元.5.1", "2019-05-01", ["wareki_converted"]],
    ["昭64.1.7", "1989-01-07", ["wareki_converted"]],
    ["大12.9.1", "1923-09-01", ["wareki_converted"]],
    ["明45.7.29", "1912-07-29", ["wareki_converted"]],
    ["平32.3.31", "2020-03-31", ["era_boundary_date"]],
    ["平成31年4月30日", "2019-04-30", ["wareki_converted"]],
    ["平成元年1月8日", "1989-01-08", ["wareki_converted"]],
    ["㍻31年4月30日", "2019-04-30", ["wareki_converted"]],
    ["昭和64年1月7日", "1989-01-07", ["wareki_converted"]],
    ["昭和9年1月30日", "1934-01-30", ["wareki_converted"]],
    ["S9.1.30", "1934-01-30", ["wareki_converted"]],
    ["大正12年9月1日", "1923-09-01", ["wareki_converted"]],
    ["明治45年7月29日", "1912-07-29", ["wareki_converted"]],
    ["大正元年7月30日", "1912-07-30", ["wareki_converted"]],
    // the day 大正 and 昭和 began is also the last day of the era before, written either way
    ["明治45年7月30日", "1912-07-30", ["wareki_converted"]],
    ["大正15年12月25日", "1926-12-25", ["wareki_converted"]],
    ["昭和元年12月25日", "1926-12-25", ["wareki_converted"]],
    // kanji numerals, as formal notices write dates
    ["令和六年十月一日", "2024-10-01", ["wareki_converted"]],
    ["昭和三十年十二月二十五日", "1955-12-25", ["wareki_converted"]],
    ["平成元年一月八日", "1989-01-08", ["wareki_converted"]],
    ["二〇二四年一月十五日", "2024-01-15", ["date_reformatted"]],
    ["2024/1/1", "2024-01-01", ["date_reformatted"]],
    ["2024/01/01", "2024-01-01", ["date_reformatted"]],
    ["2024-1-1", "2024-01-01", ["date_reformatted"]],
    ["2024.1.1", "2024-01-01", ["date_reformatted"]],
    ["2024年1月1日", "2024-01-01", ["date_reformatted"]],
    ["2024年1月1日（月）", "2024-01-01", ["date_reformatted"]],
    ["2019:11:25", "2019-11-25", ["date_reformatted"]],
    ["20240101", "2024-01-01", ["date_reformatted"]],
    ["２０２４－０１－０１", "2024-01-01", ["full_width_converted"]],
    ["2024-01-01T09:00:00+09:00", "2024-01-01", ["date_reformatted"]],
    ["2024/01/01 0:00:00", "2024-01-01", ["date_reformatted"]],
    ["2024-02-29", "2024-02-29", []],
    ["45292", "2024-01-01", ["excel_serial_date"]],
    ["44698", "2022-05-17", ["excel_serial_date"]],
    ["10245", "1928-01-18", ["excel_serial_date"]],
    ["45292.5", "2024-01-01", ["excel_serial_date"]],
    // just past an era's change (a form printed before it, a slip): the year counts the same, converted with a warning
    ["平成31年5月1日", "2019-05-01", ["era_boundary_date"]],
    ["平成32年3月31日", "2020-03-31", ["era_boundary_date"]],
    ["昭和64年1月8日", "1989-01-08", ["era_boundary_date"]],
    ["明治45年7月31日", "1912-07-31", ["era_boundary_date"]],
    ["大正15年12月26日", "1926-12-26", ["era_boundary_date"]],
    ["令和元年4月30日", "2019-04-30", ["era_boundary_date"]],
    // a date to come on a form printed before the change: a permit's expiry, a plan's last year (up to 10 years on)
    ["平成35年3月31日", "2023-03-31", ["era_boundary_date"]],
    ["H36.5.31", "2024-05-31", ["era_boundary_date"]],
    ["平成37年3月31日", "2025-03-31", ["era_boundary_date"]],
    ["平成40年1月1日", "2028-01-01", ["era_boundary_date"]],
    ["平成41年3月31日", "2029-03-31", ["era_boundary_date"]],
    // an era that ended before open data began: its dates to come have long passed, so only the year after the change
    // (habit, a system not yet updated) is read; farther on it is a typo, not read
    ["昭和65年3月31日", "1990-03-31", ["era_boundary_date"]],
    ["S65.12.31", "1990-12-31", ["era_boundary_date"]],
    ["大正16年1月10日", "1927-01-10", ["era_boundary_date"]],
    // farther: an error
    ["昭和66年1月1日", null, ["era_out_of_range"]],
    ["昭和70年4月1日", null, ["era_out_of_range"]],
    ["昭和74年3月31日", null, ["era_out_of_range"]],
    ["大正20年1月1日", null, ["era_out_of_range"]],
    ["平成42年1月1日", null, ["era_out_of_range"]],
    ["平成50年1月1日", null, ["era_out_of_range"]],
    ["令和0年1月1日", null, ["era_out_of_range"]],
    ["大正30年1月1日", null, ["era_out_of_range"]],
    ["昭和99年1月1日", null, ["era_out_of_range"]],
    ["2024-02-30", null, ["invalid_date"]],
    ["2023/2/29", null, ["invalid_date"]],
    ["2024/13/1", null, ["invalid_date"]],
    ["令和6年2月30日", null, ["invalid_date"]],
    ["毎年１１月に開催", null, ["unparseable_date"]],
    ["4月頃", null, ["unparseable_date"]],
    ["令和6年4月", null, ["unparseable_date"]],
    ["2024", null, ["unparseable_date"]],
    ["12", null, ["unparseable_date"]],
    ["2024/1/1～2024/1/3", null, ["unparseable_date"]],
    ["-", null, ["placeholder_value"]],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeDate(raw, at))).toEqual([value, issueCodes]);
  });

  it("free text becomes null with a warning that keeps the text", () => {
    expect(normalizeDate("毎年１１月に開催", { row: 1, field: "start_date" })).toEqual({
      value: null,
      issues: [issue("unparseable_date", { row: 1, field: "start_date", value: "毎年１１月に開催" })],
    });
    expect(issue("unparseable_date", { row: 1, field: "start_date", value: "x" }).severity).toBe("warning");
  });

  it("a date far outside its era is an error; one just past the change a warning", () => {
    const [problem] = normalizeDate("平成50年5月1日", { row: 4, field: "designated_on" }).issues;
    expect([problem.row, problem.field, problem.code, problem.severity, problem.value])
      .toEqual([4, "designated_on", "era_out_of_range", "error", "平成50年5月1日"]);
    expect(normalizeDate("平成31年5月1日", { row: 4, field: "designated_on" }).issues.map((i) => [i.code, i.severity])).toEqual([["era_boundary_date", "warning"]]);
  });

  it.each([[1, "1900-01-01"], [59, "1900-02-28"], [60, null], [61, "1900-03-01"], [45292, "2024-01-01"], [0, null], [1.5, null]])(
    "excelSerialToIso(%j) → %j", (serial, iso) => expect(excelSerialToIso(serial)).toBe(iso));
});

describe("a time after the date said by its word (開演, 開始, 集合)", () => {
  // before: unparseable_date, the date lost
  it.each([
    ["2024年12月22日（日）14:00開演（13:30開場）", "14:00開演(13:30開場)"], ["2024/12/22 14:00開演", "14:00開演"],
    ["2024年12月22日 13:30開場 14:00開演", "13:30開場 14:00開演"], ["令和6年8月3日(土)9時30分集合", "9時30分集合"], ["2024年12月22日 14時開始", "14時開始"],
  ])("%j is its date, the time read from %j", (raw, time) => {
    expect(normalizeDate(raw, at, "start").value).toMatch(/^2024-(12-22|08-03)$/);
    expect(timeInDateCell(raw)).toBe(time);
  });
  it("a word that opens nothing is no time of it", () => expect(normalizeDate("2024年12月22日 14:00頃雨天中止", at, "start").value).toBeNull());
});

describe("weekdays beside a date", () => {
  it.each([
    ["2024/11/3(日・祝)", "2024-11-03"], ["2024/11/4(月祝)", "2024-11-04"], ["2024/11/3(祝)", "2024-11-03"],
    ["2024/11/4(振休)", "2024-11-04"], ["令和6年11月3日（日・祝）", "2024-11-03"], ["2024年9月21日(土曜日)", "2024-09-21"],
  ])("%j is the date %j, with no weekday warning", (raw, iso) => {
    const out = normalizeDate(raw, at);
    expect(out.value).toBe(iso);
    expect(out.issues.map((i) => i.code)).not.toContain("date_weekday_mismatch");
  });

  it("one weekday written before its date is read as the date's, and checked as one after it", () => {
    expect(codes(normalizeDate("土曜日 2024年6月15日", at))).toEqual(["2024-06-15", ["date_reformatted"]]);
    expect(codes(normalizeDate("（土）令和6年6月15日", at))).toEqual(["2024-06-15", ["wareki_converted"]]);
    expect(codes(normalizeDate("土曜日（2024年6月15日）", at))).toEqual(["2024-06-15", ["date_reformatted"]]);
    expect(normalizeDate("土曜日（2024年6月15日", at).value).toBeNull();
    expect(normalizeDate("土曜日 2024年6月15日 10:00～12:00", at, "start").value).toBe("2024-06-15");
    // a weekday before a period recurs over it: no one date's weekday, the cell not read as a plain range
    expect(normalizeDate("土曜日 2024年4月6日～9月28日", at, "start").issues.map((i) => i.code)).not.toEqual(["date_range_split"]);
    expect(codes(normalizeDate("日曜日 2024年6月15日", at))).toEqual(["2024-06-15", ["date_reformatted", "date_weekday_mismatch"]]);
    expect(normalizeDate("土曜日 2024年6月15日～6月16日", at, "end").value).toBe("2024-06-16");
    // a weekday alone, or a list of weekdays over a period, is no one date
    expect(normalizeDate("土曜日", at).value).toBeNull();
    expect(normalizeDate("火曜日・金曜日（2024年4月6日～9月28日）", at, "start").issues.map((i) => i.code)).not.toContain("date_weekday_mismatch");
  });

  // a form's weekday column pasted before the date, or the weekday after it without brackets (before: unparseable_date,
  // or date_with_note with the weekday unchecked)
  it.each([
    ["土 2024/6/15", "2024-06-15", ["date_reformatted"]], ["土　２０２４/６/１５", "2024-06-15", ["date_reformatted"]],
    ["土 令和6年6月15日", "2024-06-15", ["wareki_converted"]], ["2024/6/15 土", "2024-06-15", ["date_reformatted"]],
    ["2024年6月15日土曜日", "2024-06-15", ["date_reformatted"]], ["金 2024/6/15", "2024-06-15", ["date_reformatted", "date_weekday_mismatch"]],
    ["2024/6/15 金", "2024-06-15", ["date_reformatted", "date_weekday_mismatch"]],
  ])("a bare weekday beside the date, %j, is that date's and is checked: %j", (raw, iso, said) => {
    expect(codes(normalizeDate(raw, at))).toEqual([iso, said]);
    expect(codes(normalizeDate(raw, at, "end"))).toEqual([iso, said]);
  });

  it("a bare weekday before a period, or a day's count (第1日曜日), is no one date's weekday", () => {
    expect(normalizeDate("土 2024/6/15～6/16", at, "start").issues.map((i) => i.code)).not.toContain("date_weekday_mismatch");
    expect(normalizeDate("毎月第1日曜日", at).value).toBeNull();
    expect(normalizeDate("日 1回", at).value).toBeNull();
  });

  it("a weekday that is not the date's is a warning; the date is read as written", () => {
    expect(codes(normalizeDate("2024年9月21日(日)", at))).toEqual(["2024-09-21", ["date_reformatted", "date_weekday_mismatch"]]);
    expect(codes(normalizeDate("令和6年11月4日(日・祝)", at))).toEqual(["2024-11-04", ["wareki_converted", "date_weekday_mismatch"]]);
    // two weekdays (a range) are not checked one by one
    expect(normalizeDate("2024/7/20(土)～7/23(月)", at, "start").issues.map((i) => i.code)).toEqual(["date_range_split"]);
    expect(issue("date_weekday_mismatch", { row: 3, field: "開始日", value: "2024年9月21日(日)" }).message_ja).toContain("日付と曜日が合いません");
  });

  it("days listed in one cell: a start column takes the first, an end column the last; a list out of order is not read", () => {
    expect(codes(normalizeDate("令和6年11月2日（土）・3日（日）", at, "start"))).toEqual(["2024-11-02", ["date_list_split"]]);
    expect(codes(normalizeDate("令和6年11月2日（土）・3日（日）", at, "end"))).toEqual(["2024-11-03", ["date_list_split"]]);
    expect(normalizeDate("2024年11月30日、12月1日", at, "end").value).toBe("2024-12-01");
    expect(normalizeDate("2024年12月31日・1月1日", at, "end").value).toBe("2025-01-01");
    // separate days are no period, but they end on the last of them (before: no end), said: the days between are none
    expect(codes(normalizeDate("2024年11月30日、12月7日、14日", at, "start"))).toEqual(["2024-11-30", ["date_list_split"]]);
    expect(codes(normalizeDate("2024年11月30日、12月7日、14日", at, "end"))).toEqual(["2024-12-14", ["date_list_days"]]);
    expect(codes(normalizeDate("令和6年12月7日・1月11日", at, "start"))).toEqual(["2024-12-07", ["date_list_split"]]);
    expect(codes(normalizeDate("2024/11/2・2024/11/1", at, "start"))).toEqual([null, ["unparseable_date"]]);
    // one per line (Alt+Enter), as a course's sessions are typed in Excel, is the same list
    expect(codes(normalizeDate("2024/11/9\n2024/11/16\n2024/11/23", at, "start"))).toEqual(["2024-11-09", ["date_list_split"]]);
    expect(codes(normalizeDate("2024/11/9\r\n2024/11/16\r\n2024/11/23", at, "end"))).toEqual(["2024-11-23", ["date_list_days"]]);
    expect(codes(normalizeDate("令和6年11月9日\n令和6年11月10日", at, "end"))).toEqual(["2024-11-10", ["date_list_split"]]);
    // a column that is neither start nor end does not choose
    expect(codes(normalizeDate("2024年11月2日・3日", at))).toEqual([null, ["unparseable_date"]]);
  });

  it("a range or list of days with the day's hours after it reads its days (the hours are the record stage's)", () => {
    expect(codes(normalizeDate("2024年4月1日～3日 10:00～12:00", at, "start"))).toEqual(["2024-04-01", ["date_range_split"]]);
    expect(codes(normalizeDate("2024年4月1日～3日 10:00～12:00", at, "end"))).toEqual(["2024-04-03", ["date_range_split"]]);
    expect(codes(normalizeDate("令和6年4月1日（月）～4月3日（水）10時～12時", at, "end"))).toEqual(["2024-04-03", ["date_range_split"]]);
    expect(codes(normalizeDate("2024年11月2日・9日・16日 13:30～15:00", at, "end"))).toEqual(["2024-11-16", ["date_list_days"]]);
    // a column that is neither start nor end does not choose, with hours or without
    expect(codes(normalizeDate("2024年4月1日～3日 10:00～12:00", at))).toEqual([null, ["unparseable_date"]]);
  });

  it("a day that recurs (毎週土曜日) is no date of a start or an end, said so; a period written with it is read", () => {
    expect(codes(normalizeDate("毎週土曜日", at, "start"))).toEqual([null, ["date_recurring"]]);
    expect(codes(normalizeDate("第2・第4日曜日", at, "end"))).toEqual([null, ["date_recurring"]]);
    expect(codes(normalizeDate("毎月15日", at, "start"))).toEqual([null, ["date_recurring"]]);
    expect(codes(normalizeDate("2024年4月6日～9月28日の毎週土曜日", at, "start"))).toEqual(["2024-04-06", ["date_range_split", "date_with_note"]]);
    // not a start's or an end's column: a plain unread date, as before
    expect(codes(normalizeDate("毎週土曜日", at))).toEqual([null, ["unparseable_date"]]);
  });
});

describe("a date with its year written twice", () => {
  it.each([
    ["昭和37（1962）年2月1日", "1962-02-01", ["wareki_converted"]],
    ["1962（昭和37）年2月1日", "1962-02-01", ["wareki_converted"]],
    ["昭和37年(1962)2月1日", "1962-02-01", ["wareki_converted"]],
    ["1962年（昭和37年）2月1日", "1962-02-01", ["wareki_converted"]],
    ["平成元（1989）年1月8日", "1989-01-08", ["wareki_converted"]],
    // a note after it, as the one-year form has
    ["昭和37（1962）年2月1日（平成10年追加指定）", "1962-02-01", ["date_with_note"]],
    // the years disagree: which is right is the officer's to say
    ["昭和37（1963）年2月1日", null, ["date_years_disagree"]],
    ["1962年（昭和38年）2月1日", null, ["date_years_disagree"]],
    // a date that does not exist is named as such
    ["昭和37（1962）年2月30日", null, ["invalid_date"]],
  ] as const)("%j → %j %j", (raw, value, expected) => {
    expect(codes(normalizeDate(raw, at))).toEqual([value, expected]);
  });

  it("names both years when they disagree, as an error", () => {
    const [found] = normalizeDate("昭和37（1963）年2月1日", { row: 3, field: "designated_date" }).issues;
    expect(found).toMatchObject({ code: "date_years_disagree", severity: "error", detail: "昭和37年＝1962年／1963年" });
    expect(found.message_ja).toContain("昭和37年＝1962年／1963年");
  });
});

describe("a date with a note", () => {
  it("a later date on a line of its own with its note (追加指定) is the note of the first, as on one line", () => {
    expect(codes(normalizeDate("昭和37年2月1日\n平成10年3月1日（追加指定）", at))).toEqual(["1962-02-01", ["date_with_note"]]);
    expect(codes(normalizeDate("昭和37年2月1日（都指定）\r\n平成5年3月1日（区登録）", at))).toEqual(["1962-02-01", ["date_with_note"]]);
    // two plain dates: which one is the column's is not said
    expect(codes(normalizeDate("昭和37年2月1日\n平成10年3月1日", at))).toEqual([null, ["unparseable_date"]]);
  });

  // before: unparseable_date, the designation date lost
  it("a later amendment on the same line (平成20年追加, …追加指定, （名称変更）) after 、 / or a space is the note of the first date", () => {
    for (const cell of ["平成12年3月31日指定、平成20年追加", "平成12年3月31日指定、平成20年3月1日追加指定", "平成12年3月31日　平成20年3月1日追加",
      "平成12年3月31日指定／平成20年一部追加", "H12.3.31、H20.3.1名称変更", "平成12年3月31日、平成20年3月1日（追加）"]) {
      expect(codes(normalizeDate(cell, at)), cell).toEqual(["2000-03-31", ["date_with_note"]]);
    }
    // a later date that undoes it, two plain dates, a later date of no amendment (a list's 更新, which 最終更新日 would be
    // the later of), slashed dates (whose / parts no dates), or a start or end column's cell: as before
    for (const cell of ["平成12年3月31日指定、平成20年解除", "平成12年3月31日、平成20年3月1日", "2020年4月1日 2024年3月1日更新", "2000/3/31指定/2008/3/1追加"]) {
      expect(codes(normalizeDate(cell, at)), cell).toEqual([null, ["unparseable_date"]]);
    }
    expect(normalizeDate("2024年4月1日 2024年4月5日追加", at, "start").value).toBeNull();
  });

  it("is read without its note (in brackets, or a word after the day), said as date_with_note", () => {
    expect(codes(normalizeDate("昭和45年3月1日（平成2年追加指定）", at))).toEqual(["1970-03-01", ["date_with_note"]]);
    expect(codes(normalizeDate("平成2年4月1日指定", at))).toEqual(["1990-04-01", ["date_with_note"]]);
    expect(codes(normalizeDate("昭和45年3月1日 (都指定)", at))).toEqual(["1970-03-01", ["date_with_note"]]);
    expect(codes(normalizeDate("2024/4/1(月)オープン", at, "start"))).toEqual(["2024-04-01", ["date_with_note"]]);
    expect(issue("date_with_note", { row: 2, field: "文化財指定日", value: "平成2年4月1日指定" }).message_ja).toContain("備考");
  });

  it("a word of a period is read only by the bound it names; approximate days and bare numbers stay unread", () => {
    expect(normalizeDate("令和6年4月1日から", at, "start").value).toBe("2024-04-01");
    expect(codes(normalizeDate("令和6年4月1日から", at, "end"))).toEqual([null, ["unparseable_date"]]);
    expect(codes(normalizeDate("令和6年4月1日から", at))).toEqual([null, ["unparseable_date"]]);
    // until: 迄 and まで alike, the end column's date as it is; no start's and no other date's
    expect(codes(normalizeDate("令和11年3月31日迄", at, "end"))).toEqual(["2029-03-31", ["wareki_converted"]]);
    expect(codes(normalizeDate("令和11年3月31日まで", at, "end"))).toEqual(["2029-03-31", ["wareki_converted"]]);
    expect(codes(normalizeDate("令和5年4月1日～令和11年3月31日迄", at, "end"))).toEqual(["2029-03-31", ["date_range_split"]]);
    expect(codes(normalizeDate("令和11年3月31日迄", at, "start"))).toEqual([null, ["unparseable_date"]]);
    expect(codes(normalizeDate("令和11年3月31日まで", at, "start"))).toEqual([null, ["unparseable_date"]]);
    expect(codes(normalizeDate("令和11年3月31日まで", at))).toEqual([null, ["unparseable_date"]]);
    expect(codes(normalizeDate("令和6年4月1日以降", at, "end"))).toEqual([null, ["unparseable_date"]]);
    expect(codes(normalizeDate("令和6年4月1日頃", at, "start"))).toEqual([null, ["unparseable_date"]]);
    expect(codes(normalizeDate("令和6年4月上旬", at, "start"))).toEqual([null, ["unparseable_date"]]);
    // a serial number with a note is no date
    expect(codes(normalizeDate("45123（注）", at))).toEqual([null, ["unparseable_date"]]);
  });
});

describe("a range past New Year in one cell", () => {
  it("an end without its year that would fall before the start is in the next year; one with its year is as written", () => {
    for (const cell of ["2024年12月28日～1月5日", "2024/12/28～1/5", "令和6年12月28日～1月5日", "2024年12月28日(土)～1月5日(日)"]) {
      expect([normalizeDate(cell, at, "start").value, normalizeDate(cell, at, "end").value], cell).toEqual(["2024-12-28", "2025-01-05"]);
    }
    expect(normalizeDate("2024年11月1日～2月28日", at, "end").value).toBe("2025-02-28");
    expect(normalizeDate("2024年4月1日～4月3日", at, "end").value).toBe("2024-04-03");
    // a year written out is the officer's: the order check names the reversed pair
    expect(normalizeDate("2024/4/3～2024/4/1", at, "end").value).toBe("2024-04-01");
  });
});

describe("more ways events write their dates", () => {
  it("two slash dates with a hyphen, a range with a note, an open start", () => {
    expect([normalizeDate("2024/04/18-2024/04/20", at, "start").value, normalizeDate("2024/04/18-2024/04/20", at, "end").value]).toEqual(["2024-04-18", "2024-04-20"]);
    expect(normalizeDate("2024.4.18-20", at, "end").value).toBe("2024-04-20");
    // a hyphen inside one date is no range
    expect(normalizeDate("2024-04-18", at, "end").value).toBe("2024-04-18");
    expect(codes(normalizeDate("2024年4月27日～2024年4月28日（予定）", at, "end"))).toEqual(["2024-04-28", ["date_range_split", "date_with_note"]]);
    expect(codes(normalizeDate("2024年4月1日～", at, "start"))).toEqual(["2024-04-01", ["date_with_note"]]);
    expect(codes(normalizeDate("2024年4月1日～", at, "end"))).toEqual([null, ["unparseable_date"]]);
  });
});

describe("a range with words after it, without brackets", () => {
  it("reads the range (the end's year from the start's) and says the note is left out", () => {
    const cell = "令和6年7月22日～8月30日の毎週月曜日";
    expect(codes(normalizeDate(cell, at, "start"))).toEqual(["2024-07-22", ["date_range_split", "date_with_note"]]);
    expect(codes(normalizeDate(cell, at, "end"))).toEqual(["2024-08-30", ["date_range_split", "date_with_note"]]);
    expect(normalizeDate("2024/7/22～8/30 毎週月曜", at, "end").value).toBe("2024-08-30");
    expect(normalizeDate("令和6年7月22日から8月30日まで毎週月曜日", at, "end").value).toBe("2024-08-30");
    expect(normalizeDate("令和6年12月20日～1月10日の土日", at, "end").value).toBe("2025-01-10");
    // bracketed and unbracketed notes together
    expect(normalizeDate("令和6年7月22日～8月30日の毎週月曜日（祝日を除く）", at, "start").value).toBe("2024-07-22");
  });

  it("leaves a cell unread when the words are no note: a period, an undoing, a second date, text before the range", () => {
    for (const cell of ["令和6年7月22日～8月30日頃", "令和6年7月22日～8月30日中止", "令和6年7月22日～8月30日、9月5日～9月10日",
      "毎年7月22日～8月30日の毎週月曜日", "令和6年7月22日から受付開始", "令和6年7月22日～未定の期間"]) {
      expect(normalizeDate(cell, at, "end").value, cell).toBeNull();
    }
    expect(codes(normalizeDate("令和6年7月22日～8月30日頃", at, "end"))).toEqual([null, ["unparseable_date"]]);
  });
});

describe("a permit's 有効期間 written otherwise than as two dates (から5年間, ～R9.5.31)", () => {
  // a permit's 有効期間 written as its start and how long: the 5 of 5年間 was read as the range's last day (2021-06-05)
  it.each(["令和3年6月1日から5年間", "令和3年6月1日～6年", "令和3年6月3日から5日間", "2021/6/1から3か月", "2021年6月1日から2週間", "令和3年6月1日から5月"])(
    "%s gives no end date", (cell) => {
      expect(normalizeDate(cell, at, "end").value).toBeNull();
    });

  // a period with no start written (～R9.5.31) is until its date: an end column's date, as R9.5.31まで is
  it.each(["～R9.5.31", "〜令和9年5月31日", "~ 2027/5/31"])("%s in an end column is its date; in a start column, none", (cell) => {
    expect(normalizeDate(cell, at, "end").value).toBe("2027-05-31");
    expect(normalizeDate(cell, at, "start").value).toBeNull();
  });

  it("a weekday after the range's last day is still a note", () => {
    expect(normalizeDate("2024年5月1日～5月31日月曜休館", at, "end").value).toBe("2024-05-31");
    expect(normalizeDate("令和6年7月22日～8月30日の毎週月曜日", at, "end").value).toBe("2024-08-30");
  });
});

describe("a range the words after it exclude or close", () => {
  it("is not the event's period (を除く, 以外, は休館, （休館）): the cell stays unread, as a plain note still reads", () => {
    for (const cell of ["2024年12月28日～1月3日を除く毎日", "2024年12月28日～1月3日を除き毎日開館", "2024年5月1日～5月5日は休館",
      "2024年5月1日～5月5日以外の毎日", "2024/5/1～5/5は休業", "2024年8月13日～8月16日お休み", "2024/5/1～5/5（休館）", "2024/5/1～5/5（休館日）",
      "2024年7月1日～7月31日まで延期", "2024年5月3日は休館"]) {
      expect(codes(normalizeDate(cell, at, "start")), cell).toEqual([null, ["unparseable_date"]]);
      expect(normalizeDate(cell, at, "end").value, cell).toBeNull();
    }
    // a note that closes part of the period, or a condition, leaves the period the event's
    expect(normalizeDate("2024/4/1～9/30（月曜休館）", at, "end").value).toBe("2024-09-30");
    expect(normalizeDate("2024年6月1日～6月30日（雨天中止）", at, "start").value).toBe("2024-06-01");
    expect(normalizeDate("令和6年7月22日～8月30日の毎週月曜日（祝日を除く）", at, "end").value).toBe("2024-08-30");
    // so do such words said of something else first, outside brackets: only what follows the date directly closes it
    for (const [cell, start, end] of [["2024年5月1日～5月31日 月曜休館", "2024-05-01", "2024-05-31"],
      ["2024年5月1日～5月31日土日祝を除く", "2024-05-01", "2024-05-31"], ["2024年4月1日～2025年3月31日年末年始以外", "2024-04-01", "2025-03-31"]]) {
      expect([normalizeDate(cell, at, "start").value, normalizeDate(cell, at, "end").value], cell).toEqual([start, end]);
    }
    expect(normalizeDate("2024年5月1日～5月5日まで休館", at, "start").value).toBeNull();
  });
});

describe("a date with a word that undoes it", () => {
  it("is not read as the column's date (指定解除, 廃止, 延期, 中止): the cell stays unread, kept in the remarks", () => {
    for (const cell of ["昭和45年3月1日指定解除", "令和6年4月1日廃止", "2024/4/1延期", "2024/7/20（中止）", "2024年8月10日 雨天中止となりました",
      "2024年8月10日（雨天のため中止）", "2024年8月10日 ※中止になりました"]) {
      expect(codes(normalizeDate(cell, at, "start")), cell).toEqual([null, ["unparseable_date"]]);
    }
  });

  // before: unparseable_date, the date lost, though `2024年6月1日～6月30日（雨天中止）` read
  it("the weather it is called off or put off by is a note: the date holds unless it rains", () => {
    for (const cell of ["2024/8/10（土）※雨天中止", "2024年8月10日 雨天中止", "2024年8月10日（雨天時は中止）", "2024年8月10日（荒天の場合は延期）",
      "令和6年8月10日 荒天中止"]) {
      expect(codes(normalizeDate(cell, at, "start")), cell).toEqual(["2024-08-10", ["date_with_note"]]);
    }
    expect(["start", "end"].map((bound) => normalizeDate("2024年8月10日～8月11日 雨天中止", at, bound as "start" | "end").value)).toEqual(["2024-08-10", "2024-08-11"]);
  });
});

describe("a permit's validity period in one cell", () => {
  const both = (cell: string) => [normalizeDate(cell, at, "start").value, normalizeDate(cell, at, "end").value];

  it("自 … 至 … (the form's wording, with spaces, full-width spaces or a line between), …より…まで: split as a range", () => {
    for (const cell of ["自 令和6年4月1日 至 令和12年3月31日", "自　令和6年4月1日　至　令和12年3月31日", "自　令和6年4月1日\n至　令和12年3月31日",
      "自令和6年4月1日至令和12年3月31日", "令和6年4月1日 至 令和12年3月31日", "令和6年4月1日より令和12年3月31日まで"]) {
      expect(both(cell), cell).toEqual(["2024-04-01", "2030-03-31"]);
      expect(codes(normalizeDate(cell, at, "end")), cell).toEqual(["2030-03-31", ["date_range_split"]]);
    }
  });

  it("a second date without its era is in the first's", () => {
    expect(both("令和6年4月1日～12年3月31日")).toEqual(["2024-04-01", "2030-03-31"]);
    expect(both("自 令和6年4月1日 至 12年3月31日")).toEqual(["2024-04-01", "2030-03-31"]);
    expect(both("R6.4.1～12.3.31")).toEqual(["2024-04-01", "2030-03-31"]);
    // without its year, it still takes the first's year (and month)
    expect(both("令和6年4月1日～9月30日")).toEqual(["2024-04-01", "2024-09-30"]);
  });

  it("an era-less 元年 after a start in the era before is the next era's first year (the era changed in between)", () => {
    expect(both("平成31年4月1日から元年5月1日まで")).toEqual(["2019-04-01", "2019-05-01"]);
    expect(both("H31.4.1～元.12.31")).toEqual(["2019-04-01", "2019-12-31"]);
    expect(both("昭和63年4月1日～元年3月31日")).toEqual(["1988-04-01", "1989-03-31"]);
    expect(codes(normalizeDate("平成31年4月1日から元年5月1日まで", at, "end"))).toEqual(["2019-05-01", ["date_range_split"]]);
    // 元年 of the first's own era when it reads in order, and no era past 令和
    expect(both("平成元年1月8日～元年3月31日")).toEqual(["1989-01-08", "1989-03-31"]);
    expect(codes(normalizeDate("令和元年6月1日～元年5月1日", at, "end"))).toEqual(["2019-05-01", ["date_range_split"]]);
  });

  it("a dash between two dates splits them; a hyphen inside one date does not", () => {
    for (const cell of ["令和6年4月1日－令和12年3月31日", "令和6年4月1日-令和12年3月31日", "R6.4.1-R12.3.31", "R6.4.1 − R12.3.31",
      "令和6年4月1日―令和12年3月31日", "R6.4.1-12.3.31", "2024-04-01-2030-03-31", "R6-4-1-R12-3-31", "2024年4月1日–2030年3月31日"]) {
      expect(both(cell), cell).toEqual(["2024-04-01", "2030-03-31"]);
    }
    for (const [cell, iso, code] of [["2024-04-01", "2024-04-01", null], ["2024-4-1", "2024-04-01", "date_reformatted"],
      ["R6-4-1", "2024-04-01", "wareki_converted"], ["令和6-4-1", "2024-04-01", "wareki_converted"]] as const) {
      expect(codes(normalizeDate(cell, at, "start")), cell).toEqual([iso, code === null ? [] : [code]]);
      expect(codes(normalizeDate(cell, at, "end")), cell).toEqual([iso, code === null ? [] : [code]]);
    }
    // Excel serials around a dash are no range
    expect(codes(normalizeDate("45292-45300", at, "end"))).toEqual([null, ["unparseable_date"]]);
  });

  it("a date of the range written past its era's end carries era_boundary_date, as it does alone", () => {
    expect(codes(normalizeDate("平成31年4月1日～平成37年3月31日", at, "end"))).toEqual(["2025-03-31", ["date_range_split", "era_boundary_date"]]);
    expect(codes(normalizeDate("平成31年4月1日～平成37年3月31日", at, "start"))).toEqual(["2019-04-01", ["date_range_split"]]);
    expect(codes(normalizeDate("平成31年4月1日～37年3月31日（更新）", at, "end")))
      .toEqual(["2025-03-31", ["date_range_split", "era_boundary_date", "date_with_note"]]);
  });
});

describe("a year-last date whose month and day cannot be told apart", () => {
  it("gives both readings", () => {
    const said = normalizeDate("4/1/2019", at).issues.find((i) => i.code === "date_order_unknown");
    expect(said?.detail).toBe("2019-04-01／2019-01-04");
  });
});
