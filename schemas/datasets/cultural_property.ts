import type { z } from "zod";
import { contact, description, height, hours, identity, image, location, naming, operator, trailer } from "../blocks.ts";
import { col, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { integer, isoDate, line, listBoundBy, namedInBrackets, text } from "../types.ts";

/** Who designates or registers a property (国, 都, 区 …; 県, 道, 府 in other prefectures' lists and in a Tokyo list's
 *  neighbours' properties), and how (指定 first: most lists are of designated ones). */
const BODIES = ["国", "都", "道", "府", "県", "区", "市", "町", "村"];
const ACTS = ["指定", "登録", "選定", "選択"];
/** Who designated or registered a property: 国指定, 都登録, 市選定 … (the start of a 文化財分類 cell). */
const DESIGNATIONS = BODIES.flatMap((by) => ACTS.map((act) => `${by}${act}`));
/** A heading over the properties of one designation (in NFKC without spaces), kept as a 文化財分類 cell is: 国指定文化財,
 *  都指定, 区指定有形文化財, 国登録有形文化財（建造物）. No digit: 区指定文化財一覧（令和6年4月1日現在） is a title. */
const DESIGNATION_HEADING = new RegExp(`^(?:${BODIES.join("|")})(?:${ACTS.join("|")})[^0-9()]{0,16}(?:\\([^0-9()]{1,12}\\))?$`, "u");

/** A kind of property as a list's headings name it (種類, in NFKC without spaces): 有形文化財, 史跡, 有形文化財(建造物),
 *  有形・彫刻, 記念物・天然記念物, 民俗文化財(無形). Not 文化財 alone, nor with a designation (国指定史跡: a 文化財分類). */
const KIND = "(?:有形|無形)(?:民俗)?文化財|民俗文化財|有形|無形|民俗|記念物|(?:特別)?(?:史跡|名勝|天然記念物)|旧跡|史跡名勝天然記念物|(?:重要)?文化的景観"
  + "|伝統的建造物群(?:保存地区)?|建造物|美術工芸品|絵画|彫刻|工芸品|書跡|典籍|古文書|考古資料|歴史資料|芸能|工芸技術|民俗芸能|風俗慣習|民俗技術";
/** The kinds one designation is given together (特別史跡及び特別名勝: 小石川後楽園, 浜離宮恩賜庭園), written once over them in
 *  a 文化財分類 cell (国指定特別史跡・特別名勝). */
const KINDS_DESIGNATED_TOGETHER = ["史跡", "名勝", "天然記念物", "特別史跡", "特別名勝", "特別天然記念物", "旧跡"];
/** The classes the 文化財保護法 designates under (a 文化財分類's words after 国指定), which a 種類 cell may be alone (史跡);
 *  not 登録有形文化財, which says its act itself, nor a kind (建造物, 絵画), which names no class. */
const CLASSES = ["有形文化財", "無形文化財", "民俗文化財", "有形民俗文化財", "無形民俗文化財", "重要文化財", "重要無形文化財", "重要有形民俗文化財",
  "重要無形民俗文化財", "記念物", "史跡", "名勝", "天然記念物", "特別史跡", "特別名勝", "特別天然記念物", "旧跡", "史跡名勝天然記念物", "文化的景観",
  "重要文化的景観", "伝統的建造物群保存地区", "重要伝統的建造物群保存地区"];
/** The words a 種類 cell starts with (建造物, 絵画, 史跡, 有形民俗 …): a column of nothing else names no designation. */
const KIND_WORDS = ["建造物", "美術工芸品", "絵画", "彫刻", "工芸品", "書跡", "典籍", "古文書", "考古資料", "歴史資料", "芸能", "工芸技術", "民俗", "有形",
  "無形", "記念物", "史跡", "旧跡", "名勝", "天然記念物", "特別史跡", "特別名勝", "特別天然記念物", "文化的景観", "重要文化的景観", "伝統的建造物群"];
const KIND_HEADING = new RegExp(`^(?:${KIND})(?:[・･](?:${KIND}))*(?:\\((?:${KIND})(?:[・･、](?:${KIND}))*\\))?$`, "u");

// Old definition (A.1) plus the shared head and address block of the new format (§3.2).
// Private owners' items often have no coordinates: latitude/longitude stay optional.
/** The kinds of 有形文化財 the 文化財保護法 counts as 美術工芸品 (有形文化財（絵画）: the standard's 種類 美術工芸品). */
const ART_AND_CRAFT_KINDS = Object.fromEntries(["絵画", "彫刻", "工芸品", "書跡", "典籍", "書跡・典籍", "古文書", "考古資料", "歴史資料"]
  .map((kind) => [kind, "美術工芸品"]));

export const cultural_property = defineDataset({
  id: "cultural_property",
  number: "02",
  ja: "文化財一覧",
  en: "Cultural properties",
  description_ja: "国・都道府県・市区町村が指定・登録した文化財の一覧。分類、種類、所在地、指定日など。",
  description_en: "Designated and registered cultural properties: classification, type, place and designation date.",
  keywords: ["文化財一覧", "指定文化財", "文化財"],
  exclude_keywords: ["埋蔵文化財", "包蔵地"],
  columns: [
    ...identity,
    // a 文化財 list heads its name column with the word (文化財名, 文化財の名称); 指定名称 is the name it was designated under
    ...replace(naming, renamed(pick(naming, "name"), { aliases: ["文化財名", "文化財名称", "文化財の名称", "指定名称", "名称（文化財名）"] }),
      col({ key: "name_en", ja: "名称_英語", en: "nameEn", type: line, requirement: "recommended",
      aliases: ["名称_英字", "名称（英語）", "名称（英字）", "英語名称", "英語名", "name_english", "fullNameInRomaji"] })),
    // alternativeName: 高松市's FIWARE-style English headers (with classification, member, culturalPropertyDate …)
    col({ key: "name_alias", ja: "名称_通称", en: "nameAlias", type: text, requirement: "optional", aliases: ["通称", "名称（通称）", "alternativeName"] }),
    col({ key: "category", ja: "文化財分類", en: "culturalPropertyCategory", type: listBoundBy(DESIGNATIONS, KINDS_DESIGNATED_TOGETHER), requirement: "required",
      description: "指定区分（国指定、都指定…）、複数は;区切り / designation class, ;-separated",
      // 指定・登録: Tokyo's lists hold 登録有形文化財 beside the designated ones
      // 種別（指定区分）: the 種別 that a list says is the designation (市指定史跡), not the kind alone
      aliases: ["分類", "指定区分", "指定種別", "種別（指定区分）", "種別(指定区分)", "指定・登録区分", "指定登録区分", "指定等区分", "指定・登録種別", "文化財区分", "指定の種類",
        "classification"],
      // a grouped list's 区分 (国指定 once, the properties under it): 区分 alone may hold anything, its values tell
      valueAliases: { headers: ["区分", "類別"], values: DESIGNATIONS },
      // a list kept as one sheet per designation (国指定 | 都指定 | 区指定); 種類 (建造物, 芸能 …) is optional in the
      // standard, so a sheet of that name gives no required value and is not read as one
      fromSheetName: { values: DESIGNATIONS } }),
    // 有形文化財（建造物）: the standard's kind in brackets after its class, as Tokyo's lists write 種別
    col({ key: "kind", ja: "種類", en: "culturalPropertyType", type: namedInBrackets(["建造物", "美術工芸品", "芸能", "工芸技術"], ART_AND_CRAFT_KINDS), requirement: "optional",
      description: "建造物/美術工芸品/芸能/工芸技術/その他 / type of property", aliases: ["種別", "文化財種別", "文化財の種別"],
      // the FIWARE-style list's category is the kind (建造物, 絵画, 史跡) beside its classification (国指定重要文化財): a column
      // of kinds under that header names no designation, whichever of the two the header made 文化財分類
      valueAliases: { headers: ["category"], values: KIND_WORDS } }),
    col({ key: "place_name", ja: "場所名称", en: "placeName", type: text, requirement: "optional" }),
    // 所在: where the property is, as 文化財 lists head it
    ...location, ...height, ...contact,
    col({ key: "quantity", ja: "員数（数）", en: "quantity", type: integer, requirement: "optional", aliases: ["員数(数)", "員数", "数量", "員数・数量", "数量・員数", "member"] }),
    col({ key: "quantity_unit", ja: "員数（単位）", en: "quantityUnit", type: text, requirement: "optional", aliases: ["員数(単位)", "memberUnit"] }),
    pick(operator, "corporate_number"),
    col({ key: "owner", ja: "所有者等", en: "owner", type: text, requirement: "optional", aliases: ["所有者", "所有者・伝承者", "所有者・管理者", "所有者又は管理者", "所有者名", "管理者"] }),
    // a date with a note (昭和45年3月1日（平成2年追加指定）) or a year alone (大正14年) is kept in 備考
    col({ key: "designated_date", ja: "文化財指定日", en: "designatedDate", type: isoDate, requirement: "optional", overflow: "remarks",
      aliases: ["指定年月日", "指定日", "指定・登録年月日", "指定登録年月日", "指定・登録日", "登録年月日", "指定等年月日", "指定（登録）年月日", "culturalPropertyDate"] }),
    ...hours, ...image,
    col({ key: "summary", ja: "概要", en: "summary", type: text, requirement: "optional" }),
    col({ key: "summary_en", ja: "概要_英語", en: "summaryEn", type: text, requirement: "optional" }),
    ...replace(description, renamed(pick(description, "description"), { aliases: ["解説", "解説文", "説明文"] })), ...trailer,
  ],
  // 指定区分 | 種別 (国指定 | 有形文化財, 種類 beside), 指定区分 | 文化財分類: one 文化財分類, 国指定有形文化財; 区分 of
  // 国 / 都 / 区 beside 種別 (the designating body only): 国指定重要文化財, 国登録有形文化財
  // 【国指定文化財】 over the properties the 国 designated; ■ 有形文化財（建造物） over those of that kind, under one or alone
  sectionKinds: [{ key: "category", words: DESIGNATION_HEADING }, { key: "kind", words: KIND_HEADING }],
  // 美術工芸品 (絵画, 彫刻 … read as it) is 有形文化財 only (文化財保護法 §2); not 建造物, which a 有形民俗文化財 (a 農村舞台)
  // may be written as, nor 芸能, which lists write of 無形民俗文化財 (八王子市: 民俗芸能 as 芸能)
  levels: { key: "category", from: ["category", "kind"], outer: DESIGNATIONS, bare: { words: BODIES, acts: ACTS }, classes: CLASSES,
    classOfKind: { 美術工芸品: "有形文化財" } },
  // 指定区分 1, 種別 5: a ledger's codes, meaningless without its code table
  namedNotCoded: ["category", "kind"],
  // 無形文化財, 無形民俗文化財 (a performing art, a craft technique, a festival) have no place to write
  // a property a person or a 町会 (a private association) owns has its address withheld by practice (八王子市's list leaves
  // it empty): warned, asking for 非公開; a public owner's (市, a 神社) empty address stays an error
  // (芸能 and 工芸技術, the standard's kinds of a 無形文化財, say it too: 種類 `無形文化財（芸能）` is read as 芸能)
  notRequiredFor: [{ keys: ["full_address"], when: ["category", "kind"], words: ["無形", "芸能", "工芸技術"] },
    { keys: ["full_address"], when: ["owner"], words: ["個人", "町会", "自治会"], withheld: true }],
});
export type CulturalPropertyRecord = z.infer<typeof cultural_property.record>;
