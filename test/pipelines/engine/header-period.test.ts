// Headers that name one end of a period (有効期間（自）/（至）, 有効期間_開始/_終了, 許可期間_始期/_終期,
// 有効期間終了日): the qualifier decides the column, not the column the base alone is read as.
import { describe, expect, it } from "vitest";
import { matchHeader } from "../../../pipelines/header-match.ts";
import { getDataset } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("which column a period's end takes", () => {
  it.each<readonly [string, string, string | null]>([
    // 有効期間 alone is read as 許可満了日 (a range cell gives both): its start is 許可開始日
    ["food_business", "有効期間（自）", "permit_start_date"], ["food_business", "有効期間（至）", "permit_expiry_date"],
    ["food_business", "有効期間(開始)", "permit_start_date"], ["food_business", "有効期間（終了）", "permit_expiry_date"],
    ["food_business", "有効期間_開始", "permit_start_date"], ["food_business", "有効期間_終了", "permit_expiry_date"],
    ["food_business", "許可期間_始期", "permit_start_date"], ["food_business", "許可期間_終期", "permit_expiry_date"],
    ["food_business", "有効期間終了日", "permit_expiry_date"], ["food_business", "許可の有効期間（から）", "permit_start_date"],
    ["food_business", "有効期間（まで）", "permit_expiry_date"], ["food_business", "有効期間_至", "permit_expiry_date"],
    // pairs named by key: a start column's base takes its end column for the end
    ["public_facility", "開館時間（開始）", "start_time"], ["public_facility", "開館時間（終了）", "end_time"],
    ["event", "開催日（自）", "start_date"], ["event", "開催日（至）", "end_date"], ["event", "開始日（至）", "end_date"],
    // an end of what is no period is no column (it was the base's, the start of a phone number its number)
    ["food_business", "電話番号（開始）", null], ["food_business", "許可年月日（至）", null],
    // a single character written straight after the base is part of a word, not a period's end
    ["food_business", "有効期間至", null],
    // the halves of a day's hours in one header row, as 診療時間 over 午前 | 午後: the morning opens, the afternoon closes
    ["hospital", "診療時間（午前）", "start_time"], ["hospital", "診療時間（午後）", "end_time"],
    ["hospital", "午前診療時間", "start_time"], ["hospital", "午後診療時間", "end_time"], ["hospital", "午後の診療時間", "end_time"],
    ["hospital", "診療時間_午前", "start_time"], ["hospital", "診療時間_午後", "end_time"], ["hospital", "診療時間・午後", "end_time"],
    ["public_facility", "開館時間（午後）", "end_time"], ["public_facility", "開館時間_午前", "start_time"],
    // a header of one end of the hours is no day's half: 終了時間（午後） stays the end, qualified
    ["public_facility", "終了時間（午前）", "end_time"],
    // an end of the hours named by the hours' words without 時間 (診療時間 → 診療開始 | 診療終了), once unread in extra;
    // not an event's 開催開始 (開催日 too is a column: its first day or its time), nor the hours of reception
    ["hospital", "診療開始", "start_time"], ["hospital", "診療終了", "end_time"], ["public_toilet", "利用開始", "start_time"],
    ["public_toilet", "利用終了", "end_time"], ["event", "開催開始", null], ["hospital", "受付開始", null], ["hospital", "診療開始日", null],
  ])("%s: %s → %s", (dataset, header, key) => expect(matchHeader(header, getDataset(dataset)!)?.key ?? null).toBe(key));
});

describe("an end of the hours headed without 時間", () => {
  it("診療開始 | 診療終了 of a register are its hours (they were kept in extra, the hours empty)", async () => {
    const { rows } = await runBytes("名称,医療機関の種類,所在地,診療開始,診療終了\n高尾クリニック,無床診療所,東京都八王子市高尾町2-2,8:45,18:00\n", "132012_hospital.csv");
    expect([rows[0].record.start_time, rows[0].record.end_time, rows[0].extra]).toEqual(["08:45", "18:00", {}]);
  });
});

describe("the halves of a day's hours in one header row", () => {
  const rowsOf = "渋谷駅前内科クリニック,無床診療所,渋谷区道玄坂1-1-1,9:00～12:30,14:30～18:30\n恵比寿こどもクリニック,無床診療所,渋谷区恵比寿1-1-1,9:00～12:00,休診\n"
    + "代々木眼科,無床診療所,渋谷区代々木1-1-1,,14:00～19:00\n";
  const hours = (record: Record<string, unknown>) => [record.start_time, record.end_time, record.availability_remarks];

  it.each(["診療時間（午前）,診療時間（午後）", "午前診療時間,午後診療時間", "診療時間_午前,診療時間_午後"])(
    "%s read as 診療時間 over 午前 | 午後: open with the morning, close with the afternoon, both halves kept", async (halves) => {
      const oneRow = await runBytes(`名称,医療機関の種類,所在地,${halves}\n${rowsOf}`, "131130_hospital.csv");
      const twoRows = await runBytes(`名称,医療機関の種類,所在地,診療時間,\n,,,午前,午後\n${rowsOf}`, "131130_hospital.csv");
      expect(oneRow.rows.map((r) => hours(r.record))).toEqual([
        ["09:00", "18:30", "9:00～12:30 / 14:30～18:30"], ["09:00", "12:00", "9:00～12:00 / 休診"], ["14:00", "19:00", null]]);
      expect(oneRow.rows.map((r) => hours(r.record))).toEqual(twoRows.rows.map((r) => hours(r.record)));
      expect(oneRow.rows.map((r) => r.extra)).toEqual([{}, {}, {}]);
      expect(tuples(oneRow.report, "qualified_header", "unknown_header", "duplicate_header")).toEqual([]);
      expect(tuples(oneRow.report, "closed_half_day")).toEqual([[2, "end_time", "closed_half_day"]]);
    });

  it("受付時間（午前）/（午後） are no halves of the hours: reception closes before the clinic, and 診療時間 beside them stays the hours", async () => {
    const { rows } = await runBytes("名称,医療機関の種類,所在地,診療時間,受付時間（午前）,受付時間（午後）\n"
      + "神田クリニック,無床診療所,千代田区神田1-1-1,9:00～18:00,8:45～11:45,14:45～17:45\n", "131016_hospital.csv");
    expect([rows[0].record.start_time, rows[0].record.end_time]).toEqual(["09:00", "18:00"]);
    expect(matchHeader("受付時間（午後）", getDataset("hospital")!)?.key).not.toBe("end_time");
  });
});

describe("the records such headers make", () => {
  it("有効期間（自）/（至）: the start is 許可開始日, the end 許可満了日", async () => {
    const { rows, report } = await runBytes("No.,営業所の名称,営業者氏名,営業所所在地,営業の種類,許可番号,許可年月日,有効期間（自）,有効期間（至）\n"
      + "1,足立そば,足立太郎,足立区梅島1-1-1,飲食店営業,第300号,令和5年4月1日,令和5年4月1日,令和11年3月31日\n", "131211_food_business.csv");
    expect(rows[0].record).toMatchObject({ permit_date: "2023-04-01", permit_start_date: "2023-04-01", permit_expiry_date: "2029-03-31" });
    // a person's name is no 法人名: kept under its own header, not published as the corporation (not_a_corporation)
    expect(rows[0].record.organization_name).toBeNull();
    expect(rows[0].extra).toEqual({ 営業者氏名: "足立太郎" });
    expect(tuples(report, "qualified_header", "unknown_header", "duplicate_header")).toEqual([]);
  });

  it("許可期間 over 始期 | 終期 (two header rows): both dates are read", async () => {
    const { rows } = await runBytes("番号,施設名称,営業者,所在地,営業の種類,許可番号,許可年月日,許可期間,\n,,,,,,,始期,終期\n"
      + "1,板橋食堂,板橋商事（株）,板橋区板橋1-1-1,飲食店営業,第2001号,令和4年4月1日,令和4年4月1日,令和10年3月31日\n", "131199_food_business.csv");
    expect(rows[0].record).toMatchObject({ permit_start_date: "2022-04-01", permit_expiry_date: "2028-03-31" });
  });

  it("a file with 許可満了日 and 有効期間（至）: the standard's header wins, the other is a duplicate", async () => {
    const { rows, report } = await runBytes("施設名称,営業の種類,所在地,許可満了日,有効期間（至）\n"
      + "足立そば,飲食店営業,足立区梅島1-1-1,令和11年3月31日,令和11年3月31日\n", "131211_food_business.csv");
    expect(rows[0].record).toMatchObject({ permit_expiry_date: "2029-03-31" });
    expect(tuples(report, "duplicate_header")).toEqual([[null, "有効期間（至）", "duplicate_header"]]);
  });
});

// An event list's period under other headers than 開始日 / 終了日: each gives the event's dates (and a date-time cell
// its time); 掲載期間 is how long the notice is posted, the standard's 掲載開始日 / 掲載終了日, never the event's.
describe("an event's period", () => {
  const dates = (record: Record<string, unknown>) =>
    [record.start_date, record.end_date, record.start_time, record.end_time, record.listing_start_date, record.listing_end_date];

  it.each<readonly [string, string, string, readonly unknown[]]>([
    ["開催期間（開始）/（終了）", "開催期間（開始）,開催期間（終了）", "2024/4/1,2024/4/30", ["2024-04-01", "2024-04-30", null, null, null, null]],
    ["開催期間(自)/(至)", "開催期間(自),開催期間(至)", "2024/4/1,2024/4/30", ["2024-04-01", "2024-04-30", null, null, null, null]],
    ["開始日時 / 終了日時", "開始日時,終了日時", "2024/4/1 10:00,2024/4/30 16:00", ["2024-04-01", "2024-04-30", "10:00", "16:00", null, null]],
    ["a 開催期間 range", "開催期間", "令和6年4月1日～令和6年4月30日", ["2024-04-01", "2024-04-30", null, null, null, null]],
    ["掲載期間 beside 開催期間", "開催期間(自),開催期間(至),掲載期間（自）,掲載期間（至）", "2024/4/10,2024/4/12,2024/3/1,2024/4/12",
      ["2024-04-10", "2024-04-12", null, null, "2024-03-01", "2024-04-12"]],
    ["掲載期間 alone", "掲載期間（自）,掲載期間（至）", "2024/3/1,2024/4/12", [null, null, null, null, "2024-03-01", "2024-04-12"]],
  ])("%s", async (_, headers, cells, expected) => {
    const { rows, report } = await runBytes(`イベント名,${headers},場所名称\n春まつり,${cells},中央公園\n`, "131041_event.csv");
    expect(dates(rows[0].record)).toEqual(expected);
    expect(rows[0].extra).toEqual({});
    expect(tuples(report, "unknown_header", "fuzzy_header", "header_not_found")).toEqual([]);
  });

  it("開始日時 `2024/4/1 10:00`: the date, and the time in the empty 開始時間 (said)", async () => {
    const { rows, report } = await runBytes("イベント名,開始日時,終了日時\n春まつり,2024/4/1 10:00,2024/4/1 16:00\n", "131041_event.csv");
    expect(dates(rows[0].record)).toEqual(["2024-04-01", "2024-04-01", "10:00", "16:00", null, null]);
    expect(tuples(report, "time_from_date_cell")).toEqual([[1, "start_time", "time_from_date_cell"], [1, "end_time", "time_from_date_cell"]]);
  });

  it("a range in a 開始日時 / 開催日時 cell also ends the row when its end columns are empty (its end was lost)", async () => {
    const { rows, report } = await runBytes(["イベント名,開催日時,終了日",
      "春まつり,2024/4/1 10:00～12:00,", "秋まつり,2024/10/1 10:00～2024/10/3 16:00,", "冬まつり,2024/12/1 10:00～2024/12/3 16:00,2024/12/5",
      "新年会,2025/1/5 10時～,"].join("\n"), "131041_event.csv");
    expect(rows.map((r) => dates(r.record).slice(0, 4))).toEqual([
      ["2024-04-01", null, "10:00", "12:00"], ["2024-10-01", "2024-10-03", "10:00", "16:00"],
      // the row's own end date is another day: the range's end is not taken for it
      ["2024-12-01", "2024-12-05", "10:00", null], ["2025-01-05", null, "10:00", null]]);
    expect(tuples(report, "time_from_date_cell", "date_range_split")).toEqual([
      [1, "start_time", "time_from_date_cell"], [1, "end_time", "time_from_date_cell"],
      [2, "start_time", "time_from_date_cell"], [2, "end_date", "date_range_split"], [2, "end_time", "time_from_date_cell"],
      [3, "start_time", "time_from_date_cell"], [4, "start_time", "time_from_date_cell"]]);
    expect(report.issues.find((i) => i.row === 1 && i.field === "end_time")?.value).toBe("2024/4/1 10:00～12:00 → 12:00");
  });

  it("a range `午後2時～4時` in a date cell ends at 16:00 (the start's 午後 carried, said); an end that stays before the start is left empty, as before", async () => {
    const { rows, report } = await runBytes(["イベント名,開催日時,終了日",
      "講演会,2024年4月1日（月）午後2時～4時,", "夜の部,2024/4/1 22:00～2:00,", "朝の部,2024年4月1日 午後2時～午前4時,",
      "昼の部,2024年4月1日 午前11時～1時,"].join("\n"), "131041_event.csv");
    expect(rows.map((r) => dates(r.record).slice(0, 4))).toEqual([
      ["2024-04-01", null, "14:00", "16:00"], ["2024-04-01", null, "22:00", null], ["2024-04-01", null, "14:00", null],
      // a morning start says no 午後 to carry
      ["2024-04-01", null, "11:00", null]]);
    expect(report.issues.filter((i) => i.field === "end_time").map((i) => [i.row, i.code, i.value])).toEqual([
      [1, "time_meridiem_carried", "2024年4月1日（月）午後2時～4時 → 14:00～16:00"], [1, "time_from_date_cell", "2024年4月1日（月）午後2時～4時 → 16:00"]]);
    expect(tuples(report, "end_time_before_start")).toEqual([]);
    // the cells whose end stays empty are kept as written, so their end is not lost
    expect(rows.map((r) => r.record.schedule_remarks)).toEqual([null, "2024/4/1 22:00～2:00", "2024年4月1日 午後2時～午前4時", "2024年4月1日 午前11時～1時"]);
    expect(tuples(report, "kept_as_remarks")).toEqual([[2, "schedule_remarks", "kept_as_remarks"], [3, "schedule_remarks", "kept_as_remarks"],
      [4, "schedule_remarks", "kept_as_remarks"]]);
  });

  it("a date cell with a second session after its range keeps the start, and the cell as written (the end and the second session were lost)", async () => {
    const { rows, report } = await runBytes("イベント名,開催日時\n講座,2024/4/1 10:00～12:00、4/8 10:00～12:00\n", "131041_event.csv");
    expect([rows[0].record.start_date, rows[0].record.start_time, rows[0].record.end_time, rows[0].record.schedule_remarks])
      .toEqual(["2024-04-01", "10:00", null, "2024/4/1 10:00～12:00、4/8 10:00～12:00"]);
    expect(tuples(report, "kept_as_remarks")).toEqual([[1, "schedule_remarks", "kept_as_remarks"]]);
  });

  it("a range past midnight in a date cell (`2024/8/3 18:00～翌2:00`) ends at 02:00 the next day, said (its end was lost silently)", async () => {
    const { rows, report } = await runBytes("イベント名,開催日時,終了日\n夜祭,2024/8/3 18:00～翌2:00,\n", "131156_event.csv");
    expect(dates(rows[0].record).slice(0, 4)).toEqual(["2024-08-03", "2024-08-04", "18:00", "02:00"]);
    expect(report.issues.filter((i) => i.field === "end_time" || i.field === "end_date").map((i) => [i.field, i.code, i.value])).toEqual([
      ["end_time", "time_from_date_cell", "2024/8/3 18:00～翌2:00 → 02:00"], ["end_time", "time_past_midnight", "翌2:00"],
      ["end_date", "end_date_next_day", "2024-08-03 → 2024-08-04"]]);
  });

  it("a list headed 開催日 (or 開催期間) with no end column gives a one-day event its end date, said once for the file", async () => {
    const { rows, report } = await runBytes(["イベント名,開催日,時間", "北区花火会,2024年10月26日,18:00～19:00", "親子映画会,2024年11月2日,14:00～15:30",
      "夜祭,2024/8/3,18:00～翌2:00", "講座,2024/10/5、10/12,10:00～12:00"].join("\n"), "131172_event.csv");
    expect(rows.map((r) => dates(r.record).slice(0, 2))).toEqual([["2024-10-26", "2024-10-26"], ["2024-11-02", "2024-11-02"],
      // past midnight: the next day, as before; days listed are no one day: they end on the last (date_list_days)
      ["2024-08-03", "2024-08-04"], ["2024-10-05", "2024-10-12"]]);
    expect(tuples(report, "column_filled").filter(([, field]) => field === "end_date")).toEqual([[null, "end_date", "column_filled"]]);
    expect(report.issues.find((i) => i.code === "column_filled" && i.field === "end_date")?.message_ja).toContain("開催日（1日のイベントの日）を各行に補いました");
    expect(tuples(report, "end_date_empty")).toEqual([]);
    const period = await runBytes("イベント名,開催期間\n隅田川花火大会,2024年7月27日（土）\n朝顔まつり,令和6年7月6日～8日\n", "131067_event.csv");
    expect(period.rows.map((r) => dates(r.record).slice(0, 2))).toEqual([["2024-07-27", "2024-07-27"], ["2024-07-06", "2024-07-08"]]);
  });

  it("an empty 終了日 beside a filled 開始日 is warned, not filled (the event may run longer); a start headed 開始日 alone gives no end", async () => {
    const { rows, report } = await runBytes("イベント名,開始日,終了日,開始時間,終了時間\n区民体育祭,2024/10/14,,9:00,15:00\n未定の会,,,,\n", "131172_event.csv");
    expect(dates(rows[0].record).slice(0, 2)).toEqual(["2024-10-14", null]);
    expect(report.issues.filter((i) => i.code === "end_date_empty").map((i) => [i.row, i.field, i.severity, i.detail])).toEqual([[1, "end_date", "warning", "2024-10-14"]]);
    const startOnly = await runBytes("イベント名,開始日\n区民体育祭,2024/10/14\n", "131172_event.csv");
    expect(dates(startOnly.rows[0].record).slice(0, 2)).toEqual(["2024-10-14", null]);
    expect(tuples(startOnly.report, "end_date_empty", "end_date_one_day")).toEqual([]);
  });

  it("a 開催期間 range the words after it exclude or close (を除く毎日, は休館) gives no dates: kept in 開始日時特記事項, warned", async () => {
    const cells = ["2024年12月28日～1月3日を除く毎日", "2024年5月1日～5月5日は休館"];
    const { rows, report } = await runBytes(`イベント名,開催期間\n${cells.map((c) => `a,${c}`).join("\n")}\n`, "131156_event.csv");
    expect(rows.map((r) => [...dates(r.record).slice(0, 2), r.record.schedule_remarks])).toEqual(cells.map((c) => [null, null, c]));
    expect(tuples(report, "unparseable_date", "date_range_split")).toEqual([[1, "start_date", "unparseable_date"], [2, "start_date", "unparseable_date"]]);
  });

  it("a bare 開始 / 終了 of dates is the event's 開始日 / 終了日, of times its 開始時間 / 終了時間 (column_by_values)", async () => {
    const byDates = await runBytes("イベント名,開始,終了,場所名称\n春まつり,令和6年4月1日,令和6年4月30日,中央公園\n", "131041_event.csv");
    expect(dates(byDates.rows[0].record)).toEqual(["2024-04-01", "2024-04-30", null, null, null, null]);
    expect(byDates.report.issues.filter((i) => i.code === "column_by_values").map((i) => [i.field, i.value]))
      .toEqual([["開始", "開始日（令和6年4月1日）"], ["終了", "終了日（令和6年4月30日）"]]);
    const byTimes = await runBytes("イベント名,開始日,開始,終了\n春まつり,2024/4/1,10:00,16:00\n", "131041_event.csv");
    expect(dates(byTimes.rows[0].record)).toEqual(["2024-04-01", null, "10:00", "16:00", null, null]);
    expect(byTimes.rows[0].extra).toEqual({});
  });

  it("a bare 開始 whose cells are neither dates nor times stays in extra, as does 開始 in a list that is no event list", async () => {
    const words = await runBytes("イベント名,開始日,開始\n春まつり,2024/4/1,未定\n", "131041_event.csv");
    expect(words.rows[0].extra).toEqual({ 開始: "未定" });
    expect(tuples(words.report, "unknown_header")).toEqual([[null, "開始", "unknown_header"]]);
    const hall = await runBytes("名称,所在地_連結表記,開始,終了\n区民会館,東京都新宿区西新宿1-1,9:00,17:00\n", "131041_public_facility.csv");
    expect([hall.rows[0].record.start_time, hall.rows[0].record.end_time, hall.rows[0].extra]).toEqual([null, null, { 開始: "9:00", 終了: "17:00" }]);
  });
});

describe("schema.org's opens / closes after the hours' name", () => {
  // 品川区's 公衆トイレ (toilet.csv, www.city.shinagawa.tokyo.jp, as copied in
  // https://github.com/TakuKobayashi/GovernmentOpenDataWebAPI) heads its hours `利用可能時間OPENS | 利用可能時間CLOSES`; the
  // rows are our own, in its value forms
  it("利用可能時間OPENS and 利用可能時間CLOSES are the opening and closing times (before: both in extra)", async () => {
    const csv = ["施設名,男性トイレ数,女性トイレ数,利用可能時間OPENS,利用可能時間CLOSES,緯度,経度,住所,設置位置",
      "駅前公衆便所,5,3,7:00,22:00,35.605663,139.734739,東京都品川区大井1-1-1,駅前広場"].join("\n");
    const { rows } = await runBytes(`${csv}\n`, "131091_public_toilet.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.extra])).toEqual([["07:00", "22:00", {}]]);
  });

  it("a Latin word alone before them is no hours' name (`Time OPENS` stays unread)", async () => {
    const { rows } = await runBytes("施設名,Time OPENS,住所,設置位置\n駅前公衆便所,7:00,東京都品川区大井1-1-1,駅前広場\n", "131091_public_toilet.csv");
    expect([rows[0].record.start_time, rows[0].extra]).toEqual([null, { "Time OPENS": "7:00" }]);
  });
});
