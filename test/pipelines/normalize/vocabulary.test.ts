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
    expect(kind("助産所")).toEqual(["助産所", [["not_in_vocabulary", "warning", "助産所（選択肢：病院／有床診療所／無床診療所）"]]]);
    // (a 診療所 or 歯科診療所 is told by its 病床数 instead: hospital-kinds.test.ts)
    const [warning] = normalizeRecord({ name: "A", facility_kind: "助産所" }, hospital, { row: 2 }).issues.filter((i) => i.field === "facility_kind");
    expect(warning.message_ja).toContain("助産所（選択肢：病院／有床診療所／無床診療所）");
  });
});

describe("a choice with a note in brackets (医療機関の種類 `病院（救急告示）`, `診療所（有床）`)", () => {
  const hospital = DATASETS.find((d) => d.id === "hospital")!;
  const read = (value: string) => {
    const { record, issues } = normalizeRecord({ name: "大山クリニック", facility_kind: value }, hospital, { row: 1 }, { municipality: "131199" });
    return [record.facility_kind, record.remarks, issues.filter((i) => i.field === "facility_kind" || i.field === "remarks").map((i) => [i.code, i.severity, i.value, i.detail])];
  };

  it("is the choice its words name, the cell kept in 備考 for its note", () => {
    expect(read("病院（救急告示）")).toEqual(["病院", "医療機関の種類：病院（救急告示）", [["vocabulary_with_note", "info", "病院（救急告示）", "病院"]]]);
    expect(read("有床診療所(産科)")).toEqual(["有床診療所", "医療機関の種類：有床診療所(産科)", [["vocabulary_with_note", "info", "有床診療所(産科)", "有床診療所"]]]);
  });

  it("is the choice its words make with the note, nothing kept as nothing is lost", () => {
    expect(read("診療所（有床）")).toEqual(["有床診療所", null, [["vocabulary_note_joined", "info", "診療所（有床）", "有床診療所"]]]);
    expect(read("診療所（無床）")).toEqual(["無床診療所", null, [["vocabulary_note_joined", "info", "診療所（無床）", "無床診療所"]]]);
  });

  it("is kept as written and warned when the words name no choice", () => {
    expect(read("診療所（一般）")).toEqual(["診療所（一般）", null, [["not_in_vocabulary", "warning", "診療所（一般）（選択肢：病院／有床診療所／無床診療所）", undefined]]]);
    expect(read("助産所（分娩）")[0]).toBe("助産所（分娩）");
  });
});

describe("オープンデータ一覧's 分類: the standard's 17 categories", () => {
  const openDataList = DATASETS.find((d) => d.id === "open_data_list")!;
  const category = (value: string) => {
    const { record, issues } = normalizeRecord({ title: "AED設置箇所一覧", category: value }, openDataList, { row: 1 });
    return [record.category, issues.filter((i) => i.field === "category").map((i) => [i.code, i.severity])];
  };

  it("a category of the list is taken; 防災, 子育て or a typo is kept and warned", () => {
    expect(category("司法・安全・環境")).toEqual(["司法・安全・環境", []]);
    expect(category("国土･気象")).toEqual(["国土・気象", [["half_width_kana", "info"]]]);
    expect(category("社会保障 ・ 衛生")).toEqual(["社会保障・衛生", [["vocabulary_reworded", "info"]]]);
    expect(category("防災")).toEqual(["防災", [["not_in_vocabulary", "warning"]]]);
    expect(category("子育て")).toEqual(["子育て", [["not_in_vocabulary", "warning"]]]);
    expect(category("行政財")).toEqual(["行政財", [["not_in_vocabulary", "warning"]]]);
  });
});
