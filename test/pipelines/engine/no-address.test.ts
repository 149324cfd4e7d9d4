// A 所在地 cell that names no place (非公開, 区内各所, 不明) is no address: left empty, kept in 備考, named; never
// completed into 「東京都目黒区非公開」. In every dataset with an address.
import { describe, expect, it } from "vitest";
import { municipalityThroughout, namesNoPlace } from "../../../pipelines/normalize/address.ts";
import { AED_HEADER, runBytes, tuples } from "./helpers.ts";

describe("namesNoPlace", () => {
  it.each(["非公開", "個人所有のため非公開", "（非公開）", "非公開（個人宅）", "所在地非公開", "区内各所", "区内一円", "市内全域", "町内", "目黒区内各所",
    "東京都目黒区内", "府中市内", "西多摩郡奥多摩町内", "不明", "所在不明", "東京都内", "都内各所"])("%s names no place", (cell) => expect(namesNoPlace(cell)).toBe(true));
  it.each(["目黒区中目黒1-1-1", "めぐろ歴史資料館", "府中市宮町ほか", "寺町内", "神社境内", "区役所", "八王子市元八王子町3丁目"])(
    "%s is an address (or a place)", (cell) => expect(namesNoPlace(cell)).toBe(false));
});

describe("a cell throughout one municipality still tells the row's municipality", () => {
  it.each([["瑞穂町内", "133035"], ["府中市内各所", "132063"], ["東京都府中市内", "132063"], ["区内各所", undefined], ["東京都内", undefined]])(
    "%s → %s", (cell, code) => expect(municipalityThroughout(cell)?.code).toBe(code));

  it("瑞穂町内 in 府中市's list takes 瑞穂町's place and code, not the publisher's", async () => {
    const { rows } = await runBytes("名称,所在地,電話番号\n瑞穂の施設,瑞穂町内,042-364-0012\n", "132063_public_facility.csv");
    expect([rows[0].record.full_address, rows[0].record.prefecture, rows[0].record.city, rows[0].record.located_local_government_code])
      .toEqual([null, "東京都", "西多摩郡瑞穂町", "133035"]);
  });
});

describe("a 所在地 that names no place", () => {
  it("文化財 (probe 131105_cultural_property.csv): the address is empty, the cell kept in 備考 and named; 「－」 as before", async () => {
    const text = ["NO,名称,文化財分類,種類,所在地,緯度,経度,所有者等,文化財指定日,備考",
      "1,某家文書,区指定;有形文化財,美術工芸品,非公開,非公開,非公開,個人,平成5年3月1日,",
      "2,某家屏風,区指定;有形文化財,美術工芸品,個人所有のため非公開,,,個人,平成6年3月1日,修理済",
      "4,某庚申塔,区登録;有形民俗文化財,その他,目黒区中目黒1-1-1,35.64,139.70,,平成8年3月1日,",
      "6,某寺石造物,区指定;有形文化財,美術工芸品,－,－,－,宗教法人某寺,平成10年3月1日,"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131105_cultural_property.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.prefecture, r.record.city, r.record.latitude, r.record.remarks])).toEqual([
      [null, null, null, null, "所在地_連結表記：非公開 / 緯度：非公開 / 経度：非公開"],
      [null, null, null, null, "修理済 / 所在地_連結表記：個人所有のため非公開"],
      ["東京都目黒区中目黒1-1-1", "東京都", "目黒区", 35.64, null],
      [null, null, null, null, null]]);
    expect(report.issues.filter((i) => i.field === "full_address").map((i) => [i.row, i.code, i.severity, i.value])).toEqual([
      [1, "not_an_address", "warning", "非公開"],
      [2, "not_an_address", "warning", "個人所有のため非公開"],
      [3, "address_completed", "info", "目黒区中目黒1-1-1"],
      [4, "placeholder_value", "info", "－"], [4, "missing_required", "error", "－"]]);
    // as 緯度/経度 「非公開」: empty, with a warning, the cells kept in 備考 as any coordinate that does not read
    // a withheld address is none the officer can enter: the row is published without it; 「－」 is an empty cell
    expect(rows.map((r) => r.valid)).toEqual([true, true, true, false]);
    expect(tuples(report, "unparseable_coordinate")).toEqual([[1, "latitude", "unparseable_coordinate"], [1, "longitude", "unparseable_coordinate"]]);
    const said = report.issues.find((i) => i.code === "not_an_address");
    expect([said?.message_ja, said?.message_en]).toEqual([
      "2行目（データの1行目）：「所在地_連結表記」の「非公開」は住所ではない（非公開、区域の全体、不明、未定、オンライン開催、個人蔵、博物館への寄託、車両の番号など）ため空欄にし、セルは備考に残しました。必須項目ですが、公開しない・特定できない住所は入力できないため、行は有効のまま公開します。その場合は所在地を空欄にし、事情は備考に書いてください。",
      "Row 2 (data row 1): \"非公開\" (full_address) is no address (withheld, a whole area, unknown, not yet decided, online, privately held, deposited in a museum, a vehicle's number …): it was left empty and the cell kept in the remarks. The column is required, but an address withheld or of no one place cannot be entered, so the row stays valid and is published. In that case leave it empty and say why in the remarks."]);
  });

  it("any dataset's address: an AED list's 「区内各所」 and an old 推奨 file's 住所 「不明」 are no address", async () => {
    const aed = await runBytes(`${AED_HEADER},備考\n131041,1,巡回車,区内各所,,,車内,,,,有,巡回中\n`, "131041_aed.csv");
    expect(aed.rows.map((r) => [r.record.full_address, r.record.remarks, r.valid])).toEqual([[null, "巡回中 / 所在地_連結表記：区内各所", true]]);
    expect(tuples(aed.report, "not_an_address", "address_completed")).toEqual([[1, "full_address", "not_an_address"]]);
    const old = ["都道府県名,市区町村名,名称,住所,緯度,経度", "東京都,新宿区,新宿トイレ,不明,,"].join("\n");
    const toilets = await runBytes(`${old}\n`, "131041_public_toilet.csv");
    expect(toilets.rows.map((r) => [r.record.full_address, r.record.remarks])).toEqual([[null, "所在地_連結表記：不明"]]);
    expect(tuples(toilets.report, "not_an_address", "address_completed")).toEqual([[1, "full_address", "not_an_address"]]);
  });
});

describe("a part of an address that names no place (国立市's 文化財一覧)", () => {
  // 132152 国立市 文化財一覧 (new 正式版 layout), rows 132152100010 and 132152100017 as published, cut to the columns read
  // here; the city's CSV as copied in nurockplayer/tokyo-mogu-mogu
  // scripts/data-acquisition/adapters/ods-cultural-property/snapshots/132152_cultural_property.csv (CC BY 4.0, 国立市)
  const header = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,文化財分類,種類,場所名称,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,緯度,経度,所有者等,文化財指定日";
  const published = "132152,132152100010,国立市,三田氏館跡,ミタシヤカタアト,東京都指定文化財,旧跡,三田城址,東京都国立市谷保5983-1付近,東京都,国立市,谷保,5983-1 付近,35.679357,139.437806,個人,1944-03-01";
  const withheld = "132152,132152100017,国立市,不動明王坐像,フドウミョウオウザゾウ,国立市指定有形文化財,美術工芸品,非公開,東京都国立市非公開,東京都,国立市,,非公開,,,個人,1980-06-01";

  it("番地以下 `非公開` is not published as the block number; a real block number stays", async () => {
    const { rows, report } = await runBytes([header, published, withheld].join("\r\n"), "132152_cultural_property.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.full_address, r.record.machiaza, r.record.city_block, r.record.remarks])).toEqual([
      [1, true, "東京都国立市谷保5983-1付近", "谷保", "5983-1 付近", null],
      [2, true, null, null, null, "所在地_番地以下：非公開 / 場所名称：非公開 / 所在地_連結表記：東京都国立市非公開"]]);
    expect(report.issues.filter((i) => i.code === "address_part_no_place" || i.code === "not_an_address").map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[2, "city_block", "address_part_no_place", "非公開"], [2, "full_address", "not_an_address", "東京都国立市非公開"]]);
  });

  it("with 所在地_連結表記 empty, a withheld part is not joined into an address (no 「東京都国立市非公開」)", async () => {
    const { rows, report } = await runBytes([header, withheld.replace("東京都国立市非公開", "")].join("\r\n"), "132152_cultural_property.csv");
    expect([rows[0].record.full_address, rows[0].record.city_block, rows[0].record.remarks]).toEqual([null, null, "所在地_番地以下：非公開 / 場所名称：非公開"]);
    expect(tuples(report, "address_part_no_place", "address_joined")).toEqual([[1, "city_block", "address_part_no_place"]]);
  });
});

describe("a 場所名称 that withholds the place (国立市's 文化財一覧)", () => {
  // the same 国立市 rows as above (nurockplayer/tokyo-mogu-mogu snapshot of 132152_cultural_property.csv, CC BY 4.0, 国立市)
  const header = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,文化財分類,種類,場所名称,所在地_連結表記,所有者等,文化財指定日";
  const rows = ["132152,132152100017,国立市,不動明王坐像,フドウミョウオウザゾウ,国立市指定有形文化財,美術工芸品,非公開,東京都国立市非公開,個人,1980-06-01",
    "132152,132152100001,国立市,木造獅子狛犬,モクゾウシシコマイヌ,重要文化財,彫刻,谷保天満宮,東京都国立市谷保5209,宗教法人谷保天満宮,1948-04-01"];

  it("is no place's name: empty, kept in 備考, warned (before: `非公開` published as the 場所名称); a real one stays", async () => {
    const { rows: out, report } = await runBytes([header, ...rows].join("\r\n"), "132152_cultural_property.csv");
    expect(out.map((r) => [r.row, r.valid, r.record.place_name])).toEqual([[1, true, null], [2, true, "谷保天満宮"]]);
    expect(out[0].record.remarks).toBe("場所名称：非公開 / 所在地_連結表記：東京都国立市非公開");
    expect(report.issues.filter((i) => i.code === "place_name_withheld").map((i) => [i.row, i.field, i.severity, i.value])).toEqual([[1, "place_name", "warning", "非公開"]]);
  });

  it("an event's 場所名称 of a whole area (区内各所) stays: it tells where", async () => {
    const text = "名称,開始日,終了日,場所名称,所在地_連結表記\n防災フェア,2024-09-01,2024-09-01,区内各所,\n";
    const { rows: out, report } = await runBytes(text, "131041_event.csv");
    expect(out[0].record.place_name).toBe("区内各所");
    expect(tuples(report, "place_name_withheld")).toEqual([]);
  });
});

describe("a 方書 of only the words that qualify the block number (市川市's 文化財一覧)", () => {
  // 122033 市川市 文化財一覧 (new 正式版 layout), three rows as published, cut to the columns read here; the city's CSV
  // (市川市オープンデータカタログ) as copied in whitecat-22/ichikawa_city_info
  // open_data/102_文化財一覧/122033_102_cultural_property.csv (licence: unknown, the repository states none; the city's
  // catalogue publishes under CC BY 4.0)
  const header = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,文化財分類,種類,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,所有者等";
  const rows = ["122033,,市川市,美濃輪台遺跡　B地点,ミノワダイイセキビーチテン,市指定史跡,（遺跡）,千葉県市川市本北方3丁目751の一部,千葉県,市川市,本北方3丁目,751,の一部,35.72807042,139.9516501,市川市",
    "122033,,市川市,常夜灯,ジョウヤトウ,市指定有形文化財,建造物,千葉県市川市本行徳34地先,千葉県,市川市,本行徳,34,地先,35.69096131,139.9149073,市川市",
    "122033,,市川市,木彫日蓮坐像,モクチョウニチレンザゾウ,市指定有形文化財,美術工芸品,千葉県市川市柏井町1丁目1696唱行寺,千葉県,市川市,柏井町1丁目,1696,唱行寺,35.73656583,139.9710689,唱行寺"];

  it("is no building's name: empty, kept in 備考, said; the address keeps it, a temple's name stays (before: `の一部` published as the building)", async () => {
    const { rows: out, report } = await runBytes([header, ...rows].join("\r\n"), "122033_cultural_property.csv");
    expect(out.map((r) => [r.row, r.valid, r.record.full_address, r.record.city_block, r.record.building_name, r.record.remarks])).toEqual([
      [1, true, "千葉県市川市本北方3丁目751の一部", "751", null, "建物名等(方書)：の一部"],
      [2, true, "千葉県市川市本行徳34地先", "34", null, "建物名等(方書)：地先"],
      [3, true, "千葉県市川市柏井町1丁目1696唱行寺", "1696", "唱行寺", null]]);
    expect(report.issues.filter((i) => i.code === "building_name_qualifier").map((i) => [i.row, i.field, i.severity, i.value]))
      .toEqual([[1, "building_name", "info", "の一部"], [2, "building_name", "info", "地先"]]);
  });
});
