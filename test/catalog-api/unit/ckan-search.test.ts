import { describe, expect, it } from "vitest";
import { compileQuery, compileSearchQ, compileSort, facetsOf } from "../../../catalog-api/ckan/search.ts";
import { isoToCkanTime, solrToCkanTime } from "../../../catalog-api/ckan/solr-time.ts";
import { textMatches } from "../../../catalog-api/ckan/text-analysis.ts";
import type { CkanPackage, PackageEntry } from "../../../catalog-api/ckan/packages.ts";
import { CkanError } from "../../../catalog-api/ckan/envelope.ts";
import { bool, list, natural, parseFormBody } from "../../../catalog-api/ckan/params.ts";

function pkg(name: string, org: string, modified: string, tags: string[]): CkanPackage {
  return {
    name, id: `id-${name}`, title: `${org} ${name}`, notes: `${tags.join("、")}のデータ`, organization: { name: org, title: `${org}区` }, owner_org: `uuid-${org}`,
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
    // instants, whatever the offset: 2026-09-03T21:00:00+09:00 is 12:00Z
    ["metadata_modified:[2026-09-03T21:00:00.5+09:00 TO *]", ["t131032-aed", "t131032-public_toilet"]],
    ["metadata_modified:[* TO 2026-09-02T09:00:00+09:00]", ["t131016-aed"]],
    ["metadata_modified:[2026-09-04T11:59:41.451371+0900 TO 2026-09-04T11:59:41.451371+09:00]", ["t131032-public_toilet"]],
    ["metadata_modified:[2026-09-03T12:00:00.500000Z/DAY TO 2026-09-03T12:00:00Z/DAY+1DAY}", ["t131032-aed"]],
    // NOT, groups and exclusive ranges, read as Lucene reads them
    ["organization:t131032 NOT tags:AED", ["t131032-public_toilet"]],
    ["organization:t131032 AND NOT tags:AED", ["t131032-public_toilet"]],
    ["NOT tags:AED", ["t131032-public_toilet"]],
    ["organization:t131032 AND (tags:AED OR tags:公衆トイレ一覧)", ["t131032-aed", "t131032-public_toilet"]],
    ["(organization:t131016 OR tags:公衆トイレ一覧) AND res_format:CSV", ["t131016-aed", "t131032-public_toilet"]],
    ["organization:t131032 AND -(tags:AED)", ["t131032-public_toilet"]],
    ["tags:(AED OR 公衆トイレ一覧) -organization:t131016", ["t131032-aed", "t131032-public_toilet"]],
    ["tags:(AED 自治体標準オープンデータセット)", ["t131016-aed", "t131032-aed"]],
    ["metadata_modified:{* TO 2026-09-03T12:00:00.5Z}", ["t131016-aed"]],
    ["metadata_modified:{2026-09-03T12:00:00.5Z TO *]", ["t131032-public_toilet"]],
    ["num_tags:{1 TO 2]", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["num_tags:{2 TO 3]", []],
    ["name:t131016-aed^2 OR name:t131032-aed", ["t131016-aed", "t131032-aed"]],
    // title and notes are tokenised text fields (a term matches what contains it); title_string is exact
    ["title:aed", ["t131016-aed", "t131032-aed"]],
    ["title:t131032", ["t131032-aed", "t131032-public_toilet"]],
    ['title:"t131032 t131032-aed"', ["t131032-aed"]],
    ["notes:トイレ", ["t131032-public_toilet"]],
    ["title_string:aed", []],
    ["title_string:t131032\\ t131032-aed", ["t131032-aed"]],
  ])("%s", (q, expected) => expect(names(q)).toEqual(expected));

  it.each([
    ["metadata_modified:[2026-12-05garbage TO *]", "Search Error"], ["metadata_modified:[2026-02-30T00:00:00Z TO *]", "Search Error"],
    ["title:AED~2", "Search Error"], ["title:/AE.*/", "Search Error"], ["(tags:AED", "Search Error"],
    ["tags:AED)", "Search Error"], ['title:"AED', "Search Error"], ["tags:AED AND", "Search Error"],
    ["metadata_modified:[2026 TO]", "Search Error"], ["{!lucene}tags:AED", "Search Error"],
  ])("%s is a %s, never a silently different answer", (q, type) => {
    expect(() => names(q)).toThrow(expect.objectContaining({ type }));
  });

  // CKAN sends a q without ":" to Solr's DisMax, which escapes what it cannot read and never fails: a user's free text
  // with a stray bracket or quote finds what its words find, and mm '2<-1 5<80%' lets one of 3–5 words miss
  const freeText = (q: string, defType?: string) => PKGS.filter(compileSearchQ(q, defType)).map((p) => p.name);
  it.each([
    ["AED (", ["t131016-aed", "t131032-aed"]],
    ['"AED', ["t131016-aed", "t131032-aed"]],
    ["AED?", ["t131016-aed", "t131032-aed"]],
    ["トイレ）", ["t131032-public_toilet"]],
    ["(トイレ)", ["t131032-public_toilet"]],
    ["AED +-", ["t131016-aed", "t131032-aed"]],
    ["AED トイレ", []],
    ["AED トイレ t131032", ["t131032-aed", "t131032-public_toilet"]],
    ["AED -t131016", ["t131032-aed"]],
    ['"t131032 t131032-aed" AED', ["t131032-aed"]],
    ["AED*", ["t131016-aed", "t131032-aed"]],
    ["?", []],
    ['""', ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["  ", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
  ])("free text q=%s is read as DisMax reads it", (q, expected) => expect(freeText(q)).toEqual(expected));

  // CKAN's text fields match whole words (WordDelimiterFilter: split at punctuation, letters|digits and case
  // changes), never a piece of one; a run of kanji and kana is found by any stretch of it, as a CJK bigram field finds it
  it.each([
    ["t13103", []],
    ["t131032", ["t131032-aed", "t131032-public_toilet"]],
    ["131032", ["t131032-aed", "t131032-public_toilet"]],
    ["toil", []],
    ["toilet", ["t131032-public_toilet"]],
    ["publictoilet", ["t131032-public_toilet"]],
    ["Public_Toilet", ["t131032-public_toilet"]],
    ["公衆トイレ", ["t131032-public_toilet"]],
    ["トイレ一覧", ["t131032-public_toilet"]],
    ["ＡＥＤ", ["t131016-aed", "t131032-aed"]],
    ['"t131032 aed"', ["t131032-aed"]],
    ['""', ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["''", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
  ])("free text q=%s matches whole words", (q, expected) => expect(freeText(q)).toEqual(expected));

  it.each([
    ["title:t1310", []],
    ["title:aed", ["t131016-aed", "t131032-aed"]],
    ['notes:"AED 自治体標準"', ["t131016-aed", "t131032-aed"]],
    ['notes:"AED データセット"', []],
    ['notes:"オープンデータ"', ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["title:aed*", ["t131016-aed", "t131032-aed"]],
    ["title:t13*", []],
    ["name:t13*", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["title_ngram:t1310", ["t131016-aed", "t131032-aed", "t131032-public_toilet"]],
    ["title_ngram:public_toi", ["t131032-public_toilet"]],
    ["title_ngram:public_toil", []],
  ])("fielded %s matches as CKAN's field type does", (q, expected) => expect(names(q)).toEqual(expected));

  it.each([
    ["PowerShot G7", "shot", false, true],
    ["PowerShot G7", "powershot", false, true],
    ["Wi-Fi スポット", "wifi", false, true],
    ["Wi-Fi スポット", "fi", false, true],
    ["2024-05-03 更新", "20240503", false, true],
    ["2024-05-03 更新", "2024", false, true],
    ["2024-05-03 更新", "202405", false, false],
    ["令和6年度 公衆無線LAN", "6年度", false, true],
    ["令和6年度 公衆無線LAN", "7年度", false, false],
    ["公衆無線LANアクセスポイント", "LANアクセス", true, true],
    ["公衆無線LANアクセスポイント", "無線LAN", true, true],
    ["公衆無線LANアクセスポイント", "公衆LAN", true, false],
    ["公衆無線LANアクセスポイント", "LAN無線", true, false],
    ["港区 AED設置箇所一覧", "AED設置箇所", false, true],
    ["港区 AED設置箇所一覧", "港区AED", true, true],
    ["港区 AED設置箇所一覧", "（設置）", false, true],
    ["港区 AED設置箇所一覧", "・", false, false],
  ])("text %s holds %s (phrase %s): %s", (value, query, phrase, expected) => expect(textMatches(value, query, phrase)).toBe(expected));

  it("a textgen field (maintainer, res_name) does not split at a case change", () => {
    expect(textMatches("OpenData推進課", "data", false)).toBe(true);
    expect(textMatches("OpenData推進課", "data", false, false)).toBe(false);
    expect(textMatches("OpenData推進課", "opendata", false, false)).toBe(true);
  });

  it("a q with a colon, or under defType=lucene, stays Lucene syntax and its errors stay Search Errors", () => {
    expect(freeText("tags:AED organization:t131032")).toEqual(["t131032-aed"]);
    expect(freeText("name:t13103*")).toEqual(["t131032-aed", "t131032-public_toilet"]);
    expect(() => freeText("title:AED~2")).toThrow(expect.objectContaining({ type: "Search Error", status: 409 }));
    expect(() => freeText("AED (", "lucene")).toThrow(expect.objectContaining({ type: "Search Error", status: 409 }));
  });

  it("NOW and Solr date math, rounded in UTC", () => {
    const now = Date.UTC(2026, 11, 5, 22, 16, 31, 250);
    expect(solrToCkanTime("NOW", now)).toBe("2026-12-05T22:16:31.250000");
    expect(solrToCkanTime("NOW/DAY", now)).toBe("2026-12-05T00:00:00.000000");
    expect(solrToCkanTime("NOW-1DAY/DAY", now)).toBe("2026-12-04T00:00:00.000000");
    expect(solrToCkanTime("NOW/DAY-1DAY", now)).toBe("2026-12-04T00:00:00.000000");
    expect(solrToCkanTime("NOW+2HOURS", now)).toBe("2026-12-06T00:16:31.250000");
    expect(solrToCkanTime("NOW/MONTH-1MONTH", now)).toBe("2026-11-01T00:00:00.000000");
    expect(solrToCkanTime("2026-01-31T00:00:00Z+1MONTH", now)).toBe("2026-02-28T00:00:00.000000");
    expect(solrToCkanTime("NOW-1FORTNIGHT", now)).toBeNull();
    const names = PKGS.filter(compileQuery("metadata_modified:[NOW/DAY TO *]")).map((p) => p.name);
    expect(names).toEqual([]);   // every package is from 2026-09, before today
  });

  it("refuses an unknown field with a Search Error, as CKAN answers Solr's 'undefined field'", () => {
    expect(() => names("colour:blue")).toThrow(expect.objectContaining({ type: "Search Error", status: 409 }));
  });

  it("sorts by the given keys, then by name for stable pages", () => {
    expect([...PKGS].sort(compileSort("metadata_modified desc")).map((p) => p.name)).toEqual(["t131032-public_toilet", "t131032-aed", "t131016-aed"]);
    expect([...PKGS].sort(compileSort("score desc, metadata_modified desc")).map((p) => p.name)).toEqual(["t131032-public_toilet", "t131032-aed", "t131016-aed"]);
    // Solr reads the direction in any case, and top/bottom as desc/asc
    expect([...PKGS].sort(compileSort("metadata_modified DESC")).map((p) => p.name)).toEqual(["t131032-public_toilet", "t131032-aed", "t131016-aed"]);
    expect([...PKGS].sort(compileSort("metadata_modified Asc")).map((p) => p.name)).toEqual(["t131016-aed", "t131032-aed", "t131032-public_toilet"]);
    expect([...PKGS].sort(compileSort("metadata_modified top")).map((p) => p.name)).toEqual(["t131032-public_toilet", "t131032-aed", "t131016-aed"]);
    expect(() => compileSort("metadata_modified upward")).toThrow(CkanError);
    expect(() => compileSort("Name asc")).toThrow(CkanError);   // field names are case-sensitive
    expect(() => compileSort("name constructor")).toThrow(CkanError);
    expect(() => compileSort("constructor asc")).toThrow(CkanError);
    expect(() => compileSort("colour asc")).toThrow(CkanError);
  });

  it("counts facets and lists search_facets by display_name, descending", () => {
    const f = facetsOf(PKGS.map((p) => ({ pkg: p }) as PackageEntry), ["organization", "res_format"], 50, 1);
    expect(f.facets).toEqual({ organization: { t131032: 2, t131016: 1 }, res_format: { CSV: 3, GeoJSON: 3 } });
    expect(f.search_facets.organization!.items).toEqual([
      { name: "t131032", display_name: "t131032区", count: 2 }, { name: "t131016", display_name: "t131016区", count: 1 }]);
  });

  it.each(["colour", "constructor", "toString", "__proto__"])("a facet on field %s, which is none, is a Search Error (a 409), never a 500", (field) => {
    expect(() => facetsOf(PKGS.map((p) => ({ pkg: p }) as PackageEntry), [field], 50, 1))
      .toThrow(expect.objectContaining({ type: "Search Error", status: 409, message: `Search error: can't facet on field ${field}` }));
  });

  it.each([
    ["2026-09-03T01:00:00.123456Z", "2026-09-03T01:00:00.123456"],
    ["2026-09-03T01:00:00Z", "2026-09-03T01:00:00.000000"],
    ["2026-09-03", "2026-09-03T00:00:00.000000"],
    ["2026-09-03T10:00:00+09:00", "2026-09-03T01:00:00.000000"],
    ["2026-09-03T01:00:00.5-0130", "2026-09-03T02:30:00.500000"],
    ["2026-09-03T01:00", "2026-09-03T01:00:00.000000"],
    ["2026-09-03garbage", null], ["2026-13-01", null], ["2026-09-03T25:00:00Z", null], ["NOW", null],
  ])("ISO time %s → %s", (raw, expected) => expect(isoToCkanTime(raw)).toBe(expected));
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
