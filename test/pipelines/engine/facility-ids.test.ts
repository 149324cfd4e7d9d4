// A ward's facility list numbers its facilities (施設ID, 施設番号), often beside the row's running number (No): the
// facility's own number is the record's ID, and the running number only its place in the list.
import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { runBytes, tuples } from "./helpers.ts";

const FACILITIES = "施設ID,施設名,施設分類,所在地,開館時間,休館日,駐車場\n"
  + "131041-001,新宿区立四谷地域センター,区民施設/集会施設,東京都新宿区内藤町87番地,9:00～21:00（日曜は17:00まで）,第3月曜日（祝日の場合は翌日）,有（5台）\n"
  + "131041-002,新宿区立中央図書館,教育文化施設/図書館,東京都新宿区大久保3-1-1,9:00～20:00,第4木曜日、年末年始,無\n";

describe("a facility's own number", () => {
  it("施設ID of a Shift_JIS facility list is the ID, not a column the standard lacks", async () => {
    const { rows, report } = await runBytes(encodeCp932(FACILITIES), "131041_public_facility.csv");
    expect(rows.map((r) => [r.record.id, r.record.name, r.extra?.["施設ID"]]))
      .toEqual([["131041-001", "新宿区立四谷地域センター", undefined], ["131041-002", "新宿区立中央図書館", undefined]]);
    expect(tuples(report, "unknown_header")).toEqual([[null, "施設分類", "unknown_header"]]);
  });

  it("beside a running No, 施設番号 is the ID and No is said to be the rows' numbers (info, nothing to merge), in either order", async () => {
    for (const [header, row1, row2] of [
      ["No,施設番号", "1,A-01", "2,A-02"], ["施設番号,No", "A-01,1", "A-02,2"],
    ]) {
      const text = `${header},名称,住所\n${row1},区民センター,東京都中野区中野2-9-7\n${row2},中央図書館,東京都中野区中野2-9-8\n`;
      const { rows, report } = await runBytes(text, "131148_public_facility.csv");
      expect(rows.map((r) => [r.record.id, r.extra?.No])).toEqual([["A-01", "1"], ["A-02", "2"]]);
      expect(report.issues.filter((i) => i.code.endsWith("_header")).map((i) => [i.code, i.severity, i.field, i.value]))
        .toEqual([["row_number_header", "info", "No", "施設番号"]]);
    }
  });

  it("a No alone is still the ID", async () => {
    const { rows, report } = await runBytes("No,名称,住所\n1,区民センター,東京都中野区中野2-9-7\n", "131148_public_facility.csv");
    expect(rows.map((r) => r.record.id)).toEqual(["1"]);
    expect(report.issues.filter((i) => i.code.endsWith("_header"))).toEqual([]);
  });
});
