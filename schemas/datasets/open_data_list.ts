import type { z } from "zod";
import { identity } from "../blocks.ts";
import { col, pick, type Requirement } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { flag, isoDate, list, oneOf, phone, text, textListOf, url } from "../types.ts";

// New format: one row per file, データセット_* then ファイル_* (印西市 122319_open_data_list.csv);
// the old 推奨 columns (データ名称, データ形式, 分類 …) are aliases of their new counterparts.
const ds = <const K extends string, T extends z.ZodType, const R extends Requirement = "optional">(
  key: K, ja: string, en: string, type: T, aliases: readonly string[] = [], requirement?: R,
) => col({ key, ja: `データセット_${ja}`, en, type, requirement: (requirement ?? "optional") as R, aliases });
const file = <const K extends string, T extends z.ZodType>(key: K, ja: string, en: string, type: T, aliases: readonly string[] = []) =>
  col({ key, ja, en, type, requirement: "optional", aliases });

/** Formats a list may give one ○ column each (データ形式 over CSV | XLSX | PDF | その他): file_format lists the marked ones. */
const FORMATS = ["CSV", "TSV", "XLSX", "XLS", "Excel", "ODS", "PDF", "JSON", "GeoJSON", "XML", "RDF", "TXT", "HTML", "ZIP", "SHP", "KML", "KMZ",
  "DOC", "DOCX", "Word", "JPG", "JPEG", "PNG", "その他"];
/** How lists also write a format: in katakana (エクセル), or with a word after it that adds nothing (CSV形式, PDFファイル,
 *  Excel版) or a note in brackets (CSV(UTF-8), shp（シェープファイル）), kept in 備考. */
const FORMAT_WORDS = {
  variants: { Excel: ["エクセル"], Word: ["ワード"], SHP: ["シェープファイル", "シェイプファイル", "Shapefile"], TXT: ["テキスト", "text"] },
  suffixes: ["形式", "ファイル", "データ", "版", "ファイル形式", "形式ファイル"],
  notes: true,
};

/** 分類: the standard's 17 categories (those of the government's statistics). Another word (防災, 子育て) is kept, warned. */
const CATEGORIES = ["国土・気象", "人口・世帯", "労働・賃金", "農林水産業", "鉱工業", "商業・サービス業", "企業・家計・経済", "住宅・土地・建設",
  "エネルギー・水", "運輸・観光", "情報通信・科学技術", "教育・文化・スポーツ・生活", "行財政", "司法・安全・環境", "社会保障・衛生", "国際", "その他"];
const columns = [
  col({ ...pick(identity, "id"), ja: "データセット_ID", en: "datasetIdentifier", aliases: ["ID", "NO", "No", "NO.", "No.", "番号", "通し番号"] }),
  // code, prefName, cityName, dataName, format, apiSupport, note: 高松市's FIWARE-style English headers
  col({ ...pick(identity, "local_government_code"), aliases: [...pick(identity, "local_government_code").aliases, "code"] }),
  pick(identity, "local_government_name"),
  col({ key: "prefecture", ja: "都道府県名", en: "prefecture", type: text, requirement: "optional", aliases: ["prefName"] }),
  col({ key: "city", ja: "市区町村名", en: "city", type: text, requirement: "optional", aliases: ["cityName"] }),
  ds("title", "タイトル", "datasetTitle", text, ["データ名称", "タイトル", "データ名", "データセット名", "dataName"], "required"),
  ds("subtitle", "サブタイトル", "datasetSubtitle", text),
  ds("description", "概要", "datasetDescription", text, ["データ概要", "概要", "説明", "データセットの説明", "データの説明", "データ説明"]),
  ds("keywords", "キーワード", "datasetKeywords", list, ["キーワード", "タグ"]),
  ds("category", "分類", "datasetCategory", oneOf(CATEGORIES), ["分類"], "recommended"),
  ds("universal_menu", "ユニバーサルメニュー", "datasetUniversalMenu", text),
  ds("issued", "公開日", "datasetIssued", isoDate, ["登録日", "公開日", "公開年月日", "掲載日", "掲載年月日", "登録年月日"]),
  ds("modified", "最終更新日", "datasetModified", isoDate, ["最終更新日", "更新日", "更新年月日"], "recommended"),
  ds("version", "バージョン", "datasetVersion", text),
  ds("language", "言語", "datasetLanguage", text),
  ds("url", "URL", "datasetUrl", url, ["URL", "掲載ページ", "掲載URL", "掲載ページURL", "掲載先", "公開URL", "公開ページ"]),
  ds("update_frequency", "更新頻度", "datasetUpdateFrequency", text, ["更新頻度", "更新周期", "更新間隔"]),
  ds("conforms_to", "準拠する標準", "datasetConformsTo", text),
  // the data set's own 関連ドキュメント, as 市川市's list has it between 準拠する標準 and 来歴情報 (ファイル_関連ドキュメント is a file's)
  ds("related_document", "関連ドキュメント", "datasetRelatedDocument", text),
  ds("provenance", "来歴情報", "datasetProvenance", text),
  ds("spatial", "対象地域", "datasetSpatial", text),
  ds("temporal", "対象期間", "datasetTemporal", text),
  ds("contact_name", "連絡先名称", "datasetContactName", text, ["連絡先名称", "担当課", "担当部署", "所管課", "組織", "組織名", "担当課名", "所管課名", "作成部署"]),
  ds("contact_email", "連絡先メールアドレス", "datasetContactEmail", text, ["連絡先メールアドレス"]),
  ds("phone_number", "連絡先電話番号", "datasetContactPhoneNumber", phone, ["連絡先電話番号", "電話番号"]),
  ds("extension_number", "連絡先内線番号", "datasetContactExtensionNumber", text, ["連絡先内線番号", "内線番号"]),
  ds("contact_form_url", "連絡先FormURL", "datasetContactFormUrl", url, ["連絡先FormURL"]),
  ds("contact_remarks", "連絡先備考（その他、SNSなど）", "datasetContactRemarks", text, ["連絡先備考（その他、SNSなど）", "連絡先備考"]),
  ds("remarks", "備考", "datasetRemarks", text, ["備考", "note"]),
  file("file_title", "ファイル_タイトル", "fileTitle", text, ["リソース名", "リソース_名前", "ファイル名", "ファイル名称"]),
  // the standard's access URL is a page that leads to the file, its download URL the file itself: a file's URL not
  // said to be a page (ファイルURL, CKAN's リソースURL) is the file's own
  file("file_access_url", "ファイル_アクセスURL", "fileAccessUrl", url, ["アクセスURL"]),
  file("file_download_url", "ファイル_ダウンロードURL", "fileDownloadUrl", url, ["ダウンロードURL", "ファイルURL", "データURL", "リソースURL"]),
  file("file_description", "ファイル_説明", "fileDescription", text, ["リソースの説明", "リソース_説明"]),
  col({ key: "file_format", ja: "ファイル形式", en: "fileFormat", type: textListOf(FORMATS, FORMAT_WORDS), requirement: "recommended", aliases: ["データ形式", "ファイル_形式", "形式", "フォーマット", "提供形式", "公開形式", "format"] }),
  // 利用条件 as lists write it is the licence (CC BY 4.0), not terms of use written out
  file("license", "ファイル_ライセンス", "fileLicense", text, ["ライセンス", "利用条件"]),
  file("file_status", "ファイル_ステータス", "fileStatus", text),
  file("file_size", "ファイル_サイズ", "fileSize", text),
  file("file_issued", "ファイル_公開日", "fileIssued", isoDate),
  file("file_modified", "ファイル_最終更新日", "fileModified", isoDate),
  file("file_terms_of_use", "ファイル_利用規約", "fileTermsOfUse", text, ["利用規約"]),
  file("file_related_document", "ファイル_関連ドキュメント", "fileRelatedDocument", text),
  file("file_language", "ファイル_言語", "fileLanguage", text),
  file("file_conforms_to", "ファイル_準拠する標準", "fileConformsTo", text),
  file("has_api", "ファイル_API対応有無", "fileApiAvailable", flag, ["API対応有無", "API", "API対応", "API提供", "APIの有無", "apiSupport"]),
] as const;

/** The dataset's own columns (データセット_*), which a list gives again on each row of its files. */
const DATASET_COLUMNS = columns.filter((c) => c.ja.startsWith("データセット_"));

export const open_data_list = defineDataset({
  id: "open_data_list",
  number: "06",
  ja: "オープンデータ一覧",
  en: "Open data catalogue",
  description_ja: "地方公共団体が公開しているオープンデータ（データセットとファイル）の一覧。",
  description_en: "The open datasets and files a local government publishes.",
  keywords: ["オープンデータ一覧"],
  markLists: [{ key: "file_format", values: FORMATS }],
  // not 分類, キーワード (タグ), 最終更新日: a list of notices or events has them too
  toldBy: { keys: ["file_format", "license", "update_frequency", "has_api", "file_title", "file_access_url", "file_download_url", "file_description",
    "file_size", "file_status", "file_terms_of_use", "conforms_to", "provenance", "spatial", "temporal", "universal_menu"], words: ["データ"] },
  columns,
  // one row per file: the dataset's ID repeats for each of its files
  identity: ["id", "file_title", "file_access_url", "file_download_url"],
  // a dataset's files, one row each: the dataset's cells merged over them
  heldRecords: { holder: DATASET_COLUMNS.map((c) => c.key), own: ["file_title", "file_access_url", "file_download_url"] },
  // ファイル形式 1, 2: a catalogue system's code for the format, not its name
  namedNotCoded: ["file_format"],
});
export type OpenDataListRecord = z.infer<typeof open_data_list.record>;
