// A capped code's count per field, past the examples the log keeps: its issues alternate between columns, come back
// to a column counted before, and arrive from a later log's part.
import { describe, expect, it } from "vitest";
import { createIssueLog } from "../../../pipelines/issue-log.ts";
import { countedIssue, issue } from "../../../pipelines/issues.ts";

describe("issue log counts by field", () => {
  it("counts each field of a capped code, fields alternating and returning", () => {
    const log = createIssueLog(2);
    const fields = ["phone_number", "phone_number", "fax_number", "phone_number", null, "fax_number", "fax_number", "phone_number"];
    fields.forEach((field, k) => log.add(log.onlyCounts("full_width_converted") ? countedIssue("full_width_converted", field)
      : issue("full_width_converted", { row: k + 1, field, value: "０" })));
    const later = createIssueLog(2, log.fullCodes());
    for (const field of ["fax_number", null, "phone_number"]) later.add(countedIssue("full_width_converted", field));
    log.merge(later.part());
    const { issue_counts, issue_counts_by_field } = log.finish();
    expect(issue_counts).toEqual({ full_width_converted: 11 });
    expect(issue_counts_by_field).toEqual([{ code: "full_width_converted", field: "phone_number", count: 5 },
      { code: "full_width_converted", field: "fax_number", count: 4 }, { code: "full_width_converted", field: null, count: 2 }]);
  });
});
