// three-row-header.ts: a header over three rows (診療時間 over 月 | 火 over 午前 | 午後; 病床数 over 一般 | 療養 | 計)
// reads as the same list with a header over two rows does.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { findHeaderRows, threeRowsAsTwo } from "../../../pipelines/three-row-header.ts";
import { getDataset } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

const hospital = [getDataset("hospital")!];

const TOP = ["名称", "医療機関の種類", "所在地", "電話番号", "診療時間", "", "", "", "", "", "", "", "病床数", "", ""];
const MIDDLE = ["", "", "", "", "月", "", "火", "", "水", "", "木", "", "一般", "療養", "計"];
const BOTTOM = ["", "", "", "", "午前", "午後", "午前", "午後", "午前", "午後", "午前", "午後", "", "", ""];
const ROWS: unknown[][] = [
  ["王子病院", "病院", "北区王子1-1-1", "03-3908-1111", "○", "○", "○", "○", "○", "○", "○", "×", 100, 20, null],
  ["赤羽医院", "有床診療所", "北区赤羽2-2-2", "03-3901-2222", "○", "×", "○", "○", "×", "×", "○", "○", 10, null, 10],
];

/** The records' read values: name, days, remarks, beds. */
const read = (rows: Awaited<ReturnType<typeof runBytes>>["rows"]) =>
  rows.map((r) => [r.record.name, r.record.available_days, r.record.availability_remarks, r.record.beds]);
const EXPECTED = [["王子病院", "月火水木", "木：午前のみ", 120], ["赤羽医院", "月火木", "月：午前のみ", 10]];

describe("threeRowsAsTwo", () => {
  it("reads split columns by their lower two rows, the others by their upper two, and names written once as they are", () => {
    expect(threeRowsAsTwo(TOP, MIDDLE, BOTTOM)).toEqual({
      upper: ["名称", "医療機関の種類", "所在地", "電話番号", "月", "", "火", "", "水", "", "木", "", "病床数", "", ""],
      lower: ["", "", "", "", "午前", "午後", "午前", "午後", "午前", "午後", "午前", "午後", "一般", "療養", "計"],
      tops: new Map(["月", "火", "水", "木"].flatMap((day) => [[`${day} + 午前`, ["診療時間"]], [`${day} + 午後`, ["診療時間"]]])),
      laterTop: TOP.map(() => undefined),
    });
    // a workbook gives a name merged down to each row it covers: said once
    const down = (row: string[]) => row.map((cell, c) => (c < 4 ? TOP[c] : cell));
    expect(threeRowsAsTwo(TOP, down(MIDDLE), down(BOTTOM))?.upper.slice(0, 4)).toEqual(["名称", "医療機関の種類", "所在地", "電話番号"]);
    expect(threeRowsAsTwo(TOP, down(MIDDLE), down(BOTTOM))?.lower.slice(0, 4)).toEqual(["", "", "", ""]);
  });

  it("a day with no sessions in a split group (土) is its own name, as the two-row form merges it down", () => {
    expect(threeRowsAsTwo(["名称", "診療時間", "", "", "", "備考"], ["", "月", "", "土", "", ""], ["", "午前", "午後", "", "", ""]))
      .toMatchObject({ upper: ["名称", "月", "", "土", "", "備考"], lower: ["", "午前", "午後", "", "", ""] });
  });

  it("rows with no column named in all three under a top name are no three-row header", () => {
    // a two-row header over a data row stays a two-row header
    expect(findHeaderRows([["名称", "所在地", "病床数", "", ""], ["", "", "一般", "療養", "計"], ["王子病院", "東京都北区王子1-1-1", "100", "20", "120"]],
      hospital)).toMatchObject({ upper: 0, lower: 1, cells: ["名称", "所在地", "病床数_一般", "病床数_療養", "病床数_計"] });
    expect(threeRowsAsTwo(["名称", "所在地"], ["", ""], ["", ""])).toBeNull();
    // a title of two cells over a header over two rows: the title's second cell, over no values, names no column
    const title = ["北区 医療機関一覧", "", "", "", "", "", "", "", "作成：北区保健所"];
    expect(findHeaderRows([title, ["名称", "所在地", "月", "", "火", "", "病床数", "", ""], ["", "", "午前", "午後", "午前", "午後", "一般", "療養", "計"],
      ["王子病院", "東京都北区王子1-1-1", "○", "○", "○", "×", "100", "20", ""]], hospital))
      .toMatchObject({ upper: 1, lower: 2, cells: ["名称", "所在地", "月_午前", "月_午後", "火_午前", "火_午後", "病床数_一般", "病床数_療養", "病床数_計"] });
  });
});

describe("a header over three rows, read as its two-row form", () => {
  it("a workbook with the cells merged: the days marked and the beds read, the three rows said once", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("医療機関一覧");
    ws.addRow(["北区 医療機関一覧（令和6年4月1日現在）"]);
    for (const row of [TOP, MIDDLE, BOTTOM, ...ROWS]) ws.addRow(row);
    ws.mergeCells("E2:L2");
    ws.mergeCells("M2:O2");
    for (const [a, b] of [["E3", "F3"], ["G3", "H3"], ["I3", "J3"], ["K3", "L3"]]) ws.mergeCells(`${a}:${b}`);
    for (const c of ["A", "B", "C", "D"]) ws.mergeCells(`${c}2:${c}4`);
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131172_hospital.xlsx");
    expect(read(rows)).toEqual(EXPECTED);
    const joined = report.issues.find((i) => i.code === "split_header_joined");
    expect([joined?.detail, joined?.value?.split("、").slice(0, 2), joined?.message_ja.startsWith("3行にわたる見出し")])
      .toEqual(["3", ["診療時間 + 月 + 午前 → 月_午前", "診療時間 + 月 + 午後 → 月_午後"], true]);
    expect(tuples(report, "repeated_header_row", "unparseable_number", "unparseable_time", "merged_header_parts_joined")).toEqual([]);
    expect(rows[0].extra).toMatchObject({ 月_午前: "○", 木_午後: "×", 病床数_一般: "100", 病床数_療養: "20" });
  });

  it("the same sheet saved as CSV (each merged cell its label, then empty cells) reads the same", async () => {
    const csv = [["北区 医療機関一覧（令和6年4月1日現在）"], TOP, MIDDLE, BOTTOM, ...ROWS]
      .map((row) => TOP.map((_, c) => String(row[c] ?? "")).join(",")).join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131172_hospital.csv");
    expect(read(rows)).toEqual(EXPECTED);
    expect(report.issues.find((i) => i.code === "split_header_joined")?.detail).toBe("3");
    expect(tuples(report, "repeated_header_row", "unparseable_number", "unparseable_time")).toEqual([]);
  });

  it("a day with no sessions beside the split days is marked as a day", async () => {
    const { rows } = await runBytes("名称,所在地,診療時間,,,,,備考\n,,月,,火,,土,\n,,午前,午後,午前,午後,,\n"
      + "王子病院,東京都北区王子1-1-1,○,○,○,×,○,駐車場あり\n赤羽医院,東京都北区赤羽2-2-2,×,○,○,○,,\n", "131172_hospital.csv");
    expect(rows.map((r) => [r.record.name, r.record.available_days, r.record.availability_remarks, r.record.remarks]))
      .toEqual([["王子病院", "月火土", "火：午前のみ", "駐車場あり"], ["赤羽医院", "月火", "月：午後のみ", null]]);
  });
});

describe("a header over three rows on each sheet of a workbook", () => {
  it("the sheets joined read their days and beds by the same header", async () => {
    const wb = new ExcelJS.Workbook();
    const top = ["名称", "医療機関の種類", "所在地", "電話番号", "診療時間", "", "", "", "病床数", "", ""];
    const middle = ["", "", "", "", "月", "", "火", "", "一般", "療養", "計"];
    const bottom = ["", "", "", "", "午前", "午後", "午前", "午後", "", "", ""];
    for (const [name, row] of [["王子地区", ["王子病院", "病院", "北区王子1-1-1", "03-3908-1111", "○", "○", "○", "×", 100, 20, null]],
      ["赤羽地区", ["赤羽医院", "有床診療所", "北区赤羽2-2-2", "03-3901-2222", "○", "×", "○", "○", 10, null, 10]]] as const) {
      const ws = wb.addWorksheet(name);
      for (const r of [top, middle, bottom, row]) ws.addRow([...r]);
      for (const range of ["E1:H1", "I1:K1", "E2:F2", "G2:H2", "A1:A3", "B1:B3", "C1:C3", "D1:D3"]) ws.mergeCells(range);
    }
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131172_hospital.xlsx");
    expect(read(rows)).toEqual([["王子病院", "月火", "火：午前のみ", 120], ["赤羽医院", "月火", "月：午前のみ", 10]]);
    expect(tuples(report, "sheets_joined").length).toBe(1);
    expect(tuples(report, "repeated_header_row", "rows_above_header", "unparseable_number")).toEqual([]);
  });
});

describe("a header over three rows of another list", () => {
  it("a column named in the top row only (連絡先 over a CSV's empty cells) keeps its name, where the lower two rows alone lose it", async () => {
    const { rows, report } = await runBytes("施設情報,,,,災害種別,,,連絡先\n名称,所在地,,,洪水,地震,津波,\n,住所,緯度,経度,,,,\n"
      + "新宿中央公園,東京都新宿区西新宿2-11,35.6895,139.6917,○,○,,03-3342-4509\n", "131041_evacuation_space.csv");
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.longitude, r.record.hazard_flood, r.record.hazard_tsunami, r.record.phone_number]))
      .toEqual([["新宿中央公園", "東京都新宿区西新宿2-11", 139.6917, true, false, "03-3342-4509"]]);
    expect(report.issues.find((i) => i.code === "split_header_joined")?.value?.split("、").slice(0, 2))
      .toEqual(["施設情報 + 所在地 + 住所 → 住所", "施設情報 + 所在地 + 緯度 → 緯度"]);
  });

  it("a third row naming parts under the pair's merged cells (人口 over 男 | 女 | 計 over 日本人 | 外国人) is a header row, not a record", async () => {
    const lower = ",,日本人,外国人,日本人,外国人,日本人,外国人\n";
    const data = "本町一丁目,500,440,10,470,10,910,20\n本町二丁目,600,500,20,550,10,1050,30\n";
    const three = await runBytes(`町丁名,世帯数,人口,,,,,\n,,男,,女,,計,\n${lower}${data}`, "131130_population.csv");
    const two = await runBytes(`町丁名,世帯数,男,,女,,計,\n${lower}${data}`, "131130_population.csv");
    // before: 日本人 | 外国人 read as row 1 (invalid), and the Japanese men alone (人口_男: 440) read as the area's 男性;
    // both nationalities are every resident: 男性 = 男_日本人 + 男_外国人
    const counts = (run: typeof three) => run.rows.map((r) => [r.record.area_name, r.record.households, r.record.male, r.record.total, r.extra]);
    expect(counts(three)).toEqual([
      ["本町一丁目", 500, 450, 930, { 男_日本人: "440", 男_外国人: "10", 女_日本人: "470", 女_外国人: "10", 計_日本人: "910", 計_外国人: "20" }],
      ["本町二丁目", 600, 520, 1080, { 男_日本人: "500", 男_外国人: "20", 女_日本人: "550", 女_外国人: "10", 計_日本人: "1050", 計_外国人: "30" }]]);
    expect(counts(three)).toEqual(counts(two));
    expect(three.report.issues.find((i) => i.code === "split_header_joined")?.value?.split("、").slice(0, 2))
      .toEqual(["人口 + 男 + 日本人 → 男_日本人", "人口 + 男 + 外国人 → 男_外国人"]);
  });
});
