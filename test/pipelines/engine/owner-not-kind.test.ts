// A nursery list with both 施設種別 (認可保育園, 小規模保育事業) and 種別 (区立, 私立), as a ward's list of 認可保育園等
// heads them: 種別 is the standard's header, but its cells say who runs the place, not its kind.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("種別 of 区立 / 私立 beside 施設種別 of kinds", () => {
  it("publishes 施設種別 as 種別 and keeps 種別 in extra, warned (before: 区立 published as the kind, the kinds in extra)", async () => {
    const { rows, report } = await runBytes(["施設種別,種別,保育園名,所在地,電話番号",
      "認可保育園,区立,しばうら保育園,港区芝浦9-1-1,03-3451-9001",
      "小規模保育事業,私立,ぽかぽか保育室,港区芝9-2-2,03-3451-9002"].join("\n"), "131032_preschool.csv");
    expect(rows.map((r) => [r.valid, r.record.facility_type, r.extra["種別"], r.extra["施設種別"]]))
      .toEqual([[true, "認可保育園", "区立", undefined], [true, "小規模保育事業", "私立", undefined]]);
    expect(tuples(report, "column_values_of_other", "duplicate_header")).toEqual([[null, "種別", "column_values_of_other"]]);
    const said = report.issues.find((i) => i.code === "column_values_of_other");
    expect(said?.message_ja).toContain("施設種別");
    expect(said?.message_en).toContain("区立、私立");
  });

  it("keeps 種別 when its cells name kinds (区立保育園), and when no other column is headed as the kind", async () => {
    const kinds = await runBytes(["施設種別,種別,保育園名,所在地",
      "認可保育所,区立保育園,しばうら保育園,港区芝浦9-1-1"].join("\n"), "131032_preschool.csv");
    expect(kinds.rows.map((r) => [r.record.facility_type, r.extra["施設種別"]])).toEqual([["区立保育園", "認可保育所"]]);
    const alone = await runBytes(["種別,保育園名,所在地", "区立,しばうら保育園,港区芝浦9-1-1"].join("\n"), "131032_preschool.csv");
    expect(alone.rows.map((r) => r.record.facility_type)).toEqual(["区立"]);
    expect(tuples(alone.report, "column_values_of_other")).toEqual([]);
  });
});

describe("a 居宅訪問型保育事業 with no 所在地 (it cares for a child in the child's own home)", () => {
  it("stays valid, said at info level (before: missing_required, the row invalid)", async () => {
    const { rows, report } = await runBytes(["施設種別,保育園名,所在地,電話番号",
      "認可保育園,しばうら保育園,港区芝浦9-1-1,03-3451-9001",
      "居宅訪問型保育事業,おうちのほいく,,03-3451-9004",
      "認可保育園,みなと保育園,,03-3451-9005"].join("\n"), "131032_preschool.csv");
    expect(rows.map((r) => [r.valid, r.record.full_address])).toEqual([[true, "東京都港区芝浦9-1-1"], [true, null], [false, null]]);
    expect(tuples(report, "not_required_for_kind", "missing_required")).toEqual([[2, "full_address", "not_required_for_kind"],
      [3, "full_address", "missing_required"]]);
  });
});

describe("columns headed X and Y holding degrees of points in Tokyo (a nursery map's CSV: X = 139.71662, Y = 35.70038)", () => {
  it("are the longitude and the latitude, said (before: both in extra, no point)", async () => {
    const { rows, report } = await runBytes(["Name,所在地,X,Y", "わかまつ保育園,東京都新宿区若松町9-1-1,139.71662,35.70038",
      "なかい保育園,東京都新宿区中井9-2-3,139.68439,35.71474"].join("\n"), "131041_preschool.csv");
    expect(rows.map((r) => [r.valid, r.record.latitude, r.record.longitude])).toEqual([[true, 35.70038, 139.71662], [true, 35.71474, 139.68439]]);
    expect(report.issues.filter((i) => i.code === "degree_columns_by_content").map((i) => [i.field, i.value])).toEqual([["X", "経度"], ["Y", "緯度"]]);
  });

  it("leaves small numbers under X / Y (a grid's) in extra", async () => {
    const { rows } = await runBytes(["Name,所在地,X,Y", "わかまつ保育園,東京都新宿区若松町9-1-1,12,7"].join("\n"), "131041_preschool.csv");
    expect(rows.map((r) => [r.record.latitude, r.extra["X"]])).toEqual([[null, "12"]]);
  });
});
