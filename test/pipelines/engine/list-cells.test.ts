// Cells that name several values in ways a column's kind alone does not tell (adversarial pass of toilet, open data
// and food lists): formats with ・ between them.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("ファイル形式 of known formats with ・ between them", () => {
  it("CSV・PDF, CSV・XLSX・PDF and ＣＳＶ・ＰＤＦ are lists, said; 町会・自治会 in another column stays whole", async () => {
    const { rows, report } = await runBytes("データ名称,データ形式,分類,連絡先名称,最終更新日\n"
      + "公衆トイレ一覧,CSV・PDF,社会保障・衛生,町会・自治会担当,令和6年4月1日\n公共施設一覧,CSV・XLSX・PDF,行財政,管財課,令和6年4月1日\n"
      + "AED設置箇所一覧,ＣＳＶ・ＰＤＦ,司法・安全・環境,防災課,令和6年4月1日\n町会・自治会一覧,CSV,その他,町会・自治会担当,令和6年4月1日\n",
    "132063_open_data_list.csv");
    expect(rows.map((r) => [r.record.file_format, r.record.category, r.record.contact_name])).toEqual([
      ["CSV;PDF", "社会保障・衛生", "町会・自治会担当"], ["CSV;XLSX;PDF", "行財政", "管財課"], ["CSV;PDF", "司法・安全・環境", "防災課"],
      ["CSV", "その他", "町会・自治会担当"]]);
    expect(rows[3].record.title).toBe("町会・自治会一覧");
    expect(tuples(report, "list_separator")).toEqual([[1, "file_format", "list_separator"], [2, "file_format", "list_separator"], [3, "file_format", "list_separator"]]);
  });
});
