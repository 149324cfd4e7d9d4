import type { z } from "zod";
import { contact, height, hours, identity, image, location, naming, operator, trailer } from "../blocks.ts";
import { col } from "../column.ts";
import { defineDataset } from "../dataset.ts";
import { flag, text } from "../types.ts";

export const aed = defineDataset({
  id: "aed",
  number: "08",
  ja: "AED設置箇所一覧",
  en: "AED locations",
  description_ja: "自動体外式除細動器（AED）が設置されている施設と設置位置の一覧。",
  description_en: "Facilities with an automated external defibrillator (AED) and where in the building it is.",
  keywords: ["AED", "AED設置箇所"],
  columns: [
    ...identity, ...naming, ...location, ...height,
    col({ key: "installation_position", ja: "設置位置", en: "installationLocation", type: text, requirement: "required",
      description: "建物内の設置場所 / where in the building", aliases: ["installationPosition", "set_position"] }),
    ...contact, ...operator, ...hours,
    col({ key: "pediatric_pads", ja: "小児対応設備の有無", en: "pediatricEquipment", type: flag, requirement: "optional",
      aliases: ["小児用パッドの有無", "小児対応"] }),
    ...image, ...trailer,
  ],
});
export type AedRecord = z.infer<typeof aed.record>;
