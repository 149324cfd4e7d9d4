// A workbook kept as one sheet per value of a required column (a food list's 飲食店営業 | 菓子製造業 | 喫茶店営業 sheets, no
// 営業の種類 column): each sheet whose name reads as a value gives it to its rows, said per sheet; a name that does not
// read (Sheet1, 一覧, 凡例) gives none, and is said when others did.
import { describe, expect, it } from "vitest";
import { sheetNameColumn } from "../../../pipelines/sheet-name-values.ts";
import { valueOfName } from "../../../pipelines/value-names.ts";
import { aed } from "../../../schemas/datasets/aed.ts";
import { food_business } from "../../../schemas/datasets/food_business.ts";
import { population } from "../../../schemas/datasets/population.ts";
import { book, runBytes, tuples } from "./helpers.ts";

const HEADER = ["NO", "営業所名称", "営業所所在地", "電話番号", "法人名", "許可番号", "許可年月日", "許可満了日"];
const row = (i: number, name: string) =>
  [i, name, `東京都中野区中野${i}-1-1`, "03-3389-1111", `株式会社${name}`, `5中保生第${100 + i}号`, "2023-04-01", "2029-03-31"];
const TITLE = ["食品営業許可施設一覧（令和6年4月1日現在）"];
const kinds = (rows: ReadonlyArray<{ record: Record<string, unknown> }>) => rows.map((r) => [r.record.name, r.record.business_type]);

describe("a column given by the sheets' names", () => {
  it("three sheets of kinds and a 凡例: each row takes its sheet's kind, said once per sheet; note and blank rows stay so", async () => {
    const bytes = await book([
      ["飲食店営業", [TITLE, [], HEADER, row(1, "ラーメン中野"), row(2, "そば処"), [], ["※法人名は個人の場合は記載していません"]]],
      ["菓子製造業", [TITLE, [], HEADER, row(3, "中野製菓")]],
      ["喫茶店営業（令和6年度）", [TITLE, [], HEADER, row(4, "カフェ中野"), row(5, "喫茶ブロードウェイ")]],
      ["凡例", [["許可番号", "保健所の許可番号"], ["許可満了日", "許可の有効期間の満了日"]]],
    ]);
    const { rows, report, exit } = await runBytes(bytes, "131148_food_business_all.xlsx");
    expect(kinds(rows)).toEqual([["ラーメン中野", "飲食店営業"], ["そば処", "飲食店営業"], ["中野製菓", "菓子製造業"],
      ["カフェ中野", "喫茶店営業"], ["喫茶ブロードウェイ", "喫茶店営業"]]);
    expect([report.valid, report.invalid, exit]).toEqual([5, 0, 0]);
    const said = report.issues.filter((i) => i.code === "value_from_sheet_name");
    expect(said.map((i) => [i.severity, i.row, i.field, i.value, i.detail])).toEqual([
      ["warning", null, "business_type", "飲食店営業", "飲食店営業"],
      ["warning", null, "business_type", "菓子製造業", "菓子製造業"],
      ["warning", null, "business_type", "喫茶店営業（令和6年度）", "喫茶店営業"],
    ]);
    // the message names the sheet, the column and the fix
    expect(said[2].message_ja).toContain("シート「喫茶店営業（令和6年度）」");
    expect(said[2].message_ja).toContain("「営業の種類」の列を追加");
    expect(said[2].message_en).toContain('sheet "喫茶店営業（令和6年度）"');
    expect(tuples(report, "missing_column", "missing_required", "sheet_name_not_value")).toEqual([]);
    // the row under the data is still a note, the empty one still blank: the kind is given to data rows only
    expect(tuples(report, "note_row", "blank_rows")).toEqual([[3, null, "blank_rows"], [4, null, "note_row"]]);
    expect(report.issues.find((i) => i.code === "other_sheets")?.value).toBe("凡例");
    expect(report.header?.find((h) => h.field === "business_type")).toMatchObject({ source: "営業の種類" });
  });

  it("one sheet alone named as a kind gives its rows that kind", async () => {
    const bytes = await book([["菓子製造業", [HEADER, row(1, "中野製菓"), row(2, "和菓子中野")]]]);
    const { rows, report } = await runBytes(bytes, "131148_food_business_all.xlsx");
    expect(kinds(rows)).toEqual([["中野製菓", "菓子製造業"], ["和菓子中野", "菓子製造業"]]);
    expect(tuples(report, "value_from_sheet_name", "missing_column", "sheets_joined")).toEqual([[null, "business_type", "value_from_sheet_name"]]);
  });

  it("a sheet whose name is no kind among sheets that are: its rows stay without it, and the sheet is named", async () => {
    const bytes = await book([
      ["飲食店営業", [HEADER, row(1, "ラーメン中野"), row(2, "そば処")]],
      ["Sheet2", [HEADER, row(3, "中野食堂")]],
    ]);
    const { rows, report } = await runBytes(bytes, "131148_food_business_all.xlsx");
    expect(kinds(rows)).toEqual([["ラーメン中野", "飲食店営業"], ["そば処", "飲食店営業"], ["中野食堂", null]]);
    expect(report.issues.filter((i) => i.code === "value_from_sheet_name").map((i) => i.value)).toEqual(["飲食店営業"]);
    expect(report.issues.find((i) => i.code === "sheet_name_not_value")).toMatchObject({ severity: "warning", field: "business_type", value: "Sheet2" });
    expect(tuples(report, "missing_required")).toEqual([[4, "business_type", "missing_required"]]);
  });

  it("sheets whose names are no kinds (Sheet1, 一覧) or an application's kind (新規営業, 継続営業) give none", async () => {
    for (const names of [["Sheet1", "一覧"], ["新規営業", "継続営業"]]) {
      const bytes = await book([[names[0], [HEADER, row(1, "ラーメン中野")]], [names[1], [HEADER, row(2, "そば処")]]]);
      const { rows, report } = await runBytes(bytes, "131148_food_business_all.xlsx");
      expect(kinds(rows)).toEqual([["ラーメン中野", null], ["そば処", null]]);
      expect(tuples(report, "missing_column", "value_from_sheet_name", "sheet_name_not_value")).toEqual([[null, "business_type", "missing_column"]]);
    }
  });

  it("sheets that have the column: their own cells are read, the names give nothing", async () => {
    const bytes = await book([
      ["飲食店営業", [[...HEADER, "営業の種類"], [...row(1, "ラーメン中野"), "飲食店営業（露店）"]]],
      ["菓子製造業", [[...HEADER, "営業の種類"], [...row(2, "中野製菓"), ""]]],
    ]);
    const { rows, report } = await runBytes(bytes, "131148_food_business_all.xlsx");
    expect(kinds(rows)).toEqual([["ラーメン中野", "飲食店営業（露店）"], ["中野製菓", null]]);
    expect(tuples(report, "value_from_sheet_name", "sheet_name_not_value")).toEqual([]);
  });

  it("a column of both coordinates split in two: the kind stays under its column", async () => {
    const header = ["営業所名称", "営業所所在地", "緯度・経度", "許可番号"];
    const bytes = await book([
      ["飲食店営業", [header, ["ラーメン中野", "東京都中野区中野1-1-1", "35.7074,139.6638", "5中保生第101号"]]],
      ["菓子製造業", [header, ["中野製菓", "東京都中野区中野2-1-1", "35.7080,139.6640", "5中保生第102号"]]],
    ]);
    const { rows, report } = await runBytes(bytes, "131148_food_business_all.xlsx");
    expect(rows.map((r) => [r.record.business_type, r.record.latitude, r.record.permit_number])).toEqual([
      ["飲食店営業", 35.7074, "5中保生第101号"], ["菓子製造業", 35.708, "5中保生第102号"]]);
    expect(tuples(report, "coordinates_column_split").length).toBe(1);
  });
});

describe("what a sheet's name reads as", () => {
  const rule = food_business.columnByKey.get("business_type")?.fromSheetName ?? {};
  it.each([
    ["飲食店営業", "飲食店営業"],
    ["喫茶店営業（令和6年度）", "喫茶店営業"],
    ["R6_菓子製造業", "菓子製造業"],
    ["食肉販売業 2024", "食肉販売業"],
    // a bracket of words is part of the kind, as lists write it
    ["飲食店営業（露店）", "飲食店営業(露店)"],
    // a 届出 kind with no 業 is one of the standard's
    ["コンビニエンスストア", "コンビニエンスストア"],
    ["Sheet1", null], ["一覧", null], ["凡例", null], ["記入例", null], ["営業", null], ["新規営業", null], ["一時休業", null], ["事業", null],
  ])("%s → %s", (name, value) => {
    expect(valueOfName(name, rule)).toBe(value);
  });

  it("a dataset whose columns no sheet name gives: none, whatever the names", () => {
    expect(sheetNameColumn(aed, ["名称", "住所"], ["飲食店営業"])).toBeNull();
    // and a food header that has the column
    expect(sheetNameColumn(food_business, ["営業所名称", "営業の種類"], ["飲食店営業"])).toBeNull();
    expect(sheetNameColumn(food_business, ["営業所名称", "営業所所在地"], ["飲食店営業", "一覧"])?.values).toEqual(["飲食店営業", null]);
  });
});

describe("other datasets that opt in", () => {
  it("a care register kept as one sheet per service: each office takes its sheet's service", async () => {
    const header = ["事業所名", "住所", "電話番号", "事業所番号"];
    const bytes = await book([
      ["訪問介護", [header, ["ヘルパーステーション中野", "東京都中野区中野1-1-1", "03-3389-1111", "1371400011"]]],
      ["通所介護", [header, ["デイサービス中野", "東京都中野区中野2-1-1", "03-3389-2222", "1371400029"]]],
    ]);
    const { rows, report } = await runBytes(bytes, "131148_care_service.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.service_type])).toEqual([["ヘルパーステーション中野", "訪問介護"], ["デイサービス中野", "通所介護"]]);
    expect(report.issues.filter((i) => i.code === "value_from_sheet_name").map((i) => [i.field, i.value])).toEqual([
      ["service_type", "訪問介護"], ["service_type", "通所介護"]]);
  });

  it("a list of cultural properties kept as one sheet per designation: each takes its sheet's 文化財分類", async () => {
    const header = ["名称", "名称_カナ", "種類", "所在地"];
    const bytes = await book([
      ["都指定", [header, ["新井薬師梵鐘", "アライヤクシボンショウ", "美術工芸品", "東京都中野区新井5-3-5"]]],
      ["区指定", [header, ["哲学堂公園", "テツガクドウコウエン", "建造物", "東京都中野区松が丘1-34-28"]]],
    ]);
    const { rows, report } = await runBytes(bytes, "131148_cultural_property.xlsx");
    // 美術工芸品 is 有形文化財 alone (class_from_kind); 建造物 is left as it is, as a 有形民俗文化財 may be written so
    expect(rows.map((r) => [r.record.name, r.record.category])).toEqual([["新井薬師梵鐘", ["都指定有形文化財"]], ["哲学堂公園", ["区指定"]]]);
    expect(tuples(report, "missing_column")).toEqual([]);
  });

  it("a population workbook of one table by age per area (平井 | 大久野 | 原, each 年齢 | 男 | 女 | 計): each record is its sheet's area", async () => {
    /** an area's 5-year bands: 男 `m` each, 女 `f` each, and its 計 row */
    const sheet = (area: string, m: number, f: number) => {
      const bands = Array.from({ length: 20 }, (_, k) => [`${k * 5}～${k * 5 + 4}歳`, m, f, m + f]);
      return [[`${area}　年齢別人口（令和6年1月1日現在）`], ["年齢", "男", "女", "計"], ...bands, ["100歳以上", 0, 1, 1], ["計", 20 * m, 20 * f + 1, 20 * (m + f) + 1]];
    };
    const bytes = await book([["平井", sheet("平井", 10, 11)], ["大久野", sheet("大久野", 20, 21)], ["原", sheet("原", 5, 6)]]);
    const { rows, report } = await runBytes(bytes, "133051_population.xlsx");
    // before: three records named 日の出町 (the municipality), told apart by nothing
    expect(rows.map((r) => [r.record.area_name, r.record.male, r.record.female, r.record.age_0_4_male, r.record.age_85_plus_female, r.valid])).toEqual([
      ["平井", 200, 221, 10, 34], ["大久野", 400, 421, 20, 64], ["原", 100, 121, 5, 19]].map((r) => [...r, true]));
    expect(report.issues.filter((i) => i.code === "value_from_sheet_name").map((i) => [i.field, i.value, i.detail])).toEqual([
      ["area_name", "平井", "平井"], ["area_name", "大久野", "大久野"], ["area_name", "原", "原"]]);
    expect(tuples(report, "duplicate_name", "ward_by_age_unnamed", "missing_required")).toEqual([]);
  });

  it.each([
    ["平井", "平井"], ["上石神井一丁目", "上石神井一丁目"], ["本町2丁目", "本町2丁目"], ["平井（令和6年1月1日現在）", "平井"],
    // a sheet's name that dates it or names what it counts is no area
    ["R6.1", null], ["令和6年1月1日", null], ["Sheet1", null], ["年齢別人口", null], ["町丁別", null], ["5歳階級", null], ["合計", null], ["一覧", null],
    // nor one that says what the sheet is for
    ["公開用", null], ["まとめ", null], ["最新版", null], ["元町", "元町"], ["男", null], ["女性", null],
  ])("a population sheet named %s gives the area %s", (name, value) => {
    expect(valueOfName(name, population.columnByKey.get("area_name")?.fromSheetName ?? {})).toBe(value);
  });
});
