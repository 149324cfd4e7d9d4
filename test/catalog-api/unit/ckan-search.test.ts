import { describe, expect, it } from "vitest";
import { compileQuery, compileSort, facetsOf, normalizeTime } from "../../../catalog-api/ckan/search.ts";
import type { CkanPackage, PackageEntry } from "../../../catalog-api/ckan/packages.ts";
import { CkanError } from "../../../catalog-api/ckan/envelope.ts";
import { bool, list, natural, parseFormBody } from "../../../catalog-api/ckan/params.ts";

function pkg(name: string, org: string, modified: string, tags: string[]): CkanPackage {
  return {
    name, id: `id-${name}`, title: `${org} ${name}`, notes: "", organization: { name: org, title: `${org}区` }, owner_org: `uuid-${org}`,
    tags: tags.map((t) => ({ name: t, display_name: t })), resources: [{ format: "CSV" }, { format: "GeoJSON" }], license_id: "CC-BY-4.0",
    license_title: "CC BY", type: "dataset", state: "active", metadata_modified: modified, metadata_created: modified,
    num_resources: 2, num_tags: tags.length, maintainer: "", url: "", version: "1", extras: [{ key: "sample", value: "false" }],
  } as unknown as CkanPackage;
}

const PKGS = [
  pkg("t131016-aed", "t131016", "2026-09-01T00:00:00.000000", ["AED", "自治体標準オープンデータセット"]),
  pkg("t131032-aed", "t131032", "2026-09-03T12:00:00.500000", ["AED", "自治体標準オープンデータセット"]),
  pkg("t131032-public_toilet", "t131032", "2026-09-04T02:59:41.451371", ["公衆トイレ一覧", "自治体標準オープンデータセット"]),
];
const names = (q: string) => PKGS.filter(compileQuery(q)).map((p) => p.name);

describe("package_search queries", () => {
  it.each([
    ["", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["*:*", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["organization:t131032", ["t131032-aed", "t131032-public_toilet"]],
    ["-organization:t131032", ["t131016-aed"]],
    ["organization:t131016 OR organization:t131032 -tags:AED", ["t131032-public_toilet"]],
    ["tags:AED organization:t131032", ["t131032-aed"]],
    ['tags:"公衆トイレ一覧"', ["t131032-public_toilet"]],
    ["res_format:CSV", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["name:(t131016-aed OR t131032-aed)", ["t131016-aed", "t131032-aed"]],
    ["name:t13103*", ["t131032-aed", "t131032-public_toilet"]],
    ["metadata_modified:[2026-09-03T12:00:00.5Z TO *]", ["t131032-aed", "t131032-public_toilet"]],
    ["metadata_modified:[* TO 2026-09-02T00:00:00Z]", ["t131016-aed"]],
    ["-dataset_type:harvest", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["トイレ", ["t131032-public_toilet"]],
    ["aed t131016", ["t131016-aed"]],
    ["extras_sample:false", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
  ])("%s", (q, expected) => expect(names(q)).toEqual(expected));

  it("refuses an unknown field with a Search Query Error", () => {
    expect(() => names("colour:blue")).toThrow(CkanError);
  });

  it("sorts by the given keys, then by name for stable pages", () => {
    expect([...PKGS].sort(compileSort("metadata_modified desc")).map((p) => p.name)).toEqual(["t131032-public_toilet", "t131032-aed", "t131016-aed"]);
    expect([...PKGS].sort(compileSort("score desc, metadata_modified desc")).map((p) => p.name)).toEqual(["t131032-public_toilet", "t131032-aed", "t131016-aed"]);
    expect(() => compileSort("colour asc")).toThrow(CkanError);
  });

  it("counts facets and lists search_facets by display_name, descending", () => {
    const f = facetsOf(PKGS.map((p) => ({ pkg: p }) as PackageEntry), ["organization", "res_format"], 50, 1);
    expect(f.facets).toEqual({ organization: { t131032: 2, t131016: 1 }, res_format: { CSV: 3, GeoJSON: 3 } });
    expect(f.search_facets.organization!.items).toEqual([
      { name: "t131032", display_name: "t131032区", count: 2 }, { name: "t131016", display_name: "t131016区", count: 1 }]);
  });

  it.each([
    ["2026-09-03T01:00:00.123456Z", "2026-09-03T01:00:00.123456"],
    ["2026-09-03T01:00:00Z", "2026-09-03T01:00:00.000000"],
    ["2026-09-03", "2026-09-03T00:00:00.000000"],
  ])("time %s → %s", (raw, expected) => expect(normalizeTime(raw)).toBe(expected));
});

describe("CKAN parameter coercion", () => {
  it.each([[{ rows: "10" }, 10], [{ rows: 10 }, 10], [{ rows: "5000" }, 1000], [{}, 7]])("natural %j → %d", (p, n) =>
    expect(natural(p, "rows", 7, 1000)).toBe(n));
  it("refuses negatives as CKAN does (409, field → messages)", () => {
    try { natural({ rows: "-1" }, "rows", 10); expect.unreachable(); } catch (err) {
      expect(err).toMatchObject({ status: 409, type: "Validation Error", detail: { rows: ["Must be a natural number"] } });
    }
  });
  it.each([["False", false], ["0", false], ["true", true], ["Y", true]])("bool %s → %s", (v, b) => expect(bool({ x: v }, "x", !b)).toBe(b));
  it("reads lists as JSON text, arrays or commas", () => {
    expect(list({ f: '["tags","res_format"]' }, "f")).toEqual(["tags", "res_format"]);
    expect(list({ f: ["a", "b"] }, "f")).toEqual(["a", "b"]);
    expect(list({ f: "a, b" }, "f")).toEqual(["a", "b"]);
  });
  it("reads jQuery's one-field form body as JSON", () => {
    expect(parseFormBody(encodeURIComponent('{"id":"t131032-aed"}') + "=")).toEqual({ id: "t131032-aed" });
    expect(parseFormBody("id=t131032-aed&rows=2")).toEqual({ id: "t131032-aed", rows: "2" });
  });
});
