// Population tables with the areas as column groups (areas-across.ts): one row per age, each area's 男 | 女 | 計 in
// columns of its own, named in one header cell (本町一丁目 男) or by a row above merged over them. Each area is one
// record, its ages the standard's bands, its totals checked against its ages.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const BANDS = [...Array.from({ length: 17 }, (_, k) => `${k * 5}～${k * 5 + 4}歳`), "85歳以上"];

/** Two areas' figures by band: 本町一丁目 男 10 + k, 女 12 + k; 本町二丁目 男 5 + k, 女 6 + k (k: the band's place). */
const figures = BANDS.map((band, k) => ({ band, m1: 10 + k, f1: 12 + k, m2: 5 + k, f2: 6 + k }));
const sum = (key: "m1" | "f1" | "m2" | "f2") => figures.reduce((s, f) => s + f[key], 0);
const [M1, F1, M2, F2] = [sum("m1"), sum("f1"), sum("m2"), sum("f2")];
const line = (age: string, m1: number, f1: number, m2: number, f2: number) => [age, m1, f1, m1 + f1, m2, f2, m2 + f2].join(",");
const body = [...figures.map((f) => line(f.band, f.m1, f.f1, f.m2, f.f2)), line("合計", M1, F1, M2, F2)];

type Run = Awaited<ReturnType<typeof runBytes>>;
const values = (out: Run["rows"]) => out.map((r) => [r.row, r.record.survey_date, r.record.area_name, r.record.male, r.record.female, r.record.total,
  r.record.age_0_4_male, r.record.age_0_4_female, r.record.age_85_plus_male, r.record.age_85_plus_female, r.valid]);
const issues = (report: Run["report"], ...codes: string[]) =>
  report.issues.filter((i) => codes.includes(i.code)).map((i) => [i.row, i.field, i.code, i.value, i.detail ?? null]);
const EXPECTED = [
  [1, "2024-01-01", "本町一丁目", M1, F1, M1 + F1, 10, 12, 27, 29, true],
  [1, "2024-01-01", "本町二丁目", M2, F2, M2 + F2, 5, 6, 22, 23, true]];

describe("a table by age with the areas as column groups", () => {
  it("本町一丁目 男 | 本町一丁目 女 | 本町一丁目 計 | 本町二丁目 男 …: one record per area, the title's 令和6年1月1日 its date", async () => {
    const text = ["年齢別・町丁別人口（令和6年1月1日現在）", "年齢,本町一丁目 男,本町一丁目 女,本町一丁目 計,本町二丁目 男,本町二丁目 女,本町二丁目 計", ...body].join("\r\n");
    const { report, rows } = await runBytes(text, "131041_population.csv");
    // before: no header found, 19 rows invalid
    expect(report).toMatchObject({ rows: 2, valid: 2, invalid: 0 });
    expect(values(rows)).toEqual(EXPECTED);
    expect(issues(report, "areas_across_columns")).toEqual([[null, "年齢", "areas_across_columns", "本町一丁目、本町二丁目", "男 / 女 / 計"]]);
    expect(report.issues.find((i) => i.code === "areas_across_columns")?.message_ja).toContain("地域（本町一丁目、本町二丁目）ごとに 男 / 女 / 計 の列");
    // the 合計 row and the 計 columns agree with the ages and the sexes
    expect(tuples(report, "age_total_mismatch", "sum_mismatch", "header_not_found", "unknown_header", "rows_by_age")).toEqual([]);
  });

  it("the areas in a row above, merged over 男 | 女 | 計 (blank after the name), read the same; that row is no title", async () => {
    const text = ["年齢別・町丁別人口（令和6年1月1日現在）", "年齢,本町一丁目,,,本町二丁目,,", ",男,女,計,男,女,計", ...body].join("\n");
    const { report, rows } = await runBytes(text, "131041_population.csv");
    expect(values(rows)).toEqual(EXPECTED);
    expect(tuples(report, "rows_above_header", "header_groups_row", "split_header_joined")).toEqual([[null, null, "rows_above_header"]]);
    expect(report.issues.find((i) => i.code === "rows_above_header")?.value).toBe("年齢別・町丁別人口（令和6年1月1日現在）");
  });

  it("a 合計 row one area's ages do not add up to: its figure kept, the difference named with the file's own column", async () => {
    const wrong = [...body.slice(0, -1), line("合計", M1, F1, M2, F2 + 1)];
    const text = ["年齢,本町一丁目 男,本町一丁目 女,本町一丁目 計,本町二丁目 男,本町二丁目 女,本町二丁目 計", ...wrong].join("\n");
    const { report, rows } = await runBytes(text, "131041_population_20240101.csv");
    expect(values(rows)[1].slice(2, 6)).toEqual(["本町二丁目", M2, F2 + 1, M2 + F2 + 1]);
    expect(issues(report, "age_total_mismatch")).toEqual([
      [19, "本町二丁目 女", "age_total_mismatch", String(F2 + 1), `${F2 + 1} ≠ ${F2}`],
      [19, "本町二丁目 計", "age_total_mismatch", String(M2 + F2 + 1), `${M2 + F2 + 1} ≠ ${M2 + F2}`]]);
  });

  it("a wrong 計 on one area's age row: the row named with the file's column, the area's sum_mismatch names the area", async () => {
    // 本町二丁目 10～14歳: 7 | 8 | 25
    const wrong = body.map((l, k) => (k === 2 ? l.replace(/,15$/, ",25") : l)).slice(0, -1);
    const text = ["年齢,本町一丁目 男,本町一丁目 女,本町一丁目 計,本町二丁目 男,本町二丁目 女,本町二丁目 計", ...wrong].join("\n");
    const { report, rows } = await runBytes(text, "131041_population_20240101.csv");
    expect(values(rows).map((v) => v.slice(2, 6))).toEqual([["本町一丁目", M1, F1, M1 + F1], ["本町二丁目", M2, F2, M2 + F2 + 10]]);
    expect(issues(report, "age_row_sum_mismatch", "sum_mismatch")).toEqual([
      [3, "本町二丁目 計", "age_row_sum_mismatch", "25", "本町二丁目｜10～14歳｜7｜8"],
      // before: 1 | total | sum_mismatch on row 1, which every area's record shares, naming no area
      [1, "total", "sum_mismatch", String(M2 + F2 + 10), `本町二丁目｜${M2 + F2 + 10} ≠ ${M2 + F2}（男性＋女性）`]]);
    const sum = report.issues.find((i) => i.code === "sum_mismatch");
    expect(sum?.message_ja).toContain(`地域「本町二丁目」の「総人口」が内訳の合計と合いません（${M2 + F2 + 10} ≠ ${M2 + F2}（男性＋女性））`);
    expect(sum?.message_en).toContain("area 本町二丁目: ");
  });

  it("a 総数 group beside the areas is the whole's: no record, checked against the areas' sum as a totals row", async () => {
    const rows3 = figures.map((f) => [f.band, f.m1 + f.m2, f.f1 + f.f2, f.m1 + f.m2 + f.f1 + f.f2, f.m1, f.f1, f.m1 + f.f1, f.m2, f.f2, f.m2 + f.f2].join(","));
    const text = ["人口（令和6年1月1日現在）", "年齢,総数,,,本町一丁目,,,本町二丁目,,", ",男,女,計,男,女,計,男,女,計", ...rows3, "※住民基本台帳による"].join("\n");
    const { report, rows } = await runBytes(text, "131041_population.csv");
    expect(values(rows)).toEqual(EXPECTED);
    expect(issues(report, "areas_across_columns").map((i) => i[3])).toEqual(["本町一丁目、本町二丁目、総数"]);
    expect(tuples(report, "totals_row", "note_row")).toEqual([[1, null, "totals_row"], [19, null, "note_row"]]);
    expect(tuples(report, "sum_mismatch", "subtotal_mismatch", "totals_mismatch")).toEqual([]);
  });

  it("a workbook with the area cells merged over 男 | 女 and single years up to 100歳以上", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("町丁別年齢別");
    ws.addRow(["令和6年1月1日現在"]);
    ws.addRow(["年齢", "本町一丁目", "", "本町二丁目", ""]);
    ws.mergeCells("B2:C2");
    ws.mergeCells("D2:E2");
    ws.addRow(["", "男", "女", "男", "女"]);
    for (let y = 0; y <= 100; y++) ws.addRow([y === 100 ? "100歳以上" : `${y}歳`, 1, 2, 3, 4]);
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_population.xlsx");
    expect(values(rows)).toEqual([
      [1, "2024-01-01", "本町一丁目", 101, 202, 303, 5, 10, 16, 32, true],
      [1, "2024-01-01", "本町二丁目", 303, 404, 707, 15, 20, 48, 64, true]]);
    expect(tuples(report, "age_bands_missing", "sum_mismatch")).toEqual([]);
  });

  it("is not taken for a table with an area column (町丁名 | 日本人 男 | 外国人 男 …): nationalities are no areas", async () => {
    const text = ["町丁名,世帯数,日本人 男,日本人 女,外国人 男,外国人 女", "本町一丁目,100,80,90,5,6", "本町二丁目,50,40,45,2,3"].join("\n");
    const { report, rows } = await runBytes(text, "131041_population_20240101.csv");
    expect(rows.map((r) => [r.record.area_name, r.record.male, r.record.female, r.valid])).toEqual([["本町一丁目", 85, 96, true], ["本町二丁目", 42, 48, true]]);
    expect(tuples(report, "areas_across_columns")).toEqual([]);
  });
});
