// 医療機関コード as registers write it: the 厚生局's `01,1234,5` read as the code, and its 検証番号 checked by MHLW's
// rule (設定要領 第4: weights 2 and 1 from the last of the nine digits before it, prefecture and 点数表 included).
import { describe, expect, it } from "vitest";
import { commaGroupedCode } from "../../../pipelines/normalize/grouped-code.ts";
import { expectedCheckDigit, mhlwCheckDigit } from "../../../pipelines/normalize/institution-check-digit.ts";
import { codeShapeOf, medicalInstitutionCode } from "../../../schemas/types.ts";
import { runBytes } from "./helpers.ts";

const shape = codeShapeOf(medicalInstitutionCode)!;

describe("mhlwCheckDigit", () => {
  it.each<[string, number]>([
    // the 設定要領's own worked example: 都道府県番号 34, 点数表番号 1, 郡市区番号 07, 医療機関番号 1236
    ["341071236", 2],
    // Wikipedia's example code 0110113719
    ["011011371", 9],
    // a total ending in 0 gives 0
    ["131010005", 0],
  ])("%s → %i", (body, digit) => expect(mhlwCheckDigit(body)).toBe(digit));
});

describe("expectedCheckDigit", () => {
  it("takes a long code's own prefecture and 点数表, a short one's by the row's prefecture and any 点数表 (医科, 歯科, 薬局)", () => {
    expect(expectedCheckDigit("3410712362", "34", shape)).toBeNull();
    expect(expectedCheckDigit("3410712363", "34", shape)).toEqual({ byFeeTable: [["1", 2]], older: null });
    // 01,1234 in Tokyo: 医科 5, 歯科 1, 薬局 9; the older rule of the 7 digits alone gives 2
    expect(expectedCheckDigit("0112345", "13", shape)).toBeNull();
    expect(expectedCheckDigit("0112341", "13", shape)).toBeNull();
    expect(expectedCheckDigit("0112349", "13", shape)).toBeNull();
    expect(expectedCheckDigit("0112346", "13", shape)).toEqual({ byFeeTable: [["1", 5], ["3", 1], ["4", 9]], older: 2 });
    // a pharmacy's long code: its own 点数表 4
    expect(expectedCheckDigit("1340112349", "13", shape)).toBeNull();
    expect(expectedCheckDigit("1340112345", "13", shape)).toEqual({ byFeeTable: [["4", 9]], older: 2 });
    // the older rule only where it was used: a Tokyo code's 2 is taken, an Osaka one's is not
    expect(expectedCheckDigit("0112342", "13", shape)).toBeNull();
    expect(expectedCheckDigit("0112342", "27", shape)).toEqual({ byFeeTable: [["1", mhlwCheckDigit("271011234")], ["3", mhlwCheckDigit("273011234")],
      ["4", mhlwCheckDigit("274011234")]], older: null });
  });
});

describe("commaGroupedCode", () => {
  it.each<[string, string | null]>([
    ["01,1234,5", "0112345"],
    ["01, 1234, 5", "0112345"],
    ["13,1,01,1234,5", "1310112345"],
    ["131,01,1234,5", "1310112345"],
    ["01、1234、5", "0112345"],
    // two codes, other groups, words: none
    ["0112345,0112346", null],
    ["01,12345", null],
    ["1,01,1234,5", null],
    ["01,1234,5 (歯科)", null],
  ])("%s → %s", (cell, code) => expect(commaGroupedCode(cell, shape)).toBe(code));
});

describe("医療機関コード in a Tokyo hospital list", () => {
  const HOSPITALS = "名称,医療機関の種類,所在地,医療機関コード";
  it("reads the 厚生局's 01,1234,5 as the code, and keeps a code whose 検証番号 is wrong, warning with the digits it should be", async () => {
    const { rows, report } = await runBytes([HOSPITALS, "神田病院,病院,千代田区神田1-1,\"01,1234,5\"", "神田医院,無床診療所,千代田区神田1-2,\"13,1,01,1234,5\"",
      "神田眼科,無床診療所,千代田区神田1-3,0112346", "神田内科,無床診療所,千代田区神田1-4,1310112346", "神田歯科,無床診療所,千代田区神田1-5,０１－１２３４－１"].join("\n"),
    "131016_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.medical_institution_code, r.record.remarks])).toEqual([[true, "0112345", null], [true, "1310112345", null],
      [true, "0112346", null], [true, "1310112346", null], [true, "0112341", null]]);
    const said = report.issues.filter((i) => i.field === "medical_institution_code").map((i) => [i.row, i.code, i.severity, i.value, i.detail ?? null]);
    expect(said).toEqual([[1, "separators_removed", "info", "01,1234,5", null], [2, "separators_removed", "info", "13,1,01,1234,5", null],
      [3, "bad_institution_check_digit", "warning", "0112346", "1:5,3:1,4:9|2"], [4, "bad_institution_check_digit", "warning", "1310112346", "1:5|2"],
      [5, "separators_removed", "info", "０１－１２３４－１", null]]);
    const grouped = report.issues.find((i) => i.code === "separators_removed")!;
    expect(grouped.message_ja).toContain("桁の区切りのカンマを取り除きました");
    const [short, long] = report.issues.filter((i) => i.code === "bad_institution_check_digit");
    expect(short.message_ja).toContain("医科（点数表番号1）なら「5」、歯科（点数表番号3）なら「1」、薬局（点数表番号4）なら「9」のはずです（東京都など一部の古い番号は7桁だけで計算した「2」）");
    expect(short.message_ja).toContain("番号はそのまま公開しました");
    expect(short.message_en).toContain("\"5\" if medical (fee table 1), \"1\" if dental (fee table 3), \"9\" if pharmacy (fee table 4)");
    expect(long.message_ja).toContain("計算では、「5」のはずです");
  });

  it("reads a pharmacy's code (点数表 4) among the clinics as valid, 7 digits or 10, and still warns a wrong 検証番号", async () => {
    const { rows, report } = await runBytes([HOSPITALS, "神田薬局,無床診療所,千代田区神田1-1,0112349", "神田調剤薬局,無床診療所,千代田区神田1-2,1340112349",
      "神田医院,無床診療所,千代田区神田1-3,0112347"].join("\n"), "131016_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.medical_institution_code])).toEqual([[true, "0112349"], [true, "1340112349"], [true, "0112347"]]);
    const said = report.issues.filter((i) => i.field === "medical_institution_code").map((i) => [i.row, i.code, i.value, i.detail ?? null]);
    expect(said).toEqual([[3, "bad_institution_check_digit", "0112347", "1:5,3:1,4:9|2"]]);
  });
});
