// Wordings real lists use for standard columns (adversarial pass 3: 町田市, 小金井市, 武蔵野市, 府中市, 中野区, 三鷹市 style
// files): which column each header maps to, and the records they make.
import { describe, expect, it } from "vitest";
import { matchHeader } from "../../../pipelines/header-match.ts";
import { extraColumnsOf, mapHeaders } from "../../../pipelines/headers.ts";
import { recordWriter } from "../../../pipelines/record-output.ts";
import { getDataset } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("which column a header maps to", () => {
  it.each<readonly [string, string, string | null]>([
    // 03: hazards without 災害種別_ (GSI's 指定緊急避難場所データ heads them so) and in other words
    ...([
      ["洪水", "hazard_flood"], ["崖崩れ・土石流・地滑り", "hazard_landslide"], ["崖崩れ、土石流及び地滑り", "hazard_landslide"], ["土砂災害", "hazard_landslide"],
      ["災害種別_土砂災害", "hazard_landslide"], ["高潮", "hazard_storm_surge"], ["地震", "hazard_earthquake"], ["津波", "hazard_tsunami"],
      ["大規模な火事", "hazard_large_fire"], ["大規模火災", "hazard_large_fire"], ["内水氾濫", "hazard_inland_flood"], ["火山現象", "hazard_volcano"],
      ["火山", "hazard_volcano"], ["洪水（○）", "hazard_flood"], ["災害種別（洪水）", "hazard_flood"], ["災害種別(地震)", "hazard_earthquake"],
      ["指定避難所", "also_designated_shelter"], ["指定避難所と重複", "also_designated_shelter"], ["避難所との重複", "also_designated_shelter"],
      ["収容可能人数", "max_capacity"], ["対象地区", "target_communities"], ["施設・場所名", "name"], ["Municipality Code", "municipality_code"],
      ["共通ID", "id"],
    ] as const).map(([h, k]) => ["evacuation_space", h, k] as const),
    // adversarial pass 5: 荒川区-style hazard headers (はん濫: 氾 is no 常用漢字), GSI's 住所同一, and names that
    // wrote the required columns in other words (every row had been invalid, the officer told to add a column there)
    ["evacuation_space", "大規模火事", "hazard_large_fire"], ["evacuation_space", "内水はん濫", "hazard_inland_flood"],
    ["evacuation_space", "指定避難所との住所同一", "also_designated_shelter"], ["evacuation_space", "連絡先電話番号", "phone_number"],
    // the short words the hazard lists use (HAZARD words of list cells), under a merged 災害種別 (joined 災害種別_崖崩れ) or
    // alone; 火災 alone is too loose a header: its values decide (the records below)
    ...([
      ["災害種別_崖崩れ", "hazard_landslide"], ["崖崩れ", "hazard_landslide"], ["がけ崩れ", "hazard_landslide"], ["災害種別_土砂", "hazard_landslide"],
      ["土砂", "hazard_landslide"], ["地滑り", "hazard_landslide"], ["災害種別_火災", "hazard_large_fire"], ["災害種別_火事", "hazard_large_fire"],
      ["災害種別_内水", "hazard_inland_flood"], ["内水", "hazard_inland_flood"], ["災害種別_火山", "hazard_volcano"], ["外水氾濫", "hazard_flood"],
      ["火災", null],
    ] as const).map(([h, k]) => ["evacuation_space", h, k] as const),
    ["food_business", "施設の名称", "name"], ["food_business", "営業所の名称", "name"], ["food_business", "許可業種", "business_type"],
    ["food_business", "有効期間", "permit_expiry_date"], ["food_business", "許可の有効期間", "permit_expiry_date"],
    ["aed", "AED設置場所", "installation_position"], ["aed", "連絡先電話番号", "phone_number"], ["hospital", "医療機関の区分", "facility_kind"],
    // 10: 医療機関 | 開設者 over 名称 | カナ (two header rows) joined (診療日 is 診療曜日 by its values: column-by-values.test.ts)
    ["hospital", "医療機関_カナ", "name_kana"], ["hospital", "開設者_名称", "organization_name"],
    // red-team pass (care, hydrant and Wi-Fi lists): a care list's 介護サービスの種類 was unread, every row invalid (実施サービス
    // missing); a hydrant list of 番号 | 消防水利の種類 | 設置場所 | 呼び径 unknown_dataset; a Wi-Fi list's 利用エリア and 運営者 in extra
    ["care_service", "介護サービスの種類", "service_type"], ["care_service", "介護サービス種別", "service_type"], ["care_service", "開設法人", "organization_name"],
    ["fire_hydrant", "消防水利の種類", "kind"], ["fire_hydrant", "呼び径", "diameter_mm"], ["public_wireless_lan", "利用エリア", "coverage_area"],
    ["public_wireless_lan", "対象エリア", "coverage_area"], ["public_wireless_lan", "運営者", "installer"], ["public_wireless_lan", "提供事業者", "installer"],
    // with the dataset named: a care list of 施設 (特養) had every row invalid, its name unread; its 運営主体 and サービス提供日, a
    // hydrant list's 消火栓種別 (every row invalid) and 管口径, a Wi-Fi list's 利用可能場所 and 問合せ先電話番号 stayed in extra
    ["care_service", "施設名", "name"], ["care_service", "運営主体", "organization_name"], ["care_service", "サービス提供日", "available_days"],
    ["fire_hydrant", "消火栓種別", "kind"], ["fire_hydrant", "水利の区分", "kind"], ["fire_hydrant", "管口径", "diameter_mm"], ["fire_hydrant", "消防水利番号", "id"],
    ["public_wireless_lan", "利用可能場所", "coverage_area"], ["public_wireless_lan", "問合せ先電話番号", "phone_number"], ["cultural_property", "説明文", "description"],
    // medical probe (hospital / preschool / care lists): the nights and holidays a register heads 時間外における対応 with, a
    // preschool's 施設区分, a care list's サービス名称 and 法人名称 (before: extra, or a fuzzy match warned on every file)
    ["hospital", "夜間・休日の対応", "after_hours"], ["hospital", "夜間休日対応", "after_hours"], ["hospital", "時間外診療", "after_hours"],
    ["hospital", "法人名称", "organization_name"], ["preschool", "施設区分", "facility_type"], ["preschool", "施設の種類", "facility_type"],
    ["preschool", "施設類型", "facility_type"], ["care_service", "サービス名称", "service_type"], ["care_service", "法人名称", "organization_name"],
    // services probe (ward lists made at home): a nursery's 保育時間 / 保育日, an event's 内容 and a 電話 beside 問合せ (before: extra)
    ["preschool", "保育時間", "start_time"], ["preschool", "保育日", "available_days"], ["event", "内容", "description"], ["event", "イベント内容", "description"],
    ["event", "電話", "phone_number"], ["tourism", "電話", "phone_number"],
    // the days an AED or a hall may be used, as a town heads them (利用可能日 `平日`, before: extra)
    ["aed", "利用可能日", "available_days"],
    // 02: 指定・登録 lists (登録有形文化財 beside the designated): the required 文化財分類 and the date
    ["cultural_property", "指定種別", "category"], ["cultural_property", "指定・登録区分", "category"], ["cultural_property", "文化財種別", "kind"],
    ["cultural_property", "指定・登録年月日", "designated_date"], ["cultural_property", "登録年月日", "designated_date"],
    // a qualifier that names another thing about the column (an expiry date of the pads) is not that column
    ["aed", "小児用パッド（有効期限）", null], ["aed", "小児用パッド(交換日)", null],
    // a qualifier that dates it before the file's time (last month's figure beside this month's) is not that column
    // (before: 人口（前月末） was 総人口 when it came first, last month's figure published as the file's)
    ["population", "人口（前月末）", null], ["population", "世帯数（前年同月）", null], ["population", "計(前月)", null], ["population", "人口（当月末）", "total"],
    // a share or a change of the figure is not the figure (before: 男性（割合） 48.0 with no 男性 column was published as 48 men)
    ["population", "男性（割合）", null], ["population", "人口（構成比）", null], ["population", "世帯数（増減）", null], ["population", "女(%)", null],
    ["population", "人口（前月比）", null],
    // 人口 | うち男 | うち女 (before: both in extra, every row invalid for want of 男性 and 女性)
    ["population", "うち男", "male"], ["population", "うち女性", "female"], ["population", "うち外国人", null],
    // 08
    ["aed", "設置場所", "installation_position"], ["aed", "設置箇所", "installation_position"], ["aed", "小児用パッド", "pediatric_pads"],
    ["aed", "Phone", "phone_number"], ["aed", "Open", "start_time"], ["aed", "Close", "end_time"], ["aed", "Location in building", "installation_position"],
    ["aed", "Municipality Code", "local_government_code"], ["aed", "Notes", "remarks"],
    // English names match whatever their case, spaces and underscores
    ["aed", "利用可能時間帯", "start_time"], ["aed", "使用可能時間", "start_time"], ["aed", "使用可能時間帯", "start_time"], ["aed", "設置時間帯", "start_time"],
    ["public_facility", "利用時間帯", "start_time"], ["aed", "LOCATION_IN_BUILDING", "installation_position"], ["aed", "locationInBuilding", "installation_position"], ["aed", "municipality_code", "local_government_code"],
    ["aed", "phone number", "phone_number"], ["aed", "Opening time", "start_time"],
    // 13
    ["public_toilet", "トイレ名称", "name"], ["public_toilet", "トイレ名", "name"], ["public_toilet", "設置場所", "installation_position"],
    ["public_toilet", "男性用（小）", "urinal_male_toilet"], ["public_toilet", "女性用", "total_female_toilet"], ["public_toilet", "男女共用", "total_unisex_toilet"],
    ["public_toilet", "女性用（洋式）", "western_style_female_toilet"], ["public_toilet", "男性用（和式）", "japanese_style_male_toilet"],
    ["public_toilet", "だれでもトイレ（数）", "multifunctional_toilet"], ["public_toilet", "多目的トイレ(数)", "multifunctional_toilet"],
    ["public_toilet", "多目的ﾄｲﾚ数", "multifunctional_toilet"], ["public_toilet", "車いす対応", "wheelchair_toilet"], ["public_toilet", "ベビーシート", "baby_care_toilet"],
    ["public_toilet", "オストメイト", "ostomate_toilet"], ["public_toilet", "オストメイト対応", "ostomate_toilet"], ["public_toilet", "利用時間", "start_time"],
    // short headers (女, 男(小), 共用, 車いす, 多目的) and 設備 over 車いす | ベビーベッド (two header rows)
    ["public_toilet", "女性", "total_female_toilet"], ["public_toilet", "女", "total_female_toilet"], ["public_toilet", "男(小)", "urinal_male_toilet"],
    ["public_toilet", "女(洋式)", "western_style_female_toilet"], ["public_toilet", "共用", "total_unisex_toilet"], ["public_toilet", "車いす", "wheelchair_toilet"],
    ["public_toilet", "車椅子", "wheelchair_toilet"], ["public_toilet", "多目的", "multifunctional_toilet"], ["public_toilet", "男(大)", null],
    // 男性用（大） counts stalls without the urinals: no column of the standard (男性トイレ総数 counts both)
    ["public_toilet", "男性用（大）", null], ["public_toilet", "男性_大", null], ["public_toilet", "男子トイレ（個室）", null],
    // a style after the sex's words is that style's column, never the sex's total (女性用トイレ（洋式） was 女性トイレ総数),
    // and a men's column is the men's (男性用 was a urinal count, 男性用トイレ beside 女子トイレ the women's total)
    ["public_toilet", "女性用トイレ（洋式）", "western_style_female_toilet"], ["public_toilet", "女性用トイレ（和式）", "japanese_style_female_toilet"],
    ["public_toilet", "男性用トイレ（小便器）", "urinal_male_toilet"], ["public_toilet", "男女共用トイレ（洋式）", "western_style_unisex_toilet"],
    ["public_toilet", "男性_洋式", "western_style_male_toilet"], ["public_toilet", "女子_和式", "japanese_style_female_toilet"], ["public_toilet", "男性_小", "urinal_male_toilet"],
    ["public_toilet", "男性用", "total_male_toilet"], ["public_toilet", "男性用トイレ", "total_male_toilet"], ["public_toilet", "男性トイレ数", "total_male_toilet"],
    ["public_toilet", "女子トイレ", "total_female_toilet"], ["public_toilet", "男子小便器", "urinal_male_toilet"], ["public_toilet", "男女兼用", "total_unisex_toilet"],
    // what a baby-care seat is for (おむつ替え), and the flags' names with 有無 (before: all in extra, the flag empty)
    ["public_toilet", "おむつ替え", "baby_care_toilet"], ["public_toilet", "オムツ替え", "baby_care_toilet"], ["public_toilet", "おむつ替え台", "baby_care_toilet"],
    ["public_toilet", "ベビーシート有無", "baby_care_toilet"], ["public_toilet", "乳幼児設備", "baby_care_toilet"],
    ["public_toilet", "オストメイト対応設備", "ostomate_toilet"], ["public_toilet", "オストメイト有無", "ostomate_toilet"],
    // 06
    ["open_data_list", "番号", "id"], ["tourism", "よみがな", "name_kana"], ["open_data_list", "データ名", "title"], ["open_data_list", "更新日", "modified"], ["open_data_list", "形式", "file_format"],
    ["open_data_list", "掲載ページ", "url"], ["open_data_list", "利用条件", "license"], ["open_data_list", "担当課", "contact_name"],
    // 11
    ["tourism", "観光施設名", "name"], ["tourism", "入場料", "fee_basic"], ["event", "入場料", "fee_basic"],
    // 保健所 and hospital registers, 文化財 lists (adversarial pass of 2 hospital / food / cultural lists)
    ["food_business", "許可日", "permit_date"], ["food_business", "営業者名", "organization_name"],
    ["hospital", "診療所名称", "name"], ["hospital", "標榜診療科", "departments"],
    ["hospital", "総病床数", "beds"], ["hospital", "病床数計", "beds"],
    // the 厚生局's 保険医療機関 register and its copies: the code, the address and the departments under their own names
    ["hospital", "医療機関番号", "medical_institution_code"], ["hospital", "保険医療機関番号", "medical_institution_code"],
    ["hospital", "保険医療機関コード", "medical_institution_code"], ["hospital", "医療機関CD", "medical_institution_code"],
    ["hospital", "医療機関所在地", "full_address"], ["hospital", "科名", "departments"],
    ["cultural_property", "数量", "quantity"],
    // a part of the beds is no column by itself (two parts or more are summed: the records below)
    ["hospital", "一般病床数", null],
    // too general to name the column: a shop list's 店舗名, the 開設者 of every preschool and care register, a 登録日 or
    // 所在 beside the list's own 指定年月日 or 所在地 (the re-check: they took the file or the column)
    ["food_business", "店舗名", null], ["hospital", "開設者名", null], ["cultural_property", "登録日", null], ["cultural_property", "所在", null],
    // adversarial pass 1 (food / open data / Wi-Fi): the permit register's wordings (食品衛生法施行規則), a catalogue
    // export's resource columns, a bare API column, a Wi-Fi list's 問い合わせ (the number to call)
    ["food_business", "営業施設の名称（屋号）", "name"], ["food_business", "営業施設の名称", "name"], ["food_business", "営業者の氏名又は名称", "organization_name"],
    ["food_business", "指令番号", "permit_number"], ["food_business", "営業許可年月日", "permit_date"], ["food_business", "許可の有効期間満了日", "permit_expiry_date"],
    ["food_business", "営業所の所在地", "full_address"],
    ["open_data_list", "リソース名", "file_title"], ["open_data_list", "説明", "description"], ["open_data_list", "組織", "contact_name"],
    ["open_data_list", "API", "has_api"], ["public_wireless_lan", "問い合わせ", "phone_number"],
    ["public_facility", "バリアフリー情報等", "barrier_free_info"], ["tourism", "バリアフリー情報等", "barrier_free_info"],
    // numbered columns of one list are no column each (their values are joined: the records below)
    ["food_business", "営業の種類1", null],
    // a file's URL without the standard's ファイル_ prefix, or in CKAN's リソース wording: a page that leads to it is its
    // アクセスURL, any other URL of it the file itself (ダウンロードURL)
    ["open_data_list", "アクセスURL", "file_access_url"], ["open_data_list", "ダウンロードURL", "file_download_url"],
    ["open_data_list", "ファイルURL", "file_download_url"], ["open_data_list", "ファイル_URL", "file_download_url"],
    ["open_data_list", "データURL", "file_download_url"], ["open_data_list", "リソースURL", "file_download_url"],
    ["open_data_list", "リソース_URL", "file_download_url"],
    // 許可 and 届出 in one list (食品衛生法, 2021): their number and date are the standard's 許可番号 and 許可年月日
    ["food_business", "許可・届出番号", "permit_number"], ["food_business", "許可（届出）番号", "permit_number"],
    ["food_business", "許可/届出番号", "permit_number"], ["food_business", "届出番号", "permit_number"],
    ["food_business", "許可・届出年月日", "permit_date"], ["food_business", "許可(届出)年月日", "permit_date"],
    ["food_business", "届出年月日", "permit_date"], ["food_business", "許可・届出日", "permit_date"],
    // 建物名等(方書) without its gloss, in other words, and under 所在地 (所在地 over 住所 | 建物名), in every dataset with a
    // location; 想定収容人数 in other words (131148_aed: the building and floor had dropped out of the address)
    ...["aed", "public_facility", "hospital", "evacuation_space"].flatMap((id) => ["建物名等", "建物名", "ビル名", "方書", "方書き", "所在地_建物名"]
      .map((h) => [id, h, "building_name"] as const)),
    ["evacuation_space", "収容想定人数", "max_capacity"], ["evacuation_space", "受入可能人数", "max_capacity"],
    // a footnote's reference mark after or before the header, as （注1） is read (131148_aed_marks: every row had been
    // invalid, the officer told to add 名称 and 設置位置); a mark alone names nothing
    ["aed", "名称※", "name"], ["aed", "設置位置※1", "installation_position"], ["aed", "設置位置 ※1", "installation_position"],
    ["aed", "設置位置\n※1", "installation_position"], ["aed", "小児対応※2", "pediatric_pads"], ["aed", "小児対応設備の有無※2", "pediatric_pads"],
    ["aed", "＊名称", "name"], ["aed", "※名称", "name"], ["aed", "名称*1", "name"], ["aed", "名称（※）", "name"], ["aed", "名称 注1", "name"],
    ["aed", "電話番号※（代表）", "phone_number"], ["aed", "※", null], ["aed", "注1", null], ["aed", "※1", null],
    // adversarial pass (文化財, 観光施設, オープンデータ一覧, 食品営業 lists as Tokyo publishes them): headers that had gone to
    // extra, and 種別（指定区分） to 種類, which left the file without its required 文化財分類 and every row invalid
    ...["tourism", "cultural_property", "aed"].flatMap((id) => ["英語名称", "英語名"].map((h) => [id, h, "name_en"] as const)),
    ...["概要", "施設概要", "紹介文", "説明文"].map((h) => ["tourism", h, "description"] as const),
    ["cultural_property", "種別（指定区分）", "category"], ["cultural_property", "員数・数量", "quantity"], ["cultural_property", "管理者", "owner"],
    ["cultural_property", "所有者名", "owner"], ["cultural_property", "解説", "description"],
    ["open_data_list", "公開URL", "url"], ["open_data_list", "更新周期", "update_frequency"], ["open_data_list", "掲載日", "issued"],
    ["open_data_list", "公開年月日", "issued"], ["open_data_list", "タグ", "keywords"], ["open_data_list", "データの説明", "description"],
    ["open_data_list", "提供形式", "file_format"], ["open_data_list", "作成部署", "contact_name"], ["open_data_list", "利用規約", "file_terms_of_use"],
    ["food_business", "初回許可日", "first_permit_date"], ["food_business", "施設の所在地", "full_address"],
    ["food_business", "許可期限日", "permit_expiry_date"], ["food_business", "許可有効期限", "permit_expiry_date"],
    ["food_business", "営業許可番号", "permit_number"], ["food_business", "営業許可の種類", "business_type"], ["food_business", "許可業種名", "business_type"],
    // the code of the 町丁 a population table counts is its 地域コード (it had gone to extra)
    ["population", "町丁コード", "area_code"], ["population", "町丁目コード", "area_code"], ["population", "町字コード", "area_code"],
    // 那須塩原市's 観光施設: its page (before: extra)
    ["tourism", "関連HP", "url"], ["public_facility", "関連ホームページ", "url"],
  ])("%s: %s → %s", (id, header, key) => {
    const m = matchHeader(header, getDataset(id)!);
    expect(m === null ? null : [m.key, m.method]).toEqual(key === null ? null : [key, "alias"]);
  });
});

describe("the records these headers make", () => {
  it("an evacuation list with bare hazard columns (○ / ●, あり) fills the hazard flags", async () => {
    const text = "番号,避難場所名,所在地,洪水,崖崩れ・土石流・地滑り,地震,大規模火災,内水氾濫,火山,指定避難所,収容可能人数,対象地区,電話番号\n"
      + "1,町田第一小学校,東京都町田市原町田三丁目3-2,○,,●,○,,,あり,950,原町田;中町,042-722-2258\n";
    const { rows, report } = await runBytes(text, "132098_evacuation_space.csv");
    expect(rows[0].record).toMatchObject({
      name: "町田第一小学校", hazard_flood: true, hazard_landslide: false, hazard_storm_surge: null, hazard_earthquake: true, hazard_tsunami: null,
      hazard_large_fire: true, hazard_inland_flood: false, hazard_volcano: false, also_designated_shelter: true, max_capacity: "950",
      target_communities: ["原町田", "中町"],
    });
    expect(tuples(report, "unknown_header", "duplicate_header", "fuzzy_header")).toEqual([]);
  });

  it("short hazard headers: 災害種別 over 洪水 | 崖崩れ | 火災 | 内水 (two rows) or the words alone fill the flags; 火災 of other words stays in extra", async () => {
    const rowsOf = async (text: string) => (await runBytes(text, "131199_evacuation_space.csv")).rows
      .map((r) => [r.record.hazard_flood, r.record.hazard_landslide, r.record.hazard_earthquake, r.record.hazard_large_fire, r.record.hazard_inland_flood, r.extra]);
    const body = "板橋第一小学校,東京都板橋区板橋2-66-1,○,,○,○,○\n板橋公園,東京都板橋区板橋3-1-1,,○,○,,\n";
    const expected = [[true, false, true, true, true, {}], [false, true, true, false, false, {}]];
    expect(await rowsOf(`名称,所在地,災害種別,,,,\n,,洪水,崖崩れ,地震,火災,内水\n${body}`)).toEqual(expected);
    expect(await rowsOf(`名称,所在地,洪水,土砂,地震,火災,内水\n${body}`)).toEqual(expected);
    const { rows, report } = await runBytes("名称,所在地,地震,火災\n板橋第一小学校,東京都板橋区板橋2-66-1,○,延焼のおそれあり\n", "131199_evacuation_space.csv");
    expect([rows[0].record.hazard_large_fire, rows[0].extra]).toEqual([null, { 火災: "延焼のおそれあり" }]);
    expect(tuples(report, "unknown_header")).toEqual([[null, "火災", "unknown_header"]]);
  });

  it("hazards headed after the list's own header in one row (対象とする災害（洪水）, 対象災害_地震) fill the flags, as under it in two rows", async () => {
    const text = "避難場所名,所在地,電話番号,対象とする災害（洪水）,対象とする災害（崖崩れ、土石流及び地滑り）,対象災害_地震,想定災害：大規模火災,対象とする災害（その他）\n"
      + "町田第一小学校,東京都町田市原町田三丁目1-5,042-722-2258,〇,×,〇,〇,〇\n";
    const { rows, report } = await runBytes(text, "132098_evacuation_space.csv");
    expect(rows[0].record).toMatchObject({ hazard_flood: true, hazard_landslide: false, hazard_earthquake: true, hazard_large_fire: true,
      hazard_inland_flood: null });
    expect(rows[0].extra).toEqual({ "対象とする災害（その他）": "〇" });
    expect(tuples(report, "unknown_header")).toEqual([[null, "対象とする災害（その他）", "unknown_header"]]);
    // the landslide's parts so headed (対象災害（崖崩れ） | （土石流） | （地滑り）) are one column, yes when any part is
    const parts = await runBytes("名称,所在地,電話番号,対象災害（崖崩れ）,対象災害（土石流）,対象災害（地滑り）\n"
      + "町田第一小学校,東京都町田市原町田三丁目1-5,042-722-2258,,○,\n", "132098_evacuation_space.csv");
    expect(parts.rows[0].record.hazard_landslide).toBe(true);
    expect(tuples(parts.report, "flag_columns_joined", "duplicate_header")).toEqual([[null, "hazard_landslide", "flag_columns_joined"]]);
    // a toilet list's 設備 spread over columns (設備（オストメイト）): each the flag its word names; another word stays in extra
    const toilets = await runBytes("名称,設置位置,住所,設備（オストメイト）,設備_ベビーシート,設備（手すり）\nA公衆トイレ,公園内,東京都台東区上野公園1-1,○,×,○\n",
      "131067_public_toilet.csv");
    expect(toilets.rows[0].record).toMatchObject({ ostomate_toilet: true, baby_care_toilet: false });
    expect(toilets.rows[0].extra).toEqual({ "設備（手すり）": "○" });
  });

  it("such a list is detected as 03 by its header alone", async () => {
    const text = "ID,施設名,施設名（ふりがな）,住所,緯度,経度,洪水,土砂災害,高潮,地震,津波,大規模火災,内水氾濫,火山,指定避難所,収容可能人数,備考\n"
      + "1,小金井第一小学校,こがねいだいいちしょうがっこう,東京都小金井市本町1-8-19,35.7011,139.5086,,,,●,,●,●,,あり,620,\n";
    const { rows, report } = await runBytes(text, "hinan.csv");
    expect(report.dataset).toBe("evacuation_space");
    expect(rows[0].record).toMatchObject({ name: "小金井第一小学校", name_kana: "コガネイダイイチショウガッコウ", hazard_earthquake: true, hazard_flood: false });
  });

  it("an AED list with 施設名 and 設置場所 (the spot inside) and 小児用パッド", async () => {
    const text = "施設名,設置場所,所在地,電話,小児用パッド\n武蔵野市役所,1階市民課前,東京都武蔵野市緑町2-2-28,0422-51-5131,あり\n";
    const { rows, report } = await runBytes(text, "132039_aed.csv");
    expect(rows[0].record).toMatchObject({ name: "武蔵野市役所", installation_position: "1階市民課前", pediatric_pads: true });
    expect(report.valid).toBe(1);
  });

  it("an AED list with 設置場所 (the facility) and 設置位置", async () => {
    const { rows } = await runBytes("設置場所,設置位置,住所\n武蔵野市役所,1階市民課前,東京都武蔵野市緑町2-2-28\n", "132039_aed.csv");
    expect(rows[0].record).toMatchObject({ name: "武蔵野市役所", installation_position: "1階市民課前" });
  });

  it("an AED list with 設置場所 (the facility) and 設置場所詳細 (where inside): every row valid", async () => {
    const text = "番号,設置場所,設置場所詳細,住所\n1,杉並区役所,東庁舎1階 区民課前,東京都杉並区阿佐谷南1-15-1\n";
    const { rows, report } = await runBytes(text, "131156_aed.csv");
    expect(rows[0].record).toMatchObject({ name: "杉並区役所", installation_position: "東庁舎1階 区民課前" });
    expect(rows[0].extra).toEqual({});
    expect([report.valid, report.invalid]).toEqual([1, 0]);
  });

  it("an AED list whose headers carry footnote marks (名称※, 設置位置※1, 小児対応設備の有無※2): every row valid, the notes below not read", async () => {
    const text = "NO,名称※,住所,設置位置 ※1,電話番号,小児対応設備の有無※2\n1,中野区役所,東京都中野区中野4-11-19,1階,03-3389-1111,有\n"
      + "※1 建物内の設置場所を記載\n※2 小児用パッドの有無\n";
    const { rows, report } = await runBytes(text, "131148_aed.csv");
    expect(report.header.map((h) => [h.source, h.field, h.method])).toEqual([
      ["NO", "id", "alias"], ["名称※", "name", "alias"], ["住所", "full_address", "alias"], ["設置位置 ※1", "installation_position", "alias"],
      ["電話番号", "phone_number", "exact"], ["小児対応設備の有無※2", "pediatric_pads", "alias"],
    ]);
    expect(rows.map((r) => [r.record.name, r.record.installation_position, r.record.pediatric_pads, r.extra])).toEqual([["中野区役所", "1階", true, {}]]);
    expect([report.valid, report.invalid]).toEqual([1, 0]);
    expect(tuples(report, "missing_column", "unknown_header", "fuzzy_header")).toEqual([]);
  });

  it("an AED list with 所在地 over 住所 | 建物名 (two header rows) or a 建物名等 column: the building is 建物名等(方書)", async () => {
    const rowOf = async (text: string) => (await runBytes(text, "131148_aed.csv")).rows
      .map((r) => [r.record.full_address, r.record.building_name, r.record.installation_position, r.extra]);
    const row = "1,中野区立中央図書館,東京都中野区中野2-9-7,なかのZERO西館地下2階,カウンター\n";
    const expected = [["東京都中野区中野2-9-7", "なかのZERO西館地下2階", "カウンター", {}]];
    expect(await rowOf(`NO,施設名,所在地,,設置位置\n,,住所,建物名,\n${row}`)).toEqual(expected);
    expect(await rowOf(`NO,施設名,住所,建物名等,設置位置\n${row}`)).toEqual(expected);
  });

  it("an English AED list", async () => {
    const text = "Municipality Code,No,Name,Name (Kana),Address,Latitude,Longitude,Location in building,Phone,Open,Close,Pediatric pads,Notes\n"
      + "132063,1,府中市役所,フチュウシヤクショ,東京都府中市宮西町2-24,35.668889,139.477778,1階総合案内,042-364-4111,8:30,17:00,Yes,\n";
    const { rows, report } = await runBytes(text, "132063_aed.csv");
    expect(rows[0].record).toMatchObject({
      local_government_code: "132063", installation_position: "1階総合案内", phone_number: "042-364-4111", start_time: "08:30", end_time: "17:00",
      pediatric_pads: true,
    });
    expect(report.header.filter((h) => h.field === null)).toEqual([]);
  });

  it("a toilet list with short headers: 男(小), 男(大), 女, 共用, 車いす", async () => {
    const text = "番号,名称,所在地,設置場所,男(小),男(大),女,共用,車いす\n1,上野駅前公衆便所,東京都台東区上野7-1-1,駅前広場,3,2,4,1,○\n";
    const { rows } = await runBytes(text, "131067_public_toilet.csv");
    // 男(大) + 男(小) are the men's seats: 2 stalls and 3 urinals
    expect(rows[0].record).toMatchObject({ urinal_male_toilet: 3, total_female_toilet: 4, total_unisex_toilet: 1, wheelchair_toilet: true, total_male_toilet: 5 });
    expect(rows[0].extra).toEqual({ "男(大)": "2" });
  });

  it("a 多目的 column of marks is the 多機能トイレ count: a mark is no count, warned and kept in 備考", async () => {
    const { rows, report } = await runBytes("名称,設置位置,住所,多目的\nA公衆トイレ,公園内,東京都台東区上野公園1-1,○\n", "131067_public_toilet.csv");
    expect([rows[0].record.multifunctional_toilet, rows[0].record.remarks]).toEqual([null, "多機能トイレ数：○"]);
    expect(tuples(report, "unparseable_number", "yes_as_count")).toEqual([[1, "multifunctional_toilet", "yes_as_count"]]);
  });

  it("a 多目的 column of marks with how many (有（1）, あり（2基）) gives the count, said at info level, nothing kept in 備考", async () => {
    const { rows, report } = await runBytes("名称,設置位置,住所,多目的トイレ\nA公衆トイレ,公園内,東京都台東区上野公園1-1,有（1）\nB公衆トイレ,駅前,東京都台東区上野7-1-1,あり（2基）\n",
      "131067_public_toilet.csv");
    expect(rows.map((r) => [r.record.multifunctional_toilet, r.record.remarks])).toEqual([[1, null], [2, null]]);
    expect(report.issues.filter((i) => i.code === "count_after_yes").map((i) => [i.row, i.field, i.severity, i.value]))
      .toEqual([[1, "multifunctional_toilet", "info", "有（1）"], [2, "multifunctional_toilet", "info", "あり（2基）"]]);
  });

  it("a toilet list in 中野区's wording", async () => {
    const text = "No.,トイレ名称,所在地,設置場所,男性用（大）,男性用（小）,女性用,男女共用,だれでもトイレ（数）,車いす対応,ベビーシート,オストメイト,利用時間\n"
      + "1,中野駅北口公衆トイレ,東京都中野区中野五丁目31,駅北口広場,1,2,2,0,1,●,●,,6:00～22:00\n";
    const { rows, report } = await runBytes(text, "トイレ一覧.csv");
    expect(report.dataset).toBe("public_toilet");
    expect(rows[0].record).toMatchObject({
      name: "中野駅北口公衆トイレ", installation_position: "駅北口広場", total_male_toilet: 3, urinal_male_toilet: 2, total_female_toilet: 2,
      total_unisex_toilet: 0, multifunctional_toilet: 1, wheelchair_toilet: true, baby_care_toilet: true, ostomate_toilet: null,
      start_time: "06:00", end_time: "22:00",
    });
    expect(rows[0].extra).toEqual({ "男性用（大）": "1" });
  });

  it("an open data list in 三鷹市's wording", async () => {
    const text = "No.,データ名,担当課,形式,更新頻度,公開日,更新日,掲載ページ,利用条件\n"
      + "1,三鷹市の人口（町丁別）,市民部市民課,CSV,毎月,平成27年4月1日,令和6年4月1日,https://www.city.mitaka.lg.jp/c_service/000/000001.html,CC BY 4.0\n";
    const { rows, report } = await runBytes(text, "opendata.csv");
    expect(report.dataset).toBe("open_data_list");
    expect(rows[0].record).toMatchObject({
      title: "三鷹市の人口（町丁別）", contact_name: "市民部市民課", file_format: "CSV", issued: "2015-04-01", modified: "2024-04-01",
      url: "https://www.city.mitaka.lg.jp/c_service/000/000001.html", license: "CC BY 4.0",
    });
  });

  it.each([
    ["public_facility", "バリアフリー"], ["public_facility", "バリアフリー対応"], ["public_facility", "バリアフリー設備"], ["tourism", "バリアフリー"],
    ["tourism", "バリアフリー対応状況"],
  ])("%s: a column headed %s that names features is バリアフリー情報, a list of them (it was extra alone); a place with none says なし, kept as written", async (id, header) => {
    const { rows, report } = await runBytes(`名称,所在地,${header}\n中野区役所,中野区中野4-11-19,車いす対応トイレ、エレベーター\n`
      + `哲学堂,中野区松が丘1-34-28,なし\n`, `131148_${id}.csv`);
    expect(report.dataset).toBe(id);
    expect(rows.map((r) => [r.record.barrier_free_info, r.extra])).toEqual([[["車いす対応トイレ", "エレベーター"], {}], [["なし"], {}]]);
    expect(report.issues.filter((i) => i.field === header).map((i) => [i.code, i.value])).toEqual([["column_by_values", "バリアフリー情報（車いす対応トイレ、エレベーター、なし）"]]);
  });

  // a column of marks and features (○, エレベーター) is the list: barrier-free-marks.test.ts
  it("a バリアフリー column of marks (○ / ×) or of noes alone is no list of features: it stays in extra", async () => {
    for (const cells of [["○", "×"], ["なし", "×"]]) {
      const { rows, report } = await runBytes(`名称,所在地,バリアフリー\n中野区役所,中野区中野4-11-19,${cells[0]}\n哲学堂,中野区松が丘1-34-28,${cells[1]}\n`,
        "131148_public_facility.csv");
      expect(rows.map((r) => [r.record.barrier_free_info, r.extra]), cells.join()).toEqual([[null, { バリアフリー: cells[0] }], [null, { バリアフリー: cells[1] }]]);
      expect(tuples(report, "column_by_values", "unknown_header")).toEqual([[null, "バリアフリー", "unknown_header"]]);
    }
  });

  it("a tourism list with 観光施設名 and 入場料", async () => {
    const { rows } = await runBytes("観光施設名,住所,入場料,説明\n深大寺,東京都調布市深大寺元町5-15-1,500,天平5年開創\n", "132080_tourism.csv");
    expect(rows[0].record).toMatchObject({ name: "深大寺", fee_basic: 500 });
  });
});

describe("columns that each give a part of one standard column (病床数（一般）, 病床数（療養）)", () => {
  it("a count is their sum, a text their values labelled; neither part alone is the whole", async () => {
    const beds = await runBytes("医療機関名,医療機関の種類,所在地,病床数（一般）,病床数（療養）,病床数（精神）\n"
      + "立川中央病院,病院,東京都立川市柴崎町1-1,206,100,0\n立川北クリニック,有床診療所,東京都立川市曙町2-2,19,,\n", "132021_hospital.csv");
    expect(beds.rows.map((r) => r.record.beds)).toEqual([306, 19]);
    expect(beds.report.header.filter((h) => h.source.startsWith("病床数")).map((h) => h.field)).toEqual([null, null, null]);
    expect(beds.report.issues.find((i) => i.code === "columns_summed")).toMatchObject({ field: "beds", value: "病床数（一般） + 病床数（療養） + 病床数（精神）" });
    // no 「このままでかまいません」 for a part that is not the whole
    expect(tuples(beds.report, "qualified_header")).toEqual([]);
    const capacity = await runBytes("避難場所名,所在地,電話番号,市区町村コード,収容人数（屋内）,収容人数（屋外）\n"
      + "荒川自然公園,東京都荒川区荒川8-25-3,03-3802-3111,131181,,\"15,000人\"\n第一中学校,東京都荒川区南千住1-1-1,03-3802-3111,131181,600人,2000人\n", "131181_evacuation_space.csv");
    expect(capacity.rows.map((r) => r.record.max_capacity)).toEqual(["屋外：15,000人", "屋内：600人 / 屋外：2000人"]);
    expect(tuples(capacity.report, "columns_joined")).toEqual([[null, "max_capacity", "columns_joined"]]);
  });

  it("an amount by kind of people (入場料（大人）, 入場料（小人）) adds up to nothing: the fees go labelled into 料金(詳細), the adult one is 料金(基本)", async () => {
    const { report, rows } = await runBytes("観光施設名,住所,入場料（大人）,入場料（小人）\n深大寺,東京都調布市深大寺元町5-15-1,500,250\n", "132080_tourism.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details, r.extra])).toEqual([[500, "大人：500 / 小人：250", { "入場料（大人）": "500", "入場料（小人）": "250" }]]);
    expect(report.issues.filter((i) => i.code === "columns_joined").map((i) => [i.field, i.value])).toEqual([["fee_details", "入場料（大人） + 入場料（小人）"]]);
    // its example is the file's own value, not another dataset's capacity
    const joined = report.issues.find((i) => i.code === "columns_joined")!;
    expect(joined.detail).toBe("大人：500 / 小人：250");
    expect(joined.message_ja).toContain("例：大人：500 / 小人：250。");
    expect(joined.message_ja).not.toContain("屋内：600人");
    // a first row with no fee: the first row that has one
    const later = await runBytes("観光施設名,住所,入場料（大人）,入場料（小人）\n公園,東京都調布市深大寺元町5-15-1,,\n深大寺,東京都調布市深大寺元町5-15-1,500,250\n", "132080_tourism.csv");
    expect(later.report.issues.find((i) => i.code === "columns_joined")?.detail).toBe("大人：500 / 小人：250");
    // a column of the fee details of its own: the parts are not joined into it, they stay in extra
    const own = await runBytes("観光施設名,住所,料金（詳細）,入場料（大人）,入場料（小人）\n深大寺,東京都調布市深大寺元町5-15-1,団体割引あり,500,250\n", "132080_tourism.csv");
    expect(own.rows.map((r) => [r.record.fee_basic, r.record.fee_details, r.extra])).toEqual([[null, "団体割引あり", { "入場料（大人）": "500", "入場料（小人）": "250" }]]);
  });

  it("only parts the qualifiers name as kinds are added up: a total, a subset, another measure or a short name are not", async () => {
    const bedsOf = async (header: string, row: string) => (await runBytes(`医療機関名,医療機関の種類,所在地,${header}\nA病院,病院,東京都立川市柴崎町1-1,${row}\n`, "132021_hospital.csv")).rows[0].record.beds;
    expect(await bedsOf("病床数（総数）,病床数（一般）,病床数（療養）", "300,200,100")).toBe(300);
    expect(await bedsOf("病床数（一般）,病床数（療養）,病床数（総数）", "200,100,300")).toBe(300);
    expect(await bedsOf("病床数（許可）,病床数（稼働）", "300,280")).toBe(300);
    expect(await bedsOf("病床数（一般）,病床数（うち感染症）", "300,10")).toBe(300);
    // two years are not added either: the later year's is the figure (人口(R5.1.1) | 人口(R6.1.1), headers.test.ts)
    expect(await bedsOf("病床数（令和5年）,病床数（令和6年）", "300,310")).toBe(310);
    const names = await runBytes("名称（正式）,名称（略称）,所在地\n新宿区立新宿スポーツセンター,スポセン,東京都新宿区大久保3-5-1\n", "131041_public_facility.csv");
    expect(names.rows[0].record.name).toBe("新宿区立新宿スポーツセンター");
  });

  it("counts by kinds of people that may overlap are not summed, nor is one of them the count: in 備考 with their kind, or in extra alone", async () => {
    const preschool = await runBytes("施設名,所在地,定員（一般）,定員（障害者）\n東大和保育園,東大和市中央一丁目1番1号,60,3\n", "132209_preschool.csv");
    expect(preschool.rows.map((r) => [r.record.capacity, r.record.remarks])).toEqual([[null, "一般：60 / 障害者：3"]]);
    expect(tuples(preschool.report, "parts_not_summed", "columns_summed", "qualified_header")).toEqual([[null, "capacity", "parts_not_summed"]]);
    // a count with no text column of its own (病床数): the parts stay in extra, said without a column they went to
    const beds = await runBytes("医療機関名,医療機関の種類,所在地,病床数（一般）,病床数（高齢者）\nA病院,病院,東京都立川市柴崎町1-1,200,50\n", "132021_hospital.csv");
    expect(beds.rows.map((r) => [r.record.beds, r.extra])).toEqual([[null, { "病床数（一般）": "200", "病床数（高齢者）": "50" }]]);
    const warned = beds.report.issues.filter((i) => i.code === "parts_not_summed");
    expect(warned.map((i) => [i.field, i.value, i.detail])).toEqual([["beds", "病床数（一般） + 病床数（高齢者）", undefined]]);
    expect(warned[0].message_ja).not.toContain("に入れ");
  });

  it("other kinds keep the main one (電話番号（代表）), else one not for some hours only, else the first; and a plain column of the whole wins over its parts", async () => {
    const phones = await runBytes("医療機関名,医療機関の種類,所在地,電話番号（代表）,電話番号（夜間）\nA病院,病院,東京都立川市柴崎町1-1,042-500-0001,042-500-0002\n", "132021_hospital.csv");
    expect(phones.rows[0].record.phone_number).toBe("042-500-0001");
    // the main number (代表) wins over one for some hours or people (夜間, 直通) whatever their order; among others, the first
    const phoneOf = async (header: string, cells: string) =>
      (await runBytes(`医療機関名,医療機関の種類,所在地,${header}\nA病院,病院,東京都立川市柴崎町1-1,${cells}\n`, "132021_hospital.csv")).rows[0].record.phone_number;
    expect(await phoneOf("電話番号（夜間）,電話番号（代表）", "042-500-0002,042-500-0001")).toBe("042-500-0001");
    expect(await phoneOf("電話番号(直通),電話番号(代表)", "042-500-0003,042-500-0001")).toBe("042-500-0001");
    expect(await phoneOf("電話番号（休日）,電話番号（外来）", "042-500-0004,042-500-0005")).toBe("042-500-0005");
    expect(await phoneOf("電話番号（外来）,電話番号（病棟）", "042-500-0005,042-500-0006")).toBe("042-500-0005");
    const whole = await runBytes("医療機関名,医療機関の種類,所在地,病床数,病床数（一般）,病床数（療養）\nA病院,病院,東京都立川市柴崎町1-1,310,210,100\n", "132021_hospital.csv");
    expect(whole.rows[0].record.beds).toBe(310);
  });

  it("beds headed by kind without 病床数 over them (一般病床数, 療養病床数 …) are summed; a column of the whole wins; one kind alone is no total", async () => {
    const file = (header: string, ...rows: string[]) => runBytes([`名称,医療機関の種類,住所,${header}`, ...rows].join("\n"), "132047_hospital.csv");
    const kinds = await file("一般病床数,療養病床数,精神病床数,結核病床数,感染症病床数", "杏林大学医学部付属病院,病院,東京都三鷹市新川6-20-2,1053,,,,",
      "三鷹中央病院,病院,東京都三鷹市上連雀5-23-10,60,40,5,2,1");
    expect(kinds.rows.map((r) => [r.record.beds, r.extra])).toEqual([[1053, { 一般病床数: "1053" }],
      [108, { 一般病床数: "60", 療養病床数: "40", 精神病床数: "5", 結核病床数: "2", 感染症病床数: "1" }]]);
    expect(tuples(kinds.report, "columns_summed", "unknown_header")).toEqual([[null, "beds", "columns_summed"]]);
    expect(kinds.report.dataset).toBe("hospital");
    const whole = await file("一般病床数,療養病床数,総病床数", "A病院,病院,東京都三鷹市新川1-1,60,40,110");
    expect(whole.rows[0].record.beds).toBe(110);
    expect(tuples(whole.report, "columns_summed")).toEqual([]);
    const one = await file("一般病床数", "A病院,病院,東京都三鷹市新川1-1,60");
    expect([one.rows[0].record.beds, one.rows[0].extra]).toEqual([null, { 一般病床数: "60" }]);
  });

  it("FAX 同左 (the number beside it) is the phone number, said as info; 同上 there is the row above's, as in every column", async () => {
    const { rows, report } = await runBytes(["名称,医療機関の種類,住所,電話番号,FAX番号", "A医院,無床診療所,東京都中野区中野5-1-1,03-3385-0000,03-3385-0009",
      "B医院,無床診療所,東京都中野区中野5-2-1,03-3386-0000,同左", "C医院,無床診療所,東京都中野区中野5-3-1,03-3387-0000,同上"].join("\n"), "131148_hospital.csv");
    // row 3's 同上 copies the 同左 above it, which is then its own row's phone number
    expect(rows.map((r) => r.record.fax_number)).toEqual(["03-3385-0009", "03-3386-0000", "03-3387-0000"]);
    expect(report.issues.filter((i) => i.field === "fax_number").map((i) => [i.row, i.code, i.severity]))
      .toEqual([[2, "same_as_beside", "info"], [3, "same_as_above", "info"], [3, "same_as_beside", "info"]]);
    expect(report.issues.find((i) => i.code === "same_as_beside")?.value).toBe("同左 → 03-3386-0000");
  });

  it("a food permit's 有効期間 written as a range gives its start and its expiry", async () => {
    const { rows } = await runBytes("営業所の名称,営業所の所在地,営業の種類,許可番号,許可年月日,許可の有効期間\n"
      + "三軒茶屋キッチン,東京都世田谷区太子堂四丁目1番1号,飲食店営業,第R06世保生1001号,令和6年4月1日,令和6年4月1日～令和12年3月31日\n"
      + "下北沢焼菓子店,東京都世田谷区北沢二丁目10番15号,菓子製造業,第R05世保生2002号,2023-10-02,令和11年9月30日\n", "131121_food_business_all.csv");
    expect(rows.map((r) => [r.record.name, r.record.permit_start_date, r.record.permit_expiry_date])).toEqual([
      ["三軒茶屋キッチン", "2024-04-01", "2030-03-31"], ["下北沢焼菓子店", null, "2029-09-30"]]);
  });
});

describe("a column the standard does not have, kept in a remarks column after its header", () => {
  it("two such columns are named each as the file has it, with the label its values were given (no made-up column A + B)", async () => {
    const { report, rows } = await runBytes("施設名,所在地,開館時間,開館時間_土日祝,休館日\n北区立中央図書館,北区十条台1-2-5,9:00～20:00,9:00～19:00,第2木曜日\n",
      "131105_public_facility.csv");
    expect(rows[0].record.availability_remarks).toBe("開館時間（土日祝）：9:00～19:00 / 休館日：第2木曜日");
    const labelled = report.issues.filter((i) => i.code === "column_labelled");
    expect(labelled.map((i) => [i.field, i.value])).toEqual([["availability_remarks", "開館時間_土日祝」「休館日"]]);
    expect(labelled[0].message_ja).toBe("標準に列「開館時間_土日祝」「休館日」はないため、各行の値を見出しを付けて（「開館時間（土日祝）：…」「休館日：…」）"
      + "「利用可能日時特記事項」に入れました（「利用可能日時特記事項」の列があればその後に。元の列は extra に残しています）。");
    expect(labelled[0].message_en).toContain('The standard has no column "開館時間_土日祝", "休館日": each row\'s value went into');
  });

  it("休館日 goes into 利用可能日時特記事項 as 休館日：…, so closed days do not read as days of use; after that column's own text when the file has it", async () => {
    const { report, rows } = await runBytes("名称,所在地,開館時間,休館日\n新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1,8:30～17:00,土曜日、日曜日、祝日、年末年始\n",
      "131041_public_facility.csv");
    expect(rows[0].record.availability_remarks).toBe("休館日：土曜日、日曜日、祝日、年末年始");
    expect(report.issues.find((i) => i.code === "column_labelled")).toMatchObject({ field: "availability_remarks", value: "休館日" });
    const both = await runBytes("名称,所在地,利用可能日時特記事項,定休日\n浅草寺,東京都台東区浅草2-3-1,6時～17時,なし\n", "131067_tourism.csv");
    expect([both.rows[0].record.availability_remarks, both.rows[0].extra]).toEqual(["6時～17時 / 定休日：なし", { 定休日: "なし" }]);
    expect(tuples(both.report, "duplicate_header")).toEqual([]);
    expect(both.report.issues.find((i) => i.code === "column_labelled")).toMatchObject({ field: "availability_remarks", value: "定休日" });
    expect(both.report.header.map((h) => h.field)).toContain("availability_remarks");
    // 休館日 still tells the dataset as a header of it does: a list without the file name's slug is told
    const told = await runBytes("名称,所在地,電話番号,営業時間,定休日,入場料\n浅草寺,東京都台東区浅草2-3-1,03-3842-0181,6時～17時,なし,無料\n", "list.csv");
    expect(told.report.dataset).not.toBeNull();
  });
});

describe("hours of another kind of day", () => {
  it("go after their header into 利用可能日時特記事項, the usual day's read as the hours: two-row, _ and bracketed headers", async () => {
    const twoRows = await runBytes("名称,所在地,開館時間,,休館日\n,,平日,土日祝,\n中央図書館,東京都新宿区大久保3-1-1,9:00～20:00,9:00～17:00,月曜日\n",
      "131041_public_facility.csv");
    expect(twoRows.rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["09:00", "20:00", "開館時間（土日祝）：9:00～17:00 / 休館日：月曜日"]]);
    expect(twoRows.rows[0].extra).toMatchObject({ 開館時間_土日祝: "9:00～17:00" });
    // one header row: 開館時間（平日） is the hours, the weekend's go to the remarks; 平日 without a plain column takes it
    for (const header of ["開館時間（平日）,開館時間（土日祝）", "開館時間_土日祝,開館時間_平日", "開館時間_月～金,開館時間_日曜"]) {
      const [first, second] = header.includes("_土日祝") ? ["9:00～17:00", "9:00～20:00"] : ["9:00～20:00", "9:00～17:00"];
      const { rows } = await runBytes(`名称,所在地,${header}\n中央図書館,東京都新宿区大久保3-1-1,${first},${second}\n`, "131041_public_facility.csv");
      expect([rows[0].record.start_time, rows[0].record.end_time], header).toEqual(["09:00", "20:00"]);
      expect(rows[0].record.availability_remarks, header).toMatch(/^開館時間（(?:土日祝|日曜)）：9:00～17:00$/);
    }
    // a hospital's Saturday hours beside its 診療時間
    const clinic = await runBytes("名称,所在地,診療時間,診療時間（土曜）\n赤羽眼科,東京都北区赤羽1-1-1,9:00～18:00,9:00～12:00\n", "131172_hospital.csv");
    expect([clinic.rows[0].record.start_time, clinic.rows[0].record.end_time, clinic.rows[0].record.availability_remarks]).toEqual(
      ["09:00", "18:00", "診療時間（土曜）：9:00～12:00"]);
  });

  it("the day, _ and the end (土曜_開始, as a day over 開始 | 終了 joins) are labelled as the day and the end run on (土曜開始)", async () => {
    for (const sep of ["_", "", "・"]) {
      const { rows } = await runBytes(`名称,所在地,平日${sep}開始,平日${sep}終了,土曜${sep}開始,土曜${sep}終了
中央図書館,東京都港区芝公園3-2-25,9:00,20:00,9:00,17:00
`,
        "131032_public_facility.csv");
      expect([rows[0].record.start_time, rows[0].record.end_time, rows[0].record.availability_remarks], sep)
        .toEqual(["09:00", "20:00", "開始時間（土曜）：9:00 / 終了時間（土曜）：17:00"]);
    }
  });

  const CLINIC = "医療機関名,医療機関の種類,所在地,電話番号,診療曜日,診療時間";
  const clinic = (n: number, days: string) => `${n}医院,無床診療所,東京都八王子市元本郷町三丁目24番${n}号,042-626-311${n},${days},9:00～18:00`;

  it("with the day first (土曜日の診療時間, 土曜診療時間, 日曜・祝日診療) go there too, not to extra alone", async () => {
    for (const [sat, sun] of [["土曜日の診療時間", "日曜・祝日診療"], ["土曜診療時間", "日曜・祝日の診療時間"], ["土曜日診療時間", "日・祝診療"]]) {
      const { rows, report } = await runBytes(`${CLINIC},${sat},${sun}\n${clinic(1, "月火水木金")},9:00～12:00,休診\n`, "132012_hospital.csv");
      expect(rows[0].record.availability_remarks, sat).toMatch(/^診療時間（土曜日?）：9:00～12:00 \/ 診療時間（(?:日曜・祝日|日・祝)）：休診$/);
      expect(rows[0].extra, sat).toEqual({ [sat]: "9:00～12:00", [sun]: "休診" });
      expect(tuples(report, "unknown_header"), sat).toEqual([]);
    }
  });

  it("add the day to 診療曜日 on a row whose cell has hours; 休診, a dash, × or an empty cell add none; days in a run's words (月～金) are read as the run, also before a note (before: 月～金（祝日除く） as written)", async () => {
    const csv = `${CLINIC},土曜日の診療時間,日曜・祝日診療\n${clinic(1, "月火水木金")},9:00～12:00,休診\n${clinic(2, "月火水金")},―,9:00～12:00\n`
      + `${clinic(3, "月火水木金")},,×\n${clinic(4, "月～金")},9:00～12:00,\n${clinic(5, "月火水木金土")},9:00～13:00,\n${clinic(6, "月～金（祝日除く）")},9:00～12:00,\n`;
    const { rows, report } = await runBytes(csv, "132012_hospital.csv");
    expect(rows.map((r) => r.record.available_days)).toEqual(["月火水木金土", "月火水金日祝", "月火水木金", "月火水木金土", "月火水木金土", "月火水木金土"]);
    // the note is kept, after the days it was written with
    expect(rows[5].record.availability_remarks).toBe("診療時間（土曜日）：9:00～12:00 / 月火水木金土(祝日除く)");
    expect(report.issues.filter((i) => i.code === "days_from_hours").map((i) => [i.row, i.field, i.severity, i.value]))
      .toEqual([[null, "available_days", "info", "土曜日の診療時間 + 日曜・祝日診療"]]);
    // with no 診療曜日 of the file, the weekdays are not known: no days from the weekend's hours alone
    const bare = await runBytes("名称,所在地,診療時間,土曜診療時間\n赤羽眼科,東京都北区赤羽1-1-1,9:00～18:00,9:00～12:00\n", "131172_hospital.csv");
    expect([bare.rows[0].record.available_days, tuples(bare.report, "days_from_hours")]).toEqual([null, []]);
  });
});

describe("a column of days and hours in one (診療日・診療時間, 営業日・営業時間; before: unknown, in extra only)", () => {
  it("is a hospital list's hours, whose days give 診療曜日, and a care list's hours in the remarks after its header", async () => {
    const hospital = await runBytes("医療機関名,医療機関の種類,住所,診療日・診療時間\n"
      + "三鷹中央病院,病院,三鷹市下連雀1-1-1,月～金 9:00～17:00 土 9:00～12:00\n井の頭クリニック,無床診療所,三鷹市井の頭2-2-2,月～土 9:00～12:00 15:00～18:00\n", "132047_hospital.csv");
    expect(hospital.rows.map((r) => [r.record.available_days, r.record.start_time, r.record.end_time, r.record.availability_remarks, r.extra])).toEqual([
      ["月火水木金土", "09:00", null, "月～金 9:00～17:00 土 9:00～12:00", {}], ["月火水木金土", "09:00", "18:00", "月～土 9:00～12:00 15:00～18:00", {}]]);
    expect(tuples(hospital.report, "unknown_header")).toEqual([]);
    const care = await runBytes("事業所名,サービス種別,所在地,電話番号,営業日・営業時間\nデイホーム清瀬,通所介護,清瀬市松山3-3-3,042-493-3333,月～金 9:00～16:30\n", "132217_care_service.csv");
    expect(care.rows[0].record.availability_remarks).toBe("営業日・営業時間：月～金 9:00～16:30");
    expect(tuples(care.report, "unknown_header")).toEqual([]);
    const nursery = await runBytes("施設名,種別,所在地,開所日・開所時間\n府中ひかり保育園,認可保育所,府中市宮町1-1-1,月～土 7:15～18:15\n", "132063_preschool.csv");
    expect([nursery.rows[0].record.available_days, nursery.rows[0].record.start_time, nursery.rows[0].record.end_time]).toEqual(["月火水木金土", "07:15", "18:15"]);
  });
});

describe("a reading written in hiragana", () => {
  it("is published in katakana, as the standard writes 名称_カナ, on every path (plain cells included)", async () => {
    const { rows, report } = await runBytes("名称,よみがな,所在地\n東京国立博物館,とうきょうこくりつはくぶつかん,東京都台東区上野公園13-9\n上野動物園,ウエノドウブツエン,東京都台東区上野公園9-83\n", "131067_tourism.csv");
    expect(rows.map((r) => r.record.name_kana)).toEqual(["トウキョウコクリツハクブツカン", "ウエノドウブツエン"]);
    expect(tuples(report, "hiragana_reading")).toEqual([[1, "name_kana", "hiragana_reading"]]);
  });
});

describe("one hours column (利用時間, 利用可能時間) that says only when the hours close or open", () => {
  it("17時まで / 17:00迄 / ～17:00 give the end time, not the start; 9時から gives the start", async () => {
    const text = "名称,設置位置,所在地,利用時間\n"
      + "A公衆トイレ,公園内,東京都国分寺市本町1-1,17時まで\nB公衆トイレ,公園内,東京都国分寺市本町1-2,17:00迄\n"
      + "C公衆トイレ,公園内,東京都国分寺市本町1-3,9時から\nD公衆トイレ,公園内,東京都国分寺市本町1-4,～17:00\n";
    const { report, rows } = await runBytes(text, "132144_public_toilet.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks]))
      .toEqual([[null, "17:00", null], [null, "17:00", null], ["09:00", null, null], [null, "17:00", null]]);
    expect(tuples(report, "time_until_in_start")).toEqual([[1, "start_time", "time_until_in_start"], [2, "start_time", "time_until_in_start"],
      [4, "start_time", "time_until_in_start"]]);
  });
});

describe("adversarial pass 1: food permit registers and catalogue exports", () => {
  it("the permit register's wordings (営業施設の名称（屋号）, 指令番号, 営業許可年月日 …): every row valid, nothing unknown", async () => {
    const { rows, report } = await runBytes("整理番号,営業施設の名称（屋号）,営業者の氏名又は名称,営業所の所在地,営業の種類,指令番号,営業許可年月日,許可の有効期間満了日,電話番号\n"
      + "1,浅草天ぷら,株式会社浅草天,台東区浅草1-1-1,飲食店営業,5台保生第1号,令和5年4月1日,令和11年3月31日,03-3841-0001\n", "131067_food_business.csv");
    expect(rows[0].record).toMatchObject({ name: "浅草天ぷら", organization_name: "株式会社浅草天", full_address: "東京都台東区浅草1-1-1",
      permit_number: "5台保生第1号", permit_date: "2023-04-01", permit_expiry_date: "2029-03-31" });
    expect(rows[0].valid).toBe(true);
    expect(tuples(report, "unknown_header", "missing_column", "fuzzy_header")).toEqual([]);
  });

  it("営業の種類1 | 2 | 3: the row's kinds joined into 営業の種類 with ;, the columns in extra, said once", async () => {
    const { rows, report } = await runBytes("営業所の名称,営業所所在地,営業の種類1,営業の種類2,営業の種類3,許可番号\n"
      + "荒川もんじゃ,荒川区南千住1-1-1,飲食店営業,菓子製造業,,第100号\n町屋精肉,荒川区町屋2-2-2,食肉販売業,食肉処理業,そうざい製造業,第101号\n", "131181_food_business.csv");
    expect(rows.map((r) => r.record.business_type)).toEqual(["飲食店営業;菓子製造業", "食肉販売業;食肉処理業;そうざい製造業"]);
    expect(rows[0].extra).toEqual({ 営業の種類1: "飲食店営業", 営業の種類2: "菓子製造業" });
    expect(rows.every((r) => r.valid)).toBe(true);
    expect(report.issues.filter((i) => i.code === "numbered_columns_joined").map((i) => [i.field, i.value, i.severity]))
      .toEqual([["business_type", "営業の種類1 + 営業の種類2 + 営業の種類3", "info"]]);
    expect(tuples(report, "unknown_header", "missing_column", "duplicate_header")).toEqual([]);
  });

  it("the file's own 営業の種類 comes first, a numbered one after it; a numbered column alone is left unknown", async () => {
    const own = await runBytes("営業所の名称,営業所所在地,営業の種類,営業の種類2\n荒川もんじゃ,荒川区南千住1-1-1,飲食店営業,菓子製造業\n", "131181_food_business.csv");
    expect(own.rows[0].record.business_type).toBe("飲食店営業;菓子製造業");
    const alone = await runBytes("営業所の名称,営業所所在地,営業の種類,営業の種類1\n荒川もんじゃ,荒川区南千住1-1-1,飲食店営業,\n", "131181_food_business.csv");
    expect(alone.rows[0].record.business_type).toBe("飲食店営業");
    // a text column that names one thing takes no numbered columns: 住所1 | 住所2 are lines of one address
    const lines = await runBytes("営業所の名称,住所1,住所2,営業の種類\n荒川もんじゃ,荒川区南千住1-1-1,荒川ビル2階,飲食店営業\n", "131181_food_business.csv");
    expect(tuples(lines.report, "numbered_columns_joined")).toEqual([]);
  });

  it("施設名 beside 屋号: the business (屋号) is 施設名称, the building it is in 施設方書; 施設名 alone is still the name", async () => {
    const both = await runBytes("番号,施設名,屋号,営業者氏名,所在地,業種名\n2,中野ブロードウェイ,たい焼き　なかの,中野商事株式会社,中野区中野5-52-15,菓子製造業\n", "131148_food_business.csv");
    expect(both.rows[0].record).toMatchObject({ name: "たい焼き　なかの", building_name: "中野ブロードウェイ" });
    expect(both.rows[0].extra).toEqual({});
    expect(tuples(both.report, "duplicate_header", "qualified_header")).toEqual([]);
    const alone = await runBytes("番号,施設名,営業者氏名,所在地,業種名\n2,たい焼き　なかの,中野商事株式会社,中野区中野5-52-15,菓子製造業\n", "131148_food_business.csv");
    expect(alone.rows[0].record).toMatchObject({ name: "たい焼き　なかの", building_name: null });
  });

  it("施設名 beside 屋号 on a row whose 屋号 is blank (a shop run under its own name): 施設名 is that row's 施設名称, said (re-check probe p35)", async () => {
    const { rows, report } = await runBytes("施設名,屋号,営業者氏名,営業の種類,所在地\nすし処 新宿店,,株式会社すし,飲食店営業,新宿区西新宿1-1-1\n"
      + "中野ブロードウェイ,まんだらけ食堂,株式会社まんだらけ,飲食店営業,新宿区西新宿1-1-3\n", "131041_food_business.csv");
    expect(rows.map((r) => [r.record.name, r.record.building_name, r.extra, r.valid])).toEqual([
      ["すし処 新宿店", null, {}, true], ["まんだらけ食堂", "中野ブロードウェイ", {}, true]]);
    expect(tuples(report, "preferred_column_blank")).toEqual([[1, "name", "preferred_column_blank"]]);
    const said = report.issues.find((i) => i.code === "preferred_column_blank");
    expect([said?.severity, said?.message_ja]).toEqual(["info",
      "2行目（データの1行目）：「屋号」が空のため、この行の「施設名」の「すし処 新宿店」を「施設名称」としました（ほかの行の「施設名」は別の項目です）。この行の「屋号」にも名前を書いてください。"]);
  });

  // 施設の名称 was an alias as good as 屋号: the leftmost won, rows with only a 屋号 were invalid (施設名称 missing), and
  // the officer was told to merge two columns that say different things
  it("施設の名称 beside 屋号: 屋号 is 施設名称, 施設の名称 the name where 屋号 is blank and kept in extra where both are filled; said as a general heading, not a duplicate", async () => {
    const { rows, report } = await runBytes("許可番号,業種,施設の名称,屋号,営業所所在地,営業者氏名\n"
      + "第123号,飲食店営業,新宿ビル地下1階,ラーメン新宿一番,新宿区西新宿2-8-1,株式会社新宿一番\n"
      + "第124号,菓子製造業,,パティスリー若松,新宿区若松町1-2-3,株式会社若松製菓\n"
      + "第125号,飲食店営業,すし処 新宿店,,新宿区西新宿1-1-1,株式会社すし\n", "131041_food_business.csv");
    expect(rows.map((r) => [r.record.name, r.record.building_name, r.extra, r.valid])).toEqual([
      ["ラーメン新宿一番", null, { 施設の名称: "新宿ビル地下1階" }, true], ["パティスリー若松", null, {}, true],
      ["すし処 新宿店", null, {}, true]]);
    expect(tuples(report, "duplicate_header", "general_header", "preferred_column_blank", "missing_required")).toEqual([
      [null, "施設の名称", "general_header"], [3, "name", "preferred_column_blank"]]);
    const said = report.issues.find((i) => i.code === "general_header");
    expect([said?.severity, said?.value]).toEqual(["info", "屋号"]);
    expect(said?.message_ja).toContain("まとめる必要はありません");
    // alone, 施設の名称 is the name
    const alone = await runBytes("許可番号,業種,施設の名称,営業所所在地\n第125号,飲食店営業,すし処 新宿店,新宿区西新宿1-1-1\n", "131041_food_business.csv");
    expect([alone.rows[0].record.name, alone.rows[0].valid]).toEqual(["すし処 新宿店", true]);
  });

  // the standard's own 施設名称 beside an added 屋号 was an exact header that beat 屋号: 屋号 went to extra as a duplicate
  // column, and the officer was told to merge two columns that say different things
  it("施設名称 (and 営業所名称, 名称) beside 屋号: the rule of 施設の名称, the standard's header still exact and first of the general ones", async () => {
    const { rows, report } = await runBytes("許可番号,業種,施設名称,屋号,営業所所在地\n"
      + "第123号,飲食店営業,株式会社新宿一番,ラーメン新宿一番,新宿区西新宿2-8-1\n第125号,飲食店営業,すし処 新宿店,,新宿区西新宿1-1-1\n", "131041_food_business.csv");
    expect(rows.map((r) => [r.record.name, r.extra, r.valid])).toEqual([
      ["ラーメン新宿一番", { 施設名称: "株式会社新宿一番" }, true], ["すし処 新宿店", {}, true]]);
    expect(tuples(report, "duplicate_header", "general_header", "preferred_column_blank")).toEqual([
      [null, "施設名称", "general_header"], [2, "name", "preferred_column_blank"]]);
    for (const other of ["営業所名称", "名称"]) {
      const { rows: r2, report: rep2 } = await runBytes(`${other},屋号,営業所所在地,業種\nビル,カフェA,新宿区西新宿2-8-1,飲食店営業\n`, "131041_food_business.csv");
      expect([r2[0].record.name, r2[0].extra]).toEqual(["カフェA", { [other]: "ビル" }]);
      expect(tuples(rep2, "duplicate_header", "general_header")).toEqual([[null, other, "general_header"]]);
    }
    // beside another general heading, or alone, 施設名称 is still the name
    const general = await runBytes("施設名,施設名称,営業所所在地,業種\nビル,すし処 新宿店,新宿区西新宿1-1-1,飲食店営業\n", "131041_food_business.csv");
    expect(general.rows[0].record.name).toBe("すし処 新宿店");
    expect(general.report.header.map((h) => [h.source, h.field, h.method])[1]).toEqual(["施設名称", "name", "exact"]);
  });

  // a list of 許可 and 届出 together, each in its own columns: the 届出 rows' number and date went to extra as a duplicate
  // column, and those rows were published without them
  it("届出番号 | 届出年月日 beside 許可番号 | 許可年月日: each row's number and date from whichever is filled, said", async () => {
    const header = "営業施設の名称,営業者の氏名又は名称,営業施設の所在地,業種,許可番号,許可年月日,届出番号,届出年月日";
    const { rows, report } = await runBytes(`${header}\nそば処みなと,株式会社みなと,港区芝五丁目1番1号,飲食店営業,第101号,令和4年7月1日,,\n`
      + "港コンビニ,株式会社港商事,港区芝浦一丁目3番,コンビニエンスストア,,,届第55号,令和5年2月1日\n"
      + "みなと製菓,株式会社みなと製菓,港区三田一丁目2番,菓子製造業,第102号,令和4年8月1日,届第56号,令和4年8月2日\n", "131032_food_business_all.csv");
    expect(rows.map((r) => [r.record.permit_number, r.record.permit_date, r.extra])).toEqual([
      ["第101号", "2022-07-01", {}],
      ["届第55号", "2023-02-01", {}],
      ["第102号", "2022-08-01", { 届出番号: "届第56号", 届出年月日: "令和4年8月2日" }]]);
    expect(tuples(report, "alternate_column", "duplicate_header")).toEqual([[null, "届出番号", "alternate_column"], [null, "届出年月日", "alternate_column"]]);
    expect(report.issues.filter((i) => i.code === "alternate_column_read").map((i) => [i.row, i.field, i.value, i.severity]))
      .toEqual([[2, "permit_number", "届第55号", "info"], [2, "permit_date", "令和5年2月1日", "info"]]);
    // alone, 届出年月日 is the column
    const alone = await runBytes("営業施設の名称,営業施設の所在地,業種,届出番号,届出年月日\n港コンビニ,港区芝浦一丁目3番,コンビニエンスストア,届第55号,令和5年2月1日\n",
      "131032_food_business_all.csv");
    expect([alone.rows[0].record.permit_number, alone.rows[0].record.permit_date, tuples(alone.report, "alternate_column_read")]).toEqual(["届第55号", "2023-02-01", []]);
  });

  it("a catalogue export (データセット and リソース rows): リソース名, 説明, 組織 are read, files of one dataset are no duplicates", async () => {
    const { rows, report } = await runBytes("種別,No.,データセット名,リソース名,説明,形式,URL,組織\n"
      + "データセット,1,立川市 人口（町丁別）,,町丁別・男女別人口,,https://catalog.data.metro.tokyo.lg.jp/dataset/t132021d0001,立川市\n"
      + "リソース,1,立川市 人口（町丁別）,令和6年4月1日現在,,CSV,https://www.city.tachikawa.lg.jp/opendata/jinko_r0604.csv,立川市\n"
      + "リソース,1,立川市 人口（町丁別）,令和6年3月1日現在,,CSV,https://www.city.tachikawa.lg.jp/opendata/jinko_r0603.csv,立川市\n", "132021_open_data_list.csv");
    expect(rows.map((r) => [r.record.file_title, r.record.description, r.record.contact_name, r.extra.種別])).toEqual([
      [null, "町丁別・男女別人口", "立川市", "データセット"], ["令和6年4月1日現在", null, "立川市", "リソース"], ["令和6年3月1日現在", null, "立川市", "リソース"]]);
    expect(tuples(report, "duplicate_id")).toEqual([]);
  });
});

describe("adversarial pass (toilet, open data and food lists): file URLs and 許可・届出 headers", () => {
  it("a list's ダウンロードURL is the file's link, and two files of one dataset that differ by it are no duplicates", async () => {
    const { rows, report } = await runBytes("データセット_ID,データセット_タイトル,ファイル_タイトル,ファイル形式,ダウンロードURL\n"
      + "hino-001,AED設置箇所一覧,AED設置箇所一覧,CSV,https://www.city.hino.lg.jp/material/files/group/aed.csv\n"
      + "hino-001,AED設置箇所一覧,AED設置箇所一覧,XLSX,https://www.city.hino.lg.jp/material/files/group/aed.xlsx\n", "132128_open_data_list.csv");
    expect(rows.map((r) => [r.record.file_download_url, r.record.file_access_url, r.extra])).toEqual([
      ["https://www.city.hino.lg.jp/material/files/group/aed.csv", null, {}], ["https://www.city.hino.lg.jp/material/files/group/aed.xlsx", null, {}]]);
    expect(tuples(report, "duplicate_id", "unknown_header")).toEqual([]);
  });

  it("CKAN's リソースURL beside リソース名 and 掲載ページ: the file's link, the page the dataset's URL", async () => {
    const { rows } = await runBytes("データセット名,リソース名,形式,リソースURL,掲載ページ\n"
      + "AED設置箇所一覧,日野市AED設置箇所一覧,CSV,https://www.city.hino.lg.jp/material/files/group/aed.csv,https://www.city.hino.lg.jp/opendata/aed.html\n", "132128_open_data_list.csv");
    expect(rows[0].record).toMatchObject({ file_title: "日野市AED設置箇所一覧", file_download_url: "https://www.city.hino.lg.jp/material/files/group/aed.csv",
      url: "https://www.city.hino.lg.jp/opendata/aed.html" });
    expect(rows[0].extra).toEqual({});
  });

  it("a list of 許可 and 届出 together (許可・届出番号, 許可・届出年月日) and a 届出 list (届出番号, 届出年月日): the standard's 許可番号 and 許可年月日", async () => {
    const both = await runBytes("区分,施設名称,施設所在地,業種,許可・届出番号,許可・届出年月日\n"
      + "許可,ねりまベーカリー,練馬区豊玉北6-12-1,菓子製造業,第5001号,令和6年4月1日\n届出,石神井青果,練馬区石神井町3-1-1,野菜果物販売業,届第301号,令和5年6月1日\n", "131202_food_business.csv");
    expect(both.rows.map((r) => [r.record.permit_number, r.record.permit_date, r.extra])).toEqual([
      ["第5001号", "2024-04-01", { 区分: "許可" }], ["届第301号", "2023-06-01", { 区分: "届出" }]]);
    const notified = await runBytes("施設名称,施設所在地,業種,届出番号,届出年月日\nかつしか八百屋,葛飾区立石7-1-1,野菜果物販売業,葛保生届第101号,令和5年6月1日\n", "131229_food_business.csv");
    expect(notified.rows[0].record).toMatchObject({ permit_number: "葛保生届第101号", permit_date: "2023-06-01" });
    expect(tuples(notified.report, "unknown_header")).toEqual([]);
  });
});

// 営業者氏名 gives the 営業者 whoever it is: a person's own name was published as the standard's 法人名, a person's
// name where apps show the operating company
describe("a food list's 営業者氏名 of a person is no 法人名", () => {
  const csv = "許可番号,業種,屋号,営業所所在地,営業者氏名,法人番号\n"
    + "第123号,飲食店営業,ラーメン新宿一番,新宿区西新宿2-8-1,田中　太郎,\n"
    + "第124号,菓子製造業,パティスリー若松,新宿区若松町1-2-3,株式会社若松製菓,\n"
    + "第125号,喫茶店営業,カフェ高田,新宿区高田馬場1-1-1,（株）高田,\n"
    + "第126号,飲食店営業,バー夜,新宿区歌舞伎町2-2-2,John Smith,\n"
    + "第127号,そうざい製造業,デリ戸山,新宿区戸山3-4-5,一般社団法人戸山福祉会,\n"
    + "第128号,飲食店営業,区役所食堂,新宿区歌舞伎町1-4-1,新宿区,\n"
    + "第129号,飲食店営業,山田商店,新宿区百人町1-2-3,山田商店,\n"
    + "第130号,飲食店営業,セブン新宿,新宿区新宿3-1-1,セブン－イレブン・ジャパン,9010001079412\n";

  it("a name that says no 法人 (a person's, a person's trade name) is not published as 法人名: kept in extra under its header, warned; a 法人's, a local government's, or one with a 法人番号 is", async () => {
    const { rows, report } = await runBytes(csv, "131041_food_business.csv");
    expect(rows.map((r) => [r.record.organization_name, r.extra])).toEqual([
      [null, { 営業者氏名: "田中　太郎" }], ["株式会社若松製菓", {}], ["（株）高田", {}], [null, { 営業者氏名: "John Smith" }],
      ["一般社団法人戸山福祉会", {}], ["新宿区", {}], [null, { 営業者氏名: "山田商店" }], ["セブン－イレブン・ジャパン", {}]]);
    expect(rows.every((r) => r.valid)).toBe(true);
    expect(report.issues.filter((i) => i.code === "not_a_corporation").map((i) => [i.row, i.field, i.severity, i.value, i.detail])).toEqual([
      [1, "organization_name", "warning", "田中　太郎", "営業者氏名"], [4, "organization_name", "warning", "John Smith", "営業者氏名"],
      [7, "organization_name", "warning", "山田商店", "営業者氏名"]]);
    const said = report.issues.find((i) => i.code === "not_a_corporation");
    expect(said?.message_ja).toContain("法人名としては公開せず、extra の「営業者氏名」に残しました");
    expect(said?.message_ja).toContain("個人の営業者は空欄にしてください");
  });

  it("a 法人's name with its representative's after it (a permit register's 営業者) publishes the 法人's alone, the cell kept in extra, said", async () => {
    const { rows, report } = await runBytes("許可番号,営業所の名称,営業所の所在地,営業者の氏名又は名称\n"
      + "第1号,中華料理 龍,中野区中野2-1-1,株式会社龍 代表取締役 李 小龍\n"
      + "第2号,カフェ一番,中野区中野3-1-1,一般社団法人なかの（代表理事：中野花子）\n"
      + "第3号,社長室食堂,中野区中野4-1-1,株式会社社長室\n"
      + "第4号,日本代表亭,中野区中野5-1-1,日本代表食品株式会社\n", "131148_food_business.csv");
    expect(rows.map((r) => [r.record.organization_name, r.extra])).toEqual([
      ["株式会社龍", { 営業者の氏名又は名称: "株式会社龍 代表取締役 李 小龍" }],
      ["一般社団法人なかの", { 営業者の氏名又は名称: "一般社団法人なかの（代表理事：中野花子）" }],
      ["株式会社社長室", {}], ["日本代表食品株式会社", {}]]);
    expect(report.issues.filter((i) => i.code === "representative_kept_out").map((i) => [i.row, i.severity, i.value])).toEqual([
      [1, "warning", "株式会社龍 代表取締役 李 小龍"], [2, "warning", "一般社団法人なかの（代表理事：中野花子）"]]);
    expect(report.issues.find((i) => i.code === "representative_kept_out")?.message_ja).toContain("法人名は「株式会社龍」だけを公開し");
  });

  it("normalize --format csv writes the name under its own header, not as 法人名 (which writes a value that did not read as its cell)", async () => {
    const { rows } = await runBytes(csv, "131041_food_business.csv");
    const food = getDataset("food_business")!;
    const extra = extraColumnsOf(mapHeaders(csv.split("\n")[0].split(","), food).plan);
    expect(extra).toEqual(["営業者氏名"]);
    const writer = recordWriter("csv");
    const lines = (writer.start(food, extra) + writer.batch(rows.slice(0, 2))).split("\r\n").map((line) => line.split(","));
    const at = (name: string) => lines[0].findIndex((h) => h.replace("\uFEFF", "") === name);
    expect(lines.slice(1, 3).map((l) => [l[at("法人名")], l[at("営業者氏名")]])).toEqual([["", "田中　太郎"], ["株式会社若松製菓", ""]]);
  });
});

describe("the 法人 that runs a 保育園 and the 指定管理者 of a facility are its 団体名", () => {
  it.each([
    ["法人名", "131202_preschool.csv", "名称,所在地,法人名\nねりま保育園,練馬区豊玉北6-12-1,社会福祉法人ねりま会\n", "社会福祉法人ねりま会"],
    ["運営法人", "131164_preschool.csv", "園名,所在地,運営法人\nとしま保育園,豊島区南池袋2-45-1,株式会社としまキッズ\n", "株式会社としまキッズ"],
    ["運営主体", "131121_preschool.csv", "施設名,所在地,運営主体\nせたがや保育園,世田谷区世田谷4-21-27,社会福祉法人せたがや\n", "社会福祉法人せたがや"],
    ["設置者", "131121_preschool.csv", "施設名,所在地,設置者\nせたがや保育園,世田谷区世田谷4-21-27,社会福祉法人せたがや\n", "社会福祉法人せたがや"],
    ["指定管理者", "131202_public_facility.csv", "施設名,所在地,指定管理者\n練馬文化センター,練馬区練馬1-17-37,公益財団法人練馬区文化振興協会\n", "公益財団法人練馬区文化振興協会"],
  ])("%s", async (header, fileName, csv, name) => {
    const { report, rows } = await runBytes(csv, fileName);
    expect(report.header.find((h) => h.source === header)?.field).toBe("organization_name");
    expect([rows[0].record.organization_name, rows[0].extra]).toEqual([name, {}]);
  });
});

describe("a preschool's 延長保育 (the hours past closing, no column of the standard)", () => {
  it("goes after its header into 利用可能日時特記事項, kept in extra too (before: extra only, said as an unknown column)", async () => {
    const { rows, report } = await runBytes("施設名,施設区分,所在地,開所時間,延長保育,延長保育時間\n"
      + "杉並ひまわり保育園,認可保育所,東京都杉並区阿佐谷南1-1-1,7:15～18:15,～20:15,\n小金井保育園,認可保育所,東京都小金井市本町1-1-1,7:15～18:15,,18:15～19:15\n", "131156_preschool.csv");
    expect(rows.map((r) => [r.record.facility_type, r.record.end_time, r.record.availability_remarks])).toEqual([
      ["認可保育所", "18:15", "延長保育：～20:15"], ["認可保育所", "18:15", "延長保育時間：18:15～19:15"]]);
    expect(rows[0].extra).toEqual({ 延長保育: "～20:15" });
    expect(tuples(report, "unknown_header", "column_labelled")).toEqual([[null, "availability_remarks", "column_labelled"]]);
  });
});

describe("a ward's own headers for a nursery's hours and an event's contents and phone (services probe)", () => {
  it("保育時間 gives the start and end, 保育日 the days (before: both in extra, the hours unpublished)", async () => {
    const { rows } = await runBytes("施設名,施設種別,所在地,保育日,保育時間\n町田こばと保育園,認可保育所,東京都町田市原町田三丁目1-1,月～土,7:00～18:00\n", "132098_preschool.csv");
    // 月～土 as the standard writes the days
    expect([rows[0].record.available_days, rows[0].record.start_time, rows[0].record.end_time, rows[0].extra]).toEqual(["月火水木金土", "07:00", "18:00", {}]);
  });
  it("内容 is the event's 説明 and 電話 its 連絡先電話番号 beside 問合せ", async () => {
    const { rows } = await runBytes("イベント名,開催日,会場,内容,問合せ,電話\n調布よさこい,2024年9月14日,調布駅前広場,よさこい踊り,観光協会,042-481-7185\n", "132080_event.csv");
    expect([rows[0].record.description, rows[0].record.contact_name, rows[0].record.phone_number, rows[0].extra])
      .toEqual(["よさこい踊り", "観光協会", "042-481-7185", {}]);
  });
});

describe("国土地理院's 指定緊急避難場所データ, one list of every municipality", () => {
  // the nationwide list (mergeFromCity_2.csv) heads the registering municipality 都道府県名及び市町村名 after 共通ID; 千代田区's
  // row of 13101_2.csv as GSI publishes it (国土地理院 指定緊急避難場所データ, 国土地理院コンテンツ利用規約, compatible with
  // CC BY 4.0), with that column's value the nationwide list gives it
  const header = "NO,共通ID,都道府県名及び市町村名,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,指定避難所との住所同一,緯度,経度,備考";
  const row = "28,E1310100002201,東京都千代田区,番町小学校,東京都千代田区六番町8,1,,1,1,,,1,,1,35.688111802263,139.73407899331,";

  it("reads 都道府県名及び市町村名 as the row's 地方公共団体名 (before: unknown_header, in extra)", async () => {
    const { report, rows } = await runBytes(`${header}\n${row}\n`, "mergeFromCity_2.csv", { dataset: "evacuation_space" });
    expect(report.header.find((h) => h.source === "都道府県名及び市町村名")).toEqual({ source: "都道府県名及び市町村名", field: "local_government_name", method: "alias" });
    expect([rows[0].record.local_government_name, rows[0].record.name, rows[0].record.id, rows[0].record.hazard_flood, rows[0].extra]).toEqual(
      ["東京都千代田区", "番町小学校", "E1310100002201", true, { NO: "28" }]);
    expect(tuples(report, "unknown_header")).toEqual([]);
  });
});
