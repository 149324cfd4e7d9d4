import { describe, expect, it } from "vitest";
import { normalizeHeight } from "../../../pipelines/normalize/height.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";
import { DATASETS } from "../../../schemas/index.ts";
import { at, codes } from "./helpers.ts";

describe("高度の値: floors as digits (ground 1, B1 -1, mezzanine 1.5) or metres", () => {
  it.each([
    ["2", "2", []], ["-1", "-1", []], ["1.5", "1.5", []], ["２", "2", ["full_width_converted"]],
    ["1階", "1", ["height_reformatted"]], ["3F", "3", ["height_reformatted"]], ["２階", "2", ["height_reformatted"]],
    ["B1", "-1", ["height_reformatted"]], ["B2F", "-2", ["height_reformatted"]], ["地下1階", "-1", ["height_reformatted"]],
    ["中2階", "1.5", ["height_reformatted"]], ["M2F", "1.5", ["height_reformatted"]],
    ["5m", "5", ["height_reformatted"]], ["12.5ｍ", "12.5", ["height_reformatted"]],
    ["約45m", "45", ["height_approximate"]], ["約45", "45", ["height_approximate"]], ["約 12.5 ｍ", "12.5", ["height_approximate"]],
    ["45m程度", "45", ["height_approximate"]], ["およそ30メートル", "30", ["height_approximate"]], ["45m前後", "45", ["height_approximate"]],
    ["約3階", null, ["unparseable_height"]], ["約", null, ["unparseable_height"]],
    ["屋上", null, ["unparseable_height"]], ["0階", null, ["unparseable_height"]], ["-", null, ["placeholder_value"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeHeight(raw, at))).toEqual([value, issueCodes]);
  });

  it("the column of every dataset with the location block reads so; a plain value takes no work", () => {
    const aed = DATASETS.find((d) => d.id === "aed")!;
    expect(normalizeRecord({ name: "区役所", height: "B1" }, aed, { row: 1 }).record.height).toBe("-1");
    expect(normalizeRecord({ name: "区役所", height: "3" }, aed, { row: 1 }).issues.filter((i) => i.field === "height")).toEqual([]);
  });

  it("an approximate height reads as its number, said, with the cell kept in 備考; one that does not read is kept there too", () => {
    const aed = DATASETS.find((d) => d.id === "aed")!;
    const about = normalizeRecord({ name: "区役所", height_type: "標高", height: "約45m", remarks: "屋外" }, aed, { row: 3 });
    expect([about.record.height, about.record.remarks]).toEqual(["45", "屋外 / 高度の値：約45m"]);
    const said = about.issues.filter((i) => i.field === "height" || i.field === "remarks");
    expect(said.map((i) => [i.field, i.code, i.value])).toEqual([["height", "height_approximate", "約45m"]]);
    expect(said[0].message_ja).toBe("3行目：「height」の値「約45m」はおおよその高さとして、その数（メートル）で読みました。「約」などの言葉が数から落ちるため、セル全体は備考の列があればそこに残しました。高度の値には半角数字だけを入力してください。");
    const roof = normalizeRecord({ name: "区役所", height: "屋上" }, aed, { row: 3 });
    expect([roof.record.height, roof.record.remarks]).toEqual([null, "高度の値：屋上"]);
    expect(roof.issues.filter((i) => i.field === "height" || i.field === "remarks").map((i) => [i.field, i.code, i.value]))
      .toEqual([["height", "unparseable_height", "屋上"], ["remarks", "kept_as_remarks", "高度の値：屋上"]]);
  });
});
