// as-of.ts: a line under the data that dates the figures (`令和6年4月1日現在　住民基本台帳による`) is a note, and its
// date fills an empty 調査年月日 as a title's does.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { asOfBelowData, asOfInText, bareTitleDate, isAsOfText } from "../../../pipelines/as-of.ts";
import { type Run, runBytes } from "./helpers.ts";

describe("asOfInText (a sheet's name or title: which version of a list is the latest)", () => {
  it.each([
    ["令和6年4月1日現在", "2024-04-01"], ["AED一覧（令和6年4月1日時点）", "2024-04-01"], ["R6.4.1", "2024-04-01"],
    ["2024年4月1日更新", "2024-04-01"], ["令和6年度", "2024-04-01"], ["R5年度", "2023-04-01"], ["令和元年度", "2019-04-01"],
    ["2024年度", "2024-04-01"], ["大森地区", undefined], ["Sheet1 (2)", undefined], ["一覧(2)", undefined],
    // the end of a month, as monthly register figures are dated: its last day (a leap February's 29th)
    ["令和6年1月末日現在", "2024-01-31"], ["令和6年2月末現在", "2024-02-29"], ["2023年2月末日現在", "2023-02-28"], ["R6年12月末現在", "2024-12-31"],
  ])("%s → %s", (text, iso) => expect(asOfInText(text)).toBe(iso));
});

describe("asOfBelowData", () => {
  it("the last one-cell line with an as-of date, past blank rows and notes, before the data is reached", () => {
    const data = ["東大和市中央一丁目", "2417", "2040"];
    expect(asOfBelowData([data, ["令和6年4月1日現在　住民基本台帳による"]])).toBe("2024-04-01");
    expect(asOfBelowData([data, ["住民基本台帳（基準日：令和6年1月1日）"], [""], ["※外国人住民を含む。"], ["", ""]])).toBe("2024-01-01");
    expect(asOfBelowData([["令和6年4月1日現在"], data])).toBeUndefined();
    expect(asOfBelowData([data, ["更新日：2024/04/01"]])).toBeUndefined();
  });

  it("an as-of date among other words, not a date alone or a month", () => {
    expect(["令和6年4月1日現在　住民基本台帳による", "住民基本台帳（2024年1月1日時点）", "基準日：R6.4.1"].map(isAsOfText)).toEqual([true, true, true]);
    expect(["2024年4月1日", "参考価格は令和6年4月時点の料金です。", "前回調査日：令和5年4月1日"].map(isAsOfText)).toEqual([false, false, false]);
    expect(asOfBelowData([["東大和市中央一丁目", "2417", "2040"], ["令和6年3月末日現在　住民基本台帳による"]])).toBe("2024-03-31");
  });
});

describe("a title dated by the end of a month (令和6年1月末日現在)", () => {
  it("dates every row by the month's last day (before: no date, every row invalid with 調査年月日 missing)", async () => {
    const text = "町丁別世帯数・人口\n令和6年1月末日現在\n町丁名,世帯数,男,女,計\n本町一丁目,500,450,480,930\n本町二丁目,600,520,560,1080\n";
    const { report, rows } = await runBytes(text, "131041_population.csv");
    expect(rows.map((r) => [r.record.area_name, r.record.survey_date, r.valid])).toEqual([["本町一丁目", "2024-01-31", true], ["本町二丁目", "2024-01-31", true]]);
    expect(report.issues.filter((i) => i.code === "missing_column")).toEqual([]);
  });
});

describe("a population table's title giving a date alone (町丁別人口（令和6年1月1日）)", () => {
  it.each([
    ["町丁別人口（令和6年1月1日）", "2024-01-01"], ["令和6年1月1日 住民基本台帳人口", "2024-01-01"], ["町丁別世帯数・人口 R6.4.1", "2024-04-01"],
    ["町丁別人口（2024年1月1日）　令和6年2月5日更新", "2024-01-01"], ["世帯と人口（令和6年1月1日）（毎月更新）", "2024-01-01"],
    // the day the file was made or put up, not its figures'
    ["町丁別人口 令和6年2月5日更新", undefined], ["作成日：令和6年2月5日", undefined], ["公表日 2024/2/5", undefined],
    ["町丁別人口（掲載：令和6年2月5日）", undefined], ["令和6年2月5日 作成", undefined],
    // a period, or two dates neither of which is said to be the other's
    ["人口動態（令和5年4月1日～令和6年3月31日）", undefined], ["令和5年1月1日 令和6年1月1日 人口比較", undefined], ["町丁別人口（令和6年1月）", undefined],
  ])("%s → %s", (text, iso) => expect(bareTitleDate([text])).toBe(iso));

  const table = "町丁名,世帯数,男,女,計\n本町一丁目,500,450,480,930\n本町二丁目,600,520,560,1080\n";
  const read = ({ rows }: Run) => rows.map((r) => [r.record.area_name, r.record.survey_date, r.valid]);

  it("dates every row by it, and says the date was taken (before: no date, every row invalid with 調査年月日 missing)", async () => {
    for (const title of ["町丁別人口（令和6年1月1日）", "令和6年1月1日 住民基本台帳人口"]) {
      const run = await runBytes(`${title}\n${table}`, "131130_population.csv");
      expect(read(run)).toEqual([["本町一丁目", "2024-01-01", true], ["本町二丁目", "2024-01-01", true]]);
      expect(run.report.issues.filter((i) => i.code === "as_of_from_title_date").map((i) => [i.value, i.detail])).toEqual([[title, "2024-01-01"]]);
    }
  });

  it("not by a date of its making (令和6年2月5日更新): the rows stay undated", async () => {
    const run = await runBytes(`町丁別人口 令和6年2月5日更新\n${table}`, "131130_population.csv");
    expect(read(run)).toEqual([["本町一丁目", null, false], ["本町二丁目", null, false]]);
    expect(run.report.issues.filter((i) => i.code === "as_of_from_title_date")).toEqual([]);
  });

  it("a title with 現在 is read as before, with nothing more said", async () => {
    const run = await runBytes(`町丁別人口（令和6年1月1日現在）　令和6年2月5日更新\n${table}`, "131130_population.csv");
    expect(read(run)).toEqual([["本町一丁目", "2024-01-01", true], ["本町二丁目", "2024-01-01", true]]);
    expect(run.report.issues.filter((i) => i.code === "as_of_from_title_date")).toEqual([]);
  });

  it("only in a population table: another list's title date may be its update's", async () => {
    const run = await runBytes("AED設置場所一覧（令和6年4月1日）\n名称,所在地_連結表記\n区役所,東京都渋谷区宇田川町1-1\n", "131130_aed.csv");
    expect(run.report.issues.filter((i) => i.code === "as_of_from_title_date")).toEqual([]);
  });
});

describe("a dating line under a population table", () => {
  const header = "地域名,世帯数,男,女,総数";
  const rows = ["東大和市中央一丁目,2417,2040,2552,4592", "東大和市清原二丁目,1196,1048,1224,2272"];

  it("is a note, and its date is every row's survey date", async () => {
    const { report, rows: out } = await runBytes(`\uFEFF${header}\n${rows.join("\n")}\n令和6年4月1日現在　住民基本台帳による\n`, "132209_jinko.csv");
    expect(out.map((r) => [r.row, r.record.area_name, r.record.survey_date, r.valid])).toEqual([
      [1, "東大和市中央一丁目", "2024-04-01", true], [2, "東大和市清原二丁目", "2024-04-01", true]]);
    expect(report.issues.filter((i) => i.code === "note_row").map((i) => [i.row, i.value])).toEqual([[3, "令和6年4月1日現在　住民基本台帳による"]]);
    expect(report.issues.find((i) => i.code === "column_filled" && i.field === "survey_date")).toMatchObject({ value: "2024-04-01" });
  });

  it("dates the rows read before it in a file longer than its head (the end of the file is read first)", async () => {
    const many = Array.from({ length: 4000 }, (_, n) => `本町${n + 1}丁目,10,5,5,10`);
    const { rows: out } = await runBytes(`${header}\n${many.join("\n")}\n\n※外国人住民を含みます。\n2024年1月1日時点\n`, "132209_jinko.csv");
    expect(out.length).toBe(4000);
    expect(new Set(out.map((r) => r.record.survey_date))).toEqual(new Set(["2024-01-01"]));
  });

  it("dates the rows of a sheet longer than its first batch (the end of the sheet is read first)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("町丁別");
    ws.addRow(header.split(","));
    for (let n = 0; n < 4000; n++) ws.addRow([`本町${n + 1}丁目`, 10, 5, 5, 10]);
    ws.addRow([]);
    ws.addRow(["※外国人住民を含みます。"]);
    ws.addRow(["2024年1月1日時点"]);
    const { rows: out } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "132209_jinko.xlsx");
    expect(out.length).toBe(4000);
    expect(new Set(out.map((r) => r.record.survey_date))).toEqual(new Set(["2024-01-01"]));
  });

  it("gives way to the file name's date and a title's; a 調査年月日 the row has stays", async () => {
    const below = "\n令和6年4月1日現在　住民基本台帳による\n";
    const named = await runBytes(`${header}\n${rows[0]}${below}`, "132209_jinko_20240101.csv");
    const titled = await runBytes(`人口（令和5年1月1日現在）\n${header}\n${rows[0]}${below}`, "132209_jinko.csv");
    const own = await runBytes(`調査年月日,${header}\n2023-10-01,${rows[0]}${below}`, "132209_jinko.csv");
    expect([named, titled, own].map((r) => r.rows.map((row) => row.record.survey_date))).toEqual([["2024-01-01"], ["2023-01-01"], ["2023-10-01"]]);
  });
});

describe("a footnote under the data", () => {
  it("gives no survey date: its date is another one's (※…時点から外国人住民を含みます)", async () => {
    const csv = "町丁別人口\n地域名,総人口,男性,女性\n旭が丘一丁目,1200,600,600\n※平成24年7月9日時点から外国人住民を含みます\n";
    const { rows } = await runBytes(csv, "132128_population.csv");
    expect(rows.map((r) => r.record.survey_date)).toEqual([null]);
  });
});

describe("a file of one table per month, each under its own dated title", () => {
  const month = (title: string, figures: readonly string[]) => [`町丁別世帯数及び人口（${title}）,,,,`, "町丁名,世帯数,男,女,計", ...figures];
  const january = month("令和6年1月1日現在", ["中野一丁目,4123,3456,3678,7134", "中野二丁目,3074,2901,3002,5903"]);
  const february = month("令和6年2月1日現在", ["中野一丁目,4125,3458,3685,7143", "中野二丁目,3075,2902,3005,5907"]);
  const dates = (run: Run) => run.rows.map((r) => [r.row, r.record.area_name, r.record.survey_date, r.record.total]);

  it("each table's rows take its title's date, said on the title (before: February's figures dated January, as duplicates)", async () => {
    const run = await runBytes(`${[...january, ",,,,", ...february].join("\n")}\n`, "131148_population.csv");
    expect(dates(run)).toEqual([[1, "中野一丁目", "2024-01-01", 7134], [2, "中野二丁目", "2024-01-01", 5903], [6, "中野一丁目", "2024-02-01", 7143],
      [7, "中野二丁目", "2024-02-01", 5907]]);
    const said = run.report.issues.filter((i) => ["as_of_from_table_title", "duplicate_name"].includes(i.code)).map((i) => [i.row, i.code, i.field, i.value, i.detail]);
    expect(said).toEqual([[4, "as_of_from_table_title", "survey_date", "町丁別世帯数及び人口（令和6年2月1日現在）", "2024-02-01"]]);
    expect(run.report.issues.find((i) => i.code === "as_of_from_table_title")?.message_ja).toContain("以降の行の「調査年月日」を 2024-02-01 としました");
  });

  it("a later title of the same date, or a file with its own 調査年月日 column, changes nothing", async () => {
    const same = await runBytes(`${[...january, ",,,,", ...month("令和6年1月1日現在", ["中野三丁目,100,90,95,185"])].join("\n")}\n`, "131148_population.csv");
    expect(dates(same).map((d) => d[2])).toEqual(["2024-01-01", "2024-01-01", "2024-01-01"]);
    expect(same.report.issues.filter((i) => i.code === "as_of_from_table_title")).toEqual([]);
    const own = ["町丁別人口（令和6年1月1日現在）,,,,,", "調査年月日,町丁名,世帯数,男,女,計", "2024-01-01,中野一丁目,4123,3456,3678,7134", ",,,,,",
      "町丁別人口（令和6年2月1日現在）,,,,,", "調査年月日,町丁名,世帯数,男,女,計", "2024-03-01,中野一丁目,4125,3458,3685,7143"];
    const kept = await runBytes(`${own.join("\n")}\n`, "131148_population.csv");
    expect(dates(kept).map((d) => d[2])).toEqual(["2024-01-01", "2024-03-01"]);
    expect(kept.report.issues.filter((i) => i.code === "as_of_from_table_title")).toEqual([]);
  });
});
