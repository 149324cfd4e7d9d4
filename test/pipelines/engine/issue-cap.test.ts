// Past MAX_ISSUES_PER_CODE the log only counts a code, and the normalizers then format nothing for it
// (countedIssue): the counts, the validity of every row and the kept examples must be exactly what they would be.
import { describe, expect, it } from "vitest";
import { MAX_ISSUES_PER_CODE } from "../../../pipelines/issue-log.ts";
import { AED_HEADER, runBytes } from "./helpers.ts";

const ROWS = MAX_ISSUES_PER_CODE * 2 + 500;

function file(): string {
  const lines = [AED_HEADER];
  for (let i = 1; i <= ROWS; i++) {
    // odd rows: a 5-digit code (warning, repaired); even rows: a bad check digit (error: the row is invalid)
    const code = i % 2 ? "13104" : "131040";
    lines.push(`${code},${i},施設${i},東京都新宿区西新宿2-8-1,35.68,139.69,1階,０３－３２０９－１１１１,08:30,17:15,有`);
  }
  return `${lines.join("\n")}\n`;
}

describe("issue cap", () => {
  it("counts every issue past the cap, keeps the first examples whole, and loses no row or error", async () => {
    const { report, rows } = await runBytes(file(), "131041_aed.csv");
    expect(report.rows).toBe(ROWS);
    expect(rows).toHaveLength(ROWS);
    expect(report.invalid).toBe(Math.floor(ROWS / 2));
    expect(rows.filter((r) => !r.valid).map((r) => r.row)).toEqual(rows.filter((r) => r.row % 2 === 0).map((r) => r.row));
    expect(report.issue_counts).toMatchObject({
      five_digit_code: Math.ceil(ROWS / 2), bad_check_digit: Math.floor(ROWS / 2), full_width_converted: ROWS,
    });
    // each capped code's count in each column: the officer reads a column's count under its column
    expect(report.issue_counts_by_field).toEqual([{ code: "five_digit_code", field: "local_government_code", count: Math.ceil(ROWS / 2) },
      { code: "full_width_converted", field: "phone_number", count: ROWS }, { code: "bad_check_digit", field: "local_government_code", count: Math.floor(ROWS / 2) }]);
    for (const code of ["five_digit_code", "bad_check_digit", "full_width_converted"]) {
      const kept = report.issues.filter((i) => i.code === code);
      expect(kept).toHaveLength(MAX_ISSUES_PER_CODE);
      // the first examples in row order, each with its row, value and both messages
      const step = code === "full_width_converted" ? 1 : 2;
      const first = code === "bad_check_digit" ? 2 : 1;
      expect(kept.map((i) => i.row)).toEqual(Array.from({ length: MAX_ISSUES_PER_CODE }, (_, k) => first + k * step));
      for (const i of kept) {
        expect(i.value).not.toBeNull();
        expect(i.message_ja).not.toBe("");
        expect(i.message_en).not.toBe("");
      }
      const note = report.issues.find((i) => i.code === "issues_truncated" && i.field === code);
      expect(note?.value).toBe(String(report.issue_counts?.[code]));
    }
    expect(rows[ROWS - 2].record).toMatchObject({ local_government_code: "131041", phone_number: "03-3209-1111" });
  });
});
