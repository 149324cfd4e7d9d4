import type { z } from "zod";
import { access, accessibility, babyCare, barrierFree, contact, description, height, hours, identity, image, location, naming, operator, trailer } from "../blocks.ts";
import { col, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { text } from "../types.ts";

// New-format sheet not retrieved (§3.1): old columns plus the shared head, address block and contact block, and the
// new format's 外部識別子 | 外部識別子の値 after POIコード and its marks after 説明 (車椅子可 … ベビーカー利用), as 市川市's
// 122033_public_facility.csv heads them.
// Tokyo's 推奨-era extras (駐車場_有無, 料金_要否, 料金(基本), 料金(詳細)) are not in the standard and stay in `extra`.
export const public_facility = defineDataset({
  id: "public_facility",
  number: "01",
  ja: "公共施設一覧",
  en: "Public facilities",
  subjects_en: ["facility", "office"],
  general: true,
  description_ja: "地方公共団体が設置・管理する公共施設（庁舎、図書館、体育館、公民館など）の一覧。",
  description_en: "Public facilities run by the local government: offices, libraries, gyms, community centres and so on.",
  keywords: ["公共施設", "公共施設一覧"],
  columns: [
    ...identity, ...naming,
    col({ key: "name_alias", ja: "名称_通称", en: "nameAlias", type: text, requirement: "optional", aliases: ["通称", "名称（通称）"] }),
    col({ key: "poi_code", ja: "POIコード", en: "poiCode", type: text, requirement: "optional",
      description: "行政基本情報データ連携モデルのPOIコード / POI code of the government base data model", aliases: ["poi", "POI_code"] }),
    // another register's identifier of the facility: the register, and the facility's identifier in it
    col({ key: "external_identifier", ja: "外部識別子", en: "externalIdentifier", type: text, requirement: "optional" }),
    col({ key: "external_identifier_value", ja: "外部識別子の値", en: "externalIdentifierValue", type: text, requirement: "optional" }),
    // the 団体名 of a facility is the body that manages it: its 指定管理者 or 運営法人 (not 管理者, often a section of the
    // municipality, or 所管課)
    ...location, ...height, ...contact, ...replace(operator, renamed(pick(operator, "organization_name"), { aliases: ["指定管理者", "運営法人", "運営法人名"] })), ...hours,
    description[0],
    barrierFree, ...accessibility, ...babyCare,
    ...access, ...image, ...trailer,
  ],
});
export type PublicFacilityRecord = z.infer<typeof public_facility.record>;
