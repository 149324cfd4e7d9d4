// 高松市's population tables write 調査年月日 as an English spreadsheet does, `4/1/2019`: April 1st, or January 4th in a
// day-first locale. The cell cannot tell; the file's as-of date (its name's population_20190401) can.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const TABLE = "surveyDate,regionName,totalPopulation,male,woman\n4/1/2019,塩屋町,225,100,125\n4/1/2019,築地町,704,330,374\n";

describe("a year-last 調査年月日 whose month and day may be either number", () => {
  it("is read as the file's as-of date when that is one of its readings, said", async () => {
    const { rows, report } = await runBytes(TABLE, "372013_population_20190401.csv");
    expect(rows.map((r) => [r.valid, r.record.survey_date, r.record.remarks])).toEqual([[true, "2019-04-01", null], [true, "2019-04-01", null]]);
    expect(tuples(report, "date_order_from_as_of", "date_order_unknown")).toEqual([
      [1, "survey_date", "date_order_from_as_of"], [2, "survey_date", "date_order_from_as_of"]]);
  });

  it("is not guessed without one: left empty (the row invalid, 調査年月日 being required), the cell kept in 備考", async () => {
    const { rows, report } = await runBytes(TABLE, "372013_population.csv");
    expect(rows.map((r) => [r.valid, r.record.survey_date, r.record.remarks])).toEqual([
      [false, null, "調査年月日：4/1/2019"], [false, null, "調査年月日：4/1/2019"]]);
    expect(report.issues.find((i) => i.code === "date_order_unknown")?.detail).toBe("2019-04-01／2019-01-04");
  });

  it("so is one with a two-digit year last (`4/1/24`, before: two_digit_year, 2004-01-24 or 2022-01-24, unread)", async () => {
    const { rows, report } = await runBytes(TABLE.replaceAll("4/1/2019", "4/1/24"), "372013_population_20240401.csv");
    expect(rows.map((r) => [r.valid, r.record.survey_date])).toEqual([[true, "2024-04-01"], [true, "2024-04-01"]]);
    expect(tuples(report, "date_order_from_as_of", "two_digit_year")).toEqual([
      [1, "survey_date", "date_order_from_as_of"], [2, "survey_date", "date_order_from_as_of"]]);
  });

  it("another as-of date reads neither", async () => {
    const { rows } = await runBytes(TABLE, "372013_population_20190501.csv");
    expect(rows.map((r) => r.record.survey_date)).toEqual([null, null]);
  });
});
