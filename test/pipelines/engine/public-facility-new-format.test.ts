// The new 公共施設一覧 (正式版) as 市川市 publishes it: 外部識別子 | 外部識別子の値 after POIコード and, after 説明, one
// column of 有/無 marks for each thing a facility offers (車椅子可 … オストメイト対応トイレ, 授乳室 … ベビーカー利用).
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

// 122033 市川市 公共施設一覧, its header and two rows as published (the marks all empty there; the second row's 9:00 as
// written); the city's CSV (市川市オープンデータカタログ) as copied in whitecat-22/ichikawa_city_info
// open_data/101_公共施設一覧/122033_101_public_facility.csv (licence: unknown, the repository states none; the city's
// catalogue publishes under CC BY 4.0)
const HEADER = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,名称_通称,POIコード,外部識別子,外部識別子の値,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,高度の種別,高度の値,電話番号,内線番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能時間特記事項,説明,車椅子可,車椅子貸出,ツエ貸出,バリアフリートイレ,スロープ、エレベータ、エスカレータ,点字ブロック等の移動支援,点字や読上による支援,盲導犬・介助犬、聴導犬同伴,字幕,筆談対応,優先駐車場,オストメイト対応トイレ,授乳室,おむつ替えコーナー,飲食可否,ベビーカー貸出,ベビーカー利用,URL,画像,画像_ライセンス,備考";
const ROWS = [
  "122033,,市川市,市川小学校,イチカワショウガッコウ,,,,,,122033,,千葉県市川市市川2丁目32-5,千葉県,市川市,市川2丁目,32-5,,35.73213721,139.9051921,,,(047)325-4758,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,https://ichikawa-school.ed.jp/ichikawa-sho,,,",
  "122033,,市川市,市川考古博物館,イチカワコウコハクブツカン,,,,,,122033,,千葉県市川市堀之内2丁目26-1,千葉県,市川市,堀之内2丁目,26-1,,35.7590,139.9121,,,(047)373-2202,,,,,,,,火水木金土日,9:00,16:30,,,,,,,,,,,,,,,,,,,,http://www.city.ichikawa.lg.jp/edu14/1111000001.html,,,",
];
const MARKS = ["車椅子可", "車椅子貸出", "ツエ貸出", "バリアフリートイレ", "スロープ、エレベータ、エスカレータ", "点字ブロック等の移動支援", "点字や読上による支援",
  "盲導犬・介助犬、聴導犬同伴", "字幕", "筆談対応", "優先駐車場", "オストメイト対応トイレ", "授乳室", "おむつ替えコーナー", "飲食可否", "ベビーカー貸出", "ベビーカー利用"];

describe("the new 公共施設一覧 (市川市)", () => {
  it("is a 公共施設一覧 by its header alone, not a 子育て施設一覧 (before: read as preschool)", async () => {
    const { report, rows } = await runBytes([HEADER, ...ROWS].join("\r\n"), "shisetsu.csv");
    expect(report.dataset).toBe("public_facility");
    expect(rows.map((r) => [r.row, r.valid, r.record.name, r.record.full_address, r.record.available_days, r.record.start_time, r.record.end_time]))
      .toEqual([[1, true, "市川小学校", "千葉県市川市市川2丁目32-5", null, null, null],
        [2, true, "市川考古博物館", "千葉県市川市堀之内2丁目26-1", "火水木金土日", "09:00", "16:30"]]);
  });

  it("maps each mark column and 外部識別子 to its own key, none left in extra (before: all 19 unknown_header)", async () => {
    const { report, rows } = await runBytes([HEADER, ...ROWS].join("\r\n"), "122033_public_facility.csv");
    const mapped = new Map(report.header.map((h) => [h.source, h.field]));
    expect([...MARKS, "外部識別子", "外部識別子の値"].map((h) => [h, mapped.get(h)])).toEqual([
      ["車椅子可", "wheelchair_accessible"], ["車椅子貸出", "wheelchair_rental"], ["ツエ貸出", "cane_rental"], ["バリアフリートイレ", "multipurpose_toilet"],
      ["スロープ、エレベータ、エスカレータ", "step_free_access"], ["点字ブロック等の移動支援", "tactile_guidance"], ["点字や読上による支援", "braille_or_audio_support"],
      ["盲導犬・介助犬、聴導犬同伴", "assistance_dogs_allowed"], ["字幕", "captions"], ["筆談対応", "written_communication"], ["優先駐車場", "priority_parking"],
      ["オストメイト対応トイレ", "ostomate_toilet"], ["授乳室", "nursing_room"], ["おむつ替えコーナー", "diaper_changing"], ["飲食可否", "eating_allowed"],
      ["ベビーカー貸出", "stroller_rental"], ["ベビーカー利用", "stroller_accessible"], ["外部識別子", "external_identifier"], ["外部識別子の値", "external_identifier_value"]]);
    expect(report.issues.filter((i) => i.code === "unknown_header" || i.code === "dataset_mismatch").map((i) => [i.code, i.field])).toEqual([]);
    expect(rows.map((r) => Object.keys(r.extra))).toEqual([[], []]);
  });

  it("reads a facility's marks as yes / no", async () => {
    const marked = ROWS[1].split(",");
    const at = (h: string) => HEADER.split(",").indexOf(h);
    marked[at("車椅子可")] = "有";
    marked[at("バリアフリートイレ")] = "○";
    marked[at("授乳室")] = "無";
    const { rows } = await runBytes([HEADER, marked.join(",")].join("\r\n"), "122033_public_facility.csv");
    expect([rows[0].record.wheelchair_accessible, rows[0].record.multipurpose_toilet, rows[0].record.nursing_room, rows[0].record.cane_rental])
      .toEqual([true, true, false, null]);
  });
});
