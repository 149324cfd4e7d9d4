// A table split over a workbook's sheets (one sheet per area): each sheet read under its own header, its columns matched
// by name, its title skipped, its rows told by sheet and line; sheets of another version of the list left out, said.
import { describe, expect, it } from "vitest";
import { lineOf } from "../../../pipelines/report.ts";
import { renderReport } from "../../../pipelines/report-text.ts";
import { JoinedTable } from "../../../pipelines/sheet-join.ts";
import { isOtherVersionSheet } from "../../../pipelines/sheet-names.ts";
import { aed } from "../../../schemas/datasets/aed.ts";
import { book, runBytes, tuples } from "./helpers.ts";

const HEADER = ["NO", "施設名", "住所", "設置位置", "緯度", "経度", "電話番号", "開始時間", "終了時間", "小児用パッド", "備考"];
const row = (i: number, more: { pads?: string; remarks?: string } = {}) =>
  [i, `施設${i}`, `東京都小平市小川町${i}-1`, "1階", 35.73, 139.47, "042-341-1211", "09:00", "17:00", more.pads ?? "", more.remarks ?? ""];
/** The same row under a header without 小児用パッド (the column the other sheet inserted before 備考). */
const withoutPads = (i: number, remarks: string) => [i, `施設${i}`, `東京都小平市小川町${i}-1`, "1階", 35.73, 139.47, "042-341-1211", "09:00", "17:00", remarks];

describe("sheets of one table under headers that differ", () => {
  it("a 幼稚園 sheet beside 保育園 sheets (園名 for 名称, 教育時間 and 預かり保育 of its own) is read with them, its own columns in extra", async () => {
    const nursery = ["施設名", "所在地", "電話番号", "定員", "開所時間", "一時保育"];
    for (const name of ["園名", "施設名"]) {
      const bytes = await book([
        ["区立保育園", [["区立保育園一覧"], nursery, ["中野区立桃が丘保育園", "中野区中央1-1-1", "03-3371-1111", 100, "7:15～18:15", "有"]]],
        ["幼稚園", [["幼稚園一覧"], [name, "所在地", "電話番号", "定員", "教育時間", "預かり保育"], ["みずほ幼稚園", "中野区江古田6-6-6", "03-3386-6666", 210, "9:00～14:00", "有"]]],
      ]);
      const { rows, report, exit } = await runBytes(bytes, "131148_preschool.xlsx");
      expect(rows.map((r) => [r.record.name, r.record.capacity, r.record.temporary_care, r.extra])).toEqual([
        ["中野区立桃が丘保育園", 100, true, {}], ["みずほ幼稚園", 210, null, { 教育時間: "9:00～14:00", 預かり保育: "有" }]]);
      expect([exit, tuples(report, "other_table_sheets")]).toEqual([0, []]);
      expect(report.issues.find((i) => i.code === "sheet_header_differs")).toMatchObject({ field: "幼稚園", value: "教育時間、預かり保育", detail: "開所時間、一時保育" });
    }
  });

  it("a sheet of the same kind left out for its header is said with the columns that differ", async () => {
    const bytes = await book([
      ["民間施設", [["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "緯度", "経度", "設置位置", "内線番号", "開始時間", "備考"],
        ["131041", "1", "新宿区施設1", "東京都新宿区歌舞伎町1-4-1", 35.69, 139.7, "1階", "", "", ""]]],
      ["区施設", [["名称", "住所", "設置場所", "緯度", "経度", "管理課"], ["区役所", "東京都新宿区歌舞伎町1-4-1", "1階", 35.69, 139.7, "総務課"],
        ["区民センター", "東京都新宿区西新宿2-1-1", "2階", 35.69, 139.69, "地域課"]]],
    ]);
    const { report } = await runBytes(bytes, "131041_aed.xlsx");
    const left = report.issues.find((i) => i.code === "other_table_sheets");
    expect(left).toMatchObject({ field: "民間施設", value: "区施設", detail: "区施設｜管理課｜全国地方公共団体コード、ID、内線番号、開始時間、備考" });
    expect(left?.message_ja).toContain("シート「区施設」：このシートだけの列：管理課／このシートにない列：全国地方公共団体コード、ID、内線番号、開始時間、備考");
    expect(left?.message_en).toContain("sheet \"区施設\": columns only it has: 管理課; columns it lacks:");
  });

  it("a column inserted before 備考 on one sheet: the other sheet's 備考 stays 備考, never read as the inserted column", async () => {
    const bytes = await book([
      ["花小金井地区", [HEADER, row(1, { pads: "有" }), row(2, { pads: "無" }), row(3)]],
      ["小川地区", [HEADER.filter((h) => h !== "小児用パッド"), withoutPads(4, "土日祝休み"), withoutPads(5, "有")]],
    ]);
    const { rows, report } = await runBytes(bytes, "132110_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.pediatric_pads, r.record.remarks])).toEqual([
      ["施設1", true, null], ["施設2", false, null], ["施設3", null, null], ["施設4", null, "土日祝休み"], ["施設5", null, "有"],
    ]);
    expect(tuples(report, "unparseable_flag")).toEqual([]);
    expect(report.issues.find((i) => i.code === "sheet_header_differs")).toMatchObject({ severity: "info", field: "小川地区", value: "", detail: "小児用パッド" });
    // the message says what was done: columns matched by name, not "the same header"
    const joined = report.issues.find((i) => i.code === "sheets_joined");
    expect(joined?.message_ja).toContain("各シートの列は見出しの名前で対応づけ");
    expect(joined?.message_ja).not.toContain("同じ見出し");
  });

  it("a column inserted in the middle, 経度 before 緯度: every row read, each value under its own name", async () => {
    const east = ["番号", "施設名", "住所", "設置場所", "緯度", "経度", "電話番号"];
    const west = ["番号", "施設名", "施設種別", "住所", "設置場所", "緯度", "経度", "電話番号"];
    const north = ["番号", "施設名", "住所", "設置場所", "経度", "緯度", "電話番号"];
    const bytes = await book([
      ["東部", [east, [1, "三鷹市役所", "東京都三鷹市野崎1-1-1", "1階", 35.6836, 139.5596, "0422-45-1151"]]],
      ["西部", [west, [2, "井口コミュニティセンター", "コミュニティセンター", "東京都三鷹市井口1-13-32", "1階", 35.69, 139.535, "0422-32-8090"]]],
      ["北部", [north, [3, "三鷹市公会堂", "東京都三鷹市野崎1-1-1", "1階", 139.5595, 35.6839, "0422-45-1151"]]],
    ]);
    const { rows, report } = await runBytes(bytes, "132047_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.latitude, r.record.longitude, r.extra])).toEqual([
      ["三鷹市役所", "東京都三鷹市野崎1-1-1", 35.6836, 139.5596, {}],
      ["井口コミュニティセンター", "東京都三鷹市井口1-13-32", 35.69, 139.535, { 施設種別: "コミュニティセンター" }],
      ["三鷹市公会堂", "東京都三鷹市野崎1-1-1", 35.6839, 139.5595, {}],
    ]);
    expect(report.issues.filter((i) => i.code === "sheet_header_differs").map((i) => [i.field, i.value, i.detail]))
      .toEqual([["西部", "施設種別", ""], ["北部", "", ""]]);
    expect(report.issues.find((i) => i.code === "sheet_header_differs" && i.field === "北部")?.message_ja).toContain("列の並びが違います");
    expect(tuples(report, "other_table_sheets")).toEqual([]);
  });

  it("a cell past a later sheet's header stays past the joined one, and a cell past the chosen sheet's stays past it", () => {
    const table = new JoinedTable({ at: 0, top: 0, cells: ["施設名", "住所", "緯度", "経度"], dataset: aed });
    const columns = table.match({ at: 0, top: 0, cells: ["住所", "施設名", "種別", "緯度", "経度"], dataset: aed });
    expect(columns).not.toBeNull();
    if (columns === null) return;
    table.add(columns);
    expect(table.headerOf(["施設名", "住所", "緯度", "経度"])).toEqual(["施設名", "住所", "緯度", "経度", "種別"]);
    expect(table.rowOf(["東京都新宿区1-1", "A館", "学校", "35.6", "139.7", "メモ"], columns)).toEqual(["A館", "東京都新宿区1-1", "35.6", "139.7", "学校", "メモ"]);
    expect(table.rowAt(["B館", "東京都新宿区2-2", "35.6", "139.7", "メモ"], table.firstPlaces(5))).toEqual(["B館", "東京都新宿区2-2", "35.6", "139.7", "", "メモ"]);
    // a sheet sharing few of the table's columns is another table
    expect(table.match({ at: 0, top: 0, cells: ["施設名", "開始時間", "終了時間", "備考", "電話番号"], dataset: aed })).toBeNull();
  });
});

describe("population sheets per date", () => {
  const month = (m: number, k: number): [string, unknown[][]] => [`${m}月`, [[`町丁別世帯数・人口（令和6年${m}月1日現在）`], ["町丁名", "世帯数", "男", "女", "計"],
    ["阿佐谷北一丁目", 700 + k, 1000 + k * 50, 1010 + k * 50, 2010 + k * 100], ["阿佐谷北二丁目", 700 + k, 1200 + k * 50, 1210 + k * 50, 2410 + k * 100]]];

  it("sheets repeating the same areas are versions by date: the latest is read, dated by its own title, the others named", async () => {
    const { rows, report } = await runBytes(await book([month(4, 0), month(5, 1)]), "131156_population.xlsx");
    expect(rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.total])).toEqual([
      ["阿佐谷北一丁目", "2024-05-01", 2110], ["阿佐谷北二丁目", "2024-05-01", 2510],
    ]);
    expect(tuples(report, "sheets_joined", "duplicate_name")).toEqual([]);
    expect(report.issues.filter((i) => i.code === "older_version_sheet").map((i) => [i.severity, i.field, i.value, i.detail]))
      .toEqual([["warning", "4月", "5月", "2/2｜2024-04-01｜2024-05-01"]]);
  });

  it("sheets named by their dates and without a title: the latest is read and dated by its name", async () => {
    const untitled = (name: string, k: number): [string, unknown[][]] => [name, month(4, k)[1].slice(1)];
    const { rows, report } = await runBytes(await book([untitled("令和6年4月1日", 0), untitled("令和6年5月1日", 1)]), "131156_population.xlsx");
    expect(rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.total, r.valid])).toEqual([
      ["阿佐谷北一丁目", "2024-05-01", 2110, true], ["阿佐谷北二丁目", "2024-05-01", 2510, true],
    ]);
    expect(tuples(report, "missing_column")).toEqual([]);
  });
});

describe("a list continued on a sheet without its header", () => {
  const header = ["全国地方公共団体コード", "名称", "所在地_連結表記", "緯度", "経度", "設置位置"];
  const aed = (i: number) => ["131041", `新宿区施設${i}`, `東京都新宿区西新宿${i}-1`, 35.69, 139.69, "1階"];

  it("whose rows fit the header is read under it, with a warning naming the sheet and the header; a cover sheet stays info", async () => {
    const bytes = await book([["一覧", [header, aed(1), aed(2), aed(3)]], ["一覧(2)", [aed(4), aed(5), aed(6)]], ["案内", [["新宿区AED設置箇所一覧"], ["問合せ：防災課"]]],
      ["一覧 (3)", [aed(7), [], ["※設置場所は変わることがあります。"]]]]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.record.latitude, r.record.longitude, r.record.installation_position, r.valid])).toEqual([
      [1, "新宿区施設1", "東京都新宿区西新宿1-1", 35.69, 139.69, "1階", true], [2, "新宿区施設2", "東京都新宿区西新宿2-1", 35.69, 139.69, "1階", true],
      [3, "新宿区施設3", "東京都新宿区西新宿3-1", 35.69, 139.69, "1階", true], [4, "新宿区施設4", "東京都新宿区西新宿4-1", 35.69, 139.69, "1階", true],
      [5, "新宿区施設5", "東京都新宿区西新宿5-1", 35.69, 139.69, "1階", true], [6, "新宿区施設6", "東京都新宿区西新宿6-1", 35.69, 139.69, "1階", true],
      [7, "新宿区施設7", "東京都新宿区西新宿7-1", 35.69, 139.69, "1階", true],
    ]);
    const codes = ["headless_sheets", "headless_sheet_read", "other_sheets"];
    expect(report.issues.filter((i) => codes.includes(i.code)).map((i) => [i.code, i.severity, i.field, i.value, i.detail])).toEqual([
      ["headless_sheet_read", "warning", "一覧(2)", "一覧", "全国地方公共団体コード、名称、所在地_連結表記、緯度、経度、設置位置"],
      ["headless_sheet_read", "warning", "一覧 (3)", "一覧", "全国地方公共団体コード、名称、所在地_連結表記、緯度、経度、設置位置"],
      ["other_sheets", "info", "一覧", "案内", undefined],
    ]);
    expect(report.issues.find((i) => i.code === "headless_sheet_read")?.message_ja)
      .toContain("シート「一覧(2)」には見出しの行がありませんが、列数と各列の値がシート「一覧」の見出し（全国地方公共団体コード、名称");
    // the sheets without a header were read under the first sheet's header, not matched by header names
    const joined = report.issues.find((i) => i.code === "sheets_joined");
    expect(joined).toMatchObject({ field: "一覧", value: "一覧 1–3, 一覧(2) 4–6, 一覧 (3) 7–9", detail: "一覧(2)\n一覧 (3)" });
    expect(joined?.message_ja).toContain("見出しのないシート（一覧(2)、一覧 (3)）は、最初のシートの見出しの列の順に読みました。指摘の行は");
    expect(joined?.message_ja).not.toContain("見出しの名前で対応づけ");
    expect(joined?.message_en).toContain("The sheets without a header (一覧(2), 一覧 (3)) were read under the first sheet's header, in its columns' order. Issues");
    expect(report.sheets).toEqual([
      { name: "一覧", header_row: 1, first_row: 1, last_row: 3 }, { name: "一覧(2)", header_row: 0, first_row: 4, last_row: 6 },
      // its note under the list is its line too, read as a note (no row of the list)
      { name: "一覧 (3)", header_row: 0, first_row: 7, last_row: 9 },
    ]);
  });

  it("beside a sheet with its own header: the message says which sheets were matched by header name and which read under the first's", async () => {
    const bytes = await book([["一覧", [header, aed(1), aed(2)]], ["一覧(2)", [aed(3), aed(4)]], ["追加分", [["追加分"], header, aed(5)]]]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設1", "新宿区施設2", "新宿区施設3", "新宿区施設4", "新宿区施設5"]);
    const joined = report.issues.find((i) => i.code === "sheets_joined");
    expect(joined).toMatchObject({ field: "一覧", detail: "一覧(2)" });
    expect(joined?.message_ja).toContain("見出しのあるシートの列は見出しの名前で対応づけ、その見出しとその上の表題などの行は読み飛ばしました。見出しのないシート（一覧(2)）は、最初のシートの見出しの列の順に読みました。");
    expect(joined?.message_en).toContain("The columns of the sheets with a header were matched by their header names, and those headers and the title rows above them were skipped. The sheets without a header (一覧(2)) were read");
  });

  it.each([["AED一覧（続き）"], ["（続き）"], ["その2"]])("under a title %s that says it continues: read past the title, and said", async (title) => {
    const bytes = await book([["一覧", [header, aed(1), aed(2)]], ["一覧(2)", [[title], [], aed(3), aed(4)]]]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    // rows count the sheet's lines, its title and blank line too, as under a later sheet's header
    expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "新宿区施設1", true], [2, "新宿区施設2", true], [5, "新宿区施設3", true], [6, "新宿区施設4", true]]);
    expect(tuples(report, "headless_sheets", "other_sheets", "rows_above_header", "title_row")).toEqual([]);
    const read = report.issues.find((i) => i.code === "headless_sheet_read");
    expect(read).toMatchObject({ field: "一覧(2)", value: "一覧", detail: `全国地方公共団体コード、名称、所在地_連結表記、緯度、経度、設置位置｜${title}` });
    expect(read?.message_ja).toContain(`の見出し（全国地方公共団体コード、名称、所在地_連結表記、緯度、経度、設置位置）に合うため、「一覧」の続きとしてその見出しで読みました（続きであることを示す表題の行「${title}」は読み飛ばしました）。`);
    expect(read?.message_en).toContain(`under that header (its title line "${title}", which says it continues the list, was skipped).`);
    // its data rows are told on the lines the sheet shows them (the title on line 1, the rows on 3 and 4)
    expect(report.sheets).toEqual([{ name: "一覧", header_row: 1, first_row: 1, last_row: 2 }, { name: "一覧(2)", header_row: 1, first_row: 4, last_row: 6 }]);
    expect([lineOf(report, 5), lineOf(report, 6)]).toEqual([{ line: 3, sheet: "一覧(2)" }, { line: 4, sheet: "一覧(2)" }]);
  });

  it("under a title that does not say it continues (another list): not read, named as before", async () => {
    const bytes = await book([["一覧", [header, aed(1), aed(2)]], ["一覧(2)", [["令和5年度に移設したAED"], aed(3), aed(4)]]]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設1", "新宿区施設2"]);
    expect(tuples(report, "headless_sheet_read", "other_sheets")).toEqual([[null, "一覧", "other_sheets"]]);
  });

  it("a sheet named for another year (令和5年度 beside 令和6年度) is that year's list, not a continuation: named, its rows not read", async () => {
    const bytes = await book([["令和6年度", [header, aed(1), aed(2), aed(3)]], ["令和5年度", [aed(1), ["131041", "旧新宿区施設9", "東京都新宿区西新宿9-1", 35.69, 139.69, "1階"]]]]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設1", "新宿区施設2", "新宿区施設3"]);
    expect(report.issues.filter((i) => ["headless_sheet_read", "headless_sheets", "other_sheets"].includes(i.code)).map((i) => [i.code, i.field, i.value]))
      .toEqual([["other_sheets", "令和6年度", "令和5年度"]]);
  });

  it("sheets named 一覧 and 一覧(2) date nothing: the continuation is read as before", async () => {
    const bytes = await book([["一覧 令和6年度", [header, aed(1)]], ["一覧(2)", [aed(2), aed(3)]]]);
    const { rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設1", "新宿区施設2", "新宿区施設3"]);
  });

  it("under a title that says it continues, rows that do not fit the header: not read, said as before", async () => {
    const swapped = (i: number) => ["131041", `新宿区施設${i}`, `東京都新宿区西新宿${i}-1`, 139.69, 35.69, "1階"];
    const bytes = await book([["一覧", [header, aed(1), aed(2)]], ["一覧(2)", [["AED一覧（続き）"], swapped(3), swapped(4)]]]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設1", "新宿区施設2"]);
    expect(tuples(report, "headless_sheet_read", "headless_sheets", "other_sheets")).toEqual([[null, "一覧", "headless_sheets"]]);
  });

  it.each([
    ["a column inserted before the name (numbers under 名称)", (i: number) => [i, "131041", `新宿区施設${i}`, `東京都新宿区西新宿${i}-1`, 35.69, 139.69], "headless_sheets"],
    ["緯度 and 経度 the other way round", (i: number) => ["131041", `新宿区施設${i}`, `東京都新宿区西新宿${i}-1`, 139.69, 35.69, "1階"], "headless_sheets"],
    ["coordinates where the address goes", (i: number) => ["131041", `新宿区施設${i}`, 35.69, 139.69, `東京都新宿区西新宿${i}-1`, "1階"], "headless_sheets"],
    // wider than the header: no continuation of it, a sheet not read
    ["wider than the header", (i: number) => [...aed(i), "備考", "追加"], "other_sheets"],
  ])("whose rows do not fit the header (%s) is not read, and said as before", async (_, other, code) => {
    const bytes = await book([["一覧", [header, aed(1), aed(2)]], ["一覧(2)", [other(3), other(4)]]]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設1", "新宿区施設2"]);
    expect(tuples(report, "headless_sheets", "headless_sheet_read", "sheets_joined", "other_sheets")).toEqual([[null, "一覧", code]]);
  });
});

describe("sheet names", () => {
  it.each([
    ["新宿地区", false], ["新小岩地区", false], ["新町", false], ["消防水利(2)", false], ["2024年度追加", false], ["更新分", false],
    ["旧古河庭園周辺", false], ["令和6年度", false],
    ["旧", true], ["旧R5", true], ["旧_2023", true], ["AED一覧（旧）", true], ["旧版", true], ["old", true], ["backup", true],
    ["作業用", true], ["AED一覧 のコピー", true], ["撤去済み", true], ["廃止", true],
    // closed, revoked, lapsed, ended, returned places and past publications
    ["閉園", true], ["閉所", true], ["取消", true], ["失効", true], ["終了分", true], ["設置終了", true], ["返却済", true],
    ["リース切れ", true], ["過去分", true], ["前回公開分", true],
    // a denied state word: the places are current
    ["撤去予定なし", false], ["廃止予定無し", false],
  ])("%s is another version: %s", (name, version) => expect(isOtherVersionSheet(name)).toBe(version));

  it("sheets named after places with 新 and a list continued on (2) are read, not skipped", async () => {
    const header = ["NO", "施設名", "住所", "設置位置", "緯度", "経度", "電話番号"];
    const place = (i: number) => [i, `施設${i}`, `東京都葛飾区新小岩${i}-1`, "1階", 35.71, 139.85, "03-3695-1111"];
    const bytes = await book([["金町地区", [header, place(1), place(2)]], ["新小岩地区", [header, place(3)]], ["新宿地区", [header, place(4)]],
      ["一覧(2)", [header, place(5)]], ["2024追加", [header, place(6)]]]);
    const { rows, report } = await runBytes(bytes, "131229_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["施設1", "施設2", "施設3", "施設4", "施設5", "施設6"]);
    expect(tuples(report, "other_table_sheets", "other_version_sheet", "repeated_rows_sheet")).toEqual([]);
  });

  it("a sheet named as the old list is not read and is said so, with why", async () => {
    const header = ["NO", "施設名", "住所", "設置位置", "緯度", "経度", "電話番号"];
    const place = (i: number) => [i, `施設${i}`, `東京都葛飾区金町${i}-1`, "1階", 35.77, 139.87, "03-3607-1111"];
    const { rows, report } = await runBytes(await book([["AED一覧", [header, place(1), place(2)]], ["AED一覧（旧）", [header, place(1), place(3)]]]), "131229_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["施設1", "施設2"]);
    expect(report.issues.find((i) => i.code === "other_version_sheet")).toMatchObject({ severity: "warning", field: "AED一覧", value: "AED一覧（旧）" });
  });
});

describe("titles above each sheet's header, and rows told by sheet", () => {
  const header = ["番号", "施設名", "住所", "設置場所", "緯度", "経度", "電話番号"];
  const place = (i: number) => [i, `施設${i}`, `東京都武蔵野市緑町${i}-1`, "1階", 35.71, 139.56, "0422-51-5131"];
  const sheets = (): Array<[string, unknown[][]]> => [
    ["武蔵境地区", [["AED設置施設（武蔵境地区）"], header, place(1), place(2), place(5)]],
    ["吉祥寺地区", [["AED設置施設（吉祥寺地区）"], ["令和6年4月1日更新"], header, place(3), [4, "", "東京都武蔵野市吉祥寺本町1-1", "1階", 35.7, 139.58, "0422-22-1381"]]],
  ];

  it("a later sheet's title is a title, as on the first sheet, not an invalid row", async () => {
    const { rows, report } = await runBytes(await book(sheets()), "132039_aed.xlsx");
    expect(rows.map((r) => [r.row, r.record.id, r.valid])).toEqual([[1, "1", true], [2, "2", true], [3, "5", true], [7, "3", true], [8, "4", false]]);
    expect(report.issues.filter((i) => i.code === "rows_above_header").map((i) => i.value))
      .toEqual(["AED設置施設（武蔵境地区）", "AED設置施設（吉祥寺地区）", "令和6年4月1日更新"]);
    expect(tuples(report, "repeated_header_row", "note_row")).toEqual([]);
  });

  it("a row issue names the sheet and the row the sheet shows", async () => {
    const { report, exit } = await runBytes(await book(sheets()), "132039_aed.xlsx");
    expect(report.sheets).toEqual([
      { name: "武蔵境地区", header_row: 2, first_row: 1, last_row: 3 },
      { name: "吉祥寺地区", header_row: 3, first_row: 7, last_row: 8 },
    ]);
    const missing = report.issues.find((i) => i.code === "missing_required");
    expect(missing).toMatchObject({ row: 8, field: "name" });
    expect(missing?.message_ja).toMatch(/^シート「吉祥寺地区」の5行目（データの8行目）：/);
    expect(missing?.message_en).toMatch(/^Sheet "吉祥寺地区", row 5 \(data row 8\): /);
    const text = renderReport(report, "132039_aed.xlsx", "ja", exit);
    expect(text).toContain("「吉祥寺地区」5行目");
    expect(renderReport(report, "132039_aed.xlsx", "en", exit)).toContain(`"吉祥寺地区" row 5`);
  });
});

describe("sheets that repeat the list: parts of it and versions of it", () => {
  const header = ["NO", "施設名", "住所", "設置位置", "緯度", "経度"];
  const site = (i: number) => [i, `避難所${i}`, `東京都大田区大森北${i}-1`, "校庭", 35.58, 139.73];
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
  const names = (rows: Array<{ record: Record<string, unknown> }>) => rows.map((r) => r.record.name);

  it("a 全域 sheet of 90 rows and its three 地区 sheets: every 地区's rows are found, also past the first 50, in any order", async () => {
    const bytes = await book([
      ["全域", [header, ...range(1, 90).map(site)]],
      ["大森地区", [header, ...range(1, 30).map(site)]],
      ["蒲田地区", [header, ...range(31, 60).reverse().map(site)]],
      ["糀谷地区", [["糀谷地区の避難所"], header, ...range(61, 90).map(site)]],
    ]);
    const { rows, report } = await runBytes(bytes, "131113_aed.xlsx");
    expect(names(rows)).toEqual(range(1, 90).map((i) => `避難所${i}`));
    expect(report.issues.filter((i) => /sheet/.test(i.code)).map((i) => [i.code, i.field, i.value, i.detail])).toEqual([
      ["repeated_rows_sheet", "大森地区", "全域", "30/30"], ["repeated_rows_sheet", "蒲田地区", "全域", "30/30"],
      ["repeated_rows_sheet", "糀谷地区", "全域", "30/30"],
    ]);
    const said = report.issues.find((i) => i.field === "糀谷地区");
    expect(said?.message_ja).toContain("すべての行（30/30）は、読んだシート「全域」の行と同じ場所（名称・所在地、または地域名が同じ）を指す");
    expect(`${said?.message_ja}`).not.toMatch(/前の年度|古い版/);
    expect(tuples(report, "duplicate_id")).toEqual([]);
  });

  it("a 地区 sheet before the 全域 one, chosen for its header, gives way to the whole list", async () => {
    const withPhone = [...header, "電話番号"];
    const bytes = await book([
      ["北地区", [withPhone, ...range(1, 3).map((i) => [...site(i), "03-5744-1111"])]],
      ["全域", [header, ...range(1, 8).map(site)]],
    ]);
    const { rows, report } = await runBytes(bytes, "131113_aed.xlsx");
    expect(names(rows)).toEqual(range(1, 8).map((i) => `避難所${i}`));
    expect(report.issues.filter((i) => /sheet/.test(i.code)).map((i) => [i.code, i.field, i.value, i.detail]))
      .toEqual([["repeated_rows_sheet", "北地区", "全域", "3/3"]]);
  });

  const current = [header, ...[1, 2, 3, 5, 6, 8].map(site)];
  const previous = [header, ...[1, 2, 3, 4, 5, 6, 7].map(site)];

  it.each([
    ["the current list first", [["令和6年4月1日現在", current], ["令和5年4月1日現在", previous]]],
    ["last year's list first", [["令和5年4月1日現在", previous], ["令和6年4月1日現在", current]]],
  ] as Array<[string, Array<[string, unknown[][]]>]>)("the sheet with the latest as-of date is read, %s, and the other named as the older version", async (_, sheets) => {
    const { rows, report } = await runBytes(await book(sheets), "131156_aed.xlsx");
    expect(names(rows)).toEqual(["避難所1", "避難所2", "避難所3", "避難所5", "避難所6", "避難所8"]);
    expect(report.issues.filter((i) => /sheet/.test(i.code)).map((i) => [i.code, i.severity, i.field, i.value, i.detail]))
      .toEqual([["older_version_sheet", "warning", "令和5年4月1日現在", "令和6年4月1日現在", "5/7｜2023-04-01｜2024-04-01"]]);
    const said = report.issues.find((i) => i.code === "older_version_sheet");
    expect(said?.message_ja).toBe("シート「令和5年4月1日現在」（2023-04-01現在）の行の多く（5/7）は、読んだシート「令和6年4月1日現在」（2024-04-01現在）の行と同じ場所（名称・所在地、または地域名が同じ）を指すため、同じ一覧の古い版とみなし、読んでいません。日付の新しい「令和6年4月1日現在」を読みました。今の一覧だけを残すか、古い版は別のファイルにしてください。");
  });

  it("dates in the titles above the headers choose the version when the sheet names give none", async () => {
    const { rows, report } = await runBytes(await book([
      ["AED一覧", [["杉並区AED設置場所（令和5年4月1日時点）"], ...previous]],
      ["AED一覧 (2)", [["杉並区AED設置場所（令和6年4月1日時点）"], ...current]],
    ]), "131156_aed.xlsx");
    expect(names(rows)).toEqual(["避難所1", "避難所2", "避難所3", "避難所5", "避難所6", "避難所8"]);
    expect(report.issues.find((i) => i.code === "older_version_sheet")).toMatchObject({ field: "AED一覧", value: "AED一覧 (2)" });
  });

  it("versions without dates: the first sheet is read, even with fewer rows, and the other is not called the older one", async () => {
    const { rows, report } = await runBytes(await book([["AED一覧", current], ["AED一覧 (2)", previous]]), "131156_aed.xlsx");
    expect(names(rows)).toEqual(["避難所1", "避難所2", "避難所3", "避難所5", "避難所6", "避難所8"]);
    expect(report.issues.filter((i) => /sheet/.test(i.code)).map((i) => [i.code, i.field, i.value, i.detail]))
      .toEqual([["undated_version_sheet", "AED一覧 (2)", "AED一覧", "5/7"]]);
    const said = report.issues.find((i) => i.code === "undated_version_sheet");
    expect(said?.message_ja).toContain("どちらが新しいかわからないため、前にあるシート「AED一覧」を読みました");
    expect(`${said?.message_ja}`).not.toMatch(/前の年度|古い版/);
  });
});

// the sheets were chosen by their first 50 lines: a sheet of 60 lines of notes before the list (its header on line 56)
// was read, and the list's rows lost with an info only
describe("a sheet whose header is past its first 50 lines", () => {
  const notes = (n: number) => Array.from({ length: n }, (_, i) => [`※注記${i + 1}：設置位置は変更されることがあります`]);

  it("is chosen over a sheet of as many lines of notes, its rows read, the header said as header_far_down", async () => {
    const bytes = await book([["Sheet1", notes(60)], ["Sheet2", [...notes(55), HEADER, row(1), row(2)]]]);
    const { report, rows } = await runBytes(bytes, "132110_aed.xlsx");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.valid])).toEqual([[1, "施設1", "東京都小平市小川町1-1", true], [2, "施設2", "東京都小平市小川町2-1", true]]);
    expect(report.header_row).toBe(56);
    expect(report.issues.filter((i) => ["other_sheets", "header_far_down", "header_not_found"].includes(i.code)).map((i) => [i.code, i.field, i.value]))
      .toEqual([["other_sheets", "Sheet2", "Sheet1"], ["header_far_down", null, HEADER.join(",")]]);
  });

  it("a sheet per area, each with its header that far down: both read", async () => {
    const bytes = await book([["注意事項", notes(60)], ["北部", [...notes(55), HEADER, row(1)]], ["南部", [...notes(55), HEADER, row(2)]]]);
    const { rows } = await runBytes(bytes, "132110_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.valid])).toEqual([["施設1", true], ["施設2", true]]);
  });
});
