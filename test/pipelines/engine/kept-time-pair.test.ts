// A start and an end time that both do not read (日の出 | 日没) and go to one text column of their own: each is kept
// labelled with its end, so which was the start and which the end is not lost.
import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

const HEADER = "名称,所在地_連結表記,緯度,経度,利用開始時間,利用終了時間";

describe("start and end times kept side by side (before: 日の出 / 日没, which is which lost)", () => {
  it("labels each with 開始 / 終了; one end kept alone stays as written", async () => {
    const run = await runBytes([HEADER, "公園,東京都千代田区1-1,35.69,139.75,日の出,日没", "広場,東京都千代田区1-2,35.69,139.75,9:00,日没"].join("\n"),
      "131016_public_facility.csv");
    expect(run.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks]))
      .toEqual([[null, null, "開始：日の出 / 終了：日没"], ["09:00", null, "日没"]]);
    expect(run.report.issues.filter((i) => i.row === 1 && i.code === "kept_as_remarks").map((i) => i.value)).toEqual(["開始：日の出", "終了：日没"]);
  });
});
