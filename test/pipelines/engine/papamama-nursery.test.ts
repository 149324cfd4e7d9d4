// papamama's nursery lists (the civic-tech 保育園マップ, forked by many cities): the address over Add1 | Add2 (the
// municipality, then the rest), Open | Close the hours the place is open, its extended care (延長保育) told in Memo.
// Crafted rows (invented nurseries, addresses and phones) under the header as those lists publish it.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "latitude,longitude,altitude,geometry,HID,Type,Kodomo,Name,Label,AgeS,AgeE,Full,Open,Close,H24,Memo,Extra,Temp,Holiday,Night,"
  + "Add1,Add2,TEL,FAX,Owner,Ownership,Proof,Shanai,Y,X,url,Vacancy,VacancyDate";
const row = (no: number, name: string, open: string, close: string, memo: string, extra: string, add1: string, add2: string, owner = "") =>
  `35.65000${no},139.33000${no},,Point,100${no},認可保育所,,${name},${name},1歳,,80,${open},${close},,${memo},${extra},Y,,,${add1},${add2},`
  + `042-000-000${no},,${owner},私,,,35.65000${no},139.33000${no},,,`;

const LIST = [HEADER,
  row(1, "架空あおば保育園", "07:30", "18:30", "祝日は休園、延長保育19：00まで", "", "八王子市", "架空町一丁目2-3", "社会福祉法人架空会"),
  row(2, "架空こばと保育園", "7:00", "19:00", "延長保育18-19時", "1", "東京都八王子市", "架空町三丁目6番7号"),
  row(3, "架空ひかり保育園", "7:15", "19:15", "延長保育は19時15分まで", "Y", "八王子市", "架空町四丁目8-9"),
  row(4, "架空みどり保育園", "7:30", "19:30", "", "Y", "八王子市架空町五丁目1-1", ""),
].join("\n") + "\n";

describe("a papamama nursery list", () => {
  it("joins Add1 and Add2 into the address, and maps its name, kind, capacity, owner, temporary care and memo", async () => {
    const { rows, report } = await runBytes(LIST, "132012_preschool.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.full_address, r.record.city])).toEqual([
      [true, "架空あおば保育園", "東京都八王子市架空町一丁目2-3", "八王子市"],
      [true, "架空こばと保育園", "東京都八王子市架空町三丁目6番7号", "八王子市"],
      [true, "架空ひかり保育園", "東京都八王子市架空町四丁目8-9", "八王子市"],
      [true, "架空みどり保育園", "東京都八王子市架空町五丁目1-1", "八王子市"]]);
    expect([rows[0].record.facility_type, rows[0].record.capacity, rows[0].record.organization_name, rows[0].record.temporary_care,
      rows[0].record.remarks]).toEqual(["認可保育所", 80, "社会福祉法人架空会", true, "祝日は休園、延長保育19:00まで"]);
    expect([rows[0].extra["Add1"], rows[0].extra["Add2"]]).toEqual(["八王子市", "架空町一丁目2-3"]);
    const joined = report.issues.find((i) => i.code === "numbered_lines_joined");
    expect([joined?.field, joined?.value, joined?.message_ja]).toEqual(["full_address", "Add1 + Add2",
      "「所在地_連結表記」が番号を付けた複数の列（Add1 + Add2）に分かれていたため、各行の値を順につなげて「所在地_連結表記」としました（元の列は extra に残しています）。1つの「所在地_連結表記」の列に全体を入力してください。"]);
    // AgeS of ages (1歳 on every row) is each nursery's own, kept in extra: no table of one row per age
    expect([rows[0].extra["AgeS"], rows[0].extra["Extra"], rows[1].extra["Extra"]]).toEqual(["1歳", undefined, "1"]);
    expect(report.issues.map((i) => i.code)).not.toContain("missing_column");
    expect(report.issues.map((i) => i.code)).not.toContain("rows_by_age");
    expect(report.issues.map((i) => i.code)).not.toContain("address_column_mixed");
  });

  it("takes the usual end, not the end of the extended care the memo gives at the closing time", async () => {
    const { rows, report } = await runBytes(LIST, "132012_preschool.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      // 延長保育 until 19:00, after the 18:30 close: Close is the usual end
      ["07:30", "18:30", null],
      // 延長保育18-19時 ending at Close 19:00: the usual care ends at 18:00
      ["07:00", "18:00", "延長保育：18:00～19:00"],
      // extended care until Close, its start not told: no usual end to publish
      ["07:15", null, "延長保育：～19:15"],
      // Extra Y and no note of extended care: Close is the end of it (before: published as the usual end)
      ["07:30", null, "延長保育あり（～19:30）"]]);
    expect(tuples(report, "end_before_extended_care", "end_is_extended_care", "end_includes_extended_care")).toEqual([
      [2, "end_time", "end_before_extended_care"], [3, "end_time", "end_is_extended_care"], [4, "end_time", "end_includes_extended_care"]]);
    const before = report.issues.find((i) => i.code === "end_before_extended_care");
    expect([before?.value, before?.detail, before?.severity]).toEqual(["19:00", "延長保育：18:00～19:00", "warning"]);
  });

  it("reads Extra as 郡山市's and さっぽろ's lists use it: with a yes, Close is the end of extended care; with none, Close as written", async () => {
    // 郡山市: Close 19:30 where Extra is Y, 18:30 where it is N; Memo the extended care as a bare range, or あり
    const list = [HEADER,
      row(1, "架空さくら保育園", "7:30", "19:30", "18：30～19：30", "Y", "郡山市", "架空町1-1"),
      row(2, "架空もみじ保育園", "7:30", "18:30", "", "N", "郡山市", "架空町1-2"),
      row(3, "架空つばき保育園", "7:30", "19:30", "あり", "Y", "郡山市", "架空町1-3"),
      // a bare range after Close is extended care past it: Close is the usual end
      row(4, "架空かえで保育園", "7:30", "18:30", "18:30～19:30", "Y", "郡山市", "架空町1-4"),
      // a note that says no extended care, or a range, with no yes beside it: as written
      row(5, "架空いちょう保育園", "7:30", "18:30", "延長保育なし", "Y", "郡山市", "架空町1-5"),
      row(6, "架空けやき保育園", "7:30", "19:30", "18：30～19：30", "", "郡山市", "架空町1-6")].join("\n") + "\n";
    const { rows, report } = await runBytes(list, "072036_preschool.csv");
    expect(rows.map((r) => [r.record.end_time, r.record.availability_remarks])).toEqual([
      ["18:30", "延長保育：18:30～19:30"], ["18:30", null], [null, "延長保育あり（～19:30）"], ["18:30", null], ["18:30", null], ["19:30", null]]);
    expect(tuples(report, "end_before_extended_care", "end_includes_extended_care")).toEqual([
      [1, "end_time", "end_before_extended_care"], [3, "end_time", "end_includes_extended_care"]]);
    const said = report.issues.find((i) => i.code === "end_includes_extended_care");
    expect([said?.value, said?.detail, said?.severity]).toEqual(["19:30", "延長保育あり（～19:30）", "warning"]);
    // さっぽろ's 延長 gives the hours of it (1, 2): a yes too
    const sapporo = "ID,種別,名称,定員,開園時間,終園時間,備考,延長,住所１,住所２\n"
      + "1001,認可保育所,架空ふたば保育園,90,7:00,20:00,,2,架空市中央区,南1条西1丁目1番1号\n";
    expect((await runBytes(sapporo, "011002_preschool.csv")).rows.map((r) => [r.record.end_time, r.record.availability_remarks]))
      .toEqual([[null, "延長保育あり（～20:00）"]]);
  });

  it("reads the Japanese headers of the same format: 住所１ | 住所２ and 終園時間", async () => {
    const csv = "ID,種別,名称,定員,開園時間,終園時間,備考,延長,住所１,住所２,TEL\n"
      + "1001,認可保育所,架空ふたば保育園,90,7:00,19:00,延長保育18-19時,1,架空市中央区,南1条西1丁目1番1号,011-000-0001\n";
    const { rows, report } = await runBytes(csv, "132012_preschool.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["架空市中央区南1条西1丁目1番1号", "07:00", "18:00", "延長保育：18:00～19:00"]]);
    expect(tuples(report, "numbered_lines_joined")).toEqual([[null, "full_address", "numbered_lines_joined"]]);
  });

  it("keeps a second address column beside the file's own (住所 | 住所2, a building) out of the address, as before", async () => {
    const csv = "名称,住所,住所2\n架空わかば保育園,東京都八王子市架空町1-2-3,架空ビル2階\n";
    const { rows, report } = await runBytes(csv, "132012_preschool.csv");
    expect(rows.map((r) => [r.record.full_address, r.extra["住所2"]])).toEqual([["東京都八王子市架空町1-2-3", "架空ビル2階"]]);
    expect(tuples(report, "numbered_lines_joined")).toEqual([]);
  });
});
