// A CSV row with fewer cells than the header because a cell in the middle was deleted (the later values shifted
// left): put back where one place for the missing cell alone makes every value read, else invalid; never published
// with its values in other columns. A row only trimmed of its trailing empty cells reads as before.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { placedShort } from "../../../pipelines/shifted-row.ts";
import { strayInText } from "../../../pipelines/stray-values.ts";
import { FIXTURES } from "../../helpers.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("placedShort", () => {
  // a row of name, figure, figure, text: a figure in the name column or a text in a figure column does not read
  const reads = (c: string[]) => !/^\d+$/.test(c[0]) && c.slice(1, 3).every((x) => x === "" || /^\d+$/.test(x));
  const free = () => 0;

  it("puts the missing cell where alone every value reads, naming the values that moved", () => {
    expect(placedShort(["5", "施設", "説明"], 4, reads, free)).toBeNull();
    expect(placedShort(["施設", "説明", "備考"], 5, (c) => reads(c) && c[1] === "" && c[2] === "", free))
      .toEqual({ placed: ["施設", "", "", "説明", "備考"], emptied: [1, 2], where: "「説明」「備考」", from: 1 });
    // name, figure, any text: 説明 is no figure
    const three = (c: string[]) => !/^\d+$/.test(c[0]) && (c[1] === "" || /^\d+$/.test(c[1])) && c[2] !== "";
    expect(placedShort(["施設", "説明"], 3, three, free))
      .toEqual({ placed: ["施設", "", "説明"], emptied: [1], where: "「説明」", from: 1 });
  });

  it("tells the span the gap is in when several places read, and takes the one of least cost", () => {
    // 2,1 under three count columns: any one of them may be the missing one
    const counts = (c: string[]) => c.slice(1, 4).every((x) => x === "" || /^\d+$/.test(x)) && c[4] === "有";
    expect(placedShort(["トイレ", "2", "1", "有"], 5, counts, free)).toEqual({ placed: null, emptied: [], where: "「トイレ」～「有」", from: 0 });
    // an empty cell at either end of the span: told by the filled cells beyond it
    expect(placedShort(["トイレ", "", "2", "1", "", "有"], 7, (c) => counts([c[0], ...c.slice(2, 5), c[6]]) && c[1] === "", free)?.where).toBe("「トイレ」～「有」");
    const cost = (c: readonly string[]) => (c[1] === "" ? 0 : 1);
    expect(placedShort(["トイレ", "2", "1", "有"], 5, counts, cost)?.placed).toEqual(["トイレ", "", "2", "1", "有"]);
  });

  it("reads only one cell missing in the middle of a wide row two cells short (the rest trimmed off)", () => {
    const tried: string[][] = [];
    const cells = Array.from({ length: 28 }, (_, k) => `v${k}`);
    placedShort(cells, 30, (c) => { tried.push(c); return false; }, free);
    // 28 places of the one missing cell before the trimmed last one (29 and 30 empty is the row as read), not 435 pairs
    expect(tried).toHaveLength(28);
    expect(tried.every((c) => c[29] === "")).toBe(true);
  });

  it("tries nothing for a row more than MAX_JOINS cells short, nor the row as read (its missing cells at the end)", () => {
    expect(placedShort(["a"], 4, () => true, free)).toBeNull();
    // only the end reads: no other placement does
    expect(placedShort(["施設", "5"], 3, (c) => c[1] === "5", free)).toBeNull();
  });
});

describe("strayInText", () => {
  it.each<[string, boolean]>([
    ["35.696556", true],
    ["9:00", true],
    ["03-3350-1141", true],
    ["東京都新宿区新宿6-14-1", true],
    ["東京都新宿区", true],
    ["1階ロビー", false],
    ["駅前", false],
    ["", false],
  ])("%s → %s", (cell, expected) => {
    expect(strayInText(cell)).toBe(expected);
  });

  it("takes a prefecture-led name as its own in a column that names a place (東京都 as 都道府県名)", () => {
    expect(strayInText("東京都新宿区", true)).toBe(false);
    expect(strayInText("03-3350-1141", true)).toBe(true);
  });
});

const TOILET_HEADER = "名称,所在地,設置位置,男性トイレ総数,女性トイレ総数,バリアフリートイレ数,オストメイト設置トイレ有無,利用開始時間,利用終了時間,利用可能時間特記事項";
const AED_HEADER = "名称,所在地_連結表記,設置位置,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,備考";
const AED_OK = "新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,1階ロビー,35.693840,139.703549,03-3209-1111,月火水木金,8:30,17:00,";

describe("a short row in a file", () => {
  it("is invalid, naming the span, when several places of the missing cell read (2,1 under three counts)", async () => {
    const text = [TOILET_HEADER, "駅前トイレ,東京都品川区大井1-1,駅前,2,2,1,有,8:30,17:15,",
      "区役所トイレ,東京都品川区広町2-1-36,地下1階,2,1,有,8:30,17:15,土日祝は閉庁"].join("\n");
    const { report, rows } = await runBytes(text, "131091_public_toilet.csv");
    expect(rows[1].valid).toBe(false);
    // not published with the end time as the start
    const said = report.issues.find((i) => i.code === "short_row_shifted");
    expect(said).toMatchObject({ row: 2, severity: "error", value: "「地下1階」～「有」" });
    expect(said?.message_ja).toContain("抜けたセルをファイルに戻して");
    expect(said?.message_en).toContain("Put the missing cell back");
    expect(rows[0].valid).toBe(true);
  });

  it("is put back when one place alone reads: 設置位置 deleted, 緯度・経度 one column left", async () => {
    const short = "新宿文化センター,東京都新宿区新宿6-14-1,35.696556,139.709389,03-3350-1141,月火水木金土日,9:00,22:00,";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, short].join("\n"), "131041_aed.csv");
    expect(rows[1].record).toMatchObject({ installation_position: null, latitude: 35.696556, longitude: 139.709389,
      phone_number: "03-3350-1141", available_days: "月火水木金土日", start_time: "09:00", end_time: "22:00", remarks: null });
    const said = report.issues.find((i) => i.code === "short_row_realigned");
    expect(said).toMatchObject({ row: 2, severity: "warning", field: "installation_position", value: "「35.696556」～「22:00」" });
    expect(said?.message_ja).toContain("「設置位置」を空にして");
    expect(said?.message_ja).toContain("セルを元に戻してください");
    expect(said?.message_en).toContain("put the cell of 設置位置 back in the file");
    // the deleted value is lost: 設置位置 is required, so the row is invalid for it, and still said short
    expect(rows[1].valid).toBe(false);
    expect(tuples(report, "missing_required", "too_few_fields")).toEqual([[2, null, "too_few_fields"], [2, "installation_position", "missing_required"]]);
  });

  it("names only the cell missing in the middle of a row also trimmed of its empty last cell", async () => {
    const short = "新宿文化センター,東京都新宿区新宿6-14-1,35.696556,139.709389,03-3350-1141,月火水木金土日,9:00,22:00";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, short].join("\n"), "131041_aed.csv");
    expect(rows[1].record).toMatchObject({ latitude: 35.696556, longitude: 139.709389, phone_number: "03-3350-1141", end_time: "22:00", remarks: null });
    const said = report.issues.find((i) => i.code === "short_row_realigned");
    expect(said).toMatchObject({ row: 2, field: "installation_position", detail: "設置位置" });
    expect(said?.message_ja).not.toContain("備考");
  });

  it("is invalid when the missing cell may be either of two (電話番号 deleted: 経度 or 電話番号 left empty reads)", async () => {
    // one value that does not read (the days as a phone number) with values after it; as read, 開始時間 got 22:00
    const short = "新宿文化センター,東京都新宿区新宿6-14-1,1階受付,35.696556,139.709389,月火水木金土日,9:00,22:00,";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, short].join("\n"), "131041_aed.csv");
    expect(rows[1].valid).toBe(false);
    expect(report.issues.find((i) => i.code === "short_row_shifted")).toMatchObject({ row: 2, value: "「35.696556」～「月火水木金土日」" });
  });

  it("is put back when a required column's cell was deleted (名称): values in their columns, invalid for the name", async () => {
    const header = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置,電話番号,開始時間,終了時間,小児対応設備の有無";
    const short = "131041,1,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,08:30,17:15,有";
    const { report, rows } = await runBytes([header, short].join("\n"), "131041_aed.csv");
    expect(rows[0].record).toMatchObject({ name: null, full_address: "東京都新宿区歌舞伎町1-4-1", latitude: 35.69384, installation_position: "1階ロビー",
      phone_number: "03-3209-1111", start_time: "08:30", end_time: "17:15", pediatric_pads: true });
    expect(report.issues.find((i) => i.code === "short_row_realigned")).toMatchObject({ row: 1, field: "name", value: "「東京都新宿区歌舞伎町1-4-1」～「有」" });
    expect(rows[0].valid).toBe(false);
  });

  it("is put back when the shift read in a text column: 利用可能曜日 deleted, 9:00 in it and 22:00 as the start", async () => {
    const short = "新宿文化センター,東京都新宿区新宿6-14-1,1階受付,35.696556,139.709389,03-3350-1141,9:00,22:00,";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, short].join("\n"), "131041_aed.csv");
    expect(rows[1].record).toMatchObject({ installation_position: "1階受付", phone_number: "03-3350-1141", available_days: null,
      start_time: "09:00", end_time: "22:00", remarks: null });
    const said = report.issues.find((i) => i.code === "short_row_realigned");
    expect(said).toMatchObject({ row: 2, field: "available_days", value: "「9:00」「22:00」" });
    expect(said?.message_ja).toContain("文字の列「利用可能曜日」に別の列の形の値「9:00」が入ります");
    expect(said?.message_en).toContain("the text column 利用可能曜日 got a value of another column's shape, 「9:00」");
  });

  it("names the value the placement moved, not a name from its prefecture left in place (東京都庁 as 名称)", async () => {
    const short = "東京都庁第一本庁舎,東京都新宿区西新宿2-8-1,1階受付,35.689634,139.692101,03-5321-1111,9:00,22:00,";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, short].join("\n"), "131041_aed.csv");
    expect(rows[1].record).toMatchObject({ name: "東京都庁第一本庁舎", available_days: null, start_time: "09:00", end_time: "22:00" });
    const said = report.issues.find((i) => i.code === "short_row_realigned");
    expect(said?.message_ja).toContain("文字の列「利用可能曜日」に別の列の形の値「9:00」が入ります");
  });

  it("reads a trimmed row's figure in a text column as written when no placement lands fewer such values", async () => {
    // 設置位置 2 (a figure) and 備考 trimmed off: moving 2 right lands it in 緯度, moving 22:00 lands it in 備考
    const trimmed = "新宿文化センター,東京都新宿区新宿6-14-1,2,35.696556,139.709389,03-3350-1141,月火水木金土日,9:00,22:00";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, trimmed].join("\n"), "131041_aed.csv");
    expect(rows[1].record).toMatchObject({ installation_position: "2", latitude: 35.696556, available_days: "月火水木金土日",
      start_time: "09:00", end_time: "22:00", remarks: null });
    expect(tuples(report, "short_row_realigned", "short_row_shifted")).toEqual([]);
  });

  const AED_NAMES = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,所在地_連結表記,緯度,経度,設置位置,電話番号";
  const NAMED_ROWS = [
    "131041,131041-1,東京都新宿区,新宿区役所本庁舎,シンジュククヤクショホンチョウシャ,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111",
    "131041,131041-2,東京都新宿区,新宿区役所第一分庁舎,シンジュククヤクショダイイチブンチョウシャ,東京都新宿区歌舞伎町1-5-4,35.694167,139.704167,1階,03-3209-1111",
    "131041,131041-3,東京都新宿区,新宿文化センター,シンジュクブンカセンター,東京都新宿区新宿6-14-1,35.696556,139.709389,1階受付,03-3350-1141",
  ];

  it("is put back by the other rows' column shapes when a leading text column's cell was deleted (地方公共団体名)", async () => {
    const short = "131041,131041-4,新宿スポーツセンター,シンジュクスポーツセンター,東京都新宿区大久保3-5-1,35.704444,139.705278,1階事務室,03-3232-0171";
    const { report, rows } = await runBytes([AED_NAMES, ...NAMED_ROWS, short].join("\n"), "131041_aed.csv");
    expect(rows[3].record).toMatchObject({ id: "131041-4", name: "新宿スポーツセンター", name_kana: "シンジュクスポーツセンター",
      full_address: "東京都新宿区大久保3-5-1", latitude: 35.704444, installation_position: "1階事務室", phone_number: "03-3232-0171" });
    const said = report.issues.find((i) => i.code === "short_row_realigned");
    expect(said).toMatchObject({ row: 4, field: "local_government_name", value: "「新宿スポーツセンター」～「03-3232-0171」" });
    expect(said?.message_ja).toContain("ほかの行の同じ列の値と同じ形");
    expect(said?.message_en).toContain("of the shape it has on the other rows");
  });

  it("is put back by the shapes when 名称_カナ was deleted: the reading is not taken as the name", async () => {
    const short = "131041,131041-4,東京都新宿区,新宿スポーツセンター,東京都新宿区大久保3-5-1,35.704444,139.705278,1階事務室,03-3232-0171";
    const { report, rows } = await runBytes([AED_NAMES, ...NAMED_ROWS, short].join("\n"), "131041_aed.csv");
    expect(rows[3].record).toMatchObject({ name: "新宿スポーツセンター", name_kana: null, full_address: "東京都新宿区大久保3-5-1" });
    expect(report.issues.find((i) => i.code === "short_row_realigned")).toMatchObject({ row: 4, field: "name_kana" });
  });

  it("stays invalid when too few other rows show the columns' shapes", async () => {
    const short = "131041,131041-4,新宿スポーツセンター,シンジュクスポーツセンター,東京都新宿区大久保3-5-1,35.704444,139.705278,1階事務室,03-3232-0171";
    const { report, rows } = await runBytes([AED_NAMES, ...NAMED_ROWS.slice(0, 2), short].join("\n"), "131041_aed.csv");
    expect(rows[2].valid).toBe(false);
    expect(tuples(report, "short_row_realigned", "short_row_shifted")).toEqual([[3, null, "short_row_shifted"]]);
  });

  it.each<[string, string, string, Record<string, unknown>]>([
    ["NO", "131083,6,東京都,", "131083,東京都,", { id: null, prefecture: "東京都", city: "江東区", name: "日本科学未来館" }],
    ["都道府県名", ",東京都,江東区,", ",江東区,", { id: "6", city: "江東区", name: "日本科学未来館" }],
    ["市区町村名", ",江東区,日本", ",日本", { id: "6", prefecture: "東京都", name: "日本科学未来館" }],
    ["名称", ",日本科学未来館,", ",", { id: "6", city: "江東区", name: null, name_kana: "ニホンカガクミライカン" }],
  ])("in a real tourism list, a row with %s deleted is put back by the other rows' columns", async (column, cut, left, record) => {
    const lines = readFileSync(path.join(FIXTURES, "realdata", "131083_tourism__tablelinker-res017.csv"), "utf8").split("\n").slice(0, 12);
    lines[6] = lines[6].replace(cut, left);
    const { report, rows } = await runBytes(lines.join("\n"), "131083_tourism.csv");
    expect(rows[5].record).toMatchObject({ ...record, name_en: "National Museum Of Emerging Science And Innovation", full_address: "東京都江東区青海2-3-6", latitude: 35.619379 });
    expect(report.issues.find((i) => i.code === "short_row_realigned")?.detail).toBe(`${column}|shape`);
  });

  it("stays invalid when the columns' shapes speak for another placement than the stray values (東京都現代美術館, NO deleted)", async () => {
    // the name from its prefecture counts as an address out of place where it belongs; the placement that moves it off
    // the name column (市区町村名 東京都現代美術館) has fewer such values but more values off their column's shape
    const lines = readFileSync(path.join(FIXTURES, "realdata", "131083_tourism__tablelinker-res017.csv"), "utf8").split("\n").slice(0, 12);
    lines[4] = lines[4].replace("131083,4,東京都,", "131083,東京都,");
    const { report, rows } = await runBytes(lines.join("\n"), "131083_tourism.csv");
    expect(rows[3].valid).toBe(false);
    expect(tuples(report, "short_row_realigned", "short_row_shifted")).toEqual([[4, null, "short_row_shifted"]]);
  });

  it("names the column that lost its cell, not the empty one beside it (緯度 deleted after an empty 方書)", async () => {
    const lines = readFileSync(path.join(FIXTURES, "realdata", "131083_tourism__tablelinker-res017.csv"), "utf8").split("\n").slice(0, 12);
    lines[2] = lines[2].replace(",35.681389,", ",");
    const { report, rows } = await runBytes(lines.join("\n"), "131083_tourism.csv");
    expect(rows[1].record).toMatchObject({ building_name: null, latitude: null, longitude: 139.800675 });
    const realigned = report.issues.find((i) => i.code === "short_row_realigned");
    expect([realigned?.row, realigned?.field, realigned?.detail?.split("|")[0]]).toEqual([2, "latitude", "緯度"]);
    expect(realigned?.message_ja).toContain("ファイルの「緯度」のセルを元に戻してください");
  });

  it("reads as before when only trailing empty cells are missing", async () => {
    const trimmed = "新宿文化センター,東京都新宿区新宿6-14-1,1階受付,35.696556,139.709389,03-3350-1141,月火水木金土日,9:00,22:00";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, trimmed].join("\n"), "131041_aed.csv");
    expect(rows[1].valid).toBe(true);
    expect(rows[1].record).toMatchObject({ installation_position: "1階受付", latitude: 35.696556, end_time: "22:00", remarks: null });
    expect(tuples(report, "too_few_fields", "short_row_realigned", "short_row_shifted")).toEqual([[2, null, "too_few_fields"]]);
  });

  it("keeps a trimmed row with one value that does not read as it was: a bad value, no shift", async () => {
    const trimmed = "新宿文化センター,東京都新宿区新宿6-14-1,1階受付,35.696556,139.709389,03-3350-1141,月火水木金土日,9:00,夜まで";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, trimmed].join("\n"), "131041_aed.csv");
    expect(rows[1].record).toMatchObject({ installation_position: "1階受付", latitude: 35.696556, start_time: "09:00" });
    expect(tuples(report, "short_row_realigned", "short_row_shifted")).toEqual([]);
  });

  it("keeps a trimmed row with one bad value before others as it was when no place of a missing cell reads", async () => {
    const trimmed = "新宿文化センター,東京都新宿区新宿6-14-1,1階受付,35.696556,139.709389,内線のみ,月火水木金土日,9:00,22:00";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, trimmed].join("\n"), "131041_aed.csv");
    expect(rows[1].valid).toBe(true);
    expect(rows[1].record).toMatchObject({ available_days: "月火水木金土日", start_time: "09:00", end_time: "22:00" });
    expect(tuples(report, "short_row_realigned", "short_row_shifted", "unparseable_phone")).toEqual([[2, "phone_number", "unparseable_phone"]]);
  });

  it("is invalid, naming the span before the first value that does not read, when values shifted and no place reads", async () => {
    // 設置位置 deleted and the phone a note: no place of the missing cell makes every value read
    const short = "新宿文化センター,東京都新宿区新宿6-14-1,35.696556,139.709389,内線のみ,月火水木金土日,9:00,22:00,";
    const { report, rows } = await runBytes([AED_HEADER, AED_OK, short].join("\n"), "131041_aed.csv");
    expect(rows[1].valid).toBe(false);
    expect(report.issues.find((i) => i.code === "short_row_shifted")).toMatchObject({ row: 2, value: "「新宿文化センター」～「139.709389」" });
    expect(tuples(report, "short_row_realigned")).toEqual([]);
  });

  it("in a table of figures, a row missing a middle figure is not published shifted (its 計 empty)", async () => {
    const text = "町丁名,世帯数,男,女,計\n中野一丁目,4123,3456,3678,7134\n中野二丁目,2890,2500,5210\n";
    const { report, rows } = await runBytes(text, "131148_population_20240101.csv");
    expect(rows[1].valid).toBe(false);
    expect(tuples(report, "too_few_fields", "missing_required")).toEqual([[2, null, "too_few_fields"], [2, "total", "missing_required"]]);
  });
});

describe("a short row whose deleted cell the values place without a guess", () => {
  // a ward's AED list with the URL last: 経度 deleted, the URL lands under 経度, the row's last and only value that does not read
  const LON_HEADER = "名称,所在地_連結表記,設置位置,電話番号,利用可能曜日,開始時間,終了時間,緯度,経度,URL";
  const LON_OK = ["新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,1階ロビー,03-3209-1111,月～金,08:30,17:00,35.693840,139.703549,https://www.city.shinjuku.lg.jp/",
    "新宿区立中央図書館,東京都新宿区大久保3-1-1,1階受付,03-3364-1421,火～日,09:00,20:00,35.705012,139.709033,https://www.library.shinjuku.tokyo.jp/"];

  it("puts back a URL that landed under 経度: it reads only in the URL column, a column of a form of its own", async () => {
    const short = "新宿文化センター,東京都新宿区新宿6-14-1,1階受付,03-3350-1141,毎日,09:00,22:00,35.696556,https://www.regasu-shinjuku.or.jp/bunka-center/";
    const { report, rows } = await runBytes([LON_HEADER, ...LON_OK, short].join("\n"), "131041_aed.csv");
    expect(rows[2].record).toMatchObject({ latitude: 35.696556, longitude: null, url: "https://www.regasu-shinjuku.or.jp/bunka-center/", remarks: null });
    expect(tuples(report, "short_row_realigned", "short_row_shifted", "unparseable_coordinate", "kept_as_remarks")).toEqual([[3, "longitude", "short_row_realigned"]]);
    const said = report.issues.find((i) => i.code === "short_row_realigned");
    expect([said?.value, said?.detail]).toEqual(["「https://www.regasu-shinjuku.or.jp/bunka-center/」", "経度"]);
    expect(said?.message_ja).toContain("ファイルの「経度」のセルを元に戻してください");
  });

  it("keeps a last value that would move into a text column as a bad value (夜まで as 終了時間, 備考 after it)", async () => {
    const header = "名称,所在地_連結表記,設置位置,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,備考";
    const trimmed = "新宿文化センター,東京都新宿区新宿6-14-1,1階受付,35.696556,139.709389,03-3350-1141,月火水木金土日,9:00,夜まで";
    const { report, rows } = await runBytes([header, AED_OK, trimmed].join("\n"), "131041_aed.csv");
    expect(rows[1].record).toMatchObject({ start_time: "09:00", end_time: null, remarks: null });
    expect(tuples(report, "short_row_realigned", "short_row_shifted")).toEqual([]);
  });

  // the old template's AED columns, 電話番号 deleted with 内線番号, 法人番号 and 団体名 empty on every row
  const TEMPLATE = "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,方書,緯度,経度,設置位置,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,小児対応設備の有無,URL,備考";
  const TAITO = ["131067,1,東京都,台東区,台東区役所,タイトウクヤクショ,東京都台東区東上野4-5-6,,35.712052,139.779875,1階正面入口,03-5246-1111,,,,月～金,08:30,17:15,,有,https://www.city.taito.lg.jp/,",
    "131067,2,東京都,台東区,台東リバーサイドスポーツセンター,タイトウリバーサイドスポーツセンター,東京都台東区今戸1-1-10,,35.716511,139.803211,1階受付,03-3872-3181,,,,毎日,09:00,21:00,,有,https://www.taito-sports.jp/,",
    "131067,4,東京都,台東区,生涯学習センター,ショウガイガクシュウセンター,東京都台東区西浅草3-25-16,,35.714101,139.789012,1階事務室,03-5246-5811,,,,火～日,09:00,21:00,,無,,"];
  const PHONE_DELETED = "131067,3,東京都,台東区,根岸社会教育館,ネギシシャカイキョウイクカン,東京都台東区根岸3-17-1,,35.721309,139.785507,1階事務室,,,,毎日,09:00,21:00,第3月曜休館,有,https://www.city.taito.lg.jp/negishi/,";

  it("puts back a row whose 電話番号 was deleted among columns the file never fills, naming 電話番号", async () => {
    const { report, rows } = await runBytes([TEMPLATE, TAITO[0], TAITO[1], PHONE_DELETED, TAITO[2]].join("\n"), "131067_aed.csv");
    expect(rows[2].valid).toBe(true);
    expect(rows[2].record).toMatchObject({ phone_number: null, organization_name: null, available_days: "月火水木金土日", start_time: "09:00", end_time: "21:00",
      availability_remarks: "第3月曜休館", pediatric_pads: true, url: "https://www.city.taito.lg.jp/negishi/", remarks: null });
    const said = report.issues.find((i) => i.code === "short_row_realigned");
    expect([said?.row, said?.field, said?.detail]).toEqual([3, "phone_number", "電話番号|shape"]);
    expect(said?.message_ja).toContain("ファイルの「電話番号」のセルを元に戻してください");
    expect(said?.message_ja).toContain("ほかの行で空の列は空");
    expect(said?.message_en).toContain("empty where they are empty");
    expect(tuples(report, "short_row_shifted")).toEqual([]);
  });

  it("stays invalid when too few other rows show those columns empty", async () => {
    const { report, rows } = await runBytes([TEMPLATE, TAITO[0], PHONE_DELETED].join("\n"), "131067_aed.csv");
    expect(rows[1].valid).toBe(false);
    expect(tuples(report, "short_row_realigned", "short_row_shifted")).toEqual([[2, null, "short_row_shifted"]]);
  });
});
