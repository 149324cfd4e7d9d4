import { describe, expect, it } from "vitest";
import { type Issue, issue } from "../../../pipelines/issues.ts";
import { boundOf } from "../../../pipelines/normalize/column-bounds.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { isOldFormat } from "../../../pipelines/normalize/row-repair.ts";
import { aed } from "../../../schemas/datasets/aed.ts";
import { event } from "../../../schemas/datasets/event.ts";
import { hospital } from "../../../schemas/datasets/hospital.ts";
import { DATASETS, getDataset } from "../../../schemas/index.ts";
import { flat } from "../../../pipelines/report.ts";

const OLD_AED_HEADER = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,方書,緯度,経度,設置位置,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,小児対応設備の有無,URL,備考".split(",");
const NEW_HEADER = ["全国地方公共団体コード", "ID", "地方公共団体名", "名称", "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "緯度", "経度"];

/** the AED record with every key null, then the given values */
const aedRecord = (values: Record<string, unknown>) =>
  ({ ...Object.fromEntries(aed.columns.map((c) => [c.key, null])), ...values });

describe("normalizeRecord", () => {
  it.each(DATASETS.map((d) => [d.id, d] as const))("%s: empty cells give every key as null and no issue", (_, dataset) => {
    const { record, issues } = normalizeRecord({}, dataset, { row: 1 });
    expect(record).toEqual(Object.fromEntries(dataset.columns.map((c) => [c.key, null])));
    expect(issues).toEqual([]);
  });

  it("an old 推奨 AED row: whole record and every repair as [row, field, code]", () => {
    const cells = {
      local_government_code: "13104", id: "１", prefecture: "東京都", city: "新宿区", name: "新宿区役所　本庁舎",
      name_kana: "ｼﾝｼﾞｭｸｸﾔｸｼｮ", full_address: "歌舞伎町1-4-1", building_name: "", latitude: "139.703616", longitude: "35.693840",
      installation_position: "１階　正面玄関", phone_number: "０３－３２０９－１１１１", extension_number: "", corporate_number: "",
      organization_name: "新宿区", available_days: "月火水木金", start_time: "8:30～17:15", end_time: "",
      availability_remarks: "", pediatric_pads: "有", url: "https://www.city.shinjuku.lg.jp/", remarks: "-",
    };
    const { record, issues } = normalizeRecord(cells, aed, { row: 4 }, { municipality: "131041", sourceHeaders: OLD_AED_HEADER });
    expect(record).toEqual(aedRecord({
      local_government_code: "131041", id: "1", local_government_name: "東京都新宿区", name: "新宿区役所　本庁舎",
      name_kana: "シンジュククヤクショ", located_local_government_code: "131041", full_address: "東京都新宿区歌舞伎町1-4-1",
      prefecture: "東京都", city: "新宿区", latitude: 35.69384, longitude: 139.703616, installation_position: "1階　正面玄関",
      phone_number: "03-3209-1111", organization_name: "新宿区", available_days: "月火水木金", start_time: "08:30", end_time: "17:15",
      pediatric_pads: true, url: "https://www.city.shinjuku.lg.jp/",
    }));
    expect(flat({ issues })).toEqual([
      [4, "local_government_code", "five_digit_code"],
      [4, "id", "full_width_converted"],
      [4, "name_kana", "half_width_kana"],
      [4, "installation_position", "full_width_converted"],
      [4, "phone_number", "full_width_converted"],
      [4, "start_time", "time_range_split"],
      [4, "end_time", "time_range_split"],
      [4, "remarks", "placeholder_value"],
      [4, "latitude", "swapped_lat_lon"],
      [4, "full_address", "address_completed"],
      [4, "located_local_government_code", "code_missing"],
      [4, "local_government_name", "local_government_name_missing"],
    ]);
    expect(issues.find((i) => i.code === "address_completed")).toEqual(
      issue("address_completed", { row: 4, field: "full_address", value: "歌舞伎町1-4-1" }));
  });

  it.each([
    ["元和泉三丁目地先", "東京都", "狛江市", "東京都狛江市元和泉三丁目地先", []],
    ["狛江市元和泉三丁目", "東京都", "狛江市", "東京都狛江市元和泉三丁目", []],
    ["下関市竹崎町4-1", "山口県", "", "山口県下関市竹崎町4-1", []],
    ["渋谷区神南1-1", "東京都", "新宿区", "東京都渋谷区神南1-1", []],
    ["瑞穂町大字箱根ケ崎2335", "東京都", "西多摩郡瑞穂町", "東京都西多摩郡瑞穂町大字箱根ケ崎2335", []],
    ["厚別区青葉町1-1", "北海道", "札幌市厚別区", "北海道札幌市厚別区青葉町1-1", []],
    ["町田市森野2-2-22", "東京都", "町田市", "東京都町田市森野2-2-22", []],
    ["浪速区敷津西1-5-23", "大阪府", "大阪市", "大阪府大阪市浪速区敷津西1-5-23", []],
    ["名護市字済井出1192番地", "沖縄県", "名護市", "沖縄県名護市字済井出1192番地", []],
    ["大手町３丁目１番１号 ", "大分県", "大分市", "大分県大分市大手町3丁目1番1号", ["extra_whitespace", "full_width_converted"]],
  ])("old format: 住所 %j with %s %s → %j", (address, prefecture, city, full, cellCodes) => {
    const { record, issues } = normalizeRecord({ full_address: address, prefecture, city }, aed, { row: 2 }, { sourceHeaders: OLD_AED_HEADER });
    expect(record.full_address).toBe(full);
    expect(flat({ issues }).filter(([, field]) => field === "full_address"))
      .toEqual([...cellCodes, "address_completed"].map((code) => [2, "full_address", code]));
  });

  it.each([
    ["東京都新宿区歌舞伎町1-4-1", "東京都", "新宿区"],
    ["神奈川県川崎市中原区1-1", "東京都", "町田市"],
    ["歌舞伎町1-4-1", "", ""],
  ])("leaves a complete or uncompletable address %j alone", (address, prefecture, city) => {
    const { record, issues } = normalizeRecord({ full_address: address, prefecture, city }, aed, { row: 2 }, { sourceHeaders: OLD_AED_HEADER });
    expect(record.full_address).toBe(address);
    expect(issues.filter((i) => i.field === "full_address")).toEqual([]);
  });

  it.each([
    ["狛江市和泉本町1-1-5", "東京都狛江市和泉本町1-1-5", "132195", "狛江市"],
    ["世田谷区世田谷4-21-27", "東京都世田谷区世田谷4-21-27", "131121", "世田谷区"],
    ["日野市神明1-12-1", "東京都日野市神明1-12-1", "132128", "日野市"],
    ["西多摩郡奥多摩町氷川215-6", "東京都西多摩郡奥多摩町氷川215-6", "133086", "西多摩郡奥多摩町"],
  ])("no publisher nor place column: %j, from a municipality only Tokyo has, is in Tokyo", (address, full, code, city) => {
    const { record, issues } = normalizeRecord({ name: "会場", full_address: address }, event, { row: 1 });
    expect([record.full_address, record.located_local_government_code, record.prefecture, record.city]).toEqual([full, code, "東京都", city]);
    expect(issues.find((i) => i.field === "full_address")).toEqual(issue("address_completed", { row: 1, field: "full_address", value: address }));
  });

  it.each([
    // wards of designated cities elsewhere too (大阪市北区), a city of 広島県 too, 町 names of other cities, no municipality
    "北区梅田1-1", "中央区銀座1-1", "港区築地1-1", "府中市府中町1-1", "瑞穂町1-1", "大島町1-1", "和泉本町1-1-5", "相模原市緑区1-1",
  ])("no publisher nor place column: %j is left as written, its place unknown", (address) => {
    const { record, issues } = normalizeRecord({ name: "会場", full_address: address }, event, { row: 1 });
    expect([record.full_address, record.located_local_government_code, record.prefecture]).toEqual([address, null, null]);
    expect(issues.filter((i) => i.field === "full_address")).toEqual([]);
  });

  it("new format: an empty 所在地_連結表記 is joined from the split columns", () => {
    const cells = { prefecture: "東京都", city: "新宿区", machiaza: "西新宿二丁目", city_block: "8-1", building_name: "第一本庁舎" };
    const { record, issues } = normalizeRecord(cells, aed, { row: 1 }, { sourceHeaders: NEW_HEADER });
    expect(record.full_address).toBe("東京都新宿区西新宿二丁目8-1\u3000第一本庁舎");
    // no code in the row and no publisher: the location's code is the one of the Tokyo municipality the address names
    expect(record.located_local_government_code).toBe("131041");
    expect(issues).toEqual([
      issue("address_joined", { row: 1, field: "full_address", value: null }),
      issue("located_code_from_address", { row: 1, field: "located_local_government_code", value: "131041" }),
    ]);
  });

  it("new format: a site the row's cells place outside Tokyo gets no location code and no area warning; a Tokyo city column gives its code", () => {
    const karuizawa = normalizeRecord({ local_government_code: "131041", full_address: "長野県北佐久郡軽井沢町長倉1000", prefecture: "長野県",
      latitude: "36.348", longitude: "138.597" }, aed, { row: 2 }, { sourceHeaders: NEW_HEADER });
    expect(karuizawa.record.located_local_government_code).toBe(null);
    // the publisher's name comes from its code; nothing about the place
    expect(karuizawa.issues.map((i) => i.code)).toEqual(["local_government_name_from_code"]);
    const hachijo = normalizeRecord({ local_government_code: "131041", full_address: "大賀郷2551-2", prefecture: "東京都", city: "八丈町",
      latitude: "33.1126", longitude: "139.7892" }, aed, { row: 2 }, { sourceHeaders: NEW_HEADER });
    expect(hachijo.record.located_local_government_code).toBe("134015");
    expect(hachijo.issues.map((i) => i.code)).not.toContain("coordinates_outside_area");
  });

  it("new format: a prefecture's list fills each row's location code from its address, its own code stays the prefecture's", () => {
    const { record, issues } = normalizeRecord({ local_government_code: "130001", full_address: "東京都八王子市元本郷町3-24-1" }, aed,
      { row: 2 }, { sourceHeaders: NEW_HEADER, municipality: "130001" });
    expect([record.local_government_code, record.located_local_government_code]).toEqual(["130001", "132012"]);
    expect(issues.map((i) => i.code)).toEqual(["located_code_from_address", "place_from_address", "place_from_address", "local_government_name_from_code"]);
    // a ward's own site: the same code as before, said as before
    const own = normalizeRecord({ local_government_code: "131041", full_address: "東京都新宿区西新宿2-8-1" }, aed, { row: 2 }, { sourceHeaders: NEW_HEADER });
    expect(own.record.located_local_government_code).toBe("131041");
    expect(own.issues.map((i) => i.code)).toEqual(["code_missing", "place_from_address", "place_from_address", "local_government_name_from_code"]);
  });

  it("a 地方公共団体名 of another municipality than the row's code is kept as written and warned with both; its own, or no municipality's, is not", () => {
    const named = (name: string): [unknown, unknown, Issue[]] => {
      const out = normalizeRecord({ local_government_code: "132187", local_government_name: name, full_address: "東京都福生市本町5" }, aed,
        { row: 3 }, { sourceHeaders: NEW_HEADER });
      return [out.record.local_government_code, out.record.local_government_name, out.issues.filter((i) => i.field === "local_government_name")];
    };
    const [code, name, [warned]] = named("羽村市");
    expect([code, name, warned.code, warned.severity]).toEqual(["132187", "羽村市", "local_government_name_differs_from_code", "warning"]);
    expect(warned.message_ja).toContain("「羽村市」は、同じ行の全国地方公共団体コード「132187」の団体（福生市）と違う団体の名前です");
    expect(warned.message_en).toContain("\"羽村市\" names another municipality than the row's local government code 132187 (福生市)");
    expect(named("東京都羽村市")[2].map((i) => i.code)).toEqual(["local_government_name_differs_from_code"]);
    for (const same of ["福生市", "東京都福生市", "福生市役所", "東京都"]) expect([same, named(same)[2]]).toEqual([same, []]);
  });

  it("new format: local_government_name is not invented from the location columns", () => {
    const { record } = normalizeRecord({ prefecture: "東京都", city: "新宿区" }, aed, { row: 1 }, { sourceHeaders: NEW_HEADER });
    expect(record.local_government_name).toBe(null);
  });

  it("fills empty codes from the publisher (the location code from the row's code first), never over a value that was there", () => {
    const filled = normalizeRecord({ local_government_code: "", located_local_government_code: "-" }, aed, { row: 3 }, { municipality: "13104" });
    expect([filled.record.local_government_code, filled.record.located_local_government_code]).toEqual(["131041", "131041"]);
    expect(flat(filled)).toEqual([
      [3, "located_local_government_code", "placeholder_value"],
      [3, "local_government_code", "code_missing"],
      [3, "located_local_government_code", "code_missing"],
      [3, "local_government_name", "local_government_name_from_code"],
    ]);
    // なし says no more than `-`: filled the same way, an info, and the row stays valid
    const none = normalizeRecord({ local_government_code: "なし", located_local_government_code: "該当なし" }, aed, { row: 4 }, { municipality: "13104" });
    expect([none.record.local_government_code, none.record.located_local_government_code]).toEqual(["131041", "131041"]);
    expect(none.issues.map((i) => [i.row, i.field, i.code, i.severity, i.value])).toEqual([
      [4, "local_government_code", "placeholder_value", "info", "なし"],
      [4, "located_local_government_code", "placeholder_value", "info", "該当なし"],
      [4, "local_government_code", "code_missing", "info", "131041"],
      [4, "located_local_government_code", "code_missing", "info", "131041"],
      [4, "local_government_name", "local_government_name_from_code", "info", "東京都新宿区"],
    ]);
    const prefectureFile = normalizeRecord({ local_government_code: "131041" }, aed, { row: 3 }, { municipality: "130001" });
    expect([prefectureFile.record.local_government_code, prefectureFile.record.located_local_government_code]).toEqual(["131041", "131041"]);
    expect(prefectureFile.issues).toEqual([issue("code_missing", { row: 3, field: "located_local_government_code", value: "131041" }),
      issue("local_government_name_from_code", { row: 3, field: "local_government_name", value: "東京都新宿区" })]);
    const bad = normalizeRecord({ local_government_code: "131042" }, aed, { row: 3 }, { municipality: "131041" });
    expect(bad.record.local_government_code).toBe(null);
    expect(flat(bad)).toEqual([[3, "local_government_code", "bad_check_digit"], [3, "located_local_government_code", "code_missing"]]);
  });

  it("old 推奨: 都道府県名/市区町村名 are the publisher; a row whose address is elsewhere takes its place from the address", () => {
    const headers = OLD_AED_HEADER;
    const row = (full_address: string, city = "千代田区") => normalizeRecord(
      { local_government_code: "131016", prefecture: "東京都", city, full_address }, aed, { row: 2 }, { sourceHeaders: headers },
    );
    const place = (r: ReturnType<typeof row>) => [r.record.prefecture, r.record.city, r.record.located_local_government_code,
      r.record.local_government_name, r.record.full_address];
    // the publisher's own rows: unchanged, whether the address starts with the city or not
    expect(place(row("九段南1-2-1"))).toEqual(["東京都", "千代田区", "131016", "東京都千代田区", "東京都千代田区九段南1-2-1"]);
    expect(row("東京都千代田区九段南1-2-1").issues.map((i) => i.code)).not.toContain("location_from_address");
    // another Tokyo municipality: its name and code; the publisher stays the publisher
    const shinjuku = row("新宿区西新宿2-8-1");
    expect(place(shinjuku)).toEqual(["東京都", "新宿区", "131041", "東京都千代田区", "東京都新宿区西新宿2-8-1"]);
    expect(shinjuku.issues).toContainEqual(issue("location_from_address", { row: 2, field: "city", value: "東京都千代田区 → 東京都新宿区" }));
    expect(place(row("東京都西多摩郡瑞穂町箱根ケ崎2335"))).toEqual(["東京都", "西多摩郡瑞穂町", "133035", "東京都千代田区", "東京都西多摩郡瑞穂町箱根ケ崎2335"]);
    // another prefecture: its name, no city and no code rather than wrong ones
    expect(place(row("長野県北佐久郡軽井沢町長倉1234"))).toEqual(["長野県", null, null, "東京都千代田区", "長野県北佐久郡軽井沢町長倉1234"]);
    // its coordinates are in 長野県, as its address says: not the ward's
    const karuizawa = normalizeRecord({ local_government_code: "131016", prefecture: "東京都", city: "千代田区",
      full_address: "長野県北佐久郡軽井沢町長倉1234", latitude: "36.34", longitude: "138.59" }, aed, { row: 2 }, { sourceHeaders: headers });
    expect(karuizawa.issues.map((i) => i.code)).not.toContain("coordinates_outside_area");
    // the publisher's city written without its 郡 is the same place
    expect(row("東京都瑞穂町箱根ケ崎2335", "西多摩郡瑞穂町").issues.map((i) => i.code)).not.toContain("location_from_address");
    // a prefecture's own file (市区町村名 empty): the city comes from the address
    expect(place(row("東京都八王子市元本郷町3-24-1", ""))).toEqual(["東京都", "八王子市", "132012", "東京都", "東京都八王子市元本郷町3-24-1"]);
    // island addresses with the island's name, a Tokyo town or village written without 東京都, a space after 郡,
    // the publisher's own 青ケ島村 spelled 青ヶ島村
    expect(place(row("東京都八丈島八丈町大賀郷2551-2"))).toEqual(["東京都", "八丈町", "134015", "東京都千代田区", "東京都八丈島八丈町大賀郷2551-2"]);
    expect(place(row("東京都三宅島三宅村阿古497"))[2]).toBe("133817");
    expect(place(row("大島町元町1-1-14"))).toEqual(["東京都", "大島町", "133612", "東京都千代田区", "東京都大島町元町1-1-14"]);
    expect(place(row("檜原村467-1"))[2]).toBe("133078");
    expect(place(row("東京都西多摩郡 奥多摩町 氷川215-6"))[2]).toBe("133086");
    const aogashima = normalizeRecord({ local_government_code: "134023", prefecture: "東京都", city: "青ケ島村", full_address: "青ヶ島村無番地" },
      aed, { row: 2 }, { sourceHeaders: headers });
    expect(aogashima.record.full_address).toBe("東京都青ヶ島村無番地");
    expect(aogashima.issues.map((i) => i.code)).not.toContain("location_from_address");
    // 都道府県名 left empty or written 東京 beside a Tokyo city: still the publisher
    for (const prefecture of ["", "東京"]) {
      const own = normalizeRecord({ local_government_code: "131041", prefecture, city: "新宿区", full_address: "東京都新宿区西新宿2-8-1" },
        aed, { row: 2 }, { sourceHeaders: headers });
      expect(own.issues.map((i) => i.code)).not.toContain("location_from_address");
    }
    // a postal code in front of the address is taken out; the address is then read for its place
    const shibuya = row("〒150-8010 東京都渋谷区宇田川町1-1");
    expect(place(shibuya)).toEqual(["東京都", "渋谷区", "131130", "東京都千代田区", "東京都渋谷区宇田川町1-1"]);
    expect(shibuya.record.postal_code).toBe("1508010");
    expect(shibuya.issues.map((i) => i.code)).toContain("postal_code_in_address");
    // the new format's location columns name the place: one that differs from the address is a conflict, settled by
    // the address (as the location code is) and warned, not the old format's publisher rule
    const fresh = normalizeRecord({ prefecture: "東京都", city: "千代田区", full_address: "東京都新宿区西新宿2-8-1" }, aed, { row: 2 },
      { sourceHeaders: NEW_HEADER });
    expect([fresh.record.prefecture, fresh.record.city]).toEqual(["東京都", "新宿区"]);
    expect(fresh.issues.map((i) => i.code)).toEqual(expect.arrayContaining(["city_differs_from_address"]));
    expect(fresh.issues.map((i) => i.code)).not.toContain("location_from_address");
  });

  it("coordinates outside the part of Tokyo the row's municipality is in are a warning; the values are kept", () => {
    const at = (code: string, latitude: string, longitude: string, located = "") => normalizeRecord(
      { local_government_code: code, located_local_government_code: located, latitude, longitude }, aed, { row: 5 },
    );
    // the value is the pair of coordinates; the area they fall outside is the message's detail
    const areaIssues = (r: ReturnType<typeof at>) => r.issues.filter((i) => i.code === "coordinates_outside_area").map((i) => [i.field, i.value, i.detail]);
    // 新宿区 with a point in 八王子 (Tama), and 八王子市 with a point in the wards
    const shinjuku = at("131041", "35.6664", "139.3160");
    expect(areaIssues(shinjuku)).toEqual([["latitude", "35.6664, 139.316", "新宿区・東京都区部"]]);
    expect(shinjuku.issues.find((i) => i.code === "coordinates_outside_area")?.message_ja).toContain("（35.6664, 139.316 → 新宿区・東京都区部）");
    expect([shinjuku.record.latitude, shinjuku.record.longitude]).toEqual([35.6664, 139.316]);
    expect(areaIssues(at("132012", "35.6938", "139.7034"))).toEqual([["latitude", "35.6938, 139.7034", "八王子市・多摩地域"]]);
    // in place: wards, Tama, the Izu islands, 小笠原 (父島); a ward's file with a site located in 八王子
    for (const [code, lat, lon] of [["131041", "35.6938", "139.7034"], ["132012", "35.6664", "139.3160"], ["133612", "34.7503", "139.3556"],
      ["134210", "27.0943", "142.1920"], ["131237", "35.7066", "139.8682"]]) expect(areaIssues(at(code, lat, lon))).toEqual([]);
    expect(areaIssues(at("131041", "35.6664", "139.3160", "132012"))).toEqual([]);
    // another prefecture's code is not checked; a point outside Japan is validation's error, not this warning
    expect(areaIssues(at("372013", "35.6938", "139.7034"))).toEqual([]);
    expect(areaIssues(at("131041", "48.856614", "2.352222"))).toEqual([]);
  });

  it("degrees with minutes and seconds after the point (35.41378 = 35°41′37.8″) are read so when only that lands in the row's part of Tokyo", () => {
    const at = (code: string, latitude: string, longitude: string, full_address = "") => normalizeRecord(
      { local_government_code: code, full_address, latitude, longitude, remarks: "" }, aed, { row: 5 },
    );
    const read = (r: ReturnType<typeof at>) => [r.record.latitude, r.record.longitude, r.issues.filter((i) => i.field === "latitude")
      .map((i) => [i.code, i.severity, i.value, i.detail])];
    // 新宿区役所 as 35°41′37.8″, 139°42′12.1″: as decimals a point in 神奈川県; 八王子市役所 as 35°39′19″, 139°18′57″
    expect(read(at("131041", "35.41378", "139.42121"))).toEqual([35.6938333, 139.7033611,
      [["dotted_dms", "warning", "35.41378, 139.42121", "35°41′37.8″, 139°42′12.1″ → 35.6938333, 139.7033611（新宿区・東京都区部）"]]]);
    expect(read(at("132012", "35.3919", "139.1857"))).toEqual([35.6552778, 139.3158333,
      [["dotted_dms", "warning", "35.3919, 139.1857", "35°39′19″, 139°18′57″ → 35.6552778, 139.3158333（八王子市・多摩地域）"]]]);
    expect(at("131041", "35.41378", "139.42121").issues.find((i) => i.code === "dotted_dms")?.message_ja)
      .toContain("小数点の後を分・秒と読むと（35°41′37.8″, 139°42′12.1″ → 35.6938333, 139.7033611（新宿区・東京都区部））その地域の中になるため");
    // decimals in place stay decimals; digits that are no minutes and seconds (66′, 60″), or a reading outside the area
    // too, are the outside warning as before
    expect(read(at("131041", "35.6938", "139.7034"))).toEqual([35.6938, 139.7034, []]);
    expect(read(at("131041", "35.6664", "139.3160"))[2]).toEqual([["coordinates_outside_area", "warning", "35.6664, 139.316", "新宿区・東京都区部"]]);
    expect(read(at("131041", "35.1012", "139.1012"))[2]).toEqual([["coordinates_outside_area", "warning", "35.1012, 139.1012", "新宿区・東京都区部"]]);
  });

  it("a latitude without its longitude (or the other way round) is warned with the one missing; before: published alone, nothing said", () => {
    const at = (latitude: string, longitude: string) => {
      const out = normalizeRecord({ local_government_code: "131041", full_address: "東京都新宿区歌舞伎町1-4-1", latitude, longitude, remarks: "" }, aed, { row: 5 });
      return [out.record.latitude, out.record.longitude, out.record.remarks,
        out.issues.filter((i) => i.field === "latitude" || i.field === "longitude").map((i) => [i.code, i.field, i.value, i.detail ?? null])];
    };
    expect([at("35.6938", ""), at("", "139.7034"), at("35.6938", "不明"), at("35.6938", "139.7034"), at("", "")]).toEqual([
      [35.6938, null, null, [["coordinate_without_pair", "latitude", "35.6938", "経度"]]],
      [null, 139.7034, null, [["coordinate_without_pair", "longitude", "139.7034", "緯度"]]],
      // the other unread: each said
      [35.6938, null, "経度：不明", [["unparseable_coordinate", "longitude", "不明", null], ["coordinate_without_pair", "latitude", "35.6938", "経度"]]],
      [35.6938, 139.7034, null, []],
      [null, null, null, []],
    ]);
    // a file without a 経度 column: nothing said on the row
    expect(normalizeRecord({ full_address: "東京都新宿区歌舞伎町1-4-1", latitude: "35.6938" }, aed, { row: 5 }).issues.map((i) => i.code)).not.toContain("coordinate_without_pair");
    const said = normalizeRecord({ full_address: "東京都新宿区歌舞伎町1-4-1", latitude: "35.6938", longitude: "" }, aed, { row: 5 }).issues.find((i) => i.code === "coordinate_without_pair")!;
    expect([said.severity, said.message_ja.includes("の値「35.6938」はありますが、「経度」が空欄か読めないため、この行は地図に置ける地点になりません（片方だけを0の地点として扱うアプリもあります）。"
      + "「経度」も10進数の度（例 35.6895、139.6917）で入力してください。")]).toEqual(["warning", true]);
  });

  it("a point outside Tokyo for a row whose address is in Tokyo is not published: emptied, kept in 備考, warned", () => {
    const at = (full_address: string) => normalizeRecord(
      { local_government_code: "131041", full_address, latitude: "35.1012", longitude: "139.1012", remarks: "" }, aed, { row: 5 },
    );
    const outside = at("東京都新宿区歌舞伎町1-4-1");
    expect([outside.record.latitude, outside.record.longitude, outside.record.remarks]).toEqual([null, null, "緯度：35.1012 / 経度：139.1012"]);
    expect(outside.issues.filter((i) => i.field === "latitude").map((i) => [i.code, i.severity, i.value, i.detail]))
      .toEqual([["coordinates_outside_tokyo", "warning", "35.1012, 139.1012", "東京都新宿区歌舞伎町1-4-1"]]);
    // no address that says Tokyo: the values may be right and the code wrong, kept and warned as before
    const unplaced = at("");
    expect([unplaced.record.latitude, unplaced.issues.filter((i) => i.field === "latitude").map((i) => i.code)]).toEqual([35.1012, ["coordinates_outside_area"]]);
  });

  it("both coordinates typed into 緯度 (or 経度) with the other cell empty are read as the pair when they are a point in Tokyo", () => {
    const hydrant = getDataset("fire_hydrant")!;
    const at = (latitude: string, longitude: string) => normalizeRecord({ latitude, longitude, remarks: "" }, hydrant, { row: 5 });
    const read = (r: ReturnType<typeof at>) => [r.record.latitude, r.record.longitude, r.record.remarks, r.issues.map((i) => [i.field, i.code, i.severity, i.value])];
    expect(read(at("35.6895,139.6917", ""))).toEqual([35.6895, 139.6917, null, [["latitude", "coordinates_in_one_cell", "info", "35.6895,139.6917"]]]);
    // each half named by its axis (a point copied with its labels; before: neither half read, the point lost)
    expect(read(at("緯度35.6895 経度139.6917", ""))).toEqual([35.6895, 139.6917, null, [["latitude", "coordinate_reformatted", "info", "緯度35.6895"],
      ["longitude", "coordinate_reformatted", "info", "経度139.6917"], ["latitude", "coordinates_in_one_cell", "info", "緯度35.6895 経度139.6917"]]]);
    expect(read(at("", "（35.6895、139.6917）"))).toEqual([35.6895, 139.6917, null, [["longitude", "coordinates_in_one_cell", "info", "（35.6895、139.6917）"]]]);
    // 経度 first: split as written, then swapped back as any swapped pair is
    expect(read(at("139.6917 35.6895", ""))).toEqual([35.6895, 139.6917, null,
      [["latitude", "coordinates_in_one_cell", "info", "139.6917 35.6895"], ["latitude", "swapped_lat_lon", "warning", "139.6917,35.6895"]]]);
    // each half read as any coordinate is, and said so
    expect(read(at("35度41分22.1秒,139度41分30.2秒", ""))[3]).toEqual([["latitude", "dms_converted", "info", "35度41分22.1秒"],
      ["longitude", "dms_converted", "info", "139度41分30.2秒"], ["latitude", "coordinates_in_one_cell", "info", "35度41分22.1秒,139度41分30.2秒"]]);
    expect(hydrant.columnByKey.has("remarks")).toBe(true);
  });

  it("a coordinate cell that does not read, a pair that is no point in Tokyo or one beside a filled cell, is kept in 備考 with its warning", () => {
    const hydrant = getDataset("fire_hydrant")!;
    const at = (latitude: string, longitude: string) => normalizeRecord({ latitude, longitude, remarks: "私設" }, hydrant, { row: 5 });
    const read = (r: ReturnType<typeof at>) => [r.record.latitude, r.record.longitude, r.record.remarks, r.issues.map((i) => [i.field, i.code, i.value])];
    expect(read(at("34.6937,135.5023", ""))).toEqual([null, null, "私設 / 緯度：34.6937,135.5023",
      [["latitude", "unparseable_coordinate", "34.6937,135.5023"], ["remarks", "kept_as_remarks", "緯度：34.6937,135.5023"]]]);
    // the longitude beside it is no point alone: said (coordinate_without_pair)
    expect(read(at("35.6895,139.6917", "139.6917"))).toEqual([null, 139.6917, "私設 / 緯度：35.6895,139.6917",
      [["latitude", "unparseable_coordinate", "35.6895,139.6917"], ["longitude", "coordinate_without_pair", "139.6917"], ["remarks", "kept_as_remarks", "緯度：35.6895,139.6917"]]]);
    expect(read(at("35.6895,東京", ""))[2]).toBe("私設 / 緯度：35.6895,東京");
    expect(read(at("35.6895,139.6917,10", ""))[2]).toBe("私設 / 緯度：35.6895,139.6917,10");
    // a placeholder is no value to keep
    expect(read(at("0", "0"))[2]).toBe("私設");
    expect(read(at("-", ""))[2]).toBe("私設");
  });

  it("終日 in the start cell with the end cell empty covers both", () => {
    const { record, issues } = normalizeRecord({ start_time: "終日" }, aed, { row: 2 });
    expect([record.start_time, record.end_time]).toEqual(["00:00", "23:59"]);
    expect(flat({ issues })).toEqual([[2, "start_time", "all_day_time"], [2, "end_time", "all_day_time"]]);
  });

  it("a range in the end cell with the start cell empty fills both; a single end time leaves the start empty", () => {
    const { record, issues } = normalizeRecord({ start_time: "", end_time: "22時～翌2時" }, aed, { row: 2 });
    expect([record.start_time, record.end_time]).toEqual(["22:00", "02:00"]);
    expect(flat({ issues })).toEqual([[2, "start_time", "time_range_split"], [2, "end_time", "time_range_split"], [2, "end_time", "time_past_midnight"]]);
    const single = normalizeRecord({ start_time: "", end_time: "17:00" }, aed, { row: 2 });
    expect([single.record.start_time, single.record.end_time]).toEqual([null, "17:00"]);
  });

  it("a start cell that says when the hours close (17時まで, 17:00迄, ～17:00) gives the end, not the start; 9時から stays the start", () => {
    for (const raw of ["17時まで", "17:00まで", "17時迄", "17時までに", "17時終了", "～17:00"]) {
      const { record, issues } = normalizeRecord({ start_time: raw }, aed, { row: 3 });
      expect([raw, record.start_time, record.end_time, record.availability_remarks]).toEqual([raw, null, "17:00", null]);
      expect(flat({ issues })).toEqual([[3, "start_time", "time_until_in_start"], [3, "end_time", "time_reformatted"]]);
    }
    const from = normalizeRecord({ start_time: "9時から" }, aed, { row: 3 });
    expect([from.record.start_time, from.record.end_time]).toEqual(["09:00", null]);
    // an end cell of its own is not overwritten; an end cell that says when the hours open is no end, kept in the remarks
    // (neither cell is lost: both are kept in the remarks, the start's with an issue that says the end cell was there)
    const both = normalizeRecord({ start_time: "17時まで", end_time: "9時から" }, aed, { row: 3 });
    expect([both.record.start_time, both.record.end_time, both.record.availability_remarks]).toEqual([null, null, "9時から / 17時まで"]);
    expect(flat({ issues: both.issues })).toEqual([[3, "end_time", "time_from_in_end"], [3, "availability_remarks", "kept_as_remarks"],
      [3, "start_time", "time_until_in_start_beside_end"]]);
  });

  it("a start cell that says when the hours close, with a note (17時まで（受付16時）), still gives the end; the note is kept in the remarks", () => {
    for (const [raw, kept] of [["17時まで（受付16時）", "17時まで（受付16時）"], ["17:00まで(受付は16:00まで)", "17:00まで(受付は16:00まで)"],
      ["１７時まで ※受付は16時まで", "17時まで ※受付は16時まで"]]) {
      const { record, issues } = normalizeRecord({ start_time: raw, availability_remarks: "土日休み" }, aed, { row: 3 });
      expect([raw, record.start_time, record.end_time, record.availability_remarks]).toEqual([raw, null, "17:00", `土日休み / ${kept}`]);
      expect(issues.map((i) => [i.row, i.field, i.code, i.value])).toEqual([[3, "start_time", "time_until_in_start", raw], [3, "start_time", "time_with_note", raw]]);
    }
    // a dataset without 利用可能日時特記事項 keeps it in its own text column (event: 開始日時特記事項), or in 備考 after the column's name
    expect(normalizeRecord({ name: "夏祭り", start_time: "21時まで（雨天時は20時）" }, event, { row: 4 }).record)
      .toMatchObject({ start_time: null, end_time: "21:00", schedule_remarks: "21時まで（雨天時は20時）" });
    const preschool = DATASETS.find((d) => d.id === "preschool")!;
    expect(normalizeRecord({ name: "保育園", childcare_start_time: "17時まで（受付16時）" }, preschool, { row: 4 }).record)
      .toMatchObject({ childcare_start_time: null, childcare_end_time: "17:00", remarks: "子供預かり開所時間：17時まで（受付16時）" });
    // a noted opening time in an end column is no end, and kept, said once with its note
    const opening = normalizeRecord({ start_time: "9:00", end_time: "9時から（受付8時半まで）" }, aed, { row: 5 });
    expect([opening.record.start_time, opening.record.end_time, opening.record.availability_remarks]).toEqual(["09:00", null, "9時から（受付8時半まで）"]);
    expect(flat({ issues: opening.issues })).toEqual([[5, "start_time", "time_reformatted"], [5, "end_time", "time_from_in_end"], [5, "end_time", "time_with_note"]]);
  });

  it("a start cell that says when the hours close beside an end cell of its own is kept in the remarks and said, never dropped", () => {
    const { record, issues } = normalizeRecord({ start_time: "17時まで", end_time: "18:00", availability_remarks: "月曜休館" }, aed, { row: 6 });
    expect([record.start_time, record.end_time, record.availability_remarks]).toEqual([null, "18:00", "月曜休館 / 17時まで"]);
    expect(issues.map((i) => [i.row, i.field, i.code, i.severity, i.value])).toEqual([[6, "start_time", "time_until_in_start_beside_end", "warning", "17時まで"]]);
    expect(issues[0].message_ja).toContain("「start_time」の値「17時まで」は終わりの時刻（まで）のため、開始の時刻には入れず空欄にしました。終了の時刻の列にも「18:00」が入っているため");
    expect(issues[0].message_en).toContain("The end time column holds \"18:00\" as well, so this time did not replace it; the cell was kept in the remarks column.");
    // with a note: kept once, one issue; the same time in both: kept too (nothing is dropped), the end as written
    const noted = normalizeRecord({ start_time: "17時まで（受付16時）", end_time: "17:00" }, aed, { row: 7 });
    expect([noted.record.start_time, noted.record.end_time, noted.record.availability_remarks]).toEqual([null, "17:00", "17時まで（受付16時）"]);
    expect(flat({ issues: noted.issues })).toEqual([[7, "start_time", "time_until_in_start_beside_end"]]);
    // a dataset whose column has no text column of its own keeps it in 備考 after the column's name
    const preschool = DATASETS.find((d) => d.id === "preschool")!;
    const childcare = normalizeRecord({ name: "保育園", childcare_start_time: "17時まで", childcare_end_time: "18時" }, preschool, { row: 8 });
    expect([childcare.record.childcare_start_time, childcare.record.childcare_end_time, childcare.record.remarks]).toEqual([null, "18:00", "子供預かり開所時間：17時まで"]);
    expect(flat({ issues: childcare.issues })).toEqual([[8, "childcare_end_time", "time_reformatted"], [8, "childcare_start_time", "time_until_in_start_beside_end"]]);
  });

  it("start 00:00 and end 00:00 in one row mean all day", () => {
    const { record, issues } = normalizeRecord({ start_time: "00:00", end_time: "00:00" }, aed, { row: 6 });
    expect([record.start_time, record.end_time]).toEqual(["00:00", "23:59"]);
    expect(flat({ issues })).toEqual([[6, "end_time", "all_day_time"]]);
  });

  it("an end of 0:00 after a later start is midnight: 23:59, said; an end before a start otherwise is not changed", () => {
    const night = normalizeRecord({ start_time: "9:00", end_time: "0:00" }, aed, { row: 5 });
    expect([night.record.start_time, night.record.end_time]).toEqual(["09:00", "23:59"]);
    expect(night.issues.find((i) => i.code === "midnight_end")).toMatchObject({ row: 5, field: "end_time", value: "09:00～0:00" });
    expect(normalizeRecord({ start_time: "9:00", end_time: "1:00" }, aed, { row: 5 }).record.end_time).toBe("01:00");
    // an event over two days that ends at 0:00 ends on its end date's first minute
    const event = DATASETS.find((d) => d.id === "event")!;
    const countdown = normalizeRecord({ name: "年越し", start_date: "2024-12-31", end_date: "2025-01-01", start_time: "22:00", end_time: "0:00" }, event, { row: 2 });
    expect([countdown.record.end_date, countdown.record.end_time]).toEqual(["2025-01-01", "00:00"]);
  });

  it("dispatches on kind in another dataset: dates, lists, numbers, flags, paired application times", () => {
    const cells = {
      name: "印西市民まつり", start_date: "令和6年11月3日", end_date: "毎年１１月に開催", keywords: "祭り；花火",
      fee_basic: "無料", capacity: "1,000人", online: "×", application_start_time: "9時～17時",
    };
    const { record, issues } = normalizeRecord(cells, event, { row: 1 });
    expect(record).toMatchObject({
      start_date: "2024-11-03", end_date: null, keywords: ["祭り", "花火"], fee_basic: 0, capacity: 1000, online: false,
      application_start_time: "09:00", application_end_time: "17:00",
    });
    expect(flat({ issues })).toEqual(expect.arrayContaining([
      [1, "start_date", "wareki_converted"], [1, "end_date", "date_recurring"], [1, "keywords", "full_width_converted"],
      [1, "fee_basic", "free_of_charge"], [1, "capacity", "thousands_separator"], [1, "capacity", "unit_stripped"],
      [1, "online", "nonstandard_flag"], [1, "application_start_time", "time_range_split"], [1, "application_end_time", "time_range_split"],
      // the date that did not read is kept as written in the schedule's remarks
      [1, "schedule_remarks", "kept_as_remarks"],
    ]));
    expect(issues).toHaveLength(10);
    expect(record.schedule_remarks).toBe("毎年11月に開催");
  });

  it("the official template's example row left in the file (○○会館, …○-○) is a warning on its name and address", () => {
    const { issues } = normalizeRecord({ name: "○○会館", full_address: "北海道札幌市厚別区青葉町一丁目○-○", installation_position: "1階" }, aed, { row: 1 });
    expect(issues.filter((i) => i.code === "template_example").map((i) => [i.field, i.severity])).toEqual([["name", "warning"], ["full_address", "warning"]]);
    const real = normalizeRecord({ name: "新宿区役所", full_address: "東京都新宿区歌舞伎町一丁目4番1号", installation_position: "1階" }, aed, { row: 1 });
    expect(real.issues.map((i) => i.code)).not.toContain("template_example");
  });

  it("a date range written in the start date fills both dates; an end date before its start is an error", () => {
    const range = normalizeRecord({ name: "冬祭り", start_date: "2024/12/1～2024/12/3", listing_start_date: "令和6年11月1日から11月30日まで" }, event, { row: 2 });
    expect(range.record).toMatchObject({ start_date: "2024-12-01", end_date: "2024-12-03", listing_start_date: "2024-11-01", listing_end_date: "2024-11-30" });
    expect(flat(range).filter(([, , code]) => code === "date_range_split").map(([, field]) => field))
      .toEqual(["start_date", "end_date", "listing_start_date", "listing_end_date"]);
    const reversed = normalizeRecord({ name: "秋祭り", start_date: "2024/10/1", end_date: "2024/9/30" }, event, { row: 3 });
    expect(reversed.issues.find((i) => i.code === "end_before_start")).toMatchObject({ row: 3, field: "end_date", severity: "error", value: "2024-10-01 > 2024-09-30" });
    // a second date without its year or month takes them from the first
    expect(normalizeRecord({ name: "夏祭り", start_date: "2024/7/20～22日" }, event, { row: 4 }).record).toMatchObject({ start_date: "2024-07-20", end_date: "2024-07-22" });
  });

  it("an end date without its year takes the start's, or the next year's past New Year; a list of days is kept whole in the remarks", () => {
    const sameYear = normalizeRecord({ name: "将棋大会", start_date: "2024年10月5日(土)", end_date: "10月6日(日)" }, event, { row: 2 });
    expect(sameYear.record).toMatchObject({ start_date: "2024-10-05", end_date: "2024-10-06" });
    expect(flat(sameYear).filter(([, , code]) => code.startsWith("date_year") || code === "unparseable_date")).toEqual([[2, "end_date", "date_year_from_start"]]);
    expect(normalizeRecord({ name: "星空観察会", start_date: "2024/12/28", end_date: "1月4日" }, event, { row: 3 }).record.end_date).toBe("2025-01-04");
    const listed = normalizeRecord({ name: "文化祭", start_date: "令和6年11月2日（土）・3日（日）", end_date: "", schedule_remarks: "雨天決行" }, event, { row: 4 });
    expect(listed.record).toMatchObject({ start_date: "2024-11-02", end_date: "2024-11-03", schedule_remarks: "雨天決行 / 令和6年11月2日（土）・3日（日）" });
    // a capacity that is no count of people (各回20人, 先着30組) is kept in 定員備考
    expect(normalizeRecord({ name: "親子教室", capacity: "先着30組", capacity_remarks: "要予約" }, event, { row: 6 }).record)
      .toMatchObject({ capacity: null, capacity_remarks: "要予約 / 先着30組" });
    // a date that does not read at all is kept there too
    expect(normalizeRecord({ name: "読み聞かせ", start_date: "毎週土曜日" }, event, { row: 5 }).record).toMatchObject({ start_date: null, schedule_remarks: "毎週土曜日" });
  });

  it("a value kept in the general 備考 says which column it was: a hydrant's 口径 75/100, a food permit's date that does not read; a tank's 40t is its 容量", () => {
    const hydrants = DATASETS.find((d) => d.id === "fire_hydrant")!;
    const hydrant = normalizeRecord({ kind: "消火栓", full_address: "東京都新宿区西新宿1-2", diameter_mm: "75/100", remarks: "単口" }, hydrants, { row: 3 });
    expect([hydrant.record.diameter_mm, hydrant.record.remarks]).toEqual([null, "単口 / 口径：75/100"]);
    // two sizes: said as such, the issue saying where the cell is kept
    expect(hydrant.issues.map((i) => [i.code, i.field])).toContainEqual(["several_numbers", "diameter_mm"]);
    const tank = normalizeRecord({ kind: "防火水槽", full_address: "東京都新宿区西新宿1-2", diameter_mm: "40t", remarks: "耐震性" }, hydrants, { row: 3 });
    expect([tank.record.diameter_mm, tank.record.remarks]).toEqual([null, "耐震性 / 容量：40t"]);
    expect(tank.issues.filter((i) => i.field === "diameter_mm" || i.field === "remarks").map((i) => [i.code, i.field, i.detail]))
      .toEqual([["other_quantity", "diameter_mm", "容量"]]);
    const food = DATASETS.find((d) => d.id === "food_business")!;
    expect(normalizeRecord({ name: "食堂", business_type: "飲食店営業", permit_date: "許可申請中" }, food, { row: 4 }).record.remarks).toBe("許可年月日：許可申請中");
    const culture = DATASETS.find((d) => d.id === "cultural_property")!;
    expect(normalizeRecord({ name: "旧安田楠雄邸", category: "区指定", designated_date: "昭和55年度" }, culture, { row: 2 }).record)
      .toMatchObject({ designated_date: null, remarks: "文化財指定日：昭和55年度" });
  });

  it("datasets with no 連絡先備考 keep a phone cell's second number or note in 備考; an event's unread deadline too", () => {
    const tourism = DATASETS.find((d) => d.id === "tourism")!;
    expect(normalizeRecord({ name: "高尾山", phone_number: "0570-055777／042-240-4300" }, tourism, { row: 2 }).record)
      .toMatchObject({ phone_number: "0570-055777", remarks: "連絡先電話番号：0570-055777/042-240-4300" });
    const event = DATASETS.find((d) => d.id === "event")!;
    expect(normalizeRecord({ name: "夏祭り", application_end_date: "7月20日（必着）" }, event, { row: 3 }).record)
      .toMatchObject({ application_end_date: null, remarks: "参加申込終了日：7月20日（必着）" });
  });

  it("a date read past its note keeps the whole cell in the remarks, said once", () => {
    const culture = DATASETS.find((d) => d.id === "cultural_property")!;
    const noted = normalizeRecord({ name: "木造観音像", category: "市指定", designated_date: "昭和45年3月1日（平成2年追加指定）" }, culture, { row: 2 });
    expect(noted.record).toMatchObject({ designated_date: "1970-03-01", remarks: "文化財指定日：昭和45年3月1日（平成2年追加指定）" });
    expect(noted.issues.map((i) => i.code).filter((c) => c === "date_with_note" || c === "kept_as_remarks")).toEqual(["date_with_note"]);
    const preschool = DATASETS.find((d) => d.id === "preschool")!;
    expect(normalizeRecord({ name: "ひかり保育園", approval_date: "平成10年4月1日認可" }, preschool, { row: 3 }).record)
      .toMatchObject({ approval_date: "1998-04-01", remarks: "認可等年月日：平成10年4月1日認可" });
  });

  it("午前 9:30～12:30 | 午後 休診: the day closes with the morning, both cells kept in the remarks", () => {
    const closed = normalizeRecord({ name: "赤羽眼科", start_time: "9:30～12:30", end_time: "休診" }, hospital, { row: 3 });
    expect([closed.record.start_time, closed.record.end_time, closed.record.availability_remarks]).toEqual(["09:30", "12:30", "9:30～12:30 / 休診"]);
    expect(closed.issues.map((i) => i.code)).toContain("closed_half_day");
    expect(closed.issues.map((i) => i.code)).not.toContain("unparseable_time");
    const noted = normalizeRecord({ name: "赤羽眼科", start_time: "9:30～12:30", end_time: "休診", availability_remarks: "日曜休診" }, hospital, { row: 3 });
    expect(noted.record.availability_remarks).toBe("日曜休診 / 9:30～12:30 / 休診");
    // an afternoon that is not closed but does not read is not taken as closed
    expect(normalizeRecord({ name: "赤羽眼科", start_time: "9:30～12:30", end_time: "要予約" }, hospital, { row: 3 }).record.end_time).toBeNull();
  });

  it("a day of sessions in one cell (9:00～12:00／14:30～18:00) opens and closes with the day, the cell kept in the remarks", () => {
    const { record } = normalizeRecord({ name: "新宿クリニック", start_time: "9:00～12:00／14:30～18:00", availability_remarks: "日曜休診" }, hospital, { row: 2 });
    expect([record.start_time, record.end_time, record.availability_remarks]).toEqual(["09:00", "18:00", "日曜休診 / 9:00～12:00/14:30～18:00"]);
  });

  it("a day split in two (午前 9:00～12:00, 午後 15:00～18:00) opens and closes with the day, both halves kept in the remarks", () => {
    const { record, issues } = normalizeRecord({ name: "新宿クリニック", start_time: "9:00～12:00", end_time: "15:00～18:00", availability_remarks: "日曜休診" }, hospital, { row: 2 });
    expect([record.start_time, record.end_time, record.availability_remarks]).toEqual(["09:00", "18:00", "日曜休診 / 9:00～12:00 / 15:00～18:00"]);
    expect(flat({ issues }).filter(([, , code]) => code === "kept_as_remarks")).toEqual([[2, "availability_remarks", "kept_as_remarks"]]);
    // one range in the start cell alone is the day: nothing to keep
    const whole = normalizeRecord({ name: "A", start_time: "9:00～18:00", end_time: "" }, hospital, { row: 3 });
    expect([whole.record.end_time, whole.record.availability_remarks]).toEqual(["18:00", null]);
  });

  it("one range written in both cells (開館時間 and 閉館時間 both 10:00～16:00) is the day, no split: nothing kept, a note kept once (before: the cell kept two or three times)", () => {
    const plain = normalizeRecord({ name: "A", start_time: "10:00～16:00", end_time: "10:00～16:00" }, hospital, { row: 2 });
    expect([plain.record.start_time, plain.record.end_time, plain.record.availability_remarks]).toEqual(["10:00", "16:00", null]);
    expect(flat(plain).filter(([, , code]) => code === "kept_as_remarks")).toEqual([]);
    const noted = normalizeRecord({ name: "A", start_time: "10:00～16:00 受付は15:30まで", end_time: "10:00～16:00 受付は15:30まで" }, hospital, { row: 3 });
    expect([noted.record.start_time, noted.record.end_time, noted.record.availability_remarks]).toEqual(["10:00", "16:00", "10:00～16:00 受付は15:30まで"]);
  });

  it("an end time without 午前/午後 beside a 午後 start is the afternoon's, when that is after the start", () => {
    const { record, issues } = normalizeRecord({ name: "講座", start_time: "午後1時", end_time: "5時" }, event, { row: 2 });
    expect([record.start_time, record.end_time]).toEqual(["13:00", "17:00"]);
    expect(flat({ issues }).filter(([, , code]) => code === "time_meridiem_carried")).toEqual([[2, "end_time", "time_meridiem_carried"]]);
    // a morning start, an end that says itself, or an end past midnight stays as read
    expect(normalizeRecord({ name: "朝市", start_time: "午前9時", end_time: "5時" }, event, { row: 3 }).record.end_time).toBe("05:00");
    expect(normalizeRecord({ name: "夜祭", start_time: "午後10時", end_time: "2時" }, event, { row: 4 }).record.end_time).toBe("02:00");
    expect(normalizeRecord({ name: "講座", start_time: "午後1時", end_time: "午前5時" }, event, { row: 5 }).record.end_time).toBe("05:00");
  });

  it("an end time past midnight on a one-day row ends the next day; a row over several days keeps its dates", () => {
    const oneDay = (cells: Record<string, string>) => normalizeRecord({ name: "花火大会", ...cells }, event, { row: 5 });
    const nextCodes = (out: ReturnType<typeof oneDay>) => flat(out).filter(([, , code]) => code === "end_date_next_day" || code === "end_before_start");
    // the same date, then an empty end date: the end is the next day, with one warning on the end date
    const same = oneDay({ start_date: "2024/7/20", end_date: "2024/7/20", start_time: "22:00", end_time: "翌2時" });
    expect(same.record).toMatchObject({ start_date: "2024-07-20", end_date: "2024-07-21", start_time: "22:00", end_time: "02:00" });
    expect(same.issues.find((i) => i.code === "end_date_next_day")).toMatchObject({ row: 5, field: "end_date", severity: "warning", value: "2024-07-20 → 2024-07-21" });
    expect(same.issues.find((i) => i.code === "end_date_next_day")?.message_ja).toContain("開始日の翌日");
    const empty = oneDay({ start_date: "令和6年12月31日", start_time: "20:00", end_time: "25:30" });
    expect(empty.record).toMatchObject({ end_date: "2025-01-01", end_time: "01:30" });
    // a range in the start cell says its end is the next day's too
    expect(oneDay({ start_date: "2024-02-28", end_date: "2024-02-28", start_time: "22時～翌2時" }).record)
      .toMatchObject({ end_date: "2024-02-29", start_time: "22:00", end_time: "02:00" });
    // the application period is a pair of its own
    expect(oneDay({ application_start_date: "2024-03-01", application_start_time: "18:00", application_end_time: "24:30" }).record)
      .toMatchObject({ application_end_date: "2024-03-02", application_end_time: "00:30" });
    // not moved: several days (each day's hours), an end date that did not read, 24:00 (23:59 of the same day), no past-midnight time
    const kept = [
      oneDay({ start_date: "2024-07-20", end_date: "2024-07-22", start_time: "18:00", end_time: "翌1時" }),
      oneDay({ start_date: "2024-07-20", end_date: "未定", end_time: "翌1時" }),
      oneDay({ start_date: "2024-07-20", end_date: "2024-07-20", end_time: "24:00" }),
      oneDay({ start_date: "2024-07-20", end_date: "2024-07-20", start_time: "22:00", end_time: "02:00" }),
    ];
    expect(kept.map((out) => out.record.end_date)).toEqual(["2024-07-22", null, "2024-07-20", "2024-07-20"]);
    expect(kept.flatMap(nextCodes)).toEqual([]);
    // 22:00 to 02:00 on one day without 翌: a warning to check, the dates kept
    expect(kept[3].issues.find((i) => i.code === "end_time_before_start")).toMatchObject({ field: "end_time", value: "22:00 > 02:00", severity: "warning" });
    expect(kept.slice(0, 3).flatMap((out) => out.issues).some((i) => i.code === "end_time_before_start")).toBe(false);
  });

  it("toilet seats that disagree: a sex's total that is not its urinals + 和式 + 洋式", () => {
    const toilets = DATASETS.find((d) => d.id === "public_toilet")!;
    const sums = (cells: Record<string, string>) => normalizeRecord({ name: "駅前公衆トイレ", installation_position: "駅前広場", ...cells }, toilets, { row: 3 })
      .issues.filter((i) => i.code === "sum_mismatch").map((i) => [i.row, i.field, i.value, i.detail]);
    expect(sums({ total_male_toilet: "6", urinal_male_toilet: "2", japanese_style_male_toilet: "2", western_style_male_toilet: "1" }))
      .toEqual([[3, "total_male_toilet", "6", "6 ≠ 5（男性トイレ数（小便器）＋男性トイレ数（和式）＋男性トイレ数（洋式））"]]);
    expect(sums({ total_female_toilet: "4", japanese_style_female_toilet: "2", western_style_female_toilet: "2", total_unisex_toilet: "1" })).toEqual([]);
  });

  it("population figures that disagree: a total that is not male + female, a sex less than its age bands", () => {
    const population = DATASETS.find((d) => d.id === "population")!;
    const sums = (cells: Record<string, string>) => normalizeRecord({ survey_date: "2024-01-01", area_name: "大塚", ...cells }, population, { row: 1 })
      .issues.filter((i) => i.code === "sum_mismatch").map((i) => [i.field, i.value, i.detail, i.severity]);
    // the value is the total's cell as written; the message compares the figures
    expect(sums({ total: "5,000", male: "2,400", female: "2,500" })).toEqual([["total", "5,000", "5000 ≠ 4900（男性＋女性）", "warning"]]);
    expect(sums({ total: "3000", male: "1500", female: "1500", age_0_4_male: "3000" })).toEqual([["male", "1500", "1500 < 3000（0-4歳の男性＋…＋85歳以上の男性）", "warning"]]);
    expect(normalizeRecord({ survey_date: "2024-01-01", area_name: "大塚", total: "5,000", male: "2,400", female: "2,500" }, population, { row: 1 })
      .issues.find((i) => i.code === "sum_mismatch")?.message_ja).toBe("1行目：「total」が内訳の合計と合いません（5000 ≠ 4900（男性＋女性））。合計の列と内訳の列の数を確認してください。");
    // agreeing figures, a part not given, a total that is no count (validation names it): nothing
    expect(sums({ total: "4900", male: "2400", female: "2500", age_0_4_male: "100" })).toEqual([]);
    expect(sums({ total: "4900", male: "2400" })).toEqual([]);
    expect(sums({ total: "-5", male: "10", female: "12" })).toEqual([]);
    // every band given: the sex must be their sum
    const bands = Object.fromEntries(population.columns.filter((c) => c.key.endsWith("_female") && c.key.startsWith("age_")).map((c) => [c.key, "10"]));
    expect(sums({ total: "180", male: "0", female: "180", ...bands })).toEqual([]);
    expect(sums({ total: "181", male: "0", female: "181", ...bands })).toEqual([["female", "181", "181 ≠ 180（0-4歳の女性＋…＋85歳以上の女性）", "warning"]]);
  });

  it("a cell that does not read is kept as written in its text column: 営業時間 with a note, a fee written as a sentence", () => {
    const facility = DATASETS.find((d) => d.id === "public_facility")!;
    const tourism = DATASETS.find((d) => d.id === "tourism")!;
    const hours = normalizeRecord({ name: "図書館", start_time: "平日9時、土曜10時", availability_remarks: "月曜休館" }, facility, { row: 2 });
    expect(hours.record).toMatchObject({ start_time: null, availability_remarks: "月曜休館 / 平日9時、土曜10時" });
    expect(hours.issues.map((i) => [i.field, i.code])).toEqual([["start_time", "unparseable_time"], ["availability_remarks", "kept_as_remarks"]]);
    // a range reads, a placeholder is no value: nothing kept
    expect(normalizeRecord({ name: "図書館", start_time: "9:00～17:00" }, facility, { row: 2 }).record).toMatchObject({ start_time: "09:00", end_time: "17:00", availability_remarks: null });
    expect(normalizeRecord({ name: "図書館", start_time: "-" }, facility, { row: 2 }).record.availability_remarks).toBeNull();
    // fees by kind of person alone give the general one (fees-by-person.ts); a sentence beside them does not read
    expect(normalizeRecord({ name: "美術館", fee_basic: "大人450円、団体割引あり" }, tourism, { row: 3 }).record).toMatchObject({ fee_basic: null, fee_details: "大人450円、団体割引あり" });
    expect(normalizeRecord({ name: "美術館", fee_basic: "大人450円、小人無料" }, tourism, { row: 3 }).record).toMatchObject({ fee_basic: 450, fee_details: "大人450円、小人無料" });
  });

  it("an address from a city Tokyo has not (和光市…) in a ward's list is not given 東京都, nor the ward's location code", () => {
    const facility = DATASETS.find((d) => d.id === "public_facility")!;
    const wako = normalizeRecord({ name: "保養施設", full_address: "和光市新倉二丁目1番1号" }, facility, { row: 1 }, { municipality: "131199" });
    expect([wako.record.full_address, wako.record.located_local_government_code, wako.record.prefecture]).toEqual(["和光市新倉二丁目1番1号", null, null]);
    // a Tokyo city's address is completed as before
    expect(normalizeRecord({ name: "出張所", full_address: "八王子市元本郷町3-24-1" }, facility, { row: 1 }, { municipality: "131199" }).record.full_address)
      .toBe("東京都八王子市元本郷町3-24-1");
  });

  it("a phone cell read in part or not at all is kept whole in 連絡先備考: its note, its second number, its words", () => {
    const facility = DATASETS.find((d) => d.id === "public_facility")!;
    const remarks = (phone: string) => {
      const { record, issues } = normalizeRecord({ name: "公園", phone_number: phone }, facility, { row: 1 }, { municipality: "131211" });
      return [record.phone_number, record.contact_remarks, issues.filter((i) => i.field === "contact_remarks").map((i) => i.code)];
    };
    expect(remarks("03-3607-8321（管理所）")).toEqual(["03-3607-8321", "03-3607-8321（管理所）", ["kept_as_remarks"]]);
    expect(remarks("042-492-2611/042-492-2612")).toEqual(["042-492-2611", "042-492-2611/042-492-2612", ["kept_as_remarks"]]);
    expect(remarks("お問い合わせは本庁まで")).toEqual([null, "お問い合わせは本庁まで", ["kept_as_remarks"]]);
    // a label only says what the number is: nothing to keep
    expect(remarks("TEL 03-3607-8321")).toEqual(["03-3607-8321", null, []]);
  });

  it("地方公共団体名 comes from the code where no 都道府県名/市区町村名 name it: Tokyo's municipalities and the prefecture", () => {
    const facility = DATASETS.find((d) => d.id === "public_facility")!;
    const nameOf = (code: string) => normalizeRecord({ local_government_code: code, name: "区民会館" }, facility, { row: 1 });
    expect(nameOf("131041").record.local_government_name).toBe("東京都新宿区");
    expect(nameOf("131041").issues.find((i) => i.field === "local_government_name")).toMatchObject({ code: "local_government_name_from_code", severity: "info", value: "東京都新宿区" });
    expect(nameOf("130001").record.local_government_name).toBe("東京都");
    expect(nameOf("134210").record.local_government_name).toBe("東京都小笠原村");
    // another prefecture's municipality is not in the registry: left empty, not made up
    expect(nameOf("442011").record.local_government_name).toBeNull();
    // a name written in the file stays
    expect(normalizeRecord({ local_government_code: "131041", local_government_name: "新宿区", name: "区民会館" }, facility, { row: 1 }).record.local_government_name).toBe("新宿区");
  });

  it("所在地_都道府県/市区町村, both empty, come from the full address: a Tokyo city by name, another prefecture without its city", () => {
    const facility = DATASETS.find((d) => d.id === "public_facility")!;
    const placeOfRow = (cells: Record<string, string>) => {
      const { record, issues } = normalizeRecord({ name: "会館", ...cells }, facility, { row: 1 }, { municipality: "133612" });
      return [record.prefecture, record.city, issues.filter((i) => i.code === "place_from_address").map((i) => [i.field, i.value])];
    };
    // completed from the publisher first (元町1-1-14 → 東京都大島町元町1-1-14)
    expect(placeOfRow({ full_address: "元町1-1-14" })).toEqual(["東京都", "大島町", [["prefecture", "東京都"], ["city", "大島町"]]]);
    expect(placeOfRow({ full_address: "長野県北佐久郡軽井沢町長倉1000" })).toEqual(["長野県", null, [["prefecture", "長野県"]]]);
    // a town with its 郡, as the address writes it
    expect(placeOfRow({ full_address: "東京都西多摩郡瑞穂町大字箱根ケ崎2335" })).toEqual(["東京都", "西多摩郡瑞穂町", [["prefecture", "東京都"], ["city", "西多摩郡瑞穂町"]]]);
    // either one given: the file's own, nothing filled
    expect(placeOfRow({ full_address: "東京都大島町元町1-1-14", city: "大島町" })).toEqual([null, "大島町", []]);
  });

  it("a time with a note is read without it, and the whole cell is kept in the remarks: nothing of the note is lost", () => {
    const facility = DATASETS.find((d) => d.id === "public_facility")!;
    const event = DATASETS.find((d) => d.id === "event")!;
    const range = normalizeRecord({ name: "図書館", start_time: "9時～17時（入館は16時30分まで）", availability_remarks: "月曜休館" }, facility, { row: 2 });
    expect(range.record).toMatchObject({ start_time: "09:00", end_time: "17:00", availability_remarks: "月曜休館 / 9時～17時（入館は16時30分まで）" });
    // the note is the start cell's: reported there once, not again for the end that read the range
    expect(range.issues.map((i) => [i.field, i.code])).toEqual([["start_time", "time_range_split"], ["start_time", "time_with_note"], ["end_time", "time_range_split"]]);
    const both = normalizeRecord({ name: "窓口", start_time: "（平日）8時30分", end_time: "17:00 ※土曜は12:00" }, facility, { row: 3 });
    expect(both.record).toMatchObject({ start_time: "08:30", end_time: "17:00", availability_remarks: "（平日）8時30分 / 17:00 ※土曜は12:00" });
    expect(both.issues.find((i) => i.field === "end_time")).toMatchObject({ code: "time_with_note", severity: "info", value: "17:00 ※土曜は12:00" });
    // an event keeps it in 開始日時特記事項
    expect(normalizeRecord({ name: "夏祭り", end_time: "21時（雨天時は20時）" }, event, { row: 4 }).record).toMatchObject({ end_time: "21:00", schedule_remarks: "21時（雨天時は20時）" });
    // a note around no time is no time
    expect(normalizeRecord({ name: "窓口", start_time: "（要予約）" }, facility, { row: 5 }).record).toMatchObject({ start_time: null, availability_remarks: "（要予約）" });
  });

  it("an evacuation site's 標高 is metres above T.P. (the standard's datum, so T.P. is only taken off): 15.3m and T.P.+3.5m read, 15km, 15人 and A.P.+2.1m (another datum) kept as written", () => {
    const evacuation = DATASETS.find((d) => d.id === "evacuation_space")!;
    const site = (elevation_m: string) => {
      const { record, issues } = normalizeRecord({ name: "江戸川区立中央小学校", elevation_m }, evacuation, { row: 2 }, { municipality: "131237" });
      return [elevation_m, record.elevation_m, record.remarks, issues.filter((i) => i.field === "elevation_m").map((i) => i.code)];
    };
    expect(["15.3m", "約50m", "T.P.+3.5m", "TP-0.5m", "T.P. 12.4", "東京湾平均海面+2.0m", "15km", "15人", "A.P.+2.1m", "Ｙ．Ｐ．＋４．０ｍ", "APビル"].map(site)).toEqual([
      ["15.3m", 15.3, null, ["unit_stripped"]],
      ["約50m", 50, "標高：約50m", ["unit_stripped", "approximate_number"]],
      // one warning for the unit, T.P. said at info level: nothing of the cell is lost, so nothing is kept
      ["T.P.+3.5m", 3.5, null, ["unit_stripped", "number_label_removed"]],
      ["TP-0.5m", -0.5, null, ["unit_stripped", "number_label_removed"]],
      ["T.P. 12.4", 12.4, null, ["number_label_removed"]],
      ["東京湾平均海面+2.0m", 2, null, ["unit_stripped", "number_label_removed"]],
      ["15km", null, "標高：15km", ["unparseable_number"]],
      ["15人", null, "標高：15人", ["unparseable_number"]],
      // a height from a river's datum is said as such (not as no number, whose fix, digits alone, would publish it as T.P.)
      ["A.P.+2.1m", null, "標高：A.P.+2.1m", ["height_other_datum"]],
      ["Ｙ．Ｐ．＋４．０ｍ", null, "標高：Y.P．＋4.0m", ["height_other_datum"]],
      ["APビル", null, "標高：APビル", ["unparseable_number"]],
    ]);
    const said = normalizeRecord({ name: "江東区立東陽小学校", elevation_m: "A.P.+3.2m" }, evacuation, { row: 2 }, { municipality: "131083" }).issues
      .find((i) => i.code === "height_other_datum")!;
    expect([said.severity, said.detail]).toEqual(["warning", "A.P.（荒川工事基準面）｜1.1344"]);
    expect(said.message_ja).toContain("A.P.（荒川工事基準面）からの高さ");
    expect(said.message_ja).toContain("1.1344mを引いた値");
    expect(said.message_en).toContain("minus 1.1344 m");
  });

  it("an evacuation site's 標高 after 海抜 or 標高, or below the sea in words (海抜マイナス1.0m), reads as metres above T.P.", () => {
    const evacuation = DATASETS.find((d) => d.id === "evacuation_space")!;
    const site = (elevation_m: string) => {
      const { record, issues } = normalizeRecord({ name: "江戸川区立中央小学校", elevation_m }, evacuation, { row: 2 }, { municipality: "131237" });
      return [elevation_m, record.elevation_m, record.remarks, issues.filter((i) => i.field === "elevation_m").map((i) => i.code)];
    };
    // before: each null, kept in 備考 as unparseable_number
    expect(["海抜マイナス1.0m", "海抜2.0m", "マイナス0.5", "標高：3.2m", "Ａ．Ｐ．マイナス１．０ｍ", "海抜ゼロ", "約マイナス1m"].map(site)).toEqual([
      ["海抜マイナス1.0m", -1, null, ["unit_stripped", "number_label_removed"]],
      ["海抜2.0m", 2, null, ["unit_stripped", "number_label_removed"]],
      ["マイナス0.5", -0.5, null, []],
      ["標高：3.2m", 3.2, null, ["unit_stripped", "number_label_removed"]],
      // a river's datum stays another datum, its minus in words too
      ["Ａ．Ｐ．マイナス１．０ｍ", null, "標高：A.P．マイナス1.0m", ["height_other_datum"]],
      // zero as a word (before: unread), warned: it may name the land, no measured height
      ["海抜ゼロ", 0, null, ["zero_in_words", "number_label_removed"]],
      ["約マイナス1m", -1, "標高：約マイナス1m", ["unit_stripped", "approximate_number"]],
    ]);
  });

  it("an evacuation site's 標高 of zero as a word (海抜ゼロメートル) reads 0, warned as it may name the land; before, unread", () => {
    const evacuation = DATASETS.find((d) => d.id === "evacuation_space")!;
    const site = (elevation_m: string) => {
      const { record, issues } = normalizeRecord({ name: "江戸川区立中央小学校", elevation_m }, evacuation, { row: 2 }, { municipality: "131237" });
      return [elevation_m, record.elevation_m, record.remarks, issues.filter((i) => i.field === "elevation_m").map((i) => i.code)];
    };
    expect(["海抜ゼロメートル", "ゼロｍ", "ゼロメートル地帯", "0m地帯"].map(site)).toEqual([
      ["海抜ゼロメートル", 0, null, ["unit_stripped", "zero_in_words", "number_label_removed"]],
      ["ゼロｍ", 0, null, ["full_width_converted", "unit_stripped", "zero_in_words"]],
      // a zone of the land, below the sea at high tide: no height
      ["ゼロメートル地帯", null, "標高：ゼロメートル地帯", ["unparseable_number"]],
      ["0m地帯", null, "標高：0m地帯", ["unparseable_number"]],
    ]);
    const said = normalizeRecord({ name: "江戸川区立中央小学校", elevation_m: "海抜ゼロメートル" }, evacuation, { row: 2 }, { municipality: "131237" }).issues
      .find((i) => i.code === "zero_in_words")!;
    expect([said.severity, said.row, said.value]).toEqual(["warning", 2, "海抜ゼロメートル"]);
    expect(said.message_ja).toContain("「ゼロ」という言葉を0として読みました");
    expect(said.message_en).toContain("read as 0");
  });

  it("an evacuation site's 標高 below the sea in words (海面下1.0m, 1.0m（海面下）) reads as a minus; before, unread, and 1.0m（海面下） was published as 1", () => {
    const evacuation = DATASETS.find((d) => d.id === "evacuation_space")!;
    const site = (elevation_m: string) => {
      const { record, issues } = normalizeRecord({ name: "江東区立東陽小学校", elevation_m }, evacuation, { row: 2 }, { municipality: "131083" });
      return [elevation_m, record.elevation_m, record.remarks, issues.filter((i) => i.field === "elevation_m").map((i) => [i.code, i.detail])];
    };
    const unit = ["unit_stripped", undefined];
    expect(["海面下1.0m", "海面下 ０．５ｍ", "1.0m（海面下）", "海面下0m", "海面下-1.0m", "海面下マイナス1.0m"].map(site)).toEqual([
      ["海面下1.0m", -1, null, [unit, ["below_zero_in_words", "-1"]]],
      ["海面下 ０．５ｍ", -0.5, null, [unit, ["below_zero_in_words", "-0.5"]]],
      ["1.0m（海面下）", -1, null, [unit, ["below_zero_in_words", "-1"]]],
      ["海面下0m", 0, null, [unit, ["below_zero_in_words", "0"]]],
      // a sign beside the word: which is meant the cell does not say
      ["海面下-1.0m", null, "標高：海面下-1.0m", [["unparseable_number", undefined]]],
      ["海面下マイナス1.0m", null, "標高：海面下マイナス1.0m", [["unparseable_number", undefined]]],
    ]);
    const said = normalizeRecord({ name: "江東区立東陽小学校", elevation_m: "海面下1.0m" }, evacuation, { row: 2 }, { municipality: "131083" }).issues.find((i) => i.code === "below_zero_in_words")!;
    expect([said.severity, said.message_ja.includes("マイナスの数-1として読みました")]).toEqual(["info", true]);
  });

  it("an evacuation site's 標高 given as a range (2.5m～3.0m) is said as one, both ends named, and left unread, the cell kept", () => {
    const evacuation = DATASETS.find((d) => d.id === "evacuation_space")!;
    const site = (elevation_m: string) => {
      const { record, issues } = normalizeRecord({ name: "江東区立東陽小学校", elevation_m }, evacuation, { row: 2 }, { municipality: "131083" });
      return [elevation_m, record.elevation_m, record.remarks, issues.filter((i) => i.field === "elevation_m").map((i) => [i.code, i.detail])];
    };
    expect(["2.5m～3.0m", "1.5～2.0m（地盤面）", "2.5-3.0", "-1.0〜0.5m", "3.0～2.5"].map(site)).toEqual([
      ["2.5m～3.0m", null, "標高：2.5m～3.0m", [["number_range", "2.5m～3.0m"]]],
      // with a note (before: said as no number)
      ["1.5～2.0m（地盤面）", null, "標高：1.5～2.0m（地盤面）", [["number_range", "1.5～2.0m"]]],
      ["2.5-3.0", null, "標高：2.5-3.0", [["number_range", "2.5～3.0"]]],
      ["-1.0〜0.5m", null, "標高：-1.0〜0.5m", [["number_range", "-1.0～0.5m"]]],
      // ends out of order are no range
      ["3.0～2.5", null, "標高：3.0～2.5", [["unparseable_number", undefined]]],
    ]);
    const said = normalizeRecord({ name: "江東区立東陽小学校", elevation_m: "2.5m～3.0m" }, evacuation, { row: 2 }, { municipality: "131083" }).issues.find((i) => i.code === "number_range")!;
    expect([said.severity, said.message_ja.includes("2.5m～3.0mという範囲")]).toEqual(["warning", true]);
    const care = DATASETS.find((d) => d.id === "care_service")!;
    const capacity = (raw: string) => normalizeRecord({ name: "デイサービス", capacity: raw }, care, { row: 2 }, { municipality: "131083" }).issues
      .filter((i) => i.field === "capacity").map((i) => i.code);
    expect([capacity("20～30名"), capacity("20～30名（予定）"), capacity("03-1234")]).toEqual([["number_range"], ["number_range"], ["unparseable_number"]]);
  });

  it("an evacuation site's 標高 with a river's datum after the number (3.0(A.P.), 3.0m A.P.) is a height from that datum, not read; before, 3.0 was published as metres above T.P.", () => {
    const evacuation = DATASETS.find((d) => d.id === "evacuation_space")!;
    const site = (elevation_m: string) => {
      const { record, issues } = normalizeRecord({ name: "江東区立東陽小学校", elevation_m }, evacuation, { row: 2 }, { municipality: "131083" });
      return [elevation_m, record.elevation_m, record.remarks, issues.filter((i) => i.field === "elevation_m").map((i) => [i.code, i.detail])];
    };
    const ap = ["height_other_datum", "A.P.（荒川工事基準面）｜1.1344"];
    expect(["3.0(A.P.)", "3.0m A.P.", "3.0(荒川工事基準面)", "2.0m(Y.P.)", "3.0(T.P.)", "3.0AP"].map(site)).toEqual([
      ["3.0(A.P.)", null, "標高：3.0(A.P.)", [ap]],
      ["3.0m A.P.", null, "標高：3.0m A.P.", [ap]],
      ["3.0(荒川工事基準面)", null, "標高：3.0(荒川工事基準面)", [ap]],
      ["2.0m(Y.P.)", null, "標高：2.0m(Y.P.)", [["height_other_datum", "Y.P.（江戸川工事基準面）｜0.8402"]]],
      // the standard's own datum after the number is only a note; letters run on to the number are no datum
      ["3.0(T.P.)", 3, "標高：3.0(T.P.)", [["number_with_note", undefined]]],
      ["3.0AP", null, "標高：3.0AP", [["unparseable_number", undefined]]],
    ]);
  });

  it("an AED's 利用可能時間 with its days before the hours (平日 8:30～17:15) gives the start and end, the cell kept in the remarks", () => {
    const aed = DATASETS.find((d) => d.id === "aed")!;
    const cells = (hours: string) => ({ name: "八丈町役場", installation_position: "1階ロビー", start_time: hours });
    const weekdays = normalizeRecord(cells("平日 8:30～17:15"), aed, { row: 2 });
    // with no 利用可能曜日 column, the plain days word gives it too
    expect(weekdays.record).toMatchObject({ available_days: "月火水木金", start_time: "08:30", end_time: "17:15", availability_remarks: "平日 8:30～17:15" });
    expect(weekdays.issues.map((i) => [i.field, i.code])).toEqual([["start_time", "time_range_split"], ["start_time", "time_with_note"], ["end_time", "time_range_split"],
      ["available_days", "days_from_time_cell"]]);
    expect(normalizeRecord(cells("月～金 9:00～17:00"), aed, { row: 3 }).record).toMatchObject({ start_time: "09:00", end_time: "17:00", availability_remarks: "月～金 9:00～17:00" });
    // the days and a note after the hours: both kept with the cell, said once
    const noted = normalizeRecord(cells("平日 9:00～17:00（土日祝休み）"), aed, { row: 4 });
    expect(noted.record).toMatchObject({ start_time: "09:00", end_time: "17:00", availability_remarks: "平日 9:00～17:00（土日祝休み）" });
    expect(noted.issues.filter((i) => i.code === "time_with_note")).toHaveLength(1);
    // all day, every day: the hours read, every day the days, the cell kept
    for (const hours of ["24時間365日", "365日24時間", "24時間・年中無休"]) {
      const always = normalizeRecord(cells(hours), aed, { row: 5 });
      expect([hours, always.record.start_time, always.record.end_time, always.record.available_days, always.record.availability_remarks])
        .toEqual([hours, "00:00", "23:59", "月火水木金土日", hours]);
      expect(always.issues.map((i) => [i.field, i.code])).toEqual([["start_time", "all_day_time"], ["start_time", "time_with_note"], ["end_time", "all_day_time"],
        ["available_days", "days_from_time_cell"]]);
    }
    expect(normalizeRecord(cells("9:00～21:00 年中無休"), aed, { row: 6 }).record).toMatchObject({ start_time: "09:00", end_time: "21:00", availability_remarks: "9:00～21:00 年中無休" });
  });

  it("an event's date range with words after it (の毎週月曜日) gives both dates, the cell kept as written in 開始日時特記事項", () => {
    const cell = "令和6年7月22日～8月30日の毎週月曜日";
    const { record, issues } = normalizeRecord({ name: "夏休み子ども教室", start_date: cell }, event, { row: 4 });
    expect(record).toMatchObject({ start_date: "2024-07-22", end_date: "2024-08-30", schedule_remarks: cell });
    expect(issues.filter((i) => i.field === "start_date" || i.field === "end_date").map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[4, "start_date", "date_range_split", cell], [4, "start_date", "date_with_note", cell], [4, "end_date", "date_range_split", cell],
        [4, "end_date", "date_with_note", cell]]);
  });

  it("a preschool's 収容定員 given by children's ages is their sum, the cell kept in 備考; a care home's 登録/通い/泊まり is not summed but read for its 登録", () => {
    const preschool = DATASETS.find((d) => d.id === "preschool")!;
    const ages = normalizeRecord({ name: "杉並幼稚園", capacity: "3歳児35名、4歳児70名、5歳児70名" }, preschool, { row: 4 });
    expect(ages.record).toMatchObject({ capacity: 175, remarks: "収容定員：3歳児35名、4歳児70名、5歳児70名" });
    expect(ages.issues.map((i) => [i.row, i.field, i.code, i.value])).toContainEqual([4, "capacity", "number_parts_summed", "3歳児35名、4歳児70名、5歳児70名"]);
    // 各: 20 for each of ages 3, 4 and 5
    const each = normalizeRecord({ name: "杉並幼稚園", capacity: "3～5歳児各20名" }, preschool, { row: 5 });
    expect(each.record).toMatchObject({ capacity: 60, remarks: "収容定員：3～5歳児各20名" });
    expect(each.issues.filter((i) => i.field === "capacity").map((i) => [i.row, i.code, i.value])).toEqual([[5, "number_parts_summed", "3～5歳児各20名"]]);
    const care = DATASETS.find((d) => d.id === "care_service")!;
    const measures = normalizeRecord({ name: "小規模多機能ホームさくら", capacity: "登録29名\n通い18名\n泊まり9名" }, care, { row: 7 });
    // not summed (56): the 登録 count is the capacity, its parts kept in 備考 (count_named_whole)
    expect(measures.record).toMatchObject({ capacity: 29, remarks: "定員：登録29名\n通い18名\n泊まり9名" });
  });

  it("dates a dataset says come in order: a permit that expires before it was given", () => {
    const food = DATASETS.find((d) => d.id === "food_business")!;
    const list = DATASETS.find((d) => d.id === "open_data_list")!;
    const permit = normalizeRecord({ name: "食堂", business_type: "飲食店営業", permit_date: "2023-06-01", permit_expiry_date: "令和4年5月31日まで" }, food, { row: 4 });
    expect(permit.record.permit_expiry_date).toBe("2022-05-31");
    expect(permit.issues.find((i) => i.code === "dates_out_of_order")).toMatchObject({ field: "permit_expiry_date", severity: "warning", value: "許可年月日 2023-06-01 > 2022-05-31" });
    expect(normalizeRecord({ name: "食堂", business_type: "飲食店営業", permit_date: "2023-06-01", permit_expiry_date: "2029-05-31" }, food, { row: 4 }).issues.map((i) => i.code)).not.toContain("dates_out_of_order");
    // a list's data may be updated before its publication (印西市: 最終更新日 2024-02-05, 公開日 2024-02-09): not checked
    expect(normalizeRecord({ issued: "2024-02-09", modified: "2024-02-05" }, list, { row: 1 }).issues.map((i) => i.code)).not.toContain("dates_out_of_order");
  });

  it("ー typed for the dash between an address's numbers (上野２ー１４－２１前) is the dash, and said", () => {
    const culture = DATASETS.find((d) => d.id === "cultural_property")!;
    const out = normalizeRecord({ name: "弁天堂", full_address: "東京都台東区上野２ー１４－２１前" }, culture, { row: 2 });
    expect(out.record.full_address).toBe("東京都台東区上野2-14-21前");
    expect(out.issues.find((i) => i.code === "address_dash")).toMatchObject({ field: "full_address", severity: "info" });
    // a long vowel in a name stays
    expect(normalizeRecord({ name: "センター", full_address: "東京都台東区上野公園センター前1-1" }, culture, { row: 3 }).record.full_address).toBe("東京都台東区上野公園センター前1-1");
  });

  // before: 丸の内ー丁目 published as written (no 丁目 a geocoder finds), 丸の内三ー2ー1 as 丸の内三ー2-1 (one dash of two read)
  it("ー typed for 一 before 丁目 (丸の内ー丁目) is 一, warned; ー after a kanji numeral before a number (一ー2) is the dash", () => {
    const aed = DATASETS.find((d) => d.id === "aed")!;
    const read = (a: string) => normalizeRecord({ name: "丸の内ビル", full_address: a }, aed, { row: 5 }, { municipality: "131016" });
    const one = read("東京都千代田区丸の内ー丁目2番3号");
    expect(one.record.full_address).toBe("東京都千代田区丸の内一丁目2番3号");
    const said = one.issues.filter((i) => i.code === "address_dash_as_one");
    expect(said.map((i) => [i.row, i.field, i.value, i.detail, i.severity])).toEqual([[5, "full_address", "東京都千代田区丸の内ー丁目2番3号", "東京都千代田区丸の内一丁目2番3号", "warning"]]);
    expect(said[0].message_ja).toContain("「丁目」の前の「ー」（長音記号など）は漢数字の「一」と読み");
    expect(said[0].message_en).toContain("was read as the numeral 一");
    expect(one.issues.map((i) => i.code)).not.toContain("address_dash");
    expect(read("東京都千代田区丸の内‐丁目ー2ー3").record.full_address).toBe("東京都千代田区丸の内一丁目ー2-3");
    for (const [written, fixed] of [["東京都千代田区丸の内一ー2", "東京都千代田区丸の内一-2"], ["東京都千代田区丸の内三ー2ー1", "東京都千代田区丸の内三-2-1"],
      ["東京都千代田区丸の内１丁目２ー３", "東京都千代田区丸の内1丁目2-3"]]) {
      const out = read(written);
      expect(out.record.full_address).toBe(fixed);
      // the value said is the address as the repair found it (its digits half-width already)
      expect(out.issues.filter((i) => i.code.startsWith("address_dash")).map((i) => [i.code, i.value])).toEqual([["address_dash", written.normalize("NFKC")]]);
    }
    // a katakana word's ー before 丁目 or a digit stays: only a kanji's or a digit's neighbour is a mark typed for another
    expect(read("東京都千代田区丸の内センター2").record.full_address).toBe("東京都千代田区丸の内センター2");
  });

  // before: published as 西新宿1チョウメ2バン3ゴウ, which no geocoder reads (half_width_kana only said)
  it("丁目, 番地, 番 and 号 written in half-width kana after the numbers (西新宿１ﾁｮｳﾒ２ﾊﾞﾝ３ｺﾞｳ) are read as such, said with the address read", () => {
    const aed = DATASETS.find((d) => d.id === "aed")!;
    const read = (a: string) => normalizeRecord({ name: "新宿ビル", full_address: a }, aed, { row: 4 }, { municipality: "131041" });
    const out = read("東京都新宿区西新宿１ﾁｮｳﾒ２ﾊﾞﾝ３ｺﾞｳ");
    expect(out.record.full_address).toBe("東京都新宿区西新宿1丁目2番3号");
    const said = out.issues.filter((i) => i.code === "address_kana_blocks");
    expect(said.map((i) => [i.row, i.field, i.value, i.detail, i.severity])).toEqual([[4, "full_address", "東京都新宿区西新宿１ﾁｮｳﾒ２ﾊﾞﾝ３ｺﾞｳ", "東京都新宿区西新宿1丁目2番3号", "info"]]);
    expect(said[0].message_ja).toBe("4行目：住所「東京都新宿区西新宿１ﾁｮｳﾒ２ﾊﾞﾝ３ｺﾞｳ」の数字の後のカナ（ﾁｮｳﾒ、ﾊﾞﾝﾁ、ﾊﾞﾝ、ｺﾞｳ）をそれぞれ丁目・番地・番・号と読み、"
      + "「東京都新宿区西新宿1丁目2番3号」としました。住所は「1丁目2番3号」か「1-2-3」のように入力してください。");
    for (const [written, fixed] of [["東京都新宿区西新宿1ﾁｮｳﾒ2-3", "東京都新宿区西新宿1丁目2-3"], ["新宿区西新宿2ﾁｮｳﾒ8ﾊﾞﾝ1ｺﾞｳ", "東京都新宿区西新宿2丁目8番1号"],
      ["東京都新宿区西新宿1ﾁｮｳﾒ", "東京都新宿区西新宿1丁目"], ["東京都新宿区百人町2ﾁｮｳﾒ5ﾊﾞﾝﾁ", "東京都新宿区百人町2丁目5番地"],
      ["東京都新宿区西新宿1丁目2ﾊﾞﾝ3ｺﾞｳ", "東京都新宿区西新宿1丁目2番3号"],
      // katakana words after a number are a name's (3バンカン: 3番館), and a ゴウ after no 番 is left
      ["東京都新宿区西新宿1-2ﾆｼｼﾝｼﾞｭｸ3ﾊﾞﾝｶﾝ", "東京都新宿区西新宿1-2ニシシンジュク3バンカン"], ["東京都新宿区西新宿1-2 ﾋﾞﾙ3ｺﾞｳ", "東京都新宿区西新宿1-2 ビル3ゴウ"]]) {
      expect(read(written).record.full_address).toBe(fixed);
    }
    expect(read("東京都新宿区西新宿1-2ﾆｼｼﾝｼﾞｭｸ3ﾊﾞﾝｶﾝ").issues.map((i) => i.code)).not.toContain("address_kana_blocks");
  });

  it("an address without 東京都 in a Tokyo municipality's file, with no prefecture or city columns, is completed from the publisher", () => {
    const culture = DATASETS.find((d) => d.id === "cultural_property")!;
    const addressOf = (a: string, municipality: string) => normalizeRecord({ name: "高尾山", full_address: a }, culture, { row: 1 }, { municipality }).record.full_address;
    expect(addressOf("八王子市初沢町1425", "132012")).toBe("東京都八王子市初沢町1425");
    expect(addressOf("初沢町1425", "132012")).toBe("東京都八王子市初沢町1425");
    expect(addressOf("大島町元町1-1", "132012")).toBe("東京都大島町元町1-1");
    // a full address, another prefecture's, or a prefecture's own list (which municipality?) stay as written
    expect(addressOf("長野県北佐久郡軽井沢町長倉1", "132012")).toBe("長野県北佐久郡軽井沢町長倉1");
    expect(addressOf("初沢町1425", "130001")).toBe("初沢町1425");
  });

  it("a time written in the date cell fills the empty time column; a filled one is kept", () => {
    const out = normalizeRecord({ name: "講演会", start_date: "2024年10月12日(土)18時30分", end_date: "2024/10/12 20:00" }, event, { row: 4 });
    expect(out.record).toMatchObject({ start_date: "2024-10-12", end_date: "2024-10-12", start_time: "18:30", end_time: "20:00" });
    expect(out.issues.filter((i) => i.code === "time_from_date_cell").map((i) => [i.field, i.value]))
      .toEqual([["start_time", "2024年10月12日(土)18時30分 → 18:30"], ["end_time", "2024/10/12 20:00 → 20:00"]]);
    expect(normalizeRecord({ start_date: "2024/11/3 10:00", start_time: "9:30" }, event, { row: 1 }).record.start_time).toBe("09:30");
    // a date-time with its offset after a space, as Python's str(datetime) writes it, in Japan's time (before: its time lost, unsaid)
    const spaced = normalizeRecord({ name: "講演会", start_date: "2024-10-04 15:00:00Z", end_date: "2024-10-05 12:00:00+09:00" }, event, { row: 4 });
    expect(spaced.record).toMatchObject({ start_date: "2024-10-05", start_time: "00:00", end_date: "2024-10-05", end_time: "12:00" });
  });

  it("a date's own midnight (2024/07/20 0:00, an all-day T00:00:00) is no time: the times stay empty or as their columns say (before: 00:00 to 00:00)", () => {
    const times = (values: Record<string, string>) => {
      const out = normalizeRecord({ name: "夏祭り", ...values }, event, { row: 2 });
      return [out.record.start_date, out.record.end_date, out.record.start_time, out.record.end_time, out.record.schedule_remarks ?? null,
        out.issues.filter((i) => ["time_from_date_cell", "time_in_date_cell_differs", "date_time_midnight"].includes(i.code)).map((i) => [i.field, i.code, i.value])];
    };
    expect(times({ start_date: "2024/07/20 0:00", end_date: "2024/07/21 0:00" })).toEqual(["2024-07-20", "2024-07-21", null, null, null,
      [["start_date", "date_time_midnight", "2024/07/20 0:00"], ["end_date", "date_time_midnight", "2024/07/21 0:00"]]]);
    expect(times({ start_date: "2024-10-05T00:00:00", end_date: "2024-10-05T00:00:00" }).slice(0, 4)).toEqual(["2024-10-05", "2024-10-05", null, null]);
    expect(times({ start_date: "2024/09/20 0:00:00" }).slice(2, 4)).toEqual([null, null]);
    // beside its own time column: that time, with no differing time said and nothing kept in the remarks
    expect(times({ start_date: "2024/07/20 0:00", start_time: "午後5時", end_time: "21:00" })).toEqual(["2024-07-20", null, "17:00", "21:00", null,
      [["start_date", "date_time_midnight", "2024/07/20 0:00"]]]);
    // an event that ends at midnight keeps its end
    expect(times({ start_date: "2024/12/31 22:00", end_date: "2025/1/1 0:00" }).slice(0, 4)).toEqual(["2024-12-31", "2025-01-01", "22:00", "00:00"]);
  });

  it("an end date written 同日 (当日, 同じ) is the start's day (before: not a date, the end left empty and 同日 kept in 開始日時特記事項)", () => {
    for (const same of ["同日", "当日", " 同じ ", "同日中"]) {
      const out = normalizeRecord({ name: "講座", start_date: "2024/4/1", end_date: same, start_time: "10:00" }, event, { row: 2 });
      expect([out.record.start_date, out.record.end_date, out.record.schedule_remarks]).toEqual(["2024-04-01", "2024-04-01", null]);
      expect(out.issues.filter((i) => i.field === "end_date").map((i) => [i.code, i.value, i.detail])).toEqual([["end_date_same_day", same.trim(), "2024-04-01"]]);
    }
    // another word stays unread, kept
    expect(normalizeRecord({ name: "講座", start_date: "2024/4/1", end_date: "未定" }, event, { row: 2 }).record.end_date).toBeNull();
  });

  it("an event with neither 開始日 nor 終了日 is warned (before: published with no word); one with either, or a date that did not read, is not", () => {
    const dated = (values: Record<string, string>) => normalizeRecord({ name: "交流プログラム", ...values }, event, { row: 5 }).issues
      .filter((i) => i.code === "event_dates_empty").map((i) => [i.row, i.field, i.severity]);
    expect(dated({ start_date: "", end_date: "" })).toEqual([[5, "start_date", "warning"]]);
    // named with what the row says of when in words
    const yearly = normalizeRecord({ name: "産業まつり", start_date: "", end_date: "", schedule_pattern: "毎年11月に開催" }, event, { row: 1 }).issues
      .find((i) => i.code === "event_dates_empty");
    expect(yearly).toMatchObject({ field: "start_date", detail: "毎年11月に開催", message_en: expect.stringContaining('(the row says only "毎年11月に開催")') });
    expect(dated({ start_date: "2022/11/3", end_date: "" })).toEqual([]);
    expect(dated({ start_date: "", end_date: "2022/11/3" })).toEqual([]);
    expect(dated({ start_date: "調整中", end_date: "" })).toEqual([]);
    // an event without the start column: not said on every row
    expect(dated({ end_date: "" })).toEqual([]);
  });

  it("an Excel serial date-time (45383.375, a date-time cell saved as a number) gives its time too (before: the date only, its time lost)", () => {
    const out = normalizeRecord({ name: "講座", start_date: "45383.375", end_date: "45383.5" }, event, { row: 1 });
    expect([out.record.start_date, out.record.start_time, out.record.end_date, out.record.end_time]).toEqual(["2024-04-01", "09:00", "2024-04-01", "12:00"]);
    expect(out.issues.filter((i) => i.code === "time_from_date_cell").map((i) => i.value)).toEqual(["45383.375 → 09:00", "45383.5 → 12:00"]);
    // a serial of a whole day, or with its midnight, is the date alone; a year with a fraction is no serial
    expect(normalizeRecord({ start_date: "45383", end_date: "45383.0" }, event, { row: 1 }).record).toMatchObject({ start_time: null, end_time: null });
    expect(normalizeRecord({ start_date: "2024.5" }, event, { row: 1 }).record.start_time).toBeNull();
  });

  it("hours joined by a dash after the date give the end time as `～` does (before: the end lost, read as a UTC offset or not at all)", () => {
    const hours = (cell: string) => {
      const out = normalizeRecord({ name: "講演会", start_date: cell }, event, { row: 3 });
      return [out.record.start_date, out.record.start_time, out.record.end_time, out.record.schedule_remarks,
        out.issues.filter((i) => i.field === "end_time").map((i) => [i.code, i.value])];
    };
    for (const cell of ["2024年5月3日 10:00-12:00", "2024/5/3 10:00-12:00", "2024-05-03 10:00-12:00", "令和6年5月3日（金）10:00－12:00",
      "令和6年5月3日(金) 10:00ー12:00", "2024年5月3日 10:00–12:00", "2024年5月3日 10:00−12:00", "2024年5月3日 10:00‐12:00", "２０２４年５月３日　１０：００－１２：００"]) {
      expect(hours(cell)).toEqual(["2024-05-03", "10:00", "12:00", null, [["time_from_date_cell", `${cell} → 12:00`]]]);
    }
    expect(hours("2024年5月3日 10時-12時")).toEqual(["2024-05-03", "10:00", "12:00", null, [["time_from_date_cell", "2024年5月3日 10時-12時 → 12:00"]]]);
    expect(hours("2024年5月3日 午前10時から正午まで")).toEqual(["2024-05-03", "10:00", "12:00", null, [["time_from_date_cell", "2024年5月3日 午前10時から正午まで → 12:00"]]]);
    // 正午 starts the hours too (before: nothing read)
    expect(hours("2024年5月3日 正午から13時")).toEqual(["2024-05-03", "12:00", "13:00", null, [["time_from_date_cell", "2024年5月3日 正午から13時 → 13:00"]]]);
    // times with seconds (before: the end left empty, the cell kept); with a dash after seconds, no zone of UTC−12
    // (before: 10:00:00-12:00 lost its 12:00 without a word)
    for (const cell of ["2024/5/3 10:00:00-12:00:00", "2024/5/3 10:00:00～12:00:00", "2024-05-03 10:00:00-12:00", "2024年5月3日 10時00分00秒～12時00分00秒"]) {
      expect(hours(cell)).toEqual(["2024-05-03", "10:00", "12:00", null, [["time_from_date_cell", `${cell} → 12:00`]]]);
    }
    // seconds other than 0 are read to the nearest minute, said of each time
    expect(hours("2024/5/3 9:59:59-11:59:59")).toEqual(["2024-05-03", "10:00", "12:00", null,
      [["time_from_date_cell", "2024/5/3 9:59:59-11:59:59 → 12:00"], ["time_seconds_rounded", "2024/5/3 9:59:59-11:59:59"]]]);
    // 午前/午後 before a time with a colon, as before 10時 (before: neither the date nor the hours read)
    expect(hours("2024年5月3日 午前10:00～午後0:30")).toEqual(["2024-05-03", "10:00", "12:30", null, [["time_from_date_cell", "2024年5月3日 午前10:00～午後0:30 → 12:30"]]]);
    // a dash to another day's time gives the end date too; one with nothing after it, a start only
    const days = normalizeRecord({ name: "講演会", start_date: "2024/5/3 10:00-2024/5/4 12:00" }, event, { row: 3 });
    expect(days.record).toMatchObject({ start_date: "2024-05-03", end_date: "2024-05-04", start_time: "10:00", end_time: "12:00" });
    expect(hours("2024/5/3 10:00-")).toEqual(["2024-05-03", "10:00", null, null, []]);
    // an ISO date-time with T reads its dash as a zone, and so gives no end either
    expect(hours("2024-05-03T10:00-12:00").slice(0, 3)).toEqual(["2024-05-04", "07:00", null]);
  });

  it("hours after the date and a comma (2024年5月3日、10:00～12:00) read as after a space (before: neither the date nor the hours)", () => {
    for (const cell of ["2024年5月3日、10:00～12:00", "2024/5/3, 10時～12時", "令和6年5月3日（金）、10:00-12:00"]) {
      const out = normalizeRecord({ name: "講演会", start_date: cell }, event, { row: 3 });
      expect([out.record.start_date, out.record.start_time, out.record.end_time]).toEqual(["2024-05-03", "10:00", "12:00"]);
    }
    const recurring = normalizeRecord({ name: "ヨガ", start_date: "毎週土曜日、2024年4月6日～9月28日、10時～12時" }, event, { row: 3 });
    expect(recurring.record).toMatchObject({ start_date: "2024-04-06", end_date: "2024-09-28", start_time: "10:00", end_time: "12:00" });
    // a list of days stays a list: 13日 is no time
    expect(normalizeRecord({ name: "講演会", start_date: "2024年5月3日、13日" }, event, { row: 3 }).record.start_time).toBeNull();
  });

  it("an ISO date-time with its offset (a CMS export's 開始日時) gives the date and the time in Japan, a UTC one moved and warned", () => {
    const local = normalizeRecord({ name: "B", start_date: "2024-10-05T10:00:00+09:00", end_date: "2024-10-05T16:00:00+09:00" }, event, { row: 2 });
    expect(local.record).toMatchObject({ start_date: "2024-10-05", end_date: "2024-10-05", start_time: "10:00", end_time: "16:00" });
    expect(local.issues.map((i) => i.code)).not.toContain("date_time_to_jst");
    // 15:00 UTC on the 4th is 00:00 on the 5th in Tokyo: the event is not published a day early
    const utc = normalizeRecord({ name: "G", start_date: "2024-10-04T15:00:00Z", end_date: "2024-10-05T07:00:00Z" }, event, { row: 7 });
    expect(utc.record).toMatchObject({ start_date: "2024-10-05", end_date: "2024-10-05", start_time: "00:00", end_time: "16:00" });
    expect(utc.issues.filter((i) => i.code === "date_time_to_jst").map((i) => [i.field, i.severity, i.value, i.detail]))
      .toEqual([["start_date", "warning", "2024-10-04T15:00:00Z", "2024-10-05 00:00"], ["end_date", "warning", "2024-10-05T07:00:00Z", "2024-10-05 16:00"]]);
    expect(utc.issues.filter((i) => i.code === "time_from_date_cell").map((i) => i.value)).toEqual(["2024-10-04T15:00:00Z → 00:00", "2024-10-05T07:00:00Z → 16:00"]);
    // another offset, a filled time column kept
    const newYork = normalizeRecord({ start_date: "2024-10-04T20:30-04:00", start_time: "9:30" }, event, { row: 1 });
    expect(newYork.record).toMatchObject({ start_date: "2024-10-05", start_time: "09:30" });
  });

  it("the doors' time beside the show's and a meeting time stay in 開始日時特記事項 when the start takes the show's or the meeting's", () => {
    const show = normalizeRecord({ name: "新春寄席", start_date: "2025-01-05", start_time: "開場12:30 開演13:00" }, event, { row: 8 });
    expect(show.record).toMatchObject({ start_time: "13:00", schedule_remarks: "開場12:30 開演13:00" });
    const walk = normalizeRecord({ name: "ウォーキング", start_date: "2024-11-23", start_time: "9:30集合" }, event, { row: 9 });
    expect(walk.record).toMatchObject({ start_time: "09:30", schedule_remarks: "9:30集合" });
    // a dash after the start is a start, a dash before it the end's
    expect(normalizeRecord({ start_date: "2024-12-01", start_time: "13:30-" }, event, { row: 1 }).record).toMatchObject({ start_time: "13:30", schedule_remarks: null });
    expect(normalizeRecord({ start_date: "2024-12-01", start_time: "-16:00" }, event, { row: 1 }).record).toMatchObject({ start_time: null, end_time: "16:00" });
  });

  it("a phone number in 連絡先名称 (a 問い合わせ先 column of mixed cells) goes to the empty 連絡先電話番号, cell by cell, said", () => {
    const contact = (cells: Record<string, string>) => {
      const out = normalizeRecord({ name: "催し", ...cells }, event, { row: 2 });
      return [out.record.contact_name, out.record.phone_number, out.record.extension_number, out.issues.filter((i) => i.code === "phone_from_contact_name").map((i) => [i.field, i.detail])];
    };
    expect(contact({ contact_name: "03-5939-6955" })).toEqual([null, "03-5939-6955", null, [["phone_number", "03-5939-6955｜"]]]);
    expect(contact({ contact_name: "北区観光協会　03-5939-6955" })).toEqual(["北区観光協会", "03-5939-6955", null, [["phone_number", "03-5939-6955｜北区観光協会"]]]);
    expect(contact({ contact_name: "赤羽馬鹿祭り実行委員会(03-3901-2551)" })).toEqual(["赤羽馬鹿祭り実行委員会", "03-3901-2551", null, [["phone_number", "03-3901-2551｜赤羽馬鹿祭り実行委員会"]]]);
    expect(contact({ contact_name: "文化課 TEL:03-3312-2111" })).toEqual(["文化課", "03-3312-2111", null, [["phone_number", "03-3312-2111｜文化課"]]]);
    expect(contact({ contact_name: "文化振興課(03-5246-1153)内線20" })).toEqual(["文化振興課", "03-5246-1153", "20", [["phone_number", "03-5246-1153｜文化振興課"]]]);
    // a name alone, two numbers, a number of the wrong length, or a row with its own other number: as written
    expect(contact({ contact_name: "王子「狐の行列」の会" })).toEqual(["王子「狐の行列」の会", null, null, []]);
    expect(contact({ contact_name: "観光課 03-1111-2222／03-1111-3333" })[3]).toEqual([]);
    expect(contact({ contact_name: "観光課 03-1111-222" })[3]).toEqual([]);
    expect(contact({ contact_name: "観光課 03-1111-2222", phone_number: "03-5555-6666" })).toEqual(["観光課 03-1111-2222", "03-5555-6666", null, []]);
    // the row's own number written again in the name is taken off the name
    expect(contact({ contact_name: "観光課 03-1111-2222", phone_number: "03-1111-2222" }).slice(0, 2)).toEqual(["観光課", "03-1111-2222"]);
    const said = normalizeRecord({ contact_name: "北区観光協会　03-5939-6955" }, event, { row: 2 }).issues.find((i) => i.code === "phone_from_contact_name")!;
    expect(said.message_ja).toContain("番号「03-5939-6955」を「phone_number」に移し、連絡先名称を「北区観光協会」にしました");
  });

  it("an empty 市区町村コード of an evacuation site takes the row's code, else the publisher's, else its site's municipality; an empty 調査年月日 the file's as-of date", () => {
    const evacuation = DATASETS.find((d) => d.id === "evacuation_space")!;
    const population = DATASETS.find((d) => d.id === "population")!;
    const site = normalizeRecord({ name: "稲城第一小学校", local_government_code: "132250" }, evacuation, { row: 1 });
    expect(site.record.municipality_code).toBe("132250");
    expect(site.issues.find((i) => i.field === "municipality_code")).toMatchObject({ code: "code_missing", value: "132250" });
    // a prefecture's list: the row's own code, not the prefecture's
    expect(normalizeRecord({ name: "x", local_government_code: "130001" }, evacuation, { row: 1 }, { municipality: "130001" }).record.municipality_code).toBeNull();
    // …whose sites' addresses say the municipality that designated them (東京都's copy of GSI's data: 大島町, 八丈町)
    const island = (full_address: string) => normalizeRecord({ id: "13361-001", name: "大島町立第一中学校", full_address }, evacuation, { row: 1 }, { municipality: "130001" });
    expect(island("東京都大島町元町字家の上445-5").record).toMatchObject({ local_government_code: "130001", located_local_government_code: "133612", municipality_code: "133612" });
    expect(island("東京都八丈島八丈町三根1672").record.municipality_code).toBe("134015");
    expect(island("東京都大島町元町字家の上445-5").issues.find((i) => i.field === "municipality_code")).toMatchObject({ code: "code_missing", value: "133612" });
    // a row of the publisher's own municipality keeps the publisher's, wherever its address is
    expect(normalizeRecord({ name: "x", full_address: "東京都大島町元町1-1-14" }, evacuation, { row: 1 }, { municipality: "132250" }).record.municipality_code).toBe("132250");
    expect(normalizeRecord({ name: "x" }, evacuation, { row: 1 }, { municipality: "132250" }).record.municipality_code).toBe("132250");
    expect(normalizeRecord({ name: "x", municipality_code: "なし" }, evacuation, { row: 1 }, { municipality: "132250" }).record.municipality_code).toBe("132250");
    const area = normalizeRecord({ area_name: "中野一丁目", total: "10", male: "5", female: "5" }, population, { row: 2 }, { asOf: "2024-01-01" });
    expect(area.record.survey_date).toBe("2024-01-01");
    expect(area.issues.find((i) => i.field === "survey_date")).toMatchObject({ code: "survey_date_filled", value: "2024-01-01", severity: "info" });
    // a date written in the row wins; a date that did not read is not replaced
    expect(normalizeRecord({ survey_date: "2023-10-01" }, population, { row: 2 }, { asOf: "2024-01-01" }).record.survey_date).toBe("2023-10-01");
    expect(normalizeRecord({ survey_date: "不明" }, population, { row: 2 }, { asOf: "2024-01-01" }).record.survey_date).toBeNull();
  });

  it.each([
    ["start_time", "start"], ["end_time", "end"], ["childcare_start_time", "start"], ["application_end_time", "end"],
    ["opening_hours", undefined], ["weekend_time", undefined],
  ])("boundOf(%j) → %j", (key, bound) => expect(boundOf(key)).toBe(bound));

  it.each([
    [OLD_AED_HEADER, true],
    [["都道府県コード又は\r\n市区町村コード", "NO", "名称"], true],
    [NEW_HEADER, false],
    [["NO", "名称", "住所"], false],
    [undefined, false],
  ])("isOldFormat(%j) → %j", (headers, old) => expect(isOldFormat(headers)).toBe(old));
});

describe("団体名 / 法人名 that says a person runs it", () => {
  const food = getDataset("food_business")!;
  // 個⼈ with the Kangxi radical ⼈, which NFKC makes 人
  it.each(["個人", "個人経営", "個人 事業主", "個⼈経営"])("%s is no name: not published, kept in 備考, warned", (written) => {
    const { record, issues } = normalizeRecord({ name: "高橋食堂", business_type: "飲食店営業", organization_name: written }, food, { row: 3 });
    expect([record.organization_name, record.remarks]).toEqual([null, `法人名：${written}`]);
    expect(issues.filter((i) => i.field === "organization_name").map((i) => [i.row, i.code, i.severity, i.value]))
      .toEqual([[3, "organization_is_person", "warning", written]]);
  });

  // checkOrganization turns away a name without 個 before normalizing it: that holds while NFKC makes 個 of nothing else
  it("no character but 個 becomes 個 under NFKC", () => {
    const makers: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const s = String.fromCodePoint(c);
      if (s !== "個" && s.normalize("NFKC").includes("個")) makers.push(s);
    }
    expect(makers).toEqual([]);
  });

  it.each(["（個人）", "【個人】"])("%s, the word in brackets, is no name either", (written) => {
    const { record, issues } = normalizeRecord({ name: "高橋食堂", business_type: "飲食店営業", organization_name: written }, food, { row: 3 });
    expect([record.organization_name, record.remarks, issues.filter((i) => i.field === "organization_name").map((i) => i.code)])
      .toEqual([null, `法人名：${written}`, ["organization_is_person"]]);
  });

  // food lists mask a person's 営業者氏名 (＊＊＊); published, the mask read as the business's operator
  it.each(["＊＊＊", "***", "●●●", "×××", "非公開", "個人情報のため非公開", "（非公表）", "不掲載", "掲載しません"])("法人名 %s withholds the name: not published, kept in 備考, said", (written) => {
    const { record, issues } = normalizeRecord({ name: "焼肉ねりま", business_type: "飲食店営業", organization_name: written }, food, { row: 4 });
    expect([record.organization_name, record.remarks]).toEqual([null, `法人名：${written}`]);
    expect(issues.filter((i) => i.field === "organization_name").map((i) => [i.row, i.code, i.severity, i.value]))
      .toEqual([[4, "name_withheld", "info", written]]);
  });

  it("所有者等 of marks is withheld; of words (個人所有のため非公開) it says who owns, and stays", () => {
    const cultural = getDataset("cultural_property")!;
    const read = (owner: string) => normalizeRecord({ name: "木造仁王像", category: "区指定", full_address: "東京都品川区北品川一丁目", owner }, cultural, { row: 2 });
    const masked = read("＊＊＊");
    expect([masked.record.owner, masked.record.remarks, masked.issues.filter((i) => i.field === "owner").map((i) => i.code)])
      .toEqual([null, "所有者等：＊＊＊", ["name_withheld"]]);
    expect(read("個人所有のため非公開").record.owner).toBe("個人所有のため非公開");
  });

  it("dashes, a template's 〇〇 and a lone mark are said otherwise or not at all: no name withheld", () => {
    for (const written of ["---", "〇〇", "※", "×"]) {
      const { issues } = normalizeRecord({ name: "A", business_type: "飲食店営業", organization_name: written }, food, { row: 1 });
      expect(issues.filter((i) => i.code === "name_withheld"), written).toEqual([]);
    }
  });

  it("a name with marks or 非公開 in it is a name", () => {
    for (const written of ["株式会社〇〇フーズ", "Café ★", "非公開株式会社", "ABC"]) {
      const { record, issues } = normalizeRecord({ name: "A", business_type: "飲食店営業", organization_name: written }, food, { row: 1 });
      expect([record.organization_name, issues.filter((i) => i.code === "name_withheld")]).toEqual([written, []]);
    }
  });

  it("a name with 個人 in it, or a person's name, is a name", () => {
    for (const written of ["個人タクシー協同組合", "高橋三郎", "株式会社個人情報保護センター"]) {
      const { record, issues } = normalizeRecord({ name: "A", business_type: "飲食店営業", organization_name: written }, food, { row: 1 });
      expect([record.organization_name, issues.filter((i) => i.code === "organization_is_person")]).toEqual([written, []]);
    }
  });
});
