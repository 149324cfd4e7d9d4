// 利用可能曜日 from a plain days word before the hours (平日 8:00～17:00) in a file with no days column.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const ROW = (name: string, hours: string) => `${name},東京都千代田区1-1,35.69,139.75,${hours}`;

describe("a days word before the hours in a file without 利用可能曜日 (before: in the remarks only)", () => {
  it("gives the days as the standard writes them, said once for the file; other cells give none", async () => {
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用時間", ROW("区民会館", "平日 8:00～17:00"), ROW("体育館", "土日祝 9:00～21:00"),
      ROW("集会所", "月～金 9時～17時"), ROW("公園", "毎日 6:00～22:00"), ROW("図書館", "9:00～17:00"), ROW("会館", "平日 9:00～17:00 土日 10:00～16:00")].join("\n"),
    "131016_public_facility.csv");
    expect(run.rows.map((r) => r.record.available_days)).toEqual(["月火水木金", "土日祝", "月火水木金", "月火水木金土日", null, "月火水木金土日"]);
    expect(run.rows[0].record.availability_remarks).toBe("平日 8:00～17:00");
    expect(tuples(run.report, "column_filled", "days_from_time_cell").filter(([, field]) => field === "available_days"))
      .toEqual([[null, "available_days", "column_filled"]]);
  });

  it("gives the days of every set of a cell with hours by days, a time only where every set has it (before: no days, no times)", async () => {
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用時間", ROW("会館", "平日 9:00～17:00 土日 10:00～16:00"),
      ROW("事務所", "月～金 8:30-17:15／土 8:30-12:00"), ROW("窓口", "平日 9:00～17:00、土曜 9:00～17:00"), ROW("分室", "月～金（祝日除く）9:00～17:00"),
      ROW("集会室", "月・水・金 9:00～17:00"), ROW("詰所", "年中無休 24時間"), ROW("倉庫", "金～月 9:00～17:00")].join("\n"), "131016_public_facility.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time])).toEqual([
      ["月火水木金土日", null, null], ["月火水木金土", "08:30", null], ["月火水木金土", "09:00", "17:00"], ["月火水木金", "09:00", "17:00"],
      ["月水金", "09:00", "17:00"], ["月火水木金土日", "00:00", "23:59"], ["月金土日", "09:00", "17:00"]]);
    expect(run.rows.slice(0, 2).map((r) => r.record.availability_remarks)).toEqual(["平日 9:00～17:00 土日 10:00～16:00", "月～金 8:30-17:15／土 8:30-12:00"]);
    expect(tuples(run.report, "hours_by_days")).toEqual([[1, "start_time", "hours_by_days"], [1, "end_time", "hours_by_days"], [2, "end_time", "hours_by_days"]]);
  });

  it("leaves a file's own days column as it is", async () => {
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用可能曜日,利用時間", "区民会館,東京都千代田区1-1,35.69,139.75,,平日 8:00～17:00"].join("\n"),
      "131016_public_facility.csv");
    expect(run.rows[0].record.available_days).toBeNull();
  });
});

describe("a file's own 利用可能曜日 written in words, lists or runs (before: published as written, 平日 read as open on Sunday)", () => {
  it("writes the days as the standard does, said with the cell; a run past Sunday (金～月) is its days through the weekend (before: as written)", async () => {
    const days = ["平日", "月～金", "月；火；水；木；金；土；日", "月・水・金", "毎日", "土日祝日", "月曜日～土曜日", "年中無休", "月火水木金", "月～土（祝日除く）", "金～月", "第2土曜日",
      "毎週火曜日・金曜日"];
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用可能曜日", ...days.map((d, i) => `施設${i},東京都千代田区1-1,35.69,139.75,${d}`)].join("\n"),
      "131016_public_facility.csv");
    expect(run.rows.map((r) => r.record.available_days)).toEqual(["月火水木金", "月火水木金", "月火水木金土日", "月水金", "月火水木金土日", "土日祝", "月火水木金土",
      "月火水木金土日", "月火水木金", "月火水木金土", "月金土日", "第2土曜日", "火金"]);
    expect(run.report.issues.filter((i) => i.code === "days_standardized").slice(0, 2).map((i) => [i.row, i.value, i.message_ja]))
      .toEqual([[1, "平日", "2行目（データの1行目）：「利用可能曜日」の値「平日」を、標準の書き方（曜日を1字ずつ続ける）で「月火水木金」としました。「平日」「毎日」は「日」を含むため日曜日と読まれ、「月～金」は火水木を含みません。曜日は「月火水木金土日祝」のように1字ずつ続けて入力してください。"],
        [2, "月～金", expect.any(String)]]);
  });
});

describe("a file's own 利用可能曜日 with a note after the days (before: published as written, no issue)", () => {
  it("reads the days when the note only takes holidays or the year's end off or names no day, the cell kept in the remarks", async () => {
    const days = ["月～金（祝日を除く）", "月曜日～金曜日（祝日・年末年始を除く）", "毎日（年末年始を除く）", "平日（祝日除く）", "火曜日から日曜日", "土日祝（要予約）",
      "火～日（祝日の翌日を除く）", "月～金（第3木曜日を除く）"];
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用可能曜日,利用可能日時特記事項", ...days.map((d, i) => `施設${i},東京都千代田区1-1,35.69,139.75,${d},${i === 0 ? "入館は16時30分まで" : ""}`)].join("\n"),
      "131016_public_facility.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.availability_remarks])).toEqual([
      ["月火水木金", "入館は16時30分まで / 月～金（祝日を除く）"], ["月火水木金", "月曜日～金曜日（祝日・年末年始を除く）"], ["月火水木金土日", "毎日（年末年始を除く）"],
      ["月火水木金", "平日（祝日除く）"], ["火水木金土日", null], ["土日祝", "土日祝（要予約）"],
      // a note that names a day may change the days: left as written
      ["火～日（祝日の翌日を除く）", null], ["月～金（第3木曜日を除く）", null]]);
    expect(tuples(run.report, "days_with_note")).toEqual([0, 1, 2, 3, 5].map((i) => [i + 1, "available_days", "days_with_note"]));
    expect(run.report.issues.find((i) => i.code === "days_with_note")?.message_ja).toBe("2行目（データの1行目）：「利用可能曜日」の値「月～金（祝日を除く）」は補足を除いた曜日を、"
      + "標準の書き方（曜日を1字ずつ続ける）で「月火水木金」としました。セル全体は特記事項か備考の列があればそこに書かれたとおり残しました。曜日は「月火水木金土日祝」のように1字ずつ続けて入力し、補足は特記事項に書いてください。");
  });

  it("reads a note after ※ that only takes holidays off (平日 ※祝日・年末年始を除く), as in brackets; one that names a day stays (before: as written)", async () => {
    const days = ["平日 ※祝日・年末年始を除く", "月～土※祝日は休み", "月～金 ※第3水曜日は休み"];
    const run = await runBytes(["名称,住所,設置位置,利用可能曜日", ...days.map((d, i) => `AED${i},東京都立川市泉町1156-9,1階,${d}`)].join("\n"), "132021_aed.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.availability_remarks])).toEqual([["月火水木金", days[0]], ["月火水木金土", days[1]],
      [days[2], null]]);
    expect(tuples(run.report, "days_with_note").map(([row]) => row)).toEqual([1, 2]);
  });

  it("reads every day but some, the days it is closed on, days with のみ and 年中利用可能 (a tourism list's), said as days_standardized (before: as written)", async () => {
    const days = ["日曜日を除く毎日", "毎日（月曜日除く）", "月曜日を除く", "火曜日休館", "土日祝休み", "平日のみ", "第2土曜日休館", "年中利用可能"];
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用可能曜日", ...days.map((d, i) => `施設${i},東京都千代田区1-1,35.69,139.75,${d}`)].join("\n"),
      "131016_public_facility.csv");
    expect(run.rows.map((r) => r.record.available_days)).toEqual(["月火水木金土", "火水木金土日", "火水木金土日", "月水木金土日", "月火水木金", "月火水木金",
      "第2土曜日休館", "月火水木金土日"]);
    expect(tuples(run.report, "days_standardized").map(([row]) => row)).toEqual([1, 2, 3, 4, 5, 6, 8]);
    // a cell that reads as no days is published as written, said at info level (before: nothing said)
    expect(run.report.issues.filter((i) => i.code === "days_kept_as_written").map((i) => [i.row, i.severity, i.value])).toEqual([[7, "info", "第2土曜日休館"]]);
  });

  it("reads a hospital's 診療曜日 so, the cell kept in 診療日時特記事項", async () => {
    const run = await runBytes(["名称,住所,緯度,経度,診療曜日", "クリニック,東京都千代田区1-1,35.69,139.75,月～土（祝日を除く）"].join("\n"), "131016_hospital.csv");
    expect([run.rows[0].record.available_days, run.rows[0].record.availability_remarks]).toEqual(["月火水木金土", "月～土（祝日を除く）"]);
  });
});

describe("a day's sessions parted by a space after the days (月～土 9:00～12:00 15:00～18:00; before: no days)", () => {
  it("gives the days, and the first and last time, as sessions parted by 、 do", async () => {
    const cells = ["月～土 9:00～12:00 15:00～18:00", "平日 9:00～12:00 14:00～17:00 土 9:00～12:00", "月～土 9:00～12:00、15:00～18:00"];
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用時間", ...cells.map((c, i) => ROW(`施設${i}`, c))].join("\n"), "131016_public_facility.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金土", "09:00", "18:00", cells[0]], ["月火水木金土", "09:00", null, cells[1]], ["月火水木金土", "09:00", "18:00", cells[2]]]);
  });
});

describe("days before the hours with a note after them (before: no days)", () => {
  it("gives the days when the note names none; a note that names a day or a month leaves them", async () => {
    const cells = ["月～土 7:00～18:00（延長保育～19:00）", "平日 7:00～18:00 ※年末年始を除く", "平日 7:00～18:00（土曜は7:00～17:00）", "平日 7:00～18:00（8月は17:00まで）"];
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用時間", ...cells.map((c, i) => ROW(`施設${i}`, c))].join("\n"), "131016_public_facility.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金土", "07:00", "18:00", cells[0]], ["月火水木金", "07:00", "18:00", cells[1]], [null, "07:00", "18:00", cells[2]], [null, "07:00", "18:00", cells[3]]]);
  });
});

describe("sets of days with a set it is closed on (before: no days; 平日 9:00～17:00／土日祝 休み no times either)", () => {
  it("gives the open sets' days without the closed ones, and their hours", async () => {
    const cells = ["平日 9:00～17:00／土日祝 休み", "毎日 9:00～17:00 月曜 休館", "月～金 9:00～17:00 土日祝 休館日あり"];
    const run = await runBytes(["名称,所在地_連結表記,緯度,経度,利用時間", ...cells.map((c, i) => ROW(`施設${i}`, c))].join("\n"), "131016_public_facility.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金", "09:00", "17:00", cells[0]], ["火水木金土日", "09:00", "17:00", cells[1]], [null, "09:00", "17:00", cells[2]]]);
  });
});

describe("days with 毎週 before the hours in a file without 利用可能曜日 (before: no days; without 毎週 they were read)", () => {
  it("gives the days as without 毎週", async () => {
    const run = await runBytes(["名称,所在地_連結表記,営業時間", "子育てひろば,東京都渋谷区東1-1,火曜日・金曜日 10:00～11:00",
      "おもちゃ図書館,東京都渋谷区東1-2,毎週火曜日・金曜日 10:00～11:00"].join("\n"), "131130_public_facility.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time])).toEqual([["火金", "10:00", "11:00"], ["火金", "10:00", "11:00"]]);
  });
});

describe("days before the hours with a note that takes holidays off them (before: no days, the note named 祝)", () => {
  it("gives the days; so does a note of days off none of the listed days (before: no days); one that takes a listed day off leaves them", async () => {
    const cells = ["平日8:30～17:15（祝日・年末年始除く）", "月～金 8:30～17:15（祝日・年末年始を除く）", "平日 9:00～17:00 ※祝日は休館", "平日 9:00～17:00（土曜は休み）",
      "月～金 9:00～17:00（土日祝日を除く）", "月～土 9:00～17:00（土曜は休み）", "月～金 9:00～17:00（第3水曜日を除く）"];
    const run = await runBytes(["名称,住所,設置位置,利用可能時間", ...cells.map((c, i) => `施設${i},東京都立川市泉町1156-9,1階,${c}`)].join("\n"), "132021_aed.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金", "08:30", "17:15", cells[0]], ["月火水木金", "08:30", "17:15", cells[1]], ["月火水木金", "09:00", "17:00", cells[2]],
      ["月火水木金", "09:00", "17:00", cells[3]], ["月火水木金", "09:00", "17:00", cells[4]],
      // the note contradicts the days, or takes off one day of a month: which days are meant, a person reads
      [null, "09:00", "17:00", cells[5]], [null, "09:00", "17:00", cells[6]]]);
  });

  it("reads a file's own days cell so, the hours to empty time columns (days_with_hours)", async () => {
    const run = await runBytes(["名称,住所,設置位置,利用可能曜日,利用可能日時特記事項", "市役所,東京都立川市泉町1156-9,1階,月～金 8:30～17:15（土日祝日・年末年始を除く）,"].join("\n"),
      "132021_aed.csv");
    expect([run.rows[0].record.available_days, run.rows[0].record.start_time, run.rows[0].record.end_time]).toEqual(["月火水木金", "08:30", "17:15"]);
    expect(run.report.issues.filter((i) => i.code === "days_with_hours").map((i) => i.detail)).toEqual(["月火水木金\t08:30\t17:15"]);
  });
});

describe("a file's own 利用可能曜日 that gives the hours too (an AED list's 平日8:30～17:15（祝日・年末年始除く）; before: published as the days)", () => {
  const HEADER = "名称,住所,設置位置,利用可能曜日,開始時間,終了時間,利用可能日時特記事項";
  it("gives the days, the hours to empty time columns, the cell kept in 利用可能日時特記事項, warned", async () => {
    const run = await runBytes([HEADER, "市役所,東京都立川市泉町1156-9,1階総合案内横,平日8:30～17:15（祝日・年末年始除く）,,,",
      "体育館,東京都立川市柴崎町6-15-1,1階,月～土 9:00～21:00,8:00,,第3月曜日休館", "学習館,東京都立川市錦町3-12-25,2階,第2土曜日,9:00,17:00,"].join("\n"), "132021_aed.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金", "08:30", "17:15", "平日8:30～17:15（祝日・年末年始除く）"],
      // a time column's own value stays; the empty one takes the cell's
      ["月火水木金土", "08:00", "21:00", "第3月曜日休館 / 月～土 9:00～21:00"],
      ["第2土曜日", "09:00", "17:00", null]]);
    expect(run.report.issues.filter((i) => i.code === "days_with_hours").map((i) => [i.row, i.field, i.severity, i.detail])).toEqual([
      [1, "available_days", "warning", "月火水木金\t08:30\t17:15"], [2, "available_days", "warning", "月火水木金土\t\t21:00"]]);
    expect(run.report.issues.find((i) => i.code === "days_with_hours")?.message_ja).toBe("2行目（データの1行目）：「利用可能曜日」の値「平日8:30～17:15（祝日・年末年始除く）」には"
      + "時間も書かれているため、曜日を標準の書き方で「月火水木金」とし、空の開始時間・終了時間に時間（08:30～17:15）を入れ、セル全体を利用可能日時特記事項に残しました。"
      + "このままでは曜日としてアプリに読まれません。曜日は「月火水木金」のように1字ずつ、時間は開始時間・終了時間の列に、祝日や年末年始の休みは利用可能日時特記事項に入力してください。");
  });
});

describe("hours whose days are given only by those it is closed on (an AED list's 8:30～17:15（土日祝日・年末年始を除く）; before: no days)", () => {
  it("gives every other day in a file without 利用可能曜日, said once for the file; a note beside listed days or naming a week of the month gives none", async () => {
    const cells = ["8:30～17:15（土日祝日・年末年始を除く）", "9:00～17:00（土・日・祝日を除く）", "24時間（年末年始を除く）", "8:30～17:15 ※土日祝休み",
      "9:00～17:00（日曜・祝日は休館）", "月～金 9:00～17:00（第3水曜日を除く）", "9:00～17:00（第3水曜日を除く）", "平日 9:00～17:00（水曜日を除く）", "9:00～17:00（土日は12:00まで）"];
    const run = await runBytes(["名称,住所,設置位置,利用可能時間", ...cells.map((c, i) => `施設${i},東京都立川市泉町1156-9,1階,${c}`)].join("\n"), "132021_aed.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金", "08:30", "17:15", cells[0]], ["月火水木金", "09:00", "17:00", cells[1]], ["月火水木金土日", "00:00", "23:59", cells[2]],
      ["月火水木金", "08:30", "17:15", cells[3]], ["月火水木金土", "09:00", "17:00", cells[4]],
      // 土日 ending at 12:00: 17:00 is no end of every day (hours_by_days)
      [null, "09:00", "17:00", cells[5]], [null, "09:00", "17:00", cells[6]], [null, "09:00", "17:00", cells[7]], [null, "09:00", null, cells[8]]]);
    expect(tuples(run.report, "column_filled", "days_from_time_cell").filter(([, field]) => field === "available_days"))
      .toEqual([[null, "available_days", "column_filled"]]);
    expect(run.report.issues.find((i) => i.code === "column_filled" && i.field === "available_days")?.message_ja).toContain("「土日祝日を除く」のように休みの曜日だけを書いたセルはそれ以外の曜日");
  });

  it("reads so a 開始時間 column that holds the whole cell", async () => {
    const run = await runBytes(["名称,住所,設置位置,開始時間", "市役所,東京都立川市泉町1156-9,1階,8:30～17:15（土日祝日・年末年始を除く）"].join("\n"), "132021_aed.csv");
    expect([run.rows[0].record.available_days, run.rows[0].record.start_time, run.rows[0].record.end_time]).toEqual(["月火水木金", "08:30", "17:15"]);
  });

  it("gives the days in a file's own 利用可能曜日: said as the days forms are, the cell kept in 利用可能日時特記事項 where the note says more than the days", async () => {
    const days = ["土日祝日を除く", "土曜・日曜・祝日を除く毎日", "土日祝日・年末年始を除く", "（土日祝日・年末年始を除く）", "年末年始を除く", "8:30～17:15（土日祝日・年末年始を除く）",
      "月～金（第3水曜日を除く）", "月～金（水曜は休み）"];
    const run = await runBytes(["名称,住所,設置位置,利用可能曜日,開始時間,終了時間,利用可能日時特記事項", ...days.map((d, i) => `AED${i},東京都立川市泉町1156-9,1階,${d},,,`)].join("\n"),
      "132021_aed.csv");
    expect(run.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["月火水木金", null, null, null], ["月火水木金", null, null, null], ["月火水木金", null, null, days[2]], ["月火水木金", null, null, days[3]],
      ["月火水木金土日", null, null, days[4]], ["月火水木金", "08:30", "17:15", days[5]],
      // a day taken off listed days stays as written, as before
      [days[6], null, null, null], [days[7], null, null, null]]);
    expect(run.report.issues.filter((i) => i.field === "available_days").map((i) => [i.row, i.code])).toEqual([
      [1, "days_standardized"], [2, "days_standardized"], [3, "days_with_note"], [4, "days_with_note"], [5, "days_with_note"], [6, "days_with_hours"],
      [7, "days_kept_as_written"], [8, "days_kept_as_written"]]);
    expect(run.report.issues.find((i) => i.code === "days_with_note")?.message_ja).toBe("4行目（データの3行目）：「利用可能曜日」の値「土日祝日・年末年始を除く」は補足を除いた曜日を、"
      + "標準の書き方（曜日を1字ずつ続ける）で「月火水木金」としました。セル全体は特記事項か備考の列があればそこに書かれたとおり残しました。曜日は「月火水木金土日祝」のように1字ずつ続けて入力し、補足は特記事項に書いてください。");
  });
});
