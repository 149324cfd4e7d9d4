import type { z } from "zod";
import { access, barrierFree, contact, contactPoint, description, fees, height, hours, identity, image, location, naming, publisherCorporateNumber, trailer } from "../blocks.ts";
import { col, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { line, text } from "../types.ts";

// New rows 1–7 (法人番号 at No.2, 名称_英語) and the old definition for the rest (§3.11, A.1). Tokyo's extended
// 推奨 header adds 郵便番号 (in the standard's contact block, kept) and 料金要否, 駐車場_有無, 利用条件_*, 託児所_*,
// 画像_詳細, 最終確認日 (not in the standard: left to `extra`).
export const tourism = defineDataset({
  id: "tourism",
  number: "11",
  ja: "観光施設一覧",
  en: "Tourist attractions",
  subjects_en: ["spot", "facility"],
  description_ja: "観光施設・名所の一覧。説明、料金、利用時間、アクセス、バリアフリー情報など。",
  description_en: "Tourist facilities and sights: description, fees, opening hours, access and accessibility.",
  // KANKO, KANKOU: file names in romaji (kanko_spot.csv), as KAIGO, JINKO name theirs
  keywords: ["観光施設", "観光施設一覧", "観光スポット", "観光名所", "KANKO", "KANKOU"],
  columns: [
    pick(identity, "local_government_code"), publisherCorporateNumber, pick(identity, "id"), pick(identity, "local_government_name"),
    ...replace(naming, renamed(pick(naming, "name"), { aliases: ["観光施設名", "観光施設名称", "観光地名", "観光スポット名", "スポット名"] }),
      col({ key: "name_en", ja: "名称_英語", en: "nameEn", type: line, requirement: "recommended",
        aliases: ["名称_英字", "名称（英語）", "名称（英字）", "英語名称", "英語名", "name_english", "fullNameInRomaji"] })),
    col({ key: "poi_code", ja: "POIコード", en: "poiCode", type: text, requirement: "optional", aliases: ["poi", "POI_code"] }),
    ...location, ...height, ...hours, ...fees,
    // a sight's 説明 as guides head it (概要, 紹介文): tourism has no 概要 column of its own
    ...replace(description, col({ key: "description", ja: "説明", en: "description", type: text, requirement: "recommended",
      aliases: ["概要", "施設概要", "紹介", "紹介文", "施設紹介", "説明文"] })),
    ...access,
    barrierFree,
    ...contactPoint, pick(contact, "postal_code"),
    ...image, ...trailer,
  ],
  // a car park's or a boat hire's 500円(2時間) is a rate, no fee of one visit
  feeRatesByLength: true,
});
export type TourismRecord = z.infer<typeof tourism.record>;
