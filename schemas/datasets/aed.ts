import type { z } from "zod";
import { contact, height, hours, identity, image, location, naming, operator, trailer } from "../blocks.ts";
import { col, pick, renamed, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { flag, text } from "../types.ts";

export const aed = defineDataset({
  id: "aed",
  number: "08",
  ja: "AED設置箇所一覧",
  en: "AED locations",
  subjects_en: ["facility"],
  // 設置場所_住所, 設置場所_電話番号 (a Saitama list: 設置場所 merged over 名称 | 住所 | 電話番号): the place the AED is at
  subjects: ["設置場所", "設置施設", "AED設置場所", "AED設置施設"],
  description_ja: "自動体外式除細動器（AED）が設置されている施設と設置位置の一覧。",
  description_en: "Facilities with an automated external defibrillator (AED) and where in the building it is.",
  keywords: ["AED", "AED設置箇所"],
  // 備考 `使用不可`, `令和6年3月31日で撤去`: an AED no one can use, which an app must not send people to. Not the words of
  // the building it is in (休館, 休園 …), as its name's `保育園（休園中）` is not (closedByName)
  closedByRemarks: { keys: ["remarks", "availability_remarks"], notStates: ["休館", "閉館", "休園", "閉園", "廃園", "閉所", "閉院", "休業", "廃業"], subjects: ["AED", "自動体外式除細動器"] },
  columns: [
    ...identity,
    // 設置場所 / 設置箇所 are where in the building beside a facility name (施設名, 1階市民課前), and the facility
    // beside 設置位置 (武蔵野市役所 | 1階): the name takes them only when 設置位置 is given by another column
    ...replace(naming, renamed(pick(naming, "name"), { aliases: ["設置施設名", "設置施設", "AED設置施設名", "AED設置施設名称", "設置施設名称", "機関・施設名"], fallbackAliases: ["設置場所", "設置箇所"] })),
    ...location, ...height,
    col({ key: "installation_position", ja: "設置位置", en: "installationLocation", type: text, requirement: "required",
      description: "建物内の設置場所 / where in the building",
      aliases: ["installationPosition", "set_position", "設置場所", "設置箇所",
        // where in the building, beside 設置場所 (then the facility: the name's fallback)
        "設置場所詳細", "設置場所（詳細）", "設置箇所詳細", "設置箇所（詳細）", "詳細設置場所", "詳細設置位置", "AED設置場所", "AED設置位置", "AEDの設置場所", "Location in building",
        // the building and the place in it in one cell (`本庁舎1階 正面玄関`), as a header names them: 設置場所概要(建物名・設置位置)
        "設置場所概要", "設置場所概要(建物名・設置位置)"] }),
    ...contact, ...operator,
    // whether the AED can be reached at any hour (24時間使用可否 `○`): kept in the remarks on the hours after its header,
    // as no column of the standard says it
    ...replace(hours, renamed(pick(hours, "availability_remarks"), { labelledAliases: [...pick(hours, "availability_remarks").labelledAliases,
      "24時間使用可否", "24時間使用可", "24時間使用可能", "24時間利用可否", "24時間利用可", "24時間利用可能", "24時間対応", "24時間使用"] })),
    col({ key: "pediatric_pads", ja: "小児対応設備の有無", en: "pediatricEquipment", type: flag, requirement: "optional",
      aliases: ["pediatric", "pediatric_pads", "pediatric_pad", "pediatric_equipment", "child_pads", "equipmentForChildren", "小児対応機器設備の有無", "小児対応機器の有無", "小児用パッドの有無", "小児対応", "小児用パッド", "小児用電極パッド", "小児対応設備", "小児用パッド有無"],
      // the equipment is pads for children or a mode or key that makes the adult pads safe for them; adult pads alone are none
      // in a column of this equipment, a 切替スイッチ is the one that turns the adult pads' energy down for a child
      flagWords: { subjects: ["小児モード", "小児用モード", "小児用キー", "小児キー", "未就学児用パッド", "未就学児用電極パッド",
        "切替スイッチ", "切り替えスイッチ", "切替キー", "切り替えキー", "小児切替スイッチ", "小児切替キー"],
        no: ["成人用のみ", "成人用パッドのみ", "成人のみ", "大人用のみ", "成人用"] } }),
    ...image,
    // how many AEDs the place has (設置台数 `2`): kept in the remarks after its header
    ...replace(trailer, renamed(pick(trailer, "remarks"), { labelledAliases: ["設置台数", "AED設置台数", "台数"],
      // 外部利用不可 `○`: an AED only its building's staff may use (a private company's, listed with the others)
      labelledFlags: ["外部利用不可", "一般利用不可", "外部使用不可"] })),
  ],
  // a building's AEDs, one row each: the building's cells merged over them
  heldRecords: { holder: [...[...naming, ...location, ...operator].map((c) => c.key), "phone_number", "postal_code"], own: ["installation_position"] },
});
export type AedRecord = z.infer<typeof aed.record>;
