// An AED, toilet, evacuation-site or hydrant list that marks a place out of use in its 備考 or 利用可能日時特記事項
// (`使用不可`, `休止中`, `工事中のため使用不可`, `令和6年3月31日で廃止`) instead of deleting the row: before, the row was
// published as a usable place, with no word. Now it is not published, warned with the column and the sentence
// (closed_remarks_row), as a status column's 休止 is; a condition, a part, a plan or a note of something else leaves it.
import { describe, expect, it } from "vitest";
import { closedStatusInRemarks, stateInRemarks, unsureStateInRemarks } from "../../../pipelines/closed-remarks.ts";
import { runBytes } from "./helpers.ts";

const TODAY = "2026-12-07";

describe("closedStatusInRemarks", () => {
  it.each([["使用不可", "使用不可"], ["休止中", "休止中"], ["閉鎖中", "閉鎖中"], ["廃止", "廃止"], ["撤去済み", "撤去済み"], ["工事中のため使用不可", "工事中のため使用不可"],
    ["改修工事のため閉鎖中", "改修工事のため閉鎖中"], ["当面の間閉鎖", "当面の間閉鎖"], ["一時休止中です", "一時休止中です"],
    ["令和6年3月31日で廃止", "令和6年3月31日で廃止"], ["令和６年３月３１日をもって廃止しました", "令和６年３月３１日をもって廃止しました"], ["R6.3.31廃止", "R6.3.31廃止"],
    ["2024年3月末で撤去", "2024年3月末で撤去"], ["令和6年4月1日から休止", "令和6年4月1日から休止"], ["令和20年3月31日まで閉鎖", "令和20年3月31日まで閉鎖"],
    ["老朽化により令和6年3月31日で廃止", "老朽化により令和6年3月31日で廃止"], ["使用不可。令和9年再開予定", "使用不可"], ["設置台数2台\n使用不可", "使用不可"],
    ["故障中", "故障中"], ["落雷により故障中", "落雷により故障中"], ["現在利用できません", "現在利用できません"]])(
    "%s → %s", (cell, status) => expect(closedStatusInRemarks(cell, TODAY)).toBe(status));
  it.each(["", "1階受付", "工事中は2階に移設", "廃止予定", "令和7年3月で廃止予定", "閉鎖します", "トイレ使用不可時は隣接施設をご利用ください", "冬季は夜間閉鎖",
    "夜間使用不可", "多目的トイレ使用不可", "月曜休館", "閉鎖なし", "冬季のため閉鎖", "故障の場合のため使用不可", "令和20年3月31日で廃止", "令和20年4月1日から休止",
    "令和7年3月31日まで閉鎖", "工事中は使用不可", "休館日は使用不可",
    "洋式便器故障中", "故障時は管理事務所へ連絡"])("%s: none", (cell) => expect(closedStatusInRemarks(cell, TODAY)).toBeNull());
  it("leaves the words a list says are no end of its places (a shelter's 閉鎖)", () => {
    expect(closedStatusInRemarks("閉鎖", TODAY, ["閉鎖", "閉館"])).toBeNull();
    expect(closedStatusInRemarks("廃止", TODAY, ["閉鎖", "閉館"])).toBe("廃止");
  });
});

describe("an AED list whose 備考 says an AED is out of use", () => {
  // 休館中: the building's state, as an AED's name `保育園（休園中）` is (Dataset.closedByName), not the AED's
  it("publishes no record of it, names the column and the sentence, and keeps a conditional, planned or building's note's row", async () => {
    const remarks = ["", "使用不可", "工事中は2階に移設", "休止中", "令和6年3月31日で廃止", "廃止予定", "令和30年3月31日で撤去", "休館中"];
    const csv = "名称,所在地_連結表記,緯度,経度,設置位置,備考\n"
      + remarks.map((r, i) => `会館${i + 1},東京都千代田区九段南1-${i + 1},35.69${i},139.75${i},1階受付,${r}`).join("\n") + "\n";
    const { rows, report } = await runBytes(csv, "131016_aed.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([
      ["会館1", null], ["会館3", "工事中は2階に移設"], ["会館6", "廃止予定"], ["会館7", "令和30年3月31日で撤去"], ["会館8", "休館中"]]);
    const closed = report.issues.filter((i) => i.code === "closed_remarks_row");
    expect(closed.map((i) => [i.row, i.severity, i.field, i.detail])).toEqual([
      [2, "warning", "備考", "使用不可"], [4, "warning", "備考", "休止中"], [5, "warning", "備考", "令和6年3月31日で廃止"]]);
    expect(closed[0].value).toContain("会館2");
    expect(closed[0].message_ja).toContain("「備考」に「使用不可」とある行");
    expect(closed[0].message_en).toContain("\"備考\" says \"使用不可\"");
    expect(report.rows).toBe(5);
  });
});

describe("a toilet list whose 利用可能時間特記事項 or 備考 says a toilet is closed", () => {
  it("publishes no record of it; a note of when it is closed, or what to do when it is, leaves the toilet", async () => {
    const csv = "名称,所在地,緯度,経度,設置位置,利用可能時間特記事項,備考\n"
      + "A公園トイレ,東京都千代田区丸の内1-1,35.6812,139.7671,公園内,工事中のため使用不可,\n"
      + "B公園トイレ,東京都千代田区丸の内1-2,35.6813,139.7672,公園内,,トイレ使用不可時は隣接施設をご利用ください\n"
      + "C公園トイレ,東京都千代田区丸の内1-3,35.6814,139.7673,公園内,冬季は夜間閉鎖,\n"
      + "D公園トイレ,東京都千代田区丸の内1-4,35.6815,139.7674,公園内,,改修工事のため閉鎖中\n"
      + "E公園トイレ,東京都千代田区丸の内1-5,35.6816,139.7675,公園内,,故障中\n"
      + "F公園トイレ,東京都千代田区丸の内1-6,35.6817,139.7676,公園内,,洋式便器故障中\n";
    const { rows, report } = await runBytes(csv, "131016_public_toilet.csv");
    expect(rows.map((r) => [r.record.name, r.record.availability_remarks, r.record.remarks])).toEqual([
      ["B公園トイレ", null, "トイレ使用不可時は隣接施設をご利用ください"], ["C公園トイレ", "冬季は夜間閉鎖", null], ["F公園トイレ", null, "洋式便器故障中"]]);
    expect(report.issues.filter((i) => i.code === "closed_remarks_row").map((i) => [i.row, i.field, i.detail])).toEqual([
      [1, "利用可能時間特記事項", "工事中のため使用不可"], [4, "備考", "改修工事のため閉鎖中"], [5, "備考", "故障中"]]);
  });
});

describe("an evacuation-site list's 備考", () => {
  it("leaves out a site abolished, but not one whose 備考 says 閉鎖 (a shelter's state in a disaster)", async () => {
    const csv = "名称,所在地_連結表記,緯度,経度,備考\n第一小学校,東京都新宿区西新宿1-1,35.69,139.69,閉鎖\n"
      + "第二小学校,東京都新宿区西新宿1-2,35.69,139.69,令和6年3月31日をもって廃止\n第三小学校,東京都新宿区西新宿1-3,35.69,139.69,\n";
    const { rows, report } = await runBytes(csv, "131041_evacuation_space.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["第一小学校", "閉鎖"], ["第三小学校", null]]);
    expect(report.issues.filter((i) => i.code === "closed_remarks_row").map((i) => [i.row, i.field, i.detail])).toEqual([
      [2, "備考", "令和6年3月31日をもって廃止"]]);
  });
});

describe("a hydrant list's 備考", () => {
  it("leaves out a hydrant out of use, and keeps one whose 備考 is a note of its kind", async () => {
    const csv = "消火栓番号,種別,所在地,緯度,経度,口径,備考\n1,消火栓,東京都千代田区丸の内1-1,35.6811,139.7671,75,使用不可\n"
      + "2,消火栓,東京都千代田区丸の内1-2,35.6812,139.7672,75,地下式\n";
    const { rows, report } = await runBytes(csv, "131016_fire_hydrant.csv");
    expect(rows.map((r) => r.record.id)).toEqual(["2"]);
    expect(report.issues.filter((i) => i.code === "closed_remarks_row").map((i) => [i.row, i.field, i.detail])).toEqual([[1, "備考", "使用不可"]]);
  });
});

describe("a nursery list's 備考", () => {
  it("leaves out a nursery closed (休園中, 閉園 on a day gone), and keeps one closing later", async () => {
    const csv = "名称,種別,所在地_連結表記,電話番号,備考\n新宿ほし保育園,認可保育所,東京都新宿区西新宿2-8-5,03-1111-1115,休園中\n"
      + "新宿つき保育園,認可保育所,東京都新宿区西新宿2-8-6,03-1111-1116,令和6年3月31日で閉園\n"
      + "新宿みどり保育園,認可保育所,東京都新宿区西新宿2-8-2,03-1111-1112,令和30年3月31日で閉園予定\n";
    const { rows, report } = await runBytes(csv, "131041_preschool.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["新宿みどり保育園", "令和30年3月31日で閉園予定"]]);
    expect(report.issues.filter((i) => i.code === "closed_remarks_row").map((i) => [i.row, i.field, i.detail])).toEqual([
      [1, "備考", "休園中"], [2, "備考", "令和6年3月31日で閉園"]]);
  });
});

// Left last round: the list's own thing named before the state, a reason or end date in brackets after it, and works said
// alone. Dates far in the past (令和2年) or future (令和30年): read against today.
describe("closedStatusInRemarks: a subject before the state, a bracket after it", () => {
  const TOILET = ["トイレ", "便所"];
  it.each([["トイレ閉鎖中", "トイレ閉鎖中"], ["当トイレは閉鎖中です", "当トイレは閉鎖中です"], ["このトイレは使用不可", "このトイレは使用不可"],
    ["改修工事のためトイレ閉鎖中", "改修工事のためトイレ閉鎖中"], ["使用不可（工事中）", "使用不可（工事中）"], ["閉鎖中（改修工事のため）", "閉鎖中（改修工事のため）"],
    ["閉鎖中（令和30年3月まで）", "閉鎖中（令和30年3月まで）"], ["閉鎖中(改修工事のため令和30年3月まで)", "閉鎖中(改修工事のため令和30年3月まで)"],
    ["廃止（令和2年3月31日で）", "廃止（令和2年3月31日で）"], ["改修工事のため令和30年3月まで閉鎖", "改修工事のため令和30年3月まで閉鎖"],
    ["閉鎖（令和7年3月31日）", "閉鎖（令和7年3月31日）"], ["廃止(R6.3.31)", "廃止(R6.3.31)"], ["閉鎖中（令和30年3月31日）", "閉鎖中（令和30年3月31日）"],
    ["休止中（令和2年4月1日）", "休止中（令和2年4月1日）"]])(
    "%s → %s", (cell, status) => expect(closedStatusInRemarks(cell, TODAY, [], TOILET)).toBe(status));
  it.each(["多目的トイレ使用不可", "男子トイレ閉鎖中", "トイレは夜間閉鎖", "トイレ使用不可時は隣接施設をご利用ください", "改修工事のため令和2年3月まで閉鎖",
    "閉鎖中（令和2年3月まで）", "休止中（令和30年4月1日から）", "使用不可（夜間）", "使用不可（点検時）", "閉鎖（予定）", "使用不可（2階のみ）", "使用不可（一部）",
    "廃止（令和30年3月31日）"])(
    "%s: none", (cell) => expect(closedStatusInRemarks(cell, TODAY, [], TOILET)).toBeNull());
  it("reads a subject only of the list's own thing", () => {
    expect(closedStatusInRemarks("本AEDは撤去済み", TODAY, [], ["AED"])).toBe("本AEDは撤去済み");
    expect(closedStatusInRemarks("本AEDは撤去済み", TODAY, [], ["トイレ"])).toBeNull();
    expect(closedStatusInRemarks("トイレ閉鎖中", TODAY)).toBeNull();
  });
});

describe("stateInRemarks: a closure said until a day gone", () => {
  it.each([["令和7年3月31日まで閉鎖", "令和7年3月31日まで閉鎖"], ["閉鎖中（令和2年3月まで）", "閉鎖中（令和2年3月まで）"],
    ["1階受付。改修工事のため令和2年3月まで閉鎖", "改修工事のため令和2年3月まで閉鎖"]])("%s → over: %s", (cell, over) =>
    expect(stateInRemarks(cell, TODAY, [], ["トイレ"])).toEqual({ closed: null, over }));
  it("says the closure that holds now, not one that has ended, when a cell has both", () =>
    expect(stateInRemarks("令和2年3月まで閉鎖。令和8年4月1日で廃止", TODAY)).toEqual({ closed: "令和8年4月1日で廃止", over: null }));
  it.each(["", "使用不可（夜間）", "令和30年3月31日まで閉鎖", "令和30年4月1日から休止"])("%s: no closure ended", (cell) =>
    expect(stateInRemarks(cell, TODAY).over).toBeNull());
});

describe("unsureStateInRemarks", () => {
  it.each([["工事中", "工事中"], ["改修工事中", "改修工事中"], ["現在工事中です", "現在工事中です"], ["トイレ工事中", "トイレ工事中"], ["1階受付。工事中", "工事中"]])(
    "%s → %s", (cell, said) => expect(unsureStateInRemarks(cell, ["トイレ"])).toBe(said));
  it.each(["", "工事中は2階に移設", "工事中のため使用不可", "工事中（利用可）", "工事中のため", "中央口"])("%s: none", (cell) => expect(unsureStateInRemarks(cell, ["トイレ"])).toBeNull());
});

describe("a toilet and an AED list whose 備考 names the place before its state, or brackets a reason after it", () => {
  it("publishes no record of a toilet closed, keeps a part's or an ended state's, and publishes works alone with a warning", async () => {
    const remarks = ["トイレ閉鎖中", "当トイレは閉鎖中です", "多目的トイレ使用不可", "使用不可（工事中）", "閉鎖中（令和30年3月まで）", "閉鎖中（令和2年3月まで）",
      "改修工事のため令和30年3月まで閉鎖", "改修工事のため令和2年3月まで閉鎖", "工事中", "使用不可（夜間）"];
    const csv = "名称,所在地,緯度,経度,設置位置,備考\n"
      + remarks.map((r, i) => `${i + 1}号公園トイレ,東京都千代田区丸の内1-${i + 1},35.681${i},139.767${i},公園内,${r}`).join("\n") + "\n";
    const { rows, report } = await runBytes(csv, "131016_public_toilet.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([
      ["3号公園トイレ", "多目的トイレ使用不可"], ["6号公園トイレ", "閉鎖中（令和2年3月まで）"], ["8号公園トイレ", "改修工事のため令和2年3月まで閉鎖"],
      ["9号公園トイレ", "工事中"], ["10号公園トイレ", "使用不可（夜間）"]]);
    expect(report.issues.filter((i) => i.code === "closed_remarks_row").map((i) => [i.row, i.field, i.detail])).toEqual([
      [1, "備考", "トイレ閉鎖中"], [2, "備考", "当トイレは閉鎖中です"], [4, "備考", "使用不可（工事中）"], [5, "備考", "閉鎖中（令和30年3月まで）"],
      [7, "備考", "改修工事のため令和30年3月まで閉鎖"]]);
    const unsure = report.issues.filter((i) => i.code === "unsure_remarks_state");
    expect(unsure.map((i) => [i.row, i.severity, i.field, i.detail])).toEqual([[9, "warning", "備考", "工事中"]]);
    expect(unsure[0].value).toContain("9号公園トイレ");
    expect(unsure[0].message_ja).toContain("「備考」に「工事中」とだけある行");
    expect(unsure[0].message_ja).toContain("工事中のため使用不可");
    expect(unsure[0].message_en).toContain("\"備考\" says only \"工事中\"");
    // a closure until a day gone: published (the place is open again), the stale sentence said for the officer to delete
    const over = report.issues.filter((i) => i.code === "over_remarks_state");
    expect(over.map((i) => [i.row, i.severity, i.field, i.detail])).toEqual([[6, "warning", "備考", "閉鎖中（令和2年3月まで）"],
      [8, "warning", "備考", "改修工事のため令和2年3月まで閉鎖"]]);
    expect(over[0].message_ja).toContain("期限が過ぎているため、再び利用できる場所とみなして公開しました");
    expect(over[0].message_en).toContain("\"備考\" says \"閉鎖中（令和2年3月まで）\" (");
  });
  it("reads an AED's own name as the subject (AED使用不可, 本ＡＥＤは撤去済み), not its building's", async () => {
    const csv = "名称,所在地_連結表記,緯度,経度,設置位置,備考\n会館1,東京都千代田区九段南1-1,35.691,139.751,1階受付,AED使用不可\n"
      + "会館2,東京都千代田区九段南1-2,35.692,139.752,1階受付,本ＡＥＤは撤去済み\n会館3,東京都千代田区九段南1-3,35.693,139.753,1階受付,施設休館中\n";
    const { rows, report } = await runBytes(csv, "131016_aed.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["会館3", "施設休館中"]]);
    expect(report.issues.filter((i) => i.code === "closed_remarks_row").map((i) => [i.row, i.field, i.detail])).toEqual([
      [1, "備考", "AED使用不可"], [2, "備考", "本ＡＥＤは撤去済み"]]);
  });
});
