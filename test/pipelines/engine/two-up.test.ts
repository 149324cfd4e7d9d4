// A list printed two-up in a CSV (two-up.ts): the right block's rows read after the left block's, each under its row.
import { describe, expect, it } from "vitest";
import { blockStartsOf, sameColumnOf } from "../../../pipelines/side-table.ts";
import { getDataset } from "../../../schemas/index.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("a two-up list in a CSV", () => {
  // before: the right block (新宿駅ビル, 西新宿ビル, 高田馬場駅前) was cut off, said as side_by_side_list, never published
  it("a right block narrower than the left, longer than it by one row: every place read once, no blank row said", async () => {
    const csv = [
      "名称,所在地,緯度,経度,設置位置,,名称,所在地,緯度,経度",
      "新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,1階ロビー,,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003",
      "大久保図書館,東京都新宿区大久保2-12-7,35.700984,139.707417,受付横,,西新宿ビル,東京都新宿区西新宿1-1-1,35.6902,139.6987",
      ",,,,,,高田馬場駅前,東京都新宿区高田馬場1-1-1,35.7128,139.7038",
    ].join("\r\n");
    const { rows, report } = await runBytes(`${csv}\r\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.record.latitude, r.record.installation_position, r.valid])).toEqual([
      [1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384, "1階ロビー", true], [2, "大久保図書館", "東京都新宿区大久保2-12-7", 35.700984, "受付横", true],
      [1, "新宿駅ビル", "東京都新宿区新宿3-38-1", 35.6901, null, false], [2, "西新宿ビル", "東京都新宿区西新宿1-1-1", 35.6902, null, false],
      [3, "高田馬場駅前", "東京都新宿区高田馬場1-1-1", 35.7128, null, false]]);
    expect(report.rows).toBe(5);
    expect(tuples(report, "side_by_side_row", "blank_rows", "too_few_fields", "side_table")).toEqual([
      [1, "name", "side_by_side_row"], [2, "name", "side_by_side_row"], [3, "name", "side_by_side_row"]]);
    expect(report.issues.find((i) => i.code === "side_by_side_row" && i.row === 3)?.detail).toBe("G～J列");
    // the right block has no 設置位置: its rows lack it, each said on its own row
    expect(report.issues.filter((i) => i.code === "missing_required" && i.field === "installation_position").map((i) => i.row)).toEqual([1, 2, 3]);
  });

  // before: three-up was no such list (its blocks wider than the left one): the middle block's places went into the
  // extra of the left records (名称_2: 新宿駅ビル on 新宿区役所), the third read as the right block; and a right block
  // headed 住所 where the left says 所在地 was not told at all, its places all in the left records' extra
  it.each([
    ["three-up", "名称,所在地,緯度,経度,,名称,所在地,緯度,経度,,名称,所在地,緯度,経度", ["F～I列", "F～I列", "K～N列"]],
    ["a right block headed 住所 for 所在地", "名称,所在地,緯度,経度,,名称,住所,緯度,経度", ["F～I列", "F～I列"]],
  ])("%s: each block's places read as rows of their own, block by block", async (_, header, columns) => {
    const three = header.split(",").length > 10;
    const csv = [header,
      `新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003${three ? ",,高田馬場駅,東京都新宿区高田馬場1-1-1,35.7128,139.7038" : ""}`,
      `大久保図書館,東京都新宿区大久保2-12-7,35.700984,139.707417,,西新宿ビル,東京都新宿区西新宿1-1-1,35.6902,139.6987${three ? ",,,,," : ""}`].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.record.longitude, r.extra])).toEqual([
      [1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 139.703549, {}], [2, "大久保図書館", "東京都新宿区大久保2-12-7", 139.707417, {}],
      [1, "新宿駅ビル", "東京都新宿区新宿3-38-1", 139.7003, {}], [2, "西新宿ビル", "東京都新宿区西新宿1-1-1", 139.6987, {}],
      ...(three ? [[1, "高田馬場駅", "東京都新宿区高田馬場1-1-1", 139.7038, {}]] : [])]);
    expect(report.issues.filter((i) => i.code === "side_by_side_row").map((i) => [i.row, i.detail])).toEqual(
      (three ? [1, 2, 1] : [1, 2]).map((row, k) => [row, columns[k]]));
    expect(tuples(report, "duplicate_header", "side_table")).toEqual([]);
  });

  it("blocks tile the header: a repeat that leaves named columns past it, or a block that is not the header's start, is none", () => {
    expect(blockStartsOf(["名称", "所在地", "", "名称", "所在地", "", "名称", "所在地"])).toEqual([3, 6]);
    expect(blockStartsOf(["名称", "所在地", "電話", "", "名称", "所在地"])).toEqual([4]);
    expect(blockStartsOf(["名称", "所在地", "", "名称", "所在地", "備考", "設置数"])).toEqual([]);
    expect(blockStartsOf(["名称", "所在地", "", "所在地", "名称"])).toEqual([]);
    // no blank column between the blocks: only the whole first block again, word for word
    expect(blockStartsOf(["名称", "所在地", "緯度", "名称", "所在地", "緯度"])).toEqual([3]);
    expect(blockStartsOf(["名称", "所在地", "名称", "所在地", "名称", "所在地"])).toEqual([2, 4]);
    expect(blockStartsOf(["名称", "所在地", "緯度", "名称", "所在地"])).toEqual([3]);
    expect(blockStartsOf(["名称", "所在地", "緯度", "名称", "住所", "緯度"], sameColumnOf(getDataset("aed")!))).toEqual([]);
    expect(blockStartsOf(["名称", "所在地", "緯度", "名称", "電話"])).toEqual([]);
  });

  // before: with no blank column between the blocks, the right block's columns were the left's duplicates: its places
  // went into the extra of the left block's records (名称_2 …), never published
  it("blocks with no blank column between them: each block's places read as rows of their own", async () => {
    const csv = ["名称,所在地,緯度,経度,名称,所在地,緯度,経度",
      "新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003",
      "大久保図書館,東京都新宿区大久保2-12-7,35.700984,139.707417,,,,"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.record.longitude, r.extra])).toEqual([
      [1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 139.703549, {}], [2, "大久保図書館", "東京都新宿区大久保2-12-7", 139.707417, {}],
      [1, "新宿駅ビル", "東京都新宿区新宿3-38-1", 139.7003, {}]]);
    expect(report.issues.filter((i) => i.code === "side_by_side_row").map((i) => [i.row, i.detail])).toEqual([[1, "E～H列"]]);
    expect(tuples(report, "duplicate_header", "side_table")).toEqual([]);
  });

  // before: the title was joined into the left block's header as its upper row (AED設置場所一覧_名称 …, to tell the
  // repeated names apart), so no block was found: the right block's places went into the left records' extra, and the
  // header repeated on the next page was read as a place named 名称
  it("under a title, its header repeated on the next page: the title is no upper header row, every place read once", async () => {
    const csv = ["AED設置場所一覧", "名称,所在地,緯度,経度,,名称,所在地,緯度,経度",
      "新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003",
      "名称,所在地,緯度,経度,,名称,所在地,緯度,経度",
      "戸塚図書館,東京都新宿区戸塚町1-1,35.70,139.71,,高田馬場駅,東京都新宿区高田馬場1-1-1,35.7128,139.7038"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.latitude, r.extra])).toEqual([
      [1, "新宿区役所", 35.69384, {}], [3, "戸塚図書館", 35.7, {}], [1, "新宿駅ビル", 35.6901, {}], [3, "高田馬場駅", 35.7128, {}]]);
    expect(tuples(report, "split_header_joined", "duplicate_header", "repeated_header_row", "rows_above_header")).toEqual([
      [null, null, "rows_above_header"], [2, null, "repeated_header_row"], [2, null, "repeated_header_row"]]);
  });

  // before: a page number in the blank column between the blocks was cut off with it: said as a blank row
  it("a page number in the blank column between the blocks is told as a print row", async () => {
    const csv = ["名称,所在地,緯度,経度,,名称,所在地,緯度,経度",
      "新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003",
      ",,,,- 1 -,,,,"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿区役所"], [1, "新宿駅ビル"]]);
    expect(report.issues.filter((i) => ["print_row", "blank_rows"].includes(i.code)).map((i) => [i.code, i.row, i.value])).toEqual([["print_row", 2, "- 1 -"]]);
  });
  // before: the 【参考】 line under the left block made every row after it another table's, the right block's too:
  // 新宿駅ビル, 西新宿ビル and 高田馬場駅 were said as side_by_side_row but never published
  it("a 【参考】 line in the left block heads the left block's rows under it, not the right block's", async () => {
    const csv = ["名称,所在地,緯度,経度,,名称,所在地,緯度,経度",
      "新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003",
      "【参考】区外の設置場所,,,,,西新宿ビル,東京都新宿区西新宿1-1-1,35.6902,139.6987",
      "中野駅,東京都中野区中野1-1,35.70,139.66,,高田馬場駅,東京都新宿区高田馬場1-1-1,35.7128,139.7038"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address])).toEqual([
      [1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1"], [1, "新宿駅ビル", "東京都新宿区新宿3-38-1"],
      [2, "西新宿ビル", "東京都新宿区西新宿1-1-1"], [3, "高田馬場駅", "東京都新宿区高田馬場1-1-1"]]);
    expect(report.issues.filter((i) => ["note_row", "reference_rows", "side_by_side_row"].includes(i.code)).map((i) => [i.code, i.row, i.value])).toEqual([
      ["note_row", 2, "【参考】区外の設置場所"], ["reference_rows", 3, "3-3"],
      ["side_by_side_row", 1, "新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003"],
      ["side_by_side_row", 2, "西新宿ビル,東京都新宿区西新宿1-1-1,35.6902,139.6987"],
      ["side_by_side_row", 3, "高田馬場駅,東京都新宿区高田馬場1-1-1,35.7128,139.7038"]]);
  });

  // before: the right block's header repeated on the next page was said twice: as a place beside (side_by_side_row)
  // and as a repeated header
  it("a header repeated in the right block alone is said once, as a repeated header", async () => {
    const csv = ["名称,所在地,緯度,経度,,名称,住所,緯度,経度",
      "新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003",
      "戸塚図書館,東京都新宿区戸塚町1-1,35.70,139.71,,名称,住所,緯度,経度",
      ",,,,,高田馬場駅,東京都新宿区高田馬場1-1-1,35.7128,139.7038"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿区役所"], [2, "戸塚図書館"], [1, "新宿駅ビル"], [3, "高田馬場駅"]]);
    expect(report.issues.filter((i) => i.row === 2 && i.code !== "missing_required").map((i) => [i.code, i.value])).toEqual([["repeated_header_row", "名称,住所,緯度,経度"]]);
  });
  // before: the left block's summary (種別 | 設置数 after a blank row) was read as places, since the right block's
  // place on its row made it no narrower table: 種別 published with 所在地 東京都新宿区設置数, 公共施設 with 東京都新宿区1
  it("another table's header in the left block (a summary after a blank row) is told as one; the right block still read", async () => {
    const csv = ["名称,所在地,緯度,経度,,名称,所在地,緯度,経度",
      "新宿区役所,東京都新宿区歌舞伎町1-4-1,35.69384,139.703549,,新宿駅ビル,東京都新宿区新宿3-38-1,35.6901,139.7003",
      ",,,,,西新宿ビル,東京都新宿区西新宿1-1-1,35.6902,139.6987",
      "種別,設置数,,,,高田馬場駅,東京都新宿区高田馬場1-1-1,35.7128,139.7038",
      "公共施設,1,,,,戸山公園,東京都新宿区戸山2-1,35.70,139.71"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address])).toEqual([
      [1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1"], [1, "新宿駅ビル", "東京都新宿区新宿3-38-1"], [2, "西新宿ビル", "東京都新宿区西新宿1-1-1"],
      [3, "高田馬場駅", "東京都新宿区高田馬場1-1-1"], [4, "戸山公園", "東京都新宿区戸山2-1"]]);
    expect(report.issues.filter((i) => ["other_table_rows", "address_completed"].includes(i.code)).map((i) => [i.code, i.row, i.value, i.detail])).toEqual([
      ["other_table_rows", 3, "3-4", "種別,設置数"]]);
  });

  // before: every right block was held in memory to the end of the file (a two-up file of 100k places peaked at 220 MB);
  // past a printed list's size they wait in a temporary file (record-spool.ts), read back in the same order
  it("a right block longer than a printed list: every place read, in order, under its own row", async () => {
    const count = 1500;
    const lines = ["名称,所在地,緯度,経度,,名称,所在地,緯度,経度"];
    for (let i = 1; i <= count; i++) {
      lines.push(`左${i},東京都新宿区西新宿${i},35.69,139.70,,右${i},東京都新宿区新宿${i},35.6901,139.7003`);
    }
    const { rows, report } = await runBytes(`${lines.join("\r\n")}\r\n`, "131041_aed.csv");
    expect(rows.length).toBe(2 * count);
    expect(rows.slice(count - 1, count + 1).map((r) => [r.row, r.record.name])).toEqual([[count, `左${count}`], [1, "右1"]]);
    expect(rows.slice(count).map((r) => r.record.name)).toEqual(Array.from({ length: count }, (_, i) => `右${i + 1}`));
    expect(rows.slice(count).map((r) => r.row)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(rows.at(-1)?.record.full_address).toBe(`東京都新宿区新宿${count}`);
    expect(report.issues.filter((i) => i.code === "side_by_side_row").length).toBeGreaterThan(0);
  });
});
