import { describe, expect, it } from "vitest";
import { namesBody } from "../../../pipelines/normalize/corporate-name.ts";

describe("namesBody: a 法人名 cell that evidently names a 法人 or another body", () => {
  it.each([
    "株式会社若松製菓", "有限会社 合田商店", "ＡＢＣ合同会社", "（株）高田", "㈲すし源", "一般社団法人戸山福祉会", "社会福祉法人 青梅なかまの会",
    "NPO法人あおぞら", "生活協同組合コープみらい", "西東京農業協同組合", "立正佼成会", "浄土寺", "Starbucks Coffee Japan, Ltd.", "Cocolo Inc.",
    // a local government or its office runs a canteen (the 青梅市 list's own 東京都, 青梅市)
    "東京都", "青梅市", "新宿区", "東京都新宿区", "埼玉県川口市", "新宿区教育委員会",
  ])("%s names a body", (name) => expect(namesBody(name)).toBe(true));

  it.each([
    // a person's name, with or without a space; a surname that ends as a village's name (中村, 大村)
    "田中　太郎", "丸山花子", "John Smith", "中村", "大村 一郎",
    // a person's trade name, or a doctor's own clinic: no 法人 by its name
    "山田商店", "山田商会", "田中医院",
  ])("%s names none", (name) => expect(namesBody(name)).toBe(false));
});
