// A note of the days a place is closed on (`（土日祝日・年末年始を除く）`), read for the days it is open.
import { describe, expect, it } from "vitest";
import { daySetsOf, daysAllBut, daysBut, daysOffOf, hoursWithDaysOff, standardDaysOf } from "../../../pipelines/normalize/day-sets.ts";

describe("daysOffOf / hoursWithDaysOff", () => {
  it("reads the days off in brackets, after ※ or with 毎日, holidays and the year's end beside them", () => {
    expect(["（土日祝日・年末年始を除く）", "※土日祝休み", "土曜・日曜・祝日を除く毎日", "年末年始を除く", "(日曜日及び祝日は休館)"].map(daysOffOf))
      .toEqual(["土日祝", "土日祝", "土日祝", "", "日祝"]);
    expect(daysBut("土日祝")).toBe("月火水木金");
  });

  it("reads no note with a week of the month, a time or other words", () => {
    expect(["（第3水曜日を除く）", "（土日は12:00まで）", "（祝日の翌日を除く）", "（要予約）"].map(daysOffOf)).toEqual([null, null, null, null]);
  });

  it("gives hours alone every other day; hours after days none, nor a note that leaves no day", () => {
    expect(hoursWithDaysOff("8:30～17:15", "（土日祝日・年末年始を除く）")).toEqual({ days: "月火水木金", from: { h: 8, m: 30 }, to: { h: 17, m: 15 } });
    expect(hoursWithDaysOff("平日 9:00～17:00", "（水曜日を除く）")).toBeNull();
    expect(hoursWithDaysOff("9:00～17:00", "（月火水木金土日を除く）")).toBeNull();
  });

  // each reader returns at once; before, 祝日 read as 祝日 or 祝 + 日 (and 月曜日 as 月曜日 or 月曜 + 日) and every split was
  // tried, twice the time for each day more: 30 took a minute, these would not end (the run would hang, not pass)
  it("reads a long run of 祝日 or 月曜日 one way only, so that such a cell cannot stall the engine", () => {
    for (const unit of ["祝日", "月曜日", "日曜日"]) {
      const cell = `${unit.repeat(200)}X`;
      expect([daysOffOf(cell), standardDaysOf(cell), daysAllBut(cell), daySetsOf(cell)]).toEqual([null, null, null, null]);
    }
    expect([standardDaysOf("月曜日曜日"), standardDaysOf("土日祝日"), standardDaysOf("祝祭日"), standardDaysOf("日曜日日曜日")]).toEqual(["月日", "土日祝", "祝", "日"]);
  });

  // before: 平日 read alone only, 平日・土曜 published as written (days_kept_as_written)
  it("reads 平日 among listed days, its 日 no Sunday; a run to or from it is no days", () => {
    const cells = ["平日・土曜日", "平日・土曜", "平日、土日祝", "平日及び土曜日", "土曜・平日", "平日～土", "日曜～平日", "平日土曜"];
    expect(cells.map(standardDaysOf)).toEqual(["月火水木金土", "月火水木金土", "月火水木金土日祝", "月火水木金土", "月火水木金土", null, null, null]);
    expect(standardDaysOf(`${"平日・".repeat(200)}X`)).toBeNull();
    expect(daySetsOf("平日・土曜 9:00～17:00 日祝 休み")?.map((set) => set.days)).toEqual(["月火水木金土"]);
  });
});
