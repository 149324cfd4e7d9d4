// Dataset detection (file-name slug, then header; the reason is reported) and municipality from the file name.
import { describe, expect, it } from "vitest";
import { closestDatasets, datasetFromFileName, dateFromFileName, detectFromHeader, municipalityFromFileName, otherListInTitle, unknownCodeInFileName,
  unknownDatasetWhere } from "../../../pipelines/detect.ts";
import { matchHeader } from "../../../pipelines/header-match.ts";
import { renderReport } from "../../../pipelines/report-text.ts";
import { issue } from "../../../pipelines/issues.ts";
import { DATASETS, getDataset } from "../../../schemas/index.ts";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { AED_HEADER, AED_ROW, runBytes, tuples } from "./helpers.ts";

describe("datasetFromFileName", () => {
  it.each([
    ["131041_aed.csv", "aed"],
    ["population_20240101.csv", "population"],
    ["131041_public_toilet.csv", "public_toilet"],
    ["C:\\data\\131016_food_business_all.xlsx", "food_business"],
    ["公衆トイレ一覧.csv", "public_toilet"],
    ["131041_指定緊急避難場所一覧.xlsx", "evacuation_space"],
    ["医療機関一覧_令和6年.csv", "hospital"],
    ["予防接種実施医療機関一覧.csv", null],
    // a name of another list (exclude_keywords) takes out only itself: the dataset named beside it still counts
    ["医療機関一覧（予防接種実施医療機関を除く）.csv", "hospital"],
    ["指定緊急避難場所・指定避難所一覧.csv", "evacuation_space"],
    ["指定避難所一覧.csv", null],
    ["ＡＥＤ設置箇所.csv", "aed"],
    ["地域・年齢別人口_20240101.csv", "population"],
    ["/tmp/132012_cultural_property__tokyo-mogu-mogu.xlsx", "cultural_property"],
    ["AED.CSV", "aed"],
    ["paed_list.csv", null],
    ["aedes.csv", null],
    ["toilet.csv", null],
    // a tourism list named in romaji or by what it lists, whose header a public facility list shares most of
    ["131113_kanko_spot.csv", "tourism"],
    ["kankou.csv", "tourism"],
    ["大田区観光スポット一覧.csv", "tourism"],
    ["kankokyokai.csv", null],
    ["data.csv", null],
    // a slug's words run together or parted by - (札幌市's 011002publicfacility.csv; before: not told)
    ["011002publicfacility.csv", "public_facility"],
    ["public-wireless-lan.csv", "public_wireless_lan"],
    ["132012firehydrant.xlsx", "fire_hydrant"],
    ["culturalproperties.csv", null],
    // 印西市's Wi-Fi list is wifi.csv (before: not told, and its header, as close to 公共施設, left the file unread)
    ["wifi.csv", "public_wireless_lan"],
    ["122319_Wi-Fi.xlsx", "public_wireless_lan"],
  ])("%s → %s", (name, id) => expect(datasetFromFileName(name, DATASETS)?.id ?? null).toBe(id));
});

describe("municipalityFromFileName", () => {
  it.each([
    ["131041_aed.csv", "131041"],
    ["aed_131041.csv", "131041"],
    ["131040_aed.csv", null],
    // a Tokyo code without its check digit, as GSI names a municipality's evacuation spaces; none for no municipality
    ["13104_aed.csv", "131041"],
    ["13104.csv", "131041"],
    ["13201_hinanbasho.csv", "132012"],
    // only at the start of the name, and only one: elsewhere five digits may count something
    ["hinanbasho_13201.csv", null],
    ["aed_count_13361.csv", null],
    ["13104-13113.csv", null],
    ["13104_2024.csv", "131041"],
    ["13999_aed.csv", null],
    ["27100_aed.csv", null],
    ["131041_aed_13201.csv", "131041"],
    ["population_20240101.csv", null],
    // a date after the name that passes the check digit is no code; another prefecture's code at the start is one
    ["板橋区AED設置施設一覧_240401.csv", null],
    ["271004_tourism.csv", "271004"],
    // a month yyyymm that passes as 長野県's code (2024-10, 2024-01) is no code, at the start or after the name; a
    // Tokyo code beside it names the publisher
    ["202410_population.csv", null],
    ["202401opendata.csv", null],
    ["population_202410.csv", null],
    ["131148_population_202410.csv", "131148"],
    ["aed_131199_240401.csv", "131199"],
    ["130001_aed.csv", "130001"],
    // a Tokyo code whose check digit is right but which names no municipality (131245, a typo of 131237) is none
    ["131245_event.csv", null],
    ["131245_event_131237.csv", "131237"],
  ])("%s → %s", (name, code) => expect(municipalityFromFileName(name)).toBe(code));

  it.each([
    ["131245_event.csv", "131245"],
    ["event_131245.csv", "131245"],
    ["131237_event.csv", null],
    ["131245_event_131237.csv", null],
    // after the name it may be a date (2013-04-01) rather than a code
    ["event_130401.csv", null],
  ])("the code %s names no municipality: %s", (name, code) => expect(unknownCodeInFileName(name)).toBe(code));

  it("a GSI evacuation file named by the municipality's five digits (13104.csv) is that municipality's: its codes are filled", async () => {
    const header = "共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,緯度,経度";
    const { report, rows } = await runBytes(`${header}\n13104-001,新宿中央公園,東京都新宿区西新宿二丁目11,,,,1,,1,,,35.6899,139.6883\n`, "13104.csv");
    expect(report.municipality).toBe("131041");
    expect(rows.map((r) => [r.record.local_government_code, r.record.municipality_code, r.record.local_government_name]))
      .toEqual([["131041", "131041", "東京都新宿区"]]);
    expect(tuples(report, "municipality_unknown")).toEqual([]);
  });

  it("a file named with a code of no municipality is not that publisher's: the file name is warned about, not every row", async () => {
    const header = "localGovernmentCode,identifier,name,startDate,fullAddress";
    const { report, rows } = await runBytes(`${header}\n131237,EV001,花火大会,2024-08-03,東京都江戸川区篠崎町2-1\n131237,EV002,講座,2024-09-01,東京都江戸川区中央1-4-1\n`, "131245_event.csv");
    expect(rows.map((r) => r.record.local_government_code)).toEqual(["131237", "131237"]);
    expect(tuples(report, "publisher_code_mismatch")).toEqual([]);
    expect(report.issues.find((i) => i.code === "file_name_code_unknown")).toMatchObject({ row: null, value: "131245", severity: "warning" });
    expect(report.municipality).not.toBe("131245");
    // a code given on the command line is the caller's word
    const told = await runBytes(`${header}\n131237,EV001,花火大会,2024-08-03,東京都江戸川区篠崎町2-1\n`, "131245_event.csv", { municipality: "131237" });
    expect(tuples(told.report, "file_name_code_unknown")).toEqual([]);
  });

  it("a file named by its month (202410_population.csv, which passes as a 長野県 code) takes its publisher from its rows, and says so", async () => {
    const csv = "市区町村名,調査年月日,地域名,総人口,男性,女性\n中野区,2024/10/1,本町一丁目,30,14,16\n中野区,2024/10/1,本町二丁目,20,9,11\n中野区,2024/10/1,中央一丁目,10,5,5\n";
    const { report, rows } = await runBytes(csv, "202410_population.csv");
    expect(report.municipality).toBe("131148");
    expect(rows.map((r) => [r.record.local_government_code, r.valid])).toEqual([["131148", true], ["131148", true], ["131148", true]]);
    expect(report.issues.find((i) => i.code === "file_name_month_code")).toMatchObject({ row: null, value: "202410", severity: "warning",
      message_en: expect.stringContaining("reads as a month (2024-10)") });
    // the caller's code is the caller's word
    const told = await runBytes(csv, "202410_population.csv", { municipality: "131148" });
    expect(tuples(told.report, "file_name_month_code")).toEqual([]);
  });

  it("a file named with a municipality's code and a wrong check digit (132010 for 八王子市 132012) is told so, not taken as the publisher", async () => {
    const csv = "名称,住所,設置位置\nAED1,東京都八王子市元本郷町3-24-1,1階\n";
    const { report } = await runBytes(csv, "132010_aed.csv");
    expect(report.municipality).not.toBe("132010");
    expect(report.issues.find((i) => i.code === "file_name_check_digit")).toMatchObject({ row: null, value: "132010", severity: "warning",
      message_ja: expect.stringContaining("先頭5桁の団体なら八王子市（132012）です。") });
    // a right code, a code of no municipality (told by file_name_code_unknown), a name of no code, or the caller's code: nothing said
    for (const [name, options] of [["132012_aed.csv", {}], ["131245_aed.csv", {}], ["aed_132010_list.csv", {}], ["132010_aed.csv", { municipality: "132012" }]] as const) {
      expect(tuples((await runBytes(csv, name, options)).report, "file_name_check_digit")).toEqual([]);
    }
  });
});

describe("detectFromHeader", () => {
  it("finds the dataset and the header row under title rows, and says why", () => {
    const guess = detectFromHeader([["AED一覧"], [""], AED_HEADER.split(","), AED_ROW.split(",")], DATASETS);
    expect({ id: guess?.dataset.id, at: guess?.at }).toEqual({ id: "aed", at: 2 });
    expect(guess?.detail).toMatch(/^\d+\/11 columns; next \w+ \d+$/);
  });

  it("tells public toilets from AEDs by the columns only one of them has", () => {
    const header = ["名称", "住所", "緯度", "経度", "設置位置", "男性トイレ総数", "女性トイレ総数", "多機能トイレ数"];
    expect(detectFromHeader([header], DATASETS)?.dataset.id).toBe("public_toilet");
  });

  it("a short AED header close to a toilet list on shared columns (設置位置 is in both) is an AED list: it reads every column and more", () => {
    expect(detectFromHeader([["名称", "住所", "緯度", "経度", "設置位置", "電話番号"]], DATASETS)?.dataset.id).toBe("aed");
  });

  it("a header of columns every list may have (名称, 施設種別, FAX, 開館時間 …) is not told by the list that happens to name them all", () => {
    const facilities = ["名称", "施設種別", "所在地", "緯度", "経度", "電話番号", "FAX", "開館時間", "休館日", "URL", "備考"];
    expect(detectFromHeader([facilities], DATASETS)).toBeNull();
    // a nursery list's own columns (定員, 受入年齢, 一時預かり) tell it
    const nurseries = ["名称", "施設種別", "所在地", "緯度", "経度", "電話番号", "FAX", "定員", "受入年齢", "一時預かり", "URL", "備考"];
    expect(detectFromHeader([nurseries], DATASETS)?.dataset.id).toBe("preschool");
  });

  it("a facility list's 分類 (図書館) is no 文化財分類: a word of kinds any list may have tells no list", () => {
    // was read as a cultural property list (分類 is a column of only it and the open data list), 図書館 published as 文化財分類
    for (const facilities of [["名称", "分類", "所在地", "緯度", "経度", "電話番号"],
      ["施設名", "分類", "所在地", "TEL", "緯度(世界測地系)", "経度(世界測地系)", "URL"],
      ["名称", "カテゴリ", "所在地", "緯度", "経度", "電話番号", "開館時間", "休館日", "URL"]]) {
      expect(detectFromHeader([facilities], DATASETS), facilities.join()).toBeNull();
    }
    // a cultural property list is still told by its own columns (指定年月日, 文化財分類, 種類 with 員数)
    expect(detectFromHeader([["名称", "分類", "所在地", "所有者", "指定年月日"]], DATASETS)?.dataset.id).toBe("cultural_property");
    expect(detectFromHeader([["NO", "文化財名称", "ふりがな", "指定種別", "種類", "員数", "所在地", "所有者等", "指定年月日", "説明"]], DATASETS)?.dataset.id)
      .toBe("cultural_property");
  });

  it("a name column named as one list's things (観光スポット名, 医療機関名) tells that list, as イベント名 does", () => {
    const spots = ["観光スポット名", "カテゴリ", "住所", "営業時間", "定休日", "入場料", "交通アクセス", "電話番号", "URL"];
    expect(detectFromHeader([spots], DATASETS)?.dataset.id).toBe("tourism");
    // the same header with a bare 名称 is any list's
    expect(detectFromHeader([spots.map((c) => (c === "観光スポット名" ? "名称" : c))], DATASETS)).toBeNull();
  });

  it("a name column every list may head so (タイトル, 名称) tells no list; an event list with タイトル is told by its dates and place", () => {
    // a list of notices (タイトル, 内容, URL) is no event list, though an events calendar heads its events タイトル
    expect(detectFromHeader([["タイトル", "内容", "URL"]], DATASETS)).toBeNull();
    // with its 掲載日 it is still no オープンデータ一覧: it lists no data (no ファイル形式, ライセンス …, no データ名称)
    expect(detectFromHeader([["タイトル", "掲載日", "内容", "URL"]], DATASETS)).toBeNull();
    expect(detectFromHeader([["タイトル", "掲載日", "URL", "ファイル形式"]], DATASETS)?.dataset.id).toBe("open_data_list");
    expect(detectFromHeader([["データセット名", "公開日", "URL"]], DATASETS)?.dataset.id).toBe("open_data_list");
    expect(detectFromHeader([["タイトル", "開始日", "終了日", "場所", "概要"]], DATASETS)?.dataset.id).toBe("event");
  });

  it("an AED list that says AED nowhere is told by its labelled columns (24時間使用可否, 設置台数), a Wi-Fi list by its SSID", async () => {
    const aed = ["設置施設名", "設置場所", "住所", "設置台数", "24時間使用可否"];
    expect(detectFromHeader([aed], DATASETS)?.dataset.id).toBe("aed");
    expect(detectFromHeader([["設置施設名", "設置場所", "住所", "SSID", "設置台数"]], DATASETS)?.dataset.id).toBe("public_wireless_lan");
    // 設置台数 alone is either list's: the caller is asked
    expect(detectFromHeader([["設置施設名", "設置場所", "住所", "設置台数"]], DATASETS)).toBeNull();
    const csv = [aed.join(","), "新宿区役所本庁舎,1階ロビー,東京都新宿区歌舞伎町1-4-1,2,×", ""].join("\r\n");
    const { report, rows } = await runBytes(new TextEncoder().encode(csv), "download.csv");
    expect(report.dataset).toBe("aed");
    expect(rows.map((r) => [r.record.name, r.record.installation_position, r.record.availability_remarks, r.record.remarks])).toEqual([
      ["新宿区役所本庁舎", "1階ロビー", "24時間使用可否：×", "設置台数：2"]]);
  });

  it("a nursery list (施設名, 定員, 対象年齢) is not held back by an event list that reads its 定員 and 対象年齢 but has no イベント名", () => {
    const nurseries = ["施設名", "区分", "所在地", "電話番号", "定員", "対象年齢"];
    const guess = detectFromHeader([nurseries], DATASETS);
    expect([guess?.dataset.id, guess?.detail]).toEqual(["preschool", "5/6 columns; next event 4"]);
  });

  it("reads English physical names", () => {
    const header = ["localgov_code", "name", "address", "latitude", "longitude", "fee_basic", "access", "parking", "barrier_free"];
    expect(detectFromHeader([header], DATASETS)?.dataset.id).toBe("tourism");
    // an AED list's English columns: pediatric is its 小児対応設備の有無, which only an AED list has
    const aed = ["name", "address", "latitude", "longitude", "set_position", "phone_number", "pediatric"];
    expect(detectFromHeader([aed], DATASETS)?.dataset.id).toBe("aed");
    expect(matchHeader("pediatric", getDataset("aed")!)?.key).toBe("pediatric_pads");
  });

  it("declines a header that only has columns every location dataset shares", () => {
    expect(detectFromHeader([["名称", "住所", "緯度", "経度"]], DATASETS)).toBeNull();
    expect(detectFromHeader([["a", "b", "c"], ["1", "2", "3"]], DATASETS)).toBeNull();
  });

  it("declines a table that shares columns with a dataset but lacks what makes it one (its name column, half its ◎)", () => {
    // ゴミの分別方法: 料金種別 is an event column, but there is no イベント名
    const garbage = ["全国地方公共団体コード", "ID", "地方公共団体名", "ゴミの品目", "分別区分", "注意点", "料金種別", "料金", "料金備考", "備考"];
    expect(detectFromHeader([garbage], DATASETS)).toBeNull();
    // 指定避難所 (避難所名) is not the 指定緊急避難場所 list, though it has address, coordinates, phone and capacity
    const shelters = ["NO", "避難所名", "所在地", "緯度", "経度", "電話番号", "収容人数", "福祉避難所", "備考"];
    expect(detectFromHeader([shelters], DATASETS)).toBeNull();
    // the same with 名称 is the dataset
    expect(detectFromHeader([shelters.map((c) => (c === "避難所名" ? "名称" : c))], DATASETS)?.dataset.id).toBe("evacuation_space");
  });

  it("a list of sites headed 避難場所 (no other name column, names under it) is told as 指定緊急避難場所; a 避難場所 of ○ / × is no name", async () => {
    const header = ["避難場所", "所在地", "対象町丁目", "面積（㎡）", "収容可能人数"];
    const sites = [header, ["新宿中央公園", "東京都新宿区西新宿2-11", "西新宿1～3丁目", "88000", "50000"],
      ["戸山公園", "東京都新宿区戸山3", "戸山1丁目;戸山2丁目", "186000", "90000"]];
    expect(detectFromHeader(sites, DATASETS)?.dataset.id).toBe("evacuation_space");
    // the same column of marks names no site: no list is told
    expect(detectFromHeader([header, ["○", "東京都新宿区西新宿2-11", "西新宿1～3丁目", "88000", "50000"], ["×", "東京都新宿区戸山3", "戸山1丁目", "1", "2"]],
      DATASETS)).toBeNull();
    const csv = [...sites.map((r) => r.join(",")), ""].join("\r\n");
    const { report, rows } = await runBytes(new TextEncoder().encode(csv), "download.csv");
    expect(report.dataset).toBe("evacuation_space");
    expect(rows.map((r) => [r.record.name, r.record.target_communities, r.record.max_capacity])).toEqual([
      ["新宿中央公園", ["西新宿1～3丁目"], "50000"], ["戸山公園", ["戸山1丁目", "戸山2丁目"], "90000"]]);
    // named so (--dataset), a 避難場所 of marks is kept in extra, not published as the sites' names (○) by its likeness to 避難場所名
    const marks = ["学校名,避難場所,所在地", "新宿小学校,○,東京都新宿区西新宿1-1", ""].join("\r\n");
    const named = await runBytes(new TextEncoder().encode(marks), "download.csv", { dataset: "evacuation_space" });
    expect(named.rows.map((r) => [r.record.name, r.extra])).toEqual([[null, { 学校名: "新宿小学校", 避難場所: "○" }]]);
  });

  it("reads 避難所名 as the name of a ward's list the caller named 指定緊急避難場所 (--dataset), whose every row was invalid for no 名称", async () => {
    // 板橋区's 避難所一覧 as the ward publishes it: Shift_JIS, 災害種別 over the hazards in a second header row
    const csv = ["避難所名,所在地,電話番号,災害種別,,,,指定避難所,収容人数(人),対象となる町会・自治会",
      ",,,洪水,土砂災害,地震,大規模火災,,,",
      "板橋区立板橋第一小学校,板橋区板橋2-66-1,03-3961-0001,○,－,○,○,○,\"1,200\",板橋一丁目町会/板橋二丁目町会",
      "大原小学校,板橋区大原町4-5,03-3961-0003,対象,対象外,対象,対象,可,600名,大原町会", ""].join("\r\n");
    const sjis = encodeCp932(csv);
    // still no list of its own: the caller is asked to name it
    expect((await runBytes(sjis, "131199_hinanjo.csv")).report.dataset).toBeNull();
    const { report, rows } = await runBytes(sjis, "131199_hinanjo.csv", { dataset: "evacuation_space" });
    expect([report.dataset, report.valid, report.invalid]).toEqual(["evacuation_space", 2, 0]);
    expect(tuples(report, "missing_column")).toEqual([]);
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.hazard_flood, r.record.hazard_landslide, r.record.hazard_earthquake,
      r.record.hazard_large_fire, r.record.also_designated_shelter, r.record.max_capacity])).toEqual([
      ["板橋区立板橋第一小学校", "東京都板橋区板橋2-66-1", true, false, true, true, true, "1,200"],
      ["大原小学校", "東京都板橋区大原町4-5", true, false, true, true, true, "600名"]]);
  });
});

describe("when no dataset can be told: the closest ones", () => {
  // 設置位置 is a column of both AED and toilet lists, and the rest is shared or unknown: declined, and both are the hint
  const head = [["一覧"], ["名称", "住所", "緯度", "経度", "設置位置", "管理課", "区分"]];

  it("names the datasets the likeliest header row reads most of, best first", () => {
    expect(detectFromHeader(head, DATASETS)).toBeNull();
    expect(closestDatasets(head, DATASETS).map((n) => [n.dataset.id, n.mapped, n.filled])).toEqual([["aed", 5, 7], ["public_toilet", 5, 7]]);
  });

  it("a file of no clear dataset is reported with its closest ones, end to end", async () => {
    const { report } = await runBytes(`${head.map((cells) => cells.join(",")).join("\n")}\n`, "download.csv");
    expect(report.dataset).toBeNull();
    expect(report.issues.find((i) => i.code === "unknown_dataset")).toMatchObject({ field: "aed", severity: "error" });
  });

  it("the unknown_dataset message names the closest dataset, how many columns it reads, and --dataset", () => {
    const found = issue("unknown_dataset", unknownDatasetWhere(head, DATASETS, "download.csv"));
    expect([found.field, found.value]).toEqual(["aed",
      "aed（AED設置箇所一覧、7列中5列）、public_toilet（公衆トイレ一覧、7列中5列） / aed (AED locations, 5 of 7 columns), public_toilet (Public toilets, 5 of 7 columns)"]);
    expect(found.message_ja).toBe("どの標準データセットか判定できません。見出しがいちばん近いのはaed（AED設置箇所一覧、7列中5列）、public_toilet（公衆トイレ一覧、7列中5列）です。"
      + "そのデータセットなら --dataset aed を指定するか、ファイル名を「131041_aed.csv」の形にしてください。");
    expect(found.message_en).toBe("Could not tell which standard dataset this is. The header is closest to aed (AED locations, 5 of 7 columns), "
      + "public_toilet (Public toilets, 5 of 7 columns). If it is that dataset, pass --dataset aed or name the file like \"131041_aed.csv\".");
  });

  it("a facility header of shared columns is closest to the public facility list, though a nursery list names more of them", () => {
    // 施設種別 and FAX are a nursery list's columns too, so it read 11 of 11 and was named first, --dataset preschool suggested
    const facilities = [["名称", "施設種別", "所在地", "緯度", "経度", "電話番号", "FAX", "開館時間", "休館日", "URL", "備考"]];
    expect(closestDatasets(facilities, DATASETS).map((n) => [n.dataset.id, n.mapped])).toEqual([["public_facility", 9], ["preschool", 11]]);
    expect(unknownDatasetWhere(facilities, DATASETS, "download.csv").field).toBe("public_facility");
    // a facility list's 分類 is closest to it too, not to the cultural property list that reads every column
    expect(closestDatasets([["施設名", "分類", "所在地", "TEL", "緯度", "経度", "URL"]], DATASETS)[0].dataset.id).toBe("public_facility");
    // a header much of it another list's columns is not: it reads too little of it (half, 名称, 所在地, 電話番号)
    expect(closestDatasets([["名称", "種別", "所在地", "FAX", "定員"]], DATASETS).map((n) => n.dataset.id)).not.toContain("public_facility");
    expect(closestDatasets([["名称", "種別", "所在地", "電話番号", "FAX", "定員"]], DATASETS).map((n) => n.dataset.id)).toEqual(["preschool", "care_service"]);
  });

  it("a header no dataset reads two columns of keeps the plain message, with the file name", () => {
    expect(unknownDatasetWhere([["a", "b", "c"], ["1", "2", "3"]], DATASETS, "download.csv")).toEqual({ value: "download.csv" });
    expect(issue("unknown_dataset", { value: "download.csv" }).message_ja).toBe("どの標準データセットか判定できません。ファイル名を「131041_aed.csv」の形にするか、--dataset で指定してください。");
  });
});

describe("detection through harmonize: what was chosen and why", () => {
  it("from the file name", async () => {
    const { report } = await runBytes(`${AED_HEADER}\n${AED_ROW}\n`, "131041_aed.csv");
    expect({ dataset: report.dataset, detection: report.detection, municipality: report.municipality })
      .toEqual({ dataset: "aed", detection: { by: "file_name", detail: "131041_aed.csv" }, municipality: "131041" });
  });

  it("from the header when the name says nothing", async () => {
    const { report } = await runBytes(`${AED_HEADER}\n${AED_ROW}\n`, "download.csv");
    expect(report.dataset).toBe("aed");
    expect(report.detection?.by).toBe("header");
    expect(report.detection?.detail).toMatch(/^11\/11 columns/);
  });

  it("a file whose name says nothing (download.csv, data.csv, 一覧.csv) is told by its list's own columns, not by shared ones", async () => {
    const lists: Array<[string, string, string]> = [
      ["preschool", "名称,施設種別,所在地,緯度,経度,電話番号,FAX,定員,受入年齢,一時預かり,URL,備考",
        "春日保育園,認可保育所,東京都文京区春日1-1-1,35.708,139.752,03-1234-5678,03-1234-5679,60,0歳～5歳,有,,"],
      ["aed", "名称,住所,緯度,経度,設置位置,電話番号,利用可能時間,小児対応設備の有無,備考",
        "文京区役所,東京都文京区春日1-16-21,35.708,139.752,1階受付,03-3812-7111,8:30～17:15,有,"],
      ["public_toilet", "名称,所在地,緯度,経度,男性トイレ総数,女性トイレ総数,バリアフリートイレ数,利用開始時間,利用終了時間,備考",
        "春日公園公衆便所,東京都文京区春日1-2,35.708,139.752,2,2,1,6:00,22:00,"],
      ["hospital", "名称,診療科目,所在地,緯度,経度,電話番号,FAX,病床数,URL,備考",
        "春日クリニック,内科;小児科,東京都文京区春日1-3,35.708,139.752,03-1111-2222,03-1111-2223,0,,"],
      ["care_service", "事業所名,サービス種類,所在地,電話番号,FAX,緯度,経度,定員,URL,備考",
        "春日デイサービス,通所介護,東京都文京区春日1-4,03-2222-3333,03-2222-3334,35.708,139.752,30,,"],
      ["public_wireless_lan", "名称,所在地,緯度,経度,SSID,提供エリア,設置者,URL,備考",
        "文京シビックセンター,東京都文京区春日1-16-21,35.708,139.752,Bunkyo_Free_Wi-Fi,1階ロビー,文京区,,"],
    ];
    for (const name of ["download.csv", "data.csv", "一覧.csv"]) {
      for (const [dataset, header, row] of lists) {
        const { report } = await runBytes(`${header}\n${row}\n`, name);
        expect([report.dataset, report.detection?.by], `${dataset} as ${name}`).toEqual([dataset, "header"]);
      }
      // a facility list of columns many lists have: no list is guessed (a nursery list reads all of them), the caller is
      // asked to name it, public_facility among the closest
      const facilities = "名称,施設種別,所在地,緯度,経度,電話番号,FAX,開館時間,休館日,URL,備考\n"
        + "区立中央図書館,図書館,東京都文京区春日1-16-21,35.708,139.752,03-1234-5678,03-1234-5679,9:00～20:00,月曜日,https://example.jp,\n";
      const { report, exit } = await runBytes(facilities, name);
      expect([report.dataset, exit], name).toEqual([null, 2]);
      expect(report.issues.find((i) => i.code === "unknown_dataset")?.value, name).toContain("public_facility（公共施設一覧、11列中9列）");
    }
  });

  it("headers as lists write them under a neutral name (ESSID, タイトル) are told and read into their columns", async () => {
    const lists: Array<[string, string, string, Record<string, unknown>]> = [
      // a Wi-Fi list naming its network ESSID was unknown_dataset (public_facility or aed the closest), its SSID unread
      ["public_wireless_lan", "設置場所,住所,ESSID,緯度,経度", "新宿区役所,東京都新宿区歌舞伎町1-4-1,Shinjuku_Free_Wi-Fi,35.69,139.70",
        { name: "新宿区役所", ssid: "Shinjuku_Free_Wi-Fi" }],
      // an events calendar's タイトル: unknown_dataset, as the list had no name column
      ["event", "タイトル,開始日,終了日,場所,概要,対象,定員,申込方法,問合せ", "区民まつり,2024/10/10,2024/10/10,新宿中央公園,お祭り,どなたでも,100,不要,文化観光課",
        { name: "区民まつり", start_date: "2024-10-10", place_name: "新宿中央公園" }],
    ];
    for (const [dataset, header, row, values] of lists) {
      const { report, rows } = await runBytes(`${header}\n${row}\n`, "download.csv");
      expect([report.dataset, report.detection?.by], dataset).toEqual([dataset, "header"]);
      expect(rows[0].record, dataset).toMatchObject(values);
    }
  });

  it("a header of columns named after the list's things (事業所所在地, 医療機関電話番号) is told as mapHeaders reads it", async () => {
    // a care list was unknown_dataset (2 of 5 columns): detection did not read the columns mapHeaders reads
    const lists: Array<[string, string, string, Record<string, unknown>]> = [
      ["care_service", "事業所名,事業所所在地,事業所電話番号,事業所FAX番号,サービス種類", "新宿ケア,東京都新宿区新宿1-1,03-1111-1111,03-1111-1112,訪問介護",
        { name: "新宿ケア", full_address: "東京都新宿区新宿1-1", phone_number: "03-1111-1111", service_type: "訪問介護" }],
      ["hospital", "医療機関名,医療機関所在地,医療機関電話番号,診療科目,病床数", "新宿病院,東京都新宿区新宿1-1,03-1111-1111,内科,200",
        { name: "新宿病院", full_address: "東京都新宿区新宿1-1", phone_number: "03-1111-1111", beds: 200 }],
    ];
    for (const [dataset, header, row, values] of lists) {
      const { report, rows } = await runBytes(`${header}\n${row}\n`, "download.csv");
      expect([report.dataset, report.detection?.detail], dataset).toEqual([dataset, expect.stringMatching(/^5\/5 columns/)]);
      expect(rows[0].record, dataset).toMatchObject(values);
    }
  });

  it("a Wi-Fi list's network headed without the word SSID, or with it in brackets after words of its own, is its SSID", async () => {
    // each was unknown_dataset (public_wireless_lan and aed the closest, 4 of 5 columns), the network's name unread
    for (const header of ["ネットワーク名", "Wi-Fi名称", "ＷｉＦｉ名", "ネットワーク名（SSID）", "接続先(SSID)"]) {
      const { report, rows } = await runBytes(`施設名称,住所,電話番号,${header},設置場所\n区役所,東京都世田谷区世田谷4-21-27,03-5432-1111,Setagaya_Free_Wi-Fi,1階ロビー\n`, "download.csv");
      expect([report.dataset, report.detection?.detail], header).toEqual(["public_wireless_lan", expect.stringMatching(/^5\/5 columns/)]);
      expect(rows[0].record, header).toMatchObject({ name: "区役所", ssid: "Setagaya_Free_Wi-Fi", coverage_area: "1階ロビー" });
    }
  });

  it("a header whose own words name no column reads as the text column its brackets name; a count's bracket names a part, never a column", async () => {
    const facility = getDataset("public_facility")!;
    expect(matchHeader("関連ページ（URL）", facility)).toEqual({ key: "url", method: "alias", qualified: true });
    // a header of the bracket's name alone still wins the column
    const { rows } = await runBytes("名称,所在地,URL,関連ページ（URL）\n区役所,東京都新宿区歌舞伎町1-4-1,https://a.example.jp/,https://b.example.jp/\n", "131041_public_facility.csv");
    expect(rows[0].record).toMatchObject({ url: "https://a.example.jp/" });
    expect(rows[0].extra).toEqual({ "関連ページ（URL）": "https://b.example.jp/" });
    // 外国人（男）: the foreign residents' men, a part of the population, not its 男性
    expect(matchHeader("外国人（男）", getDataset("population")!)).toBeNull();
  });

  it("says how many of the header's columns the dataset reads, a column read as another by its fallback once (not 6 of 5)", async () => {
    const { report } = await runBytes("設置場所,住所,ESSID,緯度,経度\n新宿区役所,東京都新宿区歌舞伎町1-4-1,Shinjuku_Free_Wi-Fi,35.69,139.70\n", "download.csv");
    expect(report.detection?.detail).toMatch(/^5\/5 columns/);
  });

  it("a header that reads clearly as another dataset than the file name says is reported, the file name kept", async () => {
    const toilets = "名称,所在地_連結表記,緯度,経度,設置位置,男性トイレ総数,女性トイレ総数,多機能トイレ数\n新宿駅東口公衆便所,東京都新宿区新宿3-38,35.691,139.701,地上,5,4,1\n";
    const { report } = await runBytes(toilets, "131041_aed.csv");
    expect(report.dataset).toBe("aed");
    expect(report.issues.find((i) => i.code === "dataset_mismatch")).toMatchObject({
      severity: "warning", field: "aed", value: "public_toilet（公衆トイレ一覧）、8列中8列 / 8 of 8 columns",
    });
    const { report: aed } = await runBytes(`${AED_HEADER}\n${AED_ROW}\n`, "131041_aed.csv");
    expect(aed.issues.map((i) => i.code)).not.toContain("dataset_mismatch");
  });

  it("a keyword of the file name gives way to a header that reads clearly as another dataset; the slug does not", async () => {
    const wifi = "全国地方公共団体コード,ID,名称,名称_カナ,所在地_連結表記,緯度,経度,設置者,SSID,提供エリア\n"
      + "131041,1,新宿区役所,シンジュククヤクショ,東京都新宿区歌舞伎町1-4-1,35.6938,139.7034,新宿区,Shinjuku_Free_Wi-Fi,1階ロビー\n";
    const { report, rows } = await runBytes(wifi, "公共施設一覧_無料接続.csv");
    expect(report.dataset).toBe("public_wireless_lan");
    expect(report.detection?.by).toBe("header");
    expect(report.issues.find((i) => i.code === "file_name_outweighed")).toMatchObject({
      severity: "info", row: null, field: "public_facility", value: "公共施設一覧_無料接続.csv → 公共施設一覧",
    });
    // a name that says Wi-Fi says the dataset itself
    for (const name of ["公共施設Wi-Fi一覧.csv", "131121_Wi-Fiスポット.csv", "freewifi_spots.csv"]) {
      expect((await runBytes(wifi, name)).report.detection?.by, name).toBe("file_name");
    }
    // one column more (電話番号, which AED lists have and toilet lists need not) is no evidence against the name
    const toilets = await runBytes("名称,住所,設置位置,緯度,経度,電話番号\n公園トイレ,東京都新宿区歌舞伎町1-4-1,公園北側,35.69,139.70,03-3209-1111\n", "公衆トイレ一覧B.csv");
    expect(toilets.report.dataset).toBe("public_toilet");
    expect(toilets.report.issues.map((i) => i.code)).not.toContain("file_name_outweighed");
    expect(rows[0].record).toMatchObject({ ssid: "Shinjuku_Free_Wi-Fi", name: "新宿区役所" });
    // the hub's own naming rule is kept, with the warning
    const slug = await runBytes(wifi, "131041_public_facility.csv");
    expect(slug.report.dataset).toBe("public_facility");
    expect(slug.report.issues.map((i) => i.code)).toContain("dataset_mismatch");
    // a keyword whose dataset the header fits stays the choice, with nothing said
    const fits = await runBytes(`${AED_HEADER}\n${AED_ROW}\n`, "AED設置箇所一覧.csv");
    expect(fits.report.detection).toEqual({ by: "file_name", detail: "AED設置箇所一覧.csv" });
    expect(fits.report.issues.map((i) => i.code)).not.toContain("file_name_outweighed");
  });

  it("from the option, over the file name", async () => {
    const { report } = await runBytes("名称,住所,緯度,経度,設置位置\nA,東京都新宿区1,35.69,139.70,受付\n", "131041_aed.csv", { dataset: "public_toilet" });
    expect({ dataset: report.dataset, detection: report.detection }).toEqual({ dataset: "public_toilet", detection: { by: "option", detail: "public_toilet" } });
  });

  it("a header too wide to tell by (ages as 202 columns) under a title that names the dataset: the title tells it", async () => {
    const ages = Array.from({ length: 101 }, (_, a) => (a === 100 ? "100歳以上" : `${a}歳`));
    const header = ["町丁名", "総数", "男", "女", ...ages.flatMap((a) => [`${a}男`, `${a}女`])].join(",");
    const row = ["大泉町一丁目", 303, 101, 202, ...ages.flatMap(() => [1, 2])].join(",");
    const titled = await runBytes(`年齢別（各歳）町丁別人口　令和6年1月1日現在\n${header}\n${row}\n`, "kakusai.csv", { municipality: "131202" });
    expect(titled.report.dataset).toBe("population");
    expect(titled.report.detection?.detail).toContain("title 年齢別（各歳）町丁別人口");
    expect(titled.rows.map((r) => [r.record.area_name, r.record.survey_date, r.record.male, r.record.age_0_4_female, r.record.age_85_plus_male, r.valid]))
      .toEqual([["大泉町一丁目", "2024-01-01", 101, 10, 16, true]]);
    // without the title the header alone still does not tell
    const untitled = await runBytes(`${header}\n${row}\n`, "kakusai.csv", { municipality: "131202" });
    expect(tuples(untitled.report, "unknown_dataset")).toEqual([[null, "population", "unknown_dataset"]]);
    // nor under a title of another list
    const other = await runBytes(`AED設置場所一覧\n${header}\n${row}\n`, "kakusai.csv", { municipality: "131202" });
    expect(other.report.dataset).toBeNull();
  });

  it("a header of columns many lists share under a title that names one of the lists it reads: the title tells it", async () => {
    const facilities = "名称,施設種別,所在地,緯度,経度,電話番号,FAX,開館時間,URL,備考";
    const cases: Array<[string, string, string]> = [
      // the list of places of any kind, the closest by fit (was unknown_dataset: the closest was the nursery list)
      ["令和6年度 文京区公共施設一覧", "区立中央図書館,図書館,東京都文京区春日1-16-21,35.708,139.752,03-1234-5678,03-1234-5679,9:00～20:00,,", "public_facility"],
      // the nursery list, which names more of the columns (施設種別, FAX), though the closest by fit is the facility list
      ["文京区保育施設一覧", "春日保育園,認可保育所,東京都文京区春日1-1-1,35.708,139.752,03-1234-5678,03-1234-5679,7:15～18:15,,", "preschool"],
    ];
    for (const [title, row, dataset] of cases) {
      const { report, rows } = await runBytes(`${title}\n${facilities}\n${row}\n`, "R6公開用.csv");
      // the nursery's 施設種別 (認可保育所) tells it before the title does
      expect([report.dataset, report.detection?.detail], title).toEqual([dataset, dataset === "preschool" ? "10/10 columns; next care_service 8; kinds in rows"
        : expect.stringContaining(`title ${title}`)]);
      expect(rows[0].record.name, title).toBe(row.split(",")[0]);
    }
  });

  // before: unknown_dataset (0 rows read) for a ward's nursery list under a CMS file name, its header shared by the
  // facility and care lists
  it("a header many lists share, with no title: a kinds column whose every value is the dataset's kind tells it", async () => {
    const nurseries = await runBytes("施設名,種別,所在地,電話番号,定員,開所時間\n中野保育園,認可保育所,中野区中野1-1-1,03-3389-1111,90,7:00～18:00\n"
      + "ひまわり保育室,認証保育所A型,中野区中野2-2-2,03-3389-2222,30,7:00～22:00\n", "000212345.csv");
    expect([nurseries.report.dataset, nurseries.report.detection?.detail, nurseries.rows.map((r) => r.record.capacity)])
      .toEqual(["preschool", "6/6 columns; next care_service 6; kinds in rows", [90, 30]]);
    expect(renderReport(nurseries.report, "000212345.csv", "ja", nurseries.exit)).toContain("見出しから判定（見出し6列のうち6列が一致。次点 care_service：6列。種別などの列の値で判定）");
    // one value that is no nursery's kind (図書館) leaves it untold, as before
    const mixed = await runBytes("施設名,種別,所在地,電話番号,定員,開所時間\n中野保育園,認可保育所,中野区中野1-1-1,03-3389-1111,90,7:00～18:00\n"
      + "中野図書館,図書館,中野区中野2-2-2,03-3389-2222,,9:00～20:00\n", "000212345.csv");
    expect(mixed.report.dataset).toBeNull();
  });

  it("an unknown dataset is a file-level error (exit 2) that names the file", async () => {
    const { report, exit } = await runBytes("a,b,c\n1,2,3\n", "download.csv");
    expect(exit).toBe(2);
    expect(report.issues.map((i) => [i.row, i.code, i.value])).toEqual([[null, "unknown_dataset", "download.csv"]]);
  });

  it("the municipality option fills empty codes", async () => {
    const text = "ID,名称,所在地_連結表記,緯度,経度,設置位置\n1,A,東京都新宿区1,35.69,139.70,受付\n";
    const { rows, report } = await runBytes(text, "aed.csv", { municipality: "131041" });
    expect(rows[0].record.local_government_code).toBe("131041");
    // the file has no such column: said once for the file, not on every row
    expect(report.issues.filter((i) => i.code === "code_missing")).toEqual([]);
    expect(report.issues.find((i) => i.code === "column_filled")).toMatchObject({ row: null, field: "local_government_code", value: "131041" });
    // each filled column's message says where its own values came from, once, and nothing of the other columns
    expect(report.issues.filter((i) => i.code === "column_filled").map((i) => i.message_ja)).toEqual([
      "ファイルに「全国地方公共団体コード」の列がないため、公開元（ファイル名など）の団体コードを各行に補いました（例：「131041」）。列を加えて値を入力すると確実です。",
      "ファイルに「所在地_全国地方公共団体コード」の列がないため、同じ行の団体コードか住所から各行に補いました（例：「131041」）。列を加えて値を入力すると確実です。",
      "ファイルに「所在地_都道府県」の列がないため、住所から各行に補いました（例：「東京都」）。列を加えて値を入力すると確実です。",
      "ファイルに「所在地_市区町村」の列がないため、住所から各行に補いました（例：「新宿区」）。列を加えて値を入力すると確実です。",
      "ファイルに「地方公共団体名」の列がないため、都道府県名・市区町村名か団体コードから各行に補いました（例：「東京都新宿区」）。列を加えて値を入力すると確実です。",
    ]);
    // a column that is there with an empty cell is named on its row
    const empty = await runBytes("全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置\n,1,A,東京都新宿区1,35.69,139.70,受付\n", "aed.csv", { municipality: "131041" });
    expect(empty.report.issues.find((i) => i.code === "code_missing")).toMatchObject({ row: 1, field: "local_government_code", value: "131041" });
  });
});

describe("dateFromFileName", () => {
  it.each([
    ["population_20240101.csv", "2024-01-01"], ["131148_population_20240401.csv", "2024-04-01"], ["人口_19990331.xlsx", "1999-03-31"],
    // no date: a code, an impossible day, a year before the standard's time, digits inside a longer number
    ["131148_population.csv", null], ["population_20240231.csv", null], ["population_19500101.csv", null], ["x_120240101.csv", null],
    // a period (the standard's food_business_new_yyyymmdd_yyyymmdd) is as of its end, not its start; two dates that are
    // no period keep the first
    ["131041_food_business_new_20240301_20240331.csv", "2024-03-31"], ["food_business_new_20240301-20240331.xlsx", "2024-03-31"],
    ["population_20240401_20240301.csv", "2024-04-01"], ["population_20240401_v2_20240501.csv", "2024-04-01"],
  ])("%j → %j", (name, date) => expect(dateFromFileName(name)).toBe(date));
});

describe("the date the figures are as of", () => {
  it("a title's 現在 date outranks the file name's (often the day the file was made), and a difference is said", async () => {
    const csv = "日野市町丁別人口（令和6年1月1日現在）\n地域名,総人口,男性,女性\n旭が丘一丁目,1200,600,600\n";
    const { report, rows } = await runBytes(csv, "132128_population_20240201.csv");
    expect(rows.map((r) => r.record.survey_date)).toEqual(["2024-01-01"]);
    expect(report.issues.find((i) => i.code === "as_of_dates_differ")).toMatchObject({
      severity: "warning", field: "survey_date", value: "132128_population_20240201.csv → 2024-02-01 / 日野市町丁別人口（令和6年1月1日現在） → 2024-01-01" });
    const same = await runBytes(csv, "132128_population_20240101.csv");
    expect(same.rows[0].record.survey_date).toBe("2024-01-01");
    expect(tuples(same.report, "as_of_dates_differ")).toEqual([]);
  });
});

describe("a named dataset against its header", () => {
  it("one column another dataset has more (a facility list's 分類) is no sign of a wrong name", async () => {
    const csv = "分類,名称,所在地,電話番号,郵便番号,開館時間,閉館時間,休館日,緯度,経度\n図書館,中央図書館,東京都八王子市本町1-1,042-000-0000,192-0001,9:00,17:00,月曜日,35.66,139.33\n";
    const { report } = await runBytes(csv, "132012_public_facility.csv");
    expect(report.dataset).toBe("public_facility");
    expect(tuples(report, "dataset_mismatch")).toEqual([]);
  });

  it("columns many lists have (施設種別, FAX) are no sign of a wrong name; a list's own columns (定員, 受入年齢) are", async () => {
    const facilities = "名称,施設種別,所在地,緯度,経度,電話番号,FAX,開館時間,休館日,URL,備考\n"
      + "区立中央図書館,図書館,東京都文京区春日1-16-21,35.708,139.752,03-1234-5678,03-1234-5679,9:00-20:00,月曜日,https://example.jp,\n";
    const { report } = await runBytes(facilities, "131059_public_facility.csv");
    expect(report.dataset).toBe("public_facility");
    expect(tuples(report, "dataset_mismatch")).toEqual([]);
    const nurseries = "名称,施設種別,所在地,緯度,経度,電話番号,FAX,定員,受入年齢,一時預かり\n"
      + "春日保育園,認可保育所,東京都文京区春日1-1,35.708,139.752,03-1234-5678,03-1234-5679,60,0歳～5歳,有\n";
    const named = await runBytes(nurseries, "131059_public_facility.csv");
    expect(named.report.dataset).toBe("public_facility");
    expect(named.report.issues.find((i) => i.code === "dataset_mismatch")).toMatchObject({
      severity: "warning", field: "public_facility", value: "preschool（子育て施設一覧）、10列中10列 / 10 of 10 columns",
    });
  });
});

describe("a title row that names another list than the dataset (its exclude_keywords)", () => {
  it.each([
    ["evacuation_space", ["世田谷区指定避難所一覧"], "指定避難所一覧"],
    ["evacuation_space", ["", "福祉避難所等の一覧（令和6年4月1日現在）"], "福祉避難所等の一覧"],
    ["hospital", ["新型コロナワクチン接種実施医療機関一覧（令和6年10月1日現在）"], "実施医療機関一覧"],
    ["cultural_property", ["周知の埋蔵文化財包蔵地一覧"], "包蔵地一覧"],
    // a title that names the dataset too, one of the dataset itself, and a note on a column name no other list
    ["evacuation_space", ["指定緊急避難場所・指定避難所一覧"], null],
    ["evacuation_space", ["世田谷区指定避難所一覧", "（指定緊急避難場所を兼ねるもの）"], null],
    ["evacuation_space", ["※指定避難所との重複：1＝指定避難所を兼ねる"], null],
    ["hospital", ["医療機関一覧（令和6年10月1日現在）"], null],
    ["aed", ["指定避難所一覧"], null],
  ])("%s under %j → %j", (id, titles, list) => {
    expect(otherListInTitle(titles.map((t) => [t, ""]), getDataset(id)!)?.list ?? null).toBe(list);
  });

  const shelters = "世田谷区指定避難所一覧\nNO,名称,住所,緯度,経度,収容人数,電話番号\n1,A小学校,東京都世田谷区世田谷4-21-27,35.646,139.653,500,03-5432-1111\n";

  it("stops a file whose dataset was told by its header or file name: no rows, a file-level error (exit 2) naming --dataset", async () => {
    for (const name of ["131121_shelter.csv", "131121_evacuation_space.csv"]) {
      const { report, rows, exit } = await runBytes(shelters, name);
      expect([report.dataset, report.rows, rows.length, exit]).toEqual([null, 0, 0, 2]);
      expect(report.issues.filter((i) => i.severity !== "info").map((i) => [i.row, i.field, i.code, i.value, i.detail]))
        .toEqual([[null, "evacuation_space", "title_names_other_list", "世田谷区指定避難所一覧", "指定避難所一覧"]]);
      expect(report.issues.find((i) => i.code === "title_names_other_list")?.message_ja).toContain("--dataset evacuation_space");
    }
    const vaccine = "新型コロナワクチン接種実施医療機関一覧（令和6年10月1日現在）\n医療機関名,種別,住所,電話番号,診療科目\nA内科,診療所,東京都世田谷区世田谷1-1-1,03-0000-0000,内科\n";
    const { report, exit } = await runBytes(vaccine, "vaccine.csv");
    expect([report.dataset, report.rows, exit]).toEqual([null, 0, 2]);
    expect(tuples(report, "title_names_other_list")).toEqual([[null, "hospital", "title_names_other_list"]]);
  });

  it("reads it as the dataset the caller named, with a warning", async () => {
    const { report, rows, exit } = await runBytes(shelters, "131121_shelter.csv", { dataset: "evacuation_space" });
    expect([report.dataset, rows.map((r) => r.record.name), exit]).toEqual(["evacuation_space", ["A小学校"], 0]);
    expect(report.issues.filter((i) => i.severity !== "info").map((i) => [i.row, i.field, i.code, i.severity, i.detail]))
      .toEqual([[null, "evacuation_space", "dataset_named_over_title", "warning", "指定避難所一覧"]]);
  });

  // GSI's 指定避難所データ has no title: its column 指定緊急避難場所との住所同一 (and no hazard) says it is a list of shelters.
  // Under a 03 file name it was read as 指定緊急避難場所, every shelter published as a site to flee to
  const gsiShelters = "NO,共通ID,施設・場所名,住所,緯度,経度,電話番号,指定緊急避難場所との住所同一,受入対象者,備考\n"
    + "1,13101-1001,千代田区立麹町小学校,東京都千代田区麹町2-8,35.6850,139.7400,03-3263-0001,1,,\n"
    + "2,13101-2001,千代田区障害者福祉センター,東京都千代田区神田猿楽町2-1-14,35.7000,139.7550,03-3295-0002,,要配慮者,福祉避難所\n";

  it("stops a file whose header has a column only a list of shelters has, and no hazard column (exit 2)", async () => {
    const { report, rows, exit } = await runBytes(gsiShelters, "131016_evacuation_space.csv");
    expect([report.dataset, report.rows, rows.length, exit]).toEqual([null, 0, 0, 2]);
    expect(report.issues.filter((i) => i.severity !== "info").map((i) => [i.row, i.field, i.code, i.value, i.detail]))
      .toEqual([[null, "evacuation_space", "header_names_other_list", "指定緊急避難場所との住所同一", "指定避難所一覧｜災害種別_洪水"]]);
    const said = report.issues.find((i) => i.code === "header_names_other_list")!;
    expect(said.message_ja).toContain("列「指定緊急避難場所との住所同一」は「指定避難所一覧」にある列");
    expect(said.message_ja).toContain("--dataset evacuation_space");
    expect(said.message_en).toContain("was not read");
  });

  it("reads it when the dataset is named, a shelter that is no site there left out; with a hazard column it is a list of sites", async () => {
    const named = await runBytes(gsiShelters, "131016_shelter.csv", { dataset: "evacuation_space" });
    expect([named.report.dataset, named.rows.map((r) => r.record.name), named.exit]).toEqual(["evacuation_space", ["千代田区立麹町小学校"], 0]);
    expect(named.report.issues.filter((i) => i.severity !== "info").map((i) => [i.row, i.field, i.code]))
      .toEqual([[null, "evacuation_space", "dataset_named_over_header"], [2, "指定緊急避難場所との住所同一", "other_list_row"]]);
    const withHazard = gsiShelters.replace("受入対象者", "地震").replace(",1,,\n", ",1,1,\n").replace(",,要配慮者,", ",,,");
    const sites = await runBytes(withHazard, "131016_evacuation_space.csv");
    expect([sites.report.dataset, sites.rows.map((r) => r.record.name)]).toEqual(["evacuation_space", ["千代田区立麹町小学校"]]);
    expect(sites.report.issues.some((i) => i.code === "header_names_other_list")).toBe(false);
  });
});
