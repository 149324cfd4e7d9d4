// A dash in a 有/無 column: 無 when a legend says so (凡例：○あり　－なし) or when the column holds only ○ and dashes;
// a blank (not known) beside 有/無 words or ×.
import { describe, expect, it } from "vitest";
import { yesNoLegendOf } from "../../../pipelines/legend.ts";
import { runBytes, tuples } from "./helpers.ts";

const TOILET = "名称,設置位置,住所,オストメイト,ベビーシート";

describe("yesNoLegendOf", () => {
  it.each([
    ["凡例：○あり　－なし", { "○": "有", "－": "無" }],
    ["【凡例】○：有、－：無", { "○": "有", "－": "無" }],
    ["凡例：○・●・◎ 指定あり、×・－ 指定なし", { "○": "有", "●": "有", "◎": "有", "×": "無", "－": "無" }],
    ["―=なし", { "－": "無" }], ["※凡例：○あり　－なし", { "○": "有", "－": "無" }],
    // codes a list writes 有/無 as: 2 reads only by the legend
    ["1=有、2=無", { 1: "有", 2: "無" }], ["凡例：１：あり　２：なし", { 1: "有", 2: "無" }],
  ])("%s", (line, codes) => expect(yesNoLegendOf(line)).toEqual(codes));

  it.each([
    // no dash: ○ and × are read without a legend
    ["凡例：○あり　×なし"],
    // a word that is no yes or no, or more than marks on the line
    ["凡例：○あり　△一部あり　－なし"], ["凡例　○：指定あり　空欄：指定なし"], ["作成日：令和6年4月1日"], ["公衆トイレ一覧（－は未調査）"],
    // 1 and 0 read without a legend; a legend that turns the standard's 1 around is not taken; a code that is no yes or no
    ["1=有、0=無"], ["1=無、2=有"], ["1=有、2=無、9=不明"],
  ])("%s → null", (line) => expect(yesNoLegendOf(line)).toBeNull());
});

describe("a dash in a 有/無 column", () => {
  it("is 無 under a legend above the header that says so, told once per column", async () => {
    const { rows, report } = await runBytes(`凡例：○あり　－なし\n${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,－,○\nB公衆トイレ,駅前,東京都練馬区練馬1-2,○,有\n`,
      "131202_public_toilet.csv");
    expect(rows.map((r) => [r.record.ostomate_toilet, r.record.baby_care_toilet])).toEqual([[false, true], [true, true]]);
    expect(tuples(report, "placeholder_value")).toEqual([]);
    expect(report.issues.filter((i) => i.code === "marks_from_legend").map((i) => [i.severity, i.field, i.value, i.detail]))
      .toEqual([["info", "ostomate_toilet", "○=有、－=無", "above_header"]]);
  });

  it("is 無 under a legend under the data", async () => {
    const { rows, report } = await runBytes(`${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,－,有\nB公衆トイレ,駅前,東京都練馬区練馬1-2,有,無\n\n※凡例：○あり　－なし\n`,
      "131202_public_toilet.csv");
    expect(rows.map((r) => r.record.ostomate_toilet)).toEqual([false, true]);
    expect(report.issues.filter((i) => i.code === "marks_from_legend").map((i) => [i.field, i.detail])).toEqual([["ostomate_toilet", "below_data"]]);
  });

  it("is 無 in a column of ○ and dashes only, with a warning once for the column", async () => {
    const { rows, report } = await runBytes(`${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,○,○\nB公衆トイレ,駅前,東京都練馬区練馬1-2,－,○\n`, "131202_public_toilet.csv");
    expect(rows.map((r) => [r.record.ostomate_toilet, r.record.baby_care_toilet])).toEqual([[true, true], [false, true]]);
    expect(report.issues.filter((i) => i.code === "dash_read_as_no").map((i) => [i.severity, i.row, i.field])).toEqual([["warning", null, "ostomate_toilet"]]);
    expect(tuples(report, "placeholder_value")).toEqual([]);
  });

  it("is 無 where blank in a column of yes marks and blanks only (● or nothing), with a warning once for the column (before: not known)", async () => {
    const { rows, report } = await runBytes(`${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,●,●\nB公衆トイレ,駅前,東京都練馬区練馬1-2,,●\nC公衆トイレ,駅前,東京都練馬区練馬1-3,●,\n`,
      "131202_public_toilet.csv");
    expect(rows.map((r) => [r.record.ostomate_toilet, r.record.baby_care_toilet])).toEqual([[true, true], [false, true], [true, false]]);
    expect(report.issues.filter((i) => i.code === "blank_read_as_no").map((i) => [i.severity, i.row, i.field, i.value])).toEqual([
      ["warning", null, "ostomate_toilet", "空欄=無"], ["warning", null, "baby_care_toilet", "空欄=無"]]);
  });

  it("stays blank (not known) in a column of marks beside 有/無 or ×, or when a note speaks of blanks", async () => {
    const mixed = await runBytes(`${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,●,有\nB公衆トイレ,駅前,東京都練馬区練馬1-2,,\nC公衆トイレ,駅前,東京都練馬区練馬1-3,×,無\n`,
      "131202_public_toilet.csv");
    expect(mixed.rows.map((r) => [r.record.ostomate_toilet, r.record.baby_care_toilet])).toEqual([[true, true], [null, null], [false, false]]);
    const noted = await runBytes(`※空欄は未調査\n${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,●,●\nB公衆トイレ,駅前,東京都練馬区練馬1-2,,\n`, "131202_public_toilet.csv");
    expect(noted.rows.map((r) => r.record.ostomate_toilet)).toEqual([true, null]);
    expect([...tuples(mixed.report, "blank_read_as_no"), ...tuples(noted.report, "blank_read_as_no")]).toEqual([]);
  });

  it("stays blank (not known) in a column of ○ and dashes when the file's legend gives the dash another word (－調査中)", async () => {
    for (const legend of ["凡例：○あり　－調査中", "※○：設置済み、－：未調査"]) {
      const { rows, report } = await runBytes(`${legend}\n${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,○,○\nB公衆トイレ,駅前,東京都練馬区練馬1-2,－,○\n`,
        "131202_public_toilet.csv");
      expect(rows.map((r) => r.record.ostomate_toilet)).toEqual([true, null]);
      expect(tuples(report, "dash_read_as_no", "marks_from_legend")).toEqual([]);
    }
  });

  it("stays blank (not known) in a column that also holds 有/無 words or ×, without a legend", async () => {
    const { rows, report } = await runBytes(`${TOILET}\nA公衆トイレ,公園内,東京都練馬区練馬1-1,有,○\nB公衆トイレ,駅前,東京都練馬区練馬1-2,－,×\nC公衆トイレ,駅前,東京都練馬区練馬1-3,無,－\n`,
      "131202_public_toilet.csv");
    expect(rows.map((r) => [r.record.ostomate_toilet, r.record.baby_care_toilet])).toEqual([[true, true], [null, false], [false, null]]);
    expect(tuples(report, "placeholder_value")).toEqual([[2, "ostomate_toilet", "placeholder_value"], [3, "baby_care_toilet", "placeholder_value"]]);
    expect(tuples(report, "dash_read_as_no", "marks_from_legend")).toEqual([]);
  });
});

describe("a legend of marks that names its column (a list with several ○ columns)", () => {
  const PRESCHOOL = "施設名,種別,所在地,電話番号,定員,一時保育,延長保育";
  const rowsOf = (legend: string) => `${PRESCHOOL}\n南千住保育園,区立保育園,荒川区南千住1-1-1,03-3801-1111,100,○,○\n町屋保育園,私立保育園,荒川区町屋2-2-2,03-3892-2222,60,－,○\n\n${legend}\n`;

  it.each([["※一時保育：○実施　－未実施"], ["※一時保育　○：実施、－：未実施"], ["一時保育欄　○＝実施　－＝未実施"], ["※一時保育：○あり　－なし"]])(
    "%s under the data reads that column's dash as 無, as a legend naming no column does", async (legend) => {
      const { rows, report } = await runBytes(rowsOf(legend), "131181_preschool.csv");
      expect(rows.map((r) => r.record.temporary_care)).toEqual([true, false]);
      expect(tuples(report, "placeholder_value")).toEqual([]);
      expect(report.issues.filter((i) => i.code === "marks_from_legend").map((i) => [i.field, i.detail])).toEqual([["temporary_care", "below_data"]]);
      expect(report.issues.filter((i) => i.code === "note_row").map((i) => i.row)).toEqual([4]);
    });

  it("above the header too", async () => {
    const { rows, report } = await runBytes(`※一時保育：○実施　－未実施\n${PRESCHOOL}\n南千住保育園,区立保育園,荒川区南千住1-1-1,03-3801-1111,100,○,○\n町屋保育園,私立保育園,荒川区町屋2-2-2,03-3892-2222,60,－,○\n`,
      "131181_preschool.csv");
    expect(rows.map((r) => r.record.temporary_care)).toEqual([true, false]);
    expect(report.issues.filter((i) => i.code === "marks_from_legend").map((i) => [i.field, i.detail])).toEqual([["temporary_care", "above_header"]]);
  });

  it("a column's legend that gives the dash another word (－調査中) still leaves it blank; a name that is no column of the file is no legend", async () => {
    const unknown = await runBytes(rowsOf("※一時保育：○実施　－調査中"), "131181_preschool.csv");
    expect(unknown.rows.map((r) => r.record.temporary_care)).toEqual([true, null]);
    const otherName = await runBytes(rowsOf("※病児保育：○実施　－未実施"), "131181_preschool.csv");
    expect(tuples(otherName.report, "marks_from_legend")).toEqual([]);
  });
});

describe("a code 2 in a 有/無 column (files that write 有/無 as 1/2)", () => {
  const AED = "名称,所在地_連結表記,設置位置,小児対応設備の有無";
  const rowsOf = (...pads: string[]) => pads.map((p, i) => `施設${i + 1},東京都千代田区千代田1-${i + 1},1階,${p}`).join("\n");

  it("is 無 under a legend under the data that names the column, told once", async () => {
    const { rows, report } = await runBytes(`${AED}\n${rowsOf("2", "2", "有")}\n※小児対応設備の有無　1=有、2=無\n`, "131016_aed.csv");
    expect(rows.map((r) => [r.record.pediatric_pads, r.record.remarks, r.valid])).toEqual([[false, null, true], [false, null, true], [true, null, true]]);
    expect(report.issues.filter((i) => i.code === "marks_from_legend").map((i) => [i.severity, i.field, i.value, i.detail]))
      .toEqual([["info", "pediatric_pads", "1=有、2=無", "below_data"]]);
    expect(tuples(report, "coded_flag", "unparseable_flag")).toEqual([]);
  });

  it("is 無 in a column of 1 and 2 only, with a warning once for the column", async () => {
    const { rows, report } = await runBytes(`${AED}\n${rowsOf("1", "2", "", "2")}\n`, "131016_aed.csv");
    expect(rows.map((r) => r.record.pediatric_pads)).toEqual([true, false, null, false]);
    expect(report.issues.filter((i) => i.code === "two_read_as_no").map((i) => [i.severity, i.row, i.field])).toEqual([["warning", null, "pediatric_pads"]]);
    expect(tuples(report, "coded_flag")).toEqual([]);
  });

  it("is an error that names the fix beside 有/無 words and no legend, the cell kept in 備考", async () => {
    const { rows, report } = await runBytes(`${AED}\n${rowsOf("有", "2", "無")}\n`, "131016_aed.csv");
    expect(rows.map((r) => [r.record.pediatric_pads, r.record.remarks, r.valid])).toEqual([[true, null, true], [null, "小児対応設備の有無：2", false], [false, null, true]]);
    const [coded] = report.issues.filter((i) => i.code === "coded_flag");
    expect(coded).toMatchObject({ row: 2, field: "pediatric_pads", value: "2", severity: "error" });
    expect(coded.message_ja).toContain("1=有、2=無");
    expect(tuples(report, "two_read_as_no", "marks_from_legend", "kept_as_remarks")).toEqual([]);
  });

  it("stays an error in a column of 1 and 2 whose note gives 2 another word", async () => {
    const { rows } = await runBytes(`${AED}\n${rowsOf("1", "2")}\n※2=調査中\n`, "131016_aed.csv");
    expect(rows.map((r) => [r.record.pediatric_pads, r.valid])).toEqual([[true, true], [null, false]]);
  });
});

// 03's 災害種別 are 1/empty flags: the standard's empty is "not designated", and a dash there is an empty cell
describe("a dash in a 1/empty column (災害種別 of an evacuation list)", () => {
  const EVACUATION = "名称,所在地,電話番号,洪水,土砂災害,地震,津波";
  const hazards = (rows: Awaited<ReturnType<typeof runBytes>>["rows"]) =>
    rows.map((r) => [r.record.hazard_flood, r.record.hazard_landslide, r.record.hazard_earthquake, r.record.hazard_tsunami]);
  const body = "中央公園,新宿区西新宿2-11,03-1111-1111,○,-,○,×\n戸山公園,新宿区戸山2-1,03-1111-1112,－,－,○,－\n";

  it("is its empty \"no\" (not designated) with no legend, or a legend saying so (checked: as before)", async () => {
    for (const legend of ["", "凡例：○指定　－指定なし\n"]) {
      const { rows, report } = await runBytes(`${legend}${EVACUATION}\n${body}`, "131041_evacuation_space.csv");
      expect(hazards(rows)).toEqual([[true, false, true, false], [false, false, true, false]]);
      expect(tuples(report, "dash_read_as_unknown")).toEqual([]);
    }
  });

  // before: read as not designated (false), published as valid, whatever the legend said
  it("is not known (null) where the file's legend gives the dash another word (－調査中), above the header or under the data; said once per column", async () => {
    for (const text of [`凡例：○指定　－調査中\n${EVACUATION}\n${body}`, `${EVACUATION}\n${body}\n※○：指定、－：未調査\n`]) {
      const { rows, report } = await runBytes(text, "131041_evacuation_space.csv");
      expect(hazards(rows)).toEqual([[true, null, true, false], [null, null, true, null]]);
      const said = report.issues.filter((i) => i.code === "dash_read_as_unknown");
      expect(said.map((i) => [i.row, i.field, i.severity])).toEqual([[null, "hazard_flood", "warning"], [null, "hazard_landslide", "warning"], [null, "hazard_tsunami", "warning"]]);
      expect(tuples(report, "placeholder_value")).toEqual([]);
    }
  });
});
