import type { z } from "zod";
import { access, address, babyCare, contactPoint, coordinates, fees, identity, image, publisherCorporateNumber, trailer } from "../blocks.ts";
import { col, pick, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { flag, headCount, hhmm, isoDate, kana, line, list, text, url } from "../types.ts";

const opt = <const K extends string, T extends z.ZodType>(key: K, ja: string, en: string, type: T, aliases: readonly string[] = []) =>
  col({ key, ja, en, type, requirement: "optional", aliases });

// New-format header as published (印西市 122319_event.csv, the GIF イベント model); old 推奨 names as aliases (A.1).
// The place has no 郵便番号, and online events (Web開催) have no address: 所在地_連結表記 is ○ here, not ◎.
export const event = defineDataset({
  id: "event",
  number: "12",
  ja: "イベント一覧",
  en: "Events",
  description_ja: "地方公共団体などが開催・告知するイベントの一覧。日時、場所、料金、申込方法など。",
  description_en: "Events held or announced by the local government: dates, times, place, fees and how to apply.",
  keywords: ["イベント一覧", "イベント"],
  columns: [
    pick(identity, "local_government_code"), publisherCorporateNumber, pick(identity, "id"), pick(identity, "local_government_name"),
    col({ key: "name", ja: "イベント名", en: "name", type: line, requirement: "required", aliases: ["名称", "イベント名称", "event_name", "事業名", "催し名", "催し物名", "行事名",
      // an events calendar's export heads each event's name so
      "タイトル", "イベントタイトル"] }),
    opt("language_code", "言語コード", "languageCode", text),
    opt("name_alias", "イベント通称", "nameAlias", text, ["通称"]),
    opt("subtitle", "サブタイトル", "subtitle", text),
    col({ key: "name_kana", ja: "イベント名_カナ", en: "nameKana", type: kana, requirement: "recommended", aliases: ["名称_カナ", "イベント名（カナ）"] }),
    col({ key: "name_en", ja: "イベント名_英語", en: "nameEn", type: line, requirement: "recommended", aliases: ["名称_英語", "イベント名_英字", "名称_英字"] }),
    opt("content_url", "コンテンツURL", "contentUrl", url),
    opt("status", "状態", "eventStatus", text),
    opt("keywords", "キーワード", "keywords", list),
    opt("tags", "タグ", "tags", list),
    opt("target_industries", "対象となる産業", "targetIndustries", list),
    opt("schedule_pattern", "開催パターン", "schedulePattern", text),
    // 開催期間 is the event's period: a range cell (令和6年4月1日～令和6年4月30日) gives both dates, 開催期間（自）/（至）
    // and （開始）/（終了） its ends (header-period.ts); 開始日時 `2024/4/1 10:00` gives the date and the empty 開始時間.
    // A bare 開始 / 終了 names the date or the time by its values (column-by-values.ts)
    col({ key: "start_date", ja: "開始日", en: "startDate", type: isoDate, requirement: "recommended", overflow: "schedule_remarks",
      aliases: ["開催日", "開始年月日", "開催期間", "開始日時", "開催日時", "日時", "日程", "開催日程"], valueAliases: { headers: ["開始"], values: "read" } }),
    col({ key: "end_date", ja: "終了日", en: "endDate", type: isoDate, requirement: "recommended", overflow: "schedule_remarks",
      aliases: ["終了年月日", "終了日時"], valueAliases: { headers: ["終了"], values: "read" } }),
    col({ key: "start_time", ja: "開始時間", en: "startTime", type: hhmm, requirement: "recommended", overflow: "schedule_remarks",
      aliases: ["開始時刻", "開催時間", "時間"], valueAliases: { headers: ["開始"], values: "read" } }),
    col({ key: "end_time", ja: "終了時間", en: "endTime", type: hhmm, requirement: "recommended", overflow: "schedule_remarks", aliases: ["終了時刻"],
      valueAliases: { headers: ["終了"], values: "read" } }),
    opt("schedule_remarks", "開始日時特記事項", "dateTimeRemarks", text, ["開催日時特記事項"]),
    opt("duration", "所要時間", "duration", text),
    // 掲載期間 is how long the notice is posted, not the event's period: the standard's 掲載開始日 / 掲載終了日
    opt("listing_start_date", "掲載開始日", "listingStartDate", isoDate, ["掲載期間"]),
    opt("listing_end_date", "掲載終了日", "listingEndDate", isoDate),
    opt("summary", "概要", "summary", text),
    // 内容 `よさこい踊り`, `初心者向け`: what the event is, as a ward's own list heads it (概要 is the standard's summary)
    col({ key: "description", ja: "説明", en: "description", type: text, requirement: "recommended",
      aliases: ["内容", "イベント内容", "催し内容", "事業内容", "行事内容", "説明文"] }),
    opt("sub_events", "サブイベント", "subEvents", text),
    opt("event_type", "イベント種類", "eventType", text, ["イベント種別"]),
    ...fees, ...contactPoint,
    opt("organizer", "主催者", "organizer", text),
    opt("co_organizers", "共催団体", "coOrganizers", text),
    opt("related_organizations", "関連組織", "relatedOrganizations", text),
    // 対象 `どなたでも`, `小学生以上`: who may take part
    opt("audience", "対象者", "audience", text, ["対象", "参加対象", "対象年齢"]),
    opt("audience_remarks", "対象者備考", "audienceRemarks", text),
    col({ key: "place_name", ja: "場所名称", en: "placeName", type: text, requirement: "recommended", aliases: ["会場", "会場名", "場所", "開催場所", "開催会場"] }),
    opt("meeting_place", "集合（受付）場所", "meetingPlace", text, ["集合(受付)場所", "集合場所"]),
    ...replace(address, col({ ...pick(address, "full_address"), requirement: "recommended" })),
    ...coordinates, ...access,
    opt("parking_fee", "駐車場料金", "parkingFee", text),
    opt("bicycle_parking", "駐輪場情報", "bicycleParking", text),
    opt("online", "Web開催", "online", flag, ["オンライン開催"]),
    opt("online_url", "Web開催URL", "onlineUrl", url),
    opt("online_tools", "ツール・環境", "onlineTools", text),
    // 各回20人, 先着30組, 20組: no count of people, kept as written in 定員備考
    col({ key: "capacity", ja: "定員", en: "capacity", type: headCount, requirement: "optional", overflow: "capacity_remarks" }),
    opt("capacity_remarks", "定員備考", "capacityRemarks", text),
    opt("fee_type", "料金種別", "feeType", text, ["料金区分"]),
    opt("payment_methods", "決済種別", "paymentMethods", list),
    opt("foreign_language_support", "外国語対応", "foreignLanguageSupport", text),
    opt("foreign_language_remarks", "外国語対応備考", "foreignLanguageRemarks", text),
    opt("conditions", "開催条件", "conditions", text),
    col({ key: "application_end_date", ja: "参加申込終了日", en: "applicationEndDate", type: isoDate, requirement: "optional", overflow: "remarks",
      aliases: ["申込終了日", "申込締切日", "申込締切", "申込み締切", "申込期限", "締切日"] }),
    col({ key: "application_end_time", ja: "参加申込終了時間", en: "applicationEndTime", type: hhmm, requirement: "optional", overflow: "remarks", aliases: ["申込終了時刻", "申込締切時間"] }),
    // 申込 `不要`, `要事前申込`, `当日先着順`: how (and whether) to apply
    opt("application_method", "参加申込方法", "applicationMethod", text, ["申込方法", "申込", "申込み", "申し込み", "申込み方法", "申し込み方法", "参加方法"]),
    // 申込期間 is the period of applying: a range cell (7月1日～7月10日) gives both dates, as 開催期間 gives the event's
    col({ key: "application_start_date", ja: "申込開始日", en: "applicationStartDate", type: isoDate, requirement: "optional", overflow: "remarks",
      aliases: ["参加申込開始日", "申込期間", "申込み期間", "申込受付期間", "受付期間", "募集期間"] }),
    col({ key: "application_start_time", ja: "申込開始時刻", en: "applicationStartTime", type: hhmm, requirement: "optional", overflow: "remarks", aliases: ["申込開始時間", "参加申込開始時間"] }),
    opt("application_url", "申込URL", "applicationUrl", url),
    pick(trailer, "url"), ...babyCare, ...image, pick(trailer, "remarks"),
  ],
});
export type EventRecord = z.infer<typeof event.record>;
