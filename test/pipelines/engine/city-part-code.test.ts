// A 市区町村コード of the municipality's three digits alone (`101`), as MHLW's lists write it beside a 都道府県コード `13`.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("a code cell of three digits", () => {
  it("is the code of the address's or the publisher's municipality whose digits it is (before: padded to 001015, published valid)", async () => {
    const { rows, report } = await runBytes(["市区町村コード,名称,所在地,医療機関の種類",
      "101,いずみ橋病院,東京都千代田区神田和泉町9-1,病院",
      "102,はるみ病院,東京都中央区晴海9-2,病院",
      "999,どこか病院,東京都千代田区神田9-3,病院"].join("\n"), "131016_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.local_government_code])).toEqual([[true, "131016"], [true, "131024"], [false, null]]);
    expect(tuples(report, "code_from_city_part", "code_city_part_only", "lost_leading_zero")).toEqual([
      [1, "local_government_code", "code_from_city_part"], [2, "local_government_code", "code_from_city_part"],
      [3, "local_government_code", "code_city_part_only"]]);
    const filled = report.issues.find((i) => i.code === "code_from_city_part");
    expect([filled?.value, filled?.detail]).toEqual(["101", "131016"]);
    expect(report.issues.find((i) => i.code === "code_city_part_only")?.message_en).toContain("\"999\"");
  });

  it("outside Tokyo takes the address's prefecture's two digits and the check digit (before: code_city_part_only, every row invalid)", async () => {
    // 今治市's 医療機関一覧 as 医療情報ネット exports it (https://github.com/HB-empitsu/opendata, imabari_hospital.csv):
    // 都道府県コード 38, 市区町村コード 202 beside 愛媛県今治市…; the rows are our own, in its value forms
    const { rows, report } = await runBytes(["ID,正式名称,機関区分,都道府県コード,市区町村コード,所在地",
      "3811385500190,みなと病院,1,38,202,愛媛県今治市高市甲７８６－１３",
      "3822385500490,さくら医院,2,38,202,愛媛県今治市共栄町２－１－２４",
      "3822385500500,どこか医院,2,38,202,今治市共栄町２－１－２５"].join("\n"), "hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.local_government_code])).toEqual([[true, "382027"], [true, "382027"], [false, null]]);
    expect(tuples(report, "code_from_city_part_and_prefecture", "code_city_part_only")).toEqual([
      [1, "local_government_code", "code_from_city_part_and_prefecture"], [2, "local_government_code", "code_from_city_part_and_prefecture"],
      [3, "local_government_code", "code_city_part_only"]]);
    const built = report.issues.find((i) => i.code === "code_from_city_part_and_prefecture");
    expect([built?.value, built?.detail]).toEqual(["202", "382027"]);
    expect(built?.message_ja).toContain("都道府県（38）");
  });

  it("keeps four digits as a Hokkaido body that lost its zero (1100 → 011002)", async () => {
    const { rows } = await runBytes(["全国地方公共団体コード,名称,所在地,医療機関の種類", "1100,北の病院,北海道札幌市中央区北1条西2丁目,病院"].join("\n"),
      "hospital.csv");
    expect(rows.map((r) => r.record.local_government_code)).toEqual(["011002"]);
  });
});
