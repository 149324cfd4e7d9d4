// Decode stage: what a file is (text, xlsx, html, pdf, zip, old xls, empty) and which encoding its text is in.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, decodeChunks } from "../../../pipelines/decode.ts";
import { sniffEncoding } from "../../../pipelines/encoding-sniff.ts";
import { sniffKind } from "../../../pipelines/file-kind.ts";
import { isUtf8 } from "../../../pipelines/utf8-lines.ts";
import { looksGarbled } from "../../../pipelines/garbled.ts";
import { harmonize } from "../../../pipelines/run.ts";
import { random } from "../../../pipelines/sample/random.ts";
import { encodeCp932, encodeUtf16 } from "../../fixtures/crafted/encode.ts";
import { aedWorkbook, storedZip } from "../../fixtures/crafted/make.ts";
import { AED_HEADER, AED_ROW, CRAFTED, crafted, runBytes, tuples } from "./helpers.ts";

const TEXT = `${AED_HEADER}\n${AED_ROW}\n`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (s: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(s)]);

describe("sniffKind", () => {
  it.each([
    ["UTF-8 text", "text", utf8(TEXT)],
    ["CP932 text", "text", encodeCp932(TEXT)],
    ["UTF-16LE text", "text", encodeUtf16(TEXT, "le")],
    ["UTF-16BE text", "text", encodeUtf16(TEXT, "be")],
    ["nothing", "empty", new Uint8Array(0)],
    ["only a BOM and blank lines", "empty", withBom("\r\n \n")],
    ["a zip (xlsx, docx, any archive)", "zip", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0])],
    ["a PDF", "pdf", utf8("%PDF-1.7\n...")],
    ["an old binary .xls (CFB)", "cfb", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ["a password-protected xlsx (CFB holding an EncryptedPackage stream)", "encrypted",
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(1000), ...Buffer.from("EncryptedPackage", "utf16le")])],
    ["an HTML page", "html", utf8("\n  <!DOCTYPE html><html><body>404</body></html>")],
    ["an HTML page with a BOM", "html", withBom("<html lang=\"ja\"><head>")],
    ["XHTML", "html", utf8("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">")],
    ["XML", "xml", utf8("<?xml version=\"1.0\"?><rdf:RDF></rdf:RDF>")],
    ["CSV text with a stray NUL in a cell", "text", utf8("a,b\n1,x\u0000y\n")],
    ["CSV text padded with NULs to a block's size", "text", Uint8Array.from([...utf8("a,b\n1,2\n"), ...new Uint8Array(500)])],
    ["NULs only", "binary", new Uint8Array(500)],
    ["CSV text with a block zeroed between its lines", "text", Uint8Array.from([...utf8("a,b\n1,2\n"), ...new Uint8Array(4096), ...utf8("\n3,4\n")])],
    ["binary bytes with runs of NULs among other controls", "binary", Uint8Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? (i * 7) % 32 : 0))],
    ["binary bytes", "binary", Uint8Array.from({ length: 200 }, (_, i) => (i * 7) % 32)],
  ])("%s → %s", (_, kind, bytes) => expect(sniffKind(bytes)).toBe(kind));
});

describe("sniffEncoding", () => {
  const once = (bytes: Uint8Array) => async function* () { yield bytes; };
  it.each([
    ["UTF-8 with BOM", "utf-8-bom", withBom(TEXT)],
    ["UTF-8 without BOM", "utf-8", utf8(TEXT)],
    ["ASCII only", "utf-8", utf8("a,b\n1,2\n")],
    ["CP932 (invalid as UTF-8)", "shift_jis", encodeCp932(TEXT)],
    ["CP932 with half-width kana and NEC/IBM extensions", "shift_jis", encodeCp932("名称,備考\nｼﾝｼﾞｭｸ,①髙﨑\n")],
    ["UTF-16LE with BOM", "utf-16le", encodeUtf16(TEXT, "le")],
    ["UTF-16BE with BOM", "utf-16be", encodeUtf16(TEXT, "be")],
    ["UTF-16LE without BOM", "utf-16le", encodeUtf16(TEXT, "le", false)],
  ])("%s → %s", async (_, encoding, bytes) => {
    expect((await sniffEncoding(bytes.subarray(0, 65536), once(bytes))).encoding).toBe(encoding);
  });

  it("a long UTF-8 file with a few bad bytes stays UTF-8, the damage reported; a last line in CP932 is read as such", async () => {
    const cut = Uint8Array.from([...utf8("名称\n".repeat(50_000)), ...utf8("新宿区役所").subarray(0, 13)]);
    const damaged = await sniffEncoding(cut.subarray(0, 65536), once(cut));
    expect([damaged.encoding, damaged.issues.map((i) => [i.code, i.value])]).toEqual(["utf-8", [["damaged_utf8", "1"]]]);
    const cp932 = Uint8Array.from([...utf8("名称\n".repeat(50_000)), 0x82, 0xa0]);
    const out = await sniffEncoding(cp932.subarray(0, 65536), once(cp932));
    expect([out.encoding, out.issues.map((i) => [i.code, i.value])]).toEqual(["utf-8", [["shift_jis_lines", "50001"]]]);
    let text = "";
    for await (const t of decodeChunks(once(cp932)(), "utf-8")) text += t;
    expect(text.slice(-4)).toBe("名称\nあ");
  });

  it("a CP932 file is Shift_JIS even after 400 KB of ASCII, or with a few byte pairs that happen to be UTF-8", async () => {
    const late = Uint8Array.from([...utf8("a,b\n".repeat(100_000)), ...encodeCp932("名称,住所\n新宿区役所,歌舞伎町\n")]);
    expect((await sniffEncoding(late.subarray(0, 65536), once(late))).encoding).toBe("shift_jis");
    // 0xE9 0x80 0x81 is 送 in UTF-8, and 騾 and a lead byte in CP932
    const mixed = Uint8Array.from([0xe9, 0x80, 0x81, ...encodeCp932("新宿区の施設一覧（令和6年）\n")]);
    expect((await sniffEncoding(mixed, once(mixed))).encoding).toBe("shift_jis");
  });

  it("one row saved in CP932 inside a UTF-8 file: the file reads as UTF-8, that row as CP932, and the line is named", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => AED_ROW.replace(",1,", `,${i + 1},`).replace("新宿区役所本庁舎", `新宿区役所${i + 1}`));
    const bytes = Uint8Array.from([...utf8(`${AED_HEADER}\n${rows.slice(0, 20).join("\n")}\n`), ...encodeCp932(`${rows[20]}\n`),
      ...utf8(`${rows.slice(21).join("\n")}\n`)]);
    const { report, rows: out } = await runBytes(bytes, "131041_aed.csv");
    expect([report.encoding, report.rows]).toEqual(["utf-8", 40]);
    expect(out.map((r) => r.record.name)).toEqual(rows.map((_, i) => `新宿区役所${i + 1}`));
    expect(report.issues.find((i) => i.code === "shift_jis_lines")).toMatchObject({ severity: "warning", value: "22" });
    expect(report.issues.some((i) => i.code === "garbled_text" || i.code === "damaged_utf8")).toBe(false);
  });

  it("a small UTF-8 file with one line in CP932 is not taken for a CP932 file (its other lines would be garbled)", async () => {
    const bytes = Uint8Array.from([...utf8(`${AED_HEADER}\n${AED_ROW}\n`), ...encodeCp932(`${AED_ROW.replace("新宿区役所本庁舎", "四谷特別出張所")}\n`),
      ...utf8(`${AED_ROW.replace("新宿区役所本庁舎", "牛込箪笥地域センター")}\n`)]);
    const { report, rows } = await runBytes(bytes, "131041_aed.csv");
    expect(report.encoding).toBe("utf-8");
    expect(rows.map((r) => r.record.name)).toEqual(["新宿区役所本庁舎", "四谷特別出張所", "牛込箪笥地域センター"]);
    expect(report.issues.find((i) => i.code === "shift_jis_lines")?.message_ja).toContain("3行目はShift_JISで保存されていたため");
    // CR LF counts as one line end, a CR alone as one too
    for (const eol of ["\r\n", "\r"]) {
      const lines = Uint8Array.from([...utf8(`${AED_HEADER}${eol}${AED_ROW}${eol}`), ...encodeCp932(`${AED_ROW}${eol}`), ...utf8(`${AED_ROW}${eol}`)]);
      const out = await sniffEncoding(lines, once(lines));
      expect([eol, out.encoding, out.issues.map((i) => [i.code, i.value])]).toEqual([eol, "utf-8", [["shift_jis_lines", "3"]]]);
    }
  });

  it("a value saved in CP932 on a UTF-8 line: the file reads as UTF-8, that value as CP932, its line named", async () => {
    // before: the line was neither UTF-8 nor CP932 whole, and the file was read as CP932, its header garbled (no row valid)
    const row3 = AED_ROW.replace(",1,", ",3,").replace("新宿区役所本庁舎", "牛込箪笥地域センター");
    const [before, after] = row3.split("牛込箪笥地域センター");
    const bytes = Uint8Array.from([...utf8(`${AED_HEADER}\n${AED_ROW}\n${AED_ROW.replace(",1,", ",2,")}\n${before}`),
      ...encodeCp932("牛込箪笥地域センター"), ...utf8(`${after}\n`)]);
    const { report, rows } = await runBytes(bytes, "131041_aed.csv");
    expect(report.encoding).toBe("utf-8");
    expect(rows.map((r) => [r.valid, r.record.name, r.record.full_address])).toEqual([
      [true, "新宿区役所本庁舎", "東京都新宿区歌舞伎町1-4-1"], [true, "新宿区役所本庁舎", "東京都新宿区歌舞伎町1-4-1"],
      [true, "牛込箪笥地域センター", "東京都新宿区歌舞伎町1-4-1"]]);
    expect(report.issues.find((i) => i.code === "shift_jis_cells")).toMatchObject({ severity: "warning", value: "4" });
    expect(report.issues.find((i) => i.code === "shift_jis_cells")?.message_ja).toContain("4行目には一部の値だけShift_JISで保存されていたため");
    expect(report.issues.some((i) => i.code === "garbled_text" || i.code === "damaged_utf8")).toBe(false);
  });

  it("a row saved in UTF-8 inside a CP932 file: that line reads as UTF-8, not as mojibake, and is said with its text", async () => {
    // before: 新宿区立図書館 was published as 譁ｰ螳ｿ蛹ｺ遶句峙譖ｸ鬢ｨ, a valid row
    const pasted = AED_ROW.replace(",1,", ",2,").replace("新宿区役所本庁舎", "新宿区立図書館").replace("1階ロビー", "２階カウンター");
    const bytes = Uint8Array.from([...encodeCp932(`${AED_HEADER}\r\n${AED_ROW}\r\n`), ...utf8(`${pasted}\r\n`),
      ...encodeCp932(`${AED_ROW.replace(",1,", ",3,").replace("新宿区役所本庁舎", "ｼﾝｼﾞｭｸ髙島屋")}\r\n`)]);
    const { report, rows } = await runBytes(bytes, "131041_aed.csv");
    expect(report.encoding).toBe("shift_jis");
    expect(rows.map((r) => [r.record.name, r.record.installation_position])).toEqual([
      ["新宿区役所本庁舎", "1階ロビー"], ["新宿区立図書館", "2階カウンター"], ["シンジュク髙島屋", "1階ロビー"]]);
    expect(report.issues.find((i) => i.code === "utf8_lines")).toMatchObject({ severity: "warning", value: "1", detail: pasted });
    expect(report.issues.some((i) => i.code === "garbled_text")).toBe(false);
    // the same bytes in chunks of any size, the last line without its line end
    const cut = bytes.subarray(0, bytes.length - 2);
    for (const size of [1, 3, 7, 100]) {
      const chunks = async function* () { for (let at = 0; at < cut.length; at += size) yield cut.subarray(at, at + size); };
      let text = "";
      for await (const t of decodeChunks(chunks(), "shift_jis")) text += t;
      expect(text.split("\n").map((l) => l.split(",")[2])).toEqual(["名称", "新宿区役所本庁舎", "新宿区立図書館", "ｼﾝｼﾞｭｸ髙島屋"]);
    }
  });

  it("a UTF-8 row whose bytes are valid Shift_JIS too (中央図書館 reads 荳ｭ螟ｮ蝗ｳ譖ｸ鬢ｨ without error): read as UTF-8, said", async () => {
    // before: its block read as Shift_JIS without error was never looked at line by line, and the mojibake was published
    const pasted = "131041,2,中央図書館,東京都中央区1-1,35.69,139.70,入口,03-3209-1111,08:30,17:15,無";
    const bytes = Uint8Array.from([...encodeCp932(`${AED_HEADER}\r\n${AED_ROW}\r\n`), ...utf8(`${pasted}\r\n`),
      ...encodeCp932(`${AED_ROW.replace(",1,", ",3,").replace("新宿区役所本庁舎", "ｼﾝｼﾞｭｸ髙島屋")}\r\n`)]);
    const { report, rows } = await runBytes(bytes, "131041_aed.csv");
    expect(report.encoding).toBe("shift_jis");
    expect(rows.map((r) => [r.record.name, r.record.full_address, r.record.installation_position])).toEqual([
      ["新宿区役所本庁舎", "東京都新宿区歌舞伎町1-4-1", "1階ロビー"], ["中央図書館", "東京都中央区1-1", "入口"],
      ["シンジュク髙島屋", "東京都新宿区歌舞伎町1-4-1", "1階ロビー"]]);
    expect(report.issues.find((i) => i.code === "utf8_lines")).toMatchObject({ severity: "warning", value: "1", detail: pasted });
  });

  it("a CP932 file's own half-width kana beside kanji (ｼﾝｼﾞｭｸ髙島屋, 東京ﾀﾜｰ) stays Shift_JIS, no UTF-8 line said", async () => {
    const kana = AED_ROW.replace("新宿区役所本庁舎", "東京ﾀﾜｰ").replace("1階ロビー", "受付ｶｳﾝﾀｰ横");
    const { report, rows } = await runBytes(encodeCp932(`${AED_HEADER}\r\n${kana}\r\n`), "131041_aed.csv");
    expect([rows[0].record.name, rows[0].record.installation_position]).toEqual(["東京タワー", "受付カウンター横"]);
    expect(tuples(report, "utf8_lines")).toEqual([]);
  });

  it("a UTF-8 BOM before CP932 text: read as CP932, the BOM dropped, and said", async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encodeCp932(`${AED_HEADER}\n${AED_ROW}\n`)]);
    const { report, rows } = await runBytes(bytes, "131041_aed.csv");
    expect(report.encoding).toBe("shift_jis");
    expect(report.header.map((h) => h.source)).toEqual(AED_HEADER.split(","));
    expect(rows[0].record.name).toBe("新宿区役所本庁舎");
    expect(report.issues.find((i) => i.code === "bom_before_shift_jis")?.severity).toBe("warning");
  });

  it("UTF-8 lines ended by CR alone, over 1 MiB: decoded as they come, every character whole", async () => {
    const line = "新宿区役所本庁舎,東京都新宿区歌舞伎町1-4-1\r";
    const bytes = utf8(line.repeat(30_000));
    const pieces = async function* () { for (let at = 0; at < bytes.length; at += 65_537) yield bytes.subarray(at, at + 65_537); };
    let text = "";
    for await (const t of decodeChunks(pieces(), "utf-8")) text += t;
    expect(text).toBe(line.replace("\r", "\n").repeat(30_000));
  });

  it("isUtf8 agrees with a fatal TextDecoder on random bytes cut into random chunks (sequences split at the cuts)", async () => {
    const rng = random(20261123);
    // pieces of valid UTF-8 of every length, and the bytes that make it invalid: stray continuations, overlongs,
    // surrogates, code points past U+10FFFF, truncated sequences, bytes that never occur
    const pieces: number[][] = [[0x41], [0x0a], [0xc3, 0xa9], [0xe6, 0x9d, 0xb1], [0xef, 0xbd, 0xb1], [0xf0, 0x9f, 0x97, 0xbc],
      [0x80], [0xbf], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe6, 0x9d], [0xf0, 0x9f, 0x97],
      [0xc3], [0xf8], [0xff], [0x82, 0xa0]];
    const fatal = (bytes: Uint8Array) => {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const chunked = (bytes: Uint8Array) => async function* () {
      for (let at = 0; at < bytes.length;) {
        const size = rng.int(1, 9);
        yield bytes.subarray(at, at + size);
        at += size;
      }
    };
    let valid = 0;
    for (let n = 0; n < 3000; n++) {
      const bytes: number[] = [];
      const invalidChance = rng.chance(0.5) ? 0 : 0.05;
      for (let k = rng.int(0, 24); k > 0; k--) bytes.push(...(rng.chance(invalidChance) ? rng.pick(pieces.slice(6)) : rng.pick(pieces.slice(0, 6))));
      const data = Uint8Array.from(bytes);
      const expected = fatal(data);
      if (expected) valid++;
      expect([n, await isUtf8(chunked(data)())]).toEqual([n, expected]);
    }
    expect(valid).toBeGreaterThan(1000);
    expect(valid).toBeLessThan(2800);
  });

  it("a UTF-8 hint on a CP932 file is reported as a mismatch, and the bytes win", async () => {
    const bytes = encodeCp932(TEXT);
    const out = await sniffEncoding(bytes, once(bytes), "utf-8");
    expect(out.encoding).toBe("shift_jis");
    expect(out.issues.map((i) => [i.code, i.value])).toEqual([["encoding_mismatch", "utf-8"]]);
  });
});

describe("decodeBytes / decodeChunks", () => {
  it.each([
    ["UTF-8 BOM", withBom(TEXT)],
    ["CP932", encodeCp932(TEXT)],
    ["UTF-16LE BOM", encodeUtf16(TEXT, "le")],
    ["UTF-16BE BOM", encodeUtf16(TEXT, "be")],
  ])("%s decodes to the same text, BOM removed", async (_, bytes) => {
    expect((await decodeBytes(bytes)).text).toBe(TEXT);
  });

  it("turns CRLF and lone CR into LF, also when a CR LF pair is split across chunks", async () => {
    const chunks = async function* () { yield utf8("a,b\r"); yield utf8("\n1,2\r3,4\r"); yield utf8("\n"); };
    let text = "";
    for await (const t of decodeChunks(chunks(), "utf-8")) text += t;
    expect(text).toBe("a,b\n1,2\n3,4\n");
  });

  it("keeps a CP932 character whose two bytes fall in different chunks", async () => {
    const bytes = encodeCp932("名称,設置位置\n");
    const chunks = async function* () { for (const b of bytes) yield Uint8Array.of(b); };
    let text = "";
    for await (const t of decodeChunks(chunks(), "shift_jis")) text += t;
    expect(text).toBe("名称,設置位置\n");
  });
});

describe("files that are not CSV text: a clear error naming what it is, exit 2", () => {
  it.each([
    ["html-page.csv", "html_file", "HTML"],
    ["pdf-document.csv", "pdf_file", "PDF"],
    ["zip-archive.csv", "zip_archive", "zip"],
    ["old-excel.xls", "old_excel_file", ".xls"],
    ["empty.csv", "empty_file", "空"],
    ["bom-only.csv", "empty_file", "空"],
  ])("%s → %s", async (file, code, named) => {
    const { report, rows, exit } = await crafted(file);
    expect(exit).toBe(2);
    expect(rows).toEqual([]);
    expect({ rows: report.rows, valid: report.valid, invalid: report.invalid }).toEqual({ rows: 0, valid: 0, invalid: 0 });
    expect(report.issues.map((i) => [i.row, i.field, i.code, i.severity])).toEqual([[null, null, code, "error"]]);
    expect(`${report.issues[0].message_ja} ${report.issues[0].message_en}`.toLowerCase()).toContain(named.toLowerCase());
  });

  it("the zip error lists what the archive holds", async () => {
    const { report } = await crafted("zip-archive.csv");
    expect(report.issues[0].value).toBe("131041_aed.csv, 131041_aed_2023.csv, readme.txt");
  });

  it("a zip of one CSV or workbook (a readme, a PDF or a Mac's __MACOSX beside it) is read as that file, its name telling the dataset", async () => {
    // before: zip_archive, exit 2, though the archive held one list only (a catalogue's `download.zip`)
    const text = readFileSync(path.join(CRAFTED, "clean-aed.csv"));
    const { report, rows, exit } = await runBytes(storedZip([{ name: "131041_aed.csv", data: text }, { name: "readme.txt", data: utf8("AED") }]), "download.zip");
    expect([exit, report.dataset, report.encoding, rows.map((r) => r.record.name)]).toEqual([0, "aed", "utf-8", ["新宿区役所本庁舎", "新宿区立大久保図書館"]]);
    expect(report.issues.find((i) => i.code === "zip_member_read")).toMatchObject({ severity: "info", value: "download.zip", detail: "131041_aed.csv" });
    const cp932 = storedZip([{ name: "aed/131041_aed.csv", data: encodeCp932(TEXT), deflate: true }, { name: "__MACOSX/aed/._131041_aed.csv", data: utf8("x") },
      { name: "定義書.pdf", data: utf8("%PDF-1.4") }]);
    const inFolder = await runBytes(cp932, "download.zip");
    expect([inFolder.exit, inFolder.report.dataset, inFolder.report.encoding, inFolder.report.municipality, inFolder.rows.map((r) => r.record.name)])
      .toEqual([0, "aed", "shift_jis", "131041", ["新宿区役所本庁舎"]]);
    const workbook = await runBytes(storedZip([{ name: "131041_aed.xlsx", data: await aedWorkbook({ notesFirst: true }) }]), "download.zip");
    expect([workbook.exit, workbook.report.encoding, workbook.rows.length]).toEqual([0, "xlsx", 2]);
    // a zip inside the zip is not opened again
    const nested = await runBytes(storedZip([{ name: "inner.xlsx", data: storedZip([{ name: "131041_aed.csv", data: utf8(TEXT) }]) }]), "131041_aed.zip");
    expect([nested.exit, nested.report.issues.map((i) => i.code)]).toEqual([2, ["zip_member_read", "zip_archive"]]);
  });

  it("a missing file is an error that names the path (exit 2), not a crash", async () => {
    const { report, exit } = await crafted("no-such-file.csv");
    expect(exit).toBe(2);
    expect(report.issues.map((i) => i.code)).toEqual(["file_not_found"]);
    expect(report.issues[0].value).toMatch(/no-such-file\.csv$/);
    expect(report.issues[0].message_ja).toContain("ファイルが見つかりません");
    expect(report.issues[0].message_en).toContain("Check the file name and the folder");
  });

  it("a folder given as the file is named as a folder (exit 2)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "odh-folder-"));
    try {
      const report = await harmonize({ path: dir, fileName: path.basename(dir) });
      expect(report.issues.map((i) => [i.code, i.value])).toEqual([["not_a_file", dir]]);
      expect(report.issues[0].message_ja).toContain("フォルダ");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("a stray NUL in a cell keeps the row; the character is removed and reported", async () => {
  const { report, rows } = await runBytes(`${AED_HEADER}\n${AED_ROW.replace("1階ロビー", "1階\u0000ロビー")}\n`, "131041_aed.csv");
  expect(rows.map((r) => r.record.installation_position)).toEqual(["1階ロビー"]);
  expect(tuples(report, "invalid_characters")).toEqual([[1, "installation_position", "invalid_characters"]]);
});

it("a 外字 (CP932 user-defined F040, private use U+E000) is kept and warned in its cell; NEC and IBM extensions are not", async () => {
  const row = AED_ROW.replace("新宿区役所本庁舎", "渡辺@商店").replace("1階ロビー", "①髙﨑");
  const bytes = encodeCp932(`${AED_HEADER}\n${row}\n`);
  const at = bytes.indexOf(0x40);
  const gaiji = Uint8Array.from([...bytes.slice(0, at), 0xf0, 0x40, ...bytes.slice(at + 1)]);
  const { report, rows } = await runBytes(gaiji, "131041_aed.csv");
  expect(rows.map((r) => [r.record.name, r.record.installation_position])).toEqual([["渡辺\ue000商店", "①髙﨑"]]);
  expect(report.issues.filter((i) => i.code === "private_use_character").map((i) => [i.row, i.field, i.severity, i.value]))
    .toEqual([[1, "name", "warning", "渡辺\ue000商店"]]);
  expect(report.issues.find((i) => i.code === "private_use_character")?.message_ja).toContain("「渡辺〓商店」に外字");
});

describe("every text encoding reads to the same records", () => {
  it.each(["utf16le-bom.csv", "utf16be-bom.csv", "sjis-no-bom.csv", "clean-aed.csv"])("%s", async (file) => {
    const { report, rows } = await crafted(file);
    const expected = { "utf16le-bom.csv": "utf-16le", "utf16be-bom.csv": "utf-16be", "sjis-no-bom.csv": "shift_jis", "clean-aed.csv": "utf-8" }[file];
    expect({ dataset: report.dataset, encoding: report.encoding, rows: report.rows, valid: report.valid }).toEqual({ dataset: "aed", encoding: expected, rows: 2, valid: 2 });
    expect(rows.map((r) => [r.record.name, r.record.latitude, r.record.longitude, r.record.pediatric_pads]))
      .toEqual([["新宿区役所本庁舎", 35.69384, 139.703549, true], ["新宿区立大久保図書館", 35.700984, 139.707417, false]]);
  });

  it("bytes in memory and the same file on disk give the same report", async () => {
    const file = path.join(CRAFTED, "sjis-no-bom.csv");
    const fromDisk = await crafted("sjis-no-bom.csv");
    const fromBytes = await runBytes(new Uint8Array(readFileSync(file)), "sjis-no-bom.csv");
    expect(fromBytes.report).toEqual(fromDisk.report);
    expect(fromBytes.rows).toEqual(fromDisk.rows);
  });
});

/** ISO-2022-JP bytes of text of JIS X 0208 and ASCII: each EUC-JP pair without its high bits, between ESC $ B and
 *  ESC ( B, as mail programs write it. */
function encodeIso2022Jp(text: string): Uint8Array {
  const euc = encodeEucJp(text);
  const out: number[] = [];
  let kanji = false;
  for (let i = 0; i < euc.length; i++) {
    const wide = euc[i] >= 0xa1;
    if (wide !== kanji) out.push(...(wide ? [0x1b, 0x24, 0x42] : [0x1b, 0x28, 0x42]));
    kanji = wide;
    if (wide) out.push(euc[i] & 0x7f, euc[++i] & 0x7f);
    else out.push(euc[i]);
  }
  if (kanji) out.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(out);
}

/** EUC-JP bytes of text CP932 encodes in JIS X 0208 (or as half-width kana): each Shift_JIS pair turned into its JIS
 *  row and cell, with the high bits set. */
function encodeEucJp(text: string): Uint8Array {
  const sjis = encodeCp932(text);
  const out: number[] = [];
  for (let i = 0; i < sjis.length; i++) {
    const s1 = sjis[i];
    if (s1 < 0x80) out.push(s1);
    else if (s1 >= 0xa1 && s1 <= 0xdf) out.push(0x8e, s1);
    else {
      const s2 = sjis[++i];
      let j1 = (s1 <= 0x9f ? s1 - 0x71 : s1 - 0xb1) * 2 + 1;
      let j2: number;
      if (s2 >= 0x9f) {
        j1++;
        j2 = s2 - 0x7e;
      } else j2 = s2 - (s2 >= 0x80 ? 0x20 : 0x1f);
      out.push(j1 | 0x80, j2 | 0x80);
    }
  }
  return Uint8Array.from(out);
}

describe("EUC-JP and garbled files", () => {
  it("an ISO-2022-JP (JIS) file, 7-bit and so valid UTF-8 too, is read as ISO-2022-JP and said (info)", async () => {
    // before: read as UTF-8, its header $BL>>N(B … matched nothing and every row was invalid, the encoding never named
    const jis = encodeIso2022Jp(TEXT);
    expect(new TextDecoder("iso-2022-jp").decode(jis)).toBe(TEXT);
    const { report, rows, exit } = await runBytes(jis, "131041_aed.csv");
    expect([report.encoding, exit, rows.map((r) => [r.record.name, r.record.installation_position])]).toEqual(["iso-2022-jp", 0, [["新宿区役所本庁舎", "1階ロビー"]]]);
    expect(tuples(report, "iso_2022_jp_file")).toEqual([[null, null, "iso_2022_jp_file"]]);
    expect((await runBytes(jis, "131041_aed.csv", { encoding: "JIS" })).report.encoding).toBe("iso-2022-jp");
    // an ASCII file with no escape into kanji stays UTF-8
    expect((await runBytes("ID,name\n1,a\n", "131041_aed.csv")).report.encoding).toBe("utf-8");
  });

  it("an EUC-JP file is read as EUC-JP and said to be one (info), a Shift_JIS file stays Shift_JIS", async () => {
    const euc = encodeEucJp(TEXT);
    expect(new TextDecoder("euc-jp").decode(euc)).toBe(TEXT);
    const once = async function* () { yield euc; };
    const sniffed = await sniffEncoding(euc, once);
    expect([sniffed.encoding, sniffed.issues.map((i) => [i.code, i.severity])]).toEqual(["euc-jp", [["euc_jp_file", "info"]]]);
    expect(sniffed.issues[0].message_ja).toBe("ファイルの文字コードはEUC-JPでした（Shift_JISやUTF-8としては読めません）。EUC-JPとして読みました。多くのアプリが読めるよう、UTF-8（BOM付き可）で保存し直してください。");
    const { report, rows, exit } = await runBytes(euc, "131041_aed.csv");
    expect([report.encoding, exit, rows.map((r) => [r.record.name, r.record.installation_position])]).toEqual(["euc-jp", 0, [["新宿区役所本庁舎", "1階ロビー"]]]);
    const sjis = encodeCp932(TEXT);
    expect(await sniffEncoding(sjis, async function* () { yield sjis; })).toEqual({ encoding: "shift_jis", issues: [] });
    expect((await runBytes(euc, "131041_aed.csv", { encoding: "euc-jp" })).report.encoding).toBe("euc-jp");
  });

  it("text that decoded into garbage is said to be garbled, with how to save it, not asked for the standard names", async () => {
    // UTF-8 read as Windows-1252 and saved again as UTF-8 (全 → å…¨)
    const twice = utf8(new TextDecoder("windows-1252").decode(utf8(TEXT)));
    for (const name of ["131041_aed.csv", "data.csv"]) {
      const { report, rows, exit } = await runBytes(twice, name);
      expect([exit, rows.length, report.issues.map((i) => [i.row, i.code, i.severity])]).toEqual([2, 0, [[null, "mojibake", "error"]]]);
      expect(report.issues[0].message_ja).toContain("UTF-8（Excelなら「CSV UTF-8（コンマ区切り）」）で保存し直してください。見出しの名前を直す必要はありません。");
      expect(report.issues[0].message_en).toContain("The file's text is garbled (mojibake)");
    }
    // EUC-JP read as Shift_JIS (told so): half-width kana among kanji
    const soup = await runBytes(encodeEucJp(TEXT), "131041_aed.csv", { encoding: "shift_jis" });
    expect([soup.exit, soup.report.issues.map((i) => i.code)]).toEqual([2, ["mojibake"]]);
  });

  it("half-width kana written as such, or one garbled cell, is no garbled file", () => {
    expect(looksGarbled([["ﾒｲｼｮｳ", "ｼﾞｭｳｼｮ", "ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ"], ["ｼﾝｼﾞｭｸｸﾔｸｼｮ", "ﾄｳｷｮｳﾄ", "03"]])).toBe(false);
    expect(looksGarbled([["名称", "住所"], ["Café", "東京都"]])).toBe(false);
    expect(looksGarbled([["å…¨å›½åœ°æ–¹", "ID"]])).toBe(true);
    // a header of its own half-width words over rows of plain Japanese
    expect(looksGarbled([["施設ﾒｲ", "設置ﾊﾞｼｮ", "ﾃﾞﾝﾜ"], ["区民施設1", "東京都渋谷区神南1-1", "03-3463-1211"], ["区民施設2", "東京都渋谷区神南1-2", "03-3463-1212"]])).toBe(false);
  });
});
