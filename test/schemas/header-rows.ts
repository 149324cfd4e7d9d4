// Header rows of official templates and real files, as data: every header must map to a column of its dataset.
export interface HeaderRow {
  dataset: string;
  source: string;
  header: string;
  /** headers that are not in the standard and go to `extra` */
  unmapped?: readonly string[];
}

/** Appendix A.1: the official old 推奨データセット CSV templates (TableLinker seed files). */
export const OLD_TEMPLATES: readonly HeaderRow[] = [
  { dataset: "aed", source: "xxxxxx_aed.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,方書,緯度,経度,設置位置,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,小児対応設備の有無,URL,備考" },
  { dataset: "care_service", source: "xxxxxx_care_service.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,介護サービス事業所名称,介護サービス事業所名称_カナ,実施サービス,住所,方書,緯度,経度,電話番号,内線番号,FAX番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,備考" },
  { dataset: "cultural_property", source: "xxxxxx_cultural_property.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,名称_英語,文化財分類,種類,場所名称,住所,方書,緯度,経度,電話番号,内線番号,員数（数）,員数（単位）,法人番号,所有者等,文化財指定日,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,画像,画像_ライセンス,概要,概要_英語,説明,説明_英語,URL,備考" },
  { dataset: "evacuation_space", source: "xxxxxx_evacuation_space.csv",
    header: "NO,名称,名称_カナ,住所,方書,緯度,経度,標高,電話番号,内線番号,市区町村コード,都道府県名,市区町村名,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,URL,備考" },
  { dataset: "event", source: "xxxxxx_event.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,イベント名_英語,開始日,終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,場所名称,住所,方書,緯度,経度,アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,参加申込方法,URL,備考" },
  { dataset: "fire_hydrant", source: "xxxxxx_fire_hydrant.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,種別,住所,方書,緯度,経度,口径,備考" },
  { dataset: "food_business", source: "xxxxxx_food_business_all.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,営業所名称,営業所名称_カナ,営業の種類,業態,営業所所在地,営業所方書,緯度,経度,営業所電話番号,法人名,法人番号,許可番号,初回許可年月日,許可年月日,許可開始日,許可満了日,廃業年月日,申請区分,許可条件,備考" },
  { dataset: "food_business", source: "xxxxxx_food_business_new.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,営業所名称,営業所名称_カナ,営業の種類,業態,営業所所在地,営業所方書,緯度,経度,営業所電話番号,法人名,法人番号,許可番号,初回許可年月日,許可年月日,許可開始日,許可満了日,廃業年月日,申請区分,許可条件,備考" },
  { dataset: "hospital", source: "xxxxxx_hospital.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,医療機関の種類,住所,方書,緯度,経度,電話番号,内線番号,FAX番号,法人番号,法人の名称,医療機関コード,診療曜日,診療開始時間,診療終了時間,診療日時特記事項,時間外における対応,診療科目,病床数,URL,備考" },
  { dataset: "open_data_list", source: "xxxxxx_open_data_list.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,データ名称,データ概要,データ形式,分類,更新頻度,URL,API対応有無,ライセンス,登録日,最終更新日,備考" },
  { dataset: "population", source: "xxxxxx_population.csv",
    header: "都道府県コード又は市区町村コード,地域コード,都道府県名,市区町村名,調査年月日,地域名,総人口,男性,女性,0-4歳の男性,0-4歳の女性,5-9歳の男性,5-9歳の女性,10-14歳の男性,10-14歳の女性,15-19歳の男性,15-19歳の女性,20-24歳の男性,20-24歳の女性,25-29歳の男性,25-29歳の女性,30-34歳の男性,30-34歳の女性,35-39歳の男性,35-39歳の女性,40-44歳の男性,40-44歳の女性,45-49歳の男性,45-49歳の女性,50-54歳の男性,50-54歳の女性,55-59歳の男性,55-59歳の女性,60-64歳の男性,60-64歳の女性,65-69歳の男性,65-69歳の女性,70-74歳の男性,70-74歳の女性,75-79歳の男性,75-79歳の女性,80-84歳の男性,80-84歳の女性,85歳以上の男性,85歳以上の女性,世帯数,備考" },
  { dataset: "preschool", source: "xxxxxx_preschool.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,種別,住所,方書,緯度,経度,アクセス方法,駐車場情報,電話番号,内線番号,FAX番号,法人番号,団体名,認可等年月日,収容定員,受入年齢,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,一時預かりの有無,URL,備考" },
  { dataset: "public_facility", source: "xxxxxx_public_facility.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能時間特記事項,説明,バリアフリー情報,URL,備考" },
  { dataset: "public_toilet", source: "xxxxxx_public_toilet.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,住所,方書,設置位置,緯度,経度,男性トイレ総数,男性トイレ数（小便器）,男性トイレ数（和式）,男性トイレ数（洋式）,女性トイレ総数,女性トイレ数（和式）,女性トイレ数（洋式）,男女共用トイレ総数,男女共用トイレ数（和式）,男女共用トイレ数（洋式）,多機能トイレ数,車椅子使用者用トイレ有無,乳幼児用設備設置トイレ有無,オストメイト設置トイレ有無,利用開始時間,利用終了時間,利用可能時間特記事項,画像,画像_ライセンス,備考" },
  { dataset: "public_wireless_lan", source: "xxxxxx_public_wireless_lan.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,住所,方書,緯度,経度,設置者,電話番号,内線番号,SSID,提供エリア,URL,備考" },
  { dataset: "tourism", source: "xxxxxx_tourism.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,POIコード,住所,方書,緯度,経度,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,料金（基本）,料金（詳細）,説明,説明_英語,アクセス方法,駐車場情報,バリアフリー情報,連絡先名称,連絡先電話番号,連絡先内線番号,画像,画像_ライセンス,URL,備考" },
];

/** Appendix A.2: new-format (正式版) header rows, including the Fukui 物理名 row of sheet 13. */
export const NEW_ROWS: readonly HeaderRow[] = [
  { dataset: "evacuation_space", source: "A.2 sheet 03",
    header: "全国地方公共団体コード,ID,名称,名称_カナ,名称_英字,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,標高,電話番号,内線番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,市区町村コード,地方公共団体名,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,URL,画像,画像_ライセンス,備考" },
  { dataset: "public_toilet", source: "A.2 sheet 13",
    header: "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英語,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),設置位置,緯度,経度,高度の種別,高度の値,男性トイレ総数,男性トイレ数（小便器）,男性トイレ数（和式）,男性トイレ数（洋式）,女性トイレ総数,女性トイレ数（和式）,女性トイレ数（洋式）,男女共用トイレ総数,男女共用トイレ数（和式）,男女共用トイレ数（洋式）,バリアフリートイレ数,車椅子使用者用トイレ有無,乳幼児用設備設置トイレ有無,オストメイト設置トイレ有無,利用開始時間,利用終了時間,利用可能時間特記事項,画像,画像_ライセンス,備考" },
  { dataset: "fire_hydrant", source: "A.2 sheet 14",
    header: "全国地方公共団体コード,ID,地方公共団体名,種別,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,口径,備考" },
  { dataset: "food_business", source: "A.2 sheet 15",
    header: "全国地方公共団体コード,ID,地方公共団体名,施設名称,施設名称_カナ,施設名称_英字,営業の種類,業態,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,施設所在地_都道府県,施設所在地_市区町村,施設所在地_町字,施設所在地_番地以下,施設方書,緯度,経度,施設電話番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,法人名,法人番号,許可番号,初回許可年月日,許可年月日,許可開始日,許可満了日,廃業年月日,申請区分,許可条件,備考" },
  { dataset: "public_toilet", source: "A.2 sheet 13 物理名 (Fukui)",
    header: "localgov_code,id,localgov_name,name,name_kana,name_english,seat_localgov_code,choaza_id,seat_copulative_spell,seat_prefecture,seat_city,seat_choaza,seat_after_address,buillding_name_etc,set_position,latitude,longitude,advanced_classification,advanced_value,male_wc_total,male_wc_urinal,male_wc_jstyle,male_wc_wstyle,female_wc_total,female_wc_jstyle,female_wc_wstyle,unisex_wc_total,unisex_wc_jstyle,unisex_wc_wstyle,barrier_free_wc,wheelchair_wc,infant_wc,ostomate_wc,available_start_time,available_end_time,available_time_note,image,image_licence,note" },
];

/** Header rows of the real files in /work/shared/realdata (new-format 印西市 files, English and FIWARE-style headers). */
export const REAL_FILES: readonly HeaderRow[] = [
  { dataset: "care_service", source: "122319_care_service__open-data-inzai.csv",
    header: "全国地方公共団体コード,ID,地方公共団体名,介護サービス事業所名称,介護サービス事業所名称_カナ,介護サービス事業所名称_英字,実施サービス,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,高度の種別,高度の値,電話番号,内線番号,FAX番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,画像,画像_ライセンス,備考" },
  { dataset: "event", source: "122319_event__open-data-inzai.csv",
    header: "全国地方公共団体コード,法人番号,ID,地方公共団体名,イベント名,言語コード,イベント通称,サブタイトル,イベント名_カナ,イベント名_英語,コンテンツURL,状態,キーワード,タグ,対象となる産業,開催パターン,開始日,終了日,開始時間,終了時間,開始日時特記事項,所要時間,掲載開始日,掲載終了日,概要,説明,サブイベント,イベント種類,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,共催団体,関連組織,対象者,対象者備考,場所名称,集合（受付）場所,所在地_全国地方公共団体コード,町字ID,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,アクセス方法,駐車場情報,駐車場料金,駐輪場情報,Web開催,Web開催URL,ツール・環境,定員,定員備考,料金種別,決済種別,外国語対応,外国語対応備考,開催条件,参加申込終了日,参加申込終了時間,参加申込方法,申込開始日,申込開始時刻,申込URL,URL,授乳室,おむつ替えコーナー,飲食可否,ベビーカー貸出,ベビーカー利用,画像,画像_ライセンス,備考" },
  { dataset: "open_data_list", source: "122319_open_data_list__open-data-inzai.csv",
    header: "データセット_ID,全国地方公共団体コード,地方公共団体名,データセット_タイトル,データセット_サブタイトル,データセット_概要,データセット_キーワード,データセット_分類,データセット_ユニバーサルメニュー,データセット_公開日,データセット_最終更新日,データセット_バージョン,データセット_言語,データセット_URL,データセット_更新頻度,データセット_準拠する標準,データセット_来歴情報,データセット_対象地域,データセット_対象期間,データセット_連絡先名称,データセット_連絡先メールアドレス,データセット_連絡先電話番号,データセット_連絡先内線番号,データセット_連絡先FormURL,データセット_連絡先備考（その他、SNSなど）,データセット_備考,ファイル_タイトル,ファイル_アクセスURL,ファイル_ダウンロードURL,ファイル_説明,ファイル形式,ファイル_ライセンス,ファイル_ステータス,ファイル_サイズ,ファイル_公開日,ファイル_最終更新日,ファイル_利用規約,ファイル_関連ドキュメント,ファイル_言語,ファイル_準拠する標準,ファイル_API対応有無" },
  { dataset: "preschool", source: "122319_preschool__open-data-inzai.csv",
    header: "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,種別,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,高度の種別,高度の値,アクセス方法,駐車場情報,電話番号,内線番号,FAX番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,法人番号,団体名,認可等年月日,収容定員,受入年齢,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,一時預かりの有無,子供預かり料金種別,子供預かり料金,子供預かり料金備考,子供預かり開所時間,子供預かり閉所時間,病児保育の有無,授乳室,おむつ替えコーナー,飲食可否,ベビーカー貸出,ベビーカー利用,URL,画像,画像_ライセンス,備考" },
  { dataset: "cultural_property", source: "122319_cultural_property__open-data-inzai.csv",
    header: "文化財分類,種類,名称,所在地,指定年月日,所有者・伝承者,緯度,経度" },
  { dataset: "tourism", source: "131083_tourism__tablelinker-res017.csv", unmapped: ["料金要否", "駐車場_有無", "利用条件_有無", "利用条件_詳細", "託児所_有無", "託児所_詳細", "画像_詳細", "最終確認日"],
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,POIコード,住所,方書,緯度,経度,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,料金(基本),料金(詳細),説明,説明_英語,アクセス方法,駐車場情報,バリアフリー情報,連絡先名称,連絡先電話番号,連絡先内線番号,画像,画像_ライセンス,URL,備考,郵便番号,料金要否,駐車場_有無,利用条件_有無,利用条件_詳細,託児所_有無,託児所_詳細,画像_詳細,最終確認日" },
  { dataset: "tourism", source: "132284_tourism__tablelinker-res063.csv", unmapped: ["料金要否", "駐車場_有無", "利用条件_有無", "利用条件_詳細", "託児所_有無", "託児所_詳細", "画像_詳細", "最終確認日"],
    header: "市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,POIコード,住所,方書,緯度,経度,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,料金(基本),料金(詳細),説明,説明_英語,アクセス方法,駐車場情報,バリアフリー情報,連絡先名称,連絡先電話番号,連絡先内線番号,画像,画像_ライセンス,URL,備考,郵便番号,料金要否,駐車場_有無,利用条件_有無,利用条件_詳細,託児所_有無,託児所_詳細,画像_詳細,最終確認日" },
  { dataset: "tourism", source: "022063_tourism__tablelinker-res036.csv",
    header: "市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,POIコード,住所,緯度,経度,利用可能曜日,開始時間,終了時間,利用可能時間特記事項,料金（基本）,料金（詳細）,説明,説明_英語,アクセス方法,バリアフリー情報,連絡先名称,連絡先電話番号,備考" },
  { dataset: "tourism", source: "271004_tourism__tablelinker-res067.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,POIコード,住所,方書,緯度,経度,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,料金.基本.,料金.詳細.,説明,説明_英語,アクセス方法,駐車場情報,バリアフリー情報,連絡先名称,連絡先電話番号,連絡先内線番号,画像,画像_ライセンス,URL,備考" },
  { dataset: "tourism", source: "072028_tourism__tablelinker-res080.csv",
    header: "localgov_code,serial_number,pref_name,city_name,name,name_kana,name_en,poi,address,address_detail,latitude,longitude,available_day,start_time,end_time,available_date_note,fee_basic,fee_detail,description,description_en,access,parking,barrier_free,contact,tel,extension,image,image_license,url,note" },
  { dataset: "public_toilet", source: "132098_public_toilet__tablelinker.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_英語,住所,方書,設置位置,緯度,経度,男性トイレ総数,男性トイレ数（小便器）,男性トイレ数（和式）,男性トイレ数（洋式）,女性トイレ総数,女性トイレ数（和式）,女性トイレ数（洋式）,男女共用トイレ総数,男女共用トイレ数（和式）,男女共用トイレ数（洋式）,多機能トイレ数,車椅子使用者用トイレ有無,乳幼児用設備設置トイレ有無,オストメイト設置トイレ有無,利用開始時間,利用終了時間,利用可能時間特記事項,画像,画像_ライセンス,備考" },
  { dataset: "public_toilet", source: "372013_public_toilet__takamatsu-city.csv", unmapped: ["#property"],
    header: "#property,latitude,longitude,prefCode,identification,pref,city,name,fullNameInKana,fullNameInRomaji,address,katagaki,installationPosition,totalMensRestroom,smallMensRestroom,japaneseMensRestroom,westernMensRestroom,totalWomanRestroom,japaneseWomanRestroom,westernWomanRestroom,sharedRestroom,japaneseSharedRestroom,westernSharedRestroom,multifunctionalRestroom,wheelchairRestroom,anInfantRestroom,ostomateRestroom,startTime,endTime,availableDateNote,image,iamgeLicense,note" },
  { dataset: "public_toilet", source: "131067_public_toilet__tablelinker-taito.csv", unmapped: ["大分類", "小分類", "電話番号", "情報"],
    header: "大分類,小分類,名称,所在地,電話番号,情報,X座標,Y座標" },
  { dataset: "aed", source: "382019_aed__aohana-python.csv",
    header: "名称,名称かな,所在地,設置位置,経度,緯度" },
  { dataset: "aed", source: "442011_aed__medimap.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,方書,緯度,経度,設置位置,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,小児対応設備の有無,URL,備考" },
  { dataset: "hospital", source: "470007_hospital__createtile.csv",
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,医療機関の種類,住所,方書,lat,lon,電話番号,内線番号,FAX番号,法人番号,法人の名称,医療機関コード,診療曜日,診療開始時間,診療終了時間,診療日時特記事項,時間外における対応,診療科目,病床数,URL,備考" },
  { dataset: "evacuation_space", source: "473022_evacuation_space__createtile.csv",
    header: "NO,名称,名称_カナ,住所,方書,lat,lon,標高,電話番号,内線番号,市区町村コード,都道府県名,市区町村名,災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,URL,備考" },
  { dataset: "cultural_property", source: "132012_cultural_property__tokyo-mogu-mogu.xlsx", unmapped: ["画像_詳細"],
    header: "都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,名称_英語,文化財分類,種類,場所名称,住所,方書,緯度,経度,電話番号,内線番号,員数（数）,員数（単位）,法人番号,所有者等,文化財指定日,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,画像,画像_ライセンス,概要,概要_英語,説明,説明_英語,URL,備考,画像_詳細" },
  { dataset: "food_business", source: "132055_food_business__tokyo-mogu-mogu.xlsx",
    header: "全国地方公共団体コード,ID,地方公共団体名,施設名称,施設名称_カナ,施設名称_英字,営業の種類,業態,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,施設所在地_都道府県,施設所在地_市区町村,施設所在地_町字,施設所在地_番地以下,施設方書,緯度,経度,施設電話番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,法人名,法人番号,許可番号,初回許可年月日,許可年月日,許可開始日,許可満了日,廃業年月日,申請区分,許可条件,備考" },
];
