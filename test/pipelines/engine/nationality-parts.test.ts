// Population tables by nationality (日本人 | 外国人, each 男 | 女 | 計): the standard counts every resident, so a sex's
// columns of both nationalities are summed into it; beside the file's own 男 they check it.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

type Run = Awaited<ReturnType<typeof runBytes>>;
const counts = ({ rows }: Run) => rows.map((r) => [r.record.area_name, r.record.total, r.record.male, r.record.female]);
const said = ({ report }: Run, code: string) => report.issues.filter((i) => i.code === code).map((i) => [i.row, i.field, i.value]);

describe("columns of a count by nationality", () => {
  it("in one header row (男（日本人） | 男（外国人） …) are summed into 男性, 女性 and 総人口, said once each", async () => {
    const text = "町丁名,調査年月日,男（日本人）,男（外国人）,女（日本人）,女（外国人）,日本人,外国人\r\n本町一丁目,2024-04-01,440,10,470,10,910,20\r\n";
    const run = await runBytes(text, "131130_population.csv");
    expect(counts(run)).toEqual([["本町一丁目", 930, 450, 480]]);
    expect(said(run, "columns_summed")).toEqual([
      [null, "male", "男（日本人） + 男（外国人）"], [null, "female", "女（日本人） + 女（外国人）"], [null, "total", "日本人 + 外国人"]]);
    expect(run.report).toMatchObject({ valid: 1, invalid: 0 });
  });

  it("beside the file's own 男, 女 and 総数 they check them: a total that is not their sum is warned and kept as written", async () => {
    const text = "町丁名,調査年月日,総数,男,女,日本人_男,外国人_男,日本人_女,外国人_女\r\n本町一丁目,2024-04-01,930,451,480,440,10,470,10\r\n";
    const run = await runBytes(text, "131130_population.csv");
    expect(counts(run)).toEqual([["本町一丁目", 930, 451, 480]]);
    expect(said(run, "total_differs_from_parts").map(([row, field]) => [row, field])).toEqual([[1, "male"]]);
  });

  // before: 総数_男 | 総数_女 | 総数_計 were unknown headers: 男性 was published as the parts' sum (85, not the file's 86)
  // with no word, and without the parts every row was invalid (no 男性, 女性, 総人口)
  it("the whole's own columns over 男 | 女 | 計 (総数_男, 総数 男, 総数（男）, 男（総数）) are 男性, 女性, 総人口, which the parts check", async () => {
    const text = "町丁名,調査年月日,日本人_男,日本人_女,外国人_男,外国人_女,総数_男,総数_女,総数_計\r\n本町一丁目,2024-01-01,80,90,5,6,86,96,182\r\n";
    const run = await runBytes(text, "131041_population.csv");
    expect(counts(run)).toEqual([["本町一丁目", 182, 86, 96]]);
    expect(said(run, "total_differs_from_parts")).toEqual([[1, "male", "日本人_男 80 + 外国人_男 5"]]);
    expect(said(run, "unknown_header")).toEqual([]);
    for (const [m, f, t] of [["総数 男", "総数 女", "総数 計"], ["総数（男）", "総数（女）", "総数（計）"], ["男（総数）", "女（総数）", "計（総数）"], ["合計_男性", "合計_女性", "合計_計"]]) {
      const alone = await runBytes(`町丁名,調査年月日,世帯数,${m},${f},${t}\r\n本町一丁目,2024-01-01,100,85,96,181\r\n`, "131041_population.csv");
      expect([m, ...counts(alone)[0], alone.rows[0].valid]).toEqual([m, "本町一丁目", 181, 85, 96, true]);
    }
  });

  it("one nationality alone is no whole: 日本人_男 without 外国人_男 stays in extra", async () => {
    const text = "町丁名,調査年月日,日本人_男,日本人_女\r\n本町一丁目,2024-04-01,440,470\r\n";
    const run = await runBytes(text, "131130_population.csv");
    expect(counts(run)).toEqual([["本町一丁目", null, null, null]]);
    expect(run.rows[0].extra).toEqual({ 日本人_男: "440", 日本人_女: "470" });
  });
});

describe("the 住民基本台帳's households of both nationalities (複数国籍世帯, 混合世帯)", () => {
  // before: a 複数国籍 row was read as the area's record (a second 東上野一丁目 of 30 residents), and 世帯数（複数国籍）
  // was told as the same item as 世帯数 (qualified_header: "merge the columns")
  it("a 区分 row of them is a part row as 日本人 and 外国人 are, and a column of them a part, not 世帯数 itself", async () => {
    const rows = await runBytes(["調査年月日,地域名,区分,世帯数,総人口,男性,女性", "2024-01-01,東上野一丁目,日本人,800,1500,740,760",
      "2024-01-01,東上野一丁目,外国人,100,150,70,80", "2024-01-01,東上野一丁目,複数国籍,10,30,15,15", "2024-01-01,東上野一丁目,計,910,1680,825,855"].join("\n"),
    "131067_population.csv");
    expect(rows.rows.map((r) => [r.row, r.record.area_name, r.record.total, r.record.households])).toEqual([[4, "東上野一丁目", 1680, 910]]);
    expect(said(rows, "breakdown_row").map(([row]) => row)).toEqual([1, 2, 3]);
    const columns = await runBytes("町丁名,調査年月日,世帯数,人口,世帯数（日本人）,世帯数（外国人）,世帯数（複数国籍）\n本町一丁目,2024-01-01,1000,2000,950,40,10\n",
      "131130_population.csv");
    expect([columns.rows[0].record.households, columns.rows[0].extra]).toEqual([1000, { "世帯数（日本人）": "950", "世帯数（外国人）": "40", "世帯数（複数国籍）": "10" }]);
    expect(said(columns, "qualified_header")).toEqual([]);
  });
});

describe("households by nationality as columns with no 世帯数 column (世帯数（日本人のみ） | 世帯数（外国人のみ） | 世帯数（複数国籍）)", () => {
  // before: 世帯数（日本人のみ） was read as 世帯数 itself, the others left in extra: the Japanese-only households published
  // as every household
  it("sums them into 世帯数, and one alone is no 世帯数", async () => {
    for (const header of ["世帯数（日本人のみ）,世帯数（外国人のみ）,世帯数（複数国籍）", "日本人世帯,外国人世帯,混合世帯", "日本人のみ世帯数,外国人のみ世帯数,複数国籍世帯数"]) {
      const run = await runBytes(`町丁名,調査年月日,男,女,計,${header}\n本町一丁目,2024-04-01,480,520,1000,480,15,5\n`, "131130_population.csv");
      expect([header, run.rows[0].record.households]).toEqual([header, 500]);
      expect(said(run, "columns_summed").map(([, field]) => field)).toEqual(["households"]);
    }
    const alone = await runBytes("町丁名,調査年月日,男,女,計,世帯数（日本人のみ）\n本町一丁目,2024-04-01,480,520,1000,480\n", "131130_population.csv");
    expect([alone.rows[0].record.households, alone.rows[0].extra]).toEqual([null, { "世帯数（日本人のみ）": "480" }]);
  });
});
