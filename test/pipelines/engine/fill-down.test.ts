// Cells that mean "as above": 同上/〃 anywhere, and the blank leading cells of a grouped list saved from merged cells.
import { describe, expect, it } from "vitest";
import { FillDown, type FilledCell, groupColumnsOf } from "../../../pipelines/fill-down.ts";
import { runBytes } from "./helpers.ts";

describe("fill from the row above", () => {
  it("group columns: left of the name, first cell filled, blank further down; not an ID, a sequence number or a full column", () => {
    const plan = { keys: ["category", "kind", null, "name", "full_address"] };
    const rows = [["国指定", "史跡", "1", "八王子城跡", "八王子市元八王子町"], ["", "", "2", "滝山城跡", "八王子市丹木町"], ["都指定", "彫刻", "", "不動明王像", "八王子市元本郷町"]];
    expect(groupColumnsOf(plan, rows)).toEqual([0, 1]);
    // every cell filled: no group; the name first: nothing left of it
    expect(groupColumnsOf(plan, rows.map((r) => ["国指定", "史跡", "1", r[3], r[4]]))).toEqual([]);
    expect(groupColumnsOf({ keys: ["name", "kind"] }, [["A", "史跡"], ["B", ""]])).toEqual([]);
    // a blank ID is no group of the row above
    expect(groupColumnsOf({ keys: ["id", "name"] }, [["1", "A"], ["", "B"]])).toEqual([]);
  });

  it("fills a group's blank cells and ditto marks from the row above, each reported; leaves other blanks", () => {
    const fill = new FillDown([0]);
    const filled: FilledCell[] = [];
    expect(fill.apply(["国指定", "史跡", "八王子城跡", "備考"], 1, filled)).toEqual(["国指定", "史跡", "八王子城跡", "備考"]);
    expect(fill.apply(["", "〃", "滝山城跡", ""], 2, filled)).toEqual(["国指定", "史跡", "滝山城跡", ""]);
    expect(fill.apply(["", " 同上 ", "絹の道", "同上"], 3, filled)).toEqual(["国指定", "史跡", "絹の道", "同上"]);
    expect(filled).toEqual([
      { column: 0, row: 2, how: "group" }, { column: 1, row: 2, how: "ditto" }, { column: 0, row: 3, how: "group" }, { column: 1, row: 3, how: "ditto" },
    ]);
  });

  it("end to end: a grouped cultural property list is read whole, each filled cell a warning (blank) or info (ditto)", async () => {
    const text = ["指定区分,種別,名称,員数,所在地", "国指定,史跡,八王子城跡,,八王子市元八王子町3丁目", ",,滝山城跡,,八王子市丹木町3丁目",
      "市指定,天然記念物,宗関寺のヒイラギ,1株,八王子市元八王子町3-2324", ",〃,高尾山のスギ並木,,八王子市高尾町"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "132012_cultural_property.csv");
    expect(rows.map((r) => [r.record.category, r.record.kind, r.record.name, r.valid])).toEqual([
      [["国指定"], "史跡", "八王子城跡", true], [["国指定"], "史跡", "滝山城跡", true],
      [["市指定"], "天然記念物", "宗関寺のヒイラギ", true], [["市指定"], "天然記念物", "高尾山のスギ並木", true],
    ]);
    expect(report.issues.filter((i) => i.code === "blank_filled_from_above" || i.code === "same_as_above").map((i) => [i.row, i.field, i.code, i.severity, i.value]))
      .toEqual([[2, "category", "blank_filled_from_above", "warning", "国指定"], [2, "kind", "blank_filled_from_above", "warning", "史跡"],
        [4, "category", "blank_filled_from_above", "warning", "市指定"], [4, "kind", "same_as_above", "info", "天然記念物"]]);
    // 員数 1株: the unit goes to 員数（単位）
    expect(rows[2].record).toMatchObject({ quantity: 1, quantity_unit: "株" });
    expect(report.issues.find((i) => i.field === "quantity_unit")).toMatchObject({ code: "unit_moved", severity: "info", value: "株" });
  });
});
