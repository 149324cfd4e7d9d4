// A header one column short of its rows (a row number with no name in front of each row): read as it stood, every
// value fell one column left of its own (the row number as 名称, the name as the address, the address as 緯度), every
// row invalid.
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = "名称,所在地_連結表記,緯度,経度,設置位置,電話番号";
const ROWS = ["1,新宿区役所,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111",
  "2,大久保図書館,東京都新宿区大久保2-12-7,35.700984,139.707417,受付横,03-3209-3812"];

describe("a header one column short of its rows", () => {
  it("rows whose values fit it one column right are read so, the first column kept in extra, warned", async () => {
    for (const rows of [ROWS, ROWS.map((r) => r.replace(/^\d+/, ""))]) {
      const { report, rows: out } = await runBytes([HEADER, ...rows].join("\n"), "131041_aed.csv");
      expect(out.map((r) => [r.row, r.valid, r.record.name, r.record.full_address, r.record.latitude, r.record.phone_number])).toEqual([
        [1, true, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384, "03-3209-1111"],
        [2, true, "大久保図書館", "東京都新宿区大久保2-12-7", 35.700984, "03-3209-3812"]]);
      const said = report.issues.filter((i) => i.code === "header_one_column_short");
      expect(said.map((i) => [i.severity, i.value])).toEqual([["warning", HEADER]]);
      expect(said[0].message_ja).toContain("先頭の列にも見出し");
      expect(tuples(report, "too_many_fields", "out_of_range", "unparseable_coordinate")).toEqual([]);
    }
  });

  it("a note past the header's last column (an unnamed 備考) leaves the header as it is", async () => {
    const rows = ["新宿区役所,東京都新宿区歌舞伎町1-4-1,35.693840,139.703549,1階ロビー,03-3209-1111,夜間休止",
      "大久保図書館,東京都新宿区大久保2-12-7,35.700984,139.707417,受付横,03-3209-3812,休館日あり"];
    const { report, rows: out } = await runBytes([HEADER, ...rows].join("\n"), "131041_aed.csv");
    expect(out.map((r) => [r.record.name, r.record.phone_number])).toEqual([["新宿区役所", "03-3209-1111"], ["大久保図書館", "03-3209-3812"]]);
    expect(tuples(report, "header_one_column_short")).toEqual([]);
  });

  it("a header whose last name stands over two columns (緯度経度 then a blank cell, as a merged cell saves) is not moved", async () => {
    const rows = ["新宿区役所,東京都新宿区歌舞伎町1-4-1,1階,35.693840,139.703549", "大久保図書館,東京都新宿区大久保2-12-7,受付横,35.700984,139.707417"];
    const { report, rows: out } = await runBytes(["名称,住所,設置位置,緯度経度,", ...rows].join("\n"), "131041_aed.csv");
    expect(out.map((r) => [r.record.name, r.record.full_address, r.record.latitude])).toEqual([
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384], ["大久保図書館", "東京都新宿区大久保2-12-7", 35.700984]]);
    expect(tuples(report, "header_one_column_short")).toEqual([]);
  });
});
