// 許可番号: a number an office gives, kept as written; words with no number (届出) are none, kept in 備考 and said.
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { normalizeIssuedNumber, plainIssuedNumber } from "../../../pipelines/normalize/issued-number.ts";
import { food_business } from "../../../schemas/datasets/food_business.ts";
import { at, codes } from "./helpers.ts";

describe("normalizeIssuedNumber", () => {
  it.each([
    ["第6421号", "第6421号", []],
    ["31中保衛生第123号", "31中保衛生第123号", []],
    ["第６４２１号", "第6421号", ["full_width_converted"]],
    // in kanji numerals, as an old list writes it
    ["第六四二一号", "第六四二一号", []],
    // a notification is given no number: the words are none
    ["届出", null, ["number_is_words"]],
    ["届出済", null, ["number_is_words"]],
    ["届出のため番号なし", null, ["number_is_words"]],
    ["（届出）", null, ["number_is_words"]],
    // a word or sign for none: empty, nothing more to keep
    ["なし", null, ["placeholder_value"]],
    ["-", null, ["placeholder_value"]],
  ])("%s → %s", (raw, value, issues) => {
    expect(codes(normalizeIssuedNumber(raw, at))).toEqual([value, issues]);
  });

  it("takes only a cell with a numeral as plain", () => {
    expect([plainIssuedNumber("第6421号"), plainIssuedNumber("届出"), plainIssuedNumber("六号")]).toEqual(["第6421号", undefined, "六号"]);
  });
});

describe("a food business's 許可番号", () => {
  it("of 届出 is no permit number: empty, the cell kept in 備考 after what it says, one warning naming the row", () => {
    const { record, issues } = normalizeRecord({ name: "居酒屋たちかわ", business_type: "そうざい製造業", permit_number: "届出", remarks: "令和3年6月届出" },
      food_business, { row: 2 }, { municipality: "132021" });
    expect(record).toMatchObject({ permit_number: null, remarks: "令和3年6月届出 / 許可番号：届出" });
    const said = issues.filter((i) => i.field === "permit_number" || i.field === "remarks");
    expect(said.map((i) => [i.row, i.field, i.code, i.value, i.severity])).toEqual([[2, "permit_number", "number_is_words", "届出", "warning"]]);
    expect(said[0].message_ja).toContain("備考");
  });

  it("with a number is published as written, nothing kept", () => {
    const { record, issues } = normalizeRecord({ name: "カレーハウス立川", business_type: "飲食店営業", permit_number: "第6421号" }, food_business, { row: 1 },
      { municipality: "132021" });
    expect(record).toMatchObject({ permit_number: "第6421号", remarks: null });
    expect(issues.filter((i) => i.field === "permit_number" || i.field === "remarks")).toEqual([]);
  });
});
