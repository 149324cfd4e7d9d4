// A ward's 避難所・避難場所一覧 read as 指定緊急避難場所 (03): its 種別 column tells each row's kind, and a row of a 指定避難所
// alone (a shelter, 災対法49条の7) is no 指定緊急避難場所 (49条の4, a site to flee to). Before, every such row was
// published as a valid site, its hazards all "no", without a word to the officer.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

const header = "名称,種別,所在地,電話番号,洪水,地震,大規模な火事\n";
const rows = [
  "府中第一小学校,指定避難所・指定緊急避難場所,東京都府中市府中町2-18,042-362-2151,○,○,○",
  "府中第二小学校,指定避難所,東京都府中市本町3-4,042-362-2152,,,",
  "府中の森公園,広域避難場所,東京都府中市浅間町1,042-364-8021,,○,○",
  "府中市福祉センター,福祉避難所,東京都府中市府中町1-1,042-364-0000,,,",
  "郷土の森公園,公園,東京都府中市南町6-32,042-368-7921,,○,",
];

describe("rows of another list in a list of 指定緊急避難場所", () => {
  it("a row whose 種別 names a 避難所 and no 避難場所 is not published, warned with its column and kind", async () => {
    const { report, rows: out } = await runBytes(header + rows.join("\n") + "\n", "132063_evacuation_space.csv");
    expect(out.map((r) => r.record.name)).toEqual(["府中第一小学校", "府中の森公園", "郷土の森公園"]);
    const other = report.issues.filter((i) => i.code === "other_list_row");
    expect(other.map((i) => [i.row, i.field, i.severity, i.detail])).toEqual([[2, "種別", "warning", "指定避難所"], [4, "種別", "warning", "福祉避難所"]]);
    expect(other[0].value).toContain("府中第二小学校");
    expect(other[0].message_ja).toContain("「種別」が「指定避難所」の行");
  });

  it("a column of marks headed 指定緊急避難場所 beside 指定避難所: a row blank or × there is not published", async () => {
    const text = "施設名,区分,所在地,電話番号,指定緊急避難場所,指定避難所,洪水,地震\n"
      + "府中第一小学校,小学校,東京都府中市府中町2-18,042-362-2151,○,○,○,○\n"
      + "府中第二小学校,小学校,東京都府中市本町3-4,042-362-2152,,○,,\n"
      + "府中第三小学校,小学校,東京都府中市本町3-5,042-362-2153,×,○,,\n"
      + "府中の森公園,公園,東京都府中市浅間町1,042-364-8021,○,,,○\n";
    const { report, rows: out } = await runBytes(text, "132063_evacuation_space.csv");
    expect(out.map((r) => [r.record.name, r.record.also_designated_shelter])).toEqual([["府中第一小学校", true], ["府中の森公園", false]]);
    expect(report.issues.filter((i) => i.code === "other_list_row").map((i) => [i.row, i.field, i.detail]))
      .toEqual([[2, "指定緊急避難場所", "空欄"], [3, "指定緊急避難場所", "×"]]);
  });

  it("a 種別 of the standard's own column, or a list of another dataset, reads every row", async () => {
    // 03's own column names no kind: with no free 種別 column, every row is read
    const own = await runBytes(header.replace("種別", "区分2") + rows.join("\n") + "\n", "132063_evacuation_space.csv");
    expect(own.rows).toHaveLength(5);
    const toilets = await runBytes("名称,種別,設置位置,住所\n府中駅トイレ,避難所併設,駅前,東京都府中市宮町1-1\n", "132063_public_toilet.csv");
    expect(toilets.rows).toHaveLength(1);
  });
});
