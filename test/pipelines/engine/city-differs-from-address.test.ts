// A new-format row whose 所在地_市区町村 names another municipality than its full address (新宿区 beside
// 東京都中野区中野4-8-1, a column filled down with the publisher's name): the place follows the address, as the
// location code does, so that a client filtering by city finds the site where its address is; warned with both.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

const header = "全国地方公共団体コード,ID,地方公共団体名,名称,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下\n";
const row = (id: number, address: string, prefecture: string, city: string) => `131041,${id},新宿区,施設${id},${address},${prefecture},${city},,`;

describe("所在地_市区町村 that is not where the address is", () => {
  const csv = header + [
    row(1, "東京都新宿区歌舞伎町1-4-1", "東京都", "新宿区"),
    row(2, "東京都中野区中野4-8-1", "東京都", "新宿区"),
    row(3, "長野県北佐久郡軽井沢町長倉1-1", "東京都", "新宿区"),
    row(4, "東京都新宿区中野区中野4-8-1", "東京都", "新宿区"),
    row(5, "東京都瑞穂町箱根ケ崎2335", "東京都", "西多摩郡瑞穂町"),
    row(6, "歌舞伎町1-4-1", "東京都", "新宿区"),
  ].join("\n") + "\n";

  it("takes the place from the address and warns with both; the same place however spelled is no conflict", async () => {
    const { report, rows } = await runBytes(csv, "131041_public_facility.csv");
    expect(rows.map((r) => [r.valid, r.record.full_address, r.record.prefecture, r.record.city, r.record.located_local_government_code])).toEqual([
      [true, "東京都新宿区歌舞伎町1-4-1", "東京都", "新宿区", "131041"],
      [true, "東京都中野区中野4-8-1", "東京都", "中野区", "131148"],
      [true, "長野県北佐久郡軽井沢町長倉1-1", "長野県", null, null],
      [true, "東京都中野区中野4-8-1", "東京都", "中野区", "131148"],
      [true, "東京都西多摩郡瑞穂町箱根ケ崎2335", "東京都", "西多摩郡瑞穂町", "133035"],
      [true, "東京都新宿区歌舞伎町1-4-1", "東京都", "新宿区", "131041"],
    ]);
    const told = report.issues.filter((i) => i.code === "city_differs_from_address");
    // row 4's address was already told to be another place's than its own city's (address_after_own_place)
    expect(told.map((i) => [i.row, i.field, i.severity, i.value, i.detail])).toEqual([
      [2, "city", "warning", "新宿区", "東京都中野区"],
      [3, "city", "warning", "新宿区", "長野県"],
    ]);
    expect(told[0].message_ja).toContain("「新宿区」は、同じ行の住所（所在地_連結表記）が示す場所「東京都中野区」と違います");
    expect(told[0].message_en).toContain("\"新宿区\" (city) is not where the row's full address is (\"東京都中野区\")");
  });

  it("reads a town written after its island (八丈島八丈町) as the town, without the island: no conflict with 東京都八丈町…", async () => {
    const island = header + [
      "134015,1,八丈町,町役場,東京都八丈町大賀郷2551-2,東京都,八丈島八丈町,,", "134015,2,八丈町,公民館,東京都八丈島八丈町大賀郷1000,東京都,八丈町,,",
    ].join("\n") + "\n";
    const { report, rows } = await runBytes(island, "134015_public_facility.csv");
    expect(rows.map((r) => [r.record.city, r.record.located_local_government_code])).toEqual([["八丈町", "134015"], ["八丈町", "134015"]]);
    expect(report.issues.filter((i) => i.field === "city").map((i) => [i.row, i.code, i.value, i.detail ?? null])).toEqual([
      [1, "island_in_city", "八丈島八丈町", "八丈町"]]);
  });

  it("keeps another prefecture's city the column names as the address does (伊東市 beside 静岡県伊東市…): only the prefecture follows", async () => {
    const { report, rows } = await runBytes(header + row(1, "静岡県伊東市宇佐美1234", "東京都", "伊東市") + "\n", "131041_public_facility.csv");
    expect(rows.map((r) => [r.record.prefecture, r.record.city, r.record.located_local_government_code])).toEqual([["静岡県", "伊東市", null]]);
    expect(report.issues.filter((i) => i.code === "city_differs_from_address").map((i) => [i.row, i.field, i.value, i.detail]))
      .toEqual([[1, "prefecture", "東京都", "静岡県伊東市"]]);
  });

  it("leaves an old 推奨 file's 市区町村名 (the publisher) to its own rule", async () => {
    const old = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,住所\n131041,1,東京都,新宿区,施設1,東京都中野区中野4-8-1\n";
    const { report } = await runBytes(old, "131041_aed.csv");
    expect(report.issues.map((i) => i.code)).not.toContain("city_differs_from_address");
  });
});

describe("所在地_全国地方公共団体コード that is not where the address is", () => {
  const head = "全国地方公共団体コード,ID,地方公共団体名,名称,所在地_全国地方公共団体コード,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下\n";
  const csv = head + [
    "132276,1,羽村市,市役所,132276,東京都羽村市緑ヶ丘5-2-1,,,,",
    // 福生市's code, a neighbour's, beside an address in 羽村市; then the same in the address's parts only
    "132276,2,羽村市,公民館,132187,東京都羽村市羽東2-3-4,,,,",
    "132276,3,羽村市,図書館,132187,,東京都,羽村市,緑ヶ丘,1-11-5",
    "132276,4,羽村市,集会所,,東京都羽村市川崎4-5-6,,,,",
    "132276,5,羽村市,保養所,132276,長野県北佐久郡軽井沢町長倉1-1,,,,",
    "132276,6,羽村市,都の施設,130001,東京都羽村市五ノ神3-1-2,,,,",
  ].join("\n") + "\n";

  it("takes the code of the address's municipality and warns with both; an empty code is filled as before, a place outside Tokyo or a prefecture's code stays", async () => {
    const { report, rows } = await runBytes(csv, "132276_public_facility.csv");
    expect(rows.map((r) => [r.valid, r.record.full_address, r.record.city, r.record.located_local_government_code])).toEqual([
      [true, "東京都羽村市緑ヶ丘5-2-1", "羽村市", "132276"],
      [true, "東京都羽村市羽東2-3-4", "羽村市", "132276"],
      [true, "東京都羽村市緑ヶ丘1-11-5", "羽村市", "132276"],
      [true, "東京都羽村市川崎4-5-6", "羽村市", "132276"],
      [true, "長野県北佐久郡軽井沢町長倉1-1", null, "132276"],
      [true, "東京都羽村市五ノ神3-1-2", "羽村市", "130001"],
    ]);
    const told = report.issues.filter((i) => i.field === "located_local_government_code");
    expect(told.map((i) => [i.row, i.code, i.severity, i.value, i.detail ?? null])).toEqual([
      [2, "located_code_differs_from_address", "warning", "132187", "東京都羽村市（132276）"],
      [3, "located_code_differs_from_address", "warning", "132187", "東京都羽村市（132276）"],
      [4, "code_missing", "info", "132276", null],
    ]);
    expect(told[0].message_ja).toContain("「所在地_全国地方公共団体コード」の「132187」は、同じ行の住所（所在地_連結表記）が示す市区町村のコードではありません");
    expect(told[0].message_en).toContain("The location code was taken from the address: 東京都羽村市（132276）");
  });
});
