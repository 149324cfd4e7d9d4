// What sample rows are about, per dataset: name patterns (with kana and English), how many rows, and the
// vocabulary of dataset-specific columns. Content for the sample generator only; headers always come from the
// dataset schemas. Placeholders: {stem} a place-name stem, {owner} e.g. 新宿区立, {muni} e.g. 新宿区.

export interface Stem { ja: string; kana: string; en: string }

/** Place-name stems for facility and town names (generic, not real addresses). */
export const STEMS: readonly Stem[] = [
  { ja: "中央", kana: "チュウオウ", en: "Chuo" }, { ja: "東", kana: "ヒガシ", en: "Higashi" }, { ja: "西", kana: "ニシ", en: "Nishi" },
  { ja: "南", kana: "ミナミ", en: "Minami" }, { ja: "北", kana: "キタ", en: "Kita" }, { ja: "桜", kana: "サクラ", en: "Sakura" },
  { ja: "若葉", kana: "ワカバ", en: "Wakaba" }, { ja: "緑", kana: "ミドリ", en: "Midori" }, { ja: "旭", kana: "アサヒ", en: "Asahi" },
  { ja: "栄", kana: "サカエ", en: "Sakae" }, { ja: "本町", kana: "ホンチョウ", en: "Honcho" }, { ja: "新町", kana: "シンマチ", en: "Shinmachi" },
  { ja: "宮前", kana: "ミヤマエ", en: "Miyamae" }, { ja: "松原", kana: "マツバラ", en: "Matsubara" }, { ja: "富士見", kana: "フジミ", en: "Fujimi" },
  { ja: "日の出", kana: "ヒノデ", en: "Hinode" }, { ja: "青葉", kana: "アオバ", en: "Aoba" }, { ja: "若松", kana: "ワカマツ", en: "Wakamatsu" },
  { ja: "泉", kana: "イズミ", en: "Izumi" }, { ja: "弥生", kana: "ヤヨイ", en: "Yayoi" }, { ja: "柳町", kana: "ヤナギチョウ", en: "Yanagicho" },
  { ja: "高台", kana: "タカダイ", en: "Takadai" }, { ja: "浜", kana: "ハマ", en: "Hama" }, { ja: "港南", kana: "コウナン", en: "Konan" },
  { ja: "清水", kana: "シミズ", en: "Shimizu" }, { ja: "大原", kana: "オオハラ", en: "Ohara" }, { ja: "平和", kana: "ヘイワ", en: "Heiwa" },
  { ja: "錦", kana: "ニシキ", en: "Nishiki" }, { ja: "寿", kana: "コトブキ", en: "Kotobuki" }, { ja: "常盤", kana: "トキワ", en: "Tokiwa" },
  { ja: "三崎", kana: "ミサキ", en: "Misaki" }, { ja: "稲荷", kana: "イナリ", en: "Inari" }, { ja: "八幡", kana: "ハチマン", en: "Hachiman" },
  { ja: "天神", kana: "テンジン", en: "Tenjin" }, { ja: "春日", kana: "カスガ", en: "Kasuga" }, { ja: "桜ヶ丘", kana: "サクラガオカ", en: "Sakuragaoka" },
  { ja: "梅里", kana: "ウメサト", en: "Umesato" }, { ja: "杉", kana: "スギ", en: "Sugi" }, { ja: "本郷", kana: "ホンゴウ", en: "Hongo" },
  { ja: "西原", kana: "ニシハラ", en: "Nishihara" },
];

export interface NamePattern {
  ja: string;
  kana: string;
  en: string;
  /** values of dataset columns that follow from the kind of place (e.g. 種別 of a 保育所) */
  extra?: Readonly<Record<string, string>>;
}

export interface Theme {
  names: readonly NamePattern[];
  /** rows per file for a mainland municipality; island files get the low end */
  rows: readonly [number, number];
  /** dataset-specific text columns: key → candidate values */
  vocab?: Readonly<Record<string, readonly string[]>>;
}

const ward = (ja: string, kana: string, en: string, extra?: Record<string, string>): NamePattern => ({ ja, kana, en, ...(extra ? { extra } : {}) });

export const THEMES: Readonly<Record<string, Theme>> = {
  aed: {
    rows: [40, 120],
    names: [
      ward("{owner}{stem}小学校", "{ownerKana}{stemKana}ショウガッコウ", "{stemEn} Elementary School"),
      ward("{owner}{stem}中学校", "{ownerKana}{stemKana}チュウガッコウ", "{stemEn} Junior High School"),
      ward("{stem}地域センター", "{stemKana}チイキセンター", "{stemEn} Community Center"),
      ward("{stem}図書館", "{stemKana}トショカン", "{stemEn} Library"),
      ward("{stem}スポーツセンター", "{stemKana}スポーツセンター", "{stemEn} Sports Center"),
      ward("{stem}保育園", "{stemKana}ホイクエン", "{stemEn} Nursery School"),
      ward("{stem}児童館", "{stemKana}ジドウカン", "{stemEn} Children's Center"),
      ward("{muni}役所{stem}出張所", "{muniKana}ヤクショ{stemKana}シュッチョウジョ", "{muniEn} Office {stemEn} Branch"),
    ],
    vocab: {
      installation_position: ["1階受付", "正面玄関内", "1階事務室前", "体育館入口", "職員室", "2階ロビー", "管理事務所", "1階エレベーター横"],
    },
  },
  evacuation_space: {
    rows: [20, 80],
    names: [
      ward("{owner}{stem}小学校", "{ownerKana}{stemKana}ショウガッコウ", "{stemEn} Elementary School"),
      ward("{owner}{stem}中学校", "{ownerKana}{stemKana}チュウガッコウ", "{stemEn} Junior High School"),
      ward("{stem}公園", "{stemKana}コウエン", "{stemEn} Park"),
      ward("{stem}運動場", "{stemKana}ウンドウジョウ", "{stemEn} Athletic Field"),
      ward("都立{stem}高等学校", "トリツ{stemKana}コウトウガッコウ", "Tokyo Metropolitan {stemEn} High School"),
    ],
    vocab: {
      max_capacity: ["810人（2平方メートルあたり1人）", "1,200人", "450人", "2,000人", "300人"],
    },
  },
  public_toilet: {
    rows: [20, 90],
    names: [
      ward("{owner}{stem}公園トイレ", "{ownerKana}{stemKana}コウエントイレ", "{stemEn} Park Toilet"),
      ward("{stem}駅前公衆トイレ", "{stemKana}エキマエコウシュウトイレ", "{stemEn} Station Public Toilet"),
      ward("{stem}児童遊園トイレ", "{stemKana}ジドウユウエントイレ", "{stemEn} Playground Toilet"),
      ward("{stem}緑地トイレ", "{stemKana}リョクチトイレ", "{stemEn} Green Space Toilet"),
    ],
    vocab: {
      installation_position: ["公園北側", "公園入口横", "駅前広場", "園内中央", "駐車場横"],
      availability_remarks: ["", "", "冬季は夜間閉鎖", "清掃時（9:00～9:30）は利用不可"],
    },
  },
  public_facility: {
    rows: [30, 120],
    names: [
      ward("{stem}図書館", "{stemKana}トショカン", "{stemEn} Library"),
      ward("{stem}地域センター", "{stemKana}チイキセンター", "{stemEn} Community Center"),
      ward("{stem}体育館", "{stemKana}タイイクカン", "{stemEn} Gymnasium"),
      ward("{stem}児童館", "{stemKana}ジドウカン", "{stemEn} Children's Center"),
      ward("{stem}ふれあい館", "{stemKana}フレアイカン", "{stemEn} Fureai Hall"),
      ward("{muni}役所{stem}出張所", "{muniKana}ヤクショ{stemKana}シュッチョウジョ", "{muniEn} Office {stemEn} Branch"),
    ],
    vocab: {
      description: ["地域の集会室・会議室を貸し出しています。", "図書の貸出・閲覧ができます。", "体育室とトレーニング室があります。", ""],
      barrier_free_info: ["車椅子対応;多目的トイレ", "エレベーター;点字ブロック", "多目的トイレ", ""],
      access: ["最寄り駅から徒歩5分", "バス停から徒歩3分", "駅から徒歩10分"],
      parking: ["有（10台）", "無", "有（障害者用1台）"],
    },
  },
  preschool: {
    rows: [30, 150],
    names: [
      ward("{owner}{stem}保育園", "{ownerKana}{stemKana}ホイクエン", "{stemEn} Nursery School", { facility_type: "認可公立保育所" }),
      ward("{stem}こども園", "{stemKana}コドモエン", "{stemEn} Center for Early Childhood Education", { facility_type: "認定こども園（幼保連携型）" }),
      ward("{stem}幼稚園", "{stemKana}ヨウチエン", "{stemEn} Kindergarten", { facility_type: "私立幼稚園" }),
      ward("{owner}{stem}幼稚園", "{ownerKana}{stemKana}ヨウチエン", "{stemEn} Public Kindergarten", { facility_type: "公立幼稚園" }),
      ward("{stem}すくすく保育園", "{stemKana}スクスクホイクエン", "Sukusuku {stemEn} Nursery", { facility_type: "認可私立保育所" }),
    ],
    vocab: {
      accepted_ages: ["0歳～5歳", "生後57日～5歳", "3歳～5歳", "1歳～5歳"],
      organization_name: ["社会福祉法人さくら会", "社会福祉法人みどり福祉会", "学校法人わかば学園", "株式会社キッズライフ"],
    },
  },
  public_wireless_lan: {
    rows: [20, 60],
    names: [
      ward("{stem}図書館", "{stemKana}トショカン", "{stemEn} Library"),
      ward("{stem}駅前広場", "{stemKana}エキマエヒロバ", "{stemEn} Station Plaza"),
      ward("{stem}地域センター", "{stemKana}チイキセンター", "{stemEn} Community Center"),
      ward("{muni}役所本庁舎", "{muniKana}ヤクショホンチョウシャ", "{muniEn} Office Main Building"),
      ward("{stem}公園", "{stemKana}コウエン", "{stemEn} Park"),
    ],
    vocab: {
      coverage_area: ["1階ロビー", "館内全域", "広場周辺", "2階学習室", "屋外広場"],
    },
  },
  population: {
    rows: [20, 150],
    names: [ward("{stem}{chome}", "{stemKana}{chomeKana}", "{stemEn} {chomeEn}")],
  },
};

/** 一丁目 … 九丁目, with readings. */
export const CHOME: readonly Stem[] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"].map((n, i) => ({
  ja: `${n}丁目`,
  kana: `${["イッ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハッ", "キュウ"][i]}チョウメ`,
  en: `${i + 1}-chome`,
}));
