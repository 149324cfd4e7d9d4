import type { z } from "zod";
import { identity, location, trailer } from "../blocks.ts";
import { col, pick, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { diameterMm, line, oneOf } from "../types.ts";

/** 種別 as the old definition lists it (§3.14), with the words lists also write for each. A kind with words before it
 *  or a note after it (公設消火栓, 耐震性防火水槽, 消火栓（地下式単口）), or in brackets after words that name none
 *  (自然水利（池）), is that kind too. */
const KINDS = ["消火栓", "私設消火栓", "防火水そう", "プール", "河川・溝等", "濠・池等", "海・湖", "井戸", "下水道", "その他"];
const KIND_WORDS = {
  防火水そう: ["防火水槽", "貯水槽", "水槽", "防火貯水槽", "耐震性貯水槽"],
  "河川・溝等": ["河川", "溝", "用水路", "水路", "河川・溝"],
  "濠・池等": ["濠", "堀", "池", "濠・池"],
  "海・湖": ["海", "湖"],
};
/** Kinds with no pipe, so no 口径: a number there is a tank's capacity (40 = 40t), not a diameter. */
const WITHOUT_PIPE = ["防火水そう", "プール", "河川・溝等", "濠・池等", "海・湖"];

// New header (16 columns, §3.14): no 名称, no contact block. A `name` column is kept (optional) so that
// every dataset with a location has name, full_address, latitude and longitude for apps and search.
export const fire_hydrant = defineDataset({
  id: "fire_hydrant",
  number: "14",
  ja: "消防水利施設一覧",
  en: "Fire water supply facilities",
  description_ja: "消火栓、防火水槽など消防水利施設の一覧。種別、所在地、口径。",
  description_en: "Fire hydrants, fire-water tanks and other fire water sources: type, location and pipe diameter.",
  keywords: ["消防水利施設", "消防水利", "消火栓"],
  columns: [
    ...replace(identity, col({ ...pick(identity, "id"), aliases: [...pick(identity, "id").aliases, "消火栓番号", "水利番号", "消防水利番号"] })),
    col({ key: "kind", ja: "種別", en: "fireWaterSourceType", type: oneOf(KINDS, { variants: KIND_WORDS, qualified: true }), requirement: "required",
      description: "消火栓/私設消火栓/防火水そう/プール/河川・溝等/… / hydrant, private hydrant, tank, pool, river …", aliases: ["消防水利種別", "水利種別", "種類", "水利の種類", "消防水利の種類", "消防水利種類", "水利種類",
        "消火栓種別", "水利の区分", "水利区分",
        // 豊田市's list of hydrants (市町村コード | 消火栓種類 | 水利番号 | 所在地 | 設置場所)
        "消火栓種類", "消火栓の種類"] }),
    col({ key: "name", ja: "名称", en: "name", type: line, requirement: "optional",
      description: "標準には無い項目（任意） / not in the standard, optional", aliases: ["施設名", "水利名称"] }),
    // a hydrant's place is its address (設置場所): it has no building
    ...replace(location, col({ ...pick(location, "full_address"), aliases: [...pick(location, "full_address").aliases, "設置場所"] })),
    // a tank's 40t or 40㎥ is its capacity, no diameter: kept in 備考, as is a bare 40 on a tank's row (notFor)
    col({ key: "diameter_mm", ja: "口径", en: "diameter", type: diameterMm, requirement: "optional", description: "ミリメートル / millimetres", overflow: "remarks",
      aliases: ["口径(管径ｍｍ)", "口径(管径mm)", "口径（管径ｍｍ）", "口径(mm)", "口径（mm）", "管径", "呼び径", "管口径"] }),
    // a tank's capacity (容量 40㎥) is no column of the standard, but what tells tanks apart: 備考 takes it after its
    // header (容量：40㎥), as it takes a capacity written in 口径
    // so does a hydrant's 構造 (地上式 / 地下式, 単口 / 双口), what a firefighter looks for on the street
    col({ ...pick(trailer, "remarks"), labelledAliases: ["容量", "容量（㎥）", "容量（t）", "容量（トン）", "容量（立方メートル）", "貯水量", "貯水量（㎥）",
      "貯水量（t）", "貯水容量", "有効水量", "有効貯水量", "水量", "構造", "形式", "型式", "消火栓形式", "設置形式", "地上・地下", "地上地下の別", "口数"] }),
  ],
  // ■ 消火栓 over the hydrants, ■ 防火水槽 over the tanks
  sectionKinds: [{ key: "kind" }],
  // 消火栓（廃止）, 撤去済み消火栓: a hydrant no firefighter can draw from
  closedByKind: ["kind"],
  // 備考 `使用不可`, `撤去済み`: the same, written in the remarks
  closedByRemarks: { keys: ["remarks"], subjects: ["消火栓", "防火水槽", "水利"] },
  notFor: [{ key: "diameter_mm", when: "kind", values: WITHOUT_PIPE }],
  // a hydrant list's column of who owns each source: 私設 beside 消火栓 is the standard's 私設消火栓
  qualifiedBy: [{ key: "kind", headers: ["公設・私設", "公設/私設", "公私", "公私別", "公私区分", "公設私設", "公設私設の別", "区分", "設置区分", "所有区分", "管理区分"] }],
});
export type FireHydrantRecord = z.infer<typeof fire_hydrant.record>;
