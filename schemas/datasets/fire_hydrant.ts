import type { z } from "zod";
import { identity, location, trailer } from "../blocks.ts";
import { col, pick, replace } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { diameterMm, text } from "../types.ts";

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
    ...replace(identity, col({ ...pick(identity, "id"), aliases: [...pick(identity, "id").aliases, "消火栓番号", "水利番号"] })),
    col({ key: "kind", ja: "種別", en: "fireWaterSourceType", type: text, requirement: "required",
      description: "消火栓/私設消火栓/防火水そう/プール/河川・溝等/… / hydrant, private hydrant, tank, pool, river …", aliases: ["消防水利種別", "水利種別", "種類", "水利の種類"] }),
    col({ key: "name", ja: "名称", en: "name", type: text, requirement: "optional",
      description: "標準には無い項目（任意） / not in the standard, optional", aliases: ["施設名", "水利名称"] }),
    // a hydrant's place is its address (設置場所): it has no building
    ...replace(location, col({ ...pick(location, "full_address"), aliases: [...pick(location, "full_address").aliases, "設置場所"] })),
    // a tank's 40t or 40㎥ is its capacity, no diameter: kept in 備考
    col({ key: "diameter_mm", ja: "口径", en: "diameter", type: diameterMm, requirement: "optional", description: "ミリメートル / millimetres", overflow: "remarks",
      aliases: ["口径(管径ｍｍ)", "口径(管径mm)", "口径（管径ｍｍ）", "口径(mm)", "口径（mm）", "管径"] }),
    pick(trailer, "remarks"),
  ],
});
export type FireHydrantRecord = z.infer<typeof fire_hydrant.record>;
