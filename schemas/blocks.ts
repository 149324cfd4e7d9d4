// Column groups shared by many datasets (§1.3 of the standard), written once and spread into each dataset.
// A dataset that spells a shared column its own way keeps the key and swaps the column (column.ts `replace`).
import { col, type MarkedBy } from "./column.ts";
import {
  addressLine, blockNumber, corporateNumber, decimal, email, extensionNumber, flag, height as heightValue, hhmm, kana, latitude, line, localGovernmentCode, longitude, listOf, machiazaId, phone,
  postalCode, text, url,
} from "./types.ts";

/** 全国地方公共団体コード, ID, 地方公共団体名: the head of every new-format file. */
export const identity = [
  col({ key: "local_government_code", ja: "全国地方公共団体コード", en: "localGovernmentCode", type: localGovernmentCode, requirement: "recommended",
    description: "公開する地方公共団体のコード（6桁、検査数字を含む） / code of the publishing local government",
    aliases: ["都道府県コード又は市区町村コード", "都道府県コード又は市町村コード", "全国地方公共団体ｺｰﾄﾞ", "localgov_code", "prefCode", "市区町村コード",
      "市町村コード", "Municipality Code",
      // MHLW's national lists (食品衛生申請等システム's food_business_all)
      "自治体コード"] }),
  col({ key: "id", ja: "ID", en: "identifier", type: text, requirement: "recommended",
    aliases: ["番号", "整理番号", "施設ID", "施設番号", "serial_number", "identification"],
    // a row's number (No) is the ID when the file gives no other: beside a 施設ID it is only the row's place in the list
    yieldingAliases: [{ headers: ["NO", "No", "NO.", "No.", "通し番号"], as: "rowNumber" }] }),
  // 都道府県名及び市町村名: 国土地理院's 指定緊急避難場所・指定避難所データ, one list of every municipality
  col({ key: "local_government_name", ja: "地方公共団体名", en: "localGovernmentName", type: text, requirement: "optional", aliases: ["localgov_name", "都道府県名及び市町村名"] }),
] as const;

/** 名称 / 名称_カナ / 名称_英字: the name of the thing described. */
export const naming = [
  col({ key: "name", ja: "名称", en: "name", type: line, requirement: "required", aliases: ["施設名", "施設名称"] }),
  col({ key: "name_kana", ja: "名称_カナ", en: "nameKana", type: kana, requirement: "recommended",
    aliases: ["カナ名称", "名称_ｶﾅ", "名称かな", "名称（カナ）", "名称(カナ)", "フリガナ", "ふりがな", "よみがな", "ヨミガナ", "読み仮名",
      // 施設 over 名称 | カナ (two header rows) joined: the facility is what a row names (施設名 is the name). A bare
      // カナ is no alias: it reads the column on its left (left-reading.ts), the name's after the name, another column's
      // under 法人, 代表者 or 所在地 or beside 法人名; so do these words beside a column
      "施設_カナ", "fullNameInKana"] }),
  col({ key: "name_en", ja: "名称_英字", en: "nameEn", type: line, requirement: "recommended",
    aliases: ["名称_英語", "名称（英字）", "名称(英字)", "名称（英語）", "英語名称", "英語名", "name_english", "fullNameInRomaji",
      // MHLW's 医療情報ネット: 英語表記（ローマ字表記）
      "英語表記", "英語表記（ローマ字表記）"] }),
] as const;

/** 所在地 block without coordinates. The old 住所/方書 map here; 都道府県名 + 市区町村名 + 住所 join into full_address. */
export const address = [
  col({ key: "located_local_government_code", ja: "所在地_全国地方公共団体コード", en: "locatedLocalGovernmentCode", type: localGovernmentCode,
    requirement: "recommended", description: "所在する市区町村のコード / code of the municipality where it is", aliases: ["seat_localgov_code"] }),
  col({ key: "machiaza_id", ja: "町字ID", en: "streetAddressId", type: machiazaId, requirement: "optional", aliases: ["choaza_id", "住所_町字ID"] }),
  col({ key: "full_address", ja: "所在地_連結表記", en: "fullAddress", type: addressLine, requirement: "required",
    aliases: ["住所", "所在地", "seat_copulative_spell", "address", "住所_連結表記",
      // 東京都's registers (福祉局's accessible toilets) give the address after the prefecture under this header
      "市区町村・番地"] }),
  // In old files 都道府県名 / 市区町村名 name the publisher; they prefix 住所 when it lacks them (A.3).
  col({ key: "prefecture", ja: "所在地_都道府県", en: "prefecture", type: text, requirement: "recommended",
    aliases: ["都道府県名", "seat_prefecture", "pref_name", "pref", "住所_都道府県"] }),
  col({ key: "city", ja: "所在地_市区町村", en: "city", type: text, requirement: "recommended",
    aliases: ["市区町村名", "seat_city", "city_name", "住所_市区町村",
      // 東京都's lists of the Tama and island municipalities, and MHLW's national lists, write 市町村
      "市町村", "市町村名"] }),
  col({ key: "machiaza", ja: "所在地_町字", en: "streetAddress", type: text, requirement: "recommended", aliases: ["seat_choaza", "住所_町字",
    // 所在地 over 町名 | 番地 (a two-row header joins them so)
    "所在地_町名", "住所_町名", "所在地_町丁目", "住所_町丁目", "町名", "町丁目"] }),
  col({ key: "city_block", ja: "所在地_番地以下", en: "cityBlock", type: blockNumber, requirement: "recommended", aliases: ["seat_after_address", "住所_番地以下", "所在地_番地", "住所_番地", "番地", "番地以下"] }),
  col({ key: "building_name", ja: "建物名等(方書)", en: "buildingNameEtc", type: line, requirement: "optional",
    aliases: ["方書", "方書き", "方書（ビル名等）", "建物名等_方書", "建物名等（方書）", "住所_建物名等(方書)", "建物名等", "建物名", "ビル名", "ビル建物名",
      // 所在地 over 住所 | 建物名 (a two-row header joins them so)
      "所在地_建物名", "所在地_建物名等", "所在地_方書", "住所_建物名", "住所_建物名等", "住所_方書",
      "buillding_name_etc", "address_detail", "katagaki"] }),
] as const;

/** 緯度 / 経度 in decimal degrees. */
export const coordinates = [
  // 所在地座標（緯度）: MHLW's 医療情報ネット and 薬局 lists
  col({ key: "latitude", ja: "緯度", en: "latitude", type: latitude, requirement: "recommended", aliases: ["lat", "Y座標", "住所_緯度", "北緯", "所在地座標（緯度）"] }),
  col({ key: "longitude", ja: "経度", en: "longitude", type: longitude, requirement: "recommended", aliases: ["lon", "lng", "X座標", "住所_経度", "東経", "所在地座標（経度）"] }),
] as const;

/** 所在地 block, shared by 12 datasets. */
export const location = [...address, ...coordinates] as const;

/** 高度の種別 / 高度の値 (new format). */
export const height = [
  col({ key: "height_type", ja: "高度の種別", en: "heightType", type: text, requirement: "optional", aliases: ["advanced_classification"] }),
  col({ key: "height", ja: "高度の値", en: "height", type: heightValue, requirement: "optional", aliases: ["advanced_value"] }),
] as const;

/** Headers of an inquiry column (問い合わせ, 問合せ先): a phone number, or the department to ask, told by the values. */
const INQUIRY = ["問い合わせ", "問合せ", "問い合せ", "問合わせ", "問い合わせ先", "問合せ先", "問い合せ先", "問合わせ先", "お問い合わせ", "お問合せ",
  "お問い合わせ先", "お問合せ先", "連絡先"];
/** A column of inquiries whose cells all read as phone numbers is the phone column (`03-3312-2111内線1234` gives the
 *  extension too); of department names (子ども家庭課) it stays what its header makes it (連絡先名称, or extra). */
const phoneByValues = { headers: INQUIRY, values: "read" } as const;

/** 電話番号 … 郵便番号: the contact block. */
export const contact = [
  // a cell with more than its number (03-3607-8321（管理所）, a second number) is kept whole in 連絡先備考
  col({ key: "phone_number", ja: "電話番号", en: "phoneNumber", type: phone, requirement: "recommended", overflow: "contact_remarks",
    aliases: ["tel", "TEL", "電話", "連絡先電話番号", "telephoneNumber", "contactPointPhoneNumber", "phone"], valueAliases: phoneByValues }),
  col({ key: "extension_number", ja: "内線番号", en: "extensionNumber", type: extensionNumber, requirement: "optional", aliases: ["extension", "内線"] }),
  col({ key: "contact_email", ja: "連絡先メールアドレス", en: "contactEmail", type: email, requirement: "optional", aliases: ["メールアドレス", "email"] }),
  col({ key: "contact_form_url", ja: "連絡先FormURL", en: "contactFormUrl", type: url, requirement: "optional", aliases: ["連絡先フォームURL"] }),
  col({ key: "contact_remarks", ja: "連絡先備考（その他、SNSなど）", en: "contactRemarks", type: text, requirement: "optional",
    aliases: ["連絡先備考", "連絡先備考_その他SNSなど", "連絡先備考(その他、SNSなど)"] }),
  col({ key: "postal_code", ja: "郵便番号", en: "postalCode", type: postalCode, requirement: "optional", aliases: ["contactPointPostalCode", "連絡先_郵便番号", "〒"] }),
] as const;

/** FAX番号, which some sheets put after 内線番号. */
export const fax = col({ key: "fax_number", ja: "FAX番号", en: "faxNumber", type: phone, requirement: "optional", aliases: ["FAX", "fax", "ファックス番号"],
  // 同左 beside the phone number: one number takes both
  sameAs: "phone_number" });

/** 法人番号 / 団体名: the operator. */
export const operator = [
  col({ key: "corporate_number", ja: "法人番号", en: "corporateNumber", type: corporateNumber, requirement: "optional" }),
  col({ key: "organization_name", ja: "団体名", en: "organizationName", type: text, requirement: "optional", aliases: ["法人の名称"] }),
] as const;

const DAYS = ["月", "火", "水", "木", "金", "土", "日"] as const;
/** How headers write a day (月曜日, 月曜) and the holidays (祝日, 日・祝), with the day the standard writes for each. */
export const DAY_HEADERS: Readonly<Record<string, string>> = Object.fromEntries([
  ...DAYS.flatMap((d) => [[d, d], [`${d}曜`, d], [`${d}曜日`, d]]),
  ["祝", "祝"], ["祝日", "祝"], ["祭日", "祝"], ["日祝", "日祝"], ["日・祝", "日祝"], ["日祝日", "日祝"], ["日・祝日", "日祝"]]);

/** The parts of a day a clinic's or a facility's timetable splits each day into (月 over 午前 | 午後, 午前 over 月 | 火 …). */
const DAY_SESSIONS = ["午前", "午後", "夕方", "夜間", "夜", "AM", "PM"];

/** 利用可能曜日 given as one column per day (月 | 火 | … of ○ / × or the day's hours): the days marked, run together as
 *  the standard writes them (月火木金); three day columns at least (月 | 日 of a date split over 年 | 月 | 日 are no
 *  days); a day's hours go, after the day, into the remarks column `details`. A day split into 午前 | 午後 is one day,
 *  open when either is. */
export const dayColumns = (details: string): MarkedBy => ({ values: Object.keys(DAY_HEADERS), as: DAY_HEADERS, separator: "", least: 3, details,
  sessions: DAY_SESSIONS });

/** 利用可能曜日, 開始時間, 終了時間, 利用可能日時特記事項. */
export const hours = [
  // 営業日 `月～金`, 開所日 `月～土`, 利用可能日 `平日`: the days it is open (a column of closed days, 休館日, goes to the remarks below).
  // Not 開館日 or 利用日: as often the day a hall opened or an event's date, which this text column would publish as days
  col({ key: "available_days", ja: "利用可能曜日", en: "availableDays", type: text, requirement: "optional",
    aliases: ["available_day", "営業日", "営業曜日", "利用曜日", "利用可能日", "開所日", "開所曜日"], markedBy: dayColumns("availability_remarks") }),
  // 開館時間 `9:00～17:00` is a range: the start takes the first time, the end the second (normalize/index.ts)
  col({ key: "start_time", ja: "開始時間", en: "startTime", type: hhmm, requirement: "optional", overflow: "availability_remarks",
    aliases: ["開始時刻", "利用開始時間", "開館時間", "営業時間", "利用時間", "利用可能時間", "利用可能時間帯", "利用時間帯", "使用可能時間", "使用可能時間帯", "利用可能日時", "使用可能日時", "設置時間帯", "開所時間", "開園時間", "開庁時間", "開放時間", "受付時間",
      "open", "opening time", "opening hours"] }),
  col({ key: "end_time", ja: "終了時間", en: "endTime", type: hhmm, requirement: "optional", overflow: "availability_remarks",
    aliases: ["終了時刻", "利用終了時間", "閉館時間", "閉園時間", "閉所時間", "閉庁時間", "営業終了時間", "受付終了時間", "close", "closing time"] }),
  col({ key: "availability_remarks", ja: "利用可能日時特記事項", en: "dateTimeRemarks", type: text, requirement: "optional",
    aliases: ["利用可能時間特記事項", "available_date_note", "availableDateNote"],
    labelledAliases: ["休館日", "休業日", "定休日", "休所日", "休園日", "閉庁日", "休診日", "閉館日", "休日"] }),
] as const;

/** アクセス方法 / 駐車場情報. */
export const access = [
  col({ key: "access", ja: "アクセス方法", en: "access", type: text, requirement: "optional", aliases: ["アクセス", "交通アクセス"] }),
  col({ key: "parking", ja: "駐車場情報", en: "parking", type: text, requirement: "optional", aliases: ["駐車場", "parkingInformation"] }),
] as const;

/** バリアフリー情報 (05 公共施設, 07 観光施設): lists often head it with the short word (`バリアフリー`) or what it says
 *  (`バリアフリー対応`, `バリアフリー設備`), but under such a header many lists mark only whether (○ / ×, 有 / 無): the
 *  values decide, a column of features (`エレベーター、多目的トイレ`) is the column, one of marks stays in extra. The
 *  features lists name most, which a cell may run together with ・ (エレベーター・多目的トイレ・点字ブロック). */
const BARRIER_FREE_FEATURES = [
  "エレベーター", "エスカレーター", "スロープ", "手すり", "自動ドア", "段差なし", "点字ブロック", "点字案内", "点字表示", "点字案内板", "音声案内",
  "多目的トイレ", "多機能トイレ", "車いす対応トイレ", "車椅子対応トイレ", "車いす用トイレ", "車椅子用トイレ", "だれでもトイレ", "みんなのトイレ",
  "オストメイト", "オストメイト対応トイレ", "ベビーシート", "ベビーベッド", "おむつ替えシート", "授乳室", "車いす貸出", "車椅子貸出",
  "障害者用駐車場", "身障者用駐車場", "車いす用駐車場", "車椅子用駐車場", "筆談", "筆談ボード", "磁気ループ", "ヒアリングループ", "補助犬",
];
export const barrierFree = col({ key: "barrier_free_info", ja: "バリアフリー情報", en: "barrierFreeInformation", type: listOf(BARRIER_FREE_FEATURES), requirement: "optional",
  aliases: ["barrier_free", "バリアフリー情報等"],
  valueAliases: { headers: ["バリアフリー", "バリアフリー対応", "バリアフリー設備", "バリアフリー対応状況", "バリアフリー状況"], values: "words" } });

/** 車椅子可 … オストメイト対応トイレ: the new 公共施設一覧's marks of what a facility offers, after 説明 and before
 *  授乳室 … ベビーカー利用, 有/無, as 市川市's list heads them (`バリアフリートイレ` for 多目的トイレ, `盲導犬・介助犬、聴導犬同伴`).
 *  The sheet's 英語名 were not retrieved: the English names here say what each column is. */
export const accessibility = [
  col({ key: "wheelchair_accessible", ja: "車椅子可", en: "wheelchairAccessible", type: flag, requirement: "optional", aliases: ["車いす可", "車イス可"] }),
  col({ key: "wheelchair_rental", ja: "車椅子貸出", en: "wheelchairRental", type: flag, requirement: "optional", aliases: ["車いす貸出", "車イス貸出"] }),
  col({ key: "cane_rental", ja: "ツエ貸出", en: "caneRental", type: flag, requirement: "optional", aliases: ["杖貸出", "つえ貸出"] }),
  col({ key: "multipurpose_toilet", ja: "多目的トイレ", en: "multipurposeToilet", type: flag, requirement: "optional", aliases: ["バリアフリートイレ", "多機能トイレ"] }),
  col({ key: "step_free_access", ja: "スロープ、エレベータ、エスカレータ", en: "stepFreeAccess", type: flag, requirement: "optional",
    aliases: ["スロープ・エレベータ・エスカレータ", "スロープ、エレベーター、エスカレーター", "スロープ・エレベーター・エスカレーター"] }),
  col({ key: "tactile_guidance", ja: "点字ブロック等の移動支援", en: "tactileGuidance", type: flag, requirement: "optional" }),
  col({ key: "braille_or_audio_support", ja: "点字や読上による支援", en: "brailleOrAudioSupport", type: flag, requirement: "optional" }),
  col({ key: "assistance_dogs_allowed", ja: "盲導犬・介助犬・聴導犬同伴", en: "assistanceDogsAllowed", type: flag, requirement: "optional",
    aliases: ["盲導犬・介助犬、聴導犬同伴", "盲導犬・介助犬・聴導犬の同伴"] }),
  col({ key: "captions", ja: "字幕", en: "captions", type: flag, requirement: "optional" }),
  col({ key: "written_communication", ja: "筆談対応", en: "writtenCommunication", type: flag, requirement: "optional" }),
  col({ key: "priority_parking", ja: "優先駐車場", en: "priorityParking", type: flag, requirement: "optional" }),
  col({ key: "ostomate_toilet", ja: "オストメイト対応トイレ", en: "ostomateToilet", type: flag, requirement: "optional" }),
] as const;

/** 授乳室 … ベビーカー利用: family facilities (05 子育て施設, 12 イベント), 有/無. */
export const babyCare = [
  col({ key: "nursing_room", ja: "授乳室", en: "nursingRoom", type: flag, requirement: "optional", aliases: ["授乳室の有無"] }),
  col({ key: "diaper_changing", ja: "おむつ替えコーナー", en: "diaperChangingArea", type: flag, requirement: "optional", aliases: ["おむつ替えコーナーの有無"] }),
  col({ key: "eating_allowed", ja: "飲食可否", en: "eatingAllowed", type: flag, requirement: "optional" }),
  col({ key: "stroller_rental", ja: "ベビーカー貸出", en: "strollerRental", type: flag, requirement: "optional" }),
  col({ key: "stroller_accessible", ja: "ベビーカー利用", en: "strollerAccessible", type: flag, requirement: "optional" }),
] as const;

/** 画像 / 画像_ライセンス. */
export const image = [
  col({ key: "image_url", ja: "画像", en: "pictureUrl", type: url, requirement: "recommended", aliases: ["image", "画像URL"] }),
  col({ key: "image_license", ja: "画像_ライセンス", en: "pictureLicense", type: text, requirement: "recommended",
    aliases: ["image_license", "image_licence", "iamgeLicense", "画像ライセンス"] }),
] as const;

/** URL and 備考, the tail of every file. */
export const trailer = [
  // 案内用ホームページアドレス: MHLW's 医療情報ネット; WebサイトURL: a ward's nursery list
  col({ key: "url", ja: "URL", en: "url", type: url, requirement: "recommended", aliases: ["ホームページ", "ホームページアドレス", "案内用ホームページアドレス", "WebサイトURL",
    // 関連HP: 那須塩原市's 観光施設; 高松市's FIWARE-style English headers
    "関連HP", "関連ホームページ", "referenceObject"] }),
  col({ key: "remarks", ja: "備考", en: "remarks", type: text, requirement: "optional", aliases: ["note", "notes"] }),
] as const;

/** 説明 / 説明_英語. */
export const description = [
  col({ key: "description", ja: "説明", en: "description", type: text, requirement: "optional" }),
  col({ key: "description_en", ja: "説明_英語", en: "descriptionEn", type: text, requirement: "optional", aliases: ["説明_英字", "description_english"] }),
] as const;

/** 法人番号 of the publisher, at No.2 of 11 観光施設 and 12 イベント: filled when the publisher is not a local government. */
export const publisherCorporateNumber = col({ key: "publisher_corporate_number", ja: "法人番号", en: "publisherCorporateNumber", type: corporateNumber,
  requirement: "optional", aliases: ["corporate_number"], description: "公開者が地方公共団体でない場合の法人番号 / corporate number of a publisher that is not a local government" });

/** 料金(基本) / 料金(詳細) (11 観光施設, 12 イベント); the definition writes half-width parentheses, templates full-width. */
export const fees = [
  col({ key: "fee_basic", ja: "料金(基本)", en: "basicFee", type: decimal, requirement: "optional", description: "円 / yen", overflow: "fee_details",
    aliases: ["料金（基本）", "料金.基本.", "料金_基本", "fee_basic", "入場料", "入館料", "拝観料", "参加費", "参加料", "受講料", "費用",
      // 高松市's FIWARE-style English headers
      "basicPrice"] }),
  col({ key: "fee_details", ja: "料金(詳細)", en: "feeDetails", type: text, requirement: "optional",
    aliases: ["料金（詳細）", "料金.詳細.", "料金_詳細", "fee_detail", "料金", "利用料金", "detailPrice"] }),
] as const;

/** 連絡先名称 / 連絡先電話番号 / 連絡先内線番号 (11 観光施設, 12 イベント), keyed like the contact block. */
export const contactPoint = [
  // 問い合わせ, 連絡先 (a department, `文化振興課`) name whom to ask; a column of phone numbers under them is the phone
  // column, told by its values (phoneByValues)
  col({ key: "contact_name", ja: "連絡先名称", en: "contactName", type: text, requirement: "optional", aliases: ["contact", ...INQUIRY] }),
  // a second number or a note (`0570-055777／042-240-4300`, `（休館日は…）`): these datasets have no 連絡先備考, the
  // general 備考 keeps the cell
  col({ key: "phone_number", ja: "連絡先電話番号", en: "contactPhoneNumber", type: phone, requirement: "recommended", overflow: "remarks",
    aliases: ["電話番号", "電話", "tel", "TEL", "telephoneNumber", "phone"], valueAliases: phoneByValues }),
  col({ key: "extension_number", ja: "連絡先内線番号", en: "contactExtensionNumber", type: extensionNumber, requirement: "optional", aliases: ["内線番号", "extension"] }),
] as const;
