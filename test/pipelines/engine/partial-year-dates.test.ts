// Dates written without all of their year: a two-digit year (24/4/1, 06.4.1) read only as the file's other dates write
// theirs, a date without a year (4月1日, 12/25) only in the year the file's title or other dates give; else kept and said.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { partialDate } from "../../../pipelines/normalize/partial-dates.ts";
import { closeRangeWorkers } from "../../../pipelines/range-pool.ts";
import { readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

const HEADER = "イベント名,開始日,終了日,場所名称";
type Run = Awaited<ReturnType<typeof runBytes>>;
const dates = (run: Run) => run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.schedule_remarks]);
// what is said of the dates' years (an empty 終了日 beside a start read, end_date_empty, is said as for any date)
const said = (run: Run) => run.report.issues.filter((i) => (i.field === "start_date" || i.field === "end_date") && i.code !== "end_date_empty")
  .map((i) => [i.row, i.field, i.code, i.value, i.detail ?? null]);

describe("partialDate: a date written without all of its year", () => {
  it.each([
    ["24/4/1", { kind: "two_digit", year: 24, month: 4, day: 1 }], ["06.4.1", { kind: "two_digit", year: 6, month: 4, day: 1 }],
    ["２４年４月１日", { kind: "two_digit", year: 24, month: 4, day: 1 }], ["4月1日（月）", { kind: "no_year", month: 4, day: 1 }],
    ["12/25", { kind: "no_year", month: 12, day: 25 }], ["〆切 5月31日", { kind: "no_year", month: 5, day: 31 }],
    ["2/29", { kind: "no_year", month: 2, day: 29 }], ["4月1日(月) 10:00～12:00", { kind: "no_year", month: 4, day: 1 }],
  ])("%s", (raw, expected) => expect(partialDate(raw)).toEqual(expected));
  it.each(["2024/4/1", "R6.4.1", "H31.4.1", "12.25", "12-25", "13/45", "24/13/1", "4月", "令和6年度"])("%s is none", (raw) => expect(partialDate(raw)).toBeNull());
});

describe("a bare weekday before a date without its year", () => {
  it("is the date's: the date takes the file's year (or its start's), the weekday checked in it", async () => {
    const run = await runBytes([HEADER, "春祭り,2024/7/1,2024/7/1,区民ホール", "夏祭り,土 6/15,日 6/16,区民ホール",
      "秋祭り,金 6/15,2024/6/15,区民ホール", "冬祭り,2024/6/15,月 6/16,区民ホール"].join("\n"), "131016_event.csv");
    // before: 土 6/15 and 日 6/16 unparseable_date, kept in the remarks
    expect(dates(run)).toEqual([["2024-07-01", "2024-07-01", null], ["2024-06-15", "2024-06-16", null],
      [null, "2024-06-15", "金 6/15"], ["2024-06-15", null, "月 6/16"]]);
    expect(said(run).filter((s) => Number(s[0]) > 1 && String(s[2]).startsWith("date_year")).map((s) => s.slice(0, 4))).toEqual([
      [2, "start_date", "date_year_taken", "土 6/15"], [2, "end_date", "date_year_from_start", "日 6/16"],
      [3, "start_date", "date_year_weekday_mismatch", "金 6/15"], [4, "end_date", "date_year_weekday_mismatch", "月 6/16"]]);
  });
});

describe("two-digit years", () => {
  it("are 20YY where the file's other dates write 2024/…", async () => {
    const run = await runBytes([HEADER, "春祭り,2024/4/1,2024/4/2,区民ホール", "夏祭り,24/8/1,24/8/2,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-04-01", "2024-04-02", null], ["2024-08-01", "2024-08-02", null]]);
    expect(said(run).filter((s) => s[0] === 2)).toEqual([[2, "start_date", "two_digit_year_read", "24/8/1", "2024-08-01（西暦：「2024/4/1」）"],
      [2, "end_date", "two_digit_year_read", "24/8/2", "2024-08-02（西暦：「2024/4/2」）"]]);
  });

  it("are years of the era where the file's other dates write R6.4.1", async () => {
    const run = await runBytes([HEADER, "春祭り,R6.4.1,R6.4.2,区民ホール", "夏祭り,06.8.1,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-04-01", "2024-04-02", null], ["2024-08-01", null, null]]);
    expect(said(run).filter((s) => s[0] === 2)).toEqual([[2, "start_date", "two_digit_year_read", "06.8.1", "2024-08-01（令和：「R6.4.1」）"]]);
  });

  it("are not read past the century or the years the other dates make sure of", async () => {
    const ahead = await runBytes([HEADER, "春祭り,2024/4/1,,区民ホール", "秋祭り,99/10/1,,区民ホール"].join("\n"), "131016_event.csv");
    const century = await runBytes([HEADER, "春祭り,1999/4/1,,区民ホール", "秋祭り,2024/4/1,,区民ホール", "冬祭り,05/12/1,,区民ホール"].join("\n"), "131016_event.csv");
    const inRange = await runBytes([HEADER, "春祭り,2024年4月1日～4月3日,,区民ホール", "秋祭り,24/10/1,,区民ホール"].join("\n"), "131016_event.csv");
    expect([ahead.rows[1].record.start_date, century.rows[2].record.start_date, inRange.rows[1].record.start_date]).toEqual([null, null, "2024-10-01"]);
    expect([...said(ahead), ...said(century)].filter((s) => String(s[2]).startsWith("two_digit"))).toEqual([
      [2, "start_date", "two_digit_year", "99/10/1", "2099-10-01（西暦2099年）／2117-10-01（令和99年）"],
      [3, "start_date", "two_digit_year", "05/12/1", "2005-12-01（西暦2005年）／2023-12-01（令和5年）"]]);
  });

  it("are kept and said with both readings where the file writes years both ways, or no other date", async () => {
    const mixed = await runBytes([HEADER, "春祭り,2024/4/1,,区民ホール", "夏祭り,R6.8.1,,区民ホール", "秋祭り,24/10/1,,区民ホール"].join("\n"), "131016_event.csv");
    const alone = await runBytes([HEADER, "秋祭り,06.10.1,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(mixed)[2]).toEqual([null, null, "24/10/1"]);
    expect(said(mixed).filter((s) => s[0] === 3)).toEqual([[3, "start_date", "two_digit_year", "24/10/1", "2024-10-01（西暦2024年）／2042-10-01（令和24年）"]]);
    expect(dates(alone)).toEqual([[null, null, "06.10.1"]]);
    expect(said(alone)).toEqual([[1, "start_date", "two_digit_year", "06.10.1", "2006-10-01（西暦2006年）／2024-10-01（令和6年）"]]);
    expect(alone.rows[0].valid).toBe(true);
  });
});

describe("dates without a year", () => {
  it("take the 年度 of the title, January to March the next calendar year; an end its start's", async () => {
    const run = await runBytes(["令和6年度イベント一覧,,,", HEADER, "春祭り,4月1日,4月2日,区民ホール", "冬祭り,12/25,1/5,区民ホール",
      "新年会,1月10日(金),,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-04-01", "2024-04-02", null], ["2024-12-25", "2025-01-05", null], ["2025-01-10", null, null]]);
    expect(said(run)).toEqual([[1, "start_date", "date_year_taken", "4月1日", "2024-04-01（2024年度：「令和6年度イベント一覧」）"],
      [1, "end_date", "date_year_from_start", "4月2日", null], [2, "start_date", "date_year_taken", "12/25", "2024-12-25（2024年度：「令和6年度イベント一覧」）"],
      [2, "end_date", "date_year_from_start", "1/5", null], [3, "start_date", "date_year_taken", "1月10日(金)", "2025-01-10（2024年度：「令和6年度イベント一覧」）"]]);
  });

  it("give the times written after them, as a date with its year does", async () => {
    const run = await runBytes(["令和6年度イベント一覧,,,", HEADER, "朗読会,4月1日(月) 10:00～12:00,,図書館", "講演会,〆切 5月31日 17:00,,区民ホール"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.start_time, r.record.end_time, r.record.schedule_remarks]))
      .toEqual([["2024-04-01", "10:00", "12:00", null], ["2024-05-31", "17:00", null, null]]);
    expect(said(run).filter((s) => s[1] === "start_date")).toEqual([
      [1, "start_date", "date_year_taken", "4月1日(月) 10:00～12:00", "2024-04-01（2024年度：「令和6年度イベント一覧」）"],
      [2, "start_date", "date_year_taken", "〆切 5月31日 17:00", "2024-05-31（2024年度：「令和6年度イベント一覧」）"]]);
  });

  it("once read, end a one-day event as a date with its year does", async () => {
    const whole = await runBytes(["令和6年度イベント一覧,,", "イベント名,開催日,場所名称", "朗読会,4月1日(月),図書館"].join("\n"), "131016_event.csv");
    const start = await runBytes(["令和6年度イベント一覧,,,", HEADER, "朗読会,4月1日(月),,図書館"].join("\n"), "131016_event.csv");
    expect(dates(whole)).toEqual([["2024-04-01", "2024-04-01", null]]);
    expect(whole.report.issues.filter((i) => i.field === "end_date").map((i) => [i.code, i.value])).toEqual([["column_filled", "2024-04-01"]]);
    expect(dates(start)).toEqual([["2024-04-01", null, null]]);
    expect(start.report.issues.filter((i) => i.field === "end_date").map((i) => [i.code, i.detail])).toEqual([["end_date_empty", "2024-04-01"]]);
  });

  it("take the calendar year a title names, not the year of an as-of date", async () => {
    const named = await runBytes(["2025年 区民まつり日程,,,", HEADER, "新年会,1月10日,,区民ホール"].join("\n"), "131016_event.csv");
    const asOf = await runBytes(["令和6年4月1日現在,,,", HEADER, "新年会,1月10日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(said(named)).toEqual([[1, "start_date", "date_year_taken", "1月10日", "2025-01-10（「2025年 区民まつり日程」）"]]);
    expect(dates(asOf)).toEqual([[null, null, "1月10日"]]);
    expect(said(asOf)).toEqual([[1, "start_date", "year_missing", "1月10日", null]]);
  });

  it("take the one year of the file's other dates", async () => {
    const run = await runBytes([HEADER, "春祭り,2024/4/1,,区民ホール", "夏祭り,8月1日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)[1]).toEqual(["2024-08-01", null, null]);
    expect(said(run).filter((s) => s[0] === 2)).toEqual([[2, "start_date", "date_year_taken", "8月1日", "2024-08-01（「2024/4/1」）"]]);
  });

  it("take the year of their own period's dates only, not of when the rows were posted (掲載開始日)", async () => {
    const run = await runBytes(["イベント名,開始日,終了日,場所名称,掲載開始日", "冬祭り,2月1日,2月2日,区民ホール,2024-12-01",
      "春祭り,5月1日,,区民ホール,2024-12-01"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([[null, null, "2月1日 / 2月2日"], [null, null, "5月1日"]]);
    expect(said(run).filter((s) => s[2] !== "kept_as_remarks")).toEqual([[1, "start_date", "year_missing", "2月1日", null],
      [1, "end_date", "year_missing", "2月2日", null], [2, "start_date", "year_missing", "5月1日", null]]);
    expect(run.rows.map((r) => r.record.listing_start_date)).toEqual(["2024-12-01", "2024-12-01"]);
    // the message names where a year was looked for, not "the other rows' dates", which 掲載開始日 gives (before: misleading)
    const message = run.report.issues.find((i) => i.code === "year_missing")?.message_ja;
    expect(message).toContain("この列とその期間のもう一方の列（開始日なら終了日）のほかの行の日付にも年が示されていないため（ほかの期間の列、たとえば開催日の年は使いません）");
  });

  it("read まで as an end's in an end column only: in a start column `5月31日まで` is no start", async () => {
    const run = await runBytes(["令和6年度イベント一覧,,,", HEADER, "写真展,5月31日まで,5月31日まで,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([[null, "2024-05-31", "5月31日まで"]]);
    expect(said(run).filter((s) => s[2] !== "kept_as_remarks")).toEqual([[1, "start_date", "unparseable_date", "5月31日まで", "開始日時特記事項"],
      [1, "end_date", "date_year_taken", "5月31日まで", "2024-05-31（2024年度：「令和6年度イベント一覧」）"]]);
  });

  it("are kept and said year_missing where the file gives no year (or two)", async () => {
    const run = await runBytes([HEADER, "春祭り,2023/4/1,,区民ホール", "夏祭り,2024/8/1,,区民ホール", "秋祭り,〆切 5月31日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)[2]).toEqual([null, null, "〆切 5月31日"]);
    expect(said(run).filter((s) => s[0] === 3)).toEqual([[3, "start_date", "year_missing", "〆切 5月31日", null]]);
    expect(run.report.issues.find((i) => i.code === "year_missing")?.message_ja).toContain("「令和6年度イベント一覧」のように年度を書いてください");
  });

  it("read the same on one thread or two in a long file", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-years-"));
    try {
      const file = path.join(dir, "131016_event.csv");
      const rows = Array.from({ length: 6000 }, (_, n) => `催し${n + 1},${n % 2 === 0 ? "4月1日" : "24/5/1"},,区民ホール`);
      writeFileSync(file, ["令和6年度イベント一覧,,,", HEADER, "春祭り,2024/4/1,,区民ホール", ...rows, ""].join("\n"));
      const { one, many } = await readOnOneAndTwoThreads(file);
      expect(many.stats.worker).toBeGreaterThan(0);
      for (const { out } of [one, many]) {
        const starts = out.trim().split("\n").map((line) => JSON.parse(line).record.start_date);
        expect([starts.length, starts[1], starts[2], starts.at(-1)]).toEqual([6001, "2024-04-01", "2024-05-01", "2024-05-01"]);
      }
      // the years an as-of title allows reach the worker threads too, for a weekday to choose between
      const asOf = path.join(dir, "131016_event_asof.csv");
      const weekdays = Array.from({ length: 6000 }, (_, n) => `催し${n + 1},${n % 2 === 0 ? "1月10日(金)" : "4月6日(土)～4月7日(日)"},,区民ホール`);
      writeFileSync(asOf, ["令和6年4月1日現在,,,", HEADER, ...weekdays, ""].join("\n"));
      const both = await readOnOneAndTwoThreads(asOf);
      expect(both.many.stats.worker).toBeGreaterThan(0);
      for (const { out } of [both.one, both.many]) {
        const records = out.trim().split("\n").map((line) => JSON.parse(line).record);
        expect([records.length, ...[0, 1, 5998, 5999].map((n) => `${records[n].start_date}/${records[n].end_date}`)])
          .toEqual([6000, "2025-01-10/null", "2024-04-06/2024-04-07", "2025-01-10/null", "2024-04-06/2024-04-07"]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await closeRangeWorkers();
    }
  });
});

describe("ranges of days without a year in one cell", () => {
  const TITLE = "令和6年度 区民まつり一覧,,,";
  const FY = "2024年度：「令和6年度 区民まつり一覧」";

  it("go to 開始日 and 終了日 in the title's 年度, the end in the next year past New Year", async () => {
    const run = await runBytes([TITLE, HEADER, "春祭り,4月1日～4月3日,,区民ホール", "花見,4/1-4/3,,公園", "朗読会,4月1日(月)～3日(水),,図書館",
      "年末年始開館,12月28日～1月4日,,区民ホール", "新春展,1月10日～1月12日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-04-01", "2024-04-03", null], ["2024-04-01", "2024-04-03", null], ["2024-04-01", "2024-04-03", null],
      ["2024-12-28", "2025-01-04", null], ["2025-01-10", "2025-01-12", null]]);
    expect(said(run).filter((s) => s[0] === 4)).toEqual([[4, "start_date", "date_range_split", "12月28日～1月4日", null],
      [4, "start_date", "date_year_taken", "12月28日～1月4日", `2024-12-28（${FY}）`],
      [4, "end_date", "date_range_split", "12月28日～1月4日", null], [4, "end_date", "date_year_taken", "12月28日～1月4日", `2025-01-04（${FY}）`]]);
    expect(said(run).filter((s) => s[2] === "date_year_taken" && s[1] === "end_date").map((s) => s[4]))
      .toEqual([`2024-04-03（${FY}）`, `2024-04-03（${FY}）`, `2024-04-03（${FY}）`, `2025-01-04（${FY}）`, `2025-01-12（${FY}）`]);
  });

  it("read the same from the end column, with a note, which is kept, and beside an end of the row's own", async () => {
    const run = await runBytes([TITLE, HEADER, "写真展,,5月1日～5月3日,公園", "春祭り,4月27日～28日（予定）,,区民ホール",
      "こどもの日,5/3～5/5,5/6,公園"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-05-01", "2024-05-03", null], ["2024-04-27", "2024-04-28", "4月27日～28日（予定）"], ["2024-05-03", "2024-05-06", null]]);
    expect(said(run).filter((s) => s[0] === 3)).toEqual([[3, "start_date", "date_range_split", "5/3～5/5", null],
      [3, "start_date", "date_year_taken", "5/3～5/5", `2024-05-03（${FY}）`], [3, "end_date", "date_year_from_start", "5/6", null]]);
    expect(said(run).filter((s) => s[0] === 2 && s[1] === "end_date")).toEqual([[2, "end_date", "date_range_split", "4月27日～28日（予定）", null],
      [2, "end_date", "date_with_note", "4月27日～28日（予定）", null], [2, "end_date", "date_year_taken", "4月27日～28日（予定）", `2024-04-28（${FY}）`]]);
  });

  it("a list of consecutive days (11月2日・3日) reads as the same list with its year does, weekdays checked", async () => {
    const run = await runBytes([TITLE, HEADER, "区民まつり,11月2日・3日,,公園", "作品展,11月2日、3日、4日,,区民ホール", "新春,1月2日・3日,,公園",
      "夏祭り,8月8日（土）・9日（日）,,公園"].join("\n"), "131016_event.csv");
    expect(dates(run).map((d) => d.slice(0, 2))).toEqual([["2024-11-02", "2024-11-03"], ["2024-11-02", "2024-11-04"], ["2025-01-02", "2025-01-03"], [null, null]]);
    expect(said(run).filter((s) => s[0] === 1 && s[2] !== "kept_as_remarks")).toEqual([[1, "start_date", "date_list_split", "11月2日・3日", null],
      [1, "start_date", "date_year_taken", "11月2日・3日", `2024-11-02（${FY}）`],
      [1, "end_date", "date_list_split", "11月2日・3日", null], [1, "end_date", "date_year_taken", "11月2日・3日", `2024-11-03（${FY}）`]]);
    // 2024-08-08 is a Thursday: the list is not read in the file's year
    expect(said(run).filter((s) => s[0] === 4 && s[2] !== "kept_as_remarks").map((s) => s[2])).toEqual(["date_year_weekday_mismatch"]);
  });

  it("are not read when a weekday written beside a day is not that day's in the file's year", async () => {
    const run = await runBytes([TITLE, HEADER, "朗読会,4月1日(火)～3日(木),,図書館"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([[null, null, "4月1日(火)～3日(木)"]]);
    expect(said(run).filter((s) => s[2] !== "kept_as_remarks")).toEqual([
      [1, "start_date", "date_year_weekday_mismatch", "4月1日(火)～3日(木)", `2024-04-01（月曜日、書かれた曜日は火曜日、${FY}）`]]);
  });

  it("are kept and said year_missing where the file gives no year", async () => {
    const run = await runBytes([HEADER, "春祭り,4月1日～4月3日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([[null, null, "4月1日～4月3日"]]);
    expect(said(run)).toEqual([[1, "start_date", "year_missing", "4月1日～4月3日", null]]);
  });
});

describe("a weekday beside a date without a year", () => {
  it("that is not the end's in its start's year leaves the end unread", async () => {
    const run = await runBytes([HEADER, "写真展,2024/4/1,4月3日(木),区民ホール", "朗読会,2024/4/1,4月3日(水),区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-04-01", null, "4月3日(木)"], ["2024-04-01", "2024-04-03", null]]);
    expect(said(run).filter((s) => s[1] === "end_date")).toEqual([
      [1, "end_date", "date_year_weekday_mismatch", "4月3日(木)", "2024-04-03（水曜日、書かれた曜日は木曜日、開始日：2024-04-01）"],
      [2, "end_date", "date_year_from_start", "4月3日(水)", null]]);
  });

  it("that is not the date's in the year the file gives leaves the date unread: no year is guessed", async () => {
    const run = await runBytes(["令和6年度 区民まつり一覧,,,", HEADER, "新年会,1月10日(木),,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([[null, null, "1月10日(木)"]]);
    expect(said(run).filter((s) => s[2] !== "kept_as_remarks")).toEqual([
      [1, "start_date", "date_year_weekday_mismatch", "1月10日(木)", "2025-01-10（金曜日、書かれた曜日は木曜日、2024年度：「令和6年度 区民まつり一覧」）"]]);
    const message = run.report.issues.find((i) => i.code === "date_year_weekday_mismatch");
    expect(message?.message_ja).toContain("「開始日」の値「1月10日(木)」には年がなく、ファイル（終了日なら開始日）が示す年で読むと2025-01-10（金曜日");
    expect(message?.message_en).toContain("No year was guessed");
  });

  it("decides between the year of the title's as-of date and the next when it fits one of them only", async () => {
    const run = await runBytes(["令和6年4月1日現在,,,", HEADER, "新年会,1月10日(金),,区民ホール", "春祭り,4月6日(土)～4月7日(日),,公園",
      "成人式,1月13日,,区民ホール", "節分,2月3日(火),,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2025-01-10", null, null], ["2024-04-06", "2024-04-07", null], [null, null, "1月13日"], [null, null, "2月3日(火)"]]);
    expect(said(run).filter((s) => s[2] !== "date_range_split")).toEqual([
      [1, "start_date", "date_year_from_weekday", "1月10日(金)", "2025-01-10（金曜日が合うのは2024年・2025年のうち2025年だけ、「令和6年4月1日現在」）"],
      [2, "start_date", "date_year_from_weekday", "4月6日(土)～4月7日(日)", "2024-04-06（土曜日・日曜日が合うのは2024年・2025年のうち2024年だけ、「令和6年4月1日現在」）"],
      [2, "end_date", "date_year_from_weekday", "4月6日(土)～4月7日(日)", "2024-04-07（土曜日・日曜日が合うのは2024年・2025年のうち2024年だけ、「令和6年4月1日現在」）"],
      [3, "start_date", "year_missing", "1月13日", null], [4, "start_date", "year_missing", "2月3日(火)", null]]);
  });

  it("decides between the year of a title's date alone and the next, said once years_from_title_date; not by an update day or 作成日 (before: year_missing)", async () => {
    const rows = [HEADER, "新年会,1月10日(金),,区民ホール", "春祭り,4月6日(土),,公園", "成人式,1月13日,,区民ホール"];
    const bare = await runBytes(["イベント一覧（令和6年4月1日）,,,", ...rows].join("\n"), "131016_event.csv");
    expect(dates(bare)).toEqual([["2025-01-10", null, null], ["2024-04-06", null, null], [null, null, "1月13日"]]);
    expect(said(bare)).toEqual([
      [null, "start_date", "years_from_title_date", "イベント一覧（令和6年4月1日）", "2024-04-01"],
      [1, "start_date", "date_year_from_weekday", "1月10日(金)", "2025-01-10（金曜日が合うのは2024年・2025年のうち2025年だけ、「イベント一覧（令和6年4月1日）」）"],
      [2, "start_date", "date_year_from_weekday", "4月6日(土)", "2024-04-06（土曜日が合うのは2024年・2025年のうち2024年だけ、「イベント一覧（令和6年4月1日）」）"],
      [3, "start_date", "year_missing", "1月13日", null]]);
    expect(bare.report.issues.find((i) => i.code === "years_from_title_date")?.severity).toBe("info");
    for (const title of ["イベント一覧（令和6年2月5日更新）", "作成日：令和6年4月1日", "掲載期間 令和6年4月1日～令和7年3月31日"]) {
      const run = await runBytes([`${title},,,`, ...rows].join("\n"), "131016_event.csv");
      expect([title, dates(run).map((d) => d[0])]).toEqual([title, [null, null, null]]);
      expect(tuples(run.report, "years_from_title_date")).toEqual([]);
    }
    // a title's 年度 beside its date is the year: 1月 is the next calendar year's
    const fiscal = await runBytes(["令和6年度 イベント一覧（令和6年4月1日）,,,", ...rows].join("\n"), "131016_event.csv");
    expect(dates(fiscal).map((d) => d[0])).toEqual(["2025-01-10", "2024-04-06", "2025-01-13"]);
    expect(tuples(fiscal.report, "years_from_title_date")).toEqual([]);
  });

  it("decides between the years of the period's other dates", async () => {
    const run = await runBytes([HEADER, "春祭り,2023/4/1,,区民ホール", "夏祭り,2024/8/1,,区民ホール", "新年会,1月10日(水),,区民ホール",
      "成人式,1月8日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run).slice(2)).toEqual([["2024-01-10", null, null], [null, null, "1月8日"]]);
    expect(said(run).filter((s) => Number(s[0]) > 2)).toEqual([
      [3, "start_date", "date_year_from_weekday", "1月10日(水)", "2024-01-10（水曜日が合うのは2023年・2024年のうち2024年だけ、「2023/4/1」～「2024/8/1」）"],
      [4, "start_date", "year_missing", "1月8日", null]]);
  });
});

describe("dates past the head of the file", () => {
  it("read by what the head's dates say, though the head has no partial date", async () => {
    const head = Array.from({ length: 60 }, (_, n) => `催し${n + 1},2024/4/${(n % 28) + 1},,区民ホール`);
    const run = await runBytes([HEADER, ...head, "秋祭り,24/10/1,,区民ホール", "冬祭り,12月1日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(run.rows.slice(-2).map((r) => r.record.start_date)).toEqual(["2024-10-01", "2024-12-01"]);
    expect(said(run).filter((s) => Number(s[0]) > 60).map((s) => s[2])).toEqual(["two_digit_year_read", "date_year_taken"]);
  });
});

describe("a range or list of days with the day's hours in one cell (開催日時)", () => {
  const WHOLE = "イベント名,開催日時,場所名称";
  type Run = Awaited<ReturnType<typeof runBytes>>;
  const when = (run: Run) => run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time, r.record.schedule_remarks]);
  const saidOf = (run: Run, row: number) => run.report.issues.filter((i) => i.row === row).map((i) => [i.field, i.code, i.value, i.detail ?? null]);

  it("gives 開始日, 終了日, 開始時間 and 終了時間 (before: all four empty, the cell in 開始日時特記事項)", async () => {
    const run = await runBytes([WHOLE, "春まつり,2024年4月1日～3日 10:00～12:00,公園", "春まつり2,令和6年4月1日（月）～4月3日（水）10時～12時,公園",
      "展示会,2024年4月1日 10:00～4月3日 12:00,区民ホール", "朗読会,2024年4月1日～3日 10時から12時まで,図書館"].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual([["2024-04-01", "2024-04-03", "10:00", "12:00", null], ["2024-04-01", "2024-04-03", "10:00", "12:00", null],
      ["2024-04-01", "2024-04-03", "10:00", "12:00", null], ["2024-04-01", "2024-04-03", "10:00", "12:00", null]]);
    expect(saidOf(run, 1)).toEqual([["start_date", "date_range_split", "2024年4月1日～3日 10:00～12:00", null],
      ["end_date", "date_range_split", "2024年4月1日～3日 10:00～12:00", null],
      ["start_time", "time_from_date_cell", "2024年4月1日～3日 10:00～12:00 → 10:00", null],
      ["end_time", "time_from_date_cell", "2024年4月1日～3日 10:00～12:00 → 12:00", null]]);
    expect(run.rows.every((r) => r.valid)).toBe(true);
  });

  it("without a year, reads them in the title's 年度, January to March the next calendar year", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "春まつり,4月1日～3日 10:00～12:00,公園", "春まつり2,4月1日（月）～4月3日（水）10時～12時,公園",
      "秋の講座,11月2日 13:30～15:00,公民館", "冬の講座,1月15日 13:30～15:00,公民館"].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual([["2024-04-01", "2024-04-03", "10:00", "12:00", null], ["2024-04-01", "2024-04-03", "10:00", "12:00", null],
      ["2024-11-02", "2024-11-02", "13:30", "15:00", null], ["2025-01-15", "2025-01-15", "13:30", "15:00", null]]);
    expect(saidOf(run, 2).filter((s) => s[1] === "date_year_taken")).toEqual([
      ["start_date", "date_year_taken", "4月1日（月）～4月3日（水）10時～12時", "2024-04-01（2024年度：「令和6年度 イベント一覧」）"],
      ["end_date", "date_year_taken", "4月1日（月）～4月3日（水）10時～12時", "2024-04-03（2024年度：「令和6年度 イベント一覧」）"]]);
  });

  it("reads them after a note in brackets (`～3日（予定） 10:00～12:00`), the cell kept (before: nothing read, unparseable_date)", async () => {
    const run = await runBytes([WHOLE, "春まつり,2024年4月1日～3日（予定） 10:00～12:00,公園", "朗読会,2024年4月1日（予定）10時～12時,図書館"].join("\n"),
      "131016_event.csv");
    expect(when(run)).toEqual([["2024-04-01", "2024-04-03", "10:00", "12:00", "2024年4月1日～3日（予定） 10:00～12:00"],
      ["2024-04-01", "2024-04-01", "10:00", "12:00", "2024年4月1日（予定）10時～12時"]]);
    expect(saidOf(run, 1).map((s) => [s[0], s[1]])).toEqual([["start_date", "date_range_split"], ["start_date", "date_with_note"],
      ["end_date", "date_range_split"], ["end_date", "date_with_note"], ["start_time", "time_from_date_cell"], ["end_time", "time_from_date_cell"]]);
    expect(tuples(run.report, "unparseable_date")).toEqual([]);
  });

  it("reads an end time with a note without it, the cell kept in 開始日時特記事項 (before: the end left empty)", async () => {
    const cells = ["2024年4月1日～3日 10:00～12:00（雨天中止）", "2024年4月1日～3日 10:00～12:00 ※受付は9:30から", "2024年5月3日（金）10時～正午（予定）"];
    const run = await runBytes([WHOLE, ...cells.map((c) => `春まつり,${c},公園`)].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual([["2024-04-01", "2024-04-03", "10:00", "12:00", cells[0]], ["2024-04-01", "2024-04-03", "10:00", "12:00", cells[1]],
      ["2024-05-03", "2024-05-03", "10:00", "12:00", cells[2]]]);
    expect(saidOf(run, 1).map((s) => s[1])).toEqual(["date_range_split", "date_range_split", "time_from_date_cell", "time_from_date_cell", "time_with_note"]);
  });

  it("reads an end time with words after it, no bracket or ※, without them (before: the end left empty, the cell kept)", async () => {
    const cells = ["2024年5月3日 10:00～12:00 雨天中止", "2024年5月3日（金）10時～12時雨天中止", "令和6年5月3日 正午～13時半 終了予定"];
    const run = await runBytes([WHOLE, ...cells.map((c) => `春まつり,${c},公園`)].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual([["2024-05-03", "2024-05-03", "10:00", "12:00", cells[0]], ["2024-05-03", "2024-05-03", "10:00", "12:00", cells[1]],
      ["2024-05-03", "2024-05-03", "12:00", "13:30", cells[2]]]);
    expect(saidOf(run, 1).filter((s) => s[0] === "end_time")).toEqual([["end_time", "time_from_date_cell", `${cells[0]} → 12:00`, null],
      ["end_time", "time_with_note", cells[0], null]]);
  });

  it("leaves the end empty, the cell kept, where the words after it move the time or name another moment (`12時過ぎ`, `12:00 PM`, `12:00 最終入場`)", async () => {
    const cells = ["2024年5月3日 10:00～12:00 PM", "2024年5月3日 10時～12時過ぎ", "2024年5月3日 10:00～正午前", "2024年5月3日 10:00～16:30 最終入場",
      "2024年5月3日 10:00～12:00 開始予定"];
    const run = await runBytes([WHOLE, ...cells.map((c) => `春まつり,${c},公園`)].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual(cells.map((c) => ["2024-05-03", null, "10:00", null, c]));
    expect(tuples(run.report, "time_with_note")).toEqual([]);
  });

  it("reads the hours with a note of another moment's time after them, and an end said with まで, without the words (before: the end left empty, the cell kept)", async () => {
    const cells = ["2024年5月3日 10:00～16:00 受付は15:30まで", "2024年5月3日 10:00～17:00まで 雨天中止", "2024年5月3日 10:00～16:00、最終入館15:30"];
    const run = await runBytes([WHOLE, ...cells.map((c) => `春まつり,${c},公園`)].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual([["2024-05-03", "2024-05-03", "10:00", "16:00", cells[0]], ["2024-05-03", "2024-05-03", "10:00", "17:00", cells[1]],
      ["2024-05-03", "2024-05-03", "10:00", "16:00", cells[2]]]);
    expect(saidOf(run, 1).filter((s) => s[0] === "end_time")).toEqual([["end_time", "time_from_date_cell", `${cells[0]} → 16:00`, null],
      ["end_time", "time_with_note", cells[0], null]]);
  });

  it("reads an end said to be about (`12:00頃`) as that time, said time_approximate as an end column's, the cell kept (before: the end left empty)", async () => {
    const cells = ["2024年5月3日 10:00～12:00頃", "令和6年5月3日（金）10時～12時ごろ", "2024年5月3日 10:00～12:00頃（予定）"];
    const run = await runBytes([WHOLE, ...cells.map((c) => `春まつり,${c},公園`)].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual(cells.map((c) => ["2024-05-03", "2024-05-03", "10:00", "12:00", c]));
    expect(saidOf(run, 1).filter((s) => s[0] === "end_time")).toEqual([["end_time", "time_from_date_cell", `${cells[0]} → 12:00`, null],
      ["end_time", "time_approximate", cells[0], null]]);
    expect(saidOf(run, 3).filter((s) => s[0] === "end_time").map((s) => s[1])).toEqual(["time_from_date_cell", "time_approximate", "time_with_note"]);
  });

  it("reads an end on another day with a note without it: 終了日 and 終了時間, the cell kept (before: both left empty)", async () => {
    const cells = ["2024年4月1日 10:00～4月3日 12:00（予定）", "2024年4月1日 10:00～4月3日 12:00 ※雨天中止", "2024年4月1日 10:00～4月3日 12:00 雨天中止"];
    const run = await runBytes([WHOLE, ...cells.map((c) => `春まつり,${c},公園`)].join("\n"), "131016_event.csv");
    expect(when(run)).toEqual(cells.map((c) => ["2024-04-01", "2024-04-03", "10:00", "12:00", c]));
    expect(saidOf(run, 1).filter((s) => s[0] === "end_date" || s[0] === "end_time")).toEqual([["end_date", "date_range_split", cells[0], null],
      ["end_time", "time_from_date_cell", `${cells[0]} → 12:00`, null], ["end_time", "time_with_note", cells[0], null]]);
  });
});

describe("a time in the date cell beside a time column of its own", () => {
  it("that differs keeps the column's, the date cell kept in 開始日時特記事項 and both times said (before: the cell's time lost)", async () => {
    const run = await runBytes(["イベント名,開始日,開始時間,場所名称", "春まつり,2024年4月1日～3日 10:00～12:00,9:00,公園",
      "朗読会,2024/4/1 10:00,10:00,図書館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time, r.record.schedule_remarks])).toEqual([
      ["2024-04-01", "2024-04-03", "09:00", "12:00", "2024年4月1日～3日 10:00～12:00"], ["2024-04-01", null, "10:00", null, null]]);
    expect(tuples(run.report, "time_in_date_cell_differs")).toEqual([[1, "start_time", "time_in_date_cell_differs"]]);
    expect(run.report.issues.find((i) => i.code === "time_in_date_cell_differs")?.detail).toBe("10:00／09:00");
  });
});

describe("separate days in one cell (11月2日・9日・16日)", () => {
  const WHOLE = "イベント名,開催日時,場所名称";
  const FY = "2024年度：「令和6年度 イベント一覧」";

  it("start on the first and end on the last, said date_list_days, the list kept in 開始日時特記事項 (before: no end, or nothing read without a year)", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "連続講座,11月2日・9日・16日,公民館", "二回,4月1日、4月8日,公民館",
      "土曜講座,11月2日(土)・9日(土)・16日(土),公民館", "夜の講座,2024年4月1日・8日・15日 19時～21時,公民館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time, r.record.schedule_remarks])).toEqual([
      ["2024-11-02", "2024-11-16", null, null, "11月2日・9日・16日"], ["2024-04-01", "2024-04-08", null, null, "4月1日、4月8日"],
      ["2024-11-02", "2024-11-16", null, null, "11月2日(土)・9日(土)・16日(土)"],
      ["2024-04-01", "2024-04-15", "19:00", "21:00", "2024年4月1日・8日・15日 19時～21時"]]);
    expect(run.report.issues.filter((i) => i.row === 1).map((i) => [i.field, i.code, i.detail ?? null])).toEqual([
      ["start_date", "date_list_split", null], ["start_date", "date_year_taken", `2024-11-02（${FY}）`],
      ["end_date", "date_list_days", null], ["end_date", "date_year_taken", `2024-11-16（${FY}）`], ["schedule_remarks", "kept_as_remarks", null]]);
    const days = run.report.issues.find((i) => i.code === "date_list_days");
    expect([days?.severity, days?.message_ja]).toEqual(["warning", expect.stringContaining("間の日は開催日ではありません")]);
  });

  it("are not read where a weekday beside one is not that day's in the file's year; a weekly day stays as written, said as one, its hours read (time_from_date_cell)", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "土曜講座,11月2日(土)・9日(土)・16日(金),公民館", "土曜,毎週土曜日,公民館",
      "日曜,第2・第4日曜日 10:00～12:00,公民館", "随時,随時,公民館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.schedule_remarks])).toEqual([
      [null, null, null, "11月2日(土)・9日(土)・16日(金)"], [null, null, null, "毎週土曜日"], [null, null, "10:00", "第2・第4日曜日 10:00～12:00"],
      [null, null, null, "随時"]]);
    expect(run.report.issues.filter((i) => i.field === "start_date").map((i) => [i.row, i.code])).toEqual([
      [1, "date_year_weekday_mismatch"], [2, "date_recurring"], [3, "date_recurring"], [4, "unparseable_date"]]);
    expect(run.report.issues.find((i) => i.code === "date_recurring")?.message_ja).toContain("開始日・終了日には開催期間の最初と最後の日");
  });

  it("check the weekday beside every day, not only the first and the last (before: 9日(金), a Saturday in 2024, read without a word)", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "土曜講座,11月2日(土)・9日(金)・16日(土),公民館",
      "祝日講座,11月2日(土)・4日(月・祝)・9日(土),公民館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.schedule_remarks])).toEqual([
      [null, null, "11月2日(土)・9日(金)・16日(土)"], ["2024-11-02", "2024-11-09", "11月2日(土)・4日(月・祝)・9日(土)"]]);
    expect(run.report.issues.filter((i) => i.row === 1 && i.field === "start_date").map((i) => [i.code, i.detail])).toEqual([
      ["date_year_weekday_mismatch", `2024-11-09（土曜日、書かれた曜日は金曜日、${FY}）`]]);
  });

  it("in an end column of their own, have their weekdays checked as a start's are (before: with the year, nothing said)", async () => {
    const run = await runBytes(["令和7年度 イベント一覧,,,", "イベント名,開始日,終了日,場所名称", "土曜講座,11月1日(土),11月2日(土)・9日(土),公民館",
      "土曜講座,2025年11月1日(土),2025年11月2日(土)・9日(土),公民館", "土曜講座,,2025年11月2日(土)・9日(土),公民館",
      "土曜講座,2025年11月2日(土)・9日(土),,公民館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date])).toEqual([["2025-11-01", null], ["2025-11-01", "2025-11-09"],
      ["2025-11-02", "2025-11-09"], ["2025-11-02", "2025-11-09"]]);
    // without its year, the title's 2025 makes 11月2日 a Sunday: not read; with it, read and said once, of the cell's column
    expect(tuples(run.report, "date_year_weekday_mismatch", "date_weekday_mismatch")).toEqual([[1, "end_date", "date_year_weekday_mismatch"],
      [2, "end_date", "date_weekday_mismatch"], [3, "end_date", "date_weekday_mismatch"], [4, "start_date", "date_weekday_mismatch"]]);
  });

  it("with their year, are read and said date_weekday_mismatch where a day's weekday is not its own, as a single date is (before: nothing said)", async () => {
    const run = await runBytes([WHOLE, "土曜講座,2024年11月2日(土)・9日(金)・16日(土),公民館", "祝日講座,2024年11月2日(土)・4日(月・祝)・9日(土),公民館"].join("\n"),
      "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date])).toEqual([["2024-11-02", "2024-11-16"], ["2024-11-02", "2024-11-09"]]);
    expect(tuples(run.report, "date_weekday_mismatch")).toEqual([[1, "start_date", "date_weekday_mismatch"]]);
  });
});

describe("a day that recurs with its period in brackets after it (毎週土曜日（4月6日～9月28日）)", () => {
  const WHOLE = "イベント名,開催日時,場所名称";
  const FY = "2024年度：「令和6年度 イベント一覧」";

  it("gives 開始日 and 終了日 from the period, in the title's year when it has none, the cell kept (before: unparseable_date, nothing read)", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,", WHOLE, "ヨガ,毎週土曜日（4月6日～9月28日）,公民館",
      "将棋,第2・第4日曜日（2024年4月14日～9月22日）,公民館", "散歩,毎週土曜日（4月6日(土)～9月28日(金)）,公民館",
      "囲碁,令和6年4月～9月の第2土曜日,公民館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.schedule_remarks])).toEqual([
      ["2024-04-06", "2024-09-28", "毎週土曜日（4月6日～9月28日）"], ["2024-04-14", "2024-09-22", "第2・第4日曜日（2024年4月14日～9月22日）"],
      [null, null, "毎週土曜日（4月6日(土)～9月28日(金)）"], [null, null, "令和6年4月～9月の第2土曜日"]]);
    expect(run.report.issues.filter((i) => i.row === 1 && i.field === "start_date").map((i) => [i.code, i.detail ?? null])).toEqual([
      ["date_range_split", null], ["date_with_note", null], ["date_year_taken", `2024-04-06（${FY}）`]]);
    expect(run.report.issues.filter((i) => i.field === "start_date" && (i.row ?? 0) > 1).map((i) => [i.row, i.code])).toEqual([
      [2, "date_range_split"], [2, "date_with_note"], [3, "date_year_weekday_mismatch"], [4, "date_recurring"]]);
  });

  it("is said year_missing, not unparseable_date, where the file gives no year", async () => {
    const run = await runBytes([WHOLE, "ヨガ,毎週土曜日（4月6日～9月28日）,公民館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.schedule_remarks])).toEqual([[null, null, "毎週土曜日（4月6日～9月28日）"]]);
    expect(tuples(run.report, "year_missing", "unparseable_date")).toEqual([[1, "start_date", "year_missing"]]);
  });
});

describe("a title's year that the dates do not fall in", () => {
  it("takes no year from either: a 令和6年度 title above dates all of 令和7年度 (a title copied from last year's list)", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,,", HEADER, "春祭り,令和7年5月1日,令和7年5月2日,区民ホール", "夏祭り,7月1日,,区民ホール",
      "節分,2月1日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2025-05-01", "2025-05-02", null], [null, null, "7月1日"], [null, null, "2月1日"]]);
    expect(said(run).filter((s) => s[2] === "date_year_title_disagrees")).toEqual([
      [2, "start_date", "date_year_title_disagrees", "7月1日", "表題「令和6年度 イベント一覧」は2024年度（2024年4月～2025年3月）、この列の日付「令和7年5月1日」（2025-05-01）"],
      [3, "start_date", "date_year_title_disagrees", "2月1日", "表題「令和6年度 イベント一覧」は2024年度（2024年4月～2025年3月）、この列の日付「令和7年5月1日」（2025-05-01）"]]);
  });

  it("is taken where some of the dates are in it: 令和7年 January to March are of 令和6年度", async () => {
    const run = await runBytes(["令和6年度 イベント一覧,,,", HEADER, "節分,令和7年2月1日,令和7年2月2日,区民ホール", "ひな祭り,3月1日,3月2日,区民ホール",
      "春祭り,4月10日,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2025-02-01", "2025-02-02", null], ["2025-03-01", "2025-03-02", null], ["2024-04-10", null, null]]);
    expect(said(run).filter((s) => s[2] === "date_year_title_disagrees")).toEqual([]);
  });
});

describe("a time column's words after the time, no bracket or ※", () => {
  it("reads 12:00 雨天中止 as 12:00, said time_with_note, the cell kept in 開始日時特記事項; 9:00 受付開始 stays unread, kept (before: both not a time)", async () => {
    const run = await runBytes(["イベント名,開始日,開始時間,終了時間,場所名称", "春まつり,2024/5/3,10:00,12:00 雨天中止,公園",
      "朗読会,2024/5/3,9:00 受付開始,12:00,図書館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.schedule_remarks])).toEqual([
      ["10:00", "12:00", "12:00 雨天中止"], [null, "12:00", expect.stringContaining("9:00 受付開始")]]);
    expect(run.report.issues.filter((i) => i.field === "end_time" || i.field === "start_time").map((i) => [i.row, i.field, i.code])).toEqual([
      [1, "end_time", "time_with_note"], [2, "start_time", "unparseable_time"]]);
  });

  it("reads a range written in words (10:00開始 12:00終了) as 10:00～12:00: an empty 終了時間 takes its end, nothing kept; a planned end kept once (before: not a time)", async () => {
    const run = await runBytes(["イベント名,開始日,開始時間,終了時間,場所名称", "講演会,2024/5/3,10:00開始 12:00終了,,区民ホール",
      "演奏会,2024/5/3,13時開演、15時終演予定,13時開演、15時終演予定,区民ホール"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.schedule_remarks])).toEqual([
      ["10:00", "12:00", null], ["13:00", "15:00", "13時開演、15時終演予定"]]);
    expect(tuples(run.report, "unparseable_time")).toEqual([]);
  });

  it("reads 9:00から and 17:00まで with a note as the column's, and the hours beside another moment's time; last entry alone stays unread (before: all not a time)", async () => {
    const run = await runBytes(["イベント名,開始日,開始時間,終了時間,場所名称", "春まつり,2024/5/3,9:00から 雨天決行,17:00まで 雨天中止,公園",
      "写真展,2024/5/3,10:00～16:00 受付は15:30まで,,区民ホール", "美術展,2024/5/3,10:00 受付は9:30から,16:30 最終入館16:00,美術館",
      "陶芸展,2024/5/3,10:00,最終入館16:30,美術館"].join("\n"), "131016_event.csv");
    expect(run.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.schedule_remarks])).toEqual([
      ["09:00", "17:00", "9:00から 雨天決行 / 17:00まで 雨天中止"], ["10:00", "16:00", "10:00～16:00 受付は15:30まで"],
      ["10:00", "16:30", "10:00 受付は9:30から / 16:30 最終入館16:00"], ["10:00", null, "最終入館16:30"]]);
    expect(run.report.issues.filter((i) => i.field === "end_time" || i.field === "start_time").map((i) => [i.row, i.field, i.code])).toEqual([
      [1, "start_time", "time_with_note"], [1, "end_time", "time_with_note"], [2, "start_time", "time_range_split"], [2, "start_time", "time_with_note"],
      [2, "end_time", "time_range_split"], [3, "start_time", "time_with_note"], [3, "end_time", "time_with_note"], [4, "end_time", "unparseable_time"]]);
  });
});

// A 年末年始 list whose full dates are the ends of a period (令和6年12月28日～令和7年1月5日) beside a day alone in January:
// before, the period's cells gave no year, so the January day's 2025 made 12月28日～1月5日 run 2025-12-28 to 2026-01-05
describe("a period's both ends tell the years of dates without one", () => {
  it("reads 12月28日～1月5日 in the fiscal year the periods and days are in", async () => {
    const csv = ["イベント名,開始日,場所名称", "年末年始展,令和6年12月28日（土）～令和7年1月5日（日）,区民ホール", "冬の工作,12月28日～1月5日,児童館",
      "新春かるた会,1月11日,図書館", "書き初め展,令和7年1月11日,区民ホール"].join("\n");
    const { rows, report } = await runBytes(csv, "131016_event.csv");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date])).toEqual([
      ["2024-12-28", "2025-01-05"], ["2024-12-28", "2025-01-05"], ["2025-01-11", null], ["2025-01-11", null]]);
    expect(tuples(report, "date_year_taken").map(([row, field]) => [row, field])).toEqual([[2, "start_date"], [2, "end_date"], [3, "start_date"]]);
  });
});

describe("元年 written without its era", () => {
  // before: 元年5月1日 unparseable_date, left empty
  it("is the first year of the era the file's other dates write (令和元年 = 2019), said so; with no era there, kept and said", async () => {
    const reiwa = await runBytes([HEADER, "春祭り,令和6年5月1日,令和6年5月2日,区民ホール", "記念式典,元年5月1日,元年5月1日,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(reiwa)[1]).toEqual(["2019-05-01", "2019-05-01", null]);
    expect(said(reiwa).filter((s) => s[0] === 2)).toEqual([
      [2, "start_date", "era_first_year_read", "元年5月1日", "令和元年\t2019-05-01\t令和6年5月1日"],
      [2, "end_date", "era_first_year_read", "元年5月1日", "令和元年\t2019-05-01\t令和6年5月2日"]]);
    expect(reiwa.report.issues.find((i) => i.code === "era_first_year_read")?.message_ja).toContain("令和元年として「2019-05-01」と読みました");
    // four-digit years name no era: 元年 is 令和 or 平成, not read
    const western = await runBytes([HEADER, "春祭り,2024/5/1,2024/5/2,区民ホール", "記念式典,元年5月1日,2024/5/2,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(western)[1]).toEqual([null, "2024-05-02", "元年5月1日"]);
    expect(said(western).filter((s) => s[0] === 2 && s[1] === "start_date")).toEqual([[2, "start_date", "era_first_year_unknown", "元年5月1日", null]]);
  });
  it.each([["元年5月1日", { kind: "two_digit", year: 1, month: 5, day: 1, eraFirst: true }], ["元年13月1日", null]])("partialDate(%s)", (raw, expected) =>
    expect(partialDate(raw)).toEqual(expected));
});

describe("a date cell that gives a fiscal year only", () => {
  // before: unparseable_date, which says nothing of the year the cell does give
  it("stays empty, said with the fiscal year's first and last day, the cell kept", async () => {
    const run = await runBytes([HEADER, "講座,令和6年度中,,区民ホール", "工事説明会,2024年度内,,区民ホール", "記念式典,R7年度,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([[null, null, "令和6年度中"], [null, null, "2024年度内"], [null, null, "R7年度"]]);
    expect(said(run)).toEqual([[1, "start_date", "date_fiscal_year_only", "令和6年度中", "2024-04-01\t2025-03-31"],
      [2, "start_date", "date_fiscal_year_only", "2024年度内", "2024-04-01\t2025-03-31"], [3, "start_date", "date_fiscal_year_only", "R7年度", "2025-04-01\t2026-03-31"]]);
    expect(run.report.issues.find((i) => i.code === "date_fiscal_year_only")?.message_ja).toContain("年度（2024-04-01～2025-03-31）だけで日が決まっていない");
  });
});

describe("a date cell that gives a month only", () => {
  // before: unparseable_date, "is not a date", though the cell gives its year and month
  it("stays empty, said with the month's first and last day, the cell kept", async () => {
    const header = "データセット_タイトル,データセット_最終更新日,ファイル形式";
    const run = await runBytes([header, "AED,2023年12月,CSV", "人口,R6.2,CSV", "文化財,2024/02,CSV", "観光,2024年,CSV"].join("\n"), "131016_open_data_list.csv");
    expect(run.rows.map((r) => [r.record.modified, r.record.remarks])).toEqual([[null, "データセット_最終更新日：2023年12月"],
      [null, "データセット_最終更新日：R6.2"], [null, "データセット_最終更新日：2024/02"], [null, "データセット_最終更新日：2024年"]]);
    expect(run.report.issues.filter((i) => i.field === "modified").map((i) => [i.row, i.code, i.value, i.detail ?? null])).toEqual([
      [1, "date_month_only", "2023年12月", "2023-12-01\t2023-12-31"], [2, "date_month_only", "R6.2", "2024-02-01\t2024-02-29"],
      [3, "date_month_only", "2024/02", "2024-02-01\t2024-02-29"], [4, "unparseable_date", "2024年", "データセット_備考"]]);
    expect(run.report.issues.find((i) => i.code === "date_month_only")?.message_ja).toContain("年月（2023-12-01～2023-12-31）だけで日がない");
  });
});

describe("a date cell that holds a history of several dates", () => {
  // before: unparseable_date, "is not a date", though the cell gives several
  it("stays empty, said with the dates it holds, the cell kept; one date with a note is still read", async () => {
    const header = "名称,文化財分類,文化財指定日";
    const run = await runBytes([header, "某古墳,都指定史跡,大正15年4月標識昭和27年4月1日史跡指定平成8年3月18日史跡指定（種別変更）",
      "某遺跡,都指定史跡,昭和46年3月29日史跡指定　平成19年3月15日追加指定"].join("\n"), "130001_cultural_property.csv");
    expect(run.rows.map((r) => r.record.designated_date)).toEqual([null, "1971-03-29"]);
    expect(run.report.issues.filter((i) => i.field === "designated_date").map((i) => [i.row, i.code, i.detail ?? null])).toEqual([
      [1, "date_history", "1952-04-01、1996-03-18"], [2, "date_with_note", null]]);
    expect(run.rows[0].record.remarks).toBe("文化財指定日：大正15年4月標識昭和27年4月1日史跡指定平成8年3月18日史跡指定（種別変更）");
  });
});
