// xlsx: workbooks read whatever their name, the sheet whose header is recognized, Excel serial dates and times.
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { recordWriter } from "../../../pipelines/record-output.ts";
import { getDataset } from "../../../schemas/index.ts";
import { renderSummary } from "../../../pipelines/report-text.ts";
import { type CellFormat, cellFormats, cellText, formatKind, serialToIso } from "../../../pipelines/cell-values.ts";
import { unescapeXml } from "../../../pipelines/shared-strings.ts";
import { MAX_TAIL_BYTES } from "../../../pipelines/sheet-tail.ts";
import { openXlsx, sheetLinks } from "../../../pipelines/xlsx.ts";
import { listZipEntries, readZipEntry } from "../../../pipelines/zip.ts";
import { secondBlockAt } from "../../../pipelines/side-table.ts";
import { aedWorkbook, storedZip } from "../../fixtures/crafted/make.ts";
import { CRAFTED, crafted, REALDATA, runBytes, tuples } from "./helpers.ts";

describe("serialToIso", () => {
  it.each<[number, "date" | "month" | "time" | "datetime", string]>([
    [45292, "date", "2024-01-01"],
    [44698, "date", "2022-05-17"],
    [10245, "date", "1928-01-18"],
    [61, "date", "1900-03-01"],
    [1, "date", "1900-01-01"],
    [0.375, "time", "09:00"],
    [0.5104166666666666, "time", "12:15"],
    [45292.75, "datetime", "2024-01-01T18:00"],
    [45292, "datetime", "2024-01-01"],
    // a year and month: no day made up for a typed 2019/4 (stored as the 1st); a day the format hides is the file's
    [43556, "month", "2019-04"],
    [43570, "month", "2019-04-15"],
  ])("%d as %s → %s", (serial, kind, iso) => expect(serialToIso(serial, kind)).toBe(iso));

  it("the 1904 date system starts four years later", () => expect(serialToIso(0, "date", true)).toBe("1904-01-01"));
});

describe("formatKind", () => {
  it.each([
    ["yyyy/m/d", "date"], ["[$-ja-JP]ggge\"年\"m\"月\"d\"日\"", "date"], ["h:mm", "time"], ["[h]:mm:ss", "elapsed_seconds"],
    ["yyyy/m/d h:mm", "datetime"], ["#,##0", "number"], ["0_);[Red]\\(0\\)", "number"],
    // numbers in Japanese Excel's general format, in kanji digits, in scientific notation
    ["G/標準", "number"], ["[DBNum1][$-411]General", "number"], ["0.0E+00", "number"], ["##0.0E-0", "number"],
    ["[hh]:mm", "elapsed"], ["[mm]:ss", "minutes_seconds"], ["yyyy\"年\"m\"月\"d\"日\"", "date"], ["h\"時\"mm\"分\"", "time"],
    // a year and month without a day
    ["yyyy\"年\"m\"月\"", "month"], ["[$-411]ggge\"年\"m\"月\"", "month"], ["yyyy/mm", "month"], ["mmm-yy", "month"],
    ["m\"月\"d\"日\"", "date"], ["mm:ss", "minutes_seconds"],
  ])("%s → %s", (code, kind) => expect(formatKind(code)).toBe(kind));

  it("a percentage is no date and shows its sign (0.00% shows 0.5 as 50.00%)", () => {
    const kind = formatKind("0.00%");
    expect(typeof kind === "object" ? [kind.digits, kind.shows?.number(0.5)] : kind).toEqual([null, "50.00%"]);
  });

  it("built-in ids written without a code are read as Japanese Excel writes them: 55 and 34 a year and month, 56 a month and day", () => {
    const styles = `<styleSheet><cellXfs>${[55, 56, 34, 35, 57, 58, 32, 14, 0].map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`;
    expect(cellFormats(styles)).toEqual(["month", "date", "month", "date", "date", "date", "time", "date", "number"]);
  });

  it("a number of fixed digits (codes, IDs, postal codes formatted 0000000 or 000-0000) is told as its digits", () => {
    const digits = (code: string, value: number) => {
      const kind = formatKind(code);
      return typeof kind === "object" ? [kind.digits?.(value) ?? null, kind.shows] : kind;
    };
    expect([digits("0000000", 112345), digits("000-0000", 1600023), formatKind("0"), formatKind("00.0")])
      .toEqual([["0112345", null], ["160-0023", null], "number", "number"]);
  });

  it("a format with text of its own (a unit, a prefix) shows the value with it (number-format.ts), digits kept for its plain sections", () => {
    const shows = (code: string, value: number) => {
      const kind = formatKind(code);
      return typeof kind === "object" ? [kind.digits?.(value) ?? null, kind.shows?.number(value)] : kind;
    };
    expect([shows("\"No.\"0000", 1), shows("\"円\"#,##0", 1500), shows("General\"人\"", 12), shows("0000;\"▲\"0000", 5)])
      .toEqual([[null, "No.0001"], [null, "円1,500"], [null, "12人"], ["0005", null]]);
  });
});

it("unescapeXml reads entities and the _xHHHH_ escapes", () => {
  expect(unescapeXml("A&amp;B&#x3042;&#12354;_x000D__x000A_")).toBe("A&Bああ\r\n");
});

describe("openXlsx", () => {
  it("lists the sheets and reads their rows as text, dates and times as ISO", async () => {
    const workbook = openXlsx(await aedWorkbook({ notesFirst: true }));
    expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([["説明", false], ["AED一覧", false]]);
    const rows = await workbook.head(workbook.sheets[1], Infinity);
    expect(rows[0]).toEqual(["新宿区AED設置場所一覧"]);
    expect(rows[2]).toEqual(["131041", "1", "新宿区役所本庁舎", "東京都新宿区歌舞伎町1-4-1", "35.69384", "139.703549", "1階ロビー", "08:30", "17:15", "有", "2024-01-01"]);
    expect(rows[3].slice(7, 9)).toEqual(["09:00", "20:00"]);
    expect(await workbook.head(workbook.sheets[1], 2)).toHaveLength(2);
  });

  it("gives a sheet's last rows before its first batch: the whole of a short sheet, the end of a long one, gaps dropped", async () => {
    const wb = new ExcelJS.Workbook();
    const short = wb.addWorksheet("短い");
    short.addRow(["名称", "住所"]);
    short.addRow(["新宿区役所", "東京都新宿区歌舞伎町1-4-1"]);
    short.getCell("A5").value = "※注記";
    const long = wb.addWorksheet("長い");
    for (let n = 0; n < 3000; n++) long.addRow([`施設${n + 1}`, n + 1]);
    long.getCell("A3010").value = "令和6年4月1日現在";
    const workbook = openXlsx(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer));
    expect((await workbook.read(workbook.sheets[0])).lastRows).toEqual([["名称", "住所"], ["新宿区役所", "東京都新宿区歌舞伎町1-4-1"], ["※注記"]]);
    const last = (await workbook.read(workbook.sheets[1])).lastRows;
    expect(last.length).toBeGreaterThan(10);
    expect(last.length).toBeLessThan(3000);
    expect(last.slice(-3)).toEqual([["施設2999", "2999"], ["施設3000", "3000"], ["令和6年4月1日現在"]]);
  });

  it("reads the header of a real workbook without its furigana runs, line break kept", async () => {
    const workbook = openXlsx(new Uint8Array(readFileSync(path.join(REALDATA, "132012_cultural_property__tokyo-mogu-mogu.xlsx"))));
    const header = (await workbook.head(workbook.sheets[0], 1))[0];
    expect(header.slice(0, 5)).toEqual(["都道府県コード又は\r\n市区町村コード", "NO", "都道府県名", "市区町村名", "名称"]);
  });
});

describe("workbooks through harmonize", () => {
  it("an xlsx named .csv is read as a workbook and reported", async () => {
    const { report, rows, exit } = await crafted("xlsx-renamed-to-csv.csv");
    expect({ dataset: report.dataset, encoding: report.encoding, rows: report.rows, exit }).toEqual({ dataset: "aed", encoding: "xlsx", rows: 2, exit: 0 });
    expect(tuples(report, "xlsx_named_csv")).toEqual([[null, null, "xlsx_named_csv"]]);
    expect(rows.map((r) => [r.record.name, r.record.start_time, r.record.end_time, r.record.pediatric_pads]))
      .toEqual([["新宿区役所本庁舎", "08:30", "17:15", true], ["新宿区立大久保図書館", "09:00", "20:00", false]]);
  });

  it("takes the sheet whose header is recognized, not the first, and names the others", async () => {
    const { report, rows } = await crafted("workbook-notes-sheet-first.xlsx");
    expect(report.dataset).toBe("aed");
    expect(report.issues.find((i) => i.code === "other_sheets")).toMatchObject({ field: "AED一覧", value: "説明" });
    expect(report.issues.filter((i) => i.code === "rows_above_header").map((i) => i.value)).toEqual(["新宿区AED設置場所一覧"]);
    expect(rows.map((r) => r.record.remarks)).toEqual(["2024-01-01", "令和6年4月1日設置"]);
  });

  it("Excel date cells become ISO dates", async () => {
    const { rows } = await crafted("excel-serial-dates.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.designated_date])).toEqual([["新宿の碑", "1928-01-18"], ["新宿の鐘", "2024-01-01"]]);
  });

  it("a real workbook's serial dates (numbers in date columns) become ISO dates", async () => {
    const { rows } = await crafted(path.join("..", "realdata", "132055_food_business__tokyo-mogu-mogu.xlsx"));
    expect(rows[0].record).toMatchObject({ first_permit_date: "2022-05-17", name: "塩船観音寺売店" });
  });

  it("a damaged workbook is unreadable (exit 2), not a crash", async () => {
    const bytes = new Uint8Array(readFileSync(path.join(CRAFTED, "xlsx-renamed-to-csv.csv")));
    const { report, exit } = await runBytes(bytes.subarray(0, Math.floor(bytes.length / 2)), "131041_aed.xlsx");
    expect(exit).toBe(2);
    expect(report.issues.map((i) => i.code)).toEqual(["unreadable_file"]);
  });
});

/** An xlsx workbook of one sheet: the new AED header over `rows`, then what `touch` does to the sheet. */
async function aedSheet(rows: unknown[][], touch: (ws: ExcelJS.Worksheet) => void = () => {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("AED");
  ws.addRow(["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "緯度", "経度", "設置位置", "内線番号", "開始時間", "備考"]);
  for (const r of rows) ws.addRow(r);
  touch(ws);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}
const aedRow = (i: number) => ["131041", i, `新宿区施設${i}`, `東京都新宿区西新宿${i}-1`, 35.69, 139.7, "1階", 123, "08:30", ""];

/** A workbook of AED sheets: [name, rows, hidden]. */
async function aedSheets(sheets: Array<[string, unknown[][], boolean?]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows, hidden] of sheets) {
    const ws = wb.addWorksheet(name, hidden ? { state: "hidden" } : {});
    ws.addRow(["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "緯度", "経度", "設置位置", "内線番号", "開始時間", "備考"]);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe("workbooks as data officers make them", () => {
  it("reads the data sheet, not a 記入例 sheet before it nor a hidden old one; other tables of the same kind are a warning", async () => {
    const example = await aedSheets([["記入例", [aedRow(1)]], ["旧", [aedRow(1), aedRow(2)], true], ["データ", [aedRow(1), aedRow(2), aedRow(3)]]]);
    const read = await runBytes(example, "131041_aed.xlsx");
    expect(read.rows).toHaveLength(3);
    expect(read.report.issues.find((i) => i.code === "other_sheets")).toMatchObject({ severity: "info", field: "データ", value: "記入例, 旧" });
    // a sheet of the same kind under another header is not read: a warning
    const wb = new ExcelJS.Workbook();
    const other = wb.addWorksheet("区施設");
    other.addRow(["名称", "住所", "設置場所", "緯度", "経度"]);
    other.addRow(["区役所", "東京都新宿区歌舞伎町1-4-1", "1階", 35.69, 139.7]);
    other.addRow(["区民センター", "東京都新宿区西新宿2-1-1", "2階", 35.69, 139.69]);
    const data = wb.addWorksheet("民間施設");
    data.addRow(["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "緯度", "経度", "設置位置", "内線番号", "開始時間", "備考"]);
    for (const i of [3, 4, 5]) data.addRow(aedRow(i));
    const two = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(two.rows.map((r) => r.record.name)).toEqual(["新宿区施設3", "新宿区施設4", "新宿区施設5"]);
    expect(two.report.issues.find((i) => i.code === "other_table_sheets")).toMatchObject({ severity: "warning", field: "民間施設", value: "区施設" });
    // the officer's summary does not say the file is all valid when a sheet of the same table was not read
    expect(renderSummary(two.report, "131041_aed.xlsx", "ja", two.exit)).toContain("結果: 読んだ行はすべて有効ですが、ほかのシートの表は読んでいません");
    expect(renderSummary(read.report, "131041_aed.xlsx", "ja", read.exit)).toContain("結果: すべての行が有効です。");
  });

  it("a hidden sheet holding the only table (a visible cover sheet before it) is read, with a warning that it is hidden", async () => {
    const wb = new ExcelJS.Workbook();
    const cover = wb.addWorksheet("案内");
    cover.addRow(["新宿区AED設置箇所一覧"]);
    cover.addRow(["データは「データ」シートにあります"]);
    const data = wb.addWorksheet("データ", { state: "hidden" });
    data.addRow(["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "緯度", "経度", "設置位置", "内線番号", "開始時間", "備考"]);
    for (const i of [1, 2, 3]) data.addRow(aedRow(i));
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.valid])).toEqual([["新宿区施設1", true], ["新宿区施設2", true], ["新宿区施設3", true]]);
    expect(report.issues.find((i) => i.code === "hidden_sheet_read")).toMatchObject({ severity: "warning", field: "データ", value: "「案内」" });
    expect(tuples(report, "header_not_found", "missing_column")).toEqual([]);
  });

  it("a table split over sheets under one header (one sheet per area) is read whole, the chosen sheet first, and the sheets' lines named", async () => {
    const bytes = await aedSheets([["区施設", [aedRow(1), aedRow(2)]], ["民間施設", [aedRow(3), aedRow(4), aedRow(5)]]]);
    const { report, rows, exit } = await runBytes(bytes, "131041_aed.xlsx");
    expect(exit).toBe(0);
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設3", "新宿区施設4", "新宿区施設5", "新宿区施設1", "新宿区施設2"]);
    // the data rows of each sheet: 区施設's header (data row 4) is its own, not read
    expect(report.issues.find((i) => i.code === "sheets_joined")).toMatchObject({ severity: "info", field: "民間施設", value: "民間施設 1–3, 区施設 5–6" });
    expect(report.sheets).toEqual([{ name: "民間施設", header_row: 1, first_row: 1, last_row: 3 }, { name: "区施設", header_row: 1, first_row: 5, last_row: 6 }]);
    expect(tuples(report, "other_table_sheets", "repeated_header_row")).toEqual([]);
    // sheets of other places are more of its rows, whatever their names say (a year, a continuation); a sheet of
    // places removed is not, nor one whose rows repeat those read (last year's list, a copy, a part of the list)
    const cases: Array<[string, string, number[], number, string | null]> = [
      ["令和6年度", "令和5年度", [4, 5], 5, null], ["Sheet1", "Sheet1 (2)", [4, 5], 5, null], ["設置中", "撤去済み", [4, 5], 3, "other_version_sheet"],
      // versions of one list: the older by the fiscal year its name gives; a copy with no date, after the sheet read
      ["令和6年度", "令和5年度", [1, 2], 3, "older_version_sheet"], ["Sheet1", "Sheet1 (2)", [1, 2, 3], 3, "undated_version_sheet"],
      // a part of the list read (its last row)
      ["全域", "北地区", [3], 3, "repeated_rows_sheet"],
    ];
    for (const [a, b, later, count, code] of cases) {
      const other = await runBytes(await aedSheets([[a, [aedRow(1), aedRow(2), aedRow(3)]], [b, later.map(aedRow)]]), "131041_aed.xlsx");
      const said = other.report.issues.filter((i) => /sheet/.test(i.code) && i.code !== "sheets_joined").map((i) => i.code);
      expect([a, b, other.rows.length, said]).toEqual([a, b, count, code === null ? [] : [code]]);
    }
  });

  it("a sheet of how to fill the table in (記載方法, 作成要領, 項目定義), its header over what to write, is not read with the data", async () => {
    // before: its lines of instructions were joined as records (`名称を記入`), invalid, the file exit 1
    const how = (c: string) => [`${c}を記入`, "6桁", "施設名を記入", "住所を記入", "10進数", "10進数", "設置場所を記入", "", "HH:MM", ""];
    for (const name of ["記載方法", "作成要領", "入力方法", "項目定義", "書き方"]) {
      const { report, rows, exit } = await runBytes(await aedSheets([[name, [how("団体コード")]], ["データ", [aedRow(1), aedRow(2)]]]), "131041_aed.xlsx");
      expect([name, exit, rows.map((r) => r.record.name)]).toEqual([name, 0, ["新宿区施設1", "新宿区施設2"]]);
      expect(report.issues.find((i) => i.code === "other_sheets")).toMatchObject({ field: "データ", value: name });
    }
  });

  it("of two versions of a list on sheets named by their year alone (R5 | R6, 2023 | 2024, 令和5年 | 令和6年), the later year is read", async () => {
    // before: neither name gave an as-of date, so the first sheet, last year's list, was published
    for (const [older, newer] of [["R5", "R6"], ["2023", "2024"], ["令和5年", "令和6年"], ["R5.4", "R6.4"], ["平成30年", "令和元年"]]) {
      const bytes = await aedSheets([[older, [aedRow(1), aedRow(2), aedRow(3)]], [newer, [aedRow(2), aedRow(3), aedRow(4)]]]);
      const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
      expect([older, rows.map((r) => r.record.name)]).toEqual([older, ["新宿区施設2", "新宿区施設3", "新宿区施設4"]]);
      expect(report.issues.filter((i) => /version_sheet/.test(i.code)).map((i) => [i.code, i.field, i.value])).toEqual([["older_version_sheet", older, newer]]);
    }
    // the newer first in the workbook is read as well; a sheet numbered 1 | 2 is no year: the first is read, said undated
    const first = await runBytes(await aedSheets([["R6", [aedRow(2), aedRow(3), aedRow(4)]], ["R5", [aedRow(1), aedRow(2), aedRow(3)]]]), "131041_aed.xlsx");
    expect(first.rows.map((r) => r.record.name)).toEqual(["新宿区施設2", "新宿区施設3", "新宿区施設4"]);
    const numbered = await runBytes(await aedSheets([["1", [aedRow(1), aedRow(2), aedRow(3)]], ["2", [aedRow(2), aedRow(3), aedRow(4)]]]), "131041_aed.xlsx");
    expect(numbered.report.issues.filter((i) => /version_sheet/.test(i.code)).map((i) => [i.code, i.field])).toEqual([["undated_version_sheet", "2"]]);
  });

  it("values right of the last named column are kept and named without a word of commas, which split no cell in a workbook", async () => {
    const bytes = await aedSheet([[...aedRow(1), "", "要確認"], aedRow(2)]);
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.row, r.valid, r.record.name, r.extra])).toEqual([[1, true, "新宿区施設1", { column_12: "要確認" }], [2, true, "新宿区施設2", {}]]);
    expect(tuples(report, "cells_past_header", "too_many_fields")).toEqual([[1, null, "cells_past_header"]]);
    const past = report.issues.find((i) => i.code === "cells_past_header");
    expect([past?.severity, past?.value]).toEqual(["warning", "要確認"]);
    expect(`${past?.message_ja} ${past?.message_en}`).not.toMatch(/カンマ|「"」|comma|quote/i);
  });

  it("a value merged down over several rows (備考 of one organization) is on every row it covers, and reported", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3)], (ws) => {
      ws.getCell("J2").value = "区の施設";
      ws.mergeCells("J2:J3");
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.remarks)).toEqual(["区の施設", "区の施設", null]);
    expect(report.issues.find((i) => i.code === "merged_cells_filled")).toMatchObject({ field: "AED", value: "J2:J3", severity: "info" });
  });

  it("a value merged over columns and rows (所在地 over the 建物名 column of one building's AEDs) fills the first column only", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["施設名", "所在地", "建物名等(方書)", "設置位置", "電話番号"]);
    ws.addRow(["新宿区役所", "東京都新宿区歌舞伎町1-4-1", null, "本庁舎1階", "03-3209-1111"]);
    ws.addRow([null, null, null, "本庁舎5階", "03-3209-1111"]);
    ws.addRow(["四谷区民センター", "東京都新宿区内藤町87", "四谷区民センター9階", "受付", "03-3351-3311"]);
    ws.mergeCells("A2:A3");
    ws.mergeCells("B2:C3");
    const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.building_name, r.record.installation_position])).toEqual([
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", null, "本庁舎1階"], ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", null, "本庁舎5階"],
      ["四谷区民センター", "東京都新宿区内藤町87", "四谷区民センター9階", "受付"]]);
  });

  it("a linked cell merged down (詳細はこちら over a dataset's three files) links every row it covers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("オープンデータ一覧");
    ws.addRow(["全国地方公共団体コード", "ID", "データセット_タイトル", "データセット_URL", "ファイル_タイトル"]);
    ws.addRow(["131202", "d1", "公衆無線LAN", { text: "詳細はこちら", hyperlink: "https://www.city.nerima.tokyo.jp/opendata/wifi.html" }, "一覧（CSV）"]);
    ws.addRow(["131202", "d1", "公衆無線LAN", null, "一覧（XLSX）"]);
    ws.addRow(["131202", "d1", "公衆無線LAN", null, "一覧（PDF）"]);
    ws.mergeCells("D2:D4");
    const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131202_open_data_list.xlsx");
    expect(rows.map((r) => [r.record.file_title, r.record.url, r.valid])).toEqual([
      ["一覧（CSV）", "https://www.city.nerima.tokyo.jp/opendata/wifi.html", true], ["一覧（XLSX）", "https://www.city.nerima.tokyo.jp/opendata/wifi.html", true],
      ["一覧（PDF）", "https://www.city.nerima.tokyo.jp/opendata/wifi.html", true]]);
  });

  it("a formula saved without its result (a program that does not calculate) is named, not silently empty", async () => {
    const bytes = await aedSheet([aedRow(1)], (ws) => { ws.getCell("G2").value = { formula: "A5&\"号館\"" } as ExcelJS.CellFormulaValue; });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows[0].record.installation_position).toBeNull();
    expect(report.issues.find((i) => i.code === "formula_without_value")).toMatchObject({ field: "AED", value: "G2", severity: "warning" });
  });

  it("a formula without its result that only joins text of its row (=B2&C2, CONCATENATE, CONCAT) is worked out from the row, said at info level; any other stays unread", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3), aedRow(4)], (ws) => {
      ws.getCell("K1").value = "作業用1";
      ws.getCell("L1").value = "作業用2";
      for (const r of [2, 3, 4, 5]) [ws.getCell(`K${r}`).value, ws.getCell(`L${r}`).value] = ["西新宿", `${r}-8-1`];
      ws.getCell("D2").value = { formula: "\"東京都新宿区\"&K2&L2" } as ExcelJS.CellFormulaValue;
      ws.getCell("D3").value = { formula: "CONCATENATE(\"東京都新宿区\",$K3,\"　\",L3)" } as ExcelJS.CellFormulaValue;
      ws.getCell("D4").value = { formula: "_xlfn.CONCAT(\"東京都新宿区\",K4&L4)" } as ExcelJS.CellFormulaValue;
      // another row's cell: not worked out
      ws.getCell("D5").value = { formula: "D4&\"別館\"" } as ExcelJS.CellFormulaValue;
      // a joining formula over a cell of its row that is itself joined
      ws.getCell("G2").value = { formula: "D2&\"1階\"" } as ExcelJS.CellFormulaValue;
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.full_address, r.record.installation_position])).toEqual([
      ["東京都新宿区西新宿2-8-1", "東京都新宿区西新宿2-8-11階"], ["東京都新宿区西新宿　3-8-1", "1階"], ["東京都新宿区西新宿4-8-1", "1階"], [null, "1階"]]);
    expect(report.issues.filter((i) => i.code.startsWith("formula_")).map((i) => [i.code, i.field, i.value, i.severity])).toEqual([
      ["formula_without_value", "AED", "D5", "warning"],
      ["formula_worked_out", "AED", "D2=東京都新宿区西新宿2-8-1, G2=東京都新宿区西新宿2-8-11階, D3=東京都新宿区西新宿　3-8-1, D4=東京都新宿区西新宿4-8-1", "info"],
    ]);
  });

  it("a joining formula filled down as one shared formula (written in D2, shared by D3:D5 without results) is worked out on every row it fills", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3), aedRow(4)], (ws) => {
      ws.getCell("K1").value = "作業用1";
      ws.getCell("L1").value = "作業用2";
      for (const r of [2, 3, 4, 5]) [ws.getCell(`K${r}`).value, ws.getCell(`L${r}`).value] = ["西新宿", `${r}-8-1`];
      ws.getCell("D2").value = { formula: "\"東京都新宿区\"&K2&L2" } as ExcelJS.CellFormulaValue;
      for (const r of [3, 4, 5]) ws.getCell(`D${r}`).value = { sharedFormula: "D2" } as ExcelJS.CellSharedFormulaValue;
      // one that pins its row ($K$2) gives the rows sharing it row 2's text, none of their own: worked out on row 2 only
      ws.getCell("G2").value = { formula: "$K$2&\"1階\"" } as ExcelJS.CellFormulaValue;
      ws.getCell("G3").value = { sharedFormula: "G2" } as ExcelJS.CellSharedFormulaValue;
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.full_address)).toEqual(["東京都新宿区西新宿2-8-1", "東京都新宿区西新宿3-8-1", "東京都新宿区西新宿4-8-1", "東京都新宿区西新宿5-8-1"]);
    expect(report.issues.filter((i) => i.code.startsWith("formula_")).map((i) => [i.code, i.value])).toEqual([
      ["formula_without_value", "G3"],
      ["formula_worked_out", "D2=東京都新宿区西新宿2-8-1, G2=西新宿1階, D3=東京都新宿区西新宿3-8-1, D4=東京都新宿区西新宿4-8-1, D5=東京都新宿区西新宿5-8-1"],
    ]);
  });

  it("one formatted cell far below the data (200k rows in the sheet) is read, not a crash", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2)], (ws) => { ws.getCell("A200000").border = { top: { style: "thin" } }; });
    const { report, rows, exit } = await runBytes(bytes, "131041_aed.xlsx");
    expect([exit, report.rows, rows.map((r) => r.record.name)]).toEqual([0, 2, ["新宿区施設1", "新宿区施設2"]]);
  });

  it("numbers shown with a unit, in G/標準 or as kanji digits stay numbers, not dates", async () => {
    const bytes = await aedSheet([aedRow(1)], (ws) => {
      ws.getCell("H2").numFmt = "[DBNum1][$-411]General";
      ws.getCell("E2").numFmt = "General\"度\"";
    });
    const { rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect([rows[0].record.extension_number, rows[0].record.latitude]).toEqual(["123", 35.69]);
  });

  it("a code formatted with leading zeros reads as Excel shows it (ID 0001), not as the number stored (1)", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(25)], (ws) => {
      ws.getColumn(2).numFmt = "0000";
      ws.getCell("J2").value = 1600023;
      ws.getCell("J2").numFmt = "000-0000";
      ws.getCell("J3").value = 12345.5;
      ws.getCell("J3").numFmt = "0000000";
    });
    const { rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.id, r.record.remarks])).toEqual([["0001", "160-0023"], ["0025", "12345.5"]]);
  });

  it("a number shown with its format's text reads as Excel shows it in a text column and as the number in a number column", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3)], (ws) => {
      ws.getColumn(2).numFmt = "\"No.\"0000";
      ws.getColumn(5).numFmt = "0.00\"度\"";
      ws.getCell("J2").value = 1500;
      ws.getCell("J2").numFmt = "#,##0\"円\";\"▲\"#,##0\"円\";\"無料\"";
      ws.getCell("J3").value = 0;
      ws.getCell("J3").numFmt = "#,##0\"円\";\"▲\"#,##0\"円\";\"無料\"";
      ws.getCell("J4").value = "区の施設";
      ws.getCell("J4").numFmt = "0;-0;0;@\"（予定）\"";
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.id, r.record.latitude, r.record.remarks])).toEqual([
      ["No.0001", 35.69, "1,500円"], ["No.0002", 35.69, "無料"], ["No.0003", 35.69, "区の施設（予定）"],
    ]);
    // said once for the number column, with the text its cells show; nothing more of the number
    expect(report.issues.filter((i) => i.field === "latitude").map((i) => [i.row, i.code, i.value, i.severity]))
      .toEqual([[null, "number_shown_with_text", "35.69度", "info"]]);
  });

  it("a number a plain format shows rounded (0, #,##0, 0.0) reads as shown in a text column (1234.6 under 0 is 1235) and as stored in a number column", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3), aedRow(4)], (ws) => {
      ws.getCell("J2").value = 1234.6;
      ws.getCell("J2").numFmt = "0";
      ws.getCell("J3").value = 1234.4;
      ws.getCell("J3").numFmt = "#,##0";
      ws.getCell("J4").value = { formula: "1/3*37", result: 12.333333333333334 } as ExcelJS.CellFormulaValue;
      ws.getCell("J4").numFmt = "0.0";
      ws.getCell("J5").value = 1500; // a whole number is as stored: no grouping comma made
      ws.getCell("J5").numFmt = "#,##0";
      ws.getCell("E2").value = 35.693841;
      ws.getCell("E2").numFmt = "0.00";
      ws.getCell("B3").numFmt = "#,##0.0"; // 3 shown 3.0: no rounding, the ID stays 3
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.id, r.record.latitude, r.record.remarks])).toEqual([
      ["1", 35.693841, "1235"], ["2", 35.69, "1234"], ["3", 35.69, "12.3"], ["4", 35.69, "1500"],
    ]);
    expect(report.issues.filter((i) => i.code === "number_read_as_rounded").map((i) => [i.field, i.value, i.detail, i.severity]))
      .toEqual([["remarks", "1235", "1234.6", "info"]]);
  });

  it("a cell merged down rows reads on every row as on its first: the text its format rounds to, the number stored under its format's words", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3)], (ws) => {
      ws.getCell("J2").value = 1234.6;
      ws.getCell("J2").numFmt = "0";
      ws.mergeCells("J2:J3");
      ws.getCell("E2").value = 35.6938;
      ws.getCell("E2").numFmt = "0.0000\"度\"";
      ws.mergeCells("E2:E3");
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.latitude, r.record.remarks])).toEqual([[35.6938, "1235"], [35.6938, "1235"], [35.69, null]]);
    // the second row reads the number stored too: no 35.6938度 of its own to reformat
    expect(report.issues.filter((i) => i.field === "latitude").map((i) => [i.row, i.code])).toEqual([[null, "number_shown_with_text"]]);
  });

  it("a percentage (Excel's built-in 0% and 0.00%, a typed 50% stored 0.5) reads as shown in a text column, 50%, not 0.5; a number column reads the value stored", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2)], (ws) => {
      ws.getCell("J2").value = 0.5;
      ws.getCell("J2").numFmt = "0%";
      ws.getCell("J3").value = 0.1234;
      ws.getCell("J3").numFmt = "0.00%";
      ws.getCell("E2").numFmt = "0%";
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.latitude, r.record.remarks])).toEqual([[35.69, "50%"], [35.69, "12.34%"]]);
    expect(report.issues.filter((i) => i.field === "latitude").map((i) => [i.code, i.value])).toEqual([["number_shown_with_text", "3569%"]]);
  });

  it("a fraction (Excel's built-in # ?/? and # ??/??, or # ?/4) reads as shown in a text column, 1/2 and 1 1/4, not \"  /1\"; a number column reads the value stored", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3)], (ws) => {
      ws.getCell("J2").value = 0.5;
      ws.getCell("J2").numFmt = "# ?/?";
      ws.getCell("J3").value = 1.25;
      ws.getCell("J3").numFmt = "# ??/??";
      ws.getCell("J4").value = 2.3;
      ws.getCell("J4").numFmt = "# ?/4\"m\"";
      ws.getCell("E2").numFmt = "# ?/?";
    });
    const { rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.latitude, r.record.remarks])).toEqual([[35.69, "1/2"], [35.69, "1 1/4"], [35.69, "2 1/4m"]]);
  });

  it("a number its format shows as an empty cell (;;;, 0;-0;;@ for 0) is read as the empty cell Excel shows, the value named in a warning", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2)], (ws) => {
      ws.getCell("H2").value = 0;
      ws.getCell("H2").numFmt = "0;-0;;@";
      ws.getCell("H3").numFmt = "0;-0;;@";
      ws.getCell("J2").value = 42;
      ws.getCell("J2").numFmt = ";;;";
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.extension_number ?? null, r.record.remarks ?? null])).toEqual([[null, null], ["123", null]]);
    expect(report.issues.filter((i) => i.code === "value_hidden_by_format").map((i) => [i.field, i.value, i.severity]))
      .toEqual([["AED", "H2=0（0;-0;;@）, J2=42（;;;）", "warning"]]);
  });

  it("text under a format whose fourth section is empty (;;;) is read as the empty cell Excel shows, named in the warning; under three sections it shows as typed", async () => {
    const bytes = await aedSheet([aedRow(1), aedRow(2), aedRow(3)], (ws) => {
      ws.getCell("J2").value = "担当：山田（内部用）";
      ws.getCell("J2").numFmt = ";;;";
      ws.getCell("G3").value = "1階";
      ws.getCell("G3").numFmt = "0;-0;0;";
      ws.getCell("J4").value = "土日は閉館";
      ws.getCell("J4").numFmt = "0;-0;";
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.installation_position ?? null, r.record.remarks ?? null])).toEqual([["1階", null], [null, null], ["1階", "土日は閉館"]]);
    expect(report.issues.filter((i) => i.code === "value_hidden_by_format").map((i) => i.value))
      .toEqual(["J2=担当：山田（内部用）（;;;）, G3=1階（0;-0;0;）"]);
  });

  it("a permit number saved as a number with the permit's words in its format publishes the words (two permits, two numbers)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("許可一覧");
    ws.addRow(["許可番号", "業種", "施設名称", "施設所在地", "営業者氏名", "許可年月日"]);
    const permits: Array<[number, string, string]> = [
      [123, "\"5中保生第\"0000\"号\"", "京橋食堂"], [123, "\"6中保生第\"0000\"号\"", "八丁堀カフェ"], [77, "\"第\"0\"号\"", "新川バー"],
    ];
    for (const [n, format, name] of permits) {
      const row = ws.addRow([n, "飲食店営業", name, "東京都中央区京橋1-1-1", "京橋一郎", new Date(Date.UTC(2024, 5, 1))]);
      row.getCell(1).numFmt = format;
      row.getCell(6).numFmt = "yyyy/m/d";
    }
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131024_food_business.xlsx");
    expect(rows.map((r) => [r.record.permit_number, r.record.permit_date])).toEqual([
      ["5中保生第0123号", "2024-06-01"], ["6中保生第0123号", "2024-06-01"], ["第77号", "2024-06-01"],
    ]);
    expect(tuples(report, "number_shown_with_text")).toEqual([]);
  });

  it("Excel error values (#REF!, #N/A, a formula's cached #VALUE!) are errors and read as empty, never as data", async () => {
    const bytes = await aedSheet([aedRow(1)], (ws) => {
      ws.getCell("C2").value = { formula: "Sheet2!B5", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("F2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("G2").value = { formula: "A1&B1", result: { error: "#VALUE!" } } as ExcelJS.CellFormulaValue;
    });
    const { report, rows, exit } = await runBytes(bytes, "131041_aed.xlsx");
    expect(exit).toBe(1);
    expect([rows[0].record.name, rows[0].record.longitude, rows[0].record.installation_position, rows[0].valid]).toEqual([null, null, null, false]);
    expect(report.issues.filter((i) => i.code === "excel_error_value").map((i) => [i.row, i.field, i.value, i.severity])).toEqual([
      [1, "name", "#REF!", "error"], [1, "longitude", "#N/A", "error"], [1, "installation_position", "#VALUE!", "error"],
    ]);
  });
});

describe("a sheet read as it is inflated, in batches", () => {
  it("rows, a merge and a link past the first batch of 2000 rows, and rows Excel left out, are read as a whole sheet would be", async () => {
    const rows = Array.from({ length: 2600 }, (_, k) => aedRow(k + 1));
    const bytes = await aedSheet(rows, (ws) => {
      ws.getCell("J1999").value = "区の施設";
      ws.mergeCells("J1999:J2003");
      ws.getCell("D2500").value = { text: "東京都新宿区西新宿2499-1", hyperlink: "https://example.jp/" };
      ws.getCell("A2700").value = "131041"; // 97 rows left out, then one more row
    });
    const { report, rows: read } = await runBytes(bytes, "131041_aed.xlsx");
    expect(read.map((r) => r.record.name).slice(0, 2600)).toEqual(rows.map((r) => r[2]));
    expect(read.filter((r) => r.record.remarks === "区の施設").map((r) => r.row)).toEqual([1998, 1999, 2000, 2001, 2002]);
    expect(read[2498].record.full_address).toBe("東京都新宿区西新宿2499-1");
    expect(read.at(-1)).toMatchObject({ row: 2699, record: { local_government_code: "131041", name: null } });
    expect(report.issues.find((i) => i.code === "blank_rows")).toMatchObject({ row: 2601, value: "2601-2698" });
    expect(report.issues.find((i) => i.code === "merged_cells_filled")).toMatchObject({ value: "J1999:J2003" });
  });
});

const encode = (t: string) => new TextEncoder().encode(t);
const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet workbook written by hand, as programs other than Excel write them: inline strings, `prefix` on every
 *  element (`x:`), the sheet's links in its relationships, deflated when asked. `head` comes before the rows, `tail`
 *  after them. */
function handWorkbook(rows: Array<[number, string[]]>, { prefix = "", head = "", tail = "", links = "", deflate = false, edit = (xml: string) => xml } = {}):
  Uint8Array {
  const p = prefix;
  const ns = `xmlns${p ? `:${p.slice(0, -1)}` : ""}="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELATIONSHIP}"`;
  const cell = (ref: string, value: string) => `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t>${value}</${p}t></${p}is></${p}c>`;
  const row = ([r, cells]: [number, string[]]) => `<${p}row r="${r}">${cells.map((v, c) => cell(`${"ABCDEFGH"[c]}${r}`, v)).join("")}</${p}row>`;
  const sheet = `<?xml version="1.0"?><${p}worksheet ${ns}><${p}sheetData>${head}${rows.map(row).join("")}</${p}sheetData>${tail}</${p}worksheet>`;
  return storedZip([
    { name: "xl/workbook.xml", data: encode(`<${p}workbook ${ns}><${p}sheets><${p}sheet name="AED" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`) },
    { name: "xl/_rels/workbook.xml.rels", data: encode(`<Relationships><Relationship Id="rId1" Type="${RELATIONSHIP}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`) },
    { name: "xl/worksheets/sheet1.xml", data: encode(edit(sheet)), deflate },
    ...(links ? [{ name: "xl/worksheets/_rels/sheet1.xml.rels", data: encode(`<Relationships>${links}</Relationships>`) }] : []),
  ]);
}

const HAND_HEADER = ["名称", "所在地_連結表記", "緯度", "経度", "URL", "備考"];

describe("workbooks written by other programs", () => {
  it("namespace prefixes (x:row): read row by row, with merges and links", async () => {
    const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "35.69384", "139.703549", "詳細", "区の施設"]],
      [3, ["大久保図書館", "東京都新宿区大久保2-12-7", "35.700984", "139.707417", "", ""]]], {
      prefix: "x:",
      tail: `<x:mergeCells><x:mergeCell ref="F2:F3"/></x:mergeCells><x:hyperlinks><x:hyperlink ref="E2" r:id="rId1"/></x:hyperlinks>`,
      links: `<Relationship Id="rId1" Type="${RELATIONSHIP}/hyperlink" Target="https://example.jp/honcho" TargetMode="External"/>`,
    });
    const { rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.latitude, r.record.url, r.record.remarks])).toEqual([
      ["新宿区役所", 35.69384, "https://example.jp/honcho", "区の施設"], ["大久保図書館", 35.700984, null, "区の施設"]]);
  });

  it("rows numbered out of order are read in the order written, with a warning", async () => {
    const place = (name: string, n: number) => [name, `東京都新宿区${n}`, "35.7", "139.7"];
    const bytes = handWorkbook([[1, HAND_HEADER], [2, place("施設A", 1)], [4, place("施設C", 3)], [3, place("施設B", 2)]]);
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.filter((r) => r.record.name !== null).map((r) => r.record.name)).toEqual(["施設A", "施設C", "施設B"]);
    expect(report.issues.find((i) => i.code === "sheet_rows_out_of_order")).toMatchObject({ severity: "warning", field: "AED", value: "3" });
  });

  it("a row longer than many inflated pieces (a 300,000-character cell) is read whole, prefixed or not", async () => {
    const long = "長".repeat(300_000);
    for (const prefix of ["", "x:"]) {
      const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7", "", long]],
        [3, ["大久保図書館", "東京都新宿区2", "35.7", "139.7", "", "短い"]]], { prefix, deflate: true });
      const { rows } = await runBytes(bytes, "131041_aed.xlsx");
      expect(rows.map((r) => [r.record.name, String(r.record.remarks).length])).toEqual([["新宿区役所", 300_000], ["大久保図書館", 2]]);
    }
  });

  it("attributes in single quotes or with spaces around =, and CDATA text, are read as XML allows", async () => {
    const rows: Array<[number, string[]]> = [[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7"]]];
    for (const edit of [(x: string) => x.replace(/ r="([^"]*)"/g, " r='$1'").replace(/ t="([^"]*)"/g, " t = '$1'"),
      (x: string) => x.replace("<t>新宿区役所</t>", "<t><![CDATA[新宿区役所]]></t>")]) {
      const { rows: read } = await runBytes(handWorkbook(rows, { edit }), "131041_aed.xlsx");
      expect(read.map((r) => [r.record.name, r.record.latitude])).toEqual([["新宿区役所", 35.7]]);
    }
  });

  it("an empty value element (<v></v>, a blank styled cell some programs save) is an empty cell, not the number 0", async () => {
    const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7", "", "空"]]],
      { edit: (x) => x.replace(/<c r="F2"[^]*?<\/c>/, '<c r="F2"><v></v></c>') });
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["新宿区役所", null]]);
    expect(report.issues.filter((i) => i.row === 1)).toEqual([]);
    // under a time or date format it is no 00:00 (an AED open until 23:59) nor 1899-12-30
    const ctx = { strings: { get: () => "", count: 0 } as never, formats: ["time", "date"] as CellFormat[], date1904: false, textFormats: false };
    expect([cellText('s="0"', "<v></v>", ctx), cellText('s="1"', "<v> </v>", ctx), cellText('s="0"', "<v>0.375</v>", ctx)]).toEqual(["", "", "09:00"]);
  });

  it("a cell a program saved as an ISO date-time (t=\"d\") reads as the date or time it holds, not as 1899-12-30T08:30:00 for a time column to reformat", async () => {
    const bytes = handWorkbook([[1, ["名称", "所在地_連結表記", "緯度", "経度", "開始時間", "備考"]], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7", "x", "区の施設"]]],
      { edit: (x) => x.replace(/<c r="E2"[^]*?<\/c>/, '<c r="E2" t="d"><v>1899-12-30T08:30:00</v></c>') });
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.start_time)).toEqual(["08:30"]);
    expect(report.issues.filter((i) => i.field === "start_time")).toEqual([]);
    const ctx = { strings: { get: () => "", count: 0 } as never, formats: [] as CellFormat[], date1904: false, textFormats: false };
    expect(["2024-04-01T00:00:00Z", "2024-04-01", "2024-04-01T17:15:00.000", "1899-12-31T09:00:30", "令和6年"].map((v) => cellText('t="d"', `<v>${v}</v>`, ctx)))
      .toEqual(["2024-04-01", "2024-04-01", "2024-04-01T17:15", "09:00:30", "令和6年"]);
  });

  it("a merge written with single quotes is filled down like any other", async () => {
    const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7", "", "区の施設"]],
      [3, ["大久保図書館", "東京都新宿区2", "35.7", "139.7"]]], { tail: "<mergeCells><mergeCell ref='F2:F3'/></mergeCells>" });
    expect((await runBytes(bytes, "131041_aed.xlsx")).rows.map((r) => r.record.remarks)).toEqual(["区の施設", "区の施設"]);
  });

  it("shared strings and styles found where the workbook's relationships name them (xl/SharedStrings.xml, a folder of their own), "
    + "not only at Excel's names: every text cell and format read", async () => {
    const made = await aedSheet([["131041", 1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384, 139.703549, "1階", 123, 0.375, ""]], (ws) => {
      ws.getCell("B2").numFmt = "0000";
      ws.getCell("I2").numFmt = "h:mm";
    });
    /** the workbook with its shared strings and styles renamed; `named`: as its relationships name them */
    const renamed = (strings: string, styles: string, named: { strings: string; styles: string }) => storedZip(listZipEntries(made).map((entry) => {
      const data = readZipEntry(made, entry);
      if (entry.name === "xl/_rels/workbook.xml.rels") {
        const xml = new TextDecoder().decode(data);
        return { name: entry.name, data: encode(xml.replace('Target="sharedStrings.xml"', `Target="${named.strings}"`).replace('Target="styles.xml"', `Target="${named.styles}"`)) };
      }
      return { name: ({ "xl/sharedStrings.xml": strings, "xl/styles.xml": styles } as Record<string, string>)[entry.name] ?? entry.name, data };
    }));
    const books = [
      renamed("xl/SharedStrings.xml", "xl/Styles.xml", { strings: "SharedStrings.xml", styles: "Styles.xml" }),
      // the relationships name them as Excel does, the archive in another case: part names are compared without case
      renamed("xl/SharedStrings.xml", "xl/STYLES.xml", { strings: "sharedStrings.xml", styles: "styles.xml" }),
      renamed("xl/parts/strings.xml", "xl/parts/format.xml", { strings: "parts/strings.xml", styles: "/xl/parts/format.xml" }),
    ];
    for (const bytes of books) {
      const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
      expect(rows.map((r) => [r.valid, r.record.id, r.record.name, r.record.full_address, r.record.installation_position, r.record.start_time]))
        .toEqual([[true, "0001", "新宿区役所", "東京都新宿区歌舞伎町1-4-1", "1階", "09:00"]]);
      expect(tuples(report, "shared_string_missing", "header_not_found", "excel_serial_time")).toEqual([]);
    }
  });

  it("cells under a merged range holding values of their own (LibreOffice's \"keep the contents of the hidden cells\") read as "
    + "the range's value Excel shows, the hidden values named in a warning, not published", async () => {
    const place = (name: string, n: number, remarks: string): [number, string[]] => [n, [name, `東京都新宿区歌舞伎町1-4-${n}`, "35.69", "139.70", "", remarks]];
    const bytes = handWorkbook([[1, HAND_HEADER], place("新宿区役所", 2, "区施設"), place("区民ホール", 3, "民間施設"), place("保健所", 4, "区施設"),
      place("四谷区民センター", 5, "民間施設")], { tail: '<mergeCells><mergeCell ref="F2:F4"/></mergeCells>' });
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([
      ["新宿区役所", "区施設"], ["区民ホール", "区施設"], ["保健所", "区施設"], ["四谷区民センター", "民間施設"]]);
    expect(tuples(report, "merged_cells_hide_values")).toEqual([[null, "AED", "merged_cells_hide_values"]]);
    const said = report.issues.find((i) => i.code === "merged_cells_hide_values");
    expect([said?.value, said?.severity]).toEqual(["F3=民間施設（F2:F4）", "warning"]);
    expect(said?.message_ja).toContain("F3=民間施設（F2:F4）");
    expect(said?.message_en).toContain("unmerge the cells");
  });

  it("what no Excel sheet holds is refused with what is wrong, not read as a million empty cells or rows", async () => {
    const rows: Array<[number, string[]]> = [[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7"]]];
    const refused = async (edit: (x: string) => string) => (await runBytes(handWorkbook(rows, { edit }), "131041_aed.xlsx")).report.issues[0];
    expect(await refused((x) => x.replace('r="D2"', 'r="ZZZZZ2"'))).toMatchObject({ code: "unreadable_file", value: "cell ZZZZZ2 lies past Excel's last column (XFD)" });
    expect(await refused((x) => x.replace('<row r="2">', '<row r="1000000000">'))).toMatchObject({ code: "unreadable_file", value: "row 1000000000 lies past Excel's last row (1048576)" });
  });

  it("a damaged archive is refused: an entry whose bytes do not match its CRC-32, an entry named twice", async () => {
    const good = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7"]]]);
    const damaged = Uint8Array.from(good);
    const at = Buffer.from(damaged).indexOf("新宿区役所");
    damaged[at + 3] ^= 0x01; // still valid UTF-8 text, another character
    expect((await runBytes(damaged, "131041_aed.xlsx")).report.issues[0]).toMatchObject({ code: "unreadable_file" });
    expect((await runBytes(damaged, "131041_aed.xlsx")).report.issues[0].value).toContain("CRC-32");
    const sheet = encode("<worksheet><sheetData/></worksheet>");
    const twice = storedZip([
      { name: "xl/workbook.xml", data: encode(`<workbook xmlns:r="${RELATIONSHIP}"><sheets><sheet name="AED" sheetId="1" r:id="rId1"/></sheets></workbook>`) },
      { name: "xl/worksheets/sheet1.xml", data: sheet }, { name: "xl/worksheets/sheet1.xml", data: sheet },
    ]);
    expect((await runBytes(twice, "131041_aed.xlsx")).report.issues[0]).toMatchObject({ code: "unreadable_file", value: "the archive holds xl/worksheets/sheet1.xml twice" });
  });

  it("a zip bomb (a sheet that inflates over 500 times its size) is refused; padding after the rows is not read", async () => {
    const padding = " ".repeat(70 * 1024 * 1024);
    const bomb = await runBytes(handWorkbook([[1, HAND_HEADER]], { head: padding, deflate: true }), "131041_aed.xlsx");
    expect(bomb.exit).toBe(2);
    expect(bomb.report.issues[0]).toMatchObject({ code: "unreadable_file" });
    expect(bomb.report.issues[0].value).toContain("500 times");
    const padded = await runBytes(handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7"]]], { tail: padding, deflate: true }),
      "131041_aed.xlsx");
    expect(padded.rows.map((r) => r.record.name)).toEqual(["新宿区役所"]);
    // what lies past 32 MiB of it is not known: said, not silently left out
    expect(padded.report.issues.find((i) => i.code === "sheet_tail_cut")).toMatchObject({ severity: "warning", value: "33,554,432" });
  });
});

describe("cells that link to a web page", () => {
  it("sheetLinks: a link over a range covers each cell; prefixed XML is read; links without a relationship are left out", () => {
    const xml = `<x:worksheet><x:hyperlinks><x:hyperlink ref="B2:C3" r:id="rId1"/><x:hyperlink ref="D5" location="Sheet2!A1"/>`
      + `<x:hyperlink ref="E6" r:id="rId9"/></x:hyperlinks></x:worksheet>`;
    const rels = `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" `
      + `Target="https://example.jp/a?x=1&amp;y=2" TargetMode="External"/></Relationships>`;
    const links = sheetLinks(xml, rels);
    const rows = (l: ReturnType<typeof sheetLinks>, upTo: number) =>
      Array.from({ length: upTo }, (_, r) => [r, [...(l.row(r) ?? [])]]).filter(([, cols]) => (cols as unknown[]).length > 0);
    expect(rows(links, 10)).toEqual([
      [1, [[1, "https://example.jp/a?x=1&y=2"], [2, "https://example.jp/a?x=1&y=2"]]],
      [2, [[1, "https://example.jp/a?x=1&y=2"], [2, "https://example.jp/a?x=1&y=2"]]],
    ]);
    expect(sheetLinks(xml, null).empty).toBe(true);
  });

  it("sheetLinks: a whole column (E:E) links every row without writing out a million cells; a cell's own link comes first; "
    + "links too wide to be a column's are counted as not read", () => {
    const rel = (id: string, url: string) => `<Relationship Id="${id}" Type="${RELATIONSHIP}/hyperlink" Target="${url}" TargetMode="External"/>`;
    const rels = `<Relationships>${rel("rId1", "https://example.jp/all")}${rel("rId2", "https://example.jp/own")}${rel("rId3", "https://example.jp/row")}</Relationships>`;
    const xml = `<worksheet><hyperlinks><hyperlink ref="E:E" r:id="rId1"/><hyperlink ref="E7" r:id="rId2"/><hyperlink ref="2:2" r:id="rId3"/>`
      + `<hyperlink ref="A20:DA30" r:id="rId3"/></hyperlinks></worksheet>`;
    const links = sheetLinks(xml, rels);
    expect(links.row(0)?.get(4)).toBe("https://example.jp/all");
    expect(links.row(999_999)?.get(4)).toBe("https://example.jp/all");
    expect(links.row(6)?.get(4)).toBe("https://example.jp/own");
    expect(links.row(5)?.size).toBe(1);
    // a whole row is 16,384 columns: no column's link (Excel users link a heading row, not a column of values)
    expect(links.row(1)?.get(0)).toBeUndefined();
    expect(links.skipped).toBe(2);
    const many = Array.from({ length: 70 }, (_, k) => `<hyperlink ref="${"ABCDEFG"[k % 7]}${k * 1000 + 1}:${"ABCDEFG"[k % 7]}${k * 1000 + 900}" r:id="rId1"/>`);
    expect(sheetLinks(`<worksheet><hyperlinks>${many.join("")}</hyperlinks></worksheet>`, rels).skipped).toBe(6);
  });

  it("a URL column linked as a whole (E:E) gives every row's link address; a cell naming a shared string the workbook "
    + "lacks is named, not silently empty", async () => {
    const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7", "詳細", "区の施設"]],
      [3, ["大久保図書館", "東京都新宿区2", "35.7", "139.7", "詳細", "図書館"]]], {
      tail: `<hyperlinks><hyperlink ref="E:E" r:id="rId1"/></hyperlinks>`,
      links: `<Relationship Id="rId1" Type="${RELATIONSHIP}/hyperlink" Target="https://example.jp/aed" TargetMode="External"/>`,
      edit: (x) => x.replace(/<c r="F3" t="inlineStr">.*?<\/c>/, '<c r="F3" t="s"><v>7</v></c>'),
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.url, r.record.remarks])).toEqual([
      ["新宿区役所", "https://example.jp/aed", "区の施設"], ["大久保図書館", "https://example.jp/aed", null]]);
    const missing = report.issues.find((i) => i.code === "shared_string_missing");
    expect(missing).toMatchObject({ severity: "warning", field: "AED", value: "F3" });
    expect(missing?.message_ja).toContain("共有文字列表にない文字列");
  });

  it("merged ranges and links past 32 MiB after the rows are not read, and the report says so", async () => {
    const element = `<hyperlink ref="E2" r:id="rId1"/>`;
    const tail = `<hyperlinks>${element.repeat(Math.ceil(MAX_TAIL_BYTES / element.length) + 10)}</hyperlinks>`;
    const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7", "詳細"]]], {
      tail, deflate: true, links: `<Relationship Id="rId1" Type="${RELATIONSHIP}/hyperlink" Target="https://example.jp/aed" TargetMode="External"/>`,
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.url)).toEqual(["https://example.jp/aed"]);
    expect(report.issues.find((i) => i.code === "sheet_tail_cut")).toMatchObject({ severity: "warning", field: "AED", value: "33,554,432" });
  });

  it("a URL column that shows words takes the link's address; a name that links keeps its text; a shown URL is kept", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["全国地方公共団体コード", "ID", "名称", "所在地_連結表記", "緯度", "経度", "設置位置", "URL", "連絡先メールアドレス"]);
    ws.addRow(["131041", 1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384, 139.703549, "1階", "詳細はこちら"]);
    ws.addRow(["131041", 2, "大久保図書館", "東京都新宿区大久保2-12-7", 35.700984, 139.707417, "1階", "https://www.city.shinjuku.lg.jp/okubo"]);
    ws.addRow(["131041", 3, "戸山図書館", "東京都新宿区戸山2", 35.7031, 139.7114, "1階", "詳細"]);
    ws.addRow(["131041", 4, "戸山分室", "東京都新宿区戸山3", 35.7031, 139.7114, "1階", ""]);
    ws.addRow(["131041", 5, "西分室", "東京都新宿区西新宿1", 35.7031, 139.7114, "1階", ""]);
    ws.getCell("H2").value = { text: "詳細はこちら", hyperlink: "https://www.city.shinjuku.lg.jp/aed/honcho.html" };
    ws.getCell("H3").value = { text: "https://www.city.shinjuku.lg.jp/okubo", hyperlink: "https://www.city.shinjuku.lg.jp/okubo?from=list" };
    ws.getCell("C3").value = { text: "大久保図書館", hyperlink: "https://www.library.shinjuku.tokyo.jp/" };
    ws.getCell("H4").value = { text: "詳細", hyperlink: "#'AED'!A1" }; // a link within the workbook is no web address
    ws.getCell("I2").value = { text: "メールはこちら", hyperlink: "mailto:aed@city.shinjuku.lg.jp?subject=AED" };
    ws.getCell("I3").value = { text: "こちら", hyperlink: "https://www.city.shinjuku.lg.jp/form" }; // a web page is no mail address
    ws.getCell("H5").value = { formula: "HYPERLINK(\"https://www.city.shinjuku.lg.jp/toyama\",\"詳細はこちら\")", result: "詳細はこちら" } as ExcelJS.CellFormulaValue;
    ws.getCell("H6").value = { formula: "HYPERLINK(\"https://www.city.shinjuku.lg.jp/\"&Sheet2!A6,\"詳細\")", result: "詳細" } as ExcelJS.CellFormulaValue;
    // the address in another cell of the row, or literals joined with &: the formula is followed
    ws.addRow(["131041", 6, "東分室", "東京都新宿区新宿1", 35.7031, 139.7114, "1階", "", "", "https://www.city.shinjuku.lg.jp/higashi"]);
    ws.addRow(["131041", 7, "南分室", "東京都新宿区新宿2", 35.7031, 139.7114, "1階", ""]);
    ws.addRow(["131041", 8, "北分室", "東京都新宿区新宿3", 35.7031, 139.7114, "1階", "", "", "kita"]);
    ws.getCell("H7").value = { formula: "HYPERLINK($J7,\"詳細はこちら\")", result: "詳細はこちら" } as ExcelJS.CellFormulaValue;
    ws.getCell("H8").value = { formula: "HYPERLINK(\"https://www.city.shinjuku.lg.jp/\"&\"minami/\",\"ホームページ\")", result: "ホームページ" } as ExcelJS.CellFormulaValue;
    ws.getCell("H9").value = { formula: "HYPERLINK(\"https://www.city.shinjuku.lg.jp/\" & J9 & \".html\",\"詳細\")", result: "詳細" } as ExcelJS.CellFormulaValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.url, r.record.contact_email])).toEqual([
      ["新宿区役所", "https://www.city.shinjuku.lg.jp/aed/honcho.html", "aed@city.shinjuku.lg.jp"],
      ["大久保図書館", "https://www.city.shinjuku.lg.jp/okubo", "こちら"],
      // a link that could not be read leaves its words, which are no URL: empty, kept in 備考
      ["戸山図書館", null, null],
      // a HYPERLINK() formula with its address written out; one that builds it from another sheet is left as it shows
      ["戸山分室", "https://www.city.shinjuku.lg.jp/toyama", null],
      ["西分室", null, null],
      ["東分室", "https://www.city.shinjuku.lg.jp/higashi", null],
      ["南分室", "https://www.city.shinjuku.lg.jp/minami/", null],
      ["北分室", "https://www.city.shinjuku.lg.jp/kita.html", null],
    ]);
    expect(report.issues.filter((i) => i.code === "hyperlink_target").map((i) => [i.row, i.field, i.severity, i.value]))
      .toEqual([[1, "url", "info", "詳細はこちら"], [1, "contact_email", "info", "メールはこちら"], [4, "url", "info", "詳細はこちら"],
        [6, "url", "info", "詳細はこちら"], [7, "url", "info", "ホームページ"], [8, "url", "info", "詳細"]]);
    expect(tuples(report, "url_link_text")).toEqual([[3, "url", "url_link_text"], [5, "url", "url_link_text"]]);
    expect(rows[2].record.remarks).toBe("URL：詳細");
    expect(tuples(report, "url_from_name_link")).toEqual([]);
  });

  it("a linked name gives the URL when the file has no URL column, said on its row; a mail link does not", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Wi-Fi");
    ws.addRow(["施設名", "所在地", "SSID"]);
    ws.addRow(["北区役所", "東京都北区王子本町1-15-22", "Kita_City_Free_Wi-Fi"]);
    ws.addRow(["北とぴあ", "東京都北区王子1-11-1", "Kita_City_Free_Wi-Fi"]);
    ws.addRow(["旧王子第二小学校", "東京都北区王子2-1", "Kita_City_Free_Wi-Fi"]);
    ws.getCell("A2").value = { text: "北区役所", hyperlink: "https://www.city.kita.tokyo.jp/" };
    ws.getCell("A3").value = { text: "北とぴあ", hyperlink: "mailto:info@hokutopia.jp" };
    ws.getCell("A4").value = { text: "旧王子第二小学校", hyperlink: "https://www.google.com/maps/place/35.75,139.73" };
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131172_public_wireless_lan.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.url])).toEqual([["北区役所", "https://www.city.kita.tokyo.jp/"], ["北とぴあ", null], ["旧王子第二小学校", null]]);
    expect(tuples(report, "url_from_name_link")).toEqual([[1, "url", "url_from_name_link"]]);
  });

  it("a linked name gives the URL of a row whose URL cell is empty (a template's URL column left blank), never over one written", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["施設名", "所在地", "設置位置", "ホームページ"]);
    ws.addRow(["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "1階", ""]);
    ws.addRow(["新宿文化センター", "東京都新宿区新宿6-14-1", "1階", "https://www.regasu-shinjuku.or.jp/bunka-center/"]);
    ws.addRow(["大久保図書館", "東京都新宿区大久保2-12-7", "1階", "なし"]);
    ws.getCell("A2").value = { text: "新宿区役所", hyperlink: "https://www.city.shinjuku.lg.jp/kusei/index.html" };
    ws.getCell("A3").value = { text: "新宿文化センター", hyperlink: "https://www.city.shinjuku.lg.jp/bunka/" };
    ws.getCell("A4").value = { text: "大久保図書館", hyperlink: "https://www.library.shinjuku.tokyo.jp/" };
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.url])).toEqual([
      ["新宿区役所", "https://www.city.shinjuku.lg.jp/kusei/index.html"],
      ["新宿文化センター", "https://www.regasu-shinjuku.or.jp/bunka-center/"],
      // a cell that says there is no page is written: the officer said so, the name's link does not overrule it
      ["大久保図書館", null],
    ]);
    expect(report.issues.filter((i) => i.code === "url_from_name_link").map((i) => [i.row, i.severity, i.value, i.detail]))
      .toEqual([[1, "info", "https://www.city.shinjuku.lg.jp/kusei/index.html", "ホームページ"]]);
    expect(report.issues.find((i) => i.code === "url_from_name_link")?.message_ja).toContain("URLの列「ホームページ」が空欄のため");
  });
});

describe("a link on a cell of a column that publishes no link", () => {
  it("keeps the address in 備考 beside the cell's text, said (link_kept); a link the record publishes, or a cell showing its address, is not kept again", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["名称", "所在地_連結表記", "緯度", "経度", "設置位置", "URL", "備考"]);
    ws.addRow(["新宿スポーツセンター", "東京都新宿区大久保3-5-1", 35.7063, 139.7045, "1階", "https://example.jp/a", ""]);
    ws.addRow(["戸山図書館", "東京都新宿区戸山2-11-101", 35.7037, 139.7132, "受付", "https://example.jp/b", "土日休み"]);
    ws.addRow(["大久保図書館", "東京都新宿区大久保2-12-7", 35.700984, 139.707417, "1階", "", "https://example.jp/c"]);
    ws.getCell("G2").value = { text: "設置場所の地図", hyperlink: "https://example.jp/map1.pdf" };
    ws.getCell("E3").value = { text: "受付", hyperlink: "https://example.jp/photo.jpg" };
    ws.getCell("A3").value = { text: "戸山図書館", hyperlink: "https://example.jp/b" }; // the row's URL: published
    ws.getCell("G4").value = { text: "https://example.jp/c", hyperlink: "https://example.jp/c" }; // shows its address
    ws.getCell("F2").value = { text: "https://example.jp/a", hyperlink: "https://example.jp/a?from=list" }; // shows an address: its value
    ws.getCell("A4").value = { text: "大久保図書館", hyperlink: "https://example.jp/okubo" }; // the name's page: the row's URL
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.installation_position, r.record.url, r.record.remarks])).toEqual([
      ["1階", "https://example.jp/a", "設置場所の地図（https://example.jp/map1.pdf）"],
      ["受付", "https://example.jp/b", "土日休み / 設置位置：受付（https://example.jp/photo.jpg）"],
      ["1階", "https://example.jp/okubo", "https://example.jp/c"],
    ]);
    expect(report.issues.filter((i) => i.code === "link_kept").map((i) => [i.row, i.field, i.severity, i.value, i.detail])).toEqual([
      [1, "remarks", "info", "設置場所の地図", "https://example.jp/map1.pdf"],
      [2, "installation_position", "info", "受付", "https://example.jp/photo.jpg"],
    ]);
  });
});

describe("a link only the office can open", () => {
  it("is never published: not kept in 備考 beside the cell, not a URL column's value, not the row's URL from its name; said with the fix", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["名称", "所在地_連結表記", "緯度", "経度", "設置位置", "URL", "備考"]);
    ws.addRow(["新宿スポーツセンター", "東京都新宿区大久保3-5-1", 35.7063, 139.7045, "1階", "", "設置場所の地図"]);
    ws.addRow(["戸山図書館", "東京都新宿区戸山2-11-101", 35.7037, 139.7132, "受付", "詳細", ""]);
    ws.addRow(["大久保図書館", "東京都新宿区大久保2-12-7", 35.700984, 139.707417, "1階", "", ""]);
    ws.getCell("G2").value = { text: "設置場所の地図", hyperlink: "file:///\\\\fileserver\\soumu\\aed\\map1.pdf" };
    ws.getCell("F3").value = { text: "詳細", hyperlink: "http://192.168.10.5/aed/toyama.html" };
    ws.getCell("A4").value = { text: "大久保図書館", hyperlink: "http://intranet.city.example.lg.jp/aed/okubo" };
    const { report, rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.url, r.record.remarks])).toEqual([[null, "設置場所の地図"], [null, null], [null, null]]);
    expect(JSON.stringify(rows.map((r) => [r.record, r.extra]))).not.toMatch(/192\.168|fileserver|intranet/);
    expect(report.issues.filter((i) => i.code === "link_private" || i.code === "url_private").map((i) => [i.row, i.field, i.code, i.severity, i.value, i.detail ?? null]))
      .toEqual([
        [1, "remarks", "link_private", "warning", "設置場所の地図", "file:///\\\\fileserver\\soumu\\aed\\map1.pdf"],
        [2, "url", "url_private", "warning", "http://192.168.10.5/aed/toyama.html", null],
        [3, "name", "link_private", "warning", "大久保図書館", "http://intranet.city.example.lg.jp/aed/okubo"],
      ]);
    expect(report.issues.find((i) => i.code === "link_private")?.message_ja).toContain("公開せず、備考にも残していません");
  });
});

describe("a link only the office can open, typed in a cell", () => {
  it("is published in no column: a URL column's is empty and not written back as its cell in CSV, an extra column's is left out; each said", async () => {
    const csv = "名称,所在地_連結表記,緯度,経度,設置位置,URL,リンク\n"
      + "A館,東京都新宿区大久保3-5-1,35.7063,139.7045,1階,http://192.168.10.5/aed/a.html,file://srv/share/a.pdf\n"
      + "B館,東京都新宿区戸山2-11-101,35.7037,139.7132,受付,https://www.city.shinjuku.lg.jp/b.html,https://www.city.shinjuku.lg.jp/b.pdf\n";
    const { rows, report } = await runBytes(csv, "131041_aed.csv");
    expect(rows.map((r) => [r.record.url, r.extra])).toEqual([[null, {}],
      ["https://www.city.shinjuku.lg.jp/b.html", { リンク: "https://www.city.shinjuku.lg.jp/b.pdf" }]]);
    expect(report.issues.filter((i) => i.code === "url_private").map((i) => [i.row, i.field, i.value])).toEqual([
      [1, "リンク", "file://srv/share/a.pdf"], [1, "url", "http://192.168.10.5/aed/a.html"]]);
    const writer = recordWriter("csv");
    const text = writer.start(getDataset("aed")!, ["リンク"]) + writer.batch(rows);
    expect(text).not.toMatch(/192\.168|srv\/share/);
  });
});

describe("hidden columns and rows", () => {
  /** A sheet whose old coordinates stand hidden before the current ones, and a removed AED's row hidden. */
  async function hiddenWorkbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["名称", "住所", "緯度", "経度", "緯度", "経度", "設置位置", "作業メモ"]);
    ws.addRow(["区役所", "東京都新宿区歌舞伎町1-4-1", 35.6931, 139.7031, 35.693840, 139.703549, "1階", "確認済"]);
    ws.addRow(["旧出張所", "東京都新宿区大久保3-1-1", 35.7051, 139.7091, 35.706, 139.71, "2階", "撤去"]);
    for (const c of [3, 4, 8]) ws.getColumn(c).hidden = true;
    ws.getRow(3).hidden = true;
    return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
  }

  it("a visible column of a field outranks a hidden one; hidden columns and rows are read, and said", async () => {
    const { report, rows } = await runBytes(await hiddenWorkbook(), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.latitude, r.record.longitude, r.extra["作業メモ"]])).toEqual([
      ["区役所", 35.69384, 139.703549, "確認済"], ["旧出張所", 35.706, 139.71, "撤去"]]);
    expect(rows[0].extra["緯度"]).toBe("35.6931");
    expect(report.header.filter((h) => h.field === "latitude").map((h) => h.source)).toEqual(["緯度"]);
    expect(report.header.findIndex((h) => h.field === "latitude")).toBe(4);
    expect(tuples(report, "hidden_column_duplicate", "duplicate_header")).toEqual([[null, "緯度", "hidden_column_duplicate"], [null, "経度", "hidden_column_duplicate"]]);
    expect(report.issues.find((i) => i.code === "hidden_columns_read")).toMatchObject({ severity: "warning", field: "AED", value: "C列「緯度」、D列「経度」、H列「作業メモ」" });
    expect(report.issues.find((i) => i.code === "hidden_rows_read")).toMatchObject({ severity: "warning", field: "AED", value: "3" });
  });

  it("a hidden column that is a field's only column is read; settings written with a prefix and a range of columns are read", async () => {
    const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7", "", "メモ"]]], {
      prefix: "x:", edit: (xml) => xml.replace("<x:sheetData>", `<x:cols><x:col min="5" max="6" hidden="true" width="0"/></x:cols><x:sheetData>`),
    });
    const { report, rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.remarks])).toEqual([["新宿区役所", "メモ"]]);
    expect(report.issues.find((i) => i.code === "hidden_columns_read")?.value).toBe("E列「URL」、F列「備考」");
    expect(tuples(report, "hidden_column_duplicate", "hidden_rows_read")).toEqual([]);
  });

  it("columns hidden past the table (min 9 max 16384) name none of its columns", async () => {
    const bytes = handWorkbook([[1, HAND_HEADER], [2, ["新宿区役所", "東京都新宿区1", "35.7", "139.7"]]], {
      edit: (xml) => xml.replace("<sheetData>", `<cols><col min="9" max="16384" hidden="1"/></cols><sheetData>`),
    });
    const { report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(tuples(report, "hidden_columns_read")).toEqual([]);
  });
});

/** A workbook with each custom format of `ids` (by its code) saved as the built-in id Japanese Excel writes for it,
 *  without a <numFmt> entry (exceljs writes every format as a custom one). */
function withBuiltinFormats(bytes: Uint8Array, ids: Record<string, number>): Uint8Array {
  return storedZip(listZipEntries(bytes).map((entry) => {
    const data = readZipEntry(bytes, entry);
    if (entry.name !== "xl/styles.xml") return { name: entry.name, data };
    let xml = new TextDecoder().decode(data);
    for (const m of xml.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)) {
      const id = ids[unescapeXml(m[2])];
      if (id !== undefined) xml = xml.replaceAll(`numFmtId="${m[1]}"`, `numFmtId="${id}"`);
    }
    return { name: entry.name, data: encode(xml.replace(/<numFmts[^>]*>[\s\S]*?<\/numFmts>/, "")) };
  }));
}

describe("Japanese Excel's built-in date formats 55 (yyyy\"年\"m\"月\") and 56 (m\"月\"d\"日\")", () => {
  const MONTH = "yyyy\"年\"m\"月\"";
  const MONTH_DAY = "m\"月\"d\"日\"";

  it("are dates, not times: a 年月 gives the year and month (no day made up), a 月日 the date", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["名称", "住所", "設置位置", "設置年月", "パッド交換日"]);
    ws.addRow(["品川区役所", "東京都品川区広町2-1-36", "1階", new Date(Date.UTC(2019, 3, 1)), new Date(Date.UTC(2024, 9, 15))]);
    // a day the 年月 format hides is the file's: kept; a fraction of a day is a time (a zh-CN/zh-TW file's 上午/下午 time)
    ws.addRow(["品川図書館", "東京都品川区北品川2-32-3", "2階", new Date(Date.UTC(2020, 5, 15)), 0.5]);
    for (const r of [2, 3]) {
      ws.getCell(`D${r}`).numFmt = MONTH;
      ws.getCell(`E${r}`).numFmt = MONTH_DAY;
    }
    const bytes = withBuiltinFormats(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), { [MONTH]: 55, [MONTH_DAY]: 56 });
    const { rows } = await runBytes(bytes, "131091_aed.xlsx");
    expect(rows.map((r) => r.extra)).toEqual([
      { 設置年月: "2019-04", パッド交換日: "2024-10-15" },
      { 設置年月: "2020-06-15", パッド交換日: "12:00" },
    ]);
  });

  it("in a date column, a 月日 reads as the date; a 年月 is no date: warned and kept, not published as the 1st", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("イベント");
    ws.addRow(["イベント名", "開始日", "終了日", "場所名称", "住所"]);
    ws.addRow(["しながわ防災フェア", new Date(Date.UTC(2024, 8, 1)), new Date(Date.UTC(2024, 8, 2)), "品川区役所", "東京都品川区広町2-1-36"]);
    ws.addRow(["しながわ花火大会", new Date(Date.UTC(2024, 7, 1)), "", "品川区役所", "東京都品川区広町2-1-36"]);
    for (const c of ["B2", "C2"]) ws.getCell(c).numFmt = MONTH_DAY;
    ws.getCell("B3").numFmt = MONTH;
    const bytes = withBuiltinFormats(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), { [MONTH]: 55, [MONTH_DAY]: 56 });
    const { rows, report } = await runBytes(bytes, "131091_event.xlsx");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date])).toEqual([["2024-09-01", "2024-09-02"], [null, null]]);
    // said as the month it is (before dfe6ae6: unparseable_date)
    expect(report.issues.filter((i) => i.code === "unparseable_date" || i.code === "date_month_only").map((i) => [i.row, i.field, i.code, i.value, i.detail]))
      .toEqual([[2, "start_date", "date_month_only", "2024-08", "2024-08-01\t2024-08-31"]]);
    expect(rows[1].record.schedule_remarks).toBe("2024-08");
  });
});

describe("a number saved with digits Excel never shows (35.69384000000001, =0.1+0.2 as 0.30000000000000004)", () => {
  it("reads to Excel's fifteen significant digits, as the sheet shows it, in number and text columns alike", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["名称", "所在地_連結表記", "緯度", "経度", "設置位置", "電話番号", "備考"]);
    ws.addRow(["新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384000000001, 139.70354899999998, "1階", "03-3209-1111", 0.30000000000000004]);
    ws.addRow(["大久保図書館", "東京都新宿区大久保2-12-7", 35.6938412345678, 139.703549, "1階", "03-3209-1111", 1234567890123]);
    ws.getCell("C2").numFmt = "0.000000";
    const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.latitude, r.record.longitude, r.record.remarks]))
      .toEqual([[35.69384, 139.703549, "0.3"], [35.6938412345678, 139.703549, "1234567890123"]]);
  });
});

describe("digits typed into a cell formatted as a date or a time (20240503 under yyyy/m/d, 1000 under h:mm)", () => {
  it("read as the digits typed, not as the day 57316-08-11 (Excel shows ####) or 1000 days at 0:00 (a closing 0:00 made the day all day)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("イベント");
    ws.addRow(["イベント名", "開始日", "終了日", "開始時間", "終了時間", "場所名称", "住所"]);
    ws.addRow(["防災フェア", 20240503, 20240505, 1000, 1630, "新宿区役所", "東京都新宿区歌舞伎町1-4-1"]);
    ws.addRow(["花火大会", 45415, 45416, 930, 0.875, "新宿区役所", "東京都新宿区歌舞伎町1-4-1"]);
    // under [h]:mm (elapsed hours) 1000 is digits too; a whole 1 is the 24:00 typed
    ws.addRow(["夜間営業", 45415, 45415, 1000, 1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1"]);
    for (const r of [2, 3, 4]) {
      for (const c of ["B", "C"]) ws.getCell(`${c}${r}`).numFmt = "yyyy/m/d";
      for (const c of ["D", "E"]) ws.getCell(`${c}${r}`).numFmt = r === 4 ? "[h]:mm" : "h:mm";
    }
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_event.xlsx");
    // a serial Excel shows (2024/5/3) is a date, and a time of day (0.875) a time, as before
    expect(rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time]))
      .toEqual([["2024-05-03", "2024-05-05", "10:00", "16:30"], ["2024-05-03", "2024-05-04", "09:30", "21:00"], ["2024-05-03", "2024-05-03", "10:00", "23:59"]]);
    expect(report.issues.filter((i) => i.row === 1).map((i) => [i.field, i.code, i.value])).toEqual([
      ["start_date", "date_reformatted", "20240503"], ["end_date", "date_reformatted", "20240505"],
      ["start_time", "time_reformatted", "1000"], ["end_time", "time_reformatted", "1630"]]);
  });

  // a whole 1 under h:mm was read as the digits 1: unparseable_time, end_time empty and `1` put in schedule_remarks
  it("a whole 1 under h:mm (24:00 typed; Excel shows 0:00) is 24:00, a closing time, as it is under [h]:mm", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("イベント");
    ws.addRow(["イベント名", "開始日", "終了日", "開始時間", "終了時間", "場所名称", "住所"]);
    ws.addRow(["講演会", 45500, 45500, 0.5625, 1, "区民ホール", "東京都新宿区新宿5-3"]);
    for (const c of ["B", "C"]) ws.getCell(`${c}2`).numFmt = "yyyy/m/d";
    for (const c of ["D", "E"]) ws.getCell(`${c}2`).numFmt = "h:mm";
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_event.xlsx");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.record.schedule_remarks])).toEqual([["13:30", "23:59", null]]);
    expect(report.issues.filter((i) => i.row === 1).map((i) => [i.field, i.code, i.value])).toEqual([["end_time", "hour_24", "24:00"]]);
  });
});

describe("a time of day under a date-and-time format (yyyy/m/d h:mm: Excel shows 1900/1/0 10:00)", () => {
  it("is the time, no date: a time column reads it unsaid, a date column warns and keeps it, never publishes 1899-12-31", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("イベント");
    ws.addRow(["イベント名", "開始日", "終了日", "開始時間", "終了時間", "場所名称", "住所"]);
    ws.addRow(["防災フェア", 10 / 24, new Date(Date.UTC(2024, 8, 1, 16)), 10 / 24, 16.5 / 24, "新宿区役所", "東京都新宿区歌舞伎町1-4-1"]);
    for (const c of ["B2", "C2", "D2", "E2"]) ws.getCell(c).numFmt = "yyyy/m/d h:mm";
    ws.getCell("E2").numFmt = "yyyy/m/d h:mm:ss";
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_event.xlsx");
    expect(rows.map((r) => [r.record.start_date, r.record.end_date, r.record.start_time, r.record.end_time, r.record.schedule_remarks]))
      .toEqual([[null, "2024-09-01", "10:00", "16:30", "10:00"]]);
    expect(report.issues.filter((i) => ["start_date", "start_time", "end_time"].includes(i.field ?? "")).map((i) => [i.field, i.code, i.value]))
      .toEqual([["start_date", "unparseable_date", "10:00"]]);
  });
});

describe("a list printed side by side (its header again right of an empty column)", () => {
  const header = ["名称", "所在地", "緯度", "経度", "設置位置", "電話番号"];
  const book2up = async (rows: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED一覧");
    ws.addRow([...header, "", ...header]);
    for (const r of rows) ws.addRow(r);
    return runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
  };

  // the right block's 新宿駅ビル was published in the extra of 新宿区役所 (名称_2), said only as duplicate_header; then it
  // was cut off and its places not published at all
  it("the right block's places are read after the left block's rows, each under its own row, said with the block's columns", async () => {
    const { rows, report } = await book2up([
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384, 139.703549, "1階ロビー", "03-3209-1111", "", "新宿駅ビル", "東京都新宿区新宿3-38-1", 35.6901, 139.7003, "2階", "03-3333-1111"],
      ["大久保図書館", "東京都新宿区大久保2-12-7", 35.700984, 139.707417, "受付横", "03-3209-3812", "", "西新宿ビル", "東京都新宿区西新宿1-1-1", 135.6902, 139.6987, "1階", "03-3333-2222"],
      ["戸塚図書館", "東京都新宿区戸塚町1-1", 35.70, 139.71, "入口", "03-3209-0000"]]);
    expect(rows.map((r) => [r.row, r.record.name, r.record.full_address, r.record.latitude, r.record.phone_number, r.extra])).toEqual([
      [1, "新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.69384, "03-3209-1111", {}], [2, "大久保図書館", "東京都新宿区大久保2-12-7", 35.700984, "03-3209-3812", {}],
      [3, "戸塚図書館", "東京都新宿区戸塚町1-1", 35.7, "03-3209-0000", {}],
      [1, "新宿駅ビル", "東京都新宿区新宿3-38-1", 35.6901, "03-3333-1111", {}], [2, "西新宿ビル", "東京都新宿区西新宿1-1-1", 135.6902, "03-3333-2222", {}]]);
    expect(report.rows).toBe(5);
    const said = report.issues.find((i) => i.code === "side_by_side_list");
    expect(said).toMatchObject({ severity: "warning", value: "H列「名称」、I列「所在地」、J列「緯度」、K列「経度」、L列「設置位置」、M列「電話番号」", detail: "1-2" });
    expect(said?.message_ja).toContain("左の段の最後の行の後に、それぞれ元の行番号の別の行として読みました");
    expect(said?.message_en).toContain("rows with values there, of the first rows looked at: 1-2");
    expect(tuples(report, "side_by_side_row")).toEqual([[1, "name", "side_by_side_row"], [2, "name", "side_by_side_row"]]);
    const second = report.issues.find((i) => i.code === "side_by_side_row" && i.row === 2);
    expect(second).toMatchObject({ severity: "info", detail: "H～M列", value: "西新宿ビル,東京都新宿区西新宿1-1-1,135.6902,139.6987,1階,03-3333-2222" });
    expect(second?.message_ja).toContain("データの2行目の右の段（H～M列：西新宿ビル");
    expect(second?.message_en).toContain("The right block of data row 2 (H～M列: 西新宿ビル");
    // the right block's out-of-range latitude is said on its own row, with its value
    expect(report.issues.filter((i) => i.field === "latitude" && i.severity === "error").map((i) => [i.row, i.value])).toEqual([[2, "135.6902"]]);
    expect(tuples(report, "duplicate_header", "side_table", "blank_rows")).toEqual([]);
  });

  it("a header naming a column twice with no blank column before, or a block that is not the header's start: no such list", async () => {
    // (the whole first block again word for word is one: two places a row, two-up.test.ts)
    expect(secondBlockAt(["名称", "所在地", "名称", "所在地"])).toBe(2);
    expect(secondBlockAt(["名称", "所在地", "電話番号", "名称", "所在地"])).toBe(3);
    expect(secondBlockAt(["名称", "所在地", "電話番号", "所在地", "名称"])).toBeNull();
    expect(secondBlockAt(["名称", "所在地", "電話番号", "", "所在地", "電話番号"])).toBeNull();
    expect(secondBlockAt(["名称", "所在地", "", "名称"])).toBeNull();
    expect(secondBlockAt(["名称", "所在地", "電話番号", "", "名称", "所在地"])).toBe(4);
  });
});

describe("a table beside the list, after an empty column", () => {
  const list = [["阿佐谷保育園", "東京都杉並区阿佐谷南1-1-1", "03-3312-0001", 120], ["天沼保育園", "東京都杉並区天沼2-2-2", "03-3392-0002", 90],
    ["荻窪保育園", "東京都杉並区荻窪3-3-3", "03-3398-0003", 100], ["高円寺保育園", "東京都杉並区高円寺南4-4-4", "03-3311-0004", 80]];
  const sheet = async (side: unknown[][]) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("保育園");
    ws.addRow(["名称", "所在地", "電話番号", "収容定員", "", "種別", "施設数", "定員計"]);
    list.forEach((r, i) => ws.addRow([...r, "", ...(side[i] ?? [])]));
    return runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131156_preschool.xlsx");
  };

  it("is another table (a count by kind): its cells fill no column of the list's rows, and it is said", async () => {
    const { rows, report } = await sheet([["認可公立保育所", 4, 390], ["認可私立保育所", 0, 0], ["合計", 4, 390]]);
    expect(rows.map((r) => [r.record.name, r.record.facility_type ?? null, r.extra])).toEqual([
      ["阿佐谷保育園", null, {}], ["天沼保育園", null, {}], ["荻窪保育園", null, {}], ["高円寺保育園", null, {}]]);
    expect(report.issues.find((i) => i.code === "side_table")).toMatchObject({ severity: "warning", value: "F列「種別」、G列「施設数」、H列「定員計」" });
    expect(tuples(report, "duplicate_header", "unknown_header", "cells_past_header")).toEqual([]);
  });

  it("columns after an empty one with values on every row are the list's own (a spacing column)", async () => {
    const { rows, report } = await sheet(list.map((_, i) => [i % 2 === 0 ? "認可公立保育所" : "認可私立保育所", 1, 1]));
    expect(rows.map((r) => r.record.facility_type)).toEqual(["認可公立保育所", "認可私立保育所", "認可公立保育所", "認可私立保育所"]);
    expect(tuples(report, "side_table")).toEqual([]);
  });
});

describe("a kind of the standard's list alone on a row (merged across the table) heads the rows under it", () => {
  it("is no facility to be given an address: a section row, said as such", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("医療機関");
    ws.addRow(["名称", "医療機関の種類", "所在地", "電話番号"]);
    ws.addRow(["病院"]);
    ws.mergeCells("A2:D2");
    ws.addRow(["武蔵野赤十字病院", "病院", "東京都武蔵野市境南町1-26-1", "0422-32-3111"]);
    ws.addRow(["無床診療所"]);
    ws.mergeCells("A4:D4");
    ws.addRow(["境南クリニック", "無床診療所", "東京都武蔵野市境南町2-1-1", "0422-00-0000"]);
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "132039_hospital.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.facility_kind, r.valid])).toEqual([["武蔵野赤十字病院", "病院", true], ["境南クリニック", "無床診療所", true]]);
    expect(report.issues.filter((i) => i.code === "section_row").map((i) => [i.row, i.value])).toEqual([[1, "病院"], [3, "無床診療所"]]);
    expect(tuples(report, "missing_required")).toEqual([]);
  });
});

describe("a block number Excel turned into a date", () => {
  it("is no address: 所在地_番地以下 `1-4-1` stored as 2001/4/1 (or `4-5` as 4月5日) is left empty, an error naming what was typed", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("AED");
    ws.addRow(["全国地方公共団体コード", "名称", "所在地_連結表記", "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下", "緯度", "経度", "設置位置"]);
    ws.addRow(["131041", "新宿区役所", "", "東京都", "新宿区", "歌舞伎町一丁目", new Date(Date.UTC(2001, 3, 1)), 35.6938, 139.7034, "1階"]).getCell(7).numFmt = "yyyy/m/d";
    ws.addRow(["131041", "分庁舎", "", "東京都", "新宿区", "歌舞伎町一丁目", new Date(Date.UTC(2024, 3, 5)), 35.6938, 139.7034, "1階"]).getCell(7).numFmt = "m\"月\"d\"日\"";
    ws.addRow(["131041", "四谷特別出張所", "", "東京都", "新宿区", "内藤町", "87", 35.6857, 139.7145, "1階"]);
    const { rows, report } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "131041_aed.xlsx");
    expect(rows.map((r) => [r.valid, r.record.city_block, r.record.full_address])).toEqual([
      [false, null, "東京都新宿区歌舞伎町一丁目"], [false, null, "東京都新宿区歌舞伎町一丁目"], [true, "87", "東京都新宿区内藤町87"]]);
    const said = report.issues.filter((i) => i.code === "block_number_as_date");
    expect(said.map((i) => [i.row, i.field, i.value, i.severity])).toEqual([[1, "city_block", "2001-04-01", "error"], [2, "city_block", "2024-04-05", "error"]]);
    expect(said[0].message_ja).toContain("「1-4-1」、「4-1」");
    expect(said[0].message_ja).toContain("列の書式を「文字列」にしてから");
  });
});

describe("a time of day under a date format", () => {
  it("is read as the time, not as 1899-12-31 (a program wrote 0.41667 with the format of a date)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("観光");
    ws.addRow(["名称", "所在地", "開始時間", "終了時間", "開館日"]);
    const row = ws.addRow(["日の出山荘", "東京都西多摩郡日の出町大久野3924", 10 / 24, 20 / 24, new Date(Date.UTC(2024, 3, 1))]);
    for (const c of [3, 4, 5]) row.getCell(c).numFmt = "yyyy/m/d";
    const { rows } = await runBytes(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer), "133051_tourism.xlsx");
    expect([rows[0].record.start_time, rows[0].record.end_time, rows[0].extra["開館日"]]).toEqual(["10:00", "20:00", "2024-04-01"]);
  });
});
