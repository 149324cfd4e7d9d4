// plane-coordinates.ts against the Geospatial Information Authority's own results (its survey calculation site), and
// the record repair that reads a GIS export's X座標/Y座標 in metres.
import { describe, expect, it } from "vitest";
import { latLonToPlane, planeToLatLon, ZONE_IX, ZONE_XIV, zoneOfMunicipality } from "../../../pipelines/normalize/plane-coordinates.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { agreedAxis, axisByHeader } from "../../../pipelines/normalize/plane-axes.ts";
import { getDataset } from "../../../schemas/index.ts";

const dms = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

describe("plane rectangular coordinates", () => {
  it("match GSI's conversion to 0.1 mm both ways (zone IX: its own example, and a point by the Imperial Palace)", () => {
    const example = latLonToPlane(dms(36, 6, 13.58925), dms(140, 5, 16.27815), ZONE_IX);
    expect(example.x).toBeCloseTo(11543.6883, 3);
    expect(example.y).toBeCloseTo(22916.2436, 3);
    const back = planeToLatLon(11543.6883, 22916.2436, ZONE_IX);
    expect(back.lat).toBeCloseTo(dms(36, 6, 13.58925), 8);
    expect(back.lon).toBeCloseTo(dms(140, 5, 16.27815), 8);
    const palace = latLonToPlane(35.699202942274219, 139.75777911599519, ZONE_IX);
    expect([palace.x, palace.y].map((v) => Math.round(v * 1000) / 1000)).toEqual([-33369.335, -6837.339]);
    expect(planeToLatLon(0, 0, ZONE_XIV)).toEqual({ lat: expect.closeTo(26, 10), lon: expect.closeTo(142, 10) });
  });

  it("Tokyo's mainland and islands are zone IX, Ogasawara zone XIV", () => {
    expect(zoneOfMunicipality("131041")).toBe(ZONE_IX);
    expect(zoneOfMunicipality("133612")).toBe(ZONE_IX); // 大島町
    expect(zoneOfMunicipality("134210")).toBe(ZONE_XIV); // 小笠原村
  });
});

describe("a row whose coordinates are metres", () => {
  const hydrant = getDataset("fire_hydrant")!;

  it("is converted with a warning when one reading lands in the publisher's part of Tokyo, whichever column holds X", () => {
    // 新宿区役所: X = -33963.613 (northing), Y = -11750.166 (easting) is 35.6938, 139.7035; the other reading is in Saitama
    for (const [latitude, longitude] of [["-11750.166", "-33963.613"], ["-33963.613", "-11750.166"]]) {
      const { record, issues } = normalizeRecord({ local_government_code: "131041", latitude, longitude }, hydrant, { row: 2 });
      expect([record.latitude, record.longitude]).toEqual([35.6938, 139.7035]);
      expect(issues.filter((i) => i.code === "plane_coordinates_converted").map((i) => [i.field, i.severity, i.value]))
        .toEqual([["latitude", "warning", "第IX系 X=-33963.613, Y=-11750.166 → 35.6938, 139.7035"]]);
    }
  });

  it("is converted when both readings land in Tama but only one in the publisher's municipality", () => {
    // 東大和市 (132209): X = -28214.986, Y = -36750.516 is 35.745, 139.427 (東大和); read the other way, 35.669, 139.516 (府中)
    const { record, issues } = normalizeRecord({ local_government_code: "132209", latitude: "-36750.516", longitude: "-28214.986" }, hydrant, { row: 2 });
    expect(record.latitude).toBeCloseTo(35.745, 3);
    expect(record.longitude).toBeCloseTo(139.427, 3);
    expect(issues.filter((i) => i.code.startsWith("plane_")).map((i) => [i.field, i.code])).toEqual([["latitude", "plane_coordinates_converted"]]);
  });

  it("takes the columns the other way round when only that lands in the publisher's part, and leaves a point nowhere near it", () => {
    // 大島町 (the islands' box): X = -138568.438, Y = -43336.583 is 34.75, 139.36
    const swapped = normalizeRecord({ local_government_code: "133612", latitude: "-138568.438", longitude: "-43336.583" }, hydrant, { row: 3 });
    expect([swapped.record.latitude, swapped.record.longitude]).toEqual([34.75, 139.36]);
    const far = normalizeRecord({ local_government_code: "131041", latitude: "500000", longitude: "600000" }, hydrant, { row: 4 });
    expect(far.record.latitude).toBe(500000);
    expect(far.issues.map((i) => i.code)).not.toContain("plane_coordinates_converted");
  });
});

// X/Y below are GSI's forward transform (zone IX) of the points named, independently of the engine's inverse
describe("which column of a Tama row is X", () => {
  const hydrant = getDataset("fire_hydrant")!;
  const TACHIKAWA = { latitude: 35.7106, longitude: 139.4136, x: "-32026.349", y: "-37978.802" }; // 立川市泉町
  const MACHIDA = { latitude: 35.5484, longitude: 139.4387, x: "-50030.548", y: "-35779.865" }; // 町田市役所
  // 東久留米市, near the diagonal X = Y: the two readings are 600 m apart, both in 東久留米
  const DIAGONAL = { latitude: 35.748, longitude: 139.52, x: "-27913.015", y: "-28338.106" };
  const latLon = (record: Record<string, unknown>) => [record.latitude, record.longitude];
  const planeIssues = (issues: readonly { code: string; field: string | null; value: string | null }[]) =>
    issues.filter((i) => i.code.startsWith("plane_")).map((i) => [i.field, i.code, i.value]);

  it("takes the reading that lands in the row's address city, also when the address is not the publisher's", () => {
    // both readings of each lie in Tama; the other reading of 立川 is in 国立/府中, of 町田 in 八王子
    for (const [place, address, code] of [[TACHIKAWA, "東京都立川市泉町1156-9", "132021"], [MACHIDA, "東京都町田市森野二丁目2番22号", "132021"],
      [MACHIDA, "町田市森野二丁目2番22号", "132098"]] as const) {
      // as a GIS export maps them: X座標 is the engine's longitude column, Y座標 its latitude
      const { record, issues } = normalizeRecord({ local_government_code: code, full_address: address, latitude: place.y, longitude: place.x }, hydrant, { row: 1 });
      expect(record.latitude).toBeCloseTo(place.latitude, 5);
      expect(record.longitude).toBeCloseTo(place.longitude, 5);
      expect(planeIssues(issues).map(([field, c]) => [field, c])).toEqual([["latitude", "plane_coordinates_converted"]]);
    }
  });

  it("follows the file's rows when the row cannot tell, and the header and survey convention when nothing can", () => {
    const cells = { local_government_code: "132225", full_address: "東京都東久留米市本町1-1", latitude: DIAGONAL.y, longitude: DIAGONAL.x };
    const headers = { latitude: "Y座標", longitude: "X座標" };
    const byRows = normalizeRecord(cells, hydrant, { row: 1 }, { planeAxes: { byRows: "longitude", byHeader: "latitude", headers } });
    expect(latLon(byRows.record).map((v) => Number(v).toFixed(5))).toEqual(["35.74800", "139.52000"]);
    expect(planeIssues(byRows.issues)[0][1]).toBe("plane_coordinates_converted");
    // no rows told: X座標 is X, the northing, as 公共測量 writes it
    const byHeader = normalizeRecord(cells, hydrant, { row: 1 }, { planeAxes: { byHeader: "longitude", headers } });
    expect(latLon(byHeader.record).map((v) => Number(v).toFixed(5))).toEqual(["35.74800", "139.52000"]);
    expect(planeIssues(byHeader.issues)).toEqual([["latitude", "plane_coordinates_by_convention",
      "第IX系 X=-27913.015, Y=-28338.106 → 35.748, 139.52（X = X座標）"]]);
    // no header known: the latitude's column is the northing, and that is said too
    const bare = normalizeRecord({ ...cells, latitude: DIAGONAL.x, longitude: DIAGONAL.y }, hydrant, { row: 1 });
    expect(latLon(bare.record).map((v) => Number(v).toFixed(5))).toEqual(["35.74800", "139.52000"]);
    expect(planeIssues(bare.issues).map(([, c]) => c)).toEqual(["plane_coordinates_by_convention"]);
  });

  it("is not converted when the file's orientation puts the row outside its address city: both readings are told", () => {
    const { record, issues } = normalizeRecord({ local_government_code: "132021", full_address: "東京都立川市泉町1156-9", latitude: TACHIKAWA.y, longitude: TACHIKAWA.x },
      hydrant, { row: 4 }, { planeAxes: { byRows: "latitude", byHeader: "longitude", headers: { latitude: "Y座標", longitude: "X座標" } } });
    expect(latLon(record)).toEqual([-37978.802, -32026.349]);
    expect(planeIssues(issues)).toEqual([["latitude", "plane_coordinates_conflict",
      "第IX系 X=-37978.802, Y=-32026.349 → 35.65716, 139.47962 / X=-32026.349, Y=-37978.802 → 35.7106, 139.4136（立川市）"]]);
  });

  it("agrees on a file's orientation at three rows to one, not at fewer; only a row's part of Tokyo votes", () => {
    const lat = { xIn: "latitude", by: "area" } as const;
    const lon = { xIn: "longitude", by: "area" } as const;
    expect(agreedAxis([lon, lon, null, lon, lat])).toEqual({ xIn: "longitude", agree: 3, of: 4 });
    expect(agreedAxis([lon, lon, lat])).toBeUndefined();
    expect(agreedAxis([null, null])).toBeUndefined();
    // the office nearest a reading may be a neighbour's (南大沢 in 八王子): it keeps its row from a reading, votes for none
    const byOffice = { xIn: "latitude", by: "municipality" } as const;
    expect(agreedAxis([byOffice, byOffice, byOffice])).toBeUndefined();
    expect(agreedAxis([lon, byOffice])).toEqual({ xIn: "longitude", agree: 1, of: 1 });
  });

  it.each([
    ["Y座標", "X座標", "longitude"], ["Y座標（第9系）", "X座標（第9系）", "longitude"], ["X", "Y", "latitude"], ["緯度", "経度", "latitude"],
    ["y_coord", "x_coord", "longitude"], ["Ｙ座標", "経度", "longitude"],
  ] as const)("headers %s | %s: X is the %s column", (lat, lon, axis) => expect(axisByHeader(lat, lon)).toBe(axis));
});
