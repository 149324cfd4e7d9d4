import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { runBytes, tuples } from "./helpers.ts";

// A ward's Wi-Fi list as published (Shift_JIS): the terms of use in columns of their own, which the standard keeps in
// 備考 (利用条件等).
const NERIMA = ["No.,施設名,所在地,設置場所,SSID,利用時間,認証方式,緯度,経度,問い合わせ先",
  "1,区役所本庁舎,練馬区豊玉北6-12-1,本庁舎1階・2階ロビー,Nerima_Free_Wi-Fi,施設の開館時間に準ずる,メール認証,35.735623,139.651658,03-5984-2690",
  "2,石神井公園,練馬区石神井台1-26-1,ボート乗り場付近,Nerima_Free_Wi-Fi,24時間,SNS認証,35.737190,139.600970,03-5984-1111",
  "3,光が丘図書館,練馬区光が丘4-1-5,館内,Nerima_Free_Wi-Fi,9:00～20:00,,35.760300,139.629000,03-5383-6500"].join("\r\n");

describe("a Wi-Fi list's terms of use", () => {
  it("利用時間 and 認証方式 go after their headers into 備考 (the standard's 利用条件等), kept in extra too", async () => {
    const { report, rows } = await runBytes(encodeCp932(NERIMA), "131202_public_wireless_lan.csv");
    expect(report.encoding).toBe("shift_jis");
    expect(rows.map((r) => [r.record.name, r.record.coverage_area, r.record.ssid, r.record.remarks, r.extra])).toEqual([
      ["区役所本庁舎", "本庁舎1階・2階ロビー", "Nerima_Free_Wi-Fi", "利用時間：施設の開館時間に準ずる / 認証方式：メール認証",
        { 利用時間: "施設の開館時間に準ずる", 認証方式: "メール認証" }],
      ["石神井公園", "ボート乗り場付近", "Nerima_Free_Wi-Fi", "利用時間：24時間 / 認証方式：SNS認証", { 利用時間: "24時間", 認証方式: "SNS認証" }],
      ["光が丘図書館", "館内", "Nerima_Free_Wi-Fi", "利用時間：9:00～20:00", { 利用時間: "9:00～20:00" }],
    ]);
    expect(report.issues.filter((i) => i.code === "column_labelled" || i.code === "unknown_header").map((i) => [i.code, i.field]))
      .toEqual([["column_labelled", "remarks"]]);
  });

  it("利用可能曜日 beside 利用時間 goes into 備考 after its header too (before: extra only, the hours without their days)", async () => {
    const edogawa = ["NO,名称,住所,緯度,経度,SSID,利用時間,利用可能曜日,備考",
      "1,江戸川区役所本庁舎,東京都江戸川区中央1-4-1,35.7068,139.8683,Edogawa_Free_Wi-Fi,8:30～17:00,月～金（祝日・年末年始除く）,1回60分"].join("\r\n");
    const { report, rows } = await runBytes(encodeCp932(edogawa), "131237_public_wireless_lan.csv");
    expect(rows.map((r) => r.record.remarks)).toEqual(["1回60分 / 利用時間：8:30～17:00 / 利用可能曜日：月～金（祝日・年末年始除く）"]);
    expect(tuples(report, "unknown_header")).toEqual([]);
  });

  it("SSID1 is the SSID; SSID2 (a second network, 00000JAPAN) and アクセスポイント数 go after their headers into 備考", async () => {
    const musashino = ["施設名,住所,緯度,経度,SSID1,SSID2,アクセスポイント数,設置箇所",
      "武蔵野市役所,武蔵野市緑町2-2-28,35.717842,139.566119,Musashino_Free_WiFi,00000JAPAN,5,1階ロビー・2階市民ホール",
      "吉祥寺図書館,武蔵野市吉祥寺本町1-21-13,35.705,139.58,Musashino_Free_WiFi,,2,閲覧室"].join("\n");
    const { report, rows } = await runBytes(musashino, "132039_public_wireless_lan.csv");
    expect(report.header.filter((h) => h.source.startsWith("SSID"))).toEqual([
      { source: "SSID1", field: "ssid", method: "alias" }, { source: "SSID2", field: null, method: "none" }]);
    expect(rows.map((r) => [r.record.ssid, r.record.coverage_area, r.record.remarks])).toEqual([
      ["Musashino_Free_WiFi", "1階ロビー・2階市民ホール", "SSID2:00000JAPAN / アクセスポイント数：5"],
      ["Musashino_Free_WiFi", "閲覧室", "アクセスポイント数：2"],
    ]);
    expect(tuples(report, "unknown_header", "ssid_several")).toEqual([]);
  });
});
