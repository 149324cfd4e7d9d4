// A CSV row shifted by an unquoted comma inside a value (1,000 in a fee, ビル,1F in a 方書): rejoined where one join
// alone puts every value back, else invalid; never published with its values in other columns.
import { describe, expect, it } from "vitest";
import { isValueComma, rejoined, spareSeparators, valuesPastHeaderUsual } from "../../../pipelines/shifted-row.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("isValueComma", () => {
  it.each<[string, string, boolean]>([
    ["1", "000", true],
    ["一般1", "000円", true],
    ["１", "０００円", true],
    ["12", "500(税込)", true],
    ["〇〇ビル", "1F", true],
    ["駅前会館", "地下1階", true],
    ["コーポ目黒", "101号室", true],
    // an area or a sum with its decimals after the last group
    ["2", "345.67", true],
    ["1", "020.5", true],
    // a decimal, a phone, a postal code and a time are no digit group
    ["35.663", "000", false],
    ["駒場4-3-55", "160-0022", false],
    ["1", "0000", false],
    ["9", "000:00", false],
    ["03-3466-5150", "100", false],
    // a longitude's decimals are no group's (a figure column before 経度)
    ["1", "139.7160", false],
    ["本庁舎", "別館", false],
  ])("%s | %s → %s", (left, right, expected) => {
    expect(isValueComma(left, right)).toBe(expected);
  });
});

describe("rejoined", () => {
  // a number column at 1 and 3, text at 0 and 2: text takes anything, a number only digits
  const reads = (row: string[]) => /^[\d,]+$/.test(row[1]) && /^\d*$/.test(row[3]);
  it("takes the only join that makes the row read", () => {
    expect(rejoined(["施設", "1", "000", "説明", "5"], 4, reads)).toEqual({ joined: ["施設", "1,000", "説明", "5"], where: "「1」「000」", from: 1 });
  });
  it("takes the join that is a digit group when joins of text cells read too", () => {
    const readsText = (row: string[]) => /^[\d,]+$/.test(row[2]);
    // 施設+本館 and 本館+1 both leave 000 or 1,000 in the number column; only 1|000 is a digit group
    expect(rejoined(["施設", "本館", "1", "000", "説明"], 4, readsText)).toMatchObject({ joined: ["施設", "本館", "1,000", "説明"] });
  });
  it("gives the span, and no row, when several joins read and none or several are the shape of a value", () => {
    expect(rejoined(["施設", "本館", "説明", "備考", "x"], 4, () => true)).toEqual({ joined: null, where: "「施設」～「x」", from: 0 });
  });
  it("joins two cuts when two cells are past the header, the last empty one a shifted empty column", () => {
    const two = (row: string[]) => /^[\d,]+$/.test(row[1]) && /^https:/.test(row[3]) && row.length === 5;
    expect(rejoined(["施設", "1", "000", "一般1", "000円", "https://a.jp/", ""], 5, two))
      .toEqual({ joined: ["施設", "1,000", "一般1,000円", "https://a.jp/", ""], where: "「1」「000」、「一般1」「000円」", from: 1 });
  });
  it("keeps the file's spare separator when its rows all end with one: one join, not two", () => {
    // name, visitors, phone, fee, URL, and the spare separator every row of the file ends with; 3|100 joined too leaves
    // the fee empty and reads: the file's rows are one cell wider than the header, so the row is one comma too many
    const reads = (row: string[]) => /^\d{1,3}(?:,\d{3})+$/.test(row[1]) && /^\d*$/.test(row[3] ?? "");
    const cells = ["施設", "85", "000", "3", "100", "", ""];
    expect(rejoined(cells, 5, reads, false, 1)).toEqual({ joined: ["施設", "85,000", "3", "100", ""], where: "「85」「000」", from: 1 });
    expect(rejoined(cells, 5, reads)?.joined).toEqual(["施設", "85,000", "3,100", "", ""]);
  });
  it("reads nothing past MAX_JOINS cells too many, nor a row no join puts back", () => {
    expect(rejoined(["a", "b", "c", "d", "e", "f"], 2, () => true)).toBeNull();
    expect(rejoined(["施設", "x", "000", "説明", "y"], 4, reads)).toBeNull();
  });
});

describe("valuesPastHeaderUsual", () => {
  it("is true when most rows have a value past the header", () => {
    expect(valuesPastHeaderUsual([["a", "b", "1F"], ["c", "d", "2F"], ["e", "f"], ["", "", ""]], 2)).toBe(true);
    expect(valuesPastHeaderUsual([["a", "b", "1F"], ["c", "d", ""], ["e", "f"]], 2)).toBe(false);
  });
});

describe("spareSeparators", () => {
  it("is the fewest empty cells the head's rows end with past the header", () => {
    expect(spareSeparators([["a", "b", ""], ["c", "d", "", ""], ["e", "f", "g", ""]], 2)).toBe(1);
    // a row that ends at the header: no spare separators; a note row narrower than the header does not count
    expect(spareSeparators([["a", "b", ""], ["c", "d"], ["※注"]], 2)).toBe(0);
    expect(spareSeparators([["※注"]], 2)).toBe(0);
  });
});

const TOURISM_HEADER = "都道府県コード又は市区町村コード,NO,名称,住所,緯度,経度,開始時間,料金（基本）,料金（詳細）,説明,連絡先電話番号,URL,備考";
const fit = (n: number) => `131105,${n},施設${n},駒場4-3-${n},35.66,139.68,9:00,700,一般700円,説明${n},03-3714-120${n},https://a.jp/${n},`;

describe("a shifted row in a file", () => {
  it("is rejoined at a digit group when its last column is filled, and said", async () => {
    const shifted = "131105,3,旧前田家本邸,駒場4-3-55,35.663,139.68,9:00,1,000,一般1000円,洋館,03-3466-5150,https://k.jp/,洋館は重要文化財";
    const { report, rows } = await runBytes([TOURISM_HEADER, fit(1), fit(2), shifted, fit(4)].join("\n"), "131105_tourism.csv");
    const row = rows.find((r) => r.row === 3);
    expect(row?.valid).toBe(true);
    expect(row?.record).toMatchObject({ fee_basic: 1000, fee_details: "一般1000円", description: "洋館", phone_number: "03-3466-5150",
      url: "https://k.jp/", remarks: "洋館は重要文化財" });
    expect(row?.extra).toEqual({});
    expect(report.issues.find((i) => i.code === "row_rejoined")).toMatchObject({ row: 3, value: "「1」「000」", severity: "warning" });
    expect(tuples(report, "too_many_fields", "row_shifted")).toEqual([]);
  });

  // 員数 一括 (a lot) that did not read as a number made a join of 緯度 and 経度 look better than dropping the empty cell
  // at the row's end: 一括 went to 内線番号 and the 指定日 to 所有者等
  it("of a 文化財 list, one empty cell too many at its end, is no join of its coordinates when 員数 is 一括", async () => {
    const header = "都道府県コード又は市区町村コード,NO,名称,文化財分類,住所,緯度,経度,電話番号,内線番号,員数（数）,員数（単位）,所有者等,文化財指定日,備考";
    const ok = (n: number) => `131113,${n},文化財${n},区指定史跡,東京都大田区山王一丁目${n}番,35.58,139.72,,,1,基,区,平成${n}年3月2日,`;
    const long = "131113,3,大森貝塚,国指定史跡,東京都大田区山王一丁目3番,35.5889,139.7285,,,一括,,,昭和30年3月2日,,";
    const { report, rows } = await runBytes([header, ok(1), ok(2), long].join("\n"), "131113_cultural_property.csv");
    expect(rows[2].record).toMatchObject({ latitude: 35.5889, longitude: 139.7285, extension_number: null, quantity: null, quantity_unit: "一括",
      owner: null, designated_date: "1955-03-02" });
    expect(tuples(report, "row_rejoined", "coordinates_in_one_cell")).toEqual([]);
  });

  // a 料金（基本） of several prices (read as its general one, 700) was read in no join: no join "read", and the row was
  // made invalid for a comma of its own shape further on (有料駐車場あり（2,000台） unquoted)
  it("is rejoined at a value's own cut after a value that reads in no join, which stays as it was", async () => {
    const header = "名称,所在地,緯度,経度,開始時間,料金（基本）,駐車場,アクセス,電話番号,URL";
    const ok = (n: number) => `施設${n},江戸川区臨海町${n}丁目,35.64,139.86,9:30,700,なし,葛西臨海公園駅,03-3869-515${n},https://a.jp/${n}`;
    const shifted = "葛西臨海水族園,江戸川区臨海町六丁目2番3号,35.6406,139.8620,9:30,一般700円、中学生250円,有料駐車場あり（2,000台）,葛西臨海公園駅,03-3869-5152,https://www.tokyo-zoo.net/";
    const { report, rows } = await runBytes([header, ok(1), ok(2), shifted].join("\n"), "131237_tourism.csv");
    expect(rows[2].valid).toBe(true);
    expect(rows[2].record).toMatchObject({ fee_basic: 700, fee_details: "一般700円、中学生250円", parking: "有料駐車場あり（2,000台）", access: "葛西臨海公園駅",
      phone_number: "03-3869-5152", url: "https://www.tokyo-zoo.net/" });
    expect(rows[2].extra).toEqual({});
    expect(report.issues.find((i) => i.code === "row_rejoined")).toMatchObject({ row: 3, value: "「有料駐車場あり（2」「000台）」", severity: "warning" });
    expect(tuples(report, "row_shifted")).toEqual([]);
    // a comma cut off a name earlier on lands its second half in the address and the address in 緯度: no later cut of a
    // value's shape (9:30|700) puts that row back
    const early = "株式会社ABC,原宿店,江戸川区臨海町六丁目2番3号,35.6406,139.8620,9:30,700,なし,葛西臨海公園駅,03-3869-5152,https://www.tokyo-zoo.net/";
    const second = await runBytes([header, ok(1), ok(2), early].join("\n"), "131237_tourism.csv");
    expect(tuples(second.report, "row_rejoined").filter((t) => t[0] === 3).map((t) => t[2])).not.toContain("「9:30」「700」");
  });

  it("is rejoined at two digit groups when two commas shifted it", async () => {
    const shifted = "131105,3,旧前田家本邸,駒場4-3-55,35.663,139.68,9:00,1,000,一般1,000円,洋館,03-3466-5150,https://k.jp/,";
    const { report, rows } = await runBytes([TOURISM_HEADER, fit(1), fit(2), shifted].join("\n"), "131105_tourism.csv");
    expect(rows[2].record).toMatchObject({ fee_basic: 1000, fee_details: "一般1,000円", phone_number: "03-3466-5150", url: "https://k.jp/", remarks: null });
    expect(report.issues.find((i) => i.code === "row_rejoined")?.value).toBe("「1」「000」、「一般1」「000円」");
  });

  it("is rejoined at a floor cut off its building in 方書", async () => {
    const header = "全国地方公共団体コード,ID,名称,所在地_連結表記,方書,緯度,経度,電話番号,URL,備考";
    const ok = (n: number) => `131041,${n},施設${n},東京都新宿区西新宿2-8-${n},,35.69,139.69,03-5320-000${n},https://a.jp/${n},`;
    const shifted = "131041,3,新宿センター,東京都新宿区西新宿1-1-1,新宿第一ビル,3F,35.69,139.70,03-5320-1111,https://b.jp/,駐輪場あり";
    const { report, rows } = await runBytes([header, ok(1), ok(2), shifted].join("\n"), "131041_public_facility.csv");
    expect(rows[2].valid).toBe(true);
    expect(rows[2].record).toMatchObject({ latitude: 35.69, longitude: 139.7, phone_number: "03-5320-1111", url: "https://b.jp/", remarks: "駐輪場あり" });
    expect(report.issues.find((i) => i.code === "row_rejoined")?.value).toBe("「新宿第一ビル」「3F」");
  });

  it("is invalid, with the cells and the fix, when no join puts it back and its last column is filled", async () => {
    // a comma in 説明 shifts a text into the phone column; the joins of text cells left of it read, and so does one that
    // puts the phone after the text in its column: none is a value's shape
    const shifted = "131105,3,旧前田家本邸,駒場4-3-55,35.663,139.68,9:00,1000,一般1000円,洋館,重要文化財,03-3466-5150,https://k.jp/,洋館は重要文化財";
    const { report, rows } = await runBytes([TOURISM_HEADER, fit(1), fit(2), shifted].join("\n"), "131105_tourism.csv");
    expect(rows[2].valid).toBe(false);
    const said = report.issues.find((i) => i.code === "row_shifted");
    expect(said).toMatchObject({ row: 3, severity: "error", value: "「一般1000円」～「03-3466-5150」" });
    expect(said?.message_ja).toContain("「\"」で囲んで");
    expect(tuples(report, "too_many_fields")).toEqual([]);
  });

  it("is invalid when its cells past the header are filled and no join makes its values read", async () => {
    // 管理事務所 in the phone column does not read (電話なし would: a phone that says there is none)
    const shifted = "131105,3,旧前田家本邸,駒場4-3-55,35.663,139.68,9:00,1000,一般1000円,洋館,管理事務所,03-3466-5150,https://k.jp/,備考";
    const { report, rows } = await runBytes([TOURISM_HEADER, fit(1), fit(2), shifted.replace("03-3466-5150", "03-xxxx")].join("\n"), "131105_tourism.csv");
    expect(rows[2].valid).toBe(false);
    expect(report.issues.find((i) => i.code === "row_shifted")).toMatchObject({ row: 3, value: "「131105」～「備考」" });
  });

  it("is no shift when the file's rows usually have a value past the header (a column the header does not name)", async () => {
    const text = "名称,所在地_連結表記,緯度,経度,電話番号\n市役所,東京都新宿区歌舞伎町1-4-1,35.69,139.70,03-1234-5678,1F\n区民会館,東京都新宿区大久保2-12-7,35.70,139.71,03-xxxx,2F\n";
    const { report, rows } = await runBytes(text, "131041_aed.csv");
    expect(rows.map((r) => [r.valid, r.extra])).toEqual([[false, { column_6: "1F" }], [false, { column_6: "2F" }]]);
    expect(tuples(report, "too_many_fields")).toEqual([[1, null, "too_many_fields"], [2, null, "too_many_fields"]]);
    expect(tuples(report, "row_shifted", "row_rejoined")).toEqual([]);
  });

  it("keeps a value past the header of a row whose values all read as too many fields, not a shift", async () => {
    const { report, rows } = await runBytes([TOURISM_HEADER, fit(1), `${fit(2)},余分な値`].join("\n"), "131105_tourism.csv");
    expect(rows[1]).toMatchObject({ valid: true, extra: { column_14: "余分な値" } });
    expect(tuples(report, "too_many_fields", "row_shifted")).toEqual([[2, null, "too_many_fields"]]);
  });
});

describe("a row whose values all read where a comma pushed them, its last one past the header (the places pass)", () => {
  const header = "名称,所在地_連結表記,料金(基本),料金(詳細),開始時間,終了時間,説明";
  const ok = (n: number) => `施設${n},東京都千代田区九段南1-2-${n},300,,9:00,17:00,展示館`;

  it("is rejoined at the fee's digit group when a time landed in 説明 (before: 1 yen, 終了時間 09:00, the row valid)", async () => {
    const rows3 = ["美術館,東京都千代田区九段南1-2-8,1,200円,,9:00,17:00,企画展", "庭園,東京都千代田区九段南1-2-9,一般：1,200円,,9:00,17:00,庭園"];
    const { report, rows } = await runBytes([header, ok(1), ok(2), ok(3), ok(4), ...rows3].join("\n"), "131016_tourism.csv");
    expect(rows.slice(4).map((r) => [r.valid, r.record.fee_basic, r.record.start_time, r.record.end_time, r.record.description, r.extra]))
      .toEqual([[true, 1200, "09:00", "17:00", "企画展", {}], [true, 1200, "09:00", "17:00", "庭園", {}]]);
    expect(tuples(report, "row_rejoined", "too_many_fields")).toEqual([[5, null, "row_rejoined"], [6, null, "row_rejoined"]]);
    expect(report.issues.find((i) => i.code === "row_rejoined")?.value).toBe("「1」「200円」");
  });

  it("keeps a note past the header of a row in place, its text columns holding no other column's value", async () => {
    const { report, rows } = await runBytes([header, ok(1), ok(2), ok(3), `${ok(4)},要確認`].join("\n"), "131016_tourism.csv");
    expect(rows[3]).toMatchObject({ valid: true, extra: { column_8: "要確認" } });
    expect(rows[3].record).toMatchObject({ fee_basic: 300, end_time: "17:00", description: "展示館" });
    expect(tuples(report, "row_rejoined", "too_many_fields")).toEqual([[4, null, "too_many_fields"]]);
  });
});

describe("a note past the header beside one value that does not read is no shift (the re-check's probes)", () => {
  const header = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置,電話番号,開始時間,終了時間,利用可能日時特記事項,URL,備考";
  const ok = (n: number) => `131041,${n},施設${n},東京都新宿区歌舞伎町1-4-${n},35.69384,139.703549,1階受付,03-3209-1111,9:00,17:00,,,`;

  it("a URL that is no URL and a note after the last column: every value where it was, the row valid with too_many_fields", async () => {
    const row = "131041,2,施設2,東京都新宿区歌舞伎町1-4-2,35.69384,139.703549,1階受付,03-3209-1111,9:00,17:00,,区ホームページ参照,,※";
    const { report, rows } = await runBytes([header, ok(1), row, ok(3)].join("\n"), "131041_aed.csv");
    expect(rows[1].valid).toBe(true);
    expect(rows[1].record).toMatchObject({ phone_number: "03-3209-1111", start_time: "09:00", end_time: "17:00", url: null, remarks: "URL：区ホームページ参照" });
    expect(tuples(report, "too_many_fields", "row_rejoined", "row_shifted")).toEqual([[2, null, "too_many_fields"]]);
  });

  it("a time to be checked (要確認) and a note past the header: the time said unread, not the row shifted", async () => {
    const row = "131041,2,施設2,東京都新宿区歌舞伎町1-4-2,35.69384,139.703549,1階受付,03-3209-1111,要確認,17:00,,,土日休み,担当：山田";
    const { report, rows } = await runBytes([header, ok(1), row, ok(3)].join("\n"), "131041_aed.csv");
    expect(rows[1].valid).toBe(true);
    expect(rows[1].record).toMatchObject({ end_time: "17:00", remarks: expect.stringContaining("土日休み") });
    expect(tuples(report, "row_rejoined", "row_shifted")).toEqual([]);
  });

  it("a join that would put a name's second half where the address goes (新館) is not taken: the row is invalid, not published shifted", async () => {
    const csv = "ID,名称,所在地_連結表記,方書,設置位置,緯度,経度\n1,区民センター,新館,東京都新宿区新宿1-1-1,第一ビル,2F,35.69,139.70\n2,公園トイレ,東京都新宿区新宿1-1-2,,園内,35.69,139.70\n";
    const { report, rows } = await runBytes(csv, "131041_public_toilet.csv");
    expect(rows[0].valid).toBe(false);
    expect(tuples(report, "row_rejoined", "row_shifted")).toEqual([[1, null, "row_shifted"]]);
  });
});

describe("a row shifted with only empty cells past the header (the adversarial pass's rows)", () => {
  const AED = "都道府県コード又は市区町村コード,NO,名称,住所,緯度,経度,設置位置,年間利用者数,電話番号,内線番号,法人番号,URL,備考";
  const aed = (n: number, users: string) => `131113,${n},施設${n},大田区蒲田5-13-${n},35.5613,139.7160,1階,${users},03-5744-111${n},,,,`;

  it("is rejoined at two digit groups (1,234,567) when the URL and 備考 it pushed out are empty", async () => {
    const { report, rows } = await runBytes([AED, aed(1, "\"150,000\""), aed(2, "1,234,567"), aed(3, "980")].join("\n"), "131113_aed.csv");
    expect(rows[1]).toMatchObject({ valid: true, extra: { 年間利用者数: "1,234,567" } });
    expect(rows[1].record).toMatchObject({ phone_number: "03-5744-1112", extension_number: null, corporate_number: null, url: null, remarks: null });
    expect(tuples(report, "row_rejoined", "row_shifted", "row_maybe_shifted")).toEqual([[2, null, "row_rejoined"]]);
    expect(report.issues.find((i) => i.code === "row_rejoined")?.value).toBe("「1」「234」、「234」「567」");
  });

  it("is rejoined at one digit group in a file whose rows all end with a spare separator", async () => {
    const header = "名称,住所,緯度,経度,年間来場者数,連絡先電話番号,料金（基本）,URL";
    const row = (n: number, visitors: string, url: string) => `施設${n},葛飾区柴又7-10-${n},35.7580,139.8770,${visitors},03-3657-389${n},100,${url},`;
    const { report, rows } = await runBytes([header, row(1, "\"1,200,000\"", "https://a.jp/"), row(2, "85,000", ""), row(3, "980", "")].join("\n"), "131229_tourism.csv");
    expect(rows[1]).toMatchObject({ valid: true, extra: { 年間来場者数: "85,000" } });
    expect(rows[1].record).toMatchObject({ phone_number: "03-3657-3892", fee_basic: 100, fee_details: null, url: null });
    expect(tuples(report, "row_rejoined", "row_shifted", "not_a_url", "phone_too_short")).toEqual([[2, null, "row_rejoined"]]);
  });

  it("is rejoined when its only value that does not read lands in its last filled column, and the cut is a digit group", async () => {
    const header = "名称,住所,電話番号,定員,延べ利用者数,URL,備考";
    const row = (n: number, rest: string) => `施設${n},練馬区豊玉北6-12-${n},03-3993-111${n},${rest}`;
    const { report, rows } = await runBytes([header, row(1, "30,\"1,200\",,"), row(2, ",1,500,,"), row(3, "30,980,,")].join("\n"), "131202_care_service.csv");
    // (the rows lack required columns of a care service: row 2 is as valid as row 1)
    expect(rows[1]).toMatchObject({ valid: rows[0].valid, extra: { 延べ利用者数: "1,500" } });
    expect(rows[1].record).toMatchObject({ capacity: null, url: null });
    expect(tuples(report, "row_rejoined", "not_a_url")).toEqual([[2, null, "row_rejoined"]]);
  });

  it("is rejoined at a digit group when it is wider than the file's rows, its values all reading where they landed (re-check probe p40)", async () => {
    const header = "ID,名称,所在地,緯度,経度,電話番号,想定収容人数,備考";
    const row = (n: number, rest: string) => `${n},避難所${n},新宿区西新宿2-8-${n},35.6895,139.6917,03-5273-111${n},${rest},`;
    const { report, rows } = await runBytes([header, row(1, "1200,"), row(2, "1,200,"), row(3, "300,体育館")].join("\n"), "131041_evacuation_space.csv");
    expect(rows.map((r) => [r.record.max_capacity, r.record.remarks, r.valid])).toEqual([["1200", null, true], ["1,200", null, true], ["300", "体育館", true]]);
    expect(tuples(report, "row_rejoined", "row_shifted")).toEqual([[2, null, "row_rejoined"]]);
    // as wide as the file's rows: 1 and 200 stay where they are (no sign of a shift)
    const narrow = await runBytes([header, row(1, "1200,"), row(2, "1,200"), row(3, "300,体育館")].join("\n"), "131041_evacuation_space.csv");
    expect([narrow.rows[1].record.max_capacity, narrow.rows[1].record.remarks]).toEqual(["1", "200"]);
  });

  it("stays as written when the file's rows all end with a spare separator and its last value alone does not read", async () => {
    const header = "名称,住所,電話番号,定員,URL";
    const row = (n: number, rest: string) => `施設${n},練馬区豊玉北6-12-${n},03-3993-111${n},${rest},`;
    const { report, rows } = await runBytes([header, row(1, "30,https://a.jp/"), row(2, "30,500"), row(3, "30,")].join("\n"), "131202_care_service.csv");
    expect(rows[1].record).toMatchObject({ capacity: 30, url: "500" });
    expect(tuples(report, "row_rejoined", "row_shifted", "not_a_url")).toEqual([[2, "url", "not_a_url"]]);
  });

  it("is rejoined when the row so read misses a required value of its own (the row then invalid for that alone)", async () => {
    const header = "NO,名称,住所,緯度,経度,面積（㎡）,電話番号,災害種別_洪水,災害種別_火山現象,想定収容人数,URL,備考";
    const row = (n: number, rest: string) => `${n},公園${n},江戸川区西葛西6-7-${n},35.6600,139.8650,${rest}`;
    const { report, rows } = await runBytes([header, row(1, "\"290,000\",03-3670-4080,,,500,,"), row(2, "12,000,,1,,1,200,,")].join("\n"), "131237_evacuation_space.csv");
    expect(rows[1].record).toMatchObject({ phone_number: null, hazard_flood: true, hazard_volcano: false, url: null });
    expect(rows[1].extra).toEqual({ "面積（㎡）": "12,000" });
    expect(tuples(report, "row_rejoined", "missing_required", "not_a_url", "phone_too_short")).toEqual([[2, null, "row_rejoined"], [2, "phone_number", "missing_required"]]);
  });

  it("says a row that cannot be put back once: no issue of the values it shifted, every cell kept", async () => {
    const header = "都道府県コード又は市区町村コード,NO,営業所名称,営業の種類,業態,営業所所在地,緯度,経度,営業所電話番号,法人名,法人番号,許可番号,許可年月日,備考";
    const ok = "131156,2,荻窪ラーメン,飲食店営業,ラーメン,杉並区荻窪5-1-1,35.7040,139.6200,03-3392-0002,荻窪太郎,,第1002号,令和6年4月1日,";
    const shifted = "131156,1,阿佐ヶ谷食堂,飲食店営業,菓子製造業,食堂,杉並区阿佐谷南1-1-1,35.7050,139.6360,03-3312-0001,株式会社阿佐ヶ谷,,第1001号,令和元年5月1日,";
    const { report, rows } = await runBytes([header, shifted, ok].join("\n"), "131156_food_business_all.csv");
    expect(rows[0].valid).toBe(false);
    expect(report.issues.filter((i) => i.row === 1).map((i) => [i.code, i.severity])).toEqual([["row_shifted", "error"]]);
    // read as it lies: the cells are all in the record or its remarks, nothing lost
    expect(rows[0].record).toMatchObject({ name: "阿佐ヶ谷食堂", business_type: "飲食店営業", longitude: 35.705 });
    expect(JSON.stringify(rows[0].record)).toContain("139.6360");
  });
});

describe("a row of figures shifted by unquoted thousands separators (the hospital-pop pass's probes)", () => {
  it("takes, among joins that all read, the only one whose total is the sum of its parts", () => {
    // 町丁名, 世帯数, 男, 女, 計: every cell is a count, so 850|720, 720|801 and 1|521 each read
    const reads = (row: string[]) => (Number(row[4].replace(/,/g, "")) === Number(row[2].replace(/,/g, "")) + Number(row[3].replace(/,/g, "")) ? "fits" : true);
    expect(rejoined(["弥生町二丁目", "850", "720", "801", "1", "521"], 5, reads, true))
      .toEqual({ joined: ["弥生町二丁目", "850", "720", "801", "1,521"], where: "「1」「521」", from: 4, bySums: true });
    // with no sums to tell them apart, the span
    expect(rejoined(["弥生町二丁目", "850", "720", "801", "1", "521"], 5, () => true, true)).toMatchObject({ joined: null, where: "「850」～「521」" });
  });

  it("joins more cells than MAX_JOINS at digit groups, and only there", () => {
    const counts = (row: string[]) => row.slice(1).every((c) => /^\d{1,3}(?:,\d{3})*$/.test(c));
    expect(rejoined(["中野一丁目", "4", "123", "3", "456", "3", "678", "7", "134"], 5, counts)?.joined)
      .toEqual(["中野一丁目", "4,123", "3,456", "3,678", "7,134"]);
  });

  const POPULATION = "町丁名,世帯数,男,女,計";

  it("puts back a row whose 計 1,521 was cut (850,720,801,1,521), the sums choosing the join, said", async () => {
    const { report, rows } = await runBytes([POPULATION, "弥生町二丁目,850,720,801,1,521", "弥生町三丁目,900,800,850,1650"].join("\n"), "131148_population_20240101.csv");
    expect(rows.map((r) => [r.valid, r.record.households, r.record.male, r.record.female, r.record.total, r.extra]))
      .toEqual([[true, 850, 720, 801, 1521, {}], [true, 900, 800, 850, 1650, {}]]);
    expect(tuples(report, "row_rejoined", "row_shifted", "too_many_fields", "sum_mismatch")).toEqual([[1, null, "row_rejoined"]]);
    const said = report.issues.find((i) => i.code === "row_rejoined");
    expect(said).toMatchObject({ value: "「1」「521」", detail: "sums" });
    expect(said?.message_ja).toContain("合計が内訳と合うのはこれだけです");
  });

  it("puts back every row of a table whose figures of 1,000 or more are all unquoted", async () => {
    const text = [POPULATION, "中野一丁目,4,123,3,456,3,678,7,134", "弥生町一丁目,1,120,987,1,011,1,998", "弥生町二丁目,850,720,801,1,521", "本町一丁目,2,345,2,001,1,999,4,000"].join("\n");
    const { report, rows } = await runBytes(text, "131148_population_20240101.csv");
    expect(rows.map((r) => [r.valid, r.record.households, r.record.male, r.record.female, r.record.total]))
      .toEqual([[true, 4123, 3456, 3678, 7134], [true, 1120, 987, 1011, 1998], [true, 850, 720, 801, 1521], [true, 2345, 2001, 1999, 4000]]);
    expect(tuples(report, "row_rejoined", "row_shifted", "too_many_fields", "sum_mismatch"))
      .toEqual([[1, null, "row_rejoined"], [2, null, "row_rejoined"], [3, null, "row_rejoined"], [4, null, "row_rejoined"]]);
  });

  it("is invalid when no join adds up and several read (850,1,720,801,1521), never published shifted", async () => {
    const { report, rows } = await runBytes([POPULATION, "弥生町二丁目,850,1,720,801,1521", "弥生町三丁目,900,800,850,1650"].join("\n"), "131148_population_20240101.csv");
    expect(rows.map((r) => r.valid)).toEqual([false, true]);
    expect(report.issues.find((i) => i.code === "row_shifted")).toMatchObject({ row: 1, severity: "error", value: "「1」～「801」" });
  });

  const HOSPITAL = "都道府県コード又は市区町村コード,NO,名称,医療機関の種類,住所,電話番号,診療科目,病床数,URL";
  const hospital = (n: number, rest: string) => `131199,${n},病院${n},病院,東京都板橋区加賀2-11-${n},03-3964-121${n},内科,${rest}`;

  // data-row.ts mayBeGroup turns away a last cell longer than 3 characters once trimmed before its NFKC: that holds
  // while NFKC makes no character nothing, nor only spaces of one that trim() keeps
  it("NFKC makes every character something, and spaces only of a character trim() cuts", () => {
    const odd: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const s = String.fromCodePoint(c);
      const n = s.normalize("NFKC");
      if (n === "" || (n.trim() === "" && s.trim() !== "")) odd.push(s);
    }
    expect(odd).toEqual([]);
  });

  it("gives a 病床数 of 1,078 whose URL is empty: 078 is no URL but the figure's tail", async () => {
    const { report, rows } = await runBytes([HOSPITAL, hospital(1, "579,"), hospital(2, "1,078"), hospital(3, "30,https://a.jp/")].join("\n"), "131199_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.beds, r.record.url])).toEqual([[true, 579, null], [true, 1078, null], [true, 30, "https://a.jp/"]]);
    expect(tuples(report, "row_rejoined", "not_a_url")).toEqual([[2, null, "row_rejoined"]]);
    const said = report.issues.find((i) => i.code === "row_rejoined");
    expect(said).toMatchObject({ value: "「1」「078」", detail: "tail" });
    expect(said?.message_ja).toContain("前の数の3桁の区切りの後ろ");
  });

  it("leaves a URL of 500 after 病床数 1 as written when the row is as wide as the others: 500 may be a value of its own", async () => {
    const { report, rows } = await runBytes([HOSPITAL, hospital(1, "579,"), hospital(2, "1,500")].join("\n"), "131199_hospital.csv");
    expect([rows[1].record.beds, rows[1].record.url]).toEqual([1, "500"]);
    expect(tuples(report, "row_rejoined", "not_a_url")).toEqual([[2, "url", "not_a_url"]]);
  });
});
