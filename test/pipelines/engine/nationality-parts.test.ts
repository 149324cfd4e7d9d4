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

  it("one nationality alone is no whole: 日本人_男 without 外国人_男 stays in extra", async () => {
    const text = "町丁名,調査年月日,日本人_男,日本人_女\r\n本町一丁目,2024-04-01,440,470\r\n";
    const run = await runBytes(text, "131130_population.csv");
    expect(counts(run)).toEqual([["本町一丁目", null, null, null]]);
    expect(run.rows[0].extra).toEqual({ 日本人_男: "440", 日本人_女: "470" });
  });
});
