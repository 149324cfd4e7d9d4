import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { closeRangeWorkers } from "../../../pipelines/range-pool.ts";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

const HEADER = "NO,種別,住所,緯度,経度,口径,備考";

describe("fire hydrant 種別 and 口径", () => {
  it("a 容量 column (a tank's capacity, no column of the standard) is kept in 備考 after its header", async () => {
    const { rows, report } = await runBytes(["NO,種別,住所,口径,容量（㎥）,備考",
      "1,消火栓,東京都足立区中央本町1-17-1,150,,",
      "2,防火水槽,東京都足立区千住1-1,,40,耐震性"].join("\n"), "131211_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.diameter_mm, r.record.remarks])).toEqual([[150, null], [null, "耐震性 / 容量（㎥）：40"]]);
    expect(tuples(report, "column_labelled", "unknown_header")).toEqual([[null, "remarks", "column_labelled"]]);
  });

  it("a 口径 on a tank's or pool's row is no diameter: kept in 備考 with the kind named, not published", async () => {
    const { rows, report } = await runBytes([HEADER,
      "1,消火栓,東久留米市本町3-3-1,35.7582,139.5297,150,",
      "2,防火水そう,東久留米市滝山4-1,35.7548,139.5099,40,容量(t)",
      "3,耐震性防火水槽,東久留米市南沢5-17,35.744,139.521,100,",
      "4,プール,東久留米市南沢5-18,35.744,139.521,φ75,",
      "5,公設消火栓,東久留米市南沢5-19,35.744,139.521,75,"].join("\n"), "132225_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.kind, r.record.diameter_mm, r.record.remarks, r.valid])).toEqual([
      ["消火栓", 150, null, true],
      ["防火水そう", null, "容量(t) / 口径：40", true],
      ["耐震性防火水槽", null, "口径：100", true],
      ["プール", null, "口径：φ75", true],
      ["公設消火栓", 75, null, true],
    ]);
    expect(report.issues.filter((i) => i.code === "value_not_for_kind").map((i) => [i.row, i.field, i.severity, i.value])).toEqual([
      [2, "diameter_mm", "warning", "40（種別：防火水そう）"],
      [3, "diameter_mm", "warning", "100（種別：耐震性防火水槽）"],
      [4, "diameter_mm", "warning", "φ75（種別：プール）"],
    ]);
  });

  it("a capacity written in 口径 (40t, 40㎥, 350m3, 20トン) is no diameter on any row: kept in 備考 as 容量, said as such", async () => {
    const { rows, report } = await runBytes([HEADER,
      "1,防火水そう,清瀬市野塩1-1,35.776,139.51,40t,",
      "2,防火水槽,清瀬市野塩1-2,35.776,139.51,４０㎥,耐震性",
      "3,プール,清瀬市野塩1-3,35.776,139.51,350m3,",
      "4,消火栓,清瀬市野塩1-4,35.776,139.51,20トン,",
      "5,消火栓,清瀬市野塩1-5,35.776,139.51,150mm,",
      "6,消火栓,清瀬市野塩1-6,35.776,139.51,75/100,"].join("\n"), "132217_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.diameter_mm, r.record.remarks, r.valid])).toEqual([
      [null, "容量：40t", true], [null, "耐震性 / 容量：40㎥", true], [null, "容量：350m3", true], [null, "容量：20トン", true],
      [150, null, true], [null, "口径：75/100", true]]);
    expect(report.issues.filter((i) => i.field === "diameter_mm" || i.field === "remarks").map((i) => [i.row, i.field, i.code, i.severity, i.value]))
      .toEqual([
        [1, "diameter_mm", "other_quantity", "warning", "40t"], [2, "diameter_mm", "other_quantity", "warning", "４０㎥"],
        [3, "diameter_mm", "other_quantity", "warning", "350m3"], [4, "diameter_mm", "other_quantity", "warning", "20トン"],
        [5, "diameter_mm", "unit_stripped", "warning", "150mm"],
        [6, "diameter_mm", "several_numbers", "warning", "75/100"]]);
    const said = report.issues.find((i) => i.code === "other_quantity");
    expect(said?.detail).toBe("容量");
    expect(said?.message_ja).toContain("「口径」の値「40t」は、単位から「口径」ではなく容量です。空欄にし、セルは備考に「容量：40t」として残しました。");
    // the fix is the one a bare 40 on a tank's row gets (value_not_for_kind)
    expect(said?.message_ja).toContain("容量などは備考に書いてください");
  });

  it("a 種別 that is none of the standard's kinds is kept with a warning; the usual wordings are known and kept as written", async () => {
    const { rows, report } = await runBytes([HEADER,
      "1,1,清瀬市中里5-842,35.783,139.523,150,",
      "2,消火栓（地下式単口）,清瀬市野塩1-1,35.77,139.51,75,",
      "3,防火水槽（40㎡）,清瀬市中清戸2-1,35.78,139.515,,",
      "4,私設消火栓,清瀬市中清戸2-2,35.78,139.515,65,",
      "5,防火水槽,清瀬市中清戸2-3,35.78,139.515,,"].join("\n"), "132217_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.kind, r.valid])).toEqual([
      ["1", true], ["消火栓（地下式単口）", true], ["防火水槽（40㎡）", true], ["私設消火栓", true], ["防火水槽", true]]);
    expect(tuples(report, "not_in_vocabulary")).toEqual([[1, "kind", "not_in_vocabulary"]]);
  });

  it("a 種別 whose brackets name the kind (自然水利（池）) is that kind, kept as written; brackets naming none are still warned", async () => {
    const { rows, report } = await runBytes([HEADER,
      "1,自然水利（池）,清瀬市中里5-842,35.783,139.523,,",
      "2,自然水利(河川),清瀬市野塩1-1,35.77,139.51,40,",
      "3,人工水利（防火水槽）,清瀬市中清戸2-1,35.78,139.515,,",
      "4,自然水利（北側）,清瀬市中清戸2-2,35.78,139.515,,"].join("\n"), "132217_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.kind, r.record.diameter_mm, r.valid])).toEqual([
      ["自然水利（池）", null, true], ["自然水利(河川)", null, true], ["人工水利（防火水槽）", null, true], ["自然水利（北側）", null, true]]);
    expect(tuples(report, "not_in_vocabulary")).toEqual([[4, "kind", "not_in_vocabulary"]]);
    // read as 河川・溝等, a kind with no pipe: its 40 is no diameter
    expect(report.issues.filter((i) => i.code === "value_not_for_kind").map((i) => [i.row, i.value])).toEqual([[2, "40（種別：自然水利(河川)）"]]);
  });

  it("codes explained by a legend above the header are read as its words, said once for the file with the codes", async () => {
    const { rows, report } = await runBytes(["消防水利一覧", "凡例：種別 1=消火栓、2=防火水槽、3=プール", HEADER,
      "1,1,清瀬市中里5-842,35.783,139.523,150,",
      "2,2,清瀬市野塩1-1,35.77,139.51,40,",
      "3,3,清瀬市中清戸2-1,35.78,139.515,,",
      "4,9,清瀬市中清戸2-2,35.78,139.515,,"].join("\n"), "132217_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.kind, r.record.diameter_mm, r.record.remarks])).toEqual([
      ["消火栓", 150, null], ["防火水槽", null, "口径：40"], ["プール", null, null], ["9", null, null]]);
    const legend = report.issues.filter((i) => i.code === "codes_from_legend");
    expect(legend.map((i) => [i.row, i.field, i.severity, i.value])).toEqual([[null, "kind", "warning", "1=消火栓、2=防火水槽、3=プール"]]);
    expect(legend[0].message_ja).toContain("番号はこの指摘に残っています");
    expect(legend[0].detail).toBe("above_header");
    expect(legend[0].message_ja).toContain("「種別」の番号を、見出しの上にある凡例（1=消火栓、2=防火水槽、3=プール）で語に置き換えました");
    expect(legend[0].message_en).toContain("by the legend above the header (1=消火栓、2=防火水槽、3=プール)");
    expect(tuples(report, "not_in_vocabulary")).toEqual([[4, "kind", "not_in_vocabulary"]]);
  });

  it("a title line with numbers that are no legend of known words is not one", async () => {
    const { rows, report } = await runBytes(["消防水利一覧 1:2500 2:令和6年", HEADER, "1,1,清瀬市中里5-842,35.783,139.523,150,"].join("\n"), "132217_fire_hydrant.csv");
    expect(rows.map((r) => r.record.kind)).toEqual(["1"]);
    expect(tuples(report, "codes_from_legend")).toEqual([]);
  });

  it("a legend under the data is read as one above the header: the codes become its words, the line stays a note", async () => {
    const data = [HEADER, "1,1,清瀬市中里5-842,35.783,139.523,150,", "2,2,清瀬市野塩1-1,35.77,139.51,,", "3,3,清瀬市中清戸2-1,35.78,139.515,,"];
    for (const legend of ["【凡例】種別：1=消火栓、2=防火水槽、3=プール", "※種別 1:消火栓 2:防火水槽 3:プール", "種別　1：消火栓　2：防火水槽　3：プール",
      "凡例,1=消火栓　2=防火水槽　3=プール", "\"種別：1=消火栓, 2=防火水槽, 3=プール\""]) {
      const { rows, report } = await runBytes([...data, ",,,,,,", `${legend},,,,,`].join("\n"), "132217_fire_hydrant.csv");
      expect(rows.map((r) => [r.record.kind, r.valid])).toEqual([["消火栓", true], ["防火水槽", true], ["プール", true]]);
      const said = report.issues.filter((i) => i.code === "codes_from_legend");
      expect(said.map((i) => [i.row, i.field, i.value, i.detail])).toEqual([[null, "kind", "1=消火栓、2=防火水槽、3=プール", "below_data"]]);
      // the officer is sent under the data, not above the header
      expect(said[0].message_ja).toContain("データの下にある凡例（1=消火栓、2=防火水槽、3=プール）");
      expect(said[0].message_en).toContain("by the legend under the data (1=消火栓、2=防火水槽、3=プール)");
      expect(tuples(report, "not_in_vocabulary")).toEqual([]);
      expect(report.issues.filter((i) => i.code === "note_row").map((i) => [i.row, i.value])).toEqual([[5, legend.replace(/"/g, "").replace(/,/g, ",")]]);
    }
  });

  it("a legend is said only when it read a code: not for a file without its column, nor for cells that are words already", async () => {
    const legend = "【凡例】種別：1=消火栓、2=防火水槽,,,,,";
    const noColumn = await runBytes(["NO,名称,住所,緯度,経度,口径", "1,中里1号,清瀬市中里5-842,35.783,139.523,150", ",,,,,", legend].join("\n"), "132217_fire_hydrant.csv");
    expect(tuples(noColumn.report, "missing_column")).toEqual([[null, "kind", "missing_column"]]);
    expect(tuples(noColumn.report, "codes_from_legend")).toEqual([]);
    const words = await runBytes([HEADER, "1,消火栓,清瀬市中里5-842,35.783,139.523,150,", "2,防火水槽,清瀬市野塩1-1,35.77,139.51,,", ",,,,,,", legend].join("\n"),
      "132217_fire_hydrant.csv");
    expect(words.rows.map((r) => r.record.kind)).toEqual(["消火栓", "防火水槽"]);
    expect(tuples(words.report, "codes_from_legend")).toEqual([]);
    expect(words.report.issues.filter((i) => i.code === "note_row").map((i) => i.row)).toEqual([4]);
  });

  it("a legend above the header outranks one under the data for its column; a legend line between data rows is no legend of the file", async () => {
    const above = await runBytes(["凡例：種別 1=消火栓、2=防火水槽", HEADER, "1,1,清瀬市中里5-842,35.783,139.523,150,", "2,2,清瀬市野塩1-1,35.77,139.51,,",
      "種別：1=防火水槽、2=消火栓,,,,,,"].join("\n"), "132217_fire_hydrant.csv");
    expect(above.rows.map((r) => r.record.kind)).toEqual(["消火栓", "防火水槽"]);
    expect(tuples(above.report, "codes_from_legend")).toEqual([[null, "kind", "codes_from_legend"]]);
    const between = await runBytes([HEADER, "1,1,清瀬市中里5-842,35.783,139.523,150,", "種別：1=消火栓、2=防火水槽,,,,,,",
      "2,2,清瀬市野塩1-1,35.77,139.51,,"].join("\n"), "132217_fire_hydrant.csv");
    expect(between.rows.map((r) => r.record.kind)).toEqual(["1", "2"]);
    expect(tuples(between.report, "codes_from_legend")).toEqual([]);
  });

  it("a legend under the data of a file longer than its head is read from the file's end first, on one thread or several", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-legend-"));
    try {
      const file = path.join(dir, "132217_fire_hydrant.csv");
      const rows = Array.from({ length: 10_000 }, (_, n) => `${n + 1},${(n % 3) + 1},清瀬市中里5-${n + 1},35.783,139.523,,`);
      writeFileSync(file, [HEADER, ...rows, ",,,,,,", "【凡例】種別：1=消火栓、2=防火水槽、3=プール,,,,,,", "※口径の単位はmm,,,,,,", ""].join("\n"));
      const { one, many } = await readOnOneAndTwoThreads(file);
      expect(many.stats.worker).toBeGreaterThan(0);
      for (const { out, report } of [one, many]) {
        const kinds = out.trim().split("\n").map((line) => JSON.parse(line).record.kind);
        expect(kinds.length).toBe(10_000);
        expect(kinds.slice(0, 4)).toEqual(["消火栓", "防火水槽", "プール", "消火栓"]);
        expect(kinds.slice(-3)).toEqual(["防火水槽", "プール", "消火栓"]);
        expect(tuples(report, "not_in_vocabulary")).toEqual([]);
        expect(report.issues.filter((i) => i.code === "note_row").map((i) => i.row)).toEqual([10_002, 10_003]);
        // said once for the file, whichever range read the codes
        expect(report.issues.filter((i) => i.code === "codes_from_legend").map((i) => [i.field, i.detail])).toEqual([["kind", "below_data"]]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await closeRangeWorkers();
    }
  });

  it("a legend and an as-of line under the data of a sheet longer than its first batch are read from the sheet's end first", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("消防水利");
    ws.addRow(HEADER.split(","));
    for (let n = 0; n < 5000; n++) ws.addRow([n + 1, (n % 3) + 1, `清瀬市中里5-${n + 1}`, 35.783, 139.523, null, null]);
    ws.addRow([]);
    ws.addRow(["【凡例】種別：1=消火栓、2=防火水槽、3=プール"]);
    ws.addRow(["※口径の単位はmm"]);
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "132217_fire_hydrant.xlsx");
    expect(rows.length).toBe(5000);
    expect([rows[0], rows[4998], rows[4999]].map((r) => [r.row, r.record.kind])).toEqual([[1, "消火栓"], [4999, "消火栓"], [5000, "防火水槽"]]);
    expect(tuples(report, "not_in_vocabulary")).toEqual([]);
    expect(report.issues.filter((i) => i.code === "codes_from_legend").map((i) => i.value)).toEqual(["1=消火栓、2=防火水槽、3=プール"]);
    expect(report.issues.filter((i) => i.code === "note_row").map((i) => i.row)).toEqual([5002, 5003]);
  });
});

describe("a 公設・私設 column beside 種別 (probes p15, p38 of the hospital-pop pass)", () => {
  const hydrants = (column: string) => ["水利番号,種別," + column + ",口径(mm),所在地,緯度,経度",
    "H-0001,消火栓,公設,150,八王子市元本郷町3-24-1,35.6664,139.3160",
    "H-0002,消火栓,私設,65,八王子市旭町1-1,35.6560,139.3390",
    "H-0003,防火水槽,私設,,八王子市明神町4-1,35.6570,139.3430",
    "H-0004,消火栓（地下式単口）,私設,75,八王子市旭町1-2,35.6560,139.3390",
    "H-0005,消火栓,私設,65,八王子市旭町1-3,35.6560,139.3390"].join("\n");

  it("私設 beside 消火栓 is the standard's 私設消火栓, said on its row; 公設 and other kinds stay as written", async () => {
    for (const column of ["公設・私設", "区分"]) {
      const { rows, report } = await runBytes(hydrants(column), "132012_fire_hydrant.csv");
      expect(rows.map((r) => r.record.kind)).toEqual(["消火栓", "私設消火栓", "防火水槽", "消火栓（地下式単口）", "私設消火栓"]);
      // the column stays in extra, as the file wrote it
      expect(rows[1].extra).toEqual({ [column]: "私設" });
      expect(report.issues.filter((i) => i.code === "value_qualified").map((i) => [i.row, i.field, i.value, i.detail, i.severity]))
        .toEqual([[2, "kind", "消火栓", "私設 → 私設消火栓", "info"], [5, "kind", "消火栓", "私設 → 私設消火栓", "info"]]);
    }
  });

  it("a CSV the engine wrote reads back as the same kinds, with nothing read again", async () => {
    const { rows } = await runBytes(["水利番号,種別,公設・私設,所在地", "H-0002,私設消火栓,私設,八王子市旭町1-1"].join("\n"), "132012_fire_hydrant.csv");
    expect(rows[0].record.kind).toBe("私設消火栓");
  });
});

describe("a city's hydrant list as published (Shift_JIS, plane coordinates, 構造 and 容量 columns)", () => {
  // X座標 northward and Y座標 eastward in metres of 系IX (surveying's order), the points in 八王子市
  const HACHIOJI = ["水利番号,種別,構造,所在地,口径,容量,X座標,Y座標,備考",
    "1001,消火栓,地下式,八王子市元本郷町三丁目24-1,φ150,,-38077.0,-44727.8,",
    "1002,消火栓,地上式,八王子市元本郷町三丁目10,150mm,,-37662.3,-45119.6,単口",
    "1003,防火水槽,,八王子市台町二丁目1,,40ｍ３,-36512.0,-46589.4,耐震性"].join("\r\n");

  it("reads each source's place, size and 構造 (地上式 / 地下式) into 備考 after its header, as it does 容量", async () => {
    const { report, rows } = await runBytes(encodeCp932(HACHIOJI), "132012_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.kind, r.record.diameter_mm, r.record.latitude, r.record.longitude, r.record.remarks, r.extra])).toEqual([
      ["消火栓", 150, 35.65578, 139.3393502, "構造：地下式", { 構造: "地下式" }],
      ["消火栓", 150, 35.6595, 139.335, "単口 / 構造：地上式", { 構造: "地上式" }],
      ["防火水槽", null, 35.6697998, 139.3187005, "耐震性 / 容量：40m3", { 容量: "40ｍ３" }],
    ]);
    expect(report.issues.filter((i) => i.code === "column_labelled" || i.code === "unknown_header").map((i) => [i.code, i.field]))
      .toEqual([["column_labelled", "remarks"]]);
  });
});

describe("a 口径 of 0 (a tank's, a pool's, a well's: no pipe)", () => {
  it("is no size of 0 mm: empty, said as info, not kept in 備考 nor named as a value the kind has no place for", async () => {
    const { report, rows } = await runBytes([HEADER,
      "1,防火水そう,武蔵野市中町1-11,35.70333,139.56472,0,容量40㎥",
      "2,プール,武蔵野市境南町2-11-1,35.69789,139.5425,０,",
      "3,井戸,武蔵野市関前5-2,35.71641,139.5391,0mm,震災対策用井戸",
      "4,消火栓,武蔵野市緑町2-2-28,35.71788,139.56632,150,"].join("\n"), "132039_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.diameter_mm, r.record.remarks, r.valid])).toEqual([
      [null, "容量40㎥", true], [null, null, true], [null, "震災対策用井戸", true], [150, null, true]]);
    expect(report.issues.filter((i) => i.field === "diameter_mm" || i.field === "remarks").map((i) => [i.row, i.code, i.severity, i.value])).toEqual([
      [1, "zero_as_none", "info", "0"], [2, "full_width_converted", "info", "０"], [2, "zero_as_none", "info", "０"],
      [3, "unit_stripped", "warning", "0mm"], [3, "zero_as_none", "info", "0mm"]]);
  });
});

describe("a point typed as a hydrant's 所在地 (copied from a map)", () => {
  it("is no address: not completed into one, emptied and kept in 備考, warned; read as the point when 緯度・経度 are empty", async () => {
    const { report, rows } = await runBytes(["番号,種別,所在地,口径(mm),緯度,経度",
      "1,消火栓,足立区中央本町1-17-1,100,35.7750,139.8046",
      "2,消火栓,\"35.7722,139.7972\",75,,",
      "3,消火栓,35.7730 139.7980,75,35.7730,139.7980"].join("\n"), "131211_fire_hydrant.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.latitude, r.record.longitude, r.record.remarks, r.valid])).toEqual([
      ["東京都足立区中央本町1-17-1", 35.775, 139.8046, null, true],
      [null, 35.7722, 139.7972, "所在地_連結表記：35.7722,139.7972", false],
      [null, 35.773, 139.798, "所在地_連結表記：35.7730 139.7980", false],
    ]);
    expect(report.issues.filter((i) => i.field === "full_address" && i.row !== null && i.row > 1).map((i) => [i.row, i.code, i.severity, i.detail ?? null]))
      .toEqual([[2, "coordinates_as_address", "warning", "35.7722, 139.7972"], [2, "required_unreadable", "error", null],
        [3, "coordinates_as_address", "warning", null], [3, "required_unreadable", "error", null]]);
    const taken = report.issues.find((i) => i.code === "coordinates_as_address" && i.row === 2)!;
    expect(taken.message_ja).toContain("緯度・経度の列が空だったため、緯度・経度（35.7722, 139.7972）として読みました");
    expect(taken.message_en).toContain("Enter the address in");
  });
});

// 豊田市's hydrant list heads its kinds 消火栓種類 (before: no 種別 column, every row invalid, and the file no dataset)
describe("a hydrant list whose kinds are headed 消火栓種類", () => {
  it("is told as a hydrant list, each row's kind read", async () => {
    const { rows, report } = await runBytes(["令和6年4月1日現在", "市町村コード,消火栓種類,水利番号,所在地,設置場所",
      "232114,消火栓,1-1,愛知県豊田市八草町荒山 731-4,歩道", "232114,私設消火栓,1-2,愛知県豊田市八草町荒山 689-2,車道"].join("\n"), "232114_syoukasen.csv");
    expect(report.dataset).toBe("fire_hydrant");
    expect(rows.map((r) => [r.record.id, r.record.kind, r.record.full_address, r.valid])).toEqual([
      ["1-1", "消火栓", "愛知県豊田市八草町荒山 731-4", true], ["1-2", "私設消火栓", "愛知県豊田市八草町荒山 689-2", true]]);
  });

  it("reads its 市町村コード as the 全国地方公共団体コード, as 市区町村コード is (before: in extra, the code taken from the file name)", async () => {
    const { rows, report } = await runBytes(["市町村コード,消火栓種類,水利番号,所在地", "232114,消火栓,1-1,愛知県豊田市八草町荒山 731-4"].join("\n"), "syoukasen.csv");
    expect([report.dataset, rows[0].record.local_government_code, rows[0].extra]).toEqual(["fire_hydrant", "232114", {}]);
  });
});
