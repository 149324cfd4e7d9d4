import { describe, expect, it } from "vitest";
import { basicFee, feesByPerson } from "../../../pipelines/normalize/fees-by-person.ts";

describe("feesByPerson", () => {
  it.each([
    ["一般 300円", [{ label: "一般", amount: 300 }]],
    ["大人200円 小人100円", [{ label: "大人", amount: 200 }, { label: "小人", amount: 100 }]],
    ["大人：1,000円／子ども：500円", [{ label: "大人", amount: 1000 }, { label: "子ども", amount: 500 }]],
    ["300円(65歳以上150円)", [{ label: null, amount: 300 }, { label: "65歳以上", amount: 150 }]],
    ["中学生以下無料、一般150円", [{ label: "中学生以下", amount: 0 }, { label: "一般", amount: 150 }]],
    ["小・中学生 1人100円", [{ label: "小・中学生", amount: 100 }]],
    ["一般¥500/人", [{ label: "一般", amount: 500 }]],
    // columns of fees by kind, joined into 料金(詳細): a bare number after its label
    ["大人:600 / 小人:200", [{ label: "大人", amount: 600 }, { label: "小人", amount: 200 }]],
    ["大人:1,500円 / 小・中学生:500円", [{ label: "大人", amount: 1500 }, { label: "小・中学生", amount: 500 }]],
  ])("%s → %j", (cell, parts) => expect(feesByPerson(cell)).toEqual(parts));

  // no label (a plain amount, read elsewhere), a rate, a fee of another thing, words beside: no list of fees by person
  it.each(["500円", "1時間100円", "資料代 500円", "大人200円 ※要予約", "大人200円 駐車場500円", "大人", "大人 未定", "", "600 / 200", "大人2名 子ども1名", "大人(2時間)500円"])("%j → null", (cell) =>
    expect(feesByPerson(cell)).toBeNull());
});

describe("basicFee", () => {
  it.each([
    ["大人200円 小人100円", "大人", 200],
    ["小人100円 大人200円", "大人", 200],
    ["300円(65歳以上150円)", null, 300],
    ["中学生以下無料、一般150円", "一般", 150],
    ["中学生以上500円、小学生以下無料", "中学生以上", 500],
    ["小学生以上500円、未就学児無料", "小学生以上", 500],
    ["18歳以上1000円、18歳未満500円", "18歳以上", 1000],
    // before: none of these read (unparseable_number), 料金(基本) left empty
    ["大人500円（団体400円）", "大人", 500],
    ["一般500円(20名以上の団体400円)", "一般", 500],
    ["個人300円 団体240円", "個人", 300],
    ["大人（高校生以上）300円、小・中学生100円", "大人（高校生以上）", 300],
    ["大人(中学生以上)500円", "大人(中学生以上)", 500],
    // 高松市's 観光施設: who a kind is, in words (before: unparseable_number, 料金(基本) empty)
    ["大人670円、小人(小学生)310円、高齢者(65歳以上)510円、障がい者(手帳所持者)510円", "大人", 670],
  ])("%s → %s %d", (cell, label, amount) => expect(basicFee(feesByPerson(cell) ?? [])).toEqual({ label, amount }));

  // only some kinds of person priced: no amount is the general one (before: the first, 小学生 100; 中学生以下無料 gave 0)
  it.each(["小学生100円、中学生200円", "中学生以下無料", "65歳以上無料", "小学生500円", "65歳以上150円、障害者無料", "団体400円", "小学生（6歳以上）100円、中学生200円"])("%s → none", (cell) =>
    expect(basicFee(feesByPerson(cell) ?? [])).toBeNull());
});
