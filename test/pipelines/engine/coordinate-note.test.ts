// A coordinate cell with a note beside its number (`35.6812（世界測地系）`, `139.76(WGS84)`, `35.68（概算）`, `35.68※`,
// `35.6812 JGD2011`), as lists typed by hand write the datum or a caveat: before, the cell did not read, the point
// was lost (unparseable_coordinate). Now the number is read, the note said (coordinate_with_note) and the cell kept
// in the remarks; a note naming the Tokyo Datum (`（日本測地系）`, `(Tokyo)`) converts the row's point to JGD2011, as a
// 測地系 column's cell does, and a note naming the standard's datum keeps a row of a file said to be in Tokyo Datum as is.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

const HEADER = "ID,名称,所在地_連結表記,緯度,経度,設置位置";
const row = (id: number, lat: string, lon: string) => `${id},区役所${id},東京都新宿区歌舞伎町1-4-${id},${lat},${lon},1階ロビー`;

describe("a coordinate cell with a note", () => {
  it("reads the number, says the note and keeps the cell", async () => {
    const csv = [HEADER, row(1, "35.69384（世界測地系）", "139.70355（世界測地系）"), row(2, "35.69384(WGS84)", "139.70355(WGS84)"),
      row(3, "35.69384（概算）", "139.70355（概算）"), row(4, "35.69384※", "139.70355※"), row(5, "35.69384 JGD2011", "139.70355 JGD2011"),
      row(6, "35°41′37.8″（世界測地系）", "139°42′12.8″（世界測地系）")].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect(rows.map((r) => [r.record.latitude, r.record.longitude])).toEqual([...Array(5).fill([35.69384, 139.70355]), [35.6938333, 139.7035556]]);
    expect(rows.every((r) => r.valid)).toBe(true);
    expect(report.issues.filter((i) => i.code === "unparseable_coordinate")).toEqual([]);
    const noted = report.issues.filter((i) => i.code === "coordinate_with_note");
    expect(noted.slice(0, 2).map((i) => [i.row, i.field, i.value, i.severity])).toEqual([[1, "latitude", "35.69384（世界測地系）", "warning"], [1, "longitude", "139.70355（世界測地系）", "warning"]]);
    expect(noted).toHaveLength(12);
    expect(noted[0].message_ja).toContain("補足（括弧内や※の後、測地系の名前）を除いた数を座標として読みました");
    expect(rows[2].record.remarks).toContain("35.69384（概算）");
    expect(report.issues.filter((i) => i.code === "tokyo_datum_converted")).toEqual([]);
  });

  it("reads both coordinates of one cell with a note after them, in a 緯度経度 column or typed into 緯度; before, the longitude was lost", async () => {
    const pairRow = (id: number, pair: string) => `${id},区役所${id},東京都新宿区歌舞伎町1-4-${id},"${pair}",1階ロビー`;
    const csv = ["ID,名称,所在地_連結表記,緯度経度,設置位置", pairRow(1, "35.69384,139.70355（世界測地系）"), pairRow(2, "35.69384, 139.70355 (WGS84)"),
      pairRow(3, "35.69384 139.70355 (WGS84)"), pairRow(4, "35.69061,139.70676（日本測地系）")].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect(rows.map((r) => [r.record.latitude, r.record.longitude, r.record.remarks])).toEqual([
      [35.69384, 139.70355, "経度：139.70355（世界測地系）"], [35.69384, 139.70355, "経度：139.70355 (WGS84)"], [35.69384, 139.70355, "経度：139.70355 (WGS84)"],
      // the note names the Tokyo Datum: the row's point converted
      [35.693846, 139.703531, "経度：139.70676（日本測地系）"]]);
    expect(report.issues.filter((i) => ["unparseable_coordinate", "coordinate_without_pair"].includes(i.code))).toEqual([]);
    expect(report.issues.filter((i) => i.code === "coordinate_with_note").map((i) => [i.row, i.field, i.value])).toEqual([
      [1, "longitude", "139.70355（世界測地系）"], [2, "longitude", "139.70355 (WGS84)"], [3, "longitude", "139.70355 (WGS84)"], [4, "longitude", "139.70676（日本測地系）"]]);
    // both typed into 緯度, 経度 empty: the note said on 緯度, whose cell is kept whole in 備考
    const typed = await runBytes([HEADER, row(1, "\"35.69384,139.70355（世界測地系）\"", ""), row(2, "\"35.69061,139.70676（日本測地系）\"", "")].join("\n"), "131041_aed.csv");
    expect(typed.rows.map((r) => [r.record.latitude, r.record.longitude, r.record.remarks])).toEqual([
      [35.69384, 139.70355, "緯度：35.69384,139.70355（世界測地系）"], [35.693846, 139.703531, "緯度：35.69061,139.70676（日本測地系）"]]);
    expect(typed.report.issues.filter((i) => i.row === 1).map((i) => [i.field, i.code, i.value])).toEqual([
      ["latitude", "coordinate_with_note", "35.69384,139.70355（世界測地系）"], ["latitude", "coordinates_in_one_cell", "35.69384,139.70355（世界測地系）"]]);
  });

  it("converts a point whose cells say the Tokyo Datum, and leaves one whose cells say the standard's in a file said to be Tokyo", async () => {
    const csv = [HEADER, row(1, "35.69061（日本測地系）", "139.70676（日本測地系）"), row(2, "35.69061(Tokyo)", "139.70676(Tokyo)")].join("\n");
    const { report, rows } = await runBytes(csv, "131041_aed.csv");
    expect(rows.map((r) => [r.record.latitude, r.record.longitude])).toEqual([[35.693846, 139.703531], [35.693846, 139.703531]]);
    expect(report.issues.filter((i) => i.code === "tokyo_datum_converted").map((i) => [i.row, i.value])).toEqual([
      [1, "35.69061, 139.70676 → 35.693846, 139.703531"], [2, "35.69061, 139.70676 → 35.693846, 139.703531"]]);
    const tokyoFile = ["ID,名称,所在地_連結表記,緯度（日本測地系）,経度（日本測地系）,設置位置", row(1, "35.69384（世界測地系）", "139.70355（世界測地系）"), row(2, "35.69061", "139.70676")].join("\n");
    const tokyo = await runBytes(tokyoFile, "131041_aed.csv");
    expect(tokyo.rows.map((r) => [r.record.latitude, r.record.longitude])).toEqual([[35.69384, 139.70355], [35.693846, 139.703531]]);
  });
});
