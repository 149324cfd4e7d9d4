// A note of the days a place is closed on (`（土日祝日・年末年始を除く）`), read for the days it is open.
import { describe, expect, it } from "vitest";
import { daysBut, daysOffOf, hoursWithDaysOff } from "../../../pipelines/normalize/day-sets.ts";

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

  it("reads a long run of 祝日 at once (祝日 is one day or 祝 and 日: each split was tried)", () => {
    const start = performance.now();
    expect(daysOffOf(`${"祝日".repeat(5000)}X`)).toBeNull();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
