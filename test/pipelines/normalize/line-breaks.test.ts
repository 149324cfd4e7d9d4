// One-line values (名称, 名称_カナ, 所在地_連結表記, 建物名等(方書)) wrapped in their cell with Alt+Enter are joined and said
// (probes 131164_public_facility_linebreaks.xlsx, 131164_public_facility_nl2.csv, 131032_aed.xlsx row 3: published raw
// with no issue, `東京都豊島区\n南池袋3-13-2` found by no search for 南池袋); text of many lines keeps its breaks.
import { describe, expect, it } from "vitest";
import { startsBuilding } from "../../../pipelines/normalize/address-shape.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { joinedLines } from "../../../pipelines/normalize/line-breaks.ts";
import { getDataset } from "../../../schemas/index.ts";

describe("joinedLines", () => {
  it.each([
    // an address: nothing inside the address itself, a full-width space before the building's part
    ["東京都豊島区東池袋4-5-2\nライズアリーナビル4階", "東京都豊島区東池袋4-5-2　ライズアリーナビル4階"],
    ["東京都豊島区\n南池袋3-13-2", "東京都豊島区南池袋3-13-2"],
    ["東京都\n豊島区南池袋2-45-1", "東京都豊島区南池袋2-45-1"],
    ["豊島区南池袋\n2-45-1", "豊島区南池袋2-45-1"],
    ["豊島区南池袋2丁目\n45番1号", "豊島区南池袋2丁目45番1号"],
    ["豊島区南池袋2-45\n-1", "豊島区南池袋2-45-1"],
    ["新宿区西新宿2丁目8番1号\r\n都庁第一本庁舎", "新宿区西新宿2丁目8番1号　都庁第一本庁舎"],
    ["港区六本木5-16-45\n2F", "港区六本木5-16-45　2F"],
    ["港区六本木5-16-45\n\n麻布区民センター内\n", "港区六本木5-16-45　麻布区民センター内"],
    ["東京都港区六本木5-16-45", null],
  ])("address %j → %j", (text, joined) => expect(joinedLines(text, "address")).toBe(joined));

  it.each([
    // a break typed in a name parts its words: a space stays (131148_tourism: two 商店街 on two lines), none before a note
    ["中野ブロードウェイ商店街\n中野サンモール商店街", "中野ブロードウェイ商店街　中野サンモール商店街"],
    ["池袋第一区民集会室\n（いけぶくろ会館内）", "池袋第一区民集会室（いけぶくろ会館内）"],
    ["イケブクロダイイチ\nクミンシュウカイシツ", "イケブクロダイイチ　クミンシュウカイシツ"],
    ["Ikebukuro\nCommunity Hall", "Ikebukuro Community Hall"],
    ["ライズアリーナビル\n4階", "ライズアリーナビル 4階"],
    ["中野区役所 \n", null],
    // a break inside a word takes no space (before: ウェンデリン・ファン・オルデンボ　ルフ, found by no search for the name)
    ["ウェンデリン・ファン・オルデンボ\nルフ", "ウェンデリン・ファン・オルデンボルフ"],
    ["レオナルド・\nダ・ヴィンチ展", "レオナルド・ダ・ヴィンチ展"],
    ["地域センタ\nー", "地域センター"],
    ["キッズフェスティバル2024\nイン中野", "キッズフェスティバル2024 イン中野"],
    // two names, each with its own ・, stay two
    ["ジョン・スミス\nメアリー・ジョーンズ", "ジョン・スミス　メアリー・ジョーンズ"],
    // a break between two katakana words where the name has no ・ at all: most likely where a space parts its words (a
    // name written with neither ・ nor a space would not be broken at a word's end by chance), so the space stays;
    // the message shows the joined text and says a space was put between a name's parts (checked, left as it was)
    ["ウェンデリン\nファン", "ウェンデリン　ファン"],
  ])("words %j → %j", (text, joined) => expect(joinedLines(text, "words")).toBe(joined));

  it.each([["東池袋4-5-2", "ライズアリーナビル4階", true], ["東池袋4丁目", "1号館", true], ["東京都豊島区", "南池袋3-13-2", false],
    ["南池袋2丁目", "45-1", false], ["南池袋2-45", "-1", false], ["新宿5-18-21 新宿", "ビル", false]])(
    "startsBuilding(%j, %j) → %j", (before, line, starts) => expect(startsBuilding(before, line)).toBe(starts));
});

describe("a record's one-line values", () => {
  const facility = getDataset("public_facility")!;
  const read = (cells: Record<string, string>) => normalizeRecord({ name: "中央図書館", full_address: "東京都豊島区東池袋4-5-2", ...cells }, facility,
    { row: 1 }, { municipality: "131164" });

  it("are joined and said (line_break_joined, the joined text in its detail): name, reading, address, building", () => {
    const { record, issues } = read({ name: "池袋第一区民集会室\n（いけぶくろ会館内）", name_kana: "イケブクロ\nカイカン",
      full_address: "東京都豊島区\n東池袋4-5-2", building_name: "ライズアリーナビル\n4階" });
    expect([record.name, record.name_kana, record.full_address, record.building_name])
      .toEqual(["池袋第一区民集会室（いけぶくろ会館内）", "イケブクロ　カイカン", "東京都豊島区東池袋4-5-2", "ライズアリーナビル 4階"]);
    expect(issues.filter((i) => i.code === "line_break_joined").map((i) => [i.row, i.field, i.severity, i.value, i.detail])).toEqual([
      [1, "name", "warning", "池袋第一区民集会室\n（いけぶくろ会館内）", "池袋第一区民集会室（いけぶくろ会館内）"],
      [1, "name_kana", "warning", "イケブクロ\nカイカン", "イケブクロ　カイカン"],
      [1, "full_address", "warning", "東京都豊島区\n東池袋4-5-2", "東京都豊島区東池袋4-5-2"],
      [1, "building_name", "warning", "ライズアリーナビル\n4階", "ライズアリーナビル 4階"],
    ]);
  });

  it("a break written CR LF or CR alone (a Windows CSV, Excel's _x000D_) is said as a line break, not as a garbled �", () => {
    const { record, issues } = read({ full_address: "東京都豊島区\r\n東池袋4-5-2", name: "池袋第一区民集会室\r（いけぶくろ会館内）" });
    expect([record.full_address, record.name]).toEqual(["東京都豊島区東池袋4-5-2", "池袋第一区民集会室（いけぶくろ会館内）"]);
    expect(issues.filter((i) => i.code === "line_break_joined").map((i) => [i.field, i.value])).toEqual([
      ["name", "池袋第一区民集会室\n（いけぶくろ会館内）"], ["full_address", "東京都豊島区\n東池袋4-5-2"]]);
    expect(issues.find((i) => i.field === "full_address")?.message_ja).not.toContain("\uFFFD");
  });

  it("an address's building part after a full-width space, said so", () => {
    const { record, issues } = read({ full_address: "東京都豊島区東池袋4-5-2\nライズアリーナビル4階" });
    expect(record.full_address).toBe("東京都豊島区東池袋4-5-2　ライズアリーナビル4階");
    expect(issues.find((i) => i.code === "line_break_joined")?.message_ja)
      .toBe("1行目：「full_address」はセル内で改行されていました（Alt+Enter）。1行で書く項目のため、行をつないで「東京都豊島区東池袋4-5-2　ライズアリーナビル4階」としました（住所は続けて、建物名の前と名称などの区切りには空白を入れて、語の途中の改行は詰めて）。つなぎ方が正しいか確かめ、改行せずに入力してください。");
  });

  it("text of many lines keeps its breaks (備考, 説明)", () => {
    const { record, issues } = read({ remarks: "駐車場あり\n土日は混雑", description: "1階：閲覧室\n2階：学習室" });
    expect([record.remarks, record.description]).toEqual(["駐車場あり\n土日は混雑", "1階：閲覧室\n2階：学習室"]);
    expect(issues.filter((i) => i.code === "line_break_joined")).toEqual([]);
  });
});
