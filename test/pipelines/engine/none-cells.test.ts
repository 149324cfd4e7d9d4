// A code or quantity cell that only says there is none (法人番号 `なし`, `該当なし`, `－`; 容量 `－`) is an empty value:
// published as null, nothing kept in 備考, said once as placeholder_value. A word that says more (不明) is still kept.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("a cell that says there is none", () => {
  it("法人番号 なし / 無 / 該当なし / － / -: null, nothing in 備考, one placeholder_value each; 不明 is kept as before", async () => {
    const { rows, report } = await runBytes(["イベント名,法人番号,開始日,備考",
      "春まつり,なし,2024/4/1,", "夏まつり,無,2024/7/1,雨天中止", "秋まつり,該当なし,2024/10/1,", "冬まつり,－,2024/12/1,", "新年会,-,2025/1/5,",
      "節分,不明,2025/2/3,"].join("\n"), "131041_event.csv");
    expect(rows.map((r) => [r.record.publisher_corporate_number, r.record.remarks]))
      .toEqual([[null, null], [null, "雨天中止"], [null, null], [null, null], [null, null], [null, "法人番号：不明"]]);
    expect(tuples(report, "placeholder_value", "unparseable_corporate_number", "kept_as_remarks")).toEqual([
      [1, "publisher_corporate_number", "placeholder_value"], [2, "publisher_corporate_number", "placeholder_value"],
      [3, "publisher_corporate_number", "placeholder_value"], [4, "publisher_corporate_number", "placeholder_value"],
      [5, "publisher_corporate_number", "placeholder_value"],
      [6, "publisher_corporate_number", "unparseable_corporate_number"], [6, "remarks", "kept_as_remarks"]]);
    const said = report.issues.find((i) => i.code === "placeholder_value");
    expect([said?.value, said?.message_ja]).toEqual(["なし", "2行目（データの1行目）：「法人番号」の「なし」は値がないことを表す言葉とみなし、空欄にしました。該当なしの場合は空欄にしてください。"]);
    // a dash is still called a mark
    expect(report.issues.find((i) => i.code === "placeholder_value" && i.row === 4)?.message_ja).toContain("「－」は値がないことを表す記号とみなし");
  });

  it("事業所番号 なし: null and said, not kept in 備考", async () => {
    const { rows, report } = await runBytes("事業所名,事業所番号,所在地\nさくら苑,なし,東京都新宿区西新宿1-1-1\n", "131041_care_service.csv");
    expect([rows[0].record.provider_number, rows[0].record.remarks]).toEqual([null, null]);
    expect(tuples(report, "placeholder_value", "unparseable_fixed_code", "kept_as_remarks")).toEqual([[1, "provider_number", "placeholder_value"]]);
  });

  it("容量 － (labelled into 備考): no 容量：－ in 備考, said once under its header; a capacity is still labelled", async () => {
    const { rows, report } = await runBytes(["NO,種別,住所,口径,容量（㎥）,備考",
      "1,消火栓,東京都足立区中央本町1-17-1,150,－,",
      "2,防火水槽,東京都足立区千住1-1,,-,耐震性",
      "3,防火水槽,東京都足立区千住1-2,,40,"].join("\n"), "131211_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.diameter_mm, r.record.remarks])).toEqual([[150, null], [null, "耐震性"], [null, "容量（㎥）：40"]]);
    expect(tuples(report, "placeholder_value", "kept_as_remarks")).toEqual([[1, "容量（㎥）", "placeholder_value"], [2, "容量（㎥）", "placeholder_value"]]);
    expect(report.issues.filter((i) => i.code === "placeholder_value").map((i) => i.value)).toEqual(["－", "-"]);
    // the file's own column keeps the cell as written
    expect(rows[0].extra).toEqual({ "容量（㎥）": "－" });
  });

  it("a 休館日 of なし (labelled) is information and stays; its dash is no value", async () => {
    const { rows } = await runBytes("名称,所在地_連結表記,開始時間,終了時間,休館日\n区民会館,東京都新宿区西新宿1-1,9:00,17:00,なし\n"
      + "区民集会所,東京都新宿区西新宿1-2,9:00,17:00,－\n", "131041_public_facility.csv");
    expect(rows.map((r) => r.record.availability_remarks)).toEqual(["休館日：なし", null]);
  });
});
