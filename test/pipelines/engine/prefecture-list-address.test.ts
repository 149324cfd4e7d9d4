// A prefecture's own list (東京都 130001, 山口県 350001) has rows in many municipalities: an address written from the town
// (西新宿二丁目8番1号) cannot be completed with the publisher's municipality, as a ward's own list is, and is warned
// (address_without_municipality); one the row's 市区町村名 or code places is completed from them; one written from a
// municipality (新宿区…, 大島町…, 小笠原村…) is Tokyo's and taken as it is, with 東京都 in front.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../../bench/engine.bench.ts";
import { runBytes, runFile } from "./helpers.ts";

type Issues = ReadonlyArray<{ row: number | null; field: string | null; code: string; severity: string; value: string | null }>;
/** [row, code, value] of the issues on the address. */
const onAddress = (issues: Issues) => issues.filter((i) => i.field === "full_address").map((i) => [i.row, i.code, i.value]);

const csv = (header: string, rows: readonly string[]) => `${header}\n${rows.join("\n")}\n`;

describe("an address without its municipality in a prefecture's own list", () => {
  it("東京都's list: a town's address is kept and warned; a ward's, an island town's or village's is completed with 東京都", async () => {
    const cells = ["西新宿二丁目8番1号", "新宿区西新宿2-8-1", "大島町元町1-1", "小笠原村父島字東町", "東京都八王子市元本郷町三丁目24番1号",
      "父島字東町", "和光市新倉1-1", "都庁第一本庁舎", "東京都西新宿2-8-1", "中央区築地5-2-1"];
    const { rows, report } = await runBytes(csv("ID,名称,所在地,設置位置", cells.map((c, i) => `${i + 1},施設${i + 1},${c},1階`)), "130001_aed.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.city, r.record.located_local_government_code])).toEqual([
      ["西新宿二丁目8番1号", null, "130001"],
      ["東京都新宿区西新宿2-8-1", "新宿区", "131041"],
      ["東京都大島町元町1-1", "大島町", "133612"],
      ["東京都小笠原村父島字東町", "小笠原村", "134210"],
      ["東京都八王子市元本郷町三丁目24番1号", "八王子市", "132012"],
      ["父島字東町", null, "130001"],
      // another prefecture's city: Tokyo's list has sites outside Tokyo, whose prefecture it does not name
      ["和光市新倉1-1", null, null],
      ["都庁第一本庁舎", null, "130001"],
      ["東京都西新宿2-8-1", null, "130001"],
      ["東京都中央区築地5-2-1", "中央区", "131024"],
    ]);
    expect(onAddress(report.issues)).toEqual([
      [1, "address_without_municipality", "西新宿二丁目8番1号"],
      [2, "address_completed", "新宿区西新宿2-8-1"],
      [3, "address_completed", "大島町元町1-1"],
      [4, "address_completed", "小笠原村父島字東町"],
      [6, "address_without_municipality", "父島字東町"],
      [8, "place_name_as_address", "都庁第一本庁舎"],
      [9, "address_without_municipality", "東京都西新宿2-8-1"],
      [10, "address_completed", "中央区築地5-2-1"],
    ]);
    const warning = report.issues.find((i) => i.code === "address_without_municipality")!;
    expect(warning).toMatchObject({ severity: "warning", row: 1, field: "full_address", value: "西新宿二丁目8番1号" });
    expect(warning.message_ja).toBe("2行目（データの1行目）：「所在地_連結表記」の「西新宿二丁目8番1号」は市区町村名から始まっていません。"
      + "この一覧は東京都のもので、行ごとに所在する区市町村が違うため、どの区市町村かは補えず、区市町村のないまま公開します"
      + "（区市町村で絞り込む利用者や地図では見つかりません）。所在地は市区町村名から書く（例：新宿区西新宿二丁目8番1号）か、"
      + "市区町村名または全国地方公共団体コードの列にその行の区市町村を入力してください。");
    expect(warning.message_en).toBe("Row 2 (data row 1): \"西新宿二丁目8番1号\" (full_address) does not start with its municipality. "
      + "This is 東京都's own list, whose rows lie in many municipalities, so none could be added; it was published without one "
      + "(an app filtering by municipality, or a map, will not find it). Write the address from the municipality (新宿区西新宿二丁目8番1号), "
      + "or enter the row's municipality in the city (市区町村名) or code (全国地方公共団体コード) column.");
  });

  it("the coordinates do not place it: the municipalities' boxes overlap, so none is guessed", async () => {
    const { rows, report } = await runBytes(csv("ID,名称,所在地,緯度,経度,設置位置", ["1,都庁,西新宿二丁目8番1号,35.68944,139.69167,1階"]), "130001_aed.csv");
    expect([rows[0].record.full_address, rows[0].record.city]).toEqual(["西新宿二丁目8番1号", null]);
    expect(onAddress(report.issues)).toEqual([[1, "address_without_municipality", "西新宿二丁目8番1号"]]);
  });

  it("the row's 市区町村名 (new and old headers) or its municipality's code completes it; an empty one leaves it warned", async () => {
    const city = await runBytes(csv("ID,名称,所在地,所在地_市区町村,設置位置", ["1,都庁,西新宿二丁目8番1号,新宿区,1階", "2,都庁,西新宿二丁目8番1号,,1階"]), "130001_aed.csv");
    expect(city.rows.map((r) => [r.record.full_address, r.record.city])).toEqual([["東京都新宿区西新宿二丁目8番1号", "新宿区"], ["西新宿二丁目8番1号", null]]);
    expect(onAddress(city.report.issues)).toEqual([[1, "address_completed", "西新宿二丁目8番1号"], [2, "address_without_municipality", "西新宿二丁目8番1号"]]);
    // the old 推奨 header: 都道府県名 alone gives the prefecture, not the municipality
    const old = await runBytes(csv("都道府県名,市区町村名,名称,住所,設置位置", ["東京都,新宿区,都庁,西新宿二丁目8番1号,1階", "東京都,,都庁,西新宿二丁目8番1号,1階"]), "130001_aed.csv");
    expect(old.rows.map((r) => r.record.full_address)).toEqual(["東京都新宿区西新宿二丁目8番1号", "東京都西新宿二丁目8番1号"]);
    // in a prefecture's list the old header's 市区町村名 is the row's municipality, not the publisher: its code is the location's
    expect(old.rows.map((r) => [r.record.local_government_code, r.record.located_local_government_code])).toEqual([["130001", "131041"], ["130001", "130001"]]);
    expect(onAddress(old.report.issues)).toEqual([
      [1, "address_completed", "西新宿二丁目8番1号"], [2, "address_completed", "西新宿二丁目8番1号"], [2, "address_without_municipality", "西新宿二丁目8番1号"]]);
    // 市区町村名 alone, in a list a Tokyo body publishes: 新宿区 is Tokyo's
    const cityOnly = await runBytes(csv("市区町村名,名称,住所,設置位置", ["新宿区,都庁,西新宿二丁目8番1号,1階"]), "130001_aed.csv");
    expect(cityOnly.rows[0].record.full_address).toBe("東京都新宿区西新宿二丁目8番1号");
    // a municipality's 全国地方公共団体コード on the row, with 所在地_都道府県 written or not; 130001 places nothing
    const coded = await runBytes(csv("全国地方公共団体コード,ID,名称,所在地_連結表記,所在地_都道府県,設置位置",
      ["131041,1,都庁,西新宿二丁目8番1号,東京都,1階", "131041,2,都庁,西新宿二丁目8番1号,,1階", "130001,3,都庁,西新宿二丁目8番1号,東京都,1階"]), "aed.csv");
    expect(coded.rows.map((r) => [r.record.full_address, r.record.city, r.record.located_local_government_code])).toEqual([
      // 所在地_市区町村 is filled from the address only where 所在地_都道府県 is empty too (fillPlace)
      ["東京都新宿区西新宿二丁目8番1号", null, "131041"], ["東京都新宿区西新宿二丁目8番1号", "新宿区", "131041"], ["東京都西新宿二丁目8番1号", null, "130001"]]);
    expect(onAddress(coded.report.issues)).toEqual([
      [1, "address_completed", "西新宿二丁目8番1号"], [2, "address_completed", "西新宿二丁目8番1号"],
      [3, "address_completed", "西新宿二丁目8番1号"], [3, "address_without_municipality", "西新宿二丁目8番1号"]]);
  });

  it("the publisher told by --municipality; the row's 所在地_全国地方公共団体コード; an address joined from its parts", async () => {
    const told = await runBytes(csv("ID,名称,所在地,設置位置", ["1,都庁,西新宿二丁目8番1号,1階"]), "aed.csv", { municipality: "130001" });
    expect(onAddress(told.report.issues)).toEqual([[1, "address_without_municipality", "西新宿二丁目8番1号"]]);
    const located = await runBytes(csv("ID,名称,所在地,所在地_全国地方公共団体コード,設置位置", ["1,都庁,西新宿二丁目8番1号,131041,1階", "2,都庁,西新宿二丁目8番1号,,1階"]),
      "130001_aed.csv");
    expect(located.rows.map((r) => [r.record.full_address, r.record.city])).toEqual([["東京都新宿区西新宿二丁目8番1号", "新宿区"], ["西新宿二丁目8番1号", null]]);
    expect(onAddress(located.report.issues)).toEqual([[1, "address_completed", "西新宿二丁目8番1号"], [2, "address_without_municipality", "西新宿二丁目8番1号"]]);
    const parts = await runBytes(csv("ID,名称,所在地_町字,所在地_番地以下,設置位置", ["1,都庁,西新宿二丁目,8番1号,1階"]), "130001_aed.csv");
    expect(parts.rows[0].record.full_address).toBe("西新宿二丁目8番1号");
    expect(onAddress(parts.report.issues)).toEqual([[1, "address_joined", null], [1, "address_without_municipality", "西新宿二丁目8番1号"]]);
  });

  it("a municipality's own list completes it with its own municipality, with no warning", async () => {
    const { rows, report } = await runBytes(csv("ID,名称,所在地,設置位置", ["1,都庁,西新宿二丁目8番1号,1階"]), "131041_aed.csv");
    expect(rows[0].record.full_address).toBe("東京都新宿区西新宿二丁目8番1号");
    expect(onAddress(report.issues)).toEqual([[1, "address_completed", "西新宿二丁目8番1号"]]);
    // 所在地_都道府県 written and 所在地_市区町村 empty: the ward's own too (it was 東京都西新宿二丁目8番1号)
    const prefectureOnly = await runBytes(csv("ID,名称,所在地,所在地_都道府県,設置位置", ["1,都庁,西新宿二丁目8番1号,東京都,1階"]), "131041_aed.csv");
    expect(prefectureOnly.rows[0].record.full_address).toBe("東京都新宿区西新宿二丁目8番1号");
  });

  it("another prefecture's list: a 町 or 村 after it may be one of its towns (its 郡 left out), and is not warned", async () => {
    const cells = ["山口県萩市椿東1-1", "椿東1-1", "萩市椿東1-1", "阿武町奈古1-1", "山口県阿武郡阿武町奈古1-1"];
    const { rows, report } = await runBytes(csv("ID,名称,所在地,設置位置", cells.map((c, i) => `${i + 1},施設${i + 1},${c},1階`)), "350001_aed.csv");
    expect(rows.map((r) => r.record.full_address)).toEqual(cells);
    expect(onAddress(report.issues)).toEqual([[2, "address_without_municipality", "椿東1-1"]]);
    expect(report.issues.find((i) => i.code === "address_without_municipality")?.message_en).toContain("This is 山口県's own list");
  });
});

describe("the engine bench's 東京都 list (five wards, addresses from the town, 市区町村名 on every row)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "odh-prefecture-list-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is completed from its 市区町村名 on every row, with no new issue", async () => {
    const file = path.join(dir, "130001_aed_bench.csv");
    await generate(file, 50);
    const { rows, report } = await runFile(file);
    expect(report.issues.map((i) => i.code)).not.toContain("address_without_municipality");
    expect(rows.slice(0, 5).map((r) => [r.record.full_address, r.record.city])).toEqual([
      ["東京都千代田区1丁目1番1号", "千代田区"], ["東京都新宿区2丁目14番8号", "新宿区"], ["東京都品川区3丁目27番15号", "品川区"],
      ["東京都渋谷区4丁目40番22号", "渋谷区"], ["東京都八王子市5丁目13番29号", "八王子市"]]);
  });
});

describe("a prefecture's name in the 市区町村名 column", () => {
  it("is no city: not written twice before the address (東京都東京都…), the row warned, the name kept as its prefecture", async () => {
    const { rows, report } = await runBytes(csv("ID,名称,都道府県名,市区町村名,住所", ["1,都庁,東京都,新宿区,西新宿2-8-1", "2,都立施設,,東京都,西新宿2-8-3"]),
      "130001_aed.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.prefecture, r.record.city, r.record.local_government_name])).toEqual([
      // 地方公共団体名 names the publisher, as its code 130001 does: 東京都, not 東京都 and the row's city
      ["東京都新宿区西新宿2-8-1", "東京都", "新宿区", "東京都"],
      ["東京都西新宿2-8-3", "東京都", null, "東京都"],
    ]);
    expect(report.issues.filter((i) => i.row === 2 && (i.code === "prefecture_as_city" || i.code === "address_without_municipality"))
      .map((i) => [i.field, i.code, i.value])).toEqual([["city", "prefecture_as_city", "東京都"], ["full_address", "address_without_municipality", "西新宿2-8-3"]]);
    expect(report.issues.some((i) => i.row === 2 && i.code === "district_missing")).toBe(false);
  });

  it("a city written with the prefecture in front (東京都新宿区) is the city alone: the prefecture not written twice", async () => {
    const { rows, report } = await runBytes(csv("ID,名称,都道府県名,市区町村名,住所", ["1,都庁,東京都,東京都新宿区,西新宿2-8-1", "2,施設,,東京都新宿区,西新宿2-8-2"]),
      "130001_aed.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.prefecture, r.record.city, r.record.located_local_government_code, r.record.local_government_name]))
      .toEqual([["東京都新宿区西新宿2-8-1", "東京都", "新宿区", "131041", "東京都"], ["東京都新宿区西新宿2-8-2", "東京都", "新宿区", "131041", "東京都"]]);
    expect(report.issues.filter((i) => i.field === "city").map((i) => [i.row, i.code, i.value]))
      .toEqual([[1, "prefecture_in_city", "東京都新宿区"], [2, "prefecture_in_city", "東京都新宿区"]]);
  });

  it("another prefecture's name beside the row's (大阪府 under 東京都) is left as written, not read as 東京都's address", async () => {
    const { rows, report } = await runBytes(csv("ID,名称,都道府県名,市区町村名,住所", ["1,保養所,東京都,大阪府,大阪市北区梅田1-1"]), "130001_aed.csv");
    expect(rows.map((r) => [r.record.full_address, r.record.city])).toEqual([["大阪市北区梅田1-1", "大阪府"]]);
    expect(report.issues.some((i) => i.code === "prefecture_as_city")).toBe(false);
  });
});
