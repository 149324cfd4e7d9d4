import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { normalizeCount, normalizeNumber } from "../../../pipelines/normalize/numbers.ts";
import { population } from "../../../schemas/datasets/population.ts";
import { hospital } from "../../../schemas/datasets/hospital.ts";
import { getDataset } from "../../../schemas/index.ts";
import { diameterMm, unitsOf } from "../../../schemas/types.ts";
import { at, codes, outcome } from "./helpers.ts";

describe("normalizeNumber", () => {
  it.each([
    ["", null, []],
    ["810", 810, []],
    ["¥500", 500, ["unit_stripped"]], ["￥1,000", 1000, ["thousands_separator", "unit_stripped"]],
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
    // about 50: a round figure is still the figure, said as one
    ["約50", 50, ["approximate_number"]],
    ["約４５ｍ", 45, ["full_width_converted", "unit_stripped", "approximate_number"]],
    ["およそ1,200人", 1200, ["thousands_separator", "unit_stripped", "approximate_number"]],
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

describe("normalizeCount (a statistical table's count: 「-」 is none)", () => {
  it.each([
    ["-", 0, ["dash_as_zero"]],
    ["－", 0, ["dash_as_zero"]],
    [" ― ", 0, ["dash_as_zero"]],
    ["ｰ", 0, ["dash_as_zero"]],
    ["1,234", 1234, ["thousands_separator"]],
    ["０", 0, ["full_width_converted"]],
    ["x", null, ["suppressed_count"]],
    ["Ｘ", null, ["suppressed_count"]],
    ["***", null, ["suppressed_count"]],
    ["xx", null, ["unparseable_number"]],
    ["--", null, ["unparseable_number"]],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeCount(raw, at))).toEqual([value, issueCodes]);
  });

  it("population counts read 「-」 as 0; other datasets' numbers keep 「-」 as a placeholder (not known)", () => {
    const people = normalizeRecord({ total: "12", male: "-", female: "12", age_0_4_male: "－", households: "-" }, population, { row: 4 });
    expect(people.record).toMatchObject({ total: 12, male: 0, female: 12, age_0_4_male: 0, households: 0 });
    expect(people.issues.filter((i) => i.code === "dash_as_zero").map((i) => [i.row, i.field, i.value]))
      .toEqual([[4, "male", "-"], [4, "age_0_4_male", "－"], [4, "households", "-"]]);
    const other = normalizeRecord({ beds: "-" }, hospital, { row: 4 });
    expect(other.record.beds).toBe(null);
    expect(other.issues.map((i) => [i.field, i.code])).toEqual([["beds", "placeholder_value"]]);
  });
});

describe("a number column with units of its own (a hydrant's 口径)", () => {
  const units = new Set(unitsOf(diameterMm));
  it.each([
    ["150", 150, []], ["150mm", 150, ["unit_stripped"]], ["φ150", 150, ["unit_stripped"]], ["Φ150", 150, ["unit_stripped"]],
    ["150φ", 150, ["unit_stripped"]], ["150A", 150, ["unit_stripped"]], ["φ150mm", 150, ["unit_stripped"]], ["１５０", 150, ["full_width_converted"]],
    // a tank's capacity is no pipe size; 人 and m are other columns' units
    ["40t", null, ["unparseable_number"]], ["40トン", null, ["unparseable_number"]], ["40m3", null, ["unparseable_number"]], ["150m", null, ["unparseable_number"]],
  ])("%j → %j", (raw, value, found) => expect(codes(normalizeNumber(raw, at, { units }))).toEqual([value, found]));

  it("the hydrant dataset reads its 口径 so", () => {
    const fireHydrant = getDataset("fire_hydrant")!;
    expect(normalizeRecord({ kind: "消火栓", diameter_mm: "φ150" }, fireHydrant, { row: 1 }).record.diameter_mm).toBe(150);
    expect(normalizeRecord({ kind: "防火水そう", diameter_mm: "40t" }, fireHydrant, { row: 1 }).record.diameter_mm).toBeNull();
  });
});

describe("how cultural property lists count their items (員数)", () => {
  it.each([["1躯", 1], ["2幅", 2], ["1巻", 1], ["1面", 1], ["1口", 1], ["5点", 5], ["3領", 3]])("%j → %j", (raw, n) => {
    expect(codes(normalizeNumber(raw, at))).toEqual([n, ["unit_stripped"]]);
  });
});
