// rows.ts isTotalsRow: a row of sums is told by its first cells or its label, and a name that merely ends in 計 is
// a total only in a table of areas, or with nothing but counts after it.
import { describe, expect, it } from "vitest";
import { isNoteRow, isPrintRow, rowText } from "../../../pipelines/rows.ts";
import { isTotalsRow } from "../../../pipelines/totals-rows.ts";
import { AED_HEADER, AED_ROW, book, runBytes, tuples } from "./helpers.ts";

describe("isTotalsRow", () => {
  const area = (name: string) => isTotalsRow(["2024-04-01", "131121", name, "1200"], 2, true);
  const facility = (name: string) => isTotalsRow(["12", name, "東京都世田谷区池尻1-1-1"], 1, false);

  it("a label that sums the list, a place or a part of the list", () => {
    expect(["合計", "総 数", "世田谷区計", "弥生町合計", "池尻 計", "西新宿　計", "（本町）小計", "三軒茶屋地区合計"].map(area)).toEqual(Array(8).fill(true));
    // a part's label with only counts after it; beside an address it is a record so named (below)
    expect(isTotalsRow(["", "池尻 計", "", "12"], 1)).toBe(true);
    expect(isTotalsRow(["", "（本町）小計", "3か所", ""], 1)).toBe(true);
    expect(facility("合計")).toBe(true);
  });

  it("the list's count of rows alone on a line (全25件, データ件数：25件), not a name with a number", () => {
    expect(["全25件", "全 3か所", "データ件数：25件", "掲載件数 12施設", "件数：8"].map((t) => isTotalsRow(["", t, ""], 1))).toEqual(Array(5).fill(true));
    expect(["全国25件", "第2公園", "件数"].map((t) => isTotalsRow(["", t, ""], 1))).toEqual([false, false, false]);
    expect(isTotalsRow(["全25件", "東京都千代田区九段南1-2-1"], 0)).toBe(false);
    // a count's label with its number beside it (its number was read as an address, 東京都千代田区2)
    expect([["件数", "2"], ["合計件数", "2件"], ["施設数", "", "12"], ["設置 箇所数：", "3か所"]].map((c) => isTotalsRow(c, 0))).toEqual([true, true, true, true]);
    expect(isTotalsRow(["施設数", "東京都千代田区九段南1-2-1"], 0)).toBe(false);
  });

  it("a name that ends in 計 or 合計 beside the contents of a record (an address, a kind, a date) is a record", () => {
    expect(["池尻 計", "（本町）小計", "西新宿　計"].map(facility)).toEqual([false, false, false]);
    expect(isTotalsRow(["4", "御岳 計", "市指定;史跡", "その他", "青梅市御岳山1-1", "", "", "昭和53年4月1日"], 1)).toBe(false);
    expect(isTotalsRow(["5", "塩船観音寺 合計", "市指定;建造物", "建造物", "青梅市塩船194", "3", "棟", "昭和54年4月1日"], 1)).toBe(false);
  });

  it("a total with its count in one cell, in the first cells or the label", () => {
    expect(isTotalsRow(["", "", "", "", "合計 2か所", "", ""], 4)).toBe(true);
    expect(isTotalsRow(["計：15件", "", ""])).toBe(true);
    expect(isTotalsRow(["総数　１２０施設"])).toBe(true);
    expect(isTotalsRow(["12", "計量検定所", "東京都"], 1)).toBe(false);
  });

  it("a place's sum left of a blank label (中野区計 under 地区, 町丁名 blank), with only counts after it", () => {
    expect(isTotalsRow(["中野区計", "", "3400", "6100"], 1, true)).toBe(true);
    // the label filled, or more than counts after it: a record
    expect(isTotalsRow(["中野区計", "本町一丁目", "3400", "6100"], 1, true)).toBe(false);
    expect(isTotalsRow(["中野区計", "", "東京都中野区中野4-8-1", "6100"], 1, true)).toBe(false);
  });

  it("an area name ending in 計 is a total in a table of areas, and not a facility so named", () => {
    expect(area("中野計")).toBe(true);
    expect(facility("花時計")).toBe(false);
    expect(facility("日時計広場")).toBe(false);
    expect(["池尻一丁目", "計画地", "池尻"].map(area)).toEqual([false, false, false]);
  });
});

describe("an Excel table's totals row", () => {
  it("labelled 集計 (Japanese Excel's own label) is a totals row, not a facility asked for its address", async () => {
    expect(isTotalsRow(["集計", "", "", "6", "9", "3"], 0)).toBe(true);
    const bytes = await book([["公衆トイレ", [["名称", "所在地", "設置位置", "男性トイレ総数", "女性トイレ総数", "車椅子使用者用トイレ有無"],
      ["新宿中央公園トイレ", "東京都新宿区西新宿2-11", "園内北側", 3, 4, "有"], ["戸山公園トイレ", "東京都新宿区戸山2-1", "園内", 2, 3, "有"],
      ["集計", null, null, 5, 7, 2]]]]);
    const { report, rows } = await runBytes(bytes, "131041_public_toilet.xlsx");
    expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "新宿中央公園トイレ", true], [2, "戸山公園トイレ", true]]);
    expect(report.issues.filter((i) => i.code === "totals_row").map((i) => [i.row, i.severity, i.value])).toEqual([[3, "info", "集計,5,7,2"]]);
  });
});

describe("a summary kept left of the list on the same rows", () => {
  // 区分 | 箇所数 | (blank) | 名称 …: the row whose summary says 合計 was dropped as a totals row, its place with it
  it("a 合計 in the summary's columns beside a place's name and address: the place's record, not a totals row", async () => {
    const bytes = await book([["一覧", [["区分", "箇所数", null, "名称", "所在地", "設置位置", "男性トイレ総数", "女性トイレ総数"],
      ["公園", 2, null, "新宿中央公園トイレ", "東京都新宿区西新宿2-11", "園内北側", 3, 4], ["駅前", 1, null, "戸山公園トイレ", "東京都新宿区戸山2-1", "園内", 2, 3],
      ["合計", 3, null, "新宿駅前トイレ", "東京都新宿区新宿3-38", "駅前", 1, 1]]]]);
    const { report, rows } = await runBytes(bytes, "131041_public_toilet.xlsx");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.record.total_male_toilet, r.valid])).toEqual([
      [1, "新宿中央公園トイレ", "東京都新宿区西新宿2-11", 3, true], [2, "戸山公園トイレ", "東京都新宿区戸山2-1", 2, true], [3, "新宿駅前トイレ", "東京都新宿区新宿3-38", 1, true]]);
    expect(tuples(report, "totals_row")).toEqual([]);
  });

  it("a totals row's name cell with its label or count, or blank, or no address: still a totals row", async () => {
    const header = "区分,名称,所在地,男性トイレ総数,女性トイレ総数\n公園,新宿中央公園トイレ,東京都新宿区西新宿2-11,3,4\n";
    for (const row of ["合計,,,3,4", "合計,合計,,3,4", "合計,2か所,,3,4", "合計,全2件,,3,4", "合計,新宿区計,東京都新宿区,3,4", "合計,新宿駅前トイレ,,3,4"]) {
      const { report } = await runBytes(`${header}${row}\n`, "131041_public_toilet.csv");
      expect(tuples(report, "totals_row")).toEqual([[2, null, "totals_row"]]);
    }
  });
});

describe("a row of sums with no label under a list of places", () => {
  // `,,,,3,3,` under a toilet list was a record asked for its name and address
  it("only figures under count columns, name and address blank, after the records: a totals row, not an invalid record", async () => {
    const csv = "名称,所在地,設置位置,男性トイレ総数,女性トイレ総数,緯度,経度\n新宿中央公園トイレ,東京都新宿区西新宿2-11,園内北側,1,2,35.68,139.69\n"
      + "戸山公園トイレ,東京都新宿区戸山2-1,園内,2,1,35.70,139.71\n,,,3,3,,\n";
    const { report, rows } = await runBytes(csv, "131041_public_toilet.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "新宿中央公園トイレ", true], [2, "戸山公園トイレ", true]]);
    expect(tuples(report, "totals_row", "missing_required")).toEqual([[3, null, "totals_row"]]);
  });

  it("a figure under any other column, a word, or an address, or no record above: still a row to read", async () => {
    const header = "名称,所在地,設置位置,男性トイレ総数,女性トイレ総数,緯度,経度\n";
    const first = "新宿中央公園トイレ,東京都新宿区西新宿2-11,園内北側,1,2,35.68,139.69\n";
    for (const row of [",,,3,3,35.70,", ",東京都新宿区戸山2-1,,3,3,,", ",,園内,3,3,,", ",,,3,多数,,"]) {
      const { report } = await runBytes(header + first + row + "\n", "131041_public_toilet.csv");
      expect(tuples(report, "totals_row")).toEqual([]);
    }
    const { report } = await runBytes(header + ",,,3,3,,\n" + first, "131041_public_toilet.csv");
    expect(tuples(report, "totals_row")).toEqual([]);
  });
});

describe("another table below the list", () => {
  it("a header of other columns after a gap and a title starts another table: its rows are not published", async () => {
    const bytes = await book([["トイレ", [["名称", "所在地", "設置位置", "男性トイレ総数", "女性トイレ総数", "車椅子使用者用トイレ有無"],
      ["新宿中央公園トイレ", "東京都新宿区西新宿2-11", "園内北側", 3, 4, "有"], ["戸山公園トイレ", "東京都新宿区戸山2-1", "園内", 2, 3, "有"], [],
      ["授乳室一覧"], ["施設名", "所在地", "場所", "おむつ替え台", "ミルク用お湯"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "1階", 1, "有"], ["四谷区民センター", "東京都新宿区内藤町87", "9階", 2, "無"]]]]);
    const { report, rows } = await runBytes(bytes, "131041_public_toilet.xlsx");
    // the title line goes with its table: no row of the other table, nor its title, is a toilet
    expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "新宿中央公園トイレ", true], [2, "戸山公園トイレ", true]]);
    expect(report.issues.filter((i) => i.code === "other_table_rows").map((i) => [i.row, i.severity, i.value, i.detail]))
      .toEqual([[4, "warning", "4-7", "施設名,所在地,場所,おむつ替え台,ミルク用お湯"]]);
    expect(report.invalid).toBe(0);
  });

  it("a line of one cell after a gap that no other table follows is read as before: a row of the list", async () => {
    const bytes = await book([["トイレ", [["名称", "所在地", "設置位置", "男性トイレ総数", "女性トイレ総数"],
      ["新宿中央公園トイレ", "東京都新宿区西新宿2-11", "園内北側", 3, 4], [], ["戸山公園トイレ"], ["大久保公園トイレ", "東京都新宿区歌舞伎町2-43", "園内", 1, 1]]]]);
    const { report, rows } = await runBytes(bytes, "131041_public_toilet.xlsx");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿中央公園トイレ"], [3, "戸山公園トイレ"], [4, "大久保公園トイレ"]]);
    expect(tuples(report, "other_table_rows")).toEqual([]);
  });

  it("a line of one cell after a gap over the header again or over rows, outside the name column, heads them: a section, no invalid row", async () => {
    const head = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置";
    const csv = [head, "131016,1,区役所,東京都千代田区九段南1-2-1,35.69,139.75,1階", "", "AED設置場所一覧（続き）", head,
      "131016,2,体育館,東京都千代田区九段南1-2-3,35.69,139.75,1階", "", "麹町地区", "131016,3,麹町出張所,東京都千代田区麹町2-8,35.68,139.73,1階",
      "", "※土日は閉館", "131016,4,神田出張所,東京都千代田区神田1-1,35.69,139.76,1階"].join("\n");
    const { report, rows } = await runBytes(csv, "131016_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "区役所", true], [5, "体育館", true], [8, "麹町出張所", true], [11, "神田出張所", true]]);
    const lines = (code: string) => report.issues.filter((i) => i.code === code).map((i) => [i.row, i.value]);
    expect(lines("section_row")).toEqual([[3, "AED設置場所一覧（続き）"], [7, "麹町地区"]]);
    expect(lines("note_row")).toEqual([[10, "※土日は閉館"]]);
    expect(report.invalid).toBe(0);
  });

  it("a next page's title that says it continues, right under the rows with no gap: a section, not an invalid row", async () => {
    const head = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置";
    for (const title of ["AED設置場所一覧（続き）", "AED設置場所一覧 (続)", "（つづき）"]) {
      const csv = [head, "131016,1,区役所,東京都千代田区九段南1-2-1,35.69,139.75,1階", `${title},,,,,,`, "131016,2,体育館,東京都千代田区九段南1-2-3,35.69,139.75,1階",
        `${title},,,,,,`, head, "131016,3,麹町出張所,東京都千代田区麹町2-8,35.68,139.73,1階"].join("\n");
      const { report, rows } = await runBytes(csv, "131016_aed.csv");
      expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "区役所", true], [3, "体育館", true], [6, "麹町出張所", true]]);
      expect(report.issues.filter((i) => i.code === "section_row").map((i) => [i.row, i.value])).toEqual([[2, title], [4, title]]);
      expect(report.invalid).toBe(0);
    }
    // a name that ends in the word is no title: a record, its missing cells said
    const named = await runBytes([head, "131016,1,区役所,東京都千代田区九段南1-2-1,35.69,139.75,1階", ",,各種手続き,,,,"].join("\n"), "131016_aed.csv");
    expect(named.rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "区役所", true], [2, "各種手続き", false]]);
  });

  it("a bullet heading of words with a space between (■ 麹町地区　番町) is a section as ■ 麹町地区 is, not an invalid row", async () => {
    const csv = ["全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置", "■ 麹町地区　番町,,,,,,", "131016,1,番町出張所,東京都千代田区九段南2-1,35.69,139.74,1階",
      "◆ 神田地区 神保町 小川町,,,,,,", "131016,2,神田出張所,東京都千代田区神田1-1,35.69,139.76,1階"].join("\n");
    const { report, rows } = await runBytes(csv, "131016_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[2, "番町出張所", true], [4, "神田出張所", true]]);
    expect(report.issues.filter((i) => i.code === "section_row").map((i) => [i.row, i.value])).toEqual([[1, "■ 麹町地区　番町"], [3, "◆ 神田地区 神保町 小川町"]]);
  });

  // a summary under the list (種別 | 設置数 over 区施設 | 2) was read as records: 種別 an unparseable code, 2 a duplicate ID
  it("a summary's header of counts after a gap, over rows as narrow: another table, its rows named and not read", async () => {
    const list = [AED_HEADER, AED_ROW, AED_ROW.replace(",1,新宿区役所本庁舎,", ",2,新宿区立大久保図書館,"), ",,,,,,,,,,"];
    const summary = ["種別,設置数,,,,,,,,,", "区施設,2,,,,,,,,,", "民間施設,5,,,,,,,,,", "合計,7,,,,,,,,,"];
    for (const [lines, range, head] of [[summary, "4-7", "種別,設置数"], [["設置数の内訳,,,,,,,,,,", ...summary], "4-8", "種別,設置数"],
      [["区分,箇所数,割合,,,,,,,,", "公共施設,2,40%,,,,,,,,", "民間施設,3,60%,,,,,,,,"], "4-6", "区分,箇所数,割合"]] as const) {
      const { report, rows } = await runBytes([...list, ...lines].join("\n"), "131041_aed.csv");
      expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "新宿区役所本庁舎", true], [2, "新宿区立大久保図書館", true]]);
      expect(report.issues.filter((i) => i.code === "other_table_rows").map((i) => [i.row, i.severity, i.value, i.detail])).toEqual([[4, "warning", range, head]]);
      expect(tuples(report, "unparseable_code", "duplicate_id", "missing_required")).toEqual([]);
    }
  });

  // the list's rows under a summary were never read (other_table_rows to the end of the file), and a summary right under
  // the last row, with no gap, was read as records: 種別 an unparseable code, 2 a duplicate ID
  it("the list going on under a summary is read again from its first row; a summary with no gap above it is one too", async () => {
    const row = (id: number, name: string) => AED_ROW.replace(",1,新宿区役所本庁舎,", `,${id},${name},`);
    const summary = ["種別,設置数,,,,,,,,,", "区施設,2,,,,,,,,,", "民間施設,5,,,,,,,,,"];
    for (const [lines, rowsRead, ranges, blanks] of [
      [[AED_HEADER, row(1, "区役所"), ",,,,,,,,,,", ...summary, ",,,,,,,,,,", row(2, "図書館"), row(3, "体育館")], [[1, "区役所"], [7, "図書館"], [8, "体育館"]], [[3, "3-5"]], ["2", "6"]],
      // no gap either side, and the list's header again over its next rows
      [[AED_HEADER, row(1, "区役所"), ...summary, AED_HEADER, row(2, "図書館")], [[1, "区役所"], [6, "図書館"]], [[2, "2-4"]], []],
      // a second summary under the list's next rows: said too
      [[AED_HEADER, row(1, "区役所"), ...summary, row(2, "図書館"), ",,,,,,,,,,", ...summary], [[1, "区役所"], [5, "図書館"]], [[2, "2-4"], [7, "7-9"]], ["6"]],
    ] as const) {
      const { report, rows } = await runBytes(lines.join("\n"), "131041_aed.csv");
      expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual(rowsRead.map(([at, name]) => [at, name, true]));
      expect(report.issues.filter((i) => i.code === "other_table_rows").map((i) => [i.row, i.value, i.detail])).toEqual(ranges.map(([at, range]) => [at, range, "種別,設置数"]));
      expect(report.issues.filter((i) => i.code === "blank_rows").map((i) => i.value)).toEqual(blanks);
      expect(tuples(report, "unparseable_code", "duplicate_id", "missing_required", "too_few_fields")).toEqual([]);
    }
  });

  // a summary headed 箇所, 設置台数（台） or with its top-left corner blank was read as records: 区施設 an unparseable code,
  // 2 a duplicate ID, the file invalid
  it("a summary headed by a count's unit, a unit in brackets, or a count's heading over a blank corner is another table too", async () => {
    const list = [AED_HEADER, AED_ROW, AED_ROW.replace(",1,新宿区役所本庁舎,", ",2,新宿区立大久保図書館,")];
    for (const [head, gap] of [["区分,箇所", true], ["種別,設置台数（台）", true], ["種別,件数(件)", false], [",設置数", true], [",設置数", false]] as const) {
      const lines = [...list, ...(gap ? [""] : []), head, "区施設,2", "民間施設,0"];
      const { report, rows } = await runBytes(lines.join("\n"), "131041_aed.csv");
      expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "新宿区役所本庁舎", true], [2, "新宿区立大久保図書館", true]]);
      const at = gap ? 4 : 3;
      expect(report.issues.filter((i) => i.code === "other_table_rows").map((i) => [i.row, i.value])).toEqual([[at, `${at}-${at + 2}`]]);
      expect(tuples(report, "unparseable_code", "duplicate_id", "missing_required", "section_row", "note_row")).toEqual([]);
    }
  });

  it("narrow rows of the other table with a note beside them stay in it; a list of another header below is not read on", async () => {
    const summary = ["種別,設置数,,,,,,,,,", "区施設,2,,,,,,,,,", "民間施設,5,※1,うち屋外2,,,,,,,"];
    const { report, rows } = await runBytes([AED_HEADER, AED_ROW, ...summary].join("\n"), "131041_aed.csv");
    expect(rows.map((r) => r.row)).toEqual([1]);
    expect(tuples(report, "other_table_rows")).toEqual([[2, null, "other_table_rows"]]);
    const toilets = await book([["トイレ", [["名称", "所在地", "設置位置", "男性トイレ総数", "女性トイレ総数"], ["新宿中央公園トイレ", "東京都新宿区西新宿2-11", "園内北側", 3, 4], [],
      ["施設名", "所在地", "場所", "おむつ替え台"], ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "1階", 1], ["四谷区民センター", "東京都新宿区内藤町87", "9階", 2]]]]);
    const other = await runBytes(toilets, "131041_public_toilet.xlsx");
    expect(other.rows.map((r) => r.record.name)).toEqual(["新宿中央公園トイレ"]);
    expect(other.report.issues.filter((i) => i.code === "other_table_rows").map((i) => i.value)).toEqual(["3-5"]);
  });

  it("such a header over a row of the list, or with nothing under it, or narrow rows with no summary's counts: read as before", async () => {
    const list = [AED_HEADER, AED_ROW, ",,,,,,,,,,"];
    const next = "131041,3,新宿区立中央図書館,東京都新宿区大久保3-1-1,35.70,139.70,1階,03-3364-1421,09:00,20:00,有";
    for (const [lines, names] of [[["種別,設置数,,,,,,,,,", next], [null, "新宿区立中央図書館"]], [["種別,設置数,,,,,,,,,"], [null]],
      [["131041,2,新宿御苑,,,,,,,,", "131041,4,明治神宮,,,,,,,,"], ["新宿御苑", "明治神宮"]],
      // no figure under the count's heading, or a name that ends so (花時計): no summary
      [[",,区民の数,,,,,,,,", ",,公園,,,,,,,,"], ["区民の数", "公園"]], [[",,花時計,ハナドケイ,,,,,,,", ",,日時計,3,,,,,,,"], ["花時計", "日時計"]],
      [[",,種別,設置数,,,,,,,", ",,区施設,多数,,,,,,,"], ["種別", "区施設"]]] as const) {
      const { report, rows } = await runBytes([...list, ...lines].join("\n"), "131041_aed.csv");
      expect(rows.slice(1).map((r) => r.record.name ?? null)).toEqual(names);
      expect(tuples(report, "other_table_rows")).toEqual([]);
    }
  });

  it("the header repeated after a gap (a printed page) and a data row of header-like words after one are read on", async () => {
    const header = ["名称", "所在地", "設置位置", "男性トイレ総数", "女性トイレ総数"];
    const bytes = await book([["トイレ", [header, ["新宿中央公園トイレ", "東京都新宿区西新宿2-11", "園内北側", 3, 4], [], header,
      ["戸山公園トイレ", "東京都新宿区戸山2-1", "園内", 2, 3], []]]]);
    const { report, rows } = await runBytes(bytes, "131041_public_toilet.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿中央公園トイレ", "戸山公園トイレ"]);
    expect(tuples(report, "other_table_rows")).toEqual([]);
  });
});

describe("a category's subtotal in a grouped list", () => {
  it("its first filled cell sums a part (訪問介護　計) and the cells beside it are counts or empty", () => {
    expect(isTotalsRow(["訪問介護　計", "2事業所", "", "", "", ""], 1)).toBe(true);
    expect(isTotalsRow(["訪問介護 計", "1か所", "", "", ""], 1)).toBe(true);
    expect(isTotalsRow(["通所介護　計", "1事業所", "", "", "", "40"], 1)).toBe(true);
    expect(isTotalsRow(["", "○○地区 計", "", "12件"], 2)).toBe(true);
  });

  it("a row with a name, an address or a phone beside such a label is a record", () => {
    expect(isTotalsRow(["訪問介護　計", "えどがわヘルプ", "江戸川区一之江一丁目1番1号"], 1)).toBe(false);
    expect(isTotalsRow(["通所介護 計", "2事業所", "", "03-3652-2003"], 1)).toBe(false);
    expect(isTotalsRow(["花時計", "3", ""], 0)).toBe(false);
  });

  it("is reported as a totals row, and the file's records are only its services", async () => {
    const text = ["サービス種別,事業所名,所在地,電話番号,事業所番号", "訪問介護,羽村ヘルプ,東京都羽村市緑ヶ丘一丁目1番1号,042-555-0001,1372700011",
      "訪問介護 計,1か所,,,", "通所介護,羽村デイ,東京都羽村市羽東二丁目2番2号,042-555-0002,1372700029", "小計,1か所,,,", "合計,2か所,,,"].join("\n");
    const { report, rows } = await runBytes(text, "132276_care_service.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.valid])).toEqual([[1, "羽村ヘルプ", true], [3, "羽村デイ", true]]);
    expect(tuples(report, "totals_row").map(([row]) => row)).toEqual([2, 4, 5]);
  });
});

describe("extra", () => {
  it("a column headed __proto__ is kept in extra under its name, in NDJSON's object and read back from the CSV (an assignment took it as the prototype)", async () => {
    const { rows } = await runBytes("名称,住所,緯度,経度,設置位置,__proto__\nA,東京都新宿区西新宿2-8-1,35.69,139.69,1階,秘密\n", "131041_aed.csv");
    expect(Object.keys(rows[0].extra)).toEqual(["__proto__"]);
    expect(JSON.stringify(rows[0].extra)).toBe("{\"__proto__\":\"秘密\"}");
    expect(Object.getPrototypeOf(rows[0].extra)).toBe(Object.prototype);
  });
});

describe("rows of a printed page (print_row)", () => {
  it("a page number, 以下余白 / 以上, or a ruled line in every filled cell; a date, a dash or a name is none", () => {
    const one = (text: string) => isPrintRow(["", text, "", ""]);
    expect(["1/2", "2 / 2", "（1／3）", "- 1 -", "－ 2/3 －", "2/5ページ", "P.3", "Page 2", "3ページ", "以下余白", "（以下余白）", "－以下余白－", "--- 以下余白 ---", "— 以下余白 —", "— 3 —", "以上"].map(one))
      .toEqual(Array(16).fill(true));
    expect(isPrintRow(["――――", "", ""])).toBe(true);
    expect(isPrintRow(["————————", "", ""])).toBe(true);
    expect(isPrintRow(["＝＝＝＝＝＝", "＝＝＝＝", ""])).toBe(true);
    expect(isPrintRow(["----------", "", "-----"])).toBe(true);
    // a date (3/1), a lone dash (a cell of none), a name, a row with a record's cells
    expect(["3/1", "-", "ー", "以上の施設", "中央公園", "1/2号棟"].map(one)).toEqual(Array(6).fill(false));
    expect(isPrintRow(["――――", "東京都千代田区九段南1-2-1"])).toBe(false);
    expect(isPrintRow(["1/2", "東京都千代田区九段南1-2-1"])).toBe(false);
    // the callers that skip note lines (a title, a column's values) skip these too
    expect(isNoteRow(["- 2 -", ""])).toBe(true);
  });

  it("a page number between the pages, 以下余白, 以上 and a ruled line under the rows: said, no record (a ruled line's cell was published as an address)", async () => {
    const head = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置";
    const csv = [head, "131016,1,区役所,東京都千代田区九段南1-2-1,35.69,139.75,1階", ",,1/2,,,,", "131016,2,体育館,東京都千代田区九段南1-2-3,35.69,139.75,1階",
      "- 2 -,,,,,,", "＝＝＝＝＝＝,＝＝＝＝,＝＝＝＝,＝＝＝＝＝＝,,,", ",,以下余白,,,,", "以上,,,,,,"].join("\n");
    const { report, rows } = await runBytes(csv, "131016_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.valid])).toEqual([[1, "区役所", "東京都千代田区九段南1-2-1", true],
      [3, "体育館", "東京都千代田区九段南1-2-3", true]]);
    const said = report.issues.filter((i) => i.code === "print_row");
    expect(said.map((i) => [i.row, i.severity, i.value])).toEqual([[2, "info", "1/2"], [4, "info", "- 2 -"], [5, "info", "＝＝＝＝＝＝,＝＝＝＝,＝＝＝＝,＝＝＝＝＝＝"],
      [6, "info", "以下余白"], [7, "info", "以上"]]);
    expect(said[0].message_ja).toContain("ページ番号");
    expect(said[0].message_en).toContain("printed page");
    expect(report.invalid).toBe(0);
  });
});

describe("rowText", () => {
  it("shows each cell as CSV writes it: a cell with a comma or a quote is quoted, so 2,290 is one figure", () => {
    expect(rowText(["合計", "2,290", " 3,462 ", "", "5752"])).toBe('合計,"2,290","3,462",5752');
    expect(rowText(["注", 'いわゆる"空き家"', "a\nb"])).toBe('注,"いわゆる""空き家""","a\nb"');
    expect(rowText(["合計", "2290", "3462"])).toBe("合計,2290,3462");
    // one filled cell (a note under the table) is shown as written: there is no other cell to tell it from
    expect(rowText(["", "種別：1=消火栓, 2=防火水槽", ""])).toBe("種別：1=消火栓, 2=防火水槽");
  });

  it("a totals row of figures with thousands separators is shown so in its issue", async () => {
    const csv = '町丁目,人口,男,女\n一丁目,"2,500","1,200","1,300"\n二丁目,"3,252","1,090","2,162"\n計,"5,752","2,290","3,462"\n';
    const { report } = await runBytes(csv, "131091_population.csv");
    expect(report.issues.filter((i) => i.code === "totals_row").map((i) => i.value)).toEqual(['計,"5,752","2,290","3,462"']);
  });
});
