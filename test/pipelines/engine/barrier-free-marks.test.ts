// A facility list's バリアフリー column marks some facilities ○ or × and names the features of others (エレベーター、
// 多目的トイレ): the named features are the バリアフリー情報, and a mark is no feature.
import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../fixtures/crafted/encode.ts";
import { runBytes, tuples } from "./helpers.ts";

const FACILITIES = "施設ID,名称,住所,開館時間,休館日,駐車場,バリアフリー\n"
  + "A-01,区民センター,東京都中野区中野2-9-7,午前9時～午後9時30分,毎月第3月曜日,有（5台）,○\n"
  + "A-02,図書館,東京都中野区中野2-9-8,9時～20時（土日祝は17時まで）,年末年始（12月29日～1月3日）,無,エレベーター、多目的トイレ\n"
  + "A-03,体育館,東京都中野区中野2-9-9,9:00～21:45,,有料駐車場あり,×\n"
  + "A-04,集会所,東京都中野区中野2-9-10,9:00～21:00,,,なし\n";

describe("a バリアフリー column of marks and features", () => {
  it("is the バリアフリー情報: features listed, × and なし kept as written (none, not unknown), ○ kept and told to name the features", async () => {
    const { rows, report } = await runBytes(encodeCp932(FACILITIES), "131148_public_facility.csv");
    expect(rows.map((r) => [r.record.name, r.record.barrier_free_info, r.extra?.["バリアフリー"]])).toEqual([
      ["区民センター", ["○"], undefined], ["図書館", ["エレベーター", "多目的トイレ"], undefined], ["体育館", ["×"], undefined], ["集会所", ["なし"], undefined]]);
    expect(tuples(report, "column_by_values", "unknown_header", "list_only_yes", "placeholder_value")).toEqual([
      [null, "バリアフリー", "column_by_values"], [1, "barrier_free_info", "list_only_yes"]]);
    const yes = report.issues.find((i) => i.code === "list_only_yes");
    expect([yes?.severity, yes?.message_ja]).toEqual(["warning",
      "2行目（データの1行目）：「バリアフリー情報」の「○」は有無だけで、何があるかを表していません。値はそのまま残しました。あるものの名前を「;」で区切って入力してください。"]);
  });

  it("a column of nothing but ○ and × names no feature: kept in extra", async () => {
    const { rows } = await runBytes("名称,住所,バリアフリー\n区民センター,東京都中野区中野2-9-7,○\n体育館,東京都中野区中野2-9-9,×\n", "131148_public_facility.csv");
    expect(rows.map((r) => [r.record.barrier_free_info, r.extra?.["バリアフリー"]])).toEqual([[null, "○"], [null, "×"]]);
  });

  it("バリアフリー情報 なし / × (the standard's header) stays as written: the file says there is none, which an empty cell would not", async () => {
    const { rows } = await runBytes("名称,住所,バリアフリー情報\n区民センター,東京都中野区中野2-9-7,なし\n体育館,東京都中野区中野2-9-9,×\n図書館,東京都中野区中野2-9-8,スロープ\n",
      "131148_public_facility.csv");
    expect(rows.map((r) => r.record.barrier_free_info)).toEqual([["なし"], ["×"], ["スロープ"]]);
  });
});

describe("バリアフリー情報 features run together with ・", () => {
  it("エレベーター・多目的トイレ・点字ブロック lists the three; a ・ inside an unknown word keeps the item whole", async () => {
    const text = "施設番号,施設名,所在地,バリアフリー対応\n"
      + "1001,中野区立中央図書館,東京都中野区中野2-9-7,エレベーター・多目的トイレ・点字ブロック\n"
      + "1002,中野区立東中野図書館,東京都中野区東中野1-35-1,ベビーカー・車いす置場\n";
    const { rows, report } = await runBytes(encodeCp932(text), "131148_public_facility.csv");
    expect(rows.map((r) => r.record.barrier_free_info)).toEqual([["エレベーター", "多目的トイレ", "点字ブロック"], ["ベビーカー・車いす置場"]]);
    expect(tuples(report, "list_separator")).toEqual([[1, "barrier_free_info", "list_separator"]]);
  });
});

describe("a バリアフリー情報 cell holding a URL (大阪市's マップナビ export: the place's page on a barrier-free site)", () => {
  it("publishes no item for the URL: the list is empty, or keeps its other items, and the cell goes to 備考, said", async () => {
    const text = "名称,住所,バリアフリー情報,URL,備考\n"
      + "市立図書館,大阪府大阪市浪速区敷津西1-5-23,https://www.example-barrierfree.jp/100501.html,http://www.example.jp/lib/,文化・観光/図書館\n"
      + "科学館,大阪府大阪市西区靱本町1-8-4,スロープ;https://www.example-barrierfree.jp/060401.html,,\n"
      + "博物館,大阪府大阪市北区天神橋6-4-20,エレベーター,,\n";
    const { rows, report } = await runBytes(text, "271004_tourism.csv");
    expect(rows.map((r) => [r.record.barrier_free_info, r.record.url, r.record.remarks])).toEqual([
      [null, "http://www.example.jp/lib/", "文化・観光/図書館 / バリアフリー情報：https://www.example-barrierfree.jp/100501.html"],
      [["スロープ"], null, "バリアフリー情報：スロープ;https://www.example-barrierfree.jp/060401.html"],
      [["エレベーター"], null, null]]);
    expect(tuples(report, "list_item_link", "kept_as_remarks")).toEqual([[1, "barrier_free_info", "list_item_link"], [2, "barrier_free_info", "list_item_link"]]);
    const said = report.issues.find((i) => i.code === "list_item_link");
    expect([said?.severity, said?.message_en]).toEqual(["warning",
      "Row 2 (data row 1): \"https://www.example-barrierfree.jp/100501.html\" in barrier_free_info holds a URL. A URL is no item of the list, so it was not published as one, and the cell was kept in the remarks. Write the names of what there is, separated by \";\", and put the address of a page about them in the remarks."]);
  });
});
