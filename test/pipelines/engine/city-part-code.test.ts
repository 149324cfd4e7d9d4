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

  it("keeps four digits as a Hokkaido body that lost its zero (1100 → 011002)", async () => {
    const { rows } = await runBytes(["全国地方公共団体コード,名称,所在地,医療機関の種類", "1100,北の病院,北海道札幌市中央区北1条西2丁目,病院"].join("\n"),
      "hospital.csv");
    expect(rows.map((r) => r.record.local_government_code)).toEqual(["011002"]);
  });
});
