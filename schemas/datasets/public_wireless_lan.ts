import type { z } from "zod";
import { contact, identity, location, naming, trailer } from "../blocks.ts";
import { col, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { ssid, text } from "../types.ts";

/** How a list heads its n-th SSID column: SSID1, SSID_1, SSID（1）, SSID-1. */
const numberedSsid = (n: number): string[] => [`SSID${n}`, `SSID_${n}`, `SSID（${n}）`, `SSID(${n})`, `SSID-${n}`];

// Old definition (A.1) plus the shared head, address block and contact block of the new format (§3.7).
export const public_wireless_lan = defineDataset({
  id: "public_wireless_lan",
  number: "07",
  ja: "公衆無線LANアクセスポイント一覧",
  en: "Public Wi-Fi access points",
  subjects_en: ["spot", "facility"],
  description_ja: "公衆無線LAN（Wi-Fi）のアクセスポイントの一覧。設置場所、SSID、提供エリアなど。",
  description_en: "Public wireless LAN (Wi-Fi) access points: place, SSID and coverage area.",
  // WIFI alone: 印西市's list is wifi.csv (a Latin word is matched whole: not the wifi of wifispot)
  keywords: ["公衆無線LAN", "公衆無線LANアクセスポイント", "無線LAN", "WI-FI一覧", "WIFI一覧", "WI-FIスポット", "WIFIスポット", "FREEWIFI", "FREE WI-FI",
    "WIFI", "WI-FI"],
  columns: [
    ...identity,
    // a Wi-Fi list names each access point by the place it is in
    ...replace(naming, col({ ...pick(naming, "name"), aliases: [...pick(naming, "name").aliases, "スポット名", "アクセスポイント名", "設置場所", "設置箇所", "設置施設名", "設置施設"] })),
    ...location,
    col({ key: "installer", ja: "設置者", en: "installer", type: text, requirement: "optional", aliases: ["設置主体", "提供者", "提供事業者", "運営者",
      "運営事業者", "設置事業者"] }),
    // a Wi-Fi list has no 連絡先名称: its 問い合わせ column is the number to call (`042-626-3111（代表）`), and words
    // there (a department) stay in 連絡先備考, the phone number's overflow
    ...replace(contact, renamed(pick(contact, "phone_number"), { aliases: ["問い合わせ", "問合せ", "問い合わせ先", "問合せ先", "お問い合わせ", "お問い合わせ先",
      "問い合わせ先電話番号", "問合せ先電話番号", "お問い合わせ先電話番号"] })),
    // SSID1 | SSID2 (a network of the ward's own and 00000JAPAN): the standard takes one SSID, the first; the others go
    // after their header into 備考 (below)
    // the network's name as lists head it without the word SSID (ネットワーク名, Wi-Fi名称)
    col({ key: "ssid", ja: "SSID", en: "ssid", type: ssid, requirement: "optional", aliases: ["ＳＳＩＤ", "ESSID", "SSID名", ...numberedSsid(1),
      "ネットワーク名", "Wi-Fi名", "Wi-Fi名称", "WiFi名", "WiFi名称"] }),
    // beside 施設名, the place named is where in the facility the network reaches (`1階区民ロビー`, `広場全域`), not a
    // second name
    col({ key: "coverage_area", ja: "提供エリア", en: "coverageArea", type: text, requirement: "optional", aliases: ["利用可能エリア", "提供場所", "利用エリア", "対象エリア", "提供範囲", "利用可能場所",
      // 高松市's FIWARE-style English headers
      "area"],
      fallbackAliases: ["設置場所", "設置箇所", "アクセスポイント名"] }),
    pick(trailer, "url"),
    // the standard's 備考 is for the terms of use (利用条件等): a list's 利用時間 (`24時間`, `施設の開館時間に準ずる`) and the
    // days beside it (利用可能曜日 `月～金（祝日除く）`), 認証方式 and 利用制限 have no column of their own and go there after
    // their header
    col({ ...pick(trailer, "remarks"), labelledAliases: ["利用条件", "利用時間", "利用可能時間", "提供時間", "利用可能時間帯",
      "利用可能曜日", "利用曜日", "提供曜日", "利用可能日", "認証方式", "認証方法",
      "接続方法", "利用方法", "利用制限", "接続時間", "利用時間制限", "アクセスポイント数", "AP数", "設置台数", ...[2, 3, 4, 5].flatMap(numberedSsid)] }),
  ],
  // a facility's access points, one row each (each with its own 提供エリア or SSID): the facility's cells merged over them
  heldRecords: { holder: [...[...naming, ...location].map((c) => c.key), "installer", "phone_number", "postal_code"], own: ["coverage_area", "ssid"] },
});
export type PublicWirelessLanRecord = z.infer<typeof public_wireless_lan.record>;
