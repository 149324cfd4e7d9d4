import { describe, expect, it } from "vitest";
import { runBytes } from "./helpers.ts";

// A ward's list of sights with a car park and a boat hire: their 料金(基本) written as a rate per length of time.
const HEADER = "名称,所在地,緯度,経度,料金（基本）";

describe("a 料金(基本) that is a rate per length of time", () => {
  // before: 500円(2時間) read 500 as the basic fee (number_with_note only); 1時間300円 said unreadable
  it("is no fee of one visit: left empty, said as fee_per_time with the length, the cell kept in 料金(詳細)", async () => {
    const { report, rows } = await runBytes([HEADER,
      "公園駐車場,東京都台東区上野公園1-1,35.71,139.77,500円(2時間)",
      "貸しボート場,東京都台東区上野公園2-1,35.71,139.77,1時間300円",
      "レンタサイクル,東京都台東区上野公園3-1,35.71,139.77,100円／30分ごと",
      "美術館,東京都台東区上野公園4-1,35.71,139.77,500円（税込）"].join("\n"), "131067_tourism.csv");
    expect(rows.map((r) => [r.record.fee_basic, r.record.fee_details])).toEqual([
      [null, "500円(2時間)"], [null, "1時間300円"], [null, "100円／30分ごと"], [500, "500円（税込）"]]);
    expect(report.issues.filter((i) => i.field === "fee_basic").map((i) => [i.row, i.code, i.severity, i.detail])).toEqual([
      [1, "fee_per_time", "warning", "2時間"], [2, "fee_per_time", "warning", "1時間"], [3, "fee_per_time", "warning", "30分ごと"],
      [4, "number_with_note", "warning", undefined]]);
    expect(report.issues.find((i) => i.code === "fee_per_time")?.message_ja).toContain("料金「500円(2時間)」は時間あたりの料金（2時間）");
  });

  it("in an event list, a length in brackets may be the session's: read as a rate only with ごと or a slash", async () => {
    const { rows, report } = await runBytes(["イベント名,開始日,料金（基本）",
      "陶芸教室,2024-06-01,500円（2時間）", "親子教室,2024-06-02,300円/1時間"].join("\n"), "131067_event.csv");
    expect(rows.map((r) => r.record.fee_basic)).toEqual([500, null]);
    expect(report.issues.filter((i) => i.code === "fee_per_time").map((i) => [i.row, i.detail])).toEqual([[2, "1時間"]]);
  });
});
