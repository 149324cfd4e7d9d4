import type { z } from "zod";
import { contact, dayColumns, fax, height, identity, image, location, naming, operator, trailer } from "../blocks.ts";
import { col, omit, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { bedCount, hhmm, listOf, medicalInstitutionCode, oneOf, text } from "../types.ts";

/** The kinds of medical institution a register writes (医療法: 病院, 診療所, 歯科診療所; the standard's 有床 / 無床診療所). */
const INSTITUTION_KINDS = ["病院", "診療所", "歯科診療所", "有床診療所", "無床診療所", "一般診療所"];

/** How a register writes a dentist's clinic, a 診療所 of 医療法 whose 歯科 the standard's kinds do not say; written as
 *  plainWords reads a cell (NFKC), so `診療所(歯科)` is also `診療所（歯科）`. */
const DENTAL_CLINIC = ["歯科診療所", "歯科", "診療所(歯科)"];

/** How a register that lists 医科 and 歯科 apart (as the 厚生局's do) writes a clinic that is no dentist's. */
const MEDICAL_CLINIC = ["医科診療所", "診療所(医科)"];

/** The kinds of bed of 医療法 (一般, 療養, 精神, 結核, 感染症), which registers give apart: as 一般病床数 … columns, or in one
 *  cell, `一般50床、療養30床`. */
const BED_KINDS = ["一般", "療養", "精神", "結核", "感染症"];

/** The 略称 the 地方厚生局's 保険医療機関 registers write departments by (内;外;耳い;整外, as 北海道's list publishes them),
 *  each the department it stands for: an app filtering on 内科 finds 内 otherwise never. Only whole items are read so.
 *  札幌市's 医療機関一覧 writes some shorter, and the newer 内科 / 外科 by theirs (整, 形, 泌, 耳, 消内, 循内, 消外, 乳外). */
const DEPARTMENT_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  内科: ["内"], 外科: ["外"], 小児科: ["小"], 皮膚科: ["皮"], 眼科: ["眼"], 精神科: ["精"], 神経科: ["神"], 放射線科: ["放"], 泌尿器科: ["ひ", "泌"],
  麻酔科: ["麻"], 呼吸器科: ["呼"], 消化器科: ["消"], 循環器科: ["循"], 胃腸科: ["胃"], 耳鼻いんこう科: ["耳い", "耳"], 産婦人科: ["産婦"], 産科: ["産"],
  婦人科: ["婦"], 整形外科: ["整外", "整"], 形成外科: ["形外", "形"], 脳神経外科: ["脳外"], 呼吸器外科: ["呼外"], 心臓血管外科: ["心外"], 小児外科: ["小外"],
  神経内科: ["神内"], 脳神経内科: ["脳内"], 呼吸器内科: ["呼内"], 心療内科: ["心内"], 皮膚泌尿器科: ["皮ひ"], こう門科: ["こう"],
  気管食道科: ["気食", "気"], リハビリテーション科: ["リハ", "リハビリ科"], 歯科: ["歯"], 矯正歯科: ["矯歯"], 小児歯科: ["小歯"], 歯科口腔外科: ["歯外"],
  病理診断科: ["病理", "病"], リウマチ科: ["リウ"], アレルギー科: ["アレ"], 救急科: ["救"],
  消化器内科: ["消内"], 循環器内科: ["循内"], 消化器外科: ["消外"], 乳腺外科: ["乳外"], 腫瘍内科: ["腫内"], 胃腸内科: ["胃内"],
};

/** What a cell of weekdays starts with: 月～金, 土・日・祝, 平日, 毎日, 第1・3土曜, 年中無休; a date never does. */
const WEEKDAY_WORDS = ["月", "火", "水", "木", "金", "土", "日", "祝", "平日", "毎日", "全日", "年中", "無休", "隔週", "第", "随時"];

// Old definition (A.1) plus the shared head and address block. 診療曜日, 診療開始時間, 診療終了時間 and 診療日時特記事項
// keep the shared keys available_days, start_time, end_time and availability_remarks. The old ◎ on 診療曜日, 診療科目,
// 病床数 … are ○ here: real registers leave them blank. Tokyo's extra 災害拠点分類 / 状況 stay in `extra`.
export const hospital = defineDataset({
  id: "hospital",
  number: "10",
  ja: "医療機関一覧",
  en: "Medical institutions",
  subjects_en: ["hospital", "clinic", "institution", "facility"],
  description_ja: "病院・診療所の一覧。医療機関の種類、診療科目、診療時間、病床数など。",
  description_en: "Hospitals and clinics: kind, departments, consultation hours and number of beds.",
  // lists of one kind of institution, by their title or file name (歯科診療所一覧 over 名称 | 所在地 | 電話番号): with 一覧, as
  // 診療所 or 病院 alone names a column (診療所名) or a row's kind in other lists; clinic as a file name writes it (高松市's clinic/)
  keywords: ["医療機関一覧", "医療機関", "病院一覧", "診療所一覧", "歯科診療所一覧", "歯科医院一覧", "医院一覧", "クリニック一覧", "clinic"],
  exclude_keywords: ["実施医療機関", "予防接種", "協力医療機関", "指定医療機関", "動物病院"],
  // 医療機関電話番号, 医療機関の所在地: the institution's own, beside the 開設者's
  subjects: ["医療機関"],
  closedByName: true,
  // 医療機関の種類 `休止中`, `病院（廃止）`: a closed institution, not a kind (before: published, with only a vocabulary warning).
  // Not its 備考: a list without a status column is read as it is whatever its cells say (closed-status.test.ts)
  closedByKind: ["facility_kind"],
  // 【病院】 over the hospitals; 診療所 is read by the beds (valueByCount)
  sectionKinds: [{ key: "facility_kind", words: /^(?:一般)?診療所$/u }],
  columns: [
    ...identity,
    ...replace(naming, col({ ...pick(naming, "name"), aliases: [...pick(naming, "name").aliases, "医療機関名", "医療機関名称", "医療機関の名称", "病院名", "診療所名", "診療所名称", "病院・診療所名",
      // MHLW's 医療情報ネット (01-1_hospital_facility_info): 正式名称 beside its 略称
      "正式名称"] }),
      // 医療機関 over 名称 | カナ (two header rows) joined: the institution is what a row names
      renamed(pick(naming, "name_kana"), { aliases: ["医療機関_カナ", "医療機関名_カナ", "医療機関名称_カナ", "医療機関_フリガナ"] })),
    col({ key: "facility_kind", ja: "医療機関の種類", en: "medicalInstitutionType", type: oneOf(["病院", "有床診療所", "無床診療所"]), requirement: "required",
      description: "病院/有床診療所/無床診療所 / hospital or clinic with or without beds", aliases: ["医療機関種別", "医療機関の区分", "医療機関区分", "種別", "機関区分"],
      // MHLW's 医療情報ネット codes (a 診療所 then read by its beds, valueByCount)
      codeTable: { headers: ["機関区分"], codes: { "1": "病院", "2": "診療所", "3": "歯科診療所" } },
      // a register's 区分 (病院, 診療所, 歯科診療所): 区分 alone may hold anything, its values tell
      // 高松市's LinkData table heads it alternativeName (病院, 有床診療所)
      valueAliases: { headers: ["区分", "alternativeName"], values: INSTITUTION_KINDS } }),
    // the 厚生局 register's header, as its 医療機関名称 is the name
    ...replace(location, renamed(pick(location, "full_address"), { aliases: ["医療機関所在地"] })), ...height,
    pick(contact, "phone_number"), pick(contact, "extension_number"), fax,
    ...omit(contact, "phone_number", "extension_number"),
    ...replace(operator, col({ key: "organization_name", ja: "法人の名称", en: "organizationName", type: text, requirement: "optional", aliases: ["団体名", "開設者", "法人名称",
      // 開設者 over 名称 | カナ (two header rows) joined; 開設者名 alone is no alias: every preschool and care register has one
      "開設者_名称", "establisher"] })),
    // 医療機関番号 is what the 厚生局's 保険医療機関 registers (a ward's usual source) head the code with
    col({ key: "medical_institution_code", ja: "医療機関コード", en: "medicalInstitutionCode", type: medicalInstitutionCode, requirement: "optional",
      description: "7桁（都道府県番号と点数表番号を付けた10桁も可）、文字列のまま / 7 digits (10 with the prefecture and fee table), kept as text",
      aliases: ["医療機関番号", "保険医療機関番号", "保険医療機関コード", "医療機関CD", "medicalCode"] }),
    col({ key: "available_days", ja: "診療曜日", en: "consultationDays", type: text, requirement: "recommended", aliases: ["利用可能曜日", "available_day", "availableDate"],
      // 診療日 (月～金) is the days; a 休日当番医 list's 診療日 of dates (2024/1/1, 1月3日（水）) is not, and stays in extra
      valueAliases: { headers: ["診療日", "診療日等"], values: WEEKDAY_WORDS }, markedBy: dayColumns("availability_remarks") }),
    col({ key: "start_time", ja: "診療開始時間", en: "startTime", type: hhmm, requirement: "recommended", overflow: "availability_remarks",
      // 診療日・診療時間 `月～金 9:00～17:00 土 9:00～12:00`: the hours, whose days give 診療曜日 when the file has none
      aliases: ["開始時間", "診療開始時刻", "診療時間", "受付時間", "診療日・診療時間", "診療日及び診療時間", "診療曜日・診療時間", "診療曜日・時間", "診療日・時間", "診療日時"] }),
    col({ key: "end_time", ja: "診療終了時間", en: "endTime", type: hhmm, requirement: "recommended", overflow: "availability_remarks",
      aliases: ["終了時間", "診療終了時刻"] }),
    col({ key: "availability_remarks", ja: "診療日時特記事項", en: "consultationRemarks", type: text, requirement: "optional",
      aliases: ["利用可能日時特記事項", "availableDateNote", "available_date_note"],
      labelledAliases: ["休診日", "休診"] }),
    // the nights and holidays a register heads it with (夜間・休日の対応 `救急外来あり`)
    col({ key: "after_hours", ja: "時間外における対応", en: "afterHoursService", type: text, requirement: "optional", aliases: ["時間外対応", "時間外の対応",
      "時間外診療", "夜間・休日対応", "夜間・休日の対応", "夜間休日対応", "休日・夜間対応", "休日・夜間の対応", "夜間・休日診療", "overtimeResponse"] }),
    col({ key: "departments", ja: "診療科目", en: "medicalDepartments", type: listOf(Object.keys(DEPARTMENT_ABBREVIATIONS), { variants: DEPARTMENT_ABBREVIATIONS }),
      // 高松市's LinkData table (medicalSubjects, establisher, overtimeResponse, medicalCode: the English of its schema)
      requirement: "recommended", aliases: ["診療科", "科名", "標榜科目", "標榜診療科", "標榜診療科目", "medicalSubjects", "medicalSubject"] }),
    // a register's beds by kind (医療法) are summed when no column gives the whole
    col({ key: "beds", ja: "病床数", en: "numberOfBeds", type: bedCount, requirement: "recommended",
      aliases: ["許可病床数", "病床数計", "病床数合計", "総病床数", "病床総数", "合計病床数"],
      // 一般病床 | 療養病床 … (病床数 left to the unit 床), and 病床数 over 一般 | 療養 | 計 (two header rows, joined) as 一般病床数 …
      partAliases: BED_KINDS.flatMap((bed) => [`${bed}病床数`, `${bed}病床`, `病床数_${bed}`]),
      countParts: Object.fromEntries(BED_KINDS.flatMap((bed) => [[bed, [bed]], [`${bed}病床`, [bed]]])) }),
    ...image, ...trailer,
  ],
  // 医療法 art. 1-5: a 診療所 has at most 19 beds; the register's 一般診療所 is any that is no 歯科診療所, which is a
  // 診療所 too (歯科 alone in this column), its 歯科 kept in 備考
  valueByCount: [{ key: "facility_kind", values: ["診療所", "一般診療所", ...MEDICAL_CLINIC, ...DENTAL_CLINIC], count: "beds",
    bands: [{ max: 0, value: "無床診療所" }, { max: 19, value: "有床診療所" }], noted: DENTAL_CLINIC }],
  // a register without the kind (a ward's own list: 医療機関名, 診療科, 病床数): art. 1-5 makes it by the beds, and art. 3
  // lets no 診療所 be named 病院 (病院分院 too); 〇〇病院附属診療所 ends in 診療所 and is read by its beds
  valueWhenEmpty: [{ key: "facility_kind", name: { key: "name", pattern: /病院(?:分院)?$/u, value: "病院" }, count: "beds",
    bands: [{ max: 0, value: "無床診療所" }, { max: 19, value: "有床診療所" }, { max: Number.POSITIVE_INFINITY, value: "病院" }],
    // a list of dentists or clinics with no beds to tell by (歯科診療所一覧: 名称, 所在地, 電話番号): each is a 診療所 of 医療法,
    // 有床 or 無床 unknown; a title naming 病院 too (病院・診療所一覧) is a list of either. 医科 or a 診療所 not a dentist's
    // beside 歯科 (医科・歯科診療所一覧) makes a list of both: 診療所
    listKinds: { unless: /病院/u, kinds: [{ words: /医科|(?<!歯科|デンタル)(?:診療所|クリニック)/u, value: "診療所" }, { words: /歯科|デンタル|dental/iu, value: "歯科診療所" }],
      // a name ending in 診療所 (高松市国民健康保険女木診療所) is one: 医療法 art. 3 lets nothing else be named so
      names: [{ pattern: /歯科|デンタル/u, value: "歯科診療所" }, { pattern: /診療所$/u, value: "診療所" }] } }],
});
export type HospitalRecord = z.infer<typeof hospital.record>;
