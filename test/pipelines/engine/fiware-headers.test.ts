// 高松市's lists with FIWARE-style English headers (#property, latitude, prefCode …), as its repository publishes
// them for each dataset: each header is read as the column it names, none left in extra. Rows are our own, in the
// value forms of the city's files.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("高松市's FIWARE-style headers", () => {
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
