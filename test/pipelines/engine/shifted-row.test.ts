// A CSV row shifted by an unquoted comma inside a value (1,000 in a fee, ビル,1F in a 方書): rejoined where one join
// alone puts every value back, else invalid; never published with its values in other columns.
import { describe, expect, it } from "vitest";
import { isValueComma, rejoined, valuesPastHeaderUsual } from "../../../pipelines/shifted-row.ts";
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
    // a decimal, a phone, a postal code and a time are no digit group
    ["35.663", "000", false],
    ["駒場4-3-55", "160-0022", false],
    ["1", "0000", false],
    ["9", "000:00", false],
    ["03-3466-5150", "100", false],
    ["本庁舎", "別館", false],
  ])("%s | %s → %s", (left, right, expected) => {
    expect(isValueComma(left, right)).toBe(expected);
  });
});

describe("rejoined", () => {
  // a number column at 1 and 3, text at 0 and 2: text takes anything, a number only digits
  const reads = (row: string[]) => /^[\d,]+$/.test(row[1]) && /^\d*$/.test(row[3]);
  it("takes the only join that makes the row read", () => {
    expect(rejoined(["施設", "1", "000", "説明", "5"], 4, reads)).toEqual({ joined: ["施設", "1,000", "説明", "5"], where: "「1」「000」" });
  });
  it("takes the join that is a digit group when joins of text cells read too", () => {
    const readsText = (row: string[]) => /^[\d,]+$/.test(row[2]);
    // 施設+本館 and 本館+1 both leave 000 or 1,000 in the number column; only 1|000 is a digit group
    expect(rejoined(["施設", "本館", "1", "000", "説明"], 4, readsText)).toMatchObject({ joined: ["施設", "本館", "1,000", "説明"] });
  });
  it("gives the span, and no row, when several joins read and none or several are the shape of a value", () => {
    expect(rejoined(["施設", "本館", "説明", "備考", "x"], 4, () => true)).toEqual({ joined: null, where: "「施設」～「x」" });
  });
  it("joins two cuts when two cells are past the header, the last empty one a shifted empty column", () => {
    const two = (row: string[]) => /^[\d,]+$/.test(row[1]) && /^https:/.test(row[3]) && row.length === 5;
    expect(rejoined(["施設", "1", "000", "一般1", "000円", "https://a.jp/", ""], 5, two))
      .toEqual({ joined: ["施設", "1,000", "一般1,000円", "https://a.jp/", ""], where: "「1」「000」、「一般1」「000円」" });
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
    const shifted = "131105,3,旧前田家本邸,駒場4-3-55,35.663,139.68,9:00,1000,一般1000円,洋館,電話なし,03-3466-5150,https://k.jp/,備考";
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

describe("a note past the header beside one value that does not read is no shift (the re-check's probes)", () => {
  const header = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置,電話番号,開始時間,終了時間,利用可能日時特記事項,URL,備考";
  const ok = (n: number) => `131041,${n},施設${n},東京都新宿区歌舞伎町1-4-${n},35.69384,139.703549,1階受付,03-3209-1111,9:00,17:00,,,`;

  it("a URL that is no URL and a note after the last column: every value where it was, the row valid with too_many_fields", async () => {
    const row = "131041,2,施設2,東京都新宿区歌舞伎町1-4-2,35.69384,139.703549,1階受付,03-3209-1111,9:00,17:00,,区ホームページ参照,,※";
    const { report, rows } = await runBytes([header, ok(1), row, ok(3)].join("\n"), "131041_aed.csv");
    expect(rows[1].valid).toBe(true);
    expect(rows[1].record).toMatchObject({ phone_number: "03-3209-1111", start_time: "09:00", end_time: "17:00", url: "区ホームページ参照" });
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
