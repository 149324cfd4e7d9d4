// Cells that mean "as above": 同上/〃 anywhere, and the blank leading cells of a grouped list saved from merged cells.
import { describe, expect, it } from "vitest";
import { FillDown, type FilledCell, groupColumnsOf } from "../../../pipelines/fill-down.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("fill from the row above", () => {
  it("group columns: left of the name, first cell filled, blank further down; not an ID, a sequence number or a full column", () => {
    const plan = { keys: ["category", "kind", null, "name", "full_address"], sourceHeaders: ["指定区分", "種別", "No", "名称", "所在地"] };
    const rows = [["国指定", "史跡", "1", "八王子城跡", "八王子市元八王子町"], ["", "", "2", "滝山城跡", "八王子市丹木町"], ["都指定", "彫刻", "", "不動明王像", "八王子市元本郷町"]];
    expect(groupColumnsOf(plan, rows)).toEqual([0, 1]);
    // every cell filled: no group; the name first: nothing left of it
    expect(groupColumnsOf(plan, rows.map((r) => ["国指定", "史跡", "1", r[3], r[4]]))).toEqual([]);
    expect(groupColumnsOf({ keys: ["name", "kind"], sourceHeaders: ["名称", "種別"] }, [["A", "史跡"], ["B", ""]])).toEqual([]);
    // a blank ID is no group of the row above
    expect(groupColumnsOf({ keys: ["id", "name"], sourceHeaders: ["ID", "名称"] }, [["1", "A"], ["", "B"]])).toEqual([]);
    // columns that may be blank for a row of their own: an alias, an address, a management number, a ○ column, what changed
    for (const [header, first] of [["通称", "きゅりあん"], ["所在地", "上野公園7-20"], ["管理番号", "A-01"], ["二次救急", "○"], ["変更区分", "新規"], ["救急区分", "○"]]) {
      expect(groupColumnsOf({ keys: [null, "name"], sourceHeaders: [header, "名称"] }, [[first, "A"], ["", "B"], ["", "C"]])).toEqual([]);
    }
    expect(groupColumnsOf({ keys: [null, "name"], sourceHeaders: ["施設分類", "名称"] }, [["市役所", "A"], ["", "B"]])).toEqual([0]);
  });

  it("fills a group's blank cells and ditto marks from the row above, each reported; leaves other blanks", () => {
    const fill = new FillDown([0]);
    const filled: FilledCell[] = [];
    expect(fill.apply(["国指定", "史跡", "八王子城跡", "備考"], 1, filled)).toEqual(["国指定", "史跡", "八王子城跡", "備考"]);
    expect(fill.apply(["", "〃", "滝山城跡", ""], 2, filled)).toEqual(["国指定", "史跡", "滝山城跡", ""]);
    expect(fill.apply(["", " 同上 ", "絹の道", "同上"], 3, filled)).toEqual(["国指定", "史跡", "絹の道", "同上"]);
    expect(filled).toEqual([
      { column: 0, row: 2, how: "group" }, { column: 1, row: 2, how: "ditto" }, { column: 0, row: 3, how: "group" }, { column: 1, row: 3, how: "ditto" },
      { column: 3, row: 3, how: "nothing_above" },
    ]);
  });

  it("a ditto with nothing above (the first row, a blank cell, a heading) is kept and said; a heading starts anew", async () => {
    const text = ["名称,所在地_連結表記,緯度,経度,設置位置,備考", "区役所,〃,35.69,139.70,1階,", "図書館,東京都新宿区大久保1-1,35.70,139.70,〃,〃",
      "【区外施設】", "保養所,同上,36.35,138.59,1階,"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.installation_position, r.record.remarks])).toEqual([
      ["東京都新宿区〃", "1階", null], ["東京都新宿区大久保1-1", "1階", "〃"], ["東京都新宿区同上", "1階", null]]);
    expect(report.issues.filter((i) => i.code === "nothing_above" || i.code === "same_as_above").map((i) => [i.row, i.field, i.code]))
      .toEqual([[1, "full_address", "nothing_above"], [2, "installation_position", "same_as_above"], [2, "remarks", "nothing_above"],
        [4, "full_address", "nothing_above"]]);
  });

  it("end to end: a grouped cultural property list is read whole, each filled cell a warning (blank) or info (ditto)", async () => {
    const text = ["指定区分,種別,名称,員数,所在地", "国指定,史跡,八王子城跡,,八王子市元八王子町3丁目", ",,滝山城跡,,八王子市丹木町3丁目",
      "市指定,天然記念物,宗関寺のヒイラギ,1株,八王子市元八王子町3-2324", ",〃,高尾山のスギ並木,,八王子市高尾町"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "132012_cultural_property.csv");
    expect(rows.map((r) => [r.record.category, r.record.kind, r.record.name, r.valid])).toEqual([
      [["国指定史跡"], "史跡", "八王子城跡", true], [["国指定史跡"], "史跡", "滝山城跡", true],
      [["市指定天然記念物"], "天然記念物", "宗関寺のヒイラギ", true], [["市指定天然記念物"], "天然記念物", "高尾山のスギ並木", true],
    ]);
    // a blank cell shows the value it took; a ditto shows itself, the value it took in detail (and its message)
    expect(report.issues.filter((i) => i.code === "blank_filled_from_above" || i.code === "same_as_above").map((i) => [i.row, i.field, i.code, i.severity, i.value, i.detail]))
      .toEqual([[2, "category", "blank_filled_from_above", "warning", "国指定", undefined], [2, "kind", "blank_filled_from_above", "warning", "史跡", undefined],
        [4, "category", "blank_filled_from_above", "warning", "市指定", undefined], [4, "kind", "same_as_above", "info", "〃", "天然記念物"]]);
    // 員数 1株: the unit goes to 員数（単位）
    expect(rows[2].record).toMatchObject({ quantity: 1, quantity_unit: "株" });
    expect(report.issues.find((i) => i.field === "quantity_unit")).toMatchObject({ code: "unit_moved", severity: "info", value: "株" });
  });

  it("a row with a group of its own left of a blank group cell (区指定史跡 under 区指定有形文化財 | 建造物) keeps the blank: no type of another group", async () => {
    const fill = new FillDown([1], null, null, [0, 1]);
    const filled: FilledCell[] = [];
    fill.apply(["区指定有形文化財", "建造物", "神楽殿"], 1, filled);
    expect(fill.apply(["区指定史跡", "", "大宮遺跡"], 2, filled)).toEqual(["区指定史跡", "", "大宮遺跡"]);
    // the same group (or its cell blank too) is still the row above's
    fill.apply(["区指定有形文化財", "絵画", "源頼朝像"], 3, filled);
    expect(fill.apply(["区指定有形文化財", "", "仏涅槃図"], 4, filled)).toEqual(["区指定有形文化財", "絵画", "仏涅槃図"]);
    expect(filled).toEqual([{ column: 1, row: 4, how: "group" }]);

    // 杉並区's list (adversarial probe 131156): 種類 is blank on the 史跡, the tree and the festival, whose 分類 differs
    const text = ["番号,文化財分類,種類,名称,所在地", "1,区指定有形文化財,建造物,大宮八幡宮神楽殿,杉並区大宮2-3-1", "2,区指定史跡,,大宮遺跡,杉並区大宮2-3-1",
      "3,区指定有形文化財,絵画,紙本著色源頼朝像,杉並区大宮2-3-1", "4,区指定天然記念物,,大宮八幡宮の大ケヤキ,杉並区大宮2-3-1", "5,区指定無形民俗文化財,,大宮八幡宮の筒粥,"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131156_cultural_property.csv");
    expect(rows.map((r) => [r.record.kind, r.valid])).toEqual([["建造物", true], [null, true], ["美術工芸品", true], [null, true], [null, true]]);
    expect(tuples(report, "blank_filled_from_above")).toEqual([]);
  });
});

describe("the next record of the holder above (a merged cell saved as CSV)", () => {
  const AED = "NO,施設名,所在地,設置位置,緯度,経度,電話番号,小児用パッド";
  const HALL = "1,豊島区役所,東京都豊島区南池袋2-45-1,1階 総合案内,35.72614,139.71597,03-3981-1111,有";

  it("an AED row with the building's cells blank and a 設置位置 of its own takes the building above, said once for the row", async () => {
    const text = [AED, HALL, "2,,,4階 区民課前,,,,無", "3,,,10階 議会フロア,,,03-3981-2222,有"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131164_aed.csv");
    expect(rows.map((r) => [r.valid, r.record.id, r.record.name, r.record.full_address, r.record.installation_position, r.record.latitude, r.record.phone_number]))
      .toEqual([
        [true, "1", "豊島区役所", "東京都豊島区南池袋2-45-1", "1階 総合案内", 35.72614, "03-3981-1111"],
        [true, "2", "豊島区役所", "東京都豊島区南池袋2-45-1", "4階 区民課前", 35.72614, "03-3981-1111"],
        // its own phone is kept
        [true, "3", "豊島区役所", "東京都豊島区南池袋2-45-1", "10階 議会フロア", 35.72614, "03-3981-2222"],
      ]);
    expect(report.issues.filter((i) => i.code === "holder_filled_from_above").map((i) => [i.row, i.field, i.severity, i.value, i.detail])).toEqual([
      [2, "name", "warning", "豊島区役所", "施設名、所在地、緯度、経度、電話番号｜設置位置「4階 区民課前」"],
      [3, "name", "warning", "豊島区役所", "施設名、所在地、緯度、経度｜設置位置「10階 議会フロア」"],
    ]);
    const said = report.issues.find((i) => i.code === "holder_filled_from_above");
    expect(said?.message_ja).toContain("上の行と同じもの（「豊島区役所」）の続きの行");
    expect(said?.message_ja).toContain("空欄の「施設名」、「所在地」、「緯度」、「経度」、「電話番号」に上の行の値を入れました");
    expect(tuples(report, "missing_required")).toEqual([]);
  });

  it("a row that is another record with a value missing is not filled: its own address, no value of its own, the same 設置位置 again", async () => {
    const text = [AED, HALL, "2,,東京都豊島区東池袋1-20-10,1階 受付,,,,有", "3,,,,,,,無", HALL.replace(/^1/, "4"), "5,,,1階 総合案内,,,,有"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131164_aed.csv");
    expect(rows.map((r) => [r.row, r.valid, r.record.name])).toEqual([[1, true, "豊島区役所"], [2, false, null], [3, false, null], [4, true, "豊島区役所"], [5, false, null]]);
    expect(tuples(report, "holder_filled_from_above")).toEqual([]);
    expect(tuples(report, "missing_required").filter(([, field]) => field === "name")).toEqual([[2, "name", "missing_required"], [3, "name", "missing_required"], [5, "name", "missing_required"]]);
  });

  it("a catalogue's files under their dataset take its columns; a row with a dataset ID of its own and no title is an error", async () => {
    const header = "データセット_ID,データセット_タイトル,データセット_URL,ファイル_タイトル,ファイル_ダウンロードURL";
    const text = [header, "131121D0001,AED設置箇所一覧,https://example.jp/aed.html,aed.csv,https://example.jp/aed.csv",
      ",,,aed.xlsx,https://example.jp/aed.xlsx", "131121D0001,,,aed.pdf,https://example.jp/aed.pdf", "131121D0002,,,wifi.csv,https://example.jp/wifi.csv"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "131121_open_data_list.csv");
    expect(rows.map((r) => [r.valid, r.record.id, r.record.title, r.record.url, r.record.file_title])).toEqual([
      [true, "131121D0001", "AED設置箇所一覧", "https://example.jp/aed.html", "aed.csv"],
      [true, "131121D0001", "AED設置箇所一覧", "https://example.jp/aed.html", "aed.xlsx"],
      [true, "131121D0001", "AED設置箇所一覧", "https://example.jp/aed.html", "aed.pdf"],
      [false, "131121D0002", null, null, "wifi.csv"],
    ]);
    expect(report.issues.filter((i) => i.code === "holder_filled_from_above").map((i) => [i.row, i.field, i.value, i.detail])).toEqual([
      [2, "title", "AED設置箇所一覧", "データセット_タイトル、データセット_ID、データセット_URL｜ファイル_タイトル「aed.xlsx」"],
      [3, "title", "AED設置箇所一覧", "データセット_タイトル、データセット_URL｜ファイル_タイトル「aed.pdf」"],
    ]);
    expect(tuples(report, "missing_required")).toEqual([[4, "title", "missing_required"]]);
  });

  it("a business's second permit under it takes its name, operator and address", async () => {
    const text = ["番号,施設名称,営業者,所在地,営業の種類,許可番号", "1,葛西ダイニング,株式会社葛西,江戸川区中葛西3-1-1,飲食店営業,5江保生第0123号",
      "2,,,,菓子製造業,5江保生第0124号"].join("\n");
    const { rows } = await runBytes(`${text}\n`, "131237_food_business.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.organization_name, r.record.full_address, r.record.business_type])).toEqual([
      [true, "葛西ダイニング", "株式会社葛西", "東京都江戸川区中葛西3-1-1", "飲食店営業"],
      [true, "葛西ダイニング", "株式会社葛西", "東京都江戸川区中葛西3-1-1", "菓子製造業"],
    ]);
  });

  it("a 事業所's next service under it (its own サービス種類 and 事業所番号) takes its name, address and phone, said as the next record", async () => {
    const text = ["事業所名,所在地,電話番号,サービス種類,事業所番号,定員", "かつしかケアセンター,葛飾区立石5-13-1,03-3695-1111,訪問介護,1372200011,",
      ",,,居宅介護支援,1372200011,", ",,,通所介護,1372200029,30", "デイサービスしばまた,葛飾区柴又4-1-1,03-3657-2222,地域密着型通所介護,1392200037,18"].join("\n");
    const { report, rows, exit } = await runBytes(`${text}\n`, "131229_care_service.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.full_address, r.record.phone_number, r.record.service_type, r.record.provider_number])).toEqual([
      [true, "かつしかケアセンター", "東京都葛飾区立石5-13-1", "03-3695-1111", "訪問介護", "1372200011"],
      [true, "かつしかケアセンター", "東京都葛飾区立石5-13-1", "03-3695-1111", "居宅介護支援", "1372200011"],
      [true, "かつしかケアセンター", "東京都葛飾区立石5-13-1", "03-3695-1111", "通所介護", "1372200029"],
      [true, "デイサービスしばまた", "東京都葛飾区柴又4-1-1", "03-3657-2222", "地域密着型通所介護", "1392200037"],
    ]);
    expect(exit).toBe(0);
    expect(report.issues.filter((i) => i.code === "holder_filled_from_above").map((i) => [i.row, i.field, i.value, i.detail])).toEqual([
      [2, "name", "かつしかケアセンター", "事業所名、所在地、電話番号｜サービス種類「居宅介護支援」"],
      [3, "name", "かつしかケアセンター", "事業所名、所在地、電話番号｜サービス種類「通所介護」"],
    ]);
    expect(report.issues.find((i) => i.code === "holder_filled_from_above")?.message_ja).toContain("上の行と同じもの（「かつしかケアセンター」）の続きの行と読み");
    expect(tuples(report, "missing_required")).toEqual([]);
  });

  it("a facility's next access point under it (its own 提供エリア) takes its name, address and place; a No column is the AP's own", async () => {
    const text = ["No,施設名,所在地,提供エリア,SSID,緯度,経度", "1,八王子市役所本庁舎,八王子市元本郷町3-24-1,1階ロビー,Hachioji_Free_Wi-Fi,35.6554,139.3239",
      "2,,,2階市民課前,Hachioji_Free_Wi-Fi,,", "3,八王子駅北口ペデストリアンデッキ,八王子市旭町1-1,デッキ全域,Hachioji_Free_Wi-Fi,35.6561,139.3389",
      "4,,,,Hachioji_Free_Wi-Fi,,"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "132012_public_wireless_lan.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.full_address, r.record.coverage_area, r.record.latitude])).toEqual([
      [true, "八王子市役所本庁舎", "東京都八王子市元本郷町3-24-1", "1階ロビー", 35.6554],
      [true, "八王子市役所本庁舎", "東京都八王子市元本郷町3-24-1", "2階市民課前", 35.6554],
      [true, "八王子駅北口ペデストリアンデッキ", "東京都八王子市旭町1-1", "デッキ全域", 35.6561],
      // nothing of its own (the same SSID, no area): not read as another AP of the facility above
      [false, null, null, null, null],
    ]);
    expect(report.issues.filter((i) => i.code === "holder_filled_from_above").map((i) => [i.row, i.field, i.detail])).toEqual([
      [2, "name", "施設名、所在地、緯度、経度｜提供エリア「2階市民課前」"],
    ]);
  });

  it("a row that would be one with no row above (the first of a range read on its own) is counted, for the range to be read in order", () => {
    const fill = new FillDown([], null, { holder: [1, 2], blank: [1, 2], id: -1, own: [3] });
    const filled: FilledCell[] = [];
    expect(fill.apply(["2", "", "", "4階"], 2, filled)).toEqual(["2", "", "", "4階"]);
    expect(fill.unfilled).toBe(1);
    expect(fill.apply(["3", "", "", "5階"], 3, filled)).toEqual(["3", "", "", "5階"]);
    expect(filled).toEqual([]);
  });
});
