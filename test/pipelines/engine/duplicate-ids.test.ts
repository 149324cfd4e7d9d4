// Duplicate IDs (pipelines/duplicate-ids.ts and the row sink): every row sharing an ID is named, once, at the end.
import { describe, expect, it } from "vitest";
import { DuplicateIds } from "../../../pipelines/duplicate-ids.ts";
import { issue } from "../../../pipelines/issues.ts";
import { runBytes } from "./helpers.ts";

describe("DuplicateIds", () => {
  it("names the first row of an ID when a second comes, and every later one, through many table growths", () => {
    const ids = new DuplicateIds(100);
    for (let row = 1; row <= 50_000; row++) ids.add(`FF${row}`, row);
    expect(ids.count).toBe(0);
    ids.add("FF17", 50_001);
    ids.add("FF17", 50_002);
    ids.add("FF49999", 50_003);
    expect(ids.found).toEqual([
      { row: 17, id: "FF17" }, { row: 50_001, id: "FF17" }, { row: 50_002, id: "FF17" },
      { row: 49_999, id: "FF49999" }, { row: 50_003, id: "FF49999" },
    ]);
  });

  it("keeps the first examples and counts the rest; IDs past its size are counted as unchecked", () => {
    const ids = new DuplicateIds(3, 10);
    // rows 1–11 bring IDs "1"–"11", row 12 "0", rows 13–20 "1"–"8" again. Ten IDs are held ("1"–"10"): "11" and "0"
    // find the table full (unchecked); rows 13–20 each name their first row and themselves.
    for (let row = 1; row <= 20; row++) ids.add(String(row % 12), row);
    expect(ids.unchecked).toBe(2);
    expect(ids.count).toBe(16);
    expect(ids.found).toEqual([{ row: 1, id: "1" }, { row: 13, id: "1" }, { row: 2, id: "2" }]);
  });

  it("says how many IDs it checks with the thousands grouped, in both languages", () => {
    const said = issue("duplicate_ids_unchecked", { field: "id", value: "50000" });
    expect(said.message_ja).toBe("IDが250,000件を超えたため、残り50000件のIDは重複を確かめていません。ファイルを分けると全件確かめられます。");
    expect(said.message_en).toBe("The file has over 250,000 IDs: the other 50000 were not checked for duplicates. Split the file to check them all.");
  });
});

describe("duplicate IDs in a file", () => {
  const HEADER = "全国地方公共団体コード,ID,名称,所在地_連結表記,緯度,経度,設置位置";
  const line = (id: string, n: number) => `131041,${id},施設${n},東京都新宿区西新宿${n},35.69,139.70,受付`;

  it("is a warning on every row of each repeated ID, by row, after the row issues; the rows stay valid", async () => {
    const ids = ["A1", "A2", "Ａ１", "A3", "", "A1", "A3"];
    const { report, rows } = await runBytes([HEADER, ...ids.map(line)].join("\n"), "131041_aed.csv");
    expect(rows.every((r) => r.valid)).toBe(true);
    expect(report.issues.filter((i) => i.code === "duplicate_id").map((i) => [i.row, i.field, i.value])).toEqual([[1, "id", "A1"], [3, "id", "A1"], [4, "id", "A3"], [6, "id", "A1"], [7, "id", "A3"]]);
    const first = report.issues.find((i) => i.code === "duplicate_id");
    expect(first?.severity).toBe("warning");
    expect(first?.message_ja).toContain("ID「A1」はこのファイルの別の行でも使われています");
    expect(first?.message_en).toContain("ID \"A1\" is used by another row of this file too");
  });

  it("says nothing when IDs are unique, or the dataset has no ID column", async () => {
    const unique = await runBytes([HEADER, line("1", 1), line("2", 2)].join("\n"), "131041_aed.csv");
    expect(unique.report.issues.map((i) => i.code)).not.toContain("duplicate_id");
    const noIds = await runBytes(["名称,所在地_連結表記,緯度,経度,設置位置", "A,東京都新宿区1,35.69,139.70,受付", "A,東京都新宿区1,35.69,139.70,受付"].join("\n"), "131041_aed.csv");
    expect(noIds.report.issues.map((i) => i.code)).not.toContain("duplicate_id");
  });

  it("speaks of records, not of facilities, in a list that is no list of places", async () => {
    const { report } = await runBytes([HEADER, line("A1", 1), line("A1", 2)].join("\n"), "131041_aed.csv");
    const [first] = report.issues.filter((i) => i.code === "duplicate_id");
    expect(first.message_ja).toContain("アプリが別々の行を同じものとして扱います");
    expect(first.message_ja).not.toContain("施設");
    expect(first.message_en).toContain("apps treat rows with one ID as one record");
  });

  // オープンデータ一覧 of the new format: one row per file, データセット_ID repeating for each file of a dataset
  const LIST = "データセット_ID,全国地方公共団体コード,データセット_タイトル,ファイル_タイトル,ファイル_ダウンロードURL,ファイル形式";
  const file = (id: string, title: string, name: string) =>
    `${id},132292,${title},${title}（${name.split(".")[1].toUpperCase()}）,https://www.city.nishitokyo.lg.jp/opendata/${name},${name.split(".")[1].toUpperCase()}`;

  it("is, in a list of one row per file (オープンデータ一覧), the same dataset ID with the same file, not the ID alone", async () => {
    const { report, rows } = await runBytes([LIST, file("d0001", "AED設置箇所一覧", "aed.csv"), file("d0001", "AED設置箇所一覧", "aed.xlsx"),
      file("d0002", "人口", "jinko.csv"), file("d0002", "人口", "jinko.csv")].join("\n"), "132292_open_data_list.csv");
    expect(rows.map((r) => [r.record.id, r.record.file_download_url])).toEqual([
      ["d0001", "https://www.city.nishitokyo.lg.jp/opendata/aed.csv"], ["d0001", "https://www.city.nishitokyo.lg.jp/opendata/aed.xlsx"],
      ["d0002", "https://www.city.nishitokyo.lg.jp/opendata/jinko.csv"], ["d0002", "https://www.city.nishitokyo.lg.jp/opendata/jinko.csv"]]);
    const same = "d0002 / 人口（CSV） / https://www.city.nishitokyo.lg.jp/opendata/jinko.csv";
    expect(report.issues.filter((i) => i.code === "duplicate_id").map((i) => [i.row, i.field, i.value])).toEqual([[3, "id", same], [4, "id", same]]);
  });

  it("is the ID alone in an オープンデータ一覧 of one row per dataset (no file columns)", async () => {
    const old = ["ID,データ名称,データ形式,分類", "1,AED,CSV,社会保障・衛生", "1,人口,CSV,人口・世帯"].join("\n");
    const { report } = await runBytes(old, "131016_open_data_list.csv");
    expect(report.issues.filter((i) => i.code === "duplicate_id").map((i) => [i.row, i.value])).toEqual([[1, "1"], [2, "1"]]);
  });
});
