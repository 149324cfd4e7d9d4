// Coordinates a file says are in the old Tokyo Datum (日本測地系) lie ~450 m off in JGD2011: converted, and said.
import { describe, expect, it } from "vitest";
import { namesTokyoDatum, tokyoToJgd2011 } from "../../../pipelines/normalize/tokyo-datum.ts";
import { runBytes, tuples } from "./helpers.ts";

// the Japanese datum origin (日本経緯度原点): its Tokyo Datum coordinates by definition, and its JGD2000 ones (GSI)
const ORIGIN_TOKYO = [35 + 39 / 60 + 17.5148 / 3600, 139 + 44 / 60 + 40.502 / 3600] as const;
const ORIGIN_JGD = [35 + 39 / 60 + 29.1572 / 3600, 139 + 44 / 60 + 28.8759 / 3600] as const;
const metresApart = ([aLat, aLon]: readonly number[], [bLat, bLon]: readonly number[]) =>
  Math.hypot((aLat - bLat) * 111_000, (aLon - bLon) * 111_000 * Math.cos((aLat * Math.PI) / 180));

const HEADER = "ID,名称,所在地_連結表記,緯度,経度,設置位置";
const SHINJUKU = "1,新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,35.69061,139.70676,1階ロビー";
const SPORTS = "2,新宿スポーツセンター,東京都新宿区大久保3-5-1,35.70520,139.70480,1階事務室前";

describe("the Tokyo Datum", () => {
  it("converts a point to JGD2011 within about a metre of GSI's value at the datum origin", () => {
    const converted = tokyoToJgd2011(...ORIGIN_TOKYO);
    expect(metresApart(converted, ORIGIN_JGD)).toBeLessThan(1.5);
    // the uncorrected point is hundreds of metres off
    expect(metresApart(ORIGIN_TOKYO, ORIGIN_JGD)).toBeGreaterThan(400);
  });

  it("is named by 日本測地系 alone, not by 日本測地系2011 (JGD2011) nor by a note that names both", () => {
    const said = ["日本測地系", "旧日本測地系", "※緯度経度は日本測地系です", "旧測地系", "Tokyo Datum", "Tokyo"];
    const notSaid = ["日本測地系2011", "日本測地系2000（JGD2000）", "世界測地系", "JGD2011", "日本測地系から世界測地系に変換済み", "Tokyo Free Wi-Fi 設置場所一覧"];
    expect(said.filter(namesTokyoDatum)).toEqual(said);
    expect(notSaid.filter(namesTokyoDatum)).toEqual([]);
  });

  it("reads a 緯度（日本測地系） header as the coordinates and converts each row, with a warning for the file", async () => {
    const csv = ["ID,名称,所在地_連結表記,緯度（日本測地系）,経度（日本測地系）,設置位置", SHINJUKU].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect([rows[0].record.latitude, rows[0].record.longitude]).toEqual([35.693846, 139.703531]);
    expect(rows[0].valid).toBe(true);
    expect(tuples(report, "tokyo_datum", "tokyo_datum_converted")).toEqual([[null, "latitude", "tokyo_datum"], [1, "latitude", "tokyo_datum_converted"]]);
    expect(report.issues.find((i) => i.code === "tokyo_datum")).toMatchObject({ severity: "warning", value: "緯度（日本測地系）" });
    expect(report.issues.find((i) => i.code === "tokyo_datum_converted")?.value).toBe("35.69061, 139.70676 → 35.693846, 139.703531");
  });

  it("takes a column of the standard's datum over one in the Tokyo Datum, and leaves its values", async () => {
    const csv = ["ID,名称,所在地_連結表記,緯度（日本測地系）,経度（日本測地系）,緯度（世界測地系）,経度（世界測地系）,設置位置",
      "1,新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,35.69061,139.70676,35.69384,139.70355,1階ロビー"].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect([rows[0].record.latitude, rows[0].record.longitude]).toEqual([35.69384, 139.70355]);
    expect(rows[0].extra).toMatchObject({ "緯度（日本測地系）": "35.69061" });
    expect(tuples(report, "tokyo_datum", "tokyo_datum_converted")).toEqual([]);
  });

  it("does not read the header repeated under the data (a printed page's) as a row that says 日本測地系", async () => {
    const header = "ID,名称,所在地_連結表記,緯度（日本測地系）,経度（日本測地系）,緯度（世界測地系）,経度（世界測地系）,設置位置";
    const csv = [header, "1,新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,35.69061,139.70676,35.69384,139.70355,1階ロビー", header,
      "2,新宿スポーツセンター,東京都新宿区大久保3-5-1,35.70197,139.70803,35.7052,139.7048,1階事務室前"].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.latitude, r.record.longitude])).toEqual([[1, 35.69384, 139.70355], [3, 35.7052, 139.7048]]);
    expect(tuples(report, "tokyo_datum", "tokyo_datum_converted", "repeated_header_row")).toEqual([[2, null, "repeated_header_row"]]);
  });

  it("reads 緯度（日本測地系2011） as the standard's coordinates, unconverted", async () => {
    const csv = ["ID,名称,所在地_連結表記,緯度（日本測地系2011）,経度（日本測地系2011）,設置位置", "1,新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,35.69384,139.70355,1階"].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect([rows[0].record.latitude, rows[0].record.longitude]).toEqual([35.69384, 139.70355]);
    expect(tuples(report, "tokyo_datum", "tokyo_datum_converted")).toEqual([]);
  });

  it("follows a note above the header or a line under the data", async () => {
    const above = await runBytes(["AED設置場所一覧", "※緯度経度は日本測地系です", HEADER, SHINJUKU, SPORTS].join("\n"), "131041_aed.csv");
    expect(above.rows.map((r) => r.record.latitude)).toEqual([35.693846, 35.708435]);
    expect(above.report.issues.find((i) => i.code === "tokyo_datum")?.value).toBe("※緯度経度は日本測地系です");
    const below = await runBytes([HEADER, SHINJUKU, SPORTS, "", "※座標は旧日本測地系によります"].join("\n"), "131041_aed.csv");
    expect(below.rows.map((r) => r.record.latitude)).toEqual([35.693846, 35.708435]);
  });

  it("does not follow a note about other data, or about coordinates converted already", async () => {
    for (const note of ["※平成13年度以前の旧データ（日本測地系）は区のホームページで別途公開しています。", "※緯度経度は日本測地系の旧データを変換して作成しました。",
      "※この一覧は日本測地系の地図から作りました"]) {
      const { report, rows } = await runBytes([HEADER, SHINJUKU, "", note].join("\n"), "131041_aed.csv");
      expect(rows[0].record.latitude).toBe(35.69061);
      expect(tuples(report, "tokyo_datum")).toEqual([]);
    }
  });

  it("converts by a 測地系 column row by row: a row that says 世界測地系 keeps its values", async () => {
    const csv = ["ID,名称,所在地_連結表記,緯度,経度,測地系,設置位置",
      "1,新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,35.69061,139.70676,日本測地系,1階ロビー",
      "2,新宿スポーツセンター,東京都新宿区大久保3-5-1,35.70520,139.70480,世界測地系,1階事務室前"].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect(rows.map((r) => r.record.latitude)).toEqual([35.693846, 35.7052]);
    expect(rows[1].extra).toMatchObject({ 測地系: "世界測地系" });
    expect(tuples(report, "tokyo_datum", "tokyo_datum_converted")).toEqual([[null, "latitude", "tokyo_datum"], [1, "latitude", "tokyo_datum_converted"]]);
  });

  it("says nothing of a datum in a file that does not name one, nor of a data cell that names a station", async () => {
    const { report, rows } = await runBytes([HEADER, SHINJUKU, "3,日本測地系記念館,東京都新宿区大久保3-5-1,35.70520,139.70480,1階"].join("\n"), "131041_aed.csv");
    expect(rows.map((r) => r.record.latitude)).toEqual([35.69061, 35.7052]);
    expect(tuples(report, "tokyo_datum", "tokyo_datum_converted")).toEqual([]);
  });
});
