// The publisher of a file that was not told it: named by the file name, a title row or the rows themselves.
import { describe, expect, it } from "vitest";
import { findPublisherOf, publisherFromCodes, publisherFromFileName, publisherFromRows, publisherFromTitle } from "../../../pipelines/publisher.ts";
import { runBytes } from "./helpers.ts";

describe("publisher of a file without a code in its name", () => {
  it("from the file name, in 漢字 or Latin letters; not when it names two, a shared name or a region", () => {
    expect(publisherFromFileName("板橋区医療機関一覧.csv")).toEqual({ code: "131199", name: "板橋区", by: "file_name" });
    expect(publisherFromFileName("downloads/c02_hachioji_bunkazai_R6.csv")).toEqual({ code: "132012", name: "八王子市", by: "file_name" });
    expect(publisherFromFileName("Musashino-AED.csv")?.code).toBe("132039");
    // long vowels, hyphens and a ward's or city's ending as people spell them
    for (const [name, code] of [["chuou_aed.csv", "131024"], ["koutou_aed.csv", "131083"], ["oota_aed.csv", "131113"], ["ohta-ku_aed.csv", "131113"],
      ["hachiouji_aed.csv", "132012"], ["oume_aed.csv", "132055"], ["higashi-murayama_aed.csv", "132136"], ["nishi-tokyo_aed.csv", "132292"],
      ["ItabashiCity_AED.csv", "131199"], ["aed_itabashi-ku.csv", "131199"]]) expect([name, publisherFromFileName(name)?.code]).toEqual([name, code]);
    // 武蔵村山市 holds no 村山市 of its own; 東大和市 no 大和市
    expect(publisherFromFileName("武蔵村山市_公衆トイレ.csv")?.name).toBe("武蔵村山市");
    expect(publisherFromFileName("府中市・調布市_避難場所.csv")).toBeNull();
    expect(publisherFromFileName("toshima_aed.csv")).toBeNull(); // 豊島区 and 利島村
    expect(publisherFromFileName("tama_area_aed.csv")).toBeNull();
    expect(publisherFromFileName("aed.csv")).toBeNull();
  });

  it("from the title rows above the header", () => {
    expect(publisherFromTitle([["板橋区内医療機関一覧", "", ""], ["令和6年4月1日現在"]])).toEqual({ code: "131199", name: "板橋区", by: "title" });
    expect(publisherFromTitle([])).toBeNull();
    // Tokyo's own list names no municipality
    expect(publisherFromTitle([["東京都庁舎等AED設置場所一覧"]])).toEqual({ code: "130001", name: "東京都", by: "title" });
    // a note names places, not the publisher; a name inside a longer word is none
    expect(publisherFromTitle([["AED設置施設一覧"], ["※区境の施設（新宿区側）も一部掲載しています"]])).toBeNull();
    expect(publisherFromTitle([["多摩市町村 庁舎AED設置一覧"]])).toBeNull();
    expect(publisherFromTitle([["羽田空港区域内AED一覧"]])).toBeNull();
    expect(publisherFromFileName("大島町会AED.csv")).toBeNull();
  });

  it("the rows' own codes come first; a name the rows contradict is not taken", () => {
    const plan = { keys: ["local_government_code", "name", "full_address"] };
    const coded = [["130001", "都庁", "東京都新宿区西新宿2-8-1"], ["130001", "都議会", "東京都新宿区西新宿2-8-1"], ["130001", "都民広場", "東京都新宿区西新宿2-8-1"]];
    expect(publisherFromCodes(coded, plan)).toEqual({ code: "130001", name: "東京都", by: "rows", column: "local_government_code" });
    expect(findPublisherOf("aed.csv", [], coded, plan)?.code).toBe("130001");
    // chuo (JR 中央線) names 中央区, but the stations are in 中野区, 杉並区 and 武蔵野市
    const stations = [["", "中野駅", "中野区中野5-31-1"], ["", "高円寺駅", "杉並区高円寺南4-48-1"], ["", "吉祥寺駅", "武蔵野市吉祥寺南町1-1-24"]];
    expect(findPublisherOf("chuo_line_station_aed.csv", [], stations, plan)).toBeNull();
    // a ward's list with short addresses: its name stands
    expect(findPublisherOf("nakano_aed.csv", [], [["", "区役所", "中野4-8-1"], ["", "図書館", "中野2-9-7"], ["", "体育館", "中野4-11-1"]], plan)?.code).toBe("131148");
  });

  it("from the rows' city or addresses, when nearly all of them agree", () => {
    const plan = { keys: ["name", "full_address"] };
    const rows = (addresses: string[]) => addresses.map((a, i) => [`施設${i}`, a]);
    expect(publisherFromRows(rows(["八王子市元本郷町3-24-1", "東京都八王子市大横町11-1", "八王子市明神町3-19-2"]), plan))
      .toEqual({ code: "132012", name: "八王子市", by: "rows", column: "full_address" });
    expect(publisherFromRows(rows(["八王子市元本郷町3-24-1", "日野市神明1-12-1", "立川市泉町1156-9"]), plan)).toBeNull();
    expect(publisherFromRows(rows(["八王子市元本郷町3-24-1", "八王子市大横町11-1"]), plan)).toBeNull(); // too few
    expect(publisherFromRows(rows(["大山町30-1", "大山町30-2", "大山町30-3"]), plan)).toBeNull();
    // the city column, where there is one, is read first
    expect(publisherFromRows([["国立市", "富士見台2-47-1"], ["国立市", "中1-15-1"], ["国立市", "東1-15-33"]], { keys: ["city", "address"] })?.code).toBe("132152");
  });

  it("from a population table's areas written after their city's name (八王子市元本郷町一丁目): the rows' publisher, the codes filled", async () => {
    const text = "地域名,総数,男,女,世帯数\n八王子市元本郷町一丁目,1200,600,600,550\n八王子市元本郷町二丁目,1300,650,650,560\n八王子市元本郷町三丁目,1400,700,700,570\n";
    const { report, rows } = await runBytes(text, "population_20240101.csv");
    expect(report.municipality).toBe("132012");
    expect(report.issues.some((i) => i.code === "municipality_unknown")).toBe(false);
    expect(rows[0].record).toMatchObject({ local_government_code: "132012", local_government_name: "東京都八王子市", area_name: "八王子市元本郷町一丁目" });
    // the message names the column the rows gave it by (before: 「各行の市区町村名・住所」, though 地域名 gave it)
    const inferred = report.issues.find((i) => i.code === "municipality_inferred")!;
    expect([inferred.field, inferred.detail]).toEqual(["rows", "地域名"]);
    expect(inferred.message_ja).toContain("がないため、各行の「地域名」の列から公開元を「八王子市（132012）」と判断しました。");
    expect(inferred.message_en).toContain("from the rows' column \"地域名\".");
    // areas named without their city name none
    expect(publisherFromRows([["元本郷町一丁目"], ["元本郷町二丁目"], ["元本郷町三丁目"]], { keys: ["area_name"] })).toBeNull();
  });

  it("end to end: the inferred publisher fills the codes and completes the addresses, and says so; nothing named is a warning", async () => {
    const text = "板橋区内医療機関一覧\n名称,医療機関の種類,住所,緯度,経度\n大山クリニック,無床診療所,大山町30-1,35.7486,139.7026\n";
    const { report, rows } = await runBytes(text, "iryokikan.csv", { dataset: "hospital" });
    expect(report.municipality).toBe("131199");
    expect(report.issues.find((i) => i.code === "municipality_inferred")).toMatchObject({ severity: "info", field: "title", value: "板橋区（131199）" });
    expect(rows[0].record).toMatchObject({ local_government_code: "131199", full_address: "東京都板橋区大山町30-1" });
    const unknown = await runBytes(text.replace("板橋区内", ""), "iryokikan.csv", { dataset: "hospital" });
    expect(unknown.report.municipality).toBeNull();
    expect(unknown.report.issues.find((i) => i.code === "municipality_unknown")).toMatchObject({ severity: "warning", row: null });
    // told: nothing inferred
    const told = await runBytes(text, "iryokikan.csv", { dataset: "hospital", municipality: "131016" });
    expect(told.report.issues.some((i) => i.code.startsWith("municipality_"))).toBe(false);
  });
  it("a file named with a five-digit Tokyo code (13213_wifi.csv) is that municipality's; a five-digit number that is no Tokyo code is not read, and the message says what a name's code looks like", async () => {
    const text = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,SSID\n13213,1,東村山市役所,東京都東村山市本町1-2-3,35.7546,139.4685,Free_Wi-Fi\n"
      + "13213,2,中央公民館,東京都東村山市本町2-33-2,35.7560,139.4710,Free_Wi-Fi\n13213,3,秋津駅前,東京都東村山市秋津町5丁目,35.7789,139.4940,Free_Wi-Fi\n";
    const named = await runBytes(text, "13213_wifi.csv");
    expect(named.report.municipality).toBe("132136");
    expect(named.report.issues.some((i) => i.code === "municipality_inferred")).toBe(false);
    const { report } = await runBytes(text, "13999_wifi.csv");
    expect(report.municipality).toBe("132136");
    const inferred = report.issues.find((i) => i.code === "municipality_inferred");
    expect(inferred).toMatchObject({ field: "rows", value: "東村山市（132136）" });
    expect(inferred?.message_ja.startsWith("ファイル名に団体コード（検査数字つきの6桁、または東京都の区市町村の5桁）がないため、各行の「所在地_連結表記」の列から")).toBe(true);
    expect(inferred?.message_en.startsWith("The file name carries no municipality code (six digits with the check digit, or the five digits of a Tokyo municipality)")).toBe(true);
  });
});
