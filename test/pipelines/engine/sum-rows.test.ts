// Totals under a population table with no 合計 label (sum-rows.ts): an Excel =SUM row, or the same row exported to
// CSV, whose name cell is blank. Before, such a row was published as one more area with no name (an invalid record
// counting the whole ward again). Labelled totals are checked against the rows above too.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { sumsCellsAbove } from "../../../pipelines/sum-formula.ts";
import { runBytes, tuples } from "./helpers.ts";

const areas = (rows: Awaited<ReturnType<typeof runBytes>>["rows"]) => rows.map((r) => [r.row, r.record.area_name, r.record.total]);
const said = (report: Awaited<ReturnType<typeof runBytes>>["report"], ...codes: string[]) =>
  report.issues.filter((i) => codes.includes(i.code)).map((i) => [i.row, i.code, i.field, i.value, i.detail, i.severity]);

const WARD = ["町丁別世帯数及び人口（住民基本台帳）,,,,", "令和6年1月1日現在,,,,", "町丁名,世帯数,男,女,計",
  "中野一丁目,\"4,123\",\"3,456\",\"3,678\",\"7,134\"", "中野二丁目,\"3,210\",\"2,901\",\"3,002\",\"5,903\"", "中野三丁目,\"2,987\",\"2,555\",\"2,612\",\"5,167\""];

describe("a total with no label under the rows (CSV: told by its figures)", () => {
  it("a blank-named row whose figures are the sums of the rows above is the table's total: not published, said once", async () => {
    const text = [...WARD, ",\"10,320\",\"8,912\",\"9,292\",\"18,204\"", "※外国人住民を含みます。,,,,"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131148_population_20240101.csv");
    expect(areas(rows)).toEqual([[1, "中野一丁目", 7134], [2, "中野二丁目", 5903], [3, "中野三丁目", 5167]]);
    expect(said(report, "sum_row", "sum_row_differs", "missing_required")).toEqual([[4, "sum_row", null, "10,320、8,912、9,292、18,204", "1-3|values", "warning"]]);
    const issue = report.issues.find((i) => i.code === "sum_row");
    expect(issue?.message_ja).toContain("名前の欄が空で、数値が上の行の合計と同じため、データの1～3行目の合計の行とみなし、データとして読みませんでした（公開しません）");
    expect(issue?.message_en).toContain("has no name and its figures are the sums of the rows above, so it was read as the total of data rows 1-3");
    expect(report).toMatchObject({ rows: 3, valid: 3, invalid: 0 });
  });

  it("a 町's unlabelled subtotal under its 丁目, and the grand total under all of them (前月比 beside, a date every row repeats)", async () => {
    const text = ["調査年月日,町丁名,世帯数,人口総数,男,女,前月比（人口）", "2024-04-01,池尻一丁目,2802,5323,2760,2563,-5", "2024-04-01,池尻二丁目,2703,5136,2649,2487,8",
      "2024-04-01,,5505,10459,5409,5050,3", "2024-04-01,三宿一丁目,2392,4545,2136,2409,△2", "2024-04-01,三宿二丁目,2334,4435,2439,1996,3",
      "2024-04-01,,4726,8980,4575,4405,1", "2024-04-01,,10231,19439,9984,9455,4"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131121_population.csv");
    expect(areas(rows)).toEqual([[1, "池尻一丁目", 5323], [2, "池尻二丁目", 5136], [4, "三宿一丁目", 4545], [5, "三宿二丁目", 4435]]);
    expect(said(report, "sum_row", "sum_row_differs").map((i) => [i[0], i[1], i[4]])).toEqual([
      [3, "sum_row", "1-2|values"], [6, "sum_row", "4-5|values"], [7, "sum_row", "1-5|values"]]);
  });

  it("a blank-named row whose figures are no sum stays a record, its missing name said (no data lost)", async () => {
    const text = [...WARD, ",\"1,120\",987,\"1,011\",\"1,998\""].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131148_population_20240101.csv");
    expect(areas(rows)).toEqual([[1, "中野一丁目", 7134], [2, "中野二丁目", 5903], [3, "中野三丁目", 5167], [4, null, 1998]]);
    expect(tuples(report, "sum_row", "missing_required")).toEqual([[4, "area_name", "missing_required"]]);
  });

  it("a row with a name of its own is never a total by its figures (an area as large as the two above)", async () => {
    const text = ["町丁名,男,女,計", "青葉一丁目,100,100,200", "青葉二丁目,50,50,100", "青葉三丁目,150,150,300"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131148_population_20240101.csv");
    expect(rows.map((r) => r.record.area_name)).toEqual(["青葉一丁目", "青葉二丁目", "青葉三丁目"]);
    expect(tuples(report, "sum_row")).toEqual([]);
  });

  it("an unlabelled total under a table with the sex in rows (its 男 / 女 / 計 rows): not read as the last area's second record", async () => {
    const text = ["町丁名,性別,総数,0～4歳,5～9歳", "本町一丁目,男,30,10,20", ",女,40,15,25", ",計,70,25,45", "本町二丁目,男,50,20,30", ",女,60,25,35", ",計,110,45,65",
      ",男,80,30,50", ",女,100,40,60", ",計,180,70,110"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131041_population_20240101.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.total, r.record.male, r.record.age_0_4_female])).toEqual([[1, "本町一丁目", 70, 30, 15], [4, "本町二丁目", 110, 50, 25]]);
    expect(tuples(report, "sum_row", "duplicate_name", "sum_row_differs")).toEqual([[7, null, "sum_row"]]);
  });

  it("an unlabelled total under a table with one row per age (its ages again, the area blank): not read as the last area's second record", async () => {
    const text = ["町丁名,年齢,男,女,計", "本町一丁目,0～4歳,10,9,19", ",5～9歳,11,10,21", "本町二丁目,0～4歳,12,11,23", ",5～9歳,13,12,25",
      ",0～4歳,22,20,42", ",5～9歳,24,22,46"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131041_population_20240101.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.total, r.record.male, r.record.age_5_9_female])).toEqual([[1, "本町一丁目", 40, 21, 10], [3, "本町二丁目", 48, 25, 12]]);
    expect(tuples(report, "sum_row", "duplicate_name", "sum_row_differs")).toEqual([[5, null, "sum_row"]]);
  });

  it("the whole municipality's row under its 町丁 (新宿区, 全域) whose figures are their sums is a total; one that is not stays", async () => {
    const head = ["全国地方公共団体コード,調査年月日,地域名,総人口,男性,女性,世帯数", "131041,2024-01-01,西新宿一丁目,220,100,120,50",
      "131041,2024-01-01,西新宿二丁目,330,160,170,80", "131041,2024-01-01,西新宿三丁目,450,220,230,120"];
    for (const whole of ["新宿区", "全域"]) {
      const { report, rows } = await runBytes(`${[...head, `131041,2024-01-01,${whole},1000,480,520,250`].join("\n")}\n`, "131041_population.csv");
      expect(rows.map((r) => r.record.area_name)).toEqual(["西新宿一丁目", "西新宿二丁目", "西新宿三丁目"]);
      expect(said(report, "sum_row").map((i) => [i[0], i[4]])).toEqual([[4, "1-3|whole"]]);
      expect(report.issues.find((i) => i.code === "sum_row")?.message_ja).toContain("区市町村全体の名前で、数値が上の行の合計と同じため");
    }
    const off = await runBytes(`${[...head, "131041,2024-01-01,新宿区,1200,580,620,300"].join("\n")}\n`, "131041_population.csv");
    expect(off.rows.map((r) => r.record.area_name)).toEqual(["西新宿一丁目", "西新宿二丁目", "西新宿三丁目", "新宿区"]);
    expect(tuples(off.report, "sum_row", "sum_row_differs")).toEqual([]);
  });
});

describe("labelled totals checked against the rows above", () => {
  const TABLE = ["町丁名,世帯数,男,女,計", "本町一丁目,1200,1100,1150,2250", "本町二丁目,980,900,950,1850", "本町 計,2180,2000,2100,4100",
    "東町一丁目,500,450,470,920", "東町二丁目,400,350,370,720", "東町 計,900,800,840,1640", "合計,3080,2800,2940,5740"];

  it("subtotals and a grand total that are the sums of their rows: no warning", async () => {
    const { report, rows } = await runBytes(`${TABLE.join("\n")}\n`, "131148_population_20240101.csv");
    expect(rows.map((r) => r.record.area_name)).toEqual(["本町一丁目", "本町二丁目", "東町一丁目", "東町二丁目"]);
    expect(tuples(report, "totals_row", "sum_row_differs")).toEqual([[3, null, "totals_row"], [6, null, "totals_row"], [7, null, "totals_row"]]);
  });

  it("a figure of a 計 row that is not its rows' sum is named once for the row, with both figures and the rows", async () => {
    const off = TABLE.map((line) => line.replace("東町 計,900,800,840", "東町 計,900,801,841"));
    const { report } = await runBytes(`${off.join("\n")}\n`, "131148_population_20240101.csv");
    expect(said(report, "sum_row_differs")).toEqual([[6, "sum_row_differs", "male", "801 ≠ 800", "4-5|1", "warning"]]);
    const issue = report.issues.find((i) => i.code === "sum_row_differs");
    expect(issue?.message_ja).toContain("合計の行の「男性」（ほか1列）が、データの4～5行目の合計と合いません（801 ≠ 800）");
    expect(issue?.message_en).toContain("the totals row's male (and 1 more columns) is not the sum of data rows 4-5 (801 ≠ 800)");
  });

  it("a 合計 on the table's first row, over its 町丁, is checked against every record under it at the table's end", async () => {
    const top = ["町丁名,世帯数,男,女,計", "合計,3080,2800,2940,5740", ...TABLE.slice(1, -1)];
    const fits = await runBytes(`${top.join("\n")}\n`, "131148_population_20240101.csv");
    expect(fits.rows.map((r) => r.record.area_name)).toEqual(["本町一丁目", "本町二丁目", "東町一丁目", "東町二丁目"]);
    expect(tuples(fits.report, "sum_row_differs")).toEqual([]);
    // a figure typed over (女 2904 for 2940): named once for the row, as a total under its rows is
    const off = await runBytes(`${top.map((l) => l.replace("合計,3080,2800,2940,5740", "合計,3080,2800,2904,5740")).join("\n")}\n`, "131148_population_20240101.csv");
    expect(said(off.report, "sum_row_differs")).toEqual([[1, "sum_row_differs", "female", "2904 ≠ 2940", "2-6|0", "warning"]]);
    expect(off.report.issues.find((i) => i.code === "sum_row_differs")?.message_ja).toContain("データの2～6行目の合計と合いません（2904 ≠ 2940）");
  });

  it("a first-row 合計 over more rows than one batch holds, right and with a figure typed over", async () => {
    const many = Array.from({ length: 3000 }, (_, n) => `本町${n + 1}丁目,10,5,6,11`);
    const whole = await runBytes(`町丁名,世帯数,男,女,計\n合計,30000,15000,18000,33000\n${many.join("\n")}\n`, "131148_population_20240101.csv");
    expect(whole.rows.length).toBe(3000);
    expect(tuples(whole.report, "sum_row_differs")).toEqual([]);
    const typed = await runBytes(`町丁名,世帯数,男,女,計\n合計,29990,15000,18000,33000\n${many.join("\n")}\n`, "131148_population_20240101.csv");
    expect(said(typed.report, "sum_row_differs")).toEqual([[1, "sum_row_differs", "households", "29990 ≠ 30000", "2-3001|0", "warning"]]);
  });
});

describe("a file of several tables, each 合計 checked against its own table's rows", () => {
  /** 町丁別 by 地区 as a ward prints it: each 地区's title over its own header, its 合計 on its first row */
  const BY_DISTRICT = ["町丁別世帯数及び人口（令和6年1月1日現在）,,,,", "中野地区,,,,", "町丁名,世帯数,男,女,計", "合計,7197,6357,6680,13037",
    "中野一丁目,4123,3456,3678,7134", "中野二丁目,3074,2901,3002,5903", ",,,,", "東中野地区,,,,", "町丁名,世帯数,男,女,計",
    "合計,5000,4000,4100,8100", "東中野一丁目,2500,2000,2050,4050", "東中野二丁目,2500,2000,2050,4050"];
  const run = (lines: readonly string[]) => runBytes(`${lines.join("\n")}\n`, "131148_population_20240101.csv");
  const typed = (lines: readonly string[], from: string, to: string) => lines.map((l) => (l === from ? to : l));

  it("a 地区's title and header over each table: right totals say nothing; a figure typed over in the second's is named there", async () => {
    const fits = await run(BY_DISTRICT);
    expect(areas(fits.rows)).toEqual([[2, "中野一丁目", 7134], [3, "中野二丁目", 5903], [8, "東中野一丁目", 4050], [9, "東中野二丁目", 4050]]);
    expect(tuples(fits.report, "totals_row", "repeated_header_row", "sum_row_differs")).toEqual([[1, null, "totals_row"], [6, null, "repeated_header_row"], [7, null, "totals_row"]]);
    const second = await run(typed(BY_DISTRICT, "合計,5000,4000,4100,8100", "合計,5000,4000,4010,8100"));
    expect(said(second.report, "sum_row_differs")).toEqual([[7, "sum_row_differs", "female", "4010 ≠ 4100", "8-9|0", "warning"]]);
    const first = await run(typed(BY_DISTRICT, "合計,7197,6357,6680,13037", "合計,7197,6357,6608,13037"));
    expect(said(first.report, "sum_row_differs")).toEqual([[1, "sum_row_differs", "female", "6608 ≠ 6680", "2-3|0", "warning"]]);
  });

  it("the ward's 総数 over 【地区】 headings, each with its 地区計 first: each against its own rows", async () => {
    const table = ["町丁名,世帯数,男,女,計", "総数,7500,6000,6200,12200", "【中野地区】,,,,", "中野地区計,3000,2500,2600,5100", "中野一丁目,1000,800,900,1700",
      "中野二丁目,2000,1700,1700,3400", "【東中野地区】,,,,", "東中野地区計,4500,3500,3600,7100", "東中野一丁目,2500,2000,2050,4050", "東中野二丁目,2000,1500,1550,3050"];
    const fits = await run(table);
    expect(fits.rows.map((r) => r.record.area_name)).toEqual(["中野一丁目", "中野二丁目", "東中野一丁目", "東中野二丁目"]);
    expect(tuples(fits.report, "sum_row_differs")).toEqual([]);
    const district = await run(typed(table, "東中野地区計,4500,3500,3600,7100", "東中野地区計,4500,3500,3610,7100"));
    expect(said(district.report, "sum_row_differs")).toEqual([[7, "sum_row_differs", "female", "3610 ≠ 3600", "8-9|0", "warning"]]);
    const ward = await run(typed(table, "総数,7500,6000,6200,12200", "総数,7500,6000,6300,12200"));
    expect(said(ward.report, "sum_row_differs")).toEqual([[1, "sum_row_differs", "female", "6300 ≠ 6200", "4-9|0", "warning"]]);
  });

  it("a first table's 合計 over its rows and the next's under them, with no title between: each against its own table", async () => {
    const tables = ["町丁名,世帯数,男,女,計", "合計,7197,6357,6608,13037", "中野一丁目,4123,3456,3678,7134", "中野二丁目,3074,2901,3002,5903", ",,,,",
      "町丁名,世帯数,男,女,計", "東中野一丁目,2500,2000,2050,4050", "東中野二丁目,2500,2000,2050,4050", "合計,5000,4000,4110,8100"];
    const { report, rows } = await run(tables);
    expect(rows.map((r) => r.record.area_name)).toEqual(["中野一丁目", "中野二丁目", "東中野一丁目", "東中野二丁目"]);
    // the first-row total is told where its rows are known: at the end of what is read
    expect(said(report, "sum_row_differs")).toEqual([[8, "sum_row_differs", "female", "4110 ≠ 4100", "6-7|0", "warning"],
      [1, "sum_row_differs", "female", "6608 ≠ 6680", "2-3|0", "warning"]]);
  });

  it("blank rows, then a 合計 that sums nothing above over the rows under it: the next table's", async () => {
    const tables = ["町丁名,世帯数,男,女,計", "合計,7197,6357,6680,13037", "中野一丁目,4123,3456,3678,7134", "中野二丁目,3074,2901,3002,5903", ",,,,",
      "合計,5000,4000,4100,8100", "東中野一丁目,2500,2000,2050,4050", "東中野二丁目,2500,2000,2050,4050"];
    expect(tuples((await run(tables)).report, "sum_row_differs")).toEqual([]);
    const off = await run(typed(tables, "合計,5000,4000,4100,8100", "合計,5000,4000,4100,8010"));
    expect(said(off.report, "sum_row_differs")).toEqual([[5, "sum_row_differs", "total", "8010 ≠ 8100", "6-7|0", "warning"]]);
  });

  it("the header again over a page's continuation （続き）: the 合計 on the first page is over both pages", async () => {
    const pages = ["町丁名,世帯数,男,女,計", "合計,12197,10357,10780,21137", "中野一丁目,4123,3456,3678,7134", "中野二丁目,3074,2901,3002,5903", ",,,,",
      "町丁別人口（続き）,,,,", "町丁名,世帯数,男,女,計", "東中野一丁目,2500,2000,2050,4050", "東中野二丁目,2500,2000,2050,4050"];
    expect(tuples((await run(pages)).report, "sum_row_differs")).toEqual([]);
    const off = await run(typed(pages, "合計,12197,10357,10780,21137", "合計,12197,10357,10870,21137"));
    expect(said(off.report, "sum_row_differs")).toEqual([[1, "sum_row_differs", "female", "10870 ≠ 10780", "2-8|0", "warning"]]);
    // with no blank row before the title: the title is no area, the total still over both pages
    const joined = await run(typed(pages.filter((l) => l !== ",,,,"), "合計,12197,10357,10780,21137", "合計,12197,10357,10870,21137"));
    expect(joined.rows.map((r) => r.record.area_name)).toEqual(["中野一丁目", "中野二丁目", "東中野一丁目", "東中野二丁目"]);
    expect(tuples(joined.report, "section_row", "sum_row_differs")).toEqual([[4, null, "section_row"], [1, "female", "sum_row_differs"]]);
  });
});

/** A workbook of a 町丁 table whose 計 column adds 男 and 女 on each row, and a last row of =SUM over `sumTo` (the
 *  sheet's row the range ends on); `extra` adds columns to each data row. */
async function sumBook(sumTo: number, label = ""): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("町丁別人口");
  ws.addRow(["町丁別世帯数及び人口"]);
  ws.addRow(["令和6年1月1日現在"]);
  ws.addRow(["町丁名", "世帯数", "男", "女", "計"]);
  const data: Array<[string, number, number, number]> = [["本町一丁目", 1200, 1100, 1150], ["本町二丁目", 980, 900, 950], ["本町三丁目", 760, 700, 690]];
  data.forEach(([name, households, men, women], i) => {
    const r = 4 + i;
    ws.addRow([name, households, men, women, { formula: `C${r}+D${r}`, result: men + women }]);
  });
  const summed = data.slice(0, sumTo - 3);
  const sum = (k: 1 | 2 | 3) => summed.reduce((s, d) => s + d[k], 0);
  ws.addRow([label, ...(["B", "C", "D"] as const).map((c, k) => ({ formula: `SUM(${c}4:${c}${sumTo})`, result: sum((k + 1) as 1 | 2 | 3) })),
    { formula: `SUM(E4:E${sumTo})`, result: sum(2) + sum(3) }]);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe("a workbook's =SUM row (told by its formula)", () => {
  it("a row of =SUM over the rows above is a total, with no label: not published, said as a formula's", async () => {
    const { report, rows } = await runBytes(await sumBook(6), "131148_population_20240101.xlsx");
    expect(areas(rows)).toEqual([[1, "本町一丁目", 2250], [2, "本町二丁目", 1850], [3, "本町三丁目", 1390]]);
    expect(said(report, "sum_row", "sum_row_differs")).toEqual([[4, "sum_row", null, "2940、2700、2790、5490", "1-3|formula", "warning"]]);
    expect(report.issues.find((i) => i.code === "sum_row")?.message_ja).toContain("上の行を合計する式（=SUM(…)など）の行のため");
  });

  it("a =SUM whose range misses the last row is a total all the same, its figures named as not the rows' sums", async () => {
    const { report, rows } = await runBytes(await sumBook(5), "131148_population_20240101.xlsx");
    expect(rows.map((r) => r.record.area_name)).toEqual(["本町一丁目", "本町二丁目", "本町三丁目"]);
    expect(said(report, "sum_row_differs")).toEqual([[4, "sum_row_differs", "total", "4100 ≠ 5490", "1-3|3", "warning"]]);
  });

  it("a =SUM row with a name (a 町 under its 丁目) is a total too", async () => {
    const { report, rows } = await runBytes(await sumBook(6, "本町"), "131148_population_20240101.xlsx");
    expect(rows.map((r) => r.record.area_name)).toEqual(["本町一丁目", "本町二丁目", "本町三丁目"]);
    expect(tuples(report, "sum_row", "sum_row_differs")).toEqual([[4, null, "sum_row"]]);
  });
});

describe("sumsCellsAbove: a formula adding up the cells above it in its own column", () => {
  const cell = (formula: string) => `<f>${formula}</f><v>1</v>`;
  it("SUM, SUBTOTAL(9 or 109) and + over the column above", () => {
    // row 7 (0-based), column B (1)
    expect(sumsCellsAbove(cell("SUM(B4:B7)"), 7, 1)).toBe(true);
    expect(sumsCellsAbove(cell("SUM($B$4:$B$7)"), 7, 1)).toBe(true);
    expect(sumsCellsAbove(cell("SUBTOTAL(9,B4:B7)"), 7, 1)).toBe(true);
    expect(sumsCellsAbove(cell("SUBTOTAL(109,B4:B7)"), 7, 1)).toBe(true);
    expect(sumsCellsAbove(cell("B4+B5+B6"), 7, 1)).toBe(true);
    expect(sumsCellsAbove(cell("SUM(B4:B5,B7)"), 7, 1)).toBe(true);
  });
  it("not a sum across the row, of another column (累計), over the cell itself, of one cell, or another function", () => {
    expect(sumsCellsAbove(cell("C8+D8"), 7, 4)).toBe(false);
    expect(sumsCellsAbove(cell("SUM($C$4:C8)"), 7, 5)).toBe(false);
    expect(sumsCellsAbove(cell("SUM(B4:B8)"), 7, 1)).toBe(false);
    expect(sumsCellsAbove(cell("B7"), 7, 1)).toBe(false);
    expect(sumsCellsAbove(cell("AVERAGE(B4:B7)"), 7, 1)).toBe(false);
    expect(sumsCellsAbove(cell("SUBTOTAL(1,B4:B7)"), 7, 1)).toBe(false);
    expect(sumsCellsAbove("<f t=\"shared\" si=\"0\"/><v>1</v>", 7, 1)).toBe(false);
    expect(sumsCellsAbove("<v>1</v>", 7, 1)).toBe(false);
  });
});

describe("rows of changes under a table of areas (増減, 前月比)", () => {
  it("are no areas: not published, said as changes; the last month's 計 beside the month's is no total of the rows to check", async () => {
    const text = ["R6.1.1現在　町丁目別世帯数・人口,,,,", "町丁目,世帯数,人口,男,女", "一丁目,500,900,450,450", "二丁目,400,800,390,410", "三丁目,300,600,300,300",
      "計,1200,2300,1140,1160", "前月計,1190,2290,1135,1155", "増減,10,10,5,5", "対前年増減,-20,-35,-15,-20"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131091_population.csv");
    expect(areas(rows)).toEqual([[1, "一丁目", 900], [2, "二丁目", 800], [3, "三丁目", 600]]);
    expect(said(report, "totals_row", "change_row", "sum_row_differs").map((i) => [i[0], i[1], i[3]])).toEqual([
      [4, "totals_row", "計,1200,2300,1140,1160"], [5, "totals_row", "前月計,1190,2290,1135,1155"], [6, "change_row", "増減,10,10,5,5"],
      [7, "change_row", "対前年増減,-20,-35,-15,-20"]]);
    expect(report.issues.find((i) => i.code === "change_row")?.message_ja).toContain("「増減,10,10,5,5」は前月・前年などとの増減の行とみなし、データとして読みませんでした");
  });
});
