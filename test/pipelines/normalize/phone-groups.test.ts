import { describe, expect, it } from "vitest";
import { hyphenatedAs, phoneFormOf } from "../../../pipelines/normalize/phone-groups.ts";
import { runBytes, tuples } from "../engine/helpers.ts";

describe("phoneFormOf (how a column writes its numbers)", () => {
  it("is hyphenated when most whole numbers are written with separators, with the groups of their first six digits", () => {
    expect(phoneFormOf(["03-3209-1111", "(0476)42-7300", "０４２２－５１－５１３１", "0312345678", "", "312345678"])).toEqual({
      hyphenated: true, groups: { "033209": [2, 4, 4], "047642": [4, 2, 4], "042251": [4, 2, 4] },
    });
  });

  it("is not hyphenated when as many are written bare, and is undefined with no whole number to follow", () => {
    expect(phoneFormOf(["03-3209-1111", "0332091111"])?.hyphenated).toBe(false);
    expect(phoneFormOf(["312345678", "なし", ""])).toBeUndefined();
  });

  it("drops the groups of six digits the column writes two ways", () => {
    expect(phoneFormOf(["0476-42-7300", "047-642-7301"])?.groups).toEqual({});
  });
});

describe("hyphenatedAs", () => {
  const form = phoneFormOf(["03-3209-1111", "0476-42-7300"]);
  it.each([
    ["0312345678", "03-1234-5678"], ["0426261111", "042-626-1111"], ["0422515131", "0422-51-5131"], ["0428221111", "0428-22-1111"],
    ["0499221441", "04992-2-1441"], ["0499621121", "04996-2-1121"], ["09012345678", "090-1234-5678"], ["0120123456", "0120-123-456"],
    ["08001234567", "0800-123-4567"], // free dial, not the mobile 080
    // the file's own grouping of the same first six digits
    ["0476427307", "0476-42-7307"],
    // not certain: Saitama's 04-29xx beside Tama's 042, another area the file does not show, a digit lost
    ["0429221111", null], ["0476451111", null], ["0451234567", null], ["031234567", null],
  ])("%s → %s", (digits, out) => expect(hyphenatedAs(digits, form ?? { hyphenated: true, groups: {} })).toBe(out));

  it("leaves a number as it is in a file of bare numbers", () => {
    expect(hyphenatedAs("0312345678", { hyphenated: false, groups: {} })).toBeNull();
  });
});

describe("a phone number whose lost 0 was restored", () => {
  const HEADER = "名称,所在地_連結表記,電話番号";
  const file = (...phones: string[]) => `${HEADER}\n${phones.map((p, i) => `施設${i + 1},東京都千代田区千代田1-${i + 1},${p}`).join("\n")}\n`;

  it("is hyphenated as the file's other numbers are, and the warning shows it so", async () => {
    const { rows, report } = await runBytes(file("03-3209-1111", "312345678", "042-626-1111", "499221441"), "131016_public_facility.csv");
    expect(rows.map((r) => r.record.phone_number)).toEqual(["03-3209-1111", "03-1234-5678", "042-626-1111", "04992-2-1441"]);
    expect(tuples(report, "lost_leading_zero")).toEqual([[2, "phone_number", "lost_leading_zero"], [4, "phone_number", "lost_leading_zero"]]);
    const restored = report.issues.find((i) => i.code === "lost_leading_zero" && i.row === 2);
    expect(restored).toMatchObject({ value: "312345678", detail: "03-1234-5678" });
    expect(restored?.message_ja).toContain("「03-1234-5678」");
  });

  it("stays bare in a file of bare numbers, and where the grouping is not certain", async () => {
    const bare = await runBytes(file("0332091111", "312345678"), "131016_public_facility.csv");
    expect(bare.rows.map((r) => r.record.phone_number)).toEqual(["0332091111", "0312345678"]);
    const unsure = await runBytes(file("03-3209-1111", "429221111"), "131016_public_facility.csv");
    expect(unsure.rows.map((r) => r.record.phone_number)).toEqual(["03-3209-1111", "0429221111"]);
  });
});
