// Header mapping: exact → alias → normalized → fuzzy; every source column reported with field and method;
// unmapped columns kept in `extra`, never dropped.
import { describe, expect, it } from "vitest";
import { fuzzyMatch, similarity } from "../../../pipelines/header-fuzzy.ts";
import { matchHeader, normalizeHeader } from "../../../pipelines/header-match.ts";
import { mapHeaders } from "../../../pipelines/headers.ts";
import { withStandIns } from "../../../pipelines/stand-in-cells.ts";
import { col } from "../../../schemas/column.ts";
import { defineDataset } from "../../../schemas/dataset.ts";
import { getDataset } from "../../../schemas/index.ts";
import { text } from "../../../schemas/types.ts";
import { runBytes, tuples } from "./helpers.ts";

const aed = getDataset("aed")!;
const tourism = getDataset("tourism")!;

describe("normalizeHeader", () => {
  it.each([
    ["備　　　考", "備考"],
    ["ＵＲＬ", "url"],
    ["料金（基本）", "料金基本"],
    ["料金.基本.", "料金基本"],
    ["料金_基本", "料金基本"],
    ["都道府県コード又は\r\n市区町村コード", "都道府県コード又は市区町村コード"],
    ["\uFEFF名称", "名称"],
    ["ﾒｲｼｮｳ", "メイショウ"],
  ])("%s → %s", (raw, normalized) => expect(normalizeHeader(raw)).toBe(normalized));
});

describe("matchHeader", () => {
  it.each([
    ["名称", "name", "exact"],
    ["所在地_連結表記", "full_address", "exact"],
    ["住所", "full_address", "alias"],
    ["latitude", "latitude", "alias"],
    ["都道府県コード又は市区町村コード", "local_government_code", "alias"],
    [" 名称 ", "name", "exact"],
    ["名　称", "name", "alias"],
    ["緯度（世界測地系）", "latitude", "alias"],
    ["緯度（世界測地系", "latitude", "alias"], // the closing bracket forgotten
    ["経度 (WGS84", "longitude", "alias"],
    ["経度\n(WGS84)", "longitude", "alias"],
    ["電話番号【代表】", "phone_number", "alias"],
    ["設置位置 [建物内]", "installation_position", "alias"],
    // the old Tokyo datum is ~450 m off: taken, and its rows converted (tokyo-datum.test.ts); 日本測地系2011 is JGD2011
    ["緯度（日本測地系）", "latitude", "alias"],
    ["緯度（日本測地系2011）", "latitude", "alias"],
    ["独自の列", null, null],
  ])("%s → %s (%s)", (cell, key, method) => {
    const m = matchHeader(cell, aed);
    expect(m === null ? [null, null] : [m.key, m.method]).toEqual([key, method]);
  });

  it("reads a cell once per dataset: the same cell again is the same match, another dataset's its own", () => {
    // a file's head is matched cell by cell against every dataset, and again by header location and scoring
    const first = matchHeader("緯度（世界測地系）", aed);
    expect(first).toEqual({ key: "latitude", method: "alias", qualified: true });
    expect(matchHeader("緯度（世界測地系）", aed)).toBe(first);
    expect(matchHeader("設置位置", aed)?.key).toBe("installation_position");
    expect(matchHeader("設置位置", tourism)).toBeNull();
    expect(matchHeader("独自の列", aed)).toBeNull();
    expect(matchHeader("独自の列", aed)).toBeNull();
  });

  it("similarity is 1 for equal text and lower for a typo", () => {
    expect(similarity("設置位置", "設置位置")).toBe(1);
    expect(similarity("利用可能日時特記事項", "利用可能日時特記事")).toBeGreaterThan(0.8);
    expect(similarity("名称", "住所")).toBe(0);
  });
});

describe("mapHeaders", () => {
  it("a reading headed after another column that is not the name (施設_カナ beside 施設, with 名称 the name) stays in extra", () => {
    const toilet = getDataset("public_toilet")!;
    const beside = mapHeaders(["ID", "名称", "施設", "施設_カナ", "所在地_連結表記"], toilet);
    expect(beside.header.map((h) => h.field)).toEqual(["id", "name", null, null, "full_address"]);
    expect(beside.plan.extraNames.slice(2, 4)).toEqual(["施設", "施設_カナ"]);
    // with no such column, or beside the name's own column, it is the name's reading
    expect(mapHeaders(["ID", "名称", "施設_カナ"], toilet).header[2].field).toBe("name_kana");
    expect(mapHeaders(["ID", "名称", "名称_カナ"], toilet).header[2].field).toBe("name_kana");
  });

  it("English physical names of 11 観光施設's 法人番号 and 説明_英語 (corporate_number, description_english) map", () => {
    const { header } = mapHeaders(["localgov_code", "corporate_number", "name", "description_english"], getDataset("tourism")!);
    expect(header.map((h) => h.field)).toEqual(["local_government_code", "publisher_corporate_number", "name", "description_en"]);
  });

  it("a second column of one name keeps the name in extra, numbered (備考_2, 備考_3), never column_N, which is for cells with no header", async () => {
    const { plan } = mapHeaders(["名称", "住所", "備考", "備考", "備考_2", "備考"], aed);
    expect(plan.extraNames.slice(3)).toEqual(["備考_2", "備考_2_2", "備考_3"]);
    const r = await runBytes("名称,住所,緯度,経度,備考,備考\n区役所,東京都新宿区歌舞伎町1-4-1,35.69,139.70,本庁舎,工事中\n", "131041_aed.csv");
    expect(r.rows[0].record.remarks).toBe("本庁舎");
    expect(r.rows[0].extra).toEqual({ 備考_2: "工事中" });
  });

  it("reports every source column, in order, with field and method; the unknown ones go to extra", () => {
    const cells = ["名称", "住所", "緯度", "経度", "設置位置", "利用可能日時特記事", "独自の列", "", "名称"];
    const { header, plan, issues } = mapHeaders(cells, aed);
    expect(header).toEqual([
      { source: "名称", field: "name", method: "exact" },
      { source: "住所", field: "full_address", method: "alias" },
      { source: "緯度", field: "latitude", method: "exact" },
      { source: "経度", field: "longitude", method: "exact" },
      { source: "設置位置", field: "installation_position", method: "exact" },
      { source: "利用可能日時特記事", field: "availability_remarks", method: "fuzzy" },
      { source: "独自の列", field: null, method: "none" },
      { source: "", field: null, method: "none" },
      { source: "名称", field: null, method: "none" },
    ]);
    expect(plan.extraNames).toEqual(["名称", "住所", "緯度", "経度", "設置位置", "利用可能日時特記事", "独自の列", "column_8", "名称_2"]);
    expect(issues.map((i) => [i.field, i.code, i.value])).toEqual([
      ["利用可能日時特記事", "fuzzy_header", "利用可能日時特記事項"],
      ["独自の列", "unknown_header", null],
      ["名称", "duplicate_header", "名称"],
    ]);
  });

  it("prefers an exact match over a normalized one for the same field", () => {
    const { header } = mapHeaders(["名　称", "名称"], aed);
    expect(header.map((h) => [h.source, h.field, h.method])).toEqual([["名　称", null, "none"], ["名称", "name", "exact"]]);
  });

  it("strips a prefix every column shares", () => {
    const { header } = mapHeaders(["施設_名称", "施設_住所", "施設_緯度", "施設_経度"], aed);
    expect(header.map((h) => h.field)).toEqual(["name", "full_address", "latitude", "longitude"]);
  });

  it("maps R-mangled and English physical names of the old tourism header", () => {
    const { header } = mapHeaders(["料金.基本.", "料金.詳細.", "fee_basic"], tourism);
    expect(header.map((h) => [h.field, h.method])).toEqual([["fee_basic", "alias"], ["fee_details", "alias"], [null, "none"]]);
  });

  it("a LinkData #property header maps its first column to the name", () => {
    const { header } = mapHeaders(["#property<-- プロパティの名前またはURI", "種類", "緯度", "経度"], tourism);
    expect(header.map((h) => h.field)).toEqual(["name", null, "latitude", "longitude"]);
  });

  it("lists required columns absent from the header", () => {
    expect(mapHeaders(["名称", "緯度"], aed).plan.absentRequired.map((c) => c.key)).toEqual(["full_address", "installation_position"]);
  });
});

describe("header mapping through harmonize", () => {
  it("keeps unmapped columns in extra, by their header, and a missing required column is reported once", async () => {
    const text = "名称,緯度,経度,独自の列,管理番号\nA,35.69,139.70,値1,X-1\nB,35.70,139.71,,X-2\n";
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows.map((r) => r.extra)).toEqual([{ 独自の列: "値1", 管理番号: "X-1" }, { 管理番号: "X-2" }]);
    expect(tuples(report, "unknown_header", "missing_column")).toEqual([
      [null, "独自の列", "unknown_header"], [null, "管理番号", "unknown_header"],
      [null, "full_address", "missing_column"], [null, "installation_position", "missing_column"],
    ]);
    expect({ rows: report.rows, invalid: report.invalid }).toEqual({ rows: 2, invalid: 2 });
  });
});

describe("a toilet list's 車椅子使用者用トイレ (without 有無)", () => {
  it("gives the wheelchair flag of every row, beside 乳幼児用設備 and オストメイト", async () => {
    const csv = "ID,名称,所在地,設置位置,バリアフリートイレ,車椅子使用者用トイレ,乳幼児用設備,オストメイト\n"
      + "1,中目黒公園トイレ,目黒区中目黒2-4-1,公園入口,1,有,有,有\n2,駒場野公園トイレ,目黒区駒場2-19-70,南側,0,無,無,有\n";
    const { report, rows } = await runBytes(csv, "131105_public_toilet.csv");
    expect(rows.map((r) => [r.record.wheelchair_toilet, r.record.baby_care_toilet, r.record.ostomate_toilet])).toEqual([[true, true, true], [false, false, true]]);
    expect(rows.map((r) => r.extra)).toEqual([{}, {}]);
    expect(tuples(report, "unknown_header")).toEqual([]);
  });
});

describe("headers real lists use for their key columns", () => {
  it.each([
    ["hospital", "医療機関名", "name"], ["hospital", "病院名", "name"],
    ["public_wireless_lan", "スポット名", "name"], ["public_wireless_lan", "設置場所", "name"], ["public_wireless_lan", "アクセスポイント名", "name"],
    ["fire_hydrant", "設置場所", "full_address"], ["fire_hydrant", "種類", "kind"], ["fire_hydrant", "消火栓番号", "id"],
    ["event", "事業名", "name"], ["event", "開催時間", "start_time"], ["event", "料金", "fee_details"],
    ["evacuation_space", "番号", "id"],
    ["food_business", "有効期限", "permit_expiry_date"],
    ["public_facility", "開館時間", "start_time"], ["tourism", "営業時間", "start_time"],
    ["preschool", "開所時間", "start_time"], ["hospital", "診療時間", "start_time"],
    ["population", "計", "total"], ["population", "男女計", "total"], ["population", "町丁目名", "area_name"], ["population", "地区名", "area_name"],
    ["population", "0歳～4歳男性", "age_0_4_male"], ["population", "5～9歳女", "age_5_9_female"], ["population", "85歳以上男", "age_85_plus_male"],
  ])("%s: %j → %s", (id, header, key) => expect(matchHeader(header, getDataset(id)!)?.key).toBe(key));
});

describe("a header with a bracketed or trailing qualifier", () => {
  it.each([
    // a reading or English qualifier names the base column's reading or English spelling, in any dataset
    ["aed", "施設名（ふりがな）", "name_kana"], ["aed", "名称（よみ）", "name_kana"], ["aed", "名称（カナ）", "name_kana"],
    ["aed", "施設名ふりがな", "name_kana"], ["aed", "施設名_よみ", "name_kana"], ["aed", "名称(ﾌﾘｶﾞﾅ)", "name_kana"],
    ["public_facility", "施設名（英語）", "name_en"], ["aed", "名称（英語表記）", "name_en"], ["aed", "Name (English)", "name_en"],
    ["tourism", "名称（ローマ字）", "name_en"], ["tourism", "説明（英語）", "description_en"],
    ["event", "イベント名（ふりがな）", "name_kana"], ["food_business", "施設名称（フリガナ）", "name_kana"], ["care_service", "事業所名（ふりがな）", "name_kana"],
    // a reading of a column the standard gives no reading is not that column: the reading of an address is no address
    ["aed", "住所（ふりがな）", null], ["fire_hydrant", "名称（英語）", null],
    // a part of what the column counts is not the column: 男（日本人） is no area's 男性
    ["population", "男（日本人）", null], ["population", "総数(外国人)", null], ["population", "男（人）", "male"],
    // any other qualifier leaves the base column
    ["aed", "設置位置（詳細）", "installation_position"], ["aed", "電話番号（代表）", "phone_number"], ["evacuation_space", "洪水（○）", "hazard_flood"],
  ])("%s: %s → %s", (id, header, key) => expect(matchHeader(header, getDataset(id)!)?.key ?? null).toBe(key));

  it("a qualified header loses its column to the plain one, and is said as such, not as a duplicate to merge", () => {
    const { header, issues } = mapHeaders(["名称", "設置位置（詳細）", "設置位置"], aed);
    expect(header.map((h) => [h.source, h.field])).toEqual([["名称", "name"], ["設置位置（詳細）", null], ["設置位置", "installation_position"]]);
    expect(issues.map((i) => [i.code, i.field, i.value])).toEqual([["qualified_header", "設置位置（詳細）", "設置位置"]]);
    expect(issues[0].message_ja).toBe("列「設置位置（詳細）」は括弧書きを除くと列「設置位置」と同じ項目です。この項目は列「設置位置」から読み、この列の値は extra に残しました。"
      + "同じ内容なら列を1つにまとめてください。括弧書きのとおり別の内容なら、このままでかまいません。");
    // also when the plain one comes second: 電話番号 wins over 電話番号（代表） whatever the order
    expect(mapHeaders(["電話番号（代表）", "電話番号"], aed).header.map((h) => h.field)).toEqual([null, "phone_number"]);
  });

  it("a カナ beside 名称_カナ (the address's reading) is another column, not a duplicate of the name's reading to merge", async () => {
    const { report, rows } = await runBytes("ID,名称,名称_カナ,所在地_連結表記,カナ,緯度,経度\n"
      + "1,新宿公園トイレ,シンジュクコウエントイレ,東京都新宿区新宿1-1-1,トウキョウトシンジュクク,35.69,139.70\n", "131041_public_toilet.csv");
    expect([rows[0].record.name_kana, rows[0].extra.カナ]).toEqual(["シンジュクコウエントイレ", "トウキョウトシンジュクク"]);
    expect(tuples(report, "duplicate_header", "unknown_header")).toEqual([[null, "カナ", "unknown_header"]]);
  });

  it("the reading column of a file with both a name and its reading maps both", () => {
    const { header, issues } = mapHeaders(["施設名", "施設名（ふりがな）", "施設名（英語）"], getDataset("public_facility")!);
    expect(header.map((h) => [h.field, h.method])).toEqual([["name", "alias"], ["name_kana", "alias"], ["name_en", "alias"]]);
    expect(issues).toEqual([]);
  });
});

describe("a header that names one column first and another when that one is given (fallbackAliases)", () => {
  it.each([
    [["施設名", "設置場所", "住所"], ["name", "installation_position", "full_address"]],
    [["設置場所", "設置位置", "住所"], ["name", "installation_position", "full_address"]],
    [["設置箇所", "所在地", "設置位置"], ["name", "full_address", "installation_position"]],
    [["設置場所", "住所"], ["installation_position", "full_address"]],
    // both given elsewhere: a duplicate, as before
    [["名称", "設置場所", "設置位置"], ["name", null, "installation_position"]],
    // 設置場所詳細 is the standard's 設置位置 (where in the building): 設置場所 beside it is the facility, whatever the
    // order, and extra beside a name
    [["設置場所", "設置場所詳細", "住所"], ["name", "installation_position", "full_address"]],
    [["設置場所（詳細）", "住所", "設置場所"], ["installation_position", "full_address", "name"]],
    [["設置箇所", "詳細設置場所"], ["name", "installation_position"]],
    [["施設名", "設置場所詳細", "住所"], ["name", "installation_position", "full_address"]],
    [["施設名", "設置場所", "設置位置（詳細）"], ["name", null, "installation_position"]],
    [["設置場所", "設置位置（詳細）"], ["name", "installation_position"]],
  ])("AED %j → %j", (cells, keys) => expect(mapHeaders(cells, aed).header.map((h) => h.field)).toEqual(keys));

  it.each([
    [["事業所名", "事業者名", "所在地"], ["name", "organization_name", "full_address"]],
    [["事業者名", "事業所名", "所在地"], ["organization_name", "name", "full_address"]],
    [["法人名", "事業者名", "所在地"], ["organization_name", "name", "full_address"]],
    // the 事業者 is the 事業所 when no other header names it: the required name before the optional 法人
    [["事業者名", "サービス種類", "所在地"], ["name", "service_type", "full_address"]],
    // … and the 法人名 beside it is still the 法人
    [["事業所番号", "事業者名", "法人名", "サービス種類"], ["provider_number", "name", "organization_name", "service_type"]],
  ])("care lists: %j → %j", (cells, keys) => expect(mapHeaders(cells, getDataset("care_service")!).header.map((h) => h.field)).toEqual(keys));

  it("toilet lists read 設置場所 the same way", () => {
    const toilet = getDataset("public_toilet")!;
    expect(mapHeaders(["トイレ名称", "所在地", "設置場所"], toilet).header.map((h) => h.field)).toEqual(["name", "full_address", "installation_position"]);
    expect(mapHeaders(["設置場所", "所在地", "設置位置"], toilet).header.map((h) => h.field)).toEqual(["name", "full_address", "installation_position"]);
    expect(mapHeaders(["設置場所", "所在地", "設置場所詳細"], toilet).header.map((h) => h.field)).toEqual(["name", "full_address", "installation_position"]);
  });
});

describe("a header that names its column only when no better header does (yieldingAliases)", () => {
  // a column declares such headers as data only, each group with what they name beside the better header
  const shops = defineDataset({ id: "shops", number: "99", ja: "店舗", en: "Shops", columns: [
    col({ key: "name", ja: "店名", en: "name", type: text, requirement: "required", yieldingAliases: [{ headers: ["建物名"], as: "general", standIn: true }] }),
    col({ key: "district", ja: "町丁名", en: "district", type: text, requirement: "optional", yieldingAliases: [{ headers: ["地区"], as: "coarser" }] }),
    col({ key: "note", ja: "備考", en: "note", type: text, requirement: "optional", yieldingAliases: [{ headers: ["メモ"], as: "general" }] }),
  ] });
  const map = (cells: string[]) => mapHeaders(cells, shops);
  const fields = (cells: string[]) => map(cells).header.map((h) => [h.field, h.method]);
  const codes = (cells: string[]) => map(cells).issues.map((i) => [i.code, i.field, i.value]);

  it("alone, a yielding header names its column, as an alias", () => {
    expect(fields(["建物名", "地区", "メモ"])).toEqual([["name", "alias"], ["district", "alias"], ["note", "alias"]]);
    expect(codes(["建物名", "地区", "メモ"])).toEqual([]);
    expect(map(["建物名", "地区"]).plan.standIns).toBeUndefined();
  });

  it("beside a better header it loses the column, whatever the order; a general one is a duplicate, or, standing in, said as a general heading (no merging asked); a coarser one said as such", () => {
    expect(fields(["建物名", "店名", "地区", "町丁名", "メモ", "備考"]))
      .toEqual([[null, "none"], ["name", "exact"], [null, "none"], ["district", "exact"], [null, "none"], ["note", "exact"]]);
    expect(codes(["建物名", "店名", "地区", "町丁名", "メモ", "備考"]))
      .toEqual([["general_header", "建物名", "店名"], ["broader_header", "地区", "町丁名"], ["duplicate_header", "メモ", "備考"]]);
  });

  it("a general one ranks as a qualified header (a tie keeps the leftmost); a coarser one after it", () => {
    expect(fields(["建物名", "店名（本店）"])).toEqual([["name", "alias"], [null, "none"]]);
    expect(codes(["建物名", "店名（本店）"])).toEqual([["qualified_header", "店名（本店）", "建物名"]]);
    expect(fields(["地区", "町丁名（詳細）"])).toEqual([[null, "none"], ["district", "alias"]]);
    expect(codes(["地区", "町丁名（詳細）"])).toEqual([["broader_header", "地区", "町丁名（詳細）"]]);
  });

  it("only one that stands in takes a blank cell of the column that won, row by row, and says so", () => {
    const { plan } = map(["メモ", "建物名", "地区", "店名", "町丁名", "備考"]);
    expect(plan.standIns).toEqual([{ key: "name", at: 1 }]);
    const moved = withStandIns(["古い", "駅前ビル", "北地区", "", "", ""], plan, 4);
    expect(moved?.cells).toEqual(["古い", "", "北地区", "駅前ビル", "", ""]);
    expect(moved?.issues.map((i) => [i.code, i.row, i.field, i.value, i.detail])).toEqual([["preferred_column_blank", 4, "name", "駅前ビル", "店名\t建物名"]]);
    expect(withStandIns(["古い", "駅前ビル", "北地区", "喫茶みどり", "", ""], plan, 5)).toBeNull();
  });
});

describe("fuzzy matching is for misspellings, not for a header with a word less", () => {
  it.each([
    ["public_facility", "バリアフリー", null], // ○/× in real lists: not a list of features (バリアフリー情報)
    ["tourism", "バリアフリー", null],
    ["aed", "利用可能日時特記事", "availability_remarks"], // one character dropped
    ["open_data_list", "データセット_タイトル名", "title"],
  ])("%s: %s → %s", (id, header, key) => {
    const dataset = getDataset(id)!;
    expect(fuzzyMatch(header, dataset, new Set())?.key ?? null).toBe(key);
  });

  it("a ○/× バリアフリー column stays in extra; barrier_free_info is not filled with [\"○\"]", async () => {
    const text = "施設名,住所,緯度,経度,バリアフリー\n国立市役所,東京都国立市富士見台2-47-1,35.683333,139.441389,○\n";
    const { rows, report } = await runBytes(text, "132152_public_facility.csv");
    expect(rows[0].record.barrier_free_info).toBeNull();
    expect(rows[0].extra).toEqual({ バリアフリー: "○" });
    expect(tuples(report, "unknown_header", "fuzzy_header")).toEqual([[null, "バリアフリー", "unknown_header"]]);
  });
});

describe("names municipalities give the standard's columns", () => {
  it.each([
    ["preschool", ["園名", "保育園名", "幼稚園名", "保育所名", "施設名称"], "name"],
    ["preschool", ["認可定員", "利用定員", "定員数", "定員合計", "利用定員計"], "capacity"],
    ["care_service", ["事業所の名称", "施設・事業所名"], "name"],
    ["care_service", ["サービス種類", "サービス名", "提供サービス", "種別"], "service_type"],
    ["care_service", ["登録定員", "入所定員", "定員数"], "capacity"],
    ["care_service", ["介護保険事業者番号", "事業者番号", "指定番号"], "provider_number"],
    // the shared reading and English names, under care_service's own 介護サービス事業所名称_カナ / _英字
    ["care_service", ["フリガナ", "ふりがな", "よみがな", "名称_カナ", "名称（カナ）", "介護サービス事業所名称_カナ", "事業所名称_カナ"], "name_kana"],
    // 事業所 over 名称 | カナ joined: the 事業所 is what the row names
    ["care_service", ["事業所_カナ", "事業所カナ"], "name_kana"],
    ["care_service", ["名称_英語", "名称（英字）", "介護サービス事業所名称_英字", "名称_英字"], "name_en"],
    ["preschool", ["フリガナ", "施設_カナ", "施設カナ"], "name_kana"],
    ["public_facility", ["施設_カナ"], "name_kana"],
    ["population", ["人口（男）", "人口_男", "男性数", "男子", "人口（人）男"], "male"],
    ["population", ["人口（女）", "人口_女性", "女性数", "女子"], "female"],
    ["population", ["人口（計）", "人口_総数"], "total"],
    ["population", ["地区", "町丁", "町名・丁目", "大字・町名", "行政区"], "area_name"],
    ["population", ["世帯", "総世帯数"], "households"],
    // the standard's name without 有無 (目黒区, 渋谷区), in 漢字 as in ひらがな, and the close wordings
    ["public_toilet", ["車椅子使用者用トイレ", "車いす使用者用トイレ", "車イス使用者用トイレ", "車椅子使用者用トイレ有無", "車椅子対応トイレ", "車椅子用トイレ",
      "車いす対応", "車椅子トイレ"], "wheelchair_toilet"],
    // バリアフリートイレ is the standard's count, not the wheelchair flag
    ["public_toilet", ["バリアフリートイレ数", "barrier_free_wc"], "multipurpose_toilet"],
  ])("%s: %j → %s", (id, headers, key) => {
    const dataset = getDataset(id)!;
    for (const h of headers) expect(mapHeaders([h], dataset).header[0].field, h).toBe(key);
  });

  // a bare カナ may be the reading of the operator, the representative or the address: no column of its own
  it.each(["care_service", "preschool", "public_facility", "public_toilet", "tourism", "aed"])("%s: カナ, 法人_カナ, 代表者_カナ, 所在地_カナ name no column", (id) => {
    const dataset = getDataset(id)!;
    for (const h of ["カナ", "法人_カナ", "代表者_カナ", "所在地_カナ"]) expect(mapHeaders([h], dataset).header[0].field, h).toBeNull();
  });
});

describe("a bare reading column (カナ, フリガナ, ふりがな, よみがな) reads the column on its left", () => {
  it.each([
    ["public_facility", "名称", "カナ"], ["public_facility", "施設名", "よみがな"], ["aed", "名称", "カナ"], ["tourism", "名称", "カナ"],
    ["cultural_property", "文化財名", "カナ"], ["evacuation_space", "施設名", "カナ"], ["public_wireless_lan", "施設名", "カナ"],
    ["public_toilet", "名称", "カナ"], ["preschool", "施設名", "カナ"], ["care_service", "事業所名", "カナ"], ["hospital", "名称", "カナ"],
    // event's reading has none of the shared aliases (イベント名_カナ): after イベント名 any reading word is it
    ["event", "イベント名", "カナ"], ["event", "イベント名", "フリガナ"], ["event", "名称", "よみがな"],
    ["food_business", "営業所名称", "カナ"], ["food_business", "営業施設の名称（屋号）", "フリガナ"],
  ])("%s: %s | %s → the name's reading", (id, name, reading) => {
    expect(mapHeaders(["ID", name, reading, "所在地"], getDataset(id)!).header.map((h) => h.field)).toEqual(["id", "name", "name_kana", "full_address"]);
  });

  it.each(["preschool", "care_service", "public_facility", "hospital"])("%s: after 法人名, 開設者名 or 所在地 it is that column's, not the name's, whatever the word", (id) => {
    const dataset = getDataset(id)!;
    for (const reading of ["カナ", "フリガナ", "ふりがな", "よみがな"]) {
      for (const other of ["法人名", "開設者名", "所在地"]) {
        const { header } = mapHeaders(["名称", other, reading], dataset);
        expect(header[2], `${other} | ${reading}`).toEqual({ source: reading, field: null, method: "none" });
      }
    }
  });

  it("after a column no one reads aloud (ID) or with nothing on its left, フリガナ keeps its alias; a bare カナ there names nothing", () => {
    const facility = getDataset("public_facility")!;
    expect(mapHeaders(["ID", "フリガナ", "名称"], facility).header.map((h) => h.field)).toEqual(["id", "name_kana", "name"]);
    expect(mapHeaders(["フリガナ", "名称"], facility).header.map((h) => h.field)).toEqual(["name_kana", "name"]);
    expect(mapHeaders(["ID", "カナ", "名称"], facility).header.map((h) => h.field)).toEqual(["id", null, "name"]);
  });

  it("a preschool list's 施設名 | カナ | 法人名 | フリガナ: the facility's reading published, the operator's kept in extra", async () => {
    const { report, rows } = await runBytes("施設名,カナ,法人名,フリガナ,所在地\n"
      + "ひまわり保育園,ヒマワリホイクエン,社会福祉法人あおぞら会,シャカイフクシホウジンアオゾラカイ,東京都新宿区新宿1-1-1\n", "131041_preschool.csv");
    expect(report.header.map((h) => [h.source, h.field])).toEqual([["施設名", "name"], ["カナ", "name_kana"], ["法人名", "organization_name"],
      ["フリガナ", null], ["所在地", "full_address"]]);
    expect([rows[0].record.name_kana, rows[0].extra]).toEqual(["ヒマワリホイクエン", { フリガナ: "シャカイフクシホウジンアオゾラカイ" }]);
    expect(tuples(report, "unknown_header", "duplicate_header", "fuzzy_header")).toEqual([[null, "フリガナ", "unknown_header"]]);
  });
});

describe("a header whose words name a column of words and whose brackets name a column of a shape of its own", () => {
  it.each([["アクセスポイント名(SSID)"], ["アクセスポイント名（SSID）"], ["設置場所【SSID】"]])("%s in a Wi-Fi list is the SSID", async (header) => {
    const { report, rows } = await runBytes(`施設名,所在地,${header}\n武蔵野市役所,武蔵野市緑町2-2-28,Musashino_Free_Wi-Fi\n`, "131121_public_wireless_lan.csv");
    expect(report.header.find((h) => h.source === header)?.field).toBe("ssid");
    expect(rows[0].record).toMatchObject({ name: "武蔵野市役所", ssid: "Musashino_Free_Wi-Fi" });
    expect(tuples(report, "duplicate_header", "unknown_header")).toEqual([]);
  });

  it("gives way to a header of the bracketed column alone; a reading, an English name or a part keep their rules", async () => {
    const both = await runBytes("施設名,アクセスポイント名（SSID）,SSID\n武蔵野市役所,AP01,Musashino_Free_Wi-Fi\n", "131121_public_wireless_lan.csv");
    expect(both.rows[0].record).toMatchObject({ name: "武蔵野市役所", ssid: "Musashino_Free_Wi-Fi" });
    expect(matchHeader("名称（カナ）", getDataset("public_wireless_lan")!)?.key).toBe("name_kana");
    expect(matchHeader("名称（英語）", getDataset("public_wireless_lan")!)?.key).toBe("name_en");
    expect(matchHeader("アクセスポイント名（SSID）", getDataset("public_wireless_lan")!)).toEqual({ key: "ssid", method: "alias", qualified: true });
  });
});

describe("a Wi-Fi list's 設置場所 / 設置箇所 / アクセスポイント名 beside 施設名 is the 提供エリア, not a second name", () => {
  it.each([
    ["No,施設名,所在地,設置場所,SSID\n1,世田谷区役所第1庁舎,世田谷区世田谷4-21-27,1階区民ロビー,Setagaya_Free_Wi-Fi\n", "設置場所", "1階区民ロビー"],
    ["設置箇所,施設名,所在地,SSID\n2階閲覧室・3階学習室,世田谷区立中央図書館,世田谷区弦巻3-16-8,Setagaya_Free_Wi-Fi\n", "設置箇所", "2階閲覧室・3階学習室"],
    ["施設名,アクセスポイント名,所在地,SSID\n武蔵野市役所,本庁舎1F-AP01,武蔵野市緑町2-2-28,Musashino_Free_Wi-Fi\n", "アクセスポイント名", "本庁舎1F-AP01"],
  ])("%#: %s", async (csv, header, area) => {
    const { report, rows } = await runBytes(csv, "131121_public_wireless_lan.csv");
    expect(report.header.find((h) => h.source === header)?.field).toBe("coverage_area");
    expect(rows[0].record.coverage_area).toBe(area);
    expect(rows[0].record.name).not.toBe(area);
    expect(tuples(report, "duplicate_header")).toEqual([]);
  });

  it("alone, or beside 提供エリア, 設置場所 is still the name", async () => {
    const alone = await runBytes("設置場所,所在地,SSID\n世田谷区役所,世田谷区世田谷4-21-27,X\n", "131121_public_wireless_lan.csv");
    expect(alone.rows[0].record.name).toBe("世田谷区役所");
    const withArea = await runBytes("設置場所,所在地,提供エリア,SSID\n世田谷区役所,世田谷区世田谷4-21-27,1階,X\n", "131121_public_wireless_lan.csv");
    expect([withArea.rows[0].record.name, withArea.rows[0].record.coverage_area]).toEqual(["世田谷区役所", "1階"]);
  });
});

describe("one column given twice, dated in brackets (人口(R5.1.1) | 人口(R6.1.1))", () => {
  // before: the leftmost was read, last year's figure published under the file's date, this year's left in extra
  it("reads the latest date's, whichever side it stands on; headers with no date keep the leftmost", () => {
    const population = getDataset("population")!;
    const keyed = (header: string[]) => mapHeaders(header, population).plan.keys;
    expect(keyed(["町丁名", "人口(R5.1.1)", "人口(R6.1.1)"])).toEqual(["area_name", null, "total"]);
    expect(keyed(["町丁名", "人口（令和6年1月1日現在）", "人口（令和5年1月1日現在）"])).toEqual(["area_name", "total", null]);
    expect(keyed(["町丁名", "世帯数（2023年）", "世帯数（2024年）"])).toEqual(["area_name", null, "households"]);
    expect(keyed(["町丁名", "人口（総数）", "人口（再掲）"])).toEqual(["area_name", "total", null]);
  });

  it("end to end: this year's figures under the file's date, last year's in extra, said as qualified_header", async () => {
    const text = "町丁名,人口(R5.1.1),人口(R6.1.1),男(R6.1.1),女(R6.1.1)\n本町一丁目,990,1000,480,520\n";
    const { rows, report } = await runBytes(text, "131130_population_20240101.csv");
    expect([rows[0].record.total, rows[0].extra]).toEqual([1000, { "人口(R5.1.1)": "990" }]);
    expect(report.issues.filter((i) => i.code === "qualified_header").map((i) => [i.field, i.value])).toEqual([["人口(R5.1.1)", "人口(R6.1.1)"]]);
    expect(report.issues.some((i) => i.code === "sum_mismatch")).toBe(false);
  });
});

describe("a population count qualified by some ages (男（65歳以上）, 女（15歳未満）, 人口（65歳以上））", () => {
  // before: with no plain 男 column, 男（65歳以上） was read as 男性, the over-65s published as every man of the area
  it("is never the whole count, though one of every age is (男（0歳以上））, and a capacity by classes keeps its whole (定員（3歳以上）)", async () => {
    const population = getDataset("population")!;
    const keyed = (header: string[], dataset = population) => mapHeaders(header, dataset).plan.keys;
    expect(keyed(["町丁名", "人口（65歳以上）", "男（65歳以上）", "女（15歳未満）"])).toEqual(["area_name", null, null, null]);
    expect(keyed(["町丁名", "人口（全年齢）", "男（0歳以上）", "女（人）"])).toEqual(["area_name", "total", "male", "female"]);
    expect(keyed(["施設名", "定員（3歳以上）"], getDataset("preschool")!)).toEqual(["name", "capacity"]);
    const { rows } = await runBytes("町丁名,総数,男（65歳以上）,女（65歳以上）,男（85歳以上）\n本町一丁目,1000,100,150,10\n", "131130_population_20240101.csv");
    expect([rows[0].record.male, rows[0].record.female, rows[0].record.age_85_plus_male, rows[0].valid]).toEqual([null, null, 10, false]);
    expect(rows[0].extra).toMatchObject({ "男（65歳以上）": "100", "女（65歳以上）": "150" });
  });
});
