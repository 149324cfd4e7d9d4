// A run's report renders every row's issue at the line a spreadsheet shows, naming the column in Japanese: the
// normalizers and the cell memo make a run's issues without messages (unrenderedIssue) so that no message is built
// twice, and the report must say exactly what an issue built in full and then rendered says.
import { describe, expect, it } from "vitest";
import { issue, rendered } from "../../../pipelines/issues.ts";
import { problemAt } from "../../../pipelines/normalize/fixed.ts";
import { AED_HEADER, runBytes } from "./helpers.ts";

describe("issue messages", () => {
  it("a run's normalizer issue has no messages until rendered, then the same ones as a full issue", () => {
    const made = problemAt("full_width_converted", 3, "name", () => false, "ＡＢＣ", "ABC");
    expect([made.message_ja, made.message_en]).toEqual(["", ""]);
    const full = problemAt("full_width_converted", 3, "name", undefined, "ＡＢＣ", "ABC");
    expect(full.message_en).toContain("ＡＢＣ");
    const shown = { fieldJa: "名称", line: 4, publisher: "131041" };
    expect(rendered(made, shown)).toEqual(rendered(full, shown));
    expect(rendered(made, shown)).toEqual(rendered(issue("full_width_converted", { row: 3, field: "name", value: "ＡＢＣ", detail: "ABC" }), shown));
  });

  it("the report says each issue's messages, also for a value the cell memo replays on later rows", async () => {
    const rows = [1, 2, 3].map((i) => `131041,${i},施設${i},東京都新宿区西新宿2-8-1,35.68,139.69,1階,０３－３２０９－１１１１,08:30,17:15,有`);
    const { report } = await runBytes(`${[AED_HEADER, ...rows].join("\n")}\n`, "131041_aed.csv");
    const phones = report.issues.filter((i) => i.code === "full_width_converted" && i.field === "phone_number");
    expect(phones.map((i) => i.row)).toEqual([1, 2, 3]);
    expect(phones.map((i) => i.message_ja.slice(0, 13))).toEqual(["2行目（データの1行目）：", "3行目（データの2行目）：", "4行目（データの3行目）："]);
    for (const found of phones) {
      expect(found.message_ja).toContain("電話番号");
      expect(found.message_en).toContain("０３－３２０９－１１１１");
    }
  });
});
