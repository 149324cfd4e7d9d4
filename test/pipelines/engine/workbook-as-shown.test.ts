// A workbook's cells read as Excel shows them, with no issue for what Excel's display already gives: a phone number's
// 0 shown by its format, a time's seconds its format hides; and blank rows said in a workbook's words, not a CSV's.
import { describe, expect, it } from "vitest";
import { formatKind, serialToIso } from "../../../pipelines/cell-values.ts";
import { compileNumberFormat } from "../../../pipelines/number-format.ts";
import { book, runBytes } from "./helpers.ts";

const HEADER = ["名称", "所在地_連結表記", "緯度", "経度", "設置位置", "電話番号", "開始時間", "終了時間"];
const row = (i: number, phone: unknown, start: unknown, end: unknown) =>
  [`新宿区施設${i}`, `東京都新宿区西新宿${i}-1`, 35.69, 139.7, "1階", phone, start, end];
/** Japanese Excel's その他 → 電話番号(東京) */
const TOKYO_PHONE = "[<=99999999]####-####;(00) ####-####";

const fieldIssues = (issues: ReadonlyArray<{ row: number | null; field: string | null; code: string; value: string | null }>, field: string) =>
  issues.filter((i) => i.field === field).map((i) => [i.row, i.code, i.value]);

describe("a number whose format shows a 0 it lacks", () => {
  const padded = (code: string, value: number) => compileNumberFormat(code, { zeroPadding: true })?.number(value) ?? null;

  it.each<[string, number, string | null]>([
    [TOKYO_PHONE, 332091111, "(03) 3209-1111"],
    [TOKYO_PHONE, 32091111, null], // the first section pads nothing: 3209-1111 is the number's own digits
    ["(00) 0000-0000", 368521234, "(03) 6852-1234"],
    ["00", 3, "03"],
    ["00", 12, null],
    ["0.00", 0.5, null], // a 0 before the point is no padding
    ["00.0", 3.5, null], // a number with decimals stays a number
    ["(00) ####-####", 3.5, null],
    ["#,##0", 1234, null],
    // one 0 before the number's own places: Excel shows the 0 (and groups every number 0##-###-####'s way)
    ["0##-###-####", 332091111, "033-209-1111"],
    ["0##-###-####", 9012345678, "901-234-5678"], // ten digits fill every place: no 0 shown, the groups are
    ["(00) ####-####", 9012345678, "(90) 1234-5678"],
    ["0#", 3, "03"],
    ["0", 3, null],
  ])("%s shows %d as %s", (code, value, text) => expect(padded(code, value)).toBe(text));

  it("is left to the digits of a fixed-width format (0000, 000-0000), and off unless asked for", () => {
    const digitsOnly = (code: string) => {
      const kind = formatKind(code);
      return typeof kind === "object" ? [typeof kind.digits, kind.shows] : kind;
    };
    expect([compileNumberFormat(TOKYO_PHONE), digitsOnly("0000"), digitsOnly("000-0000"), formatKind("00.0")])
      .toEqual([null, ["function", null], ["function", null], "number"]);
  });

  it("a phone stored as 332091111 under 電話番号(東京) reads as Excel shows it, (03) 3209-1111: no lost 0 is said", async () => {
    const bytes = await book([["AED", [HEADER, row(1, 332091111, "09:00", "17:00"), row(2, "03-5273-3914", "09:00", "17:00")]]],
      (ws) => { ws.getCell("F2").numFmt = TOKYO_PHONE; ws.getCell("F3").numFmt = TOKYO_PHONE; });
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.phone_number)).toEqual(["03-3209-1111", "03-5273-3914"]);
    expect(fieldIssues(report.issues, "phone_number")).toEqual([[1, "phone_separators", "(03) 3209-1111"]]);
  });
});

describe("a phone under 0##-###-####, a format that groups every number as 0XX-XXX-XXXX", () => {
  it("reads as Excel shows it, 033-209-1111, and is published in its area code's groups with the regrouping said", async () => {
    const phones = [332091111, 425283111, 422515131, 499221441];
    const bytes = await book([["AED", [HEADER, ...phones.map((p, i) => row(i + 1, p, "09:00", "17:00"))]]],
      (ws) => phones.forEach((_, i) => { ws.getCell(`F${i + 2}`).numFmt = "0##-###-####"; }));
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.phone_number)).toEqual(["03-3209-1111", "042-528-3111", "0422-51-5131", "04992-2-1441"]);
    expect(report.issues.filter((i) => i.field === "phone_number").map((i) => [i.row, i.code, i.value, i.detail])).toEqual([
      [1, "phone_regrouped", "033-209-1111", "03-3209-1111"],
      [3, "phone_regrouped", "042-251-5131", "0422-51-5131"],
      [4, "phone_regrouped", "049-922-1441", "04992-2-1441"],
    ]);
  });
});

describe("a mobile number typed from its 0 into a cell formatted 0##-###-#### (ten places)", () => {
  it("reads as Excel shows it, 901-234-5678, and is published 090-1234-5678, said as the format's doing", async () => {
    const phones = [9012345678, 8012345678, 332091111];
    const bytes = await book([["AED", [HEADER, ...phones.map((p, i) => row(i + 1, p, "09:00", "17:00"))]]],
      (ws) => phones.forEach((_, i) => { ws.getCell(`F${i + 2}`).numFmt = "0##-###-####"; }));
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.phone_number)).toEqual(["090-1234-5678", "080-1234-5678", "03-3209-1111"]);
    expect(report.issues.filter((i) => i.field === "phone_number").map((i) => [i.row, i.code, i.value, i.detail])).toEqual([
      [1, "phone_zero_beyond_format", "901-234-5678", "090-1234-5678"],
      [2, "phone_zero_beyond_format", "801-234-5678", "080-1234-5678"],
      [3, "phone_regrouped", "033-209-1111", "03-3209-1111"],
    ]);
  });
});

describe("a postal code under a format of several sections", () => {
  it("reads as the section for its value shows it (郵便番号 [<=999]000;[<=99999]000-00;000-0000 shows 1000005 as 100-0005, 600001 as 060-0001)", async () => {
    const facilityRow = (i: number, postal: unknown) => [`千代田区施設${i}`, `東京都千代田区千代田${i}-1`, 35.68, 139.75, postal];
    const formats = ["[<=999]000;[<=99999]000-00;000-0000", "[<=999]000;[<=99999]000-00;000-0000", "000\\-0000", "000-0000;@"];
    const bytes = await book([["公共施設", [["名称", "所在地_連結表記", "緯度", "経度", "郵便番号"],
      facilityRow(1, 1000005), facilityRow(2, 600001), facilityRow(3, 1020082), facilityRow(4, 1600023)]]],
    (ws) => formats.forEach((format, i) => { ws.getCell(`E${i + 2}`).numFmt = format; }));
    const { rows, report } = await runBytes(bytes, "131016_public_facility.xlsx");
    expect(rows.map((r) => r.record.postal_code)).toEqual(["1000005", "0600001", "1020082", "1600023"]);
    expect(fieldIssues(report.issues, "postal_code")).toEqual([[1, "postal_code_reformatted", "100-0005"],
      [2, "postal_code_reformatted", "060-0001"], [3, "postal_code_reformatted", "102-0082"], [4, "postal_code_reformatted", "160-0023"]]);
  });
});

describe("a time whose format hides its seconds", () => {
  it.each([["h:mm", "time"], ["h:mm:ss", "time_seconds"], ["mm:ss", "minutes_seconds"], ["yyyy/m/d h:mm", "datetime"],
    ["yyyy/m/d h:mm:ss", "datetime_seconds"]])("%s → %s", (code, kind) => expect(formatKind(code)).toBe(kind));

  it.each<[number, "time" | "time_seconds" | "datetime" | "datetime_seconds", string]>([
    [0.3750115740740741, "time", "09:00"],
    [0.3750115740740741, "time_seconds", "09:00:01"],
    [0.3756828703703704, "time", "09:00"], // 9:00:58: Excel's h:mm shows the minute begun, not the next
    [45292.37501157407, "datetime", "2024-01-01T09:00"],
    [45292.37501157407, "datetime_seconds", "2024-01-01T09:00:01"],
  ])("%d as %s → %s", (serial, kind, text) => expect(serialToIso(serial, kind)).toBe(text));

  it("9:00:01 under h:mm (shown 9:00) reads 09:00 with no issue; under h:mm:ss it reads as shown and is said", async () => {
    const bytes = await book([["AED", [HEADER, row(1, "03-3209-1111", 0.3750115740740741, 0.75), row(2, "03-3209-1111", 0.3750115740740741, 0.75)]]],
      (ws) => {
        for (const cell of ["G2", "H2", "H3"]) ws.getCell(cell).numFmt = "h:mm";
        ws.getCell("G3").numFmt = "h:mm:ss";
      });
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => [r.record.start_time, r.record.end_time])).toEqual([["09:00", "18:00"], ["09:00", "18:00"]]);
    expect(fieldIssues(report.issues, "start_time")).toEqual([[2, "time_seconds_rounded", "09:00:01"]]);
  });
});

describe("blank rows in a workbook", () => {
  it("styled blank rows under the data are said without a CSV's commas", async () => {
    const bytes = await book([["AED", [HEADER, row(1, "03-3209-1111", "09:00", "17:00"), [], [], []]]], (ws) => {
      for (const r of [3, 4, 5]) ws.getCell(`A${r}`).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    });
    const { rows, report } = await runBytes(bytes, "131041_aed.xlsx");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区施設1"]);
    const blank = report.issues.filter((i) => i.code === "blank_rows");
    expect(blank.map((i) => [i.row, i.value, i.detail, i.message_ja, i.message_en])).toEqual([[2, "2-4", "sheet",
      "3行目（データの2行目）：空の行（どのセルにも値のない行：データの2-4行目）を読み飛ばしました。罫線や色だけの行も含め、空の行は行ごと削除してください。",
      "Row 3 (data row 2): empty rows (no value in any cell: data rows 2-4) were skipped. Delete the empty rows, those with only borders or colours too."]]);
  });

  it("a CSV's blank rows keep the CSV's words", async () => {
    const csv = `${HEADER.join(",")}\n${row(1, "03-3209-1111", "09:00", "17:00").join(",")}\n,,,,,,,\n`;
    const { report } = await runBytes(csv, "131041_aed.csv");
    expect(report.issues.filter((i) => i.code === "blank_rows").map((i) => [i.row, i.value, i.detail, i.message_en]))
      .toEqual([[2, "2", undefined, "Row 3 (data row 2): empty rows (blank or commas only: data rows 2) were skipped. Delete empty rows."]]);
  });
});
