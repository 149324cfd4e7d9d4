// Values written with a word that says which they are: hours whose start is a word (学童 `放課後～18:00`) and care
// capacities whose cell names the capacity among other figures (`登録29名（通い18名、泊まり9名）`, `2ユニット18名`).
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

describe("hours that start with a word", () => {
  // before: 開所時間 `放課後～18:00` gave no 終了時間, the cell said unparseable_time (warning)
  it("reads the end of 開所時間 `放課後～18:00`, leaves the start empty and keeps the cell in the remarks", async () => {
    const { rows, report } = await runBytes("施設名,施設区分,所在地,開所時間\n"
      + "学童保育所みどり,学童保育所,小金井市緑町3-3-3,放課後～18:00\n"
      + "学童保育所ひかり,学童保育所,小金井市緑町3-3-4,下校時～18:30\n"
      + "小金井保育園,認可保育所,小金井市本町1-1-1,7:15～18:15\n", "132101_preschool.csv");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.availability_remarks])).toEqual([
      [null, "18:00", "放課後～18:00"], [null, "18:30", "下校時～18:30"], ["07:15", "18:15", null]]);
    expect(tuples(report, "time_start_in_words", "unparseable_time", "kept_as_remarks")).toEqual([
      [1, "start_time", "time_start_in_words"], [2, "start_time", "time_start_in_words"]]);
  });
});

describe("a care capacity named among other figures", () => {
  // before: 定員 `登録29名（通い18名、泊まり9名）` and `2ユニット18名` were left empty, said unparseable_number (warning)
  it("reads the 登録 count and the count over units, keeps each cell in 備考, and leaves cells that name no whole", async () => {
    const { rows, report } = await runBytes("事業所名,サービス種類,所在地,電話番号,定員\n"
      + "江東小規模多機能,小規模多機能型居宅介護,東京都江東区東陽4-11-28,03-3647-1111,\"登録29名（通い18名、泊まり9名）\"\n"
      + "亀戸小規模多機能,小規模多機能型居宅介護,東京都江東区亀戸2-2-2,03-3647-2222,\"通い15名、泊まり5名\"\n"
      + "大島GH,認知症対応型共同生活介護,東京都江東区大島5-5-5,03-3647-5555,2ユニット18名\n", "131083_care_service.csv");
    expect(rows.map((r) => [r.record.capacity, r.record.remarks])).toEqual([[29, "定員：登録29名（通い18名、泊まり9名）"],
      [null, "定員：通い15名、泊まり5名"], [18, "定員：2ユニット18名"]]);
    expect(tuples(report, "count_named_whole", "unparseable_number", "kept_as_remarks")).toEqual([[1, "capacity", "count_named_whole"],
      [2, "capacity", "unparseable_number"], [2, "remarks", "kept_as_remarks"], [3, "capacity", "count_named_whole"]]);
  });
});
