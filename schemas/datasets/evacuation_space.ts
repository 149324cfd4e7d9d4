import type { z } from "zod";
import { contact, identity, image, location, naming, trailer } from "../blocks.ts";
import { col, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { list, localGovernmentCode, mark, metresAboveSea, text } from "../types.ts";

// 災害種別_* and 指定避難所との重複 are ◎ in the sheet, but their value is `1` or empty (empty = not designated):
// a blank cell is a valid "no" (kind mark: false), so they are not null-rejecting columns here.

/** The hazards of 03, each with the other words that name it: in a list cell (対象災害 `洪水、地震、大規模な火事`) and as a
 *  column's header, with or without 災害種別_ before it (GSI's 指定緊急避難場所データ heads its columns 洪水, 地震 …; a
 *  merged 災害種別 over 崖崩れ | 火災 joins as 災害種別_崖崩れ). The landslide's parts (崖崩れ, 土石流, 地滑り) each name it
 *  alone; `parts`: words of such parts, whose columns side by side (崖崩れ | 土石流 | 地滑り) are together the one column
 *  (yes when any is, Column.partAliases). The standard keeps 洪水 and 内水氾濫 apart: they are no parts of one.
 *  `byValues`: words that name the hazard in a list or under 災害種別, but too loose for a header alone (火災 alone is a
 *  large fire among hazards; a column 火災 could hold anything): such a column is the hazard when its cells read as
 *  marks (column-by-values.ts). */
const HAZARDS = [
  // English headers (LinkData tables, 高松市: flood_L1 | flood_L2 | inundation | sedimentDisaster | stormSurge | tunami | fire |
  // earthquake, ○ / △ / ×) name the hazards in English words, tunami in 訓令式; its flood by two scales of rain (L1 the
  // planned, L2 the largest expected) are parts of the one column
  { key: "hazard_flood", ja: "洪水", en: "typeOfDisasterFlood", words: ["外水氾濫", "外水はん濫", "flood"], parts: ["flood_L1", "flood_L2", "洪水L1", "洪水L2"] },
  { key: "hazard_landslide", ja: "崖崩れ、土石流及び地滑り", en: "typeOfDisasterLandslide",
    // 崖崩れ等, 土砂災害等: short names of the three (崖崩れ、土石流及び地滑り) on ward lists
    words: ["崖崩れ・土石流及び地滑り", "崖崩れ・土石流・地滑り", "がけ崩れ・土石流・地すべり", "崖崩れ等", "がけ崩れ等", "土砂災害", "土砂災害等", "土砂",
      "崖崩れ", "がけ崩れ", "土石流", "地滑り", "地すべり", "landslide", "sedimentDisaster", "sediment_disaster"],
    parts: ["崖崩れ", "がけ崩れ", "土石流", "地滑り", "地すべり"] },
  { key: "hazard_storm_surge", ja: "高潮", en: "typeOfDisasterStormSurge", words: ["stormSurge", "storm_surge"] },
  { key: "hazard_earthquake", ja: "地震", en: "typeOfDisasterEarthquake", words: ["地震(火災)", "earthquake"] },
  { key: "hazard_tsunami", ja: "津波", en: "typeOfDisasterTsunami", words: ["tsunami", "tunami"] },
  { key: "hazard_large_fire", ja: "大規模な火事", en: "typeOfDisasterLargeFire", words: ["大規模な火災", "大規模火事", "大規模火災", "大火災", "largeFire", "large_fire"],
    byValues: ["大火", "火災", "火事", "fire"] },
  { key: "hazard_inland_flood", ja: "内水氾濫", en: "typeOfDisasterInlandFlood", words: ["内水はん濫", "内水はんらん", "内水", "inlandFlood", "inland_flood", "inundation"] },
  { key: "hazard_volcano", ja: "火山現象", en: "typeOfDisasterEruption", words: ["火山", "噴火", "volcano", "eruption"] },
] as const satisfies ReadonlyArray<{ key: string; ja: string; en: string; words: readonly string[]; byValues?: readonly string[];
  parts?: readonly string[] }>;

type Hazard = (typeof HAZARDS)[number];

/** Headers of a 指定避難所 list's column that says the shelter is a 指定緊急避難場所 too: no list of sites has one. */
const SITE_TOO = ["指定緊急避難場所との住所同一", "指定緊急避難場所との重複", "指定緊急避難場所との重複の有無", "緊急避難場所との住所同一", "緊急避難場所との重複",
  "指定緊急避難場所を兼ねる", "指定緊急避難場所兼用", "緊急避難場所兼用"];
/** Headers of a column of marks that says a place is a 指定緊急避難場所 (○ on its row). */
const SITE_MARKS = ["指定緊急避難場所", "緊急避難場所", "指定緊急避難場所の指定", "緊急避難場所の指定", "指定緊急避難場所の有無", "指定緊急避難場所の指定の有無",
  "緊急避難場所の指定の有無"];

const looseWords = (h: Hazard): readonly string[] => ("byValues" in h ? h.byValues : []);
/** The words that name a hazard in a header, with 災害 after it too (洪水災害, 地震災害, as 札幌市's lists write them). */
const hazardWords = (h: Hazard): readonly string[] => [h.ja, ...h.words].flatMap((w) => (w.endsWith("災害") || /^[\x20-\x7e]+$/.test(w) ? [w] : [w, `${w}災害`]));
/** Such a column of marks for one hazard, the hazard in brackets after it (`指定緊急避難場所の指定の有無(洪水災害)`,
 *  `指定緊急避難場所（大規模な火事）`, as 札幌市 heads its lists; also `指定緊急避難場所_洪水`, joined from two header rows):
 *  the hazard's column, so that a site's × there says it is not designated for that hazard, never that it is no site. */
const markedForHazard = (h: Hazard): string[] => SITE_MARKS.flatMap((site) => hazardWords(h).map((w) => `${site}（${w}）`));
const partWords = (h: Hazard): readonly string[] => ("parts" in h ? h.parts : []);

const hazard = <const H extends Hazard>(h: H) =>
  col({ key: h.key, ja: `災害種別_${h.ja}`, en: h.en, type: mark, requirement: "recommended", description: "1 = 対象、空欄 = 対象外 / 1 = designated, empty = not",
    aliases: [`災害種別（${h.ja}）`, ...hazardWords(h).flatMap((w) => [`災害種別_${w}`, w]), ...looseWords(h).map((w) => `災害種別_${w}`), ...markedForHazard(h)],
    ...(looseWords(h).length === 0 ? {} : { valueAliases: { headers: looseWords(h), values: "read" } as const }),
    ...(partWords(h).length === 0 ? {} : { partAliases: partWords(h).flatMap((w) => [w, `災害種別_${w}`]) }) });

const publisherCode = pick(identity, "local_government_code");

export const evacuation_space = defineDataset({
  id: "evacuation_space",
  number: "03",
  ja: "指定緊急避難場所一覧",
  en: "Designated emergency evacuation sites",
  subjects_en: ["site", "shelter", "facility"],
  description_ja: "災害対策基本法に基づく指定緊急避難場所（災害種別ごとの指定）の一覧。指定避難所とは別。",
  description_en: "Designated emergency evacuation sites under the Disaster Countermeasures Basic Act, per hazard type (not shelters).",
  keywords: ["指定緊急避難場所", "緊急避難場所", "避難場所"],
  // 備考 `廃止`, `改修工事のため使用不可`: a site no one can flee to; not 閉鎖 or 閉館 (a shelter list's 閉鎖 is of its
  // opening in a disaster, state-words.ts)
  closedByRemarks: { keys: ["remarks", "availability_remarks"], notStates: ["閉鎖", "閉館"], subjects: ["避難場所", "避難所", "施設"] },
  // 指定避難所 (災対法49条の7, where people stay) are no 指定緊急避難場所 (49条の4, where they flee to): the standard has
  // no list of them (§0), and a list of them is no 03
  exclude_keywords: ["指定避難所", "福祉避難所", "避難所"],
  // a ward's 避難所・避難場所一覧 says each row's kind: a row of a 指定避難所 alone is no 指定緊急避難場所 (a shelter an app
  // would show as a site to flee to); 広域避難場所, 一時避難場所 are 避難場所
  otherListRows: { headers: ["種別", "区分", "分類", "種類", "施設種別", "施設区分", "指定区分", "指定種別", "避難所種別", "避難施設種別", "避難所区分",
    "避難場所種別", "避難所・避難場所の別", "避難所・避難場所区分"],
  own: ["指定緊急避難場所", "緊急避難場所", "避難場所"], other: ["指定避難所", "福祉避難所", "避難所"],
  // 指定緊急避難場所 | 指定避難所, a column of ○ each: the first blank says the row is a shelter only
  marks: [...SITE_MARKS,
    // a 指定避難所 list's column that says the shelter is a site too (GSI's 指定避難所データ: 1 when at a site's address)
    ...SITE_TOO],
  list: { name: "指定避難所一覧", headers: SITE_TOO, unless: HAZARDS.map((h) => h.key) },
  // 種別 `指定緊急避難場所・指定避難所`: the site is a shelter too (指定避難所との重複); `指定緊急避難場所` alone says nothing
  both: "also_designated_shelter" },
  listedFlags: [{
    headers: ["対象災害", "対象となる災害", "対象とする災害", "対象災害種別", "災害種別", "災害の種類", "対応災害", "適用災害", "指定災害",
      "指定災害種別", "避難対象災害", "対象とする異常な現象", "対象とする異常な現象の種類", "対象となる異常な現象", "異常な現象の種類",
      // the hazards a ward expects at the site (想定災害 on ward lists) are those it is designated for
      "想定災害", "想定される災害", "想定する災害", "想定災害種別", "対象となる災害種別"],
    flags: HAZARDS.map((h) => ({ key: h.key, words: [h.ja, ...h.words, ...looseWords(h)] })),
    // a site for every hazard; `全災害（火山現象を除く）` and `洪水以外の全ての災害` every one but those named (each a word
    // of a hazard, listed-flags.ts allBut); `地震・洪水以外全て`, `全災害（地震時は除く）` are not read (warned)
    all: ["すべて", "全て", "全部", "全災害", "全ての災害", "すべての災害", "全災害対象", "全て対象", "すべて対象", "全種別"],
  }],
  columns: [
    // 市区町村コード is a column of its own here (設置主体), so it is no alias of 全国地方公共団体コード.
    col({ ...publisherCode, aliases: publisherCode.aliases.filter((a) => a !== "市区町村コード" && a !== "市町村コード" && a !== "Municipality Code") }),
    // GSI's 指定緊急避難場所データ numbers its sites 共通ID (13206-001)
    renamed(pick(identity, "id"), { aliases: ["共通ID"] }),
    ...replace(naming, renamed(pick(naming, "name"), {
      // 避難所名 heads a ward's list of sites that are shelters too: the name when the file is chosen as this dataset
      // (--dataset), though it alone makes no list one (detect.ts hasItsCore)
      aliases: ["避難場所名", "避難場所名称", "施設・場所名", "避難所名", "避難所名称"],
      // 避難場所 heads the sites' names in a list of them (避難場所 | 所在地 | 対象町丁目), and a column of ○ / × in a list
      // of facilities that says which are sites: the name only when no header names it and its cells are no marks
      valueAliases: { headers: ["避難場所", "緊急避難場所", "広域避難場所", "一時避難場所", "一時集合場所"], values: "words" } })), ...location,
    col({ key: "elevation_m", ja: "標高", en: "height", type: metresAboveSea, requirement: "optional", description: "メートル / metres", aliases: ["標高(m)", "標高（m）",
      // 海抜 (the height of ward signs at sites by the sea and rivers) is the same height over 東京湾平均海面
      "海抜", "海抜高", "elevation", "altitude"] }),
    ...replace(contact, renamed(pick(contact, "phone_number"), { en: "contactPointPhoneNumber", requirement: "required" })),
    col({ key: "municipality_code", ja: "市区町村コード", en: "municipalityCode", type: localGovernmentCode, requirement: "required",
      description: "設置主体の市区町村コード / code of the municipality that designated the site", aliases: ["市町村コード"] }),
    pick(identity, "local_government_name"),
    ...HAZARDS.map(hazard),
    col({ key: "also_designated_shelter", ja: "指定避難所との重複", en: "alsoForShelter", type: mark, requirement: "recommended",
      description: "1 = 指定避難所を兼ねる / 1 = also a designated shelter",
      aliases: ["指定避難所との重複の有無", "指定避難所との住所同一", "指定避難所と重複", "避難所との重複", "指定避難所", "指定避難所を兼ねる", "指定避難所兼用", "避難所兼用"],
      // a cell naming the shelter it also is says yes; a 福祉避難所 is a 指定避難所 too (指定福祉避難所, 災対法49条の7)
      flagWords: { subjects: ["避難所", "福祉避難所", "指定福祉避難所"] } }),
    col({ key: "max_capacity", ja: "想定収容人数", en: "maxCapacity", type: text, requirement: "recommended",
      description: "自由記述（例: 810人（2平方メートルあたり1人）） / free text, e.g. 810 people (1 per 2 m²)",
      aliases: ["収容人数", "収容可能人数", "収容人員", "収容可能人員", "想定収容人員", "収容想定人数", "収容想定人員", "受入可能人数", "受入れ可能人数", "capacity", "maxCapacity"] }),
    col({ key: "target_communities", ja: "対象となる町会・自治会", en: "receptionTargetLocalCommunity", type: list, requirement: "recommended",
      aliases: ["residentsAssociation", "対象となる地区", "対象町会・自治会", "対象地区", "対象地域", "対象町会", "対象町丁目", "対象町丁", "対象町名", "対象区域"] }),
    pick(trailer, "url"), ...image, pick(trailer, "remarks"),
  ],
});
export type EvacuationSpaceRecord = z.infer<typeof evacuation_space.record>;
