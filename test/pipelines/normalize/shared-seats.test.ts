import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { getDataset } from "../../../schemas/index.ts";

const toilet = getDataset("public_toilet")!;
const read = (counts: Record<string, string>) => normalizeRecord({ name: "丸の内公園トイレ", full_address: "東京都千代田区丸の内1-1", installation_position: "公園内",
  ...counts }, toilet, { row: 4 }, { municipality: "131016" });
const counts = (record: Record<string, unknown>) => [record.total_male_toilet, record.total_female_toilet, record.total_unisex_toilet];
const said = (issues: ReturnType<typeof read>["issues"]) =>
  issues.filter((i) => i.code === "count_shared_by_sexes").map((i) => [i.row, i.field, i.value, i.detail, i.severity]);

// before: 男性 1, 女性 1 published (two seats, one a man's and one a woman's), 男女共用 empty
describe("a toilet's count by sex whose note says the seats are shared (男女兼用)", () => {
  it("one shared toilet written under each sex is the shared toilets' count, no sex's; warned, the cells kept", () => {
    const out = read({ total_male_toilet: "1（男女兼用）", total_female_toilet: "1（男女兼用）" });
    expect(counts(out.record)).toEqual([null, null, 1]);
    expect(said(out.issues)).toEqual([[4, "total_male_toilet", "1（男女兼用）", "男女共用トイレ総数：1", "warning"],
      [4, "total_female_toilet", "1（男女兼用）", "男女共用トイレ総数：1", "warning"]]);
    expect(out.record.remarks).toBe("男性トイレ総数：1（男女兼用） / 女性トイレ総数：1（男女兼用）");
    const message = out.issues.find((i) => i.code === "count_shared_by_sexes")!;
    expect(message.message_ja).toContain("男女兼用（共用）のトイレの数のため、この列の数としては公開せず、「男女共用トイレ総数：1」としました");
    expect(message.message_en).toContain("counts toilets shared by both sexes");
  });

  it("a sex's own count beside stays; sexes that disagree, or a shared total already given, leave the shared count as it is", () => {
    const one = read({ total_male_toilet: "2", total_female_toilet: "1（男女共用）" });
    expect(counts(one.record)).toEqual([2, null, 1]);
    const disagree = read({ total_male_toilet: "1（男女兼用）", total_female_toilet: "2（男女兼用）" });
    expect(counts(disagree.record)).toEqual([null, null, null]);
    expect(said(disagree.issues).map((s) => s[3])).toEqual(["", ""]);
    expect(disagree.issues.find((i) => i.code === "count_shared_by_sexes")!.message_ja).toContain("空欄にしました");
    const given = read({ total_male_toilet: "1（男女兼用）", total_female_toilet: "3", total_unisex_toilet: "2" });
    expect(counts(given.record)).toEqual([null, 3, 2]);
    expect(said(given.issues).map((s) => s[3])).toEqual([""]);
    // a note of no sharing (洋式) is no such count
    expect(counts(read({ total_male_toilet: "1（洋式）", total_female_toilet: "1" }).record)).toEqual([1, 1, null]);
  });
});
