import type { z } from "zod";
import { contact, fax, height, hours, identity, image, location, naming, operator, trailer } from "../blocks.ts";
import { col, omit, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { line, providerNumber, serviceCapacity, text, textListOf } from "../types.ts";

// Column order of the new format as published (印西市 122319_care_service.csv); names are 介護サービス事業所名称*,
// keys stay `name*` so that apps find them in every dataset.
/** The services of the long-term care insurance (介護保険法), as lists name them: the headers of a list with one ○
 *  column per service. */
const CARE_SERVICES = [
  "訪問介護", "訪問入浴介護", "訪問看護", "訪問リハビリテーション", "居宅療養管理指導", "通所介護", "通所リハビリテーション",
  "短期入所生活介護", "短期入所療養介護", "特定施設入居者生活介護", "福祉用具貸与", "特定福祉用具販売", "居宅介護支援",
  "介護老人福祉施設", "介護老人保健施設", "介護医療院", "介護療養型医療施設", "定期巡回・随時対応型訪問介護看護", "夜間対応型訪問介護",
  "地域密着型通所介護", "認知症対応型通所介護", "小規模多機能型居宅介護", "認知症対応型共同生活介護", "地域密着型特定施設入居者生活介護",
  "地域密着型介護老人福祉施設入所者生活介護", "看護小規模多機能型居宅介護", "介護予防支援", "介護予防訪問入浴介護", "介護予防訪問看護",
  "介護予防訪問リハビリテーション", "介護予防通所リハビリテーション", "介護予防短期入所生活介護", "介護予防短期入所療養介護",
  "介護予防福祉用具貸与", "介護予防認知症対応型通所介護", "介護予防小規模多機能型居宅介護", "介護予防認知症対応型共同生活介護",
  // the 介護予防 services of before the 2017 総合事業 (介護予防訪問介護, 介護予防通所介護), still listed, and those of
  // 介護保険法 第8条の2 the names above leave out
  "介護予防訪問介護", "介護予防通所介護", "介護予防居宅療養管理指導", "介護予防特定施設入居者生活介護", "特定介護予防福祉用具販売",
  "介護予防特定福祉用具販売", "複合型サービス",
  "第1号訪問事業", "第1号通所事業", "訪問型サービス", "通所型サービス", "デイサービス", "ショートステイ", "グループホーム",
  "特別養護老人ホーム", "老人保健施設", "ホームヘルプ", "ケアマネジメント",
  // the short names ward lists head their ○ columns with (短期入所 covers 生活介護 and 療養介護, as ショートステイ does)
  "短期入所", "訪問リハ", "通所リハ", "特養", "老健", "小規模多機能", "看護小規模多機能", "看多機", "定期巡回",
  // 介護予防・日常生活支援総合事業, headed with its kind (総合事業（訪問型）): the standard has no wording of its own for it
  "総合事業",
];

export const care_service = defineDataset({
  id: "care_service",
  number: "09",
  ja: "介護サービス事業所一覧",
  en: "Long-term care service providers",
  subjects_en: ["office", "facility", "establishment"],
  description_ja: "介護保険サービスを提供する事業所の一覧。実施サービス、事業所番号、定員など。",
  description_en: "Providers of long-term care insurance services: service type, provider number and capacity.",
  keywords: ["介護サービス事業所", "介護サービス", "介護事業所", "介護", "KAIGO"],
  markLists: [{ key: "service_type", values: CARE_SERVICES }],
  // 事業所電話番号, 事業所所在地: the office's own, beside the 法人's
  subjects: ["事業所"],
  closedByName: true,
  // ■訪問介護 over the offices of that service
  sectionKinds: [{ key: "service_type" }],
  columns: [
    ...identity,
    col({ key: "name", ja: "介護サービス事業所名称", en: "name", type: line, requirement: "required",
      aliases: ["名称", "事業所名称", "事業所名", "事業所の名称", "施設・事業所名", "サービス事業所名", "介護サービス事業所名",
        // a list of 特別養護老人ホーム and other 施設 heads its 事業所 as the 施設 it is
        "施設名", "施設名称"],
      fallbackAliases: ["事業者名"] }),
    // the reading and the English name are the shared ones (フリガナ, ふりがな … as in every dataset), under this one's
    // names; 事業所 over 名称 | カナ (two header rows) joined is 事業所_カナ: the 事業所 is what a row names
    renamed(pick(naming, "name_kana"), { ja: "介護サービス事業所名称_カナ", aliases: ["事業所名称_カナ", "介護サービス事業所名称（カナ）", "事業所_カナ"] }),
    renamed(pick(naming, "name_en"), { ja: "介護サービス事業所名称_英字", aliases: ["名称_英字", "介護サービス事業所名称_英語"] }),
    // a service with what it also is in brackets (介護老人福祉施設（特別養護老人ホーム）) is that service, the cell kept in 備考;
    // brackets that name no service tell services apart (総合事業（訪問型）) and stay
    col({ key: "service_type", ja: "実施サービス", en: "serviceType", type: textListOf(CARE_SERVICES, { notes: "other_name",
      // the service named by its office (目黒区's 事業所種別 認知症対応型通所介護事業所, 居宅介護支援事業所): the service
      suffixes: ["事業所"] }), requirement: "required",
      aliases: ["サービスの種類", "サービス種別", "サービス種類", "サービス名", "サービス名称", "サービス区分", "提供サービス", "サービス内容", "種別",
        // the 介護保険 word before it, as 介護サービス情報公表 and many city lists head it
        "介護サービスの種類", "介護サービス種類", "介護サービス種別", "介護サービス名",
        // 高松市's LinkData tables (service, availableDate, availableDateNote: the English of their schema)
        "service", "services"],
      // a register kept as one sheet per service (訪問介護 | 通所介護 | …): a sheet of that name is that service's offices
      fromSheetName: { values: CARE_SERVICES } }),
    ...location, ...height,
    col({ ...pick(contact, "phone_number"), requirement: "required" }),
    pick(contact, "extension_number"), fax,
    ...omit(contact, "phone_number", "extension_number"),
    ...replace(operator, col({ key: "organization_name", ja: "法人の名称", en: "organizationName", type: text, requirement: "optional", aliases: ["団体名", "法人名", "法人名称", "事業者名", "運営法人", "運営法人名", "設置法人", "開設法人", "開設法人名", "運営主体", "設置主体"] })),
    col({ key: "provider_number", ja: "事業所番号", en: "providerNumber", type: providerNumber, requirement: "optional",
      description: "介護保険事業所番号（10桁、文字列のまま） / 10-digit provider number, kept as text", aliases: ["介護保険事業所番号", "介護保険事業者番号", "事業者番号", "指定事業所番号", "指定番号"] }),
    col({ ...pick(hours, "available_days"), aliases: [...pick(hours, "available_days").aliases, "サービス提供日", "サービス提供曜日", "availableDate"] }),
    // the standard has no hours here: a list's 営業時間 `8:30～17:30` (and its closed days, and 営業日・営業時間 `月～金
    // 9:00～17:00`) is the days' remark, after its header
    col({ key: "availability_remarks", ja: "利用可能曜日特記事項", en: "dateTimeRemarks", type: text, requirement: "optional",
      aliases: ["利用可能日時特記事項", "利用可能時間特記事項", "availableDateNote", "available_date_note"],
      labelledAliases: ["営業時間", "サービス提供時間", "利用時間", "開所時間", "営業日・営業時間", "営業日及び営業時間", "営業日時", "サービス提供日・時間",
        "サービス提供日・サービス提供時間", "サービス提供日時",
        // WAM's 障害福祉サービス等情報公表 file: the hours by kind of day
        "利用可能な時間帯（平日）", "利用可能な時間帯（土曜）", "利用可能な時間帯（日曜）", "利用可能な時間帯（祝日）",
        ...(pick(hours, "availability_remarks").labelledAliases ?? [])] }),
    // `20（空床型）`, `29（うち短期入所4）`: 備考 keeps what does not read
    // 0 for a service with no capacity (訪問介護, 居宅介護支援), as MHLW's file writes it
    col({ key: "capacity", ja: "定員", en: "capacity", type: serviceCapacity, requirement: "optional", overflow: "remarks", aliases: ["利用定員", "登録定員", "入所定員", "定員数", "総定員"] }),
    pick(trailer, "url"), ...image, pick(trailer, "remarks"),
  ],
  // a 事業所's services, one row each (each with its own サービス種類, and its own 事業所番号 when designated apart):
  // the 事業所's name, place and phone merged over them
  heldRecords: { holder: [...[...naming, ...location, ...operator].map((c) => c.key), "phone_number", "extension_number", "fax_number", "postal_code"],
    own: ["service_type", "provider_number"] },
  // サービス種類 11, 43: the サービス種類コード of a 介護保険 system, not the service's name
  namedNotCoded: ["service_type"],
});
export type CareServiceRecord = z.infer<typeof care_service.record>;
