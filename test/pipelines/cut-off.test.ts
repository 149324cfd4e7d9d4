// cutOff: a file is held as cut off only when it ends without a line end inside its last row, the one row short of cells.
import { describe, expect, it } from "vitest";
import { cutOff } from "../../pipelines/cut-off.ts";
import { issue } from "../../pipelines/issues.ts";
import type { Report } from "../../pipelines/report.ts";

const short = (row: number) => issue("too_few_fields", { row, value: "3/11" });
const report = (rows: number, shortRows: number[]): Report =>
  ({ dataset: "aed", encoding: "utf-8", rows, valid: rows - 1, invalid: 1, header: [], issues: shortRows.map(short) });
const bytes = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

describe("cutOff", () => {
  it("names the last data row of a file that stops inside it", () => {
    expect(cutOff(report(62, [62]), bytes("ab"))).toMatchObject({ code: "file_cut_off", row: null, value: "62", severity: "warning" });
  });

  it.each([["LF", "a\n"], ["CRLF", "\r\n"], ["CR", "a\r"], ["DOS end-of-file mark", "\n\x1a"], ["UTF-16LE line end", "\n\0"], ["empty", ""]])(
    "a file ending with %s is whole", (_name, tail) => {
      expect(cutOff(report(62, [62]), bytes(tail))).toBeNull();
    });

  it("is no cut when other rows are short too (a file written without trailing empty cells), or the short row is not the last", () => {
    expect(cutOff(report(62, [10, 62]), bytes("ab"))).toBeNull();
    expect(cutOff(report(62, [61]), bytes("ab"))).toBeNull();
    expect(cutOff(report(62, []), bytes("ab"))).toBeNull();
  });
});

describe("cutOff of a workbook", () => {
  it("is none: a workbook's last bytes are its zip directory's, whatever its last row holds", () => {
    expect(cutOff({ ...report(62, [62]), encoding: "xlsx" }, bytes("ab"))).toBeNull();
  });
});
