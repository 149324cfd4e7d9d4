// A list printed in sections: a heading naming a kind (【認可保育所】, ■ 認証保育所, ＜小規模保育事業＞, 認可保育所 alone
// in the first cell) gives it to the rows under it whose kind cell is blank or whose file lacks the column.
import { describe, expect, it } from "vitest";
import { headingMark, headingWords, kindInHeading, kindReader, rowSpans } from "../../../pipelines/section-kind.ts";
import { getDataset } from "../../../schemas/index.ts";
import { book, runBytes } from "./helpers.ts";

const kindsOf = (rows: Awaited<ReturnType<typeof runBytes>>["rows"], key: string) => rows.map((r) => [r.row, r.record.name, r.record[key] ?? null]);
const sectionsOf = (report: Awaited<ReturnType<typeof runBytes>>["report"]) =>
  report.issues.filter((i) => i.code === "kind_from_section").map((i) => [i.row, i.field, i.severity, i.value, i.detail]);

describe("headings that name a kind", () => {
  it("reads the words inside a heading's marks, and only a kind as a kind", () => {
    expect(["【認可保育所】", " ■ 認証保育所 ", "＜小規模保育事業＞", "〈認定こども園（幼保連携型）〉", "［区立幼稚園］", "家庭的保育事業"].map(headingWords))
      .toEqual(["認可保育所", "認証保育所", "小規模保育事業", "認定こども園（幼保連携型）", "区立幼稚園", "家庭的保育事業"]);
    const preschool = kindReader(getDataset("preschool")!);
    for (const kind of ["認可保育所", "認証保育所", "小規模保育事業", "小規模保育事業A型", "認定こども園（幼保連携型）", "区立幼稚園", "私立認可保育園", "家庭的保育事業", "認可外保育施設", "児童館"]) {
      expect([kind, preschool(kind)]).toEqual([kind, true]);
    }
    // a nursery's own name, an area, a note
    for (const other of ["さくら保育園", "北部地区", "中野区の保育園一覧", "その他", ""]) expect([other, preschool(other)]).toEqual([other, false]);
    const care = kindReader(getDataset("care_service")!);
    expect([care("訪問介護"), care("通 所 介 護"), care("北部")]).toEqual([true, true, false]);
    expect(kindReader(getDataset("aed")!)("認可保育所")).toBe(false);
    expect(rowSpans([2, 3, 4, 6, 8, 9])).toBe("2-4, 6, 8-9");
  });

  it("reads the kind beside an area in one heading, and the mark that tells a heading's level", () => {
    const preschool = kindReader(getDataset("preschool")!);
    expect(["認可保育所（北部）", "認可保育所(北部地区)", "（南部）小規模保育事業", "認可保育所　北部地区", "北部地区 認証保育所", "認可保育所・中央",
      "北部地区の認可保育所", "区立保育園（本町二丁目）", "認定こども園（幼保連携型）", "北部地区", "さくら保育園（北部）"].map((w) => kindInHeading(w, preschool)))
      .toEqual(["認可保育所", "認可保育所", "小規模保育事業", "認可保育所", "認証保育所", "認可保育所",
        "認可保育所", "区立保育園", "認定こども園（幼保連携型）", null, null]);
    const hydrant = kindReader(getDataset("fire_hydrant")!);
    expect(["消火栓", "防火水槽", "私設消火栓", "消火栓（北部地区）", "北部地区の防火水槽", "河川・溝等", "中野一丁目"].map((w) => kindInHeading(w, hydrant)))
      .toEqual(["消火栓", "防火水槽", "私設消火栓", "消火栓", "防火水槽", "河川・溝等", null]);
    const designation = kindReader(getDataset("cultural_property")!);
    expect(["国指定文化財", "都指定", "区指定有形文化財", "国登録有形文化財（建造物）", "有形文化財", "史跡", "区指定文化財一覧（令和6年4月1日現在）"]
      .map((w) => [w, designation(w)])).toEqual([["国指定文化財", true], ["都指定", true], ["区指定有形文化財", true], ["国登録有形文化財（建造物）", true],
      ["有形文化財", false], ["史跡", false], ["区指定文化財一覧（令和6年4月1日現在）", false]]);
    // a prefecture's designation outside Tokyo (a neighbour's property in a Tokyo list, or another prefecture's own list)
    expect(["県指定", "県指定文化財", "府指定", "道指定有形文化財"].map(designation)).toEqual([true, true, true, true]);
    const property = getDataset("cultural_property")!;
    const propertyKind = kindReader(property, property.sectionKinds?.[1]);
    expect(["有形文化財", "有形文化財（建造物）", "史跡", "有形・彫刻", "記念物・天然記念物", "無形民俗文化財", "文化財", "区指定", "国指定史跡", "中野地区"]
      .map((w) => [w, propertyKind(w)])).toEqual([["有形文化財", true], ["有形文化財（建造物）", true], ["史跡", true], ["有形・彫刻", true],
      ["記念物・天然記念物", true], ["無形民俗文化財", true], ["文化財", false], ["区指定", false], ["国指定史跡", false], ["中野地区", false]]);
    const business = kindReader(getDataset("food_business")!);
    expect(["飲食店営業", "菓子製造業", "飲食店営業（露店）", "コンビニエンスストア", "新規営業", "廃業", "北部地区", "営業許可施設一覧"].map((w) => [w, business(w)]))
      .toEqual([["飲食店営業", true], ["菓子製造業", true], ["飲食店営業（露店）", true], ["コンビニエンスストア", true], ["新規営業", false], ["廃業", false],
        ["北部地区", false], ["営業許可施設一覧", false]]);
    expect(["【認可保育所】", " ＜北部地区＞", "■ 認証保育所", "◆北部", "認可保育所"].map(headingMark)).toEqual(["【", "＜", "■", "◆", ""]);
    expect(rowSpans(Array.from({ length: 20 }, (_, i) => 2 * i))).toBe("0, 2, 4, 6, 8, 10, 12, 14 …");
  });
});

describe("a nursery list in sections gives each heading's kind to its rows", () => {
  it("a blank 種別 takes the heading's kind, said once per section; a row's own 種別 stays; an area heading gives none", async () => {
    const csv = ["施設名,種別,所在地,電話番号,定員",
      "【認可保育所】,,,,",
      "さくら保育園,,東京都中野区中野1-1-1,03-1111-1111,60",
      "ひまわり保育園,,東京都中野区中野2-2-2,03-2222-2222,80",
      "みどり保育園,区立保育園,東京都中野区中野3-3-3,03-3333-3333,40",
      "こすもす保育園,,東京都中野区中野3-3-4,03-3333-3334,40",
      "■ 認証保育所,,,,",
      "こばと保育室,,東京都中野区中野4-4-4,03-4444-4444,20",
      "",
      "【北部地区】,,,,",
      "あおぞら保育園,,東京都中野区中野5-5-5,03-5555-5555,30",
      "小規模保育事業,,,,",
      "ちいさな森,,東京都中野区中野6-6-6,03-6666-6666,12"].join("\n");
    const { rows, report } = await runBytes(csv, "131148_preschool.csv", { dataset: "preschool" });
    expect(kindsOf(rows, "facility_type")).toEqual([[2, "さくら保育園", "認可保育所"], [3, "ひまわり保育園", "認可保育所"], [4, "みどり保育園", "区立保育園"],
      [5, "こすもす保育園", "認可保育所"], [7, "こばと保育室", "認証保育所"], [10, "あおぞら保育園", null], [12, "ちいさな森", "小規模保育事業"]]);
    expect(sectionsOf(report)).toEqual([[1, "facility_type", "info", "【認可保育所】", "種別｜認可保育所｜2-3, 5｜3"],
      [6, "facility_type", "info", "■ 認証保育所", "種別｜認証保育所｜7｜1"], [11, "facility_type", "info", "小規模保育事業", "種別｜小規模保育事業｜12｜1"]]);
    const first = report.issues.find((i) => i.code === "kind_from_section");
    expect(first?.message_ja).toBe("2行目（データの1行目）：見出しの行「【認可保育所】」の下の3行（データの2-3, 5行目）は「種別」が空欄か列がないため、見出しから「認可保育所」としました。「種別」の列を設けて各行に入力し、見出しの行は削除してください。");
    expect(first?.message_en).toContain("the 3 rows under the heading \"【認可保育所】\" (data rows 2-3, 5) have no 種別");
    expect(report.issues.filter((i) => i.code === "kind_from_section")[1]?.message_en)
      .toContain("the row under the heading \"■ 認証保育所\" (data row 7) has no 種別 (the cell is blank or the column is missing), so it was given \"認証保育所\"");
    expect(report.issues.filter((i) => i.code === "section_row").map((i) => i.row)).toEqual([1, 6, 9, 11]);
    expect(rows.every((r) => r.valid)).toBe(true);
  });

  it("a file without a 種別 column: its rows are given the heading's kind all the same", async () => {
    const csv = "施設名,所在地,電話番号,定員\n＜小規模保育事業＞,,,\nさくら,東京都中野区中野1-1-1,03-1111-1111,12\nひまわり,東京都中野区中野2-2-2,03-2222-2222,19\n";
    const { rows, report } = await runBytes(csv, "131148_preschool.csv", { dataset: "preschool" });
    expect(kindsOf(rows, "facility_type")).toEqual([[2, "さくら", "小規模保育事業"], [3, "ひまわり", "小規模保育事業"]]);
    expect(sectionsOf(report)).toEqual([[1, "facility_type", "info", "＜小規模保育事業＞", "種別｜小規模保育事業｜2-3｜2"]]);
    expect(report.issues.find((i) => i.code === "kind_from_section")?.message_en).toBe("Row 2 (data row 1): the 2 rows under the heading \"＜小規模保育事業＞\" (data rows 2-3) have no 種別 (the cell is blank or the column is missing), so they were given \"小規模保育事業\" from the heading. Add a 種別 column with each row's value and delete the heading row.");
  });

  it("care offices under ■訪問介護 and hospitals under 【病院】 take the kind their list lacks; 【診療所】 is read by the beds", async () => {
    const care = await runBytes("事業所名,所在地,電話番号\n■訪問介護,,\nなかのヘルパー,東京都中野区中野1-1-1,03-1111-1111\n【通所介護】,,\nなかのデイ,東京都中野区中野2-2-2,03-2222-2222\n",
      "131148_care_service.csv", { dataset: "care_service" });
    expect(care.rows.map((r) => [r.record.name, r.record.service_type, r.valid])).toEqual([["なかのヘルパー", "訪問介護", true], ["なかのデイ", "通所介護", true]]);
    expect(sectionsOf(care.report).map(([row, , , , detail]) => [row, detail])).toEqual([[1, "実施サービス｜訪問介護｜2｜1"], [3, "実施サービス｜通所介護｜4｜1"]]);
    const hospital = await runBytes(["医療機関名,所在地,電話番号,病床数", "【病院】,,,", "中野総合病院,東京都中野区中野1-1-1,03-1111-1111,200",
      "【診療所】,,,", "中野クリニック,東京都中野区中野2-2-2,03-2222-2222,0", "【北部地区】,,,", "北クリニック,東京都中野区中野3-2-2,03-3222-2222,0"].join("\n"),
      "131148_hospital.csv", { dataset: "hospital" });
    // under a heading of no kind (【北部地区】) the beds give it as in a list without the column (kind_by_law)
    expect(hospital.rows.map((r) => [r.record.name, r.record.facility_kind, r.valid])).toEqual([["中野総合病院", "病院", true], ["中野クリニック", "無床診療所", true],
      ["北クリニック", "無床診療所", true]]);
  });

  it("a kind alone in the kind column is a record's own, not a heading: a care office's next service under its first", async () => {
    const { rows, report } = await runBytes("事業所名,所在地,電話番号,サービス種類\nなかのケア,東京都中野区中野1-1-1,03-1111-1111,訪問介護\n,,,通所介護\n"
      + "のがたケア,東京都中野区野方1-1-1,03-2222-1111,訪問看護\n", "131148_care_service.csv", { dataset: "care_service" });
    expect(rows.map((r) => [r.row, r.record.name, r.record.service_type])).toEqual([[1, "なかのケア", "訪問介護"], [2, "なかのケア", "通所介護"], [3, "のがたケア", "訪問看護"]]);
    expect(report.issues.filter((i) => i.code === "section_row" || i.code === "kind_from_section")).toEqual([]);
  });
});

describe("headings nest by their marks", () => {
  const NURSERY = "施設名,種別,所在地,電話番号,定員";
  const nursery = (name: string, n: number) => `${name},,東京都中野区中野${n}-1-1,03-1111-${String(1000 + n)},60`;

  it("an area heading under a kind keeps the kind; a kind heading, or one of the kind's mark, ends it; a kind with its area gives the kind", async () => {
    const csv = [NURSERY, "【認可保育所】,,,,", "＜北部地区＞,,,,", nursery("さくら保育園", 1), nursery("ひまわり保育園", 2), "", "＜南部地区＞,,,,",
      nursery("みどり保育園", 3), "【認証保育所】,,,,", "＜北部地区＞,,,,", nursery("こばと保育室", 4), "■ 認可保育所（北部）,,,,", nursery("あおぞら保育園", 5),
      "■ 小規模保育事業　南部地区,,,,", nursery("ちいさな森", 6), "【その他の施設】,,,,", "＜北部地区＞,,,,", nursery("わかば園", 7)].join("\n");
    const { rows, report } = await runBytes(csv, "131148_preschool.csv", { dataset: "preschool" });
    expect(kindsOf(rows, "facility_type")).toEqual([[3, "さくら保育園", "認可保育所"], [4, "ひまわり保育園", "認可保育所"], [7, "みどり保育園", "認可保育所"],
      [10, "こばと保育室", "認証保育所"], [12, "あおぞら保育園", "認可保育所"], [14, "ちいさな森", "小規模保育事業"], [17, "わかば園", null]]);
    // once per kind: the area headings under it are no sections of their own
    expect(sectionsOf(report)).toEqual([[1, "facility_type", "info", "【認可保育所】", "種別｜認可保育所｜3-4, 7｜3"],
      [8, "facility_type", "info", "【認証保育所】", "種別｜認証保育所｜10｜1"], [11, "facility_type", "info", "■ 認可保育所（北部）", "種別｜認可保育所｜12｜1"],
      [13, "facility_type", "info", "■ 小規模保育事業　南部地区", "種別｜小規模保育事業｜14｜1"]]);
    expect(report.issues.filter((i) => i.code === "section_row").map((i) => i.row)).toEqual([1, 2, 6, 8, 9, 11, 13, 15, 16]);
  });

  it("kinds under area headings: an area heading of the outer mark ends the kind of the area before", async () => {
    const csv = [NURSERY, "＜北部地区＞,,,,", "【認可保育所】,,,,", nursery("さくら保育園", 1), "【認証保育所】,,,,", nursery("こばと保育室", 2),
      "＜南部地区＞,,,,", nursery("みどり保育園", 3), "【認可保育所】,,,,", nursery("ひまわり保育園", 4)].join("\n");
    const { rows, report } = await runBytes(csv, "131148_preschool.csv", { dataset: "preschool" });
    expect(kindsOf(rows, "facility_type")).toEqual([[3, "さくら保育園", "認可保育所"], [5, "こばと保育室", "認証保育所"], [7, "みどり保育園", null],
      [9, "ひまわり保育園", "認可保育所"]]);
    expect(sectionsOf(report).map(([row, , , , detail]) => [row, detail])).toEqual([[2, "種別｜認可保育所｜3｜1"], [4, "種別｜認証保育所｜5｜1"], [8, "種別｜認可保育所｜9｜1"]]);
  });

  it("a kind with its area alone on a row without marks heads the rows as 認可保育所 alone does", async () => {
    const csv = [NURSERY, "認可保育所　北部地区,,,,", nursery("さくら保育園", 1), "南部地区の小規模保育事業,,,,", nursery("ちいさな森", 2)].join("\n");
    const { rows, report } = await runBytes(csv, "131148_preschool.csv", { dataset: "preschool" });
    expect(kindsOf(rows, "facility_type")).toEqual([[2, "さくら保育園", "認可保育所"], [4, "ちいさな森", "小規模保育事業"]]);
    expect(sectionsOf(report).map(([row, , , value, detail]) => [row, value, detail])).toEqual([[1, "認可保育所　北部地区", "種別｜認可保育所｜2｜1"],
      [3, "南部地区の小規模保育事業", "種別｜小規模保育事業｜4｜1"]]);
  });

  it("a workbook's headings merged across the sheet nest as a CSV's do", async () => {
    const bytes = await book([["保育施設", [NURSERY.split(","), ["【認可保育所】"], ["＜北部地区＞"], ["さくら保育園", null, "東京都中野区中野1-1-1", "03-1111-1111", 60],
      ["＜南部地区＞"], ["みどり保育園", null, "東京都中野区中野3-3-3", "03-3333-3333", 40], ["【認証保育所】"], ["こばと保育室", null, "東京都中野区中野4-4-4", "03-4444-4444", 20]]]],
    (ws) => { for (const r of [2, 3, 5, 7]) ws.mergeCells(`A${r}:E${r}`); });
    const { rows, report } = await runBytes(bytes, "131148_preschool.xlsx", { dataset: "preschool" });
    expect(kindsOf(rows, "facility_type")).toEqual([[3, "さくら保育園", "認可保育所"], [5, "みどり保育園", "認可保育所"], [7, "こばと保育室", "認証保育所"]]);
    expect(sectionsOf(report).map(([row, , , , detail]) => [row, detail])).toEqual([[1, "種別｜認可保育所｜3, 5｜2"], [6, "種別｜認証保育所｜7｜1"]]);
  });
});

describe("hydrants, cultural properties and food permits printed in sections", () => {
  it("■ 消火栓 / ■ 防火水槽 give 種別 to the hydrants and tanks under them; a private hydrant keeps its own", async () => {
    const csv = ["全国地方公共団体コード,ID,地方公共団体名,種別,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,口径,備考",
      "■ 消火栓,,,,,,,,,,,,,,,",
      "131148,1,東京都中野区,,131148,,東京都中野区中央一丁目1-1,東京都,中野区,中央一丁目,1-1,,35.6951,139.6823,150,",
      "131148,2,東京都中野区,私設消火栓,131148,,東京都中野区中央一丁目2-3,東京都,中野区,中央一丁目,2-3,,35.6952,139.6824,75,",
      "■ 防火水槽,,,,,,,,,,,,,,,",
      "131148,3,東京都中野区,,131148,,東京都中野区中央二丁目4-5,東京都,中野区,中央二丁目,4-5,中央公園内,35.6960,139.6830,,容量40㎥"].join("\n");
    const { rows, report } = await runBytes(csv, "131148_fire_hydrant.csv", { dataset: "fire_hydrant" });
    expect(rows.map((r) => [r.row, r.record.id, r.record.kind, r.valid])).toEqual([[2, "1", "消火栓", true], [3, "2", "私設消火栓", true], [5, "3", "防火水槽", true]]);
    expect(sectionsOf(report)).toEqual([[1, "kind", "info", "■ 消火栓", "種別｜消火栓｜2｜1"], [4, "kind", "info", "■ 防火水槽", "種別｜防火水槽｜5｜1"]]);
  });

  it("【国指定文化財】, 【都指定】, 【区指定有形文化財】 give 文化財分類 as its cell would say it; a row's own stays", async () => {
    const csv = ["都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,名称_英語,文化財分類,種類,場所名称,住所,方書,緯度,経度",
      "【国指定文化財】,,,,,,,,,,,,,,",
      "131148,1,東京都,中野区,旧中野町役場跡,キュウナカノマチヤクバアト,,,,建造物,,東京都中野区中野5-1-1,,35.7051,139.6650",
      "【都指定】,,,,,,,,,,,,,,",
      "131148,2,東京都,中野区,木造阿弥陀如来坐像,モクゾウアミダニョライザゾウ,,,,美術工芸品,宝仙寺,東京都中野区中央2-33-3,,35.6958,139.6779",
      "【区指定有形文化財】,,,,,,,,,,,,,,",
      "131148,3,東京都,中野区,庚申塔,コウシントウ,,,,その他,,東京都中野区上高田1-1-1,,35.7143,139.6870",
      "131148,4,東京都,中野区,宝仙寺三重塔礎石,ホウセンジサンジュウノトウソセキ,,,都指定旧跡,その他,宝仙寺,東京都中野区中央2-33-3,,35.6958,139.6779"].join("\n");
    const { rows, report } = await runBytes(csv, "131148_cultural_property.csv", { dataset: "cultural_property" });
    expect(rows.map((r) => [r.row, r.record.name, r.record.category, r.record.kind, r.valid])).toEqual([[2, "旧中野町役場跡", ["国指定文化財"], "建造物", true],
      // 美術工芸品 is 有形文化財 alone (class_from_kind; before: 都指定)
      [4, "木造阿弥陀如来坐像", ["都指定有形文化財"], "美術工芸品", true], [6, "庚申塔", ["区指定有形文化財"], "その他", true], [7, "宝仙寺三重塔礎石", ["都指定旧跡"], "その他", true]]);
    expect(sectionsOf(report).map(([row, field, , , detail]) => [row, field, detail])).toEqual([[1, "category", "文化財分類｜国指定文化財｜2｜1"],
      [3, "category", "文化財分類｜都指定｜4｜1"], [5, "category", "文化財分類｜区指定有形文化財｜6｜1"]]);
  });

  it("【区指定】 over ■ 有形文化財（建造物） give both 文化財分類 and 種類, each ended by its own headings; 【県指定】 reads as written", async () => {
    const csv = ["名称,名称_カナ,文化財分類,種類,所在地,指定年月日", "【区指定】,,,,,", "■ 有形文化財（建造物）,,,,,",
      "旧中野町役場跡,キュウナカノマチヤクバアト,,,東京都中野区中野5-1-1,1990-04-01", "宝仙寺三重塔礎石,ホウセンジサンジュウノトウソセキ,,,東京都中野区中央2-33-3,1985-03-01",
      "■ 史跡,,,,,", "哲学堂,テツガクドウ,,,東京都中野区松が丘1-34-28,1970-01-01", "【県指定】,,,,,", "■ 有形文化財（彫刻）,,,,,",
      "木造阿弥陀如来坐像,モクゾウアミダニョライザゾウ,,,埼玉県所沢市東町1-1,1960-01-01", "【都指定】,,,,,",
      "庚申塔,コウシントウ,,その他,東京都中野区上高田1-1-1,1975-01-01"].join("\n");
    const { rows, report } = await runBytes(csv, "131148_cultural_property.csv", { dataset: "cultural_property" });
    expect(rows.map((r) => [r.row, r.record.name, r.record.category, r.record.kind, r.valid])).toEqual([
      // the heading's standard kind in brackets is the 種類 (vocabulary_in_brackets; before: 有形文化財（建造物） as written);
      // 彫刻 is 美術工芸品 (vocabulary_kind_of; before: 有形文化財（彫刻） as written)
      // the heading's class before the bracket completes a bare designation (class_from_kind; before: 区指定 alone)
      [3, "旧中野町役場跡", ["区指定有形文化財"], "建造物", true], [4, "宝仙寺三重塔礎石", ["区指定有形文化財"], "建造物", true],
      [6, "哲学堂", ["区指定史跡"], "史跡", true], [9, "木造阿弥陀如来坐像", ["県指定有形文化財"], "美術工芸品", true], [11, "庚申塔", ["都指定"], "その他", true]]);
    expect(sectionsOf(report).map(([row, field, , , detail]) => [row, field, detail])).toEqual([[2, "kind", "種類｜有形文化財（建造物）｜3-4｜2"],
      [1, "category", "文化財分類｜区指定｜3-4, 6｜3"], [5, "kind", "種類｜史跡｜6｜1"], [7, "category", "文化財分類｜県指定｜9｜1"],
      [8, "kind", "種類｜有形文化財（彫刻）｜9｜1"], [10, "category", "文化財分類｜都指定｜11｜1"]]);
  });

  it("a list with neither column takes both from its headings; 【史跡】 beside 【区指定】 gives 種類 alone, 文化財分類 left missing", async () => {
    const csv = ["名称,所在地,指定年月日", "【区指定】,,", "■ 有形文化財（建造物）,,", "旧中野町役場跡,東京都中野区中野5-1-1,1990-04-01", "■ 史跡,,",
      "哲学堂,東京都中野区松が丘1-34-28,1970-01-01", "【史跡】,,", "新井薬師,東京都中野区新井5-3-5,1970-01-01"].join("\n");
    const { rows, report } = await runBytes(csv, "131148_cultural_property.csv", { dataset: "cultural_property" });
    expect(rows.map((r) => [r.row, r.record.name, r.record.category, r.record.kind, r.valid])).toEqual([[3, "旧中野町役場跡", ["区指定有形文化財"], "建造物", true],
      [5, "哲学堂", ["区指定史跡"], "史跡", true], [7, "新井薬師", null, "史跡", false]]);
    expect(sectionsOf(report).map(([row, field, , , detail]) => [row, field, detail])).toEqual([[2, "kind", "種類｜有形文化財（建造物）｜3｜1"],
      [1, "category", "文化財分類｜区指定｜3, 5｜2"], [4, "kind", "種類｜史跡｜5｜1"], [6, "kind", "種類｜史跡｜7｜1"]]);
  });

  it("【飲食店営業】 / 【菓子製造業】 give 営業の種類 to the permits under them", async () => {
    const csv = ["都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,営業所名称,営業所名称_カナ,営業の種類,業態,営業所所在地,営業所方書,緯度,経度,営業所電話番号,法人名,法人番号,許可番号,初回許可年月日,許可年月日,許可開始日,許可満了日,廃業年月日,申請区分,許可条件,備考",
      "【飲食店営業】,,,,,,,,,,,,,,,,,,,,,,,",
      "131148,1,東京都,中野区,ラーメン中野一番,ラーメンナカノイチバン,,一般食堂,東京都中野区中野5-52-15,中野ブロードウェイ1階,35.7090,139.6656,03-1111-1111,株式会社中野一番,,中保生第101号,2019-04-01,2024-04-01,2024-04-01,2030-03-31,,継続,,",
      "131148,2,東京都,中野区,喫茶のがた,キッサノガタ,,喫茶店,東京都中野区野方5-1-1,,35.7170,139.6530,03-3333-3333,,,中保生第103号,2024-06-01,2024-06-01,2024-06-01,2031-05-31,,新規,,",
      "【菓子製造業】,,,,,,,,,,,,,,,,,,,,,,,",
      "131148,3,東京都,中野区,パティスリー野方,パティスリーノガタ,,,東京都中野区野方6-1-1,,35.7180,139.6520,03-2222-2222,,,中保生第102号,2024-05-01,2024-05-01,2024-05-01,2031-04-30,,新規,,"].join("\n");
    const { rows, report } = await runBytes(csv, "131148_food_business.csv", { dataset: "food_business" });
    expect(rows.map((r) => [r.row, r.record.name, r.record.business_type, r.valid])).toEqual([[2, "ラーメン中野一番", "飲食店営業", true],
      [3, "喫茶のがた", "飲食店営業", true], [5, "パティスリー野方", "菓子製造業", true]]);
    expect(sectionsOf(report).map(([row, field, , , detail]) => [row, field, detail])).toEqual([[1, "business_type", "営業の種類｜飲食店営業｜2-3｜2"],
      [4, "business_type", "営業の種類｜菓子製造業｜5｜1"]]);
  });
});
