// A second column of the hours (利用時間 beside 開館時間 | 閉館時間), and a range beside a time of the pair's other column:
// every time the file gives survives, in its column or in 利用可能日時特記事項, and that is warned.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const hoursOf = (run: Awaited<ReturnType<typeof runBytes>>) =>
  run.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks]);

describe("利用時間 beside 開館時間 | 閉館時間", () => {
  const HEADER = "名称,住所,開館時間,閉館時間,利用時間";

  it("keeps 開館時間 | 閉館時間 as the hours and 利用時間, labelled, in 利用可能日時特記事項, warned once for the column", async () => {
    const run = await runBytes(`${HEADER}\n中央図書館,東京都千代田区千代田1-1,9:00,17:00,9:00～21:00\n東図書館,東京都千代田区千代田1-2,10:00,18:00,\n`,
      "131016_public_facility.csv");
    expect(hoursOf(run)).toEqual([["09:00", "17:00", "利用時間：9:00～21:00"], ["10:00", "18:00", null]]);
    const [said] = run.report.issues.filter((i) => i.code === "hours_column_repeated");
    expect(said).toMatchObject({ severity: "warning", row: null, field: "利用時間", value: "開館時間", detail: "利用可能日時特記事項" });
    expect(tuples(run.report, "duplicate_header", "column_labelled")).toEqual([]);
    // the column stays in extra too
    expect(run.rows[0].extra).toEqual({ 利用時間: "9:00～21:00" });
  });

  it("reads 利用時間 as the hours on a row whose 開館時間 is blank, said on that row", async () => {
    const run = await runBytes(`${HEADER}\n西図書館,東京都千代田区千代田1-3,,,8:30～20:00\n`, "131016_public_facility.csv");
    expect(hoursOf(run)).toEqual([["08:30", "20:00", null]]);
    expect(tuples(run.report, "repeated_column_read")).toEqual([[1, "start_time", "repeated_column_read"]]);
  });

  it("keeps a second 開始時間 the same way", async () => {
    const run = await runBytes("名称,住所,開始時間,終了時間,開始時間\n中央図書館,東京都千代田区千代田1-1,9:00,17:00,10:00\n", "131016_public_facility.csv");
    expect(hoursOf(run)).toEqual([["09:00", "17:00", "開始時間：10:00"]]);
  });

  it("labels it after the file's own 利用可能日時特記事項", async () => {
    const run = await runBytes("名称,住所,開館時間,閉館時間,利用時間,利用可能日時特記事項\n中央図書館,東京都千代田区千代田1-1,9:00,17:00,9:00～21:00,月曜休館\n",
      "131016_public_facility.csv");
    expect(hoursOf(run)).toEqual([["09:00", "17:00", "月曜休館 / 利用時間：9:00～21:00"]]);
  });
});

describe("a range beside a time of its own in the pair's other column", () => {
  it.each([
    // the range owns the start: its end (21:00) is not the end column's (17:00)
    ["名称,住所,閉館時間,利用時間", "17:00,9:00～21:00", ["09:00", "17:00", "9:00～21:00"], "start_time"],
    ["名称,住所,利用時間,開始時刻,閉館時間", "9:00～21:00,9:00,17:00", ["09:00", "17:00", "開始時刻：9:00 / 9:00～21:00"], "start_time"],
    // the range in the end column beside a start of its own
    ["名称,住所,開始時間,終了時間", "8:30,9:00～21:00", ["08:30", "21:00", "9:00～21:00"], "end_time"],
  ])("%s: %s", async (header, cells, hours, field) => {
    const run = await runBytes(`${header}\n中央図書館,東京都千代田区千代田1-1,${cells}\n`, "131016_public_facility.csv");
    expect(hoursOf(run)).toEqual([hours]);
    expect(tuples(run.report, "time_range_beside_time", "time_range_split")).toEqual([[1, field, "time_range_beside_time"]]);
  });

  it("keeps nothing when the range says what the other column does", async () => {
    const run = await runBytes("名称,住所,閉館時間,利用時間\n中央図書館,東京都千代田区千代田1-1,17:00,9:00～17:00\n", "131016_public_facility.csv");
    expect(hoursOf(run)).toEqual([["09:00", "17:00", null]]);
    expect(tuples(run.report, "time_range_beside_time", "time_range_split")).toEqual([[1, "start_time", "time_range_split"]]);
  });
});

describe("開館時間 | 閉館時間 beside 営業時間", () => {
  it("reads the start from 開館時間, the twin of 閉館時間, not from 営業時間 on its left (札幌市's hours open a day)", async () => {
    const run = await runBytes("施設名称,所在地,営業時間,開館日数,開館時間,閉館時間\n北野体育館,北海道札幌市北区北野5条3丁目,12:00,347,9:00,21:00\n",
      "011002_public_facility.csv");
    // before: 12:00 (the hours open a day) as the start, 開館時間 in the remarks
    expect(hoursOf(run)).toEqual([["09:00", "21:00", "営業時間：12:00"]]);
    expect(run.report.issues.filter((i) => i.code === "hours_column_repeated").map((i) => [i.field, i.value])).toEqual([["営業時間", "開館時間"]]);
  });

  it("reads the same whichever side of the pair 利用時間 stands (before: 利用時間 on the left won the start)", async () => {
    const run = await runBytes("名称,住所,利用時間,開館時間,閉館時間\n中央図書館,東京都千代田区千代田1-1,9:00～21:00,9:00,17:00\n", "131016_public_facility.csv");
    expect(hoursOf(run)).toEqual([["09:00", "17:00", "利用時間：9:00～21:00"]]);
  });
});
