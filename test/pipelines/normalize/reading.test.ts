// Readings (名称_カナ): a note in brackets taken out and kept in 備考; a cell that is no reading (no kana: romaji,
// English, kanji) not published as one; Latin letters of the name's own are the reading's.
import { describe, expect, it } from "vitest";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { normalizeKana, plainKana } from "../../../pipelines/normalize/reading.ts";
import { care_service } from "../../../schemas/datasets/care_service.ts";
import { hospital } from "../../../schemas/datasets/hospital.ts";
import { at, codes } from "./helpers.ts";

describe("normalizeKana: a note in brackets", () => {
  it.each([
    ["キョウドウナイカ（旧：経堂医院）", "キョウドウナイカ", ["reading_with_note"]],
    ["（調査中）", null, ["reading_with_note"]],
    ["サクラクリニック(休止中)", "サクラクリニック", ["reading_with_note"]],
    ["【仮】ミナトホール", "ミナトホール", ["reading_with_note"]],
    ["きょうどうないか（旧名）", "キョウドウナイカ", ["hiragana_reading", "reading_with_note"]],
    // brackets of kana, or a 法人 mark, are the name's own
    ["ニホンセキジュウジシャ（トウキョウトシブ）", "ニホンセキジュウジシャ（トウキョウトシブ）", []],
    ["（カ）ヤマダショウテン", "（カ）ヤマダショウテン", []],
    ["（株）ヤマダショウテン", "（株）ヤマダショウテン", []],
    // Latin letters beside kana are the name's (熊野街道（HOPEゾーン内）); alone, a note
    ["クマノカイドウ（ＨＯＰＥゾーンナイ）", "クマノカイドウ（HOPEゾーンナイ）", ["full_width_converted"]],
    ["サクラ(旧)クリニック", "サクラクリニック", ["reading_with_note"]],
    ["サクラ (old) クリニック", "サクラ クリニック", ["reading_with_note"]],
  ])("%s → %s", (raw, value, found) => {
    expect(codes(normalizeKana(raw, at))).toEqual([value, found]);
  });

  it("a reading with brackets is never taken as plain", () => {
    expect(plainKana("キョウドウナイカ（旧：経堂医院）")).toBeUndefined();
    expect(plainKana("キョウドウナイカ")).toBe("キョウドウナイカ");
  });
});

const reading = (dataset: typeof hospital | typeof care_service, name: string, kana: string, more: Record<string, string> = {}) => {
  const { record, issues } = normalizeRecord({ name, name_kana: kana, ...more }, dataset, { row: 3 });
  return {
    kana: record.name_kana, en: record.name_en, remarks: record.remarks,
    issues: issues.filter((i) => /reading/.test(i.code)).map((i) => [i.row, i.field, i.code, i.value, i.detail ?? null]),
  };
};

describe("checkReadings: a reading that is none", () => {
  it("romaji or English with no kana is no reading: it goes to the empty name in Latin letters, warned", () => {
    expect(reading(hospital, "三軒茶屋病院", "Sangenjaya Hospital")).toEqual({
      kana: null, en: "Sangenjaya Hospital", remarks: null,
      issues: [[3, "name_kana", "not_a_reading", "Sangenjaya Hospital", "name_en"]],
    });
    expect(reading(care_service, "ケアサポート荻窪", "ＣＡＲＥ　ＳＵＰＰＯＲＴ")).toMatchObject({ kana: null, en: "CARE SUPPORT" });
  });

  it("with the name in Latin letters already given, or in kanji, it is kept in 備考", () => {
    expect(reading(hospital, "二子玉川医院", "FUTAKOTAMAGAWA IIN", { name_en: "Futakotamagawa Clinic" })).toEqual({
      kana: null, en: "Futakotamagawa Clinic", remarks: "名称_カナ：FUTAKOTAMAGAWA IIN",
      issues: [[3, "name_kana", "not_a_reading", "FUTAKOTAMAGAWA IIN", "remarks"]],
    });
    expect(reading(hospital, "経堂内科", "経堂内科")).toEqual({
      kana: null, en: null, remarks: "名称_カナ：経堂内科", issues: [[3, "name_kana", "not_a_reading", "経堂内科", "remarks"]],
    });
  });

  it("a cell that was only a note is kept in 備考 once", () => {
    expect(reading(hospital, "経堂内科", "（調査中）")).toEqual({
      kana: null, en: null, remarks: "名称_カナ：（調査中）", issues: [[3, "name_kana", "reading_with_note", "（調査中）", null]],
    });
  });

  it("mostly Latin words the name does not have: kept as written, warned", () => {
    expect(reading(care_service, "浜田山訪問看護ステーション", "Hamadayama ホウモン Station")).toEqual({
      kana: "Hamadayama ホウモン Station", en: null, remarks: null,
      issues: [[3, "name_kana", "reading_mostly_latin", "Hamadayama ホウモン Station", null]],
    });
  });

  it.each([
    ["ABCケア西荻", "ABC ケア ニシオギ"],
    ["ＡＢＣ皮膚科", "ＡＢＣヒフカ"],
    ["NTT東日本関東病院", "NTTヒガシニホンカントウビョウイン"],
    ["NTT", "NTT"],
    ["Dr.スミス英語クリニック", "ドクタースミスエイゴクリニック"],
    ["JR東京総合病院", "JRトウキョウソウゴウビョウイン"],
    ["特定非営利活動法人すぎなみ", "NPOホウジンスギナミ"],
    ["第2ホール", "ダイ2ホール"],
  ])("%s read %s: a reading, no issue", (name, kana) => {
    expect(reading(hospital, name, kana).issues).toEqual([]);
    expect(reading(hospital, name, kana).kana).not.toBeNull();
  });
});
