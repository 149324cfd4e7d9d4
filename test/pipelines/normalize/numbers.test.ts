import { describe, expect, it } from "vitest";
import { normalizeNumber } from "../../../pipelines/normalize/numbers.ts";
import { at, codes, outcome } from "./helpers.ts";

describe("normalizeNumber", () => {
  it.each([
    ["", null, []],
    ["810", 810, []],
    ["0", 0, []],
    ["-0", 0, []],
    ["12.5", 12.5, []],
    [".5", 0.5, []],
    ["007", 7, []],
    ["８１０", 810, ["full_width_converted"]],
    ["1,234", 1234, ["thousands_separator"]],
    ["１，２３４", 1234, ["full_width_converted", "thousands_separator"]],
    ["12,345,678.5", 12345678.5, ["thousands_separator"]],
    ["810人", 810, ["unit_stripped"]],
    ["810 人", 810, ["unit_stripped"]],
    ["１２０㎡", 120, ["full_width_converted", "unit_stripped"]],
    ["3箇所", 3, ["unit_stripped"]],
    ["1,500円", 1500, ["thousands_separator", "unit_stripped"]],
    ["▲120", -120, []],
    ["−5", -5, []],
    ["1.23E+12", 1230000000000, ["exponent_notation"]],
    ["-", null, ["placeholder_value"]],
    ["約50", null, ["unparseable_number"]],
    ["50人以上", null, ["unparseable_number"]],
    ["1,23", null, ["unparseable_number"]],
    ["1.2.3", null, ["unparseable_number"]],
    ["未定", null, ["unparseable_number"]],
    ["無料", 0, ["free_of_charge"]],
    ["0..", null, ["unparseable_number"]],
    ["1e400", null, ["unparseable_number"]],
    // digits parted by a space are two numbers, never one made up of both
    ["5 6", null, ["unparseable_number"]],
    ["1 234", null, ["unparseable_number"]],
    ["６　００", null, ["unparseable_number"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeNumber(raw, at))).toEqual([value, issueCodes]);
  });

  it("an integer column refuses integers beyond 2^53 (they would change silently)", () => {
    expect(outcome(normalizeNumber("12345678901234567890", { row: 2, field: "capacity" }, { integer: true })))
      .toEqual({ value: null, issues: [[2, "capacity", "unparseable_number"]] });
    expect(normalizeNumber("12345678901234567890", at).value).toBe(12345678901234567000);
  });

  it("keeps a fraction in an integer column for validation to report", () => {
    expect(normalizeNumber("12.5", at, { integer: true })).toEqual({ value: 12.5, issues: [] });
  });
});
