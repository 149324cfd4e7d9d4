import type { z } from "zod";
import { address, coordinates, height, hours, identity, image, naming, trailer } from "../blocks.ts";
import { col, type CountParts, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { flag, hhmm, line, text, thingCount } from "../types.ts";

// Fully specified new format (§3.13, A.2) with the 物理名 (Fukui) and FIWARE-style English headers (高松市) as aliases.
// Counts are per seat. The old 多機能トイレ数 is not the new バリアフリートイレ数 (A.3): it is kept as a column of its own.
const count = <const K extends string, const R extends "recommended" | "optional">(
  key: K, ja: string, en: string, requirement: R, aliases: readonly string[], partAliases?: readonly string[],
  partColumns?: Readonly<Record<string, string>>,
) => col({ key, ja, en, type: thingCount, requirement, aliases, countParts: SEAT_PARTS, ...(partAliases === undefined ? {} : { partAliases }),
  ...(partColumns === undefined ? {} : { partColumns }) });
/** The words files write a sex's toilets with (男性用トイレ, 女子トイレ) and a style's (洋式, 小便器), for the aliases
 *  `男性用トイレ（洋式）`, `女子_和式`, `男性小便器`: a qualifier that names a style is that style's column, not the
 *  sex's total. */
const SEX_WORDS = {
  male: ["男性", "男性用", "男", "男性用トイレ", "男性トイレ", "男子", "男子用", "男子トイレ", "男子用トイレ"],
  female: ["女性", "女性用", "女", "女性用トイレ", "女性トイレ", "女子", "女子用", "女子トイレ", "女子用トイレ"],
  unisex: ["男女共用", "男女共用トイレ", "男女兼用", "男女兼用トイレ", "共用", "共用トイレ"],
} as const;
/** 大, 男性用（個室）: the stalls, 和式 and 洋式 together. */
const STALL_WORDS = ["大", "大便器", "個室", "ブース"] as const;
const STYLE_WORDS = { urinal: ["小便器", "小"], japanese: ["和式"], western: ["洋式"], stall: STALL_WORDS } as const;
const styled = (sex: keyof typeof SEX_WORDS, style: keyof typeof STYLE_WORDS): string[] =>
  SEX_WORDS[sex].flatMap((s) => STYLE_WORDS[style].flatMap((w) => [`${s}（${w}）`, `${s}_${w}`, `${s}${w}`, `${s}${w}数`, `${s}（${w}）数`]));
/** A count's cell given by kinds of seat (男性トイレ総数 `大1・小2`, `小便器3／洋式2`, `小×2 大×1`; 女性トイレ総数 `洋式3`,
 *  `洋2和1`): each style's words (and 和便器, 洋便器, 和, 洋) with the kinds they count, the stalls' being 和式 and 洋式 together. */
const SEAT_KINDS = { urinal: ["小便器"], japanese: ["和式"], western: ["洋式"], stall: ["和式", "洋式"] } as const;
const SEAT_PARTS: CountParts = Object.fromEntries([
  ...(Object.keys(STYLE_WORDS) as Array<keyof typeof STYLE_WORDS>).flatMap((style) => STYLE_WORDS[style].map((w) => [w, SEAT_KINDS[style]] as const)),
  // 和便器 / 洋便器, and 和 / 洋 as a cell short of room writes them (`洋2和1`, `和×1 洋×2`)
  ["和便器", SEAT_KINDS.japanese], ["洋便器", SEAT_KINDS.western], ["和", SEAT_KINDS.japanese], ["洋", SEAT_KINDS.western]]);
const has = <const K extends string>(key: K, ja: string, en: string, aliases: readonly string[], partAliases?: readonly string[]) =>
  col({ key, ja, en, type: flag, requirement: "recommended", aliases, ...(partAliases === undefined ? {} : { partAliases }) });

export const public_toilet = defineDataset({
  id: "public_toilet",
  number: "13",
  ja: "公衆トイレ一覧",
  en: "Public toilets",
  subjects_en: ["toilet"],
  description_ja: "公衆トイレの一覧。男女別・形式別の便器数、バリアフリートイレ、オストメイト対応、利用時間など。",
  description_en: "Public toilets: seats by sex and style, accessible toilets, ostomate and baby facilities, opening hours.",
  keywords: ["公衆トイレ", "公衆トイレ一覧"],
  // each row is the toilet itself (○○公園トイレ（休止中）): closed, as a status column's 休止 says
  closedByName: true,
  // 備考 `閉鎖中`, 利用可能時間特記事項 `工事中のため使用不可`: the same, written in the remarks
  closedByRemarks: { keys: ["remarks", "availability_remarks"], subjects: ["トイレ", "便所", "公衆トイレ", "公衆便所"] },
  // 男性 `1（男女兼用）` | 女性 `1（男女兼用）`: one shared toilet, no man's and no woman's
  sharedBySexes: { keys: ["total_male_toilet", "total_female_toilet"], to: "total_unisex_toilet", words: ["男女兼用", "男女共用", "共用", "兼用"] },
  // 男性用（大）, 男性用トイレ（個室）: the stalls alone, a part of the sex's total the standard has no column for
  breakdown: { headers: [], whole: [], parts: STALL_WORDS },
  // 設備: `車いす対応、ベビーシート、オストメイト` names the yes/no columns; the other words of such lists (男性用, 洋式,
  // だれでもトイレ) name kinds the standard counts in seats, which a list does not give
  listedFlags: [{
    headers: ["設備", "設備情報", "付帯設備", "トイレ設備", "設備等", "主な設備", "設備・機能", "バリアフリー設備", "バリアフリー情報", "設置設備"],
    flags: [
      { key: "wheelchair_toilet", words: ["車いす", "車椅子", "車イス", "くるまいす"] },
      { key: "baby_care_toilet", words: ["ベビーシート", "ベビーチェア", "ベビーベッド", "ベビーキープ", "おむつ替え", "おむつ交換", "オムツ替え",
        "オムツ交換", "乳幼児"] },
      { key: "ostomate_toilet", words: ["オストメイト"] },
    ],
    ignore: ["男性用", "女性用", "男子用", "女子用", "男性", "女性", "男子", "女子", "男女兼用", "男女共用", "共用", "洋式", "和式", "小便器",
      "大便器", "多機能トイレ", "多目的トイレ", "だれでもトイレ", "誰でもトイレ", "バリアフリートイレ", "手すり", "温水洗浄便座", "洗浄便座",
      "ウォシュレット"],
  }],
  columns: [
    ...identity,
    // 設置場所 is where the toilet is (駅北口広場) beside its name, and the name beside 設置位置 (as in AED lists)
    ...replace(naming,
      // 鉄道駅名: 東京都's register of the accessible toilets of the railway stations names each row's station so
      renamed(pick(naming, "name"), { aliases: ["トイレ名称", "トイレ名", "公衆トイレ名", "公衆トイレ名称", "公衆便所名", "鉄道駅名"], fallbackAliases: ["設置場所", "設置箇所"] }),
      col({ key: "name_en", ja: "名称_英語", en: "nameEn", type: line, requirement: "recommended",
        aliases: ["名称_英字", "名称（英語）", "名称（英字）", "name_english", "fullNameInRomaji"] })),
    ...address,
    col({ key: "installation_position", ja: "設置位置", en: "installationLocation", type: text, requirement: "required",
      description: "施設内の設置場所 / where in the facility", aliases: ["set_position", "installationPosition", "設置場所", "設置箇所",
        "設置場所詳細", "設置場所（詳細）", "設置箇所詳細", "設置箇所（詳細）", "詳細設置場所", "詳細設置位置"],
      // a register of the toilets in facilities (東京都福祉局's だれでもトイレ: 施設名 | トイレ名 | 設置フロア) names each toilet
      // beside its facility: the toilet's name is where in the facility it is, its floor written before it (`1F 多機能トイレ`)
      fallbackAliases: ["トイレ名", "トイレ名称"], labelledAliases: ["設置フロア", "設置階"] }),
    ...coordinates, ...height,
    count("total_male_toilet", "男性トイレ総数", "totalMaleToilet", "recommended", ["male_wc_total", "totalMensRestroom", "男性", "男", "男子", "男子用", "男性用", "男性用トイレ", "男性トイレ数",
      "男性トイレ", "男子トイレ", "男子用トイレ", "男子トイレ数", "男性トイレ数（総数）"],
    // 男性用（大） (the stalls without the urinals) is no column of the standard: with 男性用（小） beside it, the two are
    // the total; alone it stays in extra (taken as 男性トイレ総数 it would undercount)
    [...styled("male", "stall"), ...styled("male", "urinal")],
    // 男性用 `大2 小3`: its 3 urinals are 男性トイレ数（小便器）; its 2 stalls, 和式 and 洋式 together, no column's
    { 小便器: "urinal_male_toilet", 和式: "japanese_style_male_toilet", 洋式: "western_style_male_toilet" }),
    // 男性用（小） / 女性用 / 男女共用 (and their 和式 / 洋式) count as the standard does; a woman's or a shared toilet's
    // 大 is every seat it has (there are no urinals), its total
    count("urinal_male_toilet", "男性トイレ数（小便器）", "urinalMaleToilet", "optional",
      ["male_wc_urinal", "smallMensRestroom", "男性トイレ数(小便器)", "男性小便器", "男子小便器", ...styled("male", "urinal")]),
    count("japanese_style_male_toilet", "男性トイレ数（和式）", "japaneseStyleMaleToilet", "optional", ["male_wc_jstyle", "japaneseMensRestroom", "男性トイレ数(和式)", ...styled("male", "japanese")]),
    count("western_style_male_toilet", "男性トイレ数（洋式）", "westernStyleMaleToilet", "optional", ["male_wc_wstyle", "westernMensRestroom", "男性トイレ数(洋式)", ...styled("male", "western")]),
    count("total_female_toilet", "女性トイレ総数", "totalFemaleToilet", "recommended", ["female_wc_total", "totalWomanRestroom", "女性", "女", "女子", "女子用", "女性用", "女性用トイレ", "女性トイレ数",
      "女性トイレ", "女子トイレ", "女子用トイレ", "女子トイレ数", "女性トイレ数（総数）", ...styled("female", "stall")], undefined,
    { 和式: "japanese_style_female_toilet", 洋式: "western_style_female_toilet" }),
    count("japanese_style_female_toilet", "女性トイレ数（和式）", "japaneseStyleFemaleToilet", "optional", ["female_wc_jstyle", "japaneseWomanRestroom", "女性トイレ数(和式)", ...styled("female", "japanese")]),
    count("western_style_female_toilet", "女性トイレ数（洋式）", "westernStyleFemaleToilet", "optional", ["female_wc_wstyle", "westernWomanRestroom", "女性トイレ数(洋式)", ...styled("female", "western")]),
    count("total_unisex_toilet", "男女共用トイレ総数", "totalUnisexToilet", "recommended", ["unisex_wc_total", "sharedRestroom", "男女共用", "男女共用トイレ", "男女共用トイレ数", "共用", "共用トイレ", "男女兼用",
      "男女兼用トイレ", "男女兼用トイレ数", ...styled("unisex", "stall")], undefined,
    { 和式: "japanese_style_unisex_toilet", 洋式: "western_style_unisex_toilet" }),
    count("japanese_style_unisex_toilet", "男女共用トイレ数（和式）", "japaneseStyleUnisexToilet", "optional", ["unisex_wc_jstyle", "japaneseSharedRestroom", "男女共用トイレ数(和式)", ...styled("unisex", "japanese")]),
    count("western_style_unisex_toilet", "男女共用トイレ数（洋式）", "westernStyleUnisexToilet", "optional", ["unisex_wc_wstyle", "westernSharedRestroom", "男女共用トイレ数(洋式)", ...styled("unisex", "western")]),
    count("multipurpose_toilet", "バリアフリートイレ数", "numberOfMultipurposeToilet", "recommended", ["barrier_free_wc", "numberOfmMultipurposeToilet"]),
    // 多目的トイレ and Tokyo's だれでもトイレ are the old 多機能トイレ, not the new バリアフリートイレ
    count("multifunctional_toilet", "多機能トイレ数", "numberOfMultifunctionalToilet", "optional",
      ["multifunctionalRestroom", "多機能トイレ", "多機能", "多目的トイレ数", "多目的トイレ", "多目的", "だれでもトイレ数", "だれでもトイレ", "誰でもトイレ"]),
    // the standard's name without 有無, in 漢字, ひらがな or カタカナ; バリアフリートイレ (数) is a count of its own, not this flag
    has("wheelchair_toilet", "車椅子使用者用トイレ有無", "multipurposeToilet", ["車いす使用者用トイレ有無", "車イス使用者用トイレ有無", "wheelchair_wc",
      "wheelchairRestroom", "車いす対応", "車椅子対応", "車イス対応", "車いす対応トイレ", "車椅子対応トイレ", "車イス対応トイレ", "車いす用トイレ",
      "車椅子用トイレ", "車イス用トイレ", "車いす使用者用トイレ", "車椅子使用者用トイレ", "車イス使用者用トイレ", "車椅子使用者対応トイレ",
      "車いす使用者対応トイレ", "車いすトイレ", "車椅子トイレ",
      // 設備 over 車いす | ベビーベッド | オストメイト (two header rows), as ベビーベッド and オストメイト alone are
      "車いす", "車椅子", "車イス",
      // 東京都福祉局's register of accessible toilets asks it as a question, its ○ / × the answer
      "車椅子が出入りできる", "車いすが出入りできる"]),
    has("baby_care_toilet", "乳幼児用設備設置トイレ有無", "babyCareToilet", ["infant_wc", "anInfantRestroom",
      "ベビーシート", "ベビーチェア", "ベビーベッド", "おむつ替えシート", "おむつ交換台", "乳幼児用設備",
      // what the seat is for, in ひらがな or カタカナ, and the names with 有無
      "おむつ替え", "オムツ替え", "おむつ替え台", "オムツ替え台", "おむつ替えベッド", "オムツ替えベッド", "オムツ交換", "オムツ交換台",
      "おむつ替え設備", "おむつ交換設備", "乳幼児設備", "乳幼児用設備有無", "ベビーシート有無", "ベビーベッド有無", "ベビーチェア有無"],
    // the same register asks for the changing table and the baby chair apart: either is the standard's baby facility
    ["乳幼児用おむつ交換台等を備えている", "乳幼児用椅子を備えている"]),
    has("ostomate_toilet", "オストメイト設置トイレ有無", "toiletForOstomates", ["ostomate_wc", "ostomateRestroom",
      "オストメイト", "オストメイト対応", "オストメイト対応トイレ", "オストメイト設置", "オストメイト対応設備", "オストメイト用設備",
      "オストメイト設備", "オストメイト有無", "オストメイト用設備がある"]),
    col({ key: "start_time", ja: "利用開始時間", en: "startTime", type: hhmm, requirement: "recommended", overflow: "availability_remarks",
      aliases: ["開始時間", "開始時刻", "available_start_time", "利用時間", "利用可能時間", "開放時間", "open", "opening time", "opening hours"] }),
    col({ key: "end_time", ja: "利用終了時間", en: "endTime", type: hhmm, requirement: "recommended", overflow: "availability_remarks",
      aliases: ["終了時間", "終了時刻", "available_end_time", "close", "closing time"] }),
    col({ ...pick(hours, "availability_remarks"), ja: "利用可能時間特記事項",
      aliases: ["利用可能日時特記事項", "available_time_note", "available_date_note", "availableDateNote"] }),
    ...image, pick(trailer, "remarks"),
  ],
  // a sex's total counts its seats of every kind (the standard's example: 6 = 2 urinals + 2 和式 + 2 洋式)
  sums: [
    { total: "total_male_toilet", parts: ["urinal_male_toilet", "japanese_style_male_toilet", "western_style_male_toilet"] },
    { total: "total_female_toilet", parts: ["japanese_style_female_toilet", "western_style_female_toilet"] },
    { total: "total_unisex_toilet", parts: ["japanese_style_unisex_toilet", "western_style_unisex_toilet"] },
  ],
});
export type PublicToiletRecord = z.infer<typeof public_toilet.record>;
