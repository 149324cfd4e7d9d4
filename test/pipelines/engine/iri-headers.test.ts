// Lists made for Linked Open Data head their columns with the IRIs of vocabulary terms: 越前市 (福井県) publishes its
// 保育園 and AED lists so (https://github.com/echizencity/opendata, hoikuen.csv and AED.csv), schema.org's name,
// address, telephone and url beside Code for Fukui's own terms and the W3C geo vocabulary's lat and long. The header
// row is the city's as published; the rows are our own, in the value forms of its files.
import { describe, expect, it } from "vitest";
import { iriLocalName } from "../../../pipelines/header-iri.ts";
import { runBytes, tuples } from "./helpers.ts";

const PRESCHOOL = ["https://schema.org/name,https://schema.org/address,https://code4fukui.github.io/rdf/#echizen_city_origin,"
  + "https://code4fukui.github.io/rdf/#category2,http://www.w3.org/2003/01/geo/wgs84_pos#lat,http://www.w3.org/2003/01/geo/wgs84_pos#long,"
  + "https://code4fukui.github.io/rdf/#capacity,https://schema.org/telephone,https://schema.org/opens",
"みどり保育園,越前市上太田町11-2,こども家庭課,保育園,35.9005456,136.1513068,90,0778-22-0000,7:00～18:00",
"認定こども園ひかり,越前市高瀬二丁目4-14,こども家庭課,こども園,35.8990905,136.1609142,120,0778-23-0000,7:30～18:30"].join("\n");

describe("headers written as IRIs", () => {
  it("子育て施設一覧: schema.org's name, address and telephone, geo's lat and long, capacity are read (before: header_not_found, every row invalid)", async () => {
    const { report, rows } = await runBytes(`${PRESCHOOL}\n`, "182079_preschool.csv");
    expect([report.valid, report.invalid]).toEqual([2, 0]);
    expect(tuples(report, "header_not_found")).toEqual([]);
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.latitude, r.record.longitude, r.record.capacity, r.record.phone_number]))
      .toEqual([
        ["みどり保育園", "越前市上太田町11-2", 35.9005456, 136.1513068, 90, "0778-22-0000"],
        ["認定こども園ひかり", "越前市高瀬二丁目4-14", 35.8990905, 136.1609142, 120, "0778-23-0000"]]);
    // a term the standard has no column for stays in extra under its IRI
    expect(Object.keys(rows[0].extra)).toEqual(["https://code4fukui.github.io/rdf/#echizen_city_origin",
      "https://code4fukui.github.io/rdf/#category2", "https://schema.org/opens"]);
  });

  it("AED設置箇所一覧: url is the URL; a second schema.org name (the device's) is a duplicate, kept in extra", async () => {
    const text = ["https://schema.org/name,https://schema.org/address,https://code4fukui.github.io/rdf/#category3,https://schema.org/name,"
      + "https://schema.org/url,http://www.w3.org/2003/01/geo/wgs84_pos#lat,http://www.w3.org/2003/01/geo/wgs84_pos#long",
    "中央公民館,府中一丁目13-7,AED,自動体外式除細動器,http://www.example.jp/aed.html,35.9038898,136.1688043"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "182079_aed.csv");
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.url, r.record.latitude, r.record.longitude]))
      .toEqual([["中央公民館", "府中一丁目13-7", "http://www.example.jp/aed.html", 35.9038898, 136.1688043]]);
    expect(tuples(report, "duplicate_header")).toEqual([[null, "https://schema.org/name", "duplicate_header"]]);
  });

  it("the local name is the part after the IRI's last # or /; any other header has none", () => {
    expect(["https://schema.org/postalCode", "http://www.w3.org/2003/01/geo/wgs84_pos#long", "名称", "https://example.jp/",
      "https://example.jp/aed.csv", "lat"].map(iriLocalName)).toEqual(["postalCode", "long", null, null, null, null]);
  });
});
