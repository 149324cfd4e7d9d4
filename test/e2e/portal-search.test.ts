// The home page's search (portal/assets/search.js) over the real catalog: the 15 dataset summaries the API serves and
// the 62 municipalities, by the spellings people type. No browser: the module is plain functions.
import { describe, expect, it } from "vitest";
import { allSummaries } from "../../catalog-api/catalog.ts";
import { makeUrls } from "../../catalog-api/urls.ts";
import { readMunicipalitiesCsv } from "../../storage/municipalities.ts";
// @ts-expect-error: the portal is plain JavaScript without type declarations
import { foldText, searchCatalog } from "../../portal/assets/search.js";

interface Found { datasets: Array<{ id: string }>; municipalities: Array<{ code: string }>; pairs: Array<{ dataset: { id: string }; municipality: { code: string } }> }

const catalog = { datasets: allSummaries([], makeUrls("http://localhost")), municipalities: readMunicipalitiesCsv() };
const search = (query: string) => {
  const found = searchCatalog(query, catalog) as Found;
  return {
    datasets: found.datasets.map((d) => d.id),
    municipalities: found.municipalities.map((m) => m.code),
    pairs: found.pairs.map((p) => `${p.municipality.code} ${p.dataset.id}`),
  };
};
const datasetsOnly = (...ids: string[]) => ({ datasets: ids, municipalities: [], pairs: [] });
const municipalityOnly = (code: string) => ({ datasets: [], municipalities: [code], pairs: [] });

describe("home search", () => {
  it.each([
    ["保育園", "preschool"], ["保育所", "preschool"], ["幼稚園", "preschool"],
    ["こども園", "preschool"], ["kindergarten", "preschool"],
    ["WiFi", "public_wireless_lan"], ["Wi-Fi", "public_wireless_lan"], ["wifi", "public_wireless_lan"], ["ＷｉＦｉ", "public_wireless_lan"],
    ["Ｗｉ－Ｆｉ", "public_wireless_lan"], ["Wi‐Fi", "public_wireless_lan"], ["無線LAN", "public_wireless_lan"], ["無線ｌａｎ", "public_wireless_lan"],
    ["わいふぁい", "public_wireless_lan"], ["ﾜｲﾌｧｲ", "public_wireless_lan"],
    ["トイレ", "public_toilet"], ["といれ", "public_toilet"], ["ﾄｲﾚ", "public_toilet"], ["toilet", "public_toilet"],
    ["消火栓", "fire_hydrant"], ["AED", "aed"], ["aed", "aed"], ["ＡＥＤ", "aed"], ["避難所", "evacuation_space"], ["避難場所", "evacuation_space"],
    ["病院", "hospital"], ["介護", "care_service"], ["人口", "population"], ["文化財", "cultural_property"],
  ])("%s → dataset %s", (query, id) => {
    expect(search(query)).toEqual(datasetsOnly(id));
  });

  it.each([
    ["青ヶ島", "134023"], ["青ケ島", "134023"], ["青が島", "134023"], ["青ガ島", "134023"], ["青ヵ島", "134023"], ["青が", "134023"], ["あおがしま", "134023"],
    ["ｱｵｶﾞｼﾏ", "134023"], ["Aogashima", "134023"],
    ["檜原", "133078"], ["桧原", "133078"], ["檜原村", "133078"], ["ひのはら", "133078"],
    ["日の出", "133051"], ["日ノ出", "133051"], ["澁谷", "131130"], ["しぶや", "131130"], ["ＳＨＩＢＵＹＡ", "131130"], ["131130", "131130"],
  ])("%s → municipality %s", (query, code) => {
    expect(search(query)).toEqual(municipalityOnly(code));
  });

  it("a municipality and a dataset in one query narrow to that pair, in either order and with any space", () => {
    for (const query of ["新宿 AED", "AED 新宿", "新宿　ＡＥＤ", " しんじゅく  aed "]) expect(search(query)).toEqual({ datasets: [], municipalities: [], pairs: ["131041 aed"] });
    expect(search("青が島 トイレ")).toEqual({ datasets: [], municipalities: [], pairs: ["134023 public_toilet"] });
    expect(search("青が トイレ")).toEqual({ datasets: [], municipalities: [], pairs: ["134023 public_toilet"] });
    expect(search("桧原 保育園")).toEqual({ datasets: [], municipalities: [], pairs: ["133078 preschool"] });
  });

  it("every word must be found: two words of one dataset stay that dataset; a word found nowhere finds nothing", () => {
    expect(search("公衆 無線LAN")).toEqual(datasetsOnly("public_wireless_lan"));
    expect(search("新宿 存在しない語")).toEqual({ datasets: [], municipalities: [], pairs: [] });
    expect(search("存在しない語")).toEqual({ datasets: [], municipalities: [], pairs: [] });
    expect(search("   ")).toEqual({ datasets: [], municipalities: [], pairs: [] });
  });

  it("folds width, case, kana, old kanji and the joining ケ only, not kana in general", () => {
    expect(foldText("ＡＥＤ ｶﾅ ひらがな 檜原 青が島 Wi-Fi")).toBe("aed カナ ヒラガナ 桧原 青ヶ島 wifi");
    // ガ and カ stay themselves where they join no two kanji
    expect(foldText("アオガシマ カガミ")).toBe("アオガシマ カガミ");
    expect(foldText("コーヒー")).toBe("コーヒー");
  });
});
