// A column holding both coordinates: which headers name one, and how a cell is cut in two.
import { describe, expect, it } from "vitest";
import { coordinatePairOf, expandCells, expandHeader, expandRecord, splitPairCell } from "../../../pipelines/coordinate-pair.ts";

describe("coordinatePairOf", () => {
  it.each([
    ["緯度・経度", false], ["緯度，経度", false], ["緯度及び経度", false], ["緯度経度", false], ["経度・緯度", true], ["座標", false],
    ["（緯度, 経度）", false], ["lat,lng", false], ["latitude/longitude", false], ["LatLng", false],
  ])("%j is a pair (経度 first: %j)", (header, lonFirst) => {
    expect(coordinatePairOf(["名称", header, "備考"])).toEqual({ at: 1, source: header, lonFirst });
  });

  it.each([["緯度"], ["経度"], ["緯度（世界測地系）"], ["位置"], ["所在地"]])("%j is not", (header) => {
    expect(coordinatePairOf(["名称", header])).toBeNull();
  });

  it("the header is read as two columns in the order it names them", () => {
    expect(expandHeader(["名称", "緯度・経度", "備考"], { at: 1, source: "緯度・経度", lonFirst: false })).toEqual(["名称", "緯度", "経度", "備考"]);
    expect(expandHeader(["経度/緯度"], { at: 0, source: "経度/緯度", lonFirst: true })).toEqual(["経度", "緯度"]);
  });
});

describe("splitPairCell", () => {
  it.each([
    ["35.699493,139.636288", ["35.699493", "139.636288"]],
    ["35.705123, 139.649876", ["35.705123", "139.649876"]],
    ["35.705123 139.649876", ["35.705123", "139.649876"]],
    ["(35.7, 139.6)", ["35.7", "139.6"]],
    ["北緯35度41分、東経139度38分", ["北緯35度41分", "東経139度38分"]],
    ["35 41 22.2, 139 38 11.0", ["35 41 22.2", "139 38 11.0"]],
    ["", ["", ""]],
    // a note after the pair stays after the second value, which reads it as a coordinate's note (before: the note's
    // closing bracket was taken for the pair's, the longitude did not read and the point was lost)
    ["35.6812,139.7671（世界測地系）", ["35.6812", "139.7671（世界測地系）"]],
    ["35.6812, 139.7671 (WGS84)", ["35.6812", "139.7671 (WGS84)"]],
    ["35.6812 139.7671 (WGS84)", ["35.6812", "139.7671 (WGS84)"]],
    ["(35.6812, 139.7671)（日本測地系）", ["35.6812", "139.7671（日本測地系）"]],
    ["35.6812,139.7671 ※概算", ["35.6812", "139.7671 ※概算"]],
    // not two values: whole in the first, so its issue names what was written
    ["不明", ["不明", ""]],
    ["35.1,139.2,10", ["35.1,139.2,10", ""]],
  ])("%j → %j", (cell, parts) => expect(splitPairCell(cell)).toEqual(parts));

  it("a row is cut at the column; links after it move with their columns", () => {
    expect(expandCells(["a", "35.1,139.2", "b"], 1)).toEqual(["a", "35.1", "139.2", "b"]);
    expect(expandCells(["a"], 3)).toEqual(["a"]);
    const r = expandRecord({ index: 2, cells: ["a", "35.1,139.2", "詳細"], links: new Map([[0, "https://a.example/"], [2, "https://b.example/"]]) }, 1);
    expect([...(r.links ?? [])]).toEqual([[0, "https://a.example/"], [3, "https://b.example/"]]);
  });

  it("the values stored behind cells shown with their format's text move with their columns too", () => {
    const r = expandRecord({ index: 2, cells: ["50人", "35.1,139.2", "1,500円"], stored: new Map([[0, "50"], [2, "1500"]]) }, 1);
    expect([r.cells, [...(r.stored ?? [])], r.links]).toEqual([["50人", "35.1", "139.2", "1,500円"], [[0, "50"], [3, "1500"]], undefined]);
  });
});
