// A footnote's reference mark on a name (西公園※2, ★中央図書館, 中央公園（※1）): the name is published without it, and
// what it stands for goes to 備考: the footnote the file gives for it, else the mark itself, warned.
import { describe, expect, it } from "vitest";
import { footnotesOf } from "../../../pipelines/footnotes.ts";
import { withoutMarks } from "../../../pipelines/normalize/name-marks.ts";
import { runBytes, tuples } from "./helpers.ts";

describe("withoutMarks", () => {
  it.each([
    ["西公園※2", { name: "西公園", marks: ["※2"] }], ["中央公園※", { name: "中央公園", marks: ["※"] }],
    ["★中央図書館", { name: "中央図書館", marks: ["★"] }], ["中央公園（※1）", { name: "中央公園", marks: ["※1"] }],
    ["中央公園 (注1)", { name: "中央公園", marks: ["注1"] }], ["＊東公園", { name: "東公園", marks: ["＊"] }],
    ["☆南公園※１", { name: "南公園", marks: ["☆", "※１"] }], ["西公園※12３", { name: "西公園", marks: ["※12３"] }],
  ])("%s", (name, out) => expect(withoutMarks(name)).toEqual(out));

  // the names' ends are looked at first (mayHaveMark): a bracket or a mark there, else nothing more is tried
  it.each([["イルミライ★INZAI"], ["中央公園"], ["中央公園（第2）"], ["※"], ["第3公園"], ["中央公園）"], ["西公園※2 "], [""]])("%s: none", (name) => expect(withoutMarks(name)).toBeNull());

  it("takes no number after a mark before the name, which is the name's own", () => {
    expect(withoutMarks("＊3丁目広場")).toEqual({ name: "3丁目広場", marks: ["＊"] });
  });
});

describe("footnotesOf", () => {
  it("reads numbered marks, marks that say they are one, and ★ / ☆; not a general ※ note, nor a mark defined twice", () => {
    expect(footnotesOf([["※1 令和7年3月まで休館"], ["（※２）指定管理者が管理", ""], ["★：区の指定施設"], ["※印は休館中の施設"],
      ["※この一覧は毎月更新します。"], ["☆ 新設"], ["☆ 改修中"], ["注1　仮称"], ["中央公園", "東京都千代田区"]]))
      .toEqual({ "※1": "令和7年3月まで休館", "※2": "指定管理者が管理", "★": "区の指定施設", "※": "休館中の施設", "注1": "仮称" });
  });
});

describe("a name with a footnote mark", () => {
  const HEADER = "名称,所在地_連結表記,備考";
  const file = (rows: string[], notes: string[]) => `${HEADER}\n${rows.map((n, i) => `${n},東京都千代田区千代田1-${i + 1},`).join("\n")}\n${notes.join("\n")}\n`;

  it("loses the mark, and the footnote under the data goes to 備考", async () => {
    const { rows, report } = await runBytes(file(["西公園※2", "★中央図書館", "東公園（※1）", "イルミライ★INZAI"],
      ["※1 令和7年3月まで休館", "※2 指定管理者が管理", "★：区の指定施設"]), "131016_public_facility.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([
      ["西公園", "指定管理者が管理"], ["中央図書館", "区の指定施設"], ["東公園", "令和7年3月まで休館"], ["イルミライ★INZAI", null]]);
    expect(tuples(report, "name_mark_noted", "name_mark_unexplained")).toEqual([
      [1, "name", "name_mark_noted"], [2, "name", "name_mark_noted"], [3, "name", "name_mark_noted"]]);
    expect(report.issues.find((i) => i.code === "name_mark_noted")).toMatchObject({ severity: "info", value: "西公園※2", detail: "※2\t指定管理者が管理" });
    // the ★ line is a note, not a row
    expect(report.rows).toBe(4);
  });

  it("loses the mark, kept in 備考 with a warning, when the file does not say what it means", async () => {
    const { rows, report } = await runBytes(file(["中央公園※", "＊東公園"], ["※この一覧は毎月更新します。"]), "131016_public_facility.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["中央公園", "名称の注記の印：※"], ["東公園", "名称の注記の印：＊"]]);
    const [first] = report.issues.filter((i) => i.code === "name_mark_unexplained");
    expect(first).toMatchObject({ severity: "warning", row: 1, field: "name", value: "中央公園※", detail: "※" });
  });

  it("takes a footnote above the header too, after what 備考 already says", async () => {
    const { rows } = await runBytes(`※1 仮称\n${HEADER}\n新公園※1,東京都千代田区千代田1-1,駐車場なし\n`, "131016_public_facility.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["新公園", "駐車場なし / 仮称"]]);
  });
});

describe("a name with its reading in brackets, under a header that says so", () => {
  it("施設名（施設名かな）: the bracketed kana is 名称_カナ, in katakana (before: published as part of the name)", async () => {
    const text = ["施設名（施設名かな）,所在地,経度,緯度", "大阪市立南港図書館（おおさかしりつなんこうとしょかん）,住之江区南港中2-1-99,135.4259688,34.6285779",
      "中島公園茶室(なかじまこうえんちゃしつ),天王寺区茶臼山町1-108,135.511361,34.6505862",
      "すまいの館「くらしの今昔館」（すまいのやかた「くらしのこんじゃくかん」）,北区天神橋6-4-20,135.5116668,34.7102359"].join("\n");
    const { report, rows } = await runBytes(`${text}\n`, "271004_tourism.csv");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.name_kana])).toEqual([
      [true, "大阪市立南港図書館", "オオサカシリツナンコウトショカン"], [true, "中島公園茶室", "ナカジマコウエンチャシツ"],
      // not kana alone in the brackets: kept as written
      [true, "すまいの館「くらしの今昔館」（すまいのやかた「くらしのこんじゃくかん」）", null]]);
    expect(tuples(report, "name_reading_in_brackets")).toEqual([[1, "name", "name_reading_in_brackets"], [2, "name", "name_reading_in_brackets"]]);
  });

  it("under a plain 名称 a name's own kana in brackets stays", async () => {
    const { rows } = await runBytes("名称,所在地\n子ども家庭支援センター（きらきら）,東京都千代田区千代田1-1\n", "131016_public_facility.csv");
    expect(rows.map((r) => [r.record.name, r.record.name_kana])).toEqual([["子ども家庭支援センター（きらきら）", null]]);
  });
});

// before: a note written after ※ in the name (那須塩原市's 文化財: 大林家住宅 ※非公開) was published as part of the name
describe("a note after ※ in a name", () => {
  it("goes to 備考, the name without it, said; a footnote's number after ※ is still a mark", async () => {
    const csv = ["名称,所在地,緯度,経度,備考", "大林家住宅 ※非公開,栃木県那須塩原市共墾社1-1,36.96,139.98,",
      "架空寺本堂※内部非公開,栃木県那須塩原市共墾社1-2,36.96,139.98,市指定", "西公園※2,栃木県那須塩原市共墾社1-3,36.96,139.98,",
      "東公園（※休園中）,栃木県那須塩原市共墾社1-4,36.96,139.98,"].join("\n");
    const { rows, report } = await runBytes(`${csv}\n`, "092134_cultural_property.csv");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["大林家住宅", "※非公開"], ["架空寺本堂", "市指定 / ※内部非公開"],
      ["西公園", "名称の注記の印：※2"], ["東公園（※休園中）", null]]);
    expect(report.issues.filter((i) => i.code === "name_note_after_mark").map((i) => [i.row, i.value, i.detail])).toEqual([
      [1, "大林家住宅 ※非公開", "非公開"], [2, "架空寺本堂※内部非公開", "内部非公開"]]);
    expect(report.issues.find((i) => i.code === "name_note_after_mark")?.message_ja).toContain("「※非公開」は名称ではなく注記");
  });
});
