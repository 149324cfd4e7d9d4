// 文化財一覧 as municipalities write it: the name headed 文化財名 / 文化財の名称, a grouped list headed 区分, 無形文化財
// with no place, names that end in 計.
import { describe, expect, it } from "vitest";
import { detectFromHeader } from "../../../pipelines/detect.ts";
import { DATASETS } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

/** 府中市's list (probe 132063_shiteibunkazai.csv, two rows). */
const FUCHU = ["No,指定・登録区分,種類,文化財の名称,よみがな,員数,所在地,所有者・管理者,指定・登録年月日,緯度,経度",
  "1,国指定天然記念物,天然記念物,馬場大門のケヤキ並木,ばばだいもんのけやきなみき,1件,府中市宮町1丁目～寿町1丁目,府中市,大正13年12月9日,35.6712,139.4783",
  "2,都指定有形文化財,建造物,大國魂神社本殿,おおくにたまじんじゃほんでん,1棟,府中市宮町3-1,大國魂神社,昭和24年2月5日,35.6690,139.4795"].join("\n");

describe("the name column of a 文化財 list", () => {
  it.each(["文化財名", "文化財名称", "文化財の名称", "指定名称", "名称（文化財名）"])("%s is 名称", async (header) => {
    const text = [`指定区分,種別,${header},員数,所在地,所有者,指定年月日`, "国指定,史跡,八王子城跡,1件,八王子市元八王子町3丁目,八王子市,昭和26年6月9日"].join("\n");
    const { report, rows, exit } = await runBytes(`${text}\n`, "132012_cultural_property.csv");
    expect(exit).toBe(0);
    expect(report.header.find((h) => h.source === header)).toEqual({ source: header, field: "name", method: "alias" });
    expect(rows.map((r) => [r.valid, r.record.name, r.record.category, r.record.full_address])).toEqual([
      [true, "八王子城跡", ["国指定"], "東京都八王子市元八王子町3丁目"]]);
  });

  it("a file named by no slug is told as 文化財一覧 by its header, and read", async () => {
    expect(detectFromHeader([FUCHU.split("\n")[0].split(",")], DATASETS)?.dataset.id).toBe("cultural_property");
    const { report, rows, exit } = await runBytes(`${FUCHU}\n`, "132063_shiteibunkazai.csv");
    expect([exit, report.dataset, report.valid, report.invalid]).toEqual([0, "cultural_property", 2, 0]);
    expect(rows.map((r) => [r.record.name, r.record.name_kana, r.record.category, r.record.owner])).toEqual([
      ["馬場大門のケヤキ並木", "ババダイモンノケヤキナミキ", ["国指定天然記念物"], "府中市"], ["大國魂神社本殿", "オオクニタマジンジャホンデン", ["都指定有形文化財"], "大國魂神社"]]);
    expect(tuples(report, "missing_column", "missing_required")).toEqual([]);
  });
});
