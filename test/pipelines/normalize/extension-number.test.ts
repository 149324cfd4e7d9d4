// 内線番号: the extension's digits, the 内線 label a cell writes before them taken off and said.
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { normalizeExtension, plainExtension } from "../../../pipelines/normalize/extension-number.ts";
import { evacuation_space } from "../../../schemas/datasets/evacuation_space.ts";
import { event } from "../../../schemas/datasets/event.ts";
import { at, codes } from "./helpers.ts";
import { runBytes } from "../engine/helpers.ts";

describe("normalizeExtension", () => {
  it.each([
    ["1234", "1234", []],
    ["２３４５", "2345", ["full_width_converted"]],
    // the label, with or without a space, in brackets of either width, with a colon, in English
    ["内線1234", "1234", ["extension_label_removed"]],
    ["内線 205", "205", ["extension_label_removed"]],
    ["内線　205", "205", ["extension_label_removed"]],
    ["(内線)1234", "1234", ["extension_label_removed"]],
    ["（内線）1234", "1234", ["extension_label_removed"]],
    ["内線番号：12", "12", ["extension_label_removed"]],
    ["内1234", "1234", ["extension_label_removed"]],
    ["ext.123", "123", ["extension_label_removed"]],
    ["内線２３４５", "2345", ["full_width_converted", "extension_label_removed"]],
    // what follows the digits stays as written
    ["内線3456・3457", "3456・3457", ["extension_label_removed"]],
    // no digits after the label and no word of none: kept as written
    ["内線・代表", "内線・代表", []],
    ["-", null, ["placeholder_value"]],
    // words that say there is none, with the label or without it: no extension (before: published as the extension)
    ["なし", null, ["placeholder_value"]],
    ["無し", null, ["placeholder_value"]],
    ["内線なし", null, ["placeholder_value"]],
    ["（内線）なし", null, ["placeholder_value"]],
    ["内線：無", null, ["placeholder_value"]],
  ])("%s → %s", (raw, value, issues) => {
    expect(codes(normalizeExtension(raw, at))).toEqual([value, issues]);
  });

  it("the label is said with the cell and the value it gives", () => {
    const found = normalizeExtension("内線 205", at).issues[0];
    expect([found.row, found.field, found.code, found.severity, found.value, found.detail]).toEqual([7, "f", "extension_label_removed", "info", "内線 205", "205"]);
    expect(found.message_ja).toContain("「内線 205」の先頭の「内線」などの見出しを外し、「205」にしました");
    expect(found.message_en).toContain("giving \"205\"");
  });

  it("a labelled cell is no plain value: it takes the normalizer", () => {
    expect([plainExtension("1234"), plainExtension("内線1234"), plainExtension("(内線)12")]).toEqual(["1234", undefined, undefined]);
    // nor is a cell that says there is none
    expect([plainExtension("なし"), plainExtension("内線なし")]).toEqual([undefined, undefined]);
  });
});

describe("extension columns in records", () => {
  it("内線番号 and 連絡先内線番号 publish the digits alone", () => {
    const site = normalizeRecord({ name: "江戸川区立小岩小学校", phone_number: "03-3657-2222", extension_number: "(内線)1234" }, evacuation_space, { row: 3 });
    expect([site.record.phone_number, site.record.extension_number]).toEqual(["03-3657-2222", "1234"]);
    const shown = normalizeRecord({ name: "親子リトミック教室", phone_number: "03-5742-6720", extension_number: "内線1234" }, event, { row: 4 });
    expect(shown.record.extension_number).toBe("1234");
    expect(shown.issues.filter((i) => i.field === "extension_number").map((i) => [i.row, i.code, i.value])).toEqual([[4, "extension_label_removed", "内線1234"]]);
  });

  it("the phone's extension equal to the column's labelled one is the same extension: moved, not kept twice", () => {
    const site = normalizeRecord({ name: "江戸川区総合文化センター", phone_number: "03-3652-1111 内線12", extension_number: "内線12", remarks: "" }, evacuation_space, { row: 5 });
    expect([site.record.phone_number, site.record.extension_number, site.record.contact_remarks, site.record.remarks]).toEqual(["03-3652-1111", "12", null, null]);
  });
});

describe("an extension that says there is none (伊東市's 観光施設一覧)", () => {
  // 222089 伊東市 観光施設一覧, rows 1 and 3 as published (BODIK-style 推奨 layout), via ふじのくにオープンデータカタログ as
  // copied in gghatano/TableLinker opendata/res_057.csv (CC BY 4.0, 伊東市)
  const header = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,POIコード,住所,方書,緯度,経度,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,料金（基本）,料金（詳細）,説明,説明_英語,アクセス方法,駐車場情報,バリアフリー情報,連絡先名称,連絡先電話番号,連絡先内線番号,画像,画像_ライセンス,URL,備考";
  const rows = [
    "222089,1,静岡県,伊東市,小室山公園,コムロヤマコウエン,Komuroyama Park,311,静岡県伊東市川奈１２６０−１,,34.942582,139.123884,月火水木金土日,,,,0,,標高３２１ｍの山全体が公園となっています。,,伊東駅より「小室山リフト」行きのバスで約25分,250台,多目的トイレ有り;,小室山公園管理事務所,0557-45-1594,なし,,,https://itospa.com/spot/detail_54008.html,",
    "222089,3,静岡県,伊東市,一碧湖,イッペキコ,Lake Ippeki,103,静岡県伊東市吉田８１５−３６０,,34.929539,139.106345,月火水木金土日,,,,0,,伊豆の瞳とも呼ばれる湖です。,,伊東駅から「一碧湖」行きのバスで約20分,53台,,伊東市観光課,0557-32-1717,2716,,,https://itospa.com/spot/detail_54018.html,",
  ];

  it("publishes no extension for なし and says so; a real extension stays", async () => {
    const { rows: out, report } = await runBytes([header, ...rows].join("\r\n"), "222089_tourism.csv");
    expect(report.dataset).toBe("tourism");
    expect(out.map((r) => [r.row, r.record.contact_name, r.record.phone_number, r.record.extension_number])).toEqual([
      [1, "小室山公園管理事務所", "0557-45-1594", null],
      [2, "伊東市観光課", "0557-32-1717", "2716"],
    ]);
    expect(report.issues.filter((i) => i.field === "extension_number").map((i) => [i.row, i.code, i.severity, i.value])).toEqual([[1, "placeholder_value", "info", "なし"]]);
  });
});
