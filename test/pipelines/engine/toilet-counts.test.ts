import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

// A ward's list of park toilets as published: one column per sex, the men's seats given by kind (大 stalls, 小 urinals)
// in one cell, written with a space, a ・, a line break or nothing at all between the kinds.
const TAITO = ["番号,トイレ名称,所在地,設置場所,男性用,女性用,多目的,オストメイト,ベビーチェア,利用時間,緯度,経度,備考",
  "1,上野公園第1トイレ,台東区上野公園5-20,噴水広場東側,大2 小3,4,1,○,有,24時間,35.714765,139.774081,",
  "2,隅田公園トイレ,台東区花川戸1-1,公園内北側,大1・小2,3,1,有,設置,6:00～22:00,35.711,139.799,夜間閉鎖",
  "3,浅草寺前トイレ,台東区浅草2-3-1,雷門通り側,大2小4,洋式3和式1,1,設置,×,7:00-21:00,35.714,139.796,",
  "4,谷中霊園トイレ,台東区谷中7-5-24,霊園管理所横,\"小2\n大1\",2,0,×,無,終日,35.724,139.768,"].join("\n");

describe("a toilet list's counts given by kind of seat", () => {
  it("sums the kinds however they are parted, also run together (大2小4), and keeps the cell in 備考", async () => {
    const { rows, report } = await runBytes(TAITO, "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.total_female_toilet, r.record.remarks, r.valid])).toEqual([
      [5, 4, "男性トイレ総数：大2 小3", true],
      [3, 3, "夜間閉鎖 / 男性トイレ総数：大1・小2", true],
      [6, 4, "男性トイレ総数：大2小4 / 女性トイレ総数：洋式3和式1", true],
      [3, 2, "男性トイレ総数：小2\n大1", true],
    ]);
    // the parts of one kind with a column of the standard fill it: the urinals (小), a woman's 洋式 and 和式; the
    // stalls (大: 和式 and 洋式 together) are no one column's
    expect(rows.map((r) => [r.record.urinal_male_toilet, r.record.japanese_style_male_toilet, r.record.western_style_male_toilet,
      r.record.japanese_style_female_toilet, r.record.western_style_female_toilet])).toEqual([
      [3, null, null, null, null], [2, null, null, null, null], [4, null, null, 1, 3], [2, null, null, null, null]]);
    expect(report.issues.filter((i) => i.code === "count_part_filled").map((i) => [i.row, i.field, i.severity, i.value, i.detail])).toEqual([
      [1, "total_male_toilet", "info", "大2 小3", "男性トイレ数（小便器）：3"], [2, "total_male_toilet", "info", "大1・小2", "男性トイレ数（小便器）：2"],
      [3, "total_male_toilet", "info", "大2小4", "男性トイレ数（小便器）：4"],
      [3, "total_female_toilet", "info", "洋式3和式1", "女性トイレ数（洋式）：3、女性トイレ数（和式）：1"],
      [4, "total_male_toilet", "info", "小2\n大1", "男性トイレ数（小便器）：2"]]);
    expect(tuples(report, "sum_mismatch")).toEqual([]);
    expect(tuples(report, "number_parts_summed", "unparseable_number")).toEqual([
      [1, "total_male_toilet", "number_parts_summed"], [2, "total_male_toilet", "number_parts_summed"],
      [3, "total_male_toilet", "number_parts_summed"], [3, "total_female_toilet", "number_parts_summed"],
      [4, "total_male_toilet", "number_parts_summed"],
    ]);
  });

  // before: unread (unparseable_number), the counts left empty
  it("reads kinds written short (洋2和1) or with a times sign (小×2 大×1, 和×1洋×2), each kind's column filled", async () => {
    const { report, rows } = await runBytes(["名称,所在地,設置位置,男性用,女性用,男女共用",
      "駅前トイレ,東京都台東区上野7-1-1,駅前広場,小×2 大×1,洋2和1,洋1",
      "公園トイレ,東京都台東区上野公園1-1,公園内,小×2大×1,和×1洋×2,和 1"].join("\n"), "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.urinal_male_toilet, r.record.total_female_toilet, r.record.japanese_style_female_toilet,
      r.record.western_style_female_toilet, r.record.total_unisex_toilet, r.record.japanese_style_unisex_toilet, r.record.western_style_unisex_toilet]))
      .toEqual([[3, 2, 3, 1, 2, 1, null, 1], [3, 2, 3, 1, 2, 1, 1, null]]);
    expect(rows[0].record.remarks).toBe("男性トイレ総数：小×2 大×1 / 女性トイレ総数：洋2和1 / 男女共用トイレ総数：洋1");
    expect(tuples(report, "unparseable_number")).toEqual([]);
  });

  // before: the count read (number_with_note), its kind left in 備考 only, 女性トイレ数（洋式） empty
  it("fills a kind's column from the note after a count (2（洋式）, 2（洋式1・和式1）, 4（うち洋式2））, not from parts that do not add up", async () => {
    const { report, rows } = await runBytes(["名称,所在地,設置位置,男性用,女性用",
      "駅前トイレ,東京都台東区上野7-1-1,駅前広場,3(小便器),2（洋式）",
      "公園トイレ,東京都台東区上野公園1-1,公園内,4（うち洋式2）,2（洋式1・和式1）",
      "広場トイレ,東京都台東区上野公園1-2,公園内,4（うち洋式5）,3（洋式1・和式1）",
      "霊園トイレ,東京都台東区谷中7-5-24,管理所横,2（大）,2（改修中）"].join("\n"), "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.urinal_male_toilet, r.record.japanese_style_male_toilet, r.record.western_style_male_toilet,
      r.record.total_female_toilet, r.record.japanese_style_female_toilet, r.record.western_style_female_toilet])).toEqual([
      // 4（うち洋式5）: some of them more than all of them, which is wrong the cell does not say (before: 4 published)
      [3, 3, null, null, 2, null, 2], [4, null, null, 2, 2, 1, 1], [null, null, null, null, 3, null, null], [2, null, null, null, 2, null, null]]);
    expect(report.issues.filter((i) => i.code === "count_part_filled").map((i) => [i.row, i.field, i.value, i.detail])).toEqual([
      [1, "total_male_toilet", "3(小便器)", "男性トイレ数（小便器）：3"], [1, "total_female_toilet", "2（洋式）", "女性トイレ数（洋式）：2"],
      [2, "total_male_toilet", "4（うち洋式2）", "男性トイレ数（洋式）：2"],
      [2, "total_female_toilet", "2（洋式1・和式1）", "女性トイレ数（洋式）：1、女性トイレ数（和式）：1"]]);
    expect(rows[0].record.remarks).toBe("男性トイレ総数：3(小便器) / 女性トイレ総数：2（洋式）");
  });

  // before: `1（洋式・温水洗浄）` read 1 but left 女性トイレ数（洋式） empty, the note's other word being no kind
  it("fills a kind's column from a note that names one kind beside words of no kind (1（洋式・温水洗浄）), not from one of two kinds", async () => {
    const { report, rows } = await runBytes(["名称,所在地,設置位置,男性用,女性用",
      "駅前トイレ,東京都台東区上野7-1-1,駅前広場,2（小便器、自動洗浄）,1（洋式・温水洗浄）",
      "公園トイレ,東京都台東区上野公園1-1,公園内,3（うち洋式・温水洗浄）,2（洋式・和式）",
      "広場トイレ,東京都台東区上野公園1-2,公園内,1,2（洋式 温水洗浄便座付）",
      // before: 3 read, 男性トイレ数（小便器） left empty, as the note after the parts hid them
      "霊園トイレ,東京都台東区谷中7-5-24,管理所横,小2 大1（洋式）,1"].join("\n"), "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.urinal_male_toilet, r.record.western_style_male_toilet,
      r.record.total_female_toilet, r.record.japanese_style_female_toilet, r.record.western_style_female_toilet])).toEqual([
      [2, 2, null, 1, null, 1], [3, null, null, 2, null, null], [1, null, null, 2, null, 2], [3, 2, null, 1, null, null]]);
    expect(report.issues.filter((i) => i.code === "count_part_filled").map((i) => [i.row, i.value, i.detail])).toEqual([
      [1, "2（小便器、自動洗浄）", "男性トイレ数（小便器）：2"], [1, "1（洋式・温水洗浄）", "女性トイレ数（洋式）：1"],
      [3, "2（洋式 温水洗浄便座付）", "女性トイレ数（洋式）：2"], [4, "小2 大1（洋式）", "男性トイレ数（小便器）：2"]]);
  });

  it("a 多目的トイレ column of ○ / ×: × is none (0), said at info level; ○ says there is one or more, kept in 備考 and warned", async () => {
    const koganei = ["名称,所在地,設置場所,男子大,男子小,女子,多目的トイレ,車いす対応,おむつ交換台,オストメイト対応,開放時間,備考",
      "武蔵小金井駅南口公衆トイレ,小金井市本町6-14,南口広場,1,2,2,○,○,○,×,9:00～17:00,",
      "貫井北町トイレ,小金井市貫井北町1-1,公園内,1,1,1,×,×,×,×,24時間,"].join("\n");
    const { report, rows } = await runBytes(koganei, "132101_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.multifunctional_toilet, r.record.wheelchair_toilet, r.record.remarks])).toEqual([
      [3, null, true, "多機能トイレ数：○"], [2, 0, false, null]]);
    expect(report.issues.filter((i) => i.field === "multifunctional_toilet").map((i) => [i.row, i.code, i.severity, i.value])).toEqual([
      [1, "yes_as_count", "warning", "○"], [2, "none_as_zero", "info", "×"]]);
    expect(report.issues.find((i) => i.code === "yes_as_count")?.message_ja).toBe("2行目（データの1行目）：「多機能トイレ数」の「○」は「ある」ことだけを表し、"
      + "数が分からないため空欄にしました。セルは備考の列があればそこに書かれたとおり残しました。数の列には数（例 1）を入力してください。");
  });

  it("a count of parts with a note after a part amid them (大1（洋式） 小2) reads as with the note at the end; before: unread, kept in 備考", async () => {
    const { report, rows } = await runBytes(["名称,所在地,設置位置,男性用,女性用,多目的トイレ,備考",
      "霊園トイレ,東京都台東区谷中7-5-24,管理所横,大1（洋式） 小2,1,有（1）,",
      "公園トイレ,東京都台東区上野公園1-1,公園内,大１（洋式）、小２（自動洗浄）,大2（洋式1、和式1） 小0,0,清掃中あり",
      "病院前トイレ,東京都台東区上野1-1,歩道,大1（洋式）,2,0,"].join("\n"), "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.urinal_male_toilet, r.record.western_style_male_toilet, r.record.total_female_toilet,
      r.record.remarks])).toEqual([
      [3, 2, null, 1, "男性トイレ総数：大1（洋式） 小2"],
      [3, 2, null, 2, "清掃中あり / 男性トイレ総数：大1（洋式）、小2（自動洗浄） / 女性トイレ総数：大2（洋式1、和式1） 小0"],
      [1, null, null, 2, "男性トイレ総数：大1（洋式）"]]);
    expect(report.issues.filter((i) => i.field === "total_male_toilet").map((i) => [i.row, i.code, i.detail ?? null])).toEqual([
      [1, "number_parts_summed", null], [1, "number_with_note", null], [1, "count_part_filled", "男性トイレ数（小便器）：2"],
      [2, "number_parts_summed", null], [2, "number_with_note", null], [2, "count_part_filled", "男性トイレ数（小便器）：2"],
      [3, "number_of_one_kind", null], [3, "number_with_note", null]]);
  });

  it("a part's own column, when the file gives it, keeps its value; the total's cell fills only the empty ones", async () => {
    const { report, rows } = await runBytes(["名称,所在地,設置位置,男性用,男性トイレ数（小便器）,女性用",
      "駅前トイレ,東京都台東区上野7-1-1,駅前広場,大2 小3,3,洋式2",
      "公園トイレ,東京都台東区上野公園1-1,公園内,大1 小2,,和式1 洋式1"].join("\n"), "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.urinal_male_toilet, r.record.total_female_toilet,
      r.record.japanese_style_female_toilet, r.record.western_style_female_toilet])).toEqual([[5, 3, 2, null, 2], [3, 2, 2, 1, 1]]);
    expect(report.issues.filter((i) => i.code === "count_part_filled").map((i) => [i.row, i.detail])).toEqual([
      [1, "女性トイレ数（洋式）：2"], [2, "男性トイレ数（小便器）：2"], [2, "女性トイレ数（和式）：1、女性トイレ数（洋式）：1"]]);
  });
});
