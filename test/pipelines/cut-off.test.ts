// cutOff: a file is held as cut off only when it ends without a line end inside its last row, the one row short of cells.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cutOff } from "../../pipelines/cut-off.ts";
import { LastRowShape } from "../../pipelines/last-row-shape.ts";
import { harmonize } from "../../pipelines/run.ts";
import { ROOT } from "../helpers.ts";
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

// The engine reading 新宿区's AED list (Shift_JIS, CRLF, 106 rows of 20 columns; 方書, 画像, 画像_ライセンス and the
// last column 備考 are empty in every row, URL is filled in every row), with its last row cut or written short.
const AED = readFileSync(path.join(ROOT, "data", "sources", "131041", "131041_aed.csv")).toString("latin1").split("\r\n").filter((l) => l !== "");
const PUBLISHED = AED.length - 1;
/** The file of the header and the first `rows` data rows, then `last` with no line end (latin1: one char per byte). */
const fileOf = (rows: number, last: string) => new Uint8Array(Buffer.from([...AED.slice(0, rows + 1), last].join("\r\n"), "latin1"));

async function judged(bytes: Uint8Array, publishedValid?: number | null) {
  const shape = new LastRowShape();
  const report = await harmonize({ bytes, fileName: "131041_aed.csv" }, { onHeader: (h) => shape.header(h.header, h.extra) }, (rows) => shape.add(rows));
  return { report, held: cutOff(report, bytes.subarray(-2), { publishedValid, shape }) };
}

describe("cutOff of a harvested file, by what its rows hold", () => {
  const row40 = AED[40]!;
  const urlEnd = row40.length - 1; // the row ends `…/0040.html,` (備考 empty)

  it("a download stopped inside row 40 of 106: held wherever the cut falls, but for the two cuts that leave a whole-looking row", async () => {
    const notHeld: number[] = [];
    for (let k = 1; k <= row40.length; k++) {
      const { held } = await judged(fileOf(39, row40.slice(0, k)), PUBLISHED);
      if (held === null) notHeld.push(k);
    }
    // k = urlEnd: the row ends whole after its URL, only the empty 備考 left out, as a row typed short (rows_dropped
    // holds such a harvest: 40 of 106); k = the whole row: no cell is missing, only the last line end
    expect(notHeld).toEqual([urlEnd, row40.length]);
  }, 60_000);

  it("a last row written without its trailing empty 備考 is no cut: published", async () => {
    const { report, held } = await judged(fileOf(105, AED[106]!.slice(0, -1)), PUBLISHED);
    expect(report.issues.filter((i) => i.row === 106).map((i) => [i.code, i.value])).toEqual([["too_few_fields", "19/20"]]);
    expect(held).toBeNull();
  });

  it("a last row typed short of its URL too (filled in every other row) is held while the published list has more rows", async () => {
    const typed = AED[106]!.split(",").slice(0, 16).join(",");
    expect((await judged(fileOf(105, typed), PUBLISHED + 1)).held).toMatchObject({ code: "file_cut_off", value: "106", field: "小児対応設備の有無", detail: "無" });
    // as many rows as the published version: nothing was lost, whatever the last row holds
    expect((await judged(fileOf(105, typed), PUBLISHED)).held).toBeNull();
  });

  it("a value cut part way names the column and the value it ends with", async () => {
    const cut = row40.slice(0, row40.indexOf("/0040.html") + 3);
    const { held } = await judged(fileOf(39, cut), PUBLISHED);
    expect(held).toMatchObject({ code: "file_cut_off", value: "40", field: "URL", detail: "https://www.city.shinjuku.lg.jp/shisetsu/aed/00" });
    expect(held!.message_ja).toContain("最後の値は「URL」列の「https://www.city.shinjuku.lg.jp/shisetsu/aed/00」）。");
    expect(held!.message_en).toContain(`ending with "https://www.city.shinjuku.lg.jp/shisetsu/aed/00" in column URL.`);
  });

  it("a coordinate cut part way (35.70 of 35.700777) is held", async () => {
    const at = row40.indexOf(",35.") + 6;
    expect((await judged(fileOf(39, row40.slice(0, at)), null)).held).toMatchObject({ code: "file_cut_off", field: "緯度" });
  });

  it("a half character is a cut, though no row is missing", async () => {
    // 名称 (the 5th cell) in Shift_JIS, two bytes a character: cut after the first byte of its first character
    const nameAt = AED[106]!.split(",").slice(0, 4).join(",").length + 1;
    const halfChar = AED[106]!.slice(0, nameAt + 1);
    expect((await judged(fileOf(105, halfChar), 40)).held).toMatchObject({ code: "file_cut_off", value: "106", field: "名称" });
  });

  it("a quoted cell never closed is a cut, though no row is missing", async () => {
    const openQuote = `${AED[106]!.slice(0, AED[106]!.indexOf(",https:"))},"https://www.city.shinjuku.lg.jp/shi`;
    expect((await judged(fileOf(105, openQuote), 40)).held).toMatchObject({ code: "file_cut_off", value: "106" });
  });

  it("a cut right after a separator is held", async () => {
    const at = row40.indexOf(",35.") + 1;
    const { held } = await judged(fileOf(39, row40.slice(0, at)), null);
    expect(held).toMatchObject({ code: "file_cut_off", field: "緯度", detail: "" });
    expect(held!.message_ja).toContain("（改行がなく、その行だけ列が足りません。「緯度」列の区切りの直後で終わっています）。");
    expect(held!.message_en).toContain("short of cells, ending right after the separator before column 緯度. ");
  });

  it("a short file says nothing of how its columns are filled: a last row of 6 typed without 備考 is held", async () => {
    expect((await judged(fileOf(5, AED[6]!.slice(0, -1)), null)).held).toMatchObject({ code: "file_cut_off", value: "6", field: "URL" });
  });

  it("a download of 10,000 rows stopped in the middle of row 4,000 is held", async () => {
    // the list grown to 10,000 rows, each its own NO and page
    const rows = Array.from({ length: 10_000 }, (_, r) => {
      const n = String(r + 1).padStart(5, "0");
      return AED[(r % PUBLISHED) + 1]!.replace(/,131041080\d{3},/, `,1310410${n},`).replace(/aed\/\d{4}\.html/, `aed/${n}.html`);
    });
    const cut = rows[3999]!.slice(0, Math.floor(rows[3999]!.length * 0.6));
    const bytes = new Uint8Array(Buffer.from([AED[0], ...rows.slice(0, 3999), cut].join("\r\n"), "latin1"));
    const { report, held } = await judged(bytes, 10_000);
    expect(report.rows).toBe(4000);
    expect(held).toMatchObject({ code: "file_cut_off", value: "4000" });
  }, 60_000);
});
