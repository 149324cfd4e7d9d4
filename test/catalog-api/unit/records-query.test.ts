import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parseRecordsFilter, searchTerms } from "../../../catalog-api/records-query.ts";
import { RESERVED_PARAMS } from "../../../catalog-api/contracts.ts";
import { aed } from "../../../schemas/datasets/aed.ts";
import { DATASETS } from "../../../schemas/index.ts";

const errorOf = (q: Record<string, unknown>) => {
  const r = parseRecordsFilter(aed, q as never);
  return r.ok ? null : r.error.param;
};

describe("records query parameters", () => {
  it("builds a filter from every kind of parameter", () => {
    const r = parseRecordsFilter(aed, { municipality: "131041,131016", q: "新宿　ＡＥＤ", bbox: "139.6,35.6,139.8,35.8",
      near: "35.69,139.70", radius: 500, pediatric_pads: "1", latitude: "35.5", name: "区役所" } as never);
    expect(r).toEqual({ ok: true, value: {
      dataset: "aed", municipalities: ["131041", "131016"], terms: ["新宿", "aed"], bbox: [139.6, 35.6, 139.8, 35.8],
      near: { lat: 35.69, lon: 139.7, radius: 500 },
      fields: [
        { key: "pediatric_pads", values: ["true"], match: "json" },
        { key: "latitude", values: ["35.5"], match: "number" },
        { key: "name", values: ["区役所"], match: "text" },
      ],
    } });
  });

  it.each([
    [{ municipality: "13104" }, "municipality"],
    [{ bbox: "1,2,3" }, "bbox"],
    [{ bbox: "139.8,35.6,139.6,35.8" }, "bbox"],
    [{ near: "35.6" }, "near"],
    [{ near: "135.6,35" }, "near"],
    [{ radius: 100 }, "radius"],
    [{ pediatric_pads: "maybe" }, "pediatric_pads"],
    [{ latitude: "north" }, "latitude"],
    [{ nmae: "typo" }, "nmae"],
  ])("%j is refused naming %s", (q, param) => expect(errorOf(q)).toBe(param));

  it("search words are split on any space, each folded as search_text is stored", () => {
    expect(searchTerms("ＡＥＤ　新宿 Station")).toEqual(["aed", "新宿", "station"]);
    expect(searchTerms(" しんじゅく　西新宿二丁目８－１ ")).toEqual(["シンジュク", "西新宿2-8-1"]);
  });

  it("no canonical column key starts with odh_ (the provenance keys of CSV and GeoJSON)", () => {
    expect(DATASETS.flatMap((d) => d.columns.filter((c) => c.key.startsWith("odh_")).map((c) => `${d.id}.${c.key}`))).toEqual([]);
  });

  it("no canonical column key equals a reserved query parameter", () => {
    const clashes = DATASETS.flatMap((d) => d.columns.filter((c) => RESERVED_PARAMS.includes(c.key)).map((c) => `${d.id}.${c.key}`));
    expect(clashes).toEqual([]);
  });
});

describe("cursors", () => {
  it("round-trip, with and without distance", () => {
    expect(decodeCursor(encodeCursor({ municipality: "131041", row: 7 }), false)).toEqual({ ok: true, value: { municipality: "131041", row: 7 } });
    expect(decodeCursor(encodeCursor({ municipality: "131041", row: 7, distance: 12.345678901234 }), true))
      .toEqual({ ok: true, value: { municipality: "131041", row: 7, distance: 12.345678901234 } });
  });

  it.each([["garbage!"], [Buffer.from("[1,2]").toString("base64url")], [Buffer.from('["131041",3]').toString("base64url")]])(
    "refuses %s where a distance cursor is expected", (text) => expect(decodeCursor(text, true)).toMatchObject({ ok: false, error: { param: "cursor" } }));
});
