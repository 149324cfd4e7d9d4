// 町丁別・年齢別人口 with the sex in rows (sex-rows.ts): an area's 男 / 女 / 計 rows are one record.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { matchHeader } from "../../../pipelines/header-match.ts";
import type { ParsedRecord } from "../../../pipelines/parse.ts";
import { closeRangeWorkers } from "../../../pipelines/range-pool.ts";
import { SexRows } from "../../../pipelines/sex-rows.ts";
import { sexRowsOf } from "../../../pipelines/sex-rows-layout.ts";
import { getDataset } from "../../../schemas/index.ts";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { book, readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

const population = getDataset("population")!;
const BANDS = ["0～4歳", "5～9歳", "10～14歳", "15～19歳", "20～24歳", "25～29歳", "30～34歳", "35～39歳", "40～44歳", "45～49歳", "50～54歳",
  "55～59歳", "60～64歳", "65～69歳", "70～74歳", "75～79歳", "80～84歳", "85歳以上"];
/** 18 bands from `from` up by one: 10, 11 … 27 sums to 333 */
const counts = (from: number) => BANDS.map((_, k) => from + k);
/** the bands of 男 from `a` and of 女 from `b` added up: the 計 row */
const both = (a: number, b: number) => BANDS.map((_, k) => a + b + 2 * k);
const sum = (ns: readonly number[]) => ns.reduce((a, b) => a + b, 0);
const line = (area: string, sex: string, bands: readonly number[]) => [area, sex, sum(bands), ...bands].join(",");
const HEADER = ["地区", "性別", "総数", ...BANDS].join(",");
/** Two areas, 男 / 女 / 計 each: 阿佐谷北一丁目 333 + 369 = 702, 阿佐谷北二丁目 351 + 387 = 738 */
const TABLE = [HEADER,
  line("阿佐谷北一丁目", "男", counts(10)), line("阿佐谷北一丁目", "女", counts(12)), line("阿佐谷北一丁目", "計", both(10, 12)),
  line("阿佐谷北二丁目", "男", counts(11)), line("阿佐谷北二丁目", "女", counts(13)), line("阿佐谷北二丁目", "計", both(11, 13)),
].join("\n") + "\n";

const values = (rows: Awaited<ReturnType<typeof runBytes>>["rows"]) => rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female,
  r.record.total, r.record.age_0_4_male, r.record.age_0_4_female, r.record.age_85_plus_male, r.record.age_85_plus_female, r.valid]);
const EXPECTED = [
  [1, "阿佐谷北一丁目", 333, 369, 702, 10, 12, 27, 29, true],
  [4, "阿佐谷北二丁目", 351, 387, 738, 11, 13, 28, 30, true],
];

const record = (index: number, cells: string[]): ParsedRecord => ({ index, cells });

describe("sexRowsOf", () => {
  const header = ["地区", "性別", "総数", "0～4歳", "5～9歳", "世帯数"];
  it("folds each column read by sex under the sex's name, so the header mapping reads it; the area's columns stay once", () => {
    const layout = sexRowsOf(population, header, [["阿佐谷北一丁目", "男", "3", "1", "2", "5"], ["", "女", "4", "2", "2", ""], ["", "計", "7", "3", "4", ""]]);
    expect(layout?.header).toEqual(["地区", "男", "女", "計", "0～4歳_男", "0～4歳_女", "0～4歳_計", "5～9歳_男", "5～9歳_女", "5～9歳_計", "世帯数"]);
    expect(layout?.header.map((h) => matchHeader(h, population)?.key ?? null)).toEqual(["area_name", "male", "female", "total",
      "age_0_4_male", "age_0_4_female", null, "age_5_9_male", "age_5_9_female", null, "households"]);
    expect(layout?.slots).toEqual([[0], [], [1, 2, 3], [4, 5, 6], [7, 8, 9], [10]]);
  });

  it.each([
    ["男女別", ["男性", "女性", "合計"]], ["区分", ["男", "女", "総数"]], ["男女", ["男", "女", "男女計"]], ["性別", ["男", "女"]],
  ])("a sex column headed %s with %j", (sexHeader, words) => {
    const rows = words.map((w, k) => [k === 0 ? "阿佐谷北一丁目" : "", w, "3", "1", "2", ""]);
    const layout = sexRowsOf(population, ["地区", sexHeader, "総数", "0～4歳", "5～9歳", "世帯数"], rows);
    expect(layout?.sexes.map((s) => s.name)).toEqual(words.length === 2 ? ["男", "女"] : ["男", "女", "計"]);
  });

  it("is none: rows of 日本人 / 外国人 / 計 (a breakdown), a table with 男 and 女 columns, no 女 rows, no area column", () => {
    expect(sexRowsOf(population, ["町丁名", "区分", "男", "女", "計"], [["池尻", "日本人", "1", "2", "3"], ["池尻", "外国人", "1", "2", "3"]])).toBeNull();
    expect(sexRowsOf(population, ["町丁名", "区分", "男", "女", "計"], [["池尻", "男", "1", "2", "3"], ["池尻", "女", "1", "2", "3"]])).toBeNull();
    expect(sexRowsOf(population, header, [["阿佐谷北一丁目", "男", "3", "1", "2", ""], ["", "計", "3", "1", "2", ""]])).toBeNull();
    expect(sexRowsOf(population, ["番号", "性別", "総数", "0～4歳"], [["1", "男", "3", "1"], ["1", "女", "3", "1"]])).toBeNull();
  });
});

describe("SexRows", () => {
  const layout = sexRowsOf(population, ["地区", "性別", "総数", "0～4歳"], [["甲", "男", "1", "1"], ["", "女", "2", "2"], ["", "計", "3", "3"]])!;
  const fold = (rows: string[][]) => {
    const sexRows = new SexRows(layout, 1);
    const out = [...rows.flatMap((cells, k) => sexRows.take(record(k + 2, cells))), ...sexRows.end()];
    return out.map((f) => [f.record?.index ?? null, f.record?.cells ?? null, f.issues.map((i) => [i.row, i.field, i.code, i.value])]);
  };

  it("one row per area, numbered by its first row; the area fills down; the 計 row may come first", () => {
    expect(fold([["甲", "計", "3", "3"], ["", "男", "1", "1"], ["", "女", "2", "2"], ["乙", "男", "4", "4"], ["乙", "女", "5", "5"], ["乙", "計", "9", "9"]]))
      .toEqual([[2, ["甲", "1", "2", "3", "1", "2", "3"], []], [5, ["乙", "4", "5", "9", "4", "5", "9"], []]]);
  });

  it("a second 男 row starts another area, named nowhere when its area is left blank (not the area above's: a total's rows); an area without its 女 row, or its 計 row in a file of 計 rows, is named", () => {
    expect(fold([["甲", "男", "1", "1"], ["", "計", "1", "1"], ["", "男", "4", "4"], ["", "女", "5", "5"]])).toEqual([
      [2, ["甲", "1", "", "1", "1", "", "1"], [[1, "性別", "sex_row_missing", "女"]]],
      [4, ["", "4", "5", "", "4", "5", ""], [[3, "性別", "sex_row_missing", "計"]]]]);
  });

  it("a row of figures with another sex is left out at once, named (its area goes on); a note or a blank row is handed on in the folded layout", () => {
    expect(fold([["甲", "男", "1", "1"], ["甲", "女", "2", "2"], ["甲", "不詳", "1", "1"], ["※ 外国人住民を含む", "", "", ""], ["", "", "", ""]])).toEqual([
      [null, null, [[3, "性別", "sex_unknown", "不詳"]]],
      [2, ["甲", "1", "2", "", "1", "2", ""], [[1, "性別", "sex_row_missing", "計"]]],
      [5, ["※ 外国人住民を含む", "", "", "", "", "", ""], []],
      [6, ["", "", "", "", "", "", ""], []]]);
  });
});

describe("a population table with the sex in rows, end to end", () => {
  it("a CSV: one record per area with male, female, total and the age bands by sex, said once for the file", async () => {
    const { report, rows } = await runBytes(TABLE, "131156_population_20240101.csv");
    expect(values(rows)).toEqual(EXPECTED);
    expect(report).toMatchObject({ dataset: "population", rows: 2, valid: 2, invalid: 0 });
    const said = report.issues.filter((i) => i.code === "sex_in_rows");
    expect(said.map((i) => [i.row, i.field, i.severity, i.value])).toEqual([[null, "性別", "info", "男 / 女 / 計"]]);
    expect(said[0].message_ja).toContain("列「性別」で男女別に分かれた行（男 / 女 / 計）を、地域ごとに1つのデータとして読みました");
    expect(said[0].message_en).toContain("Rows split by sex in column 性別 (男 / 女 / 計) were read as one record per area");
    // the first data row is no lower header row, and nothing is missing
    expect(tuples(report, "split_header_joined", "missing_column", "sum_mismatch")).toEqual([]);
  });

  it("the dataset is told by the folded header when the file name does not tell it", async () => {
    const { report, rows } = await runBytes(TABLE, "chocho_20240101.csv", { municipality: "131156" });
    expect(report.dataset).toBe("population");
    expect(values(rows)).toEqual(EXPECTED);
  });

  it("a Shift_JIS file reads the same", async () => {
    const { report, rows } = await runBytes(encodeCp932(TABLE), "131156_population_20240101.csv");
    expect(report.encoding).toBe("shift_jis");
    expect(values(rows)).toEqual(EXPECTED);
  });

  it("a workbook reads the same", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("町丁別年齢別人口");
    for (const text of TABLE.trim().split("\n")) ws.addRow(text.split(",").map((cell, c) => (c >= 2 && /^\d+$/.test(cell) ? Number(cell) : cell)));
    const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131156_population_20240101.xlsx");
    expect(values(rows)).toEqual(EXPECTED);
  });

  it("男性/女性 rows without 計 rows, the area on the first row only, single years: the total and the bands are summed", async () => {
    const years = Array.from({ length: 100 }, (_, y) => `${y}歳`);
    const head = ["町丁名", "男女別", "人口", ...years, "100歳以上"].join(",");
    const male = Array.from({ length: 101 }, (_, y) => (y < 5 ? 2 : 1));
    const female = Array.from({ length: 101 }, (_, y) => (y >= 85 ? 3 : 1));
    const text = [head, ["天沼一丁目", "男性", sum(male), ...male].join(","), ["", "女性", sum(female), ...female].join(",")].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131156_population_20240101.csv");
    expect(values(rows)).toEqual([[1, "天沼一丁目", 106, 133, 239, 10, 5, 16, 48, true]]);
    expect(tuples(report, "columns_summed").map(([, field]) => field)).toContain("total");
  });

  it("warns, never drops silently: an area without its 女 row, a sex that is none, 男 + 女 ≠ 計; notes and totals stay out", async () => {
    const text = [HEADER,
      line("阿佐谷北一丁目", "男", counts(10)), line("", "計", counts(10)),
      line("阿佐谷北二丁目", "男", counts(11)), line("", "女", counts(13)), line("", "不詳", counts(1)), line("", "計", counts(25)),
      line("杉並区計", "男", counts(21)), line("杉並区計", "女", counts(25)), line("杉並区計", "計", counts(46)),
      "※ 外国人住民を含む"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131156_population_20240101.csv");
    // the 不詳 row is left out of its area, whose 計 row under it still counts
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.record.total, r.valid])).toEqual([
      [1, "阿佐谷北一丁目", 333, null, 333, false], [3, "阿佐谷北二丁目", 351, 387, 603, true]]);
    const found = tuples(report, "sex_row_missing", "sex_unknown", "sum_mismatch", "totals_row", "note_row", "missing_required");
    expect(found.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([
      [1, "性別", "sex_row_missing"], [1, "female", "missing_required"], [3, "total", "sum_mismatch"], [5, "性別", "sex_unknown"],
      [7, null, "totals_row"], [10, null, "note_row"]]);
  });
});

/** One table as lines by area and sex, to be listed area by area or in blocks by sex. */
type Line = { area: string; sex: string; bands: readonly number[]; total?: number };
const lineOf = (l: Line) => [l.area, l.sex, l.total ?? sum(l.bands), ...l.bands].join(",");
/** 男 / 女 / 計 for each area, 計 the sum of the other two unless `off` is given */
const areaLines = (area: string, male: number, female: number, off = 0): Line[] => [
  { area, sex: "男", bands: counts(male) }, { area, sex: "女", bands: counts(female) },
  { area, sex: "計", bands: both(male, female), total: sum(both(male, female)) + off }];
const byArea = (lines: readonly Line[]) => [HEADER, ...lines.map(lineOf)].join("\n") + "\n";
/** every area's row of the first sex, then of the next …, with what `between` says between the blocks */
const inBlocks = (lines: readonly Line[], order: readonly string[], between: readonly string[] = []) =>
  [HEADER, ...order.flatMap((sex, k) => [...(k > 0 ? between : []), ...lines.filter((l) => l.sex === sex).map(lineOf)])].join("\n") + "\n";
/** the normalized records and the issues of each area, by name (the rows differ: an area's first row is elsewhere) */
const byName = (run: Awaited<ReturnType<typeof runBytes>>) => {
  const nameOf = new Map(run.rows.map((r) => [r.row, r.record.area_name]));
  return {
    records: run.rows.map((r) => [r.record, r.valid]),
    // a blank row between the blocks is said at its own row
    issues: run.report.issues.filter((i) => i.row !== null && i.code !== "blank_rows").map((i) => [nameOf.get(i.row!) ?? i.row, i.field, i.code, i.value]),
  };
};

describe("a table with the sex in rows listed in blocks (all 男 rows, then all 女 rows …)", () => {
  const layout = sexRowsOf(population, ["地区", "性別", "総数", "0～4歳"],
    [["甲", "男", "1", "1"], ["乙", "男", "4", "4"], ["甲", "女", "2", "2"], ["乙", "女", "5", "5"], ["甲", "計", "3", "3"], ["乙", "計", "9", "9"]])!;
  const fold = (rows: string[][]) => {
    const sexRows = new SexRows(layout, 1);
    const out = [...rows.flatMap((cells, k) => sexRows.take(record(k + 2, cells))), ...sexRows.end()];
    return out.map((f) => [f.record?.index ?? null, f.record?.cells ?? null, f.issues.map((i) => [i.row, i.code, i.value])]);
  };

  it("is told from a table area by area by the step from a row to the next: to another area of the same sex", () => {
    expect(layout.blocks).toBe(true);
    expect(sexRowsOf(population, ["地区", "性別", "総数"], [["甲", "男", "1"], ["甲", "女", "2"], ["乙", "男", "4"], ["乙", "女", "5"]])?.blocks).toBe(false);
    // the head may show the 男 block only: which blocks follow is read on (a table of men only is then no such table)
    expect(sexRowsOf(population, ["地区", "性別", "総数"], [["甲", "男", "1"], ["乙", "男", "4"], ["丙", "男", "5"]])?.blocks).toBe(true);
  });

  it("folds an area's rows from every block, in the order of the areas' first rows; the rows between the blocks wait their turn", () => {
    expect(fold([["甲", "計", "3", "3"], ["乙", "計", "9", "9"], ["", "", "", ""], ["乙", "男", "4", "4"], ["甲", "男", "1", "1"],
      ["甲", "女", "2", "2"], ["乙", "女", "5", "5"], ["※ 外国人住民を含む", "", "", ""]])).toEqual([
      [2, ["甲", "1", "2", "3", "1", "2", "3"], []],
      [3, ["乙", "4", "5", "9", "4", "5", "9"], []],
      [4, ["", "", "", "", "", "", ""], []],
      [9, ["※ 外国人住民を含む", "", "", "", "", "", ""], []]]);
  });

  it("an area missing from a block is named, its row kept; an area named twice pairs its n-th rows of each block", () => {
    expect(fold([["甲", "男", "1", "1"], ["乙", "男", "4", "4"], ["乙", "男", "7", "7"], ["甲", "女", "2", "2"], ["乙", "女", "5", "5"], ["丙", "女", "6", "6"],
      ["乙", "女", "8", "8"], ["甲", "計", "3", "3"], ["乙", "計", "9", "9"], ["丙", "計", "6", "6"]])).toEqual([
      [2, ["甲", "1", "2", "3", "1", "2", "3"], []],
      [3, ["乙", "4", "5", "9", "4", "5", "9"], []],
      [4, ["乙", "7", "8", "", "7", "8", ""], [[3, "sex_row_missing", "計"]]],
      [7, ["丙", "", "6", "6", "", "6", "6"], [[6, "sex_row_missing", "男"]]]]);
  });

  it("町名 | 丁目: the areas are told apart by both", () => {
    const header = ["町名", "丁目", "性別", "総数"];
    const rows = [["阿佐谷北", "1丁目", "男", "1"], ["阿佐谷北", "2丁目", "男", "4"], ["阿佐谷北", "1丁目", "女", "2"], ["阿佐谷北", "2丁目", "女", "5"]];
    const split = sexRowsOf(population, header, rows)!;
    expect(split.identity).toEqual([1]);
    const sexRows = new SexRows(split, 1);
    const out = [...rows.flatMap((cells, k) => sexRows.take(record(k + 2, cells))), ...sexRows.end()];
    expect(out.map((f) => f.record?.cells)).toEqual([["阿佐谷北", "1丁目", "1", "2"], ["阿佐谷北", "2丁目", "4", "5"]]);
  });

  const lines = [...areaLines("阿佐谷北一丁目", 10, 12), ...areaLines("阿佐谷北二丁目", 11, 13), ...areaLines("阿佐谷北三丁目", 3, 4, 5)];

  it.each([
    ["男 / 女 / 計", ["男", "女", "計"]], ["計 first", ["計", "男", "女"]], ["女 first, no 計", ["女", "男"]],
  ])("gives the records and issues of the same table listed area by area: %s", async (_, order) => {
    const table = lines.filter((l) => order.includes(l.sex));
    const areas = byName(await runBytes(byArea(table), "131156_population_20240101.csv"));
    const blocks = await runBytes(inBlocks(table, order, [""]), "131156_population_20240101.csv");
    expect(byName(blocks)).toEqual(areas);
    expect(blocks.rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.record.total, r.record.age_0_4_female, r.valid])).toEqual([
      [1, "阿佐谷北一丁目", 333, 369, 702, 12, true], [2, "阿佐谷北二丁目", 351, 387, 738, 13, true],
      [3, "阿佐谷北三丁目", 207, 225, order.includes("計") ? 437 : 432, 4, true]]);
    // 男 + 女 = 計 is checked as for a table area by area: 207 + 225 is not 437 (a warning)
    expect(areas.issues.filter((i) => i[2] === "sum_mismatch").map((i) => i.slice(0, 3))).toEqual(order.includes("計") ? [["阿佐谷北三丁目", "total", "sum_mismatch"]] : []);
    const said = blocks.report.issues.filter((i) => i.code === "sex_rows_in_blocks");
    expect(said.map((i) => [i.row, i.field, i.severity, i.value])).toEqual([[null, "性別", "info", order.includes("計") ? "男 / 女 / 計" : "男 / 女"]]);
    expect(said[0].message_ja).toContain("性別ごとのまとまり");
    expect(said[0].message_en).toContain("listed in blocks by sex");
  });

  it("an area missing from a block is warned, its figures kept; none is lost", async () => {
    const table = [...areaLines("阿佐谷北一丁目", 10, 12), ...areaLines("阿佐谷北二丁目", 11, 13).filter((l) => l.sex !== "計"),
      ...areaLines("阿佐谷北三丁目", 3, 4).filter((l) => l.sex === "女")];
    const { report, rows } = await runBytes(inBlocks(table, ["男", "女", "計"]), "131156_population_20240101.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.record.total, r.valid])).toEqual([
      [1, "阿佐谷北一丁目", 333, 369, 702, true], [2, "阿佐谷北二丁目", 351, 387, null, false], [5, "阿佐谷北三丁目", null, 225, null, false]]);
    expect(report.issues.filter((i) => i.code === "sex_row_missing").map((i) => [i.row, i.field, i.value])).toEqual([[2, "性別", "計"], [5, "性別", "男・計"]]);
  });

  it("a block longer than the head is read on for the blocks after it; a workbook reads the same", async () => {
    const table = Array.from({ length: 120 }, (_, t) => areaLines(`町${t}`, t % 7, t % 5, t === 90 ? 1 : 0)).flat();
    const areas = byName(await runBytes(byArea(table), "131156_population_20240101.csv"));
    const blocks = await runBytes(inBlocks(table, ["男", "女", "計"]), "131156_population_20240101.csv");
    expect(blocks.report).toMatchObject({ rows: 120, valid: 120 });
    expect(tuples(blocks.report, "sum_mismatch")).toEqual([[91, "total", "sum_mismatch"]]);
    expect(byName(blocks)).toEqual(areas);
    expect(blocks.rows[90].record).toMatchObject({ area_name: "町90", male: sum(counts(6)), female: sum(counts(0)), total: sum(both(6, 0)) + 1 });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("町丁別年齢別人口");
    for (const text of inBlocks(table, ["男", "女", "計"]).trim().split("\n")) ws.addRow(text.split(",").map((cell, c) => (c >= 2 && /^\d+$/.test(cell) ? Number(cell) : cell)));
    const workbook = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131156_population_20240101.xlsx");
    expect(byName(workbook)).toEqual(areas);
  });

  it("rows of 男 only are no table with the sex in rows: read as before, row by row", async () => {
    const { report, rows } = await runBytes(inBlocks(lines, ["男"]), "131156_population_20240101.csv");
    expect(rows.map((r) => r.record.area_name)).toEqual(["阿佐谷北一丁目", "阿佐谷北二丁目", "阿佐谷北三丁目"]);
    expect(tuples(report, "sex_in_rows", "sex_rows_in_blocks")).toEqual([]);
  });
});

describe("the sex in rows under 性別 beside a 区分 of 日本人 / 外国人 / 計 (both headed as a sex column may be)", () => {
  it("is folded by 性別, and of each area's 区分 rows its 計 is the record (before: 区分 taken for the sex, every row invalid)", async () => {
    // per area and 区分: 男 `m` and 女 `m + 1` in each band, 計 their sum
    const rows = ["高田馬場一丁目", "高田馬場二丁目"].flatMap((area) => ([["日本人", 10], ["外国人", 2], ["計", 12]] as const).flatMap(([part, m]) =>
      [[area, part, "男", counts(m).map(() => m)], [area, part, "女", counts(m).map(() => m + 1)], [area, part, "計", counts(m).map(() => 2 * m + 1)]]
        .map(([a, p, sex, bands]) => [a, p, sex, sum(bands as number[]), ...(bands as number[])].join(","))));
    const { report, rows: out } = await runBytes([["町丁名", "区分", "性別", "総数", ...BANDS].join(","), ...rows].join("\n"), "131041_population_20240101.csv");
    expect(values(out)).toEqual([[7, "高田馬場一丁目", 216, 234, 450, 12, 13, 12, 13, true], [16, "高田馬場二丁目", 216, 234, 450, 12, 13, 12, 13, true]]);
    expect(report.issues.find((i) => i.code === "sex_in_rows")?.field).toBe("性別");
    expect(tuples(report, "breakdown_row").map((t) => t[0])).toEqual([1, 4, 10, 13]);
    expect(tuples(report, "missing_column", "duplicate_name")).toEqual([]);
  });
});

describe("a workbook of tables with the sex in rows, a sheet per 地区", () => {
  const cells = (text: string) => text.split(",").map((c) => (/^\d+$/.test(c) ? Number(c) : c));
  const sheet = (...areas: Array<[string, number, number]>) => [["町丁別・男女別・年齢（5歳階級）別人口（令和6年1月1日現在）"], cells(HEADER),
    ...areas.flatMap(([area, m, f]) => [line(area, "男", counts(m)), line("", "女", counts(f)), line("", "計", both(m, f))].map(cells))];

  it("every sheet is read as one table (its header maps 2 columns as written, the bands by sex once folded)", async () => {
    const bytes = await book([
      ["杉並地区", sheet(["阿佐谷北一丁目", 10, 12], ["阿佐谷北二丁目", 11, 13])],
      ["高井戸地区", sheet(["高井戸東一丁目", 20, 22])],
    ]);
    const { report, rows } = await runBytes(bytes, "131156_population.xlsx");
    // 高井戸東一丁目: 男 20 … 37 = 513, 女 22 … 39 = 549
    expect(values(rows)).toEqual([...EXPECTED, [9, "高井戸東一丁目", 513, 549, 1062, 20, 22, 37, 39, true]]);
    expect(rows.map((r) => r.record.survey_date)).toEqual(["2024-01-01", "2024-01-01", "2024-01-01"]);
    expect(report.issues.find((i) => i.code === "sheets_joined")?.value).toBe("杉並地区 1–6, 高井戸地区 9–11");
    expect(tuples(report, "other_sheets", "other_table_sheets", "sex_row_missing")).toEqual([]);
  });

  it("sheets dated apart each give their rows their date through the fold", async () => {
    const bytes = await book([
      ["令和6年1月1日", sheet(["阿佐谷北一丁目", 10, 12]).slice(1)],
      ["令和6年4月1日", sheet(["高井戸東一丁目", 20, 22]).slice(1)],
    ]);
    const { report, rows } = await runBytes(bytes, "131156_population.xlsx");
    expect(rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.male, r.record.age_0_4_male, r.valid])).toEqual([
      ["阿佐谷北一丁目", "2024-01-01", 333, 10, true], ["高井戸東一丁目", "2024-04-01", 513, 20, true]]);
    expect(report.issues.filter((i) => i.code === "as_of_by_sheet").map((i) => [i.value, i.detail])).toEqual([
      ["令和6年1月1日", "2024-01-01"], ["令和6年4月1日", "2024-04-01"]]);
  });
});

describe("a column of labels beside the area (出張所, 地区 beside 町丁名)", () => {
  const bands = (from: number) => [from, from + 1, from + 2].join(",");
  const HEAD = "出張所,町丁名,性別,総数,0～4歳,5～9歳,10～14歳";

  it("area by area, the area on its first row only: the label is the area's, read once and kept in extra; every area folds", async () => {
    const csv = [HEAD, `中野出張所,本町一丁目,男,33,${bands(10)}`, `中野出張所,,女,39,${bands(12)}`,
      `南台出張所,南台一丁目,男,36,${bands(11)}`, `南台出張所,,女,42,${bands(13)}`].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131148_population_20241002.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.record.total, r.record.age_0_4_female, r.valid, r.extra])).toEqual([
      [1, "本町一丁目", 33, 39, 72, 12, true, { 出張所: "中野出張所" }], [3, "南台一丁目", 36, 42, 78, 13, true, { 出張所: "南台出張所" }]]);
    expect(tuples(report, "missing_column", "missing_required", "sex_in_rows")).toEqual([[null, "性別", "sex_in_rows"]]);
  });

  it("in blocks, 地区 beside 町丁名: the 町丁 is the area, and one 町丁 name under two 地区 is two areas, each folded with its own rows and warned", async () => {
    const csv = ["地区,町丁名,性別,総数,0～4歳,5～9歳,10～14歳", `中野地区,本町一丁目,男,33,${bands(10)}`, `南台地区,本町一丁目,男,36,${bands(11)}`,
      `中野地区,本町一丁目,女,39,${bands(12)}`, `南台地区,本町一丁目,女,42,${bands(13)}`].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131148_population_20240101.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.valid, r.extra])).toEqual([
      [1, "本町一丁目", 33, 39, true, { 地区: "中野地区" }], [2, "本町一丁目", 36, 42, true, { 地区: "南台地区" }]]);
    expect(report.issues.filter((i) => ["broader_header", "duplicate_name", "duplicate_header"].includes(i.code)).map((i) => [i.row, i.field, i.code, i.severity, i.value]))
      .toEqual([[null, "地区", "broader_header", "info", "町丁名"], [1, "area_name", "duplicate_name", "warning", "本町一丁目"],
        [2, "area_name", "duplicate_name", "warning", "本町一丁目"]]);
  });

  it("area by area with 地区 on every row: the first data row is no lower header row (練馬地区 | … | 男 | 90 was joined to the header)", async () => {
    const csv = ["地区,町丁名,性別,総数,0～4歳,5～9歳", "練馬地区,練馬1丁目,男,90,5,6", "練馬地区,練馬1丁目,女,110,6,7", "練馬地区,練馬1丁目,計,200,11,13",
      "練馬地区,練馬2丁目,男,80,4,5", "練馬地区,練馬2丁目,女,90,4,6", "練馬地区,練馬2丁目,計,170,8,11"].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131202_population_20240101.csv");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.record.total, r.record.age_0_4_male, r.valid, r.extra.地区])).toEqual([
      [1, "練馬1丁目", 90, 110, 200, 5, true, "練馬地区"], [4, "練馬2丁目", 80, 90, 170, 4, true, "練馬地区"]]);
    expect(tuples(report, "split_header_joined")).toEqual([]);
  });

  it("a text column that changes between the rows of one area is no label: the table is not folded (as a list by 性別 is not)", () => {
    expect(sexRowsOf(population, ["町丁名", "性別", "メモ", "総数"], [["本町一丁目", "男", "世帯主", "3"], ["本町一丁目", "女", "配偶者", "4"]])).toBeNull();
    const layout = sexRowsOf(population, ["出張所", "町丁名", "性別", "総数"], [["中野出張所", "本町一丁目", "男", "3"], ["", "", "女", "4"]]);
    expect([layout?.identity, layout?.header]).toEqual([[0], ["出張所", "町丁名", "男", "女"]]);
  });

  it("a label that differs later in the file is not lost: the area's values are joined", () => {
    const layout = sexRowsOf(population, ["出張所", "町丁名", "性別", "総数"], [["中野出張所", "本町一丁目", "男", "3"], ["中野出張所", "", "女", "4"]])!;
    const sexRows = new SexRows(layout, 1);
    const out = [["中野出張所", "本町一丁目", "男", "3"], ["南台出張所", "", "女", "4"]].flatMap((cells, k) => sexRows.take(record(k + 2, cells)));
    expect([...out, ...sexRows.end()].map((f) => f.record?.cells)).toEqual([["中野出張所 / 南台出張所", "本町一丁目", "3", "4"]]);
  });

  it("a workbook's 町丁名 merged over two columns (上石神井 | 1丁目), the area cells merged down: the 丁目 is part of the name", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("町丁別");
    ws.addRow(["町丁名", "", "男女", "総数", "0～4歳"]);
    ws.addRow(["上石神井", "1丁目", "男", 10, 3]);
    ws.addRow(["", "", "女", 12, 4]);
    ws.addRow(["上石神井", "2丁目", "男", 20, 5]);
    ws.addRow(["", "", "女", 22, 6]);
    ws.mergeCells("A1:B1");
    for (const r of [2, 4]) for (const c of ["A", "B"]) ws.mergeCells(`${c}${r}:${c}${r + 1}`);
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131202_population_20240101.xlsx");
    expect(rows.map((r) => [r.row, r.record.area_name, r.record.male, r.record.female, r.valid])).toEqual([
      [1, "上石神井1丁目", 10, 12, true], [3, "上石神井2丁目", 20, 22, true]]);
    expect(tuples(report, "name_over_two_columns", "duplicate_name")).toEqual([[null, "area_name", "name_over_two_columns"]]);
  });
});

describe("a large table with the sex in rows on several threads", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-sexrows-"));
  afterAll(async () => {
    await closeRangeWorkers();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is read in order by one thread (an area's rows go on across any cut): the same report and output", async () => {
    const lines = [HEADER];
    for (let t = 0; t < 400; t++) lines.push(line(`町${t}`, "男", counts(t % 7)), line("", "女", counts(t % 5)), line("", "計", both(t % 7, t % 5)));
    const file = path.join(dir, "131156_population_20240101.csv");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(one.report).toMatchObject({ rows: 400, valid: 400 });
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
    expect(many.stats.worker).toBe(0);
  });

  it("in blocks, the 男 block longer than the first range the threads share: read by one thread, folded alike", async () => {
    const table = Array.from({ length: 3600 }, (_, t) => areaLines(`町${t}`, t % 7, t % 5)).flat();
    const file = path.join(dir, "131156_population_20240201.csv");
    const text = inBlocks(table, ["男", "女", "計"]);
    expect(Buffer.byteLength(text.slice(0, text.indexOf(",女,")))).toBeGreaterThan(192 * 1024);
    writeFileSync(file, text);
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(one.report).toMatchObject({ rows: 3600, valid: 3600 });
    expect(many.report).toEqual(one.report);
    expect(many.out).toBe(one.out);
    expect(JSON.parse(many.out.split("\n")[3599])).toMatchObject({ row: 3600, record: { area_name: "町3599", male: sum(counts(3599 % 7)), female: sum(counts(3599 % 5)) } });
  });
});

describe("an open-ended band written with ～ alone (85～)", () => {
  it("is 85歳以上 beside the sex joined to it from the rows or written after it (its counts were left in extra, 85歳以上 empty)", async () => {
    const bands = "0～4,5～9,10～14,15～19,20～24,25～29,30～34,35～39,40～44,45～49,50～54,55～59,60～64,65～69,70～74,75～79,80～84";
    const figures = (n: number) => Array.from({ length: 17 }, () => n).join(",");
    const inRows = await runBytes(`地域名,性別,総数,${bands},85～\n北町,男,36,${figures(2)},2\n,女,61,${figures(3)},10\n`, "133051_population_20240401.csv");
    expect([inRows.rows[0].record.age_85_plus_male, inRows.rows[0].record.age_85_plus_female, inRows.rows[0].record.male]).toEqual([2, 10, 36]);
    const columns = bands.split(",").flatMap((b) => [`${b}男`, `${b}女`]).join(",");
    const oneRow = await runBytes(`地域名,男,女,${columns},85～男,85歳～（女）\n北町,36,61,${Array.from({ length: 34 }, (_, i) => (i % 2 === 0 ? 2 : 3)).join(",")},2,10\n`, "133051_population_20240401.csv");
    expect([oneRow.rows[0].record.age_85_plus_male, oneRow.rows[0].record.age_85_plus_female, tuples(oneRow.report, "unknown_header")]).toEqual([2, 10, []]);
  });
});
