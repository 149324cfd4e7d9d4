// The 検証番号 (check digit) of a 医療機関コード, by 厚生労働省「保険者番号、公費負担者番号、公費負担医療の受給者番号並びに
// 医療機関コード及び薬局コード設定要領」第4 (as republished 2024-07-12, mhlw.go.jp/content/12400000/001275316.pdf; its
// worked example: 都道府県番号 34, 点数表番号 1, 郡市区番号 07, 医療機関番号 1236 → 検証番号 2): the nine digits before it
// (都道府県番号 2, 点数表番号 1, 郡市区番号 2, 医療機関番号 4) are multiplied by 2 and 1 in turn from the last one, a
// product of two digits counts as the sum of its digits, and the 検証番号 is 10 minus the last digit of the total (0 when
// that digit is 0). So a 7-digit code's 検証番号 depends on the prefecture and 点数表 it leaves out; a 薬局コード (点数表番号 4)
// has its 検証番号 by the same rule, and lists of 医療機関 may list pharmacies beside clinics. Wikipedia
// (処方箋発行医療機関コード) tells of older codes of 埼玉県, 千葉県, 東京都 and 神奈川県 whose 検証番号 was computed over the
// 7 digits alone: not confirmed by a primary source, so such a digit is taken as right too, never warned.
import type { CodeShape } from "../../schemas/types.ts";
import type { RowRepair } from "./row-repair.ts";

/** The prefectures whose older codes may have a 検証番号 of the 7 digits alone (see above). */
const OLDER_RULE_PREFECTURES: ReadonlySet<string> = new Set(["11", "12", "13", "14"]);

/** The 検証番号 of `body` (its digits before the check digit) by the rule above. */
export function mhlwCheckDigit(body: string): number {
  let total = 0;
  for (let k = 0; k < body.length; k++) {
    const product = Number(body[body.length - 1 - k]) * (k % 2 === 0 ? 2 : 1);
    total += product > 9 ? product - 9 : product;
  }
  return (10 - (total % 10)) % 10;
}

/** What a code's 検証番号 should be: by 点数表番号 (one entry for a long code, which writes its own), and by the older
 *  rule (null outside its prefectures). */
export interface ExpectedCheckDigit {
  byFeeTable: ReadonlyArray<readonly [string, number]>;
  older: number | null;
}

/** The 検証番号 a code of `shape` should have in `prefecture` (2 digits), or null when it has one of them. A short
 *  code (the 7 digits) is read with the prefecture and each of the shape's 点数表番号, which it does not say. */
export function expectedCheckDigit(code: string, prefecture: string, shape: CodeShape): ExpectedCheckDigit | null {
  const feeTables = shape.checkDigit?.feeTables;
  if (feeTables === undefined) return null;
  const long = code.length === shape.length + (shape.prefectureDigits ?? 0);
  const short = code.slice(code.length - shape.length);
  const byFeeTable = long ? [[code[2], mhlwCheckDigit(code.slice(0, -1))] as const]
    : feeTables.map((fee) => [fee, mhlwCheckDigit(`${prefecture}${fee}${short.slice(0, -1)}`)] as const);
  const written = Number(code[code.length - 1]);
  const prefectureOfCode = long ? code.slice(0, 2) : prefecture;
  const older = OLDER_RULE_PREFECTURES.has(prefectureOfCode) ? mhlwCheckDigit(short.slice(0, -1)) : null;
  if (byFeeTable.some(([, digit]) => digit === written) || older === written) return null;
  return { byFeeTable, older };
}

/** `1:5,3:1|2`: each 点数表番号 and its 検証番号, then the older rule's (empty when none); the issue's detail. */
export const checkDigitDetail = ({ byFeeTable, older }: ExpectedCheckDigit): string =>
  `${byFeeTable.map(([fee, digit]) => `${fee}:${digit}`).join(",")}|${older ?? ""}`;

/** A code of the column whose 検証番号 is none of those it may be is kept, and warned with the digits it should be. */
export function checkInstitutionDigit(r: RowRepair, key: string, prefecture: string, shape: CodeShape): void {
  const code = r.record[key];
  if (typeof code !== "string" || !/^\d+$/.test(code)) return;
  const expected = expectedCheckDigit(code, prefecture, shape);
  if (expected !== null) r.problem("bad_institution_check_digit", key, r.cells[key] ?? code, checkDigitDetail(expected));
}
