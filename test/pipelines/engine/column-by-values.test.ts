// column-by-values.ts for a hospital register: 区分 holding 病院 / 診療所 / 歯科診療所 is 医療機関の種類, by its values only.
import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
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
    // 診療所, and 歯科診療所 (a 診療所 of 医療法), may be 有床 or 無床: kept as written, told that a 病床数 would settle it
    // (there is no such column here)
    expect(report.issues.filter((i) => i.code === "not_in_vocabulary" || i.code === "value_needs_count").map((i) => [i.row, i.field, i.code, i.severity])).toEqual([
      [2, "facility_kind", "value_needs_count", "warning"], [3, "facility_kind", "value_needs_count", "warning"]]);
    expect(tuples(report, "missing_column", "unknown_header")).toEqual([]);
  });

  it("区分 of other values (公立 / 民間) is no kind: it stays in extra and the kind is missing", async () => {
    const csv = [HEADER, "1,立川中央病院,公立,東京都立川市柴崎町1-1,042-500-0001", "2,立川北クリニック,病院,東京都立川市曙町2-2,042-500-0002"].join("\n");
    const { report, rows } = await runBytes(`${csv}\n`, "132021_hospital.csv");
    expect(report.header[2]).toEqual({ source: "区分", field: null, method: "none" });
    // the kind is then the law's where the name gives it (a name ending in 病院: kind_by_law), else missing
    expect(rows.map((r) => [r.record.facility_kind, r.extra])).toEqual([["病院", { 区分: "公立" }], [null, { 区分: "病院" }]]);
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
    expect(rows.map((r) => [r.record.available_days, r.extra])).toEqual([["月火水木金", {}], ["土日祝", {}], ["月火水木金", {}]]);
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

describe("an inquiry column (問い合わせ, 問合せ先) is the phone column when its cells are phone numbers", () => {
  const event = (header: string, cells: string[]) =>
    runBytes(`${["イベント名,開始日,会場,住所," + header, ...cells.map((c, i) => `催し${i + 1},2024-10-12,中央公園,杉並区阿佐谷北1-1-1,${c}`)].join("\n")}\n`, "131156_event.csv");

  it("event: 問い合わせ of numbers is 連絡先電話番号, not 連絡先名称 by a fuzzy match; an extension goes to 連絡先内線番号", async () => {
    const { report, rows } = await event("問い合わせ", ["03-3312-2111", "03-3312-2111内線1234"]);
    expect(report.header[4]).toEqual({ source: "問い合わせ", field: "phone_number", method: "alias" });
    expect(rows.map((r) => [r.record.contact_name, r.record.phone_number, r.record.extension_number])).toEqual([
      [null, "03-3312-2111", null], [null, "03-3312-2111", "1234"]]);
    expect(report.issues.filter((i) => i.field === "問い合わせ").map((i) => [i.code, i.value]))
      .toEqual([["column_by_values", "連絡先電話番号（03-3312-2111、03-3312-2111内線1234）"]]);
    expect(tuples(report, "fuzzy_header")).toEqual([]);
  });

  it("event: 問い合わせ先 (連絡先名称's alias) of numbers is the phone too", async () => {
    const { report, rows } = await event("問い合わせ先", ["03-3312-2111"]);
    expect(report.header[4]).toMatchObject({ field: "phone_number" });
    expect(rows.map((r) => [r.record.contact_name, r.record.phone_number])).toEqual([[null, "03-3312-2111"]]);
  });

  it("event: 問い合わせ of departments stays 連絡先名称; so does one of departments and numbers", async () => {
    const names = await event("問い合わせ先", ["子ども家庭課", "文化・交流課"]);
    expect(names.report.header[4]).toEqual({ source: "問い合わせ先", field: "contact_name", method: "alias" });
    expect(names.rows.map((r) => [r.record.contact_name, r.record.phone_number])).toEqual([["子ども家庭課", null], ["文化・交流課", null]]);
    expect(tuples(names.report, "column_by_values")).toEqual([]);
    const mixed = await event("問い合わせ", ["子ども家庭課", "03-3312-2111"]);
    // 問い合わせ is 連絡先名称's alias: no fuzzy_header asks the officer to check it
    expect(mixed.report.header[4]).toEqual({ source: "問い合わせ", field: "contact_name", method: "alias" });
    expect(tuples(mixed.report, "fuzzy_header")).toEqual([]);
    // the column stays 連絡先名称; the one cell that is a number moves to the row's empty 電話番号 (phone_from_contact_name)
    expect(mixed.rows.map((r) => [r.record.contact_name, r.record.phone_number])).toEqual([["子ども家庭課", null], [null, "03-3312-2111"]]);
  });

  it("a number first with a note or a second number after it (FAX兼用, TEL … FAX …) still fits: the cell is kept beside it", async () => {
    const { report, rows } = await event("問い合わせ", ["03-3312-2111", "03-3312-2112（FAX兼用）", "TEL 03-3312-2113 FAX 03-3312-2114"]);
    expect(report.header[4]).toMatchObject({ field: "phone_number" });
    expect(rows.map((r) => [r.record.contact_name, r.record.phone_number])).toEqual([
      [null, "03-3312-2111"], [null, "03-3312-2112"], [null, "03-3312-2113"]]);
    expect(rows[1].record.remarks).toContain("03-3312-2112（FAX兼用）");
  });

  it("event: 問い合わせ of departments with their numbers stays 連絡先名称 (a cell fits only when it reads whole, re-check item 3); each cell's number moves to 電話番号", async () => {
    const { report, rows } = await event("問い合わせ", ["文化課 03-3312-2111", "スポーツ振興課（03-3312-2112）"]);
    expect(report.header[4]).toEqual({ source: "問い合わせ", field: "contact_name", method: "alias" });
    expect(rows.map((r) => [r.record.contact_name, r.record.phone_number, r.record.remarks])).toEqual([
      ["文化課", "03-3312-2111", null], ["スポーツ振興課", "03-3312-2112", null]]);
    expect(tuples(report, "column_by_values")).toEqual([]);
    expect(report.issues.filter((i) => i.code === "phone_from_contact_name").map((i) => i.row)).toEqual([1, 2]);
    // the same column with a number alone in every cell is still the phone column
    const numbers = await event("問い合わせ", ["03-3312-2111", "03-3312-2112"]);
    expect(numbers.report.header[4]).toEqual({ source: "問い合わせ", field: "phone_number", method: "alias" });
  });

  it("event: beside a phone column, 問い合わせ先 is not taken as a second one", async () => {
    const { report, rows } = await runBytes("イベント名,開始日,電話番号,問い合わせ先\n区民まつり,2024-10-12,03-3312-1111,03-3312-2111\n", "131156_event.csv");
    expect(report.header.map((h) => h.field).slice(0, 3)).toEqual(["name", "start_date", "phone_number"]);
    expect(rows[0].record.phone_number).toBe("03-3312-1111");
    expect(tuples(report, "column_by_values")).toEqual([]);
  });

  it("preschool: 問合せ先 of numbers is 電話番号 (it was unknown, the numbers in extra only); of departments it stays in extra", async () => {
    const phones = await runBytes("施設名,所在地,問合せ先\n江戸川区立なぎさ保育園,江戸川区南葛西7-1-1,03-3675-0000\nママ保育室,江戸川区西葛西1-1-1,080-1234-5678\n",
      "131237_preschool.csv");
    expect(phones.rows.map((r) => [r.record.phone_number, r.extra])).toEqual([["03-3675-0000", {}], ["080-1234-5678", {}]]);
    expect(tuples(phones.report, "column_by_values", "unknown_header")).toEqual([[null, "問合せ先", "column_by_values"]]);
    const names = await runBytes("施設名,所在地,問合せ先\n江戸川区立なぎさ保育園,江戸川区南葛西7-1-1,保育課\n", "131237_preschool.csv");
    expect(names.rows.map((r) => [r.record.phone_number, r.extra])).toEqual([[null, { 問合せ先: "保育課" }]]);
    expect(tuples(names.report, "column_by_values", "unknown_header")).toEqual([[null, "問合せ先", "unknown_header"]]);
  });
});

describe("a nursery list's 区分 of kinds of place is 種別 (before: unknown, in extra only)", () => {
  const LIST = "名称,名称_カナ,区分,住所,電話番号,収容定員";
  it("区分 of 認可保育所, 認証保育所, 幼稚園 is read as 種別, said once with the values", async () => {
    const csv = [LIST, "区立あおば保育園,クリツアオバホイクエン,認可保育所,東京都渋谷区東1-1-1,03-3400-0001,120",
      "さくらキッズ,サクラキッズ,認証保育所,東京都渋谷区東1-1-2,03-3400-0002,40", "区立ひかり幼稚園,クリツヒカリヨウチエン,幼稚園,東京都渋谷区東1-1-3,03-3400-0003,140"].join("\r\n");
    const { report, rows } = await runBytes(encodeCp932(csv), "131130_preschool.csv");
    expect(rows.map((r) => [r.record.facility_type, r.extra])).toEqual([["認可保育所", {}], ["認証保育所", {}], ["幼稚園", {}]]);
    expect(tuples(report, "column_by_values", "unknown_header")).toEqual([[null, "区分", "column_by_values"]]);
    expect(report.issues.find((i) => i.code === "column_by_values")?.message_ja)
      .toBe("列「区分」は見出しだけでは何の列か分かりませんが、値（認可保育所、認証保育所、幼稚園）から「種別」として読みました。列名を「種別」にしてください。");
  });

  it("区分 of other values (0歳児, 新設) stays in extra; beside a 種別 column, 区分 is not taken", async () => {
    const ages = await runBytes([LIST, "あおば保育園,アオバホイクエン,0歳児～5歳児,東京都渋谷区東1-1-1,03-3400-0001,120"].join("\n"), "131130_preschool.csv");
    expect([ages.rows[0].record.facility_type, ages.rows[0].extra]).toEqual([null, { 区分: "0歳児～5歳児" }]);
    const both = await runBytes(["名称,種別,区分,住所", "あおば保育園,認可保育所,私立,東京都渋谷区東1-1-1"].join("\n"), "131130_preschool.csv");
    expect([both.rows[0].record.facility_type, both.rows[0].extra]).toEqual(["認可保育所", { 区分: "私立" }]);
  });
});

describe("a nursery list's 類型 of kinds", () => {
  // 目黒区's 認証保育所一覧 (131105_tokyo_certified_nersury_school_20210601.csv, data.bodik.jp, as copied in
  // https://github.com/TakuKobayashi/GovernmentOpenDataWebAPI) heads its kinds 類型; the rows are our own, in its value forms
  it("is 種別 when its cells are kinds, 東京都認証保育所 among them (before: in extra, 種別 empty)", async () => {
    const csv = ["名称,所在地,電話番号,類型,設置者", "ひまわり保育園,東京都目黒区東山3-10-7,03-0000-0001,東京都認証保育所,株式会社ひまわり",
      "さくら保育園,東京都目黒区鷹番2-2-10,03-0000-0002,認可保育所,社会福祉法人さくら"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131105_preschool.csv");
    expect(rows.map((r) => [r.record.facility_type, r.extra.類型])).toEqual([["東京都認証保育所", undefined], ["認可保育所", undefined]]);
    expect(tuples(report, "column_by_values")).toEqual([[null, "類型", "column_by_values"]]);
  });

  it("stays in extra when its cells are no kinds (類型 A, B)", async () => {
    const { rows } = await runBytes("名称,所在地,電話番号,類型\nひまわり保育園,東京都目黒区東山3-10-7,03-0000-0001,A\n", "131105_preschool.csv");
    expect([rows[0].record.facility_type, rows[0].extra.類型]).toEqual([null, "A"]);
  });
});
