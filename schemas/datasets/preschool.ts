import type { z } from "zod";
import { access, babyCare, contact, fax, height, hours, identity, image, location, naming, operator, trailer } from "../blocks.ts";
import { col, omit, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { flag, headCount, hhmm, isoDate, text } from "../types.ts";

/** The kinds a nursery list heads its sections with (【認可保育所】, ■区立保育園, ＜小規模保育事業A型＞, 認定こども園（幼保
 *  連携型）), in NFKC without spaces: who runs the place or how it is approved, then the kind of place. A nursery's own
 *  name (さくら保育園) is none. */
const SECTION_KINDS = /^(?:(?:区|市|町|村|都)立|公立|私立|公設民営|民間|認可外?|認証|小規模|家庭的|事業所内|居宅訪問型|企業主導型|定期利用|地域型|幼保連携型|幼稚園型|保育所型|地方裁量型|認定)*(?:保育所|保育園|幼稚園|こども園|保育(?:事業所?|施設|室)|家庭福祉員|保育ママ|児童館|児童センター|学童クラブ|学童保育|ベビーホテル|子育てひろば|子育て広場|子育て支援センター)(?:[ABC]型)?等?(?:\([^()]{1,12}\))?$/u;

/** What a cell of a nursery list's kind starts with (認可保育所, 認証保育所, 幼稚園, 区立保育園, 小規模保育事業A型): who runs
 *  the place or how it is approved, or the kind of place. A column headed 区分 (or 分類) is 種別 when its cells all do. */
const FACILITY_KINDS = ["認可", "認証", "東京都認証", "認定", "こども園", "幼保連携", "幼稚園", "保育所", "保育園", "小規模保育", "家庭的保育", "家庭福祉員", "保育ママ",
  "事業所内保育", "居宅訪問型", "企業主導型", "地域型保育", "定期利用", "区立", "市立", "町立", "村立", "都立", "公立", "私立", "公設民営", "児童館",
  "児童センター", "学童", "ベビーホテル", "子育てひろば", "子育て広場", "子育て支援"];

/** Who runs a nursery, written alone in a cell: no kind of place (区立保育園 is one). */
const OWNERS = ["区立", "市立", "町立", "村立", "都立", "国立", "公立", "私立", "民間", "公設公営", "公設民営", "民設民営", "社会福祉法人", "株式会社",
  "学校法人", "NPO法人", "宗教法人"];

// Column order of the new format as published (印西市 122319_preschool.csv), old 推奨 names as aliases (A.1).
export const preschool = defineDataset({
  id: "preschool",
  number: "05",
  ja: "子育て施設一覧",
  en: "Childcare facilities",
  subjects_en: ["facility", "school", "nursery"],
  description_ja: "保育所、幼稚園、認定こども園、児童館など子育て施設の一覧。定員、受入年齢、一時預かりなど。",
  description_en: "Nurseries, kindergartens, certified childcare centres and children's halls: capacity, ages, temporary care.",
  keywords: ["子育て施設", "子育て施設一覧", "保育園", "保育所", "幼稚園", "こども園", "保育施設", "YOUCHIEN", "HOIKUEN", "HOIKUSHO", "HOIKUJO", "KODOMOEN"],
  // 定員 split by age (定員 over 0歳 … 5歳, 0歳児定員 …): the capacity is their sum
  // 〇〇保育園（休園中）: the nursery itself
  closedByName: true,
  // 種別 `休園中`, `認可保育所（休園中）`; 備考 `休園中`, `令和6年3月31日で閉園`: the nursery itself closed
  closedByKind: ["facility_type"],
  closedByRemarks: { keys: ["remarks"], subjects: ["園", "保育園", "保育所", "施設"] },
  // 【認可保育所】 over the nurseries of that kind
  sectionKinds: [{ key: "facility_type", words: SECTION_KINDS }],
  // a 居宅訪問型保育事業 cares for a child in the child's own home: it has no place of its own to give as 所在地
  notRequiredFor: [{ keys: ["full_address"], when: ["facility_type"], words: ["居宅訪問型"] }],
  // papamama's Close is when the place closes, its extended care included, which its Memo tells (延長保育18-19時)
  extendedCareNotes: ["remarks", "availability_remarks"],
  // and its Extra (さっぽろ's 延長) says which nurseries have extended care, their Close then its end
  extendedCareFlags: ["Extra", "延長"],
  bands: { columns: [{ key: "capacity", from: 0, to: 5, group: "capacity" }], groups: { capacity: ["定員", "収容定員", "利用定員", "定員数", "児定員"] } },
  columns: [
    ...identity,
    ...replace(naming, col({ ...pick(naming, "name"), aliases: [...pick(naming, "name").aliases, "園名", "保育園名", "幼稚園名", "保育所名", "保育施設名", "こども園名", "園の名称"] })),
    col({ key: "facility_type", ja: "種別", en: "facilityType", type: text, requirement: "recommended",
      description: "公立幼稚園/私立幼稚園/認可保育所/認定こども園… / kind of facility", aliases: ["施設種別", "種類", "施設区分", "施設の種類", "施設の種別", "施設類型",
        // papamama's nursery lists (Type: 認可保育所, 認可外, 幼稚園)
        "Type"],
      // 類型 too when its cells are kinds (目黒区's 認証保育所 list: 東京都認証保育所)
      valueAliases: { headers: ["区分", "分類", "類型"], values: FACILITY_KINDS },
      // 種別 of 区立 / 私立 beside 施設種別 of 認可保育園 (港区's list): the first says who runs the place, not its kind
      notItsValues: OWNERS }),
    // papamama's nursery lists (the civic-tech 保育園マップ) give the address as Add1 | Add2 (住所１ | 住所２): the
    // municipality, then the rest
    ...replace(location, col({ ...pick(location, "full_address"), numberedLines: ["Add"] })), ...height, ...access,
    pick(contact, "phone_number"), pick(contact, "extension_number"), fax,
    ...omit(contact, "phone_number", "extension_number"),
    // the 団体名 of a 保育園 is the 法人 that runs it, as ward lists head it
    ...replace(operator, renamed(pick(operator, "organization_name"), { aliases: ["運営法人", "運営法人名", "法人名", "運営主体", "設置者", "Owner"] })),
    col({ key: "approval_date", ja: "認可等年月日", en: "approvalDate", type: isoDate, requirement: "optional", overflow: "remarks", aliases: ["認可年月日"] }),
    // 定員 cells carry breakdowns and notes (`60名（うち0歳児6名）`, `弾力化により65`): 備考 keeps what does not read
    col({ key: "capacity", ja: "収容定員", en: "capacity", type: headCount, requirement: "optional", overflow: "remarks",
      aliases: ["定員", "認可定員", "利用定員", "定員数", "総定員", "定員計", "定員合計", "利用定員計", "入所定員", "Full"] }),
    col({ key: "accepted_ages", ja: "受入年齢", en: "acceptedAges", type: text, requirement: "optional", aliases: ["受入れ年齢", "対象年齢"] }),
    // 延長保育 `～20:15`: the hours past closing, no column of the standard, after its header in the remarks
    // 保育時間 `7:00～18:00`, 保育日 `月～土`: a nursery's hours and days as ward lists head them
    ...replace(hours, col({ ...pick(hours, "availability_remarks"),
      labelledAliases: [...(pick(hours, "availability_remarks").labelledAliases ?? []), "延長保育", "延長保育時間", "延長時間"] }),
    renamed(pick(hours, "start_time"), { aliases: ["保育時間", "開所日・開所時間", "保育日・保育時間", "開所日時"] }), renamed(pick(hours, "available_days"), { aliases: ["保育日"] }),
    // 終園時間: papamama's lists with Japanese headers (さっぽろ保育園マップ)
    renamed(pick(hours, "end_time"), { aliases: ["終園時間"] })),
    col({ key: "temporary_care", ja: "一時預かりの有無", en: "temporaryCare", type: flag, requirement: "optional", aliases: ["一時預かり", "一時保育", "一時保育の有無", "一時預かり事業",
      // papamama's Temp (Y) and its Japanese header 一時
      "Temp", "一時"] }),
    col({ key: "childcare_fee_type", ja: "子供預かり料金種別", en: "childcareFeeType", type: text, requirement: "optional" }),
    col({ key: "childcare_fee", ja: "子供預かり料金", en: "childcareFee", type: text, requirement: "optional" }),
    col({ key: "childcare_fee_remarks", ja: "子供預かり料金備考", en: "childcareFeeRemarks", type: text, requirement: "optional" }),
    col({ key: "childcare_start_time", ja: "子供預かり開所時間", en: "childcareStartTime", type: hhmm, requirement: "optional" }),
    col({ key: "childcare_end_time", ja: "子供預かり閉所時間", en: "childcareEndTime", type: hhmm, requirement: "optional" }),
    col({ key: "sick_child_care", ja: "病児保育の有無", en: "sickChildCare", type: flag, requirement: "optional", aliases: ["病児保育", "病児・病後児保育", "病児保育事業"] }),
    ...babyCare,
    pick(trailer, "url"), ...image, renamed(pick(trailer, "remarks"), { aliases: ["Memo"] }),
  ],
});
export type PreschoolRecord = z.infer<typeof preschool.record>;
