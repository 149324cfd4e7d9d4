// A day that recurs (毎週土曜日) written with its period: in brackets, with the day's hours after them, or after a space
// or comma; the period's whole days give the start and end dates, a period of months only gives none.
import { describe, expect, it } from "vitest";
import { hoursOfRecurrence, namesRecurringDay, periodOfRecurrence, recursWithoutDay, withHoursAfterPeriod } from "../../../pipelines/normalize/recurrence.ts";
import { normalizeDate, timeInDateCell, rangeEndInDateCell } from "../../../pipelines/normalize/wareki.ts";
import { at, codes } from "./helpers.ts";

describe("periodOfRecurrence", () => {
  it.each([
    ["毎週土曜日(4月6日~9月28日)", { before: "毎週土曜日(", period: "4月6日~9月28日", after: ")" }],
    ["毎週土曜日 2024年4月6日~9月28日", { before: "毎週土曜日 ", period: "2024年4月6日~9月28日", after: "" }],
    ["毎月第2日曜日、令和6年4月14日~令和7年3月9日", { before: "毎月第2日曜日、", period: "令和6年4月14日~令和7年3月9日", after: "" }],
    ["第2・第4日曜日, 4/14~9/22", { before: "第2・第4日曜日, ", period: "4/14~9/22", after: "" }],
    ["毎週土曜日2024年4月6日~9月28日", { before: "毎週土曜日", period: "2024年4月6日~9月28日", after: "" }],
    ["第2・第4日曜日R6.4.14~R6.9.22", { before: "第2・第4日曜日", period: "R6.4.14~R6.9.22", after: "" }],
  ])("%s", (nfkc, expected) => expect(periodOfRecurrence(nfkc)).toEqual(expected));

  it.each(["毎週土曜日", "2024年4月6日~9月28日", "4月6日 毎週土曜日", "毎月第2日曜日、令和6年4月~令和7年3月", "市民まつり 2024年4月6日~9月28日"])(
    "%s is none", (nfkc) => expect(periodOfRecurrence(nfkc)).toBeNull());
});

describe("days of the week alone, no 毎週, before a period (火曜日・金曜日（2024年4月6日～9月28日）)", () => {
  it.each([
    // before: unparseable_date, no start nor end (毎週 before the days read)
    ["火曜日・金曜日（2024年4月6日～9月28日）", "2024-04-06", "2024-09-28"],
    ["土曜日（2024年4月6日～9月28日）", "2024-04-06", "2024-09-28"],
    ["火曜日・金曜日 2024年4月6日～9月28日", "2024-04-06", "2024-09-28"],
    ["平日 10:00～12:00（2024年4月6日～9月28日）", "2024-04-06", "2024-09-28"],
  ])("%s is held on those days each week over the period: %s to %s", (cell, start, end) => {
    expect(codes(normalizeDate(cell, at, "start"))).toEqual([start, ["date_range_split", "date_with_note"]]);
    expect(codes(normalizeDate(cell, at, "end"))).toEqual([end, ["date_range_split", "date_with_note"]]);
  });

  // one weekday before one date is that date (wareki.ts reads the weekday as one after it); a list of weekdays before one
  // date is neither a period nor a date
  it.each([["土曜日 2024年6月15日", "2024-06-15"], ["土曜日（2024年6月15日）", "2024-06-15"], ["火曜日・金曜日 2024年6月15日", null]])(
    "%s, a weekday before one date, is no period: its end is %j", (nfkc, end) => {
      expect(periodOfRecurrence(nfkc.normalize("NFKC"))).toBeNull();
      expect(codes(normalizeDate(nfkc, at, "end"))[0]).toBe(end);
      expect(codes(normalizeDate(nfkc, at, "end"))[1]).not.toContain("date_range_split");
    });
});

describe("a day that recurs with its period and the day's hours in one cell", () => {
  it.each([
    // before: unparseable_date, nothing read (the hours after the bracket hid the period)
    ["毎週土曜日（2024年4月6日～9月28日） 10:00～12:00", "10:00", "12:00"],
    ["毎週土曜日（令和6年4月6日～9月28日）10時～12時", "10時", "12時"],
    ["毎週土曜日（２０２４年４月６日～９月２８日）　１０：００～１２：００", "10:00", "12:00"],
    ["毎週土曜日【2024年4月6日(土)～9月28日(土)】 10:00～12:00", "10:00", "12:00"],
  ])("%s gives the period's first and last day and the hours", (cell, from, to) => {
    expect(codes(normalizeDate(cell, at, "start"))).toEqual(["2024-04-06", ["date_range_split", "date_with_note"]]);
    expect(codes(normalizeDate(cell, at, "end"))).toEqual(["2024-09-28", ["date_range_split", "date_with_note"]]);
    expect([timeInDateCell(cell), rangeEndInDateCell(cell)]).toEqual([from, to]);
  });

  it("is still no date outside a start's or end's column", () => {
    expect(codes(normalizeDate("毎週土曜日（2024年4月6日～9月28日） 10:00～12:00", at))).toEqual([null, ["unparseable_date"]]);
  });
});

describe("a day that recurs with the day's hours before its bracketed period", () => {
  it.each([
    ["毎週土曜日10時~12時(2024年4月6日~9月28日)", "毎週土曜日(2024年4月6日~9月28日) 10時~12時"],
    ["毎週土曜日 10:00~12:00(令和6年4月6日~9月28日)", "毎週土曜日(令和6年4月6日~9月28日) 10:00~12:00"],
    ["毎週土曜日(10時~12時)(2024年4月6日~9月28日)", "毎週土曜日(2024年4月6日~9月28日) 10時~12時"],
    ["毎月15日 午後1時30分~3時【4月15日~9月15日】", "毎月15日【4月15日~9月15日】 午後1時30分~3時"],
    ["第2・第4日曜日13時から(4/14~9/22)", "第2・第4日曜日(4/14~9/22) 13時から"],
  ])("%s is read as %s", (nfkc, moved) => expect(withHoursAfterPeriod(nfkc)).toBe(moved));

  it.each(["毎週土曜日(2024年4月6日~9月28日) 10:00~12:00", "2024年4月6日 10:00~12:00", "毎週土曜日 雨天中止(2024年4月6日~9月28日)",
    "毎週土曜日 2024年4月6日~9月28日 10:00~12:00", "毎週土曜日 10:00~12:00"])("%s stays as it is", (nfkc) => expect(withHoursAfterPeriod(nfkc)).toBe(nfkc));

  it.each([
    // before: [null, null] (the hours stayed only in the remarks), or the start without its end (`毎月15日 午後…`)
    ["毎週土曜日10時～12時（2024年4月6日～9月28日）", "10時", "12時"],
    ["毎週土曜日 10:00～12:00（令和6年4月6日～9月28日）", "10:00", "12:00"],
    ["毎週土曜日　１０：００～１２：００（２０２４年４月６日～９月２８日）", "10:00", "12:00"],
    ["毎月15日 午後1時30分～3時（2024年4月15日～9月15日）", "午後1時30分", "3時"],
  ])("%s gives the hours as the hours-after form does", (cell, from, to) => {
    expect([timeInDateCell(cell), rangeEndInDateCell(cell)]).toEqual([from, to]);
  });
});

describe("a day that recurs with the day's hours before its period written without brackets", () => {
  it.each([
    ["毎週土曜日 10:00~12:00 2024年4月6日~9月28日", "毎週土曜日 2024年4月6日~9月28日 10:00~12:00"],
    ["毎週土曜日、10時~12時、令和6年4月6日~9月28日", "毎週土曜日、令和6年4月6日~9月28日 10時~12時"],
    ["毎週土曜日(10時~12時) 2024年4月6日~9月28日", "毎週土曜日 2024年4月6日~9月28日 10時~12時"],
    ["毎週土曜日 10:00-12:00 2024年4月6日~9月28日", "毎週土曜日 2024年4月6日~9月28日 10:00-12:00"],
    ["毎週土曜日 午前10時から正午まで 2024年4月6日~9月28日", "毎週土曜日 2024年4月6日~9月28日 午前10時から正午まで"],
    // no space after the hours' bracket, and the hours in brackets other than ( )
    ["毎週土曜日(10時~12時)2024年4月6日~9月28日", "毎週土曜日 2024年4月6日~9月28日 10時~12時"],
    ["毎週土曜日【午前10時~正午】令和6年4月6日~9月28日", "毎週土曜日 令和6年4月6日~9月28日 午前10時~正午"],
    ["毎週土曜日(10時~12時)4/6~9/28", "毎週土曜日 4/6~9/28 10時~12時"],
  ])("%s is read as %s", (nfkc, moved) => expect(withHoursAfterPeriod(nfkc)).toBe(moved));

  it("leaves the hours out of the period", () => {
    expect(periodOfRecurrence("毎週土曜日 10:00~12:00 2024年4月6日~9月28日"))
      .toEqual({ before: "毎週土曜日 10:00~12:00 ", period: "2024年4月6日~9月28日", after: "" });
    expect(periodOfRecurrence("毎週土曜日 (10時~12時) 2024年4月6日~9月28日"))
      .toEqual({ before: "毎週土曜日 (10時~12時) ", period: "2024年4月6日~9月28日", after: "" });
    expect(periodOfRecurrence("毎週土曜日(10時~12時)2024年4月6日~9月28日"))
      .toEqual({ before: "毎週土曜日(10時~12時)", period: "2024年4月6日~9月28日", after: "" });
  });

  it.each([
    // before: unparseable_date, and neither the hours nor the period read
    ["毎週土曜日 10:00～12:00 2024年4月6日～9月28日", "2024-04-06", "2024-09-28", "10:00", "12:00"],
    ["毎週土曜日　１０：００～１２：００　２０２４年４月６日～９月２８日", "2024-04-06", "2024-09-28", "10:00", "12:00"],
    ["毎週土曜日 10時～12時 令和6年4月6日～9月28日", "2024-04-06", "2024-09-28", "10時", "12時"],
    ["第2・第4日曜日 13:30－15:00 R6.4.14～R6.9.22", "2024-04-14", "2024-09-22", "13:30", "15:00"],
    ["毎週土曜日 午前10時から正午まで 2024年4月6日～9月28日", "2024-04-06", "2024-09-28", "午前10時", "正午"],
    // hours a date cell reads after its date (2024年5月3日 正午から13時, 午前10:00～11:30) read before a period too
    // (before: 正午 and 午前10:00 were no time here, and the hours were taken for the period, which read nothing)
    ["毎週土曜日 正午～13時 2024年4月6日～9月28日", "2024-04-06", "2024-09-28", "正午", "13時"],
    ["毎週土曜日（正午から13時） 2024年4月6日～9月28日", "2024-04-06", "2024-09-28", "正午", "13時"],
    ["毎週日曜日 午前10:00～11:30 令和6年4月7日～9月29日", "2024-04-07", "2024-09-29", "午前10:00", "11:30"],
    // the hours' bracket closed right before the period, as with a space (before: nothing read, unparseable_date)
    ["毎週土曜日（10時～12時）2024年4月6日～9月28日", "2024-04-06", "2024-09-28", "10時", "12時"],
    ["毎週土曜日【午前10時～正午】令和6年4月6日～9月28日", "2024-04-06", "2024-09-28", "午前10時", "正午"],
    ["第2・第4日曜日（13:30～15:00）R6.4.14～R6.9.22", "2024-04-14", "2024-09-22", "13:30", "15:00"],
  ])("%s gives the period's days and the hours as the hours-after form does", (cell, first, last, from, to) => {
    expect(codes(normalizeDate(cell, at, "start"))).toEqual([first, ["date_range_split", "date_with_note"]]);
    expect(codes(normalizeDate(cell, at, "end"))).toEqual([last, ["date_range_split", "date_with_note"]]);
    expect([timeInDateCell(cell), rangeEndInDateCell(cell)]).toEqual([from, to]);
  });
});

describe("a day that recurs with its period after it, without brackets", () => {
  it.each([
    // before: unparseable_date
    ["毎週土曜日 2024年4月6日～9月28日", "2024-04-06", "2024-09-28"],
    ["毎月第2日曜日、令和6年4月14日～令和7年3月9日", "2024-04-14", "2025-03-09"],
    ["第2・第4日曜日　R6.4.14～R6.9.22", "2024-04-14", "2024-09-22"],
    ["毎週土曜日 2024年4月6日～9月28日 10:00～12:00", "2024-04-06", "2024-09-28"],
  ])("%s reads as the bracketed form does", (cell, first, last) => {
    expect(codes(normalizeDate(cell, at, "start"))).toEqual([first, ["date_range_split", "date_with_note"]]);
    expect(codes(normalizeDate(cell, at, "end"))).toEqual([last, ["date_range_split", "date_with_note"]]);
  });

  it.each([
    // a note after the period, or inside its brackets, as a range's note is (before: unparseable_date)
    ["毎週土曜日 2024年4月6日～9月28日（祝日を除く）", "2024-04-06", "2024-09-28"],
    ["毎週土曜日（2024年4月6日～9月28日、祝日を除く）", "2024-04-06", "2024-09-28"],
    // no space before a period with its year
    ["毎週土曜日2024年4月6日～9月28日", "2024-04-06", "2024-09-28"],
    // a note in brackets right before the period (before: unparseable_date)
    ["毎週土曜日（祝日を除く）2024年4月6日～9月28日", "2024-04-06", "2024-09-28"],
  ])("%s reads its period", (cell, first, last) => {
    expect(codes(normalizeDate(cell, at, "start"))).toEqual([first, ["date_range_split", "date_with_note"]]);
    expect(codes(normalizeDate(cell, at, "end"))).toEqual([last, ["date_range_split", "date_with_note"]]);
  });

  it.each(["毎週土曜日（2024年4月6日～9月28日は休館）", "毎週土曜日 2024年4月6日～9月28日 中止", "毎週土曜日 2024年4月6日～5年間"])(
    "%s, a period closed, called off or counted, gives no date", (cell) => {
      expect(codes(normalizeDate(cell, at, "start"))).toEqual([null, ["unparseable_date"]]);
    });

  it.each(["毎月第2日曜日、令和6年4月～令和7年3月", "令和6年4月～9月の第2土曜日", "毎週土曜日 2024年4月～9月"])(
    "%s, a period of months only, stays date_recurring: its first day is no event's", (cell) => {
      expect(codes(normalizeDate(cell, at, "start"))).toEqual([null, ["date_recurring"]]);
      expect(codes(normalizeDate(cell, at, "end"))).toEqual([null, ["date_recurring"]]);
    });
});

describe("days of the week alone, without 毎週", () => {
  it.each([
    ["火曜日・金曜日 10:00~11:00", { day: "火曜日・金曜日", hours: "10:00~11:00" }],
    ["月~金(10:00~11:00)", { day: "月~金", hours: "10:00~11:00" }],
    ["平日 9時~10時", { day: "平日", hours: "9時~10時" }],
    ["土曜日 10:00~11:00", { day: "土曜日", hours: "10:00~11:00" }],
    ["2024年6月3日から火曜日・金曜日 10:00~11:00", { day: "2024年6月3日から火曜日・金曜日", hours: "10:00~11:00" }],
  ])("%s: hours of the days it names", (cell, found) => expect(hoursOfRecurrence(cell)).toEqual(found));

  it.each(["2024年6月15日 土曜日 10:00~11:00", "6月 10:00~11:00", "区民会館 10:00~11:00", "火曜日休館 10:00~11:00"])("%s: none", (cell) =>
    expect(hoursOfRecurrence(cell)).toBeNull());

  it("recur in a start's cell of no date, as 毎週 does; a date is no day that recurs", () => {
    expect(["火曜日・金曜日", "土日", "平日", "毎週土曜日", "6月15日 土曜日", "区民会館"].map(recursWithoutDay)).toEqual([true, true, true, true, false, false]);
  });

  // a one-day event's time cell may name its own weekday: one day names no more days
  it("name more days than one in a time cell when two or more come with their hours", () => {
    expect(["火曜日・金曜日 10:00~11:00", "平日 9時~10時", "土曜日 10:00~11:00", "10:00~11:00", "毎週土曜日 10:00~11:00"].map(namesRecurringDay))
      .toEqual([true, true, false, false, true]);
  });
});
