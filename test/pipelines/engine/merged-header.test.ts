// A header cell merged over two columns (電話番号 over the number and a second one, 住所 over 町名 | 番地, 緯度経度 over
// 緯度 | 経度): the columns it covers are read by what they hold, never lost as a blank-headed column.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { runBytes, tuples } from "./helpers.ts";

/** A one-sheet workbook of the rows, with the merged ranges. */
async function merged(rows: unknown[][], merges: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("一覧");
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

describe("a one-row header cell merged over two columns", () => {
  it("緯度経度 over two columns: the first is the latitude, the second the longitude, none past the header", async () => {
    const bytes = await merged([["名称", "住所", "設置位置", "緯度経度", ""],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "1階", 35.6938, 139.7035], ["四谷出張所", "東京都新宿区内藤町87", "1階", 35.6855, 139.7107]], ["D1:E1"]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.latitude, r.record.longitude, r.extra])).toEqual([
      ["新宿区役所", 35.6938, 139.7035, {}], ["四谷出張所", 35.6855, 139.7107, {}]]);
    expect(report.issues.filter((i) => i.code === "merged_header_split").map((i) => [i.severity, i.field, i.value])).toEqual([["info", "緯度経度", "緯度、経度"]]);
    expect(tuples(report, "cells_past_header", "coordinates_column_split", "blank_header")).toEqual([]);
  });

  it("電話番号 over two columns of phone numbers: the second is another number, kept in extra as 電話番号(2)", async () => {
    const bytes = await merged([["名称", "所在地", "電話番号", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", "03-3209-2222", 35.6938, 139.7035],
      ["四谷出張所", "東京都新宿区内藤町87", "03-3354-1111", "03-3354-2222", 35.6855, 139.7107]], ["C1:D1"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.phone_number, r.extra])).toEqual([
      ["03-3209-1111", { "電話番号(2)": "03-3209-2222" }], ["03-3354-1111", { "電話番号(2)": "03-3354-2222" }]]);
    const said = report.issues.find((i) => i.code === "merged_header_second_value");
    expect([said?.severity, said?.field, said?.value]).toEqual(["info", "電話番号", "電話番号(2)"]);
    expect(said?.message_ja).toContain("右の列（電話番号(2)）には「電話番号」と同じ種類の別の値があります");
    expect(report.header.map((h) => [h.source, h.field])).toContainEqual(["電話番号(2)", null]);
    // named by the merge: no blank header, and no verdict on a bracketed 電話番号 the file never wrote
    expect(tuples(report, "blank_header", "qualified_header")).toEqual([]);
  });

  it("住所 over 町名 | 番地: the 番地 is the rest of the address, joined into it and kept in extra", async () => {
    const bytes = await merged([["名称", "住所", "", "設置位置", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町", "1-4-1", "1階", 35.6938, 139.7035], ["四谷出張所", "東京都新宿区内藤町", "87", "1階", 35.6855, 139.7107]], ["B1:C1"]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.full_address, r.extra])).toEqual([
      ["東京都新宿区歌舞伎町1-4-1", { "住所(2)": "1-4-1" }], ["東京都新宿区内藤町87", { "住所(2)": "87" }]]);
    expect(report.issues.filter((i) => i.code === "merged_header_parts_joined").map((i) => [i.severity, i.field, i.value])).toEqual([["info", "住所", "住所(2)"]]);
    expect(tuples(report, "blank_header", "qualified_header")).toEqual([]);
  });

  it("住所 over two whole addresses (本館 | 別館): a second address, not joined", async () => {
    const bytes = await merged([["名称", "住所", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "新宿区西新宿2-8-1", 35.6938, 139.7035]], ["B1:C1"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.full_address, r.extra])).toEqual([["東京都新宿区歌舞伎町1-4-1", { "住所(2)": "新宿区西新宿2-8-1" }]]);
    expect(tuples(report, "merged_header_second_value", "merged_header_parts_joined")).toEqual([[null, "住所", "merged_header_second_value"]]);
  });

  it("a header over two rows names the parts itself: 電話番号 over 代表 | FAX reads FAX番号, as before", async () => {
    const bytes = await merged([["名称", "住所", "電話番号", "", "緯度", "経度"], ["", "", "代表", "FAX", "", ""],
      ["新宿保育園", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", "03-3209-2222", 35.6938, 139.7035]], ["C1:D1", "A1:A2", "B1:B2", "E1:E2", "F1:F2"]);
    const { rows, report } = await runBytes(bytes, "131041_preschool.xlsx");
    expect(rows.map((r) => [r.record.phone_number, r.record.fax_number, r.extra])).toEqual([["03-3209-1111", "03-3209-2222", {}]]);
    expect(tuples(report, "merged_header_second_value", "merged_header_parts_joined", "merged_header_split")).toEqual([]);
  });
});

describe("a merged header over columns the standard names apart", () => {
  it("名称 over 名称 | カナ: the readings are the 名称_カナ, never joined into the name", async () => {
    const bytes = await merged([["名称", "", "所在地", "緯度", "経度"],
      ["新宿区役所", "シンジュククヤクショ", "東京都新宿区歌舞伎町1-4-1", 35.6938, 139.7035], ["四谷出張所", "ﾖﾂﾔｼｭｯﾁｮｳｼﾞｮ", "東京都新宿区内藤町87", 35.6855, 139.7107]], ["A1:B1"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.name_kana, r.extra])).toEqual([
      ["新宿区役所", "シンジュククヤクショ", {}], ["四谷出張所", "ヨツヤシュッチョウジョ", {}]]);
    expect(report.issues.filter((i) => i.code.startsWith("merged_header")).map((i) => [i.code, i.field, i.value])).toEqual([["merged_header_second_place", "名称", "名称_カナ"]]);
  });

  it("名称 over 名称 | English name: the Latin names are the 名称_英字, never joined into the name", async () => {
    const bytes = await merged([["名称", "", "所在地", "緯度", "経度"],
      ["新宿区役所", "Shinjuku City Office", "東京都新宿区歌舞伎町1-4-1", 35.6938, 139.7035], ["四谷出張所", "Yotsuya Branch Office", "東京都新宿区内藤町87", 35.6855, 139.7107]], ["A1:B1"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.name, r.record.name_en, r.extra])).toEqual([
      ["新宿区役所", "Shinjuku City Office", {}], ["四谷出張所", "Yotsuya Branch Office", {}]]);
    expect(report.issues.filter((i) => i.code.startsWith("merged_header")).map((i) => [i.code, i.field, i.value])).toEqual([["merged_header_second_place", "名称", "名称_英字"]]);
  });

  it("開館時間 over 開始 | 終了: the time right of the start is the 終了時間, not a note", async () => {
    const bytes = await merged([["名称", "所在地", "開館時間", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "8:30", "17:15", 35.6938, 139.7035], ["四谷出張所", "東京都新宿区内藤町87", "9:00", "17:00", 35.6855, 139.7107]], ["C1:D1"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time, r.extra])).toEqual([["08:30", "17:15", {}], ["09:00", "17:00", {}]]);
    expect(tuples(report, "merged_header_second_place", "merged_header_second_value", "hours_column_repeated")).toEqual([[null, "開館時間", "merged_header_second_place"]]);
  });

  it("住所 over 住所 | 方書: the building and floor are the 方書, not run on into the address; a 番地 is still joined", async () => {
    const bytes = await merged([["名称", "住所", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "第一分庁舎2階", 35.6938, 139.7035], ["四谷出張所", "東京都新宿区内藤町87", "", 35.6855, 139.7107],
      ["新宿文化センター", "東京都新宿区新宿6-14-1", "新宿ビル3F", 35.6938, 139.7035]], ["B1:C1"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.full_address, r.record.building_name, r.extra])).toEqual([
      ["東京都新宿区歌舞伎町1-4-1", "第一分庁舎2階", {}], ["東京都新宿区内藤町87", null, {}], ["東京都新宿区新宿6-14-1", "新宿ビル3F", {}]]);
    expect(report.issues.filter((i) => i.code.startsWith("merged_header")).map((i) => [i.code, i.field, i.value])).toEqual([["merged_header_second_place", "住所", "建物名等(方書)"]]);
  });

  it("利用可能曜日 over day columns of ○: the marks are not joined (○ ○ ○ says no day), kept in extra and said", async () => {
    const bytes = await merged([["名称", "所在地", "設置位置", "緯度", "経度", "利用可能曜日", "", ""],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "1階", 35.6938, 139.7035, "平日", "○", ""], ["四谷出張所", "東京都新宿区内藤町87", "1階", 35.6855, 139.7107, "平日", "", "○"]], ["F1:H1"]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.available_days, r.extra])).toEqual([
      ["月火水木金", { "利用可能曜日(2)": "○" }], ["月火水木金", { "利用可能曜日(3)": "○" }]]);
    const said = report.issues.filter((i) => i.code.startsWith("merged_header"));
    expect(said.map((i) => [i.code, i.field, i.value])).toEqual([["merged_header_marks", "利用可能曜日", "利用可能曜日(2)、利用可能曜日(3)"]]);
    expect(said[0].message_ja).toContain("○などの印しかないため");
    expect(tuples(report, "qualified_header")).toEqual([]);
  });
});

describe("merged header parts beside a column of both coordinates", () => {
  it("住所 over 町名 | 番地 after a 緯度経度 column of pairs: the parts are joined by the file's own columns", async () => {
    const bytes = await merged([["名称", "緯度経度", "住所", "", "設置位置"],
      ["新宿区役所", "35.6938,139.7035", "東京都新宿区歌舞伎町", "1-4-1", "1階"]], ["C1:D1"]);
    const { rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.latitude, r.record.longitude, r.record.full_address, r.record.installation_position, r.extra]))
      .toEqual([[35.6938, 139.7035, "東京都新宿区歌舞伎町1-4-1", "1階", { "住所(2)": "1-4-1" }]]);
  });
});

describe("merged header cells of other shapes", () => {
  it("電話番号 merged over two columns and both header rows, beside 位置 over 緯度 | 経度: the second number kept as 電話番号(2)", async () => {
    const bytes = await merged([["名称", "住所", "電話番号", "", "位置", ""], ["", "", "", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", "03-3209-2222", 35.6938, 139.7035]], ["A1:A2", "B1:B2", "C1:D2", "E1:F1"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.phone_number, r.record.latitude, r.record.longitude, r.extra]))
      .toEqual([["03-3209-1111", 35.6938, 139.7035, { "電話番号(2)": "03-3209-2222" }]]);
    expect(tuples(report, "merged_header_second_value", "blank_header")).toEqual([[null, "電話番号", "merged_header_second_value"]]);
  });

  it("a header of no standard column merged over two: both kept in extra, the second under its numbered name, said as unknown", async () => {
    const bytes = await merged([["名称", "住所", "管理者", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "総務課", "庶務係", 35.6938, 139.7035]], ["C1:D1"]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.extra)).toEqual([{ 管理者: "総務課", "管理者(2)": "庶務係" }]);
    expect(tuples(report, "unknown_header", "blank_header", "merged_header_second_value", "merged_header_parts_joined"))
      .toEqual([[null, "管理者", "unknown_header"], [null, "管理者(2)", "unknown_header"]]);
  });

  it("a 備考 merged over two columns with nothing in the second: nothing named, nothing said", async () => {
    const bytes = await merged([["名称", "住所", "緯度", "経度", "備考", ""],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.6938, 139.7035, "土日休み", ""]], ["E1:F1", "E2:F2"]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.remarks, r.extra])).toEqual([["土日休み", {}]]);
    expect(report.header.map((h) => h.source)).toEqual(["名称", "住所", "緯度", "経度", "備考"]);
    expect(tuples(report, "merged_header_second_value", "merged_header_parts_joined", "merged_header_split")).toEqual([]);
  });
});

describe("a second value that says where it goes", () => {
  it("電話番号 over the number and `FAX 03-…`: the second column is the FAX番号 where the dataset has one", async () => {
    const bytes = await merged([["名称", "住所", "電話番号", "", "緯度", "経度"],
      ["新宿保育園", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", "FAX 03-3209-2222", 35.6938, 139.7035]], ["C1:D1"]);
    const { rows, report } = await runBytes(bytes, "131041_preschool.xlsx");
    expect(rows.map((r) => [r.record.phone_number, r.record.fax_number, r.extra])).toEqual([["03-3209-1111", "03-3209-2222", {}]]);
    expect(report.issues.filter((i) => i.code.startsWith("merged_header")).map((i) => [i.code, i.field, i.value]))
      .toEqual([["merged_header_second_place", "電話番号", "FAX番号"]]);
  });

  it("the same in a dataset without FAX番号: kept in extra as 電話番号(2)", async () => {
    const bytes = await merged([["名称", "住所", "電話番号", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", "FAX 03-3209-2222", 35.6938, 139.7035]], ["C1:D1"]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.phone_number, r.extra])).toEqual([["03-3209-1111", { "電話番号(2)": "FAX 03-3209-2222" }]]);
    expect(tuples(report, "merged_header_second_value", "merged_header_second_place")).toEqual([[null, "電話番号", "merged_header_second_value"]]);
  });
});

describe("a part of a phone number under a merged 電話番号", () => {
  it("電話番号 over the number and its 内線: the extension is read with the number, the column kept in extra", async () => {
    const bytes = await merged([["名称", "住所", "電話番号", "", "緯度", "経度"],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", "内線2345", 35.6938, 139.7035]], ["C1:D1"]);
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.phone_number, r.record.extension_number, r.extra])).toEqual([["03-3209-1111", "2345", { "電話番号(2)": "内線2345" }]]);
    expect(tuples(report, "merged_header_parts_joined")).toEqual([[null, "電話番号", "merged_header_parts_joined"]]);
  });
});

describe("parts of a text joined", () => {
  it("備考 over two columns of notes: joined with a space between, each kept in extra", async () => {
    const bytes = await merged([["名称", "住所", "緯度", "経度", "備考", ""],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", 35.6938, 139.7035, "土日休み", "要予約"], ["四谷出張所", "東京都新宿区内藤町87", 35.6855, 139.7107, "", "要予約"]], ["E1:F1"]);
    const { rows } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.remarks, r.extra])).toEqual([["土日休み 要予約", { "備考(2)": "要予約" }], ["要予約", { "備考(2)": "要予約" }]]);
  });
});

describe("a second header row naming a second phone", () => {
  it("電話番号 over 代表 | 直通: the 代表 is the phone number, the 直通 kept in extra under the name of both rows", async () => {
    const bytes = await merged([["名称", "住所", "電話番号", "", "緯度", "経度"], ["", "", "代表", "直通", "", ""],
      ["新宿区役所", "東京都新宿区歌舞伎町1-4-1", "03-3209-1111", "03-3209-2222", 35.6938, 139.7035]], ["A1:A2", "B1:B2", "C1:D1", "E1:E2", "F1:F2"]);
    const { rows, report } = await runBytes(bytes, "131041_public_facility.xlsx");
    expect(rows.map((r) => [r.record.phone_number, r.extra])).toEqual([["03-3209-1111", { 電話番号_直通: "03-3209-2222" }]]);
    expect(tuples(report, "merged_header_second_value", "blank_header")).toEqual([]);
  });
});
