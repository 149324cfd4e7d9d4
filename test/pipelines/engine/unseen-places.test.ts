// Shapes of AED, toilet, hydrant and evacuation lists seen in municipal files the engine had not read (places probe):
// each test writes the shape as such a file has it, with made-up names and values, and checks the records it makes.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("AED lists that head their columns in their own words", () => {
  it("reads the building and place in one column, the pediatric pads and the hours a ward's list heads otherwise", async () => {
    // 設置場所概要(建物名・設置位置) was unread: every row invalid for want of 設置位置; 小児対応機器設備の有無 and 使用可能日時
    // stayed in extra, the pads and the hours not published
    const text = "NO,名称,所在地,設置場所概要(建物名・設置位置),緯度,経度,小児対応機器設備の有無,使用可能日時\n"
      + "1,新宿区役所,東京都新宿区歌舞伎町1-4-1,本庁舎1階 正面玄関,35.6938,139.7035,有,平日8:30～17:00\n"
      + "2,区立第二中学校,東京都新宿区下落合2-1-1,体育館入口,35.7170,139.6990,無,24時間\n";
    const { rows, report } = await runBytes(text, "131041_aed.csv");
    expect(rows.map((r) => [r.valid, r.record.installation_position, r.record.pediatric_pads, r.record.available_days, r.record.start_time,
      r.record.end_time, r.extra])).toEqual([
      [true, "本庁舎1階 正面玄関", true, "月火水木金", "08:30", "17:00", {}],
      [true, "体育館入口", false, null, "00:00", "23:59", {}],
    ]);
    expect(tuples(report, "unknown_header", "missing_column")).toEqual([]);
  });

  it("reads the facility's name under AED設置施設名称 or 機関・施設名, and FIWARE's equipmentForChildren", async () => {
    // before: 名称 missing, every row invalid; equipmentForChildren (高松市's English headers) in extra
    const named = await runBytes("AED設置施設名称,住所,設置位置\nさいたま市役所,埼玉県さいたま市浦和区常盤6-4-4,本庁舎1階\n", "111007_aed.csv");
    expect([named.rows[0].valid, named.rows[0].record.name]).toEqual([true, "さいたま市役所"]);
    const kept = await runBytes("機関・施設名,所在地,設置場所\n川越市役所,埼玉県川越市元町1-3-1,本庁舎1階\n", "112011_aed.csv");
    expect([kept.rows[0].valid, kept.rows[0].record.name, kept.rows[0].record.installation_position]).toEqual([true, "川越市役所", "本庁舎1階"]);
    const english = await runBytes("name,address,installationPosition,equipmentForChildren\n東谷センター,香川県高松市香川町東谷873-3,入口,有\n",
      "372013_aed.csv");
    expect([english.rows[0].record.pediatric_pads, english.rows[0].extra]).toEqual([true, {}]);
  });
});

describe("a header misspelt by one character", () => {
  it("所在地_連結標記 (標記 for 表記, both ひょうき) is 所在地_連結表記, warned", async () => {
    // before: the bigram score of a seven-character header with one character changed (0.71) was under the fuzzy match's,
    // the address left in extra and every row invalid for want of 所在地_連結表記
    const { rows, report } = await runBytes("名称,所在地_連結標記,設置位置\n飯田市保健センター,長野県飯田市東中央通5-96,1階ホール\n", "204072_aed.csv");
    expect([rows[0].valid, rows[0].record.full_address, rows[0].extra]).toEqual([true, "長野県飯田市東中央通5-96", {}]);
    expect(tuples(report, "fuzzy_header", "unknown_header", "missing_column")).toEqual([[null, "所在地_連結標記", "fuzzy_header"]]);
  });
});

describe("a required column of words that says there is none", () => {
  it("設置位置 なし / 無し / 該当なし and 名称 なし are no value, the row invalid as with -; 休館日 なし (not required) stays", async () => {
    // before: `なし` was published as the AED's place in the building (and as a name), every such row valid
    const { rows, report } = await runBytes(["名称,所在地_連結表記,設置位置,備考",
      "飯田市保健センター,長野県飯田市東中央通5-96,なし,", "南信濃センター,長野県飯田市南信濃1-1,該当なし,", "なし,長野県飯田市追手町2-678,1階,",
      "上郷センター,長野県飯田市上郷1-1,-,", "鼎センター,長野県飯田市鼎1-1,1階ロビー,なし"].join("\n"), "204072_aed.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.installation_position, r.record.remarks])).toEqual([
      [false, "飯田市保健センター", null, null], [false, "南信濃センター", null, null], [false, null, "1階", null],
      [false, "上郷センター", null, null], [true, "鼎センター", "1階ロビー", "なし"],
    ]);
    expect(tuples(report, "required_not_given", "missing_required", "placeholder_value")).toEqual([
      [1, "installation_position", "required_not_given"], [2, "installation_position", "required_not_given"], [3, "name", "required_not_given"],
      [4, "installation_position", "placeholder_value"], [4, "installation_position", "missing_required"],
    ]);
    expect(report.issues.find((i) => i.code === "required_not_given")?.value).toBe("なし");
  });
});

describe("an evacuation list with English headers (LinkData tables, 高松市)", () => {
  it("reads its hazards, flood over two scales, capacity, height and communities; △ kept in 備考 as before", async () => {
    // before: every hazard column, capacity and residentsAssociation unread, each hazard null (not known) on every row
    const text = "#property,latitude,longitude,name,address,telephoneNumber,flood_L1,flood_L2,inundation,sedimentDisaster,stormSurge,tunami,fire,earthquake,elevation,capacity,residentsAssociation\n"
      + "1,34.3475,134.0300,日新小学校,香川県高松市瀬戸内町18-2,087-839-2611,○,△,○,○,△,×,○,○,1.7,238,日新地区コミュニティ協議会\n"
      + "2,34.3470,134.0996,屋島小学校,香川県高松市屋島西町1205-1,087-841-1538,×,×,×,×,○,○,×,○,16.4,405,屋島地区コミュニティ協議会\n"
      + "3,34.4044,134.1057,庵治第二小学校,香川県高松市庵治町6034-1,087-871-5110,-,-,-,-,-,-,-,-,2.7,182,庵治地区コミュニティ協議会\n";
    const { rows, report } = await runBytes(text, "372013_evacuation_space.csv");
    const hazards = ["hazard_flood", "hazard_inland_flood", "hazard_landslide", "hazard_storm_surge", "hazard_tsunami", "hazard_large_fire", "hazard_earthquake"];
    expect(rows.map((r) => [...hazards.map((h) => r.record[h]), r.record.elevation_m, r.record.max_capacity, r.record.target_communities, r.record.remarks]))
      .toEqual([
        [true, true, true, null, false, true, true, 1.7, "238", ["日新地区コミュニティ協議会"], "災害種別_高潮：△"],
        [false, false, false, true, true, false, true, 16.4, "405", ["屋島地区コミュニティ協議会"], null],
        [false, false, false, false, false, false, false, 2.7, "182", ["庵治地区コミュニティ協議会"], null],
      ]);
    expect(tuples(report, "unknown_header", "fuzzy_header", "flag_columns_joined")).toEqual([
      [null, "#property", "unknown_header"], [null, "hazard_flood", "flag_columns_joined"],
    ]);
  });
});

describe("an AED list whose columns are its 設置場所's (設置場所_住所)", () => {
  it("reads 設置場所_住所 / _電話番号 as the place's address and phone, also when too few columns share the prefix to strip it", async () => {
    // before: 設置場所_住所 and 設置場所_電話番号 unread (extra), every row invalid for want of 所在地_連結表記 (two of seven
    // columns with the prefix is no prefix of the header row's)
    const { rows, report } = await runBytes("No,AED設置施設名称,設置場所_住所,設置場所_電話番号,設置位置,緯度,経度\n"
      + "1,さいたま市役所,〒330-9588 埼玉県さいたま市浦和区常盤6-4-4,048-829-1111,本庁舎1階,35.8617,139.6455\n", "111007_aed.csv");
    expect([rows[0].valid, rows[0].record.name, rows[0].record.full_address, rows[0].record.phone_number, rows[0].record.postal_code, rows[0].extra])
      .toEqual([true, "さいたま市役所", "埼玉県さいたま市浦和区常盤6-4-4", "048-829-1111", "3309588", {}]);
    expect(tuples(report, "unknown_header", "missing_column")).toEqual([]);
  });
});

describe("an AED list's 外部利用不可 (staff only)", () => {
  it("a yes writes 外部利用不可 in 備考, a no nothing, said once; 設置台数 is labelled as before", async () => {
    // before: unread, in extra only: an AED only its building's staff may use was published as any other; as a labelled
    // column a no would have read `外部利用不可：0`, which says the restriction
    const { rows, report } = await runBytes(["名称,住所,設置位置,外部利用不可,設置台数,備考",
      "テスト商事本社,東京都新宿区西新宿1-1,1階受付,○,1,", "区民センター,東京都新宿区西新宿1-2,1階,0,2,夜間は施錠", "区立体育館,東京都新宿区西新宿1-3,入口,1,,",
      "区立図書館,東京都新宿区西新宿1-4,入口,,,", "区立会館,東京都新宿区西新宿1-5,入口,×,,"].join("\n"), "131041_aed.csv");
    expect(rows.map((r) => [r.valid, r.record.remarks])).toEqual([
      [true, "外部利用不可 / 設置台数：1"], [true, "夜間は施錠 / 設置台数：2"], [true, "外部利用不可"], [true, null], [true, null],
    ]);
    expect(tuples(report, "column_labelled_flag", "column_labelled", "unknown_header")).toEqual([
      [null, "remarks", "column_labelled_flag"], [null, "remarks", "column_labelled"],
    ]);
    expect(report.issues.find((i) => i.code === "column_labelled_flag")?.message_ja).toBe("標準に列「外部利用不可」はないため、この列が「○」「1」「有」などの行は「備考」に「外部利用不可」と書き入れ、「×」「0」「無」などの行には何も入れませんでした（「備考」の列があればその後に。元の列は extra に残しています）。それ以外の値は「外部利用不可：…」として入れています。");
  });
});
