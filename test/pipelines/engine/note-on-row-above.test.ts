// note-on-row-above.ts: a note on a row of its own right under a record (in the 備考 column, or ※ in the name column
// between records) is joined to that record's text column, said as note_joined, and is no invalid record; a record
// with most cells blank, a note under the last record and a footnote defining a mark are read as before.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

const HEADER = "全国地方公共団体コード,NO,名称,所在地_連結表記,緯度,経度,設置位置,男性トイレ総数,女性トイレ総数,利用開始時間,利用終了時間,利用可能時間特記事項,備考";
const TOGOSHI = "131091,1,戸越公園,東京都品川区豊町二丁目1番30号,35.6117,139.7170,公園南側,3,2,6:00,22:00,,";
const KUMIN = "131091,2,しながわ区民公園,東京都品川区勝島三丁目2番,35.5920,139.7440,管理事務所横,4,3,6:00,22:00,,駐車場あり";
const OI = "131091,3,大井公園,東京都品川区大井一丁目1番,35.5900,139.7300,入口,1,1,7:00,20:00,,";
const run = (...rows: string[]) => runBytes([HEADER, ...rows].join("\n"), "131091_toilet.csv");
const remarksOf = (r: Awaited<ReturnType<typeof run>>) => r.rows.map((row) => [row.row, row.record.remarks]);

describe("a note on a row of its own under a record", () => {
  it("in the 備考 column: joined to the remarks of the record above, after what they say, even under the last record", async () => {
    const r = await run(TOGOSHI, ",,,,,,,,,,,,夜間は施錠することがあります", KUMIN, ",,,,,,,,,,,,冬期は17時まで");
    expect(r.report.rows).toBe(2);
    expect(r.report.invalid).toBe(0);
    expect(remarksOf(r)).toEqual([[1, "夜間は施錠することがあります"], [3, "駐車場あり / 冬期は17時まで"]]);
    expect(tuples(r.report, "note_joined", "missing_required")).toEqual([[2, "remarks", "note_joined"], [4, "remarks", "note_joined"]]);
    const said = r.report.issues.find((i) => i.code === "note_joined");
    expect([said?.severity, said?.value, said?.detail]).toEqual(["warning", "夜間は施錠することがあります", "1"]);
  });

  it("in a column of notes on the hours (利用可能時間特記事項): joined there", async () => {
    const r = await run(TOGOSHI, ",,,,,,,,,,,土日は9時から,", OI);
    expect(r.rows.map((row) => row.record.availability_remarks)).toEqual(["土日は9時から", null]);
    expect(tuples(r.report, "note_joined")).toEqual([[2, "availability_remarks", "note_joined"]]);
  });

  it("a ※ or 注 line in another column between records: joined to the remarks; several lines in turn", async () => {
    const r = await run(TOGOSHI, ",,※夜間は施錠,,,,,,,,,,", ",,注：工事中,,,,,,,,,,", OI);
    expect(r.report.rows).toBe(2);
    expect(remarksOf(r)).toEqual([[1, "※夜間は施錠 / 注：工事中"], [4, null]]);
    expect(tuples(r.report, "note_joined", "note_row")).toEqual([[2, "remarks", "note_joined"], [3, "remarks", "note_joined"]]);
  });

  it("a ※ line under the last record, a footnote defining a mark and a line after a blank row are read as before", async () => {
    const r = await run(TOGOSHI, ",,※1 指定管理者が管理,,,,,,,,,,", OI, ",,※この一覧は毎月更新します。,,,,,,,,,,", "", ",,,,,,,,,,,,夜間施錠");
    expect(remarksOf(r)).toEqual([[1, null], [3, null], [6, "夜間施錠"]]);
    expect(tuples(r.report, "note_joined", "note_row")).toEqual([[2, null, "note_row"], [4, null, "note_row"]]);
  });

  it("a record with only its name is a record, not a note; a name not starting as a note neither", async () => {
    const r = await run(TOGOSHI, ",,北品川公園,,,,,,,,,,", OI);
    expect(r.report.rows).toBe(3);
    expect(r.rows.map((row) => row.record.name)).toEqual(["戸越公園", "北品川公園", "大井公園"]);
    expect(tuples(r.report, "note_joined")).toEqual([]);
  });

  it("a file without a column to join it to reads the row as before", async () => {
    const header = "全国地方公共団体コード,NO,名称,所在地_連結表記,緯度,経度,設置位置,男性トイレ総数,女性トイレ総数";
    const r = await runBytes([header, TOGOSHI.split(",").slice(0, 9).join(","), ",,※夜間は施錠,,,,,,", OI.split(",").slice(0, 9).join(",")].join("\n"), "131091_toilet.csv");
    expect(tuples(r.report, "note_joined", "note_row")).toEqual([[2, null, "note_row"]]);
  });

  it("reads the same when the file is cut into ranges read on their own", async () => {
    const rows: string[] = [];
    for (let n = 1; n <= 400; n++) {
      rows.push(`131091,${n},公園${n},東京都品川区大井一丁目${n}番,35.5900,139.7300,入口,1,1,7:00,20:00,,`);
      if (n % 7 === 0) rows.push(",,※夜間は施錠,,,,,,,,,,");
      if (n % 11 === 0) rows.push(",,,,,,,,,,,,冬期は17時まで");
      // a note on the hours without a mark, a sentence, a printed page's number
      if (n % 13 === 0) rows.push(",,冬期は17時閉鎖,,,,,,,,,,");
      if (n % 17 === 0) rows.push(",,詳しくは各施設へお問い合わせください,,,,,,,,,,");
      if (n % 19 === 0) rows.push(`- ${n / 19} -,,,,,,,,,,,,`);
    }
    const file = path.join(mkdtempSync(path.join(tmpdir(), "note-rows-")), "131091_toilet.csv");
    writeFileSync(file, [HEADER, ...rows].join("\n"));
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(one.report.rows).toBe(400);
    expect(one.report.issues.filter((i) => i.code === "note_joined").length).toBeGreaterThan(0);
    expect(one.report.issues.filter((i) => i.code === "print_row").length).toBe(21);
    expect(one.report.invalid).toBe(0);
    expect(many.out).toBe(one.out);
    expect(many.report.issues.map((i) => [i.row, i.code])).toEqual(one.report.issues.map((i) => [i.row, i.code]));
  });
});

describe("a sentence with no mark on a row of its own (詳しくは…ください, 冬期は17時閉鎖)", () => {
  it("under the last record, in the name column: a note on the list, said, no invalid record", async () => {
    const r = await run(TOGOSHI, OI, ",,冬期は17時閉鎖,,,,,,,,,,", ",,詳しくは各施設へお問い合わせください,,,,,,,,,,", ",,なお、工事中の施設があります,,,,,,,,,,");
    expect(r.rows.map((row) => [row.row, row.record.name, row.record.remarks])).toEqual([[1, "戸越公園", null], [2, "大井公園", null]]);
    expect(r.report.invalid).toBe(0);
    expect(r.report.issues.filter((i) => i.code === "note_row").map((i) => [i.row, i.value]))
      .toEqual([[3, "冬期は17時閉鎖"], [4, "詳しくは各施設へお問い合わせください"], [5, "なお、工事中の施設があります"]]);
  });

  it("X は休館, …を除く, and a mark typed in a cell of its own beside the note (※,冬期は閉館時間が変わります): notes, no record named ※", async () => {
    const r = await run(TOGOSHI, OI, ",,月曜日は休館,,,,,,,,,,", ",,年末年始（12/29～1/3）を除く,,,,,,,,,,", ",,※,冬期は閉館時間が変わります,,,,,,,,,");
    expect(r.rows.map((row) => row.record.name)).toEqual(["戸越公園", "大井公園"]);
    expect(r.report.invalid).toBe(0);
    expect(r.report.issues.filter((i) => i.code === "note_row").map((i) => [i.row, i.value]))
      .toEqual([[3, "月曜日は休館"], [4, "年末年始（12/29～1/3）を除く"], [5, "※,冬期は閉館時間が変わります"]]);
  });

  // 土日のみ (no は) was a record named 土日のみ, invalid for its address
  it("the days alone it is open (土日のみ, 土日祝のみ, 平日のみ開館): a note, joined between records, said under the last; no name is so", async () => {
    const r = await run(TOGOSHI, ",,平日のみ開館,,,,,,,,,,", OI, ",,土日のみ,,,,,,,,,,", ",,土日祝のみ,,,,,,,,,,");
    expect(remarksOf(r)).toEqual([[1, "平日のみ開館"], [3, null]]);
    expect(r.report.invalid).toBe(0);
    expect(tuples(r.report, "note_joined", "note_row", "missing_required")).toEqual([[2, "remarks", "note_joined"], [4, null, "note_row"], [5, null, "note_row"]]);
    const named = await run(TOGOSHI, ",,土日ファーム,,,,,,,,,,", ",,水のみ,,,,,,,,,,", OI);
    expect(named.rows.map((row) => row.record.name)).toEqual(["戸越公園", "土日ファーム", "水のみ", "大井公園"]);
  });

  it("a list that says it has nothing (該当なし, 現在、該当する施設はありません): no record named so, said as a note", async () => {
    for (const line of ["該当なし", "（該当施設なし）", "現在、該当する施設はありません"]) {
      const r = await run(`,,${line},,,,,,,,,,`);
      expect(r.rows).toEqual([]);
      expect(r.report.issues.filter((i) => i.code === "note_row").map((i) => [i.row, i.value])).toEqual([[1, line]]);
    }
  });

  it("a note on the hours between records: joined to the remarks of the record above, as a ※ line is", async () => {
    const r = await run(TOGOSHI, ",,冬期は17時閉鎖,,,,,,,,,,", OI, ",,土日祝日は利用できません。,,,,,,,,,,", KUMIN);
    expect(remarksOf(r)).toEqual([[1, "冬期は17時閉鎖"], [3, "土日祝日は利用できません。"], [5, "駐車場あり"]]);
    expect(tuples(r.report, "note_joined", "note_row", "missing_required")).toEqual([[2, "remarks", "note_joined"], [4, "remarks", "note_joined"]]);
  });

  it("a sentence between records (…ください, …を開催します) is said as a note, not joined: it may be on the list, or a title", async () => {
    const r = await run(TOGOSHI, ",,詳しくは各施設へお問い合わせください,,,,,,,,,,", OI);
    expect(remarksOf(r)).toEqual([[1, null], [3, null]]);
    expect(tuples(r.report, "note_joined", "note_row", "missing_required")).toEqual([[2, null, "note_row"]]);
  });

  it("a record with only its name stays a record, a は or an ending in its name too (はらっぱ公園, こはる保育園, 冬期休館中の施設)", async () => {
    const r = await run(TOGOSHI, ",,はらっぱ公園,,,,,,,,,,", ",,こはる保育園前広場,,,,,,,,,,", ",,北品川公園,,,,,,,,,,", ",,冬期休館中の施設,,,,,,,,,,");
    expect(r.rows.map((row) => [row.row, row.record.name, row.valid])).toEqual([[1, "戸越公園", true], [2, "はらっぱ公園", false],
      [3, "こはる保育園前広場", false], [4, "北品川公園", false], [5, "冬期休館中の施設", false]]);
    expect(tuples(r.report, "note_joined", "note_row")).toEqual([]);
  });
});

describe("a line under the data with a word of places gone (閉鎖, 終了)", () => {
  it("with a time of day it is about the hours: a note on the record above, not a heading of places no longer there", async () => {
    const r = await run(TOGOSHI, KUMIN, ",,,,,,,,,,,,冬期は17時閉鎖");
    expect(remarksOf(r)).toEqual([[1, null], [2, "駐車場あり / 冬期は17時閉鎖"]]);
    expect(tuples(r.report, "note_joined", "not_current_rows", "note_row")).toEqual([[3, "remarks", "note_joined"]]);
  });

  it("a heading of places gone with no row under it is still said, never dropped unsaid", async () => {
    const r = await run(TOGOSHI, KUMIN, "【撤去済み】");
    expect(r.report.rows).toBe(2);
    const said = r.report.issues.filter((i) => i.code === "note_row" || i.code === "not_current_rows").map((i) => [i.row, i.code, i.value]);
    expect(said).toEqual([[3, "note_row", "【撤去済み】"]]);
  });
});
