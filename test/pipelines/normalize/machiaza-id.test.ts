import { describe, expect, it } from "vitest";
import { normalizeMachiazaId } from "../../../pipelines/normalize/machiaza-id.ts";
import { at, codes } from "./helpers.ts";
import { runBytes, tuples } from "../engine/helpers.ts";

describe("normalizeMachiazaId (町字ID: 7 digits)", () => {
  it.each([
    ["0015000", "0015000", []],
    // Excel saved the ID as a number: every lost zero comes back
    ["15000", "0015000", ["lost_leading_zero"]],
    ["8001", "0008001", ["lost_leading_zero"]],
    ["1000", "0001000", ["lost_leading_zero"]],
    ["110001", "0110001", ["lost_leading_zero"]],
    ["15000.0", "0015000", ["fixed_code_as_number", "lost_leading_zero"]],
    // the standard's own example writes it hyphenated
    ["0008-001", "0008001", ["machiaza_id_hyphenated"]],
    ["０００８－００１", "0008001", ["full_width_converted", "machiaza_id_hyphenated"]],
    ["１５０００", "0015000", ["full_width_converted", "lost_leading_zero"]],
    // no 町字ID: 0000xxx has no 大字・町, and 8 digits are one too many
    ["12", null, ["unparseable_machiaza_id"]],
    ["999", null, ["unparseable_machiaza_id"]],
    ["00080011", null, ["unparseable_machiaza_id"]],
    ["8-1", null, ["unparseable_machiaza_id"]],
    ["大森", null, ["unparseable_machiaza_id"]],
    ["なし", null, ["placeholder_value"]],
    ["", null, []],
  ])("%j → %j %j", (raw, value, issueCodes) => {
    expect(codes(normalizeMachiazaId(raw, at))).toEqual([value, issueCodes]);
  });

  it("says what a lost zero repair made, and names the fix of a cell that is no 町字ID", () => {
    const [zeros] = normalizeMachiazaId("15000", { row: 3, field: "machiaza_id" }).issues;
    expect(zeros).toMatchObject({ row: 3, field: "machiaza_id", value: "15000", severity: "warning", detail: "0015000" });
    expect(zeros.message_ja).toContain("「0015000」");
    const [bad] = normalizeMachiazaId("12", { row: 4, field: "machiaza_id" }).issues;
    expect(bad).toMatchObject({ row: 4, field: "machiaza_id", value: "12", severity: "error" });
    expect(bad.message_ja).toContain("アドレス・ベース・レジストリ");
    expect(bad.message_en).toContain("Address Base Registry");
  });
});

describe("町字ID in a file", () => {
  it("publishes 7 digits, and a cell that is no 町字ID makes its row invalid, kept in 備考", async () => {
    const { rows, report } = await runBytes("名称,所在地_連結表記,町字ID\n"
      + "A公園,東京都千代田区千代田1-1,15000\nB公園,東京都千代田区千代田1-2,0008-001\nC公園,東京都千代田区千代田1-3,12\n",
    "131016_public_facility.csv");
    expect(rows.map((r) => [r.record.machiaza_id, r.record.remarks, r.valid])).toEqual([
      ["0015000", null, true], ["0008001", null, true], [null, "町字ID:12", false]]);
    expect(tuples(report, "lost_leading_zero", "machiaza_id_hyphenated", "unparseable_machiaza_id", "kept_as_remarks")).toEqual([
      [1, "machiaza_id", "lost_leading_zero"], [2, "machiaza_id", "machiaza_id_hyphenated"], [3, "machiaza_id", "unparseable_machiaza_id"]]);
  });
});
