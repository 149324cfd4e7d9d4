// A ward's 避難所・避難場所一覧 read as 指定緊急避難場所 (03): its 種別 column tells each row's kind, and a row of a 指定避難所
// alone (a shelter, 災対法49条の7) is no 指定緊急避難場所 (49条の4, a site to flee to). Before, every such row was
// published as a valid site, its hazards all "no", without a word to the officer.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readOnOneAndTwoThreads, runBytes } from "./helpers.ts";

const header = "名称,種別,所在地,電話番号,洪水,地震,大規模な火事\n";
const rows = [
  "府中第一小学校,指定避難所・指定緊急避難場所,東京都府中市府中町2-18,042-362-2151,○,○,○",
  "府中第二小学校,指定避難所,東京都府中市本町3-4,042-362-2152,,,",
  "府中の森公園,広域避難場所,東京都府中市浅間町1,042-364-8021,,○,○",
  "府中市福祉センター,福祉避難所,東京都府中市府中町1-1,042-364-0000,,,",
  "郷土の森公園,公園,東京都府中市南町6-32,042-368-7921,,○,",
];

describe("rows of another list in a list of 指定緊急避難場所", () => {
  it("a row whose 種別 names a 避難所 and no 避難場所 is not published, warned with its column and kind", async () => {
    const { report, rows: out } = await runBytes(header + rows.join("\n") + "\n", "132063_evacuation_space.csv");
    expect(out.map((r) => r.record.name)).toEqual(["府中第一小学校", "府中の森公園", "郷土の森公園"]);
    const other = report.issues.filter((i) => i.code === "other_list_row");
    expect(other.map((i) => [i.row, i.field, i.severity, i.detail])).toEqual([[2, "種別", "warning", "指定避難所"], [4, "種別", "warning", "福祉避難所"]]);
    expect(other[0].value).toContain("府中第二小学校");
    expect(other[0].message_ja).toContain("「種別」が「指定避難所」の行");
  });

  // 指定緊急避難場所・指定避難所 in 種別 said the site is a shelter too, and the record's 指定避難所との重複 stayed empty
  it("a kind naming both lists fills 指定避難所との重複 (a file without it), said once; a kind of one list says nothing", async () => {
    const text = header + rows.join("\n") + "\n郷土の森小学校,\"指定緊急避難場所\n指定避難所\",東京都府中市南町6-33,042-368-7922,○,○,\n";
    const { report, rows: out } = await runBytes(text, "132063_evacuation_space.csv");
    expect(out.map((r) => [r.record.name, r.record.also_designated_shelter])).toEqual([["府中第一小学校", true], ["府中の森公園", null],
      ["郷土の森公園", null], ["郷土の森小学校", true]]);
    const said = report.issues.filter((i) => i.code === "column_from_kind");
    expect(said.map((i) => [i.row, i.field, i.severity, i.value])).toEqual([[null, "種別", "info", "指定避難所との重複"]]);
    // the file's own column decides; a kind column of facilities (小学校, 公園) is said nothing of
    const own = await runBytes("名称,種別,所在地,電話番号,指定避難所との重複,洪水\n府中第一小学校,指定避難所・指定緊急避難場所,東京都府中市府中町2-18,042-362-2151,,○\n", "132063_evacuation_space.csv");
    expect([own.rows[0].record.also_designated_shelter, own.report.issues.some((i) => i.code === "column_from_kind")]).toEqual([false, false]);
    const facilities = await runBytes("名称,種別,所在地,電話番号,洪水\n府中第一小学校,小学校,東京都府中市府中町2-18,042-362-2151,○\n", "132063_evacuation_space.csv");
    expect([facilities.rows[0].record.also_designated_shelter, facilities.report.issues.some((i) => i.code === "column_from_kind")]).toEqual([null, false]);
  });

  it("a column of marks headed 指定緊急避難場所 beside 指定避難所: a row blank or × there is not published", async () => {
    const text = "施設名,区分,所在地,電話番号,指定緊急避難場所,指定避難所,洪水,地震\n"
      + "府中第一小学校,小学校,東京都府中市府中町2-18,042-362-2151,○,○,○,○\n"
      + "府中第二小学校,小学校,東京都府中市本町3-4,042-362-2152,,○,,\n"
      + "府中第三小学校,小学校,東京都府中市本町3-5,042-362-2153,×,○,,\n"
      + "府中の森公園,公園,東京都府中市浅間町1,042-364-8021,○,,,○\n";
    const { report, rows: out } = await runBytes(text, "132063_evacuation_space.csv");
    expect(out.map((r) => [r.record.name, r.record.also_designated_shelter])).toEqual([["府中第一小学校", true], ["府中の森公園", false]]);
    expect(report.issues.filter((i) => i.code === "other_list_row").map((i) => [i.row, i.field, i.detail]))
      .toEqual([[2, "指定緊急避難場所", "空欄"], [3, "指定緊急避難場所", "×"]]);
  });

  it("a 種別 of the standard's own column, or a list of another dataset, reads every row", async () => {
    // 03's own column names no kind: with no free 種別 column, every row is read
    const own = await runBytes(header.replace("種別", "区分2") + rows.join("\n") + "\n", "132063_evacuation_space.csv");
    expect(own.rows).toHaveLength(5);
    const toilets = await runBytes("名称,種別,設置位置,住所\n府中駅トイレ,避難所併設,駅前,東京都府中市宮町1-1\n", "132063_public_toilet.csv");
    expect(toilets.rows).toHaveLength(1);
  });

  // a row's kind alone is ambiguous: in a list of sites only, 種別 `指定避難所` says the site is a shelter too. Before, such
  // rows were left out of a 指定緊急避難場所一覧 whose 種別 never named a site, and a column of marks left blank on every
  // row left the file with no row at all
  it("a 種別 of 指定避難所 in a file whose 種別 names no 避難場所 is a site that is a shelter too: read, said as info", async () => {
    const text = "指定緊急避難場所一覧\n名称,種別,所在地,電話番号,洪水,地震,大規模な火事\n"
      + "府中第一小学校,指定避難所,東京都府中市府中町2-18,042-362-2151,○,○,○\n"
      + "府中第二小学校,福祉避難所,東京都府中市本町3-4,042-362-2152,,○,\n"
      + "府中の森公園,,東京都府中市浅間町1,042-364-8021,,○,○\n"
      + "郷土の森公園,一時集合場所,東京都府中市南町6-32,042-368-7921,,○,\n";
    const { report, rows: out } = await runBytes(text, "132063_evacuation_space.csv");
    expect(out.map((r) => [r.record.name, r.record.hazard_earthquake])).toEqual([["府中第一小学校", true], ["府中第二小学校", true], ["府中の森公園", true], ["郷土の森公園", true]]);
    expect(report.issues.some((i) => i.code === "other_list_row")).toBe(false);
    const read = report.issues.filter((i) => i.code === "other_list_kind_read");
    expect(read.map((i) => [i.row, i.field, i.severity, i.detail])).toEqual([[1, "種別", "info", "指定避難所"], [2, "種別", "info", "福祉避難所"]]);
    expect(read[0].message_ja).toContain("「種別」が「指定避難所」の行");
    expect(read[0].message_en).toContain("published");
  });

  it("the file's end tells too: a 指定緊急避難場所 row under 300 shelters makes them rows of another list", async () => {
    const shelters = Array.from({ length: 300 }, (_, k) => `避難所${k + 1},指定避難所,東京都府中市府中町${k + 1}-1,042-362-${String(1000 + k)},,,`);
    const text = header + shelters.join("\n") + "\n府中の森公園,指定緊急避難場所,東京都府中市浅間町1,042-364-8021,,○,○\n";
    const { report, rows: out } = await runBytes(text, "132063_evacuation_space.csv");
    expect(out.map((r) => r.record.name)).toEqual(["府中の森公園"]);
    expect(report.issues.filter((i) => i.code === "other_list_row")).toHaveLength(300);
  });

  it("what the file shows reaches the worker threads that read its later rows", async () => {
    const more = Array.from({ length: 3000 }, (_, k) => `避難所${k + 1},指定避難所,東京都府中市本町${k + 1}-1,042-362-1111,,,`);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "odh-")), "132063_evacuation_space.csv");
    writeFileSync(file, header + "府中第一小学校,指定緊急避難場所,東京都府中市府中町2-18,042-362-2151,○,○,○\n" + more.join("\n")
      + "\n府中の森公園,指定緊急避難場所,東京都府中市浅間町1,042-364-8021,,○,○\n");
    const { one, many } = await readOnOneAndTwoThreads(file);
    expect(many.stats.worker).toBeGreaterThan(0);
    expect(many.out).toBe(one.out);
    expect(one.out.trim().split("\n").map((l) => JSON.parse(l).record.name)).toEqual(["府中第一小学校", "府中の森公園"]);
  });

  it("a column of marks headed 指定緊急避難場所 left blank on every row says nothing: every row read; × still leaves", async () => {
    const text = "名称,所在地,電話番号,指定緊急避難場所,洪水,地震\n"
      + "府中第一小学校,東京都府中市府中町2-18,042-362-2151,,○,○\n"
      + "府中第二小学校,東京都府中市本町3-4,042-362-2152,,,○\n"
      + "府中第三小学校,東京都府中市本町3-5,042-362-2153,×,,\n";
    const { report, rows: out } = await runBytes(text, "132063_evacuation_space.csv");
    expect(out.map((r) => r.record.name)).toEqual(["府中第一小学校", "府中第二小学校"]);
    expect(report.issues.filter((i) => i.code === "other_list_row").map((i) => [i.row, i.detail])).toEqual([[3, "×"]]);
  });

  it("a mark of yes makes a row a site whatever its kind says", async () => {
    const text = "名称,種別,所在地,電話番号,指定緊急避難場所,地震\n"
      + "府中第一小学校,指定避難所,東京都府中市府中町2-18,042-362-2151,○,○\n"
      + "府中第二小学校,指定避難所,東京都府中市本町3-4,042-362-2152,,\n"
      + "府中の森公園,指定緊急避難場所,東京都府中市浅間町1,042-364-8021,○,○\n";
    const { report, rows: out } = await runBytes(text, "132063_evacuation_space.csv");
    expect(out.map((r) => r.record.name)).toEqual(["府中第一小学校", "府中の森公園"]);
    expect(report.issues.filter((i) => i.code === "other_list_row").map((i) => [i.row, i.field, i.detail])).toEqual([[2, "指定緊急避難場所", "空欄"]]);
  });

  it("a kind or mark column whose header has a note mark or brackets (種別※1, 指定緊急避難場所（○印） over two lines) tells too", async () => {
    const kinds = await runBytes("名称,種別※1,所在地,電話番号,地震\n府中第一小学校,指定避難所,東京都府中市府中町2-18,042-362-2151,\n"
      + "府中の森公園,指定緊急避難場所,東京都府中市浅間町1,042-364-8021,○\n", "132063_evacuation_space.csv");
    expect(kinds.rows.map((r) => r.record.name)).toEqual(["府中の森公園"]);
    expect(kinds.report.issues.filter((i) => i.code === "other_list_row").map((i) => [i.row, i.field])).toEqual([[1, "種別※1"]]);
    const marks = await runBytes("名称,\"指定緊急避難場所\n（○印）\",所在地,電話番号,地震\n府中第一小学校,○,東京都府中市府中町2-18,042-362-2151,○\n"
      + "府中第二小学校,,東京都府中市本町3-4,042-362-2152,\n", "132063_evacuation_space.csv");
    expect(marks.rows.map((r) => r.record.name)).toEqual(["府中第一小学校"]);
    expect(marks.report.issues.filter((i) => i.code === "other_list_row").map((i) => [i.row, i.detail])).toEqual([[2, "空欄"]]);
  });
});

// 札幌市's lists of sites head a column of marks per hazard, the hazard in brackets after 指定緊急避難場所 (…の指定の有無(洪水災害),
// 指定緊急避難場所（大規模な火事）): before, no hazard was read, the file was no dataset, and with --dataset a site's － or × there
// dropped it as a row of another list
describe("a column of marks per hazard, the hazard in brackets after 指定緊急避難場所", () => {
  it("is that hazard's column: ○ is designated, － and × are not, and every site is published", async () => {
    const text = ["施設名,所在地,電話番号,指定緊急避難場所の指定の有無(洪水災害),指定緊急避難場所の指定の有無(土砂災害),指定緊急避難場所の指定の有無(地震災害),指定緊急避難場所の指定の有無(大規模な火事)",
      "みどり台小学校,みどり台東4丁目5-1,011-000-0001,○,○,○,○", "みどり台南中学校,みどり台南7丁目3-1,011-000-0002,－,－,○,○", "みどり区体育館,みどり中央2条5丁目1-20,011-000-0003,○,○,○,×"].join("\n");
    const { report, rows: out } = await runBytes(text, "011002_hinanbasho.csv");
    expect(report.dataset).toBe("evacuation_space");
    expect(out.map((r) => [r.record.name, r.record.hazard_flood, r.record.hazard_landslide, r.record.hazard_earthquake, r.record.hazard_large_fire, r.valid])).toEqual([
      ["みどり台小学校", true, true, true, true, true], ["みどり台南中学校", false, false, true, true, true], ["みどり区体育館", true, true, true, false, true]]);
    expect(report.issues.filter((i) => i.code === "other_list_row" || i.code === "unknown_header")).toEqual([]);
  });

  it("a list of one hazard's sites (指定緊急避難場所（大規模な火事）) keeps a site marked × for it, not designated for that hazard", async () => {
    const text = "施設名,所在地,電話番号,指定緊急避難場所（大規模な火事）\nさくら記念公園,界川4丁目,011-000-0001,○\n競技場,北16条西16丁目,011-000-0002,×\n";
    const { report, rows: out } = await runBytes(text, "011002_kouikihinan.csv");
    expect(out.map((r) => [r.record.name, r.record.hazard_large_fire, r.record.hazard_flood])).toEqual([["さくら記念公園", true, null], ["競技場", false, null]]);
    expect(report.issues.filter((i) => i.code === "other_list_row")).toEqual([]);
  });
});
