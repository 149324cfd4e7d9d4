// One realistic canonical record per dataset (the values a harmonized row of a real file carries), and one way
// to get it wrong. Keys not written here are null: every key is present in a canonical record.
import type { Dataset } from "../../schemas/dataset.ts";

type Values = Record<string, unknown>;

export interface Sample {
  values: Values;
  /** a change that breaks the record, and the [path, keyword] errors ajv must report */
  wrong: { patch: Values; errors: readonly (readonly [string, string])[] };
}

const swappedLatitude = { patch: { latitude: 139.7454 }, errors: [["/latitude", "maximum"], ["/latitude", "type"], ["/latitude", "anyOf"]] } as const;

export const SAMPLES: Record<string, Sample> = {
  public_facility: {
    values: { local_government_code: "131041", id: "131041PF0001", local_government_name: "東京都新宿区", name: "新宿区立中央図書館",
      name_kana: "シンジュククリツチュウオウトショカン", full_address: "東京都新宿区大久保三丁目1-1", prefecture: "東京都", city: "新宿区",
      latitude: 35.7046, longitude: 139.7075, phone_number: "03-3364-1421", postal_code: "1690072", start_time: "09:00", end_time: "20:00",
      barrier_free_info: ["多目的トイレ", "エレベーター"], url: "https://www.library.shinjuku.tokyo.jp/" },
    wrong: swappedLatitude,
  },
  cultural_property: {
    values: { local_government_code: "132012", id: "0000000001", name: "船田石器時代遺跡", category: ["国指定史跡"], kind: "その他",
      full_address: "東京都八王子市長房町360の一部", designated_date: "1928-01-18", quantity: 1 },
    wrong: { patch: { designated_date: "昭和3年1月18日" }, errors: [["/designated_date", "pattern"], ["/designated_date", "format"], ["/designated_date", "type"], ["/designated_date", "anyOf"]] },
  },
  evacuation_space: {
    values: { id: "0000000101", name: "大宜味村役場", name_kana: "オオギミソンヤクバ", full_address: "沖縄県国頭郡大宜味村字大兼久157番地",
      latitude: 26.70161, longitude: 128.120542, phone_number: "0980-44-3001", municipality_code: "473022",
      hazard_flood: true, hazard_landslide: true, hazard_storm_surge: true, hazard_earthquake: true, hazard_tsunami: true,
      hazard_large_fire: false, hazard_inland_flood: false, hazard_volcano: false, also_designated_shelter: true,
      max_capacity: "138人", target_communities: ["大宜味村全域"] },
    wrong: { patch: { hazard_flood: "1" }, errors: [["/hazard_flood", "type"]] },
  },
  population: {
    values: { local_government_code: "131016", survey_date: "2024-04-01", area_name: "丸の内一丁目", total: 1234, male: 600, female: 634,
      age_0_4_male: 20, age_0_4_female: 18, age_85_plus_male: 5, age_85_plus_female: 12, households: 800 },
    wrong: { patch: { total: "1,234" }, errors: [["/total", "type"]] },
  },
  preschool: {
    values: { local_government_code: "122319", local_government_name: "印西市", name: "印西市立中央駅前地域交流館　子育てルーム", facility_type: "児童館",
      full_address: "千葉県印西市中央南1-2", latitude: 35.80049, longitude: 140.11925, height_type: "階数", height: "2", phone_number: "0476-46-5111",
      accepted_ages: "0歳から", available_days: "火水木金土日", start_time: "09:00", end_time: "16:30", temporary_care: false,
      sick_child_care: false, nursing_room: true, diaper_changing: true, eating_allowed: false, stroller_rental: false, stroller_accessible: true },
    wrong: { patch: { start_time: "9:00" }, errors: [["/start_time", "pattern"], ["/start_time", "type"], ["/start_time", "anyOf"]] },
  },
  open_data_list: {
    values: { local_government_code: "122319", local_government_name: "千葉県印西市", title: "公衆無線LANアクセスポイント一覧",
      description: "印西市が管理する公衆無線LANアクセスポイントの一覧。", category: "情報通信・科学技術", issued: "2024-01-19", modified: "2024-01-19",
      language: "ja", url: "https://www2.wagmap.jp/inzai/OpenData", conforms_to: "自治体標準オープンデータセット", file_title: "opendata_1425.csv",
      file_format: "csv", license: "CC BY 2.1 JP", file_status: "配信中" },
    wrong: { patch: { title: null }, errors: [["/title", "type"]] },
  },
  public_wireless_lan: {
    values: { local_government_code: "131130", name: "渋谷区役所", full_address: "東京都渋谷区宇田川町1-1", latitude: 35.6638, longitude: 139.6977,
      installer: "渋谷区", ssid: "Shibuya_City_Free_Wi-Fi", coverage_area: "1階ロビー" },
    wrong: swappedLatitude,
  },
  aed: {
    values: { local_government_code: "442011", id: "1", name: "大分県庁舎　本館", full_address: "大分県大分市大手町3丁目1番1号",
      prefecture: "大分県", city: "大分市", latitude: 33.238128, longitude: 131.612605, installation_position: "1階守衛室前",
      phone_number: "097-536-1111", pediatric_pads: true, remarks: "うち1台　人事課(健康支援班内)" },
    wrong: { patch: { installation_position: null }, errors: [["/installation_position", "type"]] },
  },
  care_service: {
    values: { local_government_code: "122319", local_government_name: "千葉県印西市", name: "老人デイサービスセンターホワイトヴィラ印西",
      name_kana: "ロウジンデイサービスセンターホワイトヴィラインザイ", service_type: "通所介護", located_local_government_code: "122319",
      machiaza_id: "0015000", full_address: "千葉県印西市大森2216-3", prefecture: "千葉県", city: "印西市", machiaza: "大森", city_block: "2216-3",
      phone_number: "0476-42-7300", fax_number: "0476-42-7307", contact_email: "hokuto-white@bz01.plala.or.jp", postal_code: "2701327",
      provider_number: "1273600070" },
    wrong: { patch: { postal_code: "270-1327" }, errors: [["/postal_code", "pattern"], ["/postal_code", "type"], ["/postal_code", "anyOf"]] },
  },
  hospital: {
    values: { local_government_code: "472093", id: "0000000001", name: "国立療養所沖縄愛楽園", name_kana: "コクリツリョウヨウジョオキナワアイラクエン",
      facility_kind: "病院", full_address: "沖縄県名護市字済井出1192番地", latitude: 26.6762233, longitude: 128.01896001,
      phone_number: "(0980)52-8331", departments: ["内科", "外科", "整形外科", "眼科"], beds: 419 },
    wrong: { patch: { beds: -1 }, errors: [["/beds", "minimum"], ["/beds", "type"], ["/beds", "anyOf"]] },
  },
  tourism: {
    values: { local_government_code: "131229", local_government_name: "東京都葛飾区", name: "葛飾柴又寅さん記念館",
      name_kana: "カツシカシバマタトラサンキネンカン", name_en: "Katsushika Shibamata Tora-san Museum", poi_code: "0803a",
      full_address: "東京都葛飾区柴又6-22-19", prefecture: "東京都", city: "葛飾区", latitude: 35.757368, longitude: 139.88053,
      available_days: "月火水木金土日", start_time: "09:00", end_time: "17:00", fee_basic: 500, fee_details: "大人500円、小・中学生300円",
      barrier_free_info: ["優先駐車場有り", "多目的トイレ有り", "車椅子貸出有り"], phone_number: "03-3657-3455",
      url: "http://www.katsushika-kanko.com/tora/" },
    wrong: { patch: { fee_basic: "500円" }, errors: [["/fee_basic", "type"]] },
  },
  event: {
    values: { local_government_code: "122319", local_government_name: "千葉県印西市", name: "いんざいふるさと産業まつり",
      name_alias: "ふるさと産業まつり", keywords: ["ふるさとまつり", "産業まつり"], schedule_pattern: "毎年11月に開催",
      start_date: "2025-11-08", end_date: "2025-11-08", start_time: "10:00", end_time: "15:00", contact_name: "印西市農政課",
      phone_number: "0476-33-4487", organizer: "いんざいふるさと産業まつり実行委員会", place_name: "イオンモール千葉ニュータウン提携駐車場", online: false },
    wrong: { patch: { start_date: "2025/11/8" }, errors: [["/start_date", "pattern"], ["/start_date", "format"], ["/start_date", "type"], ["/start_date", "anyOf"]] },
  },
  public_toilet: {
    values: { local_government_code: "372013", id: "1", name: "高松市片原町公衆便所", name_kana: "タカマツシカタハラマチコウシュウベンジョ",
      full_address: "香川県高松市片原町9番地9", prefecture: "香川県", city: "高松市", installation_position: "片原町商店街南はいる",
      latitude: 34.34551, longitude: 134.05267, total_male_toilet: 1, urinal_male_toilet: 1, total_unisex_toilet: 2,
      western_style_unisex_toilet: 2, wheelchair_toilet: false, baby_care_toilet: false, ostomate_toilet: false,
      start_time: "00:00", end_time: "23:59" },
    wrong: { patch: { surprise: "x" }, errors: [["", "additionalProperties"]] },
  },
  fire_hydrant: {
    values: { local_government_code: "131041", id: "H0001", kind: "消火栓", full_address: "東京都新宿区西新宿二丁目8-1",
      latitude: 35.6895, longitude: 139.6917, diameter_mm: 150 },
    wrong: { patch: { kind: null }, errors: [["/kind", "type"]] },
  },
  food_business: {
    values: { local_government_code: "132055", id: "132055E00001", local_government_name: "青梅市", name: "塩船観音寺売店",
      business_type: "飲食店営業(一般飲食店)", located_local_government_code: "132055", full_address: "東京都青梅市塩船194",
      prefecture: "東京都", city: "青梅市", machiaza: "塩船", city_block: "194", latitude: 35.803665, longitude: 139.281718,
      phone_number: "(0428)22-6677", postal_code: "1980011", organization_name: "宗教法人 観音寺", permit_date: "2022-05-17",
      application_type: "新規" },
    wrong: { patch: { local_government_code: "13205" }, errors: [["/local_government_code", "pattern"], ["/local_government_code", "type"], ["/local_government_code", "anyOf"]] },
  },
};

/** The sample as a canonical record: every key of the dataset, null where the sample says nothing. */
export function canonical(dataset: Dataset, values: Values): Values {
  return Object.fromEntries(dataset.columns.map((c) => [c.key, values[c.key] ?? null]));
}
