// Population tables with one row per age (age-rows-layout.ts, age-rows.ts): an area's rows are folded into one record,
// with its totals and the standard's five-year bands; a table that cannot fold is refused.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { isAgeHeader } from "../../../pipelines/age-rows-layout.ts";
import { isAgeText } from "../../../pipelines/age-bands.ts";
import { closeRangeWorkers } from "../../../pipelines/range-pool.ts";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

describe("isAgeText", () => {
  it.each<[string, boolean]>([
    ["0歳", true], ["100歳以上", true], ["0～4歳", true], ["85歳～", true], ["５～９歳", true], ["0歳～4歳", true],
    ["阿佐谷北一丁目", false], ["合計", false], ["65", false], ["0～4", false], ["0～4歳男", false], ["1・3歳", false],
    // 才, the short form of 歳 many tables use
    ["0～4才", true], ["100才以上", true], ["３才", true], ["天才", false], ["才", false],
  ])("%s → %s", (cell, expected) => expect(isAgeText(cell)).toBe(expected));
});

type Rows = Awaited<ReturnType<typeof runBytes>>["rows"];
const values = (rows: Rows) => rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.record.total,
  r.record.age_0_4_male, r.record.age_0_4_female, r.record.age_85_plus_male, r.record.age_85_plus_female, r.valid]);
const issues = (report: Awaited<ReturnType<typeof runBytes>>["report"], ...codes: string[]) =>
  report.issues.filter((i) => codes.includes(i.code)).map((i) => [i.row, i.field, i.code, i.value, i.detail ?? null]);

/** An area's single years 0歳 … 99歳, 100歳以上 and 年齢不詳: 男 1 each (2 at ages under 5), 女 1 each (3 from 85 on) */
function singleYears(area: string, { total = true, unknown = true, areaOnFirstRow = false } = {}): string[] {
  const rows: string[][] = [];
  let m = 0;
  let f = 0;
  for (let y = 0; y <= 100; y++) {
    const [mm, ff] = [y < 5 ? 2 : 1, y >= 85 ? 3 : 1];
    m += mm;
    f += ff;
    rows.push([y === 100 ? "100歳以上" : `${y}歳`, String(mm), String(ff), String(mm + ff)]);
  }
  if (unknown) {
    rows.push(["年齢不詳", "1", "0", "1"]);
    m += 1;
  }
  if (total) rows.unshift(["総数", String(m), String(f), String(m + f)]);
  return rows.map((r, k) => [areaOnFirstRow && k > 0 ? "" : area, ...r].join(","));
}

describe("a population table with one row per age, per 町丁", () => {
  // 男 106 + 不詳 1 = 107, 女 133 (48 at 85+), 0-4: 10 / 5; 85+: 16 / 48
  const text = ["町丁名,年齢,男,女,計", ...singleYears("阿佐谷北一丁目"), ...singleYears("阿佐谷北二丁目")].join("\r\n") + "\r\n";

  it("single years with a 総数 row and 年齢不詳: one record per area, numbered by its first row, said once", async () => {
    const { report, rows } = await runBytes(text, "131156_population_20240101.csv");
    expect(values(rows)).toEqual([
      [1, "阿佐谷北一丁目", 107, 133, 240, 10, 5, 16, 48, true],
      [104, "阿佐谷北二丁目", 107, 133, 240, 10, 5, 16, 48, true]]);
    expect(rows[0].extra).toEqual({ 年齢不詳_男: "1", 年齢不詳_女: "0", 年齢不詳_計: "1" });
    expect(report).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
    expect(issues(report, "rows_by_age", "rows_by_age_folded")).toEqual([[null, "年齢", "rows_by_age_folded", "0歳、1歳、2歳…", null]]);
    // the ages add up to the 総数 rows; the synthesized 不詳 columns are no unknown headers; the areas are no duplicates
    expect(tuples(report, "age_total_mismatch", "unknown_header", "duplicate_name", "missing_required")).toEqual([]);
    // 男性 counts the 不詳 row, which no band does: its 年齢不詳_男 makes up the rest of 男性, and the record is consistent
    expect(tuples(report, "sum_mismatch")).toEqual([]);
  });

  it("a Shift_JIS file with the area on its first row only and no 総数 row reads the same", async () => {
    const sjis = ["町丁名,年齢,男,女,計", ...singleYears("阿佐谷北一丁目", { total: false, areaOnFirstRow: true }),
      ...singleYears("阿佐谷北二丁目", { total: false, areaOnFirstRow: true })].join("\r\n");
    const { report, rows } = await runBytes(encodeCp932(sjis), "131156_population_20240101.csv");
    expect(report.encoding).toBe("shift_jis");
    expect(values(rows)).toEqual([
      [1, "阿佐谷北一丁目", 107, 133, 240, 10, 5, 16, 48, true],
      [103, "阿佐谷北二丁目", 107, 133, 240, 10, 5, 16, 48, true]]);
  });

  it("an area's name on a row of its own above its ages is its first row; 5-year subtotals beside single years are not counted twice", async () => {
    const area = (name: string) => [`${name},,,,`, ",0～4歳,10,5,15", ...singleYears("", { total: false, unknown: false })];
    const { rows, report } = await runBytes(["町丁名,年齢,男,女,計", ...area("天沼一丁目"), ...area("天沼二丁目")].join("\n"), "131156_population_20240101.csv");
    expect(values(rows)).toEqual([
      [1, "天沼一丁目", 106, 133, 239, 10, 5, 16, 48, true],
      [104, "天沼二丁目", 106, 133, 239, 10, 5, 16, 48, true]]);
    expect(tuples(report, "note_row", "age_row_unread", "age_bands_missing")).toEqual([]);
  });

  it("a 合計 row the ages do not add up to: its figure is published and the difference named on its row", async () => {
    const rows = singleYears("本町一丁目", { unknown: false });
    rows[0] = "本町一丁目,総数,110,133,243";
    const { report, rows: out } = await runBytes(["町丁名,年齢,男,女,計", ...rows].join("\n"), "131148_population_20240101.csv");
    expect(values(out)).toEqual([[1, "本町一丁目", 110, 133, 243, 10, 5, 16, 48, true]]);
    expect(issues(report, "age_total_mismatch")).toEqual([[1, "male", "age_total_mismatch", "110", "110 ≠ 106"],
      [1, "total", "age_total_mismatch", "243", "243 ≠ 239"]]);
  });

  it("a wrong 計 on one age row (3歳: 2 | 1 | 30): the row, its area and its age named, the figures read as written", async () => {
    const one = singleYears("本町一丁目", { total: false, unknown: false });
    const two = singleYears("本町二丁目", { total: false, unknown: false });
    one[3] = "本町一丁目,3歳,2,1,30";
    const { report, rows: out } = await runBytes(["町丁名,年齢,男,女,計", ...one, ...two].join("\n"), "131148_population_20240101.csv");
    // the area's total is the sum of its 計 column as before (which figure is wrong is not known), now with the row named
    expect(values(out)).toEqual([[1, "本町一丁目", 106, 133, 266, 10, 5, 16, 48, true], [102, "本町二丁目", 106, 133, 239, 10, 5, 16, 48, true]]);
    // before: only the record's sum_mismatch on row 1, naming neither the 3歳 row nor its 計
    expect(issues(report, "age_row_sum_mismatch", "sum_mismatch")).toEqual([
      [4, "total", "age_row_sum_mismatch", "30", "本町一丁目｜3歳｜2｜1"], [1, "total", "sum_mismatch", "266", "266 ≠ 239（男性＋女性）"]]);
    const said = report.issues.find((i) => i.code === "age_row_sum_mismatch");
    expect(said?.message_ja).toContain("地域「本町一丁目」の年齢「3歳」の行");
    expect(said?.message_ja).toContain("（2 ＋ 1 ＝ 3）");
    expect(said?.message_en).toContain("area 本町一丁目, the row of age 3歳");
  });

  it("with a 不詳 row, a 合計 row the ages and 不詳 do not add up to is still named, 年齢不詳 among the parts", async () => {
    const rows = singleYears("本町一丁目");
    rows[0] = "本町一丁目,総数,110,133,243";
    const { report, rows: out } = await runBytes(["町丁名,年齢,男,女,計", ...rows].join("\n"), "131148_population_20240101.csv");
    expect(values(out)).toEqual([[1, "本町一丁目", 110, 133, 243, 10, 5, 16, 48, true]]);
    expect(issues(report, "age_total_mismatch", "sum_mismatch")).toEqual([[1, "male", "age_total_mismatch", "110", "110 ≠ 107"],
      [1, "total", "age_total_mismatch", "243", "243 ≠ 240"], [1, "male", "sum_mismatch", "110", "110 ≠ 107（0-4歳の男性＋…＋85歳以上の男性＋年齢不詳）"]]);
  });

  it("a workbook: the area's columns (地域コード, 世帯数) read once, the record numbered by the area's first row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("年齢別人口");
    ws.addRow(["町丁名", "地域コード", "世帯数", "年齢", "男", "女", "計"]);
    for (const line of singleYears("阿佐谷北一丁目", { unknown: false })) {
      const [area, ...rest] = line.split(",");
      ws.addRow([area, "101", 120, rest[0], ...rest.slice(1).map(Number)]);
    }
    const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131156_population_20240101.xlsx");
    expect(values(rows)).toEqual([[1, "阿佐谷北一丁目", 106, 133, 239, 10, 5, 16, 48, true]]);
    expect(rows[0].record).toMatchObject({ area_code: "101", households: 120 });
  });
});

describe("ages written as numbers alone (0, 1 … 100以上) under a header that says they are ages", () => {
  /** singleYears with 歳 left out of the age cells */
  const bare = (area: string) => singleYears(area).map((line) => line.replace(/^([^,]*),(\d+)歳(以上)?,/, "$1,$2$3,"));

  it.each(["年齢", "年齢（各歳）", "各歳", "年齢階級"])("under %s they fold as 0歳 … 100歳以上 do", async (header) => {
    const text = [`町丁名,${header},男,女,計`, ...bare("阿佐谷北一丁目"), ...bare("阿佐谷北二丁目")].join("\n");
    expect(text.split("\n")[2]).toBe("阿佐谷北一丁目,0,2,1,3");
    const { report, rows } = await runBytes(text, "131156_population_20240101.csv");
    expect(values(rows)).toEqual([[1, "阿佐谷北一丁目", 107, 133, 240, 10, 5, 16, 48, true], [104, "阿佐谷北二丁目", 107, 133, 240, 10, 5, 16, 48, true]]);
    expect(issues(report, "rows_by_age_folded")).toEqual([[null, header, "rows_by_age_folded", "0、1、2…", null]]);
    expect(tuples(report, "age_row_unread", "age_bands_missing", "duplicate_name", "sum_mismatch")).toEqual([]);
  });

  it("bands written without 歳 (0～4, 85以上) fold too; numbers alone under another header (番号) are no ages", async () => {
    const bands = [...Array.from({ length: 17 }, (_, k) => `${k * 5}～${k * 5 + 4}`), "85以上"];
    const text = ["年齢,男,女,計", ...bands.map((b) => `${b},100,200,300`)].join("\n");
    const { rows } = await runBytes(text, "131148_population_20240101.csv");
    expect(values(rows)).toEqual([[1, "中野区", 1800, 3600, 5400, 100, 200, 100, 200, true]]);
    const numbered = await runBytes(["番号,町丁名,男,女,計", "1,本町一丁目,720,801,1521", "2,本町二丁目,800,850,1650", "3,本町三丁目,10,20,30",
      "4,本町四丁目,1,2,3"].join("\n"), "131148_population_20240101.csv");
    expect(numbered.rows.map((r) => [r.record.area_name, r.valid])).toEqual([["本町一丁目", true], ["本町二丁目", true], ["本町三丁目", true], ["本町四丁目", true]]);
    expect(tuples(numbered.report, "rows_by_age", "rows_by_age_folded")).toEqual([]);
  });

  it("isAgeHeader: 年齢 and its wordings say so; 年齢不詳 and 平均年齢 name a figure", () => {
    expect(["年齢", "年齢（歳）", "年齢別", "年齢区分", "各歳", "歳", "年令"].map(isAgeHeader)).toEqual([true, true, true, true, true, true, true]);
    expect(["年齢不詳", "平均年齢", "番号", "年齢計"].map(isAgeHeader)).toEqual([false, false, false, false]);
  });
});

describe("a table with both the sex and the age in rows (町丁名 | 年齢 | 男女別 | 人数)", () => {
  /** singleYears as one row per area, age and sex: 男, 女 and 計 (when `total`) under each age */
  const long = (area: string, total = true) => singleYears(area).flatMap((line) => {
    const [name, age, m, f, t] = line.split(",");
    return [[name, age, "男", m], [name, age, "女", f], ...(total ? [[name, age, "計", t]] : [])].map((r) => r.join(","));
  });
  const expected = [[1, "阿佐谷北一丁目", 107, 133, 240, 10, 5, 16, 48, true], [310, "阿佐谷北二丁目", 107, 133, 240, 10, 5, 16, 48, true]];

  it("each area's rows fold into one record: the sexes of each age first, then its ages; said as both", async () => {
    const text = ["町丁名,年齢,男女別,人数", ...long("阿佐谷北一丁目"), ...long("阿佐谷北二丁目")].join("\n");
    const { report, rows } = await runBytes(text, "131156_population_20240101.csv");
    expect(values(rows)).toEqual(expected);
    expect(rows[0].extra).toEqual({ 年齢不詳_男: "1", 年齢不詳_女: "0", 年齢不詳_計: "1" });
    expect(report).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
    expect(tuples(report, "sex_in_rows", "rows_by_age_folded")).toEqual([[null, "男女別", "sex_in_rows"], [null, "年齢", "rows_by_age_folded"]]);
    expect(tuples(report, "duplicate_name", "sum_mismatch", "age_total_mismatch", "sex_row_missing", "unknown_header", "rows_by_age")).toEqual([]);
  });

  it("with the sex before the age (町丁名 | 男女 | 年齢 | 人数: an area's 男 ages, then its 女 ages) and no 計 rows", async () => {
    const bySex = (area: string) => [...long(area, false).filter((l) => l.includes(",男,")), ...long(area, false).filter((l) => l.includes(",女,"))]
      .map((l) => { const [name, age, sex, n] = l.split(","); return [name, sex, age, n].join(","); });
    const { report, rows } = await runBytes(["町丁名,男女,年齢,人数", ...bySex("阿佐谷北一丁目"), ...bySex("阿佐谷北二丁目")].join("\n"), "131156_population_20240101.csv");
    expect(values(rows)).toEqual([[1, "阿佐谷北一丁目", 107, 133, 240, 10, 5, 16, 48, true], [207, "阿佐谷北二丁目", 107, 133, 240, 10, 5, 16, 48, true]]);
    expect(tuples(report, "duplicate_name", "sum_mismatch", "sex_row_missing", "rows_by_age")).toEqual([]);
  });

  it("in blocks (every area's 男 rows, then every 女 row) with the ages as numbers alone", async () => {
    const rowsOf = (sex: string) => ["阿佐谷北一丁目", "阿佐谷北二丁目"].flatMap((area) => long(area, false).filter((l) => l.includes(`,${sex},`)))
      .map((l) => { const [name, age, s, n] = l.split(","); return [name, s, age.replace(/歳/, ""), n].join(","); });
    const { report, rows } = await runBytes(["町丁名,性別,年齢,人数", ...rowsOf("男"), ...rowsOf("女")].join("\n"), "131156_population_20240101.csv");
    expect(values(rows)).toEqual([[1, "阿佐谷北一丁目", 107, 133, 240, 10, 5, 16, 48, true], [104, "阿佐谷北二丁目", 107, 133, 240, 10, 5, 16, 48, true]]);
    expect(tuples(report, "sex_rows_in_blocks", "rows_by_age_folded", "rows_by_age")).toEqual([[null, "性別", "sex_rows_in_blocks"], [null, "年齢", "rows_by_age_folded"]]);
  });
});

describe("a population table with one row per age for the whole ward", () => {
  const BANDS = ["0～4歳", "5～9歳", "10～14歳", "15～19歳", "20～24歳", "25～29歳", "30～34歳", "35～39歳", "40～44歳", "45～49歳", "50～54歳",
    "55～59歳", "60～64歳", "65～69歳", "70～74歳", "75～79歳", "80～84歳", "85～89歳", "90～94歳", "95～99歳", "100歳以上"];
  // 男 100 per band (2,100), 女 200 (4,200), 85+ from four bands
  const table = ["年齢別人口（令和6年1月1日現在）,,,", "年齢,男,女,計", ...BANDS.map((b) => `${b},100,200,300`),
    "合計,\"2,100\",\"4,200\",\"6,300\"", "※住民基本台帳による"].join("\n");

  it("is one record named after the municipality of the file name, numbered by its first row; the note under it is a note", async () => {
    const { report, rows } = await runBytes(table, "131148_population.csv");
    expect(values(rows)).toEqual([[1, "中野区", 2100, 4200, 6300, 100, 200, 400, 800, true]]);
    expect(rows[0].record.survey_date).toBe("2024-01-01");
    expect(issues(report, "rows_by_age_folded")).toEqual([[null, "年齢", "rows_by_age_folded", "0～4歳、5～9歳、10～14歳…", "中野区"]]);
    expect(tuples(report, "note_row")).toEqual([[23, null, "note_row"]]);
  });

  it("with no municipality known, its name is empty and the officer is told what to add", async () => {
    const { report, rows } = await runBytes(table, "nenrei.csv", { dataset: "population" });
    expect(rows.map((r) => [r.record.area_name, r.valid])).toEqual([[null, false]]);
    expect(tuples(report, "ward_by_age_unnamed")).toEqual([[null, null, "ward_by_age_unnamed"]]);
    const named = await runBytes(table, "nenrei.csv", { dataset: "population", municipality: "131148" });
    expect(named.rows.map((r) => [r.record.area_name, r.valid])).toEqual([["中野区", true]]);
  });
});

describe("one table by age per 町丁, each under a title naming it (町丁名：本町一丁目) and no area column", () => {
  const BANDS = ["0～4歳", "5～9歳", "10～14歳", "15～19歳", "20～24歳", "25～29歳", "30～34歳", "35～39歳", "40～44歳", "45～49歳", "50～54歳",
    "55～59歳", "60～64歳", "65～69歳", "70～74歳", "75～79歳", "80～84歳", "85歳以上"];
  /** a 町丁's table: `men` and `women` per band, its 総数 first (women's written as `womenTotal` when given) */
  const table = (title: string, men: number, women: number, womenTotal = women * BANDS.length) => [`${title},,,`, "年齢,男,女,計",
    `総数,${men * BANDS.length},${womenTotal},${(men + women) * BANDS.length}`, ...BANDS.map((b) => `${b},${men},${women},${men + women}`)];
  const file = (...tables: string[][]) => ["年齢別人口（令和6年1月1日現在）,,,", ...tables.flatMap((t, k) => (k === 0 ? t : [",,,", ...t]))].join("\n");

  it("each table is its 町丁's record, named from its title and said so (before: two records of 中野区, the title a third)", async () => {
    const { report, rows } = await runBytes(file(table("町丁名：本町一丁目", 10, 12), table("町丁名：本町二丁目", 20, 21)), "131148_population.csv");
    expect(values(rows)).toEqual([[1, "本町一丁目", 180, 216, 396, 10, 12, 10, 12, true], [23, "本町二丁目", 360, 378, 738, 20, 21, 20, 21, true]]);
    expect(issues(report, "age_table_area_from_title", "age_total_mismatch", "duplicate_name", "ward_by_age_unnamed")).toEqual([
      [1, "area_name", "age_table_area_from_title", "町丁名：本町一丁目", "本町一丁目"], [23, "area_name", "age_table_area_from_title", "町丁名：本町二丁目", "本町二丁目"]]);
    expect(issues(report, "rows_by_age_folded")).toEqual([[null, "年齢", "rows_by_age_folded", "0～4歳、5～9歳、10～14歳…", null]]);
    expect(report.issues.find((i) => i.code === "age_table_area_from_title")?.message_ja).toContain("表の上の見出し「町丁名：本町一丁目」の「本町一丁目」を「地域名」としました");
  });

  it("a bare 丁目 or one in 【】 names it too, with no blank row between; the second table's 総数 typed over is named in it", async () => {
    const text = ["年齢別人口（令和6年1月1日現在）,,,", ...table("本町一丁目", 10, 12), ...table("【本町二丁目】", 20, 21, 387)].join("\n");
    const { report, rows } = await runBytes(text, "131148_population.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.female])).toEqual([[1, "本町一丁目", 216], [22, "本町二丁目", 387]]);
    expect(issues(report, "age_total_mismatch")).toEqual([[22, "female", "age_total_mismatch", "387", "387 ≠ 378"]]);
  });

  // before: each table was its 町丁's record too, but the file was told to be one table of the whole municipality, with
  // no name known (ward_by_age_unnamed, a warning) and all its rows folded into one record
  it("one header over all the tables, each under its 町丁's name: the areas', not said to be the whole municipality's", async () => {
    const text = ["年齢別人口（令和6年1月1日現在）,,,", "年齢,男,女,計", ...["【本町一丁目】", "【本町二丁目】"].flatMap((title, k) =>
      [`${title},,,`, ...BANDS.map((b) => `${b},${10 * (k + 1)},${12 * (k + 1)},${22 * (k + 1)}`)])].join("\n");
    const { report, rows } = await runBytes(text, "nenrei.csv", { dataset: "population" });
    expect(rows.map((r) => [r.record.area_name, r.record.male, r.record.age_0_4_female])).toEqual([["本町一丁目", 180, 12], ["本町二丁目", 360, 24]]);
    expect(issues(report, "ward_by_age_unnamed", "rows_by_age_folded")).toEqual([[null, "年齢", "rows_by_age_folded", "0～4歳、5～9歳、10～14歳…", null]]);
  });

  it("a title that names no area (the file's) leaves the table the whole municipality's", async () => {
    const { rows } = await runBytes(file(table("中野区の年齢別人口", 10, 12)), "131148_population.csv");
    expect(rows.map((r) => r.record.area_name)).toEqual(["中野区"]);
  });
});

describe("a 町丁 table by single year with its 町丁コード, ages as numbers under 年齢（各歳）", () => {
  it("each area's record has its code as 地域コード (before: left in extra), its ages folded", async () => {
    const area = (code: string, name: string) => [...Array.from({ length: 100 }, (_, a) => `${code},${name},${a},1,2,3`),
      `${code},${name},100以上,1,2,3`, `${code},${name},計,101,202,303`];
    const text = ["町丁コード,町丁名,年齢（各歳）,男,女,計", ...area("001001", "西新宿一丁目"), ...area("001002", "西新宿二丁目")].join("\n");
    const { report, rows } = await runBytes(text, "131041_population_20240101.csv");
    expect(rows.map((r) => [r.record.area_code, r.record.area_name, r.record.male, r.record.age_85_plus_female, r.valid])).toEqual([
      ["001001", "西新宿一丁目", 101, 32, true], ["001002", "西新宿二丁目", 101, 32, true]]);
    expect(tuples(report, "unknown_header")).toEqual([]);
  });
});

describe("ages written with 才 (0～4才 … 100才以上) under 年齢階層", () => {
  it("the ward's table folds into one record, as with 歳 (before: 21 invalid rows, the ages unread)", async () => {
    const text = ["年齢階層,男,女,計", ...Array.from({ length: 20 }, (_, k) => `${k * 5}～${k * 5 + 4}才,100,200,300`), "100才以上,1,2,3",
      "合計,2001,4002,6003"].join("\n");
    const { report, rows } = await runBytes(text, "131091_population_20240101.csv");
    // 85歳以上: 85～89, 90～94, 95～99 and 100才以上
    expect(values(rows)).toEqual([[1, "品川区", 2001, 4002, 6003, 100, 200, 301, 602, true]]);
    expect(issues(report, "rows_by_age_folded").map((i) => i.slice(0, 4))).toEqual([[null, "年齢階層", "rows_by_age_folded", "0～4才、5～9才、10～14才…"]]);
    expect(tuples(report, "missing_column", "age_total_mismatch")).toEqual([]);
  });
});

describe("a table by age printed side by side (年齢 | 男 | 女 | 計, then the same again beside it)", () => {
  it("the blocks are read as one table: one record of every age (before: refused, the repeated 男 / 女 / 計 duplicates)", async () => {
    // 0歳 … 50歳 on the left, 51歳 … 99歳, 100歳以上 and the 総数 on the right, a blank column between; 男 2 and 女 3 at each age
    const left = Array.from({ length: 51 }, (_, a) => `${a}歳,2,3,5`);
    const right = [...Array.from({ length: 49 }, (_, k) => `${51 + k}歳,2,3,5`), "100歳以上,2,3,5", "総数,202,303,505"];
    const text = ["年齢別人口（令和6年1月1日現在）", "年齢,男,女,計,,年齢,男,女,計",
      ...left.map((l, k) => `${l},,${right[k] ?? ",,,"}`)].join("\n");
    const { report, rows } = await runBytes(text, "131148_population.csv");
    // 85歳以上: 85 … 99 and 100歳以上, 16 ages
    expect(values(rows)).toEqual([[1, "中野区", 202, 303, 505, 10, 15, 32, 48, true]]);
    const said = report.issues.filter((i) => i.code === "rows_by_age_side_by_side");
    expect(said.map((i) => [i.severity, i.field, i.value, i.detail])).toEqual([["info", "年齢", "2", "年齢｜男｜女｜計"]]);
    expect(said[0].message_ja).toContain("年齢別の表が2つ横に並んでいた");
    expect(tuples(report, "rows_by_age", "duplicate_header", "age_bands_missing", "age_total_mismatch", "blank_rows")).toEqual([]);
  });

  it("two areas side by side (本町一丁目's ages beside 本町二丁目's) are not read in turn: refused, said as two tables side by side (before: as a second 男 column)", async () => {
    const text = ["町丁名,年齢,男,女,計,,町丁名,年齢,男,女,計",
      ...Array.from({ length: 101 }, (_, a) => `本町一丁目,${a}歳,1,2,3,,本町二丁目,${a}歳,2,3,5`)].join("\n");
    const { report, rows } = await runBytes(text, "131041_population_20240101.csv");
    expect(rows.every((r) => !r.valid)).toBe(true);
    expect(tuples(report, "rows_by_age_side_by_side", "rows_by_age")).toEqual([]);
    const said = report.issues.filter((i) => i.code === "rows_by_age_tables_side_by_side");
    expect(said.map((i) => [i.row, i.severity, i.field, i.value, i.detail])).toEqual([[null, "error", "年齢", "2", "町丁名｜年齢｜男｜女｜計：本町一丁目、本町二丁目"]]);
    expect(said[0].message_ja).toContain("別々の地域（本町一丁目、本町二丁目）の年齢別の表が2つ横に並んでいます");
    expect(said[0].message_ja).toContain("表を1シート（1ファイル）に1つずつにするか");
    expect(said[0].message_ja).not.toContain("列「男」");
  });

  it("a table whose header does not repeat is read as before, block by block not at all", async () => {
    const text = ["年齢,男,女,計", "0歳,2,3,5", "1歳,2,3,5", "2歳,2,3,5", "3歳,2,3,5"].join("\n");
    const { report } = await runBytes(text, "131148_population.csv");
    expect(tuples(report, "rows_by_age_side_by_side")).toEqual([]);
  });
});

describe("bands that cannot be made", () => {
  it("ten-year bands: the five-year bands stay empty, named with the ranges that cross them; the totals are read", async () => {
    const ten = ["0～9歳", "10～19歳", "20～29歳", "30～39歳", "40～49歳", "50～59歳", "60～69歳", "70～79歳", "80～89歳", "90歳以上"];
    const text = ["町丁名,年齢,男,女,総数", ...ten.map((b) => `本町一丁目,${b},10,20,30`)].join("\n");
    const { report, rows } = await runBytes(text, "131148_population_20240101.csv");
    expect(values(rows)).toEqual([[1, "本町一丁目", 100, 200, 300, null, null, null, null, true]]);
    const [crossed] = issues(report, "age_bands_cross");
    expect(crossed.slice(0, 3)).toEqual([1, "年齢", "age_bands_cross"]);
    expect(crossed[3]).toMatch(/^0-4歳、5-9歳、.*、85歳以上$/);
    expect(crossed[4]).toBe("0～9歳、10～19歳、20～29歳、30～39歳、40～49歳、50～59歳、60～69歳、70～79歳、80～89歳");
  });

  it("a missing age leaves its band empty, named with the age; an age that does not read is named and left out", async () => {
    const rows = singleYears("本町一丁目", { total: false, unknown: false }).filter((r) => !r.includes(",47歳,"));
    rows.splice(3, 0, "本町一丁目,15歳未満,9,9,18");
    rows.splice(5, 0, "本町一丁目,15歳未満（再掲）,9,9,18");
    const { report, rows: out } = await runBytes(["町丁名,年齢,男,女,計", ...rows].join("\n"), "131148_population_20240101.csv");
    expect(out.map((r) => [r.record.male, r.record.age_45_49_male, r.record.age_40_44_male])).toEqual([[105, null, 5]]);
    // a row that says it restates others is left out as it should be: no warning, only an info
    expect(issues(report, "age_bands_missing", "age_row_unread", "age_row_restated")).toEqual([
      [4, "年齢", "age_row_unread", "15歳未満", null], [6, "年齢", "age_row_restated", "15歳未満（再掲）", null],
      [1, "年齢", "age_bands_missing", "45-49歳", "47歳"]]);
    expect(report.issues.find((i) => i.code === "age_row_restated")?.severity).toBe("info");
  });

  it("a count that is no number: the sums it is in stay empty, named on its row", async () => {
    const rows = singleYears("本町一丁目", { total: false, unknown: false });
    rows[2] = "本町一丁目,2歳,x,1,1";
    const { report, rows: out } = await runBytes(["町丁名,年齢,男,女,計", ...rows].join("\n"), "131148_population_20240101.csv");
    expect(out.map((r) => [r.record.male, r.record.age_0_4_male, r.record.age_5_9_male, r.record.female])).toEqual([[null, null, 5, 133]]);
    expect(issues(report, "age_count_unreadable")).toEqual([[3, "male", "age_count_unreadable", "x", null]]);
  });
});

describe("a table by age with the population's parts beside its whole (日本人 | 外国人 | 総数, each 男 / 女 / 計)", () => {
  /** age `a`: 日本人 男 500-3a 女 520-3a, 外国人 男 20 女 22, 総数 their sums */
  const figures = (a: number) => {
    const [jm, jf, fm, ff] = [500 - 3 * a, 520 - 3 * a, 20, 22];
    return [jm, jf, jm + jf, fm, ff, fm + ff, jm + fm, jf + ff, jm + jf + fm + ff];
  };
  const ages = Array.from({ length: 101 }, (_, a) => a);
  const total = ages.map(figures).reduce((t, f) => t.map((x, k) => x + f[k]));
  const comma = (n: number) => `"${n.toLocaleString("en-US")}"`;
  const HEAD = ["年齢別人口（各歳・男女別）", "令和6年1月1日現在", "年齢,日本人,,,外国人,,,総数,,", ",男,女,計,男,女,計,男,女,計"];

  it("the ward's table (Shift_JIS, a header over two rows, 総数 first): one record of the 総数 figures, the parts' totals in extra", async () => {
    const text = [...HEAD, ["総数", ...total.map(comma)].join(","), ...ages.map((a) => [a === 100 ? "100歳以上" : `${a}歳`, ...figures(a)].join(","))].join("\r\n");
    const { report, rows } = await runBytes(encodeCp932(text), "131041_population_20240101.csv");
    // before: refused (日本人_男 a figure by age no standard column takes), 101 invalid rows
    expect(rows).toHaveLength(1);
    // 0-4歳 男: 日本人 500+497+494+491+488 = 2,470 and 外国人 5 × 20; 女 2,570 + 5 × 22. 85歳以上 (a = 85 … 100): 男 日本人
    // 16 × 500 - 3 × 1,480 = 3,560 and 外国人 16 × 20; 女 3,880 + 16 × 22
    expect(values(rows)).toEqual([[1, "新宿区", total[6], total[7], total[8], 2570, 2680, 3880, 4232, true]]);
    expect(rows[0].extra).toMatchObject({ 日本人_男: comma(total[0]).replaceAll('"', ""), 外国人_計: comma(total[5]).replaceAll('"', "") });
    expect(tuples(report, "rows_by_age", "missing_column", "age_total_mismatch")).toEqual([]);
  });

  it("a 町丁 table with no 計 row: each part is the sum of the area's ages", async () => {
    const area = (name: string) => ages.map((a) => [name, `${a}歳`, ...figures(a)].join(","));
    const text = ["町丁名,年齢,日本人_男,日本人_女,日本人_計,外国人_男,外国人_女,外国人_計,男,女,計", ...area("西新宿一丁目"), ...area("西新宿二丁目")].join("\n");
    const { report, rows } = await runBytes(text, "131041_population_20240101.csv");
    expect(rows.map((r) => [r.record.area_name, r.record.male, r.record.total, r.extra?.日本人_男, r.extra?.外国人_計, r.valid])).toEqual([
      ["西新宿一丁目", total[6], total[8], String(total[0]), String(total[5]), true],
      ["西新宿二丁目", total[6], total[8], String(total[0]), String(total[5]), true]]);
    expect(tuples(report, "rows_by_age")).toEqual([]);
  });
});

describe("a table by age that cannot fold", () => {
  it("another figure by age (構成比): every row invalid, said once naming the column, not as duplicate names", async () => {
    const text = ["町丁名,年齢,男,女,計,構成比", "阿佐谷北一丁目,0歳,6,7,13,0.5", "阿佐谷北一丁目,1歳,7,16,23,0.8",
      "阿佐谷北一丁目,2歳,10,28,38,1.2", "阿佐谷北一丁目,3歳,30,26,56,1.9"].join("\n");
    const { report, rows } = await runBytes(text, "131156_population_20240101.csv");
    expect(rows.map((r) => r.valid)).toEqual([false, false, false, false]);
    expect(issues(report, "rows_by_age", "rows_by_age_folded", "duplicate_name")).toEqual([[null, "年齢", "rows_by_age", "0歳、1歳、2歳…", "構成比"]]);
    expect(report.issues.find((i) => i.code === "rows_by_age")?.message_ja).toContain("列「構成比」も年齢ごとの値");
    // the cells stay as read: nothing lost
    expect(rows[0]).toMatchObject({ record: { area_name: "阿佐谷北一丁目", total: 13 }, extra: { 年齢: "0歳", 構成比: "0.5" } });
  });

  it("is not told by a column where an age is a note on a row or two, nor by ages in the header", async () => {
    const text = ["町丁名,男,女,計,区分", "本町一丁目,720,801,1521,65歳以上", "本町二丁目,800,850,1650,", "本町三丁目,10,20,30,"].join("\n");
    const { report, rows } = await runBytes(text, "131148_population_20240101.csv");
    expect(rows.map((r) => r.valid)).toEqual([true, true, true]);
    expect(tuples(report, "rows_by_age", "rows_by_age_folded")).toEqual([]);
    const byColumns = await runBytes(["町丁名,男,女,計,0～4歳男,0～4歳女", "本町一丁目,720,801,1521,30,31"].join("\n"), "131148_population_20240101.csv");
    expect(byColumns.rows[0]).toMatchObject({ valid: true, record: { age_0_4_male: 30, age_0_4_female: 31 } });
    expect(tuples(byColumns.report, "rows_by_age", "rows_by_age_folded")).toEqual([]);
  });
});

describe("read on two threads", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-age-rows-"));
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await closeRangeWorkers();
  });

  it("an area's rows across a cut of the file give the same records and report as one thread", async () => {
    const areas = Array.from({ length: 60 }, (_, k) => `本町${k + 1}丁目`);
    const file = path.join(dir, "131148_population_20240101.csv");
    writeFileSync(file, ["町丁名,年齢,男,女,計", ...areas.flatMap((a) => singleYears(a))].join("\n") + "\n");
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(one.out.trim().split("\n")).toHaveLength(60);
    expect(many.out).toBe(one.out);
    expect(many.report).toEqual(one.report);
  });

  it("so do a table's rows by sex and age (町丁名 | 年齢 | 男女別 | 人数), folded twice", async () => {
    const areas = Array.from({ length: 20 }, (_, k) => `本町${k + 1}丁目`);
    const file = path.join(dir, "131148_population_20240101_long.csv");
    const long = areas.flatMap((a) => singleYears(a).flatMap((line) => {
      const [name, age, m, f] = line.split(",");
      return [`${name},${age},男,${m}`, `${name},${age},女,${f}`];
    }));
    writeFileSync(file, ["町丁名,年齢,男女別,人数", ...long].join("\n") + "\n");
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(one.out.trim().split("\n")).toHaveLength(20);
    expect(JSON.parse(one.out.split("\n")[0]).record).toMatchObject({ area_name: "本町1丁目", male: 107, female: 133, total: 240 });
    expect(many.out).toBe(one.out);
    expect(many.report).toEqual(one.report);
  });
});
