// Hours that differ by season in one cell (4月～9月 9:00～17:00、10月～3月 9:00～16:30): no season's time is published as
// the year's; the report says why the time is empty and where the cell went.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "名称,所在地_連結表記,設置位置,緯度,経度,電話番号,利用可能曜日,開始時間,終了時間,利用可能日時特記事項";

describe("seasonal hours in an AED list", () => {
  it("leaves the times empty, says the hours differ by season, and keeps the cell in 利用可能日時特記事項", async () => {
    const seasonal = "4月～9月 9:00～17:00、10月～3月 9:00～16:30";
    const { rows, report } = await runBytes([HEADER,
      `新宿中央公園管理事務所,東京都新宿区西新宿2-11,管理事務所入口,35.6895,139.6900,03-3342-4509,毎日,${seasonal},,`].join("\n"), "131041_aed.csv");
    expect(rows[0].record).toMatchObject({ start_time: null, end_time: null, availability_remarks: seasonal });
    expect(tuples(report, "hours_by_season", "kept_as_remarks", "unparseable_time")).toEqual([[1, "start_time", "hours_by_season"],
      [1, "availability_remarks", "kept_as_remarks"]]);
    const said = report.issues.find((i) => i.code === "hours_by_season")!;
    expect(said.severity).toBe("warning");
    expect(said.message_ja).toContain("時期（月）によって違う時間");
    expect(said.message_ja).toContain("1年中のものとして公開されるため");
    expect(said.message_en).toContain("different hours for different parts of the year");
    expect(report.issues.find((i) => i.code === "kept_as_remarks")?.message_ja).toContain("「利用可能日時特記事項」に文字のまま残しました");
  });
});
