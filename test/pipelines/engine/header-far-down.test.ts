// A header under more lines than the first 50 searched (notes and a legend over the table) is looked for further
// down and read, said as header_far_down; read on one thread or two, the file reads the same.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AED_HEADER, AED_ROW, readOnOneAndTwoThreads, runBytes, tuples } from "./helpers.ts";

const notes = (n: number) => Array.from({ length: n }, (_, i) => `※注記${i + 1}：設置位置は変更されることがあります`);
const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => AED_ROW.replace(",1,", `,${i + 1},`).replace("新宿区役所本庁舎", `施設${i + 1}`));

describe("a header past the first 50 lines", () => {
  it("under 60 lines of notes: found on line 61, every row read, said once with the line", async () => {
    const { report, rows, exit } = await runBytes([...notes(60), AED_HEADER, ...rowsOf(3)].join("\n"), "131041_aed.csv");
    expect(rows.map((r) => [r.row, r.record.name, r.record.latitude, r.valid])).toEqual([
      [1, "施設1", 35.69384, true], [2, "施設2", 35.69384, true], [3, "施設3", 35.69384, true],
    ]);
    expect(report.header_row).toBe(61);
    expect(tuples(report, "header_far_down", "header_not_found", "missing_column")).toEqual([[null, null, "header_far_down"]]);
    expect(report.issues.find((i) => i.code === "header_far_down")!.message_ja).toContain("61行目にあり");
    expect(exit).toBe(0);
  });

  it("with the dataset told by the header alone (no name in the file name)", async () => {
    const { report, rows } = await runBytes([...notes(70), AED_HEADER, ...rowsOf(2)].join("\n"), "download.csv");
    expect([report.dataset, rows.map((r) => r.record.name)]).toEqual(["aed", ["施設1", "施設2"]]);
  });

  it("a header within the first 50 lines is not said", async () => {
    const { report } = await runBytes([...notes(40), AED_HEADER, ...rowsOf(2)].join("\n"), "131041_aed.csv");
    expect(tuples(report, "header_far_down")).toEqual([]);
  });

  it("no header in 500 lines: header_not_found names the line taken and how far it was looked for", async () => {
    // before: it always said 1行目 (line 1), where blank lines put the row taken further down
    const { report } = await runBytes("\n\n施設,場所\n新宿区役所本庁舎,1階ロビー\n", "131041_aed.csv");
    const said = report.issues.find((i) => i.code === "header_not_found")!;
    expect([said.value, said.detail]).toEqual(["施設,場所", "3"]);
    expect(said.message_ja).toContain("先頭の500行までに見つからないため、3行目「施設,場所」を見出しとみなしました");
    expect(said.message_en).toContain("so line 3 (\"施設,場所\") was taken as the header");
  });

  it("reads the same on two threads over ranges", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "odh-far-")), "131041_aed.csv");
    writeFileSync(file, [...notes(80), AED_HEADER, ...rowsOf(3000)].join("\n"));
    const { one, many } = await readOnOneAndTwoThreads(file);
    const lines = one.out.trim().split("\n");
    expect([lines.length, JSON.parse(lines[2999]).record.name, JSON.parse(lines[2999]).valid]).toEqual([3000, "施設3000", true]);
    expect(many.out).toBe(one.out);
    expect(many.report).toEqual(one.report);
  });
});
