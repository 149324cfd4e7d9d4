// What people type for each standard dataset, beyond its own titles and description: everyday words, other
// spellings and English. search.js folds them like the query (width, case, kana, hyphens), so one spelling each is
// enough: "Wi-Fi" also finds wifi, ＷｉＦｉ and WI-FI.
export const DATASET_WORDS = {
  public_facility: ["公共施設", "公民館", "図書館", "体育館", "区民センター", "市民センター", "役所", "庁舎", "集会所", "public facility", "library", "community center"],
  cultural_property: ["文化財", "史跡", "名勝", "天然記念物", "重要文化財", "有形文化財", "cultural heritage", "historic site"],
  evacuation_space: ["避難所", "避難場所", "緊急避難場所", "広域避難場所", "一時避難場所", "災害", "防災", "shelter", "evacuation"],
  population: ["人口", "世帯", "世帯数", "年齢別", "町丁別", "population", "households"],
  preschool: ["保育園", "保育所", "幼稚園", "こども園", "子ども園", "認定こども園", "託児所", "子育て", "nursery", "kindergarten", "preschool", "childcare"],
  open_data_list: ["オープンデータ", "データカタログ", "データ一覧", "open data", "catalogue", "catalog"],
  public_wireless_lan: ["Wi-Fi", "WiFi", "ワイファイ", "無線LAN", "公衆無線LAN", "フリーWi-Fi", "Wi-Fiスポット", "wireless", "hotspot"],
  aed: ["AED", "自動体外式除細動器", "除細動器", "defibrillator"],
  care_service: ["介護", "介護サービス", "デイサービス", "老人ホーム", "高齢者施設", "訪問介護", "elderly care", "nursing care"],
  hospital: ["病院", "医療機関", "診療所", "クリニック", "医院", "歯科", "hospital", "clinic", "dental"],
  tourism: ["観光", "観光地", "観光スポット", "名所", "見どころ", "tourism", "sightseeing", "tourist"],
  event: ["イベント", "催し", "催し物", "行事", "祭り", "まつり", "event", "festival"],
  public_toilet: ["トイレ", "公衆トイレ", "公衆便所", "お手洗い", "多目的トイレ", "バリアフリートイレ", "toilet", "restroom", "lavatory"],
  fire_hydrant: ["消火栓", "防火水槽", "消防水利", "hydrant", "fire water"],
  food_business: ["食品", "飲食店", "営業許可", "食品衛生", "food", "restaurant"],
};

/** Kanji written two ways in place names (old and simplified forms): the left one is read as the right one. */
export const KANJI_VARIANTS = {
  檜: "桧", 澁: "渋", 國: "国", 澤: "沢", 邊: "辺", 邉: "辺", 髙: "高", 﨑: "崎", 嵜: "崎", 濱: "浜", 廣: "広",
  嶋: "島", 嶌: "島", 關: "関", 瀧: "滝", 齋: "斎", 齊: "斉", 藏: "蔵", 德: "徳", 眞: "真", 櫻: "桜", 曾: "曽",
};

/** Kana that join two kanji of a place name and are written in several ways (青ヶ島 青ケ島 青が島 青ガ島 …): one form. */
export const JOINING_KANA = { ケ: "ヶ", ガ: "ヶ", カ: "ヶ", ヵ: "ヶ" };
