// Rows struck through by cell style: a place staff "deleted" by striking its whole row is not published, and said by
// row and name; one struck cell in a row is an edit of that cell, and the row is read.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { struckStyles } from "../../../pipelines/struck-rows.ts";
import { runBytes, tuples } from "./helpers.ts";

const HEADER = ["名称", "所在地", "電話番号", "緯度", "経度"];
const PLACES = [
  ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", 35.6938, 139.7035],
  ["旧四谷出張所", "東京都新宿区内藤町87", "03-3354-1111", 35.6855, 139.7107],
  ["牛込出張所", "東京都新宿区箪笥町15", "03-3260-1111", 35.7006, 139.7345],
];

/** A one-sheet workbook of HEADER and PLACES; `strike` gives, per data row (0-based), the 1-based columns struck. */
async function struckBook(strike: Record<number, number[]>, header: unknown[][] = [HEADER]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("一覧");
  for (const h of header) ws.addRow(h);
  PLACES.forEach((p, i) => {
    const row = ws.addRow(p);
    for (const c of strike[i] ?? []) row.getCell(c).font = { strike: true };
  });
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

const all = [1, 2, 3, 4, 5];

describe("rows struck through by cell style", () => {
  it("a row struck through in every filled cell is not published, and said with its row and name", async () => {
    const { rows, report } = await runBytes(await struckBook({ 1: all }), "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿区役所"], [3, "牛込出張所"]]);
    const said = report.issues.filter((i) => i.code === "struck_row");
    expect(said.map((i) => [i.row, i.field, i.value, i.severity])).toEqual([[2, "name", "旧四谷出張所", "warning"]]);
    expect(said[0].message_ja).toContain("データの2行目（旧四谷出張所）は、入力のあるセルすべてに取り消し線");
    expect(said[0].message_en).toContain("Data row 2 (旧四谷出張所) is struck through in every filled cell");
    expect([report.rows, report.valid]).toEqual([2, 2]);
  });

  it("the first data row and the last struck: both said, the row between read", async () => {
    const { rows, report } = await runBytes(await struckBook({ 0: all, 2: all }), "131041_public_facility.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["旧四谷出張所"]);
    expect(report.issues.filter((i) => i.code === "struck_row").map((i) => [i.row, i.value])).toEqual([[1, "新宿区役所"], [3, "牛込出張所"]]);
  });

  it("one struck cell in a row is an edit of that cell: the row is read, no struck row said", async () => {
    const { rows, report } = await runBytes(await struckBook({ 2: [3] }), "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.phone_number])).toEqual([
      ["新宿区役所", "03-3209-1111"], ["旧四谷出張所", "03-3354-1111"], ["牛込出張所", "03-3260-1111"]]);
    expect(report.issues.filter((i) => i.code === "struck_row")).toEqual([]);
  });

  it("a row struck under a header over two rows is left out too", async () => {
    const header = [["名称", "所在地", "連絡先", "位置", ""], ["", "", "電話番号", "緯度", "経度"]];
    const { rows, report } = await runBytes(await struckBook({ 1: all }, header), "131041_public_facility.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区役所", "牛込出張所"]);
    expect(report.issues.filter((i) => i.code === "struck_row").map((i) => [i.row, i.value])).toEqual([[2, "旧四谷出張所"]]);
  });
});

describe("a sheet drawn struck through, its header too", () => {
  /** A workbook whose header and rows are all struck: the strike is the sheet's look, not a deletion. */
  async function struckSheet(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("一覧");
    for (const r of [HEADER, ...PLACES]) ws.addRow(r).eachCell((cell) => { cell.font = { strike: true }; });
    return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
  }

  it("every row is read: the struck header says the strike is how the sheet is drawn, no row deleted", async () => {
    const { rows, report } = await runBytes(await struckSheet(), "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.row, r.record.name, r.record.phone_number])).toEqual([
      [1, "新宿区役所", "03-3209-1111"], [2, "旧四谷出張所", "03-3354-1111"], [3, "牛込出張所", "03-3260-1111"]]);
    expect(report.issues.filter((i) => i.code === "struck_row" || i.code === "no_data_rows")).toEqual([]);
    expect([report.rows, report.valid]).toEqual([3, 3]);
  });
});

describe("every data row struck, the header not", () => {
  it("no row is not struck, so the strike is the table's look: every row read, said once with the count", async () => {
    const { rows, report } = await runBytes(await struckBook({ 0: all, 1: all, 2: all }), "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[1, "新宿区役所"], [2, "旧四谷出張所"], [3, "牛込出張所"]]);
    const said = report.issues.filter((i) => ["struck_row", "struck_rows_read", "no_data_rows"].includes(i.code));
    expect(said.map((i) => [i.code, i.severity, i.value])).toEqual([["struck_rows_read", "warning", "3"]]);
    expect(said[0].message_ja).toContain("データの行すべて（3行）に取り消し線");
  });

  it("the first two struck and the last not: the first two are places deleted, as before", async () => {
    const { rows, report } = await runBytes(await struckBook({ 0: all, 1: all }), "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.row, r.record.name])).toEqual([[3, "牛込出張所"]]);
    expect(tuples(report, "struck_row", "struck_rows_read")).toEqual([[1, "name", "struck_row"], [2, "name", "struck_row"]]);
  });
});

describe("struckStyles", () => {
  it("the cell styles whose font is struck, not a font struck with val=0", () => {
    const styles = `<styleSheet><fonts count="3"><font><sz val="11"/></font><font><strike/><sz val="11"/></font><font><strike val="0"/></font></fonts>`
      + `<cellXfs count="4"><xf fontId="0"/><xf fontId="1" applyFont="1"/><xf fontId="2"/><xf fontId="1"></xf></cellXfs></styleSheet>`;
    expect([...struckStyles(styles)]).toEqual([1, 3]);
  });

  it("not the workbook's default font struck: that strikes every cell, and no row was struck to delete it", () => {
    const styles = `<styleSheet><fonts count="2"><font><strike/><sz val="11"/></font><font><sz val="11"/></font></fonts>`
      + `<cellXfs count="2"><xf fontId="0"/><xf fontId="1"/></cellXfs></styleSheet>`;
    expect([...struckStyles(styles)]).toEqual([]);
  });
});
