import { describe, expect, it } from "vitest";
import { columnSubjectsOf, normalizeFlag, normalizeMark, subjectsOf } from "../../../pipelines/normalize/flags.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { normalizeNumber } from "../../../pipelines/normalize/numbers.ts";
import { getDataset } from "../../../schemas/index.ts";
import { at, codes } from "./helpers.ts";

describe("a number with a note beside it", () => {
  it.each([
    ["60名（うち0歳児6名）", 60, ["number_with_note"]],
    ["20（空床型）", 20, ["number_with_note"]],
    ["１２０（弾力化含む）", 120, ["number_with_note"]],
    ["45 ※休止中", 45, ["number_with_note"]],
    ["約30人（予定）", 30, ["approximate_number", "number_with_note"]],
    // no number with a bracketed note: not read
    ["弾力化により65", null, ["unparseable_number"]],
    ["（未定）", null, ["unparseable_number"]],
    ["50人以上（先着）", null, ["unparseable_number"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeNumber(raw, at, { integer: true }))).toEqual([value, issueCodes]);
  });

  it("says what it read and where the cell goes, in Japanese with English beside", () => {
    const [noted] = normalizeNumber("60名（うち0歳児6名）", { row: 2, field: "capacity" }).issues;
    expect(noted).toMatchObject({ code: "number_with_note", severity: "warning", row: 2, field: "capacity", value: "60名（うち0歳児6名）" });
    expect(noted.message_ja).toContain("補足（括弧内や※の後、前の「先着」など）を除いた数を読みました");
    expect(noted.message_en).toContain("the number was read without its note");
  });

  const preschool = getDataset("preschool")!;
  const care = getDataset("care_service")!;
  const capacity = (dataset: typeof preschool, raw: string, remarks = "") => {
    const { record, issues } = normalizeRecord({ name: "上連雀保育園", capacity: raw, remarks }, dataset, { row: 1 }, { municipality: "132047" });
    return [record.capacity, record.remarks, issues.filter((i) => ["capacity", "remarks"].includes(i.field ?? "")).map((i) => [i.field, i.code])];
  };

  it("keeps the whole cell in 備考 after what 備考 says, read or not", () => {
    expect(capacity(preschool, "60名（うち0歳児6名）")).toEqual([60, "収容定員：60名（うち0歳児6名）", [["capacity", "number_with_note"]]]);
    expect(capacity(preschool, "弾力化により65", "駐車場なし")).toEqual([null, "駐車場なし / 収容定員：弾力化により65",
      [["capacity", "unparseable_number"], ["remarks", "kept_as_remarks"]]]);
    expect(capacity(care, "20（空床型）")).toEqual([20, "定員：20（空床型）", [["capacity", "number_with_note"]]]);
    expect(capacity(preschool, "90")).toEqual([90, null, []]);
  });

  it("keeps a number of a column with no text column of its own in 備考, noted or unread, but not a placeholder", () => {
    const toilet = getDataset("public_toilet")!;
    const name = toilet.columnByKey.get("total_male_toilet")!.ja;
    const noted = normalizeRecord({ name: "A", total_male_toilet: "3（うち洋式1）" }, toilet, { row: 1 }, { municipality: "131016" }).record;
    expect([noted.total_male_toilet, noted.remarks]).toEqual([3, `${name}：3（うち洋式1）`]);
    const unread = normalizeRecord({ name: "A", total_male_toilet: "調査中" }, toilet, { row: 1 }, { municipality: "131016" });
    expect([unread.record.total_male_toilet, unread.record.remarks]).toEqual([null, `${name}：調査中`]);
    expect(unread.issues.filter((i) => i.field === "total_male_toilet" || i.field === "remarks").map((i) => [i.field, i.code])).toEqual([["total_male_toilet", "unparseable_number"], ["remarks", "kept_as_remarks"]]);
    const placeholder = normalizeRecord({ name: "A", total_male_toilet: "－" }, toilet, { row: 1 }, { municipality: "131016" }).record;
    expect([placeholder.total_male_toilet, placeholder.remarks]).toEqual([null, null]);
  });

  it("keeps a noted count of a statistical table in 備考, but not an unread one: a figure to fix, which would fill 備考 in a table of many", () => {
    const population = getDataset("population")!;
    const row = (male: string) => normalizeRecord({ area_name: "本町一丁目", survey_date: "2024-01-01", male }, population, { row: 1 }, { municipality: "131016" }).record;
    expect([row("120（外国人5）").male, row("120（外国人5）").remarks]).toEqual([120, `${population.columnByKey.get("male")!.ja}：120（外国人5）`]);
    expect([row("集計中").male, row("集計中").remarks]).toEqual([null, null]);
  });

  it("keeps a date that does not read in 備考 in a dataset whose date columns name no text column (オープンデータ一覧)", () => {
    const list = getDataset("open_data_list")!;
    const { record, issues } = normalizeRecord({ title: "AED", issued: "2018年春", modified: "令和6年度", remarks: "年1回更新" }, list, { row: 4 },
      { municipality: "131016" });
    expect([record.issued, record.modified, record.remarks]).toEqual([null, null, "年1回更新 / データセット_公開日：2018年春 / データセット_最終更新日：令和6年度"]);
    // the date's issue says the column its cell is kept in (before: 内容はこの指摘に残っています, and kept_as_remarks beside it)
    expect(issues.filter((i) => i.field === "remarks")).toEqual([]);
    const unread = issues.find((i) => i.field === "issued");
    expect([unread?.code, unread?.detail]).toEqual(["unparseable_date", "データセット_備考"]);
    expect(unread?.message_ja).toContain("（セルは「データセット_備考」に残しています）");
    expect(unread?.message_en).toContain("(the cell is kept in データセット_備考)");
    // a fiscal year alone says itself where it is kept (before: unparseable_date, then kept_as_remarks)
    expect(issues.filter((i) => i.field === "modified").map((i) => [i.code, i.detail])).toEqual([["date_fiscal_year_only", "2024-04-01\t2025-03-31"]]);
    // so does a month alone (2018年3月: date_month_only, since dfe6ae6; before: unparseable_date)
    const month = normalizeRecord({ title: "AED", issued: "2018年3月" }, list, { row: 4 }, { municipality: "131016" });
    expect([month.record.issued, month.record.remarks]).toEqual([null, "データセット_公開日：2018年3月"]);
    expect(month.issues.filter((i) => i.field === "issued" || i.field === "remarks").map((i) => [i.field, i.code, i.detail])).toEqual([["issued", "date_month_only", "2018-03-01\t2018-03-31"]]);
  });

  it("says an unread date is kept in this issue where 備考 says it already, so nothing was kept", () => {
    const food = getDataset("food_business")!;
    const { record, issues } = normalizeRecord({ name: "食堂", permit_date: "未定", remarks: "許可年月日：未定" }, food, { row: 1 }, { municipality: "131016" });
    expect(record.remarks).toBe("許可年月日：未定");
    const unread = issues.find((i) => i.field === "permit_date");
    expect([unread?.code, unread?.detail]).toEqual(["unparseable_date", undefined]);
    expect(unread?.message_ja).toContain("（内容はこの指摘に残っています）");
  });

  it("keeps two unread dates whose names end alike (初回許可年月日, 許可年月日) each in 備考: one is not said by the other", () => {
    const food = getDataset("food_business")!;
    const { record } = normalizeRecord({ name: "食堂", first_permit_date: "未定", permit_date: "未定" }, food, { row: 1 }, { municipality: "131016" });
    expect(record.remarks).toBe("初回許可年月日：未定 / 許可年月日：未定");
  });

  it("keeps a URL cell with a note or several addresses in 備考, the first address the value", () => {
    const list = getDataset("open_data_list")!;
    const row = (url: string) => normalizeRecord({ title: "人口", url }, list, { row: 3 }, { municipality: "132250" }).record;
    expect([row("https://a.jp/jinko.html https://a.jp/jinko.pdf").url, row("https://a.jp/jinko.html https://a.jp/jinko.pdf").remarks])
      .toEqual(["https://a.jp/jinko.html", "データセット_URL:https://a.jp/jinko.html https://a.jp/jinko.pdf"]);
    expect([row("https://a.jp/kanko.html（外部リンク）").url, row("https://a.jp/kanko.html（外部リンク）").remarks])
      .toEqual(["https://a.jp/kanko.html", "データセット_URL:https://a.jp/kanko.html（外部リンク）"]);
  });

  it("keeps a 法人番号 whose digits Excel's exponent lost in 備考, and says the digits are lost", () => {
    const food = getDataset("food_business")!;
    const { record, issues } = normalizeRecord({ name: "食堂", corporate_number: "1.01E+12" }, food, { row: 4 }, { municipality: "131016" });
    expect([record.corporate_number, record.remarks]).toEqual([null, `${food.columnByKey.get("corporate_number")!.ja}：1.01E+12`]);
    expect(issues.filter((i) => i.field === "corporate_number" || i.field === "remarks").map((i) => [i.field, i.code]))
      .toEqual([["corporate_number", "exponent_code_lost"], ["remarks", "kept_as_remarks"]]);
  });
});

describe("yes/no said as a sentence, with a label, or for part only", () => {
  it.each([
    ["実施しています", true, ["nonstandard_flag"]],
    ["実施している", true, ["nonstandard_flag"]],
    ["実施していない", false, ["nonstandard_flag"]],
    ["していない", false, ["nonstandard_flag"]],
    ["未実施", false, ["nonstandard_flag"]],
    ["なし", false, ["nonstandard_flag"]],
    ["実施", true, ["nonstandard_flag"]],
    ["病児保育：有", true, ["flag_with_note"]],
    ["病児保育:なし", false, ["flag_with_note"]],
    ["有（要予約）", true, ["flag_with_note"]],
    ["病後児保育のみ", null, ["partial_flag"]],
    ["有（一部）", null, ["partial_flag"]],
    ["病児保育：有（R7年度予定）", null, ["unparseable_flag"]],
    ["要相談", null, ["unparseable_flag"]],
    ["兼ねる", true, ["nonstandard_flag"]],
    ["兼ねていない", false, ["nonstandard_flag"]],
    ["設置しています", true, ["nonstandard_flag"]],
    ["あり（2台）", true, ["flag_with_note"]],
    // 未就学児 is whom a thing is for, no "not yet"
    ["有（未就学児用）", true, ["flag_with_note"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeFlag(raw, at))).toEqual([value, issueCodes]);
  });

  // the subjects of AED's 小児対応設備の有無 (its name and aliases: 小児用パッド, 小児対応 …)
  const pads = columnSubjectsOf(["小児対応設備の有無", "小児用パッドの有無", "小児対応", "小児用パッド", "小児用電極パッド"]);
  it.each([
    ["小児用パッド有", true, ["nonstandard_flag"]],
    ["小児用パッドなし", false, ["nonstandard_flag"]],
    ["小児用パッド未設置", false, ["nonstandard_flag"]],
    ["小児用パッドの設置あり", true, ["nonstandard_flag"]],
    ["小児対応設備あり", true, ["nonstandard_flag"]],
    ["小児用パッド（未就学児用）あり", true, ["flag_with_note"]],
    ["小児用パッド有（2枚）", true, ["flag_with_note"]],
    // the subject alone, or two of its words, names what is there, as a list cell does (設備: 小児用パッド)
    ["小児用パッド", true, ["nonstandard_flag"]],
    ["小児用パッド・小児用電極パッド", true, ["nonstandard_flag"]],
    ["小児用パッド（2枚）", true, ["flag_with_note"]],
    // a note that may undo it, or another thing that is there: not read
    ["小児用パッド有（R7年度設置予定）", null, ["unparseable_flag"]],
    ["小児用パッド（故障中）あり", null, ["unparseable_flag"]],
    ["小児用パッド（故障中）", null, ["unparseable_flag"]],
    ["小児用パッド（期限切れ）", null, ["unparseable_flag"]],
    ["小児用パッド有（交換中）", null, ["unparseable_flag"]],
    ["小児用パッド・成人用パッド", null, ["unparseable_flag"]],
    ["小児用パッド・AED", null, ["unparseable_flag"]],
    ["小児用パッドのみ", null, ["partial_flag"]],
    ["制限あり", null, ["unparseable_flag"]],
  ])("the column's subject before its yes/no: %j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeFlag(raw, at, pads))).toEqual([value, issueCodes]);
  });

  it("an acronym in capitals in a column's name is a subject too (API of API対応有無); a physical name in lower case is none", () => {
    expect(subjectsOf(["ファイル_API対応有無", "API対応有無", "API", "APIの有無", "wheelchair_toilet"])).toEqual(["ファイル_API対応", "API対応", "API"]);
    const api = getDataset("open_data_list")!;
    const read = (cell: string) => {
      const { record, issues } = normalizeRecord({ title: "AED設置箇所一覧", has_api: cell }, api, { row: 1 }, { municipality: "131091" });
      return [record.has_api, issues.filter((i) => i.field === "has_api").map((i) => [i.code, i.detail])];
    };
    expect(["API有", "APIなし", "API対応", "API未対応", "API有（2025年度予定）"].map(read)).toEqual([
      [true, [["nonstandard_flag", "有"]]], [false, [["nonstandard_flag", "無"]]], [true, [["nonstandard_flag", "有"]]],
      [false, [["nonstandard_flag", "無"]]], [null, [["unparseable_flag", undefined]]]]);
  });

  it("says what a cell with the subject was read as, in a 有/無 and a 1/empty column", () => {
    expect(subjectsOf(["小児対応設備の有無", "小児用パッド"])).toEqual(["小児対応設備", "小児用パッド"]);
    const flag = normalizeFlag("小児用パッドなし", at, pads);
    expect(flag.issues.map((i) => [i.code, i.severity, i.value, i.detail])).toEqual([["nonstandard_flag", "info", "小児用パッドなし", "無"]]);
    expect(flag.issues[0].message_ja).toContain("「小児用パッドなし」を「無」として読みました");
    const mark = normalizeMark("小児用パッドあり", at, pads);
    expect([mark.value, mark.issues[0].message_en]).toEqual([true, expect.stringContaining("was read as 1 (yes)")]);
  });

  it("a column's own words (Column.flagWords): more subjects, alone or before a yes, and its words for no, which are no part", () => {
    const aed = getDataset("aed")!;
    const read = (cell: string) => {
      const { record, issues } = normalizeRecord({ name: "区役所", installation_position: "1階", pediatric_pads: cell }, aed, { row: 1 }, { municipality: "131041" });
      return [record.pediatric_pads, issues.filter((i) => i.field === "pediatric_pads").map((i) => [i.code, i.detail])];
    };
    expect(["小児モード有", "小児用キー有", "未就学児用パッド", "小児用パッド・小児モード", "成人用のみ", "病後児保育のみ"].map(read)).toEqual([
      [true, [["nonstandard_flag", "有"]]], [true, [["nonstandard_flag", "有"]]], [true, [["nonstandard_flag", "有"]]], [true, [["nonstandard_flag", "有"]]],
      // adult pads only: a plain no, not a part (partial_flag had said 一部だけ)
      [false, [["nonstandard_flag", "無"]]],
      [null, [["partial_flag", undefined]]],
    ]);
    const adultOnly = normalizeRecord({ name: "区役所", installation_position: "1階", pediatric_pads: "成人用のみ" }, aed, { row: 1 }, { municipality: "131041" })
      .issues.find((i) => i.field === "pediatric_pads");
    expect(adultOnly?.message_ja).toContain("「成人用のみ」を「無」として読みました");
    // 武蔵野市's list: the switch for children (切替スイッチ) is the equipment, also when the cell says it has none
    expect(["切替スイッチ有", "小児切替キーあり", "切替スイッチなし"].map(read)).toEqual([
      [true, [["nonstandard_flag", "有"]]], [true, [["nonstandard_flag", "有"]]], [false, [["nonstandard_flag", "無"]]]]);
    const shelters = getDataset("evacuation_space")!;
    const shelter = (cell: string) => normalizeRecord({ name: "第一小学校", also_designated_shelter: cell }, shelters, { row: 1 }, { municipality: "131156" })
      .record.also_designated_shelter;
    // a 福祉避難所 is a 指定避難所 too (指定福祉避難所); 兼 is 兼用 short
    expect(["兼", "指定避難所", "避難所", "福祉避難所", "指定福祉避難所", "兼ねない", "避難所指定なし"].map(shelter)).toEqual([true, true, true, true, true, false, false]);
  });

  it("a record reads the subject form from the column's own names, and keeps a noted one in 備考", () => {
    const aed = getDataset("aed")!;
    const read = (cell: string) => {
      const { record, issues } = normalizeRecord({ name: "区役所", installation_position: "1階", pediatric_pads: cell }, aed, { row: 1 }, { municipality: "131041" });
      return [record.pediatric_pads, record.remarks, issues.filter((i) => i.field === "pediatric_pads").map((i) => i.code)];
    };
    expect(read("小児用パッド有")).toEqual([true, null, ["nonstandard_flag"]]);
    expect(read("小児用パッド（未就学児用）あり")).toEqual([true, "小児対応設備の有無：小児用パッド（未就学児用）あり", ["flag_with_note"]]);
  });

  it("a toilet's yes/no column reads a cell naming its own equipment as 有, as its 設備 list does: aliases and the list's words", () => {
    const toilets = getDataset("public_toilet")!;
    const read = (cells: Record<string, string>) => {
      const { record, issues } = normalizeRecord({ name: "池袋公園トイレ", installation_position: "公園内", ...cells }, toilets, { row: 1 }, { municipality: "131164" });
      const keys = ["wheelchair_toilet", "baby_care_toilet", "ostomate_toilet"];
      return [...keys.map((k) => record[k]), record.remarks, issues.filter((i) => keys.includes(i.field ?? "")).map((i) => [i.field, i.code, i.detail])];
    };
    expect(read({ baby_care_toilet: "ベビーシート", ostomate_toilet: "オストメイト", wheelchair_toilet: "車いす用有" })).toEqual([true, true, true, null,
      [["wheelchair_toilet", "nonstandard_flag", "有"], ["baby_care_toilet", "nonstandard_flag", "有"], ["ostomate_toilet", "nonstandard_flag", "有"]]]);
    // ベビーキープ is no alias of the column, but a word its 設備 list names it with
    expect(read({ baby_care_toilet: "ベビーチェア・ベビーシート", ostomate_toilet: "オストメイト（2階）" })).toEqual([null, true, true,
      "オストメイト設置トイレ有無：オストメイト（2階）", [["baby_care_toilet", "nonstandard_flag", "有"], ["ostomate_toilet", "flag_with_note", undefined]]]);
    expect(read({ baby_care_toilet: "ベビーキープ" }).slice(1, 2)).toEqual([true]);
    // another column's word, or a cell that says what is absent, is no yes of this one
    expect(read({ baby_care_toilet: "オストメイト", ostomate_toilet: "オストメイトなし" }).slice(1, 3)).toEqual([null, false]);
  });

  const preschool = getDataset("preschool")!;
  const flags = (cells: Record<string, string>) => {
    const { record, issues } = normalizeRecord({ name: "たきやま保育園", ...cells }, preschool, { row: 1 }, { municipality: "132225" });
    const own = ["temporary_care", "sick_child_care", "remarks"];
    return [record.temporary_care, record.sick_child_care, record.remarks, issues.filter((i) => own.includes(i.field ?? "")).map((i) => [i.field, i.code])];
  };

  it("keeps a yes/no read past its note, and one that says only part, in 備考", () => {
    expect(flags({ temporary_care: "有（要予約）", sick_child_care: "病児保育：有" })).toEqual([true, true,
      "一時預かりの有無：有（要予約） / 病児保育の有無：病児保育：有",
      [["temporary_care", "flag_with_note"], ["sick_child_care", "flag_with_note"]]]);
    expect(flags({ sick_child_care: "病後児保育のみ" })).toEqual([null, null, "病児保育の有無：病後児保育のみ",
      [["sick_child_care", "partial_flag"], ["remarks", "kept_as_remarks"]]]);
    expect(flags({ temporary_care: "実施していない", sick_child_care: "有" })).toEqual([false, true, null, [["temporary_care", "nonstandard_flag"]]]);
  });
});

describe("a qualifier the published value cannot hold (約, 頃, FAX兼用): the cell is kept in its text column", () => {
  const tourism = getDataset("tourism")!;
  const facility = getDataset("public_facility")!;
  const read = (dataset: typeof tourism, cells: Record<string, string>, fields: string[]) => {
    const { record, issues } = normalizeRecord({ name: "施設", ...cells }, dataset, { row: 7 }, { municipality: "132012" });
    return [fields.map((f) => record[f]), issues.filter((i) => fields.includes(i.field ?? "")).map((i) => [i.field, i.code, i.severity])];
  };

  it("an approximate fee is read as the figure and kept in 料金（詳細）, as a fee with a note is", () => {
    expect(read(tourism, { fee_basic: "約1,500円" }, ["fee_basic", "fee_details"])).toEqual([[1500, "約1,500円"],
      [["fee_basic", "thousands_separator", "info"], ["fee_basic", "unit_stripped", "warning"], ["fee_basic", "approximate_number", "warning"]]]);
    expect(read(tourism, { fee_basic: "約1,500円", fee_details: "団体割引あり" }, ["fee_details"])[0]).toEqual(["団体割引あり / 約1,500円"]);
    expect(normalizeNumber("約50", { row: 1, field: "capacity" }).issues[0].message_ja).toContain("セル全体は備考の列があればそこに残しました");
  });

  it("an approximate time is read as the time, said, and kept in 利用可能日時特記事項", () => {
    expect(read(tourism, { start_time: "9:00頃", end_time: "17:00頃" }, ["start_time", "end_time", "availability_remarks"])).toEqual([
      ["09:00", "17:00", "9:00頃 / 17:00頃"],
      [["start_time", "time_approximate", "info"], ["end_time", "time_approximate", "info"]]]);
  });

  it("a phone number that is the fax number too keeps that in 連絡先備考", () => {
    expect(read(facility, { phone_number: "03-3733-6144(FAX兼用)" }, ["phone_number", "contact_remarks"])).toEqual([
      ["03-3733-6144", "03-3733-6144(FAX兼用)"],
      [["phone_number", "phone_note_removed", "info"], ["contact_remarks", "kept_as_remarks", "info"]]]);
  });
});
