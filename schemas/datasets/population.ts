import type { z } from "zod";
import { identity, trailer } from "../blocks.ts";
import { type Column, col, pick } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { count, isoDate, text } from "../types.ts";

// Five-year age bands 0-4 … 80-84 and 85+, each for men and women: 36 columns generated from data (§3.4).
const BANDS: readonly { lo: number; hi: number | null }[] = [
  ...Array.from({ length: 17 }, (_, i) => ({ lo: i * 5, hi: i * 5 + 4 })),
  { lo: 85, hi: null },
];
const SEXES = [
  { key: "male", ja: "男性", en: "Male", numbered: ["man", "male"] },
  { key: "female", ja: "女性", en: "Female", numbered: ["woman", "female"] },
] as const;

/** The people of unknown age, whom a sex's total counts and no band does: how a column of them is headed (年齢不詳_男,
 *  as a table with one row per age folds its 不詳 row; 不詳男性, 年齢不明（女）, 目黒区's 不詳者の男性 in tables with the ages
 *  as columns). */
const unknownAgeHeaders = (sex: (typeof SEXES)[number]) => ["年齢不詳", "不詳", "年齢不明", "不明", "年齢不詳者", "不詳者"].flatMap((word) => [sex.ja, sex.ja[0]]
  .flatMap((s) => [`${word}_${s}`, `${word}${s}`, `${word}の${s}`, `${word}（${s}）`]));

/** Ward tables by nationality (日本人 | 外国人 over 男 | 女 | 計, joined 日本人_男 …; 男（外国人）): the standard counts
 *  every resident, so a sex's (or the total's) columns of both nationalities are its parts, summed (Column.partAliases;
 *  beside the file's own 男 they check it). `words`: how the headers name the sex or the total. */
const NATIONALITIES = ["日本人", "外国人", "日本人住民", "外国人住民"];
const nationalityParts = (words: readonly string[], nationalities: readonly string[] = NATIONALITIES) => nationalities.flatMap((n) =>
  words.flatMap((w) => [`${n}_${w}`, `${w}_${n}`, `${n}${w}`, `${n}の${w}`, `${n}（${w}）`, `${w}（${n}）`]));

/** The whole's columns in a table of parts beside it (日本人 | 外国人 | 総数 over 男 | 女 | 計, joined 総数_男, 総数 男,
 *  総数（男）, 男（総数）): the sex's (or the total's) own figure, which its parts check. `words`: how the headers name the
 *  sex or the total. */
const WHOLES = ["総数", "合計", "総計"];
const wholeOf = (words: readonly string[]) => WHOLES.flatMap((w) => words.flatMap((s) => [`${w}_${s}`, `${w}${s}`, `${w}（${s}）`, `${s}（${w}）`]));

/** The 住民基本台帳's households by nationality (世帯数（日本人のみ） | 世帯数（外国人のみ） | 世帯数（複数国籍）, 日本人世帯 | 外国人世帯 |
 *  混合世帯): parts of 世帯数, summed when it has no column, and none of them 世帯数 alone (the breakdown's parts). */
const HOUSEHOLD_KINDS = [...NATIONALITIES, "日本人のみ", "外国人のみ", "複数国籍", "混合"];

/** `age_0_4_male` / `0-4歳の男性` / `age0To4Male`, and `age_85_plus_female` / `85歳以上の女性` / `age85PlusFemale`. */
type AgeColumn = Column & { key: `age_${string}`; type: typeof count; requirement: "recommended" };
const ageColumns: readonly AgeColumn[] = BANDS.flatMap(({ lo, hi }, band) => SEXES.map((sex) => {
  const bandName = hi === null ? `${lo}歳以上` : `${lo}-${hi}歳`;
  const variants = hi === null ? [`${lo}歳以上`, `${lo}～歳`]
    : [`${lo}～${hi}歳`, `${lo}〜${hi}歳`, `${lo}~${hi}歳`, `${lo}歳～${hi}歳`, `${lo}歳〜${hi}歳`, `${lo}歳-${hi}歳`];
  return col({
    key: `age_${lo}_${hi === null ? "plus" : hi}_${sex.key}` as const,
    ja: `${bandName}の${sex.ja}`,
    en: `age${lo}${hi === null ? "Plus" : `To${hi}`}${sex.en}`,
    type: count,
    // Required in the old definition; the new sheet was not retrieved, so a file with totals only stays publishable.
    requirement: "recommended",
    // 男性 or 男, after the band with or without の: `0～4歳男`, `0歳～4歳の男性`
    aliases: [`${bandName}${sex.ja}`, `${bandName}${sex.ja[0]}`, ...variants.flatMap((v) => [`${v}の${sex.ja}`, `${v}${sex.ja}`, `${v}${sex.ja[0]}`]),
      // 高松市's English headers number the bands from the youngest: man1 (0-4) … woman18 (85+)
      ...sex.numbered.map((word) => `${word}${band + 1}`)],
  });
}));

/** A sheet's name that is an area's (平井, 上石神井一丁目), for a workbook of one table by age per area with no area
 *  column: no name of what the table counts (年齢別人口, 町丁別, 集計, 合計, 一覧, Sheet1), of what the sheet is for
 *  (公開用, まとめ, 最新版) or of whose figures it holds (男, 女性), and no number but a 丁目's (R6.1, 令和6年1月1日
 *  date a sheet, not name its area). */
const AREA_SHEET_NAME = /^(?!.*(?:人口|年齢|歳|世帯|別|表|計|一覧|全体|総数|データ|シート|SHEET|現在|年度|男女|階級|まとめ|掲載|公開|最新|作業|入力|印刷|用$|版$|^男|^女))(?:[^0-9]|[0-9]+丁目)+$/iu;

export const population = defineDataset({
  id: "population",
  number: "04",
  ja: "地域・年齢別人口",
  en: "Population by area and age",
  description_ja: "住民基本台帳に基づく地域（町丁字など）別・5歳階級別・男女別の人口と世帯数。",
  description_en: "Resident population by area (town and block), five-year age band and sex, with households, from the basic resident register.",
  keywords: ["地域・年齢別人口", "年齢別人口", "地域別人口", "町丁別人口", "人口", "世帯数", "JINKO", "JINKOU"],
  columns: [
    ...identity,
    col({ key: "area_code", ja: "地域コード", en: "areaCode", type: text, requirement: "optional", description: "地域名に対応する市区町村独自のコード / the municipality's own code for the area",
      // the code of the 町丁 a table counts, as ward tables head it
      aliases: ["町丁コード", "町丁目コード", "町丁字コード", "町字コード", "町名コード", "regionCode"] }),
    col({ key: "prefecture", ja: "都道府県名", en: "prefecture", type: text, requirement: "optional", aliases: ["pref_name"] }),
    col({ key: "city", ja: "市区町村名", en: "city", type: text, requirement: "optional", aliases: ["city_name"] }),
    col({ key: "survey_date", ja: "調査年月日", en: "surveyDate", type: isoDate, requirement: "required", overflow: "remarks", aliases: ["基準日", "調査日"] }),
    // 地区, 地域 and 行政区 group 町丁 in some tables (中野地区 | 本町一丁目): the area only when the file has no 町丁 column
    col({ key: "area_name", ja: "地域名", en: "areaName", type: text, requirement: "required", aliases: ["町丁名", "町丁字名", "町丁目名", "町丁目", "町名", "町字名", "町丁", "町丁字", "町名・丁目", "町名丁目", "大字・町名", "大字町名", "regionName"],
      yieldingAliases: [{ headers: ["地区名", "地域", "地区", "行政区", "行政区名"], as: "coarser" }],
      // a workbook of one sheet per area (平井 | 大久野 | 原, each 年齢 | 男 | 女 | 計): the sheet's name is its area
      fromSheetName: { pattern: AREA_SHEET_NAME } }),
    col({ key: "total", ja: "総人口", en: "totalPopulation", type: count, requirement: "required", aliases: ["人口総数", "総数", "人口", "計", "合計", "男女計", "人口計", "総人口数", "人口（計）", "人口（総数）", "人口_計", "人口_総数", "人口（男女計）", ...wholeOf(["計", "男女計"])],
      partAliases: [...NATIONALITIES, ...nationalityParts(["計", "総数", "合計", "男女計"])] }),
    col({ key: "male", ja: "男性", en: "malePopulation", type: count, requirement: "required", aliases: ["男", "男性人口", "男性計", "男計", "男性数", "男子", "人口（男）", "人口（男性）", "人口_男", "人口_男性", "人口男", "男性人口数",
      // 人口 | うち男 | うち女: the men of the whole
      "うち男", "うち男性", "man", ...wholeOf(["男", "男性"])], partAliases: nationalityParts(["男", "男性"]) }),
    col({ key: "female", ja: "女性", en: "femalePopulation", type: count, requirement: "required", aliases: ["女", "女性人口", "女性計", "女計", "女性数", "女子", "人口（女）", "人口（女性）", "人口_女", "人口_女性", "人口女", "女性人口数", "うち女", "うち女性", "woman", ...wholeOf(["女", "女性"])], partAliases: nationalityParts(["女", "女性"]) }),
    ...ageColumns,
    col({ key: "households", ja: "世帯数", en: "numberOfHouseholds", type: count, requirement: "optional", aliases: ["世帯", "総世帯数", "世帯数計", "世帯総数"],
      partAliases: nationalityParts(["世帯数", "世帯"], HOUSEHOLD_KINDS) }),
    pick(trailer, "remarks"),
  ],
  // ward tables give each area three rows, 日本人 / 外国人 / 計: the standard's record of an area is its 計 row. The
  // 住民基本台帳's households of both (複数国籍世帯, 混合世帯) are a part too, as a row or a column (世帯数（複数国籍）)
  breakdown: {
    headers: ["区分", "内訳", "住民区分", "人口区分"],
    whole: ["計", "合計", "総数", "総計"],
    parts: ["日本人", "外国人", "日本人住民", "外国人住民", "日本人人口", "外国人人口", "日本人世帯", "外国人世帯", "複数国籍", "複数国籍世帯", "混合世帯",
      "日本人のみ", "外国人のみ", "日本人のみ世帯", "外国人のみ世帯", "混合"],
  },
  // 町丁 tables: 町名 | 丁目 in two columns, and 町 rows above their 丁目 rows (e-Stat 小地域 tables number them in 階層レベル)
  subdivision: { key: "area_name", headers: ["丁目", "丁目名", "丁", "丁目等"], unit: "丁目" },
  // 本町一丁目 twice in one table: two areas of one name (地区 kept in extra tells them apart), or one area given twice
  distinctName: { key: "area_name", with: ["survey_date"] },
  // a series of the whole municipality's figures (昭島市 by month) leaves 地域コード and 地域名 blank on every row
  wholeArea: { key: "area_name", with: ["area_code"] },
  // 四谷地区 (or 本庁管内) over the 町丁 of the 地区, its figures their sums: a subtotal, whatever the 町丁 are named
  subtotals: { key: "area_name", levelHeaders: ["階層", "階層レベル", "レベル", "地域階層", "階層区分", "level"], groups: ["地区", "地域", "管内", "出張所", "支所"],
    // the whole municipality's row over its 町丁 (全域, or 新宿区 itself): a subtotal when it is their sum
    wholes: ["全域", "全体", "区全体", "市全体", "町全体", "村全体", "区内全域", "市内全域"] },
  // 町丁別・年齢別人口 tables with the sex in rows: 阿佐谷北一丁目 | 男, then | 女, then | 計
  sexRows: {
    key: "area_name",
    headers: ["性別", "男女別", "区分", "男女", "男女区分", "性"],
    sexes: [
      { name: "男", words: ["男", "男性", "男子"], required: true },
      { name: "女", words: ["女", "女性", "女子"], required: true },
      { name: "計", words: ["計", "合計", "総数", "男女計", "総計", "男女合計"], required: false },
    ],
  },
  bands: {
    columns: BANDS.flatMap(({ lo, hi }) => SEXES.map((sex) => ({ key: `age_${lo}_${hi === null ? "plus" : hi}_${sex.key}`, from: lo, to: hi, group: sex.key }))),
    groups: { male: ["男性", "男"], female: ["女性", "女"] },
  },
  sums: [
    { total: "total", parts: ["male", "female"] },
    ...SEXES.map((sex) => ({ total: sex.key, parts: ageColumns.filter((c) => c.key.endsWith(`_${sex.key}`)).map((c) => c.key),
      rest: { name: "年齢不詳", headers: unknownAgeHeaders(sex) } })),
  ],
});
export type PopulationRecord = z.infer<typeof population.record>;
