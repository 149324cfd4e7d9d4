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
      .toEqual(cells.map(([start, end]) => [null, null, `開始：${start} / 終了：${end}`]));
    expect(tuples(report, "hours_by_season", "time_with_note", "unparseable_time")).toEqual(cells.flatMap((_, k) => [[k + 1, "start_time", "hours_by_season"],
      [k + 1, "end_time", "hours_by_season"]]));
    const said = report.issues.find((i) => i.code === "hours_by_season" && i.field === "end_time")!;
    expect(said.message_en).toContain("\"4月～9月 17:00、10月～3月 16:30\" (end_time) gives different hours for different parts of the year");
    expect(report.issues.find((i) => i.code === "kept_as_remarks")?.message_ja).toContain("「診療日時特記事項」に文字のまま残しました");
  });
});

describe("the year's hours with a note that moves one end for part of the year", () => {
  const note = "9:00～17:00（10月～3月は16:30まで）";

  it("in one 営業時間 column: publishes 09:00, which holds all year, leaves the end empty naming the season's end, and keeps the cell", async () => {
    // before: no time at all (hours_by_season), though 09:00 holds all year
    const header = "名称,所在地_連結表記,緯度,経度,営業時間,定休日";
    const cells = [note, "9:00～17:00（冬季は16時30分閉館）", "9:00～17:00（6月～8月は19:00まで、12月～2月は16:00まで）", "10:00～18:00（10月～3月は10:30から）"];
    const { rows, report } = await runBytes([header, ...cells.map((c, k) => `郷土博物館${k + 1},東京都大田区南馬込5-11-13,35.5880,139.7080,"${c}",月曜日`)].join("\n"),
      "131113_tourism.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time])).toEqual([["09:00", null], ["09:00", null], ["09:00", null], [null, "18:00"]]);
    expect(rows.map((r) => String(r.record.availability_remarks))).toEqual(cells.map((c) => expect.stringContaining(c)));
    expect(report.issues.filter((i) => i.code === "time_by_season").map((i) => [i.row, i.field, i.severity, i.detail])).toEqual([
      [1, "end_time", "warning", "17:00、10月~3月は16:30まで"], [2, "end_time", "warning", "17:00、冬季は16時30分閉館"],
      [3, "end_time", "warning", "17:00、6月~8月は19:00まで、12月~2月は16:00まで"], [4, "start_time", "warning", "10:00、10月~3月は10:30から"]]);
    expect(tuples(report, "hours_by_season", "unparseable_time")).toEqual([]);
    const said = report.issues.find((i) => i.code === "time_by_season")!;
    expect(said.message_ja).toContain("時刻が時期によって変わります（17:00、10月~3月は16:30まで）");
    expect(said.message_en).toContain("end_time moves with the season (17:00、10月~3月は16:30まで)");
  });

  it("in 開始時間 | 終了時間: the range in 開始時間 gives the start, the end withheld and said; an end cell of its own with the season's end is withheld", async () => {
    const { rows, report } = await runBytes([HEADER,
      `新宿中央公園管理事務所,東京都新宿区西新宿2-11,管理事務所入口,35.6895,139.6900,03-3342-4509,毎日,${note},,`,
      `新宿中央図書館,東京都新宿区大久保3-1-1,1階受付,35.7010,139.7090,03-3364-1421,毎日,${note},${note},`,
      `新宿スポーツセンター,東京都新宿区大久保3-5-1,1階受付,35.7020,139.7100,03-3232-0171,毎日,9:00,17:00（10月～3月は16:30まで）,`].join("\n"), "131041_aed.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["09:00", null, note], ["09:00", null, note], ["09:00", null, "17:00（10月～3月は16:30まで）"]]);
    expect(tuples(report, "time_by_season", "hours_by_season", "unparseable_time")).toEqual([[1, "end_time", "time_by_season"], [2, "end_time", "time_by_season"],
      [3, "end_time", "hours_by_season"]]);
  });

  it("a note that moves both ends, or a few days' hours, are as before: no time, or the year's hours", async () => {
    const { rows, report } = await runBytes([HEADER,
      "新宿中央公園管理事務所,東京都新宿区西新宿2-11,管理事務所入口,35.6895,139.6900,03-3342-4509,毎日,9:00～17:00（10月～3月は9:30～16:30）,,",
      "新宿中央図書館,東京都新宿区大久保3-1-1,1階受付,35.7010,139.7090,03-3364-1421,毎日,9:00～17:00（12月29日～1月3日は10:00～15:00）,,"].join("\n"), "131041_aed.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time])).toEqual([[null, null], ["09:00", "17:00"]]);
    expect(tuples(report, "time_by_season", "hours_by_season")).toEqual([[1, "start_time", "hours_by_season"]]);
  });
});
