// legend-rows.ts: the lines under a 凡例 heading and a line explaining a column's values are a legend, never a
// record; a row with values in several columns always is.
import { describe, expect, it } from "vitest";
import { columnNamesOf, legendsBelowData, onlyLegendIn } from "../../../pipelines/legend.ts";
import { legendLines } from "../../../pipelines/legend-rows.ts";
import { getDataset } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

const HYDRANT_HEADER = ["NO", "種別", "住所", "緯度", "経度", "口径(mm)"];
const linesOf = (rows: string[][], header = HYDRANT_HEADER) => {
  const legend = legendLines(header);
  return rows.map((cells) => legend.test(cells));
};

describe("legendLines", () => {
  it("a 凡例 heading and the one-cell lines under it, until a row of values", () => {
    expect(linesOf([
      ["【凡例】", "", "", "", "", ""],
      ["種別：消火栓（公設）、防火水槽（40t以上）", "", "", "", "", ""],
      ["口径：mm", "", "", "", "", ""],
      ["種別", "1：消火栓　2：防火水槽", "", "", "", ""],
      ["3", "消火栓", "東大和市中央3-930", "35.7454", "139.4264", "150"],
      ["口径：mm", "", "", "", "", ""],
    ])).toEqual([true, true, true, true, false, false]);
    expect(linesOf([["凡例"], ["○：公設"]], ["名称", "種別"])).toEqual([true, true]);
  });

  it("in a narrow table, a legend line is one cell: a row of two values ends the legend", () => {
    expect(linesOf([["（凡例）", ""], ["1：消火栓", ""], ["消火栓", "東大和市中央3-930"]], ["種別", "住所"])).toEqual([true, true, false]);
  });

  it("given the dataset, a row of one or two cells that is a legend of a column's codes is a legend line; a row of values is not", () => {
    const hydrant = getDataset("fire_hydrant");
    const legend = legendLines(HYDRANT_HEADER, hydrant);
    expect([["凡例", "1=消火栓　2=防火水槽", "", "", "", ""], ["1=消火栓", "2=防火水槽", "", "", "", ""], ["1", "消火栓", "", "", "", ""],
      ["1=消火栓", "2=防火水槽", "3=プール", "", "", ""]].map((cells) => legend.test(cells))).toEqual([true, true, false, false]);
    expect(legendLines(HYDRANT_HEADER).test(["凡例", "1=消火栓　2=防火水槽", "", "", "", ""])).toBe(false);
  });

  it("a row that reads as a legend but holds a value too (an ID, a name) is a record, wherever it stands; a row of the legend alone is a legend line", () => {
    const hydrant = getDataset("fire_hydrant");
    const header = ["ID", "種別", "所在地_連結表記", "緯度", "経度", "口径", "備考"];
    const legend = legendLines(header, hydrant);
    expect([
      ["2", "1:消火栓 2:防火水槽", "", "", "", "", ""],
      ["3", "", "", "", "", "", "1=消火栓、2=防火水槽 併設"],
      ["", "新宿1号", "", "", "", "", "1=消火栓、2=防火水槽"],
      ["種別", "1：消火栓　2：防火水槽", "", "", "", "", ""],
      ["種別：", "1=消火栓 2=防火水槽", "", "", "", "", ""],
      ["※", "1=消火栓 2=防火水槽", "", "", "", "", ""],
      ["（凡例）種別", "1=消火栓 2=防火水槽", "", "", "", "", ""],
    ].map((cells) => legend.test(cells))).toEqual([false, false, false, true, true, true, true]);
  });

  it("a one-cell line `<column>：…、…` explains that column, anywhere; a column the file does not have, or no list, is no legend", () => {
    const rows = [["種別：消火栓（公設）、防火水槽（40t以上）"], ["口径：75、100、150"], ["管理者：東京都、市"], ["口径：mm"], ["種別：消火栓"]];
    expect(linesOf(rows.map((r) => [...r, "", "", "", "", ""]))).toEqual([true, true, false, false, false]);
  });
});

describe("onlyLegendIn and legendsBelowData", () => {
  const names = columnNamesOf(["ID", "種別", "口径(mm)", "備考"]);
  it("every filled cell must be part of the legend: a mark, a column's name or codes with their words", () => {
    expect(onlyLegendIn(["凡例", "1=消火栓", "", ""], names)).toBe(true);
    expect(onlyLegendIn(["口径", "1=細管 2=太管", "", ""], names)).toBe(true);
    // a time is no code with its word
    expect(onlyLegendIn(["備考", "9:00"], names)).toBe(false);
    expect(onlyLegendIn(["注", "1：消火栓、2：防火水槽"], names)).toBe(true);
    expect(onlyLegendIn(["3", "", "", "1=消火栓、2=防火水槽 併設"], names)).toBe(false);
    expect(onlyLegendIn(["A-12", "1=消火栓 2=防火水槽"], names)).toBe(false);
  });

  it("under the data, a last row with an ID beside a legend is a record, not the file's legend: the search ends there", () => {
    const hydrant = getDataset("fire_hydrant")!;
    const header = ["ID", "種別", "住所", "緯度", "経度", "口径", "備考"];
    const rows = [["1", "消火栓", "新宿1-1", "35.69", "139.70", "150", ""], ["3", "", "", "", "", "", "1=消火栓、2=防火水槽 併設"]];
    expect(legendsBelowData(rows, hydrant, header)).toEqual([]);
    expect(legendsBelowData([...rows, ["", "", "", "", "", "", ""], ["種別", "1：消火栓　2：防火水槽", "", "", "", "", ""]], hydrant, header))
      .toEqual([{ key: "kind", codes: { 1: "消火栓", 2: "防火水槽" } }]);
  });
});

describe("legends in a file", () => {
  it("rows with an ID whose other cell reads as a legend stay records (the last row, a row between others); a row of the legend alone under the data is a note", async () => {
    const header = "ID,種別,所在地_連結表記,緯度,経度,口径,備考";
    const lastRow = await runBytes([header, "1,消火栓,東京都新宿区新宿1-1-1,35.69,139.70,150,", "2,防火水槽,東京都新宿区新宿1-1-2,35.69,139.70,,",
      "3,,,,,,1=消火栓、2=防火水槽 併設"].join("\n"), "131041_fire_hydrant.csv");
    expect(lastRow.rows.map((r) => [r.row, r.record.id, r.record.kind, r.record.remarks, r.valid])).toEqual([
      [1, "1", "消火栓", null, true], [2, "2", "防火水槽", null, true], [3, "3", null, "1=消火栓、2=防火水槽 併設", false]]);
    expect(tuples(lastRow.report, "note_row")).toEqual([]);
    expect(tuples(lastRow.report, "codes_from_legend")).toEqual([]);
    const between = await runBytes([header, "1,消火栓,東京都新宿区新宿1-1-1,35.69,139.70,150,", "2,1:消火栓 2:防火水槽,,,,,",
      "3,防火水槽,東京都新宿区新宿1-1-2,35.69,139.70,,"].join("\n"), "131041_fire_hydrant.csv");
    expect(between.rows.map((r) => [r.row, r.record.id, r.record.kind, r.valid])).toEqual([
      [1, "1", "消火栓", true], [2, "2", "1:消火栓 2:防火水槽", false], [3, "3", "防火水槽", true]]);
    expect(tuples(between.report, "note_row")).toEqual([]);
    const legend = await runBytes([header, "1,1,東京都新宿区新宿1-1-1,35.69,139.70,150,", "2,2,東京都新宿区新宿1-1-2,35.69,139.70,,", ",,,,,,",
      "種別,1：消火栓　2：防火水槽,,,,,"].join("\n"), "131041_fire_hydrant.csv");
    expect(legend.rows.map((r) => [r.row, r.record.kind, r.valid])).toEqual([[1, "消火栓", true], [2, "防火水槽", true]]);
    expect(legend.report.issues.filter((i) => i.code === "note_row").map((i) => [i.row, i.value])).toEqual([[4, "種別,1：消火栓　2：防火水槽"]]);
    expect(legend.report.issues.filter((i) => i.code === "codes_from_legend").map((i) => [i.field, i.value, i.detail]))
      .toEqual([["kind", "1=消火栓、2=防火水槽", "below_data"]]);
  });

  it("the lines under 【凡例】 and a column's legend under the data are notes; the data rows are all kept", async () => {
    const text = ["NO,種別,住所,緯度,経度,口径", "1,消火栓,東大和市中央3-930,35.745400,139.426400,150",
      "2,防火水槽,東大和市南街1-1,35.741000,139.430000,", "【凡例】,,,,,", "種別：消火栓（公設）、防火水槽（40t以上）,,,,,", "口径：mm,,,,,"].join("\n");
    const { report, rows } = await runBytes(text, "132209_fire_hydrant.csv");
    expect(rows.map((r) => [r.row, r.record.id, r.record.kind, r.valid])).toEqual([[1, "1", "消火栓", true], [2, "2", "防火水槽", true]]);
    expect(report.issues.filter((i) => i.code === "note_row").map((i) => [i.row, i.value]))
      .toEqual([[3, "【凡例】"], [4, "種別：消火栓（公設）、防火水槽（40t以上）"], [5, "口径：mm"]]);
  });

  it("a legend of numbered kinds after the column's name (`種別　1：消火栓　2：防火水槽`) under the data is a note, and its codes are read", async () => {
    const text = "NO,種別,住所\n1,1,東大和市中央3-930\n\n種別　1：消火栓　2：防火水槽　3：私設消火栓,,\n";
    const { report, rows } = await runBytes(text, "132209_fire_hydrant.csv");
    expect(rows.map((r) => [r.row, r.record.kind])).toEqual([[1, "消火栓"]]);
    expect(tuples(report, "note_row")).toEqual([[3, null, "note_row"]]);
    expect(report.issues.filter((i) => i.code === "codes_from_legend").map((i) => [i.field, i.value])).toEqual([["kind", "1=消火栓、2=防火水槽、3=私設消火栓"]]);
  });
});
