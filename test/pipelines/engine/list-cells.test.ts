// Cells that name several values in ways a column's kind alone does not tell (adversarial pass of toilet, open data
// and food lists): formats with ・ between them, kinds of business one per line.
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

describe("営業の種類 one per line in a cell", () => {
  it("is published as the numbered columns 業種1 | 業種2 give it, with ;, said; 、 inside a kind stays", async () => {
    const lines = await runBytes("施設名称,施設所在地,営業者氏名,営業の種類,許可番号\n"
      + "葛西食堂,江戸川区中葛西5-1-1,葛西太郎,\"飲食店営業\n菓子製造業\",第1号\n小岩百貨店,江戸川区南小岩7-1-1,小岩株式会社,百貨店、総合スーパー,第2号\n",
    "131237_food_business.csv");
    const numbered = await runBytes("施設名称,施設所在地,営業者氏名,業種1,業種2,許可番号\n葛西食堂,江戸川区中葛西5-1-1,葛西太郎,飲食店営業,菓子製造業,第1号\n",
      "131237_food_business.csv");
    expect(lines.rows.map((r) => r.record.business_type)).toEqual(["飲食店営業;菓子製造業", "百貨店、総合スーパー"]);
    expect(lines.rows[0].record.business_type).toBe(numbered.rows[0].record.business_type);
    const said = lines.report.issues.filter((i) => i.code === "list_separator").map((i) => [i.row, i.field, i.severity, i.value]);
    expect(said).toEqual([[1, "business_type", "info", "飲食店営業\n菓子製造業"]]);
  });

  it("kinds with 、, ・ or ／ between them are a list too when each is a kind (…営業, …業, 飲食店営業（露店）); other words stay as written", async () => {
    const { rows, report } = await runBytes("施設名称,施設所在地,営業者氏名,営業の種類,許可番号\n"
      + "葛西食堂,江戸川区中葛西5-1-1,葛西太郎,飲食店営業、菓子製造業,第1号\n葛西精肉,江戸川区中葛西5-1-2,葛西次郎,食肉販売業・食肉処理業,第2号\n"
      + "葛西屋台,江戸川区中葛西5-1-3,葛西三郎,飲食店営業（露店）／喫茶店営業,第3号\n小岩百貨店,江戸川区南小岩7-1-1,小岩株式会社,百貨店、総合スーパー,第4号\n"
      + "小岩キッチン,江戸川区南小岩7-1-2,小岩四郎,飲食店営業、自動車,第5号\n",
    "131237_food_business.csv");
    expect(rows.map((r) => r.record.business_type)).toEqual([
      "飲食店営業;菓子製造業", "食肉販売業;食肉処理業", "飲食店営業（露店）;喫茶店営業", "百貨店、総合スーパー", "飲食店営業、自動車"]);
    expect(report.issues.filter((i) => i.code === "list_separator").map((i) => [i.row, i.field, i.value])).toEqual([
      [1, "business_type", "飲食店営業、菓子製造業"], [2, "business_type", "食肉販売業・食肉処理業"], [3, "business_type", "飲食店営業（露店）／喫茶店営業"]]);
  });
});

describe("a list whose last item has など written on to it (内科、小児科など)", () => {
  // before: 小児科など was published as a department, which no app filtering by 小児科 finds
  it("reads the items without it, the whole cell kept in 備考 and said; など written apart stays a sentence as written", async () => {
    const { rows, report } = await runBytes("医療機関名,医療機関の種類,住所,診療科目,病床数,備考\n"
      + "三鷹内科,無床診療所,三鷹市下連雀1-1-1,内科、小児科など,0,駐車場あり\n井の頭医院,無床診療所,三鷹市井の頭2-2-2,内科・小児科・アレルギー科など,0,\n"
      + "牟礼医院,無床診療所,三鷹市牟礼3-3-3,内科、外科、ほか,0,\n", "132047_hospital.csv");
    expect(rows.map((r) => [r.record.departments, r.record.remarks])).toEqual([[["内科", "小児科"], "駐車場あり / 診療科目：内科、小児科など"],
      [["内科", "小児科", "アレルギー科"], "診療科目：内科・小児科・アレルギー科など"], [["内科、外科、ほか"], null]]);
    expect(tuples(report, "list_ends_with_etc", "kept_as_remarks")).toEqual([[1, "departments", "list_ends_with_etc"], [2, "departments", "list_ends_with_etc"]]);
    expect(report.issues.find((i) => i.code === "list_ends_with_etc")?.message_ja).toBe("2行目（データの1行目）：「診療科目」の値「内科、小児科など」は最後の項目に「など」が付いていたため、"
      + "それを除いて項目を読みました。セル全体は備考に残しました。アプリが項目で絞り込めるよう、項目をすべて「;」で区切って入力し、「など」は付けないでください。");
  });
});
