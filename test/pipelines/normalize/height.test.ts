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
    ["屋上", null, ["unparseable_height"]], ["0階", null, ["unparseable_height"]], ["-", null, ["placeholder_value"]],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeHeight(raw, at))).toEqual([value, issueCodes]);
  });

  it("the column of every dataset with the location block reads so; a plain value takes no work", () => {
    const aed = DATASETS.find((d) => d.id === "aed")!;
    expect(normalizeRecord({ name: "区役所", height: "B1" }, aed, { row: 1 }).record.height).toBe("-1");
    expect(normalizeRecord({ name: "区役所", height: "3" }, aed, { row: 1 }).issues.filter((i) => i.field === "height")).toEqual([]);
  });
});
