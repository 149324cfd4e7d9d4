// rowsDropped: a harvest is held when its valid rows are half the published version's or fewer (of 10 or more); the
// note says whether the rows are missing (rows_dropped) or there but invalid (rows_now_invalid), and why.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rowsDropped } from "../../pipelines/rows-dropped.ts";
import { harmonize } from "../../pipelines/run.ts";
import { ROOT } from "../helpers.ts";

/** A report of `valid` valid rows among `rows` (all there when rows = valid: the rest went missing). */
const counts = (valid: number, rows = valid) => ({ dataset: "aed", rows, valid, invalid: rows - valid, issues: [] });

describe("rowsDropped", () => {
  it.each([[83, 42], [83, 1], [10, 5], [112, 2], [104, 0]])("published %i, now %i: held, both counts named", (published, now) => {
    expect(rowsDropped(published, counts(now))).toMatchObject({ code: "rows_dropped", severity: "warning", row: null, value: String(now), detail: String(published) });
  });

  it.each([[83, 43], [104, 59], [10, 6], [9, 1], [0, 0]])("published %i, now %i: not held", (published, now) => {
    expect(rowsDropped(published, counts(now))).toBeNull();
    expect(rowsDropped(published, counts(now, published * 2))).toBeNull();
  });

  it("nothing published: nothing to drop from", () => {
    expect(rowsDropped(undefined, counts(1))).toBeNull();
    expect(rowsDropped(null, counts(1))).toBeNull();
  });

  it("rows missing is told as a file cut short or exported in part", () => {
    expect(rowsDropped(83, counts(30, 42))!.message_ja).toContain("ファイルが途中で切れたか一部だけ出力された可能性があるため");
    expect(rowsDropped(83, counts(30, 42))!.code).toBe("rows_dropped");
  });
});

const sample = (dataset: string) => readFileSync(path.join(ROOT, "data", "sources", "131041", `131041_${dataset}.csv`)).toString("latin1").split("\r\n");
/** Lines (latin1: one char per byte, Shift_JIS kept) with cell `at` of data rows 1…`rows` set to `value`. */
const rewritten = (lines: string[], at: number, rows: number, value: (row: number) => string) =>
  new Uint8Array(Buffer.from(lines.map((line, r) => {
    if (r === 0 || r > rows || line === "") return line;
    const cells = line.split(",");
    cells[at] = value(r);
    return cells.join(",");
  }).join("\r\n"), "latin1"));

describe("rowsDropped of rows that are there but invalid", () => {
  it("新宿区's population list with its 調査年月日 written 7.1.1 in 98 of 132 rows: the rows, the invalid ones and why", async () => {
    const lines = readFileSync(path.join(ROOT, "data", "sources", "131041", "131041_population.csv"), "utf8").split("\n");
    const bytes = new Uint8Array(Buffer.from(lines.map((line, r) => (r === 0 || r > 98 || line === "" ? line : line.replace(/^((?:[^,]*,){5})[^,]*/, "$17.1.1"))).join("\n"), "utf8"));
    const report = await harmonize({ bytes, fileName: "131041_population.csv" }, {});
    expect([report.rows, report.valid, report.invalid]).toEqual([132, 34, 98]);
    const held = rowsDropped(132, report);
    expect(held).toMatchObject({ code: "rows_now_invalid", severity: "warning", row: null, field: "survey_date", value: "34",
      detail: "population;132;132;98;required_unreadable:survey_date:98" });
    expect(held!.message_ja).toBe("有効な行が、公開中の版の132行から34行に減りました（半分以下）。ファイルには132行ありますが、そのうち98行が無効です"
      + "（行が欠けたのではなく、値が読めなくなっています）。おもな原因は「調査年月日」の必須項目の値が読めない（98行）です。"
      + "見出しの名前や値の書き方が変わっていないか確かめ、取得元のファイルを直してください（odh validate で行ごとの指摘を確かめられます）。"
      + "自動では公開せず、公開中のデータは前の版（132行）のままです。このファイルで正しい場合は、odh harvest --force で取り込むか、アップロードで公開してください。");
    expect(held!.message_en).toBe("The valid rows fell from the published version's 132 to 34 (half or less). The file has 132 rows, but 98 of them are invalid: "
      + "the rows are there, their values no longer read. Commonest causes: survey_date: Required value does not read (98 rows). Check whether the header "
      + "names or the way values are written changed, and fix the source file (odh validate lists each row's issues). It was not published on its own; "
      + "the previous version (132 rows) stays published. If this file is right as it is, ingest it with odh harvest --force or publish it by upload.");
  });

  it("an AED list whose 設置位置 is left empty in 3,000 of 4,000 rows names the column by every row, past the report's kept examples", async () => {
    const aed = sample("aed").filter((l) => l !== "");
    const grown = [aed[0]!, ...Array.from({ length: 4000 }, (_, r) => aed[(r % (aed.length - 1)) + 1]!)];
    const report = await harmonize({ bytes: rewritten(grown, 11, 3000, () => ""), fileName: "131041_aed.csv" }, {});
    expect(report.issue_counts_by_field).toContainEqual({ code: "missing_required", field: "installation_position", count: 3000 });
    const held = rowsDropped(4000, report);
    expect(held).toMatchObject({ code: "rows_now_invalid", field: "installation_position", value: String(report.valid) });
    expect(held!.detail).toMatch(/^aed;4000;4000;\d+;missing_required:installation_position:3000(;|$)/);
    expect(held!.message_ja).toContain(`ファイルには4000行ありますが、そのうち${report.invalid}行が無効です`);
    expect(held!.message_ja).toContain("おもな原因は「設置位置」の必須項目が空（3000行）");
  }, 60_000);
});
