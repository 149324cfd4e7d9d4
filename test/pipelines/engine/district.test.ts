// A 西多摩郡 town's file whose rows write the town with and without its 郡: one city on every row.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("a town of 西多摩郡", () => {
  it("is one city, with its 郡, on rows that write it with or without 郡 and 東京都", async () => {
    const csv = [
      "全国地方公共団体コード,ID,地方公共団体名,名称,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,緯度,経度",
      "133035,1,東京都瑞穂町,瑞穂町役場,東京都西多摩郡瑞穂町大字箱根ケ崎2335,東京都,西多摩郡瑞穂町,大字箱根ケ崎,2335,35.7714,139.3543",
      "133035,2,東京都瑞穂町,瑞穂町図書館,瑞穂町大字石畑2008,,,,,35.7678,139.3527",
      "133035,3,東京都瑞穂町,郷土資料館けやき館,東京都瑞穂町大字駒形富士山316-5,,,,,35.7754,139.3347",
      "133035,4,,スカイホール,,東京都,瑞穂町,大字箱根ケ崎,2475,35.7704,139.3530",
    ].join("\n");
    const { rows, report } = await runBytes(csv, "133035_public_facility.csv");
    expect(rows.map((r) => [r.record.city, r.record.full_address, r.record.local_government_name])).toEqual([
      ["西多摩郡瑞穂町", "東京都西多摩郡瑞穂町大字箱根ケ崎2335", "東京都瑞穂町"],
      ["西多摩郡瑞穂町", "東京都西多摩郡瑞穂町大字石畑2008", "東京都瑞穂町"],
      ["西多摩郡瑞穂町", "東京都西多摩郡瑞穂町大字駒形富士山316-5", "東京都瑞穂町"],
      ["西多摩郡瑞穂町", "東京都西多摩郡瑞穂町大字箱根ケ崎2475", "東京都西多摩郡瑞穂町"],
    ]);
    expect(tuples(report, "district_missing", "address_completed", "address_joined")).toEqual([
      [2, "full_address", "address_completed"],
      [3, "full_address", "district_missing"],
      [4, "city", "district_missing"],
      [4, "full_address", "address_joined"],
    ]);
    expect(report.issues.find((i) => i.code === "district_missing" && i.row === 3)).toMatchObject({
      severity: "info", value: "東京都瑞穂町大字駒形富士山316-5",
    });
  });

  it("an old 推奨 file of 奥多摩町: the city, the address and the 地方公共団体名 built from 都道府県名 and 市区町村名 have the 郡", async () => {
    const csv = [
      "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,住所,緯度,経度",
      "133086,1,東京都,奥多摩町,日原鍾乳洞,奥多摩町日原1052,35.8445,139.0511",
      "133086,2,東京都,奥多摩町,奥多摩湖,東京都奥多摩町原5,35.7887,139.0474",
    ].join("\n");
    const { rows } = await runBytes(csv, "133086_tourism.csv");
    expect(rows.map((r) => [r.record.city, r.record.full_address, r.record.local_government_name])).toEqual([
      ["西多摩郡奥多摩町", "東京都西多摩郡奥多摩町日原1052", "東京都西多摩郡奥多摩町"],
      ["西多摩郡奥多摩町", "東京都西多摩郡奥多摩町原5", "東京都西多摩郡奥多摩町"],
    ]);
  });
});
