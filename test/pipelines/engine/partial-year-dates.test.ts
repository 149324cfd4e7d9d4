// Dates written with a two-digit year (24/4/1, 06.4.1): read only as the file's other dates write theirs; else kept and
// said with both readings.
import { describe, expect, it } from "vitest";
import { partialDate } from "../../../pipelines/normalize/partial-dates.ts";
import { runBytes } from "./helpers.ts";

const HEADER = "イベント名,開始日,終了日,場所名称";
type Run = Awaited<ReturnType<typeof runBytes>>;
const dates = (run: Run) => run.rows.map((r) => [r.record.start_date, r.record.end_date, r.record.schedule_remarks]);
const said = (run: Run) => run.report.issues.filter((i) => i.field === "start_date" || i.field === "end_date")
  .map((i) => [i.row, i.field, i.code, i.value, i.detail ?? null]);

describe("partialDate: a date written without all of its year", () => {
  it.each([
    ["24/4/1", { kind: "two_digit", year: 24, month: 4, day: 1 }], ["06.4.1", { kind: "two_digit", year: 6, month: 4, day: 1 }],
    ["２４年４月１日", { kind: "two_digit", year: 24, month: 4, day: 1 }], 
  ])("%s", (raw, expected) => expect(partialDate(raw)).toEqual(expected));
  it.each(["2024/4/1", "R6.4.1", "H31.4.1", "12.25", "12-25", "13/45", "24/13/1", "4月1日", "12/25", "令和6年度"])("%s is none", (raw) => expect(partialDate(raw)).toBeNull());
});

describe("two-digit years", () => {
  it("are 20YY where the file's other dates write 2024/…", async () => {
    const run = await runBytes([HEADER, "春祭り,2024/4/1,2024/4/2,区民ホール", "夏祭り,24/8/1,24/8/2,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-04-01", "2024-04-02", null], ["2024-08-01", "2024-08-02", null]]);
    expect(said(run).filter((s) => s[0] === 2)).toEqual([[2, "start_date", "two_digit_year_read", "24/8/1", "2024-08-01（西暦：「2024/4/1」）"],
      [2, "end_date", "two_digit_year_read", "24/8/2", "2024-08-02（西暦：「2024/4/2」）"]]);
  });

  it("are years of the era where the file's other dates write R6.4.1", async () => {
    const run = await runBytes([HEADER, "春祭り,R6.4.1,R6.4.2,区民ホール", "夏祭り,06.8.1,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(run)).toEqual([["2024-04-01", "2024-04-02", null], ["2024-08-01", null, null]]);
    expect(said(run).filter((s) => s[0] === 2)).toEqual([[2, "start_date", "two_digit_year_read", "06.8.1", "2024-08-01（令和：「R6.4.1」）"]]);
  });

  it("are kept and said with both readings where the file writes years both ways, or no other date", async () => {
    const mixed = await runBytes([HEADER, "春祭り,2024/4/1,,区民ホール", "夏祭り,R6.8.1,,区民ホール", "秋祭り,24/10/1,,区民ホール"].join("\n"), "131016_event.csv");
    const alone = await runBytes([HEADER, "秋祭り,06.10.1,,区民ホール"].join("\n"), "131016_event.csv");
    expect(dates(mixed)[2]).toEqual([null, null, "24/10/1"]);
    expect(said(mixed).filter((s) => s[0] === 3)).toEqual([[3, "start_date", "two_digit_year", "24/10/1", "2024-10-01（西暦2024年）／2042-10-01（令和24年）"]]);
    expect(dates(alone)).toEqual([[null, null, "06.10.1"]]);
    expect(said(alone)).toEqual([[1, "start_date", "two_digit_year", "06.10.1", "2006-10-01（西暦2006年）／2024-10-01（令和6年）"]]);
    expect(alone.rows[0].valid).toBe(true);
  });
});
