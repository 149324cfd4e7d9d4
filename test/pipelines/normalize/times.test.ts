import { describe, expect, it } from "vitest";
import { issue } from "../../../pipelines/issues.ts";
import { closesHours, normalizeTime, parseClock } from "../../../pipelines/normalize/times.ts";
import { at, codes, outcome } from "./helpers.ts";

describe("normalizeTime", () => {
  it.each([
    ["09:00", "09:00", []],
    ["8:30", "08:30", ["time_reformatted"]],
    ["08:30:00", "08:30", ["time_reformatted"]],
    // a date-time in a time column (an Excel cell formatted yyyy/m/d h:mm): its time
    ["2024-07-20T10:00", "10:00", ["time_reformatted"]],
    ["2024/7/20 9:30", "09:30", ["time_reformatted"]],
    ["1899-12-30T10:00:00", "10:00", ["time_reformatted"]],
    ["８：３０", "08:30", ["time_reformatted"]],
    ["０８:３０", "08:30", ["full_width_converted"]],
    ["8時30分", "08:30", ["time_reformatted"]],
    ["8時", "08:00", ["time_reformatted"]],
    ["8時半", "08:30", ["time_reformatted"]],
    ["午前8時", "08:00", ["time_reformatted"]],
    ["午後5時30分", "17:30", ["time_reformatted"]],
    ["午後0時", "12:00", ["time_reformatted"]],
    // a part of the day that says its half (before: unread)
    ["夕方5時", "17:00", ["time_reformatted"]],
    ["夜8時", "20:00", ["time_reformatted"]],
    ["夜9時30分", "21:30", ["time_reformatted"]],
    ["朝9時", "09:00", ["time_reformatted"]],
    ["晩7時", "19:00", ["time_reformatted"]],
    ["午前0時", "00:00", ["time_reformatted"]],
    ["5:30PM", "17:30", ["time_reformatted"]],
    ["am 9:15", "09:15", ["time_reformatted"]],
    ["正午", "12:00", ["time_reformatted"]],
    ["0830", "08:30", ["time_reformatted"]],
    ["830", "08:30", ["time_reformatted"]],
    ["17.15", "17:15", ["time_reformatted"]],
    ["9:00から", "09:00", ["time_reformatted"]],
    ["0.375", "09:00", ["excel_serial_time"]],
    ["0.5", "12:00", ["excel_serial_time"]],
    ["26:00", "02:00", ["time_past_midnight"]],
    // a note beside the time: the time is read, the note said (record.ts keeps the cell in the remarks)
    ["18時30分（延長19時30分）", "18:30", ["time_with_note"]],
    ["（平日）8:30", "08:30", ["time_with_note"]],
    // the days written before the time, without brackets (AED lists' 利用可能時間)
    ["平日 8:30", "08:30", ["time_with_note"]],
    ["月～金 9:00", "09:00", ["time_with_note"]],
    ["土日祝10時", "10:00", ["time_with_note"]],
    ["水曜日：13:00", "13:00", ["time_with_note"]],
    ["開館日の9:30", "09:30", ["time_with_note"]],
    // a note and the days: one note
    ["平日 9:00（祝日除く）", "09:00", ["time_with_note"]],
    // a day word before no time is none
    ["月2回", null, ["unparseable_time"]],
    ["17:00 ※土曜は12:00", "17:00", ["time_with_note"]],
    ["26時（翌2時）", "02:00", ["time_past_midnight", "time_with_note"]],
    ["（要予約）", null, ["unparseable_time"]],
    ["日没（季節により変動）", null, ["unparseable_time"]],
    ["日没", null, ["unparseable_time"]],
    ["日没まで", null, ["unparseable_time"]],
    ["要問合せ", null, ["unparseable_time"]],
    ["8:75", null, ["unparseable_time"]],
    ["9", null, ["unparseable_time"]],
    ["午後13時", "13:00", ["time_reformatted"]],
    ["－", null, ["placeholder_value"]],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeTime(raw, at))).toEqual([value, issueCodes]);
  });

  // hours by the time of year: no one time of the year's, so none taken (the cell goes to the remarks whole)
  it.each(["4月～9月 9:00～17:00、10月～3月 9:00～16:30", "４月～９月　９：００～１７：００", "夏季 9:00～18:00／冬季 9:00～17:00",
    "4月1日～9月30日は9時～17時", "10月～翌3月 9:00～16:30",
    // a season's time in each of 開始時間 and 終了時間, the months or the season written before the time, bracketed or not
    "4月～9月 9:00、10月～3月 9:30", "4～9月 17:00、10～翌3月 16:30", "(4月～9月)9:00 (10月～3月)9:30", "【4月～9月】17:00【10月～3月】16:30",
    "4月から9月は9時、10月から3月は9時30分", "4/1～9/30 9:00、10/1～3/31 9:30", "【夏季】２０：００", "冬期間は16:30",
    // or after it, a time for each part of the year
    "9:00(夏季)、9:30(冬季)", "17:00（4月～9月）、16:30（10月～3月）", "9:00～17:00（4月～9月）、9:30～16:30（10月～3月）",
    // one time with another for a part of the year in a note: the first holds the rest of the year only
    "9:00（10月～3月は9:30）", "17:00 (冬季は16:30)"])("%j is hours by season in either column", (raw) => {
    expect(codes(normalizeTime(raw, at, "start"))).toEqual([null, ["hours_by_season"]]);
    expect(codes(normalizeTime(raw, at, "end"))).toEqual([null, ["hours_by_season"]]);
  });

  it("takes weekdays (月～金) and days for no season", () => {
    expect(codes(normalizeTime("月～金 9:00～17:00", at, "start"))[1]).not.toContain("hours_by_season");
    expect(codes(normalizeTime("月～土 9時", at, "start"))).toEqual(["09:00", ["time_with_note"]]);
    expect(codes(normalizeTime("月2回", at, "start"))).toEqual([null, ["unparseable_time"]]);
  });

  it("reads the hours in brackets after words that name the place's hours (開園時間内（9:00～17:00）; before: unparseable)", () => {
    expect(codes(normalizeTime("開園時間内（9:00～17:00）", at, "start"))).toEqual(["09:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("施設の開館時間（9時～21時30分）", at, "end"))).toEqual(["21:30", ["time_range_split", "time_with_note"]]);
    // brackets after other words, or words alone, are no hours of the place
    expect(codes(normalizeTime("冬季（9:00～16:00）", at, "start"))[0]).toBeNull();
    expect(codes(normalizeTime("開園時間内", at, "start"))).toEqual([null, ["unparseable_time"]]);
  });

  it("reads the hours after their own name in the cell (那須塩原市's 観光施設: 利用時間：9:00～15:00; before: unparseable, no times)", () => {
    expect(codes(normalizeTime("利用時間：9:00～15:00", at, "start"))).toEqual(["09:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("利用時間午前10時から午後3時まで", at, "end"))[0]).toBe("15:00");
    expect(codes(normalizeTime("利用時間午前10時から午後3時まで", at, "start"))[0]).toBe("10:00");
    expect(codes(normalizeTime("開館時間 9:00～17:00", at, "end"))[0]).toBe("17:00");
    expect(codes(normalizeTime("営業時間は11時～22時", at, "end"))[0]).toBe("22:00");
    expect(codes(normalizeTime("ＯＰＥＮ時間　９：００～１７：００", at, "start"))[0]).toBeNull();
    // reception is another moment than the hours: its times are not the place's
    expect(codes(normalizeTime("受付時間 9:00～16:00", at, "start"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("利用時間", at, "start"))).toEqual([null, ["unparseable_time"]]);
  });

  it("reads the hours before the days the place is closed, digits in them (9:00～15:00 休館日毎月第4水曜日; before: unparseable)", () => {
    expect(codes(normalizeTime("9:00～15:00 休館日毎月第4水曜日", at, "start"))).toEqual(["09:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("10時～17時、定休日：第2・第4火曜日", at, "end"))[0]).toBe("17:00");
    expect(codes(normalizeTime("利用時間：9:00～15:00 休館日第3月曜日", at, "end"))[0]).toBe("15:00");
    // the days alone, or a closed day that is the cell's only time, are no hours
    expect(codes(normalizeTime("休館日毎月第4水曜日", at, "start"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("第4水曜日 休館日", at, "start"))[0]).toBeNull();
  });

  it("reads the hours before closed days written with months and dates (9:00～15:00 休館日12月29日～1月3日; before: unparseable, no times)", () => {
    for (const [raw, start, end] of [["9:00～15:00 休館日12月29日～1月3日", "09:00", "15:00"], ["9:00～17:00（休館日：12月29日～1月3日）", "09:00", "17:00"],
      // the days, then the word that closes them
      ["9時～17時 年末年始（12/29～1/3）休み", "09:00", "17:00"], ["9:00～17:00 12月29日～1月3日休館", "09:00", "17:00"],
      ["10:00～18:00 第3月曜休館", "10:00", "18:00"], ["9:00～17:00、年末年始は休館", "09:00", "17:00"], ["8:30～17:15 12/29～1/3を除く", "08:30", "17:15"],
      ["月～金 9:00～17:00 12月29日～1月3日休み", "09:00", "17:00"]]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), codes(normalizeTime(raw, at, "end"))])
        .toEqual([raw, [start, ["time_range_split", "time_with_note"]], [end, ["time_range_split", "time_with_note"]]]);
    }
    // hours by season are still no one pair; closed days alone, or another thing closed, are no hours
    for (const raw of ["4月～9月 9:00～18:00、10月～3月 9:00～17:00", "4月～9月 9:00～18:00、10月～3月 9:00～17:00 年末年始休館"]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), codes(normalizeTime(raw, at, "end"))]).toEqual([raw, [null, ["hours_by_season"]], [null, ["hours_by_season"]]]);
    }
    expect(codes(normalizeTime("12月29日～1月3日休館", at, "start"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("9:00～17:00 2号館休館", at, "end"))[0]).toBe(null);
  });

  it("reads 墨田区's AED hours: the label 使用可能時間帯, a note with brackets of its own (before: unparseable, no times)", () => {
    for (const [raw, start, end] of [["使用可能時間帯：午前9時～午後5時（土・日曜日・祝日・年末年始は除く）", "09:00", "17:00"],
      ["使用可能時間帯：午前8時～午後9時（年末年始（12/29～1/3）は除く）", "08:00", "21:00"], ["午前8時～午後9時（年末年始（12/29～1/3）は除く）", "08:00", "21:00"],
      ["利用可能時間帯 8:30～17:15", "08:30", "17:15"]]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), codes(normalizeTime(raw, at, "end"))])
        .toEqual([raw, [start, ["time_range_split", "time_with_note"]], [end, ["time_range_split", "time_with_note"]]]);
    }
    // a note's brackets that do not close are no note
    expect(normalizeTime("9:00～17:00（年末年始（12/29～1/3は除く", at, "end").value).toBeNull();
    // all day after the label (before: unparseable)
    expect([codes(normalizeTime("使用可能時間帯：常時", at, "start")), codes(normalizeTime("利用時間：24時間", at, "end"))])
      .toEqual([["00:00", ["all_day_time"]], ["23:59", ["all_day_time"]]]);
  });

  it("hours with a note that moves one end on some days read the end that holds, the other left empty (before: the week's end published as every day's)", () => {
    for (const [raw, start] of [["使用可能時間帯：午前10時～午後11時（土曜日は午後9時30分、日曜日は午後8時まで、月曜日・年末年始は除く）", "10:00"],
      ["午前9時～午後9時（火・水・土・日曜日・祝日は午後７時まで)", "09:00"], ["9:00～21:00（土日は17:00まで）", "09:00"], ["8:30～17:15（土曜日は8:30～12:00）", "08:30"]]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), codes(normalizeTime(raw, at, "end"))])
        .toEqual([raw, [start, ["time_range_split", "time_with_note"]], [null, ["hours_by_days"]]]);
    }
    expect([codes(normalizeTime("9:00～17:00（土日祝は10:00から）", at, "start")), codes(normalizeTime("9:00～17:00（土日祝は10:00から）", at, "end"))])
      .toEqual([[null, ["hours_by_days"]], ["17:00", ["time_range_split", "time_with_note"]]]);
    // days closed, or a few days of the year, move no end; a part of the year among days closed still moves its end
    expect(codes(normalizeTime("9:00～17:00（土日祝は休み）", at, "end"))).toEqual(["17:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("9:00～17:00（12月29日～1月3日は10:00～15:00）", at, "end"))[0]).toBe("17:00");
    expect(codes(normalizeTime("9:00～17:00（10月～3月は16:30まで、年末年始休館）", at, "start"))).toEqual(["09:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("開館時間：9:00～17:00（10月～3月は16:30まで）", at, "end"))).toEqual([null, ["time_by_season"]]);
  });

  it("hours with their break within them are no sessions (9:00～17:00 12:00～13:00昼休み; before: ended at 13:00)", () => {
    for (const raw of ["9:00～17:00 12:00～13:00昼休み", "9:00～17:00 12:00～13:00", "9:00～17:00 12:00～13:00 第3月曜休み", "13:00～17:00、9:00～12:00"]) {
      expect([raw, normalizeTime(raw, at, "start").value, normalizeTime(raw, at, "end").value]).toEqual([raw, null, null]);
    }
  });

  // the months the hours hold in, or those they do not, with no other time: a note beside the year's time
  it.each<[string, string, string, string[]]>([["9:00～17:00（7月～8月）", "09:00", "17:00", ["time_range_split", "time_with_note"]],
    ["9:00（12月～2月を除く）", "09:00", "09:00", ["time_with_note"]],
    ["9:00～17:00（12月～3月は休館）", "09:00", "17:00", ["time_range_split", "time_with_note"]],
    // a few days' hours after the year's: the year's are read, the days' a note
    ["9:00～17:00（12月29日～1月3日は10:00～15:00）", "09:00", "17:00", ["time_range_split", "time_with_note"]],
    ["9:00（12/29～1/3は10:00）", "09:00", "09:00", ["time_with_note"]]])("%j is a time with a note", (raw, start, end, said) => {
    expect(codes(normalizeTime(raw, at, "start"))).toEqual([start, said]);
    expect(codes(normalizeTime(raw, at, "end"))).toEqual([end, said]);
  });

  it.each([
    ["24時間", "00:00", "23:59", "all_day_time"],
    ["終日", "00:00", "23:59", "all_day_time"],
    // at all times: a police box's AED
    ["常時", "00:00", "23:59", "all_day_time"],
    ["常時使用可", "00:00", "23:59", "all_day_time"],
    ["２４時間", "00:00", "23:59", "all_day_time"],
    ["24", "00:00", "23:59", "all_day_time"],
    ["24h", "00:00", "23:59", "all_day_time"],
    ["0:00～24:00", "00:00", "23:59", "all_day_time"],
    ["24:00", "00:00", "23:59", "hour_24"],
    ["8:30～17:15", "08:30", "17:15", "time_range_split"],
    ["午前9時から午後5時まで", "09:00", "17:00", "time_range_split"],
    ["9:00-22:00", "09:00", "22:00", "time_range_split"],
    // a minus sign (U+2212) or a hyphen (U+2010) between the times, as word processors write them
    ["10:00−16:00", "10:00", "16:00", "time_range_split"], ["10:00‐16:00", "10:00", "16:00", "time_range_split"],
    // the start's 午後 (or PM) holds for an end written without one, when that keeps the end after the start
    ["午後6時～8時", "18:00", "20:00", "time_range_split"],
    ["午後1時30分から3時まで", "13:30", "15:00", "time_range_split"],
    ["1:00PM-4:30", "13:00", "16:30", "time_range_split"],
    ["午前10時～12時", "10:00", "12:00", "time_range_split"],
    ["午前9時～午後5時", "09:00", "17:00", "time_range_split"],
    ["午前11時～1時", "11:00", "13:00", "time_range_split"],
    ["午前10時～4時", "10:00", "16:00", "time_range_split"],
    // the end of these is the next day's: said, so the record's end date can move (record.test.ts)
    ["18:00〜26:00", "18:00", "02:00", "time_range_split", "time_past_midnight"],
    ["22時～翌2時", "22:00", "02:00", "time_range_split", "time_past_midnight"],
    // a range ending at 24:00 ends at 23:59, said as 24:00 alone is
    ["5:00～24:00", "05:00", "23:59", "time_range_split", "hour_24"],
    ["9時～24時", "09:00", "23:59", "time_range_split", "hour_24"],
    // past midnight: 午後10時～2時 ends at 2:00, not 14:00
    ["午後10時～2時", "22:00", "02:00", "time_range_split"],
  ])("%j: start %j, end %j (%s)", (raw, start, end, code, endCode?: string) => {
    expect(outcome(normalizeTime(raw, { row: 2, field: "start_time" }, "start"))).toEqual({ value: start, issues: [[2, "start_time", code]] });
    const endIssues = [[2, "end_time", code], ...(endCode ? [[2, "end_time", endCode]] : [])];
    expect(outcome(normalizeTime(raw, { row: 2, field: "end_time" }, "end"))).toEqual({ value: end, issues: endIssues });
  });

  it("a day of sessions in one cell opens with the first and closes with the last; anything else in it is no session", () => {
    for (const raw of ["9:00～12:00／14:30～18:00", "9:00～12:00、14:30～18:00", "午前9時～12時 午後2時半～6時"]) {
      expect([codes(normalizeTime(raw, at, "start")), codes(normalizeTime(raw, at, "end"))]).toEqual([["09:00", ["time_sessions"]], ["18:00", ["time_sessions"]]]);
    }
    // sessions joined with ・, and sessions labelled with their half of the day (also beside times of 24 hours)
    for (const raw of ["9:00～12:00・14:30～18:00", "9:00～12:00 ・ 14:30～18:00", "午前 9:00～12:00 午後 14:30～18:00", "午前：9時～12時、午後：2時半～6時"]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), codes(normalizeTime(raw, at, "end"))]).toEqual([raw, ["09:00", ["time_sessions"]], ["18:00", ["time_sessions"]]]);
    }
    // a label before a time of the day's other half is read as written (午後 2時 is 14:00), never moved by the label
    expect(normalizeTime("午前 8:30～12:00 午後 2:00～6:00", at, "end").value).toBe("18:00");
    // days joined with ・ before a session are no sessions: they are the days the hours are for, a note
    expect(codes(normalizeTime("月・水・金 9:00～12:00", at, "start"))).toEqual(["09:00", ["time_range_split", "time_with_note"]]);
    // sessions named as parts of the event (before: unread), also open to their end, which gives a start only
    for (const raw of ["午前の部10時～12時、午後の部2時～4時", "第1部 10:00～12:00／第2部 14:00～16:00", "1部 10:00～12:00 2部 14:00～16:00"]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), codes(normalizeTime(raw, at, "end"))]).toEqual([raw, ["10:00", ["time_sessions"]], ["16:00", ["time_sessions"]]]);
    }
    for (const raw of ["午前の部10時～、午後の部14時～", "第1部10:00～、第2部14:00～", "10時～、14時から"]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), normalizeTime(raw, at, "end").value]).toEqual([raw, ["10:00", ["time_sessions"]], null]);
    }
    expect(normalizeTime("昼の部 11:30～14:00、夜の部 5:00～9:00", at, "end").value).toBe("21:00");
    // one session under its label, the label's half of the day carried to its hours (before: unread), kept as a note
    for (const [raw, start, end] of [["夜の部 6時～", "18:00", null], ["午前の部 10:00～12:00", "10:00", "12:00"], ["夜の部 6時～9時", "18:00", "21:00"],
      ["第2部 14:00～16:00", "14:00", "16:00"], ["夜の部 18:00～", "18:00", null],
      // 早朝 is a part of the day as 朝 is (before: no label, unread)
      ["早朝の部 6時～8時", "06:00", "08:00"], ["夕方の部 5時～7時", "17:00", "19:00"]] as const) {
      const [s, e] = [normalizeTime(raw, at, "start"), normalizeTime(raw, at, "end")];
      expect([raw, s.value, e.value, s.issues.some((i) => i.code === "time_with_note")]).toEqual([raw, start, end, true]);
    }
    expect(codes(normalizeTime("夜の部 6時～", at, "end"))).toEqual([null, ["time_from_in_end", "time_with_note"]]);
    expect(codes(normalizeTime("夕方17時", at, "start"))).toEqual(["17:00", ["time_reformatted"]]);
    // a part that is no range (休診), and times that are no sessions: not read
    expect(normalizeTime("9:00～12:00／休診", at, "end").value).toBeNull();
    expect(normalizeTime("9:00、17:00", at, "start").value).toBeNull();
    expect(normalizeTime("9:00～12:00／14:30～18:00", at).value).toBeNull();
  });

  it("翌 (the next day) is past midnight, as 25時 is; an end written as a range's end (～16時) is that end", () => {
    expect(codes(normalizeTime("翌1時", at, "end"))).toEqual(["01:00", ["time_past_midnight"]]);
    expect(codes(normalizeTime("翌日 1:30", at, "end"))).toEqual(["01:30", ["time_past_midnight"]]);
    expect(codes(normalizeTime("翌25時", at, "end"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("～16時", at, "end"))).toEqual(["16:00", ["time_reformatted"]]);
    expect(codes(normalizeTime("から17:00", at, "end"))).toEqual(["17:00", ["time_reformatted"]]);
    expect(codes(normalizeTime("～16時まで", at, "end"))).toEqual(["16:00", ["time_reformatted"]]);
    // a start written as "until 16:00" has no start (the end column, when empty, takes the time: record tests)
    expect(codes(normalizeTime("～16時", at, "start"))).toEqual([null, ["time_until_in_start"]]);
    expect(issue("time_past_midnight", { row: 2, field: "end_time", value: "翌1時" }).message_ja).toContain("翌日の時刻「01:00」");
    expect(issue("time_past_midnight", { row: 2, field: "end_time", value: "25:30" }).message_en).toContain("next day's time 01:30");
    // about (頃, ごろ): read as the time, said (the record keeps the cell in its remarks column)
    expect(codes(normalizeTime("21:00頃", at, "end"))).toEqual(["21:00", ["time_approximate"]]);
    expect(codes(normalizeTime("9時ごろから", at, "start"))).toEqual(["09:00", ["time_approximate"]]);
    // a range's end as well: the time shown is the end's
    expect(issue("time_past_midnight", { row: 2, field: "end_time", value: "22時～翌2時" }).message_ja).toContain("翌日の時刻「02:00」");
    expect(issue("time_past_midnight", { row: 2, field: "end_time", value: "18:00〜26:30" }).message_en).toContain("next day's time 02:30");
    for (const [raw, time] of [["翌1時半", "01:30"], ["翌2時半まで", "02:30"], ["翌0時半", "00:30"], ["～翌1時半", "01:30"], ["翌午前1時", "01:00"]]) {
      expect(normalizeTime(raw, at, "end").value).toBe(time);
      expect(issue("time_past_midnight", { row: 2, field: "end_time", value: raw }).message_ja).toContain(`翌日の時刻「${time}」`);
    }
  });

  it("a time said to close the hours (まで, 迄, までに, 終了, ～ before it) is an end, never a start; one said to open them (から, ～ after it) a start, never an end", () => {
    for (const raw of ["17時まで", "17:00まで", "17時迄", "17時までに", "17時終了", "午後5時まで", "１７：００まで", "～17:00", "17時頃まで"]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), normalizeTime(raw, at, "end").value]).toEqual([raw, [null, ["time_until_in_start"]], "17:00"]);
    }
    for (const raw of ["9時から", "9:00から", "9:00～", "午前9時から"]) {
      expect([raw, normalizeTime(raw, at, "start").value, codes(normalizeTime(raw, at, "end"))]).toEqual([raw, "09:00", [null, ["time_from_in_end"]]]);
    }
    // ranges and times without such a word are as before; without a bound the word is read past, as before
    expect([normalizeTime("9時から17時まで", at, "start").value, normalizeTime("9時から17時まで", at, "end").value]).toEqual(["09:00", "17:00"]);
    expect(normalizeTime("日没まで", at, "start").value).toBeNull();
    expect(codes(normalizeTime("17時まで", at))).toEqual(["17:00", ["time_reformatted"]]);
    expect(issue("time_until_in_start", { row: 2, field: "start_time", value: "17時まで" }).message_ja).toContain("「17時まで」は終わりの時刻（まで）のため、開始の時刻には入れず空欄にしました");
  });

  it("a dash is such a word as ～ is (13:30- opens, -16:00 closes); so are 開始 and 開演 after or before a time", () => {
    for (const raw of ["-16:00", "－16:00", "ー16時"]) {
      expect([raw, codes(normalizeTime(raw, at, "start")), normalizeTime(raw, at, "end").value]).toEqual([raw, [null, ["time_until_in_start"]], "16:00"]);
    }
    for (const raw of ["13:30-", "13:30－", "13:30ー", "13:30開始", "13時30分開演", "開演13:30", "開始：13時半", "午後1時30分開始"]) {
      expect([raw, normalizeTime(raw, at, "start").value, codes(normalizeTime(raw, at, "end"))]).toEqual([raw, "13:30", [null, ["time_from_in_end"]]]);
    }
  });

  it("a start column's show time beside the doors' (開場12:30 開演13:00) is the start, and a meeting time (9:30集合) the start, warned", () => {
    // each word before its time or after it (`12:30開場 13:00開演`, as event lists also write it)
    for (const raw of ["開場12:30 開演13:00", "開場12時30分、開演13時", "開演13:00/開場12:30", "開演13:00（開場12:30）", "12:30開場 13:00開演",
      "12時30分開場、13時開演", "13:00開演／12:30開場"]) {
      expect([raw, normalizeTime(raw, at, "start").value]).toEqual([raw, "13:00"]);
    }
    expect(codes(normalizeTime("開場12:30 開演13:00", at, "start"))).toEqual(["13:00", ["time_doors_open"]]);
    expect(codes(normalizeTime("開場12:30 開演13:00", at, "end"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("12:30開場 13:00開演", at, "start"))).toEqual(["13:00", ["time_doors_open"]]);
    expect(codes(normalizeTime("12:30開場 13:00開演", at, "end"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("9:30集合", at, "start"))).toEqual(["09:30", ["time_meeting_as_start"]]);
    expect(codes(normalizeTime("集合 午前9時", at, "start"))).toEqual(["09:00", ["time_meeting_as_start"]]);
    expect(normalizeTime("9:30集合", at, "start").issues[0].severity).toBe("warning");
    expect(codes(normalizeTime("9:30集合", at, "end"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("雨天集合", at, "start"))).toEqual([null, ["unparseable_time"]]);
  });

  it("an end column's parting time (12:00解散, 解散 15時, 15:00解散予定) is the end, warned; in a start column it is none", () => {
    for (const [raw, end] of [["12:00解散", "12:00"], ["解散 15時", "15:00"], ["15:00解散予定", "15:00"], ["解散：午後3時", "15:00"], ["１２時解散", "12:00"]]) {
      expect([raw, codes(normalizeTime(raw, at, "end"))]).toEqual([raw, [end, ["time_dispersal_as_end"]]]);
    }
    expect(normalizeTime("12:00解散", at, "end").issues[0].severity).toBe("warning");
    expect(codes(normalizeTime("12:00解散", at, "start"))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("現地解散", at, "end"))).toEqual([null, ["unparseable_time"]]);
  });

  // before: the end time of 学童 hours was lost, the cell said unparseable_time (warning)
  it("hours whose start is a word (放課後～18:00, 下校時～18:30): no start, the end read, said at info level", () => {
    for (const [raw, end] of [["放課後～18:00", "18:00"], ["授業終了後～18:00", "18:00"], ["下校時～18:30", "18:30"], ["開館時～17:00", "17:00"],
      ["放課後から18時まで", "18:00"], ["放課後〜19:00", "19:00"]]) {
      expect([raw, codes(normalizeTime(raw, at, "start"))]).toEqual([raw, [null, ["time_start_in_words"]]]);
      expect([raw, codes(normalizeTime(raw, at, "end"))]).toEqual([raw, [end, ["time_start_in_words"]]]);
    }
    expect(normalizeTime("放課後～18:00", at, "end").issues[0].severity).toBe("info");
    // a half of the day is a time's label, days are no moment, and words alone give no end
    expect(codes(normalizeTime("午後～6時", at, "end"))[1]).not.toContain("time_start_in_words");
    expect(codes(normalizeTime("月～17:00", at, "end"))[1]).not.toContain("time_start_in_words");
    expect(codes(normalizeTime("放課後～閉館時", at, "end"))).toEqual([null, ["unparseable_time"]]);
  });

  it("a note beside such a time (17時まで（受付16時）) leaves it the end's: no start, said with the note; the end reads it", () => {
    for (const raw of ["17時まで（受付16時）", "17:00まで(受付は16:00まで)", "17時まで ※受付は16時まで", "（平日）17時まで"]) {
      expect([raw, codes(normalizeTime(raw, at, "start"))]).toEqual([raw, [null, ["time_until_in_start", "time_with_note"]]]);
      expect([raw, codes(normalizeTime(raw, at, "end"))]).toEqual([raw, ["17:00", ["time_with_note"]]]);
      expect([raw, closesHours(raw)]).toEqual([raw, true]);
    }
    expect(codes(normalizeTime("9時から（受付8時半まで）", at, "end"))).toEqual([null, ["time_from_in_end", "time_with_note"]]);
    expect(codes(normalizeTime("9時から（受付8時半まで）", at, "start"))).toEqual(["09:00", ["time_with_note"]]);
    // a noted time without such a word, or a note alone, closes nothing
    for (const raw of ["18時30分（延長19時30分）", "17時（受付16時まで）", "（17時まで）", "9時から（受付8時半）"]) expect([raw, closesHours(raw)]).toEqual([raw, false]);
  });

  it("words after the time with no bracket or ※ (12:00 雨天中止) are a note: the time read without them, said (before: not a time)", () => {
    expect(codes(normalizeTime("12:00 雨天中止", at, "start"))).toEqual(["12:00", ["time_with_note"]]);
    expect(codes(normalizeTime("10:00～12:00 雨天中止", at, "end"))).toEqual(["12:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("10時～12時雨天中止", at, "start"))).toEqual(["10:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("１５：３０　終了予定", at, "end"))).toEqual(["15:30", ["time_with_note"]]);
    expect(codes(normalizeTime("10:00 開始予定", at, "start"))).toEqual(["10:00", ["time_with_note"]]);
  });

  it.each<[string, "start" | "end", string | null, string[]]>([
    // the column's own から or まで, or a word that opens or closes the hours, then a note (before: not a time)
    ["9:00から 雨天決行", "start", "09:00", ["time_with_note"]], ["17:00まで 雨天中止", "end", "17:00", ["time_with_note"]],
    ["9:00～ 雨天決行", "start", "09:00", ["time_with_note"]], ["17:00まで開館", "end", "17:00", ["time_with_note"]],
    ["9時から開館", "start", "09:00", ["time_with_note"]], ["22時まで営業", "end", "22:00", ["time_with_note"]],
    // the other end's から or まで with a note: said as that end's, as with a note in brackets
    ["17:00まで 雨天中止", "start", null, ["time_until_in_start", "time_with_note"]], ["9:00から 雨天決行", "end", null, ["time_from_in_end", "time_with_note"]],
    // the hours with a note of another moment's time set apart after them: reception, last entry, last order
    ["10:00～16:00 受付は15:30まで", "start", "10:00", ["time_range_split", "time_with_note"]],
    ["10:00～16:00 受付は15:30まで", "end", "16:00", ["time_range_split", "time_with_note"]],
    ["9時～17時、最終入館16時30分", "end", "17:00", ["time_range_split", "time_with_note"]],
    ["16:00まで 最終入館15:30", "end", "16:00", ["time_with_note"]], ["22:00 L.O.21:30", "end", "22:00", ["time_with_note"]],
    ["13:00開始 受付12:30から", "start", "13:00", ["time_with_note"]], ["13:00～ 受付12:30～", "start", "13:00", ["time_with_note"]],
    ["9:00～11:30 15:30最終受付", "end", "11:30", ["time_range_split", "time_with_note"]],
    // a moment's word that names no time (入場無料: admission is free)
    ["9:00～17:00 入場無料", "end", "17:00", ["time_range_split", "time_with_note"]],
  ])("%j in a %s column: the column's time, the words a note (before: not a time)", (raw, bound, value, said) => {
    expect(codes(normalizeTime(raw, at, bound))).toEqual([value, said]);
  });

  it("a range written in words (10:00開始 12:00終了) gives each column its end, as 10:00～12:00 does (before: not a time)", () => {
    expect(codes(normalizeTime("10:00開始 12:00終了", at, "start"))).toEqual(["10:00", ["time_range_split"]]);
    expect(codes(normalizeTime("10:00開始 12:00終了", at, "end"))).toEqual(["12:00", ["time_range_split"]]);
    expect(codes(normalizeTime("午後1時開演、3時終演予定", at, "end"))).toEqual(["15:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("10:00開始 12:00終了", at))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("受付開始 12:00終了", at, "start"))).toEqual([null, ["unparseable_time"]]);
  });

  it.each<[string, "start" | "end"]>([["9:00 受付開始", "start"], ["9:00受付", "start"], ["12:30 開場", "start"], ["17:00 以降", "start"],
    ["12時過ぎ", "end"], ["正午前", "end"], ["入場は16:30まで", "end"], ["16:30 最終入場", "end"],
    // another moment's until or from: reception ends at 17:00, not the hours; the hours start after the reception's
    ["17:00まで受付", "end"], ["9時から受付", "start"], ["9:00～12:00 受付", "start"], ["最終入館16:30", "end"], ["受付17時まで", "end"],
    // the last order is no closing time (before: 12:00 read as the end)
    ["12:00 ラストオーダー", "end"],
    // until when the hours stop: 12:00まで休館 opens at 12:00
    ["12:00まで休館", "end"],
    // the time not settled
    ["17:00 終了時間未定", "end"],
    // the other end's word: a start column's 終了, an end column's 開始; 開館, 開園, より open the hours, 終演 closes them
    // (before: 9:00開館 and 9:00より read as an end, 15:30終演 as a start)
    ["12:00 終了予定", "start"], ["10:00 開始予定", "end"], ["9:30 集合", "end"], ["9:00開館", "end"], ["9:00開園", "end"], ["9:00より", "end"],
    ["15:30終演", "start"], ["17:00閉館", "start"]])("%j in a %s column keeps words that change what the time means: not read", (raw, bound) => {
    expect(codes(normalizeTime(raw, at, bound))).toEqual([null, ["unparseable_time"]]);
  });

  it("without a start/end bound, all day and ranges cannot be placed", () => {
    expect(codes(normalizeTime("終日", at))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("8:30～17:15", at))).toEqual([null, ["unparseable_time"]]);
    expect(codes(normalizeTime("24:00", at))).toEqual(["23:59", ["hour_24"]]);
  });

  it("two times joined by an underscore (東京都福祉局's registers: 0830_2200, ０９００＿１７００) are a range; 終日_終日 and 0000_2400 all day (before: unparseable)", () => {
    const start = { row: 3, field: "start_time" };
    const end = { row: 3, field: "end_time" };
    expect(codes(normalizeTime("0830_2200", start, "start"))).toEqual(["08:30", ["time_range_split"]]);
    expect(codes(normalizeTime("0830_2200", end, "end"))).toEqual(["22:00", ["time_range_split"]]);
    expect(codes(normalizeTime("０９００＿１７００", end, "end"))).toEqual(["17:00", ["time_range_split"]]);
    expect(codes(normalizeTime("900_1700", start, "start"))).toEqual(["09:00", ["time_range_split"]]);
    expect(codes(normalizeTime("0830_2400", end, "end"))).toEqual(["23:59", ["time_range_split", "hour_24"]]);
    for (const allDay of ["終日_終日", "0000_2400"]) {
      expect(codes(normalizeTime(allDay, start, "start"))).toEqual(["00:00", ["all_day_time"]]);
      expect(codes(normalizeTime(allDay, end, "end"))).toEqual(["23:59", ["all_day_time"]]);
    }
    // an underscore between other things is no range
    expect(codes(normalizeTime("0830_", start, "start"))[0]).toBeNull();
    expect(codes(normalizeTime("A_0830", start, "start"))[0]).toBeNull();
  });

  it("hour_24's message fits a range as well as a time alone", () => {
    const range = issue("hour_24", { row: 4, field: "end_time", value: "5:00～24:00" });
    expect(range.message_ja).toContain("「5:00～24:00」にある24時は標準の時刻（00:00〜23:59）にないため");
    expect(range.message_en).toContain("\"5:00～24:00\" (end_time) has hour 24");
  });

  it("the year's hours with a note moving one end for part of the year read the end that holds; a time alone in the note moves the end it is nearer to", () => {
    // before: hours_by_season in both columns, though 09:00 holds all year
    expect(codes(normalizeTime("9:00～17:00（11月～2月は16:00まで）", at, "start"))).toEqual(["09:00", ["time_range_split", "time_with_note"]]);
    expect(normalizeTime("9:00～17:00（11月～2月は16:00まで）", at, "end").issues.map((i) => [i.code, i.detail])).toEqual([["time_by_season", "17:00、11月~2月は16:00まで"]]);
    expect(codes(normalizeTime("9:00～17:00（冬季は16:30）", at, "start"))).toEqual(["09:00", ["time_range_split", "time_with_note"]]);
    expect(codes(normalizeTime("9:00～17:00（冬季は16:30）", at, "end"))).toEqual([null, ["time_by_season"]]);
    expect(codes(normalizeTime("9:00～17:00（夏季は8:30）", at, "start"))).toEqual([null, ["time_by_season"]]);
    expect(codes(normalizeTime("9:00～17:00（夏季は8:30）", at, "end"))).toEqual(["17:00", ["time_range_split", "time_with_note"]]);
    // as near to both ends, or both ends moved: which holds is not said, so neither is read
    for (const cell of ["9:00～17:00（冬季は13:00）", "9:00～17:00（10月～3月は9:30～16:30）", "9:00～17:00（10月～3月は9:30から、4月～9月は18:00まで）"]) {
      for (const bound of ["start", "end"] as const) expect([cell, bound, codes(normalizeTime(cell, at, bound))]).toEqual([cell, bound, [null, ["hours_by_season"]]]);
    }
  });

  it("a time with seconds other than 0 is read to its nearest minute and said (before: the seconds were dropped, 16:59:59 read as 16:59, unsaid)", () => {
    // seconds of 0 are the time as written
    expect(codes(normalizeTime("08:30:00", at, "start"))).toEqual(["08:30", ["time_reformatted"]]);
    for (const [raw, bound, time] of [["16:59:59", "end", "17:00"], ["17:00:01", "end", "17:00"], ["10:00:30", "start", "10:01"], ["10:00:29", "start", "10:00"],
      ["午後4時59分59秒", "end", "17:00"], ["16:59:59.6", "end", "17:00"], ["23:59:59", "end", "23:59"]] as const) {
      const read = normalizeTime(raw, at, bound);
      expect([raw, read.value, read.issues.map((i) => [i.code, i.severity, i.detail])]).toEqual([raw, time, [["time_seconds_rounded", "warning", time]]]);
    }
    // in a range, said of the column whose time had them
    expect(codes(normalizeTime("9:00:00～16:59:59", at, "start"))).toEqual(["09:00", ["time_range_split"]]);
    expect(codes(normalizeTime("9:00:00～16:59:59", at, "end"))).toEqual(["17:00", ["time_range_split", "time_seconds_rounded"]]);
    const said = normalizeTime("16:59:59", { row: 4, field: "end_time" }, "end").issues[0];
    expect(said.message_ja).toContain("秒を四捨五入して「17:00」としました");
    expect(said.message_en).toContain("rounded to the nearest minute, 17:00");
  });

  it.each([["12:00am", { h: 0, m: 0 }], ["12:00pm", { h: 12, m: 0 }], ["25:30", { h: 25, m: 30 }], ["48:00", null], ["8:30:61", null],
    // 夜12時 and 朝12時 are midnight or noon: no time of their part of the day
    ["夜12時", null], ["朝12時", null], ["夜11時", { h: 23, m: 0 }],
    // an hour of 24 in the half its word says (before: unread); one in the other half stays unread
    ["夕方17時", { h: 17, m: 0 }], ["午後13時", { h: 13, m: 0 }], ["夜9:30", { h: 21, m: 30 }], ["朝17時", null], ["午前13時", null],
    ["16:59:59", { h: 17, m: 0, seconds: 59 }], ["23:59:59", { h: 23, m: 59, seconds: 59 }], ["翌1:59:30", { h: 26, m: 0, seconds: 30 }]])(
    "parseClock(%j) → %j", (raw, clock) => expect(parseClock(raw)).toEqual(clock));

  // each cell returns at once; before, 日 after a day was a suffix or the day 日 and a space either side of a missing
  // separator, and every split was tried, twice the time for each day more: 26 took 5 s, these (near the 100 characters
  // a typed cell is read up to) would not end
  it("reads a long run of days before the time one way only, so that such a cell cannot stall the engine", () => {
    for (const unit of ["祝日", "土日", "月曜日", "日 ", "月 ・ "]) {
      const cell = `${unit.repeat(Math.floor(96 / unit.length))}X`;
      expect(codes(normalizeTime(cell, at))).toEqual([null, ["unparseable_time"]]);
      expect(normalizeTime(`${unit.repeat(10)}月 9:00`, at).value).toBe("09:00");
    }
    expect(["土日祝日 9:00", "月曜日・祝日 : 9:00", "月 ～ 金 9:00", "日曜日日曜日9:00"].map((s) => normalizeTime(s, at).value))
      .toEqual(["09:00", "09:00", "09:00", "09:00"]);
  });
});
