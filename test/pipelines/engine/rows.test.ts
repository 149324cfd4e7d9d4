// rows.ts isTotalsRow: a row of sums is told by its first cells or its label, and a name that merely ends in 計 is
// a total only in a table of areas.
import { describe, expect, it } from "vitest";
import { isTotalsRow } from "../../../pipelines/rows.ts";

describe("isTotalsRow", () => {
  const area = (name: string) => isTotalsRow(["2024-04-01", "131121", name, "1200"], 2, true);
  const facility = (name: string) => isTotalsRow(["12", name, "東京都世田谷区池尻1-1-1"], 1, false);

  it("a label that sums the list, a place or a part of the list", () => {
    expect(["合計", "総 数", "世田谷区計", "弥生町合計", "池尻 計", "西新宿　計", "（本町）小計", "三軒茶屋地区合計"].map(area)).toEqual(Array(8).fill(true));
    expect(["合計", "池尻 計", "（本町）小計"].map(facility)).toEqual([true, true, true]);
  });

  it("a total with its count in one cell, in the first cells or the label", () => {
    expect(isTotalsRow(["", "", "", "", "合計 2か所", "", ""], 4)).toBe(true);
    expect(isTotalsRow(["計：15件", "", ""])).toBe(true);
    expect(isTotalsRow(["総数　１２０施設"])).toBe(true);
    expect(isTotalsRow(["12", "計量検定所", "東京都"], 1)).toBe(false);
  });

  it("an area name ending in 計 is a total in a table of areas, and not a facility so named", () => {
    expect(area("中野計")).toBe(true);
    expect(facility("花時計")).toBe(false);
    expect(facility("日時計広場")).toBe(false);
    expect(["池尻一丁目", "計画地", "池尻"].map(area)).toEqual([false, false, false]);
  });
});
