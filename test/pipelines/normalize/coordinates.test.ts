import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import { dottedDms, normalizeCoordinate, unswapLatLon } from "../../../pipelines/normalize/coordinates.ts";
import { codes } from "./helpers.ts";

const lat = { row: 5, field: "latitude" };
const lon = { row: 5, field: "longitude" };

describe("normalizeCoordinate", () => {
  it.each([
    ["35.6586", 35.6586, []],
    ["43.064310", 43.06431, []],
    [" 33.850005 ", 33.850005, []],
    ["35.803665000000002", 35.803665, []],
    ["３５．６５８６", 35.6586, ["full_width_converted"]],
    ["35. 6586", 35.6586, []],
    ["N35.6586", 35.6586, ["coordinate_reformatted"]],
    ["北緯35.6586", 35.6586, ["coordinate_reformatted"]],
    ["35.6586N", 35.6586, ["coordinate_reformatted"]],
    ["35.6586°", 35.6586, ["coordinate_reformatted"]],
    // the axis named before the number, as a point copied with its labels writes it (before: unread, the point lost)
    ["緯度35.6586", 35.6586, ["coordinate_reformatted"]],
    ["緯度：35.6586", 35.6586, ["coordinate_reformatted"]],
    ["lat=35.6586", 35.6586, ["coordinate_reformatted"]],
    ["緯度 北緯35度39分5秒", 35.6513889, ["dms_converted"]],
    ["35°40'21.5\"", 35.6726389, ["dms_converted"]],
    ["35°40′21.5″", 35.6726389, ["dms_converted"]],
    // minutes and seconds marked with curly quotes (autocorrected) or the seconds with two single quotes, as a keyboard
    // without ′ ″ types them (a 笛吹市-style AED list; before: unparseable_coordinate, the point lost)
    ["35°40’21.5”", 35.6726389, ["dms_converted"]],
    ["35°40’21.5’’", 35.6726389, ["dms_converted"]],
    ["35°40‘21.5‘’", 35.6726389, ["dms_converted"]],
    ["35°40'21.5''", 35.6726389, ["dms_converted"]],
    ["35度39分5秒", 35.6513889, ["dms_converted"]],
    ["北緯35度39分5秒", 35.6513889, ["dms_converted"]],
    ["35:39:05", 35.6513889, ["dms_converted"]],
    // dots between degrees, minutes and seconds (a surveying export); one dot is a decimal
    ["35.39.05", 35.6513889, ["dms_converted"]],
    ["35.44.40.1", 35.7444722, ["dms_converted"]],
    ["35 41 22.2", 35.6895, ["dms_converted"]],
    ["139　46　0", 139.7666667, ["dms_converted"]],
    ["35°39.5'", 35.6583333, ["dms_converted"]],
    ["35658600", 35.6586, ["missing_decimal_point"]],
    ["0", null, ["sentinel_coordinate"]],
    ["0.000000", null, ["sentinel_coordinate"]],
    ["999", null, ["sentinel_coordinate"]],
    ["9999.99", null, ["sentinel_coordinate"]],
    ["369.56056", 369.56056, []],
    // degrees, minutes and seconds run together (ddmmss.s); minutes or seconds of 60 or more are no such value
    ["354145.2", 35.6958889, ["packed_dms"]],
    ["354145.25", 35.6959028, ["packed_dms"]],
    ["354175.2", 354175.2, []],
    ["356145.2", 356145.2, []],
    // signed: plane metres (八丈町's X), for the record to read with its pair
    ["-321338.362", -321338.362, []],
    ["-", null, ["placeholder_value"]],
    ["不明", null, ["unparseable_coordinate"]],
    ["35°70'", null, ["unparseable_coordinate"]],
    ["35.6586,139.7454", null, ["unparseable_coordinate"]],
    ["", null, []],
  ])("latitude %j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeCoordinate(raw, lat, "latitude"))).toEqual([value, issueCodes]);
  });

  it.each([
    ["139.745400", 139.7454, []],
    ["E139.7454", 139.7454, ["coordinate_reformatted"]],
    ["経度：139.7454", 139.7454, ["coordinate_reformatted"]],
    ["Lng: 139.7454", 139.7454, ["coordinate_reformatted"]],
    ["longitude=139.7454", 139.7454, ["coordinate_reformatted"]],
    ["東経139度44分43.4秒", 139.7453889, ["dms_converted"]],
    ["139745400", 139.7454, ["missing_decimal_point"]],
    ["135.49596880000001", 135.4959688, []],
    ["35.6586", 35.6586, []],
    ["1394740.8", 139.7946667, ["packed_dms"]],
    // a latitude in the longitude column: read, and swapped back with its pair
    ["354145.2", 35.6958889, ["packed_dms"]],
  ])("longitude %j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeCoordinate(raw, lon, "longitude"))).toEqual([value, issueCodes]);
  });

  it("a packed DMS value is read with a warning that shows how it was read", () => {
    expect(normalizeCoordinate("1394740.8", lon, "longitude")).toEqual({
      value: 139.7946667, issues: [issue("packed_dms", { row: 5, field: "longitude", value: "1394740.8", detail: "139°47′40.8″" })],
    });
    expect(issue("packed_dms", { row: 5, field: "経度", value: "1394740.8", detail: "139°47′40.8″" }).message_ja)
      .toBe("5行目：「経度」の値「1394740.8」は度の値として日本の範囲外のため、度・分・秒を続けて書いた値（139°47′40.8″）と読み、10進数の度に変換しました。正しい位置か確認し、10進数の度（例 35.6895）で入力してください。");
  });

  it("a placeholder coordinate is the whole issue: row, field, raw value, warning", () => {
    expect(normalizeCoordinate("999", lat, "latitude")).toEqual({
      value: null, issues: [issue("sentinel_coordinate", { row: 5, field: "latitude", value: "999" })],
    });
  });
});

describe("dottedDms", () => {
  it.each([
    ["35.41378", { degrees: 35.6938333, written: 35.41378, shown: "35°41′37.8″" }],
    ["139.4212", { degrees: 139.7033333, written: 139.4212, shown: "139°42′12″" }],
    ["３５．４１３７８", { degrees: 35.6938333, written: 35.41378, shown: "35°41′37.8″" }],
    // fewer than four digits after the point, minutes or seconds of 60 and more, no point: none
    ["35.413", null], ["35.6938", null], ["139.3160", null], ["354137.8", null], ["35.41.37.8", null],
  ])("%s → %j", (raw, read) => expect(dottedDms(raw)).toEqual(read));
});

describe("unswapLatLon", () => {
  it("swaps a pair written the other way round", () => {
    expect(unswapLatLon(139.7454, 35.6586, lat)).toEqual({
      value: [35.6586, 139.7454], issues: [issue("swapped_lat_lon", { row: 5, field: "latitude", value: "139.7454,35.6586" })],
    });
  });
  it.each([
    [35.6586, 139.7454], [369.56056, 139.7], [139.7, 200], [null, 35.6], [139.7, null], [10, 10],
  ])("leaves (%j, %j) alone", (a, b) => {
    expect(unswapLatLon(a, b, lat)).toEqual({ value: [a, b], issues: [] });
  });
});
