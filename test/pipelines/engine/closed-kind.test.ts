// A fire water source list that marks a closed or removed hydrant in its 種別 cell (消火栓（廃止）, 消火栓※休止中,
// 撤去済み消火栓, or 廃止 alone) instead of deleting the row: before, the row was published as a working 消火栓 (the
// qualified kind read as 消火栓), 廃止 alone with only a vocabulary warning. Now such a row is not published, warned with
// the column and the status (closed_kind_row), as a status column's 休止 is; a plan or another note leaves it a kind.
import { describe, expect, it } from "vitest";
import { closedStatusInKind } from "../../../pipelines/state-words.ts";
import { runBytes } from "./helpers.ts";

describe("closedStatusInKind", () => {
  it.each([["消火栓（廃止）", "廃止"], ["消火栓※休止中", "休止中"], ["撤去済み消火栓", "撤去済み"], ["廃止", "廃止"], ["防火水槽(撤去)", "撤去"],
    ["休止中の消火栓", "休止中"], ["消火栓 廃止", "廃止"], ["消火栓【撤去済】", "撤去済"]])("%s → %s", (kind, status) => expect(closedStatusInKind(kind)).toBe(status));
  it.each(["消火栓", "消火栓（地下式単口）", "消火栓（廃止予定）", "公設消火栓", "私設消火栓", "防火水槽 40t", "消火栓 地下式", "", "休止予定", "廃止予定の消火栓"])(
    "%s: none", (kind) => expect(closedStatusInKind(kind)).toBeNull());
});

describe("a hydrant list whose 種別 says a hydrant is closed", () => {
  it("publishes no record of it and names the column and the status", async () => {
    const kinds = ["消火栓", "消火栓（廃止）", "消火栓※休止中", "撤去済み消火栓", "廃止", "消火栓（廃止予定）", "防火水槽"];
    const csv = "消火栓番号,種別,所在地,緯度,経度,口径\n"
      + kinds.map((k, i) => `${i + 1},${k},東京都千代田区丸の内1-${i + 1},35.681${i},139.767${i},75`).join("\n") + "\n";
    const { rows, report } = await runBytes(csv, "131016_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.id, r.record.kind])).toEqual([["1", "消火栓"], ["6", "消火栓（廃止予定）"], ["7", "防火水槽"]]);
    const closed = report.issues.filter((i) => i.code === "closed_kind_row");
    expect(closed.map((i) => [i.row, i.severity, i.field, i.detail])).toEqual([
      [2, "warning", "種別", "廃止"], [3, "warning", "種別", "休止中"], [4, "warning", "種別", "撤去済み"], [5, "warning", "種別", "廃止"]]);
    expect(closed[0].message_ja).toContain("「種別」に「廃止」とある行");
    expect(closed[0].message_en).toContain("\"種別\" says \"廃止\"");
    expect(report.issues.map((i) => i.code)).not.toContain("not_in_vocabulary");
  });
});

// A toilet list names each toilet itself, so a closed status at the end of its name (`A公園トイレ（休止中）`) is the
// row's: before, it was published as an open toilet.
describe("a toilet list whose name says a toilet is closed", () => {
  it("publishes no record of it and says the status", async () => {
    const csv = "名称,所在地,緯度,経度,設置位置\nA公園トイレ（休止中）,東京都千代田区丸の内1-1,35.6812,139.7671,公園内\n"
      + "B公園トイレ（洋式）,東京都千代田区丸の内1-2,35.6813,139.7672,公園内\n";
    const { rows, report } = await runBytes(csv, "131016_public_toilet.csv");
    expect(rows.map((r) => r.record.name)).toEqual(["B公園トイレ（洋式）"]);
    expect(report.issues.filter((i) => i.code === "closed_name_row").map((i) => [i.row, i.detail])).toEqual([[1, "休止中"]]);
  });
});

// A hospital's 医療機関の種類 or a nursery's 種別 that says the place is closed (`休止中`, `認可保育所（休園中）`): before,
// the hospital was published with only a vocabulary warning, the nursery as a current one of kind `休園中`.
describe("a hospital or nursery list whose 種別 says the place is closed", () => {
  it("publishes no record of it and names the column and the status; a planned closure stays", async () => {
    const hospital = await runBytes("名称,医療機関の種類,所在地,電話番号\n立石医院,休止中,東京都葛飾区立石1-1-1,03-3691-1111\n"
      + "立石病院,病院,東京都葛飾区立石1-1-2,03-3691-1112\n", "131229_hospital.csv");
    expect(hospital.rows.map((r) => [r.record.name, r.record.facility_kind])).toEqual([["立石病院", "病院"]]);
    expect(hospital.report.issues.filter((i) => i.code === "closed_kind_row").map((i) => [i.row, i.field, i.detail])).toEqual([[1, "医療機関の種類", "休止中"]]);
    expect(hospital.report.issues.map((i) => i.code)).not.toContain("not_in_vocabulary");
    const nursery = await runBytes("名称,種別,所在地_連結表記,電話番号\n新宿ほし保育園,認可保育所（休園中）,東京都新宿区西新宿2-8-5,03-1111-1115\n"
      + "新宿つき保育園,休園中,東京都新宿区西新宿2-8-6,03-1111-1116\n新宿みどり保育園,認可保育所（廃止予定）,東京都新宿区西新宿2-8-2,03-1111-1112\n", "131041_preschool.csv");
    expect(nursery.rows.map((r) => r.record.name)).toEqual(["新宿みどり保育園"]);
    expect(nursery.report.issues.filter((i) => i.code === "closed_kind_row").map((i) => [i.row, i.field, i.detail])).toEqual([[1, "種別", "休園中"], [2, "種別", "休園中"]]);
  });
});
