// 介護サービス事業所一覧 (09) as municipalities write it: the reading of the name under the usual headers.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("care_service: the reading of the name", () => {
  it("is read under フリガナ, and under カナ in a group over two rows (事業所 over 名称 | カナ)", async () => {
    const single = await runBytes("事業所名,フリガナ,サービス種別,所在地,電話\n国立ケア,クニタチケア,訪問介護,東京都国立市富士見台2-47-1,042-576-2111\n", "care.csv");
    expect([single.rows[0].record.name, single.rows[0].record.name_kana, single.rows[0].extra]).toEqual(["国立ケア", "クニタチケア", {}]);
    const twoRows = "番号,事業所,,実施サービス,所在地,電話番号\n,名称,カナ,,,\n1,府中ケア,フチュウケア,訪問介護,東京都府中市府中町二丁目25番地,042-364-1234\n";
    const split = await runBytes(twoRows, "care.csv");
    expect([split.report.dataset, split.rows[0].record.name, split.rows[0].record.name_kana, split.rows[0].extra])
      .toEqual(["care_service", "府中ケア", "フチュウケア", {}]);
  });

  it("a カナ of another group (法人, 代表者) is that group's reading, kept in extra under the joined name; the 事業所's is the name's", async () => {
    const groups = "事業所番号,法人,,事業所,,実施サービス,代表者,\n,名称,カナ,名称,カナ,,氏名,カナ\n"
      + "1371500011,社会福祉法人新宿会,シャカイフクシホウジンシンジュクカイ,ケアセンター新宿,ケアセンターシンジュク,訪問介護,新宿太郎,シンジュクタロウ\n";
    const { report, rows } = await runBytes(groups, "131041_care_service.csv");
    expect([rows[0].record.name, rows[0].record.name_kana, rows[0].record.organization_name, rows[0].extra]).toEqual(["ケアセンター新宿", "ケアセンターシンジュク",
      "社会福祉法人新宿会", { 法人_カナ: "シャカイフクシホウジンシンジュクカイ", 代表者_氏名: "新宿太郎", 代表者_カナ: "シンジュクタロウ" }]);
    expect(report.issues.find((i) => i.code === "split_header_joined")?.value).toContain("法人 + カナ → 法人_カナ");
    // no 事業所 group: the operator's reading is no name's reading
    const operatorOnly = await runBytes("事業所番号,法人,,事業所名,実施サービス\n,名称,カナ,,\n1371500011,社会福祉法人新宿会,シャカイフクシホウジンシンジュクカイ,ケアセンター新宿,訪問介護\n",
      "131041_care_service.csv");
    expect([operatorOnly.rows[0].record.name_kana, operatorOnly.rows[0].extra.法人_カナ]).toEqual([null, "シャカイフクシホウジンシンジュクカイ"]);
  });

  it("a bare カナ in a one-row header (after 法人名) is no reading of the name: kept in extra, said as an unknown column", async () => {
    const { report, rows } = await runBytes("事業所番号,事業所名,所在地,法人名,カナ,実施サービス\n"
      + "1371500011,ケアセンター新宿,東京都新宿区新宿1-1-1,社会福祉法人新宿会,シャカイフクシホウジンシンジュクカイ,訪問介護\n", "131041_care_service.csv");
    expect([rows[0].record.name_kana, rows[0].extra.カナ]).toEqual([null, "シャカイフクシホウジンシンジュクカイ"]);
    expect(report.issues.filter((i) => i.field === "カナ" || i.value === "カナ").map((i) => [i.code, i.severity])).toEqual([["unknown_header", "info"]]);
  });
});

describe("a URL cell that says there is no page", () => {
  it("is no link: the URL is empty, the word kept in 備考, warned; a 利用可能曜日 of 未定 stays as written", async () => {
    const csv = "事業所名,実施サービス,所在地,電話番号,利用可能曜日,URL,備考\n"
      + "A,訪問介護,東京都国立市富士見台2-47-1,042-576-2111,未定,準備中,\n"
      + "B,訪問介護,東京都国立市富士見台2-47-2,042-576-2112,月～金,なし,送迎あり\n"
      + "C,訪問介護,東京都国立市富士見台2-47-3,042-576-2113,月～金,区ホームページ参照,\n";
    const { report, rows } = await runBytes(csv, "132152_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.url, r.record.remarks, r.record.available_days])).toEqual([
      [true, null, "URL：準備中", "未定"], [true, null, "送迎あり / URL：なし", "月火水木金"], [true, null, "URL：区ホームページ参照", "月火水木金"],
    ]);
    expect(report.issues.filter((i) => i.field === "url").map((i) => [i.row, i.code, i.severity, i.value]))
      .toEqual([[1, "url_placeholder", "warning", "準備中"], [2, "url_placeholder", "warning", "なし"], [3, "url_link_text", "warning", "区ホームページ参照"]]);
  });
});

describe("care_service: 事業所番号", () => {
  it("publishes a 10-character number; one of another form is empty, kept in 備考 and warned", async () => {
    const csv = "事業所名,実施サービス,所在地,電話番号,事業所番号,備考\n"
      + "A,訪問介護,東京都国立市富士見台2-47-1,042-576-2111,1371500011,\n"
      + "B,訪問介護,東京都国立市富士見台2-47-2,042-576-2112,1.37E+09,\n"
      + "C,訪問介護,東京都国立市富士見台2-47-3,042-576-2113,137230003,送迎あり\n"
      + "D,訪問介護,東京都国立市富士見台2-47-4,042-576-2114,'1371500044,\n";
    const { report, rows } = await runBytes(csv, "132152_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.provider_number, r.record.remarks])).toEqual([
      [true, "1371500011", null], [true, null, "事業所番号：1.37E+09"], [true, null, "送迎あり / 事業所番号：137230003"], [true, "1371500044", null],
    ]);
    expect(report.issues.filter((i) => i.field === "provider_number").map((i) => [i.row, i.code, i.severity]))
      .toEqual([[2, "exponent_code_lost", "warning"], [3, "unparseable_fixed_code", "warning"], [4, "text_mark_removed", "info"]]);
  });

  it("reads the one number of a cell saved as a decimal, in lower case or with a note (the cell kept in 備考); two numbers are not chosen from", async () => {
    const csv = "事業所名,実施サービス,所在地,電話番号,事業所番号,備考\n"
      + "A,訪問介護,東京都国立市富士見台2-47-1,042-576-2111,1371500011.0,\n"
      + "B,訪問介護,東京都国立市富士見台2-47-2,042-576-2112,13a1500022,\n"
      + "C,介護予防訪問介護,東京都国立市富士見台2-47-3,042-576-2113,1371500033（予防）,送迎あり\n"
      + "D,訪問介護,東京都国立市富士見台2-47-4,042-576-2114,\"1371500044、1371500051\",\n";
    const { report, rows } = await runBytes(csv, "132152_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.provider_number, r.record.remarks])).toEqual([
      [true, "1371500011", null], [true, "13A1500022", null], [true, "1371500033", "送迎あり / 事業所番号：1371500033（予防）"],
      [true, null, "事業所番号：1371500044、1371500051"],
    ]);
    expect(report.issues.filter((i) => i.field === "provider_number" || i.field === "remarks").map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [1, "provider_number", "fixed_code_as_number", "info"], [2, "provider_number", "fixed_code_upper_cased", "info"],
      // two numbers named as such, the message saying where the cell went (before: unparseable_fixed_code, asking for a lost digit)
      [3, "provider_number", "fixed_code_with_note", "warning"], [4, "provider_number", "fixed_code_several", "warning"]]);
  });
});

describe("care_service: 実施サービス given as サービス種類コード", () => {
  it("keeps the bare code and warns on each row that it is a code, not the service's name", async () => {
    const csv = "事業所番号,事業所名,サービス種類,所在地,電話番号\n1370900011,しながわヘルパー,11,品川区広町2-1-36,03-3777-1111\n"
      + "1370900029,しながわケアプラン,訪問介護,品川区大井1-2-3,03-3777-2222\n1370900037,しながわデイ,15,品川区西五反田3-4-5,03-3777-3333\n";
    const { rows, report } = await runBytes(csv, "131091_care_service.csv");
    expect(rows.map((r) => r.record.service_type)).toEqual(["11", "訪問介護", "15"]);
    expect(report.issues.filter((i) => i.code === "code_not_name").map((i) => [i.row, i.field, i.severity, i.value])).toEqual([
      [1, "service_type", "warning", "11"], [3, "service_type", "warning", "15"]]);
    expect(report.issues.find((i) => i.code === "code_not_name")?.message_ja).toContain("コードではなく名称");
  });
});

describe("care_service: 営業日 and 営業時間", () => {
  // a ward's list with one ○ column per service and the office's days and hours in its own words
  const SHIBUYA = ["事業所番号,事業所名称,郵便番号,所在地,電話番号,訪問介護,通所介護,短期入所,居宅介護支援,定員,営業日,営業時間",
    "1371300015,渋谷ケアステーション,150-0002,渋谷区渋谷1-1-1,03-1234-0001,○,,,○,,月～金,8:30～17:30",
    "1371300023,デイホームえびす,150-0013,渋谷区恵比寿2-2-2,03-1234-0002,,○,,,25,月～土,9:00～16:00",
    "1371300031,特養ささはた,151-0072,渋谷区幡ヶ谷3-3-3,03-1234-0003,,,○,,100(短期入所10),毎日,24時間"].join("\n");

  it("営業日 is 利用可能曜日; 営業時間 (no column of this standard) goes after its header into 利用可能曜日特記事項, kept in extra too", async () => {
    const { report, rows } = await runBytes(SHIBUYA, "131130_care_service.csv");
    expect(report.header.filter((h) => h.source.startsWith("営業"))).toEqual([
      { source: "営業日", field: "available_days", method: "alias" }, { source: "営業時間", field: null, method: "none" }]);
    expect(rows.map((r) => [r.record.service_type, r.record.available_days, r.record.availability_remarks, r.extra.営業時間])).toEqual([
      ["訪問介護;居宅介護支援", "月火水木金", "営業時間：8:30～17:30", "8:30～17:30"],
      ["通所介護", "月火水木金土", "営業時間：9:00～16:00", "9:00～16:00"],
      ["短期入所", "月火水木金土日", "営業時間：24時間", "24時間"],
    ]);
    expect(report.issues.filter((i) => i.code === "column_labelled" || i.code === "unknown_header").map((i) => [i.code, i.field]))
      .toEqual([["column_labelled", "availability_remarks"]]);
  });
});

describe("a column headed with the word the list calls each row's thing by (事業所電話番号, 医療機関の所在地)", () => {
  // before: 事業所電話番号 went to extra and every row was invalid for its missing 電話番号, 事業所FAX番号 was lost to extra
  it("is that column, the office's own; the operator's (法人所在地, 法人電話番号) stays in extra", async () => {
    const { rows, report } = await runBytes("事業所番号,事業所名称,サービス種類,事業所所在地,事業所電話番号,事業所FAX番号,法人名,法人所在地,法人電話番号\n"
      + "1372100011,足立訪問介護,訪問介護,東京都足立区中央本町1-17-1,03-3880-1111,03-3880-1112,株式会社あだち,東京都足立区千住1-1-1,03-3888-0000\n",
    "131211_care_service.csv");
    expect([rows[0].valid, rows[0].record.full_address, rows[0].record.phone_number, rows[0].record.fax_number, rows[0].extra]).toEqual([true,
      "東京都足立区中央本町1-17-1", "03-3880-1111", "03-3880-1112", { 法人所在地: "東京都足立区千住1-1-1", 法人電話番号: "03-3888-0000" }]);
    expect(report.header.slice(3, 6)).toEqual([{ source: "事業所所在地", field: "full_address", method: "alias" },
      { source: "事業所電話番号", field: "phone_number", method: "alias" }, { source: "事業所FAX番号", field: "fax_number", method: "alias" }]);
    expect(report.issues.filter((i) => i.code === "missing_column" || i.code === "unknown_header").map((i) => i.field)).toEqual(["法人所在地", "法人電話番号"]);
  });

  it("with の or _ between (事業所の電話番号, 医療機関_FAX番号); in a medical register 医療機関", async () => {
    const care = await runBytes("事業所名,実施サービス,事業所の所在地,事業所の電話番号\nA,訪問介護,東京都足立区中央本町1-17-1,03-3880-1111\n", "131211_care_service.csv");
    expect([care.rows[0].record.full_address, care.rows[0].record.phone_number]).toEqual(["東京都足立区中央本町1-17-1", "03-3880-1111"]);
    const hospital = await runBytes("医療機関名,医療機関の種類,医療機関の所在地,医療機関電話番号,医療機関_FAX番号\n"
      + "足立病院,病院,東京都足立区中央本町1-1-1,03-3880-2222,03-3880-2223\n", "131211_hospital.csv");
    expect([hospital.rows[0].record.full_address, hospital.rows[0].record.phone_number, hospital.rows[0].record.fax_number])
      .toEqual(["東京都足立区中央本町1-1-1", "03-3880-2222", "03-3880-2223"]);
  });
});

describe("care_service: a list heading its services 介護サービスの種類", () => {
  it("reads them as 実施サービス and its 開設法人 as the 法人 (every row was invalid, 実施サービス missing, both in extra)", async () => {
    const { report, rows } = await runBytes("事業所名,介護サービスの種類,事業所の所在地,電話番号,開設法人\nケアまちだ,訪問介護、居宅介護支援,東京都町田市森野2-2-22,042-722-1111,社会福祉法人まちだ会\n", "132098_care_service.csv");
    expect([report.invalid, rows[0].record.service_type, rows[0].record.organization_name, rows[0].extra]).toEqual([0, "訪問介護;居宅介護支援", "社会福祉法人まちだ会", {}]);
  });
});

describe("a care list with one ○ column per service whose cell is no mark (△, ○（予防のみ）)", () => {
  // before: such a cell was read as "not offered" and said nowhere, the service missing from 実施サービス unsaid
  it("is told on its row with the service and the cell, the cell kept in extra; marks, noes and dashes say nothing", async () => {
    const text = "事業所名,所在地,電話番号,訪問介護,通所介護,居宅介護支援\n"
      + "ケアA,八王子市元本郷町1-1-1,042-620-7400,○,－,◎\nデイB,八王子市元本郷町1-2-1,042-620-7401,×,○（予防のみ）,△\n";
    const { rows, report } = await runBytes(text, "132012_care_service.csv");
    expect(rows.map((r) => r.record.service_type)).toEqual(["訪問介護;居宅介護支援", null]);
    expect(report.issues.filter((i) => i.code === "unparseable_mark").map((i) => [i.row, i.field, i.value]))
      .toEqual([[2, "通所介護", "○（予防のみ）"], [2, "居宅介護支援", "△"]]);
    expect(rows[1].extra).toMatchObject({ 通所介護: "○（予防のみ）", 居宅介護支援: "△" });
  });
});

// 高松市's LinkData table of 老人福祉施設 (name, address, service, availableDate, availableDateNote, capacity): before, no
// 実施サービス column (the file no dataset), and a service with what it also is in brackets, on the line under it too,
// published as written or as two services, `（地域密着型特別養護老人ホーム）` one of them
describe("高松市's LinkData table of care homes: service, availableDate, availableDateNote", () => {
  const TABLE = ["\"#property\",\"latitude\",\"longitude\",\"name\",\"address\",\"telephoneNumber\",\"service\",\"availableDate\",\"availableDateNote\",\"capacity\"",
    "\"1\",\"34.354\",\"133.995\",\"特別養護老人ホーム　さくらの丘\",\"高松市香西北町1\",\"087-000-0001\",\"介護老人福祉施設（特別養護老人ホーム）\",\"月火水木金土日\",\"24時間対応\",\"70\"",
    "\"2\",\"34.291\",\"134.028\",\"地域密着型特別養護老人ホーム　みどり\",\"高松市一宮町2\",\"087-000-0002\",\"地域密着型介護老人福祉施設入所者生活介護\n（地域密着型特別養護老人ホーム）\",\"月火水木金土日\",\"24時間対応\",\"29\""].join("\n");

  it("is a care list: each service read without what its brackets add, the cell kept in 備考", async () => {
    const { rows, report } = await runBytes(TABLE, "372013_elderly_welfare_facility.csv");
    expect(report.dataset).toBe("care_service");
    expect(rows.map((r) => [r.record.service_type, r.record.available_days, r.record.availability_remarks, r.record.capacity, r.record.remarks, r.valid])).toEqual([
      ["介護老人福祉施設", "月火水木金土日", "24時間対応", 70, "実施サービス：介護老人福祉施設（特別養護老人ホーム）", true],
      ["地域密着型介護老人福祉施設入所者生活介護", "月火水木金土日", "24時間対応", 29, "実施サービス：地域密着型介護老人福祉施設入所者生活介護\n（地域密着型特別養護老人ホーム）", true]]);
    expect(tuples(report, "list_item_with_note")).toEqual([[1, "service_type", "list_item_with_note"], [2, "service_type", "list_item_with_note"]]);
  });
});

describe("a care service with brackets that tell it from another", () => {
  it("keeps them when they name no service (総合事業（訪問型）, 総合事業（通所型）: two services), drops another name of it", async () => {
    const csv = "事業所名,所在地,電話番号,実施サービス\nA,東京都府中市府中町1-1-1,042-333-1111,総合事業（訪問型）;介護老人福祉施設（特別養護老人ホーム）\n"
      + "B,東京都府中市府中町1-1-2,042-333-1112,総合事業（通所型）\n";
    const { rows, report } = await runBytes(csv, "132063_care_service.csv");
    expect(rows.map((r) => r.record.service_type)).toEqual(["総合事業（訪問型）;介護老人福祉施設", "総合事業（通所型）"]);
    expect(tuples(report, "list_item_with_note")).toEqual([[1, "service_type", "list_item_with_note"]]);
  });
});

describe("a care service named by its office (事業所 after it)", () => {
  // 目黒区's 地域密着型サービス事業所一覧 (131105_community_based_long_term_care_service_0ffices.csv, data.bodik.jp, as copied in
  // https://github.com/TakuKobayashi/GovernmentOpenDataWebAPI) heads its services 事業所種別; the rows are our own, in its
  // value forms
  it("is the service: 認知症対応型通所介護事業所（認知症対応型デイサービス） → 認知症対応型通所介護 (before: published whole, a service no filter finds)", async () => {
    const csv = ["都道府県コード又は市区町村コード,事業所種別,名称,所在地,電話番号,定員(人）",
      "131105,認知症対応型通所介護事業所（認知症対応型デイサービス）,デイホームいちょう,目黒区東山三丁目24番6号,03-0000-0001,12",
      "131105,居宅介護支援事業所,ケアプランさくら,目黒区東山三丁目24番7号,03-0000-0002,",
      "131105,定期巡回・随時対応型訪問介護看護,はぎ介護センター,目黒区目黒二丁目8番10号,03-0000-0003,ー"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131105_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.service_type])).toEqual([[true, "認知症対応型通所介護"], [true, "居宅介護支援"],
      [true, "定期巡回・随時対応型訪問介護看護"]]);
    expect(tuples(report, "list_item_with_note", "list_item_respelled")).toEqual([[1, "service_type", "list_item_with_note"],
      [2, "service_type", "list_item_respelled"]]);
    expect(rows[0].record.remarks).toBe("実施サービス：認知症対応型通所介護事業所（認知症対応型デイサービス）");
  });
});
