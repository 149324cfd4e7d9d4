// Coordinates split over columns of degrees, minutes and seconds (緯度 over 度 | 分 | 秒; 北緯（度）| 北緯（分）…): each
// coordinate is read as the DMS value its parts write, converted to decimal degrees and said; the parts stay in extra.
import { describe, expect, it } from "vitest";
import { joinDms } from "../../../pipelines/dms-columns.ts";
import { runBytes, tuples } from "./helpers.ts";

type Run = Awaited<ReturnType<typeof runBytes>>;
const coordinates = ({ rows }: Run) => rows.map((r) => [r.record.name, r.record.latitude, r.record.longitude]);
const joined = ({ report }: Run) => report.issues.filter((i) => i.code === "coordinate_parts_joined").map((i) => [i.field, i.value]);

describe("joinDms", () => {
  it.each<[string[], string]>([
    [["35", "41", "22.2"], "35度41分22.2秒"], [["35", "41.37"], "35度41.37分"], [["35", "", ""], "35度0分0秒"], [["", "41", "22"], ""],
  ])("%j → %s", (cells, expected) => expect(joinDms(cells)).toBe(expected));
});

describe("a coordinate split over columns of its units", () => {
  const places = ["新宿中央公園,東京都新宿区西新宿2-11,35,41,22.2,139,41,30.1,03-3342-4509", "新宿御苑,東京都新宿区内藤町11,35,41,6,139,42,35,03-3350-0151"];

  it("under a header over two rows (緯度 over 度 | 分 | 秒): decimal degrees, said once per coordinate, the parts kept", async () => {
    const text = ["名称,住所,緯度,,,経度,,,電話番号", ",,度,分,秒,度,分,秒,", ...places].join("\r\n") + "\r\n";
    const run = await runBytes(text, "131041_evacuation_space.csv");
    expect(coordinates(run)).toEqual([["新宿中央公園", 35.6895, 139.6916944], ["新宿御苑", 35.685, 139.7097222]]);
    expect(joined(run)).toEqual([["latitude", "緯度_度 + 緯度_分 + 緯度_秒"], ["longitude", "経度_度 + 経度_分 + 経度_秒"]]);
    expect(tuples(run.report, "unknown_header")).toEqual([]);
    expect(run.rows[0].extra).toMatchObject({ 緯度_度: "35", 緯度_分: "41", 緯度_秒: "22.2" });
    expect(run.report.issues.filter((i) => i.code === "dms_converted").map((i) => [i.row, i.field, i.value])).toEqual([
      [1, "latitude", "35度41分22.2秒"], [1, "longitude", "139度41分30.1秒"], [2, "latitude", "35度41分6秒"], [2, "longitude", "139度42分35秒"]]);
    const said = run.report.issues.find((i) => i.code === "coordinate_parts_joined")!;
    expect(said.message_ja).toContain("度・分・秒として合わせ");
    expect(said.message_en).toContain("degrees, minutes and seconds");
  });

  it("in one header row, its units in brackets (北緯（度） | 北緯（分） …), and with decimal minutes and no seconds", async () => {
    const bracketed = ["名称,住所,北緯(度),北緯(分),北緯(秒),東経（度）,東経（分）,東経（秒）,電話番号", places[0]].join("\r\n") + "\r\n";
    expect(coordinates(await runBytes(bracketed, "131041_evacuation_space.csv"))).toEqual([["新宿中央公園", 35.6895, 139.6916944]]);
    const minutes = "名称,住所,緯度_度,緯度_分,経度_度,経度_分,電話番号\r\n新宿中央公園,東京都新宿区西新宿2-11,35,41.37,139,41.5017,03-3342-4509\r\n";
    const run = await runBytes(minutes, "131041_evacuation_space.csv");
    expect(coordinates(run)).toEqual([["新宿中央公園", 35.6895, 139.691695]]);
    expect(joined(run)).toEqual([["latitude", "緯度_度 + 緯度_分"], ["longitude", "経度_度 + 経度_分"]]);
  });

  it("a single 緯度（度）, the unit of a decimal value, and 北緯 / 東経 alone are the coordinates themselves", async () => {
    for (const header of ["緯度（度）,経度（度）", "北緯,東経"]) {
      const run = await runBytes(`名称,住所,${header}\r\n新宿中央公園,東京都新宿区西新宿2-11,35.6895,139.6917\r\n`, "131041_aed.csv");
      expect(coordinates(run)).toEqual([["新宿中央公園", 35.6895, 139.6917]]);
      expect(joined(run)).toEqual([]);
    }
  });

  it("beside the file's own 緯度 and 経度 columns, the parts are extra columns and the file's own values are read", async () => {
    const text = "名称,住所,緯度,経度,緯度_度,緯度_分\r\n新宿中央公園,東京都新宿区西新宿2-11,35.6895,139.6917,35,41\r\n";
    const run = await runBytes(text, "131041_aed.csv");
    expect(coordinates(run)).toEqual([["新宿中央公園", 35.6895, 139.6917]]);
    expect(joined(run)).toEqual([]);
  });
});
