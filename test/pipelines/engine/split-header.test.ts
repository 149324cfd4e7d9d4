// split-header.ts: a header written over two rows (大項目 over 小項目) is joined into one, and only then.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { matchHeader } from "../../../pipelines/header-match.ts";
import { findSplitHeader, joinRows } from "../../../pipelines/split-header.ts";
import { DATASETS, getDataset } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

const evacuation = [getDataset("evacuation_space")!];

describe("joinRows", () => {
  it("names each column by the pair when the standard has that name, else by its lower cell, else its upper one", () => {
    const { cells, joined } = joinRows(
      ["名称", "所在地", "", "", "災害種別", "", "連絡先", "標高", "備考"],
      ["", "住所", "緯度", "経度", "洪水", "地震", "メールアドレス", "(m)", ""], DATASETS);
    expect(cells).toEqual(["名称", "住所", "緯度", "経度", "災害種別_洪水", "災害種別_地震", "連絡先_メールアドレス", "標高_(m)", "備考"]);
    expect(cells.map((c) => matchHeader(c, evacuation[0])?.key ?? null)).toEqual(["name", "full_address", "latitude", "longitude",
      "hazard_flood", "hazard_earthquake", "contact_email", "elevation_m", "remarks"]);
    expect(joined).toContain("災害種別 + 洪水 → 災害種別_洪水");
    // a column no dataset has keeps both parts of its name, for its key in `extra`
    expect(joinRows(["連絡先", ""], ["電話番号", "携帯"], evacuation).cells.map((c) => [c, matchHeader(c, evacuation[0])?.key ?? null]))
      .toEqual([["連絡先_電話番号", "phone_number"], ["連絡先_携帯", null]]);
  });

  it("a sub-name repeated under groups (男/女/計) is the whole group's (合計), never a part's (日本人) nor a later band's", () => {
    const population = [getDataset("population")!];
    expect(joinRows(["町丁名", "日本人", "", "", "外国人", "", "", "合計", "", ""], ["", "男", "女", "計", "男", "女", "計", "男", "女", "計"], population).cells)
      .toEqual(["町丁名", "日本人_男", "日本人_女", "日本人_計", "外国人_男", "外国人_女", "外国人_計", "男", "女", "計"]);
    // parts only: no column is the area's 男性
    expect(joinRows(["町丁名", "日本人", "", "外国人", ""], ["", "男", "女", "男", "女"], population).cells)
      .toEqual(["町丁名", "日本人_男", "日本人_女", "外国人_男", "外国人_女"]);
    // 前月 | 当月: 当月 dates the table's own figures, as an as-of note does, and its 男 is the area's 男性; 前月's are
    // last month's (before: neither was, the join mapped less than the lower row alone, and that row's first 男, the
    // last month's, was published); 住民合計 is a whole
    expect(joinRows(["町丁名", "前月", "", "当月", ""], ["", "男", "女", "男", "女"], population).cells)
      .toEqual(["町丁名", "前月_男", "前月_女", "男", "女"]);
    expect(joinRows(["町丁名", "日本人住民", "", "住民合計", ""], ["", "男", "女", "男", "女"], population).cells)
      .toEqual(["町丁名", "日本人住民_男", "日本人住民_女", "男", "女"]);
    // bands only: 0～4歳 names its own columns, and 85～89歳 (past the standard's) does not become 男性
    expect(joinRows(["地域名", "0～4歳", "", "85～89歳", ""], ["", "男", "女", "男", "女"], population).cells)
      .toEqual(["地域名", "0～4歳_男", "0～4歳_女", "85～89歳_男", "85～89歳_女"]);
  });

  it("a start/end pair under one name (開所時間 over 開始, 終了) maps to the start and end columns; a group's 計 takes the group's name", () => {
    const preschool = [getDataset("preschool")!];
    expect(joinRows(["名称", "開所時間", "", "定員", "", "", ""], ["", "開始", "終了", "0歳", "1歳", "計", ""], preschool).cells)
      .toEqual(["名称", "開始時間", "終了時間", "定員_0歳", "定員_1歳", "定員_計", ""]);
    // the group's 計, joined, is itself a name of the capacity (定員計)
    expect(matchHeader("定員_計", preschool[0])?.key).toBe("capacity");
    // a name that maps nowhere itself (時間), or a period's (申込期間, 開催期間: the start's alias), over 開始, 終了: the
    // pair's standard names
    const event = [getDataset("event")!];
    expect(joinRows(["イベント名", "時間", "", "申込期間", "", "開催期間", ""], ["", "開始", "終了", "開始", "終了", "開始", "終了"], event).cells)
      .toEqual(["イベント名", "開始時間", "終了時間", "申込開始日", "参加申込終了日", "開始日", "終了日"]);
    // 診療時間 over 午前, 午後: the day opens in the morning's cell and closes in the afternoon's
    expect(joinRows(["医療機関の名称", "診療時間", ""], ["", "午前", "午後"], [getDataset("hospital")!]).cells).toEqual(["医療機関の名称", "診療開始時間", "診療終了時間"]);
    // parts with no 計: none of them is the capacity
    expect(joinRows(["名称", "定員", "", ""], ["", "0歳", "1歳", "2歳"], preschool).cells).toEqual(["名称", "定員_0歳", "定員_1歳", "定員_2歳"]);
    const found = findSplitHeader([["名称", "種別", "所在地", "開所時間", "", "定員"], ["", "", "", "開始", "終了", ""],
      ["小平保育園", "認可公立保育所", "東京都小平市小川町二丁目1333番地", "7:00", "19:00", "120"]], preschool);
    expect(found?.cells).toEqual(["名称", "種別", "所在地", "開始時間", "終了時間", "定員"]);
  });

  it("a merged upper cell spreads right only over the columns the lower row names: a gap in both ends it", () => {
    expect(joinRows(["災害種別", "", "", ""], ["洪水", "", "地震"], evacuation).cells).toEqual(["災害種別_洪水", "", "地震", ""]);
  });
});

describe("findSplitHeader (sub-headers)", () => {
  it("joins a lower row that fills only the upper row's merged cells, even when the join maps no more columns", async () => {
    const preschool = [getDataset("preschool")!];
    const found = findSplitHeader([["名称", "種別", "所在地", "電話番号", "定員", "", "", "開所時間", ""],
      ["", "", "", "", "0歳", "1歳", "2歳", "開始", "終了"],
      ["西新宿保育園", "認可公立保育所", "東京都新宿区西新宿4-1-1", "03-3333-1111", "6", "12", "15", "7:15", "18:15"]], preschool);
    expect(found?.cells).toEqual(["名称", "種別", "所在地", "電話番号", "定員_0歳", "定員_1歳", "定員_2歳", "開始時間", "終了時間"]);
    const file = await runBytes("名称,種別,所在地,定員,,,開所時間,\n,,,0歳,1歳,2歳,開始,終了\n西新宿保育園,認可公立保育所,東京都新宿区西新宿4-1-1,6,12,15,7:15,18:15\n", "131041_preschool.csv");
    expect(file.rows.map((r) => [r.record.name, r.record.capacity, r.record.start_time, r.record.end_time])).toEqual([["西新宿保育園", null, "07:15", "18:15"]]);
    // a data row under a one-row header fills the standalone columns: no sub-header
    expect(findSplitHeader([["名称", "種別", "所在地", "電話番号"], ["西新宿保育園", "認可公立保育所", "東京都新宿区西新宿4-1-1", "03-3333-1111"]], preschool)).toBeNull();
  });

  it("a hospital's 医療機関 | 開設者 over 名称 | カナ: the institution's name and reading, the 開設者 the 法人の名称 (its reading in extra)", async () => {
    const file = await runBytes("医療機関,,開設者,,種別,所在地,診療日\n名称,カナ,名称,カナ,,,\n"
      + "豊島中央病院,トシマチュウオウビョウイン,医療法人社団豊島会,イリョウホウジンシャダントシマカイ,病院,東京都豊島区東池袋1-1-1,月～金\n", "131164_hospital.csv");
    expect(file.rows.map((r) => [r.record.name, r.record.name_kana, r.record.organization_name, r.record.available_days, r.extra])).toEqual([
      ["豊島中央病院", "トシマチュウオウビョウイン", "医療法人社団豊島会", "月火水木金", { "開設者_カナ": "イリョウホウジンシャダントシマカイ" }]]);
  });

  it("a toilet's 設備 over 車いす | ベビーベッド | オストメイト gives each flag, 車いす too", async () => {
    const file = await runBytes("名称,設置位置,住所,設備,,\n,,,車いす,ベビーベッド,オストメイト\nA公衆トイレ,公園内,東京都台東区上野公園1-1,○,○,\n", "131067_public_toilet.csv");
    expect(file.report.header.map((h) => h.field)).toEqual(["name", "installation_position", "full_address", "wheelchair_toilet", "baby_care_toilet", "ostomate_toilet"]);
    expect(file.rows.map((r) => [r.record.wheelchair_toilet, r.record.baby_care_toilet])).toEqual([[true, true]]);
  });

  it("a CSV's 定員 over its age classes (the merged cell saved as blanks) is a header: the classes give 定員 as the upper row's 定員 did, and the sum is published, not the 0歳 class", async () => {
    for (const [classes, total] of [["0歳,1・2歳,3～5歳", 43], ["0歳,1～2歳,3～5歳", 43], ["0、1歳,2歳,3～5歳", 43]] as const) {
      const csv = `ID,名称,種別,所在地_連結表記,定員,,\n,,,,${classes}\n1,新宿保育園,認可保育所,東京都新宿区新宿1-1-1,3,10,30\n`;
      const { report, rows } = await runBytes(csv, "131041_preschool.csv");
      expect(report.header_row).toBe(2);
      expect(rows.map((r) => [r.row, r.valid, r.record.name, r.record.capacity])).toEqual([[1, true, "新宿保育園", total]]);
    }
    // classes that skip an age (1・3歳) add up to no capacity: still a header, the classes kept in extra, never the 0歳
    // class published as the capacity
    const gap = "ID,名称,種別,所在地_連結表記,定員,,,\n,,,,0歳,1・3歳,2歳,4・5歳\n1,新宿保育園,認可保育所,東京都新宿区新宿1-1-1,3,10,5,20\n";
    const { rows } = await runBytes(gap, "131041_preschool.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.capacity, r.extra])).toEqual([[1, true, null, { 定員_0歳: "3", "定員_1・3歳": "10", 定員_2歳: "5", "定員_4・5歳": "20" }]]);
  });
});

describe("findSplitHeader (hours by kind of day)", () => {
  it("開館時間 over 平日, 土日祝: a sub-header, the weekday's hours are the group's, the others stay beside them with their day", async () => {
    const facility = [getDataset("public_facility")!];
    expect(joinRows(["名称", "開館時間", "", ""], ["", "平日", "土日祝", ""], facility).cells).toEqual(["名称", "開館時間", "開館時間_土日祝", ""]);
    expect(joinRows(["名称", "開館時間", "", ""], ["", "月～金", "土曜日", "日曜・祝日"], facility).cells).toEqual(["名称", "開館時間", "開館時間_土曜日", "開館時間_日曜・祝日"]);
    // parts that are no kinds of day take no group name
    expect(joinRows(["名称", "開館時間", ""], ["", "本館", "分館"], facility).cells).toEqual(["名称", "開館時間_本館", "開館時間_分館"]);
    const csv = "名称,所在地,電話番号,開館時間,,休館日\n,,,平日,土日祝,\n新宿区立中央図書館,東京都新宿区大久保3-1-1,03-3364-1421,9:00～20:00,9:00～19:00,第2木曜日\n";
    const { report, rows } = await runBytes(csv, "131041_public_facility.csv");
    expect(report.rows).toBe(1);
    expect(rows.map((r) => [r.record.name, r.record.start_time, r.record.end_time, r.extra["開館時間_土日祝"]])).toEqual([["新宿区立中央図書館", "09:00", "20:00", "9:00～19:00"]]);
    // a row of a name and times only is data, not a legend (9:00～20:00 is no 「1：あり」)
    const sparse = await runBytes("名称,開館時間,,電話番号,\n,平日,土日祝,代表,FAX\n中央図書館,9:00～20:00,9:00～19:00,,\n", "131041_public_facility.csv");
    expect(sparse.rows.map((r) => r.record.name)).toEqual(["中央図書館"]);
  });
});

describe("findSplitHeader (an address and a phone split under one name)", () => {
  it("所在地 over 町名 | 番地 and 電話番号 over 代表 | FAX: a sub-header; the address is joined in the publisher's municipality, 代表 is the phone", async () => {
    const csv = "番号,名称,所在地,,電話番号,\n,,町名,番地,代表,FAX\n1,武蔵野市役所,緑町二丁目,2-28,0422-51-5131,0422-51-9186\n";
    const { report, rows } = await runBytes(csv, "132039_public_facility.csv");
    expect(report.rows).toBe(1);
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.phone_number, r.extra])).toEqual([
      ["武蔵野市役所", "東京都武蔵野市緑町二丁目2-28", "0422-51-5131", { 電話番号_FAX: "0422-51-9186" }]]);
  });
});

describe("findSplitHeader (a data row is no lower header)", () => {
  it("a first data row with a cell that names a column (情報 `男女兼用`) beside a coordinate or a phone number stays data", () => {
    const toilets = [getDataset("public_toilet")!];
    expect(findSplitHeader([["大分類", "小分類", "名称", "所在地", "電話番号", "情報", "X座標", "Y座標"],
      ["公衆・公園トイレ", "公衆・公園トイレ", "上野公園大黒天横公衆トイレ", "台東区上野公園１０－１７前", "０３－５２４６－１３１６", "男女兼用", "139.7699202", "35.71943546"]],
    toilets)).toBeNull();
  });

  it("a first data row of counts (阿佐谷北一丁目,男,333,10 …) stays data, even when its 男 names a column beside the header's", () => {
    const population = [getDataset("population")!];
    const header = ["地区", "性別", "総数", "0～4歳", "5～9歳", "10～14歳", "85歳以上"];
    expect(findSplitHeader([header, ["阿佐谷北一丁目", "男", "333", "10", "11", "1,234", "27"], ["阿佐谷北一丁目", "女", "369", "12", "13", "14", "29"]],
      population)).toBeNull();
    // a dash for none is no number, but the row is still mostly numbers
    expect(findSplitHeader([header, ["阿佐谷北二丁目", "男", "333", "-", "11", "12", "27"]], population)).toBeNull();
  });
});

describe("findSplitHeader (population)", () => {
  it("a table of last month's figures beside this month's (前月末 | 当月末 over 世帯数 | 男 | 女 | 計 each) gives this month's; before, the lower row alone was the header and last month's were published", async () => {
    for (const area of ["", "町丁名"]) {
      const text = `町丁名,前月末,,,,当月末,,,\n${area},世帯数,男,女,計,世帯数,男,女,計\n本町一丁目,498,470,520,990,500,480,520,1000\n`;
      const { rows } = await runBytes(text, "131130_population_20240101.csv");
      expect(rows.map((r) => [r.record.area_name, r.record.households, r.record.male, r.record.female, r.record.total, r.extra["前月末_計"]]))
        .toEqual([["本町一丁目", 500, 480, 520, 1000, "990"]]);
    }
  });

  it("blocks dated apart (令和5年1月1日現在 | 令和6年1月1日現在 over 男 | 女 | 計 each) give the latest block and date, in either order; before, the older block and date were published, the newer kept in extra", async () => {
    const older = ["100", "110", "210"];
    const newer = ["105", "115", "220"];
    const orders: Array<[string, string, string[]]> = [["令和5年1月1日現在", "令和6年1月1日現在", [...older, ...newer]], ["2024年1月1日現在", "2023年1月1日現在", [...newer, ...older]]];
    for (const [first, second, cells] of orders) {
      const text = `,${first},,,${second},,\n地域名,男,女,計,男,女,計\n本町一丁目,${cells.join(",")}\n`;
      const { rows, report } = await runBytes(text, "131130_population.csv");
      const olderName = first.startsWith("令和5") ? first : second;
      expect(rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.male, r.record.female, r.record.total, r.extra[`計（${olderName}）`]]))
        .toEqual([["本町一丁目", "2024-01-01", 105, 115, 220, "210"]]);
      expect(report.issues.some((i) => i.code === "duplicate_header")).toBe(false);
    }
  });

  it("blocks dated by a year or a date alone (令和5年 | 令和6年, R5.1.1 | R6.1.1 over 男 | 女 | 計 each) give the latest block, the area read; before, the area was lost (column_1) and the older block published", async () => {
    for (const [older, newer] of [["令和5年", "令和6年"], ["R5.1.1", "R6.1.1"], ["2023年1月1日", "2024年1月1日"]]) {
      const text = `地域名,${older},,,${newer},,\n,男,女,計,男,女,計\n本町一丁目,100,110,210,105,115,220\n`;
      const { rows, report } = await runBytes(text, "131130_population_20240101.csv");
      expect(rows.map((r) => [r.record.area_name, r.record.male, r.record.female, r.record.total, r.extra[`計（${older}）`]]))
        .toEqual([["本町一丁目", 105, 115, 220, "210"]]);
      expect(report.issues.filter((i) => i.code === "qualified_header").map((i) => i.field)).toEqual([`男（${older}）`, `女（${older}）`, `計（${older}）`]);
    }
  });

  it("prefers the joined rows on a tie when the lower row alone repeats its names (男/女/計 under each group)", () => {
    const found = findSplitHeader([["町丁名", "日本人", "", "", "外国人", "", "", "総数", "", "", "世帯数"],
      ["町丁名", "男", "女", "計", "男", "女", "計", "男", "女", "計", "世帯数"],
      ["池尻一丁目", "1800", "1900", "3700", "50", "60", "110", "1850", "1960", "3810", "2100"]], [getDataset("population")!]);
    expect(found?.cells).toEqual(["町丁名", "日本人_男", "日本人_女", "日本人_計", "外国人_男", "外国人_女", "外国人_計", "男", "女", "計", "世帯数"]);
  });

  it("joins the rows with no whole group too (日本人 | 外国人 over 男 | 女 | 計), though the lower row alone maps more", async () => {
    const { rows, report } = await runBytes("町丁名,世帯数,日本人,,,外国人,,\n,,男,女,計,男,女,計\n本町一丁目,500,440,470,910,10,10,20\n", "131130_population.csv");
    // before: the lower row alone was the header, 町丁名 and 世帯数 blank (area missing) and the Japanese men read as 男性 (440);
    // both nationalities are every resident: 男性 = 日本人_男 + 外国人_男
    expect(rows.map((r) => [r.record.area_name, r.record.households, r.record.male, r.record.total, r.extra])).toEqual([["本町一丁目", 500, 450, 930,
      { 日本人_男: "440", 日本人_女: "470", 日本人_計: "910", 外国人_男: "10", 外国人_女: "10", 外国人_計: "20" }]]);
    expect(tuples(report, "blank_header", "duplicate_header")).toEqual([]);
    expect(report.issues.filter((i) => i.code === "columns_summed").map((i) => [i.field, i.value])).toEqual([
      ["male", "日本人_男 + 外国人_男"], ["female", "日本人_女 + 外国人_女"], ["total", "日本人_計 + 外国人_計"]]);
  });
});

describe("findSplitHeader", () => {
  const header = ["名称", "住所", "緯度", "経度", "電話番号"];
  const data = ["新宿中央公園", "東京都新宿区西新宿2-11", "35.6895", "139.6917", "03-3342-4509"];

  it("finds the two rows that map more together than any row alone", () => {
    const found = findSplitHeader([["指定緊急避難場所一覧"], ["名称", "所在地", "", "", "災害種別", "", "電話番号"],
      ["", "住所", "緯度", "経度", "洪水", "地震", ""], data], evacuation);
    expect(found?.upper).toBe(1);
    expect(found?.cells).toEqual(["名称", "住所", "緯度", "経度", "災害種別_洪水", "災害種別_地震", "電話番号"]);
  });

  it("leaves an ordinary header alone: under a title, over data, or over a row of English names", () => {
    expect(findSplitHeader([header, data, data], evacuation)).toBeNull();
    expect(findSplitHeader([["指定緊急避難場所一覧", "", "", "", ""], header, data], evacuation)).toBeNull();
    expect(findSplitHeader([header, ["name", "address", "latitude", "longitude", "tel"], data], DATASETS)).toBeNull();
    expect(findSplitHeader([data, data], DATASETS)).toBeNull();
  });
});

describe("a header over two rows, end to end", () => {
  const CSV = "名称,所在地,,,災害種別,,,電話番号,備考\n,住所,緯度,経度,洪水,地震,津波,,\n"
    + "新宿中央公園,東京都新宿区西新宿2-11,35.6895,139.6917,1,1,,03-3342-4509,\n"
    + "戸山公園,東京都新宿区戸山2,35.7031,139.7114,,1,,03-3200-1027,芝生広場\n";

  it("a CSV: detected, mapped, every data row read; rows are counted from the lower header row", async () => {
    const { report, rows } = await runBytes(CSV, "hinan.csv");
    expect(report.dataset).toBe("evacuation_space");
    expect(report.header.map((h) => [h.source, h.field])).toEqual([
      ["名称", "name"], ["住所", "full_address"], ["緯度", "latitude"], ["経度", "longitude"], ["災害種別_洪水", "hazard_flood"],
      ["災害種別_地震", "hazard_earthquake"], ["災害種別_津波", "hazard_tsunami"], ["電話番号", "phone_number"], ["備考", "remarks"],
    ]);
    expect(rows.map((r) => [r.row, r.record.name, r.record.latitude, r.record.hazard_flood, r.record.hazard_earthquake, r.record.remarks]))
      .toEqual([[1, "新宿中央公園", 35.6895, true, true, null], [2, "戸山公園", 35.7031, false, true, "芝生広場"]]);
    expect(report.header_row).toBe(2);
    expect(report.issues.some((i) => i.code === "rows_above_header")).toBe(false);
    expect(report.issues.find((i) => i.code === "split_header_joined")).toMatchObject({ severity: "info", row: null });
    expect(report.issues.find((i) => i.code === "split_header_joined")?.value).toContain("災害種別 + 洪水 → 災害種別_洪水");
  });

  it("each dataset joins by its own names: 連絡先 over 電話番号 is an evacuation site's 電話番号 (as 連絡先電話番号 is; tourism's is its own 連絡先電話番号)", async () => {
    const text = "名称,所在地,,,連絡先,,災害種別,\n,住所,緯度,経度,電話番号,FAX,洪水,地震\n"
      + "新宿小学校,東京都新宿区西新宿1-1-1,35.6895,139.6917,03-3209-1111,03-3209-2222,1,1\n";
    const { report, rows } = await runBytes(text, "hinan.csv");
    expect(report.dataset).toBe("evacuation_space");
    expect(report.header.map((h) => [h.source, h.field]).slice(4, 6)).toEqual([["連絡先_電話番号", "phone_number"], ["連絡先_FAX", null]]);
    expect([rows[0].record.phone_number, rows[0].extra]).toEqual(["03-3209-1111", { 連絡先_FAX: "03-3209-2222" }]);
  });

  it("a workbook with the upper cells merged across and 名称 merged down", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("避難場所");
    ws.addRow(["名称", "所在地", "", "", "災害種別", "", "", "電話番号"]);
    ws.addRow(["", "住所", "緯度", "経度", "洪水", "地震", "津波", ""]);
    ws.addRow(["新宿中央公園", "東京都新宿区西新宿2-11", 35.6895, 139.6917, 1, 1, null, "03-3342-4509"]);
    ws.mergeCells("A1:A2");
    ws.mergeCells("B1:D1");
    ws.mergeCells("E1:G1");
    ws.mergeCells("H1:H2");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
    const { report, rows } = await runBytes(bytes, "131041_evacuation_space.xlsx");
    expect(report.header.map((h) => h.field)).toEqual(["name", "full_address", "latitude", "longitude", "hazard_flood", "hazard_earthquake",
      "hazard_tsunami", "phone_number"]);
    expect(rows.map((r) => [r.record.name, r.record.longitude, r.record.hazard_tsunami, r.record.phone_number]))
      .toEqual([["新宿中央公園", 139.6917, false, "03-3342-4509"]]);
    // merged header cells are how the header is made, not something to undo in the data
    expect(report.issues.some((i) => i.code === "merged_cells_filled")).toBe(false);
  });

  it("an upper row whose merges already fill the header below is named as the header's groups, not as a title", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["新宿区AED設置場所一覧"]);
    ws.addRow(["名称", "所在地", "", "設置位置"]);
    ws.addRow(["名称", "所在地_連結表記", "緯度", "設置位置"]);
    ws.addRow(["新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384, "1階"]);
    ws.mergeCells("A2:A3");
    ws.mergeCells("D2:D3");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.row, r.record.name, r.record.installation_position])).toEqual([[1, "新宿区役所", "1階"]]);
    expect(report.issues.filter((i) => i.row === null && i.code !== "missing_column" && i.code !== "column_filled").map((i) => [i.code, i.value])).toEqual([
      ["rows_above_header", "新宿区AED設置場所一覧"], ["header_groups_row", "名称,所在地,設置位置"],
    ]);
  });
});

describe("a header over two rows with cells merged down over both (a workbook gives their name to both rows)", () => {
  const preschool = [getDataset("preschool")!];
  const AGES = ["0歳", "1歳", "2歳", "3歳", "4歳", "5歳", "計"];

  /** 施設名 | 所在地 | 電話番号 merged down A1:A2 … C1:C2, 定員 merged across D1:J1 over the ages. */
  async function capacityWorkbook(extraRows: unknown[][] = []): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("一覧");
    ws.addRow(["施設名", "所在地", "電話番号", "定員"]);
    ws.addRow(["", "", "", ...AGES]);
    ws.addRow(["東大和保育園", "東大和市中央一丁目1番1号", "042-563-0001", 6, 10, 12, 15, 15, 15, 73]);
    for (const row of extraRows) ws.addRow(row);
    for (const c of ["A", "B", "C"]) ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells("D1:J1");
    return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
  }

  it("a lower row that repeats the upper row's names where they were merged down, and names a group's parts elsewhere, is the header's second row", () => {
    const found = findSplitHeader([["施設名", "所在地", "電話番号", "定員"], ["施設名", "所在地", "電話番号", ...AGES],
      ["東大和保育園", "東大和市中央一丁目1番1号", "042-563-0001", "6", "10", "12", "15", "15", "15", "73"]], preschool);
    expect(found?.upper).toBe(0);
    expect(found?.cells).toEqual(["施設名", "所在地", "電話番号", "定員_0歳", "定員_1歳", "定員_2歳", "定員_3歳", "定員_4歳", "定員_5歳", "定員_計"]);
  });

  it("the same header again, with no new name, is no second row of it", () => {
    const header = ["施設名", "所在地", "電話番号", "定員"];
    expect(findSplitHeader([header, header, ["東大和保育園", "東大和市中央一丁目1番1号", "042-563-0001", "73"]], preschool)).toBeNull();
  });

  it("a workbook: the capacity is the 定員 group's 計, read as from the CSV with blank cells under 施設名", async () => {
    const csv = "施設名,所在地,電話番号,定員,,,,,,\n,,,0歳,1歳,2歳,3歳,4歳,5歳,計\n東大和保育園,東大和市中央一丁目1番1号,042-563-0001,6,10,12,15,15,15,73\n";
    const fromCsv = await runBytes(csv, "132209_preschool.csv");
    const fromXlsx = await runBytes(await capacityWorkbook(), "132209_preschool.xlsx");
    expect(fromXlsx.rows.map((r) => [r.row, r.valid, r.record.name, r.record.capacity, r.record.phone_number])).toEqual([[1, true, "東大和保育園", 73, "042-563-0001"]]);
    expect(fromXlsx.rows.map((r) => [r.record, r.extra])).toEqual(fromCsv.rows.map((r) => [r.record, r.extra]));
    expect(fromXlsx.report.header.map((h) => h.source)).toEqual(fromCsv.report.header.map((h) => h.source));
    expect(fromXlsx.report.header_row).toBe(2);
    // neither the lower header row taken for a repeated header, nor the ages taken for cells past a 4-column header
    expect(tuples(fromXlsx.report, "repeated_header_row", "too_many_fields", "cells_past_header")).toEqual([]);
    expect(fromXlsx.report.issues.find((i) => i.code === "split_header_joined")?.value).toContain("定員 + 計 → 定員");
  });

  it("a column named in the upper row only (メモ over a blank cell, not merged) keeps its name, as in the CSV; a title over a blank is no such name", () => {
    const careService = [getDataset("care_service")!];
    const upper = ["番号", "事業所", "", "実施サービス", "所在地", "", "事業所番号", "メモ"];
    const found = findSplitHeader([upper, ["番号", "名称", "カナ", "実施サービス", "郵便番号", "住所", "事業所番号", ""],
      ["1", "府中ケア", "フチュウケア", "訪問介護", "183-0055", "府中市府中町二丁目25番地", "1372600011", "担当A"]], careService);
    expect(found?.upper).toBe(0);
    expect(found?.cells).toEqual(["番号", "事業所_名称", "事業所_カナ", "実施サービス", "郵便番号", "住所", "事業所番号", "メモ"]);
    // a title above the header names no column of it
    expect(findSplitHeader([["", "", "", "", "", "", "", "府中市 介護サービス事業所一覧"], ["番号", "名称", "カナ", "実施サービス", "郵便番号", "住所", "事業所番号", ""],
      ["1", "府中ケア", "フチュウケア", "訪問介護", "183-0055", "府中市府中町二丁目25番地", "1372600011", ""]], careService)).toBeNull();
  });

  it("a note in the upper row (※…現在, 注, 単位：) names no column: not for the tie of a column named above only, nor in the joined names", () => {
    const careService = [getDataset("care_service")!];
    const lower = ["ID", "名称", "カナ", "実施サービス", "所在地_連結表記", ""];
    const data = ["1", "ケアセンター新宿", "ケアセンターシンジュク", "訪問介護", "東京都新宿区新宿1-1-1", ""];
    for (const note of ["※令和6年4月1日現在", "令和6年4月1日現在", "注1：休止中を含む", "（単位：人）", "出典：新宿区"]) {
      // a workbook's lower row repeats the names merged down: only the join would tell a column named above only
      // 事業所 over 名称 | カナ is a header over two rows (事業所_カナ is the reading); the note names no column of it
      expect(findSplitHeader([["ID", "事業所", "事業所", "実施サービス", "所在地_連結表記", note], lower, data], careService)?.cells)
        .toEqual(["ID", "事業所_名称", "事業所_カナ", "実施サービス", "所在地_連結表記", ""]);
      expect(joinRows(["名称", "所在地", "", note], ["", "住所", "緯度", ""], DATASETS).cells).toEqual(["名称", "住所", "緯度", ""]);
    }
    // a name over a blank still counts
    expect(findSplitHeader([["ID", "事業所", "事業所", "実施サービス", "所在地_連結表記", "メモ"], lower, data], careService)?.cells)
      .toEqual(["ID", "事業所_名称", "事業所_カナ", "実施サービス", "所在地_連結表記", "メモ"].map((c) => (c === "事業所_カナ" ? expect.any(String) : c)));
  });

  it("a workbook: a note merged over two columns ends the group on its left; an upper row that joins nothing is said as the header's groups", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("施設一覧");
    ws.addRow(["ID", "名称", "所在地_連結表記", "緯度", "経度", "出典：新宿区", ""]);
    ws.addRow(["", "", "", "", "", "電話番号", "FAX番号"]);
    ws.addRow([1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.6938, 139.7035, "03-3209-1111", "03-3209-9999"]);
    for (const c of ["A", "B", "C", "D", "E"]) ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells("F1:G1");
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_public_facility.xlsx");
    expect(report.header.map((h) => h.source)).toEqual(["ID", "名称", "所在地_連結表記", "緯度", "経度", "電話番号", "FAX番号"]);
    expect(rows[0].record).toMatchObject({ name: "新宿区役所", longitude: 139.7035, phone_number: "03-3209-1111" });
    expect(report.issues.some((i) => i.code === "split_header_joined")).toBe(false);
    expect(report.issues.find((i) => i.code === "header_groups_row")?.value).toContain("出典：新宿区");
  });

  it("a workbook: a note in the upper header row is never taken for a column's name", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("事業所一覧");
    ws.addRow(["ID", "事業所", "", "実施サービス", "所在地_連結表記", "※令和6年4月1日現在"]);
    ws.addRow(["", "名称", "カナ", "", "", ""]);
    ws.addRow([1, "ケアセンター新宿", "ケアセンターシンジュク", "訪問介護", "東京都新宿区新宿1-1-1"]);
    for (const c of ["A", "D", "E"]) ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells("B1:C1");
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_care_service.xlsx");
    expect(rows.map((r) => [r.record.id, r.record.name, r.record.name_kana, r.record.service_type])).toEqual([["1", "ケアセンター新宿", "ケアセンターシンジュク", "訪問介護"]]);
    expect(report.header.map((h) => h.source)).not.toContain("※令和6年4月1日現在");
    expect(report.issues.filter((i) => i.code === "unknown_header").map((i) => i.value)).not.toContain("※令和6年4月1日現在");
    expect(report.issues.find((i) => i.code === "split_header_joined")?.value).not.toContain("※令和6年4月1日現在");
  });

  it("a workbook: a hidden column named in the upper row only is read under its name, as from the CSV, with no cells past the header; 事業所 + カナ is the name's reading", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("事業所一覧");
    ws.addRow(["番号", "事業所", "", "実施サービス", "所在地", "", "事業所番号", "非公開メモ"]);
    ws.addRow(["", "名称", "カナ", "", "郵便番号", "住所", "", ""]);
    ws.addRow([1, "府中ケア", "フチュウケア", "訪問介護", "183-0055", "府中市府中町二丁目25番地", 1372600011, "担当A"]);
    for (const c of ["A", "D", "G"]) ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells("B1:C1");
    ws.mergeCells("E1:F1");
    ws.getColumn(8).hidden = true;
    const fromXlsx = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "132063_care_service.xlsx");
    const fromCsv = await runBytes("番号,事業所,,実施サービス,所在地,,事業所番号,非公開メモ\n,名称,カナ,,郵便番号,住所,,\n"
      + "1,府中ケア,フチュウケア,訪問介護,183-0055,府中市府中町二丁目25番地,1372600011,担当A\n", "132063_care_service.csv");
    expect(fromXlsx.rows.map((r) => [r.record.name, r.record.name_kana, r.record.service_type, r.record.provider_number, r.extra]))
      .toEqual([["府中ケア", "フチュウケア", "訪問介護", "1372600011", { 非公開メモ: "担当A" }]]);
    expect(fromXlsx.rows.map((r) => [r.record, r.extra])).toEqual(fromCsv.rows.map((r) => [r.record, r.extra]));
    expect(fromXlsx.report.header.map((h) => h.source)).toEqual(fromCsv.report.header.map((h) => h.source));
    expect(tuples(fromXlsx.report, "cells_past_header", "header_groups_row")).toEqual([]);
    expect(fromXlsx.report.issues.find((i) => i.code === "hidden_columns_read")?.value).toBe("H列「非公開メモ」");
  });

  it("a カナ under a group is the group's reading: 施設's is the name's (施設_カナ), 所在地's stays in extra (所在地_カナ)", async () => {
    const facility = await runBytes("ID,施設,,所在地\n,名称,カナ,\n1,区民センター,クミンセンター,東京都新宿区新宿1-1-1\n", "131041_public_facility.csv");
    expect(facility.rows.map((r) => [r.record.name, r.record.name_kana, r.extra])).toEqual([["区民センター", "クミンセンター", {}]]);
    const address = await runBytes("ID,名称,所在地,\n,,住所,カナ\n1,区民センター,東京都新宿区新宿1-1-1,トウキョウトシンジュククシンジュク\n", "131041_public_facility.csv");
    expect(address.rows.map((r) => [r.record.name, r.record.name_kana, r.record.full_address, r.extra]))
      .toEqual([["区民センター", null, "東京都新宿区新宿1-1-1", { 所在地_カナ: "トウキョウトシンジュククシンジュク" }]]);
    expect(address.report.issues.find((i) => i.code === "split_header_joined")?.value).toBe("所在地 + 住所 → 住所、所在地 + カナ → 所在地_カナ");
  });

  it("the two header rows repeated under the data (pages of a printed list) are still repeated headers, not data", async () => {
    const bytes = await capacityWorkbook([
      ["施設名", "所在地", "電話番号", "定員"],
      ["施設名", "所在地", "電話番号", ...AGES],
      ["南街保育園", "東大和市南街二丁目2番2号", "042-563-0002", 9, 12, 15, 18, 18, 18, 90],
    ]);
    const { report, rows } = await runBytes(bytes, "132209_preschool.xlsx");
    expect(rows.map((r) => [r.row, r.record.name, r.record.capacity])).toEqual([[1, "東大和保育園", 73], [4, "南街保育園", 90]]);
    expect(tuples(report, "repeated_header_row")).toEqual([[2, null, "repeated_header_row"], [3, null, "repeated_header_row"]]);
  });

  it("○ columns of services under a group name (居宅サービス over 訪問介護 | 通所介護 …) are read as the services, as under a one-row header", async () => {
    expect(joinRows(["事業所名", "居宅サービス", "", ""], ["", "訪問介護", "通所介護", "居宅介護支援"], [getDataset("care_service")!]).cells)
      .toEqual(["事業所名", "訪問介護", "通所介護", "居宅介護支援"]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("一覧");
    ws.addRow(["事業所名", "所在地", "電話番号", "居宅サービス", "", "", "地域密着型サービス"]);
    ws.addRow(["", "", "", "訪問介護", "通所介護", "居宅介護支援", "地域密着型通所介護", "認知症対応型共同生活介護"]);
    ws.addRow(["調布ケアセンター", "調布市小島町一丁目1番1号", "042-481-0001", "○", "", "○"]);
    ws.addRow(["国領デイ", "調布市国領町三丁目3番3号", "042-481-0003", "", "休止中", "", "○"]);
    for (const c of ["A", "B", "C"]) ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells("D1:F1");
    ws.mergeCells("G1:H1");
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "132080_care_service.xlsx");
    const oneRow = await runBytes("事業所名,所在地,電話番号,訪問介護,通所介護,居宅介護支援,地域密着型通所介護,認知症対応型共同生活介護\n"
      + "調布ケアセンター,調布市小島町一丁目1番1号,042-481-0001,○,,○,,\n国領デイ,調布市国領町三丁目3番3号,042-481-0003,,休止中,,○,\n", "132080_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.service_type, r.extra])).toEqual([
      [true, "調布ケアセンター", "訪問介護;居宅介護支援", { 訪問介護: "○", 居宅介護支援: "○" }],
      [true, "国領デイ", "地域密着型通所介護", { 通所介護: "休止中", 地域密着型通所介護: "○" }],
    ]);
    expect(rows.map((r) => [r.record, r.extra])).toEqual(oneRow.rows.map((r) => [r.record, r.extra]));
    expect(report.issues.find((i) => i.code === "columns_listed")?.value).toBe("訪問介護、通所介護、居宅介護支援、地域密着型通所介護、認知症対応型共同生活介護");
  });
});

describe("a fee split by kinds of people (料金 over 大人 | 小人)", () => {
  const tourism = [getDataset("tourism")!];

  it("joinRows names each part as a qualified fee (料金（大人）) when every lower cell of the group is a kind; otherwise as before", () => {
    expect(joinRows(["名称", "料金", "", "開始時間"], ["", "大人", "小人", ""], tourism).cells).toEqual(["名称", "料金（大人）", "料金（小人）", "開始時間"]);
    expect(joinRows(["名称", "料金", ""], ["", "一般", "子ども"], tourism).cells).toEqual(["名称", "料金（一般）", "料金（子ども）"]);
    // a part that is no kind of people (本館 | 分館), one part alone, or a name with brackets of its own: not qualified so
    expect(joinRows(["名称", "料金", ""], ["", "本館", "分館"], tourism).cells).toEqual(["名称", "料金_本館", "料金_分館"]);
    expect(joinRows(["名称", "料金"], ["", "大人"], tourism).cells).toEqual(["名称", "料金"]);
    expect(joinRows(["名称", "料金（基本）", ""], ["", "大人", "小人"], tourism).cells).toEqual(["名称", "料金（基本）_大人", "料金（基本）_小人"]);
    // men and women under a group keep the group's own rules: 合計 over 男 | 女 are the area's 男性 and 女性, not parts of 合計
    expect(joinRows(["町丁名", "合計", ""], ["", "男", "女"], [getDataset("population")!]).cells).toEqual(["町丁名", "男", "女"]);
    expect(joinRows(["町丁名", "日本人", "", "外国人", ""], ["", "男", "女", "男", "女"], [getDataset("population")!]).cells)
      .toEqual(["町丁名", "日本人_男", "日本人_女", "外国人_男", "外国人_女"]);
  });

  it("a tourism list: the header is found, each row's fees go into 料金(詳細) after their kind, the adult one the basic fee, the columns stay in extra, both joins are said", async () => {
    const csv = "名称,住所,料金,,開始時間,終了時間\n,,大人,小人,,\n上野動物園,東京都台東区上野公園9-83,600,200,9:30,17:00\n"
      + "葛西臨海水族園,東京都江戸川区臨海町6-2-3,700,,9:30,17:00\n";
    const { report, rows } = await runBytes(csv, "131067_tourism.csv");
    expect([report.dataset, report.rows, report.invalid, report.header_row]).toEqual(["tourism", 2, 0, 2]);
    expect(rows.map((r) => [r.row, r.record.name, r.record.fee_basic, r.record.fee_details, r.record.start_time, r.extra])).toEqual([
      [1, "上野動物園", 600, "大人：600 / 小人：200", "09:30", { "料金（大人）": "600", "料金（小人）": "200" }],
      [2, "葛西臨海水族園", 700, "大人：700", "09:30", { "料金（大人）": "700" }]]);
    expect(report.issues.filter((i) => i.code === "split_header_joined" || i.code === "columns_joined").map((i) => [i.code, i.field, i.value, i.severity]))
      .toEqual([["split_header_joined", null, "料金 + 大人 → 料金（大人）、料金 + 小人 → 料金（小人）", "info"],
        ["columns_joined", "fee_details", "料金（大人） + 料金（小人）", "info"]]);
    expect(tuples(report, "unknown_header", "missing_required")).toEqual([]);
  });

  it("an event's 参加費 (料金(基本), an amount) over 大人 | 小・中学生: the fees go labelled into 料金(詳細), the adult one the basic fee", async () => {
    const csv = "イベント名,開始日,場所名称,参加費,\n,,,大人,小・中学生\n親子陶芸教室,2025/5/1,中央公民館,\"1,500円\",500円\n";
    const { report, rows } = await runBytes(csv, "131041_event.csv");
    expect([report.dataset, report.rows, report.invalid]).toEqual(["event", 1, 0]);
    expect(rows.map((r) => [r.record.name, r.record.fee_basic, r.record.fee_details, r.extra])).toEqual([
      ["親子陶芸教室", 1500, "大人：1,500円 / 小・中学生：500円", { "参加費（大人）": "1,500円", "参加費（小・中学生）": "500円" }]]);
    expect(tuples(report, "columns_joined", "unparseable_number", "fees_by_person")).toEqual([[null, "fee_details", "columns_joined"], [1, "fee_basic", "fees_by_person"]]);
  });

  it("利用料金 names 料金(詳細): alone, and over kinds of people", async () => {
    const one = await runBytes("名称,住所,利用料金\n区民プール,東京都台東区上野公園1-1,大人300円\n", "131067_tourism.csv");
    expect(one.rows.map((r) => r.record.fee_details)).toEqual(["大人300円"]);
    const split = await runBytes("名称,住所,利用料金,\n,,大人,小人\n区民プール,東京都台東区上野公園1-1,300円,100円\n", "131067_tourism.csv");
    expect(split.rows.map((r) => [r.record.name, r.record.fee_details])).toEqual([["区民プール", "大人：300円 / 小人：100円"]]);
  });

  it("a public facility list (no fee column in the standard): the header is still found, the fees stay in extra under both names", async () => {
    const csv = "名称,所在地,電話番号,利用料金,\n,,,一般,子ども\n中央体育館,東京都新宿区大久保3-1-1,03-3364-1421,400円,100円\n";
    const { report, rows } = await runBytes(csv, "131041_public_facility.csv");
    expect([report.rows, report.invalid]).toEqual([1, 0]);
    expect(rows.map((r) => [r.record.name, r.extra])).toEqual([["中央体育館", { 利用料金_一般: "400円", 利用料金_子ども: "100円" }]]);
  });
});

describe("a count split by kinds (病床数 over 一般 | 療養)", () => {
  it("is the sum of its parts, as 病床数（一般）, 病床数（療養） in one row are", async () => {
    const csv = "名称,医療機関の種類,住所,病床数,\n,,,一般,療養\n立川中央病院,病院,東京都立川市柴崎町1-1,206,100\n立川北クリニック,有床診療所,東京都立川市曙町2-2,19,\n";
    const { report, rows } = await runBytes(csv, "132021_hospital.csv");
    expect(rows.map((r) => [r.record.name, r.record.beds, r.extra])).toEqual([
      ["立川中央病院", 306, { "病床数（一般）": "206", "病床数（療養）": "100" }], ["立川北クリニック", 19, { "病床数（一般）": "19" }]]);
    expect(report.issues.filter((i) => i.code === "columns_summed").map((i) => [i.field, i.value])).toEqual([["beds", "病床数（一般） + 病床数（療養）"]]);
  });

  it("a count by kinds of people that may overlap (定員 over 一般 | 障害者) is no sum: labelled into 定員備考, the count left empty, warned", async () => {
    const csv = "ID,イベント名,開始日,場所名称,定員,\n,,,,一般,障害者\n1,写真展,2024-05-01,区民ギャラリー,30,5\n";
    const { report, rows } = await runBytes(csv, "131041_event.csv");
    expect(rows.map((r) => [r.valid, r.record.capacity, r.record.capacity_remarks, r.extra]))
      .toEqual([[true, null, "一般：30 / 障害者：5", { "定員（一般）": "30", "定員（障害者）": "5" }]]);
    expect(report.issues.filter((i) => ["columns_summed", "columns_joined", "parts_not_summed"].includes(i.code)).map((i) => [i.code, i.severity, i.field, i.value, i.detail]))
      .toEqual([["parts_not_summed", "warning", "capacity", "定員（一般） + 定員（障害者）", "定員備考"]]);
    expect(report.issues.find((i) => i.code === "parts_not_summed")?.message_ja).toContain("「定員備考」に入れ");
  });

  it("a count by kinds that never overlap (定員 over 大人 | 小人) is still their sum", async () => {
    const csv = "ID,イベント名,開始日,場所名称,定員,\n,,,,大人,小人\n1,写真展,2024-05-01,区民ギャラリー,30,5\n";
    const { report, rows } = await runBytes(csv, "131041_event.csv");
    expect(rows.map((r) => [r.record.capacity, r.record.capacity_remarks])).toEqual([[35, null]]);
    expect(tuples(report, "columns_summed", "parts_not_summed")).toEqual([[null, "capacity", "columns_summed"]]);
  });

  it("a fee by the same kinds (参加費 over 一般 | 65歳以上) goes labelled into 料金(詳細), as any fee by kind, the general one the basic fee", async () => {
    const csv = "イベント名,開始日,場所名称,参加費,\n,,,一般,65歳以上\n写真教室,2025/5/1,中央公民館,500円,300円\n";
    const { report, rows } = await runBytes(csv, "131041_event.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual([[500, "一般：500円 / 65歳以上：300円"]]);
    expect(tuples(report, "columns_joined", "parts_not_summed")).toEqual([[null, "fee_details", "columns_joined"]]);
  });
});

describe("a group that names a column itself, and units under a group", () => {
  const care = [getDataset("care_service")!];

  it("joinRows: 法人名 over 名称 | カナ beside the 事業所's 名称 | カナ merged down is the corporation's name; the カナ beside 名称 is its reading", () => {
    const { cells, joined } = joinRows(["NO", "法人名", "", "名称", "カナ", "所在地"], ["NO", "名称", "カナ", "名称", "カナ", "所在地"], care);
    expect(cells.map((c) => [c, matchHeader(c, care[0])?.key ?? null])).toEqual([["NO", "id"], ["法人名", "organization_name"],
      ["法人名_カナ", null], ["名称", "name"], ["名称_カナ", "name_kana"], ["所在地", "full_address"]]);
    expect(joined).toEqual(["法人名 + 名称 → 法人名", "法人名 + カナ → 法人名_カナ", "名称 + カナ → 名称_カナ"]);
    // a group that names no column itself (法人) over the 名称 of a row that has one of its own: not the row's name
    expect(joinRows(["法人", "", "名称"], ["名称", "カナ", ""], care).cells).toEqual(["法人_名称", "法人_カナ", "名称"]);
  });

  it("a care list as a CSV (the merged cells saved as blanks): the 事業所 is the name, the 法人 the organization", async () => {
    const csv = "NO,法人名,,名称,カナ,サービス種類,所在地,電話番号\n,名称,カナ,,,,,\n"
      + "1,社会福祉法人あだち福祉会,シャカイフクシホウジンアダチフクシカイ,デイサービスセンター千住,デイサービスセンターセンジュ,通所介護,足立区千住1-2-3,03-3888-1111\n";
    const { rows, report } = await runBytes(csv, "131211_care_service.csv");
    expect(rows.map((r) => [r.record.name, r.record.name_kana, r.record.organization_name, r.extra])).toEqual([
      ["デイサービスセンター千住", "デイサービスセンターセンジュ", "社会福祉法人あだち福祉会", { 法人名_カナ: "シャカイフクシホウジンアダチフクシカイ" }]]);
    expect(tuples(report, "duplicate_header")).toEqual([]);
  });

  it("a workbook with 法人名 merged over 名称 | カナ and the 事業所's 名称, カナ merged down", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("一覧");
    ws.addRow(["NO", "法人名", "", "名称", "カナ", "サービス種類", "所在地", "電話番号"]);
    ws.addRow(["", "名称", "カナ", "", "", "", "", ""]);
    ws.addRow([1, "医療法人社団竹の塚会", "イリョウホウジンシャダンタケノツカカイ", "竹の塚ケアプランセンター", "タケノツカケアプランセンター", "居宅介護支援", "足立区竹の塚5-6-7", "03-3850-3333"]);
    ws.mergeCells("B1:C1");
    for (const c of ["A", "D", "E", "F", "G", "H"]) ws.mergeCells(`${c}1:${c}2`);
    const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131211_care_service.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.name_kana, r.record.organization_name])).toEqual([
      ["竹の塚ケアプランセンター", "タケノツカケアプランセンター", "医療法人社団竹の塚会"]]);
  });

  it("収容人数 over 人 | ㎡: the 人 column is the capacity, the ㎡ column stays in extra under both names", async () => {
    const evacuation = getDataset("evacuation_space")!;
    expect(joinRows(["名称", "収容人数", ""], ["", "人", "㎡"], [evacuation]).cells.map((c) => [c, matchHeader(c, evacuation)?.key ?? null]))
      .toEqual([["名称", "name"], ["収容人数（人）", "max_capacity"], ["収容人数_㎡", null]]);
    // a unit that is not what the group's name measures gives no column: 面積 over 人
    expect(joinRows(["名称", "面積", ""], ["", "人", "㎡"], [evacuation]).cells).toEqual(["名称", "面積_人", "面積_㎡"]);
    const csv = "NO,名称,所在地,洪水,地震,収容人数,,電話番号\n,,,,,人,㎡,\n1,千代田区役所,東京都千代田区九段南1-2-1,,1,1500,3000,03-3264-2111\n";
    const { rows } = await runBytes(csv, "131016_evacuation_space.csv");
    expect(rows.map((r) => [r.record.name, r.record.max_capacity, r.extra])).toEqual([["千代田区役所", "1500", { "収容人数_㎡": "3000" }]]);
  });
});
