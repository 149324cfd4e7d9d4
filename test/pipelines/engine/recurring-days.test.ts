// An event list's day that recurs (毎週土曜日) written in 開催日時 with its period and the day's hours: the period gives
// 開始日 and 終了日, the hours 開始時間 and 終了時間, and the cell is kept in 開始日時特記事項, as written.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

const WHOLE = "イベント名,開催日時,場所名称";
type Run = Awaited<ReturnType<typeof runBytes>>;
const read = (run: Run) => run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time, r.record.schedule_remarks]);
const said = (run: Run, row: number) => run.report.issues.filter((i) => i.row === row).map((i) => [i.field, i.code]);

describe("a day that recurs with its period and the day's hours in one cell (before: nothing read, unparseable_date)", () => {
  it("gives the period's first and last day and the hours, said as the bracketed period alone is", async () => {
    const run = await runBytes([WHOLE, "ヨガ,毎週土曜日（2024年4月6日～9月28日） 10:00～12:00,公民館",
      "将棋,毎週土曜日（令和6年4月6日～9月28日）10時～12時,公民館", "囲碁,毎週土曜日（２０２４年４月６日～９月２８日）　１０：００～１２：００,公民館"].join("\n"),
    "131016_event.csv");
    expect(read(run)).toEqual([
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日（2024年4月6日～9月28日） 10:00～12:00"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日（令和6年4月6日～9月28日）10時～12時"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日（2024年4月6日～9月28日）　10:00～12:00"]]);
    expect(said(run, 1)).toEqual([["start_date", "date_range_split"], ["start_date", "date_with_note"], ["end_date", "date_range_split"],
      ["end_date", "date_with_note"], ["start_time", "time_from_date_cell"], ["end_time", "time_from_date_cell"]]);
  });

  it("reads the period in the title's year when it has none, its weekdays checked as before", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "ヨガ,毎週土曜日（4月6日(土)～9月28日(土)）10時～12時,公民館",
      "散歩,毎週土曜日（4月6日(土)～9月28日(金)）10時～12時,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日（4月6日(土)～9月28日(土)）10時～12時"],
      [null, null, null, null, "毎週土曜日（4月6日(土)～9月28日(金)）10時～12時"]]);
    expect(said(run, 2).filter(([field]) => field === "start_date")).toEqual([["start_date", "date_year_weekday_mismatch"]]);
  });
});

describe("a day that recurs with the day's hours before its bracketed period (before: the dates read, the hours not)", () => {
  it("gives the hours as the hours-after form does, with the same issues", async () => {
    const run = await runBytes([WHOLE, "ヨガ,毎週土曜日10時～12時（2024年4月6日～9月28日）,公民館",
      "将棋,毎週土曜日 10:00～12:00（令和6年4月6日～9月28日）,公民館", "囲碁,毎週土曜日（10時～12時）（2024年4月6日～9月28日）,公民館",
      "ヨガ,毎週土曜日（2024年4月6日～9月28日） 10時～12時,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日10時～12時（2024年4月6日～9月28日）"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日 10:00～12:00（令和6年4月6日～9月28日）"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日（10時～12時）（2024年4月6日～9月28日）"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日（2024年4月6日～9月28日） 10時～12時"]]);
    const codes = (row: number) => said(run, row);
    expect(codes(1)).toEqual([["start_date", "date_range_split"], ["start_date", "date_with_note"], ["end_date", "date_range_split"],
      ["end_date", "date_with_note"], ["start_time", "time_from_date_cell"], ["end_time", "time_from_date_cell"]]);
    for (const row of [2, 3]) expect(codes(row)).toEqual(codes(4));
    expect(run.report.issues.filter((i) => i.row === 1 && i.field === "end_time").map((i) => i.value))
      .toEqual(["毎週土曜日10時～12時（2024年4月6日～9月28日） → 12:00"]);
  });

  it("reads the period in the title's year, and carries 午後 to an end written without it", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "ヨガ,毎週土曜日10時～12時（4月6日(土)～9月28日(土)）,公民館",
      "囲碁,毎月15日 午後1時30分～3時（4月15日～9月15日）,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日10時～12時（4月6日(土)～9月28日(土)）"],
      ["2024-04-15", "2024-09-15", "13:30", "15:00", "毎月15日 午後1時30分～3時（4月15日～9月15日）"]]);
    expect(said(run, 2).filter(([field]) => field === "end_time")).toEqual([["end_time", "time_meridiem_carried"], ["end_time", "time_from_date_cell"]]);
  });
});

describe("a day that recurs with its period after it, without brackets (before: unparseable_date)", () => {
  it("reads the period as the bracketed form does, with or without its year", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "ヨガ,毎週土曜日 2024年4月6日～9月28日,公民館",
      "将棋,毎月第2日曜日、令和6年4月14日～令和7年3月9日,公民館", "囲碁,毎週土曜日 4月6日～9月28日 10:00～12:00,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([["2024-04-06", "2024-09-28", null, null, "毎週土曜日 2024年4月6日～9月28日"],
      ["2024-04-14", "2025-03-09", null, null, "毎月第2日曜日、令和6年4月14日～令和7年3月9日"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日 4月6日～9月28日 10:00～12:00"]]);
    expect(said(run, 1)).toEqual([["start_date", "date_range_split"], ["start_date", "date_with_note"], ["end_date", "date_range_split"],
      ["end_date", "date_with_note"]]);
    expect(said(run, 3).map(([, code]) => code)).toEqual(["date_range_split", "date_with_note", "date_year_taken", "date_range_split", "date_with_note",
      "date_year_taken", "time_from_date_cell", "time_from_date_cell"]);
  });

  it("stays date_recurring with a period of months only, whose first day is no event day", async () => {
    const run = await runBytes([WHOLE, "将棋,毎月第2日曜日、令和6年4月～令和7年3月,公民館", "囲碁,令和6年4月～9月の第2土曜日,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([[null, null, null, null, "毎月第2日曜日、令和6年4月～令和7年3月"], [null, null, null, null, "令和6年4月～9月の第2土曜日"]]);
    expect(run.report.issues.filter((i) => i.field === "start_date").map((i) => [i.row, i.code])).toEqual([[1, "date_recurring"], [2, "date_recurring"]]);
  });
});

describe("a day that recurs with the day's hours before its period written without brackets (before: nothing read, unparseable_date)", () => {
  it("gives the period's days and the hours as the hours-after form does, with the same issues", async () => {
    const run = await runBytes([WHOLE, "ヨガ,毎週土曜日 10:00～12:00 2024年4月6日～9月28日,公民館",
      "将棋,毎週土曜日　１０：００～１２：００　２０２４年４月６日～９月２８日,公民館", "囲碁,毎週土曜日、10時～12時、令和6年4月6日～9月28日,公民館",
      "卓球,毎週土曜日 10:00-12:00 2024年4月6日～9月28日,公民館", "太極拳,毎週土曜日 午前10時から正午まで 2024年4月6日～9月28日,公民館",
      "ヨガ,毎週土曜日 2024年4月6日～9月28日 10:00～12:00,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日 10:00～12:00 2024年4月6日～9月28日"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日　10:00～12:00　2024年4月6日～9月28日"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日、10時～12時、令和6年4月6日～9月28日"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日 10:00-12:00 2024年4月6日～9月28日"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日 午前10時から正午まで 2024年4月6日～9月28日"],
      ["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日 2024年4月6日～9月28日 10:00～12:00"]]);
    for (const row of [1, 2, 3, 4, 5]) expect(said(run, row)).toEqual(said(run, 6));
    expect(run.report.issues.filter((i) => i.row === 5 && i.field === "end_time").map((i) => i.value))
      .toEqual(["毎週土曜日 午前10時から正午まで 2024年4月6日～9月28日 → 12:00"]);
  });

  it("reads the same in 開始日 with 終了日 empty, and the period in the title's year when it has none", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,,,,", "イベント名,開始日,終了日,開始時間,終了時間,場所名称",
      "ヨガ,毎週土曜日 10:00～12:00 4月6日～9月28日,,,,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([["2024-04-06", "2024-09-28", "10:00", "12:00", "毎週土曜日 10:00～12:00 4月6日～9月28日"]]);
  });
});

describe("a start date, then a day that recurs from it (before: unparseable_date, 開始日 empty)", () => {
  it("reads the start date, keeps the cell in 開始日時特記事項, and makes no end", async () => {
    const run = await runBytes([WHOLE.replace("開催日時", "開催日"), "ヨガ,令和6年6月3日（月）から毎週月曜日,公民館", "囲碁,2024年6月8日より毎月第2土曜日,公民館",
      "体操,令和6年6月3日～ 毎週月曜日（祝日を除く）,公民館", "閉館,令和6年6月3日から毎週月曜日休館,公民館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([
      ["2024-06-03", null, null, null, "令和6年6月3日（月）から毎週月曜日"], ["2024-06-08", null, null, null, "2024年6月8日より毎月第2土曜日"],
      ["2024-06-03", null, null, null, "令和6年6月3日～ 毎週月曜日（祝日を除く）"], [null, null, null, null, "令和6年6月3日から毎週月曜日休館"]]);
    expect(said(run, 1)).toEqual([["start_date", "date_recurring_from"]]);
    // the unread cell's issue says where it is kept: no kept_as_remarks beside it
    expect(said(run, 4)).toEqual([["start_date", "unparseable_date"]]);
  });
});

describe("a day that recurs with the day's hours after it and no period (before: no times; with its start date, the date only)", () => {
  it("gives the hours to the empty time columns, the start date where one is written, the cell kept", async () => {
    const run = await runBytes([WHOLE, "おはなし会,毎週月曜日 10:00～12:00,図書館", "囲碁,毎月第2土曜日 13時から15時,区民センター",
      "将棋,2024年6月8日より毎月第2土曜日 13時から15時,区民センター", "体操,令和6年6月3日（月）から毎週月曜日 10:00～11:00,公園",
      "散歩,毎週水曜日（10時～11時）,公園", "休館,毎週月曜日休館 9:00～17:00,公園", "朝市,毎週日曜日 10:00,公園"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([
      [null, null, "10:00", "12:00", "毎週月曜日 10:00～12:00"], [null, null, "13:00", "15:00", "毎月第2土曜日 13時から15時"],
      ["2024-06-08", null, "13:00", "15:00", "2024年6月8日より毎月第2土曜日 13時から15時"],
      ["2024-06-03", null, "10:00", "11:00", "令和6年6月3日（月）から毎週月曜日 10:00～11:00"],
      [null, null, "10:00", "11:00", "毎週水曜日（10時～11時）"], [null, null, null, null, "毎週月曜日休館 9:00～17:00"],
      [null, null, null, null, "毎週日曜日 10:00"]]);
    expect(said(run, 1)).toEqual([["start_date", "date_recurring"], ["start_time", "time_from_date_cell"], ["end_time", "time_from_date_cell"],
      ["schedule_remarks", "kept_as_remarks"]]);
  });
});

describe("a day that recurs with its hours in the file's own 開始日時特記事項 beside empty time columns (before: no times)", () => {
  it("gives the hours, said as from the remarks, the remarks left as they are; not beside a time of the row's own", async () => {
    const run = await runBytes(["イベント名,開始日,終了日,開始時間,終了時間,開始日時特記事項,場所名称", "陶芸教室,2024年6月1日,2024年6月29日,,,毎週土曜日 13:00～15:00,工房",
      "書道,2024年6月1日,2024年6月29日,14:00,,毎週土曜日 13:00～15:00,工房", "体操,2024年6月4日,2024年6月25日,,,火曜日・金曜日 10:00～11:00,公園"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([["2024-06-01", "2024-06-29", "13:00", "15:00", "毎週土曜日 13:00～15:00"], ["2024-06-01", "2024-06-29", "14:00", null, "毎週土曜日 13:00～15:00"],
      // days of the week without 毎週 are the days it is held on each week too (before: no times)
      ["2024-06-04", "2024-06-25", "10:00", "11:00", "火曜日・金曜日 10:00～11:00"]]);
    expect(said(run, 1).filter(([field]) => field === "start_time" || field === "end_time")).toEqual([["start_time", "time_from_schedule_remarks"], ["end_time", "time_from_schedule_remarks"]]);
    expect(run.report.issues.filter((i) => i.row === 3 && (i.field === "start_time" || i.field === "end_time")).map((i) => [i.field, i.code, i.value]))
      .toEqual([["start_time", "time_from_schedule_remarks", "火曜日・金曜日 10:00～11:00 → 10:00"], ["end_time", "time_from_schedule_remarks", "火曜日・金曜日 10:00～11:00 → 11:00"]]);
  });
});

describe("a one-day end for a row that says it is held on more days (before: 終了日 its first day)", () => {
  it("makes none where the time cell or 備考 names a last day, times a month or a day that recurs", async () => {
    const run = await runBytes(["イベント名,開催日,開催時間,場所名称,備考", "展示会,2024年6月1日,9:00～17:00（最終日は15:00まで）,ギャラリー,",
      "囲碁教室,2024年6月6日,月2回 13:00～15:00,区民館,", "読み聞かせ,2024年6月5日,10:00～10:30,図書館,毎週水曜日開催", "講演会,2024年6月7日,14:00～16:00,会館,手話通訳あり"].join("\n"),
    "131016_event.csv");
    expect(read(run).map((row) => row.slice(0, 2))).toEqual([["2024-06-01", null], ["2024-06-06", null], ["2024-06-05", null], ["2024-06-07", "2024-06-07"]]);
  });
});

describe("a day that recurs with its hours and a note after them that names no time (before: no times)", () => {
  it("gives the hours past a note that only takes days out; not past one that may change them", async () => {
    const run = await runBytes([WHOLE, "おはなし会,毎週月曜日 10:00～12:00（祝日除く）,図書館", "朝市,毎週土曜日 10時～12時【雨天中止】,公園",
      "体操,毎週火曜日 10:00～12:00（7月は13時まで）,公園", "散歩,毎週水曜日 10:00～12:00（午後のみの日あり）,公園"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([[null, null, "10:00", "12:00", "毎週月曜日 10:00～12:00（祝日除く）"], [null, null, "10:00", "12:00", "毎週土曜日 10時～12時【雨天中止】"],
      [null, null, null, null, "毎週火曜日 10:00～12:00（7月は13時まで）"], [null, null, null, null, "毎週水曜日 10:00～12:00（午後のみの日あり）"]]);
  });

  it("reads them in the time column too", async () => {
    const run = await runBytes(["イベント名,開催日,開催時間,場所名称", "おはなし会,2024年6月3日,毎週月曜日 10:00～12:00（祝日除く）,図書館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([["2024-06-03", null, "10:00", "12:00", "毎週月曜日 10:00～12:00（祝日除く）"]]);
  });
});

describe("hours after a date without its year in a file that says no year (before: neither dates nor times)", () => {
  it("gives the hours, the dates still not published (year_missing); an end with a date of its own is left", async () => {
    const run = await runBytes([WHOLE, "朝市,毎週土曜日（4月6日～9月28日） 10:00～12:00,公園", "講演会,4月6日 10時～12時,会館",
      "合宿,4月6日 10:00～4月7日 12:00,会館", "展示,毎週土曜日（4月6日～9月28日）,会館"].join("\n"), "131016_event.csv");
    expect(read(run).map((row) => row.slice(0, 4))).toEqual([[null, null, "10:00", "12:00"], [null, null, "10:00", "12:00"],
      [null, null, null, null], [null, null, null, null]]);
    expect(said(run, 1).filter(([field]) => field !== "schedule_remarks")).toEqual([["start_date", "year_missing"],
      ["start_time", "time_from_date_cell"], ["end_time", "time_from_date_cell"]]);
  });
});

describe("a day that recurs with its hours in the time column (before: the time unread)", () => {
  it("reads the hours, the cell kept in the remarks", async () => {
    const run = await runBytes(["イベント名,開催日,開催時間,場所名称", "おはなし会,2024年6月3日,毎週月曜日 10:00～12:00,図書館"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([["2024-06-03", null, "10:00", "12:00", "毎週月曜日 10:00～12:00"]]);
    expect(said(run, 1).filter(([field]) => field === "start_time")).toEqual([["start_time", "time_range_split"], ["start_time", "time_with_note"]]);
  });

  it("makes no one-day end for a row whose time names a day that recurs (before: 終了日 its first day); a yearly event's day still ends", async () => {
    const run = await runBytes(["イベント名,開催日,開催時間,開始日時特記事項,場所名称", "おはなし会,2024年6月3日,毎週月曜日 10:00～12:00,,図書館",
      "体操,2024年6月8日,13:00～15:00,毎月第2土曜日,公園", "夏祭り,2024年7月20日,10:00～16:00,毎年恒例,公園", "講演会,2024年7月21日,14:00～16:00,,会館"].join("\n"), "131016_event.csv");
    expect(read(run).map((row) => row.slice(0, 2))).toEqual([["2024-06-03", null], ["2024-06-08", null], ["2024-07-20", "2024-07-20"], ["2024-07-21", "2024-07-21"]]);
  });
});

describe("days of the week without 毎週 in 開催日 with their hours (before: no times, unparseable_date, and a one-day end)", () => {
  it("gives the hours and says the days recur, as with 毎週; a one-day event's own weekday beside its date keeps its one-day end", async () => {
    const run = await runBytes([WHOLE.replace("開催日時", "開催日"), "親子ひろば,火曜日・金曜日 10:00～11:00,子育て支援センター",
      "おはなし会,毎週火曜日・金曜日 10:00～11:00,図書館", "体操,平日 9時～10時,公園", "朝市,月～金（10:00～11:00）,公園"].join("\n"), "131016_event.csv");
    expect(read(run)).toEqual([[null, null, "10:00", "11:00", "火曜日・金曜日 10:00～11:00"], [null, null, "10:00", "11:00", "毎週火曜日・金曜日 10:00～11:00"],
      [null, null, "09:00", "10:00", "平日 9時～10時"], [null, null, "10:00", "11:00", "月～金（10:00～11:00）"]]);
    expect(said(run, 1)).toEqual([["start_date", "date_recurring"], ["start_time", "time_from_date_cell"], ["end_time", "time_from_date_cell"],
      ["schedule_remarks", "kept_as_remarks"]]);
    const times = await runBytes(["イベント名,開催日,開催時間,場所名称", "体操教室,2024/6/15,土曜日 10:00～11:00,体育館",
      "親子ひろば,2024/4/1,火曜日・金曜日 10:00～11:00,子育て支援センター"].join("\n"), "131016_event.csv");
    expect(read(times).map((row) => row.slice(0, 4))).toEqual([["2024-06-15", "2024-06-15", "10:00", "11:00"], ["2024-04-01", null, "10:00", "11:00"]]);
  });
});
