// A 備考 headed with the measure its cells give: 目黒区's 公衆トイレ一覧 (131105_public_toilet_20210401.csv, data.bodik.jp,
// as copied in https://github.com/TakuKobayashi/GovernmentOpenDataWebAPI) heads it `備考（床面積㎡）` over figures alone
// (30.95, 7.79). The header is the ward's as published; the rows are our own, in its value forms.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "名称,住所,設置位置,緯度,経度,男性トイレ総数,女性トイレ総数";

describe("a remarks column headed with a measure", () => {
  it("publishes each figure after the measure (before: 30.95 alone, a remarks no reader can tell the meaning of)", async () => {
    const text = [`${HEADER},備考（床面積㎡）`, "駅前公衆便所,東京都目黒区駒場2-2-1,駅前広場,35.658784,139.682796,3,2,30.95",
      "橋公衆便所,東京都目黒区青葉台2-19-4,橋の袂,35.649164,139.693042,2,1,7.79 ", "神社公衆便所,東京都目黒区碑文谷3-7-3,境内,35.617423,139.685658,3,2,"].join("\n");
    const { rows, report } = await runBytes(`${text}\n`, "131105_public_toilet.csv");
    expect(rows.map((r) => [r.valid, r.record.remarks])).toEqual([[true, "床面積m2:30.95"], [true, "床面積m2:7.79"], [true, null]]);
    expect(tuples(report, "column_labelled_by_qualifier")).toEqual([[null, "remarks", "column_labelled_by_qualifier"]]);
    expect(report.issues.find((i) => i.code === "column_labelled_by_qualifier")?.message_ja).toContain("「備考（床面積㎡）」");
  });

  it("leaves a remarks column whose brackets name no measure as written (備考（詳細）)", async () => {
    const text = [`${HEADER},備考（詳細）`, "駅前公衆便所,東京都目黒区駒場2-2-1,駅前広場,35.658784,139.682796,3,2,夜間閉鎖"].join("\n");
    const { rows, report } = await runBytes(`${text}\n`, "131105_public_toilet.csv");
    expect(rows.map((r) => r.record.remarks)).toEqual(["夜間閉鎖"]);
    expect(tuples(report, "column_labelled_by_qualifier")).toEqual([]);
  });
});
