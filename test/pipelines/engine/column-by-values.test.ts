// column-by-values.ts for a hospital register: 区分 holding 病院 / 診療所 / 歯科診療所 is 医療機関の種類, by its values only.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "No,名称,区分,所在地,電話番号";

describe("a hospital register's 区分 of kinds of institution is 医療機関の種類", () => {
  it("区分 of 病院, 診療所, 歯科診療所 is read as the kind; a kind the standard does not list is kept and warned, never changed", async () => {
    const csv = [HEADER, "1,立川中央病院,病院,東京都立川市柴崎町1-1,042-500-0001", "2,立川北クリニック,診療所,東京都立川市曙町2-2,042-500-0002",
      "3,みどり歯科,歯科診療所,東京都立川市曙町2-3,042-500-0003", "4,曙クリニック,無床診療所,東京都立川市曙町2-4,042-500-0004"].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "132021_hospital.csv");
    expect([report.dataset, report.valid, report.invalid]).toEqual(["hospital", 4, 0]);
    expect(report.header[2]).toEqual({ source: "区分", field: "facility_kind", method: "alias" });
    expect(rows.map((r) => [r.record.name, r.record.facility_kind, r.extra])).toEqual([
      ["立川中央病院", "病院", {}], ["立川北クリニック", "診療所", {}], ["みどり歯科", "歯科診療所", {}], ["曙クリニック", "無床診療所", {}]]);
    expect(report.issues.filter((i) => i.code === "column_by_values").map((i) => [i.field, i.value, i.severity, i.message_ja])).toEqual([
      ["区分", "医療機関の種類（病院、診療所、歯科診療所…）", "info",
        "列「区分」は見出しだけでは何の列か分かりませんが、値（病院、診療所、歯科診療所…）から「医療機関の種類」として読みました。列名を「医療機関の種類」にしてください。"]]);
    // 診療所 may be 有床 or 無床: kept as written, with the standard's choices named
    expect(report.issues.filter((i) => i.code === "not_in_vocabulary").map((i) => [i.row, i.field, i.value, i.severity])).toEqual([
      [2, "facility_kind", "診療所（選択肢：病院／有床診療所／無床診療所）", "warning"], [3, "facility_kind", "歯科診療所（選択肢：病院／有床診療所／無床診療所）", "warning"]]);
    expect(tuples(report, "missing_column", "unknown_header")).toEqual([]);
  });

  it("区分 of other values (公立 / 民間) is no kind: it stays in extra and the kind is missing", async () => {
    const csv = [HEADER, "1,立川中央病院,公立,東京都立川市柴崎町1-1,042-500-0001", "2,立川北クリニック,病院,東京都立川市曙町2-2,042-500-0002"].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "132021_hospital.csv");
    expect(report.header[2]).toEqual({ source: "区分", field: null, method: "none" });
    expect(rows.map((r) => [r.record.facility_kind, r.extra])).toEqual([[null, { 区分: "公立" }], [null, { 区分: "病院" }]]);
    expect(tuples(report, "column_by_values", "missing_column")).toEqual([[null, "facility_kind", "missing_column"]]);
  });

  it("beside a header of the kind (医療機関の種類), 区分 is not taken, whatever it holds", async () => {
    const csv = ["名称,医療機関の種類,区分,所在地", "立川中央病院,病院,診療所,東京都立川市柴崎町1-1"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "132021_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.extra])).toEqual([["病院", { 区分: "診療所" }]]);
    expect(tuples(report, "column_by_values")).toEqual([]);
  });
});

describe("a hospital list's 診療日 is 診療曜日 only when it holds weekdays (re-check probe p18)", () => {
  const header = "名称,所在地,電話番号,診療科目,診療日,診療開始時間,診療終了時間";
  it("診療日 of 月～金, 土・日・祝, 平日 is read as 診療曜日, said once", async () => {
    const csv = [header, "新宿クリニック,新宿区西新宿1-1-1,03-1111-1111,内科,月～金,9:00,17:00", "戸山医院,新宿区戸山1-1-1,03-2222-2222,小児科,土・日・祝,9:00,12:00",
      "落合診療所,新宿区中落合1-1-1,03-3333-3333,内科,平日,9:00,17:00"].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131041_hospital.csv");
    expect(report.header[4]).toEqual({ source: "診療日", field: "available_days", method: "alias" });
    expect(rows.map((r) => [r.record.available_days, r.extra])).toEqual([["月～金", {}], ["土・日・祝", {}], ["平日", {}]]);
    expect(tuples(report, "column_by_values")).toEqual([[null, "診療日", "column_by_values"]]);
  });

  it("a 休日当番医 list's 診療日 of dates is no weekday: kept in extra, 診療曜日 empty", async () => {
    const csv = [header, "新宿クリニック,新宿区西新宿1-1-1,03-1111-1111,内科,2024/1/1,9:00,17:00", "戸山医院,新宿区戸山1-1-1,03-2222-2222,小児科,2024/1/2,9:00,17:00",
      "落合診療所,新宿区中落合1-1-1,03-3333-3333,内科,1月3日（水）,9:00,17:00"].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "131041_hospital.csv");
    expect(report.header[4]).toEqual({ source: "診療日", field: null, method: "none" });
    expect(rows.map((r) => [r.record.available_days, r.extra])).toEqual([
      [null, { 診療日: "2024/1/1" }], [null, { 診療日: "2024/1/2" }], [null, { 診療日: "1月3日（水）" }]]);
    expect(tuples(report, "column_by_values")).toEqual([]);
  });
});
