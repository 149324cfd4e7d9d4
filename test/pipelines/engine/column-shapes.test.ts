// What each column holds on a file's other rows (the same municipality, kana only, ASCII only): it tells where a short
// row's missing cell goes among text columns that all take its values.
import { describe, expect, it } from "vitest";
import { columnShapes, offShapeCount } from "../../../pipelines/column-shapes.ts";

const ROWS = [
  ["131083", "1", "東京都", "江東区", "都立清澄庭園", "トリツキヨスミテイエン", "Kiyosumi Garden"],
  ["131083", "2", "東京都", "江東区", "深川江戸資料館", "フカガワエドシリョウカン", "Fukagawa Edo Museum"],
  ["131083", "3", "東京都", "江東区", "芭蕉記念館", "バショウキネンカン", "Basho Museum"],
  ["131083", "4", "東京都"],
];

describe("columnShapes", () => {
  it("takes each column's shape from the rows as wide as the header, 3 filled cells at least", () => {
    expect(columnShapes(ROWS, 7)).toEqual([
      { same: "131083", ascii: true, notKana: true }, { ascii: true, notKana: true }, { same: "東京都", notKana: true }, { same: "江東区", notKana: true },
      { notKana: true }, { kana: true }, { ascii: true, notKana: true }]);
    expect(columnShapes(ROWS.slice(0, 2), 7)).toEqual(Array(7).fill(null));
  });

  it("keeps a small figure every row has from being the column's one value (a count may differ next row)", () => {
    expect(columnShapes([["2", "a"], ["2", "b"], ["2", "c"]], 2)).toEqual([{ ascii: true }, { ascii: true }]);
  });

  it("marks a column no row as wide as the header fills (3 rows at least): any value landed there is off its shape", () => {
    const rows = [["台東区役所", "03-5246-1111", ""], ["今戸体育館", "03-3872-3181", " "], ["根岸図書館", "03-3876-2101", ""]];
    const shapes = columnShapes(rows, 3);
    expect(shapes[2]).toEqual({ empty: true });
    expect([offShapeCount(["生涯学習センター", "03-5246-5811", ""], shapes), offShapeCount(["生涯学習センター", "", "03-5246-5811"], shapes)]).toEqual([0, 1]);
    expect(columnShapes(rows.slice(0, 2), 3)[2]).toBeNull();
  });
});

describe("offShapeCount", () => {
  const shapes = columnShapes(ROWS, 7);
  it.each<[string, string[], number]>([
    ["as written", ["131083", "6", "東京都", "江東区", "日本科学未来館", "ニホンカガクミライカン", "Miraikan"], 0],
    ["江東区 deleted, 名称 left empty", ["131083", "6", "東京都", "日本科学未来館", "", "ニホンカガクミライカン", "Miraikan"], 1],
    ["名称 deleted, 名称_カナ left empty", ["131083", "6", "東京都", "江東区", "ニホンカガクミライカン", "", "Miraikan"], 1],
    ["名称 deleted, 市区町村名 left empty", ["131083", "6", "東京都", "", "江東区", "ニホンカガクミライカン", "Miraikan"], 1],
    ["NO deleted, the code left empty", ["", "131083", "東京都", "江東区", "日本科学未来館", "ニホンカガクミライカン", "Miraikan"], 1],
  ])("%s → %i", (_, cells, expected) => {
    expect(offShapeCount(cells, shapes)).toBe(expected);
  });
});
