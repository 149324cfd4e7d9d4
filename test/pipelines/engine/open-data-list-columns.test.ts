// オープンデータ一覧 in the new format as 市川市 heads it: the data set's own データセット_関連ドキュメント beside the
// file's ファイル_関連ドキュメント.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

// 122033 市川市 オープンデータ一覧, its header and two rows as published; the city's CSV (市川市オープンデータカタログ) as
// copied in whitecat-22/ichikawa_city_info open_data/106_オープンデータ覧/122033_106_open_data_list.csv (licence: unknown,
// the repository states none; the city's catalogue publishes under CC BY 4.0)
const HEADER = "データセット_ID,全国地方公共団体コード,地方公共団体名,データセット_タイトル,データセット_サブタイトル,データセット_概要,データセット_キーワード,データセット_分類,データセット_ユニバーサルメニュー,データセット_公開日,データセット_最終更新日,データセット_バージョン,データセット_言語,データセット_URL,データセット_更新頻度,データセット_準拠する標準,データセット_関連ドキュメント,データセット_来歴情報,データセット_対象地域,データセット_対象期間,データセット_連絡先名称,データセット_連絡先メールアドレス,データセット_連絡先電話番号,データセット_連絡先内線番号,データセット_連絡先FormURL,データセット_連絡先備考（その他、SNSなど）,データセット_備考,ファイル_タイトル,ファイル_アクセスURL,ファイル_ダウンロードURL,ファイル_説明,ファイル形式,ファイル_ライセンス,ファイル_ステータス,ファイル_サイズ,ファイル_公開日,ファイル_最終更新日,ファイル_利用規約,ファイル_関連ドキュメント,ファイル_言語,ファイル_準拠する標準,ファイル_API対応有無";
const ROWS = [
  "MM0000000101,122033,市川市,公共施設一覧,,,,行財政,,,2022-06-01,,,,,,,,,,,,,,,,,122033_101_public_facility,,,,csv,,,,2022-09-01,2022-06-01,,,,,",
  "MM0000000402,122033,市川市,南部ルートのバス停,,,,運輸・観光,,,2022-06-01,,,,,,,,,,,,,,,,外部リンク,122033_402_bus_stop_south,,,,zip,,,,2022-09-01,2022-06-01,,,,,",
];

describe("データセット_関連ドキュメント (市川市's オープンデータ一覧)", () => {
  it("is the data set's related document, its own column, not extra (before: unknown_header)", async () => {
    const { report, rows } = await runBytes([HEADER, ...ROWS].join("\r\n"), "122033_open_data_list.csv");
    expect(report.header.filter((h) => h.source.endsWith("関連ドキュメント")).map((h) => [h.source, h.field, h.method])).toEqual([
      ["データセット_関連ドキュメント", "related_document", "exact"], ["ファイル_関連ドキュメント", "file_related_document", "exact"]]);
    expect(report.issues.filter((i) => i.code === "unknown_header")).toEqual([]);
    expect(rows.map((r) => [r.row, r.valid, r.record.title, r.record.related_document, r.record.remarks, r.record.file_format, Object.keys(r.extra)])).toEqual([
      [1, true, "公共施設一覧", null, null, "CSV", []], [2, true, "南部ルートのバス停", null, "外部リンク", "ZIP", []]]);
  });

  it("carries a document written there", async () => {
    const cells = ROWS[0].split(",");
    cells[HEADER.split(",").indexOf("データセット_関連ドキュメント")] = "https://www.city.ichikawa.lg.jp/pla01/opendata.html";
    const { rows } = await runBytes([HEADER, cells.join(",")].join("\r\n"), "122033_open_data_list.csv");
    expect([rows[0].record.related_document, rows[0].record.file_related_document]).toEqual(["https://www.city.ichikawa.lg.jp/pla01/opendata.html", null]);
  });
});
