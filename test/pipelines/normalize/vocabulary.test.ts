import { describe, expect, it } from "vitest";
import { DATASETS } from "../../../schemas/index.ts";
import { normalizeRecord } from "../../../pipelines/normalize/index.ts";

describe("a column the standard gives choices for (医療機関の種類)", () => {
  const hospital = DATASETS.find((d) => d.id === "hospital")!;
  const kind = (value: string) => {
    const { record, issues } = normalizeRecord({ name: "大山クリニック", facility_kind: value }, hospital, { row: 1 }, { municipality: "131199" });
    return [record.facility_kind, issues.filter((i) => i.field === "facility_kind").map((i) => [i.code, i.severity, i.value])];
  };

  it("a listed value is taken as it is; written with other spaces or widths it becomes the listed one", () => {
    expect(kind("無床診療所")).toEqual(["無床診療所", []]);
    expect(kind(" 有床 診療所 ")).toEqual(["有床診療所", [["extra_whitespace", "info", " 有床 診療所 "], ["vocabulary_reworded", "info", " 有床 診療所 "]]]);
    expect(kind("病院")).toEqual(["病院", []]);
  });

  it("another value is kept, with a warning that names the choices", () => {
    expect(kind("歯科診療所")).toEqual(["歯科診療所", [["not_in_vocabulary", "warning", "歯科診療所（選択肢：病院／有床診療所／無床診療所）"]]]);
    const [warning] = normalizeRecord({ name: "A", facility_kind: "診療所" }, hospital, { row: 2 }).issues.filter((i) => i.field === "facility_kind");
    expect(warning.message_ja).toContain("診療所（選択肢：病院／有床診療所／無床診療所）");
  });
});
