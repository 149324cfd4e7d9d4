// A CSV exported with Excel's "keep as text" mark (') on its code-like cells: read as the values the mark kept.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "都道府県コード又は市区町村コード,NO,介護サービス事業所名称,実施サービス,住所,電話番号,郵便番号,事業所番号,備考";

describe("Excel's text mark before codes, numbers and phones", () => {
  it("takes the mark off every such cell, says so per cell, and leaves a ' before words alone", async () => {
    const csv = `${HEADER}\n'131156,'001,杉並ケア,訪問介護,杉並区阿佐谷南一丁目15番1号,'0333121111,'166-0004,'1371500011,'80年代の建物\n`;
    const { report, rows } = await runBytes(csv, "care.csv");
    expect(report.valid).toBe(1);
    const record = rows[0].record;
    expect([record.local_government_code, record.id, record.phone_number, record.postal_code, record.provider_number, record.contact_remarks, record.remarks])
      .toEqual(["131156", "001", "0333121111", "1660004", "1371500011", null, "'80年代の建物"]);
    expect(tuples(report, "text_mark_removed")).toEqual([
      [1, "local_government_code", "text_mark_removed"], [1, "id", "text_mark_removed"], [1, "phone_number", "text_mark_removed"],
      [1, "postal_code", "text_mark_removed"], [1, "provider_number", "text_mark_removed"],
    ]);
  });
});
