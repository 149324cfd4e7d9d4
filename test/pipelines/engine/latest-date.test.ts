// 最終更新日 whose cell gives a later date in its note: the latest is the column's, not the first.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

const HEADER = "NO,データ名称,分類,公開日,最終更新日,URL";
const row = (no: number, issued: string, modified: string) => `${no},データ${no},行財政,${issued},${modified},https://example.jp/${no}.html`;

describe("a 最終更新日 with a later date in its note", () => {
  // before: 2020-04-01, the date the note revises, published as the last update
  it("takes the latest date the cell gives (date_latest_in_note), the cell kept; 公開日 keeps the first", async () => {
    const csv = [HEADER, row(1, "2020/04/01（2024/03/01更新）", "2020/04/01（2024/03/01更新）"), row(2, "2019/4/1", "平成31年4月1日 ※令和6年4月1日更新"),
      row(3, "2019/4/1", "2024年4月1日（随時更新）"), row(4, "2019/4/1", "2024/03/01（2020/04/01初版）")].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131148_open_data_list.csv");
    expect(rows.map((r) => [r.record.issued, r.record.modified])).toEqual([["2020-04-01", "2024-03-01"], ["2019-04-01", "2024-04-01"],
      ["2019-04-01", "2024-04-01"], ["2019-04-01", "2024-03-01"]]);
    const said = report.issues.filter((i) => i.code === "date_latest_in_note");
    expect(said.map((i) => [i.row, i.field, i.detail, i.severity])).toEqual([[1, "modified", "2024-03-01", "warning"], [2, "modified", "2024-04-01", "warning"]]);
    expect(said[0].message_ja).toContain("最も新しい「2024-03-01」を値にし");
    expect(rows[0].record.remarks).toContain("2020/04/01（2024/03/01更新）");
  });
});
