// ISO date-times with an offset read in Japan's time: the date and time as Tokyo shows them, the year in four digits.
import { describe, expect, it } from "vitest";
import { jstDateTime } from "../../../pipelines/normalize/iso-date-time.ts";

describe("jstDateTime", () => {
  it.each([
    ["2024-10-05T10:00:00+09:00", { date: "2024-10-05", time: "10:00", converted: false }],
    ["2024-10-04T15:00:00Z", { date: "2024-10-05", time: "00:00", converted: true }],
    // a year below 1000 is written in four digits, as cell-values.ts writes it, and a year below 100 is not read as 19YY
    ["0999-12-31T10:00:00+09:00", { date: "0999-12-31", time: "10:00", converted: false }],
    ["0001-01-01T00:00:00+09:00", { date: "0001-01-01", time: "00:00", converted: false }],
    ["0099-12-31T15:00:00Z", { date: "0100-01-01", time: "00:00", converted: true }],
    // a space for the T, as Python's str(datetime) writes it (before: the date read, its time lost without a word)
    ["2024-10-05 10:00:00+09:00", { date: "2024-10-05", time: "10:00", converted: false }],
    ["2024-10-04 15:00:00Z", { date: "2024-10-05", time: "00:00", converted: true }],
  ])("%s → %j", (text, jst) => expect(jstDateTime(text)).toEqual(jst));

  it.each([["0023-02-29T10:00:00+09:00"], ["2024-02-30T10:00:00Z"], ["2024-10-05T24:00:00+09:00"],
    // after a space, a dash is the end of the hours (2024-05-03 10:00:00-12:00), no offset
    ["2024-05-03 10:00:00-12:00"], ["2024-05-03 10:00-05:00"]])("%s is no day or time: null", (text) =>
    expect(jstDateTime(text)).toBeNull());
});
