// plane-coordinates.ts against the Geospatial Information Authority's own results (its survey calculation site), and
// the record repair that reads a GIS export's X座標/Y座標 in metres.
import { describe, expect, it } from "vitest";
import { latLonToPlane, planeToLatLon, ZONE_IX, ZONE_XIV, zoneOfMunicipality } from "../../../pipelines/normalize/plane-coordinates.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
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

  it("is not converted when both readings land in the publisher's part (Tama): the two are told", () => {
    // 東大和市 (132209): X = -28214.986, Y = -36750.516 is 35.745, 139.427; read the other way, 35.669, 139.516, also Tama
    const { record, issues } = normalizeRecord({ local_government_code: "132209", latitude: "-36750.516", longitude: "-28214.986" }, hydrant, { row: 2 });
    expect(record.latitude).toBe(-36750.516);
    expect(issues.find((i) => i.code === "plane_coordinates_ambiguous")?.value).toContain("X=-28214.986, Y=-36750.516 → 35.745, 139.427");
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
