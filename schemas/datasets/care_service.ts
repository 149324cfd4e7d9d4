import type { z } from "zod";
import { contact, fax, height, identity, image, location, operator, trailer } from "../blocks.ts";
import { col, omit, pick, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { integer, text } from "../types.ts";

// Column order of the new format as published (印西市 122319_care_service.csv); names are 介護サービス事業所名称*,
// keys stay `name*` so that apps find them in every dataset.
export const care_service = defineDataset({
  id: "care_service",
  number: "09",
  ja: "介護サービス事業所一覧",
  en: "Long-term care service providers",
  description_ja: "介護保険サービスを提供する事業所の一覧。実施サービス、事業所番号、定員など。",
  description_en: "Providers of long-term care insurance services: service type, provider number and capacity.",
  keywords: ["介護サービス事業所", "介護サービス"],
  columns: [
    ...identity,
    col({ key: "name", ja: "介護サービス事業所名称", en: "name", type: text, requirement: "required", aliases: ["名称", "事業所名称", "事業所名"] }),
    col({ key: "name_kana", ja: "介護サービス事業所名称_カナ", en: "nameKana", type: text, requirement: "recommended",
      aliases: ["名称_カナ", "事業所名称_カナ", "介護サービス事業所名称（カナ）"] }),
    col({ key: "name_en", ja: "介護サービス事業所名称_英字", en: "nameEn", type: text, requirement: "recommended",
      aliases: ["名称_英字", "名称_英語", "介護サービス事業所名称_英語"] }),
    col({ key: "service_type", ja: "実施サービス", en: "serviceType", type: text, requirement: "required", aliases: ["サービスの種類", "サービス種別"] }),
    ...location, ...height,
    col({ ...pick(contact, "phone_number"), requirement: "required" }),
    pick(contact, "extension_number"), fax,
    ...omit(contact, "phone_number", "extension_number"),
    ...replace(operator, col({ key: "organization_name", ja: "法人の名称", en: "organizationName", type: text, requirement: "optional", aliases: ["団体名", "法人名"] })),
    col({ key: "provider_number", ja: "事業所番号", en: "providerNumber", type: text, requirement: "optional",
      description: "介護保険事業所番号（10桁、文字列のまま） / 10-digit provider number, kept as text", aliases: ["介護保険事業所番号"] }),
    col({ key: "available_days", ja: "利用可能曜日", en: "availableDays", type: text, requirement: "optional", aliases: ["available_day"] }),
    col({ key: "availability_remarks", ja: "利用可能曜日特記事項", en: "dateTimeRemarks", type: text, requirement: "optional",
      aliases: ["利用可能日時特記事項", "利用可能時間特記事項"] }),
    col({ key: "capacity", ja: "定員", en: "capacity", type: integer, requirement: "optional", aliases: ["利用定員"] }),
    pick(trailer, "url"), ...image, pick(trailer, "remarks"),
  ],
});
export type CareServiceRecord = z.infer<typeof care_service.record>;
