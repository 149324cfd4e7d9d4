// 高松市's lists with FIWARE-style English headers (#property, latitude, prefCode …), as its repository publishes
// them for each dataset: each header is read as the column it names, none left in extra. Rows are our own, in the
// value forms of the city's files.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const CULTURAL_PROPERTY = ["#property,latitude,longitude,prefCode,identification,pref,city,name,fullNameInKana,alternativeName,fullNameInRomaji,"
  + "classification,category,placeName,address,katagaki,telephoneNumber,extensionNumber,member,memberUnit,corporateNumber,owner,culturalPropertyDate,"
  + "availableDate,startTime,endTime,availableDateNote,image,iamgeLicense,summary,summaryInRomaji,description,descriptionEng,referenceObject",
"1,0,0,37201,,香川県,高松市,東山寺本堂,,本堂,,国指定重要文化財,建造物,東山寺,高松市東山町120,,,,1,棟,,,1931-05-12,,,,,,,,,,,",
"2,34.351234,134.052345,37201,,香川県,高松市,北門櫓,,,,国   宝,建造物,城跡公園,高松市城内町3-1,,087-000-1111,,,,,,1950-03-01,月火水木金土日,,,,,,,,,,http://www.example.jp/",
"3,0,0,37201,,香川県,高松市,太刀　銘　正光,,,,県指定有形文化財,工芸品,県立博物館,高松市城内町5-5,,,,,,,,1960-04-30,,,,,,,,,,,"].join("\n");

describe("高松市's FIWARE-style headers", () => {
  it("文化財一覧: classification is 文化財分類, category (建造物, 工芸品) the 種類; the date, 員数, 通称 and URL are read", async () => {
    const { report, rows, exit } = await runBytes(`${CULTURAL_PROPERTY}\n`, "372013_cultural_property.csv");
    expect([exit, report.valid, report.invalid]).toEqual([0, 3, 0]);
    // before: category ["建造物"] (the kind as 文化財分類), kind null, the date, 員数 and URL in extra
    expect(rows.map((r) => [r.record.category, r.record.kind, r.record.designated_date, r.record.quantity, r.record.quantity_unit,
      r.record.name_alias, r.record.url])).toEqual([
      [["国指定重要文化財"], "建造物", "1931-05-12", 1, "棟", "本堂", null],
      // before: 国   宝 read as two values, 国;宝
      [["国宝"], "建造物", "1950-03-01", null, null, null, "http://www.example.jp/"],
      [["県指定有形文化財"], "美術工芸品", "1960-04-30", null, null, null, null]]);
    expect(rows.map((r) => Object.keys(r.extra))).toEqual([["#property"], ["#property"], ["#property"]]);
    expect(tuples(report, "levels_joined")).toEqual([]);
    expect(tuples(report, "column_by_values")).toEqual([[null, "category", "column_by_values"]]);
  });

  it("文化財一覧 with category before classification: the same", async () => {
    const text = ["name,category,classification,address", "東山寺本堂,建造物,国指定重要文化財,香川県高松市東山町120", "太刀,工芸品,県指定有形文化財,香川県高松市城内町5-5"].join("\n");
    const { rows } = await runBytes(`${text}\n`, "372013_cultural_property.csv");
    expect(rows.map((r) => [r.valid, r.record.category, r.record.kind])).toEqual([
      [true, ["国指定重要文化財"], "建造物"], [true, ["県指定有形文化財"], "美術工芸品"]]);
  });

  it("公衆無線LAN: area is 提供エリア (before: extra)", async () => {
    const text = ['"#property","latitude","longitude","prefCode","identification","pref","city","name","fullNameInKana","fullNameInRomaji","address","katagaki","installer","telephoneNumber","extensionNumber","ssid","area","referenceObject","note"',
      '"1","34.350001","134.0461234","37201",,"香川県","高松市","港ふれあい広場",,,"香川県高松市港町3番2号",,,,,"CITY-WiFi_Minato","交流ホール、屋外ステージ",,"1回あたりの接続時間：30分"'].join("\n");
    const { rows } = await runBytes(`${text}\n`, "372013_public_wireless_lan.csv");
    expect(rows.map((r) => [r.valid, r.record.ssid, r.record.coverage_area, r.record.remarks, r.extra])).toEqual([
      [true, "CITY-WiFi_Minato", "交流ホール、屋外ステージ", "1回あたりの接続時間：30分", { "#property": "1" }]]);
  });

  it("オープンデータ一覧: dataName is the title, so rows are valid (before: every row invalid, no title column)", async () => {
    const text = ['"#property","code","prefName","cityName","dataName","category","format","url","apiSupport","license","note"',
      '"1","37201","香川県","高松市","ごみ集積所","くらし","xlsx,text,RDF","https://opendata.example.jp/dataset/garbage_point","有","CCライセンス",'].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "372013_open_data_list.csv");
    expect([report.valid, report.invalid]).toEqual([1, 0]);
    expect(rows.map((r) => [r.record.local_government_code, r.record.prefecture, r.record.city, r.record.title, r.record.file_format, r.record.has_api, r.extra]))
      .toEqual([["372013", "香川県", "高松市", "ごみ集積所", "XLSX;TXT;RDF", true, { "#property": "1" }]]);
  });

  it("観光施設一覧: basicPrice, detailPrice and parkingInformation are the fees and 駐車場情報 (before: extra)", async () => {
    const text = ['"#property","latitude","longitude","name","address","telephoneNumber","referenceObject","note","availableDate","startTime","endTime","availableDateNote","basicPrice","detailPrice","description","access","parkingInformation"',
      '"1","34.35012345","134.04612345","駅前観光案内所","高松市駅前町1-2","087-000-0001","http://www.example.jp/info/",,"月火水木金土日","09:00","20:00",,"無料","大人200円","観光案内所。","駅ビル1階","駐車スペース6台"'].join("\n");
    const { rows } = await runBytes(`${text}\n`, "372013_tourism.csv");
    expect(rows.map((r) => [r.valid, r.record.fee_basic, r.record.fee_details, r.record.parking, r.extra])).toEqual([
      [true, 0, "大人200円", "駐車スペース6台", { "#property": "1" }]]);
  });
});
