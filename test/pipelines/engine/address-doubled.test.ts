// An address that names its prefecture or city twice, as Excel's `=都道府県名&市区町村名&住所` gives over a 住所 that
// had them (probe 131041_dupaddr_aed.csv): written once and warned; the row's own city in front of another place's
// address: that address, the row placed there as any address elsewhere; two places neither the row's: an error.
import { describe, expect, it } from "vitest";
import { doubledAddress } from "../../../pipelines/normalize/address-heads.ts";
import { runBytes } from "./helpers.ts";

describe("doubledAddress", () => {
  it.each([
    ["東京都東京都新宿区歌舞伎町1-4-1", "東京都新宿区歌舞伎町1-4-1"],
    ["東京都新宿区新宿区歌舞伎町1-4-1", "東京都新宿区歌舞伎町1-4-1"],
    ["新宿区新宿区歌舞伎町1-4-1", "新宿区歌舞伎町1-4-1"],
    ["東京都新宿区東京都新宿区歌舞伎町1-4-1", "東京都新宿区歌舞伎町1-4-1"],
    ["東京都 新宿区 新宿区歌舞伎町1-4-1", "東京都新宿区歌舞伎町1-4-1"],
    ["東京都新宿区歌舞伎町1-4-1東京都新宿区歌舞伎町1-4-1", "東京都新宿区歌舞伎町1-4-1"],
    ["新宿区歌舞伎町1-4-1 東京都新宿区歌舞伎町1-4-1", "東京都新宿区歌舞伎町1-4-1"],
    ["東京都瑞穂町西多摩郡瑞穂町箱根ケ崎2335", "東京都瑞穂町箱根ケ崎2335"],
  ])("%s says one place twice → %s", (address, once) => expect(doubledAddress(address)).toEqual({ how: "repeated", address: once }));

  it.each([
    ["東京都新宿区中野区中野4-8-1", ["東京都新宿区", "中野区"], "東京都中野区中野4-8-1"],
    ["東京都新宿区神奈川県横浜市中区港町1-1", ["東京都新宿区", "神奈川県"], "神奈川県横浜市中区港町1-1"],
  ])("%s names two places", (address, places, rest) => expect(doubledAddress(address)).toMatchObject({ how: "two_places", places, address: rest }));

  it.each([
    "東京都新宿区歌舞伎町1-4-1", "東京都西多摩郡瑞穂町箱根ケ崎2335", "東京都八丈島八丈町大賀郷2551-2", "東京都府中市府中町1", "東京都江東区大島1-1",
    "東京都港区港南1-2-1", "東京都中野区中央1-1", "東京都新宿区西新宿2-8-1 新宿区役所本庁舎", "新宿区役所", "歌舞伎町1-4-1", "東京都新宿区新宿1-1",
    "広島県府中市府川町315",
  ])("%s names one place once", (address) => expect(doubledAddress(address)).toBeNull());
});

describe("a doubled address in a file", () => {
  const header = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,住所,設置位置\n";
  const rows = ["東京都新宿区新宿区歌舞伎町1-4-1", "東京都東京都新宿区歌舞伎町1-4-1", "新宿区新宿区歌舞伎町1-4-1", "東京都新宿区東京都新宿区歌舞伎町1-4-1",
    "東京都新宿区中野区中野4-8-1", "東京都新宿区歌舞伎町1-4-1東京都新宿区歌舞伎町1-4-1", "東京都渋谷区中野区中野4-8-1"];
  const csv = header + rows.map((a, i) => `131041,${i + 1},東京都,新宿区,施設${i + 1},${a},1階`).join("\n") + "\n";

  it("publishes the address once, warned; the publisher's ward in front of another's address: that address, the row placed there", async () => {
    const { report, rows: out } = await runBytes(csv, "131041_aed.csv");
    expect(out.map((r) => [r.valid, r.record.full_address, r.record.city, r.record.located_local_government_code])).toEqual([
      [true, "東京都新宿区歌舞伎町1-4-1", "新宿区", "131041"],
      [true, "東京都新宿区歌舞伎町1-4-1", "新宿区", "131041"],
      [true, "東京都新宿区歌舞伎町1-4-1", "新宿区", "131041"],
      [true, "東京都新宿区歌舞伎町1-4-1", "新宿区", "131041"],
      [true, "東京都中野区中野4-8-1", "中野区", "131148"],
      [true, "東京都新宿区歌舞伎町1-4-1", "新宿区", "131041"],
      // two places, neither the row's own: which one is not known
      [false, "東京都渋谷区中野区中野4-8-1", "渋谷区", "131130"],
    ]);
    const told = report.issues.filter((i) => i.code.startsWith("address_") && i.code !== "address_completed");
    expect(told.map((i) => [i.row, i.field, i.code, i.severity, i.value, i.detail])).toEqual([
      [1, "full_address", "address_doubled", "warning", rows[0], "東京都新宿区歌舞伎町1-4-1"],
      [2, "full_address", "address_doubled", "warning", rows[1], "東京都新宿区歌舞伎町1-4-1"],
      [3, "full_address", "address_doubled", "warning", rows[2], "新宿区歌舞伎町1-4-1"],
      [4, "full_address", "address_doubled", "warning", rows[3], "東京都新宿区歌舞伎町1-4-1"],
      [5, "full_address", "address_after_own_place", "warning", rows[4], "東京都中野区中野4-8-1"],
      [6, "full_address", "address_doubled", "warning", rows[5], "東京都新宿区歌舞伎町1-4-1"],
      [7, "full_address", "address_two_places", "error", rows[6], "東京都渋谷区 / 中野区"],
    ]);
    expect(told[0].message_ja).toContain("1回にして「東京都新宿区歌舞伎町1-4-1」としました");
    expect(told[6].message_en).toContain("names two places one after the other (東京都渋谷区 / 中野区)");
  });
});
