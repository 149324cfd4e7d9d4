// Column groups shared by many datasets (§1.3 of the standard), written once and spread into each dataset.
import { col } from "./column.ts";
import { corporateNumber, hhmm, latitude, localGovernmentCode, longitude, phone, postalCode, text, url } from "./types.ts";

/** 全国地方公共団体コード, ID, 地方公共団体名: the head of every new-format file. */
export const identity = [
  col({ key: "local_government_code", ja: "全国地方公共団体コード", en: "localGovernmentCode", type: localGovernmentCode, requirement: "recommended",
    aliases: ["都道府県コード又は市区町村コード", "全国地方公共団体ｺｰﾄﾞ", "localgov_code", "prefCode", "市区町村コード"] }),
  col({ key: "id", ja: "ID", en: "identifier", type: text, requirement: "recommended", aliases: ["NO", "No", "NO.", "No.", "serial_number", "identification"] }),
  col({ key: "local_government_name", ja: "地方公共団体名", en: "localGovernmentName", type: text, requirement: "optional", aliases: ["localgov_name"] }),
] as const;

/** 名称 / 名称_カナ / 名称_英字: the name of the thing described. */
export const naming = [
  col({ key: "name", ja: "名称", en: "name", type: text, requirement: "required" }),
  col({ key: "name_kana", ja: "名称_カナ", en: "nameKana", type: text, requirement: "recommended",
    aliases: ["カナ名称", "名称_ｶﾅ", "名称かな", "名称（カナ）", "fullNameInKana"] }),
  col({ key: "name_en", ja: "名称_英字", en: "nameEn", type: text, requirement: "recommended",
    aliases: ["名称_英語", "名称（英字）", "name_english", "fullNameInRomaji"] }),
] as const;

/** 所在地 block, shared by 12 datasets. The old 住所/方書 map here; 都道府県名 + 市区町村名 + 住所 join into full_address. */
export const location = [
  col({ key: "located_local_government_code", ja: "所在地_全国地方公共団体コード", en: "locatedLocalGovernmentCode", type: localGovernmentCode,
    requirement: "recommended", aliases: ["seat_localgov_code"] }),
  col({ key: "machiaza_id", ja: "町字ID", en: "streetAddressId", type: text, requirement: "optional", aliases: ["choaza_id"] }),
  col({ key: "full_address", ja: "所在地_連結表記", en: "fullAddress", type: text, requirement: "required",
    aliases: ["住所", "所在地", "seat_copulative_spell", "address"] }),
  col({ key: "prefecture", ja: "所在地_都道府県", en: "prefecture", type: text, requirement: "recommended", aliases: ["seat_prefecture"] }),
  col({ key: "city", ja: "所在地_市区町村", en: "city", type: text, requirement: "recommended", aliases: ["seat_city"] }),
  col({ key: "machiaza", ja: "所在地_町字", en: "streetAddress", type: text, requirement: "recommended", aliases: ["seat_choaza"] }),
  col({ key: "city_block", ja: "所在地_番地以下", en: "cityBlock", type: text, requirement: "recommended", aliases: ["seat_after_address"] }),
  col({ key: "building_name", ja: "建物名等(方書)", en: "buildingNameEtc", type: text, requirement: "optional",
    aliases: ["方書", "方書（ビル名等）", "建物名等_方書", "buillding_name_etc", "address_detail", "katagaki"] }),
  col({ key: "latitude", ja: "緯度", en: "latitude", type: latitude, requirement: "recommended", aliases: ["lat", "Y座標"] }),
  col({ key: "longitude", ja: "経度", en: "longitude", type: longitude, requirement: "recommended", aliases: ["lon", "lng", "X座標"] }),
] as const;

/** 高度の種別 / 高度の値 (new format). */
export const height = [
  col({ key: "height_type", ja: "高度の種別", en: "heightType", type: text, requirement: "optional", aliases: ["advanced_classification"] }),
  col({ key: "height", ja: "高度の値", en: "height", type: text, requirement: "optional", aliases: ["advanced_value"] }),
] as const;

/** 電話番号 … 郵便番号: the contact block. */
export const contact = [
  col({ key: "phone_number", ja: "電話番号", en: "phoneNumber", type: phone, requirement: "recommended", aliases: ["tel", "TEL"] }),
  col({ key: "extension_number", ja: "内線番号", en: "extensionNumber", type: text, requirement: "optional", aliases: ["extension"] }),
  col({ key: "contact_email", ja: "連絡先メールアドレス", en: "contactEmail", type: text, requirement: "optional" }),
  col({ key: "contact_form_url", ja: "連絡先FormURL", en: "contactFormUrl", type: url, requirement: "optional" }),
  col({ key: "contact_remarks", ja: "連絡先備考（その他、SNSなど）", en: "contactRemarks", type: text, requirement: "optional",
    aliases: ["連絡先備考", "連絡先備考_その他SNSなど", "連絡先備考(その他、SNSなど)"] }),
  col({ key: "postal_code", ja: "郵便番号", en: "postalCode", type: postalCode, requirement: "optional" }),
] as const;

/** 法人番号 / 団体名: the operator. */
export const operator = [
  col({ key: "corporate_number", ja: "法人番号", en: "corporateNumber", type: corporateNumber, requirement: "optional" }),
  col({ key: "organization_name", ja: "団体名", en: "organizationName", type: text, requirement: "optional", aliases: ["法人の名称"] }),
] as const;

/** 利用可能曜日, 開始時間, 終了時間, 利用可能日時特記事項. */
export const hours = [
  col({ key: "available_days", ja: "利用可能曜日", en: "availableDays", type: text, requirement: "optional", aliases: ["available_day"] }),
  col({ key: "start_time", ja: "開始時間", en: "startTime", type: hhmm, requirement: "optional", aliases: ["開始時刻", "利用開始時間"] }),
  col({ key: "end_time", ja: "終了時間", en: "endTime", type: hhmm, requirement: "optional", aliases: ["終了時刻", "利用終了時間"] }),
  col({ key: "availability_remarks", ja: "利用可能日時特記事項", en: "dateTimeRemarks", type: text, requirement: "optional",
    aliases: ["利用可能時間特記事項", "available_date_note", "availableDateNote"] }),
] as const;

/** 画像 / 画像_ライセンス. */
export const image = [
  col({ key: "image_url", ja: "画像", en: "pictureUrl", type: url, requirement: "recommended", aliases: ["image"] }),
  col({ key: "image_license", ja: "画像_ライセンス", en: "pictureLicense", type: text, requirement: "recommended",
    aliases: ["image_license", "image_licence", "iamgeLicense"] }),
] as const;

/** URL and 備考, the tail of every file. */
export const trailer = [
  col({ key: "url", ja: "URL", en: "url", type: url, requirement: "recommended" }),
  col({ key: "remarks", ja: "備考", en: "remarks", type: text, requirement: "optional", aliases: ["note"] }),
] as const;
