import type { z } from "zod";
import { address, contact, coordinates, identity, naming, operator, trailer } from "../blocks.ts";
import { col, omit, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { isoDate, issuedNumber, text } from "../types.ts";

const date = <const K extends string>(key: K, ja: string, en: string, aliases: readonly string[] = []) =>
  col({ key, ja, en, type: isoDate, requirement: "optional", overflow: "remarks", aliases });

/** The kinds of business 食品衛生法施行令 names (第35条, since June 2021, and those before it) and the 届出 kinds not named
 *  …業: a sheet of that name holds that kind's permits. */
const BUSINESS_KINDS = [
  "飲食店営業", "調理の機能を有する自動販売機により食品を調理し、調理された食品を販売する営業", "食肉販売業", "魚介類販売業",
  "魚介類競り売り営業", "集乳業", "乳処理業", "特別牛乳搾取処理業", "食肉処理業", "食品の放射線照射業", "菓子製造業", "アイスクリーム類製造業",
  "乳製品製造業", "清涼飲料水製造業", "食肉製品製造業", "水産製品製造業", "氷雪製造業", "液卵製造業", "食用油脂製造業", "みそ又はしょうゆ製造業",
  "酒類製造業", "豆腐製造業", "納豆製造業", "麺類製造業", "そうざい製造業", "複合型そうざい製造業", "冷凍食品製造業", "複合型冷凍食品製造業",
  "漬物製造業", "密封包装食品製造業", "食品の小分け業", "添加物製造業",
  // before June 2021
  "喫茶店営業", "あん類製造業", "乳類販売業", "魚介類せり売営業", "魚肉ねり製品製造業", "食品の冷凍又は冷蔵業", "乳酸菌飲料製造業", "氷雪販売業",
  "マーガリン又はショートニング製造業", "みそ製造業", "醤油製造業", "ソース類製造業", "めん類製造業", "缶詰又は瓶詰食品製造業",
  // 届出
  "コンビニエンスストア", "百貨店、総合スーパー", "集団給食施設", "行商",
];

/** A sheet named as a kind of business is: a name ending in 営業 or 業 after two characters or more, but a 申請区分
 *  (新規営業, 継続営業), a state (休業, 廃業) or a word of any trade (事業, 作業, 企業, 産業). */
const BUSINESS_KIND_NAME = /^(?!.*(?:新規|継続|更新|休業|廃業|開業|事業|作業|企業|産業|全業))\S{2,}業$/u;

/** A heading over the permits of one kind of business (in NFKC without spaces): a kind as a sheet is named for it, with
 *  a note (飲食店営業(露店)). */
const BUSINESS_KIND_HEADING = { test: (words: string): boolean => {
  const kind = words.replace(/\([^()]{1,20}\)$/u, "");
  return BUSINESS_KINDS.includes(kind) || BUSINESS_KIND_NAME.test(kind);
} };

// New header (34 columns, 岡崎市/京都市/青梅市 files, §3.15): 施設名称 and 施設所在地_* keep the shared keys;
// the old 応用編 営業所* names are aliases (A.1, A.3). One dataset covers both food_business_all and food_business_new_* files.
export const food_business = defineDataset({
  id: "food_business",
  number: "15",
  ja: "食品等営業許可・届出一覧",
  en: "Food business permits and notifications",
  subjects_en: ["facility", "establishment", "shop", "store"],
  description_ja: "食品衛生法に基づく飲食店営業などの営業許可・届出の一覧。営業の種類、許可番号、許可期間など。",
  description_en: "Food business permits and notifications under the Food Sanitation Act: business type, permit number and validity.",
  keywords: ["食品等営業許可", "食品営業許可", "食品等営業届出"],
  columns: [
    ...identity,
    // the standard's 施設名称 (営業所名称) names the business, by its 屋号: a bare 施設名 beside 屋号 is the building it
    // is in (中野ブロードウェイ beside ラーメン中野一番), 施設方書; 施設の名称 beside 屋号 is the facility as the permit
    // names it (a building, a company's works), and the name on a row with no 屋号; so is the standard's own 施設名称 (and
    // the facility's other names, 営業所名称, 名称) beside an added 屋号
    renamed(pick(naming, "name"), { ja: "施設名称", aliases: ["営業所名称", "営業所の名称", "営業所名", "屋号", "営業施設の名称", "営業施設名", "営業施設の名称（屋号）",
      // MHLW's national file (食品衛生申請等システム, {code}_food_business_all.csv) and ledgers that join 屋号 to 営業所
      "営業施設名称、屋号又は商号", "営業所屋号名称", "営業所屋号", "屋号名称", "施設屋号"],
      yieldingAliases: [{ headers: ["施設名", "施設の名称", "施設名称", "名称", "営業所名称", "営業所の名称", "営業所名", "営業施設の名称", "営業施設名"], as: "general", standIn: true }] }),
    renamed(pick(naming, "name_kana"), { ja: "施設名称_カナ", aliases: ["営業所名称_カナ"] }),
    renamed(pick(naming, "name_en"), { ja: "施設名称_英字", aliases: ["施設名称_英語"] }),
    // not a text list: a cell's 、 may be inside one kind's name (百貨店、総合スーパー, as 日本標準産業分類 writes it)
    // a workbook may keep one sheet per kind (飲食店営業 | 菓子製造業 | …), its sheets with no 営業の種類 column
    col({ key: "business_type", ja: "営業の種類", en: "businessType", type: text, requirement: "required", numberedParts: true,
      aliases: ["業種", "営業種別", "許可業種", "営業業種", "許可の種類", "業種名", "営業許可の種類", "許可業種名", "業種区分", "業種区分名"], fromSheetName: { values: BUSINESS_KINDS, pattern: BUSINESS_KIND_NAME } }),
    // a ledger's 種目 (喫茶店, すし屋 under 飲食店営業) is the form of the business
    col({ key: "business_form", ja: "業態", en: "businessForm", type: text, requirement: "optional", aliases: ["種目", "種目又は業態", "種目または業態"] }),
    ...replace(address,
      renamed(pick(address, "full_address"), { aliases: ["営業所所在地", "施設所在地", "営業所の所在地", "営業施設の所在地", "営業所在地", "施設の所在地", "店舗所在地", "営業施設所在地"] }),
      renamed(pick(address, "prefecture"), { ja: "施設所在地_都道府県" }),
      renamed(pick(address, "city"), { ja: "施設所在地_市区町村" }),
      renamed(pick(address, "machiaza"), { ja: "施設所在地_町字" }),
      renamed(pick(address, "city_block"), { ja: "施設所在地_番地以下" }),
      renamed(pick(address, "building_name"), { ja: "施設方書", aliases: ["営業所方書", "営業施設方書"], fallbackAliases: ["施設名"] })),
    ...coordinates,
    renamed(pick(contact, "phone_number"), { ja: "施設電話番号", aliases: ["営業所電話番号", "営業施設電話番号"] }),
    ...omit(contact, "phone_number", "extension_number"),
    // 営業者氏名 names the 営業者, for a person the person's name: not published as a 法人名
    col({ ...pick(operator, "organization_name"), ja: "法人名", description: "営業者が法人の場合の法人名（個人の氏名は載せない） / the operator's name when a corporation (no person's name)",
      corporateOnly: true,
      aliases: ["法人の名称", "営業者氏名", "営業者", "営業者名", "営業者の氏名又は名称", "営業者氏名又は名称", "営業者の氏名", "営業者の名称", "営業者の氏名又は名称（法人にあってはその名称）",
        // 札幌市's list names the 営業者 by the application (申請者名)
        "申請者名", "申請者", "申請者氏名", "申請者の氏名又は名称"] }),
    pick(operator, "corporate_number"),
    // since the 2021 revision of 食品衛生法 a list gives 許可 and 届出 together, and the standard's 許可番号 and 許可年月日
    // hold both: a header of 許可・届出 (許可（届出）番号 reads the same), or of 届出 alone, is that column; a 届出 column
    // beside the 許可 one holds the notifications' rows, read where the 許可 cell is blank
    // a 届出 has no number: `届出` in the cell is kept in 備考, not published as one
    col({ key: "permit_number", ja: "許可番号", en: "permitNumber", type: issuedNumber, requirement: "optional",
      aliases: ["許可番号等", "営業許可番号", "指令番号", "許可指令番号", "許可・届出番号", "許可番号・届出番号", "許可又は届出番号", "許可/届出番号"],
      yieldingAliases: [{ headers: ["届出番号", "届出受理番号"], as: "alternate", standIn: true }] }),
    date("first_permit_date", "初回許可年月日", "firstPermitDate", ["初回許可日", "当初許可年月日", "当初許可日"]),
    col({ ...date("permit_date", "許可年月日", "permitDate", ["許可日", "営業許可年月日", "営業許可日", "許可・届出年月日", "許可年月日・届出年月日",
      "許可又は届出年月日", "許可/届出年月日", "許可・届出日"]),
      yieldingAliases: [{ headers: ["届出年月日", "届出日", "届出受理日", "届出受理年月日"], as: "alternate", standIn: true }] }),
    date("permit_start_date", "許可開始日", "permitStartDate", ["有効期間開始日", "許可始期"]),
    date("permit_expiry_date", "許可満了日", "permitExpiryDate", ["有効期間満了日", "許可の有効期間満了日", "有効期間の満了日", "有効期間満了年月日", "許可満了年月日", "許可期限", "許可期限日", "有効期限", "有効期限日", "許可の有効期限", "許可有効期限", "有効期間", "許可の有効期間", "許可有効期間", "許可期間", "許可終期", "許可終了日"]),
    date("closure_date", "廃業年月日", "closureDate", ["廃業日"]),
    col({ key: "application_type", ja: "申請区分", en: "applicationType", type: text, requirement: "optional", description: "新規/継続… / new, renewal …" }),
    col({ key: "permit_conditions", ja: "許可条件", en: "permitConditions", type: text, requirement: "optional" }),
    pick(trailer, "remarks"),
  ],
  // a business's permits, one row each (飲食店営業, then 菓子製造業): the business's cells merged over them
  heldRecords: { holder: [...[...naming, ...address, ...coordinates, ...operator].map((c) => c.key), "phone_number", "postal_code"],
    own: ["business_type", "permit_number"] },
  // 【飲食店営業】 over the permits of that kind
  sectionKinds: [{ key: "business_type", words: BUSINESS_KIND_HEADING }],
  dateOrder: [["first_permit_date", "permit_date"], ["permit_date", "permit_expiry_date"], ["permit_start_date", "permit_expiry_date"]],
});
export type FoodBusinessRecord = z.infer<typeof food_business.record>;
