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

describe("seasonal hours split across the start and end columns of a hospital list", () => {
  const HOSPITALS = "名称,医療機関の種類,所在地,開始時間,終了時間";
  it("publishes no season's time as the year's, in any wording, and keeps both cells in 診療日時特記事項", async () => {
    const cells: Array<[string, string]> = [["4月～9月 9:00、10月～3月 9:30", "4月～9月 17:00、10月～3月 16:30"],
      ["（4～9月）9時、（10～3月）9時30分", "（4～9月）17時、（10～3月）16時30分"], ["9:00(夏季)/9:30(冬季)", "17:00(夏季)/16:30(冬季)"],
      ["9:00（10月～3月は9:30）", "17:00（10月～3月は16:30）"]];
    const { rows, report } = await runBytes([HOSPITALS, ...cells.map(([start, end], k) => `神田医院${k + 1},無床診療所,千代田区神田1-${k + 1},${start},${end}`)].join("\n"),
      "131016_hospital.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks]))
      .toEqual(cells.map(([start, end]) => [null, null, `${start} / ${end}`]));
    expect(tuples(report, "hours_by_season", "time_with_note", "unparseable_time")).toEqual(cells.flatMap((_, k) => [[k + 1, "start_time", "hours_by_season"],
      [k + 1, "end_time", "hours_by_season"]]));
    const said = report.issues.find((i) => i.code === "hours_by_season" && i.field === "end_time")!;
    expect(said.message_en).toContain("\"4月～9月 17:00、10月～3月 16:30\" (end_time) gives different hours for different parts of the year");
    expect(report.issues.find((i) => i.code === "kept_as_remarks")?.message_ja).toContain("「診療日時特記事項」に文字のまま残しました");
  });
});
