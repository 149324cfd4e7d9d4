// A register's 一般診療所 / 診療所 with its 病床数: the standard's 有床 or 無床診療所 (Dataset.valueByCount); its 医療機関コード
// saved as a number.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeRangeWorkers } from "../../../pipelines/range-pool.ts";
import { readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

const HEADER = "施設名,種別,所在地,許可病床数";

describe("医療機関の種類 一般診療所 / 診療所 told by the row's 病床数 (probe p27 of the hospital-pop pass)", () => {
  it("0 beds is 無床診療所, 1–19 有床診療所, said on each row; unknown or too many beds leave the kind as written, a 診療所 with no beds told to give them", async () => {
    const { rows, report } = await runBytes([HEADER,
      "武蔵野赤十字病院,病院,武蔵野市境南町1-26-1,611",
      "吉祥寺南町クリニック,一般診療所,武蔵野市吉祥寺南町1-1-1,0",
      "境有床クリニック,一般診療所,武蔵野市境1-1-1,19",
      "中町医院,診療所,武蔵野市中町1-1-1,",
      "三鷹駅北口歯科,歯科診療所,武蔵野市中町1-1-2,",
      "西久保クリニック,診療所,武蔵野市西久保1-1-1,1",
      "境南クリニック,一般診療所,武蔵野市境南町2-1-1,20"].join("\n"), "132039_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.record.beds])).toEqual([["病院", 611], ["無床診療所", 0], ["有床診療所", 19],
      ["診療所", null], ["歯科診療所", null], ["有床診療所", 1], ["一般診療所", 20]]);
    expect(report.issues.filter((i) => i.code === "value_by_count").map((i) => [i.row, i.field, i.value, i.detail, i.severity]))
      .toEqual([[2, "facility_kind", "一般診療所", "病床数 0 → 無床診療所", "info"], [3, "facility_kind", "一般診療所", "病床数 19 → 有床診療所", "info"],
        [6, "facility_kind", "診療所", "病床数 1 → 有床診療所", "info"]]);
    // the kinds read are no longer named as outside the vocabulary; the others still are (a 歯科診療所 with no beds is told to give them)
    expect(tuples(report, "not_in_vocabulary")).toEqual([[7, "facility_kind", "not_in_vocabulary"]]);
    // a 診療所 with its 病床数 blank is told what the count would make it, rather than only the choices
    const needs = report.issues.filter((i) => i.code === "value_needs_count");
    expect(needs.map((i) => [i.row, i.field, i.value, i.severity, i.message_ja])).toEqual([[4, "facility_kind", "診療所", "warning",
      "5行目（データの4行目）：「医療機関の種類」の「診療所」は標準の選択肢になく、「病床数」が空欄のため読み替えられません。値はそのまま残しました。"
      + "「病床数」を入力するか（0なら無床診療所、1～19なら有床診療所）、標準の選択肢で入力してください。"], [5, "facility_kind", "歯科診療所", "warning",
      "6行目（データの5行目）：「医療機関の種類」の「歯科診療所」は標準の選択肢になく、「病床数」が空欄のため読み替えられません。値はそのまま残しました。"
      + "「病床数」を入力するか（0なら無床診療所、1～19なら有床診療所）、標準の選択肢で入力してください。"]]);
  });

  it("a kind the file wrote that the row's beds contradict (病院 with 10, 有床診療所 with 0, 無床診療所 with 5) is warned, both kept (before: published silently)", async () => {
    const { rows, report } = await runBytes([HEADER, "境病院,病院,武蔵野市境1-1-1,10", "中町医院,有床診療所,武蔵野市中町1-1-1,0", "西久保医院,無床診療所,武蔵野市西久保1-1-1,5",
      "武蔵野赤十字病院,病院,武蔵野市境南町1-26-1,611", "境南クリニック,有床診療所,武蔵野市境南町2-1-1,19", "吉祥寺医院,無床診療所,武蔵野市吉祥寺本町1-1-1,0",
      // a kind the engine gave the row by its name is not told again
      "桜堤病院,,武蔵野市桜堤1-1-1,12"].join("\n"), "132039_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.record.beds])).toEqual([["病院", 10], ["有床診療所", 0], ["無床診療所", 5], ["病院", 611],
      ["有床診療所", 19], ["無床診療所", 0], ["病院", 12]]);
    const told = report.issues.filter((i) => i.code === "kind_disagrees_with_count");
    expect(told.map((i) => [i.row, i.field, i.value, i.severity])).toEqual([[1, "facility_kind", "病院", "warning"], [2, "facility_kind", "有床診療所", "warning"],
      [3, "facility_kind", "無床診療所", "warning"]]);
    expect(told[0].message_ja).toBe("2行目（データの1行目）：「医療機関の種類」の「病院」は、同じ行の病床数 10と合いません（0なら無床診療所、1～19なら有床診療所、"
      + "20以上なら病院）。どちらかが誤っているため、値はそのまま残しました。種類か数を直してください（数が分からないときは0ではなく空欄に）。");
  });

  it("a dentist's clinic (歯科診療所, 歯科) is a 診療所 of 医療法: told by its beds, its 歯科 kept in 備考 as the standard's kind does not say it", async () => {
    const { rows, report } = await runBytes([`${HEADER},備考`, "みどり歯科,歯科,武蔵野市中町1-1-2,0,駐車場あり", "あおば歯科,歯科診療所,武蔵野市中町1-1-3,2,"].join("\n"),
      "132039_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.record.remarks])).toEqual([["無床診療所", "駐車場あり / 医療機関の種類：歯科"],
      ["有床診療所", "医療機関の種類：歯科診療所"]]);
    expect(report.issues.filter((i) => i.field === "facility_kind" || i.field === "remarks").map((i) => [i.row, i.field, i.code, i.severity, i.value, i.detail]))
      .toEqual([[1, "facility_kind", "value_by_count_noted", "info", "歯科", "病床数 0 → 無床診療所"],
        [2, "facility_kind", "value_by_count_noted", "info", "歯科診療所", "病床数 2 → 有床診療所"]]);
  });

  // before: 診療所（歯科） (a register's 医療法 kind with its 歯科 in brackets) was told as not one of the standard's kinds
  // whatever its beds, and 診療所（医科） too
  it("reads 診療所（歯科） as a 歯科診療所 and 診療所（医科） as a 診療所, brackets full- or half-width", async () => {
    const { rows, report } = await runBytes([HEADER, "西荻デンタルオフィス,診療所（歯科）,杉並区西荻北4-4-4,0", "めじろ台歯科,診療所(歯科),杉並区西荻北4-4-5,",
      "荻窪内科,診療所（医科）,杉並区上荻1-2-3,0", "阿佐ヶ谷産婦人科,医科診療所,杉並区阿佐谷北5-5-5,19"].join("\n"), "131156_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.record.remarks])).toEqual([["無床診療所", "医療機関の種類：診療所（歯科）"], ["診療所(歯科)", null],
      ["無床診療所", null], ["有床診療所", null]]);
    expect(report.issues.filter((i) => i.field === "facility_kind").map((i) => [i.row, i.code, i.value, i.detail])).toEqual([
      [1, "value_by_count_noted", "診療所（歯科）", "病床数 0 → 無床診療所"], [2, "value_needs_count", "診療所(歯科)", "病床数：0なら無床診療所、1～19なら有床診療所"],
      [3, "value_by_count", "診療所（医科）", "病床数 0 → 無床診療所"], [4, "value_by_count", "医科診療所", "病床数 19 → 有床診療所"]]);
  });

  it("reads the same on one thread or two in a long file, each row said", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-kinds-"));
    try {
      const file = path.join(dir, "132039_hospital.csv");
      const rows = Array.from({ length: 6000 }, (_, n) => `クリニック${n + 1},一般診療所,武蔵野市境1-${n + 1},${n % 2 === 0 ? 0 : 19}`);
      writeFileSync(file, [HEADER, "武蔵野赤十字病院,病院,武蔵野市境南町1-26-1,611", ...rows, ""].join("\n"));
      const { one, many } = await readOnOneAndTwoThreads(file);
      expect(many.stats.worker).toBeGreaterThan(0);
      for (const { out, report } of [one, many]) {
        const kinds = out.trim().split("\n").map((line) => JSON.parse(line).record.facility_kind);
        expect([kinds.length, kinds[1], kinds[2], kinds.at(-1)]).toEqual([6001, "無床診療所", "有床診療所", "有床診療所"]);
        expect(report.issue_counts?.value_by_count).toBe(6000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await closeRangeWorkers();
    }
  });
});

describe("医療機関コード saved as a number (probe p42 of the hospital-pop pass)", () => {
  it("is read without .0; one that lost its leading 0 is not published but warned with the code it would be, and kept in 備考", async () => {
    const { rows, report } = await runBytes(["名称,医療機関の種類,所在地,医療機関コード", "神田内科,無床診療所,千代田区神田1-1,0112345.0",
      "神田眼科,無床診療所,千代田区神田1-2,112346", "神田医院,無床診療所,千代田区神田1-3,112347.0"].join("\n"), "131016_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.medical_institution_code, r.record.remarks])).toEqual([[true, "0112345", null],
      [true, null, "医療機関コード：112346"], [true, null, "医療機関コード：112347.0"]]);
    expect(report.issues.filter((i) => i.field === "medical_institution_code").map((i) => [i.row, i.code, i.value, i.detail ?? null])).toEqual([
      [1, "fixed_code_as_number", "0112345.0", null], [2, "fixed_code_zero_lost", "112346", "0112346"], [3, "fixed_code_zero_lost", "112347.0", "0112347"]]);
  });
});

describe("医療機関コード read against the row's prefecture (都道府県番号 2 + 点数表番号 1 + the 7 digits)", () => {
  const HOSPITALS = "名称,医療機関の種類,所在地,医療機関コード";
  const codes = (report: Awaited<ReturnType<typeof runBytes>>["report"]) =>
    report.issues.filter((i) => i.field === "medical_institution_code").map((i) => [i.row, i.code, i.severity, i.value, i.detail ?? null]);

  it("in a Tokyo list keeps 13's codes and 7-digit ones, hyphens and full width taken off; another prefecture's or a digit lost inside is warned, kept in 備考, the row still published", async () => {
    const { rows, report } = await runBytes([HOSPITALS, "神田病院,病院,千代田区神田1-1,1310123458", "神田医院,無床診療所,千代田区神田1-2,13-1-01-2345-8",
      "神田眼科,無床診療所,千代田区神田1-3,１３１０１２３４５８", "神田内科,無床診療所,千代田区神田1-4,01-2345-8",
      "横浜病院,病院,千代田区神田1-5,1410123456", "神田外科,無床診療所,千代田区神田1-6,310123456", "神田歯科,無床診療所,千代田区神田1-7,申請中"].join("\n"), "131016_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.medical_institution_code, r.record.remarks])).toEqual([[true, "1310123458", null], [true, "1310123458", null],
      [true, "1310123458", null], [true, "0123458", null], [true, null, "医療機関コード：1410123456"], [true, null, "医療機関コード：310123456"],
      [true, null, "医療機関コード：申請中"]]);
    expect(codes(report)).toEqual([[2, "separators_removed", "info", "13-1-01-2345-8", null], [3, "full_width_converted", "info", "１３１０１２３４５８", null],
      [4, "separators_removed", "info", "01-2345-8", null], [5, "code_other_prefecture", "warning", "1410123456", "13"],
      [6, "unparseable_prefectured_code", "warning", "310123456", "13"], [7, "unparseable_fixed_code", "warning", "申請中", "7"]]);
    const [other, lost] = report.issues.filter((i) => i.code === "code_other_prefecture" || i.code === "unparseable_prefectured_code");
    expect(other.message_ja).toContain("行の所在地の都道府県の「13」と違う");
    expect(lost.message_ja).toContain("「13」と点数表番号（医科1、歯科3、薬局4）を付けた10桁");
  });

  it("reads a Tokyo list's hospital over the border (神奈川県川崎市…) against its own prefecture: its 14 code is kept", async () => {
    const { rows, report } = await runBytes([HOSPITALS, "川崎病院,病院,神奈川県川崎市麻生区百合丘1-1,1410123457",
      "町田病院,病院,神奈川県相模原市南区1-1,1310123456"].join("\n"), "132098_hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.prefecture, r.record.medical_institution_code, r.record.remarks])).toEqual([
      [true, "神奈川県", "1410123457", null], [true, "神奈川県", null, "医療機関コード：1310123456"]]);
    expect(codes(report)).toEqual([[2, "code_other_prefecture", "warning", "1310123456", "14"]]);
  });

  it("restores the leading 0 of a 10-digit code when it gives the row's prefecture (01–09), and only then", async () => {
    const { rows, report } = await runBytes(["全国地方公共団体コード," + HOSPITALS, "011002,札幌病院,病院,北海道札幌市中央区北1条西1丁目,110123452",
      "011002,札幌医院,無床診療所,北海道札幌市中央区北1条西2丁目,110123452.0", "011002,札幌外科,無床診療所,北海道札幌市中央区北1条西3丁目,210123456"].join("\n"), "hospital.csv");
    expect(rows.map((r) => [r.valid, r.record.medical_institution_code])).toEqual([[true, "0110123452"], [true, "0110123452"], [true, null]]);
    expect(codes(report)).toEqual([[1, "lost_leading_zero", "warning", "110123452", null], [2, "lost_leading_zero", "warning", "110123452.0", null],
      [3, "unparseable_prefectured_code", "warning", "210123456", "01"]]);
  });
});

describe("医療機関の種類 empty or absent, made by the beds or the name (医療法 art. 1-5 and 3; services probe)", () => {
  const rows = ["東京新宿メディカル病院,,450", "四谷内科クリニック,,0", "高田馬場こどもクリニック,,19", "新宿精神科病院,,0",
    "東都大学病院分院,,", "東都大学病院附属診療所,,", "大久保眼科,,", "戸山医療センター,,749"];

  it("a file without the column: 20 beds or more 病院, 1–19 有床診療所, 0 無床診療所, a name ending in 病院 (or 病院分院) 病院; said once, the rows left empty counted and each named", async () => {
    const { rows: read, report } = await runBytes(["医療機関名,所在地,病床数", ...rows.map((r) => r.replace(",,", ",新宿区西新宿2-8-1,"))].join("\n"), "131041_hospital.csv");
    expect(read.map((r) => [r.record.facility_kind, r.valid])).toEqual([["病院", true], ["無床診療所", true], ["有床診療所", true], ["病院", true],
      ["病院", true], [null, false], [null, false], ["病院", true]]);
    expect(report.issues.filter((i) => i.code === "kind_by_law")).toEqual([]);
    expect(report.issues.filter((i) => i.field === "facility_kind").map((i) => [i.code, i.value, i.detail, i.severity])).toEqual([
      ["missing_column", "医療機関の種類", "2", "error"], ["column_filled", "病院", "facility_kind", "info"],
      ["missing_required", null, undefined, "error"], ["missing_required", null, undefined, "error"]]);
    // the two rows among the valid ones, named on their rows (before: only counted, the officer left to find them)
    expect(tuples(report, "missing_required")).toEqual([[6, "facility_kind", "missing_required"], [7, "facility_kind", "missing_required"]]);
    // only the rows the beds or the name read for are filled, and the message says so
    expect(report.issues.find((i) => i.code === "column_filled" && i.field === "facility_kind")?.message_ja).toContain("で終わる名称から読める行に補いました（例：「病院」）");
    const missing = report.issues.find((i) => i.code === "missing_column");
    expect(missing?.message_ja).toBe("必須の列「医療機関の種類」が見出しにありません。値を補えなかった2行が無効になります。この列を追加してください。");
  });

  it("a blank cell of the column is filled and warned on its row with what made it; a kind written stays", async () => {
    const { rows: read, report } = await runBytes(["医療機関名,医療機関の種類,所在地,病床数", "西新宿診療所,無床診療所,新宿区西新宿1-1-1,30",
      ...rows.map((r) => r.replace(",,", ",,新宿区西新宿2-8-1,"))].join("\n"), "131041_hospital.csv");
    expect(read.map((r) => r.record.facility_kind)).toEqual(["無床診療所", "病院", "無床診療所", "有床診療所", "病院", "病院", null, null, "病院"]);
    expect(report.issues.filter((i) => i.code === "kind_by_law").map((i) => [i.row, i.value, i.detail, i.severity])).toEqual([
      [2, "病院", "名称「東京新宿メディカル病院」", "warning"], [3, "無床診療所", "病床数 0", "warning"], [4, "有床診療所", "病床数 19", "warning"],
      [5, "病院", "名称「新宿精神科病院」", "warning"], [6, "病院", "名称「東都大学病院分院」", "warning"], [9, "病院", "病床数 749", "warning"]]);
    expect(tuples(report, "missing_required")).toEqual([[7, "facility_kind", "missing_required"], [8, "facility_kind", "missing_required"]]);
    expect(report.issues.filter((i) => i.code === "missing_column")).toEqual([]);
  });
});

// before: a list of dentists or clinics with neither a kind nor a beds column (名称, 所在地, 電話番号) had every row invalid,
// 医療機関の種類 missing
describe("医療機関の種類 absent or blank where neither the name nor 病床数 tells: the list's title, file name or the row's dental name", () => {
  const kinds = (report: Awaited<ReturnType<typeof runBytes>>["report"]) =>
    report.issues.filter((i) => i.code === "kind_from_list_or_name").map((i) => [i.row, i.value, i.detail?.split("｜")[0], i.severity]);

  it("a file named 歯科診療所一覧 gives each row 歯科診療所 (a 診療所 of 医療法, 有床 or 無床 unknown), valid and warned with where it was read", async () => {
    const { rows, report } = await runBytes(["名称,所在地,電話番号,診療科目", "さくら歯科医院,新宿区西新宿1-1-1,03-1234-5678,歯科", "みどりデンタルクリニック,新宿区西新宿1-1-2,03-1234-5679,歯科;矯正歯科"].join("\n"),
      "131041_歯科診療所一覧.csv");
    expect(rows.map((r) => [r.record.name, r.record.facility_kind, r.valid])).toEqual([["さくら歯科医院", "歯科診療所", true], ["みどりデンタルクリニック", "歯科診療所", true]]);
    expect(kinds(report)).toEqual([[1, "歯科診療所", "ファイル名「131041_歯科診療所一覧.csv」", "warning"], [2, "歯科診療所", "ファイル名「131041_歯科診療所一覧.csv」", "warning"]]);
    expect(report.issues.filter((i) => i.code === "missing_column" || i.code === "missing_required")).toEqual([]);
    const said = report.issues.find((i) => i.code === "kind_from_list_or_name");
    expect(said?.message_ja).toBe("2行目（データの1行目）：「医療機関の種類」が空か列がないため、ファイル名「131041_歯科診療所一覧.csv」から「歯科診療所」としました（医療法の種類）。"
      + "標準の選択肢ではなく、「病床数」が空か列がないため有床か無床かは読めません。「病床数」を入力するか（0なら無床診療所、1～19なら有床診療所、20以上なら病院）、「医療機関の種類」を標準の選択肢で入力してください。");
  });

  // before: a header of columns every list has (名称, 所在地, 電話番号) was unknown_dataset, to be named with --dataset hospital
  it("a list of 名称 | 所在地 | 電話番号 titled or named 歯科診療所一覧 is told as a hospital list by that title; an animal hospitals' is not", async () => {
    const rows = ["名称,所在地,電話番号", "さくら歯科医院,新宿区西新宿1-1-1,03-1234-5678", "みどりデンタルクリニック,新宿区西新宿1-1-2,03-1234-5679"];
    const titled = await runBytes(["歯科診療所一覧", ...rows].join("\n"), "131041_shika.csv");
    expect([titled.report.dataset, titled.report.detection?.by]).toEqual(["hospital", "header"]);
    expect(titled.rows.map((r) => [r.record.name, r.record.facility_kind, r.valid])).toEqual([["さくら歯科医院", "歯科診療所", true], ["みどりデンタルクリニック", "歯科診療所", true]]);
    const named = await runBytes(rows.join("\n"), "131041_歯科診療所一覧.csv");
    expect([named.report.dataset, named.rows.map((r) => r.record.facility_kind)]).toEqual(["hospital", ["歯科診療所", "歯科診療所"]]);
    const clinics = await runBytes(["市内の診療所一覧", ...rows].join("\n"), "131041_list.csv");
    expect(clinics.report.dataset).toBe("hospital");
    const vets = await runBytes(["動物病院一覧", "名称,所在地,電話番号", "さくら動物病院,新宿区西新宿1-1-1,03-1234-5678"].join("\n"), "131041_list.csv");
    expect(vets.report.dataset).toBeNull();
  });

  it("a title row 歯科診療所一覧: the beds and a name ending in 病院 come first, the title fills the rest; a name with 病院 in it takes nothing", async () => {
    const { rows, report } = await runBytes(["歯科診療所一覧（令和6年4月1日現在）", "名称,所在地,病床数", "はなみずき歯科,千代田区神田1-1,", "神田スマイル歯科,千代田区神田1-2,0",
      "東京歯科大学水道橋病院,千代田区神田三崎町2-9-18,", "神田病院歯科,千代田区神田1-3,"].join("\n"), "131016_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.valid])).toEqual([["歯科診療所", true], ["無床診療所", true], ["病院", true], [null, false]]);
    expect(kinds(report)).toEqual([[1, "歯科診療所", "表題「歯科診療所一覧（令和6年4月1日現在）」", "warning"]]);
  });

  it("a list titled 診療所 or クリニック gives 診療所; one naming 病院 too, or two titles of different kinds, give none, and only a dental name tells", async () => {
    const clinics = await runBytes(["クリニック一覧", "名称,所在地", "西新宿内科,新宿区西新宿1-1-1", "西新宿デンタルオフィス,新宿区西新宿1-1-2"].join("\n"), "131041_hospital.csv");
    expect(clinics.rows.map((r) => r.record.facility_kind)).toEqual(["診療所", "診療所"]);
    expect(kinds(clinics.report)).toEqual([[1, "診療所", "表題「クリニック一覧」", "warning"], [2, "診療所", "表題「クリニック一覧」", "warning"]]);
    const both = await runBytes(["病院・診療所一覧", "名称,所在地", "西新宿内科,新宿区西新宿1-1-1", "西新宿デンタルオフィス,新宿区西新宿1-1-2"].join("\n"), "131041_hospital.csv");
    expect(both.rows.map((r) => [r.record.facility_kind, r.valid])).toEqual([[null, false], ["歯科診療所", true]]);
    expect(kinds(both.report)).toEqual([[2, "歯科診療所", "名称「西新宿デンタルオフィス」", "warning"]]);
    const mixed = await runBytes(["医科・歯科診療所一覧", "名称,所在地", "西新宿内科,新宿区西新宿1-1-1"].join("\n"), "131041_hospital.csv");
    expect(mixed.rows.map((r) => r.record.facility_kind)).toEqual(["診療所"]);
    const disagree = await runBytes(["診療所一覧", "名称,所在地", "西新宿内科,新宿区西新宿1-1-1"].join("\n"), "131041_hospital_歯科医院.csv");
    expect(disagree.rows.map((r) => [r.record.facility_kind, r.valid])).toEqual([[null, false]]);
  });

  // 高松市's clinic table: no kind column, no beds, 国民健康保険 clinics named 〇〇診療所 (before: missing_column, every row invalid)
  it("a name ending in 診療所 gives 診療所 (医療法 art. 3), said with the name; a 病院's 附属診療所 takes none", async () => {
    const { rows, report } = await runBytes(["name,address,telephoneNumber", "高松市国民健康保険女木診療所,高松市女木町112,087-873-0103",
      "みなと病院附属診療所,高松市男木町1,087-873-0004", "みなとクリニック,高松市男木町2,087-873-0005"].join("\n"), "372013_hospital.csv");
    expect(rows.map((r) => [r.record.facility_kind, r.valid])).toEqual([["診療所", true], [null, false], [null, false]]);
    expect(kinds(report)).toEqual([[1, "診療所", "名称「高松市国民健康保険女木診療所」", "warning"]]);
  });

  it("a kind column's blank cell takes the list's kind on its row; one written stays", async () => {
    const { rows, report } = await runBytes(["名称,医療機関の種類,所在地", "あおば歯科,,武蔵野市中町1-1-3", "みどり歯科,無床診療所,武蔵野市中町1-1-4"].join("\n"), "132039_歯科診療所一覧.csv");
    expect(rows.map((r) => r.record.facility_kind)).toEqual(["歯科診療所", "無床診療所"]);
    expect(kinds(report)).toEqual([[1, "歯科診療所", "ファイル名「132039_歯科診療所一覧.csv」", "warning"]]);
  });

  it("reads the same on one thread or two: every range takes the title's kind", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-list-kind-"));
    try {
      const file = path.join(dir, "132039_歯科診療所一覧.csv");
      const rows = Array.from({ length: 6000 }, (_, n) => `ひまわり${n + 1},武蔵野市境1-${n + 1},歯科`);
      writeFileSync(file, ["名称,所在地,診療科目", ...rows, ""].join("\n"));
      const { one, many } = await readOnOneAndTwoThreads(file);
      expect(many.stats.worker).toBeGreaterThan(0);
      for (const { out, report } of [one, many]) {
        const read = out.trim().split("\n").map((line) => JSON.parse(line).record.facility_kind);
        expect([read.length, new Set(read).size, read.at(-1)]).toEqual([6000, 1, "歯科診療所"]);
        expect(report.issue_counts?.kind_from_list_or_name).toBe(6000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await closeRangeWorkers();
    }
  });
});
