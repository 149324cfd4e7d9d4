// The towns and village of 西多摩郡: one city, with its 郡 as the standard's 所在地_市区町村 writes it, however a row
// writes the address or the city; the island towns and villages are in no 郡.
import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { addressWithDistrict, cityWithDistrict, tokyoMunicipality } from "../../../pipelines/normalize/location.ts";
import { flat } from "../../../pipelines/report.ts";
import { aed } from "../../../schemas/datasets/aed.ts";
import { DATASETS } from "../../../schemas/index.ts";
import { readMunicipalitiesCsv } from "../../../storage/municipalities.ts";

const facility = DATASETS.find((d) => d.id === "public_facility")!;
const OLD_HEADER = ["都道府県コード又は市区町村コード", "NO", "都道府県名", "市区町村名", "名称", "住所", "緯度", "経度"];
const NEW_HEADER = ["全国地方公共団体コード", "ID", "地方公共団体名", "名称", "所在地_連結表記", "所在地_都道府県", "所在地_市区町村"];

describe("the registry's municipalities in a 郡", () => {
  it("are the four towns and village of 西多摩郡; no ward, city or island town has one", () => {
    const inDistrict = readMunicipalitiesCsv().map((m) => tokyoMunicipality(m.code)!).filter((m) => m.city !== m.name).map((m) => [m.code, m.city]);
    expect(inDistrict).toEqual([["133035", "西多摩郡瑞穂町"], ["133051", "西多摩郡日の出町"], ["133078", "西多摩郡檜原村"], ["133086", "西多摩郡奥多摩町"]]);
    expect(tokyoMunicipality("134015")).toMatchObject({ name: "八丈町", city: "八丈町" });
  });

  it.each([
    ["瑞穂町", "西多摩郡瑞穂町"], ["日の出町", "西多摩郡日の出町"], ["檜原村", "西多摩郡檜原村"], ["奥多摩町", "西多摩郡奥多摩町"],
    ["西多摩郡瑞穂町", undefined], ["大島町", undefined], ["小笠原村", undefined], ["町田市", undefined], ["瑞穂", undefined],
  ])("city %s → %s", (city, standard) => expect(cityWithDistrict(city)).toBe(standard));

  it.each([
    ["東京都瑞穂町大字石畑2008", "東京都西多摩郡瑞穂町大字石畑2008"],
    ["東京都 日の出町平井2780", "東京都 西多摩郡日の出町平井2780"],
    ["東京都　檜原村467-1", "東京都　西多摩郡檜原村467-1"],
    ["東京都西多摩郡瑞穂町大字石畑2008", null],
    ["東京都西多摩郡 奥多摩町 氷川215-6", null],
    ["東京都大島町元町1-1-14", null],
    ["東京都八丈島八丈町大賀郷2551-2", null],
    ["瑞穂町大字石畑2008", null],
    ["埼玉県入間郡瑞穂町1", null],
  ])("address %s → %s", (address, standard) => expect(addressWithDistrict(address)).toBe(standard));
});

describe("a 西多摩郡 town in a record", () => {
  const place = (cells: Record<string, string>, municipality = "133035", sourceHeaders?: string[]) => {
    const { record, issues } = normalizeRecord({ name: "図書館", ...cells }, facility, { row: 2 }, { municipality, sourceHeaders });
    return { place: [record.full_address, record.prefecture, record.city, record.located_local_government_code, record.local_government_name], issues };
  };
  const ADDED = ["東京都西多摩郡瑞穂町大字石畑2008", "東京都", "西多摩郡瑞穂町", "133035", "東京都西多摩郡瑞穂町"];

  it.each([
    ["東京都西多摩郡瑞穂町大字石畑2008", []],
    ["東京都瑞穂町大字石畑2008", ["district_missing"]],
    ["東京都瑞穂町大字石畑２００８", ["full_width_converted", "district_missing"]],
    ["瑞穂町大字石畑2008", ["address_completed"]],
    ["西多摩郡瑞穂町大字石畑2008", ["address_completed"]],
    ["大字石畑2008", ["address_completed"]],
  ])("the address %s is the one city 西多摩郡瑞穂町, its 郡 said where it was put in", (address, codes) => {
    const { place: got, issues } = place({ full_address: address });
    expect(got).toEqual(ADDED);
    expect(flat({ issues }).filter(([, field]) => field === "full_address")).toEqual(codes.map((code) => [2, "full_address", code]));
    expect(issues).toContainEqual(issue("place_from_address", { row: 2, field: "city", value: "西多摩郡瑞穂町" }));
  });

  it("another Tokyo municipality's list: the town's address gets 東京都 and its 郡, and its own code", () => {
    const { place: got, issues } = place({ full_address: "瑞穂町殿ケ谷1" }, "132055");
    expect(got).toEqual(["東京都西多摩郡瑞穂町殿ケ谷1", "東京都", "西多摩郡瑞穂町", "133035", "東京都青梅市"]);
    expect(flat({ issues }).filter(([, field]) => field === "full_address")).toEqual([[2, "full_address", "address_completed"]]);
  });

  it("所在地_市区町村 written without the 郡 gets it, and the address joined from the parts has it", () => {
    const { place: got, issues } = place({ prefecture: "東京都", city: "瑞穂町", machiaza: "大字石畑", city_block: "2008" }, "133035", NEW_HEADER);
    expect(got).toEqual(ADDED);
    expect(flat({ issues }).filter(([, field]) => field === "city" || field === "full_address"))
      .toEqual([[2, "city", "district_missing"], [2, "full_address", "address_joined"]]);
    expect(issues).toContainEqual(issue("district_missing", { row: 2, field: "city", value: "瑞穂町" }));
    // the city column beside an address without 東京都: both in the standard's form
    expect(place({ full_address: "瑞穂町大字石畑2008", prefecture: "東京都", city: "瑞穂町" }, "133035", NEW_HEADER).place).toEqual(ADDED);
    // a city of that name in another prefecture is not Tokyo's town
    expect(place({ prefecture: "北海道", city: "瑞穂町" }, "133035", NEW_HEADER).place[2]).toBe("瑞穂町");
  });

  it("old 推奨: 市区町村名 奥多摩町 is 西多摩郡奥多摩町 in the city, the completed address and the 地方公共団体名 built from it", () => {
    const { record, issues } = normalizeRecord({ local_government_code: "133086", prefecture: "東京都", city: "奥多摩町", full_address: "奥多摩町日原1052" },
      aed, { row: 1 }, { sourceHeaders: OLD_HEADER });
    expect([record.full_address, record.prefecture, record.city, record.located_local_government_code, record.local_government_name])
      .toEqual(["東京都西多摩郡奥多摩町日原1052", "東京都", "西多摩郡奥多摩町", "133086", "東京都西多摩郡奥多摩町"]);
    expect(flat({ issues })).toEqual([
      [1, "city", "district_missing"],
      [1, "full_address", "address_completed"],
      [1, "located_local_government_code", "code_missing"],
      [1, "local_government_name", "local_government_name_missing"],
    ]);
  });

  it("地方公共団体名 from the code: 東京都西多摩郡檜原村; an island village stays 東京都小笠原村", () => {
    const nameOf = (code: string) => normalizeRecord({ local_government_code: code, name: "役場" }, facility, { row: 1 }).record.local_government_name;
    expect([nameOf("133078"), nameOf("134210"), nameOf("133612")]).toEqual(["東京都西多摩郡檜原村", "東京都小笠原村", "東京都大島町"]);
  });

  it("an island town is in no 郡: its address and city stay as written", () => {
    const { place: got, issues } = place({ full_address: "東京都大島町元町1-1-14" }, "133612");
    expect(got).toEqual(["東京都大島町元町1-1-14", "東京都", "大島町", "133612", "東京都大島町"]);
    expect(issues.map((i) => i.code)).not.toContain("district_missing");
    expect(place({ prefecture: "東京都", city: "八丈町", full_address: "東京都八丈島八丈町大賀郷2551-2" }, "134015", NEW_HEADER).place)
      .toEqual(["東京都八丈島八丈町大賀郷2551-2", "東京都", "八丈町", "134015", "東京都八丈町"]);
  });
});
