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
