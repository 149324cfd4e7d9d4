// 利用可能曜日 from a plain days word before the hours (平日 8:00～17:00) in a file with no days column.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const ROW = (name: string, hours: string) => `${name},東京都千代田区1-1,35.69,139.75,${hours}`;

describe("a days word before the hours in a file without 利用可能曜日 (before: in the remarks only)", () => {
  it("gives the days as the standard writes them, said once for the file; other cells give none", async () => {
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用時間", ROW("区民会館", "平日 8:00～17:00"), ROW("体育館", "土日祝 9:00～21:00"),
      ROW("集会所", "月～金 9時～17時"), ROW("公園", "毎日 6:00～22:00"), ROW("図書館", "9:00～17:00"), ROW("会館", "平日 9:00～17:00 土日 10:00～16:00")].join("\n"),
    "131016_public_facility.csv");
    expect(run.rows.map((r) => r.record.available_days)).toEqual(["月火水木金", "土日祝", "月火水木金", "月火水木金土日", null, null]);
    expect(run.rows[0].record.availability_remarks).toBe("平日 8:00～17:00");
    expect(tuples(run.report, "column_filled", "days_from_time_cell").filter(([, field]) => field === "available_days"))
      .toEqual([[null, "available_days", "column_filled"]]);
  });

  it("leaves a file's own days column as it is", async () => {
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用可能曜日,利用時間", "区民会館,東京都千代田区1-1,35.69,139.75,,平日 8:00～17:00"].join("\n"),
      "131016_public_facility.csv");
    expect(run.rows[0].record.available_days).toBeNull();
  });
});
