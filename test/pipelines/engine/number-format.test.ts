// number-format: the text Excel shows for a value under a number format that adds text of its own; null (the number
// stays a number) for a format that adds none.
import { describe, expect, it } from "vitest";
import { compileFixedDigits, compileHiddenValues, compileNumberFormat, compileRounding, roundedText } from "../../../pipelines/number-format.ts";

const shown = (code: string, value: number) => compileNumberFormat(code)?.number(value) ?? null;

describe("compileNumberFormat", () => {
  it.each<[string, string, number, string]>([
    ["zero padding in a permit number", "\"5中保生第\"0000\"号\"", 123, "5中保生第0123号"],
    ["a number too long for its zeros keeps all its digits", "\"第\"00\"号\"", 12345, "第12345号"],
    ["a bare 0 between words", "\"第\"0\"号\"", 77, "第77号"],
    ["# shows no zero of its own", "\"第\"#\"号\"", 7, "第7号"],
    ["thousands separators", "#,##0\"円\"", 1234567, "1,234,567円"],
    ["thousands under a short number", "#,##0\"円\"", 500, "500円"],
    ["decimals padded with zeros", "0.00\"m\"", 1.5, "1.50m"],
    ["decimals rounded", "0.0\"m\"", 2.26, "2.3m"],
    ["trailing decimals under # dropped", "0.0#\"kg\"", 1.5, "1.5kg"],
    ["no integer zero under #", "#.00\"点\"", 0.5, ".50点"],
    ["a whole number rounded (Excel rounds half away from zero)", "\"第\"0\"号\"", 12.5, "第13号"],
    ["a prefix", "\"約\"#,##0", 1234.6, "約1,235"],
    ["a backslash-escaped letter", "\"ID\"\\-0000", 42, "ID-0042"],
    ["bare characters around the digits", "0人", 50, "50人"],
    ["a literal between digits", "\"〒\"000-0000", 1600023, "〒160-0023"],
    ["General with a unit", "General\"度\"", 35.69, "35.69度"],
    ["G/標準 (Japanese Excel's General) with a unit", "G/標準\"人\"", 12, "12人"],
    ["a currency sign in brackets", "[$¥-411]#,##0", 1500, "¥1,500"],
    ["a colour is not shown", "[Red]\"第\"0\"号\"", 5, "第5号"],
    ["a trailing comma scales by a thousand", "#,##0,\"千円\"", 1234567, "1,235千円"],
    ["percent with text: Excel's percent", "0%\"以上\"", 0.25, "25%以上"],
    ["a percentage: what the sheet shows, not 0.5", "0%", 0.5, "50%"],
    ["a percentage with decimals", "0.00%", 0.12345, "12.35%"],
    ["a percentage over a whole", "0%", 1.2, "120%"],
    ["percent with decimals and text", "0.0%\"増\"", 0.1234, "12.3%増"],
    ["scientific with text: Excel's mantissa and exponent", "0.00E+00\"倍\"", 12345, "1.23E+04倍"],
    ["scientific, small", "0.0E+00\"倍\"", 0.00012, "1.2E-04倍"],
    ["a negative number in a one-section format takes a minus before all", "0\"人\"", -3, "-3人"],
    ["a fraction: the nearest one its places allow, not the digits in its placeholders", "# ?/?", 0.5, "1/2"],
    ["a fraction after its whole number", "# ?/?", 1.25, "1 1/4"],
    ["a fraction of two places", "# ??/??", 0.3333333, "1/3"],
    ["a whole number under a fraction's format", "# ?/?", 2, "2"],
    ["a fraction that rounds to a whole", "# ?/?", 0.97, "1"],
    ["an improper fraction without a whole number", "?/?", 1.5, "3/2"],
    ["a fixed denominator", "# ?/4", 0.3, "1/4"],
    ["a negative fraction", "# ?/?", -1.5, "-1 1/2"],
    ["a fraction with a unit", "# ?/?\"kg\"", 2.5, "2 1/2kg"],
  ])("%s: %s shows %d as %s", (_what, code, value, text) => expect(shown(code, value)).toBe(text));

  it("picks the section of a value: positive;negative;zero", () => {
    const code = "#,##0\"円\";\"▲\"#,##0\"円\";\"無料\"";
    expect([shown(code, 1500), shown(code, -1500), shown(code, 0)]).toEqual(["1,500円", "▲1,500円", "無料"]);
  });

  it("two sections: zero is positive's", () => {
    expect([shown("0\"件\";\"▲\"0\"件\"", 0), shown("0\"件\";\"▲\"0\"件\"", -2)]).toEqual(["0件", "▲2件"]);
  });

  it("a section that adds no text gives null: the number stays a number (0;\"▲\"0 shows 5 as 5)", () => {
    expect([shown("0;\"▲\"0", 5), shown("0;\"▲\"0", -5)]).toEqual([null, "▲5"]);
  });

  it("conditions in brackets pick the section: [>=100] first, else the next", () => {
    const code = "[Red][>=100]\"多\"0;[<10]\"少\"0;\"中\"0";
    expect([shown(code, 150), shown(code, 5), shown(code, 50)]).toEqual(["多150", "少5", "中50"]);
    expect([shown("[>=100]\"多\"0;\"少\"0", 150), shown("[>=100]\"多\"0;\"少\"0", 50)]).toEqual(["多150", "少50"]);
  });

  it("a text section with @ shows a text cell with its words; a number falls in the number sections", () => {
    const format = compileNumberFormat("0\"人\";-0\"人\";0\"人\";@\"様\"");
    expect([format?.text("山田"), format?.number(3), format?.showsText]).toEqual(["山田様", "3人", true]);
    const textOnly = compileNumberFormat("@\"様\"");
    // a format of one @ section shows numbers as General
    expect([textOnly?.text("山田"), textOnly?.number(5), compileNumberFormat("0\"人\";@\"様\"")?.text("山田")]).toEqual(["山田様", null, "山田様"]);
    expect(compileNumberFormat("0\"人\"")?.text("山田")).toBeNull();
  });

  it.each([
    "General", "G/標準", "0", "0000", "000-0000", "#,##0", "0.00", "0.00E+00", "##0.0E-0", "@",
    "#,##0;[Red]-#,##0", "0_);[Red]\\(0\\)", "#,##0_ ;[Red]\\-#,##0\\ ", "[DBNum1][$-411]General", "0;;",
  ])("%s adds no text: null", (code) => expect(compileNumberFormat(code)).toBeNull());
});

describe("compileHiddenValues", () => {
  it.each<[string, number[], boolean[]]>([
    [";;;", [5, -5, 0], [true, true, true]],
    ["0;-0;;@", [5, -5, 0], [false, false, true]],
    ["0;;", [5, -5, 0], [false, true, true]],
    ["#,##0;[Red]-#,##0", [5, -5, 0], [false, false, false]],
  ])("%s hides %j: %j", (code, values, hidden) => expect(values.map((v) => compileHiddenValues(code)?.(v) ?? false)).toEqual(hidden));

  it("a format with no empty section hides nothing", () => expect(compileHiddenValues("0.00")).toBeNull());
});

describe("compileFixedDigits", () => {
  /** Japanese Excel's その他 → 郵便番号 */
  const POSTAL = "[<=999]000;[<=99999]000-00;000-0000";
  const digits = (code: string, value: number) => compileFixedDigits(code)?.(value) ?? null;

  it.each<[string, number, string | null]>([
    [POSTAL, 1000005, "100-0005"], // the third section: above both conditions
    [POSTAL, 600001, "060-0001"], // a Hokkaido code stored without its 0
    [POSTAL, 60012, "600-12"], // the second section's condition holds
    [POSTAL, 630, "630"],
    [POSTAL, 5, "005"],
    [`${POSTAL};@`, 1000005, "100-0005"],
    ["000-0000;@", 1600023, "160-0023"],
    ["[>99999]000-0000;000-00", 1638001, "163-8001"],
    ["[>99999]000-0000;000-00", 60012, "600-12"],
    ["000\\-0000", 1000005, "100-0005"], // an escaped hyphen
    ["000\"-\"0000", 1000005, "100-0005"], // a quoted one
    ["[$-411]000-0000", 1000005, "100-0005"],
    ["0000000", 112345, "0112345"],
    ["000-0000", 12345678, "1234-5678"], // the leftmost placeholder takes the digits left, as Excel shows them
    ["0000", 12.5, null], // not a whole number: the number
    ["000-0000", -5, null],
    ["#,##0;[Red]-#,##0;000", 0, "000"],
    ["#,##0;[Red]-#,##0;000", 5, null], // the positive section is no fixed digits
  ])("%s shows %d as %s", (code, value, text) => expect(digits(code, value)).toBe(text));

  it.each(["0", "#,##0", "00.0", "\"No.\"0000", "(00) ####-####", "0%", "@"])("%s is no format of fixed digits", (code) =>
    expect(compileFixedDigits(code)).toBeNull());
});

describe("compileRounding", () => {
  const rounded = (code: string, value: number) => {
    const places = compileRounding(code)?.(value);
    return places === undefined ? "no rounding format" : places === null ? null : roundedText(value, places);
  };
  it.each<[string, number, string | null]>([
    ["0", 1234.6, "1235"],
    ["#,##0", 1234.4, "1234"], // the number as shown, without the format's grouping
    ["#,##0", -617.5, "-618"], // half away from zero, as Excel
    ["0.00", 1.005, "1.01"], // on Excel's fifteen digits, not the double's 1.00499…
    ["0.0", 12.3, null], // no more places than shown: the number as it is
    ["#,##0", 1500, null],
    ["0_);[Red]\\(0\\)", -3.6, "-4"],
    ["0;\"▲\"0", -3.6, null], // the negative section has words: compileNumberFormat shows it
    ["0;\"▲\"0", 3.6, "4"],
  ])("%s rounds %d to %s", (code, value, text) => expect(rounded(code, value)).toBe(text));

  it.each(["General", "#,##0,", "0%", "0.00E+00", "\"第\"0\"号\"", "@"])("%s is no plain rounding format", (code) =>
    expect(compileRounding(code)).toBeNull());
});
