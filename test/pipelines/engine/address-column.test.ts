// address-column.ts: a column of addresses under another name is the address, only when the file has no address.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("an address column told by its content", () => {
  it("設置場所 holding addresses is the address of a list without one, with a warning, and no header complaint", async () => {
    const csv = "名称,設置場所,SSID,緯度,経度\n国立市役所,東京都国立市富士見台2丁目47番地の1,Kunitachi_Free_Wi-Fi,35.6840,139.4410\n"
      + "くにたち市民芸術小ホール,国立市富士見台2-48-1,Kunitachi_Free_Wi-Fi,35.6845,139.4420\n";
    const { report, rows } = await runBytes(csv, "132152_public_wireless_lan.csv");
    expect(rows.map((r) => r.record.full_address)).toEqual(["東京都国立市富士見台2丁目47番地の1", "東京都国立市富士見台2-48-1"]);
    expect(rows.every((r) => r.valid)).toBe(true);
    expect(report.header.find((h) => h.source === "設置場所")).toEqual({ source: "設置場所", field: "full_address", method: "fuzzy" });
    expect(tuples(report, "address_column_by_content", "unknown_header", "duplicate_header")).toEqual([[null, "設置場所", "address_column_by_content"]]);
  });

  it("addresses some of which leave out the publisher's own municipality (羽田空港2丁目) are an address column too", async () => {
    const csv = "番号,名称,設置場所,緯度,経度,SSID\n1,大田区役所,大田区蒲田五丁目13番14号,35.5614,139.716,Ota_City_Free_Wi-Fi\n"
      + "2,羽田空港国際線,羽田空港2丁目,35.5494,139.7847,Ota_City_Free_Wi-Fi\n3,池上梅園,大田区池上2-2-13,35.5747,139.6994,Ota_City_Free_Wi-Fi\n";
    const { rows } = await runBytes(csv, "131113_public_wireless_lan.csv");
    expect(rows.map((r) => [r.valid, r.record.full_address])).toEqual([[true, "東京都大田区蒲田五丁目13番14号"],
      [true, "東京都大田区羽田空港2丁目"], [true, "東京都大田区池上2-2-13"]]);
    // places in a building, not one of them an address, are no address column
    const rooms = await runBytes("名称,設置場所,緯度,経度,SSID\n区役所,本館2-1,35.56,139.71,X\n図書館,別館3-2,35.57,139.7,X\n", "131113_public_wireless_lan.csv");
    expect(rooms.rows.map((r) => r.record.full_address)).toEqual([null, null]);
  });

  it("addresses written after their postal code (〒181-8611 三鷹市…) are an address column, the code going to 郵便番号", async () => {
    const csv = "名称,医療機関の種類,ところ\n杏林大学医学部付属病院,病院,〒181-8611 三鷹市新川6-20-2\n三鷹駅前こどもクリニック,無床診療所,〒181-0013 三鷹市下連雀3-1-1\n";
    const { report, rows } = await runBytes(csv, "132047_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.full_address, r.record.postal_code])).toEqual([
      [true, "東京都三鷹市新川6-20-2", "1818611"], [true, "東京都三鷹市下連雀3-1-1", "1810013"]]);
    expect(tuples(report, "address_column_by_content", "postal_code_in_address")).toEqual([[null, "ところ", "address_column_by_content"],
      [1, "full_address", "postal_code_in_address"], [2, "full_address", "postal_code_in_address"]]);
  });

  it("an AED list's 設置場所 (設置位置 by its name) holding street addresses is the address; 設置位置 is then absent", async () => {
    const csv = "名称,設置場所,緯度,経度,小児対応設備の有無\n町田市役所,東京都町田市森野2丁目2番22号,35.5466,139.4387,有\n"
      + "町田市民ホール,町田市森野2-2-36,35.5470,139.4380,無\n";
    const { report, rows } = await runBytes(csv, "132098_aed.csv");
    expect(rows.map((r) => r.record.full_address)).toEqual(["東京都町田市森野2丁目2番22号", "東京都町田市森野2-2-36"]);
    expect(rows[0].record.installation_position).toBeNull();
    expect(tuples(report, "address_column_by_content", "missing_column").map(([, field, code]) => [field, code]))
      .toEqual([["設置場所", "address_column_by_content"], ["installation_position", "missing_column"]]);
  });

  it("not when the file has an address column, nor when the column holds places in a building", async () => {
    const withAddress = await runBytes("名称,住所,設置場所,SSID\n国立市役所,東京都国立市富士見台2丁目47番地の1,東京都国立市富士見台2丁目47番地の1,x\n", "132152_public_wireless_lan.csv");
    expect(tuples(withAddress.report, "address_column_by_content")).toEqual([]);
    const places = await runBytes("名称,設置場所,SSID\n国立市役所,1階ロビー,x\n市民体育館,2階 会議室3,x\n", "132152_public_wireless_lan.csv");
    expect(tuples(places.report, "address_column_by_content")).toEqual([]);
    expect(places.rows[0].record.full_address).toBeNull();
    // an office with its phone, a municipality's building and floor: no address either
    for (const cells of [["新宿区文化観光課 03-5273-4069", "新宿区文化観光課 03-5273-4069"], ["八王子市役所本庁舎1階ロビー", "八王子市役所本庁舎2階"]]) {
      const office = await runBytes(`名称,設置場所,SSID\nA,${cells[0]},x\nB,${cells[1]},x\n`, "132152_public_wireless_lan.csv");
      expect(tuples(office.report, "address_column_by_content")).toEqual([]);
    }
  });
});

describe("a column with addresses on some rows only (probe 131075_public_wireless_lan.xlsx)", () => {
  it("is not called a second 施設名: beside 施設名 it is the 提供エリア, and the file is said to have no address", async () => {
    const text = ["No,施設名,設置場所,SSID,緯度,経度", "1,墨田区役所,墨田区吾妻橋1-23-20,Sumida_Free,35.71,139.80", "2,トリフォニーホール,1階エントランス,Sumida_Free,35.70,139.81",
      "3,両国駅前,両国駅西口広場,Sumida_Free,35.69,139.79", "4,押上,墨田区押上1-1-2,Sumida_Free,35.71,139.81", "5,向島,03-5608-1111,Sumida_Free,35.72,139.81"].join("\n");
    const { report } = await runBytes(`${text}\n`, "131075_public_wireless_lan.csv");
    expect(report.issues.filter((i) => i.row === null && ["duplicate_header", "address_column_mixed", "missing_column"].includes(i.code))
      .map((i) => [i.code, i.field, i.value])).toEqual([["missing_column", "full_address", "所在地_連結表記"]]);
    expect(report.header.find((h) => h.source === "設置場所")?.field).toBe("coverage_area");
  });

  it("an unmapped column of addresses on some rows only says why it is not the address", async () => {
    const text = ["No,施設名,場所,SSID", "1,墨田区役所,墨田区吾妻橋1-23-20,Sumida_Free", "2,トリフォニーホール,1階エントランス,Sumida_Free",
      "3,両国駅前,両国駅西口広場,Sumida_Free", "4,押上,墨田区押上1-1-2,Sumida_Free", "5,向島,03-5608-1111,Sumida_Free"].join("\n");
    const { report } = await runBytes(`${text}\n`, "131075_public_wireless_lan.csv");
    expect(report.issues.find((i) => i.code === "address_column_mixed")?.message_ja).toBe(
      "列「場所」は、記入のある5行のうち2行だけが住所で、ほかは「1階エントランス」のように住所ではないため、所在地の列として読まず、値は extra に残しました。所在地_連結表記の列を設けて各行に住所を書き、建物内の場所や施設名はそれぞれの列に書いてください。");
  });
});

describe("an address header written after the place its addresses are in", () => {
  it("愛媛県松山市住所 is 所在地_連結表記, each address completed with that place (before: extra, every row invalid)", async () => {
    const text = ["名称,文化財分類,種類,愛媛県松山市住所,緯度,経度", "北山古墳,市指定,史跡,北山町1-2,33.85,132.77", "南寺本堂,国指定,建造物,松山市南町3-4,33.84,132.76",
      "西の楠,県指定,その他,愛媛県松山市西町5,33.83,132.75"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "382019_cultural_property.csv");
    expect(report.header.find((h) => h.source === "愛媛県松山市住所")).toEqual({ source: "愛媛県松山市住所", field: "full_address", method: "alias" });
    expect(rows.map((r) => [r.valid, r.record.full_address, r.record.prefecture])).toEqual([
      [true, "愛媛県松山市北山町1-2", "愛媛県"], [true, "愛媛県松山市南町3-4", "愛媛県"], [true, "愛媛県松山市西町5", "愛媛県"]]);
    expect(tuples(report, "address_completed")).toEqual([[1, "full_address", "address_completed"], [2, "full_address", "address_completed"]]);
  });

  it("a header that names no place before 住所 (地区住所, 施設住所) is no such header", async () => {
    const { addressAfterPlace } = await import("../../../pipelines/place-prefixed-header.ts");
    expect(["愛媛県松山市住所", "練馬区所在地", "東京都住所", "地区住所", "施設住所", "住所", "設置場所住所"].map(addressAfterPlace)).toEqual([
      { place: "愛媛県松山市", word: "住所" }, { place: "練馬区", word: "所在地" }, { place: "東京都", word: "住所" }, null, null, null, null]);
  });
});
