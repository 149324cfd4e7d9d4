// derived-columns.ts: a standard column the file lacks is the sum of the file's own columns when they tile its range
// (age bands split finer, single years) or are all its parts (総人口 = 男性 + 女性), and only then.
import { describe, expect, it } from "vitest";
import { mapHeaders } from "../../../pipelines/headers.ts";
import { derivedColumns, withDerived } from "../../../pipelines/derived-columns.ts";
import { getDataset } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

const population = getDataset("population")!;
const BANDS_TO_84 = Array.from({ length: 17 }, (_, i) => [`${i * 5}～${i * 5 + 4}歳の男性`, `${i * 5}～${i * 5 + 4}歳の女性`]).flat();
const plannedSums = (header: string[]) => {
  const { plan } = mapHeaders(header, population);
  return plan.derived.map((c) => [c.key, c.parts.map((p) => (p < header.length ? header[p] : `sum${p - header.length}`))]);
};

describe("derivedColumns", () => {
  it("sums bands that tile the standard's open band, in any header wording, per sex", () => {
    expect(plannedSums(["地域名", "総人口", "男性", "女性", ...BANDS_TO_84, "85-89歳_男", "85-89歳_女", "90歳～94歳（男）", "90歳～94歳（女）",
      "95～99歳男性", "95～99歳女性", "100歳以上 男", "100歳以上 女"])).toEqual([
      ["age_85_plus_male", ["85-89歳_男", "90歳～94歳（男）", "95～99歳男性", "100歳以上 男"]],
      ["age_85_plus_female", ["85-89歳_女", "90歳～94歳（女）", "95～99歳女性", "100歳以上 女"]],
    ]);
  });

  it("sums single years into a five-year band, and a total from parts that are themselves sums", () => {
    const singles = Array.from({ length: 5 }, (_, y) => [`${y}歳男`, `${y}歳女`]).flat();
    const header = ["地域名", ...singles];
    expect(plannedSums(header)).toEqual([
      ["age_0_4_male", ["0歳男", "1歳男", "2歳男", "3歳男", "4歳男"]],
      ["age_0_4_female", ["0歳女", "1歳女", "2歳女", "3歳女", "4歳女"]],
    ]);
    // 総人口 absent, 男性 and 女性 there: 総人口 is their sum
    expect(plannedSums(["地域名", "男性", "女性"])).toEqual([["total", ["男性", "女性"]]]);
  });

  it("sums nothing that does not tile the range exactly: a gap, an overlap, a band past a closed range, no sex", () => {
    expect(plannedSums(["地域名", ...BANDS_TO_84, "85～89歳の男性", "95～99歳の男性", "100歳以上の男性"])).toEqual([]); // 90-94 missing
    expect(plannedSums(["地域名", ...BANDS_TO_84, "85～94歳の男性", "90～99歳の男性", "100歳以上の男性"])).toEqual([]); // overlap
    expect(plannedSums(["地域名", ...BANDS_TO_84, "85～89歳の男性", "90～94歳の男性"])).toEqual([]); // no open end
    expect(plannedSums(["地域名", ...BANDS_TO_84, "85～89歳", "90歳以上"])).toEqual([]); // both sexes together: no standard column
    // a column the standard has is never replaced by a sum: it is read, its parts' sum standing in only where it is blank
    const { plan } = mapHeaders(["地域名", "総人口", "男性", "女性", ...BANDS_TO_84, "85歳以上の男性", "85～89歳の男性", "90歳以上の男性"], population);
    expect(plan.derived.map((c) => [c.key, c.total, c.parts.map((p) => plan.sourceHeaders[p])])).toEqual([
      ["age_85_plus_male", true, ["85歳以上の男性", "85～89歳の男性", "90歳以上の男性"]]]);
  });

  it("a toilet's seat totals are the sums of its urinals, 和式 and 洋式 when every part is a column, else not given", () => {
    const toilets = getDataset("public_toilet")!;
    const planned = (header: string[]) => mapHeaders(header, toilets).plan.derived.map((c) => [c.key, c.parts.map((p) => header[p])]);
    expect(planned(["名称", "設置位置", "男性トイレ数（小便器）", "男性トイレ数（和式）", "男性トイレ数（洋式）", "女性トイレ数（和式）", "女性トイレ数（洋式）"])).toEqual([
      ["total_male_toilet", ["男性トイレ数（小便器）", "男性トイレ数（和式）", "男性トイレ数（洋式）"]],
      ["total_female_toilet", ["女性トイレ数（和式）", "女性トイレ数（洋式）"]],
    ]);
    // the urinals not given: the men's total is not known
    expect(planned(["名称", "設置位置", "男性トイレ数（和式）", "男性トイレ数（洋式）"])).toEqual([]);
  });

  it("a men's total is the stalls (大) and the urinals (小), the urinals staying their own column; a woman's 大 is her total", () => {
    const toilets = getDataset("public_toilet")!;
    const mapped = (header: string[]) => {
      const { plan } = mapHeaders(header, toilets);
      return [plan.derived.map((c) => [c.key, c.parts.map((p) => header[p])]), plan.keys.slice(0, header.length)];
    };
    expect(mapped(["トイレ名称", "設置場所", "男子トイレ（小）", "男子トイレ（大）", "女子トイレ（大）"])).toEqual([
      [["total_male_toilet", ["男子トイレ（小）", "男子トイレ（大）"]]],
      ["name", "installation_position", "urinal_male_toilet", null, "total_female_toilet"]]);
    expect(mapped(["名称", "設置位置", "男性用（大）", "男性用（小）", "男女共用（個室）"])[0]).toEqual([["total_male_toilet", ["男性用（大）", "男性用（小）"]]]);
    // the stalls alone give no total: they stay in extra; beside a total, they and the urinals stand in for it where it is blank
    expect(mapped(["名称", "設置位置", "男子トイレ（大）"])).toEqual([[], ["name", "installation_position", null]]);
    expect(mapped(["名称", "設置位置", "男性トイレ総数", "男子トイレ（小）", "男子トイレ（大）"])).toEqual([
      [["total_male_toilet", ["男性トイレ総数", "男子トイレ（小）", "男子トイレ（大）"]]],
      ["name", "installation_position", "total_male_toilet", "urinal_male_toilet", null]]);
  });

  it("a file of 男子トイレ（大）| 男子トイレ（小） columns gives every row its 男性トイレ総数, said once; 大 stays in extra", async () => {
    const { report, rows } = await runBytes("トイレ名称,住所,設置場所,男子トイレ（小）,男子トイレ（大）,女子トイレ\n"
      + "阿佐ヶ谷駅北口公衆便所,杉並区阿佐谷北2-1-1,駅前広場,3,1,2\n高円寺駅北口公衆便所,杉並区高円寺北3-22-1,駅前ロータリー,2,0,1\n", "131156_public_toilet.csv");
    expect(rows.map((r) => [r.record.total_male_toilet, r.record.urinal_male_toilet, r.record.total_female_toilet, r.extra?.["男子トイレ（大）"]]))
      .toEqual([[4, 3, 2, "1"], [2, 2, 1, "0"]]);
    expect(report.issues.filter((i) => i.code === "columns_summed").map((i) => [i.row, i.field, i.value]))
      .toEqual([[null, "total_male_toilet", "男子トイレ（小） + 男子トイレ（大）"]]);
  });

  it("a required column given as a sum is not reported missing", () => {
    const { plan, issues } = mapHeaders(["調査年月日", "地域名", "男性", "女性"], population);
    expect(plan.absentRequired.map((c) => c.key)).not.toContain("total");
    expect(issues.filter((i) => i.code === "columns_summed").map((i) => [i.field, i.value])).toEqual([["total", "男性 + 女性"]]);
  });

  it("withDerived: a dash or an empty part counts 0 beside figures; all empty is empty; a part that is no count empties the sum", () => {
    const columns = derivedColumns(population, { keys: [null, null, null], sourceHeaders: ["90～94歳の男性", "85～89歳の男性", "95歳以上の男性"] }).columns;
    expect(columns).toEqual([{ key: "age_85_plus_male", parts: [1, 0, 2], how: "sum" }]);
    expect(withDerived(["1,204", "－", ""], 3, columns, 1)).toEqual({ values: ["1,204", "－", "", "1204"], issues: [], listed: null });
    expect(withDerived(["", "", ""], 3, columns, 1).values[3]).toBe("");
    const unread = withDerived(["12", "x", "3"], 3, columns, 7);
    expect(unread.values[3]).toBe("");
    expect(unread.issues.map((i) => [i.row, i.field, i.code, i.value])).toEqual([[7, "age_85_plus_male", "sum_part_unreadable", "x"]]);
  });
});

describe("a population file with bands past 85 (end to end)", () => {
  const header = ["調査年月日", "地域名", "総人口", "男性", "女性", ...BANDS_TO_84, "85～89歳の男性", "85～89歳の女性", "90～94歳の男性",
    "90～94歳の女性", "95～99歳の男性", "95～99歳の女性", "100歳以上の男性", "100歳以上の女性"];
  const row = (area: string, old: number[]) => {
    const bands = Array.from({ length: 34 }, (_, i) => (i % 2 === 0 ? 10 : 11));
    const male = 17 * 10 + old[0] + old[2] + old[4] + old[6];
    const female = 17 * 11 + old[1] + old[3] + old[5] + old[7];
    return ["2024-04-01", area, male + female, male, female, ...bands, ...old].join(",");
  };

  it("gives 85歳以上 as the sum, keeps the bands in extra, and checks the sexes' totals against it", async () => {
    const csv = [header.join(","), row("百人町一丁目", [5, 9, 3, 6, 1, 2, 0, 1]), row("百人町二丁目", [4, 4, 2, 2, 0, 0, 0, 0])].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131041_population.csv");
    expect(rows.map((r) => [r.record.age_85_plus_male, r.record.age_85_plus_female])).toEqual([[9, 18], [6, 6]]);
    expect(rows[0].extra["100歳以上の女性"]).toBe("1");
    expect(rows.every((r) => r.valid)).toBe(true);
    // the totals agree with the bands only because 85+ is there: no sum_mismatch
    expect(tuples(report, "sum_mismatch", "columns_summed")).toEqual([[null, "age_85_plus_male", "columns_summed"], [null, "age_85_plus_female", "columns_summed"]]);
  });

  it("names a row whose part is no figure and leaves its sum empty, the other rows summed", async () => {
    const csv = [header.join(","), row("百人町一丁目", [5, 9, 3, 6, 1, 2, 0, 1]), row("百人町二丁目", [4, 4, 2, 2, 0, 0, 0, 0]).replace(/,0$/, ",＊＊")].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131041_population.csv");
    expect(rows.map((r) => r.record.age_85_plus_female)).toEqual([18, null]);
    expect(tuples(report, "sum_part_unreadable")).toEqual([[2, "age_85_plus_female", "sum_part_unreadable"]]);
  });
});

describe("a population file whose band columns write 才 for 歳 (0～4才男 … 85才以上女)", () => {
  it("reads each band into its standard column (before: all 36 left in extra, the bands empty)", async () => {
    const header = ["町丁名", "総数", "男", "女"];
    const cells: number[] = [];
    for (let lo = 0; lo < 85; lo += 5) {
      header.push(`${lo}～${lo + 4}才男`, `${lo}～${lo + 4}才女`);
      cells.push(lo + 1, lo + 2);
    }
    header.push("85才以上男", "85才以上女");
    cells.push(7, 8);
    const male = cells.filter((_, i) => i % 2 === 0).reduce((a, b) => a + b);
    const female = cells.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b);
    const csv = `${header.join(",")}\n${["本町一丁目", male + female, male, female, ...cells].join(",")}\n`;
    const { report, rows } = await runBytes(csv, "131091_population_20240101.csv");
    expect(rows.map((r) => [r.record.age_0_4_male, r.record.age_0_4_female, r.record.age_80_84_female, r.record.age_85_plus_male,
      r.record.age_85_plus_female, r.valid])).toEqual([[1, 2, 82, 7, 8, true]]);
    expect(tuples(report, "unknown_header", "sum_mismatch")).toEqual([]);
  });
});

describe("a population file with a column of the people of unknown age (年齢不詳男, 不詳_女)", () => {
  const BANDS_85 = [...BANDS_TO_84, "85歳以上の男性", "85歳以上の女性"];
  /** each band 1 of each sex, 年齢不詳 2 men and 0 women: 男性 20 = 18 + 2, 女性 18 */
  const csv = (unknownMale: string, unknownFemale: string, male: number[]) => [["調査年月日", "地域名", "男性", "女性", "総人口", ...BANDS_85, unknownMale, unknownFemale].join(","),
    ...male.map((m, k) => ["2024-04-01", `百人町${k + 1}丁目`, m, 18, m + 18, ...BANDS_85.map(() => 1), 2, 0].join(","))].join("\n");

  // 不詳者の男性: 目黒区's file names the people of unknown age so
  it.each([["年齢不詳男", "年齢不詳女"], ["不詳_男性", "不詳_女性"], ["年齢不詳（男）", "年齢不明（女）"], ["不詳者の男性", "不詳者の女性"], ["年齢不詳者男", "年齢不詳者女"]])(
    "%s: a sex's total is its bands and that count; a total that is not is named, 年齢不詳 among the parts", async (m, f) => {
      const { report, rows } = await runBytes(`${csv(m, f, [20, 25])}\n`, "131041_population.csv");
      expect(rows.map((r) => [r.record.male, r.record.female, r.valid])).toEqual([[20, 18, true], [25, 18, true]]);
      expect(report.issues.filter((i) => i.code === "sum_mismatch").map((i) => [i.row, i.field, i.value, i.detail])).toEqual([
        [2, "male", "25", "25 ≠ 20（0-4歳の男性＋…＋85歳以上の男性＋年齢不詳）"]]);
    });

  it("a file with bands and that count but no 男性 column gives 男性 as the sum of both", () => {
    expect(plannedSums(["地域名", ...BANDS_85.filter((_, k) => k % 2 === 0), "年齢不詳男"]).find(([key]) => key === "male")?.[1].slice(-2))
      .toEqual(["85歳以上の男性", "年齢不詳男"]);
  });
});

describe("data formats given as one ○ column each (データ形式 over CSV | XLSX | PDF | その他)", () => {
  it("ファイル形式 lists the marked formats, and what the その他 column names", async () => {
    const csv = "三鷹市オープンデータ一覧,,,,,,\n,,,データ形式,,,\nNo.,データ名称,掲載ページ,CSV,XLSX,PDF,その他\n"
      + "1,AED設置箇所一覧,https://www.city.mitaka.lg.jp/opendata/aed.html,○,○,,\n"
      + "2,都市計画図,https://www.city.mitaka.lg.jp/opendata/toshi.html,,,○,SHP\n3,人口,https://www.city.mitaka.lg.jp/opendata/jinko.html,×,-,,\n";
    const { rows, report } = await runBytes(csv, "132047_open_data_list.csv");
    expect(rows.map((r) => r.record.file_format)).toEqual(["CSV;XLSX", "PDF;SHP", null]);
    expect(rows[1].extra).toMatchObject({ PDF: "○", その他: "SHP" });
    expect(report.issues.find((i) => i.code === "columns_listed")?.value).toBe("CSV、XLSX、PDF、その他");
  });

  it("a format column holding the file's link gives that format too (CSV | PDF of addresses), the links kept in extra", async () => {
    const csv = "データセット_タイトル,ファイル_タイトル,CSV,PDF\nAED一覧,AED一覧,https://example.jp/aed.csv,https://example.jp/aed.pdf\n避難所一覧,避難所一覧,https://example.jp/hinan.csv,\n";
    const { rows } = await runBytes(csv, "131041_open_data_list.csv");
    expect(rows.map((r) => [r.record.file_format, r.extra.CSV])).toEqual([["CSV;PDF", "https://example.jp/aed.csv"], ["CSV", "https://example.jp/hinan.csv"]]);
  });
});

describe("a list given as one ○ column per value", () => {
  const header = "事業所名,所在地,電話番号,訪問介護,通所介護,短期入所生活介護,居宅介護支援,定員";

  it("lists the marked columns' names on each row, keeps the marks in extra, says so once", async () => {
    const csv = `${header}\nこくぶんじケア,東京都国分寺市本町二丁目1番1号,042-300-0001,○,,×,1,\nデイホーム恋ヶ窪,東京都国分寺市戸倉一丁目,042-300-0002,,●,無,,25\n`;
    const { report, rows } = await runBytes(csv, "132144_care_service.csv");
    expect(rows.map((r) => r.record.service_type)).toEqual(["訪問介護;居宅介護支援", "通所介護"]);
    expect(rows[0].extra).toMatchObject({ 訪問介護: "○", 居宅介護支援: "1" });
    expect(rows.every((r) => r.valid)).toBe(true);
    expect(tuples(report, "columns_listed")).toEqual([[null, "service_type", "columns_listed"]]);
    expect(report.issues.find((i) => i.code === "columns_listed")?.value).toBe("訪問介護、通所介護、短期入所生活介護、居宅介護支援");
  });

  it("a list written in a cell with 、 and one the engine builds from ○ columns come out in one form, the standard's ;", async () => {
    const csv = "事業所名,所在地,電話番号,実施サービス\nA,東京都町田市原町田4-1-1,042-722-0000,訪問介護、居宅介護支援\n"
      + "B,東京都町田市中町1-1-1,042-710-1234,訪問看護;介護予防訪問看護\n";
    const { report, rows } = await runBytes(csv, "132098_care_service.csv");
    expect(rows.map((r) => r.record.service_type)).toEqual(["訪問介護;居宅介護支援", "訪問看護;介護予防訪問看護"]);
    expect(tuples(report, "list_separator")).toEqual([[1, "service_type", "list_separator"]]);
    // 営業の種類 is no such list: 百貨店、総合スーパー is one kind's name
    const food = await runBytes("営業所名称,営業所所在地,営業の種類\n食堂A,東京都町田市原町田1-1,百貨店、総合スーパー\n", "132098_food_business_all.csv");
    expect(food.rows[0].record.business_type).toBe("百貨店、総合スーパー");
  });

  it("a dash, a no or other words (休止中) mark nothing; a header with a note (訪問介護（ホームヘルプ）) is the service", async () => {
    const csv = "事業所名,所在地,電話番号,訪問介護（ホームヘルプ）,通所介護（デイサービス）,短期入所生活介護,居宅介護支援\n"
      + "A,東京都武蔵野市吉祥寺本町1-1,0422-00-0001,－,休止中,25,○\n";
    const { rows } = await runBytes(csv, "132039_care_service.csv");
    expect(rows[0].record.service_type).toBe("短期入所生活介護;居宅介護支援");
  });

  it("the short names ward lists head their columns with (短期入所, 通所リハ, 特養) are services too", async () => {
    const csv = "事業所名,所在地,電話番号,訪問介護,短期入所,通所リハ,特養\nA,東京都三鷹市下連雀1-1-1,0422-00-0001,○,,,\n"
      + "B,東京都三鷹市下連雀1-1-2,0422-00-0002,,○,○,\nC,東京都三鷹市下連雀1-1-3,0422-00-0003,,,,○\n";
    const { rows, report } = await runBytes(csv, "132047_care_service.csv");
    expect(rows.map((r) => [r.record.service_type, r.valid])).toEqual([["訪問介護", true], ["短期入所;通所リハ", true], ["特養", true]]);
    expect(report.issues.find((i) => i.code === "columns_listed")?.value).toBe("訪問介護、短期入所、通所リハ、特養");
  });

  it("a column for both designations (（介護予防）訪問看護) and 総合事業（訪問型） are services, as written", async () => {
    const csv = "事業所名,所在地,電話番号,訪問介護,（介護予防）訪問看護,居宅介護支援,（介護予防）福祉用具貸与,総合事業（訪問型）,総合事業（通所型）\n"
      + "ふちゅう総合ケア,府中市府中町1-1-1,042-333-1111,○,○,○,○,○,\nふちゅうデイ,府中市宮町2-2-2,042-333-2222,,,,,,○\n";
    const { rows, report } = await runBytes(csv, "132063_care_service.csv");
    expect(rows.map((r) => r.record.service_type)).toEqual(["訪問介護;（介護予防）訪問看護;居宅介護支援;（介護予防）福祉用具貸与;総合事業（訪問型）", "総合事業（通所型）"]);
    expect(tuples(report, "marked_columns_not_listed")).toEqual([]);
  });

  it("a column among the listed ones whose header names no service is left out, and said", async () => {
    const csv = "事業所名,所在地,電話番号,訪問介護,訪問ケア特別,居宅介護支援\nA,東京都府中市府中町1-1-1,042-333-1111,○,○,○\n";
    const { rows, report } = await runBytes(csv, "132063_care_service.csv");
    expect(rows[0].record.service_type).toBe("訪問介護;居宅介護支援");
    expect(rows[0].extra).toMatchObject({ 訪問ケア特別: "○" });
    expect(report.issues.filter((i) => i.code === "marked_columns_not_listed").map((i) => [i.severity, i.field, i.value])).toEqual([["warning", "service_type", "訪問ケア特別"]]);
    expect(report.issues.find((i) => i.code === "marked_columns_not_listed")?.message_ja).toContain("まとめに入れていません");
  });

  it("not when the file has the column, nor from one such column alone; a row with no mark has no service", async () => {
    const withColumn = await runBytes(`事業所名,所在地,電話番号,実施サービス,訪問介護,通所介護\nA,東京都国分寺市本町1,042-300-0001,訪問看護,○,\n`, "132144_care_service.csv");
    expect(withColumn.rows[0].record.service_type).toBe("訪問看護");
    const one = await runBytes(`事業所名,所在地,電話番号,訪問介護\nA,東京都国分寺市本町1,042-300-0001,○\n`, "132144_care_service.csv");
    expect(tuples(one.report, "columns_listed")).toEqual([]);
    const none = await runBytes(`${header}\nB,東京都国分寺市本町1,042-300-0001,,,,,\n`, "132144_care_service.csv");
    expect(none.rows[0].record.service_type).toBeNull();
    expect(none.rows[0].valid).toBe(false);
  });
});

describe("a preschool capacity split by age", () => {
  it("is the sum of the ages 0 to 5 (定員 over 0歳 … 5歳, or 0歳児定員 …), and not of other counts by age", async () => {
    const split = await runBytes("名称,所在地,定員,,,,,,開所時間,\n,,0歳,1歳,2歳,3歳,4歳,5歳,開始,終了\n"
      + "西新宿保育園,東京都新宿区西新宿4-1-1,6,12,15,20,20,20,7:15,18:15\n", "131041_preschool.csv");
    expect(split.rows.map((r) => [r.record.capacity, r.record.end_time])).toEqual([[93, "18:15"]]);
    const named = await runBytes("名称,0歳児定員,1歳児定員,2歳児定員,3歳児定員,4歳児定員,5歳児定員,所在地\nA保育園,3,6,9,12,12,12,東京都新宿区西新宿1-1-1\n", "131041_preschool.csv");
    expect(named.rows[0].record.capacity).toBe(54);
    expect(tuples(named.report, "columns_summed")).toEqual([[null, "capacity", "columns_summed"]]);
    const enrolled = await runBytes("名称,0歳,1歳,2歳,3歳,4歳,5歳,所在地\nA保育園,3,6,9,12,12,12,東京都新宿区西新宿1-1-1\n", "131041_preschool.csv");
    expect(enrolled.rows[0].record.capacity).toBeNull();
  });

  it("reads consecutive ages listed with ・ or 、 as one band (定員 over 0歳 | 1・2歳 | 3～5歳), and ages with a gap as none", async () => {
    const listed = await runBytes("名称,住所,定員_0歳,定員_1・2歳,定員_3～5歳\n田無保育園,東京都西東京市田無町四丁目1番1号,6,24,60\n", "132292_preschool.csv");
    expect([listed.rows[0].record.capacity, listed.rows[0].extra]).toEqual([90, { "定員_0歳": "6", "定員_1・2歳": "24", "定員_3～5歳": "60" }]);
    expect(tuples(listed.report, "columns_summed")).toEqual([[null, "capacity", "columns_summed"]]);
    const classes = await runBytes("名称,住所,0・1・2歳児定員,3、4、5歳児定員\nA保育園,東京都西東京市田無町四丁目1番1号,30,60\n", "132292_preschool.csv");
    expect(classes.rows[0].record.capacity).toBe(90);
    const gap = await runBytes("名称,住所,定員_0歳,定員_1・3歳,定員_2歳,定員_4・5歳\nA保育園,東京都西東京市田無町四丁目1番1号,6,24,12,60\n", "132292_preschool.csv");
    expect(gap.rows[0].record.capacity).toBeNull();
  });

  // before: 定員（0歳） was read as 収容定員 itself (its brackets only qualifying the name), so the capacity published was
  // the 0-year-olds' alone (6), and 定員（1歳） … were each told as the same item as 定員（0歳）
  it("reads the ages in brackets after the capacity (定員（0歳） … 定員（5歳）) as its parts, with or without a total beside them", async () => {
    const bracketed = "名称,住所,定員（0歳）,定員（1歳）,定員（2歳）,定員（3歳）,定員（4歳）,定員（5歳）";
    const alone = await runBytes(`${bracketed}\n中野保育園,東京都中野区中野一丁目2番3号,6,10,12,15,15,15\n`, "131148_preschool.csv");
    expect([alone.rows[0].record.capacity, alone.rows[0].extra["定員（0歳）"]]).toEqual([73, "6"]);
    expect(tuples(alone.report, "columns_summed", "qualified_header", "unknown_header")).toEqual([[null, "capacity", "columns_summed"]]);
    const withTotal = await runBytes(`${bracketed},定員合計\n中野保育園,東京都中野区中野一丁目2番3号,6,10,12,15,15,15,73\n`
      + "上高田幼稚園,東京都中野区上高田3-3-3,,,,35,35,35,\n", "131148_preschool.csv");
    expect(withTotal.rows.map((r) => r.record.capacity)).toEqual([73, 105]);
    expect(tuples(withTotal.report, "parts_beside_total", "total_blank_summed", "qualified_header")).toEqual([[null, "capacity", "parts_beside_total"],
      [2, "capacity", "total_blank_summed"]]);
    // one such column is the capacity as the file qualifies it
    const one = await runBytes("名称,住所,定員（0～5歳）\n中野保育園,東京都中野区中野一丁目2番3号,73\n", "131148_preschool.csv");
    expect(one.rows[0].record.capacity).toBe(73);
  });
});

describe("a total column beside columns of its parts (病床数合計 | 一般病床数 | 療養病床数, 定員計 | 0歳児定員 …)", () => {
  // before: a row whose total was blank published no 病床数 / 収容定員 though its parts were given, and 一般病床 | 療養病床
  // (without 数) were no parts at all
  it("reads the total as written, and where it is blank the sum of the row's parts, said on that row", async () => {
    const { rows, report } = await runBytes("医療機関名,医療機関の種類,住所,一般病床,療養病床,精神病床,病床数合計\n"
      + "八王子総合病院,病院,八王子市元本郷町1-1-1,300,50,0,354\n"
      + "高尾療養病院,病院,八王子市高尾町2-2-2,60,120,,\n"
      + "みなみ野クリニック,診療所,八王子市みなみ野3-3-3,0,,,\n"
      + "めじろ台病院,病院,八王子市めじろ台4-4-4,,,,\n", "132012_hospital.csv");
    expect(rows.map((r) => [r.record.beds, r.record.facility_kind])).toEqual([[354, "病院"], [180, "病院"], [0, "無床診療所"], [null, "病院"]]);
    expect(rows[1].extra).toMatchObject({ 一般病床: "60", 療養病床: "120" });
    expect(tuples(report, "parts_beside_total", "total_blank_summed", "unknown_header")).toEqual([[null, "beds", "parts_beside_total"],
      [2, "beds", "total_blank_summed"], [3, "beds", "total_blank_summed"]]);
    const summed = report.issues.find((i) => i.code === "total_blank_summed");
    expect([summed?.value, summed?.message_ja]).toEqual(["一般病床 60 + 療養病床 120",
      "3行目（データの2行目）：「病床数合計」が空欄のため、同じ行の内訳（一般病床 60 + 療養病床 120）の合計「180」を「病床数」としました。合計の列にも値を入力してください。"]);
  });

  it("病床数 over 一般 | 療養 | 計 (two header rows), and a preschool's 0歳児定員 … beside 定員計", async () => {
    const beds = await runBytes("医療機関名,医療機関の種類,住所,病床数,,\n,,,一般,療養,計\n病院A,病院,八王子市元本郷町1-1-1,60,120,\n病院B,病院,八王子市元本郷町1-1-2,10,10,25\n", "132012_hospital.csv");
    expect(beds.rows.map((r) => r.record.beds)).toEqual([180, 25]);
    const ages = ["0歳児定員", "1歳児定員", "2歳児定員", "3歳児定員", "4歳児定員", "5歳児定員"].join(",");
    const capacity = await runBytes(`施設名,住所,${ages},定員計\n目黒第一保育園,目黒区目黒1-1-1,9,12,15,15,15,15,\n学童クラブ,目黒区目黒3-3-3,,,,,,,40名\n`, "131105_preschool.csv");
    expect(capacity.rows.map((r) => r.record.capacity)).toEqual([81, 40]);
    expect(tuples(capacity.report, "total_blank_summed")).toEqual([[1, "capacity", "total_blank_summed"]]);
  });

  // before: a filled total beside parts that sum to another figure (350 beside 300 + 54) was published without a word
  it("keeps a filled total that its parts do not sum to, and names the total, the parts and their sum", async () => {
    const { rows, report } = await runBytes("医療機関名,医療機関の種類,住所,一般病床数,療養病床数,精神病床数,病床数合計\n"
      + "八王子総合病院,病院,八王子市元本郷町1-1-1,300,54,0,350\n"
      + "高尾療養病院,病院,八王子市高尾町2-2-2,60,120,,180\n"
      + "めじろ台病院,病院,八王子市めじろ台4-4-4,一部,,,12\n", "132012_hospital.csv");
    expect(rows.map((r) => r.record.beds)).toEqual([350, 180, 12]);
    expect(tuples(report, "total_differs_from_parts", "sum_part_unreadable")).toEqual([[1, "beds", "total_differs_from_parts"]]);
    const differs = report.issues.find((i) => i.code === "total_differs_from_parts");
    expect([differs?.severity, differs?.value, differs?.message_ja]).toEqual(["warning", "一般病床数 300 + 療養病床数 54 + 精神病床数 0",
      "2行目（データの1行目）：「病床数合計」の値「350」が、同じ行の内訳（一般病床数 300 + 療養病床数 54 + 精神病床数 0）の合計「354」と合いません。「病床数」には「病床数合計」の値をそのまま公開しました。合計と内訳のどちらが正しいか確認し、直してください。"]);
    const ages = ["0歳児定員", "1歳児定員", "2歳児定員", "3歳児定員", "4歳児定員", "5歳児定員"].join(",");
    const capacity = await runBytes(`施設名,住所,${ages},定員計\n目黒第一保育園,目黒区目黒1-1-1,9,12,15,15,15,15,90\n目黒第二保育園,目黒区目黒2-2-2,9,12,15,15,15,15,81\n`, "131105_preschool.csv");
    expect(capacity.rows.map((r) => r.record.capacity)).toEqual([90, 81]);
    expect(tuples(capacity.report, "total_differs_from_parts")).toEqual([[1, "capacity", "total_differs_from_parts"]]);
  });
});

describe("yes/no columns named in one list column", () => {
  const header = "名称,住所,緯度,経度,電話番号,市区町村コード";

  it("marks each hazard a site's 対象災害 names, in the standard's words or others (土砂災害, 火災), and no other", async () => {
    const csv = `${header},対象災害\n上野公園,東京都台東区上野公園5-20,35.7148,139.7745,03-5246-1111,131067,"洪水、崖崩れ、土石流及び地滑り、地震等"\n`
      + "隅田公園,東京都台東区花川戸1-1,35.7120,139.8010,03-5246-1111,131067,土砂災害・大規模火災\n"
      + "谷中霊園,東京都台東区谷中7-5-24,35.7236,139.7700,03-5246-1111,131067,\n";
    const { report, rows } = await runBytes(csv, "131067_evacuation_space.csv");
    const marked = rows.map((r) => Object.entries(r.record).filter(([k, v]) => k.startsWith("hazard_") && v === true).map(([k]) => k));
    expect(marked).toEqual([["hazard_flood", "hazard_landslide", "hazard_earthquake"], ["hazard_landslide", "hazard_large_fire"], []]);
    // a hazard not named is a "no", as the standard's empty cell is
    expect(rows[0].record.hazard_tsunami).toBe(false);
    expect(rows[0].extra).toMatchObject({ 対象災害: "洪水、崖崩れ、土石流及び地滑り、地震等" });
    expect(tuples(report, "columns_from_list")).toEqual([[null, "対象災害", "columns_from_list"]]);
    expect(tuples(report, "listed_word_unknown")).toEqual([]);
  });

  it("a cell of one hazard said to be the only one (地震のみ, 洪水・高潮のみ) names it, the others a no", async () => {
    const csv = `${header},対象とする異常な現象の種類\n東陽公園,東京都江東区東陽4-11-28,35.672,139.817,03-3647-1111,131083,地震のみ\n`
      + "木場公園,東京都江東区平野4-6-1,35.675,139.807,03-3647-1111,131083,洪水・高潮のみ\n";
    const { report, rows } = await runBytes(csv, "131083_evacuation_space.csv");
    const marked = rows.map((r) => Object.entries(r.record).filter(([k, v]) => k.startsWith("hazard_") && v === true).map(([k]) => k));
    expect(marked).toEqual([["hazard_earthquake"], ["hazard_flood", "hazard_storm_surge"]]);
    expect(rows.map((r) => [r.record.hazard_tsunami, r.record.hazard_large_fire, r.record.remarks])).toEqual([[false, false, null], [false, false, null]]);
    expect(tuples(report, "listed_word_unknown", "listed_read_in_part")).toEqual([]);
  });

  it("reads a ward list's 想定災害 as it reads 対象災害", async () => {
    const csv = `${header},想定災害\n練馬小学校,東京都練馬区練馬1-31-1,35.738,139.653,03-3993-1111,131202,洪水、地震、大規模な火事\n`;
    const { report, rows } = await runBytes(csv, "131202_evacuation_space.csv");
    const marked = Object.entries(rows[0].record).filter(([k, v]) => k.startsWith("hazard_") && v === true).map(([k]) => k);
    expect(marked).toEqual(["hazard_flood", "hazard_earthquake", "hazard_large_fire"]);
    expect(rows[0].record.hazard_tsunami).toBe(false);
    expect(tuples(report, "columns_from_list")).toEqual([[null, "想定災害", "columns_from_list"]]);
  });

  it("a word that names no hazard is told on its row, and only the hazards the file has no column for are read", async () => {
    const csv = `${header},災害種別_洪水,災害種別\nA公園,東京都台東区上野公園1,35.71,139.77,03-5246-1111,131067,1,"地震、竜巻"\n`;
    const { report, rows } = await runBytes(csv, "131067_evacuation_space.csv");
    // 洪水 from its own column; the hazards the cell does not name are not known (竜巻 may stand for one of them)
    expect(HAZARDS.map((k) => rows[0].record[k])).toEqual([true, null, null, true, null, null, null, null]);
    expect(report.issues.filter((i) => i.code === "listed_word_unknown").map((i) => [i.row, i.field, i.value, i.severity]))
      .toEqual([[1, "災害種別", "竜巻", "warning"]]);
    expect(report.issues.find((i) => i.code === "columns_from_list")?.value).not.toContain("洪水");
  });

  it("a word the standard has no hazard for (水害, 大雨) makes no hazard a no: those the cell does not name are unknown, the cell kept in 備考", async () => {
    const csv = "名称,住所,電話番号,指定避難所との重複,対象災害,備考\n"
      + "A公園,江東区東陽4-11-28,03-3647-9111,,水害,\n"
      + "B公園,江東区東陽4-11-29,03-3647-9111,1,洪水・水害・地震,芝生広場\n"
      + "C公園,江東区東陽4-11-30,03-3647-9111,,大雨,\n"
      + "D公園,江東区東陽4-11-31,03-3647-9111,,洪水・地震,\n";
    const { report, rows } = await runBytes(csv, "131083_evacuation_space.csv");
    expect(rows.map((r) => HAZARDS.map((k) => r.record[k]))).toEqual([
      [null, null, null, null, null, null, null, null],
      [true, null, null, true, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      // a cell of the standard's words only: what it does not name is a no, as the standard's empty cell is
      [true, false, false, true, false, false, false, false],
    ]);
    expect(rows.map((r) => [r.valid, r.record.remarks])).toEqual([
      [true, "対象災害：水害"], [true, "芝生広場 / 対象災害：洪水・水害・地震"], [true, "対象災害：大雨"], [true, null]]);
    expect(report.issues.filter((i) => i.severity !== "info").map((i) => [i.row, i.field, i.code, i.value]))
      .toEqual([[1, "対象災害", "listed_word_unknown", "水害"], [2, "対象災害", "listed_word_unknown", "水害"], [3, "対象災害", "listed_word_unknown", "大雨"]]);
    const told = report.issues.find((i) => i.code === "listed_word_unknown")!;
    expect(told.message_ja).toContain("このセルに書かれていない項目も「対象外・無」とせず空欄（不明）にしました");
    expect(told.message_en).toContain("the columns the cell does not name were left empty (unknown), not no");
  });

  it("a toilet's 設備 list gives its wheelchair, baby and ostomate flags; what it does not name stays unknown, its other words are no warning", async () => {
    const csv = "名称,設置位置,住所,緯度,経度,設備\n"
      + "上野公園公衆トイレ,公園内,東京都台東区上野公園1-1,35.714,139.774,\"男性用、女性用、車いす対応、ベビーシート、オストメイト\"\n"
      + "浅草公衆トイレ,駅前,東京都台東区浅草1-1,35.711,139.796,男女兼用\n";
    const { report, rows } = await runBytes(csv, "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.wheelchair_toilet, r.record.baby_care_toilet, r.record.ostomate_toilet])).toEqual([[true, true, true], [null, null, null]]);
    expect(tuples(report, "listed_word_unknown")).toEqual([]);
  });

  it("a list item with 用有 after its word (車いす用有) names its column, as 車いす対応 does", async () => {
    const { report, rows } = await runBytes("名称,設置位置,住所,設備\nA公衆トイレ,公園内,東京都台東区上野公園1-1,\"車いす用有、ベビーシート設置\"\n", "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.wheelchair_toilet, r.record.baby_care_toilet, r.record.ostomate_toilet])).toEqual([[true, true, null]]);
    expect(tuples(report, "listed_word_unknown")).toEqual([]);
  });

  it("a note that lists the columns' items (多目的トイレ（車いす・オストメイト対応）) reads them, as a plain list does", async () => {
    const { rows } = await runBytes("名称,設置位置,住所,設備\nA公衆トイレ,公園内,東京都台東区上野公園1-1,多目的トイレ（車いす・オストメイト対応）\n"
      + "B公衆トイレ,公園内,東京都台東区上野公園1-2,だれでもトイレ（車いす、ベビーシート）\n", "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.wheelchair_toilet, r.record.ostomate_toilet, r.record.baby_care_toilet])).toEqual([[true, true, null], [true, null, true]]);
  });

  it("a cell that says what is absent or left out (ベビーシートなし, 洪水以外の災害) marks nothing: no value, warned once, kept once in 備考 under its own header", async () => {
    const toilets = await runBytes("名称,設置位置,住所,設備,備考\nA公衆トイレ,公園内,東京都台東区上野公園1-1,\"ベビーシートなし、オストメイト無\",改修中\n", "131067_public_toilet.csv");
    const toilet = toilets.rows[0].record;
    expect([toilet.wheelchair_toilet, toilet.baby_care_toilet, toilet.ostomate_toilet, toilet.remarks])
      .toEqual([null, null, null, "改修中 / 設備：ベビーシートなし、オストメイト無"]);
    expect(toilets.report.issues.filter((i) => i.row === 1 && i.severity !== "info").map((i) => [i.field, i.code, i.value]))
      // 備考 改修中 alone does not say whether the toilet can be used: asked of the officer (closed-remarks.ts)
      .toEqual([["備考", "unsure_remarks_state", "A公衆トイレ,公園内,東京都台東区上野公園1-1,ベビーシートなし、オストメイト無,改修中"],
        ["設備", "listed_unread", "ベビーシートなし、オストメイト無"]]);
    // 地震・洪水以外全て: whether 以外 takes 地震 too is not told; 洪水以外の災害 and （地震時は除く） are no word for every hazard
    const sites = await runBytes("名称,住所,緯度,経度,電話番号,市区町村コード,対象災害\n"
      + "B公園,東京都台東区上野公園2,35.71,139.77,03-5246-1111,131067,地震・洪水以外全て\n"
      + "D公園,東京都台東区上野公園4,35.71,139.77,03-5246-1111,131067,洪水以外の災害\n"
      + "E公園,東京都台東区上野公園5,35.71,139.77,03-5246-1111,131067,全災害（地震時は除く）\n", "131067_evacuation_space.csv");
    // never a "no" for a hazard such a cell does not name, never a "yes" for one it names with 以外/除く
    for (const r of sites.rows) expect(HAZARDS.map((k) => r.record[k])).toEqual(HAZARDS.map(() => null));
    expect(sites.rows.map((r) => r.record.remarks)).toEqual(["対象災害：地震・洪水以外全て", "対象災害：洪水以外の災害", "対象災害：全災害（地震時は除く）"]);
    expect(sites.report.issues.filter((i) => i.severity !== "info").map((i) => [i.row, i.field, i.code]))
      .toEqual([[1, "対象災害", "listed_unread"], [2, "対象災害", "listed_unread"], [3, "対象災害", "listed_unread"]]);
  });

  it("every hazard but those named (全災害（火山現象を除く）, 洪水を除く全ての災害) is a yes for every other hazard and a no for those, said at info level", async () => {
    const sites = await runBytes("名称,住所,緯度,経度,電話番号,市区町村コード,対象災害\n"
      + "A公園,東京都台東区上野公園1,35.71,139.77,03-5246-1111,131067,全災害（火山現象を除く）\n"
      + "B公園,東京都台東区上野公園2,35.71,139.77,03-5246-1111,131067,全ての災害（洪水を除く）\n"
      + "C公園,東京都台東区上野公園3,35.71,139.77,03-5246-1111,131067,全災害（洪水・内水氾濫を除く）\n"
      + "D公園,東京都台東区上野公園4,35.71,139.77,03-5246-1111,131067,洪水を除く全ての災害\n"
      + "E公園,東京都台東区上野公園5,35.71,139.77,03-5246-1111,131067,高潮以外の全ての災害\n", "131067_evacuation_space.csv");
    // HAZARDS: 洪水, 崖崩れ…, 高潮, 地震, 津波, 大規模な火事, 内水氾濫, 火山現象
    expect(sites.rows.map((r) => HAZARDS.map((k) => r.record[k]))).toEqual([
      [true, true, true, true, true, true, true, false], [false, true, true, true, true, true, true, true],
      [false, true, true, true, true, true, false, true], [false, true, true, true, true, true, true, true],
      [true, true, false, true, true, true, true, true]]);
    expect(sites.rows.map((r) => r.record.remarks)).toEqual([null, null, null, null, null]);
    const said = sites.report.issues.filter((i) => i.code === "listed_all_except");
    expect(said.map((i) => [i.row, i.field, i.value, i.detail, i.severity])).toEqual([
      [1, "対象災害", "全災害（火山現象を除く）", "火山現象", "info"], [2, "対象災害", "全ての災害（洪水を除く）", "洪水", "info"],
      [3, "対象災害", "全災害（洪水・内水氾濫を除く）", "洪水・内水氾濫", "info"], [4, "対象災害", "洪水を除く全ての災害", "洪水", "info"],
      [5, "対象災害", "高潮以外の全ての災害", "高潮", "info"]]);
    expect(said[0].message_ja).toContain("「火山現象」を除くすべての項目にあたるため");
    expect(sites.report.issues.filter((i) => i.severity !== "info" && i.row !== null)).toEqual([]);
  });

  it("すべて / 全て / 全災害 / 全ての災害 is every hazard: all eight marked, said at info level", async () => {
    const words = ["すべて", "全て", "全災害", "全ての災害", "ＡＬＬ"];
    const csv = "名称,住所,緯度,経度,電話番号,市区町村コード,対象災害\n"
      + words.map((w, i) => `${i}公園,東京都稲城市東長沼${i + 1},35.638,139.505,042-378-2111,132250,${w}`).join("\n") + "\n";
    const { report, rows } = await runBytes(csv, "132250_evacuation_space.csv");
    expect(rows.slice(0, 4).map((r) => HAZARDS.map((k) => r.record[k]))).toEqual(words.slice(0, 4).map(() => HAZARDS.map(() => true)));
    expect(rows.slice(0, 4).map((r) => r.record.remarks)).toEqual([null, null, null, null]);
    expect(report.issues.filter((i) => i.code === "listed_all").map((i) => [i.row, i.field, i.value, i.severity]))
      .toEqual([[1, "対象災害", "すべて", "info"], [2, "対象災害", "全て", "info"], [3, "対象災害", "全災害", "info"], [4, "対象災害", "全ての災害", "info"]]);
    // a word it does not know is warned, as before, and names no hazard: all eight unknown, not no
    expect(tuples(report, "listed_word_unknown")).toEqual([[5, "対象災害", "listed_word_unknown"]]);
    expect(HAZARDS.map((k) => rows[4].record[k])).toEqual(HAZARDS.map(() => null));
  });

  it("a list with a note reads its plain words (地震 with the note kept, 洪水): the hazards it does not name are unknown, not no; the note's words are not read", async () => {
    const csv = "名称,住所,緯度,経度,電話番号,市区町村コード,対象災害,備考\n"
      + "A公園,東京都調布市小島町1,35.65,139.54,042-481-7111,132098,地震（大規模火災時を除く）、洪水,\n"
      + "B公園,東京都調布市小島町2,35.65,139.54,042-481-7111,132098,\"地震、大規模な火事、土砂災害（がけ崩れ）\",\n"
      + "C公園,東京都調布市小島町3,35.65,139.54,042-481-7111,132098,地震（一時集合場所）,芝生広場\n";
    const { report, rows } = await runBytes(csv, "132098_evacuation_space.csv");
    expect(HAZARDS.map((k) => rows[0].record[k])).toEqual([true, null, null, true, null, null, null, null]);
    expect(rows[0].record.remarks).toBe("対象災害：地震（大規模火災時を除く）、洪水");
    // a bracket that only names the item's own hazard again is no note: the list is read whole
    expect(HAZARDS.map((k) => rows[1].record[k])).toEqual([false, true, false, true, false, true, false, false]);
    expect(rows[1].record.remarks).toBeNull();
    expect(HAZARDS.map((k) => rows[2].record[k])).toEqual([null, null, null, true, null, null, null, null]);
    expect(rows[2].record.remarks).toBe("芝生広場 / 対象災害：地震（一時集合場所）");
    // one issue per cell, under the list's own header; none per hazard column
    expect(report.issues.filter((i) => i.row !== null && i.severity !== "info").map((i) => [i.row, i.field, i.code]))
      .toEqual([[1, "対象災害", "listed_read_in_part"], [3, "対象災害", "listed_read_in_part"]]);
    expect(report.issues.filter((i) => i.code === "unparseable_mark" || i.code === "kept_as_remarks")).toEqual([]);
  });
});

const HAZARDS = ["hazard_flood", "hazard_landslide", "hazard_storm_surge", "hazard_earthquake", "hazard_tsunami", "hazard_large_fire", "hazard_inland_flood",
  "hazard_volcano"];

describe("a yes/no column whose header names several hazards (洪水・高潮)", () => {
  it("marks each of them from the one cell; the column is no unknown header, and is said once", async () => {
    for (const combined of ["洪水・高潮", "洪水、高潮", "災害種別_洪水・高潮", "洪水/高潮"]) {
      const csv = `NO,名称,住所,緯度,経度,電話番号,${combined},地震,大規模な火事,"がけ崩れ・土石流・地すべり"\n`
        + "1,江東区立南砂小学校,江東区南砂4-12-1,35.6720,139.8300,03-3647-9111,○,○,,○\n2,江東区立有明中学校,江東区有明1-5-1,35.6390,139.7920,03-3647-9111,,○,○,\n";
      const { report, rows } = await runBytes(csv, "131083_evacuation_space.csv");
      expect([combined, rows.map((r) => HAZARDS.map((k) => r.record[k]))]).toEqual([combined, [
        [true, true, true, true, null, false, null, null],
        [false, false, false, true, null, true, null, null],
      ]]);
      expect(rows[0].extra).toEqual({ [combined]: "○" });
      expect(report.issues.filter((i) => i.code === "column_combined").map((i) => [i.field, i.value, i.severity])).toEqual([
        [combined, "災害種別_洪水 / 災害種別_高潮", "info"]]);
      expect(tuples(report, "unknown_header")).toEqual([]);
    }
  });

  it("a cell that does not read (要確認, 一部) leaves each of them unknown, is said once and kept once in 備考 under its own header", async () => {
    const csv = "名称,住所,緯度,経度,電話番号,洪水・高潮,地震,備考\n"
      + "A公園,東京都江東区南砂1,35.67,139.83,03-3647-9111,要確認,○,\n"
      + "B公園,東京都江東区南砂2,35.67,139.83,03-3647-9111,一部,○,校庭のみ\n"
      + "C公園,東京都江東区南砂3,35.67,139.83,03-3647-9111,○（浸水時は2階以上）,,\n"
      + "D公園,東京都江東区南砂4,35.67,139.83,03-3647-9111,,○,\n";
    const { report, rows } = await runBytes(csv, "131083_evacuation_space.csv");
    expect(rows.map((r) => [r.record.hazard_flood, r.record.hazard_storm_surge, r.record.hazard_earthquake, r.record.remarks])).toEqual([
      [null, null, true, "洪水・高潮：要確認"],
      [null, null, true, "校庭のみ / 洪水・高潮：一部"],
      // a yes with a note: read as yes for both, the cell kept once
      [true, true, false, "洪水・高潮：○（浸水時は2階以上）"],
      [false, false, true, null],
    ]);
    expect(rows[0].extra).toEqual({ "洪水・高潮": "要確認" });
    // one issue per cell, under the file's header; none per hazard column, and no kept_as_remarks besides
    expect(report.issues.filter((i) => i.row !== null && i.severity !== "info").map((i) => [i.row, i.field, i.code, i.value])).toEqual([
      [1, "洪水・高潮", "combined_unread", "要確認"], [2, "洪水・高潮", "combined_unread", "一部"], [3, "洪水・高潮", "flag_with_note", "○（浸水時は2階以上）"]]);
    expect(report.issues.filter((i) => ["unparseable_mark", "partial_flag", "partial_mark", "kept_as_remarks"].includes(i.code))).toEqual([]);
    const unread = report.issues.find((i) => i.code === "combined_unread")!;
    expect(unread.message_ja).toContain("列「洪水・高潮」の値「要確認」は該当の有無として読めない（または一部だけを表す）ため、この列がまとめる項目（災害種別_洪水 / 災害種別_高潮）を「対象・有」とも「対象外・無」ともせず空欄（不明）にしました。セルは備考に「洪水・高潮：…」として1回だけ残しました。");
    expect(unread.message_en).toContain("\"要確認\" in the column 洪水・高潮 is no yes/no value (or says only part), so the columns it stands for (災害種別_洪水 / 災害種別_高潮) were left empty (unknown)");
  });

  it("a combined 有/無 column (public toilets: 車いす・オストメイト) is read the same way", async () => {
    const csv = "名称,設置位置,住所,車いす・オストメイト,備考\nA公衆トイレ,公園内,東京都台東区上野公園1-1,一部,\n"
      + "B公衆トイレ,公園内,東京都台東区上野公園1-2,有,\nC公衆トイレ,公園内,東京都台東区上野公園1-3,無（改修中）,改修中\n";
    const { report, rows } = await runBytes(csv, "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.wheelchair_toilet, r.record.ostomate_toilet, r.record.remarks])).toEqual([
      [null, null, "車いす・オストメイト：一部"], [true, true, null], [false, false, "改修中 / 車いす・オストメイト：無（改修中）"]]);
    expect(report.issues.filter((i) => i.row !== null && i.severity !== "info").map((i) => [i.row, i.field, i.code]))
      .toEqual([[1, "車いす・オストメイト", "combined_unread"], [3, "備考", "unsure_remarks_state"], [3, "車いす・オストメイト", "flag_with_note"]]);
  });

  it("the landslide's words in another order or spelling (崖崩れ・地すべり・土石流) are its column", async () => {
    const csv = "名称,住所,緯度,経度,電話番号,崖崩れ・地すべり・土石流\nA公園,東京都江東区南砂1,35.67,139.83,03-3647-9111,1\n";
    const { report, rows } = await runBytes(csv, "131083_evacuation_space.csv");
    expect(rows[0].record.hazard_landslide).toBe(true);
    expect(report.issues.filter((i) => i.code === "column_combined").map((i) => [i.field, i.value])).toEqual([["崖崩れ・地すべり・土石流", "災害種別_崖崩れ、土石流及び地滑り"]]);
  });

  it("a header with a word that names no hazard, or a hazard the file has its own column for, is left as it was", async () => {
    const csv = "名称,住所,緯度,経度,電話番号,洪水・竜巻,洪水,高潮\nA公園,東京都江東区南砂1,35.67,139.83,03-3647-9111,○,,○\n";
    const { report, rows } = await runBytes(csv, "131083_evacuation_space.csv");
    expect([rows[0].record.hazard_flood, rows[0].record.hazard_storm_surge]).toEqual([false, true]);
    expect(rows[0].extra).toEqual({ "洪水・竜巻": "○" });
    expect(tuples(report, "column_combined")).toEqual([]);
  });
});

describe("yes/no columns that are parts of one hazard (崖崩れ | 土石流 | 地滑り)", () => {
  const HEAD = "名称,住所,緯度,経度,電話番号,洪水";
  const SITE = "A公園,東京都八王子市元本郷町三丁目24番1号,35.66,139.31,042-626-3111,○";

  it("are together the standard's one column: yes when any is, the parts kept in extra, said once", async () => {
    for (const parts of [["崖崩れ", "土石流", "地滑り"], ["災害種別_崖崩れ", "災害種別_土石流", "災害種別_地滑り"], ["がけ崩れ", "土石流", "地すべり"]]) {
      const csv = `${HEAD},${parts.join(",")},地震\n${SITE},,○,,○\n${SITE},○,,,\n${SITE},,,,○\n`;
      const { report, rows } = await runBytes(csv, "132012_evacuation_space.csv");
      expect(rows.map((r) => r.record.hazard_landslide)).toEqual([true, true, false]);
      expect(rows[0].extra).toEqual({ [parts[1]]: "○" });
      expect(report.header.filter((h) => parts.includes(h.source)).map((h) => h.field)).toEqual([null, null, null]);
      expect(report.issues.filter((i) => i.row === null && /header|joined/.test(i.code)).map((i) => [i.field, i.code, i.severity, i.value]))
        .toEqual([["hazard_landslide", "flag_columns_joined", "warning", parts.join(" + ")]]);
      // the cell read is the part's as written: its mark said as any mark is
      expect(tuples(report, "nonstandard_mark").filter(([, field]) => field === "hazard_landslide")).toEqual([[1, "hazard_landslide", "nonstandard_mark"], [2, "hazard_landslide", "nonstandard_mark"]]);
    }
  });

  it("a part that does not read, with no part yes, leaves the column unknown and says so; a no with no yes is a no", async () => {
    const csv = `${HEAD},崖崩れ,土石流,地滑り\n${SITE},×,要確認,\n${SITE},×,,\n${SITE},要確認,1,\n`;
    const { report, rows } = await runBytes(csv, "132012_evacuation_space.csv");
    expect(rows.map((r) => r.record.hazard_landslide)).toEqual([null, false, true]);
    expect(tuples(report, "unparseable_mark")).toEqual([[1, "hazard_landslide", "unparseable_mark"]]);
  });

  it("one part alone is the column by its alias; beside the standard's column the parts are duplicates, as before", async () => {
    const alone = await runBytes(`${HEAD},崖崩れ\n${SITE},○\n`, "132012_evacuation_space.csv");
    expect(alone.report.header.at(-1)).toEqual({ source: "崖崩れ", field: "hazard_landslide", method: "alias" });
    expect(tuples(alone.report, "flag_columns_joined")).toEqual([]);
    const both = await runBytes(`${HEAD},災害種別_崖崩れ、土石流及び地滑り,崖崩れ,土石流\n${SITE},1,,○\n`, "132012_evacuation_space.csv");
    expect(both.rows[0].record.hazard_landslide).toBe(true);
    expect(tuples(both.report, "duplicate_header", "flag_columns_joined")).toEqual([[null, "崖崩れ", "duplicate_header"], [null, "土石流", "duplicate_header"]]);
  });

  it("洪水 | 内水氾濫 stay two columns: the standard has them apart", async () => {
    const { rows, report } = await runBytes(`${HEAD},内水氾濫\n${SITE},\n`, "132012_evacuation_space.csv");
    expect([rows[0].record.hazard_flood, rows[0].record.hazard_inland_flood]).toEqual([true, false]);
    expect(tuples(report, "flag_columns_joined", "duplicate_header")).toEqual([]);
  });

  it("崖崩れ等, 災害種別_崖崩れ等, 土砂災害等 are the landslide's column by alias, not by a loose match", async () => {
    for (const header of ["崖崩れ等", "災害種別_崖崩れ等", "災害種別_がけ崩れ等", "土砂災害等", "崖崩れ、土石流及び地滑り"]) {
      const { report } = await runBytes(`${HEAD},${header}\n${SITE},1\n`, "132012_evacuation_space.csv");
      expect(report.header.at(-1)).toEqual({ source: header, field: "hazard_landslide", method: "alias" });
    }
  });
});

describe("days given as one column per day (月 | 火 | … of ○ / × or the day's hours)", () => {
  const days = (r: { record: Record<string, unknown> }) => [r.record.available_days, r.record.availability_remarks];

  it("診療曜日 lists the days marked, as the standard writes them; a day's hours mark it and go into 診療日時特記事項 after the day", async () => {
    const csv = "医療機関名,医療機関の種類,所在地,月,火,水,木,金,土,日,祝\n"
      + "江東豊洲クリニック,無床診療所,江東区豊洲3-2-20,9:00～12:00 15:00～18:00,9:00～12:00 15:00～18:00,休診,9:00～12:00 15:00～18:00,9:00～12:00 15:00～18:00,9:00～13:00,休診,休診\n"
      + "亀戸駅前内科,無床診療所,江東区亀戸5-1-1,○,○,○,×,○,○,×,×\n"
      + "門前仲町皮膚科,無床診療所,江東区富岡1-5-5,○,○,休,○,午後休診,午前のみ,－,\n";
    const { rows, report } = await runBytes(csv, "131083_hospital.csv");
    expect(rows.map(days)).toEqual([
      ["月火木金土", "月：9:00～12:00 15:00～18:00 / 火：9:00～12:00 15:00～18:00 / 木：9:00～12:00 15:00～18:00 / 金：9:00～12:00 15:00～18:00 / 土：9:00～13:00"],
      ["月火水金土", null],
      ["月火木金土", "金：午後休診 / 土：午前のみ"]]);
    expect(rows[1].extra).toMatchObject({ 月: "○", 木: "×" });
    expect(tuples(report, "columns_listed", "marked_cells_labelled")).toEqual([[null, "available_days", "columns_listed"],
      [null, "availability_remarks", "marked_cells_labelled"]]);
  });

  it("診療日 over 月 | 火 | … (two header rows), and 月曜日 | 祝日 headers, after the file's own 特記事項", async () => {
    const twoRows = await runBytes("医療機関名,医療機関の種類,所在地,診療科目,診療日,,,,,,,\n,,,,月,火,水,木,金,土,日,祝\n"
      + "亀戸駅前内科,無床診療所,江東区亀戸5-1-1,内科,○,○,○,×,○,午前のみ,×,×\n", "131083_hospital.csv");
    expect(twoRows.rows.map(days)).toEqual([["月火水金土", "土：午前のみ"]]);
    const facility = await runBytes("名称,所在地,月曜日,火曜日,水曜日,土曜日,日曜日,祝日,利用可能日時特記事項\n"
      + "江東区民センター,江東区大島4-5-1,○,○,○,9:00～12:00,×,○,年末年始は休館\n", "131083_public_facility.csv");
    expect(facility.rows.map(days)).toEqual([["月火水土祝", "年末年始は休館 / 土曜日：9:00～12:00"]]);
  });

  it("a day split into 午前 | 午後 (月 over 午前 | 午後, 午前 over 月 | 火, 月（午前）, 月曜午後) is one day, open when either is; a day open in one session only is said in 診療日時特記事項", async () => {
    // before: 月_午前 … went to extra with no 診療曜日, and 月（午前）| 月（午後） gave 診療曜日「月月火火水水木」
    const dayOver = await runBytes("名称,医療機関の種類,所在地,月,,火,,水,,木,,土,\n,,,午前,午後,午前,午後,午前,午後,午前,午後,午前,午後\n"
      + "王子内科,無床診療所,北区王子1-1-1,○,○,○,○,×,×,○,×,○,－\n", "131172_hospital.csv");
    expect(dayOver.rows.map(days)).toEqual([["月火木土", "木：午前のみ / 土：午前のみ"]]);
    expect(dayOver.rows[0].extra).toMatchObject({ 月_午前: "○", 木_午後: "×" });
    expect(tuples(dayOver.report, "columns_listed", "marks_by_session", "unknown_header")).toEqual([[null, "available_days", "columns_listed"],
      [null, "available_days", "marks_by_session"]]);
    expect(dayOver.report.issues.find((i) => i.code === "marks_by_session")?.message_ja).toContain("「木：午前のみ」のように「診療日時特記事項」に入れました");
    const sessionOver = await runBytes("名称,医療機関の種類,所在地,午前,,,午後,,\n,,,月,火,水,月,火,水\n"
      + "赤羽医院,無床診療所,北区赤羽2-2-2,○,○,○,○,×,○\n", "131172_hospital.csv");
    expect(sessionOver.rows.map(days)).toEqual([["月火水", "火：午前のみ"]]);
    const oneRow = await runBytes("名称,医療機関の種類,所在地,月（午前）,月（午後）,火曜午前,火曜午後,水（AM）,水（PM）\n"
      + "十条医院,無床診療所,北区十条1-1-1,9:00～12:00,15:00～18:00,○,休診,×,×\n", "131172_hospital.csv");
    expect(oneRow.rows.map(days)).toEqual([["月火", "月（午前）：9:00～12:00 / 月（午後）：15:00～18:00 / 火：午前のみ"]]);
  });

  it("not from 月 | 日 of a date split over 年 | 月 | 日, nor when the file has the days' column", async () => {
    const date = await runBytes("名称,所在地,年,月,日\n江東区民センター,江東区大島4-5-1,2024,4,1\n", "131083_public_facility.csv");
    expect(date.rows[0].record.available_days).toBeNull();
    const own = await runBytes("名称,所在地,利用可能曜日,月,火,水\n江東区民センター,江東区大島4-5-1,月～土,○,○,×\n", "131083_public_facility.csv");
    expect(days(own.rows[0])).toEqual(["月火水木金土", null]);
  });

  it.each(["休館日", "休診日", "定休日", "閉館日"])("not from days under %s (its ○ are the days closed): they stay in extra under the group's name", async (group) => {
    const { rows } = await runBytes(`名称,所在地,${group},,,,,,,,開館時間,閉館時間\n,,月,火,水,木,金,土,日,祝,,\n`
      + "区民会館,千代田区九段南1-2-1,○,,,,,,,○,9:00,21:00\n", "131016_public_facility.csv");
    expect(days(rows[0])).toEqual([null, null]);
    expect(rows[0].extra).toEqual({ [`${group}_月`]: "○", [`${group}_祝`]: "○" });
  });
});

describe("a column a standard column is read from is no unknown column (its derived column's issue names it)", () => {
  const singles = (sex: string) => Array.from({ length: 5 }, (_, y) => `${y}歳${sex}`);
  it.each<[string, string, string, string]>([
    ["single years summed into 0-4歳", "131148_population.csv", ["地域名", ...singles("男"), ...singles("女"), "担当"].join(","), "columns_summed"],
    ["services marked one column each", "132144_care_service.csv", "事業所名,所在地,訪問介護,通所介護,居宅介護支援,担当", "columns_listed"],
    ["days marked one column each", "131083_hospital.csv", "医療機関名,医療機関の種類,所在地,月,火,水,木,金,土,日,祝,担当", "columns_listed"],
    ["hazard parts of one column", "132012_evacuation_space.csv", "名称,住所,崖崩れ,土石流,地滑り,担当", "flag_columns_joined"],
    ["one column for two hazards", "132012_evacuation_space.csv", "名称,住所,洪水・高潮,担当", "column_combined"],
    ["a list of hazards in one column", "132012_evacuation_space.csv", "名称,住所,対象災害,担当", "columns_from_list"],
  ])("%s", async (_, fileName, header, said) => {
    const { report } = await runBytes(`${header}\n`, fileName);
    expect(report.issues.filter((i) => i.code === "unknown_header").map((i) => i.field)).toEqual(["担当"]);
    expect(report.issues.map((i) => i.code)).toContain(said);
  });
});


describe("a population file whose open band is written with - or + (男(85-), 85+_女) or whose bands with から (0歳から4歳男)", () => {
  const file = (band: (lo: number, hi: number, sex: string) => string, open: (sex: string) => string, totals: boolean) => {
    const header = ["町丁名", ...(totals ? ["男", "女"] : []), "総数"];
    const cells: number[] = [];
    for (let lo = 0; lo < 85; lo += 5) {
      header.push(band(lo, lo + 4, "男"), band(lo, lo + 4, "女"));
      cells.push(1, 2);
    }
    header.push(open("男"), open("女"));
    cells.push(30, 40);
    const [male, female] = [17 + 30, 34 + 40];
    return `${header.join(",")}\n本町一丁目,${totals ? `${male},${female},` : ""}${male + female},${cells.join(",")}\n`;
  };

  it("reads the open band as 85歳以上, never as the sex's total (before: 男(85-) was taken for 男性 when the file had no 男 column)", async () => {
    for (const [band, open, totals] of [
      [(lo: number, hi: number, s: string) => `${s}(${lo}-${hi})`, (s: string) => `${s}(85-)`, false],
      [(lo: number, hi: number, s: string) => `${s}(${lo}-${hi})`, (s: string) => `${s}(85-)`, true],
      [(lo: number, hi: number, s: string) => `${lo}-${hi}_${s}`, (s: string) => `85+_${s}`, true],
      [(lo: number, hi: number, s: string) => `${lo}歳から${hi}歳${s}`, (s: string) => `85歳以上${s}`, true],
    ] as const) {
      const { rows } = await runBytes(file(band, open, totals), "131041_population_20240101.csv");
      const r = rows[0].record;
      expect([open("男"), r.male, r.female, r.age_0_4_male, r.age_80_84_female, r.age_85_plus_male, r.age_85_plus_female])
        .toEqual([open("男"), 47, 74, 1, 2, 30, 40]);
    }
  });
});
