import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import {
  isValidCorporateNumber, normalizeCode, normalizeCorporateNumber, normalizeFixedCode, normalizePhone, normalizePostalCode, plainFixedCode,
} from "../../../pipelines/normalize/codes.ts";
import { codeShapeOf, medicalInstitutionCode, providerNumber } from "../../../schemas/types.ts";
import { at, codes } from "./helpers.ts";

describe("normalizeCode (全国地方公共団体コード, through repairCode)", () => {
  it.each([
    ["131041", "131041", []],
    [" 322075 ", "322075", []],
    ["１３１０４１", "131041", ["full_width_converted"]],
    ["13104", "131041", ["five_digit_code"]],
    ["42321", "423211", ["five_digit_code"]],
    ["72028", "072028", ["lost_leading_zero"]],
    ["1100", "011002", ["lost_leading_zero"]],
    ["131042", null, ["bad_check_digit"]],
    ["131041.0", "131041", ["code_as_number"]],
    ["13104.0", "131041", ["five_digit_code", "code_as_number"]],
    ["１３１０４１．０", "131041", ["full_width_converted", "code_as_number"]],
    ["新宿区", null, ["unparseable_code"]],
    // Excel's number format, all six digits there and the check digit right: read (before, unparseable_code, the row invalid)
    ["131,016", "131016", ["code_number_format"]],
    ["１３１，０１６", "131016", ["code_number_format"]],
    ["1.31016E+05", "131016", ["code_number_format"]],
    // digits lost, or the check digit wrong: no code
    ["1.31E+05", null, ["unparseable_code"]],
    ["131,015", null, ["unparseable_code"]],
    ["13,1016", null, ["unparseable_code"]],
    // Excel's "keep as text" mark (a CSV exported with it): the code it kept is read
    ["'131156", "131156", ["text_mark_removed"]],
    ["'13115", "131156", ["text_mark_removed", "five_digit_code"]],
    ["-", null, ["placeholder_value"]],
    // a word saying there is none says no more than `-`
    ["なし", null, ["placeholder_value"]],
    ["該当なし", null, ["placeholder_value"]],
    ["無し", null, ["placeholder_value"]],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeCode(raw, at))).toEqual([value, issueCodes]);
  });

  it("a code in a number format is said with the code read", () => {
    const found = normalizeCode("131,016", { row: 3, field: "local_government_code" });
    expect(found.issues.map((i) => [i.code, i.severity, i.value, i.detail])).toEqual([["code_number_format", "warning", "131,016", "131016"]]);
    expect(found.issues[0].message_ja).toContain("数値の書式（桁区切りのカンマ、Excelの指数表記）で書かれていました");
  });

  it("a wrong check digit is an error that keeps the raw value in the issue", () => {
    expect(normalizeCode("131042", { row: 9, field: "local_government_code" })).toEqual({
      value: null, issues: [issue("bad_check_digit", { row: 9, field: "local_government_code", value: "131042" })],
    });
    expect(issue("bad_check_digit", {}).severity).toBe("error");
  });
});

describe("normalizePostalCode", () => {
  it.each([
    ["1638001", "1638001", []],
    ["163-8001", "1638001", ["postal_code_reformatted"]],
    ["〒163-8001", "1638001", ["postal_code_reformatted"]],
    ["〒 163－8001", "1638001", ["postal_code_reformatted"]],
    ["１６３８００１", "1638001", ["full_width_converted"]],
    ["163 8001", "1638001", ["postal_code_reformatted"]],
    ["600001", "0600001", ["lost_leading_zero"]],
    ["'1660004", "1660004", ["text_mark_removed"]],
    ["'166-0004", "1660004", ["text_mark_removed", "postal_code_reformatted"]],
    ["163-800", null, ["unparseable_postal_code"]],
    ["新宿区", null, ["unparseable_postal_code"]],
    // saved as a number and written as a decimal (a data frame's 1638001.0): before, unread
    ["1638001.0", "1638001", ["fixed_code_as_number"]], ["600001.0", "0600001", ["fixed_code_as_number", "lost_leading_zero"]],
    ["1638001.5", null, ["unparseable_postal_code"]], ["163.0", null, ["unparseable_postal_code"]],
    // a cell that only says there is none is an empty one
    ["なし", null, ["placeholder_value"]],
    ["該当なし", null, ["placeholder_value"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizePostalCode(raw, at))).toEqual([value, issueCodes]);
  });
});

describe("normalizePhone", () => {
  it.each([
    ["03-3209-1111", "03-3209-1111", []],
    // a bracketed area or local code is written with hyphens, as every other number is (phone.test.ts)
    ["(0980)52-8331", "0980-52-8331", ["phone_hyphenated"]],
    ["０３－５２４６－１３１６", "03-5246-1316", ["full_width_converted"]],
    ["（０３）５２４６－１３１６", "03-5246-1316", ["phone_hyphenated"]],
    ["03ー3209ー1111", "03-3209-1111", ["phone_separators"]],
    ["03‐3209‐1111", "03-3209-1111", ["phone_separators"]],
    ["03 3209  1111", "03-3209-1111", ["phone_separators"]],
    // a label around the number is taken off; an extension stays (it is more than a label)
    ["03-3209-1111（代表）", "03-3209-1111", ["phone_reformatted"]],
    ["代表 03-3209-1111", "03-3209-1111", ["phone_reformatted"]],
    ["TEL:03-3209-1111", "03-3209-1111", ["phone_reformatted"]],
    ["332091111", "0332091111", ["lost_leading_zero"]],
    ["9012345678", "09012345678", ["lost_leading_zero"]],
    ["090-1234-5678", "090-1234-5678", []],
    ["0120-123-456", "0120-123-456", []],
    ["0800-123-4567", "0800-123-4567", []],
    ["0476(46)5111", "0476-46-5111", ["phone_separators"]],
    ["#7119", "#7119", []],
    ["03-1234-5678 直通", "03-1234-5678", ["phone_reformatted"]],
    // a digit lost or added (a real file's 083-245-649 ×217), a mobile number with ten
    ["083-245-649", "083-245-649", ["phone_digit_count"]],
    ["090-1234-567", "090-1234-567", ["phone_digit_count"]],
    ["03-3209-11111", "03-3209-11111", ["phone_digit_count"]],
    ["3320911110", "03320911110", ["lost_leading_zero", "phone_digit_count"]],
    ["6463-3463", "6463-3463", ["phone_without_area_code"]],
    // three or four digits are no number but a 1XY service number (a figure, or a digit group a comma cut off)
    ["000", "000", ["phone_too_short"]],
    ["234", "234", ["phone_too_short"]],
    ["1234", "1234", ["phone_too_short"]],
    ["110", "110", []],
    ["171", "171", []],
    ["03-32O9-1111", "03-32O9-1111", ["phone_letter_in_number"]],
    ["０３－３２０９－１１ｌ１", "03-3209-11l1", ["full_width_converted", "phone_letter_in_number"]],
    // a cell's first number is kept, the others named (phone.test.ts); a lost 0 before hyphens is restored; the
    // letter O for the first 0
    ["03-1234-567、03-1234-5678", "03-1234-567", ["phone_several_numbers", "phone_digit_count"]],
    ["03-1234-5678\n03-234-5678", "03-1234-5678", ["phone_several_numbers"]],
    ["3-3209-1111", "03-3209-1111", ["lost_leading_zero"]],
    ["O3-3209-1111", "O3-3209-1111", ["phone_letter_in_number"]],
    // an extension is carried to the record stage, which moves it and says so (phone.test.ts)
    ["03-1234-5678 (内線 123)", "03-1234-5678 内線123", []],
    ["'0333121111", "0333121111", ["text_mark_removed"]],
    ["'03-3312-1111", "03-3312-1111", ["text_mark_removed"]],
    ["なし", null, ["placeholder_value"]],
    ["-", null, ["placeholder_value"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizePhone(raw, at))).toEqual([value, issueCodes]);
  });
});

describe("normalizeCorporateNumber", () => {
  it.each([["7000012050002", true], ["8000012050001", true], ["8000012050002", false], ["700001205000", false], ["1234567891012", false]])(
    "isValidCorporateNumber(%j) → %j", (digits, ok) => expect(isValidCorporateNumber(digits)).toBe(ok));

  it.each([
    ["7000012050002", "7000012050002", []],
    ["７０００AAA", null, ["unparseable_corporate_number"]],
    ["７０００－０１－２０５０００２", "7000012050002", ["separators_removed"]],
    ["７００００１２０５０００２", "7000012050002", ["full_width_converted"]],
    ["7000-01-2050002", "7000012050002", ["separators_removed"]],
    ["7.000012050002E+12", "7000012050002", ["exponent_notation"]],
    ["1234567891012", "1234567891012", ["bad_corporate_check_digit"]],
    // digits lost to the exponent: no number, not one made up with zeros (the record keeps the cell in 備考)
    ["7.00002E+12", null, ["exponent_code_lost"]],
    ["1.01E+12", null, ["exponent_code_lost"]],
    ["12345", null, ["unparseable_corporate_number"]],
    ["'7000012050002", "7000012050002", ["text_mark_removed"]],
    // the publisher has no number (a local government's own event): an empty cell, said as a placeholder
    ["なし", null, ["placeholder_value"]], ["無", null, ["placeholder_value"]], ["該当なし", null, ["placeholder_value"]],
    ["－", null, ["placeholder_value"]], ["-", null, ["placeholder_value"]], ["ナシ", null, ["placeholder_value"]],
    // a word that says the number is unknown or to come is no "none": warned, and kept in 備考 by the record stage
    ["不明", null, ["unparseable_corporate_number"]], ["申請中", null, ["unparseable_corporate_number"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeCorporateNumber(raw, at))).toEqual([value, issueCodes]);
  });

  it("digits lost to the exponent: the message names the 13 digits a corporate number has", () => {
    const [lost] = normalizeCorporateNumber("1.01E+12", { row: 2, field: "corporate_number" }).issues;
    expect(lost).toMatchObject({ code: "exponent_code_lost", value: "1.01E+12", detail: "13" });
    expect(lost.message_ja).toContain("13桁の番号を入力してください");
  });
});

describe("phone messages", () => {
  it("phone_too_short names the digits and that a comma may have cut a figure", () => {
    const short = issue("phone_too_short", { row: 4, field: "phone_number", value: "TEL 234" });
    expect(short.message_ja).toContain("「TEL 234」は数字が3桁で、電話番号ではありません");
    expect(short.message_en).toContain("has 3 digits and is no phone number");
  });
  it("phone_digit_count names the wrong number's digits and what its prefix wants", () => {
    const mobile = issue("phone_digit_count", { row: 1, field: "phone_number", value: "080-1234-567" });
    expect(mobile.message_ja).toContain("数字が10桁です。080で始まる番号は11桁です。");
    expect(mobile.message_en).toContain("has 10 digits; a number starting 080 has 11.");
    // the number the cell keeps, its label taken off
    const labelled = issue("phone_digit_count", { row: 1, field: "phone_number", value: "代表 03-1234-567" });
    expect(labelled.message_ja).toContain("数字が9桁です。市外局番からの番号は10桁");
  });
});

describe("normalizeFixedCode (医療機関コード: 7 digits, 10 with the prefecture and 点数表; it may begin with 0)", () => {
  const shape = codeShapeOf(medicalInstitutionCode)!;
  it.each([
    ["0112345", "0112345", []],
    ["1310112345", "1310112345", []],
    ["0112345.0", "0112345", ["fixed_code_as_number"]],
    ["01-1234-5", "0112345", ["separators_removed"]],
    // a 0 a number lost: warned with the code it would be, not made up; other lengths as any fixed code
    ["112345", null, ["fixed_code_zero_lost"]],
    ["112345.0", null, ["fixed_code_zero_lost"]],
    ["12345", null, ["unparseable_fixed_code"]],
    ["11234567", null, ["unparseable_fixed_code"]],
    ["医科0112345　歯科3112345", null, ["fixed_code_several"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeFixedCode(raw, at, shape))).toEqual([value, issueCodes]);
  });

  it("says what the cell was and the code a leading 0 would make", () => {
    const [lost] = normalizeFixedCode("112345.0", { row: 1, field: "medical_institution_code" }, shape).issues;
    expect(lost).toMatchObject({ severity: "warning", value: "112345.0", detail: "0112345" });
    expect(lost.message_ja).toContain("7桁の番号に1桁足りません");
    expect(lost.message_ja).toContain("0を補うと「0112345」");
  });
});

describe("normalizeFixedCode (介護保険事業所番号: 10 characters)", () => {
  const shape = codeShapeOf(providerNumber)!;
  it.each([
    ["1371500011", "1371500011", []],
    // the 事業所区分 of a 総合事業 provider is a capital letter
    ["13A1500011", "13A1500011", []],
    ["0137230002", "0137230002", []],
    ["１３７１５０００１１", "1371500011", ["full_width_converted"]],
    ["13-7150-0011", "1371500011", ["separators_removed"]],
    ["'1371500011", "1371500011", ["text_mark_removed"]],
    ["1.371500011E+09", "1371500011", ["exponent_notation"]],
    // a number Excel saved as such: its digits are all there; a lower-case letter is the capital
    ["1371500011.0", "1371500011", ["fixed_code_as_number"]],
    ["13a1500011", "13A1500011", ["fixed_code_upper_cased"]],
    ["１３ａ１５０００１１", "13A1500011", ["full_width_converted", "fixed_code_upper_cased"]],
    // one number beside words: the number, the cell kept in 備考 by the record stage
    ["1371500011（予防）", "1371500011", ["fixed_code_with_note"]],
    ["第1371500011号", "1371500011", ["fixed_code_with_note"]],
    ["13a1500011 (総合事業)", "13A1500011", ["fixed_code_with_note", "fixed_code_upper_cased"]],
    // two numbers (two services), or another number beside one (a digit lost): none is chosen; two are said as such
    // (before: as no number of the form, asking whether a digit was lost)
    ["1371500011、1371500029", null, ["fixed_code_several"]], ["1371500011（予防：1371500029）", null, ["fixed_code_several"]],
    ["1371500011 / 137150002", null, ["unparseable_fixed_code"]],
    ["1371500011（旧13-7150-0002）", null, ["unparseable_fixed_code"]],
    ["137150001.0", null, ["unparseable_fixed_code"]],
    ["1371500011.5", null, ["unparseable_fixed_code"]],
    // a digit lost (by Excel or by hand), or Excel's exponent with digits lost: no number is made up
    ["137230003", null, ["unparseable_fixed_code"]],
    ["13715000111", null, ["unparseable_fixed_code"]],
    ["13I1500011", null, ["unparseable_fixed_code"]],
    ["1.37E+09", null, ["exponent_code_lost"]],
    ["申請中", null, ["unparseable_fixed_code"]],
    ["-", null, ["placeholder_value"]],
    ["なし", null, ["placeholder_value"]], ["該当なし", null, ["placeholder_value"]],
    ["なし", null, ["placeholder_value"]],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeFixedCode(raw, at, shape))).toEqual([value, issueCodes]);
  });

  it("names the codes of a cell with several, the cell kept", () => {
    const [said] = normalizeFixedCode("1371500011 1371500029", { row: 3, field: "provider_number" }, shape).issues;
    expect(said).toMatchObject({ code: "fixed_code_several", severity: "warning", detail: "1371500011、1371500029" });
    expect(said.message_ja).toContain("番号が複数（1371500011、1371500029）あり");
  });

  it("a cell in the form needs no repair; the messages name the length asked for", () => {
    expect([plainFixedCode(shape)("1371500011"), plainFixedCode(shape)("137230003")]).toEqual(["1371500011", undefined]);
    const [short] = normalizeFixedCode("137230003", { row: 3, field: "provider_number" }, shape).issues;
    expect(short).toMatchObject({ severity: "warning", value: "137230003", detail: "10" });
    expect(short.message_en).toContain("not a 10-character number");
    const [lost] = normalizeFixedCode("1.37E+09", { row: 2, field: "provider_number" }, shape).issues;
    expect(lost.message_ja).toContain("10桁の番号を入力してください");
  });

  it("a number read from a note or upper-cased is named in its message", () => {
    const [noted] = normalizeFixedCode("1371500011（予防）", { row: 4, field: "provider_number" }, shape).issues;
    expect(noted).toMatchObject({ severity: "warning", value: "1371500011（予防）", detail: "1371500011" });
    expect(noted.message_ja).toContain("補足を除いた番号「1371500011」を読みました");
    const [upper] = normalizeFixedCode("13a1500011", { row: 5, field: "provider_number" }, shape).issues;
    expect(upper).toMatchObject({ severity: "info", detail: "13A1500011" });
    expect(upper.message_en).toContain("upper-cased: 13A1500011");
  });
});
