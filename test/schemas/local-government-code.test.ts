import { describe, expect, it } from "vitest";
import { checkDigit, isValidCode, repairCode } from "../../schemas/local-government-code.ts";
import { readMunicipalitiesCsv } from "../../storage/municipalities.ts";

describe("全国地方公共団体コード check digit", () => {
  const all = readMunicipalitiesCsv();

  it("the registry holds 62 municipalities: 23 wards, 26 cities, 5 towns, 8 villages", () => {
    expect(all).toHaveLength(62);
    const byKind = Object.fromEntries(["区", "市", "町", "村"].map((k) => [k, all.filter((m) => m.kind === k).length]));
    expect(byKind).toEqual({ 区: 23, 市: 26, 町: 5, 村: 8 });
    expect(new Set(all.map((m) => m.code)).size).toBe(62);
  });

  it.each(readMunicipalitiesCsv().map((m) => [m.code, m.name_ja]))("%s %s has a valid check digit", (code) => {
    expect(isValidCode(code)).toBe(true);
    expect(checkDigit(code.slice(0, 5))).toBe(Number(code[5]));
  });

  it("Tokyo prefecture 130001 is valid, a changed last digit is not", () => {
    expect(isValidCode("130001")).toBe(true);
    expect(isValidCode("131042")).toBe(false);
  });

  it.each([
    ["13104", { status: "repaired", code: "131041", reason: "five_digit" }],
    ["13101", { status: "repaired", code: "131016", reason: "five_digit" }],
    ["42321", { status: "repaired", code: "423211", reason: "five_digit" }],
    ["92011", { status: "repaired", code: "092011", reason: "lost_leading_zero" }],
    ["72028", { status: "repaired", code: "072028", reason: "lost_leading_zero" }],
    ["1100", { status: "repaired", code: "011002", reason: "lost_leading_zero" }],
    ["１３１０４１", { status: "valid", code: "131041" }],
    [" 322075 ", { status: "valid", code: "322075" }],
    ["131042", { status: "invalid", code: null, reason: "bad_check_digit" }],
    ["新宿区", { status: "invalid", code: null, reason: "not_a_code" }],
    ["", { status: "invalid", code: null, reason: "not_a_code" }],
  ])("repairCode(%j)", (raw, expected) => {
    expect(repairCode(raw)).toEqual(expected);
  });
});
